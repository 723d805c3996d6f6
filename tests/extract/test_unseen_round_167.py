"""Patterns found by grading cards from documents the extractor had never seen (session 18: holdout rounds 167
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes

SIZING = ("# Capacity\n\n## Video upload\n\n* segmenting: 2-4 MB\n* resume: by segment offset\n\n## Fleet\n\n"
          "* storage-optimized nodes: `25 Gbps`\n* node pool: spot instances\n\n## Limits\n\n* max payload size: 6 MB\n"
          "* request timeout: 30 s\n")


def test_a_bare_quantity_is_asked_with_what_it_measures():
    got = fronts(SIZING, "labelled-fact")
    assert {"Video upload: Segmenting — size?", "Fleet: Storage-optimized nodes — bandwidth?"} <= got, got
    assert not got & {"Video upload: Segmenting?", "Fleet: Storage-optimized nodes?"}, got
    assert "Video upload: Resume?" in got, got  # a value that is no quantity keeps its front


def test_a_quantity_whose_label_names_the_measure_keeps_its_front():
    got = fronts(SIZING, "labelled-fact")
    assert "Limits: Request timeout?" in got, got
    assert not any(f.startswith("Limits:") and f.endswith(("— size?", "— time?")) for f in got), got


def test_a_what_is_heading_over_a_sentence_that_sets_the_scene_asks_nothing():
    text = ("# Streams\n\n## What is Stream Router?\n\nTo move events between clusters, teams wrote their own copy jobs, "
            "and over time each one broke in its own way.\n\n## What is Dead Lettering?\n\nDead lettering is the parking "
            "of messages that failed every retry.\n")
    got = fronts(text)
    assert "What is Stream Router?" not in got, got
    assert "what is dead lettering?" in {f.lower() for f in got}, got


def test_a_heading_naming_two_abbreviated_terms_is_no_one_question():
    text = ("# Delivery\n\n## Blue Green Release (BGR) and Canary Release (CR)\n\nBlue green release is basically "
            "running two fleets and switching traffic between them.\n")
    assert not any(f.startswith("Blue Green Release (BGR) and") for f in fronts(text)), fronts(text)


def test_a_class_joined_to_a_claim_is_no_meaning_and_a_field_name_is_no_term():
    text = ("# Topics\n\nThe retention window is a broker setting and is changed only by an admin.\n\n"
            "A partition is an ordered log of records kept on one broker.\n\n## Directive parts\n\n"
            "- name: The kind of resource the directive governs.\n- source: Where the resource may be loaded from.\n")
    got = {f.lower() for f in fronts(text)}
    assert "what is the retention window?" not in got and "what is name?" not in got, got
    assert "what is a partition?" in got or "what is partition?" in got, got


def test_a_hedged_number_is_an_illustration_not_a_blank():
    text = "# Clusters\n\nA small cluster may hold one node, a large one potentially 400 nodes.\n\nA quorum needs 3 of 5 votes.\n"
    got = fronts(text, "number-cloze")
    assert not any("400" in f or "potentially [...]" in f for f in got), got
    assert any("of 5 votes" in f or "3 of" in f for f in got), got


def test_a_feature_list_written_as_a_brochure_makes_no_cards():
    text = ("# Tools\n\n## Vector\n\n- Routing: Vector includes a powerful routing engine that can send events to any "
            "sink you define.\n- Transforms: Vector supports a wide range of transforms, making it easy to reshape "
            "events as your needs grow.\n- Buffering: events wait on disk when a sink is down, up to the buffer size.\n")
    got = fronts(text)
    assert not got & {"Vector: Routing?", "Vector: Transforms?"}, got
    assert "Vector: Buffering?" in got, got  # a plain statement of what it does stays


def test_a_note_marker_is_no_label_and_a_state_is_no_term():
    text = ("# Redes\n\n## Puertos\n\n* **OBS**: HTTPS no es un protocolo distinto de HTTP, sino HTTP sobre TLS.\n"
            "* **Puerto**: 443 por defecto.\n")
    got = fronts(text)
    assert not any("OBS" in f for f in got), got
    pool = ("# Allocator\n\nEach slab can be in one of three states:\n\n- full — every object of the slab is handed out\n"
            "- empty — no object of the slab is handed out\n- partial — some objects are handed out\n")
    assert not {f.lower() for f in fronts(pool)} & {"what is full?", "what is empty?", "what is partial?"}, fronts(pool)


def test_a_title_line_above_a_table_names_whose_rows_they_are():
    text = ("# Disks\n\n## Tuning\n\nDisk Scheduler Modes\n\n| Mode | Meaning |\n|---|---|\n"
            "| Deadline | Each request gets an expiry time and late ones go first |\n"
            "| Noop | Requests go out in arrival order, merged but never sorted |\n\n"
            "The table below lists the tools we use\n\n| Tool | Purpose |\n|---|---|\n| fio | Generates synthetic disk load |\n")
    got = fronts(text, "table")
    assert {"Disk Scheduler Modes: Deadline — meaning?", "Disk Scheduler Modes: Noop — meaning?"} <= got, got
    assert "fio — purpose?" in got, got  # a lead-in sentence is no title


def test_i_o_is_no_first_person():
    text = ("# Disks\n\n## Queues\n\n| Setting | Meaning |\n|---|---|\n"
            "| I/O depth | How many requests may wait in the device queue at once |\n"
            "| I/O size | The bytes each request reads or writes |\n")
    got = fronts(text, "table")
    assert {"I/O depth — meaning?", "I/O size — meaning?"} <= got, got


def test_a_range_said_with_or_is_one_blank_and_complementary_shares_are_none():
    got = fronts("# Cookies\n\nKeep each cookie smaller than 3 or 4K so that requests stay in one packet.\n\n"
                 "Only 5–10% of the page load is the document itself. The other 90–95% is images and scripts.\n\n"
                 "After the election 2 things can happen\n", "number-cloze")
    assert any("{{c1::3 or 4K}}" in f or "smaller than [...]" in f for f in got), got
    assert not any("5–10%" in f or "90–95%" in f or "things can happen" in f for f in got), got
    assert not any("3 or [...]" in f or "3 or {{" in f for f in got), got


def test_a_colon_inside_a_quotation_ends_no_label():
    text = '# Headers\n\n> A "Cache-Control: no-store" header tells every cache along the way to keep no copy.\n'
    assert not any(f.startswith(("Cache-Control?", "A \"Cache-Control?")) for f in fronts(text)), fronts(text)


def test_a_word_split_by_a_pdf_line_break_is_whole_again_when_the_notes_spell_it_whole():
    text = ("# Go\n\nA WaitGroup is a counter that keeps a record of run- ning goroutines.\n\n"
            "Each running goroutine has its own stack.\n\n"
            "AIMD is an additive-increase, multiplicative- decrease scheme; the multiplicative-decrease half halves the "
            "window.\n")
    got = " ".join(fronts(text) | {n.back for n in notes(text)})
    assert "run- ning" not in got and "running goroutines" in got, got
    assert "multiplicativedecrease" not in got, got


def test_the_reason_for_something_is_no_meaning_of_it():
    text = "# Go\n\nData races are the reason concurrent programs fail at random and are hard to debug.\n"
    assert "what are data races?" not in {f.lower() for f in fronts(text)}, fronts(text)


def test_inline_math_after_a_digit_and_logic_symbols_read_as_text():
    text = "# Codes\n\n- Parity bit: P = D1 $\\oplus$ D2 $\\oplus$ D3.\n- Bias: the biased form of X is X + 2$^7$.\n"
    backs = {n.back for n in notes(text)}
    assert {"P = D1 ⊕ D2 ⊕ D3.", "The biased form of X is X + 2^7."} <= backs, backs


def test_a_spaced_hyphen_name_a_bracketed_note_and_a_bare_yes_ask_nothing():
    got = fronts("# 가용성\n\n* Active - Passive 장애 조치\n* Pilot Light - 최소한의 핵심 서비스만 켜 두는 재해 복구 방식\n")
    assert "Active(이)란?" not in got and "Pilot Light(이)란?" in got, got
    got = fronts("# Design\n\n- What does this context do? [ answer this first ]\n- Who owns the data? The team that writes it.\n")
    assert got == {"Who owns the data?"}, got
    got = fronts("# Sorting\n\n**In place?**\n\n- Heapsort: Yes ! 2 N log N worst case\n- Quicksort: in place, with log N stack\n")
    assert "Heapsort?" not in got and "Quicksort?" in got, got


def test_step_functions_is_a_product_not_steps_and_cjk_items_are_asked_in_their_language():
    text = ("# AWS\n\n## SQS、SNS、Step Functions\n\n1. SQS 保留消息 1 分钟到 14 天\n1. SNS 也能触发 lambda\n"
            "1. Step Functions 适合编排 lambda\n")
    assert not any("what comes" in f for f in fronts(text)), fronts(text)
    steps = "# Deploy\n\n## Release steps\n\n1. 构建镜像并推送\n2. 更新部署清单\n3. 观察错误率\n"
    got = fronts(steps, "enumeration")
    assert got and not any("what comes" in f for f in got), got


def test_a_label_over_several_long_claims_parted_by_semicolons_is_no_one_answer():
    text = ("# 大数据\n\n- Kinesis Streams：是实时和自定义的，延迟1秒左右；默认保留数据一天，可以延长；程序可以直接消费它并自定义处理\n"
            "- SLO playbook: budget usage vs plan; MTTR; action items closed\n")
    got = fronts(text)
    assert not any("Kinesis Streams" in f for f in got), got
    assert any("SLO playbook" in f for f in got), got


def test_a_there_are_lead_in_gives_the_noun_it_lists_and_yourself_addresses_the_reader():
    text = ("# Redes\n\n## Proxies\n\nAdemás, existen diferentes tipos de proxies:\n\n"
            "- Proxy directo: actúa en nombre del cliente ante internet.\n"
            "- Proxy inverso: recibe las peticiones en nombre de los servidores.\n")
    assert {"Tipos de proxies: Proxy directo?", "Tipos de proxies: Proxy inverso?"} <= fronts(text), fronts(text)
    text = "# Design\n\n## Approach\n\n- Start by asking yourself: who calls the API, and what do they need from it?\n"
    assert not any("asking yourself" in f for f in fronts(text)), fronts(text)


def test_numbers_of_one_worked_sum_are_no_blanks_and_a_quantity_is_no_term():
    text = ("# Latency\n\nA read takes 8ms from the store and 11ms through the proxy. The extra **3ms** is the "
            "**proxy overhead**.\n\nKubernetes (K8s) is an orchestrator that schedules containers onto nodes.\n")
    got = fronts(text)
    assert not any("{{c" in f and "8ms" in f for f in got) and "What is the extra 3ms?" not in got, got
    assert any(f.startswith("What is Kubernetes") for f in got), got


def test_page_numbers_at_the_start_of_each_point_are_no_text():
    text = ("# Compilers\n\n- (12) **Cross compilers** are compilers that build code for another platform.\n"
            "- (14) **Just-in-time compilers** are compilers that translate code while the program runs.\n"
            "- (19) A **linker** is a program that joins object files into one executable.\n")
    got = fronts(text)
    assert got and not any(f.startswith("(1") for f in got), got
    listed = "# Plan\n\n- (1) write the tests\n- (2) make them pass\n- (3) tidy up\n"
    assert "(1)" in " ".join(n.back + n.front for n in notes(listed)) or not notes(listed)


def test_an_exam_tip_is_no_label_and_a_back_cut_at_remember_is_cut():
    text = ("# IAM\n\n## Folders\n\n- Architect exam tip: you must have an organization node to use folders.\n\n"
            "## Marketplace\n\n- Purpose: deploy standard solutions quickly, but remember:\n  - harden them first\n")
    got = fronts(text)
    assert not any("exam tip" in f.lower() for f in got), got
    assert not any(n.back.endswith("but remember") for n in notes(text)), [n.back for n in notes(text)]


def test_a_bare_count_is_asked_as_how_many():
    got = fronts("# Directory\n\n## Managed directory editions\n\n- Small: 500 users\n- Large: 50000 objects\n"
                 "- Log volume: 1 TB\n- Retries: 3 times\n", "labelled-fact")
    assert {"Managed directory editions: Small — how many users?",
            "Managed directory editions: Large — how many objects?"} <= got, got
    assert not any(f.startswith("Managed directory editions: Retries —") for f in got), got  # "3 times" is no time


def test_an_arrow_to_what_is_the_fix_asks_for_the_fix_and_reading_lists_are_no_cards():
    got = fronts("# Memory\n\n- heap fragmentation -> compaction is the usual fix\n- CPU > 90% -> page\n", "rule")
    assert {"Heap fragmentation — fix?", "CPU > 90% → ?"} <= got, got
    got = fronts("# Redis\n\n## Learning resources\n\n- **Books**: *Redis in Action*, *Mastering Redis*\n"
                 "- **Docs**: the official command reference\n")
    assert not got, got


def test_a_we_have_lead_in_names_nothing_and_the_most_significant_factor_is_no_meaning():
    text = ("# NoSQL\n\n## Graph stores\n\nAbbiamo poi:\n\n- Graph database: memorizza nodi e archi in modo nativo.\n"
            "- Graph engine: analizza grafi offline in batch.\n")
    assert {"Graph stores: Graph database?", "Graph stores: Graph engine?"} <= fronts(text), fronts(text)
    text = "# Migration\n\nCohesion is the most important factor in deciding where to split a service.\n"
    assert "What is Cohesion?" not in fronts(text), fronts(text)


def test_the_key_to_something_is_no_meaning_and_a_claim_as_label_is_no_term():
    text = "# Delivery\n\nKeeping config out of code is the key to shipping one build to every environment.\n"
    assert not any(f.startswith("What is Keeping") for f in fronts(text)), fronts(text)
    text = "# Async\n\n## How it works\n\n1. Batching reduces round trips: one call carries many messages\n"
    assert "How it works: Batching reduces round trips?" not in fronts(text), fronts(text)


def test_an_exam_weight_table_is_about_the_exam():
    text = ("# KCNA\n\n## Exam Coverage\n\n| Domain | Percentage |\n|---|---|\n| Orchestration | 22 |\n| Observability | 8 |\n\n"
            "## Orchestration\n\n| Object | Purpose |\n|---|---|\n| Deployment | Rolls pods out and back |\n")
    got = fronts(text, "table")
    assert not any("percentage" in f for f in got) and "Deployment — purpose?" in got, got


def test_an_acronym_is_never_spelled_out_across_a_sentence_end():
    text = ("# DNS\n\nNodes use it to connect with each other. Cluster DNS (CoreDNS) starts after the network plugin.\n\n"
            "The Domain Name System (DNS) maps names to addresses.\n")
    got = {n.front: n.back for n in notes(text, "acronym")}
    assert "What does CoreDNS stand for?" not in got and got.get("What does DNS stand for?") == "Domain Name System", got


def test_a_row_number_column_keys_nothing_even_when_a_number_repeats_or_skips():
    counted = ("# Nginx\n\n## 常用参数\n\n| 编号 | 参数 | 默认值 |\n|---|---|---|\n| 1 | worker_processes | 1 |\n"
               "| 2 | worker_connections | 512 |\n| 2 | keepalive_timeout | 75s |\n| 3 | client_max_body_size | 1m |\n")
    skipped = counted.replace("| 2 | keepalive", "| 4 | keepalive").replace("| 3 | client", "| 7 | client")
    for text in (counted, skipped):
        got = fronts(text, "table")
        assert not any(f.startswith("编号") for f in got), got
        assert any(f.startswith("worker_connections — ") for f in got), got  # the rows are asked by their names


def test_settings_blocks_between_rules_in_the_body_are_no_notes():
    text = ("# Queues\n\nIntro paragraph about queues.\n\n---\ntitle: Backpressure basics\nsummary: Why producers slow down.\n"
            "minutes: 15\nslide_kind: lecture\n---\n\n- **Backpressure**: a consumer's signal to its producer to slow down\n")
    got = fronts(text)
    assert not any(w in f.lower() for f in got for w in ("minutes", "slide_kind", "summary")), got
    assert any("Backpressure" in f for f in got), got


def test_a_slashed_acronym_is_spelled_out_whole_never_its_last_part():
    text = ("# Wireless\n\nStations use CSMA/CA (Carrier Sense Multiple Access with Collision Avoidance) before they send.\n")
    got = {n.front: n.back for n in notes(text, "acronym")}
    assert "What does CA stand for?" not in got, got
    assert got.get("What does CSMA/CA stand for?") == "Carrier Sense Multiple Access with Collision Avoidance", got


def test_a_number_restated_in_brackets_in_another_unit_is_no_blank_nor_is_a_count_of_patterns():
    text = ("# Storage\n\n## Blocks\n\nEach block header takes 64 bits (8 bytes) on disk.\n\n"
            "Compaction merges runs in the background.\n\n- 3 strategies of compaction\n")
    got = fronts(text, "number-cloze")
    assert not got, got
    assert fronts("# Storage\n\nEach block header takes 64 bits on disk.\n", "number-cloze"), "the plain fact stays"


def test_a_step_label_two_steps_share_cues_no_step_and_counted_rules_have_no_order():
    text = ("# Replication\n\n## Failover steps\n\n1. **Monitor** notices the primary missed three heartbeats\n"
            "2. **Replicas** compare their log positions\n3. **Replicas** elect the most advanced one\n"
            "4. **Router** repoints clients to the new primary\n")
    got = fronts(text, "enumeration")
    assert not any("after “Replicas”" in f for f in got), got
    assert any("after “Monitor”" in f for f in got), got  # a key one step holds still cues the next
    text = ("# Locks\n\n## Strict two phase locking\n\nStrict two phase locking adds two rules for every writer:\n\n"
            "1. Writers hold exclusive locks until they commit\n2. Readers never see uncommitted rows\n")
    assert not fronts(text, "enumeration"), fronts(text, "enumeration")


def test_a_back_to_the_contents_link_set_as_a_heading_heads_nothing():
    text = ("# Kafka\n\n## Consumidores\n\n##### [Voltar ao índice](#indice)\n\n- **Rebalance**: redistribui as partições "
            "entre os consumidores do grupo\n")
    got = notes(text, "labelled-fact")
    assert got and all("Voltar" not in n.front and "Voltar" not in n.context for n in got), [(n.front, n.context) for n in got]
    assert fronts("# Raft\n\n## [Eleição](#eleição)\n\n- **Term**: um número que só cresce\n", "labelled-fact"), "a self-link is a heading"


def test_a_pronoun_is_no_term_and_a_remark_label_keeps_its_aside():
    text = ("# Redes\n\n## Enlace\n\nA camada de enlace é responsável pela entrega de quadros entre nós vizinhos da mesma "
            "rede local.\n\nO endereço MAC é um identificador gravado na placa de rede pelo fabricante.\n\n"
            "## Conclusão\n\nEla é a ponte entre o mundo dos bits e o mundo dos pacotes do próximo salto.\n")
    got = fronts(text, "definition")
    assert "O que é endereço MAC?" in got and not any("Ela" in f for f in got), got
    text = ("# Spark\n\n## Tipos\n\n- **Nota (minha)**: os tipos do Spark equivalem aos tipos do Scala\n"
            "- **Partição**: uma coleção de linhas numa máquina do cluster\n")
    got = fronts(text, "labelled-fact")
    assert not any("nota" in f.lower() for f in got) and any("Partição" in f for f in got), got


def test_sample_rows_and_bracketed_samples_that_trail_off_are_no_facts():
    text = ("# Proxies\n\n## Connection table\n\n| Client | Client port | Backend | Backend port |\n|---|---|---|---|\n"
            "| 10.0.0.5 | 51000 | 10.1.0.9 | 8080 |\n| 10.0.0.6 | 51001 | 10.1.0.9 | 8081 |\n| ... | ... | ... | ... |\n")
    assert not fronts(text, "table"), fronts(text, "table")
    text = ("# Streams\n\n## Shards\n\n- **Shard A**: [evt1, evt2, evt3, ...]\n- **Shard B**: [evt4, evt5, ...]\n"
            "- **Resharding**: splits a hot shard into two children\n")
    got = fronts(text, "labelled-fact")
    assert not any("Shard A" in f or "Shard B" in f for f in got) and any("Resharding" in f for f in got), got


def test_an_arrow_to_a_link_and_a_reader_prompt_are_no_facts():
    for line in ("- The runner has no arm64 image → [see the vendor docs](https://example.com/docs)",
                 "- 다행히 에뮬레이터가 있다 → [문서 보기](https://example.com/docs)"):
        text = f"# Builds\n\n## Cross builds\n\n{line}\n"
        assert not fronts(text, "rule"), fronts(text, "rule")
    text = ("# SRE\n\n## Toil\n\n- **Stop and think**: How much of your week goes to work a script could do?\n"
            "- **Toil**: manual, repetitive work that scales with the service\n")
    got = fronts(text, "labelled-fact")
    assert not any("Stop and think" in f for f in got) and any("Toil" in f for f in got), got


def test_an_interview_remark_labels_nothing_and_a_story_with_stand_in_names_is_an_example():
    text = ("# GC\n\n## Young generation\n\n- **Interview Insight**: most objects die young, so copying them is cheap\n"
            "- **Eden**: the region where new objects are allocated\n")
    got = fronts(text)
    assert not any("Insight" in f for f in got) and any("Eden" in f for f in got), got
    text = "# 乐观锁\n\n## 版本号\n\n- 王五读取这条记录：version 等于 3\n- 版本号：每次更新时加一的字段\n"
    got = fronts(text)
    assert not any("王五" in f for f in got), got


def test_a_table_row_named_by_the_rows_around_it_asks_nothing():
    text = ("# Auth\n\n## Token kinds\n\n| Need | Token | Lifetime |\n|---|---|---|\n| Sign-in | ID token | 1 hour |\n"
            "| API calls | Access token | 1 hour |\n| Both | ID token + access token | 1 hour |\n")
    got = fronts(text, "table")
    assert got and not any(f.startswith("Both") for f in got), got


def test_two_terms_defined_by_one_sentence_and_a_hint_after_a_comma_give_no_card():
    text = "# Cache\n\n## Writes\n\nWT on PUT means write to both tiers, WB on PUT means write to the cache first\n"
    assert not fronts(text, "definition"), fronts(text, "definition")
    text = "# Storage\n\n## Classes\n\nEvery tier keeps 99.9999999%, (7 nines) durability across three zones.\n"
    assert not fronts(text, "number-cloze"), fronts(text, "number-cloze")


def test_a_list_of_what_a_thing_does_is_no_set_of_members_but_a_list_of_options_is():
    text = ("# CDN\n\n## Performance\n\n- **Origin Shields**:\n    - Reduce load on the origin\n"
            "    - Improve the cache hit ratio\n    - Lower egress cost\n- **Compression**: gzip or brotli for text assets\n")
    assert not fronts(text, "enumeration"), fronts(text, "enumeration")
    text = ("# CDN\n\n## Options for purging content\n\n- use a versioned file name\n- use an invalidation request\n"
            "- use a short TTL\n")
    assert fronts(text, "enumeration"), "options that are actions are the set's members"


def test_nothing_inside_an_analogy_section_is_a_card():
    text = ("# Queues\n\n## How backpressure works\n\nA bounded queue blocks producers when it is full.\n\n### Analogy\n\n"
            "Think of a **turnstile** at a stadium gate.\n\nLate fans wait in a **line outside** until a seat frees.\n")
    got = notes(text)
    assert not any("Analogy" in n.context or "turnstile" in n.front.lower() for n in got), [(n.front, n.context) for n in got]


def test_an_authors_to_do_is_no_answer():
    text = "# 内存\n\n## 分页\n\n- **反置页表：**【待补充，为什么能节省内存】\n- **页框：**物理内存中固定大小的块\n"
    got = notes(text)
    assert not any("待补充" in n.back for n in got) and any("页框" in n.front for n in got), [(n.front, n.back) for n in got]
