"""Patterns found by grading cards from documents the extractor had never seen (session 23, rounds 288 and later;
test_unseen_round_266.py is full). Each test states the general shape in made-up notes, never a line of the graded
documents."""

from tests.extract.extract_helpers import notes


def test_the_answers_of_an_exercise_and_an_interview_signal_make_no_cards():
    text = ("# Databases\n\n## ER model\n\nIdentify the entities of a hospital.\n\nPossible answers:\n- Patient\n- Doctor\n"
            "- Nurse\n- Medicine\n\n## Gateways\n\n- **Senior signal:** mention central policy enforcement and rate limits.\n"
            "- **Rate limiting:** caps how many requests one client may send per second.\n")
    got = [n.front for n in notes(text)]
    assert not any("possible answers" in f.lower() or "signal" in f.lower() for f in got), got
    assert any("Rate limiting" in f for f in got), got


def test_a_chinese_lead_in_to_an_explanation_is_no_term():
    text = ("# 数据库锁\n\n## 乐观锁\n\n**乐观锁是乐观地认为很少发生并发冲突**，只在更新时检查。\n\n"
            "通俗解释是指**总是假设最好的情况，每次读数据时都认为别人不会修改，所以不会上锁，更新时再用版本号判断**。"
            "像数据库提供的 write_condition 机制，其实都是提供的乐观锁。\n\n"
            "版本号是数据表中的一个字段，每次更新时加一，用来判断数据是否被别人改过。\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any("通俗解释" in f for f in got), got


def test_a_fun_fact_label_and_a_lettered_section_ask_nothing_of_their_own():
    text = ("# Rust\n\n## Basics\n\n### Moves\n\n- **Lesser-known facts**: a move is a bitwise copy that the compiler may "
            "optimise away.\n\n#### b. Integer Types\n\n- **Signed integers**: i8, i16, i32 and i64 hold whole numbers of "
            "fixed widths.\n")
    got = [n.front for n in notes(text)]
    assert not any("facts" in f.lower() or f.startswith("B. ") for f in got), got
    assert any("Signed integers" in f for f in got), got


def test_a_sentence_cut_at_the_colon_before_its_examples_asks_nothing():
    text = ("# Arquitetura\n\n## Decisões\n\nDecisões limitadas a cada componente, como: vai usar fila de mensagens ou "
            "chamadas diretas?\n\n- **Escalabilidade:** capacidade de um sistema crescer com a carga sem perder desempenho.\n")
    got = [n.front for n in notes(text)]
    assert not any("como" in f for f in got) and any("Escalabilidade" in f for f in got), got


def test_a_quiz_line_loses_its_answer_marker_and_the_authors_score():
    text = ("# Cloud quiz\n\n## Networking\n\n1. Q: What is the scope of a virtual network in this cloud? A: Regional\n"
            "2. Q: Which service gives a static anycast address to a global app? A: Global Accelerator (failed)\n")
    got = {n.front: n.back for n in notes(text, "question-answer")}
    assert got.get("What is the scope of a virtual network in this cloud?") == "Regional", got
    assert got.get("Which service gives a static anycast address to a global app?") == "Global Accelerator", got


def test_two_expansions_in_one_sentence_make_no_card_that_holds_both():
    text = ("# Networking\n\n## Transport\n\nUDP stands for User Datagram Protocol, and SCTP stands for Stream Control "
            "Transmission Protocol.\n\nA port is a number that identifies one service on a host.\n")
    got = notes(text)
    assert not any("stands for" in n.back for n in got), [(n.front, n.back) for n in got]


def test_a_tip_under_a_category_word_is_no_gloss_of_it():
    text = ("# Servers\n\n## Best practices\n\n* Networking\n  * Set the DNS cache lifetime to five minutes on every host\n"
            "* RTO (Recovery Time Objective)\n  * How long a service may stay down after a failure\n"
            "* `ping`\n  * Test whether a host answers on the network\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith("Networking") for f in got), got
    assert any("RTO" in f for f in got) and any("ping" in f for f in got), got


def test_a_line_glued_under_the_last_of_a_list_of_names_is_no_text_of_that_name():
    text = ("# Monitoring\n\n## Host metrics\n\nCollected by default:\n- **CPU load**\n- **Packets in / out**\n"
            "- **Disk reads / writes**\nIt leaves out swap usage unless an agent runs on the host.\n\n## JVM\n\n"
            "* __Young generation__\nThe young generation holds new objects and is collected often.\n"
            "* __Old generation__\nThe old generation holds long-lived objects.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("swap" in b for b in got.values()), got
    assert any("Young generation" in f and "new objects" in b for f, b in got.items()), got


def test_a_label_of_three_names_asks_nothing_of_any_one():
    text = ("# Services\n\n## Protocols\n\n- **SOAP, GraphQL, Thrift:** each hides the wire format. SOAP uses XML; Thrift "
            "is binary.\n- **Idempotency:** repeating a request has the same effect as sending it once.\n"
            "- **Limit of 1,000,000 rows:** the largest result one query may return.\n")
    got = [n.front for n in notes(text)]
    assert not any("GraphQL" in f for f in got) and any("Idempotency" in f for f in got), got
    assert any("1,000,000" in f for f in got), got


def test_a_chat_assistants_opener_is_no_term():
    text = ("# Tracing\n\nGreat — here’s a short, exam-ready summary of **Chapter 3** that keeps every idea.\n\n## Spans\n\n"
            "Sure! Here is the breakdown of the span model you asked for.\n\n"
            "- **Span** — one timed operation inside a trace, with a parent id.\n")
    got = [n.front for n in notes(text)]
    assert not any("Great" in f or "Sure" in f for f in got), got
    assert any("Span" in f for f in got), got


def test_the_values_of_one_worked_case_make_no_cards_in_spanish():
    text = ("# Subredes\n\n## Cómo calcular\n\nSuponemos que ya tenemos:\n\n- Una red: por ejemplo 10.0.4.0\n"
            "- Un prefijo: por ejemplo /27 → máscara 255.255.255.224\n\n1. Tamaño del bloque\n"
            "   - Dentro de ese rango:\n     - Broadcast: 10.0.4.31\n     - Hosts: de 10.0.4.1 a 10.0.4.30\n\n"
            "Tabla para este ejemplo:\n\n| Dato | Valor |\n|---|---|\n| Red | 10.0.4.0 |\n| Broadcast | 10.0.4.31 |\n\n"
            "## Conceptos\n\n- **Máscara de subred:** indica qué bits de la dirección son de red.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("10.0.4" in b or "255.255" in b or "/27" in f for f, b in got.items()), got
    assert any("Máscara de subred" in f for f in got), got


def test_a_label_that_only_says_a_rule_follows_asks_nothing():
    text = ("# Redes\n\n## Latencia\n\n> Regla mental: para **vídeo en directo** importa el retardo; para **copias** el caudal.\n\n"
            "- **Jitter:** variación del retardo entre paquetes.\n\n## Releases\n\n"
            "Staff-level rule: **feature flags ship dark first**, then ramp by percent.\n\n"
            "- **Firewall rules:** which traffic a host accepts.\n")
    got = [n.front for n in notes(text)]
    assert not any(f.lower().startswith(("regla", "staff")) for f in got), got
    assert any("Jitter" in f for f in got) and any("Firewall rules" in f for f in got), got

_ES_INTRO = ("Los medios de transmisión son el camino por el que viajan las señales entre los equipos de la red. "
             "En este tema se estudian los cables de cobre, la fibra y las redes sin hilos, con sus ventajas y sus "
             "limitaciones para cada uso.\n\n")


def test_a_spanish_set_under_a_facet_asks_in_no_english_and_a_bold_adjective_is_no_term():
    text = ("# Medios\n\n" + _ES_INTRO + "## Fibra\n\n**Ventajas**\n\n- **Muy alta velocidad** en enlaces troncales.\n"
            "- **Gran alcance** sin repetidores.\n- **Inmune** a las interferencias eléctricas.\n")
    got = [n.front for n in notes(text)]
    assert not any("which" in f.lower() or "Inmune?" in f for f in got), got
    assert any("Ventajas (3)" in f for f in got), got


def test_a_chinese_step_or_an_adverb_before_shi_zhi_is_no_term():
    text = ("# 事务\n\n## 写倾斜\n\n1. 首先查询一些满足条件的行，即采用select找出当前值班的医生。\n2. 然后根据结果决定是否继续。\n\n"
            "**隔离性**主要是指并发执行的事务互相隔离。\n\n事务把多个读写捆绑成一个单元。即事务中的所有读写是一个整体，要么全部成功。\n\n"
            "**持久性**是指事务提交后数据不会丢失。\n")
    got = [n.front for n in notes(text)]
    assert not any("首先" in f or "主要" in f or "即" in f for f in got), got
    assert any("持久性" in f for f in got), got


def test_a_russian_adjective_is_no_term():
    text = ("# Потоки\n\n## Виды потоков\n\nПотоки в Java бывают двух видов, и от вида зависит, когда завершится программа.\n\n"
            "* Пользовательские - JVM ждёт, пока все такие потоки не закончат работу\n"
            "* Демоны - фоновые потоки, которые JVM останавливает при выходе\n\n"
            "Голодание - это состояние, когда поток долго не получает нужный ему ресурс.\n")
    got = [n.front for n in notes(text)]
    assert not any("Пользовательские" in f for f in got), got
    assert any("Голодание" in f for f in got), got


def test_numbered_parts_of_two_parties_are_no_sequence():
    text = ("# Queues\n\n## Exactly once\n\n**How to achieve**:\n1. Sender: attach an idempotency key to every message\n"
            "2. Receiver: store processed keys and drop repeats\n\n## Deploy\n\n**Steps to release**:\n"
            "1. Build: compile and package the service\n2. Test: run the integration suite\n3. Ship: roll out region by region\n")
    got = [n.front for n in notes(text)]
    assert not any("comes" in f and "Sender" in f or f.endswith("what comes first?") and "achieve" in f for f in got), got
    assert any("comes after" in f and "Build" in f for f in got), got


def test_a_cell_that_keeps_the_default_is_no_fact():
    text = ("# Runner\n\n## Options\n\n| option | meaning | recommended |\n|---|---|---|\n"
            "| Poll interval | seconds between checks for new jobs | default OK |\n"
            "| Concurrency | how many jobs one runner may run at once | 4 on a two-core host |\n"
            "| Log level | how much the runner writes to its log | info in production |\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b.strip().lower() == "default ok" for b in got.values()), got
    assert any("Concurrency" in f and "4" in b for f, b in got.items()), got
