"""Patterns found by grading cards from documents the extractor had never seen (session 30, rounds 434 and later;
test_unseen_round_408.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_block_of_code_pasted_without_a_fence_makes_no_card_and_no_heading():
    text = ("# Infra notes\n\n## Outputs\n\nAn output shows a value after apply:\n"
            ' output "db_address" {\n   value     = aws_db_instance.main.address\n   sensitive = true\n }\n\n'
            "Marking an output sensitive hides it from the plan.\n\n"
            "Inspect one resource:\n$ tool state show aws_subnet.public-a\n# aws_subnet.public-a:\n"
            'resource "aws_subnet" "public-a" {\n    cidr_block = "10.0.1.0/24"\n    tags = {\n        Name = "public-a"\n'
            "    }\n}\n\n## Providers\n\n- **Partner**: written by a vendor that the registry has checked\n")
    got = notes(text)
    fronts = {n.front: n.back for n in got}
    assert not any(w in f for f in fronts for w in ("sensitive", "tags", "value", "cidr")), fronts
    assert all("aws_subnet" not in str(n.context) for n in got), [n.context for n in got]
    assert any(f.startswith("Providers: Partner") for f in fronts), fronts


def test_a_lead_in_that_only_says_here_is_how_leaves_the_heading_as_the_subject():
    text = ("# Orchestrators\n\n## Fleet Manager\n\nFleet Manager runs a group of hosts as one unit.\n\n"
            "Here’s how it works in plain words:\n\n- Scheduling: Fleet Manager places each task on the least busy host.\n\n"
            "- Self-healing: A failed task is started again on another host.\n")
    got = {n.front: n.back for n in notes(text)}
    assert "Fleet Manager: Scheduling?" in got, got
    assert not any("Here" in f for f in got), got


def test_a_sub_item_indented_past_its_parents_marker_but_short_of_its_text_is_still_a_sub_item():
    text = ("# Provisioning\n\nLoop styles:\n - counter\n  - Good for near-identical copies of one server\n"
            "  - Bad: removing one copy shifts the numbers of all later copies\n - keyed\n"
            "  - Bad: needs a map or a set as its input\n")
    got = {n.front: n.back for n in notes(text)}
    assert "Counter: Bad?" in got, got
    assert not any(f.endswith(" Bad?") and not f.startswith(("Counter", "Keyed")) for f in got), got


def test_a_role_word_such_as_the_definition_or_the_purpose_is_no_term_to_define():
    text = ("# Governance\n\n## Rule sets\n\n- The definition is a JSON document that lists the allowed regions.\n"
            "- The purpose is to keep every resource inside the approved regions.\n"
            "- A rule set is a named group of rules assigned together.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(w in f.lower() for f in got for w in ("definition", "purpose")), got
    assert any("rule set" in f.lower() for f in got), got


def test_an_address_over_notes_and_an_emoji_in_brackets_title_nothing():
    text = ("# Identity\n\n## Access reviews\n\n- https://docs.example.com/identity/access-reviews\n"
            "    - **Reviewer**: the person who confirms that a user still needs the role\n"
            "    - **Recurrence**: how often the review runs, such as every quarter\n\n"
            "## Knapsack (😵)\n\n- **Subproblem**: the items from i onward, with x capacity left\n")
    got = notes(text)
    assert got and all("https" not in str(n.context) and "()" not in str(n.context) + n.front for n in got), \
        [(n.context, n.front) for n in got]
    assert any("Knapsack" in str(n.context) for n in got), [n.context for n in got]


def test_a_number_inside_a_name_is_no_quantity_to_hide():
    text = ("# Balanced trees\n\n## Mapping\n\nEvery left-leaning tree maps to exactly one 2-3 B-tree of the same keys.\n\n"
            "A node with two red links would act like a 4 node, which the rules forbid.\n\n"
            "A lookup visits at most 40 nodes in a tree of one billion keys.\n")
    got = [n.front for n in notes(text)]
    assert not any("B}}-tree" in f or "4 node}}" in f for f in got), got
    assert any("{{c1::40}} nodes" in f for f in got), got


def test_a_sentence_that_points_at_the_last_one_shown_makes_no_cloze():
    text = ("# Trees\n\n## Which drawings are valid\n\nThe last one holds 4 keys in a single node and splits on the next insert.\n\n"
            "The second one breaks the **black-height** rule on its right side.\n\n"
            "A valid tree keeps every leaf at the same **black depth**.\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith(("The last one", "The second one")) for f in got), got
    assert any(f.startswith("A valid tree") for f in got), got


def test_a_back_that_puts_the_answer_off_to_a_later_lecture_makes_no_card():
    text = ("# Heaps\n\n## Building a heap\n\nHow can the first build of the heap be made faster? Will come back to this "
            "when we reach sorting.\n\n- **Other structures**: Tries are trees keyed by prefixes. We'll discuss them in "
            "our next lecture.\n- **Heap order**: every parent key is at least as large as its children's keys.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("come back" in b or "next lecture" in b for b in got.values()), got
    assert any("Heap order" in f for f in got), got


def test_a_parent_item_that_is_only_a_verb_titles_nothing():
    text = ("# Access\n\n## Principals\n\n- A principal is an identity the platform knows\n- Can be:\n"
            "    - `person`: one human account with its own login\n    - `robot`: an account that a program uses, not a human\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith("Can be") for f in got), got
    assert "Principals: `person`?" in got, got


def test_rows_keyed_by_a_circled_step_number_make_no_card():
    text = ("# Mail delivery\n\n## The hops of one message\n\n| Step | Where | Action |\n|---|---|---|\n"
            "| ① | Client | Hands the message to its outgoing server |\n| ② | Outgoing server | Looks up the MX record |\n"
            "| ③ | Receiving server | Stores the message in the mailbox |\n")
    got = [n.front for n in notes(text)]
    assert not any(c in f for f in got for c in "①②③"), got


def test_a_status_cell_that_only_says_its_code_again_makes_no_card():
    text = ("# Web\n\n## Status codes\n\n| Code | Meaning | Typical cause |\n|---|---|---|\n"
            "| **202 Accepted** | Request accepted | The work was queued to run later |\n"
            "| **410 Gone** | Resource gone | The address was removed for good |\n"
            "| **429 Too Many Requests** | Rate limit hit | The client sent requests faster than allowed |\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b in ("Request accepted", "Resource gone") for b in got.values()), got
    assert got.get("429 Too Many Requests — meaning?") == "Rate limit hit", got


def test_a_grade_in_a_many_way_comparison_table_makes_no_card():
    text = ("# Messaging\n\n## Compared\n\n| Trait | Queue A | Queue B | Stream C |\n|---|---|---|---|\n"
            "| **Latency** | Low | Medium | Very low |\n| **Ordering** | Per group | None | Per partition |\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b in ("Low", "Medium", "Very low") for b in got.values()), got
    assert got.get("Ordering — stream c?") == "Per partition" or any(b == "Per partition" for b in got.values()), got


def test_a_definition_that_ends_on_the_following_fields_is_cut_short():
    text = ("# Naming\n\n## Records\n\nA zone record is a four-part entry that holds the following fields:\n\n"
            "```\n(name, value, type, ttl)\n```\n\nA resolver is a server that looks names up for its clients.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("following" in b for b in got.values()), got
    assert any("resolver" in f.lower() for f in got), got


def test_korean_notes_full_of_code_are_still_korean_notes():
    code = "```yaml\nscrape_configs:\n  - job_name: app\n    metrics_path: /actuator/prometheus\n    static_configs:\n" \
           "      - targets: ['localhost:8080']\n```\n\n"
    text = ("# 모니터링\n\n## 개요\n\n- 이 도구는 Cloud Native Computing Foundation(CNCF)에서 관리하는 오픈소스 프로젝트이다.\n\n"
            + code * 6 + "- 수집 주기는 설정 파일에서 바꿀 수 있다.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith("What does") for f in got), got
    assert any("CNCF" in f for f in got), got


def test_advice_on_sitting_the_exam_makes_no_card():
    text = ("# Cloud ops exam guide\n\n## Tips for Exam Success\n\n### During the Exam\n"
            "1. **Flag uncertain questions** - Review them at the end\n2. **Manage your time** - Do not stay on one question\n\n"
            "## Logging\n\n- **Log sink**: a rule that routes matching log entries to a destination\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Flag" in f or "time" in f.lower() for f in got), got
    assert any("Log sink" in f for f in got), got


def test_a_claim_label_introduces_an_opinion_not_a_term():
    text = ("# Resilience talk\n\n## Postmortems\n\n> Claim: current blameless postmortems reduce what teams learn.\n\n"
            "**Key Distinction:** Architects design solutions; operators run them.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith(("Claim", "Key Distinction")) for f in got), got


def test_numbered_titles_of_a_pasted_answer_head_their_sections():
    text = ("1. What is a message log?\n\nA message log is an append-only store that consumers read at their own pace.\n\n"
            "2. Patterns built on it\n\na. Event sourcing\n\nEvery change is stored as an event, and state is rebuilt by replaying them.\n\n"
            "b. Log shipping\n\nServers send their log lines to one central store.\n\n3. Why teams adopt it\n\n"
            "Replay: a consumer can read old events again from any offset.\n")
    got = notes(text)
    contexts = {str(n.context) for n in got}
    assert any("Patterns built on it" in c or "Why teams adopt it" in c for c in contexts), contexts
    loose = notes("1. Install the agent\n\n2. Point it at the server\n\n3. Start the service\n")
    assert all("Install" not in str(n.context) for n in loose), [n.context for n in loose]


def test_a_benefit_and_its_reason_under_a_why_title_is_asked_as_a_benefit():
    text = ("# Event log\n\n## Why teams pick the log\n\nDurability – records persisted on disk\n\n"
            "Scalability – partitions spread the reads over many consumers\n\n## Terms\n\n"
            "Offset – the position of a record within its partition\n")
    got = {n.front: n.back for n in notes(text)}
    assert "What is Scalability?" not in got and "What is Durability?" not in got, got
    assert got.get("Why teams pick the log: Scalability?") == "Partitions spread the reads over many consumers", got
    assert any("Offset" in f and f.startswith("What") for f in got), got


def test_a_short_gloss_that_says_its_label_again_is_trivial_in_other_latin_languages_too():
    text = ("# Seguridad física\n\n## Elementos de control\n\n- **Iluminación**: Sistemas de iluminación perimetral\n"
            "- **Cerraduras**: Dispositivos mecánicos que exigen una llave o un código para abrir una puerta\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Iluminación" in f for f in got), got
    assert any("Cerraduras" in f for f in got), got


def test_a_bold_tag_that_says_what_a_sentence_is_about_is_no_term():
    text = ("# Continuity\n\n## Response priorities\n\n- **Business Continuity Focus:** Response aims to keep the business "
            "running while the incident is handled.\n- **Organizational Alignment:** Response steps should follow the "
            "goals that leaders have set for the business.\n- **Recovery Point Objective:** The most data, measured in "
            "time, that the business accepts to lose.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Focus" in f or "Alignment" in f for f in got), got
    assert any("Recovery Point Objective" in f for f in got), got


def test_a_rule_or_attempt_asked_by_its_number_asks_nothing():
    text = ("# Scheduling\n\n## Multi-level queues\n\n- Attempt 1: how to change priority\n"
            "- Rule 4b: If a job gives up the CPU before its slice ends, it keeps its priority\n"
            "- Another metric: fairness, measured by the Jain index\n- Time slice: the longest a job runs before a switch\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(w in f for f in got for w in ("Attempt", "Rule 4b", "Another")), got
    assert any("Time slice" in f for f in got), got


def test_a_formula_in_inline_math_is_not_cut_at_its_equals_sign():
    text = ("# Scheduling\n\n## Metrics\n\n- $T_{wait} = T_{start} - T_{arrival}$\n"
            "- Response time: the time from arrival to the first run\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("$" in f for f in got), got
    assert any("Response time" in f for f in got), got


def test_an_emphasised_variable_of_an_algorithm_step_is_no_cloze():
    text = ("# Deadlock\n\n## Detection\n\n> 1. Look for an unmarked process, **Pi**, whose **ith** row of **R** is at most **A**.\n\n"
            "A deadlock is a set of processes in which each one waits for another one of the set.\n")
    got = [n.front for n in notes(text)]
    assert not any("row of" in f for f in got), got
    assert any("deadlock" in f for f in got), got


def test_a_back_with_no_word_is_no_answer():
    text = ("# CSS\n\n## Basics\n\n- Keywords: \\\n- Severity level: ____________\n- Exponent operator: `**`\n"
            "- Box sizing: how width and height count padding and border\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b.strip() in ("\\", "____________") for b in got.values()), got
    assert any("Box sizing" in f for f in got), got


def test_a_heading_answered_by_an_analogy_makes_no_card():
    text = ("# How the web works\n\n## Name resolution (DNS)\n\nThink of DNS like a phonebook for the internet, "
            "where you look up a name to find a number.\n\n## Caching\n\nA cache keeps copies of answers close to the "
            "reader so later requests skip the slow trip.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b.startswith("Think of") for b in got.values()), got


def test_a_camel_case_column_whose_description_spells_its_name_makes_no_card():
    text = ("# Short links\n\n## Link table\n\n| Column | Type | Description |\n|---|---|---|\n"
            "| shortCode | varchar(8) | Unique short code |\n| expiresAt | timestamp | Expiry time |\n"
            "| clickCount | bigint | Redirects served so far, updated in batches |\n")
    got = {n.front: n.back for n in notes(text)}
    assert "Unique short code" not in got.values(), got
    assert "shortCode — type?" in got, got


def test_a_bare_alternative_label_asks_nothing():
    text = ("# Feeds\n\n## Post cache\n\n**Alternative**: Distributed post cache keyed by post id, filled on first read.\n\n"
            "**Fan-out on write**: each new post is copied into every follower feed when it is created.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith("Alternative") for f in got), got
    assert "Fan-out on write?" in got, got


def test_an_arrow_or_label_that_leads_only_to_links_makes_no_card():
    text = ("# 链路层\n\n## 以太网\n\n> 帧与 IP 嵌套 → [§6.1 帧结构](frames.md) · [帧结构图](diagram.md)\n\n"
            "- **See also**: [Switching](switch.md), [VLANs](vlan.md)\n- **MTU**: 以太网帧的最大载荷为 1500 字节\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("§6.1" in b or "Switching" in b for b in got.values()), got
    assert any("MTU" in f for f in got), got


def test_an_arrow_that_gives_a_reason_is_no_rule():
    text = ("# Addresses\n\n## Private ranges\n\n- Home router probably gives 192.168.x.x -> because it is small and easy "
            "to manage\n- More than 254 hosts on one subnet → use a /23 or larger\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b.startswith("because") for b in got.values()), got


def test_a_coloured_bold_title_heads_its_list():
    text = ('# Tables\n\n**<span style="color: #0057FF;">Keys: </span>**\n\n'
            "- Partition key: hashed to pick the partition that stores the item\n"
            "- Sort key: orders the items that share a partition key\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("**" in f + b for f, b in got.items()), got
    assert "Keys: Sort key?" in got, got


def test_an_address_written_as_a_heading_titles_nothing():
    text = ("# Lambda\n\n# https://www.example.co.in/2020/lambda-destinations.html\n\n## Destinations\n\n"
            "- **Destination**: the target that receives the result of an async invocation, with its context\n")
    got = notes(text)
    assert got and all("https" not in str(n.context) for n in got), [n.context for n in got]
