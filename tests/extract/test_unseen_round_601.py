"""Patterns found by grading cards from documents the extractor had never seen (session 38, rounds 601 and later;
test_unseen_round_574.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from srs.extract import extract
from tests.extract.extract_helpers import notes


def test_a_site_generators_template_in_a_heading_is_left_out_of_every_cards_context():
    text = ("---\ntitle: Caching lecture\n---\n\n# {{ $frontmatter.title }}\n\n## Eviction\n\n"
            "- **LRU** (Least Recently Used) evicts the entry that was read longest ago.\n"
            "- Write-back: the cache writes changed entries to the store only when they are evicted\n")
    made = notes(text)
    assert made, made
    assert not any("{{" in p or "}}" in p or "frontmatter" in p for n in made for p in n.heading_path), \
        [n.heading_path for n in made]
    assert any(n.heading_path and n.heading_path[-1] == "Eviction" for n in made), [n.heading_path for n in made]


def test_emphasis_that_marks_the_authors_own_corrections_makes_no_cloze():
    text = ("# Memory\n\n## Paging\n\n"
            "1. A page table ~~holds frames~~ *maps virtual pages to physical frames* for each process in memory.\n"
            "2. The TLB ~~stores~~ *caches* recent translations so that most lookups skip the page table walk.\n"
            "3. A *write-ahead log* is appended before the data pages are changed.\n")
    made = notes(text)
    assert not any(n.rule == "emphasis-cloze" for n in made), [(n.rule, n.front) for n in made]
    assert not any("~~" in n.front or "~~" in n.back for n in made), [(n.front, n.back) for n in made]
    plain = text.replace("~~holds frames~~ ", "").replace("~~stores~~ ", "")
    assert any(n.rule == "emphasis-cloze" and "write-ahead log" in n.front for n in extract(plain).notes), \
        [(n.rule, n.front) for n in extract(plain).notes]


def test_a_walkthroughs_tables_and_a_networks_hosts_are_one_cases_values_not_cards():
    step = "| Layer | Action | Source | Destination |\n|--|--|--|--|\n| 3 | {a} | {s} | {d} |\n| 2 | frame the packet | {m} | {n} |\n"
    text = ("# Routing walkthrough\n\n## Host A\n\n" + step.format(a="build the packet", s="10.0.0.5", d="10.0.1.7", m="aa:01", n="aa:02")
            + "\n## Router\n\n" + step.format(a="route the packet", s="10.0.0.5", d="10.0.1.7", m="bb:01", n="bb:02")
            + "\n## ARP cache\n\n| IP address | MAC address | Type |\n|--|--|--|\n| 192.168.0.1 | aa:01 | dynamic |\n"
              "| 192.168.0.2 | aa:02 | static |\n\n## Layers\n\n| Layer | Name | Unit |\n|--|--|--|\n"
              "| 4 | Transport | segment |\n| 3 | Network | packet |\n| 2 | Data link | frame |\n")
    made = [(n.front, n.back) for n in notes(text, "table")]
    assert not any(b.startswith(("10.0", "aa:", "bb:", "dynamic", "static")) or "route the" in b for _, b in made), made
    assert any(b == "packet" for _, b in made), made
    single = text.split("\n## Router")[0]  # one table of its kind is the notes' table, not a case among several
    assert any(b == "build the packet" for _, b in [(n.front, n.back) for n in notes(single, "table")]), notes(single, "table")


def test_reference_marks_and_ditto_marks_in_table_cells():
    text = ("# ネットワーク\n\n## 機器\n\n|レイヤ|機器|転送方法|\n|--|--|--|\n|3|ルーター|IPで転送する(※1)|\n|2|L2スイッチ|MACで転送する|\n"
            "|〃|ブリッジ|MACで転送するソフト|\n|1|ハブ|信号を増幅する|\n\n- (※1) ルーティングテーブルを使う。\n")
    made = [(n.front, n.back) for n in notes(text, "table")]
    assert not any("※" in b for _, b in made), made
    assert any(b == "IPで転送する" for _, b in made), made
    assert not any(f.startswith("レイヤ 2") and b.startswith(("L2スイッチ", "ブリッジ")) for f, b in made), made  # which of two?


def test_a_prompt_answered_by_a_list_of_further_questions_is_no_card():
    text = ("# Interview\n\n## Functional requirements\n\n- What does the system do?\n  - Which problem does it solve?\n"
            "  - Which features does it need?\n\n## Latency\n\n- What is latency?\n  - The time a message takes to arrive.\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any("system do" in f for f, _ in made), made


def test_a_list_of_values_is_no_cloze_per_value_and_a_label_restating_its_heading_is_trivial():
    text = ("# Networking\n\n## Direct Connect\n\n1. Dedicated connection: 1Gbps or 10Gbps\n"
            "2. Hosted connection: 50Mbps, 500Mbps, 10Gbps\n\n"
            "## Shortest-job-first scheduling\n\n- Idea: just run the shortest job first.\n"
            "- Problem: the length of the next CPU burst is unknown in advance.\n")
    made = [(n.rule, n.front, n.back) for n in notes(text)]
    assert not any(r == "number-cloze" and "500Mbps" in f for r, f, _ in made), made
    assert not any(b.lower().startswith("just run") for _, _, b in made), made
    assert any(b.startswith("The length of the next") for _, _, b in made), made


def test_a_course_days_label_a_demos_picks_and_an_address_in_brackets():
    text = ("# 漏洞挖掘\n\n## 课程\n\n第05天：基础入门-系统及数据库等 P5 - 11:29\n课程大纲介绍\n\n"
            "## Organization policies\n\nFor argument's sake, we will look at how to enable or disable 3 policies:\n\n"
            "1. Disable service account creation\n2. Enforce uniform bucket level access\n3. Skip default network creation\n\n"
            "## Ingress\n\n- Emissary-Ingress is an open-source API gateway built on Envoy Proxy (https://github.com/emissary-ingress/emissary)\n")
    made = [(n.rule, n.front, n.back) for n in notes(text)]
    assert not any("第05天" in f or "11:29" in b for _, f, b in made), made
    assert not any(r == "enumeration" and "polic" in f.lower() for r, f, _ in made), made
    assert not any("http" in b for _, _, b in made), made
    assert any("Envoy Proxy" in b for _, _, b in made), made


def test_line_breaks_in_table_cells_that_go_on_with_one_phrase_are_spaces():
    text = ("# AWS\n\n## Premium tiers\n\n| | BASIC | BUSINESS | ENTERPRISE <br>ON-RAMP |\n|---|---|---|---|\n"
            "| **Contact** | Documentation, <br>forums | e-mail | phone, e-mail and <br>chat |\n"
            "| **Response time** | none | 12 hours | 30 minutes for <br>critical systems |\n"
            "| **Trusted Advisor** | 7 checks | all checks | all checks |\n")
    made = [(n.front, n.back) for n in notes(text, "table")]
    assert not any(";" in f or ";" in b for f, b in made), made
    assert any(f.endswith("ENTERPRISE ON-RAMP?") and b == "phone, e-mail and chat" for f, b in made), made


def test_a_first_sentence_that_points_back_leaves_the_cloze_without_its_subject():
    text = ("# Data models\n\n## History\n\nOther models have competed with the relational model:\n\n"
            "* The network model\n* The hierarchical model\n* Object databases\n\n"
            "None of those attempts have lasted. The latest, since the 2010s, is NoSQL.\n\n"
            "The length of those *time slices* is usually around 10 to 100 ms on a desktop system.\n")
    made = [(n.rule, n.front) for n in notes(text)]
    assert not any("2010s" in f or "time slices" in f or "10 to 100" in f for _, f in made), made


def test_a_definitions_where_clause_goes_on_after_a_comma_and():
    text = ("# Storage\n\n## Access patterns\n\n_Online transaction processing_ (OLTP) is an access pattern where applications "
            "look up a small number of records by some key, using an index, and records are written based on user input.\n")
    made = [n.back for n in notes(text, "definition")]
    assert made and all(b.endswith("based on user input") for b in made), made


def test_a_bare_number_under_a_kinds_label_is_asked_as_that_number_and_a_clause_owns_no_label():
    text = ("# Multicast\n\n## IGMPv2\n\n* like ICMP, it runs over IP\n* protocol: 2\n* router alert option: set\n\n"
            "## Designated router\n\n* elected via Hello messages\n* highest IP wins\n* can be configured over DR priority\n"
            "  * default: 1\n  * higher wins\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert any(f == "IGMPv2: protocol number?" and b == "2" for f, b in made), made
    assert not any("can be configured" in f.lower() for f, _ in made), made


def test_a_labs_observed_values_and_short_arrow_notes_make_no_cards():
    text = ("# Kafka Connect lab\n\n## Avro\n\nCheck the connector status.\n\nExpected result\n- Topic: mysql-avro-users\n"
            "- Subject: mysql-avro-users-value\n\nImportant Observations\n- Kafka topic → binary Avro\n"
            "- Console consumer → unreadable binary unless Avro-aware\n\n## Paging\n\n"
            "- Two processes both cache the mapping 10 → 100, so the hardware cannot tell them apart.\n\n"
            "## Windows\n\n| Window | Overlapping | Fixed size |\n|--|--|--|\n| Tumbling | no | yes |\n| Sliding | yes | yes |\n"
            "| Global | n.d. | n.d. |\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any("mysql-avro" in b or "Avro" in b or b.startswith("100") for _, b in made), made
    assert not any(b == "n.d." for _, b in made), made
    assert any(f.startswith("Sliding") for f, _ in made), made


def test_clauses_proof_steps_and_half_sentences_are_not_terms_blanks_or_sets():
    text = ("# Reti\n\n## Topologia a stella\n\n- Se vi è un guasto al nodo principale, allora l'intero canale diventa inattivo.\n\n"
            "# Recurrences\n\n## Substitution\n\n`T(n) <= cn - b` # when b >= 1, which means T(n) <= cn so it is O(n)\n\n"
            "# Rust\n\n## Floats\n\nThe f32 type is a single-precision float, and f64 has double precision.\n\n"
            "# Gramáticas\n\n## No terminales\n\nSon no terminales:\n\n- Primeras letras mayúsculas\n- La letra S\n"
            "- Nombres en cursiva\n")
    made = [(n.rule, n.front, n.back) for n in notes(text)]
    assert not any(f.startswith("Che cos'è Se") for _, f, _ in made), made
    assert not any(">= 1" in f for _, f, _ in made), made
    assert not any("f64" in b for r, _, b in made if r == "definition"), made
    assert not any(f.startswith("Son no terminales") for _, f, _ in made), made


def test_a_title_line_with_its_colon_over_label_lines_names_their_subject():
    text = ("# Cloud\n\n## Providers\n\nAmazon Web Services (AWS):\n"
            "Global Infrastructure: Vast network of data centers globally, ensuring low-latency services.\n"
            "Market Dominance: Recognized as a market leader with early market entry.\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert "Amazon Web Services (AWS): Global Infrastructure?" in fronts, fronts


def test_dutch_notes_get_dutch_questions_and_an_example_commands_arguments_make_no_cards():
    text = ("# Linux samenvatting\n\nDit is een korte samenvatting van de eerste les. Het is bedoeld voor wie de cursus volgt "
            "en de basis van het systeem wil leren, met de commando's die je het meest nodig hebt.\n\n"
            "## Distributies\n\n- Debian — zeer stabiel, een van de oudste distributies die er zijn\n"
            "- VM (Virtuele machine) is een computer die in software draait.\n\n## Gebruikers\n\n"
            "- gpasswd -a student sudo  (voeg student toe aan de groep sudo)\n  - gpasswd = groep password utility\n"
            "  - student = de gebruikersnaam die je wil toevoegen.\n  - sudo = de groep waar je de gebruiker aan wil toevoegen.\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any(f.startswith(("What ", "Which ")) for f, _ in made), made
    assert any(f.startswith(("Wat is", "Waar staat")) for f, _ in made), made
    assert not any(f in ("Wat is student?", "Wat is sudo?") for f, _ in made), made


def test_a_books_outline_an_italic_titles_colon_and_a_bare_process_are_no_cards():
    text = ("# The Toolkit\n\n## Overview\n\n1. Primer\n  * Vocabulary\n2. Procurement\n"
            "  * How to handle changing dimension attributes\n3. Accounting\n  * consolidated dimensional models\n"
            "4. Transportation\n  * related fact tables\n\n## IAM\n\n- Roles\n  - Collections of permissions\n\n"
            "## Reading\n\n*Hadoop: The Definitive Guide*, 4th edition, Tom White\n\n## Monitoring\n\n"
            "Monitoring is a continuous and iterative process. Update your metrics as the system changes.\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any(f.startswith(("Accounting", "Procurement", "Transportation", "What is Hadoop", "What is Monitoring"))
                   for f, _ in made), made
    assert any(b == "Collections of permissions" for _, b in made), made


def test_a_line_after_an_items_hard_break_at_the_margin_is_its_own_and_traits_keep_their_owner():
    text = ("# HTTP\n\n## 쿠키\n\n**사용처**  \n- 사용자 로그인 세션 관리  \n- 광고 정보 트래킹  \n쿠키 정보는 항상 서버에 전송됨  \n"
            "- 네트워크 트래픽 추가 유발  \n\n## Client Port Numbers (Ephemeral ports)\n\n- Ephemeral: 49,152 - 65,535\n\n"
            "## References and further reading\n\nThis refresher is mostly based on a nice guide written by Matt Might.\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any("광고 정보 트래킹" in f and "전송" in b for f, b in made), made
    assert not any(f == "Ephemeral?" for f, _ in made), made
    assert any(f.endswith("Ephemeral?") and b.startswith("49,152") for f, b in made), made
    assert not any(b == "Matt Might" for _, b in made), made


def test_a_highlight_goes_through_the_critic_and_a_title_over_its_byline_is_no_card():
    text = ("# SOLID: Object-Oriented Design Principles\n\nКирилл Корняков (Itseez, ННГУ)\n\n"
            "## Java Stream API\n\n==Stream== là 1 lớp trừu tượng mới được giới thiệu trong Java 8.\n\n"
            "## Transport\n\nUse ==mTLS== between services.\n")
    made = [(n.rule, n.front, n.back) for n in notes(text)]
    assert not any("Корняков" in b for _, _, b in made), made
    assert not any("{{c1::Stream}}" in f for _, f, _ in made), made
    assert any(f == "Use {{c1::mTLS}} between services." for _, f, _ in made), made
    own = notes("# Java\n\n## Java Stream API\n\n{{c1::Stream}} là 1 lớp trừu tượng mới trong Java 8.\n", "explicit-cloze")
    assert own, "the user's own {{c1::…}} cloze is kept as written"


def test_a_todo_label_a_cloze_among_these_and_what_matters_as_a_title():
    text = ("# Redis\n\n## Usage\n\n- @TODO: workflow\n- Cache: keeps hot keys in memory for fast reads\n\n"
            "## Styles\n\nThere are four integration styles. Among these, **messaging** is the most flexible and "
            "loosely coupled one.\n\n## 実装\n\n* 重要なのは以下の二つ\n    * 各タプルごとの可視性情報\n"
            "        * 4つの状態定義：IN_PROGRESS, COMMITTED, ABORTED\n")
    made = [(n.front, n.heading_path) for n in notes(text)]
    assert not any(f.startswith("@TODO") for f, _ in made), made
    assert not any("{{c1::messaging}}" in f for f, _ in made), made
    assert not any("重要なの" in f or "重要なの" in p for f, path in made for p in path), made


def test_german_notes_mixed_with_english_lines_get_german_questions_and_a_likeness_is_no_definition():
    german = ("- journalctl – Logs ansehen\n- lsblk – Blockgeräte auflisten\n- htop – Ähnlich top\n"
              "- touch – Datei anlegen bzw. die Zugriffszeit aktualisieren\n- pwd – Aktuelles Arbeitsverzeichnis anzeigen\n"
              "- Das ist die Datei, in der die Befehle der Bash gespeichert werden und die man mit dem Editor ändern kann.\n")
    english = ("### Debian\n\n> A stable and widely-used distribution known for its extensive package repository and "
               "strong commitment to free software.\n\n- **Ubuntu** - Ubuntu is based on Debian and is the most popular one.\n"
               "- **Knoppix** - A live system that runs from a USB stick or a CD for the rescue of a broken system.\n")
    text = "# Linux – Zusammenfassung\n\n## Befehle\n\n" + german * 3 + "\n## Distributionen\n\n" + english
    made = [(n.front, n.back) for n in notes(text)]
    assert any(f == "Was ist journalctl?" for f, _ in made), made
    assert not any(f.startswith("What is") for f, _ in made), made
    assert not any(b.startswith("Ähnlich") for _, b in made), made


def test_a_claim_over_a_definition_names_no_subject_for_it():
    text = ("# Recovery\n\n## Log-based recovery\n\n- Both **Redo** and **Undo** must be idempotent\n"
            "  - **Idempotent** : Operation that can be applied multiple times without changing the result\n")
    made = [(n.front, n.heading_path) for n in notes(text)]
    assert made and not any(f.startswith("Redo:") or "Redo" in path for f, path in made), made


def test_practice_problem_numbers_example_numbers_set_up_values_and_formulas():
    text = ("# 算法\n\n## 回溯\n\n- 组合问题：77、17、39、40\n- 切割问题：131、93\n\n## 股票问题\n\n- 121: 买卖股票 - 只能买卖一次\n"
            "- 122: 可以买卖多次\n\n## DP\n\n- 状态转移方程：dp[j] = max(dp[j], dp[j - w[i]] + v[i])\n\n"
            "# S3\n\n## Requester Pays\n\n- Útil em cenários de open data → ex.: você publica um dataset de 10 TB e cada usuário paga.\n\n"
            "# VM\n\n## Instellen\n\n- HDD: VMDK, dynamisch, 30GB\n\n## Latency\n\n- Look for 99th percentile metrics -> early indicator\n")
    made = [(n.rule, n.front, n.back) for n in notes(text)]
    assert not any(b.startswith(("131", "77")) for _, f, b in made), made
    assert any(b.startswith("dp[j] = max") for _, _, b in made), made
    assert not any("10 TB" in f or "30GB" in f or "30GB" in b or "99th" in f for _, f, b in made), made


def test_a_remarks_row_of_a_table_of_things_side_by_side_is_an_aside():
    text = ("# AWS\n\n## ELB\n\n||Application Load Balancer|Network Load Balancer|Classic Load Balancer|\n|:--|:--|:--|:--|\n"
            "|略称|ALB|NLB|CLB|\n|レイヤー|7|4|4と7|\n|コメント|負荷分散など実装|固定IPアドレス|旧来のサービス<br>単一障害点とはならない|\n")
    made = [(n.front, n.back) for n in notes(text, "table")]
    assert not any(f.startswith("コメント") for f, _ in made), made
    assert any(b == "ALB" for _, b in made), made


def test_a_chinese_lead_in_that_divides_into_kinds_is_no_owner_for_them():
    text = ("# DP\n\n## 背包问题\n\n- 根据每个物品的数量又分为\n  - 01 背包：每个物品只有一个\n  - 完全背包：每个物品有无数个\n"
            "  - 多重背包：不同的物品数量不同\n")
    fronts = [n.front for n in notes(text)]
    assert fronts and not any(f.startswith("根据") for f in fronts), fronts
    assert any(f.startswith("背包问题") for f in fronts), fronts


def test_a_to_do_remark_a_link_with_double_colons_and_words_in_code_marks():
    text = ("# Forensique\n\n## Secure-delete\n\n- Srm: Fichier secure // rajouter les infos manquante\n"
            "- Sfill: // rajouter les infos manquante\n- Shred: overwrites a file several times before deleting it\n\n"
            "## MTU\n\n- [Maximum transmission unit (MTU) :: All networks MTU table](https://example.org/mtu) _wikipedia_\n\n"
            "## Keys\n\n- **`PSK (Pre-Shared Key)`**: generated from the passphrase with PBKDF2\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any("rajouter" in b or f.endswith(("Srm?", "Sfill?")) for f, b in made), made
    assert not any(f.startswith("[") for f, _ in made), made
    assert any(f.endswith("PSK (Pre-Shared Key)?") for f, _ in made), made


def test_clozes_leaning_on_a_figure_or_on_these_a_facet_word_and_an_illustrative_number():
    text = ("# Replication\n\n## Logs\n\nThe main **disadvantage** is that the log describes the data on a very low level.\n\n"
            "## Ordering\n\nTo order these events correctly, a technique called **version vectors** can be used by replicas.\n\n"
            "## Version vectors\n\nFigure 5-13 uses a single **version number** for each key on every replica.\n\n"
            "## Failover\n\nIf a node does not respond for some period of time—say, 30 seconds—it is assumed dead by the others.\n\n"
            "## Consistent Prefix Reads\n\nOur third example of replication lag anomalies concerns violation of causality.\n")
    made = [(n.rule, n.front) for n in notes(text)]
    assert not any(r in ("emphasis-cloze", "number-cloze", "heading-fact") for r, _ in made), made


def test_a_quality_label_in_a_paragraph_is_asked_of_the_service_it_describes():
    text = ("# AWS\n\n## Amazon Cognito\n\nAmazon Cognito manages the users of web and mobile apps.\n\n"
            "**Security:** Cognito protects user data with encryption and strong password policies.\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert fronts == ["Amazon Cognito — security?"], fronts


def test_an_advantage_column_is_asked_of_the_technique_in_its_row():
    text = ("# Dynamo\n\n## Architecture\n\n| Problem | Technique | Advantage |\n|---|---|---|\n"
            "| Partitioning | Consistent Hashing | Incremental Scalability |\n"
            "| High availability for writes | Vector clocks with reconciliation during reads | Version size is decoupled from update rates |\n"
            "| Temporary failures | Sloppy quorum and hinted handoff | High availability when some replicas are down |\n")
    fronts = [n.front for n in notes(text, "table")]
    assert "Partitioning → Consistent Hashing — advantage?" in fronts, fronts
    assert not any(f == "High availability for writes — advantage?" for f in fronts), fronts


def test_a_demonstrative_lead_as_follows_names_no_procedure_and_a_heading_tells_no_two_questions_apart():
    text = ("# VR\n\n## View change\n\n该协议工作流程如下：\n\n1. Replica i 发送 StartViewChange 消息给其它节点\n"
            "2. 收到 f 个消息后发送 DoViewChange\n3. 新 primary 发送 StartView 消息\n\n"
            "## Recovery\n\n- Step A\n  1. first the node asks\n  2. then it waits\n")
    fronts = [n.front for n in notes(text, "enumeration")]
    assert fronts and not any(f.startswith("该协议") for f in fronts), fronts


def test_a_line_cut_off_a_platitude_a_command_leaning_on_that_and_those_figures():
    text = ("# Go\n\n## Patterns\n\n- Retry: Used to transparently\n- Circuit Breaker: Stops calls to a failing service for a while\n\n"
            "## Summary\n\n- Control Structures: One of the basic and core building blocks of programming.\n\n"
            "## Docker\n\n- `docker run <id>` starts that container\n- `docker ps -a` lists all containers, stopped ones too\n\n"
            "## History\n\nWe keep what was learned in those 50-60 years of building software.\n")
    made = [(n.rule, n.front, n.back) for n in notes(text)]
    assert not any(b.endswith("transparently") or b.startswith("One of") for _, _, b in made), made
    assert not any("that container" in f or "50-60" in b for _, f, b in made), made
    assert any("Circuit Breaker" in f for _, f, _ in made), made


def test_a_heading_answered_only_by_the_count_of_the_kinds_below_is_no_card():
    text = ("# Cloud\n\n## What are the different types of cloud services?\n\n"
            "Cloud services are typically categorized into three main types based on the level of abstraction they offer.\n\n"
            "- IaaS: raw compute, storage and networks\n- PaaS: a platform to run code on\n- SaaS: finished software\n")
    made = [(n.rule, n.front, n.back) for n in notes(text)]
    assert not any("three main types" in b for _, _, b in made), made


def test_code_statements_glued_into_a_prose_answer_drop_the_card():
    text = ("# Kernel\n\n## Mappings\n\nFix mappings are used for APIC, KMAP, PCIe MCFG, IO-APIC. *vaddr = fix_to_virt(index); "
            "*index = virt_to_fix(vaddr); . APIC, KMAP, PCIe MCFG will use fix mapping.\n\n"
            "## Paging\n\nPage tables are used for translating virtual addresses to physical addresses.\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any("fix_to_virt" in b for _, b in made), made
    assert any("Page tables" in f for f, _ in made), made


def test_a_table_of_two_crossed_axes_makes_no_row_and_column_cards():
    text = ("# Arch\n\n## Flynn\n\n| 命令流＼データ流 | 単一 | 複数 |\n|--|--|--|\n| 単一 | SISD | SIMD |\n| 複数 | MISD | MIMD |\n\n"
            "## Control\n\n|   | **TO User code** | **TO Kernel code** | **TO Hardware** |\n|--|--|--|--|\n"
            "| **FROM User code** | ordinary code | Trap | mediated |\n| **FROM Kernel code** | Signals | ordinary code | instructions |\n\n"
            "## 基数変換\n\n| 変換\\部分 | 整数部 | 小数部 |\n|--|--|--|\n| n進数→10進数 | nを掛けて足す | nで割って足す |\n"
            "| 10進数→n進数 | nで割って余りを並べる | nを掛けて整数部を並べる |\n")
    made = [(n.front, n.back) for n in notes(text, "table")]
    assert not any(b in ("SISD", "MIMD", "Trap", "Signals") for _, b in made), made
    assert any(f.startswith("n進数→10進数") for f, _ in made), made


def test_an_english_label_over_its_own_translation_is_no_fact():
    text = ("# 네트워크\n\n## HTTP2.0\n\n- Server Push: 서버 푸시\n- Header Compression: 헤더 압축\n"
            "- Multiplexing: 하나의 연결로 여러 요청과 응답을 동시에 주고받는다\n\n## 헤더\n\n- Request 헤더: 요청 정보\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any(b in ("서버 푸시", "헤더 압축") for _, b in made), made
    assert any(f.endswith("Multiplexing?") for f, _ in made), made


def test_a_chinese_when_clause_is_no_term_and_six_traits_are_no_one_fact():
    text = ("# 数据库\n\n## 符号说明\n\n当属性集是一个超码时，用 K 表示它。\n\n## 锁\n\n"
            "- 表级锁: 开销小, 加锁快, 不会出现死锁, 锁定粒度大, 发生锁冲突的概率最高, 并发度最低.\n- 页锁: 开销和加锁时间界于表锁和行锁之间\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any("当属性集" in f for f, _ in made), made
    assert not any(b.startswith("开销小") for _, b in made), made


def test_a_packets_named_fields_an_example_sentence_and_an_escaped_star():
    text = ("# IP\n\n## Fragmentation\n\n| Fragment | Bytes | ID | Offset |\n|--|--|--|--|\n"
            "| 1st fragment | 1480bytes | identification=777 | offset=0 |\n| 2nd fragment | 1480bytes | identification=777 | offset=185 |\n\n"
            "## Contexts\n\n- E.g. _Collaboration Context_ is the **source** of the `Discussion` object.\n\n"
            "## Layers\n\n- Domain model: \\*the core of the application, where the rules live\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any(b.startswith(("offset=", "identification=")) for _, b in made), made
    assert not any("E.g." in f for f, _ in made), made
    assert not any(b.startswith("*") for _, b in made), made


def test_a_label_its_short_answer_only_restates_is_trivial_in_accented_latin_scripts_too():
    text = ("# DynamoDB\n\n## Taxa de transferência provisionada\n\n"
            "- Unidade de Capacidade de Leitura (RCU): Taxa de transferência para leitura\n"
            "- Modo sob demanda: cobra por requisição, sem planejamento de capacidade\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any(b.startswith("Taxa de transferência para") for _, b in made), made
    assert any(b.startswith("Cobra por requisição") for _, b in made), made


def test_one_item_that_finishes_a_when_clause_is_no_gloss_of_the_heading():
    text = ("# Индексы\n\n## GIN\n\nПредставляет собой инвертированный индекс для значений с несколькими ключами.\n\n"
            "Планировщик запросов может задействовать индекс, когда индексируемый столбец участвует:\n"
            "- В сравнении с одним из следующих операторов `<@ @> = &&`.\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any(b.startswith("В сравнении") for _, b in made), made


def test_an_answer_the_author_left_unfinished_and_a_cli_tool_keeps_its_case():
    text = ("# AWS\n\n## CodeDeploy\n\n- **Deployment Groups** - tags, ... (where to deploy)\n"
            "- **AppSpec file** - the YAML file that tells CodeDeploy what to install and which hooks to run\n\n"
            "## GCS\n\n- Online transfer: gsutil command-line tool for uploads and downloads\n")
    made = [(n.front, n.back) for n in notes(text)]
    assert not any("..." in b for _, b in made), made
    assert any(b.startswith("gsutil command-line") for _, b in made), made
