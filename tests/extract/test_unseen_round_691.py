"""Patterns found by grading cards from documents the extractor had never seen (session 41, rounds 690 and later;
test_unseen_round_674.py holds the ones before). Each test states the general shape in made-up notes or in a few lines
shaped like the graded document's."""

from tests.extract.extract_helpers import notes


def test_an_arrow_to_a_later_chapter_is_no_answer():
    """Round 690: "가상 칼럼은 … 같은 효과 -> 15장에서 학습 예정" made "… → ?" / "15장에서 학습 예정" ("to be studied in
    chapter 15"): a pointer to where the notes take it up, not a consequence."""
    text = ("# 인덱스\n\n## 함수 기반 인덱스\n\n칼럼의 값을 변형해서 만든 값으로 인덱스를 구축한다. 두 가지 방법이 있다. "
            "가상 칼럼을 쓰거나 함수를 직접 쓴다.\n\n- 가상 칼럼은 테이블에 새로운 칼럼을 추가하는 것과 같은 효과 -> 15장에서 학습 예정\n"
            "- Rollback -> see chapter 7\n")
    made = notes(text)
    assert not any("15장" in n.back or "chapter 7" in n.back for n in made), made


def test_items_sharing_one_longer_value_make_no_cards():
    """Round 691: "**Sequence Number (32-bit)**: Used for implementing reliable data transfer" and "**ACK Number
    (32-bit)**:" with the same words made two cards with one back: nothing on either tells the fields apart."""
    text = ("# TCP\n\n## TCP Segment Structure\n\nThe header has a fixed part and options. Each field has its size. "
            "They are listed below.\n\n- **Sequence Number (32-bit)**: Used for implementing reliable data transfer\n"
            "- **ACK Number (32-bit)**: Used for implementing reliable data transfer\n"
            "- **Receive Window (16-bit)**: Used for flow control; the number of bytes the receiver will accept\n")
    made = notes(text)
    assert not any("Sequence Number" in n.front or "ACK Number" in n.front for n in made), made
    assert any("Receive Window" in n.front for n in made), made


def test_a_simple_solution_label_is_asked_with_its_section():
    """Round 689: "**Solução simples:** Executar as sentenças isoladamente …" under "Acesso Concorrente" made the bare
    "Solução simples?": the simple solution to what?"""
    text = ("# Banco de dados\n\n## Acesso Concorrente\n\nVárias transações podem ler e escrever os mesmos dados ao mesmo "
            "tempo. Isso pode causar anomalias. Há formas de evitar.\n\n**Solução simples:** Executar as sentenças "
            "isoladamente e habilitar concorrência sempre que for seguro fazê-lo.\n")
    assert not any(n.front == "Solução simples?" for n in notes(text)), notes(text)


def test_a_usage_example_label_is_asked_with_its_subject():
    """Round 683: "用法示例：`表达式 1， 表达式 2， ... 表达式 n`" under "逗号表达式" made the bare "用法示例？"."""
    text = ("# C 语言\n\n### 8.5 逗号表达式\n逗号表达式用于连接两个表达式，所有运算符中优先级最低。\n"
            "用法示例：`表达式 1， 表达式 2， ... 表达式 n`  \n")
    assert not any(n.front.startswith("用法示例") for n in notes(text)), notes(text)


def test_a_title_line_a_blank_line_above_a_tight_list_titles_it():
    """Round 691: "Reserved Instances", a blank line, then "- Up to 75% off vs On-demand for a commitment": the
    line titles its list (the context line shows it), as it does with no blank line; a grab-bag title
    ("Key Takeaways") or an export's caption that repeats the picture's alt text above it titles nothing."""
    text = ("# AWS\n\n## Instance Pricing Models\n\nSpot Instances\n\n- EC2 reclaims them with a 2 minute warning\n"
            "- Spot price is set by EC2 based on spare capacity\n\nReserved Instances\n\n"
            "- Up to 75% off vs On-demand for a commitment\n- 1 or 3 years, all upfront, partial upfront, no upfront\n")
    made = {n.front: n.heading_path for n in notes(text)}
    assert made["Up to {{c1::75%}} off vs On-demand for a commitment"][-1] == "Reserved Instances", made
    assert made["EC2 reclaims them with a {{c1::2 minute}} warning"][-1] == "Spot Instances", made
    caption = ("# OS\n\n## Deadlocks\n\n![Nested Critical Section](images/x.png)\n\nNested Critical Section\n\n"
               "- Resources used by one thread at a time take 2 ms to free\n- Consumable resources take 5 ms to make\n")
    assert all(n.heading_path[-1] == "Deadlocks" for n in notes(caption)), notes(caption)


