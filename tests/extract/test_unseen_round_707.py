"""Patterns found by grading cards from documents the extractor had never seen (session 43, rounds 707 and later;
test_unseen_round_691.py holds the ones before). Each test states the general shape in made-up notes or in a few lines
shaped like the graded document's."""

from tests.extract.extract_helpers import notes


def test_the_values_of_the_command_above_are_no_facts():
    """Round 708: "docker run -m 512m ubuntu" over "- If the container uses more than 512 MB, it gets killed." made
    "… more than [...], it gets killed.": the value the example above chose, which no learner can know."""
    text = ("# Docker\n\n## Memory limits\n\nSet the maximum amount of memory the container can use.\n\n```sh\n"
            "docker run -m 512m ubuntu\n```\n\n- If the container uses more than 512 MB, it gets killed.\n\n"
            "```sh\ndocker run --memory=1g --memory-reservation=600m ubuntu\n```\n\n"
            "- Start controlling memory usage after 600 MB.\n- Hard stop at 1 GB.\n\n"
            "## Stop\n\n```\nc8a0ef815ad1395b6e15165482a1381c18fa7dbb14eb10d1e46\n```\n\n"
            "`docker stop` sends SIGTERM, and if the container does not stop within 10 seconds it is killed.\n")
    clozes = [n.front for n in notes(text) if n.rule == "number-cloze"]
    assert not any("MB" in f or "GB" in f for f in clozes), clozes
    assert any("SIGTERM" in f and "{{c1::10" in f for f in clozes), clozes  # a hash's digits are no example value


def test_a_count_after_a_colon_and_a_bracket_restating_a_number_are_no_blanks():
    """Round 708: "Creating and connecting Volumes: 2 types" made "…: [...] types" (the count of kinds it never names),
    and "up to 1.5 CPU cores (150% of one core)" hid the 150% that the 1.5 before it gives away."""
    text = ("# Kubernetes\n\n## Volumes\n\n- Creating and connecting Volumes: 2 types\n- Volumes: tied to the lifecycle of a "
            "Pod\n\n## CPU\n\n- The container can use up to 1.5 CPU cores (150% of one core).\n"
            "- The header shows the system load average (over the last 15 minutes).\n")
    clozes = [n.front for n in notes(text) if n.rule == "number-cloze"]
    assert not any("types" in f or "{{c1::150" in f for f in clozes), clozes
    assert any("load average" in f for f in clozes), clozes  # a bracket after words, not after a number, stays


def test_a_definition_list_colon_under_a_broken_title_is_no_part_of_the_back():
    """Round 709: "+ Replica 수␣␣" over ": RC 가 관리하는 Pod 수." (a definition list's colon) made the back ": RC 가 …"."""
    text = ("# K8s\n\n## RC\n\n- RC (Replication Controller)\n    + Selector  \n        : 라벨을 기반으로 RC 가 관리하는 Pod 를 "
            "가져온다.\n    + Replica 수  \n        : RC 가 관리하는 Pod 수. 이 숫자만큼 Pod 가 유지된다.\n")
    backs = [n.back for n in notes(text) if n.rule == "labelled-fact"]
    assert len(backs) == 2 and not any(b.startswith((":", "：")) for b in backs), backs


def test_a_case_worked_out_with_an_arrow_is_no_rule():
    """Round 708: "- 2 cores at full usage → 200%" under "CPU usage can exceed 100%" made "2 cores at full usage → ?" /
    "200%": one case worked out, with no subject, that the line above gives away."""
    text = ("# Docker\n\n## CPU limits\n\nOn a multi-core system, CPU usage can exceed 100%.\n\n"
            "- 1 core at full usage → 100%\n- 2 cores at full usage → 200%\n- Retry storms → cascading failure\n")
    made = notes(text)
    assert not any("full usage" in n.front for n in made), made
    assert any(n.rule == "rule" and "Retry storms" in n.front for n in made), made


