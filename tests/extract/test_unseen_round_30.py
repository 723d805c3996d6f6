"""Patterns found by grading cards from documents the extractor had never seen (session 10: holdout rounds 30
and 31). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def test_items_under_a_pros_cons_or_practices_heading_are_claims_not_terms():
    text = ("## Caches\n\nA cache keeps hot data close.\n\n### Pros\n\n- **Fast reads**: answers come from memory\n"
            "- **Cheap**: fewer database calls\n\n### Contras\n\n- **Espaço em disco**: ocupa espaço adicional\n\n"
            "### Best practices\n\n- **Set a TTL**: entries expire on their own\n")
    assert fronts(text, "labelled-fact") == set()


def test_a_pro_that_names_its_subject_and_explains_itself_stays():
    text = ("## Long polling\n\n- 缺点\n  - 资源浪费大：每次响应后仍需重新建立连接，而且依然基于 HTTP 单向请求-响应机制，消耗服务器资源。\n")
    got = fronts(text, "labelled-fact")
    assert any("资源浪费大" in f for f in got)


def test_discourse_words_and_instructions_are_no_labels():
    text = ("## Ports\n\nExplanation: outgoing connections take a port from the local range\n\n"
            "- **Implementation note**: filters are processors in the pipeline\n"
            "- **Always justify choice**: compare with the alternatives\n"
            "- **Related tweaks**: `linger.ms`, `batch.size`\n")
    assert fronts(text, "labelled-fact") == set()


def test_a_back_that_is_only_a_condition_or_a_hedge_answers_nothing():
    text = ("## Tables\n\n- **Cross-region replication**: if not using global tables\n"
            "- _Views_: (not well defined) you may never touch these\n- **Partition key**: spreads writes across nodes\n")
    assert fronts(text, "labelled-fact") == {"Tables: Partition key?"}


def test_a_back_that_only_translates_a_class_name_is_trivial():
    text = "## 原子类\n\n- AtomicLongArray：长整形数组原子类\n- AtomicBoolean：布尔型原子类，保证对布尔值的原子更新。\n"
    assert not any("AtomicLongArray" in f for f in fronts(text))


def test_bullet_characters_make_list_items():
    text = ("## Protocol\n\n• **Leader election**: the most up-to-date server wins\n"
            "• **Atomic broadcast**: a write needs a majority of the ensemble\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("•" in f or "•" in b for f, b in got.items())
    assert len(got) == 2


def test_an_adverb_and_pointer_or_a_chinese_clause_is_no_defined_term():
    text = ("## Sampling\n\nCurrently this means all spans need to land on the same collector.\n\n"
            "## 进程\n\n系统运行一个程序即是一个进程从创建，运行到消亡的过程。\n")
    assert fronts(text, "definition") == set()


def test_examples_are_not_a_set_to_name():
    text = ("## Platforms\n\n- _Infrastructure Providers_: actual source of infra, e.g. data centre, AWS, GCP, Azure etc\n\n"
            "## Supported services\n\n- **Platform services**: Key Vault, Event Hub, Service Bus\n")
    assert not any(f.startswith("Which") for f in fronts(text))


def test_one_use_under_an_example_heading_does_not_say_when_to_use_a_tool():
    text = "## Architecture example\n\n- use the key-value store for indexing object metadata.\n"
    assert fronts(text, "when-to-use") == set()


def test_a_package_name_keeps_its_case_at_the_start_of_a_back():
    text = "## Auto-instrumentation\n\n- **Ruby**: opentelemetry-instrumentation-all installs every instrumentation gem\n"
    backs = [n.back for n in notes(text)]
    assert backs and all(b.startswith("opentelemetry-instrumentation-all") for b in backs)


def test_a_what_is_heading_is_answered_by_the_paragraph_under_it():
    text = ("## Networking\n\n### What is a Jump Host?\nManaged service that gives browser access to private machines "
            "without public addresses.\n\n### Why Gateways?\nBasically nobody does it right now.\n")
    got = {n.front: n.back for n in notes(text, "heading-fact")}
    assert list(got) == ["What is a Jump Host?"]


def test_a_noun_and_its_complement_under_a_heading_is_a_definition():
    text = "## Node agent\n\nPoint of contact between the worker machines and the control plane.\n"
    assert fronts(text, "heading-fact") == {"Node agent?"}
    text = "## Local agent\n\nMost common reason for this is to collect host metrics.\n"
    assert fronts(text, "heading-fact") == set()


def test_a_version_qualifier_or_a_number_restated_in_brackets_is_no_cloze():
    text = ("## Producer\n\n- `max.in.flight=5` for the broker >= 1.0\n"
            "- Log retention is 7 days (`log.retention.hours`=168)\n- A batch waits up to 5 ms before it is sent\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert got == ["A batch waits up to {{c1::5 ms}} before it is sent"]


def test_a_back_that_spells_out_a_camel_case_name_is_trivial():
    text = "## Service tags\n\n- **EdgeLoadBalancer**: edge load balancer IPs\n- **GatewayManager**: ports used by the gateway control plane\n"
    assert fronts(text, "labelled-fact") == {"Service tags: GatewayManager?"}


def test_a_table_row_is_keyed_by_its_question_not_its_number_and_grouped_rows_are_not_asked():
    text = ("## FAQ\n\n| Question # | Question | Answer |\n|---|---|---|\n| 1. | Where are counters kept? | In Redis |\n"
            "| 2. | Which status code means too many requests? | 429 |\n\n## Layers\n\n| Layer | Type | Tool |\n"
            "|---|---|---|\n| **Network** | L3 | iptables |\n| | L4 | HAProxy |\n| **Application** | L7 | Envoy |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got == {"Where are counters kept?": "In Redis", "Which status code means too many requests?": "429"}


def test_meaningful_numbers_still_key_their_rows():
    text = "## Quorum\n\n| Nodes | Tolerated failures |\n|---|---|\n| 3 | 1 |\n| 5 | 2 |\n"
    assert fronts(text, "table") == {"Nodes 3 — tolerated failures?", "Nodes 5 — tolerated failures?"}


def test_a_citation_link_leaves_no_label_and_a_stressed_function_word_is_no_cloze():
    text = ("## Iterators\n\n- Methods that call next are called *consuming adaptors*, because calling them uses up the "
            "iterator [[ch13-02](https://example.org/ch13-02.html)]\n"
            "- At any time you can have *either* one mutable reference or many immutable ones\n")
    got = [n.front for n in notes(text, "emphasis-cloze")]
    assert got == ["Methods that call next are called {{c1::consuming adaptors}}, because calling them uses up the iterator"]


def test_a_judgement_is_no_meaning_and_lab_log_markers_are_no_labels():
    text = ("## Containers\n\nNested containers in CI pipelines is the most common use case.\n\n"
            "Locks are the most obvious solution, but they hurt throughput.\n\n## Setup log\n\n"
            "- TBD: tear the server down again\n- Fehlermeldung: ein Terminal ist erforderlich\n")
    assert fronts(text) == set()


def test_a_tagged_remark_is_no_condition_action_rule():
    text = "## Pipelining\n\n- Send commands in one batch\n  - `BENEFIT` fewer network trips → lower latency\n"
    assert fronts(text, "rule") == set()


# rounds 33-34 (holdout34, holdout35)

def test_a_placeholder_in_a_code_span_is_no_html_tag():
    text = "## State\n\n- `terraform state mv <source> <dest>`: Rename a resource in state without destroying it.\n"
    assert any("<source> <dest>" in n.front for n in notes(text))


def test_a_list_numbered_under_a_counted_set_is_no_sequence():
    text = ("## Process creation\n\nThere are four principal events that cause processes to be created:\n\n"
            "1. System initialization.\n2. A process creation system call by a running process.\n"
            "3. A user request to create a new process.\n4. Initiation of a batch job.\n")
    assert not any("comes" in f for f in fronts(text, "enumeration"))


def test_a_recap_table_and_a_key_points_column_make_no_cards():
    text = ("## Summary Table\n\n| Topic | Key Points | Tools |\n|---|---|---|\n| **API Design** | Standardized, secure "
            "interfaces | Swagger |\n| **Caching** | Fast reads | Redis |\n\n## Services\n\n| Service | Key Points |\n"
            "|---|---|\n| Queue | Decouples producers |\n| Cache | Keeps hot data |\n")
    assert fronts(text, "table") == set()


def test_the_and_a_generic_noun_or_x_itself_is_no_defined_term():
    text = "## Semaphores\n\nThe operation is an **atomic action**.\n\n## Storage\n\nThe table itself is a btree index.\n"
    assert fronts(text, "definition") == set()


def test_lowercase_label_lines_in_one_paragraph_are_separate_items():
    text = "## Scaling\n\nscale up: 성능 향상\nscale out: 양을 늘림\n"
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got == {"Scale up?": "성능 향상", "Scale out?": "양을 늘림"}


def test_question_headings_answered_by_one_line_without_a_full_stop():
    text = ("## JavaScript\n\n### What is currying?\ntranslating a function callable as f(a, b) into f(a)(b)\n\n"
            "### UUID\nAt this point, there are 7 variants of a UUID.\n")
    assert fronts(text, "heading-fact") == {"What is currying?"}


def test_a_back_that_restates_its_label_or_an_expansion_the_context_spells_out_is_trivial():
    text = ("## Tools\n\n- **AWS Auto Scaling**: Automatically scales EC2 instances.\n"
            "- **Load Balancer**: spreads requests over healthy targets.\n\n"
            "# Service Level Objectives\n\n## Agreements\n\nSLA (Service Level Agreement) terms set the penalties.\n")
    got = fronts(text)
    assert "Tools: AWS Auto Scaling?" not in got and "What does SLA stand for?" not in got
    assert "Tools: Load Balancer?" in got


def test_an_aside_in_brackets_is_no_cloze_and_a_task_heading_names_no_set():
    text = "## Health\n\n+ Each virtual machine has a health blade - _(Azure Monitor)_\n"
    assert fronts(text, "emphasis-cloze") == set()
    text = ("## Set the access tier at the blob level\n\n+ Types of data:\n+ Data Lake\n+ SQL database\n+ Private endpoints\n")
    assert not any(f.startswith("Which") for f in fronts(text))


def test_an_interview_question_answered_in_a_block_under_it():
    text = ("## TCP\n\n1. 흐름제어에 대해 설명해주세요\n    ```\n    송수신의 속도 차이를 해결하기 위한 방법\n    ```\n"
            "2. Why does DNS use UDP?\n    ```\n    → one small request and one small reply, no handshake\n    ```\n"
            "3. How do you open a socket?\n    ```\n    s = socket.socket()\n    ```\n")
    got = {n.front: n.back for n in notes(text, "question-answer")}
    assert got == {"흐름제어에 대해 설명해주세요": "송수신의 속도 차이를 해결하기 위한 방법",
                   "Why does DNS use UDP?": "one small request and one small reply, no handshake"}


def test_a_stressed_not_makes_a_yes_no_question():
    text = ("## Organizations\n\n- Policies do NOT apply to the root account\n- The rotation period is NOT customizable "
            "(always 365 days)\n- CancelJob stops the job but does NOT clean up labels\n- If it fails, do NOT retry\n")
    got = {n.front: n.back for n in notes(text, "negation")}
    assert got == {"Do Policies apply to the root account?": "No. Policies do NOT apply to the root account",
                   "Is the rotation period customizable?": "No. The rotation period is NOT customizable (always 365 days)"}


# rounds 35-36 (holdout36, holdout37)

def test_sub_items_indented_past_their_parent_are_a_sub_list_not_code():
    text = ("## Devices\n\n- Load Balancers\n        - spread traffic across servers\n"
            "    - Active-Passive Mode: one balancer takes all traffic while the other one waits\n")
    got = {n.front for n in notes(text, "labelled-fact")}
    assert got == {"Load Balancers: Active-Passive Mode?"}


def test_unmarked_fragments_under_an_item_are_its_sub_items_but_wrapped_prose_is_not():
    text = "## Network\n\n- NACL = subnet-level, stateless filter\n    attached to subnet\n    allow + deny rules\n"
    assert {n.front: n.back for n in notes(text, "definition")} == {"What is NACL?": "Subnet-level, stateless filter"}
    text = ("## Signals\n\n- **Latency**: the measure of time taken by the service to process a request and\n"
            "    send the answer back to the client that asked for it, measured at the\n    server\n")
    assert [n.back for n in notes(text)] and "- " not in notes(text)[0].back


def test_a_pros_cons_table_and_a_symbol_matrix_pair_nothing():
    text = ("## Read-through\n\n| Pros | Cons |\n|---|---|\n| Consistent caching logic | Less flexibility |\n"
            "| Cache handles misses | Tight coupling |\n\n## Locks\n\n| | S | X |\n|---|---|---|\n| S | + | - |\n| X | - | - |\n")
    assert fronts(text, "table") == set()


def test_template_answer_headings_solutions_to_problems_above_and_purpose_clauses_are_no_labels():
    text = ("## Dependency injection\n\n### Answer\n\n* **Loose coupling**: classes are not tightly coupled to their "
            "dependencies\n\n## BOCC\n\n* Problem: starvation of long transactions\n* Lösung: objects get version numbers\n\n"
            "## Commands\n\n* Recommended approach: to set project & verify installation\n")
    assert fronts(text, "labelled-fact") == {"BOCC — problem?"}


def test_commands_keep_their_case_and_a_long_cjk_list_is_oversize():
    text = "## 恢复root密码\n\n* 挂载选项：mount -o remount,rw /sysroot\n* 进程管理信号：HUP挂起、INT中断、QUIT退出、TSTP停止、KILL中断、TERM终止、CONT继续、STOP暂停\n"
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert list(got.values()) == ["mount -o remount,rw /sysroot"]


def test_a_typical_case_is_no_defined_term_and_a_sentence_about_this_configuration_is_no_cloze():
    text = ("## Apps\n\nA typical application consists of multiple states distributed across operators.\n\n"
            "## Routing\n\nThis configuration groups alerts and waits 30 seconds before the first notification.\n")
    assert fronts(text, "definition") == set() and fronts(text, "number-cloze") == set()


def test_a_line_over_indented_items_after_a_list_heads_them_and_config_values_are_no_clozes():
    text = ("## Features\n\nHigh availability\n  * create a standby with automatic failover\n"
            "Read replicas for read workloads\n  * placement: cross-zone, cross-region and external\n")
    got = {n.front for n in notes(text, "labelled-fact")}
    assert got == {"Read replicas for read workloads: Placement?"}
    text = "## Routing\n\n- Another notification is sent after 5 minutes (group_interval) when new alerts arrive.\n"
    assert fronts(text, "number-cloze") == set()


def test_a_heading_over_code_or_over_what_follows_is_not_defined_by_it():
    text = ("## Wound-wait\n\n`T_i` requests a lock held by another transaction.\n\n"
            "## Deadlocks\n\nStrategies for avoiding and resolving deadlocks.\n")
    assert fronts(text, "heading-fact") == set()


def test_a_list_marker_left_in_a_front_and_a_calculation_as_a_rule_make_no_card():
    text = ("## 网络\n\n| 层 | 设备 |\n|---|---|\n| 物理层 | 中继器 |\n     * `**中继器**`：仅做放大信号用，把信号传导偏远的地方。\n\n"
            "## Gateways\n\n- 1 connection can have up to 50 private interfaces, each of which supports 1 gateway and each gateway "
            "supports 10 associations → up to 500 networks\n")
    got = fronts(text)
    assert not any(f.lstrip().startswith("*") or "`**" in f for f in got)
    assert fronts(text, "rule") == set()


# rounds 37-38 (holdout38, holdout39)

def test_evaluations_pointers_and_answer_labels_are_no_definitions():
    text = ("## Patterns\n\nThe outlier pattern is an advanced pattern, but one that pays off.\n\n"
            "An order system is a classic use case for this pattern.\n\nAnother is the fact that writes go up.\n\n"
            "## Defer\n\n**Explicação** é a instrução que adia a execução até o retorno da função.\n")
    assert fronts(text, "definition") == set()


def test_a_remark_about_a_heading_and_a_relation_are_not_its_definition():
    text = ("## Users\n\nUsers do present numerous risks to stability.\n\n"
            "## Left Recursion\n\nIt is related to top-down parsing.\n\n"
            "## Sharding\n\nSharding splits one dataset across many machines by a key.\n")
    assert fronts(text, "heading-fact") == {"Sharding?"}


def test_tutorial_steps_questions_about_code_not_shown_and_coloured_headings():
    text = ("## Gateway\n\nNow we can use **one central endpoint** for every service.\n\n"
            "## Programa\n\n- Qual é a saída do seguinte programa Go e por quê? Hello world.\n\n"
            "# $${\\color{green}API Gateway:-}$$\n\nAn API gateway is a service that sits between clients and backends.\n")
    got = notes(text)
    assert [n.front for n in got] == ["What is API gateway?"] and got[0].heading_path[-1] == "API Gateway"


def test_a_back_cut_at_a_comma_a_bracketed_blank_and_wizard_fields_make_no_cards():
    text = ("## Route53\n\n* Routing policies: traffic flow policy, support versioning,\n\n## Parsing\n\n"
            "Some grammars are backtrack-free (*predictive parsing*).\n\n## Launch\n\n* Choose:\n  * Volume: EBS, EFS\n")
    assert fronts(text) == set()


def test_an_english_fact_in_japanese_notes_is_asked_in_japanese_not_dropped():
    text = ("# CORS について\n\nブラウザは別のオリジンへのリクエストを制限します。サーバーが許可したときだけ、"
            "レスポンスを読むことができます。\n\n## メモ\n\n- `Origin` とは\n\n  > Origin = Scheme (Protocol) + Host (Domain) + Port\n")
    assert {n.front: n.back for n in notes(text)} == {"Originとは？": "Scheme (Protocol) + Host (Domain) + Port"}


# rounds 39-40 (holdout40, holdout41)

def test_html_comments_emoji_joined_cells_and_borrowed_concepts():
    text = ("## CI\n\n<!-- snippet\nformat: knowledge\ntitle: Jobs in GitLab\n-->\n\n| Avantage | Description |\n|---|---|\n"
            "| 🔁 Automatisation | Exécuter les tests sans intervention humaine |\n\n| Type | Synchronized | Concurrent |\n"
            "|---|---|---|\n| Set | Collections.synchronizedSet | ConcurrentSkipListSet |\n\n"
            "The SSTable is a concept borrowed from Google Bigtable.\n\n# LRU 与 LFU 的区别[Top]\n\n"
            "| 算法 | 适用场景 |\n|---|---|\n| LFU 算法 | 数据在一段时间内被连续访问 |\n")
    got = notes(text)
    assert {n.front for n in got} == {"Automatisation — description?", "Set — concurrent?", "LFU 算法 — 适用场景？"}
    assert all("[Top]" not in " ".join(n.heading_path) for n in got)


def test_a_bare_category_is_no_definition():
    text = "## VPC\n\n- VPCs are a global resource\n- Monitors are a programming language construct.\n"
    assert fronts(text, "definition") == set()


def test_book_chapter_headings_over_narration_are_not_defined_by_it():
    text = ("## The Outage\n\nSuddenly the system broke.\n\n## Traffic\n\nAs traffic grows, it will surpass your capacity.\n\n"
            "## Libraries\n\nLibraries are notorious sources of blocking threads.\n\n## Data Purging\n\n"
            "Delete old data to keep the system light.\n\n## Cost\n\nIt is too expensive to make the system ultra-reliable.\n\n"
            "## The Scope\n\nBuilding software fast that is cheap to run demands better design.\n\n"
            "## Bulkheads\n\nPrinciple of damage containment. Partition systems so one failure stays local.\n")
    assert fronts(text, "heading-fact") == {"Bulkheads?"}


def test_anaphoric_subjects_option_numbers_and_advice_to_choose_well():
    text = ("## Storage engine\n\nThe main entry point is the ColumnFamilyStore class.\n\n"
            "The performance data is used for choosing the best replica.\n\n"
            "## Typestate\n\nThe typestate pattern is an API design pattern that encodes state in types.\n\n"
            "## Clients\n\n* option 2: only the platform's client gateway\n\n## Facts\n\n"
            "- Choose the right fact table type for your business process.\n")
    assert fronts(text) == {"What is the typestate pattern?"}


def test_a_table_row_before_a_deep_list_stays_in_its_table_and_a_gerund_noun_phrase_defines():
    text = ("* 附：设备之间的区别\n#####\n| 协议层 | 设备 |\n|:--|:--|\n| 网络层 | 路由器 |\n| 物理层 | 中继器、集线器 |\n"
            "     * **集线器HUB**：集线器实际就是一种多端口的中继器。\n")
    assert "物理层 — 设备？" in fronts(text, "table")
    text = "## Handshaking\n\nSignaling between devices that regulates how they talk to each other.\n"
    assert fronts(text, "heading-fact") == {"Handshaking?"}