def test_a_function_glossed_by_its_own_name_makes_no_definition():
    """Round 691: "COUNT() — used to count rows; …" made "What is COUNT()?" / "Used to count rows …": the gloss says
    what the name says, as "max(): It returns the maximum value" does in a labelled fact."""
    text = ("# MySQL\n\n## Questions\n\n- Aggregate functions\n\n"
            "SUM() — used to calculate the sum of various rows of data to find meaningful patterns and trends.\n"
            "AVG() — used to find averages over large quantities of data.\n"
            "COUNT() — used to count rows; particularly useful for aggregating quantity information.\n"
            "MAX() and MIN() — used to find maximum and minimum values within a large set of data.\n")
    assert not any("COUNT()" in n.front for n in notes(text)), notes(text)


def test_a_template_slot_heading_takes_the_front_matter_title():
    """Round 693: a blog post's "# {title}" under front matter with "title: Cryptic Cryptography Codex" put
    "title}" in every card's context line; the slot is the page's title, or nothing when no title is given."""
    body = ("# {title}\n\nSome intro words about the post and what it covers in general terms.\n\n"
            "## Modes\n\n- **CBC** (Cypher Block Chaining) chains each block to the one before it\n"
            "- **GCM** (Galois Counter Mode) adds an authentication tag to each message\n")
    made = notes("---\ntitle: Cryptic Cryptography Codex\ndate: '2023-06-23'\n---\n\n" + body)
    assert made and all(n.heading_path[0] == "Cryptic Cryptography Codex" for n in made), made
    assert made and not any("title" in " ".join(n.heading_path) for n in notes(body)), notes(body)


def test_a_table_written_as_assignment_arrows():
    """Round 693: "Swarm Size = 9, Majority = 5 -> Fault Tolerance = 4" made "Swarm Size = 9, Majority = 5 → ?": the
    answer is arithmetic on the front; "Manager nodes = 3 -> Repartition (on 3 availability-zones) = 1-1-1" asked
    "→ ?" with what is asked only on the back."""
    text = ("# Swarm\n\n## Fault tolerance\n\nA swarm tolerates the loss of some managers.\n\n"
            "* Swarm Size = 3, Majority = 2 -> Fault Tolerance = 1\n* Swarm Size = 5, Majority = 3 -> Fault Tolerance = 2\n\n"
            "## Distribute manager nodes\n\nSpread managers across zones.\n\n"
            "* Manager nodes = 3 -> Repartition (on 3 availability-zones) = 1-1-1\n"
            "* Manager nodes = 5 -> Repartition (on 3 availability-zones) = 2-2-1\n")
    made = {n.front: n.back for n in notes(text)}
    assert not any("Swarm Size" in f for f in made), made
    assert made.get("Manager nodes = 5 → Repartition (on 3 availability-zones)?") == "2-2-1", made


def test_an_expansion_keeps_no_dash_that_joined_its_gloss():
    """Round 693: "LRU (Least Recently Used- 마지막으로 사용된 시점이 …)" made the back "Least Recently Used-"."""
    text = ("# 캐시\n\n## 방출 정책\n\n- 그 가운데 널리 쓰이는 것은 LRU (Least Recently Used- 마지막으로 사용된 시점이 가장 오래된 "
            "데이터를 내보는 정책)이다.\n")
    backs = [n.back for n in notes(text) if "LRU" in n.front]
    assert backs == ["Least Recently Used"], notes(text)


def test_an_alternative_asked_by_its_place_is_no_card():
    """Round 692: "（1）第一种方案：先执行update操作，再执行缓存清除。" made "存在两种方法: 第一种方案？" ("the first scheme?"):
    the card asks for an alternative by its place in the notes, not by what it is."""
    text = ("# redis\n\n## 缓存一致性\n\n缓存刷新需要时间长，可能也没啥用，故一般采取缓存删除的策略。\n\n存在两种方法：\n"
            "（1）第一种方案：先执行update操作，再执行缓存清除。\n（2）第二种方案：先执行缓存清除，再执行update操作。\n")
    assert not any("方案" in n.front for n in notes(text)), notes(text)


