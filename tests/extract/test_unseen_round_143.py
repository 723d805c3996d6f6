"""Patterns found by grading cards from documents the extractor had never seen (session 17: holdout rounds 143
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from srs.extract.html_text import to_text
from tests.extract.extract_helpers import fronts, notes


def test_a_facet_label_over_one_point_is_no_term_to_ask():
    text = ("# Links\n\n## Leased Line\n\nA private circuit rented from a carrier.\n\nUsecases:\n"
            "- two offices that need a fixed, private path.\n\nCons:\n"
            "- the carrier, not you, answers for every outage on it.\n\n## Dial-up\n\nA modem line.\n\nCons:\n"
            "- but note that it holds the phone line.\n")
    got = fronts(text)
    assert {"Leased Line — usecases?", "Leased Line — cons?"} <= got, got  # whose points they are
    assert not got & {"Usecases?", "Cons?", "What is Usecases?", "Dial-up — cons?"}, got  # "but …" leans on before


CONFIG_TABLE = ("# Config\n\n| Variable Name | Description |\n| --- | --- |\n"
                "| flush_interval | This variable specifies the flush interval in milliseconds. Default value: 5000 |\n"
                "| admin_pass | This variable specifies the admin password for a new store. Default value: Guest |\n"
                "| peer_props | This variable specifies the key-value pairs sent to peers on connect. Default value: none |\n"
                "| spill_dir | The folder where spilled pages go when memory runs short. |\n\n"
                "| Name | Default | Description |\n| --- | --- | --- |\n"
                "| STORE_BASE | * | The directory that holds the store files and logs. |\n"
                "| STORE_PORT | 7000 | The port the store listens on. |\n")


def test_a_default_told_at_the_end_of_a_description_is_asked_on_its_own():
    got = fronts(CONFIG_TABLE, "table")
    assert {"flush_interval — default value?", "admin_pass — default value?", "peer_props — default value?"} <= got, got
    assert "peer_props — description?" in got and "spill_dir — description?" in got, got


def test_a_description_that_spells_out_the_name_and_a_placeholder_cell_ask_nothing():
    got = fronts(CONFIG_TABLE, "table")
    assert not got & {"flush_interval — description?", "admin_pass — description?", "STORE_BASE — default?"}, got
    assert {"STORE_PORT — default?", "STORE_BASE — description?"} <= got, got


def test_two_named_things_side_by_side_are_no_rows_keyed_by_their_first_column():
    text = ("# Queues\n\n| Plain | LIFO |\n|---|---|\n| Best-effort ordering | Last in, first out, strictly |\n"
            "| Message delivered at least once | Messages are delivered once. |\n| Default queue kind | Good for undo stacks. |\n\n"
            "| Term | Meaning |\n|---|---|\n| Dead letter queue | Holds messages that failed too often |\n"
            "| Visibility timeout | How long a received message stays hidden |\n")
    got = fronts(text, "table")
    assert not any(f.endswith("LIFO?") for f in got), got
    assert "Dead letter queue — meaning?" in got, got


def test_a_table_keyed_by_links_to_the_notes_own_sections_is_navigation():
    text = ("# What is new\n\nUnits | Topics\n--- | ---\n"
            "[Chapter 1: Transactions](#chapter-1-transactions) | Transactions: an overview and options.\n"
            "[Chapter 2: Sharding](#chapter-2-sharding) | Sharding: routing and balancing changes.\n"
            "[Chapter 3: Tools](#chapter-3-tools) | Tools: a new shell and an export tool.\n\n"
            "## Chapter 1: Transactions\n\nA transaction commits all its writes or none.\n")
    assert not any("topics" in f for f in fronts(text)), fronts(text)


def test_an_acronym_set_equal_to_its_spelled_out_words_asks_what_it_stands_for():
    text = "# IS-IS\n\nES = End system\nIS = Intermediate system\n\nLSP = a packet that carries link state.\n"
    got = fronts(text)
    assert {"What does ES stand for?", "What does IS stand for?", "What is LSP?"} <= got, got
    assert not any(f in ("What is?", "What is ES?") for f in got), got


def test_an_answer_that_stops_mid_sentence_or_only_judges_is_no_card():
    text = ("# Consensus\n\n## Safety\n\n**Prefix Property**: if two logs hold an entry with the same index and term, then they\n"
            "1. hold the same command\n2. agree on every entry before it\n\n## Loading\n\n- Append: simple\n"
            "- Merge: needs a key to match rows on\n\n## Tools\n\n- **Sniffer**: a passive receiver that copies every frame "
            "it is sent to\n")
    got = fronts(text)
    assert not any(f.startswith(("Prefix Property", "Loading: Append")) for f in got), got
    assert {"Loading: Merge?", "What is Sniffer?"} <= got, got  # a sentence may end on "on" or "to"


def test_a_gloss_set_as_subscript_is_said_in_brackets_and_a_leading_footnote_number_goes():
    text = ("# Memory <sub>기억 장치</sub>\n\n## Paging <sub>페이징</sub>\n\n- `page out`: 메모리에서 디스크로 내보내는 작업\n\n"
            "<sup>1</sup> Swap area : 디스크의 스왑 영역\n")
    got = {(n.front, n.context) for n in notes(text)}
    assert ("Paging (페이징): `page out`?", "Memory (기억 장치) › Paging (페이징)") in got, got
    assert any(front == "Swap area?" for front, _ in got), got
    assert to_text("Water is H<sub>2</sub>O; a set has 2<sup>n</sup> subsets") == "Water is H_2O; a set has 2^n subsets"


def test_a_second_sentence_spliced_on_with_a_comma_is_no_part_of_the_meaning():
    text = ("# Net\n\nAnycast is a routing scheme for one address on many hosts, and the nearest host is picked by BGP.\n\n"
            "Nomad is a scheduler on top of a VM pool, a Job is a unit of work in Nomad.\n\n"
            "A sketch is a summary that may err, which is fine for counting.\n\n"
            "A ledger is a log of entries (if one is lost, all is lost).\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert got.get("What is Anycast?") == "A routing scheme for one address on many hosts", got
    assert got.get("What is Nomad?") == "A scheduler on top of a VM pool", got
    assert got.get("What is a sketch?", "").endswith("fine for counting"), got
    assert got.get("What is a ledger?", "").endswith("all is lost)"), got


def test_a_references_list_in_another_language_is_no_definition():
    for title in ("참고", "Referencias", "Литература"):
        text = (f"# Memory\n\n</br>\n\n---\n\n- {title}\n\n"
                "    운영체제 - 이화여자대학교, 김교수님 강의\n\n    [Fragmentation](https://example.com/frag)\n")
        assert not any("운영체제" in f for f in fronts(text)), (title, fronts(text))


def test_a_bit_matrix_with_elided_rows_is_no_set_of_cards():
    text = ("# Binary\n\n|  | 8 | 4 | 2 | 1 |\n|-|-|-|-|-|\n| number 1 | 0 | 0 | 0 | 1 |\n| number 2 | 0 | 0 | 1 | 0 |\n"
            "| ... |  |  |  |  |\n| number 9 | 1 | 0 | 0 | 1 |\n| number 10 | 1 | 0 | 1 | 0 |\n")
    assert not fronts(text, "table"), fronts(text, "table")


def test_a_section_in_another_script_is_asked_in_its_own_language():
    text = ("# Consensus\n\nA quorum is a majority of the voting nodes.\n\nA leader is the one node that orders all writes "
            "in a term, and a follower copies the leader's log. Elections pick a new leader when the old one stops "
            "sending heartbeats to the followers.\n\n## По-русски\n\n"
            "- *Кворум* – это большинство голосующих узлов кластера\n")
    got = fronts(text, "definition")
    assert "What is a quorum?" in got and "Что такое Кворум?" in got, got
    assert not any(f.startswith("What is Кворум") for f in got), got


def test_a_set_of_it_and_a_question_taken_as_a_term_ask_nothing():
    text = ("# Queues\n\nThere are a few benefits of it:\n- Fewer lost messages\n- Smoother load\n- Simpler retries\n\n"
            "There are some benefits of batching:\n- Fewer round trips\n- Better compression\n- Cheaper writes\n\n"
            "## Formats\n\n2. How each of these formats is used for storage and messaging (files, queues, RPC)\n")
    got = fronts(text)
    assert "Which three benefits of batching?" in got, got
    assert not any("of it" in f or f.startswith("What is How") for f in got), got


def test_an_example_column_and_a_bare_requirement_label_ask_nothing_of_their_own():
    text = ("# Search\n\n## Update handler\n\n|Request Type| Description | XML Example |\n|--|--|--|\n"
            "|Commit| Makes every pending change searchable | \\<commit waitSearcher=\"true\" softCommit=\"false\" /> |\n"
            "|Atomic update| Sets one field of a stored document | \\<add><doc><field name=\"id\" >1</field></ doc></ add> |\n\n"
            "## 4. Peering\n\n**What It Is:**\n- Private connectivity between two networks\n- Non-transitive\n\n"
            "**Automatically Shared:** Subnet routes\n\n**Optional:** Custom routes, Dynamic routes\n")
    got = fronts(text)
    assert "Commit — description?" in got and not any("example" in f.lower() for f in got), got
    assert "Optional?" not in got, got


def test_items_under_a_lets_say_lead_in_are_one_examples_data():
    text = ("# Limits\n\n## Sliding window\n\nThe sliding window weights the previous window by its overlap.\n\n"
            "- Lets say we have the following facts:\n  - The window size is 60mins\n  - The limit is set to 4 QPS\n")
    assert not any("60mins" in n.front or "4 QPS" in n.front for n in notes(text)), fronts(text)


def test_a_list_title_with_vs_is_not_cut_at_its_full_stop():
    text = ("# Sorting\n\n- Eager vs. Lazy Loading\n    - Eager: rows -> objects\n"
            "        - Meaning: every row is built into an object at once\n    - Lazy: rows -> proxies\n"
            "        - Meaning: an object is built on first use\n")
    contexts = {n.context for n in notes(text)}
    assert contexts and all("Eager vs. Lazy Loading" in c for c in contexts), contexts


def test_a_reminder_label_is_no_term():
    text = ("# Traps\n\nA trap moves the CPU from user mode into supervisor mode.\n\n"
            "*Refresh: The software running in kernel space with supervisor rights is called the kernel.*\n")
    assert "Refresh?" not in fronts(text), fronts(text)


def test_two_things_side_by_side_under_headers_without_capitals_are_no_keyed_rows():
    text = ("# 운영체제\n\n## 캐시 vs 버퍼\n\n|캐시|버퍼|\n|---|---|\n|자주 쓰는 데이터를 빠른 곳에 두는 것|속도가 다른 두 장치 사이에서 데이터를 잠시 모으는 것|\n"
            "|읽기를 빠르게 함|쓰기를 모아서 함|\n\n## 명령어\n\n|명령어|설명|\n|---|---|\n|ls|파일 목록을 보여 준다|\n|pwd|현재 디렉터리를 보여 준다|\n")
    got = fronts(text, "table")
    assert not any(f.endswith("버퍼?") for f in got), got
    assert "파일 목록을 보여 준다 — 명령어?" in got, got  # a command table is still read (task → command)


def test_a_heading_keeps_its_opening_question_mark_and_a_path_its_slash():
    text = ("# ¿Qué es un Log?\n\n- **Evento**: algo que ocurre en el sistema y queda registrado\n\n"
            "## /etc/fstab — Persistent Mounts\n\n- **nofail**: boot goes on when the device is missing\n\n"
            "## 🪣 Object Storage\n\n- **Bucket**: the top-level container of objects\n")
    contexts = {n.context for n in notes(text)}
    assert any(c.startswith("¿Qué es un Log?") for c in contexts), contexts
    assert any(c.endswith("/etc/fstab — Persistent Mounts") for c in contexts), contexts
    assert any(c.endswith("› Object Storage") for c in contexts), contexts


def test_a_cell_that_only_says_its_row_and_column_again_asks_nothing():
    text = ("# REST\n\n## Verbs\n\n| Resource | GET (Read) | DELETE (Delete) |\n|---|---|---|\n"
            "| `/purchase-orders/7` | Get purchase order with ID 7 | Delete purchase order with ID 7 |\n"
            "| `/purchase-orders` | List every order, newest first | Not allowed on a collection |\n")
    got = {f.lower() for f in fronts(text, "table")}
    assert "`/purchase-orders` — get (read)?" in got, got
    assert not any(f.startswith("`/purchase-orders/7`") for f in got), got


def test_a_sentence_that_opens_with_and_leans_on_the_one_before():
    text = ("# Cache\n\nOne cache node is simple to run.\n\n- It is a single point of failure.\n"
            "- And **high availability** is not there at all.\n- A **replica** keeps a copy of every key.\n")
    got = fronts(text)
    assert not any(f.startswith("And ") for f in got), got
    assert any("replica" in f.lower() or "{{c1::replica}}" in f for f in got), got


def test_a_command_then_what_it_does_asks_for_the_command():
    text = ("# Podman\n\n## Containers\n\n`podman container stop NAME` stops a running container\n\n"
            "`podman container rm NAME` removes a container, add `-f` to remove a running one\n\n"
            "`podman ps` is what I run first\n")
    got = {n.front: n.back for n in notes(text, "command")}
    assert got == {"Which command stops a running container?": "`podman container stop NAME`",
                   "Which command removes a container?": "`podman container rm NAME`"}, got


def test_two_code_names_side_by_side_are_no_keyed_rows():
    text = ("# Threads\n\n## wait vs sleep\n\n| wait() | sleep() |\n|---|---|\n| Releases the lock while waiting | "
            "Keeps every lock it holds |\n| Must be called in a synchronized block | Can be called anywhere at all |\n\n"
            "## Flags\n\n| flag | meaning |\n|---|---|\n| -a | Shows every entry, hidden ones too |\n| -l | Uses the long listing format |\n")
    got = fronts(text, "table")
    assert not any(f.endswith("sleep()?") for f in got), got
    assert any(f.startswith("-a") for f in got), got


def test_terse_spanish_notes_full_of_english_terms_are_asked_in_spanish():
    text = ("# Seguridad de red\n\n## Segmentación\n\nSeparar la red en porciones más pequeñas para limitar ataques.\n\n"
            "Beneficios:\n- menos superficie de ataque\n- contención del daño\n- monitoreo más simple\n\n"
            "## NAC\n\nNetwork Access Control (NAC) controla quién entra a la red.\n\nPermite:\n- bloquear\n"
            "- poner en cuarentena\n- dar acceso limitado\n\n## Firewalls\n\n- Packet filtering: filtra por IP, puerto y protocolo\n"
            "- Stateful: guarda el estado de las conexiones para decidir\n- WAF: protege las aplicaciones web de la capa 7\n"
            "- NGFW: capa 7 con inspección avanzada y reglas por identidad\n\nEs una de las partes más grandes del examen y "
            "se usa mucho en las entrevistas para el puesto de analista, por lo que conviene repasarla con calma.\n")
    got = fronts(text)
    assert "Beneficios (3)?" in got and "¿Qué significa NAC?" in got, got
    assert not any(f.startswith(("What ", "Which ")) or f.startswith("Permite") for f in got), got


def test_a_keyword_table_in_japanese_asks_for_the_keyword_from_its_task():
    text = ("# SQL\n\n## 集約関数\n\n| 関数 | 説明 |\n|---|---|\n| SUM | 数値列の合計を計算 |\n| COUNT | 行数を数える |\n"
            "| HAVING | GROUP BYでグループ化した後に条件で絞り込む |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got.get("数値列の合計を計算 — 関数？") == "SUM" and got.get("行数を数える — 関数？") == "COUNT", got
    assert not any(f.startswith("SUM") for f in got), got


def test_the_courses_own_organisation_is_no_card():
    text = ("# Lecture 1\n\n## Introduction\n\nCourse webpage: [CS999](https://example.org/cs999)\n\n"
            "Course textbook: available on the course website\n\n## Course structure\n\n### Overview\n\n"
            "- A1, A2: Grammars --> parser\n- A3: Name analysis --> checker\n\n## Phases\n\n"
            "- Lexer: turns characters into tokens\n")
    got = fronts(text)
    assert not any(f.startswith(("Course", "A1")) for f in got), got
    assert "Phases: Lexer?" in got, got


def test_a_cloze_on_one_small_word_asks_the_grammar_not_the_fact():
    text = ("# VPC\n\n## Egress-only gateway\n\n- 'One-way valve' that allows access *to* the internet, but not *from*.\n"
            "- A NAT gateway lets *private* subnets reach out.\n")
    got = fronts(text)
    assert not any("{{c1::to}}" in f for f in got), got
    assert any("{{c1::private}}" in f for f in got), got


def test_an_equals_sign_meaning_leads_to_and_a_call_to_contribute_are_no_cards():
    text = ("# Security\n\nLong passphrases = higher security for the account\n\n🚨 Too many retries = a retry storm\n\n"
            "MFA = a second factor on top of the password\n\n"
            "**Contributions:** Issues, comments and pull requests are very welcome\n")
    got = fronts(text)
    assert "What is MFA?" in got or "What does MFA stand for?" in got, got
    assert not any("passphrases" in f.lower() or "retries" in f or f.startswith("Contributions") for f in got), got


def test_use_x_for_a_thing_is_no_when_to_use_but_for_a_situation_it_is():
    text = ("# Practices\n\n- Use versioning for APIs, messages and libraries.\n- Use health checks for dependent services.\n"
            "- Use a private subnet for resources that must not be reached from the internet.\n"
            "- Use a queue when producers outpace consumers.\n")
    got = fronts(text, "when-to-use")
    assert got == {"When to use a private subnet?", "When to use a queue?"}, got


def test_a_default_label_in_notes_in_another_language_is_not_translated_into_english():
    text = ("# 스토리지 엔진\n\n#### 엔진 상태\n\n- DEFAULT: 기본 스토리지 엔진으로 지정되어 있음\n- DISABLED: 서버에서 비활성화되어 있음\n\n"
            "MySQL 서버는 여러 스토리지 엔진을 지원하며 각 엔진은 테이블 단위로 지정할 수 있다. 이 절에서는 엔진의 상태를 확인하는 "
            "방법을 정리한다.\n")
    got = fronts(text)
    assert not any("by default" in f or "default value" in f for f in got), got


def test_a_description_label_is_asked_with_whose_description_it_is():
    text = ("# Cache\n\n## Eviction\n\n### LFU\n\n- **Description**: The LFU policy removes the entry read the fewest times.\n"
            "- **Use case**: keys whose popularity stays stable for a long time.\n")
    got = fronts(text)
    assert "What is Description?" not in got, got


def test_a_heading_that_compares_the_two_columns_makes_them_side_by_side():
    text = ("# Messaging\n\n### Stream vs Log\n\n| Stream | Log |\n|---|---|\n| Read once by each consumer group | Kept for "
            "replay by anyone |\n| Ordered per partition | Ordered globally |\n\n### Terms\n\n| Term | Meaning |\n|---|---|\n"
            "| Offset | Position of a record in a partition |\n| Lag | How far a consumer is behind the head |\n")
    got = fronts(text, "table")
    assert not any(f.endswith(("log?", "Log?")) for f in got), got
    assert "Offset — meaning?" in got, got


def test_a_bold_verb_opening_a_sentence_is_no_term():
    text = ("# Privacy\n\n**Privacy impact analysis**\n- **assessing** the potential impact of a system on **individual privacy**.\n"
            "- hashing: a one-way function from data to a short digest\n")
    got = fronts(text)
    assert "What is assessing?" not in got, got
    assert any("hashing" in f.lower() for f in got), got


def test_kramdown_attributes_of_an_image_are_no_text():
    text = ("# OAuth\n\n## Grants\n\n### Device grant\n\nThe device shows a code the user types on a phone.\n\n"
            "![Device grant](https://example.org/device.svg){: class=\"center\"}\n\n- **User code**: the short code shown\n")
    assert not any("{" in n.front or "{" in n.back or "class=" in n.back.lower() for n in notes(text)), fronts(text)
