"""Patterns found by grading cards from documents the extractor had never seen (session 23: holdout rounds 266
and later, and the graded cards of earlier rounds the code still made). Each test states the general shape in
made-up notes, never a line of the graded documents."""

import re

from tests.extract.extract_helpers import notes


def test_a_command_whose_every_word_the_front_already_says_makes_no_card():
    text = ("# Cluster upkeep\n\n## Nodes\n\nDrain the node:\n\n```bash\nzoctl drain <node> --keep-jobs\n```\n\n"
            "Resume the node:\n\n```bash\nzoctl resume <node>\n```\n\nInstall the agent:\n\n```bash\n"
            "sudo pkgtool install -y agent=<version>\n```\n\nShow the jobs:\n\n```bash\nzoctl get jobs\n```\n")
    got = [n.front for n in notes(text, "command")]
    assert not any("resume the node" in f for f in got), got  # `zoctl resume <node>`: the front says it all
    assert not any("install the agent" in f for f in got), got
    assert any("drain the node" in f for f in got) and any("show the jobs" in f for f in got), got


def test_a_bullet_typed_inside_a_bold_label_is_no_part_of_it():
    text = ("# Métodos ágiles\n\n## Pilares\n\n**-Transparencia:** los aspectos significativos del proceso son visibles "
            "para los responsables.\n\n**• Adaptación:** si un aspecto se desvía de los límites, el proceso se ajusta.\n\n"
            "## Opciones\n\n**-R**: copia las carpetas y todo lo que contienen.\n")
    got = [n.front for n in notes(text)]
    assert "Transparencia?" in got and "Adaptación?" in got, got
    assert not any(f.startswith(("-T", "•")) for f in got), got


def test_a_table_cell_the_rows_key_spells_makes_no_card_whatever_the_columns_language():
    text = ("# Signals\n\n## Table\n\n| Signal | Number | 名前の由来 | Default action |\n|---|---|---|---|\n"
            "| SIGCONT | 18 | Continue | resume the stopped process |\n| SIGKILL | 9 | Kill | end the process |\n"
            "| SIGSEGV | 11 | Segmentation violation | end and dump core |\n")
    got = [n.front.rstrip("?？") for n in notes(text, "table")]
    assert "SIGCONT — 名前の由来" not in got and "SIGKILL — 名前の由来" not in got, got
    assert "SIGSEGV — 名前の由来" in got and "SIGCONT — number" in got, got


def test_a_keycap_emoji_leaves_its_digit_and_no_debris():
    text = ("# CDN\n\n#### Cache invalidation\n\nCase 1\ufe0f\u20e3 — Without Invalidation (Only TTL)\nYou update the page\n"
            "The edge still serves the old copy\n\n### Step 3\ufe0f\u20e3 Purge\n\n- Purge request: the edge drops every copy "
            "of the path at once.\n")
    got = notes(text)
    assert not any("\u20e3" in n.front or "\u20e3" in " ".join(n.heading_path) for n in got), got
    assert not any("Case 1" in n.front for n in got), got
    assert any(n.heading_path[-1] == "Step 3 Purge" for n in got), [n.heading_path for n in got]


def test_a_noun_said_of_two_things_or_a_remark_on_a_term_is_no_definition():
    spanish = ("# Modelos de datos\n\n## Relacional y objetos\n\nLa principal diferencia es la forma en que se guardan los "
               "atributos de cada entidad.\n\nEl diseño de la base de datos se hace antes de crear las tablas y de cargar los "
               "datos.\n\nUna clave foránea es un atributo que apunta a la clave primaria de otra tabla.\n")
    english = ("# Schedulers\n\n## Nodes\n\nEviction behavior is the product of several settings on the node and the pod.\n\n"
               "Event handling is an integral part of any web application.\n\n"
               "A taint is a property of a node that keeps pods without a matching toleration off it.\n")
    got = [n.front for n in notes(spanish, "definition")] + [n.front for n in notes(english, "definition")]
    assert not any("diferencia" in f or "Eviction" in f or "Event handling" in f for f in got), got
    assert any("clave foránea" in f for f in got) and any("taint" in f for f in got), got