def test_a_back_that_says_there_is_no_official_definition_is_no_answer():
    """Round 692: "- What is a software architecture?" over "There are not official definition" made that line the
    answer; it only says no agreed answer exists."""
    text = ("# Architecture\n\n## Basics\n\n- What is a software architecture?\n\tThere are not official definition\n"
            "\t- some people compare it with *abstraction of structures*\n")
    assert not any("official definition" in n.back for n in notes(text)), notes(text)


def test_a_sibling_task_indented_under_another_is_no_gloss():
    """Round 692: "4. Storing session/state information" over a mis-indented "1. Handling user input" made
    "Storing session/state information?" / "Handling user input": two tasks of one list, not a term and its gloss."""
    text = ("# Web\n\n# Server-side\n1. Delivering and storing information efficiently\n3. Controlling access to content\n"
            "4. Storing session/state information\n\t1. Handling user input\n5. Notifying and communicating\n")
    assert not any(n.back == "Handling user input" for n in notes(text)), notes(text)


def test_a_heading_opening_on_a_count_is_no_section_number():
    """Round 695: "### 3 different ways" under "## 3.12 …" was read as section 3, so "## 3.13 Cross Region Replication"
    and every numbered section after it nested under it and lost their own place in the context line."""
    text = ("# S3\n\n## 3.12 Sharing S3 Buckets Between Accounts\n### 3 different ways\n- Using bucket policies & IAM\n"
            "- Using bucket ACLs & IAM\n- Cross-account IAM roles\n\n## 3.15 CloudFront Overview\n### Key terminology\n"
            "- Edge location : the location where content will be cached\n"
            "- Origin : origin of all the files that the CDN will distribute, such as an S3 bucket\n")
    made = [n for n in notes(text) if "Edge location" in n.front]
    assert made and made[0].heading_path[:2] == ("S3", "CloudFront Overview"), made


def test_an_interface_glossed_by_its_own_name_makes_no_card():
    """Round 695: "- io.Writer: This can act as a regular writer." and "- io.ByteWriter: This makes it possible to write
    single bytes" answer with the type's own name; the package ("io.") names nothing of it."""
    text = ("# Go\n\n## The bytes writer\n\nThe bytes writer implements several interfaces:\n\n"
            "- io.Writer: This can act as a regular writer.\n- io.WriterAt: This makes it possible to write from a certain "
            "position onward\n- io.ByteWriter: This makes it possible to write single bytes\n")
    fronts = [n.front for n in notes(text)]
    assert not any("io.Writer?" in f or "io.ByteWriter" in f for f in fronts), fronts
    assert any("io.WriterAt" in f for f in fronts), fronts


def test_an_example_query_with_an_escaped_star_makes_no_card():
    """Round 694: "> SELECT TOP 3 \\* FROM Customers;" had its escaped star read as a slide's bullet dash, so the query
    became "What is SELECT TOP 3?" / "FROM Customers"; a query's number ("WHERE id > 10") made a cloze."""
    text = ("# SQL\n\n## Data selection\n\n- **LIMIT/TOP**:\n\n  > SELECT columns FROM table WHERE condition **LIMIT** "
            "number;<br>\n  > SELECT \\* FROM Customers LIMIT 3;\n\n  for MS SQL:\n\n  > SELECT TOP 3 \\* FROM Customers;\n\n"
            "- **ANY and ALL**:\n\n    > SELECT \\* FROM table WHERE id > **ANY/ALL** (SELECT id FROM table WHERE id > 10);\n")
    assert not any("SELECT" in n.front or "FROM" in n.back for n in notes(text)), notes(text)


