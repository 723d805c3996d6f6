"""Patterns found by grading cards from documents the extractor had never seen (session 44, rounds 729 and later;
test_unseen_round_707.py holds the ones before). Each test states the general shape in made-up notes or in a few lines
shaped like the graded document's."""

from tests.extract.extract_helpers import notes


def test_rows_numbered_one_two_three_of_a_sample_table_are_no_facts():
    """Round 711/718: a relational-algebra or normal-form walkthrough's sample tables ("|1|ali|null|1500|") made
    "Ayşe — maas?" / "1100" and "Math — professor?" / "messi": the made-up rows a join is worked on."""
    text = ("# Databases\n\n## Normal forms\n\nA table is in 2NF when no column depends on part of the key.\n\n"
            "|student code|lecture|price|professor|\n|---|---|---|---|\n|1|math|300|messi|\n|1|science|200|kane|\n"
            "|2|science|200|kane|\n|3|english|150|cristiano|\n\n## OSI model\n\n"
            "|#|Layer|Unit|\n|---|---|---|\n|1|Physical|Bit|\n|2|Data link|Frame|\n|3|Network|Packet|\n|4|Transport|Segment|\n")
    fronts = [n.front for n in notes(text)]
    assert not any("professor" in f or "price" in f or "messi" in f.lower() for f in fronts), fronts
    assert any("Network" in f for f in fronts), fronts  # a numbered table of facts, no value met twice, stays


def test_a_cell_saying_same_as_another_row_takes_that_rows_answer():
    """Rounds 729-730: "| 8.5.x | 同 7.x | 管道符分隔 |" made "8.5.x — 覆盖的 IP 段？" / "同 7.x" (same as 7.x), and
    "| 9.0.x+ | 额外包含 IPv6 回环地址 |" (also covers ::1) asked for only what the row adds: no complete answer."""
    text = ("# MySQL\n\n## Versions\n\n| MySQL version | Default storage engine | Default replication format |\n|---|---|---|\n"
            "| 5.1 | MyISAM engine | statement-based logging |\n| 5.5 | InnoDB engine | mixed statement and row logging |\n"
            "| 5.6 | same as 5.5 | row-based logging of changes |\n| 8.0 | InnoDB cluster engine | additionally logs full rows |\n")
    cards = {n.front: n.back for n in notes(text)}
    assert not any("same as" in b or "additionally" in b for b in cards.values()), cards
    assert any("5.6" in f and b == "InnoDB engine" for f, b in cards.items()), cards


def test_a_bold_title_over_a_line_of_prose_names_the_table_below():
    """Rounds 729-730: "**⚠️ `internalProxies` 版本差异（重点）**：", a sentence saying why, then a table of versions made
    "Tomcat 版本 6.x — 覆盖的 IP 段？" with nothing saying the ranges are internalProxies' default."""
    text = ("# Tomcat\n\n## Fix\n\n**⚠️ Version differences of `internalProxies`**:\n\nOnly when the proxy IP matches the "
            "regex does Tomcat trust the headers.\n\n| Tomcat version | IP ranges | Syntax |\n|---|---|---|\n"
            "| 6.x | 10/8, 192.168/16 | comma-separated |\n| 7.x | 10/8, 172.16/12 | pipe-separated |\n")
    fronts = [n.front for n in notes(text) if n.rule == "table"]
    assert fronts and all("internalProxies" in f for f in fronts), fronts


