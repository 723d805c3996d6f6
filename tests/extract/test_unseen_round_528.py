"""Patterns found by grading cards from documents the extractor had never seen (session 35, rounds 528 and later;
test_unseen_round_509.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_back_that_points_to_a_file_makes_no_card():
    text = ("# 反射\n\n## 单例模式\n\n- 饿汉式：类加载时就创建实例，线程安全\n- 懒汉式： 参见 demo/LazySingleton.java\n"
            "- 工厂：参见： demo.ReflectFactory.java\n")
    backs = [n.back for n in notes(text, "labelled-fact")]
    assert any(b.startswith("类加载时就创建实例") for b in backs), backs
    assert not any(".java" in b for b in backs), backs


def test_the_numbers_of_an_example_make_no_cloze():
    text = ("# Metrics\n\n## Metric types\n\n- Count: the number of events in an interval, such as 2000 requests.\n"
            "- Rate: Divides the count by the interval. Using the same example mentioned above, 0.5 requests per second.\n"
            "- Retention: raw points are kept for 15 months.\n\n"
            "## Disks\n\nPara edição de vídeos pesados (80GB, por exemplo), o EBS é mais adequado.\n")
    clozes = [n.front for n in notes(text, "number-cloze")]
    assert any("{{c1::15}}" in f or "{{c1::15 months}}" in f for f in clozes), clozes
    assert not any("2000" in f or "0.5" in f or "80GB" in f for f in clozes), clozes


def test_the_scope_of_a_made_up_design_problem_makes_no_number_cloze():
    text = ("# Chat system\n\n## Step 1 - Understand the problem and establish design scope\n\n"
            "- Support group chats of up to 100 members\n- Availability is at least 99.99%\n\n"
            "## Non-functional requirements\n\n- Messages arrive within 500 ms\n\n"
            "## Kafka\n\nKafka keeps messages for 7 days by default.\n")
    clozes = [n.front for n in notes(text, "number-cloze")]
    assert any("{{c1::7 days}}" in f for f in clozes), clozes
    assert not any("100" in f or "99.99" in f or "500" in f for f in clozes), clozes


def test_a_table_cells_leading_shape_mark_is_not_part_of_the_answer():
    text = ("# Caching\n\n## Strategies\n\n| Strategy | Consistency | Cost |\n|---|---|---|\n"
            "| Cache-aside | ❌ weak | cheap reads |\n| Write-through | ✔ strong | slow writes |\n"
            "| Write-behind | ◒ eventual | risk of loss |\n")
    cards = {n.front: n.back for n in notes(text, "table")}
    assert cards.get("Write-behind — consistency?") == "eventual", cards
    assert not any("◒" in b for b in cards.values()), cards


def test_a_definition_that_only_says_how_famous_the_word_is_or_where_it_comes_from_is_no_card():
    text = ("# Architecture\n\n**Service mesh** is a term that has gained popularity in recent years. It refers to an "
            "infrastructure layer that handles service-to-service traffic.\n\n"
            "**Event sourcing** is a technique developed in `Domain Driven Design`.\n\n"
            "**Idempotency** is the property that repeating a request has the same effect as sending it once.\n")
    cards = {n.front: n.back for n in notes(text, "definition")}
    assert "What is Idempotency?" in cards, cards
    assert not any("popularity" in b or "developed in" in b for b in cards.values()), cards


def test_a_lecture_title_is_no_heading_to_ask_about():
    text = ("# Course notes\n\n## Lecture 12 - Searching and Sorting\n\nExhaustive searching, or brute force searching.\n\n"
            "## Bisection search\n\nA search that halves the sorted range at every step.\n")
    fronts = [n.front for n in notes(text, "heading-fact")]
    assert not any("Lecture" in f for f in fronts), fronts


def test_a_link_named_video_or_explanation_at_the_end_of_a_title_is_no_part_of_it():
    text = ("# Kafka\n\n## Consumer groups\n\n- Partition assignment strategies [讲解](https://example.com/v/1)\n"
            "  - Range: assigns each consumer a contiguous range of partitions per topic\n"
            "  - Sticky: keeps earlier assignments when the group rebalances\n"
            "- Offsets [video](https://example.com/v/2)\n  - Committed: the last offset a group has processed\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert any(f.startswith("Partition assignment strategies: Sticky") for f in fronts), fronts
    assert not any("讲解" in f or "video" in f for f in fronts), fronts


def test_a_clause_that_leads_into_the_rest_of_the_sentence_is_not_cut_off_the_definition():
    text = ("# Kafka\n\n## Producer\n\n- idempotence: a property of operations, such that no matter how many times the "
            "operation is executed (eg, submit), the result is the same\n")
    cards = {n.front: n.back for n in notes(text, "definition")}
    assert cards.get("What is idempotence?", "").endswith("the result is the same"), cards


def test_a_line_of_several_constants_each_with_its_meaning_is_not_one_labelled_fact():
    text = ("# Flink\n\n## Trigger\n\n触发器的返回值:\n\n"
            "CONTINUE：什么都不做 FIRE：触发计算 PURGE：清除窗口的元素 FIRE_AND_PURGE：触发计算后清除窗口\n\n"
            "EVENT_TIME：按事件发生的时间处理窗口\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert any("EVENT_TIME" in f for f in fronts), fronts
    assert not any("CONTINUE" in f for f in fronts), fronts


def test_a_bare_quantity_is_not_what_a_name_names():
    text = ("# 内存\n\n## 内核地址空间布局\n\n- 896MB 也称为高端内存(指物理内存)\n- 内核把最后一段线性地址空间也称为高端映射区\n")
    fronts = [n.front for n in notes(text, "naming")]
    assert not any(f.startswith("896MB") for f in fronts), fronts
    assert any(f.startswith("内核把最后一段线性地址空间") for f in fronts), fronts


def test_a_role_label_in_a_paragraph_is_asked_of_its_section():
    text = ("# Networks\n\n## ICMP\n\nICMP runs inside IP packets.\n\n"
            "Key role: Provides feedback on IP delivery (reachability, errors, path).\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert "ICMP — key role?" in fronts, fronts


def test_an_overall_wrap_up_is_no_labelled_fact_and_a_stray_joiner_is_dropped():
    text = ("# Microservices\n\n## Patterns\n\n"
            "- Overall: the style trades a simple deployment for independent teams and releases.\n"
            "- Sidecar: a helper container deployed beside each service to handle its network traffic.\u200d\n")
    assert not any("Overall" in n.front for n in notes(text, "labelled-fact"))
    assert [n.back for n in notes(text, "definition")] == ["A helper container deployed beside each service to handle its "
                                                           "network traffic"]


def test_a_plan_for_answering_an_interview_question_is_not_its_answer():
    text = ("# JVM\n\n## 1. 什么情况下会发生栈内存溢出？\n\n"
            "思路： 描述栈定义，再描述为什么会溢出，再说明一下相关配置参数，可以给面试官手写一个栈溢出的demo。\n\n"
            "我的答案： 线程请求的栈深度超过虚拟机允许的最大深度时，抛出 StackOverflowError。\n\n"
            "## 2. 垃圾收集器\n\n思路： 一定要记住典型的垃圾收集器，尤其 CMS 和 G1。\n\n"
            "- CMS：以获得最短回收停顿时间为目标的收集器\n- G1：面向服务端应用的收集器\n")
    cards = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert not any("思路" in f for f in cards), cards
    assert any(b.startswith("以获得最短回收停顿时间") for b in cards.values()), cards
    assert cards.get("什么情况下会发生栈内存溢出？", "").startswith("线程请求的栈深度"), cards  # "我的答案：" answers the heading


def test_a_line_that_holds_a_second_label_of_the_same_kind_is_two_facts():
    text = ("# 并发\n\n## happen-before\n\n"
            "- 单线程原则：在同一个线程中，书写在前面的操作先于后面的操作。 锁的原则：同一个锁的解锁先于之后的加锁。\n"
            "- volatile原则：对一个volatile变量的写操作先于之后对它的读操作。\n\n"
            "# Builds\n\n## Multi-stage builds\n\n- First stage: compile the code • Second stage: copy only the binary\n"
            "- Final image: keeps only what the program needs at run time\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert any("volatile原则" in f for f in fronts), fronts
    assert any("Final image" in f for f in fronts), fronts
    assert not any("单线程原则" in f or "First stage" in f for f in fronts), fronts


def test_a_colon_inside_a_sentence_makes_no_label_and_a_flag_keeps_its_dash():
    text = ("# JVM\n\n## 堆\n\n默认的，Eden : from : to = 8 : 1 : 1 (可以通过参数 -XX:SurvivorRatio 来设定)\n\n"
            "往返时间（RTT，Round-Trip Time）：从发送请求到收到响应的总时间。\n\n## 参数\n\n-Xss128k： 每个线程的堆栈大小为128k。\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert not any("默认的" in f for f in fronts), fronts
    assert any(f.startswith("往返时间") for f in fronts), fronts
    assert any("-Xss128k" in f for f in fronts), fronts


def test_a_sentence_that_gives_the_reason_for_the_one_before_makes_no_number_cloze():
    text = ("# JVM\n\n## 바이트코드\n\n바이트코드는 JVM이 읽는 코드이다.\n\n"
            "그 이유는 완전한 기계어가 아니기 때문이며 JIT 컴파일 후에 100% 기계어가 될 수 있다.\n\n"
            "## GC\n\nThe default G1 pause target is 200 ms.\n\n所以默认的新生代与老年代的比例为 1:2 。\n")
    clozes = [n.front for n in notes(text, "number-cloze")]
    assert any("{{c1::200 ms}}" in f for f in clozes), clozes
    assert not any("100%" in f or "1:2" in f for f in clozes), clozes


def test_labels_under_a_heading_that_gives_reasons_ask_nothing():
    text = ("# Load balancers\n\n## Why both?\n\n#### This is not redundant because: ####\n"
            "**Different responsibilities**:\n* API Gateway: API management, security, throttling\n"
            "* NLB: Efficient connection distribution and health checking\n\n"
            "## Kinds\n\n- NLB: balances TCP and UDP connections at layer 4\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert any(f.endswith("NLB?") and "Kinds" in f for f in fronts), fronts
    assert not any("responsibilities" in f for f in fronts), fronts


def test_a_worked_estimates_arithmetic_is_no_rule():
    text = ("# Design Twitter\n\n## Storage\n\n- 86400 sec/day * 365 (days a year) * 50 (years) => 1.6B\n"
            "- (28B * 280 bytes) / 86400s of text => 93MB/s\n\n"
            "## Caching\n\n- Hot tweets in cache => fewer database reads\n")
    fronts = [n.front for n in notes(text, "rule")]
    assert any("Hot tweets in cache" in f for f in fronts), fronts
    assert not any("86400" in f for f in fronts), fronts


def test_a_tradeoff_whose_answer_only_spells_out_the_two_names_is_no_card():
    text = ("# Load balancing\n\n## AWS\n\n- **AWS ALB vs. NLB**: Application load balancer (layer 7) vs Network load "
            "balancer (layer 4).\n- **Sticky vs. stateless sessions**: use sticky sessions only when state cannot move "
            "to a shared store.\n")
    fronts = [n.front for n in notes(text, "tradeoff")]
    assert any("Sticky" in f for f in fronts), fronts
    assert not any("ALB" in f for f in fronts), fronts


def test_a_sentence_that_gives_examples_is_no_closed_set():
    text = ("# RAID\n\n## RAID 1\n\n适用场景：数据冗余提高数据的安全性，例如NAS、监控、大型企业资源等场景\n\n"
            "## RAID 0\n\n组成部分：条带、磁盘、控制器\n")
    fronts = [n.front for n in notes(text, "enumeration")]
    assert any("组成部分" in f for f in fronts), fronts
    assert not any("适用场景" in f for f in fronts), fronts


def test_a_parameter_set_to_an_example_value_and_a_prevention_label_make_no_card():
    text = ("# MySQL\n\n## Undo\n\n独立undo表空间的配置参数如下：\n\n"
            "* innodb_undo_directory = /data/undospace/ ：undo独立表空间的存放目录\n"
            "* innodb_undo_logs = 128 ：回滚段为128KB\n\n"
            "## Repeatable read\n\n- **Characteristics:**\n"
            "- **Prevention of Non-Repeatable Reads:** The data read during the transaction stays the same throughout.\n"
            "- **Phantom read:** A second query in the transaction returns rows that the first did not see.\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert any("Phantom read" in f for f in fronts), fronts
    assert not any("innodb_undo" in f for f in fronts), fronts
    assert "What is Prevention of Non-Repeatable Reads?" not in [n.front for n in notes(text, "definition")]


def test_polish_notes_are_asked_in_polish():
    text = ("# Bezpieczeństwo\n\n## Kontrola dostępu\n\n"
            "Kontrola dostępu jest procesem, który decyduje, czy podmiot może uzyskać dostęp do zasobu. "
            "Jest to też podstawa modelu Zero Trust, który nie ufa sieci oraz urządzeniom.\n\n"
            "- **PEP** = *Policy Enforcement Point*.\n"
            "- **PDP** = *Policy Decision Point*.\n\n"
            "Model jest przydatny dla firm, które mają pracowników zdalnych, ponieważ nie zakłada, że sieć jest "
            "bezpieczna. Decyzja jest podejmowana przez PDP, a nie przez zaporę, oraz może się zmieniać w czasie, "
            "gdy zmienia się kontekst, jak lokalizacja czy stan urządzenia, który jest sprawdzany przy każdym żądaniu.\n")
    fronts = [n.front for n in notes(text, "acronym")]
    assert "Co oznacza PEP?" in fronts, fronts
    assert not any(f.startswith("What does") for f in fronts), fronts


def test_a_tables_pipe_pasted_onto_a_heading_is_no_part_of_the_context():
    text = ("# CSSLP\n\n#### 📊 Summary: EAL vs TOE**      |\n\n| Term | Meaning |\n|---|---|\n"
            "| EAL | Evaluation Assurance Level |\n| TOE | Target of Evaluation |\n| PP | Protection Profile |\n")
    paths = {n.heading_path[-1] for n in notes(text, "table")}
    assert paths == {"Summary: EAL vs TOE"}, paths


def test_an_image_credit_is_no_labelled_fact_in_any_language():
    text = ("# Security\n\n## Fencing\n\n![Fencing](https://example.com/f.jpg)\n\nŹródło: pixabay.com.\n\n"
            "Fuente: Wikipedia\n\nQuelle: unsplash.com\n\n- Fencing: a physical barrier that keeps intruders out of a site\n")
    fronts = [n.front for n in notes(text, "labelled-fact") + notes(text, "definition")]
    assert fronts == ["What is Fencing?"], fronts


def test_a_numbered_set_under_a_tutorial_step_or_a_top_level_title_is_no_sequence():
    text = ("# Terraform\n\n### Step-04: Terraform Top-Level Blocks\nA summary of the top-level blocks:\n\n"
            "1. **Provider Block**: configures the providers Terraform talks to.\n"
            "2. **Resource Block**: defines the infrastructure objects to create.\n"
            "3. **Output Block**: exposes values after an apply.\n\n"
            "### Deployment steps\n\n1. Write the configuration\n2. Run terraform plan\n3. Run terraform apply\n")
    fronts = [n.front for n in notes(text, "enumeration")]
    assert any("what comes after “Run terraform plan”" in f for f in fronts), fronts
    assert not any("Block" in f for f in fronts), fronts


def test_an_answer_label_under_a_numbered_question_and_its_parts_are_asked_by_the_question():
    text = ("# Tasarım Kalıpları\n\n#### Soru 4 (Tricky): Observer Pattern kullanırken Memory Leak riski nedir?\n"
            "**Cevap:** Subject, Observer'ları bir listede tutar ve onları hiç bırakmaz.\n\n"
            "#### Soru 5: Decorator ile Proxy arasındaki fark nedir?\n**Cevap:**\n"
            "*   **Decorator:** Nesneye yeni davranış ekler.\n*   **Proxy:** Nesneye erişimi kontrol eder.\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert "Observer Pattern kullanırken Memory Leak riski nedir?" in fronts, fronts
    assert "Decorator ile Proxy arasındaki fark nedir — Proxy?" in fronts, fronts
    assert not any("Cevap" in f or "Soru" in f for f in fronts), fronts


def test_an_arrow_chain_under_a_generic_label_is_no_sequence():
    text = ("# Argo CD\n\n## SSL provisioning\n\n"
            "*   **Result**: traffic flows only once the entire chain (Ingress -> Cert -> LB) is complete.\n"
            "*   **Sync order**: PreSync hooks -> Sync -> PostSync hooks\n")
    fronts = [n.front for n in notes(text, "sequence")]
    assert any(f.startswith("Sync order") for f in fronts), fronts
    assert not any(f.startswith("Result") for f in fronts), fronts



def test_a_link_to_the_next_page_is_no_term():
    text = ("# REST\n\n## Status codes\n\n- **200 OK** – the request succeeded.\n- **404 Not Found** – no such resource.\n\n"
            "> REST API yang baik membuat frontend bahagia.\n\n---\n\n📌 *Lanjut ke Day 5 – Algoritma Dasar & Logika*\n\n"
            "**Next-generation firewall** – a firewall that also inspects the application layer.\n")
    fronts = [n.front for n in notes(text, "definition")]
    assert any("Next-generation firewall" in f for f in fronts), fronts
    assert not any("Lanjut" in f for f in fronts), fronts



def test_no_cloze_falls_inside_a_pasted_address():
    from srs.extract.rules.numbers import numbers  # where a number cloze may fall
    line = ("DELETE - 특정 리소스를 삭제한다. https://blog.example.com/entry/WEB-%F0%9F%8C%90-API-%EB%A9%94%EC%84%9C%EB%93%9C-"
            "%ED%86%B5%EC%8B%A0-%EA%B3%BC and it keeps up to 6 connections per host")
    assert [line[a:b] for a, b in numbers(line)] == ["6"]


def test_a_back_that_shows_the_labels_own_syntax_is_still_one_fact():
    text = ("# Recon\n\n## Google operators\n\n* **intext**: like allintext but for one word only. Ex. : intext:wannacry.\n\n"
            "## Headers\n\n- **Content-Length**: the size of the response body (`Content-Length: 1234`).\n")
    fronts = [n.front for n in notes(text, "labelled-fact") + notes(text, "definition")]
    assert any("Intext" in f or "intext" in f for f in fronts), fronts
    assert any("Content-Length" in f for f in fronts), fronts


def test_a_paragraph_under_a_q_line_answers_it():
    text = ("# DMA\n\n> Quiz\n\nQ: Is the DMA zone only for DMA?\n\nNo, any allocation may use it; it is reserved for devices "
            "that cannot reach all memory.\n\nQ: Another open question\n")
    cards = {n.front: n.back for n in notes(text, "explicit-qa")}
    assert cards.get("Is the DMA zone only for DMA?", "").startswith("No, any allocation may use it"), cards


def test_a_column_of_colour_marks_keys_no_row():
    text = ("# Observability\n\n## Maturity levels\n\n| | Level | Description |\n|---|---|---|\n"
            "| 🔴 | **Reactive** | Problems are found when users complain |\n"
            "| 🟡 | **Proactive** | Alerts fire before most users notice |\n"
            "| 🟢 | **Systematic** | Every service has SLOs and error budgets |\n")
    fronts = [n.front for n in notes(text, "table")]
    assert "Reactive — description?" in fronts, fronts
    assert not any(f.startswith("—") or "🔴" in f for f in fronts), fronts


def test_a_citation_number_in_math_is_no_part_of_a_card():
    text = ("# 分区\n\n## 哈希分区\n\n- **一致性哈希**$^{[2]}$：把键和节点映射到同一个环上，节点增减只移动相邻的键。\n"
            "- **范围分区**$^{[3]}$：按键的范围把数据分给各个分区。\n")
    cards = notes(text, "labelled-fact") + notes(text, "definition")
    assert cards, cards
    assert not any("^" in n.front or "[2]" in n.front or "^" in n.back for n in cards), [n.front for n in cards]


def test_a_table_of_contents_gives_no_values():
    text = ("# React Handbook\n\n**Content**\n\n- 1 Introduction\n- 4 Styling\n- 6 Testing\n\n"
            "## Defaults\n\n- `5` retries by default\n")
    fronts = [n.front for n in notes(text, "value-of")]
    assert not any("Styling" in f or "Testing" in f for f in fronts), fronts


def test_a_lead_in_sentence_that_runs_into_its_list_is_no_topic():
    text = ("# CSS\n\n## 正常流\n\n用一句话来描述正常流的排版行为，那就是：\n\n"
            "- Float 规则：浮动元素脱离正常流，向左或向右移动\n- BFC 规则：块级格式化上下文内部的盒子垂直排列\n\n"
            "## 盒模型\n\n- 标准盒模型：元素的宽度只包含内容区域\n- 怪异盒模型：元素的宽度包含内边距和边框\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert any("怪异盒模型" in f for f in fronts), fronts
    assert not any("那就是" in f for f in fronts), fronts


def test_a_keycap_number_on_a_heading_is_no_part_of_the_context():
    text = ("# Linux signals\n\n## **1️⃣ Ctrl + C**\n\n* **Signal:** `SIGINT`, asks the process to stop\n\n"
            "## **2️⃣ Ctrl + Z**\n\n* **Signal:** `SIGTSTP`, suspends the process\n")
    paths = {n.heading_path[-1] for n in notes(text, "labelled-fact")}
    assert paths == {"Ctrl + C", "Ctrl + Z"}, paths


def test_a_yes_after_an_arrow_and_a_term_opening_on_that_make_no_card():
    text = ("# Linux\n\n## What is ulimit?\n\nIt caps what one shell may use:\n\n"
            "- Limit the number of open files (-n) → yes\n- Limit the stack size (-s) → yes\n\n"
            "## Caching\n\n- Hot keys in cache => fewer database reads\n\n"
            "## Lessons\n\nEvery incident teaches something. That realization is the point.\n")
    rules = [n.front for n in notes(text, "rule")]
    assert any(f.startswith("Hot keys in cache") for f in rules), rules
    assert not any("open files" in f for f in rules), rules
    assert not any("That realization" in n.front for n in notes(text, "definition"))


def test_an_english_gloss_beside_a_chinese_blank_gives_it_away():
    text = ("# 散列表\n\n## 基本概念\n\n两个关键字映射到同一个槽，这种情形称为 **冲突**（collision），也叫 “碰撞”。\n\n"
            "## 装载因子\n\n装载因子越大，发生冲突的**概率**越高，查找越慢。\n")
    fronts = [n.front for n in notes(text, "emphasis-cloze")]
    assert not any("collision" in f for f in fronts), fronts


def test_a_not_applicable_cell_asks_nothing_and_an_acronym_keeps_its_capitals():
    text = ("# Rate limiting\n\n## Algorithms\n\n| Algorithm | Bursts allowed | Memory |\n|---|---|---|\n"
            "| Token bucket | Yes, up to the bucket size | One counter per key |\n"
            "| Sliding window log | N/A (exact) | One timestamp per request |\n"
            "| Fixed window | Twice the limit at the edge | One counter per window |\n\n"
            "## Status codes\n\n- **405 Method Not Allowed** — HTTP method not supported by the resource\n"
            "- **404 Not Found** — no resource at this address\n")
    backs = [n.back for n in notes(text, "table")]
    assert not any(b.startswith("N/A") for b in backs), backs
    assert any("HTTP method not supported" in n.back for n in notes(text)), [n.back for n in notes(text)]


def test_an_aspect_label_over_a_point_about_something_else_is_no_definition():
    text = ("# Web stacks\n\n## Why separate the web server?\n\n"
            "- **Security:** The web server (e.g., Nginx) acts as a reverse proxy in front of the app server.\n"
            "- **Master File Table:** The structure that keeps track of every file record.\n")
    fronts = [n.front for n in notes(text, "definition")]
    assert "What is Security?" not in fronts, fronts
    assert "What is Master File Table?" in fronts, fronts


def test_a_number_said_twice_in_one_sentence_is_no_blank():
    text = ("# SQS\n\n## Visibility\n\n- By default a message becomes visible again after 30 seconds, and if after 30s "
            "it is still not processed the consumer must extend the timeout.\n- A message can be kept for at most 14 days.\n")
    clozes = [n.front for n in notes(text, "number-cloze")]
    assert any("{{c1::14 days}}" in f for f in clozes), clozes
    assert not any("30" in f for f in clozes), clozes