def test_broken_bold_and_a_quote_marker_leave_no_debris():
    """Round 694: "> **CREATE TABLE _tableName_ (…) <br>**" left "**CREATE TABLE tableName (…) ** example?" and
    "- **ORDER BY**: > SELECT …" a back opening on ">"; proper bold ("Type **d'entité**") is no debris."""
    text = ("# SQL\n\n## Tables\n\nTables hold the rows; each column has a type and constraints.\n\n"
            "> **CREATE TABLE _tableName_ (_data-type_ _constraint_) <br>**\n"
            "> example: CREATE TABLE testTable (first varchar(10) PRIMARY KEY, second varchar(10) NOT NULL)\n\n"
            "## Data selection\n\nRows come back in no fixed order unless asked.\n\n"
            "- **ORDER BY**: > SELECT name FROM table **ORDER BY** columns;\n- **LIMIT**: caps how many rows come back\n")
    made = notes(text)
    assert not any("**" in n.front for n in made), made
    assert [n.back for n in made if "ORDER BY" in n.front] == ["SELECT name FROM table ORDER BY columns"], made


def test_an_example_is_no_gloss_and_definitions_name_no_set():
    """Round 694: "- Target Tracking Scaling" over "- ex) I want the average ASG CPU to stay at around 40%" made the
    example its gloss; four glossed terms under "### Definitions" made "Which four definitions?"."""
    text = ("# AWS\n\n# Auto Scaling Groups - Scaling Policies\n- Target Tracking Scaling\n"
            "    - ex) I want the average ASG CPU to stay at around 40%\n- Simple / Step Scaling\n"
            "    - When a CloudWatch alarm is triggered (example CPU > 70%), then add 2 units\n\n"
            "## Definitions\n\n- **DDL** (Data Definition Language) - commands that define the schema\n"
            "- **DML** (Data Manipulation Language) - commands that change the rows\n"
            "- **Partitioning** - dividing tables into smaller chunks for quicker retrieval\n")
    made = notes(text)
    assert not any(n.back.lower().startswith("ex)") or "definitions?" in n.front for n in made), made


def test_chinese_lead_ins_and_connectives_name_nothing():
    """Round 697: "具体实现如下：" (implemented as follows) over a lock's request types became their owner ("具体实现如下:
    写请求？"); "具体来说就是 …" (specifically, it is …) made "什么是具体来说？"."""
    text = ("# Zookeeper\n\n## 羊群效应\n\n很多客户端同时收到通知，这就是羊群效应。\n\n具体实现如下：\n\n"
            "- 读请求：向比自己序号小的最后一个写请求节点注册Watcher监听\n- 写请求：向比自己序号小的最后一个节点注册Watcher监听\n\n"
            "## HA高可用性\n比如 hadoop、hdfs、yarn 等很多大数据系统，都选择基于 zookeeper 来开发 HA 高可用机制。\n\n"
            "具体来说就是一个重要进程一般会做主备两个，主进程挂了立马通过 zookeeper 感知到切换到备用进程。\n")
    made = notes(text)
    assert not any("具体" in n.front for n in made), made
    assert any(n.front.startswith("羊群效应") for n in made), made


def test_an_expansion_stops_where_the_letters_end():
    """Round 697: "**Power over Ethernet LED (PoE)**" made "What does PoE stand for?" / "Power over Ethernet LED": the
    letters end at "Ethernet"; the LED is the thing the line is about."""
    text = ("# Switches\n\n## Switch LED Indicator\n\nEach LED on the front panel shows one status.\n\n"
            "- **Power over Ethernet LED (PoE)**: Shows whether PoE mode is selected.\n"
            "- **Redundant Power Supply LED (RPS)**: Shows the RPS status.\n")
    backs = {n.front: n.back for n in notes(text)}
    assert backs.get("What does PoE stand for?") == "Power over Ethernet", backs


def test_anything_related_to_is_a_definition():
    """Round 696: "Complexity is **anything** related to the **structure** of a software system that makes it hard to
    **understand and modify**" made no card, so "What is Complexity?" took the next bullet, a side remark."""
    text = ("# Book notes\n\n## Chapter Two - The nature of complexity\n\n* Complexity is **anything** related to the "
            "**structure** of a software system that makes it hard to **understand and modify**\n* Complexity is a point in "
            "time measure of the **piece** of code we are trying to understand or modify.\n")
    backs = [n.back for n in notes(text) if n.front == "What is Complexity?"]
    assert backs and backs[0].startswith("Anything related to the structure"), notes(text)