def test_one_label_measured_again_with_other_values_is_a_case_studys_data():
    """Round 731: a blog post's bundle sizes before and after each change ("* arcade.js: 585KB, gzipped", later
    "* arcade.js: 310KB, gzipped") made "手機版: arcade.js?" / "426KB, gzipped": one project's measurements."""
    text = ("# Loading speed\n\n## Vendor bundle plan\n\nDesktop:\n\n* app.js: 585KB, gzipped\n* vendor.js: 366KB, gzipped\n\n"
            "Total 951KB.\n\n## Bundle analyzer\n\nMobile:\n\n* app.js: 310KB, gzipped\n* vendor.js: 632KB, gzipped\n\n"
            "## Limits\n\n* Lambda payload: 6MB\n* SQS message: 256KB\n")
    fronts = [n.front for n in notes(text)]
    assert not any("app.js" in f or "vendor.js" in f for f in fronts), fronts
    assert any("SQS" in f for f in fronts), fronts  # a label measured once is a number to know


def test_tables_joined_by_coded_keys_are_one_example_database():
    """Round 731: a course's example database ("| GAL2753 | Harley | Galey | 3AHIF |" under students, "| 3AHIF | DOM |
    C3.07 |" under classes) made "GAL2753 — lastname?" / "Galey": made-up rows joined by a foreign key."""
    text = ("# Relations\n\n## Classes\n\n| Name | ClassTeacher | Room |\n|---|---|---|\n| 3AHIF | DOM | C3.07 |\n"
            "| 3BHIF | BOM | C3.08 |\n| 4AHIF | NIJ | C3.08 |\n| 5CHIF | MIP | C3.10 |\n\n## Students\n\n"
            "| Account | Firstname | Lastname | Class |\n|---|---|---|---|\n| GAL2753 | Harley | Galey | 3AHIF |\n"
            "| MAB7534 | Engracia | Mabson | 4AHIF |\n| NAN6184 | Demetris | Nanuccioi | 3AHIF |\n\n## Cache levels\n\n"
            "| Level | Typical size | Latency |\n|---|---|---|\n| L1 | 64 KB per core | about 1 ns |\n"
            "| L2 | 512 KB per core | about 4 ns |\n| L3 | 32 MB shared | about 12 ns |\n")
    fronts = [n.front for n in notes(text)]
    assert not any("AHIF" in f or "GAL2753" in f or "MAB7534" in f for f in fronts), fronts
    assert any(f.startswith("L2") for f in fronts), fronts  # coded keys no other table points at stay


def test_numbered_links_to_sections_of_a_markdown_page_are_a_table_of_contents():
    """Round 734: "- 3.1 [Atomicity](https://github.com/…/README.md#1-atomicity)" under "## 3. ACID Properties" made
    "Which four ACID properties?" / "3.1 Atomicity …": the notes' own contents, each a link to a section."""
    url = "https://github.com/someone/db-notes/blob/main/README.md"
    text = (f"# Table of Contents\n\n## 3. ACID Properties\n\n- 3.1 [Atomicity]({url}#1-atomicity)\n"
            f"- 3.2 [Consistency]({url}#2-consistency)\n- 3.3 [Isolation]({url}#3-isolation)\n"
            f"- 3.4 [Durability]({url}#4-durability)\n\n## ACID\n\nThe four ACID properties:\n\n"
            "- Atomicity: all or nothing\n- Consistency: valid states only\n- Isolation: concurrent transactions do not "
            "interfere\n- Durability: committed data survives crashes\n")
    cards = notes(text)
    assert not any("3.1" in n.back or "3.2" in n.back for n in cards), cards
    assert any(n.back == "All or nothing" for n in cards), cards


def test_rows_under_camel_case_column_names_are_one_example_table():
    """Round 734: a normalization walkthrough's "| CourseID | CourseName |" over "| 101 | Math |" made "CourseID 101 —
    CourseName?" / "Math": column names written as a schema's fields head made-up rows."""
    text = ("# Normalization\n\n## 2NF\n\nSplit the table so that every column depends on the whole key.\n\n"
            "| CourseID | CourseName |\n|---|---|\n| 101 | Math |\n| 102 | English |\n| 103 | Science |\n\n"
            "## Ports\n\n| Port | Service |\n|---|---|\n| 22 | SSH remote shell |\n| 53 | DNS name lookups |\n"
            "| 443 | HTTPS web traffic |\n")
    fronts = [n.front for n in notes(text)]
    assert not any("CourseID" in f or "101" in f for f in fronts), fronts
    assert any("53" in f for f in fronts), fronts


