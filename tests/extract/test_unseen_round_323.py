"""Patterns found by grading cards from documents the extractor had never seen (session 25, rounds 323 and later;
test_unseen_round_294.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_numbered_list_broken_by_a_misindented_sub_list_has_no_first_step():
    text = ("# Auth\n\n## Login flow\n\n1. The visitor presses the sign-in button on the shop page.\n"
            "  - The shop sends the browser to the identity provider.\n2. The visitor types a password and agrees.\n"
            "3. The provider returns a one-time code to the shop.\n4. The shop trades the code for a token.\n")
    got = {n.front: n.back for n in notes(text, "enumeration")}
    assert not any("first" in f and "password" in b for f, b in got.items()), got
    whole = ("# Auth\n\n## Login flow\n\n1. The visitor presses the sign-in button on the shop page.\n"
             "2. The visitor types a password and agrees.\n3. The provider returns a one-time code to the shop.\n")
    firsts = {n.front: n.back for n in notes(whole, "enumeration") if "first" in n.front}
    assert any("sign-in" in b for b in firsts.values()), firsts


def test_a_term_that_ends_on_and_is_two_clauses():
    text = ("# Containers\n\n## Groups\n\nGroups run processes and are the boundary for them. They share one network.\n\n"
            "## Terms\n\nA sidecar is a helper container that runs beside the main one.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any(f.rstrip("?").endswith(" and") for f in got), got
    assert any("sidecar" in f for f in got), got


def test_a_setting_with_its_value_and_a_remark_is_no_definition():
    text = ("# Cache server\n\n## Persistence\n\n- snapshot-on-exit = yes, writes the data set when the server stops\n"
            "- flushmode = everysec ,每秒写一次\n\n## Terms\n\n- Write-ahead log = a file every change goes to before the data\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("snapshot-on-exit" in f or "flushmode" in f for f in got), got
    assert any("Write-ahead log" in f for f in got), got


def test_a_number_in_a_portuguese_example_is_no_fact():
    text = ("# Monitoramento\n\n## Alarmes\n\n- Exemplo: Atingimos 80% do disco e o alarme envia um e-mail.\n"
            "- Os registros ficam guardados por 14 dias por padrão.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any("80" in f for f in got), got
    assert any("14" in f for f in got), got


def test_a_back_that_only_says_like_a_sibling_answers_nothing():
    text = ("# Hashing\n\n## Open addressing\n\n- Linear probing — problem: Primary clustering, long runs of filled slots.\n"
            "- Double hashing — problem: Two hash computations for every probe.\n- Cuckoo hashing — problem: Like linear probing.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b.startswith("Like ") for b in got.values()), got
    assert any("Primary clustering" in b for b in got.values()), got


def test_an_answer_label_under_a_question_item_stays_off_the_back():
    text = ("# Interview prep\n\n## Linux\n\n- What does the `free` command show?\n\n"
            "  **Answer:** Used and available memory, swap and buffers.\n\n- What is a zombie process?\n\n"
            "  **Answer:** A finished child whose parent has not read its exit status.\n")
    got = {n.front: n.back for n in notes(text, "question-answer")}
    assert len(got) == 2 and not any(b.lower().startswith("answer") for b in got.values()), got


def test_a_how_column_beside_a_control_column_is_asked_of_the_control():
    text = ("# Defence\n\n## Coverage\n\n| Stage | Primary control | How it works |\n|---|---|---|\n"
            "| Phishing mail | **Mail Guard** | Rewrites links and opens attachments in a sandbox |\n"
            "| Stolen passwords | **Sign-in Risk** | Scores each sign-in and asks for a second factor |\n"
            "| Rogue devices | **Device Watch** | Listens passively to traffic and flags new hosts |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    how = {f: b for f, b in got.items() if "how it works" in f}
    assert how and all("Mail Guard" in f or "Sign-in Risk" in f or "Device Watch" in f for f in how), got


def test_clauses_with_question_words_are_no_chinese_set():
    text = ("# 网络\n\n## 主线\n\n- 传递方式：一个具体的协议中，到底谁在发送和接收报文，报文经过了哪些路由\n"
            "- 拓扑类型：星型、环型、总线型\n")
    got = {n.front: n.back for n in notes(text, "enumeration")}
    assert not any("哪些路由" in b for b in got.values()), got
    assert any("星型" in b for b in got.values()), got


def test_steps_that_point_at_a_figure_on_the_right_are_not_asked():
    text = ("# 存储\n\n## 读取\n\n于是按照右图的步骤：\n\n1. 把磁盘数据读入内核缓冲区\n2. 把缓冲区交给网卡发送\n"
            "3. 通知进程读取完成\n\n## Write path\n\nThe steps in the diagram on the right:\n\n"
            "1. The client sends the row to the leader\n2. The leader appends it to its log\n3. The followers copy the log\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert not any("右图" in f or "diagram on the right" in f for f in got), got


def test_an_acronym_whose_letters_stop_inside_its_name_is_no_expansion():
    text = ("# Redes\n\n## Intro\n\n- Controlado por un SGDR (Sistema de Gestión de Redes de Datos).\n"
            "- El DNS (Domain Name System) traduce nombres a direcciones.\n")
    got = {n.front: n.back for n in notes(text, "acronym")}
    assert not any("SGDR" in f for f in got), got
    assert got.get("What does DNS stand for?") == "Domain Name System" or any("DNS" in f for f in got), got


def test_a_label_that_cites_authors_and_a_year_is_no_term():
    text = ("# Bases\n\n## Definiciones\n\n- **Gómez et al. (2011):** colección de datos compartidos por una organización.\n"
            "- **Pérez y Ruiz (2003):** conjunto de datos sin redundancia innecesaria.\n"
            "- **Catálogo:** contiene la descripción de tablas, columnas y usuarios.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("(2011)" in f or "(2003)" in f for f in got), got
    assert any("Catálogo" in f for f in got), got


def test_a_list_indented_under_a_lead_in_indented_by_three_spaces_is_a_list():
    text = ("# OS\n\n## Deadlock\n\n   Four conditions for deadlock:\n      - Mutual exclusion: only one holder at a time\n"
            "      - Hold and wait: a holder waits for more\n      - No preemption: nothing is taken away\n")
    got = {n.front: n.back for n in notes(text)}
    assert got and not any(" - " in b for b in got.values()), got
    inside = "# OS\n\n- Deadlock\n\n   Four conditions:\n      - Mutual exclusion: one holder\n      - Hold and wait: waits\n"
    assert all(" - " not in n.back for n in notes(inside)), [n.back for n in notes(inside)]


def test_a_set_member_that_stops_at_using_has_lost_its_sub_items():
    text = ("# Cloud\n\n## Account design practices\n\n- Use naming conventions for every account\n"
            "- Use policies to enforce governance\n- Automate account creation using:\n  - Templates\n  - Pipelines\n")
    got = {n.front: n.back for n in notes(text, "enumeration")}
    assert not any(b.rstrip().endswith("using") for b in got.values()), got


def test_items_under_a_problems_lead_are_no_definitions():
    text = ("# 워크플로우\n\n## 관리 문제\n\n- 스크립트로 실행하면 다음과 같은 문제점이 존재\n  - 모니터링 - 잘 돌아가는지 확인하기가 어려움\n"
            "  - 배포 - 새로운 워크플로우를 배포하기 힘듬\n\n## 구성\n\n- 구성 요소\n  - 스케줄러 - 워크플로우가 언제 실행될지 결정\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any("모니터링" in f or "배포" in f for f in got), got


def test_a_korean_lets_look_at_lead_is_no_title():
    text = ("# Airflow\n\n## UI\n\n- 컬럼 별로 기능을 알아보자\n  - `Owner`: DAG를 만든 사람\n  - `Runs`: 실행 상태별 개수\n"
            "  - `Schedule`: 실행 주기\n")
    got = [n.front for n in notes(text)]
    assert not any("알아보자" in f for f in got), got


def test_the_skills_a_diploma_targets_are_no_set_to_learn():
    text = ("# Système\n\n## Introduction\n\n### Compétences CNCP visées\n\n- Installer les postes de travail\n"
            "- Configurer les services réseau\n- Dépanner les incidents matériels\n- Documenter les interventions\n")
    got = [n.front for n in notes(text)]
    assert not any("compétences" in f.lower() for f in got), got


def test_a_characteristics_heading_is_qualified_by_the_heading_above():
    text = ("# Workloads\n\n## Job\n\n### Characteristics\n\n- **One-time execution**: the pod runs until the task ends\n"
            "- **Use cases**: Data processing, migrations, calculations\n")
    got = [n.front for n in notes(text)]
    assert got and not any(f.startswith("Characteristics") for f in got), got


def test_course_information_is_no_knowledge():
    text = ("# Basi di dati\n\n## Informazioni sul corso\n\n- **Anno accademico:** 2023/2024\n- **Docente:** Mario Rossi\n\n"
            "## Definizioni\n\n- **Base di dati:** collezione di dati strutturata secondo un modello.\n")
    got = [n.front for n in notes(text)]
    assert not any("Docente" in f or "Anno" in f for f in got), got
    assert any("Base di dati" in f for f in got), got


def test_a_cloze_sentence_that_stops_at_a_comma_goes_on_below():
    text = ("# Compute\n\n## Spot machines\n\n- Lower price for interruptible capacity (up to 70%),\n"
            "- Stopped after at most 24 hours.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any(f.rstrip().endswith(",") for f in got), got
    assert any("24" in f for f in got), got


def test_a_chinese_list_of_traits_with_an_idiom_on_ji_is_no_definition():
    text = ("# 总线\n\n## 接口\n\nUSB 有速率高, 易扩展, 即插即用和热插拔 等特点.\n\n"
            "## 术语\n\n吞吐量，即单位时间内成功传送的数据量。\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("速率高" in f for f in got), got


def test_a_chinese_solution_label_answers_a_problem_the_front_does_not_show():
    text = ("# 集群\n\n## 部署\n\n副本太少时单点故障会让服务宕机。\n\n> 解决：多加几个节点，做负载均衡。\n\n"
            "- 节点：运行容器的一台机器\n")
    got = [n.front for n in notes(text)]
    assert not any("解决" in f for f in got), got


def test_a_chinese_name_after_an_ascii_comma_and_it_names_nothing_alone():
    text = ("# 传输层\n\n## 端口\n\n链路和网络中的地址, 分别指的是硬件地址和网络地址. 端口号用来识别同一台计算机中"
            "进行通信的不同应用程序, 它也被称为程序地址.\n\n"
            "## 名称\n\n进程位于内存中的部分被称为进程映像。\n")
    got = {n.front: n.back for n in notes(text, "naming")}
    assert not any("它" in f or f.lstrip().startswith(",") for f in got), got
    assert "进程位于内存中的部分被称为什么？" in got, got
    there = "# 运维\n\n## 值班\n\n公司有一个专门的部门叫做 NOC。\n"
    assert not [n.front for n in notes(there, "naming")], [n.front for n in notes(there, "naming")]


def test_a_column_of_few_repeated_values_shows_them_in_the_front():
    text = ("# Réseau\n\n## Ports\n\n| Port | Protocole | Type |\n|---|---|---|\n| 21 | FTP | TCP |\n| 22 | SSH | TCP |\n"
            "| 53 | DNS | TCP/UDP |\n| 69 | TFTP | UDP |\n| 80 | HTTP | TCP |\n| 123 | NTP | UDP |\n| 2049 | NFS | TCP/UDP |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    typed = {f: b for f, b in got.items() if "type" in f.lower()}
    assert typed and all("(TCP / TCP/UDP / UDP)" in f for f in typed), got
    assert all("(" not in f for f in got if "protocole" in f.lower()), got


def test_portuguese_tip_and_study_advice_labels_are_no_terms_and_a_slide_number_is_no_topic():
    text = ("# VPC\n\n## Security Groups\n\n- **Dica de prova:** lembre que SGs só permitem regras de entrada.\n"
            "- **Para reforçar:** estude bem as diferenças entre SG e NACL.\n- **Stateful:** a resposta volta sem regra.\n\n"
            "# Overview\n\n## SLIDE 03-01-01\n\n* Uno a uno: ogni richiesta è elaborata da un servizio.\n"
            "* Uno a molti: ogni richiesta è elaborata da più servizi.\n")
    got = [n.front for n in notes(text)]
    assert not any("Dica" in f or "reforçar" in f or "SLIDE" in f for f in got), got
    assert any("Stateful" in f for f in got), got


def test_a_setup_step_explained_in_prose_is_no_term_but_one_shown_in_code_stays():
    text = ("# Agent\n\n## Configuring the agent\n\n- **Set Hostname**: This helps label each server meaningfully.\n"
            "- **Enable log_collection**: Allows shipping every log file of the host.\n"
            "- **Set kth bit**: `s |= (1 << k);`\n- **Flush interval**: how often metrics leave the host.\n")
    got = [n.front for n in notes(text)]
    assert not any("Hostname" in f or "log_collection" in f for f in got), got
    assert any("kth bit" in f for f in got), got


def test_a_tick_before_a_qualifier_says_yes_in_the_back():
    text = ("# Caches\n\n## Availability\n\n| Engine | Multi-AZ | Write speed |\n|---|---|---|\n| Valkey | ✅ (with replicas) | ✅ Fast |\n"
            "| Memstore | ❌ (single node) | ❌ Slower |\n| Dynamo | ✅ | ✅ Fastest |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got.get("Valkey — Multi-AZ?") == "Yes (with replicas)", got
    assert got.get("Memstore — Multi-AZ?") == "No (single node)", got
    assert not any(b.startswith(("Yes, Fast", "No, Slower")) for b in got.values()), got


def test_bare_tools_name_examples_and_tutorial_signposts_name_no_term():
    text = ("# Incidents\n\n## Communication\n\n- **Tools:** Slack, Teams, PagerDuty, Opsgenie, Statuspage.\n\n"
            "## Rsync\n\n- **Theory**: It compares files by checksums and sends only the changed blocks.\n"
            "- **Helpful Flags**: -z compresses, --delete removes extra files.\n"
            "- **Beginner Strategy**: Start with top, then move to htop.\n- **Delta transfer**: only changed blocks travel.\n")
    got = [n.front for n in notes(text)]
    assert not any("tools" in f.lower() or "Theory" in f or "Helpful" in f or "Beginner" in f for f in got), got
    assert any("Delta transfer" in f for f in got), got
    pt = "# Azure\n\n## Armazenamento\n\n### Ferramentas\n\n- AzCopy\n- Storage Explorer\n- Azure File Sync\n"
    assert not [n.front for n in notes(pt, "enumeration")], [n.front for n in notes(pt, "enumeration")]


def test_a_bare_kind_without_of_what_is_no_definition():
    text = ("# Data structures\n\n## Views\n\n- Implementation\n    - Arrays are a concrete implementation\n"
            "- A stack is a collection where the last element added is the first one removed.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("Arrays" in f for f in got), got
    assert any("stack" in f for f in got), got


def test_chinese_clauses_and_a_cut_aside_are_no_set():
    text = ("# 网络\n\n## 停止等待\n\n- 优点：实现简单，开销很小，即使确认丢失，也不必重传。\n"
            "- 网络层：IP、ICMP、ARP （路由器，网关）\n- 传输层：TCP、UDP、SCTP\n")
    got = {n.front: n.back for n in notes(text, "enumeration")}
    assert not any("也不必重传" in b or "网关）" in b for b in got.values()), got
    assert any("SCTP" in b for b in got.values()), got


def test_command_output_arrows_conjunction_labels_and_study_marks():
    text = ("# Net\n\n## Forwarding\n\n- Cycle found → kill one transaction\n- cat /proc/sys/net/ipv4/ip_forward -> 1\n\n"
            "## Volumi\n\nOppure come comando: docker run -d -v /data nginx\n\n## 分层\n\n"
            "- 传输层：负责端到端的数据传输（重点关注）\n- 网络层：负责路由选择\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith(("cat ", "Oppure")) for f in got), got
    assert not any("重点" in b for b in got.values()), got
    assert any("Cycle found" in f for f in got) and any("传输层" in f for f in got), got


def test_an_equals_line_whose_meaning_points_back_is_no_definition():
    text = ("# Sessions\n\n## Basics\n\nAuthentication proves who a user is.\n\n- Session = keeping that identity\n"
            "- Token = a signed string that carries the user's claims\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("Session" in f for f in got), got
    assert any("Token" in f for f in got), got


def test_a_field_name_whose_definition_only_spells_it_out_is_trivial():
    text = ("# Flow logs\n\n## Record fields\n\n- <b> dstport </b> The destination port of the traffic\n"
            "- <b> action </b> ACCEPT or REJECT, whether security groups allowed the traffic\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert "What is dstport?" not in got, got


def test_doubted_names_code_line_labels_and_korean_key_point_labels_are_no_cards():
    text = ("# Cripto\n\n## Algoritmos\n\n- RCX: No es un algoritmo de cifrado conocido. Podría ser un error tipográfico.\n"
            "- AES: cifrado simétrico por bloques de 128 bits.\n\n## Script\n\n* **`return hash_hex`:** devuelve el hash.\n\n"
            "## 힙\n\n- **핵심**: 전체 정렬 없이 가장 큰 값 하나만 빠르게 찾기\n- **완전 이진 트리**: 마지막 레벨을 빼고 모두 채워진 트리\n")
    got = [n.front for n in notes(text)]
    assert not any("RCX" in f or "return" in f or "핵심" in f for f in got), got
    assert any("AES" in f for f in got), got


def test_portuguese_notes_full_of_e_are_not_read_as_italian():
    lines = ["Blob e File e Queue e Table", "LRS e ZRS e GRS e GZRS", "VMs e contêineres e funções", "Cool e Hot e Archive",
             "VNet e subnets e NSG e rotas", "Entra ID e RBAC e MFA", "Monitor e Advisor e alertas", "Policy e Blueprints e tags"]
    text = ("# Azure\n\n## Resumo\n\nGarantida por meio de SLA (Service Level Agreement) para os serviços.\n\n"
            + "".join(f"- {line}\n" for line in lines) + "\nAs regiões são pares com dados replicados em outra região.\n")
    got = [n.front for n in notes(text, "acronym")]
    assert got and all(f.startswith("O que") for f in got), got


def test_vacuous_conditions_likenesses_and_warnings_make_no_cards():
    text = ("# Diagrams\n\n## Style\n\nUse simple icons when relevant, but keep them limited.\n\n"
            "Use a queue when producers are faster than consumers.\n\n## Networks\n\n"
            "- People exchange letters → so do services and hosts.\n- Cycle found → abort one transaction\n\n"
            "## Local disks\n\nUse cases:\n\n- Caches\n- Scratch data\n- Buffers\n- NOT for durable data\n")
    got = [n.front for n in notes(text)]
    assert not any("icons" in f or "letters" in f for f in got), got
    assert not any("NOT for durable" in n.back for n in notes(text)), [n.back for n in notes(text)]
    assert any("queue" in f for f in got) and any("Cycle found" in f for f in got), got


def test_the_rows_a_query_returned_are_no_facts():
    text = ("# SQL\n\n## Rollup\n\nAfter selecting it shows a total row:\n\n```sql\nSELECT Seller, SUM(Amount) AS Total\n"
            "FROM Orders\nGROUP BY ROLLUP(Seller)\n```\n\n| Seller | Total |\n| --- | --- |\n| maria | 165 |\n| omar | 405 |\n"
            "| NULL | 570 |\n\n## Join kinds\n\n```sql\nSELECT * FROM a JOIN b ON a.id = b.id\n```\n\n| Join | Keeps |\n|---|---|\n"
            "| INNER | matching rows only |\n| LEFT | every row of the left table |\n| FULL | every row of both |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert not any("165" in b or "405" in b for b in got.values()), got
    assert any("LEFT" in f for f in got), got


def test_a_definition_that_points_at_things_named_above_is_no_definition():
    text = ("# Services\n\n## Discovery\n\nCloud Map registers each task of the service.\n\n"
            "Route 99 is a DNS endpoint that can expose those service instances to clients.\n\n"
            "A graph is a structure of nodes where edges may join any two of these nodes.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("Route 99" in f for f in got), got
    assert any("graph" in f for f in got), got


def test_a_back_that_only_says_where_the_topic_is_explained_answers_nothing():
    text = ("# Redes\n\n## Enlace\n\n- **Ventana deslizante**: Se explica en protocolo TCP del T5.\n"
            "- **Trama**: unidad de datos de la capa de enlace.\n- **CRC**: código que detecta errores en la trama.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b.startswith("Se explica") for b in got.values()), got
    assert any("Trama" in f for f in got), got