def test_styled_unicode_letters_read_as_plain_text():
    """Round 698: a post typed its titles in Unicode's mathematical letters ("𝘘𝘶𝘢𝘭𝘪𝘵𝘪𝘦𝘴 𝘰𝘧 𝘏𝘪𝘨𝘩 𝘗𝘦𝘳𝘧𝘰𝘳𝘮𝘦𝘳𝘴",
    "𝗟𝗮𝗰𝗸 𝗼𝗳 𝗰𝗼𝗻𝘁𝗿𝗼𝗹:"), and the cards kept them; "insufficient financial, institutional, or social rewards"
    made a set of three from one noun's kinds."""
    text = ("𝗕𝘂𝗿𝗻𝗼𝘂𝘁\n\nSix organizational risk factors that predict burnout:\n\n"
            "1. 𝗟𝗮𝗰𝗸 𝗼𝗳 𝗰𝗼𝗻𝘁𝗿𝗼𝗹: Inability to influence decisions that affect your job.\n"
            "2. 𝗜𝗻𝘀𝘂𝗳𝗳𝗶𝗰𝗶𝗲𝗻𝘁 𝗿𝗲𝘄𝗮𝗿𝗱𝘀: insufficient financial, institutional, or social rewards.\n"
            "3. 𝗕𝗿𝗲𝗮𝗸𝗱𝗼𝘄𝗻 𝗼𝗳 𝗰𝗼𝗺𝗺𝘂𝗻𝗶𝘁𝘆: Unsupportive workplace environment.\n")
    made = notes(text)
    assert made and not any(any(0x1D400 <= ord(c) <= 0x1D7FF for c in n.front + " ".join(n.heading_path)) for n in made), made
    assert any("Lack of control?" in n.front for n in made), made
    assert not any(n.rule == "enumeration" and "rewards" in n.front for n in made), made


def test_a_table_whose_first_row_is_data_asks_no_column():
    """Round 699: a table of HTTP headers had no header row, so its first row ("| Accept | … | `Accept: text/plain` |
    Permanent |") stood as the column names: "Content-Length — `Accept: text/plain`?", "Cookie — permanent?"."""
    rows = [("Accept", "Content-Types that are acceptable for the response. See[Content negotiation](https://x.org/cn).",
             "`Accept: text/plain`", "Permanent"),
            ("Accept-Charset", "Character sets that are acceptable.", "`Accept-Charset: utf-8`", "Permanent"),
            ("Content-Length", "The length of the request body in octets.", "`Content-Length: 348`", "Permanent"),
            ("Accept-Datetime", "Acceptable version in time.", "`Accept-Datetime: Thu, 31 May 2007`", "Provisional")]
    table = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows[:1]) + "\n| --- | --- | --- | --- |\n" + \
        "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows[1:])
    made = notes(f"# Networking\n\n## Header fields\n\n{table}\n")
    assert not any("Accept: text/plain" in n.front or "permanent?" in n.front.lower() for n in made), made


def test_a_glossary_term_line_does_not_join_its_sentence_subject():
    """Round 698: "Views" on its own line right over "A view is a virtual table …" made "What is Views A view?"."""
    text = ("Basic Relational Database Concepts\n\nViews\nA view is a virtual table composed of columns from one or more "
            "tables\nin the database.\n")
    assert [n.front for n in notes(text) if n.rule == "definition"] == ["What is a view?"], notes(text)


def test_a_publication_date_is_no_meaning():
    """Round 700: "Claude E. Shannon — Published September 1945" under a paper's title made "What is Claude E.
    Shannon?" / "Published September 1945"."""
    text = ("# Cryptology\n\n### Computer era [1945 - 1970]\nA Mathematical Theory of Cryptography\n"
            "Claude E. Shannon — Published September 1945\n\nShannon's work is the root of modern cryptography.\n")
    assert not any("Published" in n.back for n in notes(text)), notes(text)


def test_a_chinese_connective_is_no_part_of_the_term():
    """Round 698: "而狭义上的用户线程指的是完全建立在用户空间的线程库上 …" made "什么是而狭义上的用户线程？": 而 ("whereas")
    joins the sentence to the one before, it is no part of the term."""
    text = ("# JVM\n\n### 使用用户线程实现\n\n广义上来讲，一个线程只要不是内核线程，就可以认为是用户线程。"
            "而狭义上的用户线程指的是完全建立在用户空间的线程库上，系统内核不能感知线程存在的实现。\n")
    fronts = [n.front for n in notes(text)]
    assert "什么是狭义上的用户线程？" in fronts and not any("而" in f for f in fronts), fronts


