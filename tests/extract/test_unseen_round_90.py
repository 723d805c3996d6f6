"""Patterns found by grading cards from documents the extractor had never seen (session 15: holdout rounds 90
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def _numbers(body: str) -> set[str]:
    return fronts("# Notes\n\n" + body, "number-cloze")


def test_every_made_up_scenario_opener_holds_its_numbers_to_that_scenario():
    # one list of openers for numbers, clozes and tables: "Let's imagine", "Given that", "Supongamos"
    for opener in ("Let's imagine", "Given that", "Supongamos que", "Say"):
        assert not _numbers(f"- {opener} 4,000 writes per second reach one shard.\n"), opener
    assert _numbers("- One shard takes about 4,000 writes per second.\n")


def test_a_table_under_any_made_up_scenario_opener_is_that_examples_data():
    # "Given that …", "Consider a shop …", "Let us imagine …" over a table of rows: one example's data, no cards
    table = "\n\n| order | customer | total |\n|---|---|---|\n| 17 | Ada | 40 EUR |\n| 18 | Bob | 12 EUR |\n"
    for opener in ("Given that the orders table holds these rows:", "Consider a shop whose orders table holds:",
                   "Let us imagine this orders table:"):
        assert not fronts(f"# Orders\n\n{opener}{table}", "table"), opener
    levels = "\n\n| level | prevents |\n|---|---|\n| Read committed | dirty reads |\n| Serializable | write skew |\n"
    assert fronts(f"# Isolation\n\nThe isolation levels:{levels}", "table")


def test_a_labelled_line_with_its_list_on_the_next_line_titles_that_list():
    # "Lock granularity: the sizes a lock can take" then "- row: …" at once: the items are kinds of granularity,
    # not of the heading ("Isolation levels: Row?" would ask the wrong question)
    text = ("# Isolation levels\n\nSome words on isolation.\n\nLock granularity: the sizes a lock can take\n"
            "- row: only the rows a statement touches are locked\n- table: the whole table is locked at once\n")
    got = fronts(text, "labelled-fact")
    assert "Lock granularity: Row?" in got and not any(f.startswith("Isolation levels:") for f in got), got


def test_a_title_in_japanese_brackets_keeps_both_brackets_in_the_context_line():
    # "# 『ネットワーク』ノート": dropping only the opening bracket leaves a stray "』" on every card of the document
    for note in notes("# 『ネットワーク』ノート\n\n## ルータ\n\n**ルータ**は、異なるネットワーク同士を中継する機器。\n"):
        assert note.context.startswith("『ネットワーク』ノート"), note.context


def test_code_in_a_heading_keeps_its_asterisks():
    # "## Functions with `*args` and `**kwargs`": the ** is Python, not bold markup
    for note in notes("# Python\n\n## Functions with `*args` and `**kwargs`\n\n"
                      "- Positional-only: parameters before a `/` cannot be passed by keyword.\n"):
        assert "`**kwargs`" in note.context, note.context


def test_a_japanese_definition_is_not_cut_where_de_means_by_doing():
    # "Xは、…をすることで、…になる現象。": the clause before "ことで、" (by doing) is not what X is
    text = ("# 用語\n\n**スラッシング**は、メモリが足りずにページの入れ替えを頻繁に繰り返すことで、"
            "処理がほとんど進まなくなる現象。\n")
    assert all(not n.back.endswith("こと。") for n in notes(text)), [n.back for n in notes(text)]
    # a noun before で、 is a copula: "Xは、Yの単位で、…" still says what X is
    unit = "# 用語\n\n**ページ**は、仮想メモリを管理するための固定長の単位で、通常は4KBの大きさを持ち、物理メモリのフレームに対応する。\n"
    assert [n.back for n in notes(unit)] == ["仮想メモリを管理するための固定長の単位。"]


def test_code_glossed_by_its_spelling_over_sub_items_asks_the_sub_items_not_the_gloss():
    # "- `_tmp`: single leading underscore." over what it means: the gloss only describes what the front shows
    text = ("# Naming\n\n- `_tmp`: single leading underscore.\n  - a convention: internal use only\n"
            "  - a wildcard import skips it\n")
    assert not any(n.back.lower().startswith("single leading") for n in notes(text)), [(n.front, n.back) for n in notes(text)]


def test_a_label_that_says_what_something_is_not_is_no_subject():
    # "Not the same as failure: when …": what it is about is the line before
    text = "# Reliability\n\n- Fault: one component deviating from its spec\n- Not the same as failure: the whole system stops\n"
    got = fronts(text)
    assert not any("Not the same" in f for f in got) and any("Fault" in f for f in got), got


def test_a_judgement_is_no_answer_and_no_definition():
    # "Response time: more important in online systems"; "Knowing X is a milestone for …"
    assert not fronts("# Performance\n\n- Jitter: more important in live audio\n- Latency: the time a request waits\n",
                      "labelled-fact") & {"Performance: Jitter?", "Jitter?"}
    assert not notes("# Python\n\n- Understanding generators is a milestone for any Python programmer.\n", "definition")


def test_a_typical_example_label_names_no_subject():
    # "classic example: `map`": an example of what the line before says
    got = fronts("# Functions\n\n- Functions can take functions.\n- classic example: `sorted` with a key\n", "labelled-fact")
    assert not any("example" in f.lower() for f in got), got


def test_one_label_asked_twice_under_one_heading_with_other_answers_makes_no_card():
    # "Faults: things that can go wrong" then "Fault: one part deviating from the spec": which one is asked?
    text = ("# Reliability\n\n- Faults: things that can go wrong\n- Fault: one part deviating from the spec\n"
            "- Failure: the system as a whole stops serving\n")
    got = fronts(text)
    assert not any("Fault" in f for f in got) and any("Failure" in f for f in got), got


def test_a_sub_item_named_by_a_dash_parent_takes_that_name_not_a_bold_word_inside_it():
    # "* Delivery modes - a consumer commits after reading a **batch**" over "* **Exactly once** - …"
    text = ("# Consumer\n\n* Delivery modes - a consumer commits its offset after reading a **batch** of records\n"
            "    * **At most once** - commit before the batch is processed, so records can be lost\n"
            "    * **Exactly once** - needs the transactional API or an idempotent consumer\n")
    got = fronts(text, "labelled-fact")
    assert any(f.startswith("Delivery modes:") for f in got) and not any(f.lower().startswith("batch") for f in got), got


def test_a_list_after_a_sentence_about_this_gets_no_title_from_it():
    # "This cuts:" over its list: "Which three this cuts?" asks nothing
    text = "# Edge caches\n\nEdge caches keep static files near the user.\nThis cuts:\n\n- Latency\n- Egress cost\n- Origin load\n"
    assert not any("this" in f.lower() for f in fronts(text)), fronts(text)


def test_a_title_line_over_its_own_sentence_is_a_title():
    # "Cloud Armor" then "Cloud Armor is a service that …" on the next line (plain text notes): not "Cloud Armor Cloud Armor"
    text = "# Security\n\nCloud Armor\nCloud Armor is a service that filters attacks at the edge of the network.\n"
    assert "What is Cloud Armor?" in fronts(text, "definition"), fronts(text)


def test_a_colon_written_twice_after_a_bold_label_is_not_in_the_back():
    for line in ("**Kinesis:**: a managed service for streaming data", "**Kinesis:** : a managed service for streaming data"):
        backs = [n.back for n in notes(f"# Glossary\n\n{line}\n")]
        assert backs and not any(b.startswith(":") for b in backs), (line, backs)


def test_the_one_that_says_who_does_something_not_what_it_is():
    assert not notes("# Compression\n\nThe consumer is the one that decompresses the batch, not the broker.\n", "definition")


def test_a_facet_of_a_parent_item_that_names_no_title_makes_no_card():
    # two devices, each a sentence, each with "Compute: N vCPUs": the card cannot say which device
    text = ("# Devices\n\n- The vendor offers two devices:\n  - The small box is built for moving data.\n"
            "    - Compute: 40 vCPUs and 80 GiB of memory.\n  - The large box is built for edge computing.\n"
            "    - Compute: 52 vCPUs and 208 GiB of memory.\n")
    assert not [n for n in notes(text) if "vCPU" in n.front + n.back], [(n.front, n.back) for n in notes(text)]


def test_a_label_answered_by_when_you_need_asks_when_to_use_it():
    # "Job: When you need a task that runs to completion." answers when to use a Job, not what a Job is
    text = "# Workloads\n\nJob: When you need a task that runs to completion.\nCronJob: When you need a job on a schedule.\n"
    assert {"When to use Job?", "When to use CronJob?"} <= fronts(text), fronts(text)
    assert "Job?" not in fronts(text)


def test_a_short_heading_that_qualifies_the_sentences_subject_asks_about_that_subject():
    # "### Cloud" over "Cloud federation lets …": the card asks about cloud federation, not "Cloud?"
    text = ("# Federation\n\n## Cloud\n\nCloud federation lets staff sign in to hosted apps with company accounts.\n\n"
            "## Just-In-Time (JIT)\n\nJIT provisioning grants rights only for the time a task needs them.\n")
    got = fronts(text, "heading-fact")
    assert {"Cloud federation?", "JIT provisioning?"} <= got and "Cloud?" not in got, got


def test_plain_lines_without_sentence_ends_are_items_not_one_sentence():
    # "Stateless: every rule needs a twin" / "Has allow and deny rules" / "Set per subnet": three lines, three facts
    text = ("# Firewalls\n\nNetwork lists:\nStateless: Every inbound rule needs a matching outbound rule\n"
            "Has allow and deny rules\nApplied at the subnet level\n")
    assert [n.back for n in notes(text) if n.front.endswith("Stateless?")] == ["Every inbound rule needs a matching outbound rule"]


def test_a_korean_lead_that_says_there_are_n_kinds_titles_the_list_by_its_subject():
    text = ("# 정렬\n\n- 정렬 방식은 아래의 2가지가 존재\n    - <key, rowid> : 정렬 키와 row id를 저장하는 방식\n"
            "    - <key, fields> : 정렬 키와 레코드 전체를 저장하는 방식\n")
    got = fronts(text, "labelled-fact")
    assert got and all(f.startswith("정렬 방식:") for f in got), got


def test_a_line_marked_ex_is_that_examples_data_for_every_rule():
    # "Ex. key: a, b, index: c → the index can use a and b": an arrow inside one example
    text = ("# 옵션\n\n- use_index_extensions\n    - 세컨더리 인덱스에 자동으로 추가된 PK를 활용할 수 있게 해주는 옵션\n"
            "        - ex. PK : a, b, index : c => c를 검색할 때 a, b를 활용할 수 있게 해줌\n")
    assert not [n for n in notes(text) if "PK : a" in n.front + n.back], [(n.front, n.back) for n in notes(text)]


def test_a_label_that_is_a_predicate_names_no_subject():
    # "Combines two or more factors: something you know, have or are": what combines them is the heading
    text = "# MFA\n\nCombines two or more factors: something you know, something you have, or something you are.\n"
    assert not any(f.startswith("Combines") for f in fronts(text)), fronts(text)


def test_an_acronym_spelled_out_by_its_context_line_but_for_the_last_word_is_trivial():
    text = "# Access\n\n## Access policy enforcement\n\n- Requests pass policy enforcement points (PEP) first.\n"
    assert "What does PEP stand for?" not in fronts(text)


def test_an_action_is_no_term_to_define():
    assert not notes("# Limits\n\n- Acquiring consensus of nodes is a form of synchronous operation.\n", "definition")


def test_an_item_whose_first_line_is_a_term_and_second_its_sentence_is_a_labelled_fact():
    # "* Validity" / "  Every decided value was proposed by some node.": a term over its definition, in plain text
    text = ("# Consensus\n\n## Properties\n\nAn algorithm must satisfy:\n\n* Validity\n  Every decided value was proposed by some node.\n\n"
            "* Termination\n  Every node that does not crash decides in the end.\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert any(f.endswith("Validity?") and b == "Every decided value was proposed by some node." for f, b in got.items()), got


def test_a_parent_item_that_opens_with_a_short_name_and_a_full_stop_titles_its_sub_items():
    # "- Strict mode. Like lenient mode, but …" over "- Permission: …": the permission is strict mode's
    text = ("# Locks\n\n- Modes\n    - Lenient mode. Anyone with the right role may lift the lock\n"
            "        - Permission: locks:Lift\n    - Strict mode. Like lenient mode, but nobody may lift the lock early\n"
            "        - Permission: locks:Override\n")
    got = fronts(text, "labelled-fact")
    assert {"Lenient mode: Permission?", "Strict mode: Permission?"} <= got, got


def test_a_good_or_bad_specimen_is_example_data():
    # "**Good alert:**" over "> Impact: checkout fails": a specimen shown to be judged, not facts
    text = ("# Alerts\n\n**Bad alert:**\n> Alert: Disk is busy\n\n**Good alert:**\n> Alert: Checkout error rate >5% for 10 minutes\\\n"
            "> Impact: Customers cannot pay\\\n> Escalation: On-call payments team\n")
    assert not notes(text), [(n.front, n.back) for n in notes(text)]


def test_a_token_in_the_back_is_one_examples_value():
    assert not notes("# Requests\n\nAuthorization: Bearer Xq7TpLm2Rv09ZkWd4Hs\n")


def test_a_bare_comparison_in_the_back_leans_on_another_line():
    text = "# Tracing tools\n\n- **Tempo:** Grafana project, full-featured\n- **Pinpoint:** Naver-originated, simpler\n"
    assert not any("Pinpoint" in f for f in fronts(text)), fronts(text)


def test_a_heading_whose_sentence_is_about_something_else_makes_no_heading_fact():
    text = "# OS\n\n## Storage\n\nThe kernel manages storage devices through drivers.\n"
    assert not fronts(text, "heading-fact")


def test_a_number_in_a_short_name_or_an_examples_line_is_no_cloze():
    assert not _numbers("- **What to count:**\n    - HTTP 404 responses (rarely)\n    - Timeouts\n")
    assert not _numbers("- **Examples:** Disk space warning (70% full), expiring certificates\n")



def test_a_word_glossed_by_a_word_deep_in_an_outline_makes_no_card():
    text = ("# Notes\n\n* Crawler\n\t* Master-worker\n\t\t* master: scheduler\n\t\t* worker: fetcher\n"
            "\t* Storage\n\t\t* file: segments\n")
    assert not fronts(text, "labelled-fact"), fronts(text, "labelled-fact")


def test_a_claim_as_label_makes_no_card():
    # "Simplifies external routing: no need to …", "No address rewriting between pods: …": the label is the claim
    text = ("# Services\n\n- Simplifies external routing: no need to manage node ports by hand\n"
            "- No address rewriting between pods: direct routing keeps debugging simple\n"
            "- Cache delete instead of cache update: stale data can be written back under load\n")
    assert not fronts(text, "labelled-fact"), fronts(text, "labelled-fact")


def test_a_word_mapped_to_a_value_under_a_label_is_a_mapping_not_a_rule():
    # "index: key -> offset in the data file": what the index maps, not a condition and its outcome
    assert not notes("# Store\n\n- index: key -> offset in the data file\n", "rule")


def test_a_remark_on_the_label_is_no_answer():
    assert not fronts("# Consumer settings\n\n- `auto.commit`: This is big decision\n", "labelled-fact")


def test_reader_advice_and_notes_about_the_notes_in_other_languages_make_no_card():
    text = ("# AWS\n\nATENÇÃO: Esse não é um material que cobre 100% da prova, são só anotações.\n\n"
            "Se você já tem experiência, recomendo fazer simulados até acertar mais de 85% das questões.\n")
    assert not notes(text), [(n.front, n.back) for n in notes(text)]


def test_research_shows_and_a_sentence_opening_with_but_lean_on_their_place():
    assert not notes("# Latency\n\n> **Studies show:** Users prefer a steady service to a fast but jittery one.\n")
    assert not _numbers("- Both serve 100 requests per second on average.\n- But peak load is 2x higher.\n") & {
        "But peak load is {{c1::2x}} higher."}


def test_a_judgement_or_a_comparison_is_no_definition():
    assert not notes("# Partitions\n\nRebalancing is an expensive operation, because it moves data between nodes.\n",
                     "definition")
    assert not notes("# SLAs\n\n- Wider audience = harder to change the agreement later\n", "definition")


def test_a_quoted_maxim_outside_a_drills_section_is_no_drill():
    assert not notes("# Objectives in Practice\n\n> \"Start from what users care about, not from what is easy to measure.\"\n",
                     "drill")


def test_an_aside_between_commas_is_not_in_a_naming_front():
    text = "# Repair\n\nA Merkle tree, named for its inventor, Ralph Merkle, is also known as a hash tree.\n"
    assert not any("named for" in f for f in fronts(text)), fronts(text)


def test_a_parenthesis_inside_quotes_leaves_no_space_before_the_closing_quote():
    from srs.extract.text import drop_parentheticals
    assert drop_parentheticals('Set "Policy Tags (e.g. Tier: High)" on the column') == 'Set "Policy Tags" on the column'


def test_steps_to_implement_name_no_set():
    text = "# Column security\n\nSteps to implement:\n\n- Define tags\n- Assign tags to columns\n- Enforce access\n"
    assert not any("steps to implement" in f.lower() for f in fronts(text)), fronts(text)


def test_a_word_a_pdf_hyphenated_is_joined_again():
    from srs.extract.prepare import prepare
    assert "are common in document stores" in prepare("# Indexes\n\nThey are com\u2010 mon in document stores.\n").source


def test_an_acronym_whose_distinguishing_last_word_is_not_in_the_context_is_asked():
    # "Service Level Objectives" over "SLI (Service Level Indicator)": "Indicator" is the answer's point
    text = "# Reliability\n\n## Service Level Objectives (SLOs)\n\n- An SLI (Service Level Indicator) is a measured quantity.\n"
    assert "What does SLI stand for?" in fronts(text), fronts(text)


def test_an_assignment_in_code_is_no_definition():
    assert not notes("# Strings\n\n- f-strings, in 3.6\n    - `greeting = f'Hi {name}, error {code:#x}'`\n", "definition")


def test_a_scenario_lead_names_no_subject():
    text = "# Classes\n\n## Base classes\n\n- Scenario\n    - several concrete implementations: `FakeStore`, `DiskStore`\n"
    assert not any(f.startswith("Scenario") for f in fronts(text)), fronts(text)


def test_a_back_that_only_spells_the_fronts_name_is_trivial():
    assert "When to use `copy.deepcopy`?" not in fronts("# Copies\n\n- Use `copy.deepcopy` for deep copy\n")


def test_quoted_values_of_a_template_are_sample_values():
    text = ("# SLIs\n\nA template with common defaults:\n\n- **Interval:** \"Averaged over 1 minute\"\n"
            "- **Scope:** \"HTTP GETs from black-box probes\"\n- **Latency:** \"Time to last byte\"\n")
    assert not fronts(text, "labelled-fact"), fronts(text, "labelled-fact")


def test_a_web_address_in_a_question_is_debris():
    text = ("# Docker\n\nHow to publish an image:\n\n1. Create an account on https://hub.example.com\n"
            "2. Log in with `docker login`\n3. Push with `docker push`\n")
    assert not any("https://" in f for f in fronts(text)), fronts(text)


def test_a_claim_under_a_term_in_another_language_is_no_gloss():
    # "+ Snapshots" over "+ Snapshots sucessivos são incrementais, …": a claim about it, not what it is
    text = "# EBS\n\n+ Snapshots de volumes\n  + Snapshots sucessivos são incrementais e guardam só os blocos alterados\n"
    assert "Snapshots de volumes?" not in fronts(text), fronts(text)
    gloss = "# S3\n\n* Intelligent-Tiering\n  * Movimenta objetos entre classes conforme a frequência em que um objeto é lido\n"
    assert "Intelligent-Tiering?" in fronts(gloss), fronts(gloss)