def test_code_in_plain_bullets_and_long_formulas_make_no_cards():
    """Round 733: code written in plain bullets ("Integer, Dimension(3) : : List = (*0, 3, 5*)", "char name [] =
    “freddie”;") was split into a question and the code's rest, and "$address(M[row_lb, …])$" became a back of raw
    LaTeX; "==Relationship== between …" kept a highlighter's marks."""
    text = ("# Arrays\n\n## Initialisation\n\n- Fortran 95\n    - Integer, Dimension(3) : : List = (*0, 3, 5*)\n"
            "- C strings\n    - char name [] = “freddie”;\n\n## Layout\n\n- With arbitrary lower bounds: "
            "$address(M[row_lb, col_lb] + (((i - row_lb) * n + (j - col_lb)) * element_size)$\n"
            "- Row-major order: elements of a row sit next to each other in memory\n\n## DDD\n\n"
            "| Term | Description |\n|---|---|\n| Domain Model | ==Relationship== between domain objects |\n"
            "| Bounded Context | ==Exclusive== problem space of one model |\n")
    cards = notes(text)
    assert not any(n.back.startswith(":") or n.back.endswith(";") or "$" in n.back or "==" in n.back for n in cards), cards
    assert any(n.back == "Relationship between domain objects" for n in cards), cards
    assert any("next to each other" in n.back for n in cards), cards


def test_a_connective_above_a_table_is_no_caption_and_signed_numbers_keep_their_column():
    """Round 736: "In other words," above a table of a kernel knob's values made "In other words,: -3 — advertised window
    ratio?": the connective is no title, and a negative value or one with a note lost the knob's name."""
    text = ("# TCP\n\n## Kernel knobs\n\nIn other words,\n\n| `tcp_adv_win_scale` | Advertised window ratio |\n|---|---|\n"
            "| 0 | 100% of the buffer |\n| 1 (default since Linux 3.4) | 50% of the buffer |\n| 3 | 87.5% of the buffer |\n"
            "| -1 | 50% of the buffer again |\n")
    fronts = [n.front for n in notes(text) if n.rule == "table"]
    assert fronts and not any("other words" in f for f in fronts), fronts
    assert all(f.startswith("`tcp_adv_win_scale`") for f in fronts), fronts


def test_a_sentence_that_leads_into_a_quote_is_no_cloze():
    """Round 736: "RFC 5681 states that" above the quoted rule made "RFC [...] states that": a number with no claim."""
    text = ("# TCP\n\n## Slow start\n\nRFC 5681 states that\n\n> the initial value of ssthresh SHOULD be set arbitrarily "
            "high.\n\nThe initial congestion window has been 10 segments since Linux 2.6.39.\n")
    clozes = [n.front for n in notes(text) if n.rule == "number-cloze"]
    assert not any("states that" in f for f in clozes), clozes
    assert any("congestion window" in f for f in clozes), clozes


def test_a_label_that_glosses_a_word_makes_no_card():
    """Round 736: "- 독립적인 = 관계없는, 상관없는: 운영체제에 상관없이 작동되는 언어다" made "…: 독립적인 = 관계없는, 상관없는?":
    the label is the author's note on a word's meaning, the card asks nothing."""
    text = ("# Python\n\n## Platform-independent interpreted language\n\n- independent = unrelated, not tied to: runs on any "
            "operating system\n- interpreter = a translator program: runs the code line by line\n- GIL: one thread runs "
            "Python bytecode at a time\n")
    fronts = [n.front for n in notes(text)]
    assert not any("=" in f for f in fronts), fronts
    assert any("GIL" in f for f in fronts), fronts