def test_two_short_korean_premises_are_one_cause():
    """Round 700: "PK 값이 크다. 세컨더리 인덱스가 많다. -> 레코드가 많아질수록 인덱스의 크기가 늘어날 수 밖에 없다." kept only the
    second premise in the front; the first (a large PK value) is the one the heading is about."""
    text = ("# MySQL\n\n### 클러스터링 인덱스의 키의 크기\n\n"
            "* PK 값이 크다. 세컨더리 인덱스가 많다. -> 레코드가 많아질수록 인덱스의 크기가 늘어날 수 밖에 없다.\n")
    fronts = [n.front for n in notes(text) if n.rule == "rule"]
    assert fronts and all("PK 값이 크다" in f for f in fronts), fronts


def test_a_scenario_label_is_no_fact():
    """Round 700: "场景说明：用户下单后，订单系统需要通知库存系统 …" ("scenario:") made "应用解耦: 场景说明？": the set-up of a
    worked scenario, no fact to recall; "string — 场景?" (its use cases) stays."""
    text = ("# 消息队列\n\n## 应用解耦\n\n场景说明：用户下单后，订单系统需要通知库存系统。传统的做法是，订单系统调用库存系统的接口。\n\n"
            "## string\n\n场景：cache，counter，Bitwise operations，分布式锁\n")
    fronts = [n.front for n in notes(text)]
    assert not any("场景说明" in f for f in fronts), fronts


def test_a_notable_exception_is_no_definition():
    """Round 701: "MySQL is a notable exception—it copies the entire table on ALTER TABLE …" made "What is MySQL?"."""
    text = ("# Data models\n\n## Schema changes\n\nMost databases run ALTER TABLE in a few milliseconds. MySQL is a notable "
            "exception—it copies the entire table on `ALTER TABLE`, which can mean minutes of downtime.\n")
    assert not any(n.front == "What is MySQL?" for n in notes(text)), notes(text)


def test_an_equals_line_with_a_claim_or_a_pointer_is_no_definition():
    """Round 702: "Bit rate = MAY be higher than the baud rate if …" (a claim) and "이렇게 작성된 코드 = 소스코드" ("code
    written this way", which way?) were read as definitions."""
    text = ("# Networking\n\n## Bit Rate vs. Baud Rate\n\nBit rate = MAY be higher than the baud rate if signal change "
            "CONSISTS of more than one bit\n\n## 과정\n\n이렇게 작성된 코드 = 소스코드\n")
    assert not any(n.rule == "definition" for n in notes(text)), notes(text)


def test_a_word_a_pdf_broke_across_lines_is_whole_again():
    """Round 701: "… (4.6k requests/sec on aver‐" over "age, over 12k requests/sec at peak)" made "on aver‐ age"."""
    text = ("# DDIA\n\n## Describing Load\n\n- Post tweet: A user can publish a new message to their followers (4.6k "
            "requests/sec on aver\u2010\nage, over 12k requests/sec at peak).\n")
    made = [n.front for n in notes(text)]
    assert made and all("aver\u2010" not in f and "on average" in f for f in made), made


def test_a_bracketed_title_over_a_list_of_examples_says_so():
    """Round 701: "【強整合性と結果整合性の例】" (examples of strong and eventual consistency) over "- 結果整合性：1時間あたりの注文総数"
    made "Eventual consistency: 結果整合性?": the front never said an example was asked."""
    text = ("# Lambda\n\n## Eventual consistency\n\n多数のイベントが並行して処理されるため、結果整合性となるケースが多い。\n\n"
            "【強整合性と結果整合性の例】\n\n- 結果整合性：1時間あたりの注文総数\n- 強整合性：現在の在庫数\n")
    fronts = [n.front for n in notes(text) if "整合性？" in n.front or "整合性?" in n.front]
    assert fronts and all(f.startswith("強整合性と結果整合性の例") for f in fronts), notes(text)