def test_circled_numbers_a_line_are_a_list():
    """Round 711: "**分时系统调度算法**" over "①、轮转调度" / "②、优先级调度" / … made "分时系统调度算法（5）？" with the back
    "- ① / - 轮转调度 ② / …": the circled numbers mark the items, not commas."""
    text = ("# 调度\n\n## 场景\n\n**分时系统调度算法**\n①、轮转调度\n②、优先级调度\n③、多级队列调度\n④、彩票调度\n")
    sets = [n for n in notes(text) if n.rule == "enumeration"]
    assert sets and "（4）" in sets[0].front and "①" not in sets[0].back and "彩票调度" in sets[0].back, sets


def test_an_adverb_before_shi_is_no_term_and_a_term_defined_by_itself_is_no_definition():
    """Round 711: "private 并不是一种安全机制" made "什么是private 并不？" / "一种安全机制" (the negation lost, the note turned
    round); round 708: "関連 (Relationship) とはテーブル間の関連を指す。" defined the term by itself."""
    text = ("# Java\n\n## Private\n\n- private 并不是一种安全机制, 仅是一种作用域的声明\n- length -1 正好是一个低位掩码\n\n"
            "## 线程\n\n线程调度是指系统为线程分配处理器使用权的过程，主要方式有协同式线程调度和抢占式线程调度。\n")
    fronts = [n.front for n in notes(text) if n.rule == "definition"]
    assert not any("并不" in f or "正好" in f for f in fronts), fronts
    assert "什么是线程调度？" in fronts, fronts  # the term again after the first clause: no circle
    japanese = "# SQL\n\n## テーブルの関連\n\n関連 (Relationship) とはテーブル間の関連を指す。\n"
    assert not any(n.rule == "definition" for n in notes(japanese)), notes(japanese)


def test_generic_labels_in_more_languages_take_their_section():
    """Rounds 707 and 713: "**Konsep:** Hashing itu fungsi satu arah" made "Konsep?", "作用是：获取 cookie。" made "作用是？" and
    "实例方法：IntersectionObserver 的 disconnect()…" made "实例方法？": a kind of remark (concept, purpose, instance
    methods) asks nothing without the thing it is said of."""
    text = ("# APIs\n\n## Cookie Store API\n\n作用是：获取 cookie。 异步的方式获取。\n\n## IntersectionObserver\n\n"
            "实例方法：IntersectionObserver 的 disconnect()方法终止对所有目标元素可见性变化的观察。\n")
    fronts = [n.front for n in notes(text)]
    assert "Cookie Store API — 作用？" in fronts and not any(f in ("作用是？", "实例方法？") for f in fronts), fronts
    indonesian = "# Hashing\n\n- **Konsep:** Hashing itu fungsi satu arah (one-way). Kita tidak bisa mendekripsi hash.\n"
    assert not any(n.front == "Konsep?" for n in notes(indonesian)), notes(indonesian)


def test_a_heading_mark_with_no_title_keeps_the_context():
    """Round 715: a bare "# " line between two parts of the SQS notes emptied the context line, so "Poruke … mogu biti do
    [...]" no longer said which service's messages it asked about."""
    text = ("# Week 12\n\n## Amazon Simple Queue Service (SQS)\n\n- Queues su odlicni za skaliranje.\n\n# \n\n"
            "- Poruke koje se dodaju u queue, mogu biti do 256 KB.\n")
    made = [n for n in notes(text) if "256" in n.front]
    assert made and all("Amazon Simple Queue Service (SQS)" in n.heading_path for n in made), made


def test_a_keyword_glossed_in_the_notes_language_is_a_translation():
    """Rounds 707 and 716: "| submit | 用于提交 |", "| checkbox | 复选 |" and "| time() | 현재 시간 |" made cards whose back only
    says the English keyword in the notes' own language."""
    text = ("# HTML5\n\n## input\n\n| 类型 | 描述 |\n| --- | --- |\n| text | 文本 |\n| checkbox | 复选 |\n| submit | 用于提交 |\n"
            "| tr | 表格的行 |\n| caption | 定义表格的标题 |\n")
    fronts = [n.front for n in notes(text)]
    assert not any(f.startswith(("text", "checkbox", "submit")) for f in fronts), fronts
    assert any(f.startswith("caption") for f in fronts), fronts  # a gloss that says more than the word stays


