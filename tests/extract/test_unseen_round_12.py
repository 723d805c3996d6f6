"""Patterns found by grading cards from documents the extractor had never seen (session 7: holdout round 12 and a
re-read of earlier rounds' cards under today's code).

Each test states the general shape in made-up notes, never a line of the graded documents.
"""

from srs.extract import extract
from tests.extract.extract_helpers import notes


def cards(text: str, rule: str | None = None) -> dict[str, str]:
    return {n.front: n.back for n in notes(text, rule)}


def test_a_second_header_row_names_what_each_repeated_column_holds():
    text = ("# Error budgets\n\n| Target | Downtime allowed | Downtime allowed |\n|---|---|---|\n"
            "| | per quarter | per week |\n| 99.5% | 10.9h | 50.4m |\n| 99.95% | 65.7m | 5m |\n")
    assert cards(text, "table") == {
        "Target 99.5% — downtime allowed per quarter?": "10.9h",
        "Target 99.5% — downtime allowed per week?": "50.4m",
        "Target 99.95% — downtime allowed per quarter?": "65.7m",
        "Target 99.95% — downtime allowed per week?": "5m",
    }


def test_columns_with_the_same_name_and_nothing_to_tell_them_apart_make_no_card():
    text = ("# Budgets\n\n| Target | Downtime | Downtime |\n|---|---|---|\n"
            "| 99.5% | 10.9h | 50.4m |\n| 99.95% | 65.7m | 5m |\n| 99.9% | 8.8h | 10m |\n")
    assert cards(text, "table") == {}


def test_a_column_name_keeps_its_acronyms_when_it_becomes_the_question():
    text = ("# Alerting\n\n| Burn rate | Budget spent at 99.9% SLO | Pages the on-call |\n|---|---|---|\n"
            "| 14.4 | 2% | within minutes |\n| 6 | 5% | within hours |\n")
    got = cards(text, "table")
    assert "Burn rate 14.4 — budget spent at 99.9% SLO?" in got
    assert all("slo" not in front for front in got)


def test_a_course_s_learning_objectives_are_about_the_course_not_the_subject():
    text = ("# Module 3: Hashing\n\n## Learning Objectives\n\n- Define hashing and its uses\n- Recognize collisions\n\n"
            "## Objectives of a hash function\n\n- Deterministic output\n- Fast to compute\n- Few collisions\n")
    fronts = list(cards(text))
    assert not any("objectives" in f.lower() and "Define hashing" in cards(text)[f] for f in fronts)
    assert any("deterministic output" in back.lower() for back in cards(text).values())


def test_a_name_the_notes_set_in_italics_every_time_is_not_the_key_term_of_one_sentence():
    text = ("# Clusters\n\nA *shard group* holds three copies. Writes go to the leader of the *shard group* first.\n\n"
            "Reads may go to any member of the *shard group* when stale data is fine.\n\n"
            "Every write is first appended to the *journal* before it is applied.\n")
    clozes = [n.front for n in notes(text, "emphasis-cloze")]
    assert not any("::shard group}}" in c for c in clozes)
    assert any("{{c1::journal}}" in c for c in clozes)  # emphasised once: the key term of its sentence


def test_sentences_after_the_following_example_are_data_of_that_example():
    text = ("# Logs\n\nThe following example shows the log at work. First a row is added to the *orders* table, "
            "and then its *total* field is raised by one.\n")
    assert notes(text, "emphasis-cloze") == []


def test_a_connective_at_the_start_of_a_lead_in_names_no_case():
    text = ("# Replication\n\nIn addition to witnesses, some members should hold data but never lead:\n\n"
            "- **Passive:** never stands for leader.\n- **Hidden:** invisible to clients.\n")
    assert not any("addition" in front for front in cards(text))


def test_a_line_that_introduces_a_code_block_is_no_number_card():
    text = "# Quorums\n\nStarting a cluster with 5 nodes:\n\n```\nctl init --nodes 5\n```\n\nA cluster tolerates 2 failed nodes out of 5.\n"
    got = [n.front for n in notes(text, "number-cloze")]
    assert got and not any(f.startswith("Starting a cluster") for f in got)


def test_a_one_word_label_under_a_question_heading_asks_nothing():
    text = ("# Why do we log?\n\nThe pipeline has parts, and each of them matters a great deal to us:\n\n"
            "- **Shipping**—An agent ships every line to the collector in batches.\n"
            "- **Retention**—A cold store keeps the lines for a year.\n")
    assert not any(front in ("Shipping?", "Retention?") for front in cards(text))