def test_items_that_compare_the_heading_s_thing_are_no_set_to_name():
    text = ("# Log-structured storage\n\n## Compaction\n\n* Deeper levels:\n  * fewer files\n  * larger files\n"
            "* Shallow levels:\n  * more files\n  * smaller files\n\n## Engines\n\n* Embedded engines:\n  * RocksDB\n"
            "  * LevelDB\n  * Pebble\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert not any("levels" in f for f in got), got
    assert any("embedded engines" in f.lower() for f in got), got


def test_an_acronym_whose_letters_come_from_inside_words_has_no_expansion_there():
    text = ("# Messaging\n\n## Styles\n\nThe classic style is the request-response architecture(REST), where a client "
            "asks and a server answers.\n\nA Content Delivery Network (CDN) caches static files near the users.\n")
    got = {n.front: n.back for n in notes(text, "acronym")}
    assert "What does REST stand for?" not in got and got.get("What does CDN stand for?") == "Content Delivery Network", got


def test_a_capital_glued_in_brackets_to_a_name_stays_with_it():
    text = "# Net\n\n## Layers\n\n- L7 → HTTP(S)\n- L4 → TCP/UDP\n- L3 → IP\n"
    got = [n.back for n in notes(text)]
    assert any("HTTP(S)" in b for b in got) and not any(re.search(r"HTTP(?!\(S\))", b) for b in got), got


def test_a_label_whose_line_says_something_of_it_is_no_definition():
    text = ("# Messaging\n\n## Push model\n\nControl: The control over the message flow lies mostly with the broker.\n\n"
            "Timestamp: The timestamp of the message.\n\nBroker: a server that stores messages and hands them to consumers.\n")
    got = [n.front for n in notes(text, "definition")]
    assert "What is Control?" not in got and "What is Timestamp?" not in got, got
    assert any("Broker" in f for f in got), got


def test_an_examples_number_in_a_term_a_recommendation_and_a_run_in_lead_are_no_definitions():
    text = ("# Fleet\n\n## Capacity\n\nThe **target size (4)** is the number of workers the pool tries to keep running.\n\n"
            "**Pool templates** are the recommended way, offering versions and more options.\n\n## Tracing\n\n"
            "The key: the same request id flows through every service, so the spans join into one trace.\n")
    got = [n.front for n in notes(text)]
    assert "What is the target size?" in got and not any("(4)" in f for f in got), got
    assert not any("Pool templates" in f or "key?" in f for f in got), got


def test_chinese_prose_among_english_code_and_payloads_is_chinese():
    from srs.extract.languages import detect
    prose = "服务端请求伪造是一种由攻击者构造请求，由服务端发起请求的安全漏洞。一般情况下，目标是外网无法访问的内部系统。\n\n"
    code = "```\nGET /fetch?url=http://127.0.0.1:8080/admin do no as is\ncurl -d 'url=file:///etc/passwd' http://target/api\n```\n"
    text = "# SSRF\n\n" + (prose + code * 3) * 4
    assert detect(text) == "zh"


def test_a_short_gloss_that_holds_its_own_term_defines_nothing():
    text = ("# Buckets\n\n## Access\n\n- implicit = the owner has implicit rights to the bucket\n"
            "- A bucket is a container for objects, addressed by a globally unique name.\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any("implicit" in f for f in got) and any("bucket" in f for f in got), got


def test_a_one_word_label_asked_in_two_sections_names_its_owner_each_time():
    text = ("# Discovery\n\n## Registries\n\n### Consul\n\n**Architecture:** Gossip membership plus Raft for the state "
            "machine.\n\n### Eureka\n\n**Architecture:** Peer-to-peer replication between servers. Eventually consistent.\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert sorted(got) == ["Consul: Architecture?", "Eureka: Architecture?"], got


def test_a_number_with_a_thousands_comma_is_never_split_at_it():
    text = "# Storage\n\n## Pricing\n\n- The request fee is charged per 1,000 requests\n- Reads cost more than writes\n"
    got = [n.front for n in notes(text)]
    assert not any("1,{{" in f or "1,[" in f for f in got), got


def test_a_flow_of_six_steps_is_too_long_to_recite_as_one_answer():
    text = ("# 安全面试\n\n## 应急响应篇\n\n### 入侵排查流程\n\n检查日志 → 检查账号 → 检查进程/端口 → 检查启动项 → 检查定时任务 → 检查文件\n\n"
            "### 发布流程\n\n构建 → 测试 → 灰度 → 全量\n")
    got = [n.front for n in notes(text, "sequence")]
    assert got == ["发布流程：顺序？"], got


def test_a_troubleshooting_step_and_a_negated_claim_cut_at_its_colon_ask_nothing():
    text = ("# Networking\n\n## Troubleshooting DNS\n\n**Check Resolver Status:**\n\n- Verify that your resolvers answer by "
            "querying them with `dig`.\n\n## Links\n\nhard link:\n- maps a file name to an inode number\n"
            "- doesn't work across filesystems: because the inode number belongs to one filesystem.\n")
    got = [n.front for n in notes(text)]
    assert not any("Resolver Status" in f or "work across" in f.lower() for f in got), got


def test_a_heading_that_is_only_a_section_number_names_nothing_on_a_front():
    text = ("# 3.6\n### Speicher\n\n- **Objektspeicher**: skalierbarer Speicher für beliebige Datenmengen.\n\n"
            "### Zusammenfassung\n- **Dateiservices**: Amazon EFS und Amazon FSx bieten Dateispeicher für Anwendungen.\n"
            "- **Blockspeicher**: Amazon EBS bietet Volumes für EC2-Instanzen.\n")
    got = [n.front for n in notes(text)]
    assert got and not any("3.6" in f for f in got), got


def test_a_table_cell_whose_number_the_rows_name_holds_is_trivial():
    text = ("# Hashing\n\n## Digests\n\n| Algorithm | Output Size | Speed | Use Case |\n|---|---|---|---|\n"
            "| **SHA-384** | 384-bit | Fast | Certificates, code signing |\n| **MD4** | 128-bit | Fast | Nothing: broken |\n"
            "| **Skein** | 512-bit | Very fast | Research, tree hashing |\n")
    got = [n.front for n in notes(text, "table")]
    assert "SHA-384 — output size?" not in got and "Skein — output size?" in got and "MD4 — output size?" in got, got


def test_an_example_as_the_back_and_a_why_this_matters_remark_make_no_cards():
    text = ("# Queues\n\n## Naming\n\n- Queue name: 예: `orders-api-dev`\n- Retention: 4 days by default, at most 14 days.\n\n"
            "## Storage\n\n### Segments\n\n**Why this matters**: brokers are designed around segment files, so deletes "
            "drop whole files.\n")
    got = [n.front for n in notes(text)]
    assert not any("Queue name" in f or "why this matters" in f.lower() for f in got), got
    assert any("Retention" in f for f in got), got


def test_a_cloze_whose_answer_the_front_spells_in_another_case_is_trivial():
    text = ("# Kubernetes\n\n## Services\n\n- To reach a pod from outside, use a **NodePort** service — users then hit "
            "`http://<node_IP>:<node_port>`.\n")
    assert not notes(text, "emphasis-cloze")


def test_a_value_set_in_a_walkthrough_is_the_authors_choice_not_a_fact():
    text = ("# Auto Scaling\n\n## Steps\n\n### Group size\n\n- Desired capacity: 2\n- Maximum capacity: 6\n\n"
            "## Limits\n\n- Launch templates per region: 5000\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert not any("capacity" in f for f in got) and any("Launch templates" in f for f in got), got


def test_a_tick_that_answers_a_yes_no_column_stays_as_yes_or_no():
    text = ("# Passwords\n\n## Hashing\n\n| Algorithm | Recommended | Notes |\n|---|---|---|\n"
            "| **bcrypt** | ✅ Widely used, tunable cost | 72-byte input limit |\n"
            "| **MD5** | ❌ Far too fast to brute-force | broken |\n"
            "| **Argon2id** | ✅ Memory-hard, the current default | winner of PHC |\n\n"
            "| Operation | Impact of index |\n|---|---|\n| SELECT | ✅ Much faster |\n| INSERT | ❌ Slower |\n| UPDATE | ❌ Slower |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got.get("MD5 — recommended?") == "No — Far too fast to brute-force", got
    assert got.get("Bcrypt — recommended?", "").startswith("Yes — "), got
    assert not any(b.startswith(("Yes", "No")) for f, b in got.items() if "impact" in f), got


def test_the_lines_of_a_format_sketch_are_no_facts():
    text = ("# HTTP\n\n## Requests\n\nThe basic format is as follows:\n\nVERB /resource HTTP/1.1\nHeader1: Value1\n"
            "Header2: Value2\n\n- Host: the domain name of the server, required in HTTP/1.1.\n")
    got = [n.front for n in notes(text)]
    assert not any("Header" in f for f in got) and any("Host" in f for f in got), got


def test_an_acronym_in_another_languages_word_order_is_not_spelled_from_half_its_name():
    head = ("# Resumo de Sistemas Operacionais\n\n## Interrupções\n\n- Uma interrupção é um sinal enviado ao processador "
            "por um dispositivo para pedir a sua atenção.\n- Uma exceção é uma interrupção gerada por software que sinaliza "
            "um erro ou uma requisição do usuário.\n\n")
    text = head + ("## Acesso Direto a Memória (DMA)\n\n- Usado para permitir que dispositivos de entrada e saída de alta "
                   "velocidade transmitam dados na velocidade da memória.\n")
    assert not [n for n in notes(text, "acronym") if "DMA" in n.front]


def test_a_list_inside_a_definition_is_no_second_sentence_and_a_claim_cut_at_its_colon_asks_nothing():
    text = ("# Containers\n\n## Engine\n\nThe container engine is a subset of the desktop suite which includes the CLI, "
            "APIs and daemon and is used on servers without a desktop.\n\n## Orchestration\n\n"
            "The manifest describes desired app state: container image, ports to expose, replicas to run, etc.\n")
    got = {n.front: n.back for n in notes(text)}
    engine = next((b for f, b in got.items() if "container engine" in f.lower()), "")
    assert "daemon" in engine, got
    assert not any("describes" in f for f in got), got


def test_a_verb_that_leads_into_a_list_names_no_set():
    text = ("# Resumo de Sistemas Operacionais\n\n## Chamadas\n\n- Chamadas ao Sistema: método usado por um processo para "
            "requisitar uma ação ao sistema operacional, que a executa em modo núcleo e devolve o resultado ao processo.\n"
            "- Uma interrupção é um sinal que um dispositivo envia ao processador para pedir a sua atenção.\n\n"
            "## Processo\n\n- Um programa em execução\n- A execução deve ser sequencial.\n"
            "- Possui:\n\t- Contador de Programa (PC - Program Counter)\n\t- Pilha (S - Stack)\n\t- Seção de Dados (DT - Data)\n"
            "- Estados:\n\t- Novo: o processo está "
            "sendo criado.\n\t- Pronto: o processo espera ser atribuído a um processador.\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith("Possui") for f in got), got


def test_a_number_in_a_name_is_no_count_and_an_adverb_is_no_subject():
    text = ("# SOC\n\n## Analysts\n\n- **Tier 3 Analyst:** Incident response, forensics, malware analysis.\n\n## Scareware\n\n"
            "- Scareware tricks users into buying fake security software.\n- Mainly consists of system-style windows that "
            "pop up and warn of infections.\n")
    got = [n.front for n in notes(text)]
    assert not any("are the tier 3" in f.lower() or "Mainly" in f for f in got), got


def test_a_remark_for_some_readers_an_analogy_column_and_an_example_run_make_no_cards():
    text = ("# Linux\n\n## Networking\n\n- **SRE tip:** Know how to check ports, routing and DNS first.\n"
            "- **Practical:** Install an exporter and scrape it.\n- **Port 22:** SSH, the remote shell.\n\n"
            "## Realtime\n\n| Technique | How it works | Analogy |\n|---|---|---|\n| Short polling | client asks every few "
            "seconds | \"Are we there yet?\" |\n| WebSockets | one full-duplex connection stays open | \"Open phone line\" |\n"
            "| Long polling | server holds the request until data arrives | \"Call me back\" |\n\n"
            "## Tools\n\n### `ifconfig [interface]` Example\n\nTo inspect a single interface:\n\n```bash\nifconfig ens160\n```\n")
    got = [n.front for n in notes(text)]
    assert not any("tip" in f or "Practical" in f or "analogy" in f or "inspect" in f for f in got), got
    assert any("Port 22" in f for f in got) and any("how it works" in f for f in got), got


def test_a_command_under_an_example_heading_is_one_run_not_the_command():
    text = ("# Malware\n\n## Scareware\n\n- Scareware tricks users into buying fake security software.\n\n## Tools\n\n"
            "### `ifconfig [interface]` Example\n\nTo inspect a single interface:\n\n```bash\nifconfig ens160\n```\n")
    assert not notes(text, "command")


def test_a_line_of_several_label_value_pairs_gives_each_label_its_own_value():
    text = ("# 操作系统复习\n\n## 第八章 内存管理\n\n* 逻辑地址：CPU 生成的地址，也叫虚拟地址；物理地址：内存单元看到的地址\n"
            "* 页表：记录每一页在内存中对应的帧号\n\n## Queues\n\n- Concurrency per queue: CPU-bound: 1 per core; I/O-bound: 10–50\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    logical = next(b for f, b in got.items() if "逻辑地址" in f)
    assert "物理地址" not in logical, got
    assert any("I/O-bound" in b for b in got.values()), got


def test_the_answers_of_a_homework_exercise_are_no_facts():
    text = ("# 操作系统复习\n\n## 第五章 调度\n\n* SJF：短作业优先，每次选择运行时间最短的进程\n\n## 第七版课后习题5.4\n\n"
            "> * FCFS：12345，等待时间和为28，平均等待时间5.6\n> * SJF：24351，等待时间和为16，平均等待时间3.2\n")
    got = [n.front for n in notes(text)]
    assert len(got) == 1 and "调度" in got[0], got


def test_a_slogan_pairing_two_names_is_no_definition():
    text = ("# JVM\n\n## Garbage collection\n\n- GC mastery = JVM mastery\n"
            "- Old generation = objects that survived several collections\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any("mastery" in f for f in got) and any("Old generation" in f for f in got), got


def test_an_aspect_table_asks_each_aspect_of_its_sections_subject():
    text = ("# Networking\n\n## 2.3 QUIC\n\n| Aspect | Detail |\n|---|---|\n| Transport | UDP |\n"
            "| Handshake | 1-RTT, or 0-RTT on resumption |\n| Encryption | TLS 1.3, always on |\n")
    got = [n.front for n in notes(text, "table")]
    assert "QUIC — transport?" in got and not any("detail?" in f for f in got), got


def test_a_tag_a_verb_lead_in_a_type_name_and_a_study_column_are_read_as_what_they_are():
    text = ("# Storage\n\n## Atomic Operations\n\n#difference\n\n| | Test and Set | Compare and Swap |\n|---|---|---|\n"
            "| Writes | always | only when the value matches |\n| Returns | old value | success flag |\n\n"
            "## Encryption\n\nEncrypts:\n- data at rest inside the volume\n- data moving to the instance\n"
            "- snapshots created from the volume\n\n## Volume types\n\n| Type | Use case | 重要程度 |\n|---|---|---|\n"
            "| gp3 | general purpose boot volumes | 重点掌握 |\n| sc1 | archive, infrequent access | 了解即可 |\n"
            "| io2 | critical databases | 重点掌握 |\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith("#") or "encrypts" in f.lower() or "重要程度" in f for f in got), got
    assert "gp3 — use case?" in got, got


def test_a_calls_argument_is_part_of_the_name_not_an_aside():
    text = ("# SQL engines\n\n10. Row counts\n    - best to worst:\n        1. count(*)=count(1): count every row\n"
            "        2. count(index)\n        3. count(other column): count the non-null values\n"
            "    - count(primary_key)\n        1. walk the keys and add one per non-null key\n"
            "        2. the engine prefers the smallest secondary index\n    - count(1)\n"
            "        - when it walks the index, it reads no column value\n    - count (*)\n"
            "        - the engine rewrites it to count(0)\n        - check it with `explain`\n")
    got = [n.front for n in notes(text)]
    assert "Count?" not in got and any("count(1)" in f for f in got), got


def test_an_image_of_a_thing_is_no_definition():
    text = ("# Covert channels\n\n## Kinds\n\nA timing channel is the digital equivalent of tapping on a prison wall.\n\n"
            "A storage channel is a covert channel that hides data in fields of a protocol header.\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any("timing" in f for f in got) and any("storage channel" in f for f in got), got


def test_the_authors_review_order_is_no_sequence_to_learn():
    text = ("# 计算机网络\n\n## 八、复习顺序建议\n\n1. 先看分层模型\n2. 再理解一次浏览器访问网站的过程\n3. 接着重点看 TCP\n"
            "4. 最后看 HTTP 与 HTTPS\n")
    assert not notes(text, "enumeration")


def test_a_numbered_heading_already_nested_by_its_level_stays_on_the_context_line():
    text = ("# DEA\n\n## 2. 分析\n\n### 2.2. アプリケーション統合\n\n#### 2.2.6. Step Functions\n\n##### 主な機能\n\n"
            "- CreateActivity: アクティビティを作成し、ARN を取得する\n- StartExecution: ステートマシンの実行を開始する\n")
    got = notes(text)
    assert got and all("Step Functions" in n.heading_path for n in got), [n.heading_path for n in got]


def test_a_footnote_mark_a_misspelt_acronym_and_a_bracketed_aside_in_a_set():
    text = ("# Ethernet\n\n## Standards\n\n| Standard | Medium | Max Dist* |\n|---|---|---|\n| 1000BaseSX | multimode fiber | "
            "550 m |\n| 1000BaseLX | single-mode fiber | 5 km |\n| 1000BaseT | Cat 5e copper | 100 m |\n\n## Storage\n\n"
            "A laptop may use a Solid-state Drive (SDD) instead of a spinning disk.\n\nA Hard Disk Drive (HDD) stores data on spinning "
            "platters.\n\n## Layers\n\n- L3 Technologies: Routers, Hosts, (anything with IP)\n- L2 Technologies: Switches, "
            "Bridges, NICs\n")
    got = [n.front for n in notes(text)]
    assert "1000BaseLX — max dist?" in got and not any("*" in f for f in got), got
    assert "What does SDD stand for?" not in got and "What does HDD stand for?" in got, got
    assert not any("L3" in f for f in got) and any("L2" in f for f in got), got


def test_a_verb_led_claim_and_a_question_word_label_ask_nothing_but_sql_where_does():
    text = ("# Kerberos\n\n## KDC\n\nChecks certificate properties: EKU, validity, revocation\n\n## CloudTrail\n\n"
            "### Key information in each event\n\n- **What:** Event name (API action), resource affected\n"
            "- **Source IP:** where the call came from\n\n## SQL\n\n- WHERE: used to filter rows\n")
    got = [n.front for n in notes(text)]
    assert not any("Checks certificate" in f or f.endswith("What?") for f in got), got
    assert any("Source IP" in f for f in got) and any("WHERE" in f for f in got), got


def test_a_ranking_is_no_definition():
    text = ("# JavaScript\n\n## Tooling\n\nParcel is the most prominent zero-config bundler out there, but there are "
            "newcomers.\n\nA bundler is a tool that combines many modules into a few files for the browser.\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any("Parcel" in f for f in got) and any("bundler" in f for f in got), got


def test_a_chinese_section_number_is_no_part_of_a_heading():
    text = ("# MySQL 与 Oracle 的区别\n\n### 五、行转列\n\n- Oracle：使用 PIVOT 子句把行转换为列\n"
            "- MySQL：使用 CASE WHEN 加聚合函数实现行转列\n")
    got = notes(text)
    assert got and all("五、" not in " ".join(n.heading_path) + n.front for n in got), [(n.heading_path, n.front) for n in got]


def test_a_main_point_a_name_with_a_remark_and_an_unnamed_difference_ask_nothing():
    text = ("# Сети\n\n## Итоги\n\n**Главное:** Понимай разницу TCP/UDP и знай основные порты.\n\n**Порт 53:** DNS, запросы "
            "обычно по UDP.\n\n# Release It\n\n## Stability\n\nShared Credentials - credentials are the weak spot of any "
            "system that keeps them in plain text.\n\n# MySQL\n\n## 字符串拼接\n\n- 区别：MySQL的concat()可以拼接多个参数，"
            "Oracle的只能拼接两个\n- 用法：select concat(a, b, c) from t\n")
    got = [n.front for n in notes(text)]
    assert not any("Главное" in f or "Credentials" in f or "区别" in f for f in got), got
    assert any("Порт 53" in f for f in got), got


def test_an_e_g_member_and_an_initials_cell_make_no_cards():
    text = ("# Caching\n\n## When not to cache\n\n- **Strong Consistency Needs:** E.g., bank transfers, stock counts\n\n"
            "## Registers\n\n| Name | Short | Role |\n|---|---|---|\n| Memory Address Register | MAR | holds the address to read |\n"
            "| Memory Buffer Register | MBR | holds the word read or written |\n| Instruction Register | IR | holds the "
            "current instruction |\n")
    got = [n.front for n in notes(text)]
    assert not any("consistency needs" in f.lower() or f.endswith("— short?") for f in got), got
    assert "Memory Address Register — role?" in got, got


def test_a_word_processors_o_bullets_are_list_items_not_letters_on_the_back():
    text = ("# Object storage\n\n## Classes\n\n• **Standard:**  \n  o Frequent access  \n  o 99.99% availability  \n\n"
            "• **One Zone-IA:**  \n  o Single-zone storage  \n  o Cheaper but less resilient  \n")
    got = notes(text)
    assert got and not any(re.search(r"(?:^|\s)[oO]\s", n.back) for n in got), [(n.front, n.back) for n in got]


def test_an_os_process_in_a_title_is_no_procedure_to_order():
    text = ("# OS\n\n## Process Management Activities\n\n1. Creating and deleting both user and system processes.\n"
            "2. Suspending and resuming processes.\n3. Providing mechanisms for process synchronization.\n\n"
            "## Boot process\n\n1. The firmware runs the POST.\n2. The bootloader loads the kernel.\n3. The kernel starts init.\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert got and all(f.startswith("Boot process") for f in got), got
