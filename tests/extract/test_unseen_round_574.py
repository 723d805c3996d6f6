"""Patterns found by grading cards from documents the extractor had never seen (session 37, rounds 574 and later;
test_unseen_round_552.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_questions_srs_words_in_chinese_follow_notes_written_in_traditional_characters():
    body = ("# 網路筆記\n\n這個筆記說明網路的設定與資料連線，還有機器之間的關係。\n\n"
            "## 安全\n\n- **負載平衡器**是一種將流量分配到多台伺服器的設備，這樣單台機器不會過載。\n"
            "- SG (Security groups) 是執行個體層級的防火牆，對進出的連線做控制。\n")
    fronts = [n.front for n in notes(body)]
    assert any("什麼" in f for f in fronts), fronts
    assert not any("什么" in f or "全称" in f for f in fronts), fronts
    simplified = body.replace("這個", "这个").replace("網路", "网络").replace("設定", "设定").replace("資料連線", "资料连线") \
        .replace("還有機器", "还有机器").replace("關係", "关系").replace("這樣", "这样").replace("機器", "机器").replace("過載", "过载") \
        .replace("連線", "连线").replace("負載平衡器", "负载平衡器").replace("設備", "设备")
    assert any("什么" in n.front for n in notes(simplified)), [n.front for n in notes(simplified)]


def test_a_definition_that_repeats_the_terms_first_word_and_names_its_unit_is_trivial():
    text = ("# Autoscaling\n\n## Capacity\n\n- **Desired capacity**: the number of instances the group tries to keep running\n"
            "- **Minimum capacity**: the minimum number of instances\n- **Maximum capacity**: the maximum number of instances\n")
    cards = [(n.front, n.back) for n in notes(text)]
    assert not any(b.lower().startswith(("the minimum", "the maximum")) for _, b in cards), cards
    assert any("Desired capacity" in f for f, _ in cards), cards


def test_counts_pasted_from_one_run_of_a_tool_and_answers_that_lean_on_the_case_before_are_no_cards():
    text = ("# Linux\n\n## Reading top\n\nThe header of top shows the load.\n\n"
            "Tasks: 95 total, 2 running, 93 sleeping, 0 stopped, 0 zombie\n"
            "Mem: 4096000k total, 2100000k used, 1996000k free, 200000k buffers\n\n"
            "- Load average: the mean number of runnable processes over 1, 5 and 15 minutes\n\n"
            "## Throttling\n\nWhen a client sends too many requests the server rejects them.\n\n"
            "- Status code: 429 is returned by the server in this case.\n- Retry-After: header telling the client when to retry\n")
    fronts = [n.front for n in notes(text)]
    assert not any(f.startswith(("Tasks", "Mem")) for f in fronts), fronts
    assert not any("Status code" in f for f in fronts), fronts
    assert any("Load average" in f for f in fronts), fronts


def test_chinese_lead_ins_before_a_colon_and_fronts_about_the_lines_above_ask_nothing():
    text = ("# 容器\n\n## 代理\n\n容器拉取镜像时需要代理。\n\n- 简言之：容器不会读取宿主机的代理环境变量，需要单独配置\n"
            "- 最后我的解决方法：写一个 systemd 服务在开机时启动 pod\n- HTTP_PROXY：容器内访问外网使用的代理地址\n\n"
            "## 线程\n\n```java\nnew Thread(r).start();\n```\n\n如上流程：\n\n1. 创建线程对象\n2. 调用 start 方法\n3. 虚拟机调度 run 方法\n")
    fronts = [n.front for n in notes(text)]
    assert not any(f.startswith(("简言之", "最后我的解决方法", "如上")) for f in fronts), fronts
    assert any("HTTP_PROXY" in f for f in fronts), fronts


def test_values_typed_in_a_practice_lab_and_questions_about_its_current_state_are_no_cards():
    text = ("# Storage\n\n## Volumes\n\n- hostPath: mounts a file or directory of the node into the pod\n\n"
            "### Practice\n\n- Configure a volume for the logs.\n  - Volume HostPath: /var/log/webapp\n  - Volume Mount: /log\n\n"
            "- How many StorageClasses exist in the cluster right now?\n")
    fronts = [n.front for n in notes(text)]
    assert not any("Volume HostPath" in f or "Volume Mount" in f or "right now" in f for f in fronts), fronts
    assert any("hostPath" in f for f in fronts), fronts


def test_numbers_of_a_supposed_case_or_a_told_scenario_are_no_clozes():
    text = ("# Rate limiting\n\n## Token bucket\n\n"
            "- Each bucket has a capacity. Suppose, the capacity is 100 tokens.\n"
            "- The default refill interval of the gateway is 60 seconds.\n\n"
            "## Multi-value answers\n\n- **The Scenario:** You have 8 web servers behind one record.\n"
            "- **Health checks:** Route 53 returns up to 8 healthy records per query.\n")
    fronts = [n.front for n in notes(text)]
    assert not any("{{c1::100" in f or "{{c1::8}} web servers" in f for f in fronts), fronts
    assert any("{{c1::60 seconds}}" in f for f in fronts), fronts


def test_a_chinese_alias_in_brackets_is_asked_without_the_bracket_and_a_shortened_name_is_no_card():
    text = ("# TCP\n\n## 重传\n\n接收方可能收到乱序的包：\n\n3）网络上出现了先发的包后到的情况（又称reordering）\n\n"
            "Duplicate SACK 又称 D-SACK，用来告诉发送方哪些数据被重复接收了。\n")
    cards = [(n.front, n.back) for n in notes(text, "naming")]
    assert not any("（" in f or "）" in b or f.startswith("3") for f, b in cards), cards
    assert not any(b == "D-SACK" for _, b in cards), cards
    assert any(b.lower() == "reordering" for _, b in cards), cards


def test_a_label_over_an_empty_bullet_makes_no_card_of_the_bullets_mark():
    text = "# Networks\n\n## Concepts\n\n* DNS: maps host names to IP addresses\n* SSH: \n  * \n\n## Commands\n\n* ping: sends an echo request\n"
    cards = [(n.front, n.back) for n in notes(text)]
    assert not any(b.strip(" *-") == "" for _, b in cards), cards
    assert any("DNS" in f for f, _ in cards), cards


def test_a_comparison_table_named_by_its_heading_in_either_order_pairs_no_rows():
    text = ("# OS\n\n## Threads vs Process\n\n| **Process** | **Thread** |\n|---|---|\n"
            "| Context switching is slower | Context switching is faster |\n| Processes are independent | Threads are interdependent |\n"
            "| Each process has its own memory | Threads share the memory of their process |\n")
    cards = [(n.front, n.back) for n in notes(text, "table")]
    assert not any("is slower" in f or "independent" in f for f, _ in cards), cards


def test_a_premise_or_a_count_of_kinds_is_no_answer():
    text = ("# Graphes\n\n## Isthme (bridge)\n\nSoit G = (V, E) un graphe.\n\nUne arête e est un isthme si G - e a plus de "
            "composantes connexes que G.\n\n## Degré\n\nLe degré d'un sommet est le nombre d'arêtes qui le touchent.\n\n"
            "# Scheduling\n\n## CPU Scheduling Algorithms\n\nCPU scheduling algorithms are categorized into two main types based on "
            "whether a process can be removed from the CPU.\n\n### Preemptive\n\n- Round Robin: each process gets a fixed time slice\n")
    cards = [(n.front, n.back) for n in notes(text)]
    assert not any(b.startswith("Soit") or "two main types" in b for _, b in cards), cards
    assert any("Round Robin" in f for f, _ in cards), cards


def test_rows_keyed_by_the_letters_of_a_word_in_the_heading_ask_nothing():
    text = ("# Observability\n\n## The backend: one LGTM container\n\n| Letter | Component | Purpose |\n|---|---|---|\n"
            "| **L** | Loki | stores logs |\n| **G** | Grafana | dashboards |\n| **T** | Tempo | stores traces |\n"
            "| **M** | Mimir | stores metrics |\n\n## DNS records\n\n| Type | Purpose |\n|---|---|\n| A | IPv4 address of a name |\n"
            "| MX | mail server of a domain |\n| NS | name servers of a zone |\n")
    fronts = [n.front for n in notes(text, "table")]
    assert not any(f.startswith(("L —", "G —", "T —", "M —")) for f in fronts), fronts
    assert any(f.startswith("A —") for f in fronts), fronts


def test_a_course_part_a_figure_of_speech_a_bare_count_and_the_rest_of_the_sentence_before_are_no_answers():
    text = ("# Arquitetura\n\n## Escopo\n\nExpanding scope is the enemy of success.\n\n"
            "Scope is the size of a project: its time, budget and features.\n\n"
            "## Flyweight\n\nThe intrinsic state is stored in the flyweight object. The rest of the object's state is called the "
            "extrinsic state.\n\n## Repository\n\n- repo的优点：4点。\n- 重建：从已存储的数据中创建实例的过程\n\n"
            "## Próxima aula\n\nAula 3 — **Tracing com OpenTelemetry e Jaeger**.\n")
    cards = [(n.front, n.back) for n in notes(text)]
    assert not any("Expanding scope" in f or "rest of" in f or "Aula 3" in f or "优点" in f for f, _ in cards), cards
    assert any("重建" in f for f, _ in cards), cards


def test_c_declarations_and_parameter_names_keep_the_codes_case():
    text = ("# 操作系统\n\n## 进程接口\n\n- 结束进程：void exit(int status);\n- 等待事件：int poll(struct pollfd *fds, nfds_t nfds, int timeout);\n\n"
            "## 线程接口\n\n创建线程的函数有以下参数：\n\n- tid：线程标识符，创建成功后写入新线程的 ID。\n"
            "- attr：指向线程属性结构体的指针，填 NULL 使用默认值。\n")
    cards = [(n.front, n.back) for n in notes(text)]
    assert any(b.startswith("void exit(") for _, b in cards), cards
    assert not any(b.startswith(("Void", "Int ")) or "Attr" in f or "Tid" in f for f, b in cards), cards
    words = "# Networks\n\n## Sockets\n\n- Socket: interface (= API) between the application and transport layers\n"
    assert [n.back for n in notes(words)] == ["Interface (= API) between the application and transport layers"], \
        [n.back for n in notes(words)]


def test_a_line_the_author_broke_after_a_title_does_not_run_on_into_the_next():
    text = ("# DB\n\n## Consistency\n\n- Strong consistency guarantees: Linearizable reads\\\n"
            "  Users are always guaranteed to see the latest write.\n- Eventual consistency: replicas converge once writes stop\n")
    backs = [n.back for n in notes(text)]
    assert not any("reads Users" in b for b in backs), backs
    assert any("Linearizable reads. Users" in b for b in backs), backs
    labelled = "# DB\n\n## ACID\n\n- **Consistency:**  \n  Transactions move the database from one valid state to another.\n"
    assert [n.back for n in notes(labelled)][0].startswith("Transactions"), [n.back for n in notes(labelled)]


def test_a_port_given_only_in_the_back_is_asked_in_the_front():
    text = "# Networks\n\n## Applications on one host\n\n- Ports are 16-bit numbers.\n- HTTP: Port 80\n- HTTPS: Port 443\n"
    cards = [(n.front, n.back) for n in notes(text, "labelled-fact")]
    assert any(f.endswith("HTTP — port?") and b == "80" for f, b in cards), cards
    assert not any(b.startswith("Port") for _, b in cards), cards


def test_an_arrow_between_two_sets_is_a_map_not_a_rule():
    text = ("# Crypto\n\n## Trapdoor functions\n\nA trapdoor function X -> Y is a triple of efficient algorithms.\n\n"
            "## Alerts\n\n- Disk full -> expand the volume\n")
    fronts = [n.front for n in notes(text, "rule")]
    assert not any("X →" in f or "function X" in f for f in fronts), fronts
    assert any("Disk full" in f for f in fronts), fronts


def test_an_outline_line_of_a_topic_and_its_subtopics_is_no_definition():
    text = ("# Securing Windows\n\n## Day 3\n\n25. Windows Firewall Profiles = Domain, Private, Public, Configuration\n"
            "26. Forensic Tools Overview = FTK Imager for disk images, Autopsy for analysis\n"
            "27. BitLocker = full volume encryption of a drive\n\n## Networks\n\n- Fair loss = messages may be lost, duplicated, or reordered\n")
    fronts = [n.front for n in notes(text, "definition")]
    assert not any("Profiles" in f or "Overview" in f for f in fronts), fronts
    assert "What is BitLocker?" in fronts and "What is Fair loss?" in fronts, fronts


def test_a_year_before_a_name_in_a_timeline_is_no_status_code():
    text = ("# Computing\n\n## Brief history of computing\n\n- 500 BCE: *Abacus* (one of the earliest counting tools)\n"
            "- 1642: Blaise Pascal invented a *mechanical calculator*\n\n## HTTP status codes\n\n- 404 Not Found: no resource at that URL\n")
    cards = [(n.front, n.back) for n in notes(text, "labelled-fact")]
    assert not any(b.startswith("BCE") for _, b in cards), cards
    assert any(f.endswith("404?") and b.startswith("Not Found") for f, b in cards), cards


def test_the_count_of_the_list_under_an_item_is_no_cloze():
    text = ("# Azure\n\n## Policies\n\n- 4 methods for configuring policies\n  1. CLI\n  2. PowerShell\n  3. Azure Portal\n  4. API\n"
            "- A policy assignment applies to up to 800 resource groups\n")
    fronts = [n.front for n in notes(text)]
    assert not any("{{c1::4}}" in f for f in fronts), fronts
    assert any("{{c1::800}}" in f for f in fronts), fronts


def test_a_parent_item_that_states_a_claim_is_no_term_for_its_only_child():
    text = ("# Net\n\n## TCP\n\n* TCP는 연결 지향 프로토콜\n    - 전화에 빗댈 수 있음.\n* RTO (Recovery Time Objective)\n"
            "    - how long a system may stay down after a failure\n")
    fronts = [n.front for n in notes(text)]
    assert not any("TCP는" in f for f in fronts), fronts


def test_a_judgement_a_condition_or_a_byline_is_no_meaning():
    text = ("# Inteligencia\n\n## Conceptos\n\n**Fecha de publicación:** 26 de marzo de 2026\n\n"
            "La **Inteligencia de Amenazas** es un elemento clave en la estrategia de defensa de una organización.\n\n"
            "Un **IOC** es un artefacto observado en la red que indica una intrusión probable.\n\n"
            "# Certificates\n\n8. **Issuer Unique ID** (optional) – If issuer name is reused.\n")
    cards = [(n.front, n.back) for n in notes(text)]
    assert not any("elemento clave" in b or b.startswith("If issuer") or "Fecha" in f for f, b in cards), cards


def test_a_list_of_exam_tips_is_no_set_to_name():
    text = ("# S3\n\n## S3 Exam Tips\n\n- Object based storage\n- Objects up to five terabytes\n- Not OS or DB storage\n"
            "- Unlimited storage\n\n"
            "## Storage classes\n\n- Standard\n- Intelligent-Tiering\n- Glacier\n")
    fronts = [n.front for n in notes(text, "enumeration")]
    assert not any("tips" in f.lower() for f in fronts), fronts
    assert any("storage classes" in f.lower() for f in fronts), fronts


def test_a_back_that_names_the_lines_below_is_no_answer():
    text = ("# Kubernetes\n\n## 核心功能全景图\n\n- 使用方式：声明式API，对应的以下对象为API对象\n    - Pod\n    - Job\n"
            "- 调度器：负责把 Pod 分配到合适的节点上\n")
    cards = [(n.front, n.back) for n in notes(text)]
    assert not any("以下对象" in b for _, b in cards), cards
    assert any("调度器" in f for f, _ in cards), cards


def test_a_meaning_cut_after_one_word_or_going_on_from_the_line_before_is_dropped():
    text = ("# VPC\n\n## Security\n\n- NACL is a stateless; the rules of inbound traffic do not apply to outbound traffic.\n"
            "- A partition is an ordered, immutable sequence of messages.\n\n## MVD\n\n- **X ∪ Y = R**. Otherwise, it is a non trivial MVD.\n")
    cards = [(n.front, n.back) for n in notes(text, "definition")]
    assert not any(b.startswith(("A stateless", "Otherwise")) for _, b in cards), cards


def test_an_author_credit_is_no_card_and_a_command_row_keeps_its_case():
    text = ("# Docker 筆記\n\n## 常用指令\n\n| 指令 | 說明 |\n|---|---|\n| docker image prune | 刪除未使用的映像 |\n"
            "| docker ps -a | 列出所有容器 |\n\n> 文件整理：Chen-Yi Lee\n")
    cards = [(n.front, n.back) for n in notes(text)]
    assert not any("Chen-Yi" in b for _, b in cards), cards
    assert any(f.startswith("docker image prune") for f, _ in cards), cards


def test_an_acronyms_expansion_stops_where_the_latin_words_meet_japanese_or_chinese():
    text = ("# Java\n\n## ツール\n\n* jdb - postmortemデバッガでクラッシュしたJava Virtual Machine (JVM)を調べる\n"
            "* 实时查看正在运行的Java Flight Recorder (JFR)记录\n")
    backs = {n.back for n in notes(text, "acronym")}
    assert "Java Virtual Machine" in backs and "Java Flight Recorder" in backs, backs
    assert not any("デバッガ" in b or "运行" in b for b in backs), backs


def test_a_headings_links_to_its_sources_are_no_part_of_its_title():
    text = ("# Python\n\n### 1.字符编码 [参考 1](https://a.example/x) [参考 2](https://b.example/y)\n\n"
            "- 扩展字符集：在 ASCII 之外增加的字符编码，如 GBK\n\n## Essential Module Quick Reference\n\n"
            "- `copy`: copies a file to the managed host\n")
    cards = notes(text)
    assert not any("参考" in n.front or "参考" in n.context for n in cards), [(n.context, n.front) for n in cards]
    assert any("Quick Reference" in n.context for n in cards), [n.context for n in cards]


def test_a_subject_and_its_verb_leading_into_a_list_name_no_set():
    text = ("# Monitoring\n\n## Prometheus\n\nPrometheus runs:\n\n- a time-series database\n- a scraper that pulls metrics\n"
            "- a rule engine for alerts\n- an HTTP API for queries\n\n## Common uses\n\n- API rate limiting\n- Login attempt limits\n"
            "- OTP request limits\n")
    fronts = [n.front for n in notes(text, "enumeration")]
    assert not any("runs" in f for f in fronts), fronts
    assert any("uses" in f.lower() for f in fronts), fronts


def test_a_term_that_opens_on_a_romance_preposition_is_a_place_not_a_term():
    text = ("# Criptografía\n\n## Conceptos\n\nEn criptografía es un valor aleatorio que se usa una sola vez.\n\n"
            "- En resumen: el nonce evita los ataques de repetición\n- Nonce: un número que se usa una sola vez\n")
    fronts = [n.front for n in notes(text)]
    assert not any("En criptografía" in f or "En resumen" in f for f in fronts), fronts
    assert any("Nonce" in f for f in fronts), fronts


def test_a_numbered_caption_over_code_asks_nothing():
    text = ("# 字符串\n\n## 暴力子字符串查找算法\n\n- 实现 1：逐个比较\n- 实现 2：显式回退\n- 最坏情况：需要约 N×M 次字符比较\n")
    fronts = [n.front for n in notes(text)]
    assert not any("实现 2" in f or "实现 1" in f for f in fronts), fronts
    assert any("最坏情况" in f for f in fronts), fronts


def test_a_numbered_worked_example_labelled_in_vietnamese_is_no_card():
    text = ("# CSDL\n\n## Chuẩn hóa\n\n- Ví dụ 1: Cho quan hệ R = (ABCD), khoá chính là AB\n"
            "- Ví dụ: NhanVien_ChucVu(MaNV, MaChucVu)\n- 1NF: mỗi thuộc tính chỉ chứa giá trị nguyên tố\n")
    fronts = [n.front for n in notes(text)]
    assert not any("ví dụ 1" in f.lower() for f in fronts), fronts
    assert any("1NF" in f for f in fronts), fronts