def test_a_one_word_label_that_the_item_defines_stays_under_a_question_heading():
    text = ("# What do we watch?\n\nThe signals below tell us most of what goes wrong in a service of ours:\n\n"
            "- **Latency**—The time between a request and its response.\n"
            "- **Saturation**—How full the most constrained resource is.\n")
    assert cards(text).get("Saturation?") == "How full the most constrained resource is."


def test_a_place_in_the_notes_list_or_a_remark_is_no_definition():
    text = ("# Signals\n\n- Tracing is the second primary signal.\n- Profiling is the last step.\n"
            "- ABC (Access Broker Cookie) = deprecated, does not support rotation\n"
            "- A span is a timed operation inside one trace.\n")
    got = cards(text, "definition")
    assert list(got) == ["What is span?"] or list(got) == ["What is a span?"], got


def test_two_long_sentences_are_several_facts_and_become_a_suggestion():
    text = ("# Members\n\n- **Standby:** by setting its weight to zero, a member never leads or calls elections, but it "
            "still votes on every round. By default witnesses weigh zero and data members weigh one, and any weight "
            "up to a thousand is allowed.\n- **Witness:** holds no data and only votes.\n")
    got = cards(text)
    assert "Members: Standby?" not in got and got.get("Members: Witness?") == "Holds no data and only votes."
    assert any(s.note.front == "Members: Standby?" for s in extract(text).suggestions)


def test_a_task_heading_or_an_introduction_in_another_language_is_no_question():
    text = ("## Deploying a Cache Cluster\n\nDeploying a cache cluster needs three nodes and a shared config file.\n\n"
            "## Введение\n\nВ прошлый раз мы говорили об индексах и представлениях в базах данных.\n\n"
            "## Sharding\n\nSharding splits one dataset across many machines by a key.\n")
    got = cards(text, "heading-fact")
    assert "Deploying a Cache Cluster?" not in got and "Введение?" not in got
    assert got.get("Sharding?") == "Sharding splits one dataset across many machines by a key."


def test_a_name_a_spaced_hyphen_and_a_definition_make_a_definition_card():
    text = ("## Signals\n\n- Latency - the time it takes to serve a request\n- Common - breadth-first search, depth-first search\n"
            "- MTU - Maximum Transmission Unit\n- Step one - install the agent on every host\n")
    assert cards(text, "definition") == {"What is Latency?": "The time it takes to serve a request"}


def test_russian_notes_are_asked_in_russian():
    text = ("## Свойства транзакций\n\nТранзакция обладает четырьмя свойствами, и каждое из них важно для базы данных.\n\n"
            "1. Атомарность - транзакция неделима, выполняются все её действия или ни одного\n"
            "2. Изоляция - конкурирующие транзакции не видят изменений друг друга\n")
    got = cards(text, "definition")
    assert got.get("Что такое Атомарность?") == "Транзакция неделима, выполняются все её действия или ни одного"
    assert not any(front.startswith("What") for front in cards(text))


def test_korean_notes_get_korean_particles_in_their_questions():
    from srs.extract.languages import detect, reword
    assert detect("트랜잭션은 데이터베이스의 상태를 바꾸는 작업 단위이다. " * 20) == "ko"
    assert reword("What is 트랜잭션?", "ko") == "트랜잭션이란?"
    assert reword("What is 스키마?", "ko") == "스키마란?"


def test_a_rule_under_a_plain_title_line_names_it_and_a_product_name_is_no_condition():
    text = ("# Cloud security cram\n\nInspector\n- \"No findings for new hosts\" → install the agent\n"
            "- Scan Hub → agent = required\n")
    [rule] = notes(text, "rule")  # the product name is no condition: one card
    assert (rule.front, rule.back) == ("\"No findings for new hosts\" → ?", "install the agent")
    assert rule.heading_path[-1] == "Inspector"  # the title line over the list is the card's context