def test_a_french_reponse_answers_its_question_and_a_guess_is_no_answer():
    """Round 717: an oral exam's "Q: …" / "R: …" lines made backs that began "R:" (or a self-graded stub), and the
    candidate's guesses ("R: Je suppose que non …", "R: je crois qu'on a aussi le (3)") and "R: [...]" became answers."""
    text = ("# Oral\n\n## Questions\n\nQ: qu'est-ce que ça veut dire une primitive forte?\n\nR: forte/faible ce n'est pas "
            "formellement défini.\n\nQ: est ce que l'ordre d'exécution des instructions pose problème ?\n\n"
            "R: Je suppose que non mais je m'y connais pas.\n\nQ: Def du consensus ?\n\nR: [...]\n")
    made = notes(text)
    assert [n.back for n in made] == ["forte/faible ce n'est pas formellement défini."], made


def test_a_description_beside_a_command_column_is_no_card():
    """Round 718: "| **방화벽 삭제** | `gcloud compute firewall-rules delete <규칙명>` | 규칙 삭제 |" made "방화벽 삭제 — 설명?" /
    "규칙 삭제": the task's name already says what the command does; the command is what to ask."""
    text = ("# gcloud\n\n## 네트워크 관리\n\n| 작업 | 명령어 | 설명 |\n| --- | --- | --- |\n"
            "| **네트워크 목록** | `gcloud compute networks list` | VPC 목록 조회 |\n"
            "| **방화벽 삭제** | `gcloud compute firewall-rules delete <규칙명>` | 규칙 삭제 |\n")
    fronts = [n.front for n in notes(text)]
    assert not any("설명" in f for f in fronts) and any("명령어" in f for f in fronts), fronts


def test_options_under_a_where_lead_in_other_languages_need_their_command():
    """Round 717: "Trong đó:" ("where:") under an mdadm command over "- -C: tạo RAID mới" made "Trong đó — -C?": the
    options of a command the card does not show."""
    text = ("# RAID\n\n## Tạo RAID\n\n```\nmdadm -C /dev/md0 -l 1 -n 2 /dev/sdb /dev/sdc\n```\n\nTrong đó:\n\n"
            "- -C: tạo RAID mới\n- -l: Level của RAID\n- -n: Số lượng thiết bị RAID\n")
    assert not any("-C" in n.front or "-l" in n.front for n in notes(text)), notes(text)


def test_an_obsidian_anchor_link_is_its_heading_and_a_more_info_line_is_navigation():
    """Round 720: "> Quick sort is an [[#In-Place]] sorting algorithm." kept "[[#In-Place]]" on the back, and "More info
    about Ray Serve - [[_Ray#Ray Serve|link]]." made "Ray Serve?" / "More info about Ray Serve - ."."""
    text = ("# Sorting\n\n## Quick sort\n\n> Quick sort is an [[#In-Place]] sorting algorithm.\n\n## Ray Serve\n\n"
            "More info about Ray Serve - [[_Ray#Ray Serve|link]].\n")
    made = notes(text)
    assert any(n.back == "An In-Place sorting algorithm" for n in made), made
    assert not any("More info" in n.back or "[[" in n.back for n in made), made


def test_when_a_term_helps_is_no_definition_of_it():
    """Round 720: "Ingress is the most useful if you want to expose multiple services under the same IP address" made
    "What is Ingress?" / "The most useful if you want …": when to use it, a fragment, not what it is."""
    text = ("# Kubernetes\n\n## Ingress\n\nIngress is the most useful if you want to expose multiple services under the "
            "same IP address.\n\nA Service is a stable network endpoint for a set of Pods.\n")
    fronts = [n.front for n in notes(text) if n.rule == "definition"]
    assert "What is Ingress?" not in fronts and any("Service" in f for f in fronts), fronts


