"""Patterns found by grading cards from documents the extractor had never seen (session 26, rounds 341 and later;
test_unseen_round_323.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_cyrillic_or_korean_back_is_split_into_sentences_like_an_english_one():
    text = ("# Сети\n\n## Свойства TCP\n\n+ _Упорядоченность_ — пакеты приходят к получателю в том порядке, в каком их "
            "отправили. Если кусок пришёл раньше, TCP держит его в буфере. Потом он отдаёт данные приложению целиком.\n"
            "+ _Надёжность_ — потерянный сегмент отправляется ещё раз.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert any("Упорядоченность" in f and "порядке" in b for f, b in got.items()), got
    assert not any("буфере" in b for b in got.values()), got  # the first sentence says what it is; the rest is more
    korean = ("# 네트워크\n\n## 용어\n\n- **지연 시간** - 요청이 출발해서 응답이 돌아올 때까지 걸리는 시간이다. 보통 밀리초로 잰다. "
              "광케이블에서는 거리가 가장 큰 원인이다. 대역폭과는 다른 개념이다.\n- **처리량** - 초당 처리하는 요청의 수이다.\n")
    got = {n.front: n.back for n in notes(korean)}
    assert not any("대역폭" in b for b in got.values()), got  # four facts in one back
    assert any("처리량" in f for f in got), got


def test_a_french_ranking_is_no_answer():
    text = ("# Docker\n\n## Pilotes\n\n- **réseau overlay** : le plus souvent utilisé. Les conteneurs de plusieurs hôtes "
            "peuvent alors se parler sans routage manuel.\n- **volume** : un répertoire géré par Docker qui survit au "
            "conteneur.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b.startswith("Le plus") for b in got.values()), got
    assert any("Volume" in f for f in got), got


def test_a_sentence_wrapped_with_a_hard_break_at_every_line_end_is_one_sentence():
    text = ("# Models\n\n## The layer model\n\nThe layer model is a conceptual model that describes how two programs on "
            "different machines exchange  \nmessages through a stack of protocols. Each layer serves the one above "
            "it.\n\n## Short lines\n\nReplication and failover  \nsince the store is read-heavy, one leader takes the "
            "writes.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert any("layer model" in f and b.endswith("stack of protocols") for f, b in got.items()), got
    assert not any("failover since" in n.front for n in notes(text)), [n.front for n in notes(text)]


def test_a_slashed_acronym_equal_to_its_expansion_asks_what_it_stands_for():
    text = ("# Networks\n\n## Key terms\n\n- CSMA/CD = Carrier Sense Multiple Access / Collision Detection\n"
            "- Frame = the unit of data on the link layer\n")
    got = {n.front: n.back for n in notes(text)}
    assert "What is CSMA/CD?" not in got, got
    assert got.get("What does CSMA/CD stand for?", "").startswith("Carrier Sense"), got


def test_an_expansion_that_starts_on_a_small_word_is_no_acronym():
    text = ("# Tables\n\n## Keys\n\nEvery item is found by keys that identify a record in the DocStore table (IDs).\n"
            "Reads go through the Write-Ahead Log (WAL) first.\n")
    got = {n.front: n.back for n in notes(text, "acronym")}
    assert "What does ID stand for?" not in got, got
    assert got.get("What does WAL stand for?") == "Write-Ahead Log", got


def test_a_row_keyed_by_a_camel_case_field_whose_meaning_spells_its_name_is_trivial():
    text = ("# Kernel\n\n## Memory fields\n\n| Field | Meaning |\n|---|---|\n| CacheTotal | Total cache space available |\n"
            "| DirtyPages | Pages waiting to be written back to disk |\n| ZoneCount | Number of NUMA nodes the kernel sees |\n"
            "| HeapLimit | `vm.max_heap` |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert not any(f.startswith("CacheTotal") for f in got), got
    assert any(f.startswith("ZoneCount") for f in got), got
    assert any(f.startswith("HeapLimit") for f in got), got


def test_a_label_over_a_blank_placeholder_is_no_card():
    text = ("# Trees\n\n## Operations (to fill in)\n\n- **Insertion**: {val}\n- **Deletion**: <value>\n"
            "- **Search**: walks down from the root, left when the key is smaller\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b in ("{val}", "<value>") for b in got.values()), got
    assert any("Search" in f for f in got), got


def test_a_bold_number_before_each_item_names_no_member():
    text = ("# Ops\n\n**The three rules of on-call**\n\n- **1.** Pages must be actionable\n\n"
            "- **2.** Every page gets a postmortem\n\n- **3.** Nobody is on call two weeks in a row\n")
    got = {n.front: n.back for n in notes(text, "enumeration")}
    assert not any("- 1\n" in b for b in got.values()), got


def test_a_heading_with_a_bold_highlight_keeps_its_words_in_the_context():
    text = ("# Security\n\n## What is **==Rate Limiting==**?\n\n"
            "Rate limiting is the set of mechanisms that cap how many requests a client can send.\n")
    got = [(n.heading_path, n.front) for n in notes(text)]
    assert got and all("====" not in " ".join(path) for path, _ in got), got
    assert any("Rate Limiting" in " ".join(path) for path, _ in got), got


def test_a_number_the_sentence_shows_elsewhere_is_no_blank():
    text = ("# Replication\n\n## Shapes\n\n- 1:N replication - where 1 node copies its log to N followers\n"
            "- A quorum write waits for 2 of the 3 replicas\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any("1:N" in f for f in got), got


def test_an_exam_tip_marker_is_no_label():
    text = ("# 身份验证\n\n## 协议\n\n必考：CHAP 不会在网络上传送密码，只传送挑战的哈希值\n\n"
            "PAP：以明文传送用户名和密码\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("必考" in f for f in got), got


def test_a_naming_sentence_after_a_contrast_or_a_quoted_sentence_end_asks_of_its_own_clause():
    text = ("# Ciphers\n\n## Terms\n\nThe key is kept secret. The readable input is known as the\n**cleartext**, while "
            "the scrambled output is called the **cryptogram**. Breaking a cipher is what people call \u201ccracking "
            "the code.\u201d The study of making and breaking ciphers is called **cryptology**.\n")
    got = {n.front: n.back for n in notes(text, "naming")}
    assert not any(b in ("The", "A") for b in got.values()), got
    assert not any(", while" in f or "cracking" in f for f in got), got
    assert any("scrambled output" in f and "ryptogram" in b for f, b in got.items()), got


def test_a_row_whose_cell_only_repeats_its_key_is_trivial_but_a_number_or_a_quantifier_is_a_fact():
    text = ("# Routing\n\n## Protocols\n\n| Protocol | Max hops | Scope | Update |\n|---|---|---|---|\n"
            "| Distance vector | 15 hops | Interior | Periodic updates |\n| Path vector | 255 hops | Any network | "
            "On change |\n| Link state | 30 hops | Interior | Link state flooding |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert not any(b == "Link state flooding" for b in got.values()), got
    assert got.get("Distance vector — max hops?") == "15 hops", got
    italian = ("# Istruzioni\n\n## Formati\n\n| Formato | Istruzioni | Immediato |\n|---|---|---|\n"
               "| `S` (store) | di store | 12 bit |\n| `B` (branch) | salto condizionato | 12 bit, multiplo di 2 |\n"
               "| `J` (jump) | salto incondizionato | 20 bit |\n")
    got = {n.front: n.back for n in notes(italian, "table")}
    assert "di store" not in got.values(), got
    assert "salto condizionato" in got.values(), got


def test_a_list_set_as_a_two_column_table_keyed_by_its_row_number_makes_no_card_per_number():
    text = ("# 缓存\n\n## 列表命令\n\n| 编号 | 命令及描述 |\n| :--- | :--- |\n| 1 | [PUSHL key value](https://x.org/a) 在头部插入 |\n"
            "| 2 | [POPL key](https://x.org/b) 移出头部元素 |\n| 3 | [LENL key](https://x.org/c) 取得长度 |\n")
    got = [n.front for n in notes(text, "table")]
    assert not any("编号" in f for f in got), got


def test_an_other_features_label_and_a_truth_table_keyed_by_a_signal_make_no_card():
    text = ("# Memory\n\n## Paging\n\n- Other features: each frame carries a bit that marks it read-only.\n"
            "- Valid bit: marks whether the page belongs to the process.\n\n## Shifter\n\n| Input | Carry | Output |\n"
            "|---|---|---|\n| $M=0$ | $C=0$ | shift left |\n| $M=1$ | $C=1$ | shift right |\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("other features" in f.lower() or f.startswith("M=") for f in got), got
    assert any("Valid bit" in f for f in got), got


def test_turkish_notes_are_not_read_as_portuguese_and_ask_in_turkish():
    text = ("# DNS\n\n## Şifreli DNS\n\nDNS sorguları normalde şifresiz gönderilir ve bu yüzden ağdaki herkes bunları "
            "görebilir. Bu sorunu çözmek için iki yöntem vardır ve ikisi de sorguyu şifreler. Tarayıcılar bu yöntemleri "
            "destekler, ama işletim sistemi de destek verebilir. Bir DNS sunucusu olarak çalışan cihaz için ayar "
            "gerekir ve bu ayar daha çok yönetici tarafından yapılır.\n\n"
            "- DNS over TLS (DoT) 853 numaralı portu kullanır.\n- DNS over HTTPS (DoH) 443 numaralı portu kullanır.\n")
    got = [n.front for n in notes(text, "acronym")]
    assert got and not any(f.startswith(("O que", "What does")) for f in got), got
    assert "DoT neyin kısaltmasıdır?" in got, got


def test_a_tick_before_the_name_a_recommended_model_column_gives_is_no_yes():
    text = ("# Replication\n\n## Choosing\n\n| Need | Recommended Model |\n|---|---|\n"
            "| Strict ordering of writes | ✅ One-Leader |\n| Writes in every region | ✅ Many-Leader |\n"
            "| Writes survive any node loss | ✅ No-Leader |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got and not any(b.startswith("Yes") for b in got.values()), got


def test_a_bold_verb_that_opens_a_step_is_no_term_and_its_initials_spell_nothing():
    text = ("# Search\n\n## How it works\n\nCRM is a loop that:\n1. **Collects** the pages a user visited\n"
            "2. **Ranks** the pages by how often they were opened\n3. **Marks** the top pages for the cache\n\n"
            "## Terms\n\n- **Crawler** A program that fetches pages and follows their links\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f in ("What is Collects?", "What is Ranks?", "What is Marks?") for f in got), got
    assert not any("letters of CRM" in f for f in got), got
    assert any("Crawler" in f for f in got), got


def test_a_lectures_concepts_line_is_its_outline_and_an_arrow_chain_title_stays_whole():
    text = ("# Course\n\n## Lecture 3: Consensus\n\n- Concepts: leader election, log matching, terms.\n"
            "- Raft elects a leader with randomized timeouts.\n\n**ETL = Extract → Transform → Load**\n\n"
            "- Advantage: the warehouse only stores clean data.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.endswith("concepts?") for f in got), got
    assert not any(f.startswith("Transform → Load") for f in got), got


def test_a_fold_button_is_no_title_an_info_emoji_is_no_text_and_a_command_keeps_its_case():
    text = ("# Cloud\n\n## Identity\n\n<details>\n<summary>Show Contents</summary>\n\n"
            "- A service account is an identity that a program uses instead of a person.\n\n</details>\n\n"
            "## Calls\n\n| Call | Description |\n|---|---|\n| `stat(path)` | ℹ️ Return info about a file by its name |\n"
            "| `dup(fd)` | Copy a file descriptor to the lowest free number |\n\n"
            "## Search\n\n- locate：按名字查找文件\n    - 语法：locate name [options]\n")
    got = [(n.heading_path, n.front, n.back) for n in notes(text)]
    assert got and not any("Show Contents" in " ".join(path) for path, _, _ in got), got
    assert not any(b.startswith("ℹ") for _, _, b in got), got
    assert not any(b.startswith("Locate name") for _, _, b in got), got


def test_a_french_scenario_is_one_worked_case():
    text = ("# Réseau\n\n## Règles\n\n- Une règle Deny avec une priorité basse gagne sur une règle Allow plus haute.\n\n"
            "### Scénario 1 : Port fermé\n\n**Situation :**\n- Pare-feu A : Allow port 80, Priority 100\n"
            "- Pare-feu B : Deny port 80, Priority 200\n- **Résultat** : HTTP bloqué\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Pare-feu" in f or "Résultat" in f for f in got), got


def test_an_analogy_column_of_a_table_makes_no_card():
    text = ("# 쿠버네티스\n\n## 오브젝트\n\n| 오브젝트 | 역할 | 비유 |\n|---|---|---|\n| Pod | 컨테이너를 묶는 최소 배포 단위 | 한 집에 사는 가족 |\n"
            "| Service | 파드 묶음에 고정 주소를 준다 | 대표 전화번호 |\n| Namespace | 클러스터 안의 이름 공간 | 폴더 |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert not any(f.endswith("비유?") or f.endswith("비유？") for f in got), got
    assert any("역할" in f for f in got), got


def test_a_property_list_after_that_are_a_superlative_and_a_spelled_out_acronym_are_no_definitions():
    text = ("# Architecture\n\n## Goals\n\nGood layering produces modules that are:\n"
            "- Replaceable: a module can be swapped without touching the rest.\n"
            "- Isolated: a failure in one module stays inside it.\n\n## Rings\n\n"
            "- The outer ring is concrete detail.\n- The centre ring is the most abstract.\n\n"
            "## Formats\n\nJSON is a JavaScript Object Notation. A text format for data.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f in ("Replaceable?", "Isolated?") for f in got), got
    assert not any(b.lower() == "the most abstract" for b in got.values()), got
    assert got.get("What does JSON stand for?") == "JavaScript Object Notation", got


def test_a_heading_indented_under_a_list_item_after_a_blank_line_is_a_section_of_its_own():
    text = ("# Storage\n\n## Migration\n\n- supports same-engine or cross-engine moves (MySQL to MySQL for ex) \n"
            "  - it is able to convert the schema\n\n\n"
            "  # SUMMARY\n\n  - Query files in object storage: Athena\n  - Data warehouse: Redshift\n")
    got = {n.front: n.back for n in notes(text)}
    assert got and not any("cross-engine" in f.lower() for f in got), got


def test_a_sample_line_under_its_field_and_a_concept_a_concept_b_table_make_no_card():
    text = ("# HTTP\n\n## Headers\n\n* Retry-After : how long the client should wait before asking again\n"
            "    * Retry-After: 120\n* Content-Type : the media type of the body\n\n## Pairs\n\n"
            "| Concept A | Concept B | Key Difference |\n|---|---|---|\n| Latency | Throughput | time vs rate |\n"
            "| Hub | Switch | floods vs learns |\n| HTTP/1.1 | HTTP/2 | text vs binary frames |\n")
    got = {n.front: n.back for n in notes(text)}
    assert "120" not in got.values(), got
    assert not any("concept b" in f.lower() for f in got), got


def test_a_list_items_title_broken_off_by_a_backslash_labels_the_text_under_it():
    text = ("# Cloud native\n\n## Characteristics of Cloud Native Architecture\n\n* Easy to Change\\\n"
            "  __Microservices__ allows a team to cut an app into parts that are more portable, easier to test and ship\n"
            "* Secure by default\\\n  Asks for separate security models per team. For ex, __Zero trust__\n\n"
            "## Big picture of the cluster\n> Kubernetes is a widely used open-source orchestrator that can be used to "
            "schedule, scale and heal containerized workloads across many machines.\n   ### Architecture\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith("Easy to Change {{") for f in got), got
    assert not any("###" in b for b in got.values()), got


def test_a_number_in_a_list_of_examples_and_an_according_to_label_make_no_card():
    text = ("# SRE\n\n## Indicators\n\n* **SLO**: a target for an indicator, examples:\n  * 99% of reads served in t <200ms\n"
            "  * error ratio under 0.1% per week\n* An error budget is spent in 28 days at most.\n\n## Terms\n\n"
            "according wikipedia: Resilience is how fast a system recovers from a fault.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("<200ms" in f or "0.1%" in f for f in got) and not any("200ms" in b for b in got.values()), got
    assert not any(f.lower().startswith("according") for f in got), got


def test_the_numbers_of_a_case_study_or_its_capacity_math_make_no_cards():
    text = ("# Case Study: Photo Sharing Service\n\n## Capacity Math\n\n### 2. Packet Math\n"
            "* **Total Uploads:** 30,000 photos/sec.\n* **Estimated PPS:** Assuming 3 packets per upload = **90,000 PPS**.\n"
            "* **Limit:** A tuned kernel handles **~1M PPS per Core**.\n\n"
            "# Estimation cheat sheet\n\n- 1 Million requests / day ≈ 12 requests / second.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any("photos/sec" in f or "PPS" in f for f in got), got
    assert any("requests / day" in f for f in got), got


def test_a_greek_variable_keeps_its_case_and_sub_item_letters_leave_the_back():
    text = ("# OS\n\n## Scheduling\n\n- Estimate the next burst:\n    - define: λₙ₊₁ = αtₙ + (1-α)λₙ\n\n## Memory\n\n"
            "3. Swap space:\n\ta. Swap space lives on disk.\n\tb. It is slower than RAM.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b.startswith("Λ") for b in got.values()), got
    assert not any(b.startswith(("A. ", "a. ")) or b.endswith(" b") or " b. " in b for b in got.values()), got