def test_a_title_line_over_a_list_titles_that_list_only():
    text = ("# Identity\n\nDirectory\n- Sync: a connector copies users every hour\n\n"
            "| Scenario | Answer |\n|---|---|\n| Staff need console access | Directory |\n| Customers sign in | User pools |\n")
    [sync] = [n for n in notes(text) if n.back == "A connector copies users every hour"]
    assert sync.heading_path == ("Identity", "Directory")
    table = [n for n in notes(text, "table") if n.front == "Staff need console access — answer?"]
    assert [(n.back, n.heading_path) for n in table] == [("Directory", ("Identity",))]


def test_an_aside_whose_hidden_subject_the_rest_cannot_cue_is_no_cloze():
    text = "# Members\n\nEach member has settings of its own. Remark: *weight* allows 0 or 1.\n"
    assert notes(text, "emphasis-cloze") == []


def test_a_restriction_is_no_definition_and_varies_is_no_answer():
    text = ("# Network\n\n- Egress Gateway = IPv6 only\n- Edge Router = a managed router at the edge of a VPC\n\n"
            "| Key type | Rotation |\n|---|---|\n| Provider owned | Varies |\n| Customer owned | Optional, yearly |\n")
    assert "What is Egress Gateway?" not in cards(text)
    assert cards(text).get("What is Edge Router?") == "A managed router at the edge of a VPC"
    assert list(cards(text, "table")) == ["Customer owned — rotation?"]


def test_a_heading_is_defined_only_by_a_sentence_about_it_alone():
    text = ("## Gateways\n\nEdge gateways, core gateways and branch gateways require patching every month.\n\n"
            "## Brokers\n\nBrokers hold messages until a consumer acknowledges them.\n")
    got = cards(text, "heading-fact")
    assert "Gateways?" not in got and got.get("Brokers?") == "Brokers hold messages until a consumer acknowledges them."


def test_rows_keyed_by_code_values_are_one_worked_example():
    text = ("# Sharding\n\n| Key | Primary | Backup |\n|---|---|---|\n| `p` | `N1` | `N2` |\n| `q` | `N2` | `N3` |\n\n"
            "| Hash range | Home node |\n|---|---|\n| `00` to `31` | `N1` |\n| `32` to `63` | `N2` |\n")
    assert cards(text, "table") == {}


def test_a_numbered_column_or_a_pictured_verdict_is_no_question():
    text = ("# Placement\n\n| Strategy | Goal 1 | Goal 2 | Cost |\n|---|---|---|---|\n"
            "| Hash placement | ![Yes](y.png) | ![No](n.png)<br>Clients cannot find data | low |\n"
            "| Single node | ![No](n.png)<br>A bottleneck under load | ![Yes](y.png) | high |\n")
    assert cards(text, "table") == {"Hash placement — cost?": "low", "Single node — cost?": "high"}


def test_a_single_sub_item_with_its_own_sub_items_or_code_is_no_gloss():
    text = ("# Budgets\n\n- review\n  * how often you review depends on the team\n"
            "    + monthly at first\n    + quarterly later\n\n"
            "# Casts\n\n- Loose cast\n  - let a = \"7\"; let b = a * 2;\n")
    got = cards(text)
    assert not any(back.startswith(("How often you review", "Let a")) for back in got.values()), got


def test_an_acronym_never_spells_a_letter_with_and_when_a_word_does():
    got = cards("Most teams run Detection, Diagnosis, and Disposal (DDD) drills.\nWe sell Platform as a Service (PaaS).\n",
                "acronym")
    assert got == {"What does DDD stand for?": "Detection Diagnosis and Disposal",
                   "What does PaaS stand for?": "Platform as a Service"}


def test_a_sentence_that_names_something_this_is_no_definition_and_example_values_stay_in_their_example():
    text = ("# Replicas\n\nThe Ring Paper refers to this list of nodes as the preference list.\n\n"
            "## Statements\n\n### Example\n\n- 3 replicas\n- 2 readers\n")
    assert not any(f.startswith("What is") for f in cards(text)) and notes(text, "value-of") == []


def test_a_whole_query_to_recite_is_a_suggestion_not_a_card():
    text = ("# Alerts\n\n- Slow burn\n  - Query: `sum(rate(errors_total[6h])) by (job) / sum(rate(requests_total[6h])) by (job) > 0.006`\n"
            "- Reload: `kill -HUP 1`\n")
    got = cards(text)
    assert not any("sum(rate" in back for back in got.values()) and "`kill -HUP 1`" in got.values()