def test_an_opaque_id_is_no_answer():
    """Round 721: every answer of a Q&A export ended "question id: d7dba2b9-049a-4a68-a3dc-ff5eaa501b19", which made
    "…: Question id?" cards; an MD5 sum of one example file is no fact either."""
    text = ("# Databases\n\n## What's SQL?\n\nSQL is a language for querying relational databases.\n\n"
            "question id: acd60e56-34b5-467d-bba2-615acc71a050\n\n## Hashes\n\n- MD5 File 1: `b9ece18c950afbfa6b0fdbfa4ff731d3`\n")
    made = notes(text)
    assert made and not any(n.front.endswith(("id?", "File 1?")) for n in made), made


def test_a_line_of_nine_names_makes_no_blanks():
    """Round 721: "Special bean types: HandlerMapping, HandlerAdapter, … FlashMapManager" (nine names) made one blank per
    name, each cued only by the eight others."""
    text = ("# Spring MVC\n\n## Overview\n\nSpecial bean types: HandlerMapping, HandlerAdapter, HandlerExceptionResolver, "
            "ViewResolver, LocaleResolver, LocaleContextResolver, ThemeResolver, MultipartResolver, FlashMapManager (though "
            "most not needed with annotations).\n")
    assert not any("HandlerMapping" in n.front for n in notes(text)), notes(text)


def test_a_back_of_one_function_word_is_cut_short():
    """Round 722: "- TLAB：为" (the author stopped mid-sentence) made "内存分配并发问题: TLAB？" / "为"."""
    text = "# JVM\n\n## 内存分配并发问题\n\n- CAS：失败重试保证更新操作的原子性\n- TLAB：为\n"
    assert not any(n.back.strip() == "为" for n in notes(text)), notes(text)


def test_the_calls_of_one_code_example_are_no_labels():
    """Round 719: '.setRam("64G")：在同一个建造器上贴个内存标签，返回这个建造器。' made ".setRam(64G)?": one step of one
    example's code, with its own values, not a name to learn (a label with "O(1)" in it stays)."""
    text = ("# 内部类\n\n## 静态内部类\n\n当你写下这一串代码时，计算机会这样理解：\n"
            "new BuilderPattern.Builder()：先造一个空的“建造器”对象。\n.setCpu(\"i9\")：在这个建造器上贴个 CPU 标签，返回这个建造器。\n"
            ".setRam(\"64G\")：在同一个建造器上贴个内存标签，返回这个建造器。\n\n## Scheduler\n\n"
            "- O(1) scheduler drawback: tasks in the expired queue wait until all active tasks finish their slices\n")
    fronts = [n.front for n in notes(text)]
    assert not any("setRam" in f or "setCpu" in f for f in fronts) and any("O(1)" in f for f in fronts), fronts


def test_a_back_link_in_a_heading_is_no_part_of_the_context():
    """Round 723: "## Asynchronous Programming [Back](./../JavaScript.md)" put "Asynchronous Programming Back" in the
    context line of every card of the document."""
    text = ("# Async\n\n## Asynchronous Programming [Back](./../JavaScript.md)\n\n"
            "- CPS (Continuation-Passing Style) passes the rest of the computation as a callback\n")
    made = notes(text)
    assert made and all(not any(p.endswith("Back") for p in n.heading_path) for n in made), [n.heading_path for n in made]


def test_a_day_as_the_label_is_a_log_entry():
    """Round 723: "- 2019-01-22: 两个线程交替打印奇偶数（第一次徒手没有写出来…）" made "面试题知识点 — 2019-01-22？": the
    day of a study log's entry cues nothing."""
    text = "# 面试题\n\n## 面试题知识点\n\n- 2019-01-22: 两个线程交替打印奇偶数（第一次徒手没有写出来）\n- 2019-01-23: 手写单例模式\n"
    assert not any("2019" in n.front for n in notes(text)), notes(text)


def test_a_chinese_book_list_is_a_reading_list():
    """Round 723: "## 要看的书单" ("books to read") over "- 分布式Java应用 : 基础与实践" made "要看的书单: 分布式Java应用？" /
    "基础与实践": a book's subtitle, read as the value of a label."""
    text = "# Java\n\n## 要看的书单\n\n- 分布式Java应用 : 基础与实践\n- 大规模分布式存储系统 : 原理解析与架构实战\n"
    assert not notes(text), notes(text)


