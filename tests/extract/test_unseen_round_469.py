"""Patterns found by grading cards from documents the extractor had never seen (session 32, rounds 469 and later;
test_unseen_round_448.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from srs.extract import extract
from tests.extract.extract_helpers import fronts, notes


def test_two_comparatives_either_side_of_vs_are_no_tradeoff_and_no_question():
    text = ("# Caching\n\n## Local vs shared cache\n\n"
            "* **Faster vs. slower**: A local cache answers from process memory, whereas a shared cache needs a network hop.\n"
            "* **Redis vs Memcached**: Redis when you need persistence or data types; Memcached for a plain multi-threaded cache.\n"
            )
    got = {n.front for n in extract(text).notes}
    assert not any("aster" in f for f in got), got
    assert "Redis vs Memcached — when to use each?" in got, got


def test_a_label_whose_value_is_one_quoted_string_is_an_examples_data():
    text = ("# Signing tokens\n\n## Sign with a shared key\n\n- HMAC: 'changeme'\n"
            "- Algorithm: HMAC with SHA-256, where one shared secret both signs and verifies\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got == {"Sign with a shared key: Algorithm?": "HMAC with SHA-256, where one shared secret both signs and "
                                                       "verifies"}, got


def test_a_back_that_counts_what_the_list_above_names_answers_nothing():
    text = ("# Disk I/O\n\n## Latency parts\n\n"
            "* **Seek time** is the time the head takes to reach the track.\n"
            "* **Rotational delay** is the time the sector takes to come under the head.\n"
            "* **Transfer time** is the time to read the sector's bytes.\n"
            "* **Access time** is the sum of the three above.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert "What is Access time?" not in got, got
    assert "What is Seek time?" in got, got


def test_one_experiments_grid_of_bare_numbers_makes_no_cards_but_a_table_of_facts_does():
    text = ("# Index notes\n\n## Timings\n\n"
            "| | B-tree index | Hash index | No index |\n|---|---|---|---|\n"
            "| Point lookup | 0.12 | 0.08 | 2.4 |\n| Range scan | 0.31 | 3.9 | 4.1 |\n| Insert | 0.05 | 0.04 | 0.01 |\n\n"
            "## Kinds\n\n| Index | Lookup cost | Range scans |\n|---|---|---|\n"
            "| B-tree | O(log n) | supported |\n| Hash | O(1) | not supported |\n")
    got = fronts(text, "table")
    assert not any("Point lookup" in f or "Insert" in f for f in got), got
    assert "Hash — range scans?" in got, got


def test_a_timeline_of_two_transactions_makes_no_cards():
    text = ("# Aislamiento\n\n## Lectura no repetible\n\n| t | TX1 | TX2 |\n|---|---|---|\n"
            "| t1 | `begin; select saldo from cuentas where id = 7;` → 100 | |\n"
            "| t2 | | `update cuentas set saldo = 50 where id = 7; commit;` |\n"
            "| t3 | `select saldo from cuentas where id = 7;` → 50 | |\n"
            "| t4 | `100 != 50` ❌ | |\n")
    assert fronts(text, "table") == set(), fronts(text, "table")


def test_sample_rows_with_their_columns_elided_make_no_cards():
    text = ("# Heaps\n\n## Unordered output\n\n| | CustomerID | Name | City |\n|---|---|---|---|\n"
            "| 1 | 42 | Ada Byron | Leeds |\n| 2 | 7 | Alan Kay | Boston |\n| 3 | 19 | ... | ... |\n| 4 | 3 | ... | ... |\n")
    assert fronts(text, "table") == set(), fronts(text, "table")


def test_a_courses_homework_section_makes_no_cards():
    text = ("# Transacciones\n\n## Aislamiento\n\n"
            "- **Serializable**: el nivel más estricto; las transacciones se comportan como si corrieran una tras otra.\n\n"
            "## Tarea\n\n- Valor: 2 puntos sobre final\n- Deadline: 18 de Nov de 2021 a las 23:59:59\n"
            "- Ana compra a Luis 400 títulos de AMZ a 66048.20 MXN pagaderos con cash.\n")
    got = {n.front for n in extract(text).notes}
    assert got == {"Aislamiento: Serializable?"}, got


def test_a_bare_answer_marker_takes_the_bullets_or_the_code_after_it():
    text = ("# React\n\n## Effects\n\n**Q: How do useEffect and useLayoutEffect differ?**  \n**A:**\n\n"
            "- `useEffect`: runs after paint, so it does not block it.\n"
            "- `useLayoutEffect`: runs before paint, so it blocks it.\n\n"
            "**Q: How do you skip an effect on the first render?**  \n**A:**\n\n"
            "```js\nconst first = useRef(true);\nuseEffect(() => {\n  if (first.current) { first.current = false; return; }\n}, [dep]);\n```\n")
    got = {n.front: n.back for n in notes(text, "explicit-qa")}
    assert got["How do useEffect and useLayoutEffect differ?"].startswith("- `useEffect`: runs after paint"), got
    assert "const first = useRef(true);" in got["How do you skip an effect on the first render?"], got
    assert not any(n.rule == "labelled-fact" for n in extract(text).notes)


def test_a_sentence_that_calls_a_term_a_known_problem_or_counts_its_parts_defines_nothing():
    text = ("# CSS\n\n## Layout\n\nVertical centering in CSS is a notorious problem.\n\n"
            "A *reflow* is the recalculation of element positions and sizes.\n\n"
            "- The browser *rendering pipeline* is made up of three stages\n"
            "    1. *layout* - works out how much space each element takes\n"
            "    2. *painting* - fills in the pixels\n"
            "    3. *composite* - draws the painted layers into the image on screen\n")
    got = fronts(text, "definition")
    assert got == {"What is a reflow?"}, got


def test_two_commands_with_one_description_ask_nothing_and_a_flags_sentence_stays_in_the_front():
    text = ("# Shell notes\n\n## Useful commands\n\n| Command | Description |\n|---|---|\n"
            "| `uname -r` | Print the running kernel release |\n"
            "| `lsb_release -a` | Print the distribution and its version |\n"
            "| `cat /etc/*release` | Print the distribution and its version |\n"
            "| `docker run --rm -it alpine sh` | Start an alpine container with a shell. It is removed on exit. |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got == {"Print the running kernel release — command?": "`uname -r`",
                   "Start an alpine container with a shell. It is removed on exit — command?":
                       "`docker run --rm -it alpine sh`"}, got


def test_the_symbol_list_under_a_formula_and_a_rating_cell_make_no_cards():
    text = ("# Attention\n\n## Scaled dot product\n\n$$softmax(QK^T / \\\\sqrt{d_k}) V$$\n\n"
            "其中：\n\n- $q$：query 向量\n- $d_k$：key 向量的维度\n\nwhere:\n\n- $Q$: the query matrix\n"
            "- $d_k$: the dimension of the keys\n\n## Adapters\n\n"
            "| Method | Trains | Memory | Quality |\n|---|---|---|---|\n"
            "| LoRA | low-rank adapters | a few GB | Good |\n| Full fine-tuning | every weight | hundreds of GB | Best |\n")
    got = {n.front: n.back for n in extract(text).notes}
    assert not any("d_k" in f or "其中" in f for f in got), got
    assert not any(b in ("Good", "Best") for b in got.values()), got
    assert got.get("LoRA — trains?") == "low-rank adapters", got


def test_a_definition_cut_to_framework_or_platform_only_names_its_class():
    text = "# Tools\n\n## Benefits\n\n- Terraform is a tool\n- Ansible is a platform\n- Ansible is agentless: it reaches hosts over SSH.\n"
    assert fronts(text, "definition") == set(), fronts(text, "definition")


def test_a_table_cell_that_only_spells_out_its_rows_acronym_is_trivial():
    text = ("# DNS\n\n## Record types\n\n| Type | Purpose |\n|---|---|\n| AAAA | Maps a name to an IPv6 address |\n"
            "| SOA | Start of Authority |\n| MX | Mail exchange |\n| CNAME | Canonical name (alias) |\n")
    assert fronts(text, "table") == {"AAAA — purpose?"}, fronts(text, "table")


def test_a_lead_in_naming_things_over_their_traits_and_an_any_other_case_make_no_cards():
    text = ("# Java\n\n## Types\n\nWrapper Types:\n\n- Slightly slower\n\n- Risk of NullPointerException\n\n"
            "- Necessary for collections\n\n"
            "## Return type\n\n- void → returns nothing\n- Any other type → must return a value\n\n"
            "## Switch\n\n- Layer 3 switch advantages:\n  - Faster\n  - More scalable\n  - Routes between VLANs\n")
    got = {n.front: n.back for n in extract(text).notes}
    assert not any("wrapper types" in f.lower() or "other type" in f for f in got), got
    assert "What are the layer 3 switch advantages?" in got, got  # a set of traits asked as traits stays


def test_a_table_column_named_only_type_or_transformation_asks_nothing():
    text = ("# Streams\n\n## Operators\n\n| Operator | Transformation | Description |\n|---|---|---|\n"
            "| Filter | KStream → KStream | keeps the records a predicate accepts |\n"
            "| GroupByKey | KStream → KGroupedStream | groups records by their current key |\n"
            "| Print | KStream → void | writes each record to stdout |\n")
    got = fronts(text, "table")
    assert not any("transformation" in f for f in got), got
    assert "Filter — description?" in got, got


def test_an_aside_wrapper_a_chinese_claim_placed_in_a_setting_and_a_question_rewritten_by_an_arrow_make_no_cards():
    text = ("# SRE\n\n## Hiring\n\n<aside> 💡 Side-note: when interviewing, notice how **well the team tells its SRE "
            "story.** </aside>\n\n## 可观测性\n\n可观测性在社区中是一个几乎有些被滥用的名词。\n\n"
            "- 错误率：\n  - 非常好理解，即操作失败的频率和比例。\n\n## Questions\n\n"
            "- How does a system fail? → How will it fail when we scale it?\n"
            "- How does a system fail? → How can it fail with less operational load\n")
    got = {n.front: n.back for n in extract(text).notes}
    assert not any("aside" in f + b or "Side-note" in f for f, b in got.items()), got
    assert not any(f.startswith("什么是") for f in got), got
    assert not any(b.startswith("→") for b in got.values()), got


def test_what_a_good_one_is_like_defines_no_term():
    text = ("# SLOs\n\n## Targets\n\nA good SLO is a helpful, legitimate forcing function.\n\n"
            "An SLO is a target value for a service level measured by an SLI.\n")
    assert fronts(text, "definition") == {"What is SLO?"}, fronts(text, "definition")


def test_an_acronym_one_word_short_an_analogy_list_a_section_pointer_and_a_split_adverb_make_no_cards():
    text = ("# K8s\n\n## Node\n\n- The kubelet talks to the Container Runtime (CRI) on each node.\n"
            "- The Container Network Interface (CNI) wires pod networking.\n\n## Picture it\n\nThink like this:\n\n"
            "* kube-proxy = traffic cop\n* scheduler = seating host\n\n## 资源\n\n传统的虚拟机正是一种有状态的宠物。\n\n"
            "| Component | Role | Where it shows up |\n|---|---|---|\n"
            "| **CoreDNS** | In-cluster DNS for Services | §1.7 |\n| **etcd** | Key-value store of cluster state | §1.8 |\n")
    got = {n.front: n.back for n in extract(text).notes}
    assert "What does CRI stand for?" not in got and got.get("What does CNI stand for?") == "Container Network Interface", got
    assert not any(f.startswith("What is") for f in got), got
    assert not any(b.startswith("§") for b in got.values()), got
    assert not any(f.startswith("什么是") for f in got), got


def test_a_notes_record_fields_and_a_question_set_equal_to_its_answer_define_no_terms():
    text = ("# Devoxx talk\n\n- **auteur** = Jeanne Martin, architecte\n- **tags** = topic>architecture ; level>intermediate\n\n"
            "## Découpage\n\nLe découpage d'une application est la décision la plus difficile à changer, et il faut donc "
            "le faire avec soin dès le début du projet.\n\n- où placer les frontières = **par fonctionnalité**\n"
            "- **Bounded context** = la frontière dans laquelle un modèle du domaine garde un sens unique\n")
    got = fronts(text, "definition")
    assert got == {"Qu'est-ce que Bounded context ?"}, got


def test_a_list_title_heads_its_own_list_not_the_next_one_a_later_lead_in_introduces():
    text = ("# Talk notes\n\n## The architect's role\n\nTell three things apart:\n\n- the architect's role\n"
            "- the activity of architecting\n\nNear the end the speakers list what goes wrong with architects, which was "
            "worth the wait:\n\n- **Ivory tower**: cut off from what the teams actually run\n"
            "- **Zero impact**: nothing they propose is ever adopted\n")
    got = {n.front: n.context for n in extract(text).notes}
    assert got and not any("Tell three things apart" in c for c in got.values()), got


def test_a_case_studys_assumptions_make_no_cards_in_any_language():
    text = ("# Chat\n\n## Escala\n\nHipótese: 10 M DAU, 40 mensagens/dia por usuário, pico 50 k msg/s.\n\n"
            "Assumptions: 300 M users, 1 KB per message.\n\n"
            "O WebSocket mantém uma conexão aberta por cliente, e o servidor empurra as mensagens sem polling.\n")
    got = {n.front for n in extract(text).notes}
    assert not any("DAU" in f or "Hipótese" in f or "Assumptions" in f or "300" in f for f in got), got


def test_kramdown_block_attributes_and_a_self_linked_heading_are_no_text():
    text = ("# メモリ\n\n## [スタック](#stack) {#stack}\n\n{: .labeled}\n| 項目 | スタック | ヒープ |\n|---|---|---|\n"
            "| 成長方向 | 下向き | 上向き |\n| 管理 | 自動 | 手動 |\n\n"
            "[mmap(2) - Linux manual page](https://man7.org){:target=\"\\_blank\"}\n")
    got = {n.front: (n.context, n.back) for n in extract(text).notes}
    assert "成長方向 — スタック？" in got and got["成長方向 — スタック？"][0].endswith("スタック"), got
    assert not any("{:" in f or "{:" in b for f, (_c, b) in got.items()), got


def test_an_ex_list_is_an_examples_numbers_and_a_graph_algorithm_only_names_a_class():
    text = ("# Algorithms\n\n## Binary search\n\n- Binary search halves the range on each step.\n- Ex: - For 8 inputs\n"
            "  - Simple search - 8 steps\n  - Binary search - `log(8)` ie 3 steps\n\n## BFS\n\nBFS is a graph algorithm.\n")
    got = {n.front for n in extract(text).notes}
    assert not any("steps" in f for f in got), got
    assert "What is BFS?" not in got, got


def test_a_label_whose_sentence_goes_on_in_its_sub_list_is_cut_short():
    text = ("# DynamoDB\n\n## Reads\n\n- `Query`: still requires the partition key and returns items based on\n"
            "  - `KeyConditionExpression`\n  - `FilterExpression`\n- `Scan`: reads every item in the table.\n")
    got = fronts(text, "labelled-fact")
    assert got == {"Reads: `Scan`?"}, got


def test_a_name_the_question_already_spells_is_trivial():
    text = ("# Graphs\n\n## Kinds\n\nA graph with weights on its edges is called a weighted graph.\n\n"
            "A graph in which every pair of vertices is joined by an edge is called a complete graph.\n")
    got = fronts(text, "naming")
    assert got == {"What is a graph in which every pair of vertices is joined by an edge called?"}, got


def test_en_dash_bullets_are_list_items_and_a_ranking_defines_no_term():
    text = ("# EBS\n\n## Volume types\n\n- SSD, Provisioned IOPS – io1\n    – Max IOPS per volume 64,000\n"
            "– HDD, Throughput Optimized – (st1)\n    – Volume size 500 GiB – 16 TiB\n"
            "    - Baseline throughput of 40 MB/s per TB\n- HDD, Cold – (sc1)\n    - Lowest cost storage – cannot be a boot volume\n")
    got = {n.front: n.context for n in extract(text).notes}
    assert not any(f.startswith("What is Lowest") for f in got), got
    assert all("Provisioned IOPS" not in c for f, c in got.items() if "40 MB" in f), got


def test_an_items_own_outline_number_is_no_value():
    text = ("# Permissions\n\n## Access check\n\n1. if effective-uid == st_uid\n\n    - 1.1 if the user bit is set grant access\n"
            "    - 1.2 else deny access\n\n2. if effective-gid == st_gid\n\n    - 2.1 if the group bit is set grant access\n"
            "    - 2.2 else deny access\n")
    got = {n.front: n.back for n in extract(text).notes}
    assert not any(b in ("1.2", "2.2", "1.1", "2.1") for b in got.values()), got


def test_the_line_under_a_documents_title_that_describes_the_notes_is_no_card():
    text = ("# Cheat Sheet: IAM Best Practices\n\nQuick reference for AWS Identity and Access Management best practices.\n\n"
            "## Root account\n\nThe root user has unrestricted access to every resource in the account.\n")
    got = fronts(text, "heading-fact")
    assert not any("Cheat Sheet" in f for f in got), got


def test_a_chinese_name_given_to_the_result_of_a_clause_names_nothing_on_its_own():
    text = "# 维度建模\n\n## 雪花\n\n如将规范化理论应用到维度表中，结果称为雪花模式。\n\n将事实表放在中心的模型被称为星型模式。\n"
    got = fronts(text, "naming")
    assert got == {"将事实表放在中心的模型被称为什么？"}, got


def test_a_term_said_to_be_an_issue_is_not_defined():
    text = "# Crypto\n\n## Keys\n\nWeak keys are an issue.\n\nA *reflow* is the recalculation of element positions and sizes.\n"
    assert fronts(text, "definition") == {"What is a reflow?"}, fronts(text, "definition")


def test_a_highlight_the_line_already_says_or_that_is_most_of_the_line_is_no_blank():
    text = ("# Security+\n\n## Password-less Authentication\n\n"
            "- **Time-based** One-Time Password (TOTP) changes the token code ==based upon the current time==.\n"
            "- ==Authentication is not limited to people.== Services authenticate too.\n"
            "- TOTP codes are usually valid for ==30 seconds== before they change.\n")
    got = fronts(text, "explicit-cloze")
    assert got == {"TOTP codes are usually valid for {{c1::30 seconds}} before they change."}, got


def test_a_jbake_header_closed_by_tildes_opens_no_code_block():
    text = ("title=Designing Data Systems\ntags=reading, books\n~~~~~~\n\n# Part 1\n\n## Replication\n\n"
            "A *leader* is the replica that accepts every write and streams it to the followers.\n")
    got = {n.front: n.line for n in extract(text).notes}
    assert got.get("What is a leader?") == 9, got


def test_a_section_indented_four_spaces_in_sentences_is_prose_but_an_indented_command_stays_code():
    text = ("# Kafka\n\n### What is a consumer group?\n\n    A consumer group is a set of consumers that share the work of "
            "reading a topic.\n\n    Each partition is read by exactly one consumer of the group at a time.\n\n"
            "### List the groups\n\n    kafka-consumer-groups --list\n    kafka-consumer-groups --describe\n")
    got = {n.front: n.back for n in extract(text).notes}
    assert any("consumer group" in f.lower() and "share the work" in b for f, b in got.items()), got
    assert not any("kafka-consumer-groups" in f for f in got), got