def test_an_exam_blueprint_is_study_logistics():
    text = "# Domain 3: Networks\n\n- **Weightage:** 14%\n- **Passing score:** 700 of 1000\n- **Port 443:** HTTPS\n"
    got = cards(text)
    assert not any("14%" in b or "700" in b for b in got.values()) and "HTTPS" in got.values()


def test_a_sentence_with_a_verb_in_another_language_is_no_noun_phrase_definition():
    text = ("## Il cuore del sistema\n\nIl kernel è il programma che gestisce le risorse e parla con i dispositivi.\n\n"
            "## Processo\n\nProgramma in esecuzione con il proprio spazio di indirizzi.\n") * 3
    got = cards(text, "heading-fact")
    assert "Il cuore del sistema?" not in got and "Processo?" in got


def test_a_paragraph_over_a_dash_rule_is_prose_not_a_heading():
    text = ("# Consensus\n\nThe candidate wins the vote. It then sends heartbeats to every follower.\n"
            "Followers accept it when its term is newer.\n-----\n\nState\n\n- currentTerm: the latest term the server has seen\n")
    [term] = [n for n in notes(text) if "latest term" in n.back]
    assert term.heading_path[0] == "Consensus" and not any("candidate" in p for p in term.heading_path)


def test_a_cloze_on_a_sentence_with_no_subject_is_dropped():
    text = ("# Memory\n\n## Paging\n\nPages split memory into blocks of one size.\n\n"
            "Must copy 4096 bytes of data, but nearby addresses are read together.\n\n"
            "Composed of **many latches** that hold one bit each until the clock ticks.\n\n"
            "A page holds 4096 bytes of data on most machines.\n")
    got = [n.front for n in notes(text) if "{{c" in n.front]
    assert got == ["A page holds {{c1::4096}} bytes of data on most machines."], got


def test_a_prompt_a_bundled_card_answers_shows_that_answer_and_names_the_card():
    text = "# Streams\n\n### Production concerns\n\n- Replay strategy\n- Exactly-once vs at-least-once processing\n"
    [prompt] = notes(text, "tradeoff")
    assert "Self-graded" not in prompt.back and "(From the bundled card “" in prompt.back
    assert "idempotent" in prompt.back  # the bundled answer itself


def test_round_14_and_15_shapes():
    text = ("# Notes\n\n## Recap\n\nRecap in ACID:\n\n- Atomicity\n> all or nothing\n\n"
            "## Tools\n\n- Bundlers - Webpack is the most used bundler out there, eg. Parcel and esbuild came later.\n\n"
            "## Stores\n\nDatabases like **Cassandra** can have custom quorum values.\n\n"
            "## Sizing\n\n- How many reads per day? (100,000 reads, so maybe 1000 writes)\n\n"
            "## Security wrap up\n\nWAFs - know the integrations:\n\n- ALB\n- CloudFront\n\n"
            "| Method | Description |\n|---|---|\n| Run | Starts a process |\n| Run | Starts a process with more control |\n"
            "| Wait | Blocks until the child ends |\n\nSee the note.[^f]\n\n[^f]: a footnote text here\n")
    got = cards(text)
    assert not any("ACID" in f and got[f] == "Atomicity" for f in got)
    assert "Cassandra" not in " ".join(got.values())
    assert "How many reads per day?" not in got and not any("know the" in f for f in got)
    assert "Run — description?" not in got and got.get("Wait — description?") == "Blocks until the child ends"
    assert not any(f.startswith("[^") for f in got)


def test_emoji_leave_titles_and_french_steps_are_not_asked_in_english():
    text = "# Chiffrement\n\n## Mode OFB 🔄\n\n- **Graine:** une valeur initiale secrète\n"
    assert all("🔄" not in n.front and all("🔄" not in p for p in n.heading_path) for n in notes(text))
    fr = ("# Démarrage\n\nLe système démarre en plusieurs étapes et chaque étape lance la suivante dans la machine.\n\n"
          "- Bootmgr (Windows) : firmware → bootmgr → winload → noyau\n") * 2
    assert not any("steps in order" in f for f in cards(fr))


def test_a_rule_that_claims_a_line_but_makes_nothing_is_no_crash():
    """Found by the fuzz test (tests/reliability/test_rel_fuzz_import.py): an IndexError in the walker."""
    ex = extract("\ufffd# cache\n\n- cache cache\n        - vs cache\n\n", source="fuzz")
    assert not any("extractor error" in w for w in ex.warnings)