def test_an_obsidian_link_with_an_escaped_pipe_shows_its_name():
    """Round 735: "## [[02 - RESOURCES/Notes/EVA-Prinzip\\|EVA-Prinzip]]:" left "[EVA-Prinzip](<02 - RESOURCES/…>)" in
    fronts and context lines, and clozed the folder's "02": the escaped pipe kept a backslash that broke the link."""
    text = ("# LF02\n\n## [[02 - RESOURCES/Notes/EVA-Prinzip\\|EVA-Prinzip]]:\n\n- Eingabe: Daten rein (Tastatur, Maus)\n"
            "- Verarbeitung: der Computer rechnet\n\n## Speicher\n\n- [[02 - RESOURCES/Notes/RAM\\|RAM]] - kurzzeitiges "
            "Gedächtnis\n")
    cards = notes(text)
    assert not any("RESOURCES" in n.front or "RESOURCES" in n.back or "<02" in n.front for n in cards), cards
    assert any(n.front == "EVA-Prinzip: Eingabe?" for n in cards), cards


def test_a_column_linking_rows_to_earlier_topics_is_no_fact():
    """Round 728: "| NTP | … | PKI, logging, certificates, SIEM |" under "Connection to previous topics" made "NTP —
    connection to previous topics?": the author's cross-references, no fact about the row."""
    text = ("# Security+\n\n## Other infrastructure\n\n| Concept | Purpose | Connection to previous topics |\n|---|---|---|\n"
            "| NTP | Keeps clocks in sync across hosts | PKI, logging, certificates, SIEM |\n"
            "| SDN | Separates the control plane from the data plane | Zero Trust, segmentation |\n"
            "| Jump server | One hardened entry point for admin access | AAA, privileged access control |\n")
    fronts = [n.front for n in notes(text)]
    assert not any("connection" in f.lower() for f in fronts), fronts
    assert any(f.startswith("NTP") for f in fronts), fronts


def test_a_number_and_angle_bracket_numbers_an_item():
    """Round 735: "1> **Compute Azure**: Virtual Machines, …" made "1> Compute Azure?": '1>' numbers the line as a list
    item would, it is no part of the label."""
    text = ("# Azure\n\n## Azure vs AWS services\n\n1> **Compute Azure**: Virtual Machines, VM Scale Sets, Azure Functions\n\n"
            "2> **Storage Azure**: Blob Storage, File Storage, Disk Storage\n")
    fronts = [n.front for n in notes(text)]
    assert fronts and not any(">" in f for f in fronts), fronts


def test_in_short_and_merke_are_no_terms():
    """Rounds 731 and 737: "> **Merke:** Der Fremdschlüssel verweist …" made "Merke?" and "Коротко говоря: …" ("in short")
    made "Коротко говоря?": the author's lead-in to a remark, no term."""
    text = ("# Datenbanken\n\n## Fremdschlüssel\n\n**Merke:** Der Fremdschlüssel verweist auf den Primärschlüssel.\n\n"
            "## JVM\n\nКоротко говоря: для каждого потока создаётся свой стек.\n\n"
            "- Primärschlüssel: identifiziert jede Zeile eindeutig\n")
    fronts = [n.front for n in notes(text)]
    assert not any(f.startswith(("Merke", "Коротко")) for f in fronts), fronts
    assert any("Primärschlüssel" in f for f in fronts), fronts


def test_an_escaped_dash_at_a_lines_start_is_a_list_item():
    """Round 738: converted notes wrote every item as "\\- UDP – Displays UDPv4 network traffic", which made "What is -
    UDP?": the escaped dash at the start of a line is the list marker the converter protected."""
    text = ("# sar\n\n## Network\n\n```\nsar -n DEV 1 2\n```\n\n\\- TCP – Displays TCPv4 network traffic\n\n"
            "\\- UDP – Displays UDPv4 network traffic\n\n\\- NFS – Displays NFS client activities\n")
    cards = notes(text)
    assert cards and not any("- " in n.front or n.front.startswith("-") for n in cards), cards


