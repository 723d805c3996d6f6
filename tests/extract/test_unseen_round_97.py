"""Patterns found by grading cards from documents the extractor had never seen (session 15: holdout rounds 97
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def _numbers(body: str) -> set[str]:
    return fronts("# Notes\n\n" + body, "number-cloze")


def test_tags_that_file_a_line_are_not_its_text_and_no_term():
    text = ("# Storage #database #sql\n\n- **Broker:** passes messages between services (e.g., queues). #messaging\n"
            "- **#FasterReads** - Reads come from memory, not from disk.\n")
    got = notes(text)
    assert all("#" not in n.front + n.back + n.context for n in got), [(n.front, n.back, n.context) for n in got]
    assert got


def test_a_heading_already_qualified_is_not_qualified_again_and_ref_marks_leave_titles():
    text = ("# Net\n\n## Linking networks in AWS\n\nIn AWS, you can link networks so that isolated resources can talk. "
            "There are several ways to do it:\n\n- **Peering**: a direct link between two networks, routed both ways\n"
            "- **Transit hub**: one hub joins many networks in a region\n\n"
            "Security Controls \\[[Ref](https://example.com/controls)\\]\n- Technical: technology that reduces risk\n"
            "- Physical: locks, fences and guards\n")
    got = fronts(text, "labelled-fact")
    assert not any("in AWS in AWS" in f or "[Ref]" in f for f in got) and got, got


def test_one_tip_under_a_lead_in_is_no_gloss():
    assert not fronts("# Tuning\n\n⚙️ Database tuning:\n\n- Minimize writes, batch events, denormalize for reads.\n")


def test_a_figure_section_holds_one_examples_steps():
    text = "# Clocks\n\n### Illustration\n\n- Use **the tiebreak rule** to order events with equal stamps\n"
    assert not notes(text), [(n.front, n.back) for n in notes(text)]


def test_a_name_already_in_the_question_is_trivial():
    text = "# 封装\n\n经过数据链路层封装的数据帧称为帧（frame）。\n"
    assert not notes(text, "naming"), [(n.front, n.back) for n in notes(text, "naming")]


def test_key_terms_name_no_set():
    text = "# Concurrency\n\nKey terms:\n\n- Thread\n- Lock\n- Atomicity\n"
    assert not any("key terms" in f.lower() for f in fronts(text)), fronts(text)


def test_arrows_inside_a_formula_are_no_steps():
    text = "# Clocks\n\n- Lamport clock conditions\n  - Condition 1: every event gets a stamp\n  - Condition 2: $a -> b, => C_i(a) < C_j(b)$\n"
    assert not notes(text, "sequence") and not notes(text, "rule")


def test_a_tag_is_no_term_to_define_and_a_bold_subject_is_no_gloss():
    assert not notes("# Reads\n\n- **#ReadThrough** - The application reads from the cache first.\n", "definition")
    # "Storage:" over one item "**file system** keeps data": the item is a statement about its own subject
    assert "Storage?" not in fronts("# OS\n\nStorage:\n\n- **file system** keeps data on disk across reboots\n")


def test_a_parenthesised_question_sentence_and_whole_sentence_highlights_make_no_blank():
    text = ("# Crypto\n\nAlgorithms should be public. ==Several closed algorithms paid the price for ignoring this "
            "principle.== Examples are old phone ciphers.\n")
    assert not notes(text, "explicit-cloze")
    assert not notes("# JS\n\n- In a browser (this === window) and in Node.js (this === global)\n", "explicit-cloze")


def test_an_acronym_that_stands_for_two_things_in_the_notes_makes_no_card():
    text = ("# Networks\n\n- Each card has a MAC (media access control) address.\n\n# Crypto\n\n"
            "- A MAC (message authentication code) proves integrity.\n")
    assert "What does MAC stand for?" not in fronts(text), fronts(text)


def test_a_counted_sentence_over_a_list_titles_it():
    text = ("# Cosmos\n\n## Multi-region writes\n\nConflicts can happen. There are three conflict resolution modes offered by "
            "the service.\n\n- **Last writer wins** - the default mode, by timestamp\n- **Custom - Async** - conflicts go "
            "to a feed for later\n- **Custom - Procedure** - a stored procedure resolves them\n")
    assert "Conflict resolution modes: Custom - Async?" in fronts(text, "labelled-fact"), fronts(text)


def test_a_definition_cut_at_a_comma_or_of_an_action_is_no_card():
    text = ("# Concurrency\n\n*Safety* means \"nothing bad ever happens,\" while *liveness* means \"something good "
            "eventually happens.\"\n\nImproving performance means doing more work with fewer resources.\n")
    assert not notes(text, "definition"), [(n.front, n.back) for n in notes(text, "definition")]


def test_the_authors_own_question_leaves_the_back():
    got = [n.back for n in notes("# Devices\n\n- Repeater: regenerates the signal so links span far (do hubs do this too?)\n")]
    assert got == ["Regenerates the signal so links span far"], got


def test_an_acronym_ending_in_s_is_no_plural_of_another():
    # "HTTP: 80" and "HTTPS: 443" under one heading are two labels, not one asked twice
    got = fronts("# Net\n\n## Ports\n\n- **HTTP**: 80\n- **HTTPS**: 443\n- **SSH**: 22\n", "labelled-fact")
    assert {"Ports: HTTP?", "Ports: HTTPS?"} <= got, got


def test_a_blank_whose_adjective_stands_beside_it_is_trivial():
    text = ("# Memory model\n\n- The compiler can reorder memory instructions causing **visibility** issues: changes one "
            "thread makes to shared memory are not visible to other threads\n")
    assert not notes(text, "emphasis-cloze"), [n.front for n in notes(text, "emphasis-cloze")]


def test_a_lead_in_that_trails_off_a_question_note_and_an_explained_label_make_no_card():
    text = ("# Forms\n\n- Normal form rules\n    - 2NF: complying with 1NF and also\n        - no partial dependencies\n\n"
            "# Memory\n\n- Frage: was ist genau ein Ballon-Treiber?\n- Erklärt: Ein Hypervisor teilt Speicher dynamisch zu.\n")
    got = fronts(text, "labelled-fact")
    assert not any(f.endswith(("2NF?", "Frage?", "Erklärt?")) for f in got), got


def test_a_definition_inside_a_note_remark_is_no_definition():
    assert not notes("# NAT\n\nNote: NAT Instance is a legacy, You can use NAT Gateway.\n", "definition")


def test_a_blank_whose_first_word_shows_beside_it_is_trivial():
    text = "# Go testing\n\n- A *benchmark function* has a name beginning with `Benchmark` and measures performance.\n"
    assert not notes(text, "emphasis-cloze"), [n.front for n in notes(text, "emphasis-cloze")]
    kept = "# Social engineering\n\n* **Spear Phishing** is phishing targeting a specific group.\n"
    assert notes(kept, "emphasis-cloze")


def test_a_korean_heading_fact_needs_a_sentence_about_the_heading():
    assert not fronts("# OS\n\n## 지역성\n\n캐시를 직접 설정할 때는 자주 사용하는 데이터를 기반으로 설정해야 한다.\n", "heading-fact")
    assert fronts("# OS\n\n## 3.2 메모리계층\n\n메모리 계층은 레지스터, 캐시, 메모리, 저장장치로 구성되어 있다.\n", "heading-fact")


def test_one_row_of_descriptions_under_the_items_names_makes_no_row_cards():
    text = ("# Cache mapping\n\n| Direct | Associative | Set associative |\n|---|---|---|\n"
            "| fast but with many conflicts | few conflicts but slow | blocks make the search efficient |\n")
    assert not notes(text, "table"), [(n.front, n.back) for n in notes(text, "table")]


def test_a_list_counted_down_has_no_next_step():
    text = "# OSI\n\nThere are 7 layers:\n\n7. Application\n6. Presentation\n5. Session\n4. Transport\n3. Network\n2. Data Link\n1. Physical\n"
    assert not any("comes after" in f or "comes first" in f for f in fronts(text)), fronts(text)


def test_one_space_before_a_bullet_under_an_item_makes_a_sub_item():
    text = ("# Indexes\n\n* Multikey indexes do not support covered queries.\n\n* explain() method has following arguments\n"
            " * queryPlanner: This is default. It does not run the query\n * executionStats: This runs the query\n")
    got = fronts(text, "labelled-fact")
    assert got and all(f.startswith("explain() method arguments:") for f in got), got


def test_positional_and_phrase_labels_and_pointers_to_files_make_no_card():
    text = ("# Mongo\n\n- Part1: the query language the drivers use to send BSON\n"
            "- using upsert: true as the third parameter inserts when nothing matches\n"
            "- Cannot create instances of type parameters: a workaround exists. See BoxDemo.java\n")
    assert not fronts(text, "labelled-fact"), fronts(text, "labelled-fact")


def test_a_clause_cut_at_its_colon_is_no_label():
    text = "# AWS\n\nLe **Region** sono città capoluogo: isolate l'una dall'altra, con leggi sui dati proprie.\n"
    assert not fronts(text, "labelled-fact"), fronts(text, "labelled-fact")


def test_a_discount_code_is_no_fact():
    assert not _numbers("- Keep the code DEVOPS15 handy when you register for the exam to get a 15% discount.\n")
    assert _numbers("- Reserved Instances give up to 72% discount compared to On-Demand.\n")


def test_plain_lines_two_of_them_are_two_items_and_a_described_thing_names_no_purpose():
    text = "# Etcd\n\nKey/value store that is used for all state in the cluster\nHolds locks for distributed work\n"
    assert not notes(text, "purpose"), [(n.front, n.back) for n in notes(text, "purpose")]


def test_a_word_stressed_inside_a_step_is_no_cue_for_the_next_step():
    text = ("# Election\n\nAlgorithm:\n\n1. All nodes begin as **followers** and wait.\n2. After a timeout the **followers** "
            "become **candidates** and ask for votes.\n3. A node that has not voted yet grants its vote to the first asker.\n")
    assert not any("“Followers”" in f or "“Candidates”" in f for f in fronts(text)), fronts(text)


def test_a_file_mapping_of_one_setup_and_an_in_practice_heading_make_no_card():
    text = ("# Prom\n\n## Initial Setup (Docker)\n\n- Mounts:\n    - Config: `./prometheus.yml:/etc/prometheus/prometheus.yml:ro`\n"
            "    - Data (server mode): `./data/:/prometheus/data/`\n")
    assert not fronts(text, "labelled-fact"), fronts(text, "labelled-fact")
    text = "# IAM\n\n### IAM in pratica\nSolo chi serve, solo quando serve. Crea un ruolo di revisione che dura poche ore.<br>\n"
    assert not fronts(text, "heading-fact")


def test_way_labels_lines_about_such_things_and_same_as_backs_make_no_card():
    text = ("# Paging\n\n## Backing store\n\nThe swap area must be set up:\n\n* One way: copy the whole process image into swap\n"
            "* Another way: copy nothing and swap pages out on demand\n\n## Address space\n\n"
            "* Defines protection of such sections: ReadOnly, ReadWrite, Execute.\n\n## Dataset\n\n"
            "- Actions: same as in RDDs and DataFrames\n")
    assert not fronts(text, "labelled-fact"), fronts(text, "labelled-fact")


def test_a_goal_line_is_no_member_and_a_clause_stopping_at_its_verb_names_no_set():
    text = ("# Praktiken\n\n### 4. Auf dem Main Branch arbeiten\n\nDie Entwickler integrieren ihre Arbeit jeden Tag in den "
            "Hauptzweig.\n\n**Empfehlung**\n- **Kurze, gezielte Branches** statt langem Abseitsentwickeln.\n"
            "- **GitFlow oder GitHub-Flow** als Modelle für Teams\n- **Ziel**: häufige, einfache Integration\n\n"
            "### 7. Testumgebung\n\nDie Testumgebung soll der Produktion ähnlich sein.\n\nDie Ähnlichkeit umfasst:\n"
            "- Hardwareaustattung\n- OS\n- Laufzeitumgebung\n- Netzwerzugriffe\n- Datenqualität und Menge\n")
    assert not fronts(text, "enumeration"), fronts(text, "enumeration")


def test_german_labels_keep_their_capital():
    text = ("# Virtualisierung\n\nDie Virtualisierung ist eine Technik, mit der mehrere Betriebssysteme auf einer Maschine "
            "laufen und sich die Hardware teilen.\n\n## Hypervisor Typen\n\n- Typ 1: Ist direkt auf der Hardware installiert, "
            "wie bei Xen oder Hyper-V\n- Typ 2: Ist auf einem Betriebssystem (Host) installiert, wie bei KVM\n")
    assert all("— Typ" in f for f in fronts(text, "labelled-fact") if "—" in f), fronts(text)


def test_a_count_of_these_a_verb_without_subject_and_an_acronym_spelled_out_make_no_card():
    assert not _numbers("- Each process can have 10s-100s of these.\n")
    assert not notes("# Spark\n\n- unifies DataFrame and RDD API -> type information + optimisation\n", "rule")
    assert not notes("# Java\n\n## JRE\n\nThe JRE is the Java Runtime Environment. It bundles what a program needs.\n", "definition")


def test_a_short_chinese_gloss_over_sub_items_asks_the_sub_items_and_acronym_words_are_no_set():
    text = ("# Raft\n\n+ 通信RPC\n\t+ AppendEntries：由Leader发起\n\t\t+ 用于日志复制\n\t\t+ 用于心跳\n")
    assert not any(f.endswith("AppendEntries?") for f in fronts(text, "labelled-fact")), fronts(text)
    assert not fronts("# OSI\n\n- Session - PDUs (Protocol, Data, Unit)\n", "enumeration")


def test_a_share_given_by_its_complement_and_a_korean_example_are_no_clozes():
    assert not _numbers("- By default at least 75% of the desired Pods stay up (25% max unavailable).\n")
    assert not _numbers("- 예를 들어, 4KB 크기의 페이지에 3.5KB를 할당하면 0.5KB가 낭비된다.\n")


def test_a_takeaway_label_and_a_successor_are_no_cards():
    text = ("# Consumer threads\n\n## Poll thread\n\n- `Take-away`: This mechanism detects a stuck consumer\n\n"
            "## ReplicaSet\n\nReplicaSets are the successors to ReplicationControllers.\n")
    assert not notes(text), [(n.front, n.back) for n in notes(text)]


def test_a_sub_item_under_a_glossed_or_sentence_parent_is_no_gloss_of_it():
    text = ("# Quality\n\n* Uniformity - Same unit of measurement\n    * bq format function\n\n"
            "# Dataflow\n\nParDo requires code passed as a DoFn Object:\n\n* DoFn must be idempotent, threadsafe and serialisable\n")
    assert not fronts(text, "labelled-fact") & {"Uniformity?", "ParDo?"}, fronts(text)


def test_a_consequence_written_with_equals_is_no_definition():
    assert not notes("# Freeze\n\n* Forceful freeze may be triggered = **long downtime**\n", "definition")


def test_wrapped_words_too_labels_example_ids_and_shorthand_equals_make_no_card():
    text = ("# GFS\n\nTrade-off between easy-to-use for client application programmers,\nand easy-to-implement for designers.\n\n"
            "How long to wait before re-replicating?\n\nToo long: more failures might destroy all copies of data.\n\n"
            "# SQL\n\nSQL = Relational DB\n\nThe id is the primary key for Users\n")
    got = notes(text)
    assert not [n for n in got if n.rule in ("when-to-use", "labelled-fact", "definition")], [(n.front, n.back) for n in got]


def test_chinese_label_lines_in_one_paragraph_are_separate_items():
    text = "# 锁\n\n可重入锁：线程可以重复的获取同一把锁\n公平锁与非公平锁：等待队列中的线程被唤醒时按等待时长选择\n"
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got.get("可重入锁？") == "线程可以重复的获取同一把锁", got


def test_an_estimate_a_console_path_and_sample_values_make_no_card():
    text = ("# Copy time\n\n- 80 GB disk, 10 MB/s network -> an hour or two for full copy.\n\n# Groups\n\n"
            "- **Path:** Entra admin center → Identity → Groups → + New group\n\n# Types\n\n- Number: 42, 3.14, -10\n"
            "- List: [\"apple\", \"banana\", 123, true]\n")
    assert not notes(text), [(n.front, n.back) for n in notes(text)]


def test_a_back_about_those_things_leans_on_another_line():
    text = ("# Azure\n\n### Architecture\n\n**Physical infrastructure:** Datacenters, regions, availability zones.  \n"
            "**Management:** Tools and controls for managing those datacenters.\n")
    assert "Management?" not in fronts(text, "labelled-fact")


def test_what_about_headings_and_steps_that_point_at_another_step_make_no_card():
    text = ("# GFS\n\n### What about writes?\n\nThe client knows which servers hold the replicas that change.\n\n"
            "# this\n\n1. Is the function called with new? If so, this is the new object. If not, continue to #2.\n"
            "2. Is there an object to the left of the dot? If so, this is that object. If not, continue to #3.\n")
    assert not notes(text), [(n.front, n.back) for n in notes(text)]


def test_a_number_spelled_out_beside_its_blank_and_an_idee_label_make_no_card():
    assert not _numbers("- **4 necessary conditions** for deadlock (deadlock is only possible when all four are present)\n")
    assert not fronts("# Schiebefenster\n\nIdee: Teile dem Sender mit, wie viele Segmente er auf einmal senden darf.\n",
                      "labelled-fact")


def test_shell_comments_among_commands_are_no_headings():
    text = ("# Deployments\n\nCreating a deployment\n  \n   # The record stores this deployment in the history\n"
            "   kubectl apply -f web.yml --record\n\n   # checking status\n   k rollout status deployment [name]\n\n"
            "Listing deployments:\n\n    kubectl get deployments --show-labels\n\n"
            "Get all deployments with a specific label\n\n    kubectl get deployments -l app=nginx\n")
    assert all("checking status" not in n.context and "The record stores" not in n.context for n in notes(text))


def test_a_lead_among_members_ends_the_set_and_relative_clauses_formulas_use_cases_make_no_card():
    text = ("# GC\n\nTypes of GC:\n\n* Serial versus Parallel\n* Concurrent versus Stop-the-world\n* How HotSpot works:\n\n"
            "# IAM\n\n* A condition which is a logical expression that constrains the binding\n"
            "* Use case for this is emergency access to resources\n\nConcurrent Users = Load X 10\n")
    got = notes(text)
    assert not [n for n in got if n.rule in ("enumeration", "definition", "when-to-use")], [(n.rule, n.front) for n in got]
