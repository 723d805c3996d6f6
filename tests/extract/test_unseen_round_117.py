"""Patterns found by grading cards from documents the extractor had never seen (session 16: holdout rounds 117
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def test_a_long_form_that_keeps_most_of_the_acronym_is_no_expansion_card():
    text = ("# Routing\n\n- Peers in other systems speak exterior ZRP (EZRP); a full mesh inside one system speaks "
            "internal ZRP (IZRP).\n- A Network Address Zone (NAZ) groups hosts.\n"
            "- Each host lists its Virtual MANs (VMAN).\n- A **Distributed DoZ (DDoZ) attack** floods a host.\n")
    assert fronts(text, "acronym") == {"What does NAZ stand for?"}


def test_a_column_that_points_at_another_cell_of_its_row_asks_nothing():
    text = ("# Idempotency\n\n| System | Key store | Why this store |\n|---|---|---|\n"
            "| Ride app | Trip table | Stops a double accept on a flaky network |\n"
            "| Shop | Order table | Stops a double charge on retry |\n")
    got = fronts(text, "table")
    assert got and not any("this" in f.lower() for f in got), got


def test_a_chain_of_single_letters_is_notation_not_steps():
    text = "# Normal forms\n\nTransitive dependency:\n\nX → Y → Z\n\nLifecycle: build → test → deploy\n"
    assert fronts(text, "sequence") == {"Lifecycle: the 3 steps in order?"}


def test_a_bold_term_ended_by_a_full_stop_is_asked_without_it():
    text = "# Networks\n\n**Relay node.** A host that forwards frames it does not own.\n"
    assert fronts(text, "definition") == {"What is Relay node?"}


def test_a_paragraph_that_opens_with_a_bold_term_titles_the_list_under_it():
    text = ("# Chapter 2\n\n## Parts\n\n**Relay node.** A host that forwards frames.\n"
            "- Fast relays: used in the core.\n- Edge relays: used at the border.\n\n"
            "**Frame table.** Maps addresses to ports.\n- Filled in by the learning protocol.\n")
    got = fronts(text)
    assert {"Relay node: Fast relays?", "Relay node: Edge relays?"} <= got, got
    assert not any(f.startswith(("Parts", "Chapter 2 — parts")) for f in got), got
    assert not any("Frame table?" == f for f in got), got  # one fact under a term is no card of its own


def test_a_heading_over_a_paragraph_that_defines_another_bold_term_is_no_heading_fact():
    text = ("# Net\n\n## Services\n\n**Port interface.** Rules a sending program follows so that data reaches its peer.\n\n"
            "## Relays\n\n**Relays.** Hosts that forward frames they do not own.\n")
    assert fronts(text, "heading-fact") == {"Relays?"}



def test_a_claim_over_labelled_sub_items_does_not_title_them():
    text = ("# Routing\n\n## Route weight\n\n- Set on the local router only.\n- Higher value is preferred\n"
            "  - Range: 0 - 999\n  - Default: 50\n")
    got = fronts(text, "labelled-fact")
    assert {"Route weight: Range?", "Route weight — default value?"} <= got, got
    assert not any("preferred" in f for f in got), got


def test_a_verb_phrase_is_no_term_that_is_used_for_something():
    text = "# Routing\n\n## Path metric\n\n- Ensures the shortest inner path is used to reach the next hop.\n"
    assert not fronts(text, "purpose")


def test_a_subject_that_starts_with_a_counted_set_is_its_owner():
    text = "# Net\n\n## Default rules\n\nAll subnets start with two implied rules:\n\n- Allow all egress\n- Deny all ingress\n"
    assert fronts(text, "enumeration") == {"Subnets: what are the two implied rules?"}


def test_a_word_for_below_is_no_term_and_a_japanese_place_phrase_is_no_definition():
    zh = "# HTTP\n\n下面是一个 POST 方法的请求报文。\n"
    ja = "# ファイル\n\n- **fs2**では、ノードが持つ参照用の配列は15個。\n- **ノード**は、ファイルの情報を持つ構造体。\n"
    assert not fronts(zh, "definition")
    assert fronts(ja, "definition") == {"ノードとは？"}


def test_a_label_over_sample_literals_is_no_card():
    text = "# Literals\n\n1. **Decimal**: `3.25`, `3.25E0`, `0.`, `.5`\n2. **Text**: `'a'` is a char, `\"hi\"` a string\n"
    got = fronts(text, "labelled-fact")
    assert not any("Decimal" in f for f in got), got


def test_a_range_of_two_percentages_is_one_blank():
    text = "# Toil\n\n- Toil must be capped at 30%-50% of a team's time.\n"
    got = notes(text, "number-cloze")
    assert [n.front for n in got] == ["Toil must be capped at {{c1::30%-50%}} of a team's time."], [n.front for n in got]


def test_a_label_that_starts_with_a_pronoun_is_no_name_and_a_synonym_aside_leaves_the_front():
    text = ("# Models\n\n- Both cover the life cycle: design, build, run.\n"
            "- **Relation (table ou fichier)**: Table avec des lignes et des colonnes.\n")
    got = fronts(text, "labelled-fact")
    assert not any(f.startswith("Both") for f in got), got
    assert "Models: Relation?" in got and not any("fichier" in f for f in got), got


def test_two_lists_side_by_side_in_a_table_pair_nothing():
    text = ("# Go\n\n| Desktop Programs | Server Programs |\n|---|---|\n| Text editors | Web servers |\n"
            "| Music players | Message brokers |\n| Photo viewers | Databases |\n")
    assert not fronts(text, "table")


def test_a_row_keyed_by_an_option_value_needs_a_named_option_column():
    generic = "# Log\n\n| Option | Meaning |\n|---|---|\n| always | sync on every write |\n| never | leave it to the OS |\n"
    named = "# Log\n\n| fsync policy | Meaning |\n|---|---|\n| always | sync on every write |\n| never | leave it to the OS |\n"
    assert not fronts(generic, "table")
    assert fronts(named, "table") == {"Fsync policy always — meaning?", "Fsync policy never — meaning?"}


def test_a_record_table_of_one_function_asks_no_column():
    text = ("# Files\n\n## close()\n\n| `close()`の情報 | ファイルをクローズする |\n|:--|--|\n| **書式** | `int close(int fd)` |\n"
            "| 成功 | `0` |\n| 失敗 | `-1` |\n")
    assert not fronts(text, "table")


def test_the_steps_of_one_estimate_are_no_facts():
    text = ("# Shortener\n\nMath:\n* New links per month: 100 Million\n* Total links: 5 years x 12 months x 100 million = 6 billion\n"
            "* Writes per second: 40 * (500+6): 20K\n* Sites below the top: 300 M per month\n")
    assert not fronts(text), fronts(text)


def test_a_start_value_an_exclamation_and_a_loose_denotes_define_nothing():
    text = ("# Flow\n\n- WIN = 1 segment (the size of one MSS)\n- Data Thrift is a new area and a good territory!\n"
            "- Slotmap denotes \"slots\" with records\n- A tagged union denotes a type that holds one of several variants\n")
    assert fronts(text, "definition") == {"What is a tagged union?"}


def test_properties_in_a_comma_list_are_no_set_and_a_bare_question_word_is_no_answer():
    text = ("# Coupling\n\n- Loose systems: Distributed, no shared state, easy to change\n"
            "- Technical: How?\n- Business: Why?\n")
    assert not fronts(text, "enumeration")
    assert not any(f.endswith(("Technical?", "Business?")) for f in fronts(text)), fronts(text)


def test_a_sentence_about_something_else_under_a_bold_name_and_a_footer_define_nothing():
    text = ("# Keys\n\n## Key spec\n\n- **Wrapped keys**\n  - The spec determines the length of a wrapped key.\n\n"
            "Feedback – Prometheus Certified Associate\n")
    assert not fronts(text, "definition")


def test_a_bare_question_word_over_its_answer_is_asked_with_its_topic():
    text = ("# Physical layer\n\n## Modulation\n\n- What?\n  - varying a property of a carrier wave with a signal\n"
            "- Why?\n  - to impress the information on the carrier wave\n")
    assert fronts(text, "question-answer") == {"Modulation: What?", "Modulation: Why?"}


def test_an_mdx_comment_is_no_note_text():
    text = "# Search\n\n## Inverted lists\n\n{/* TODO: example */}\n\n- **Posting list**: the documents that hold a term\n"
    got = fronts(text)
    assert got and not any("TODO" in f or "/*" in f for f in got), got


def test_an_example_address_and_an_adverb_adjective_label_are_no_labelled_facts():
    text = ("# Net\n\n## Addressing\n\n- IPv4 Address: 10.20.0.0/16 (network part/host part)\n- Default IP: 0.0.0.0\n"
            "- extremely durable: 99.99%\n")
    got = fronts(text, "labelled-fact")
    assert not any("IPv4" in f or "durable" in f for f in got), got
    assert any("Default IP" in f for f in got), got


def test_an_estimate_written_as_numbered_bullets_is_one_examples_data():
    text = ("# Shortener\n\n## Constraints\n\nMath:\n* 1. New links per month: 100 Million\n"
            "* 2. Total links: 5 years x 12 months x 100 million = 6 billion\n* 3. 6 bytes per hash\n"
            "* 4. Writes per second: 40 * (500+6): 20K\n* 5. Reads per second: 360 * 506 bytes: 180 K\n")
    assert not fronts(text), fronts(text)


def test_a_number_inside_a_compound_name_is_no_count_and_compared_sides_have_no_order():
    parity = "# Errors\n\n## 2-dimensional parity\n\n- odd parity\n- even parity\n"
    sides = ("# Types\n\n## Top-Level vs Low-Level const\n\n1. Top-level: the object itself is const\n"
             "2. Low-level: the pointed-to object is const\n")
    cut = "# Net\n\n## Protocol Layers\n\n1. Performing actions within that layer, and\n2. Using the services of the layer below\n"
    assert not fronts(parity, "enumeration")
    assert not fronts(sides, "enumeration") and not fronts(cut, "enumeration")


def test_an_abbreviation_for_example_is_no_term_and_examples_are_no_labelled_fact():
    text = ("# VMs\n\n## Spot VMs\n\n- ex: a batch job analyzing a large dataset\n"
            "- Generic domains examples: .com .org\n")
    got = fronts(text)
    assert not any(f.startswith(("What is ex", "Generic domains")) or "examples" in f for f in got), got


def test_a_lead_that_says_the_list_classifies_the_heading_does_not_title_it():
    text = ("# Stores\n\n## Types of key stores\n\nBroadly classified in 3 types:\n\n* Flat: one map of keys\n"
            "* Nested: maps inside maps\n* Ordered: keys kept sorted\n")
    got = fronts(text, "labelled-fact")
    assert got and all(f.startswith("Types of key stores") for f in got), got


def test_an_outcome_that_rewords_its_condition_and_a_branch_of_a_flow_are_no_cards():
    text = ("# Shell\n\n## Queries\n\n- show tables -> showing the list of tables in the current db\n"
            "- drop table -> the table and its indexes are gone\n\n## Upsert\n\nIf upsert is true:\n\n"
            "- is there a match? -> then update the matched row\n- no match? -> then insert a new row\n")
    got = fronts(text)
    assert not any("Show tables" in f or "match?" in f for f in got), got
    assert "Queries: drop table → ?" in got or "Drop table → ?" in got, got


def test_a_count_whose_items_follow_its_colon_is_no_blank():
    text = "# TLS\n\n## Keys\n\n- We get 2 files: server.cert and server.key.\n- A lease lasts 30 days before renewal.\n"
    got = notes(text, "number-cloze")
    assert [n.front for n in got] == ["A lease lasts {{c1::30 days}} before renewal."], [n.front for n in got]


def test_a_line_that_says_how_items_are_classified_titles_neither_kind_and_a_chapter_number_is_no_subject():
    text = ("# Crypto\n\n## Key topics\n\n- ciphers can also be classified as **stream** or **block cipher**:\n"
            "  - stream cipher: encrypts data bit by bit with a keystream\n"
            "  - block cipher: encrypts fixed-length blocks of data\n\n## Releases\n\n### Chapter 9\n\n"
            "At the end of the day, our job is to keep agility and stability in balance in the system.\n")
    got = fronts(text)
    assert not any(f.startswith(("Stream", "Chapter 9")) for f in got), got


def test_a_numbered_item_with_a_full_width_aside_titles_its_steps_and_a_subject_verb_label_names_no_set():
    zh = ("# 消息队列\n\n9. 仲裁队列（Quorum Queues）的核心思想\n   - 客户端请求：生产者发送一条持久化消息给 Leader。\n"
          "   - 并行广播：Leader 将这条日志记录同步发给所有的 Follower。\n")
    en = "# Tables\n\n* The master node handles: assigning shards, detecting nodes, balancing load, schema changes.\n"
    assert all(f.startswith("仲裁队列") for f in fronts(zh, "labelled-fact")) and fronts(zh, "labelled-fact")
    assert not any(f.startswith("Which four") for f in fronts(en)), fronts(en)


def test_a_bracketed_tag_keeps_its_bracket_in_the_context_and_a_front_cut_inside_full_width_brackets_is_dropped():
    text = ("# [OSDI 2010] Cache notes\n\n## Faults\n\n- **Relay**: forwards misses to the owner node\n\n"
            "出现故障时（比如宕机或网络问题） 每个集群有一个较小的备用缓存池，称为 Gutter 池。\n")
    got = notes(text)
    assert got and all(n.context.startswith("[OSDI 2010] Cache notes") for n in got), [n.context for n in got]
    assert not any(n.front.count("（") != n.front.count("）") for n in got), [n.front for n in got]


def test_a_negated_or_compared_subject_of_means_is_no_term():
    text = ("# UDP\n\n## Advantages over TCP\n\n1. No handshake means lower delays.\n2. Fewer headers means less overhead.\n"
            "3. A datagram means one self-contained message.\n")
    assert fronts(text, "definition") == {"What is a datagram?"}


def test_a_word_written_twice_is_written_once_on_the_card():
    text = "# Alarms\n\n## Alarm settings\n\n- Period - the the number of seconds over which the metric is evaluated.\n"
    got = {n.front: n.back for n in notes(text)}
    assert got and not any("the the" in (f + b).lower() for f, b in got.items()), got


def test_a_worked_examples_memory_map_is_no_table_of_facts():
    text = ("# Paging\n\n| Space | usage | PFN in binary |\n|---|---|---|\n| 0 - 15 | reserved for OS | 000 |\n"
            "| 16 - 31 | unused | 001 |\n| 32 - 47 | page 3 of AS | 010 |\n\n"
            "| VPN | PFN | PFN in binary |\n|---|---|---|\n| 00 | frame 3 | 011 |\n| 01 | frame 7 | 111 |\n| 10 | frame 5 | 101 |\n")
    assert not fronts(text, "table")


def test_a_line_of_one_backslash_does_not_swallow_the_setext_heading_under_it():
    text = ("Azure services\n==\nIntro.\n\n\\\n**Gateways**  \n==  \nIntro to gateways.\n\n"
            "- Active-standby: two instances, one serves traffic\n- Active-active: both instances serve traffic\n")
    got = notes(text, "labelled-fact")
    assert got and all(n.context == "Gateways" for n in got), [(n.front, n.context) for n in got]


def test_a_value_in_the_first_column_and_a_hedged_opinion_are_no_labels():
    table = ("# QoS\n\n| Voice | Video |\n|---|---|\n| Jitter <= 30 ms | Jitter <= 50 ms |\n| Loss <= 1% | Loss <= 2% |\n"
             "| Smooth | Bursty |\n")
    opinion = ("# Raft\n\n## Understandability\n\n- Paxos with a leader probably not simpler than Raft\n"
               "  + though it presumably depends on the variant you choose\n")
    assert not any("<=" in f for f in fronts(table, "table"))
    assert not fronts(opinion, "labelled-fact")


def test_a_lazy_line_after_a_complete_item_is_its_own_paragraph_but_a_bare_terms_text_stays_with_it():
    text = ("# Replication\n\n## Sync versus async\n\n- Synchronous: the leader waits until a follower confirms the write\n"
            "- Asynchronous: the leader sends the write and does not wait for a follower\n"
            "It's impractical for every follower to be synchronous: one outage would halt every write.\n\n"
            "## Heap\n\n* __Young generation__\nThe young generation is where new objects are allocated.\n")
    got = {n.front: n.back for n in notes(text)}
    assert all("impractical" not in b for b in got.values()), got
    assert any("Young generation" in f and "new objects" in b for f, b in got.items()), got


def test_an_example_label_a_ranked_property_and_an_arrow_before_a_number():
    text = ("# Disks\n\n## Throughput\n\n- Provisioned: you set the throughput\n  * ex: 1Gb/s for 1Tb storage\n"
            "- Archive tier => 75% cheaper than the standard tier\n\n## Directories\n\n"
            "A tree is the most common directory structure.\n")
    got = notes(text)
    assert not any(f.endswith("ex?") or f == "What is a tree?" for f in (n.front for n in got)), [n.front for n in got]
    assert not any("={{" in n.front or "{{c1::>" in n.front for n in got), [n.front for n in got]


def test_a_plain_text_command_under_a_command_column_is_asked_from_its_task_and_kept_as_written():
    text = ("# Buckets\n\n| Command | Function |\n|---|---|\n| bkt mb [NAME] | Create a bucket |\n"
            "| bkt acl get bk://[BUCKET] | Read the permissions on a bucket |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got.get("Create a bucket — command?") == "`bkt mb [NAME]`", got
    assert not any(f.startswith("Bkt") for f in got), got


def test_a_clause_ending_in_a_semicolon_titles_no_fields_and_backs_drop_the_semicolon():
    text = ("# IPv6\n\n## Datagram format\n\n- No fragmentation allowed by default;\n"
            "  - Traffic Class: gives priority among datagrams;\n  - Flow Label: identifies a flow of datagrams;\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got and all(f.startswith("Datagram format") and not b.endswith(";") for f, b in got.items()), got


def test_an_acronym_the_deck_name_spells_out_is_trivial():
    from srs.extract import extract
    text = "# Overview\n\n- Identity Access Control (IAC) decides who may do what.\n"
    assert [n.front for n in extract(text, default_deck="notes").notes if n.rule == "acronym"] == ["What does IAC stand for?"]
    assert not [n for n in extract(text, default_deck="Identity Access Control").notes if n.rule == "acronym"]


def test_an_escaped_pipe_entity_stays_inside_its_table_cell():
    text = ("# Cache\n\n| mode | effect |\n|---|---|\n| strict | match & (fresh &#124; stale)<br>revalidates |\n"
            "| loose | serves what it has |\n| none | always asks the server |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got.get("Strict — effect?") == "match & (fresh | stale); revalidates", got


def test_a_yes_no_branch_and_a_generic_label_over_a_pointer_are_no_labelled_facts():
    text = ("# Cache\n\n## Steps\n\n1. Is the response cached?\n   - Yes: read it from the cache\n   - No: forward the request\n\n"
            "## Heap files\n\n- **Characteristics**: This method keeps no order among records.\n")
    got = fronts(text, "labelled-fact")
    assert not any(f.endswith(("Yes?", "no?", "No?", "Characteristics?")) for f in got), got


def test_a_study_verb_before_words_of_another_script_is_a_noun_of_the_title():
    text = "# 복제\n\n- master 서버가 다운된 경우\n  - 하나의 slave 서버만 있는 경우 -> 해당 slave 서버가 새로운 master 서버가 됨\n"
    got = notes(text)
    assert got and all("master 서버가 다운된 경우" in n.context.lower() for n in got), [n.context for n in got]


def test_an_acronym_label_leaves_its_expansion_off_the_front():
    text = "# Cache\n\n## Eviction\n\n- LFU(Least Frequently Used): evicts the entry read the fewest times\n- TTL: how long an entry lives\n"
    got = fronts(text, "labelled-fact")
    assert any(f.endswith("LFU?") for f in got) and not any("Least Frequently" in f for f in got), got


def test_a_heading_number_or_lecture_number_is_no_part_of_a_set_front():
    text = ("# Lecture 2: Four Fundamental OS Concepts\n\n1. Threads\n2. Address Spaces\n3. Processes\n4. Dual mode operation\n\n"
            "## B. Implications for applications\n\n1. relying on appends\n2. checkpointing\n3. self-validating records\n")
    got = fronts(text, "enumeration")
    assert got == {"What are the four fundamental OS concepts?", "Which three implications for applications?"}, got