def test_a_build_logs_steps_and_a_walkthroughs_own_names_are_no_facts():
    """Round 737: a build's output ("- Step 4/5: RUN npm install") made "… — step 4/5?" / "RUN npm install", and
    "**node-app-image** = the name of the image we just built" made "What is node-app-image?"."""
    text = ("# Docker\n\n## Build the image\n\n- Step 1/3: FROM node:15\n- Step 2/3: WORKDIR /app\n- Step 3/3: RUN npm install\n\n"
            "## Run it\n\n- **node-app-image** = the name of the image we just built\n"
            "- **docker build** = builds an image from a Dockerfile and a context\n")
    fronts = [n.front for n in notes(text)]
    assert not any("step" in f.lower() or "node-app-image" in f for f in fronts), fronts
    assert any("docker build" in f for f in fronts), fronts


def test_a_definition_that_leads_into_its_list_is_cut_short():
    """Round 740: "Amazon Managed Blockchain es un servicio gestionado para:" over its bullets made "¿Qué es Amazon
    Managed Blockchain?" / "Un servicio gestionado para": the sentence ends in the list below."""
    text = ("# AWS\n\n## Amazon Managed Blockchain\n\n- Blockchain permite transacciones sin una autoridad central.\n"
            "- Amazon Managed Blockchain es un servicio gestionado para:\n  - Unirte a redes públicas de blockchain\n"
            "  - O crear tu propia red privada escalable\n\n## Aurora\n\n"
            "- Amazon Aurora es una base de datos relacional compatible con MySQL y PostgreSQL.\n")
    backs = [n.back for n in notes(text)]
    assert not any(b.rstrip().endswith("para") for b in backs), backs
    assert any("relacional" in b for b in backs), backs


def test_a_labs_ip_plan_and_our_apps_port_are_no_facts():
    """Round 738: a lab's plan ("| ceph-client | 2 CPU - 2GB RAM | eth0: 192.168.33.21 (MNGT) |") made "ceph-client —
    interface?", and "Our app **inside the container** is listening on **port 3000**" clozed the walkthrough's app."""
    text = ("# Ceph\n\n## IP planning\n\n| Hostname | Hardware | Interface |\n|---|---|---|\n"
            "| ceph-admin | 2 CPU, 2GB RAM | eth0: 192.168.33.18 (MNGT) |\n| ceph-client | 2 CPU, 2GB RAM | eth0: 192.168.33.21 "
            "(MNGT) |\n\n## Ports\n\n| Port | Service |\n|---|---|\n| 6789 | Ceph monitor daemons |\n"
            "| 6800 | first port of the OSD range |\n\n## Testing\n\nOur app **inside the container** is listening on "
            "**port 3000**.\n")
    cards = notes(text)
    assert not any("ceph" in n.front or "Our app" in n.front for n in cards), cards
    assert any("6789" in n.front for n in cards), cards


def test_a_sentences_opening_or_a_judgement_is_no_term_to_define():
    """Round 742: "Есть файл — в нем хранятся все поля …" ("there is a file") made "Что такое Есть файл?", and
    "Преимущества NoSQL — гибкая структура …" ("advantages of NoSQL") made "Что такое Преимущества NoSQL?"."""
    text = ("# Базы данных\n\n## Колоночные БД\n\nЕсть файл — в нем хранятся все поля данной колонки.\n\n"
            "Преимущества NoSQL — гибкая структура данных и скорость.\n\nСУБД — это комплекс программ для управления базой данных.\n")
    fronts = [n.front for n in notes(text)]
    assert not any("Есть" in f or "Преимущества" in f for f in fronts), fronts
    assert any("СУБД" in f for f in fronts), fronts