def test_a_ranking_of_importance_is_no_definition():
    """Round 704: "The 2-way state is a particularly important OSPF state." made "What is 2-way state?" / "A particularly
    important OSPF state": it says the state matters, not what it is (the meaning comes lines later)."""
    text = ("# OSPF\n\n## Neighbor states\n\nThe 2-way state is a particularly important OSPF state.\n\n"
            "In the 2-way state each router has seen its own Router ID in the other's Hello packets.\n")
    assert not any("particularly important" in n.back for n in notes(text)), notes(text)


def test_a_table_cell_of_six_names_is_no_answer():
    """Round 704: "| 데이터 웨어하우스 | Snowflake, Google BigQuery, Amazon Redshift, Azure Synapse Analytics, IBM Db2
    Warehouse, Firebolt |" made one card whose back is six names to recite."""
    text = ("# DB\n\n## 종류\n\n| 종류 | 서비스 종류 |\n| --- | --- |\n| 그래프 데이터베이스(graph) | neo4j, RedisGraph, OrientDB |\n"
            "| 데이터 웨어하우스(data warehouse) | Snowflake, Google BigQuery, Amazon Redshift, Azure Synapse Analytics, "
            "IBM Db2 Warehouse, Firebolt |\n| 객체 지향 데이터베이스 | MongoDB |\n")
    backs = [n.back for n in notes(text)]
    assert not any("Firebolt" in b for b in backs) and any("RedisGraph" in b for b in backs), backs


def test_a_counted_item_asks_how_many():
    """Round 703: "* 1 d/a converter" under "2A03 SOUND SYSTEM" made "2A03 SOUND SYSTEM: d/a converter?" / "1": the
    front did not say a count was asked."""
    text = ("# NES\n\n## 2A03 SOUND SYSTEM\n\n* 2 square waves\n* 1 triangle wave\n* 1 noise generator\n"
            "* 1 d/a converter\n* 22 control regs\n")
    fronts = {n.front: n.back for n in notes(text)}
    assert fronts.get("2A03 SOUND SYSTEM: how many d/a converters?") == "1", fronts
    assert fronts.get("2A03 SOUND SYSTEM: how many square waves?") == "2", fronts


def test_a_lower_case_numbered_section_still_nests_by_its_number():
    """Review of round 695's fix: "3.1 introduction" (a section number with a dot, then a lower-case title) is still a
    section number, though "3 different ways" is a count."""
    text = ("# OS\n\n## 3. processes\n\nA process is a running program.\n\n## 3.1 scheduling\n\n"
            "- **FCFS**: the first process to arrive runs first\n- **SJF**: the shortest job runs first\n")
    made = [n for n in notes(text) if "FCFS" in n.front]
    assert made and made[0].heading_path[-2] == "processes", made


def test_a_site_variable_and_heading_marks_leave_no_debris():
    """Rounds 705-706: "{{site.callout_note}} The refresh token expires if rclone is not used for 90 days." kept the
    Jekyll variable on the card; a "### Note: …" line inside a list item left "— ### note?" on a front."""
    text = ("# rclone\n\n## Configuration\n\n{{site.callout_note}} The refresh token expires if rclone is not used for "
            "90 days.\n\n## Minor Garbage Collection\n\n- Objects are moved between survivor spaces\n"
            "  ### Note: Numbers in the images represents number of garbage collections\n")
    made = notes(text)
    assert made and not any("{{site" in n.front or "###" in n.front for n in made), made


def test_a_note_to_self_is_cut_from_the_back():
    """Round 706: "IPsec : IP에 Security를 추가한 기능. 자세한 내용은 따로 다루어보자." kept "let's cover the details separately"."""
    text = "# OSI\n\n## 네트워크 계층\n\n* IPsec : IP에 Security를 추가한 기능. 자세한 내용은 따로 다루어보자.\n* ICMP : 오류 보고용 프로토콜\n"
    backs = [n.back for n in notes(text) if "IPsec" in n.front]
    assert backs and not any("자세한" in b for b in backs), notes(text)


def test_the_answers_to_an_exercise_are_no_values():
    """Round 705: "### Aufgabe 1" over "2. 234000 liter" made "Aufgabe 1: liter?" / "234000": the answers to one
    exercise whose questions the notes leave out."""
    text = "# Tag 1\n\n### Aufgabe 1\n\n1. 2 Mikrometer\n2. 234000 liter\n3. 132 Milliarden Blu-ray-Discs\n"
    assert not any(n.rule == "value-of" for n in notes(text)), notes(text)