def test_a_korean_statement_and_its_reason_is_no_rule():
    """Round 726: "재할당이 필요한 5개는 let을 쓰고 그 이외에는 다 const를 쓴다 -> 객체는 프로퍼티 변경이 가능하기 때문이다" made
    "… const를 쓴다 → ?" / "… 때문이다": a claim and why it holds, with "->" for "because"."""
    text = ("# ES6\n\n## let과 const\n\n- 재할당이 필요한 5개는 let을 쓰고 그 이외에는 다 const를 쓴다 -> 객체는 프로퍼티 변경이 "
            "가능하기 때문이다\n- 아규먼트의 문제는 배열이 아니다, 그래서 배열로 바꿔줘야했다 -> 그런데 es6에서는 배열로 받는다\n"
            "- 캐시 미스 -> DB 조회\n")
    made = [n for n in notes(text) if n.rule == "rule"]
    assert len(made) == 1 and "캐시 미스" in made[0].front, made


def test_a_private_address_in_a_table_is_one_setups_value():
    """Round 725: "| MySQL | database | 172.19.0.2 |" in a deployment's README made "MySQL — IP-адрес?" / "172.19.0.2" (a
    network's own first address, "10.0.0.0", stays a fact)."""
    text = ("# Zabbix\n\n## Контейнеры\n\n| Контейнер | Сеть | IP-адрес |\n| --- | --- | --- |\n"
            "| MySQL | database | 172.19.0.2 |\n| Zabbix Server | backend | 172.20.0.3 |\n\n## Классы\n\n"
            "| Класс | Первый адрес |\n| --- | --- |\n| A | 10.0.0.0 |\n| B | 172.16.0.0 |\n")
    backs = [n.back for n in notes(text)]
    assert not any("172.19" in b or "172.20" in b for b in backs) and "10.0.0.0" in backs, backs


def test_a_word_cut_short_is_no_label():
    """Round 725: "**Clasif.:** Del SO." and "**Carac.:** Permiten realizar exclusión mutua…" made "Semáforos: Clasif?" and
    "Carac?": an abbreviated generic word (classification, traits) says nothing of what is asked."""
    text = ("# IPC\n\n## Semáforos\n\n**Clasif.:** Del SO.\n\n**Carac.:** Permiten realizar exclusión mutua y coordinar "
            "procesos.\n")
    assert not any(n.front.endswith(("Clasif?", "Carac?")) for n in notes(text)), notes(text)


def test_a_tags_line_files_the_note():
    """Round 725: "tags: linux, terminal, top, htop" at the end of a note made "Tags (4)?": the note's filing, no fact."""
    text = "# top\n\n## CPU\n\nThe CPU column shows the share of processor time a task used.\n\ntags: linux, terminal, top, htop\n"
    assert not any("Tags" in n.front or "tags" in n.front for n in notes(text)), notes(text)


def test_a_book_citation_after_the_answer_is_cut():
    """Round 723: "* _factory_: don't have to know product impl 📙 Evans domain-driven [139] Gamma [107]" kept the book
    citation on the back, as did "* _mediator_: obj passing msg btw two other obj [Conery 261]"."""
    text = ("# Design patterns\n\n## Patterns\n\n* _factory_: don't have to know product impl 📙 Evans domain-driven [139] "
            "Gamma [107]\n* _mediator_: obj passing msg btw two other obj [Conery 261]\n")
    backs = [n.back for n in notes(text)]
    assert backs and not any("📙" in b or "Conery" in b or "Gamma" in b for b in backs), backs


def test_a_colon_after_eg_opens_examples():
    """Round 726: "CPU scheduling information eg: priority" made "…: CPU scheduling information eg?" / "Priority": the
    colon opens the examples, no label ends there."""
    text = ("# OS\n\n## Process and process table\n\n- Process state: running, ready or blocked\n"
            "- CPU scheduling information eg: priority\n")
    assert not any("eg?" in n.front for n in notes(text)), notes(text)