def test_a_flag_or_an_arrow_before_a_label_is_no_part_of_it():
    """Round 741: "IMPORTANT * `PRE_SUBMIT` : …" made "IMPORTANT * `PRE_SUBMIT`?", "- -> Factory화 : …" made
    "Factory Pattern: > Factory화?", and "* Table -> Table: a collection of items" made "What is Table -> Table?"."""
    text = ("# Symfony\n\n## Form events\n\nIMPORTANT * `PRE_SUBMIT` : fired when the form is submitted, before the data is "
            "set\n\n## DynamoDB\n\n* Table -> Table: a collection of items that share a partition key\n\n## SLO\n\n"
            "- Latency P95 SLO: >300ms 30m sustained → page\n")
    fronts = [n.front for n in notes(text)]
    assert any(f == "`PRE_SUBMIT`?" for f in fronts), fronts
    assert not any("->" in f or "IMPORTANT" in f for f in fronts), fronts
    assert any(">300ms" in f for f in fronts), fronts  # "greater than" stays


def test_a_stray_asterisk_before_a_label_is_cut():
    """Round 742: "2. *MVCC实现：每次读取前进行快照" (an italic never closed) made "读已提交: *MVCC实现？"."""
    text = "# MySQL\n\n## 读已提交\n\n1. 不会脏读\n2. *MVCC实现：每次读取前进行快照\n"
    fronts = [n.front for n in notes(text)]
    assert any(f.endswith("MVCC实现？") for f in fronts) and not any("*" in f for f in fronts), fronts


def test_an_english_sentence_in_chinese_notes_is_asked_in_english_and_a_full_width_bar_goes():
    """Round 744: "> Kubernetes is the productive, open source way …" in Chinese notes made "什么是Kubernetes？" over an
    English answer, and "| 监控 | cAdvisor+Heapster、Prometheus｜ |" kept the stray full-width bar in the back."""
    text = ("# 容器\n\n## Kubernetes\n\n> Kubernetes is the productive, open source way to run containers at scale.\n\n"
            "Docker 是一个开源的容器引擎，用于构建和运行容器。\n\n## 技术选型\n\n| 功能 | 技术选型 |\n|---|---|\n"
            "| 监控 | cAdvisor+Heapster、Prometheus｜ |\n| 网络 | Flannel、Calico |\n| 存储 | Ceph、GlusterFS |\n")
    cards = {n.front: n.back for n in notes(text)}
    assert "What is Kubernetes?" in cards and "什么是Docker？" in cards, cards
    assert not any(b.endswith("｜") for b in cards.values()), cards


def test_an_emphasis_opened_with_a_space_loses_its_marks():
    """Round 746: "- **Domínios**:* Útil e mais complicado de modificar*, mas …" kept both stray asterisks in the back."""
    text = ("# IOC\n\n## Indicadores de Compromisso\n\n- **Domínios**:* Útil e mais complicado de modificar*, mas milhares de "
            "domínios são usados\n- **Hashes**: fáceis de trocar pelo atacante\n")
    backs = [n.back for n in notes(text)]
    assert any(b.startswith("Útil e mais complicado de modificar, mas") for b in backs), backs


def test_useful_facts_and_url_are_no_labels_to_ask():
    """Round 745: "- Useful facts: Numerically lowest subnet ID, …" made "The Zero Subnet: Useful facts?" and "URL:
    easyperf.net" made "URL?": a heading for whatever follows and a reference, no question."""
    text = ("# Performance\n\nURL: easyperf.net\n\n## The Zero Subnet\n\n- Useful facts: Numerically lowest subnet ID, "
            "subnet ID = classful ID\n\n## ACID\n\nThe four ACID properties:\n\n- Atomicity: all or nothing\n"
            "- Consistency: valid states only\n- Isolation: concurrent transactions do not interfere\n"
            "- Durability: committed data survives crashes\n")
    fronts = [n.front for n in notes(text)]
    assert not any("Useful facts" in f or f.startswith("URL") for f in fronts), fronts
    assert any("Atomicity" in f for f in fronts), fronts
