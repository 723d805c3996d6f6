"""Patterns found by grading cards from documents the extractor had never seen (session 24, rounds 296 and later;
test_unseen_round_290.py holds the first of them). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_double_brackets_in_a_code_span_stay_code():
    text = ("# Runner config\n\n## The `[[workers]]` block\n\n- **`[[workers]]`:** one table per registered worker in "
            "the TOML file.\n- **See also:** [[Scheduling]]\n")
    got = [(n.front, n.back, " › ".join(n.heading_path)) for n in notes(text)]
    assert got and not any("](<" in f + b + c for f, b, c in got), got
    assert any("[[workers]]" in f for f, _b, _c in got), got
    table = ("# Runner\n\n## Options\n\n| option | meaning | recommended |\n|---|---|---|\n"
             "| Concurrency | jobs at once over all `[[workers]]` blocks | 2 to 8 |\n| Log level | how much the log says | info |\n")
    assert any("[[workers]]" in n.back for n in notes(table)), [n.back for n in notes(table)]


def test_numbered_parts_of_one_made_up_setup_make_no_cards():
    text = ("# Replication\n\n## Shards\n\nAfter creating the index, the cluster places its shards:\n\n* Shard 0:\n\n"
            "    * Primary: Node 1\n    * Copies: Node 1, Node 2\n\n* Shard 1:\n\n    * Primary: Node 2\n"
            "    * Copies: Node 2, Node 3\n\n## Levels\n\n* RAID 5:\n\n    * Parity: spread over every disk of the array\n"
            "    * Survives: one failed disk\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Node" in b for b in got.values()), got
    assert any("RAID 5" in f for f in got), got


def test_a_chinese_or_japanese_list_that_ends_in_etc_is_open():
    text = ("# 存储\n\n## 卷\n\n- PV是网络存储，不属于任何Node。\n- PV常见类型：NFS、iSCSI、CephFS等。\n\n"
            "StorageClass的组成：provisioner、parameters、reclaimPolicy。\n\n## ボリューム\n\n- 永続ボリュームはノードの外にある。\n"
            "- 主なドライバ：NFS、iSCSI、CephFSなど。\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert not any("常见类型" in f or "ドライバ" in f for f in got), got


def test_a_concept_but_a_remark_is_no_definition():
    text = ("# Web\n\n## Comet\n\n* Comet is a concept, but you will see it built as long polling in most libraries\n"
            "* Comet is used for pushing server events to a page\n\n## Terms\n\n"
            "* A reverse proxy is a server that forwards client requests to backend servers.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("concept" in b for b in got.values()), got
    assert any("reverse proxy" in f.lower() for f in got), got


def test_a_mistake_and_its_fix_are_no_labels_to_ask():
    text = ("# DNS\n\n## Common mistakes\n\n### Stale zone\n\n**Mistake:** Not raising the serial after an edit\n\n"
            "**Correct:** Raise the serial on every change\n\n## Web vitals\n\n- **LCP good:** under 2.5 s\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith(("Mistake", "Correct")) for f in got), got
    assert any("LCP" in f for f in got), got


def test_a_details_column_beside_a_description_asks_for_either():
    text = ("# Storage\n\n## Levels\n\n| Level | Description | Details |\n|---|---|---|\n"
            "| Mirror | every block written to two disks | survives one disk loss, half the space |\n"
            "| Stripe | blocks spread over all disks | fastest, no fault tolerance |\n")
    got = [n.front for n in notes(text)]
    assert not any("details" in f.lower() for f in got), got
    assert any("Mirror — description" in f for f in got), got


def test_a_step_of_an_event_is_no_term():
    text = ("# Consensus\n\n## Proof sketch\n\n1. Leader election starts — both nodes vote for themselves.\n"
            "2. Network partition occurs — A and B cannot talk.\n\n## Terms\n\n"
            "- Quorum — a majority of the voting members.\n")
    got = [n.front for n in notes(text)]
    assert not any("occurs" in f or "starts" in f for f in got), got
    assert any("Quorum" in f for f in got), got


def test_a_remedy_after_a_dash_is_another_fact():
    text = ("# Replication\n\n## Hazards\n\n- **Stale reads**: a follower answers before it has caught up — mitigated via "
            "**read-your-writes** routing or leader reads.\n- **Write skew**: two transactions read the same rows and "
            "write different ones.\n")
    got = {n.front: n.back for n in notes(text)}
    assert any("Stale reads" in f and "caught up" in b and "mitigated" not in b for f, b in got.items()), got


def test_a_japanese_clause_over_one_sub_item_is_no_term():
    text = ("# ネットワーク\n\n## OSI\n\n- ネットワーク層(L3)\n  - 経路の選択を行うプロトコル\n  - IP や ICMP がこれにあたる\n"
            "    - IP でのアドレスを単に IP アドレスと呼ぶ\n- Ethernet\n  - 有線 LAN で広く使われる通信規格\n")
    got = [n.front for n in notes(text)]
    assert not any("あたる" in f for f in got), got


def test_a_paragraph_that_only_counts_the_parts_below_answers_nothing():
    text = ("# Testing\n\n### What is the test trophy?\n\nThe trophy arranges tests by cost and confidence. It has four "
            "distinct layers.\n\n- Static checks catch typos.\n- Unit tests check one function.\n\n### What is a fixture?\n\n"
            "A fixture is a function that prepares the state a test needs.\n")
    got = [n.front for n in notes(text, "heading-fact")]
    assert not any("trophy" in f.lower() for f in got), got


def test_a_what_it_is_heading_names_its_owner_and_a_yes_answer_leans_on_its_question():
    text = ("# Messaging\n\n## Amazon MQ\n\n### What it is\n\nA managed message broker for ActiveMQ and RabbitMQ workloads.\n\n"
            "## OAuth2\n\n### Is it a standard?\n\nYes — OAuth2 defines **standard flows** called **grant types**.\n")
    got = [n.front for n in notes(text)]
    assert "What it is?" not in got and not any(f.startswith("Yes") for f in got), got
    assert "What is Amazon MQ?" in got, got


def test_two_actors_of_a_race_are_no_number_to_learn():
    text = ("# Threads\n\n## Races\n\n- A lost update happens when 2 threads try to write the same counter at once.\n"
            "- A quorum needs at least 2 nodes to agree before a write commits.\n- The default stack size is 8 MB per thread.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any("lost update" in f.lower() for f in got), got
    assert any("stack size" in f for f in got) and any("quorum" in f for f in got), got


def test_a_cell_that_only_names_a_kind_of_the_columns_thing_asks_nothing():
    text = ("# Locks\n\n## Guards\n\n| Resource | Lock | Why it exists |\n|---|---|---|\n"
            "| Volume | volume guard | stops deletion while mounted |\n| Route | provider locks | frees the cloud route |\n"
            "| Queue | drain guard | keeps messages until consumers stop |\n\n## Flows\n\n"
            "| Flow | When it is used | Steps |\n|---|---|---|\n| Code | web apps with a user | redirect, code, token |\n"
            "| Device | TVs without a browser | user code, polling |\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("provider locks" in b for b in got.values()), got
    assert any(f.startswith("Queue — lock") for f in got) and any("when it is used" in f.lower() for f in got), got


def test_an_emphasis_cloze_the_context_line_says_in_another_form_is_trivial():
    text = ("# Networks\n\n## A Layered System\n\n- Since protocols address different parts of communication, it is useful "
            "to group protocols by the part each one addresses and to think of these groups as _layers_.\n\n## Routing\n\n"
            "- Since many routes can match one address, the route a router uses for a packet is the one with the most "
            "specific _subnet mask_.\n")
    got = [n.front for n in notes(text, "emphasis-cloze")]
    assert not any("c1::layers" in f for f in got), got
    assert any("router" in f.lower() for f in got), got


def test_the_items_of_an_exam_question_section_are_no_facts():
    text = ("# Redes\n\n## Máscaras\n\n- **Máscara /24:** deja 254 hosts útiles por subred.\n\n## Preguntas tipo examen\n\n"
            "### Pregunta 1\n\nDos equipos tienen estas direcciones:\n\n- **PC1:** `10.1.1.100 /27`\n- **PC2:** `10.1.1.140 /27`\n\n"
            "| IP | Máscara | CIDR |\n|---|---|---|\n| `10.2.3.4` | ? | `/26` |\n| `10.9.9.9` | ? | `/20` |\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("PC1" in f or "/26" in b or "/20" in b for f, b in got.items()), got
    assert any("Máscara /24" in f for f in got), got


def test_a_key_facts_column_asks_for_an_open_set():
    text = ("# Networking\n\n## Components\n\n| Component | Purpose | Key Facts |\n|---|---|---|\n"
            "| Transit hub | joins many networks in one place | simplifies complex topologies |\n"
            "| Egress gateway | lets private hosts reach out | outbound only |\n")
    got = [n.front for n in notes(text)]
    assert not any("key facts" in f.lower() for f in got), got
    assert any("Transit hub — purpose" in f for f in got), got


def test_a_sentence_that_announces_the_kinds_below_leaves_the_back():
    text = ("# Pod\n\n## 字段\n\nConfigMap Volume：把配置数据以文件的形式挂载进容器。支持如下三种\n\n- 环境变量\n- 命令行参数\n- 文件\n\n"
            "- **Init container**: runs to completion before the app containers start. It supports the following:\n")
    got = {n.front: n.back for n in notes(text)}
    assert any("ConfigMap Volume" in f and b.endswith("容器。") for f, b in got.items()), got


def test_memorize_is_a_soft_label():
    text = "# Bits\n\n## Tricks\n\n- **Memorize:** X & (X - 1) clears the lowest set bit of X\n- **Popcount:** the number of set bits\n"
    got = [n.front for n in notes(text)]
    assert not any("Memorize" in f for f in got) and any("Popcount" in f for f in got), got


def test_the_reasons_after_because_are_no_names_to_ask():
    text = ("# Redes\n\n## Importancia\n\nEl modelo TCP/IP es útil porque:\n\n- **Interoperabilidad:** permite la "
            "interoperabilidad entre fabricantes.\n- **Diagnóstico:** facilita el diagnóstico por capas.\n\n## Capas\n\n"
            "- **Capa de transporte:** entrega segmentos de extremo a extremo con TCP o UDP.\n")
    got = [n.front for n in notes(text)]
    assert not any("porque" in f or "Interoperabilidad" in f for f in got), got
    assert any("Capa de transporte" in f for f in got), got


def test_a_call_named_in_a_chinese_table_keeps_its_case_and_asks_with_a_chinese_mark():
    text = ("# IPC\n\n## System calls\n\nThese calls create and control the channels between processes on Linux.\n\n"
            "| 调用 | 描述 |\n|---|---|\n| pipe | 创建管道 |\n| semctl | 信号量控制 |\n| msgget | 创建消息队列 |\n")
    got = [n.front for n in notes(text, "table")]
    assert "semctl — 描述？" in got and not any(f.startswith("Semctl") or f.endswith("描述?") for f in got), got


def test_an_other_label_over_the_rest_of_a_list_asks_nothing():
    text = ("# 进程\n\n## 进程描述符\n\n进程标识符：每个进程唯一的编号。\n\n其他：当前进程状态、等待时间、PID 以及用户标识符等。\n\n"
            "## Misc\n\n- **Others:** timers, signals and limits.\n- **Nice value:** the priority hint a user can lower.\n")
    got = [n.front for n in notes(text)]
    assert not any("其他" in f or "Others" in f for f in got), got
    assert any("Nice value" in f for f in got), got


def test_a_command_line_keeps_the_tools_lower_case_name():
    text = "# Kubernetes\n\n## ReplicaSets\n\n- Inspecting a ReplicaSet:\n  - kubectl describe rs web-frontend\n"
    got = [n.back for n in notes(text)]
    assert got and not any(b.startswith("Kubectl") for b in got), got


def test_a_statement_about_every_member_is_no_gloss_of_the_item_above():
    text = ("# Containers\n\n## Basics\n\n- Pods:\n  - Each container within a pod runs in its own cgroup\n"
            "- RTO (Recovery Time Objective)\n  - How long a service may stay down after a failure\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith("Pods") for f in got) and any("RTO" in f for f in got), got


def test_preformatted_text_between_pre_tags_is_code():
    text = ("# Kafka\n\n## Sizing\n\n<pre>\n分区数： partitions\n副本数： replicas\n\n</pre>\n\n"
            "**ISR**：与 leader 保持同步的副本集合。\n")
    got = [n.front for n in notes(text)]
    assert not any("分区数" in f or "副本数" in f for f in got), got


def test_numbered_points_side_by_side_have_no_key_column():
    text = ("# Warehouses\n\n## Methods\n\n| Top-down | Bottom-up |\n|---|---|\n| 1. Builds the central store first | "
            "1. Builds department marts first |\n| 2. Slower to first value | 2. Faster to first value |\n"
            "| 3. Normalised core model | 3. Star schemas throughout |\n")
    got = [n.front for n in notes(text, "table")]
    assert not any(f[:2] in ("1.", "2.", "3.") for f in got), got


def test_the_means_to_a_goal_are_no_steps():
    text = ("# TCP\n\n## How to be reliable\n\n1. Acknowledgements for every segment received\n2. Checksums over header and "
            "data\n3. Retransmission after a timeout\n\n## How to open a connection\n\n1. Client sends SYN\n"
            "2. Server answers SYN-ACK\n3. Client sends ACK\n")
    got = [n.front for n in notes(text)]
    assert not any("reliable" in f.lower() and "comes" in f for f in got), got
    assert any("comes after" in f and "SYN" in f for f in got), got


def test_a_typographic_apostrophe_stays_in_an_expansion():
    text = "# Principles\n\n## Design\n\nKISS (Keep It Simple, Stupid) and YAGNI (You Aren’t Gonna Need It) name two habits.\n"
    got = {n.front: n.back for n in notes(text, "acronym")}
    assert got.get("What does YAGNI stand for?") == "You Aren’t Gonna Need It", got


def test_a_settings_name_in_chinese_notes_keeps_its_case():
    text = ("# Redis\n\n## 内存淘汰机制\n\n当内存不足时，Redis 会按照配置的策略淘汰键。\n\n"
            "- noeviction：内存不足时，新写入操作会报错。\n- volatile-lfu：在设置了过期时间的键中，移除使用频率最低的键。\n"
            "- allkeys-lfu：在所有键中，移除使用频率最低的键。\n")
    got = [n.front for n in notes(text)]
    assert any("volatile-lfu" in f for f in got) and not any("Volatile-lfu" in f for f in got), got


def test_a_phrase_that_finishes_the_item_above_is_no_sentence_to_blank():
    text = ("# DynamoDB\n\n## Capacity\n\n- Write units\n  - In blocks of 1 KB\n- Read units\n  - In blocks of 4 KB\n"
            "- Reserved capacity\n  - Up to 76% discount over on-demand\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any(f.startswith("In blocks") for f in got) and any(f.startswith("Up to") for f in got), got


def test_the_following_in_japanese_names_no_set():
    text = ("# Raft\n\n## 安全性\n\n- 非ビザンチン条件下で safety が保たれる\n  - 以下の障害に耐性を持つ\n    - ネットワーク遅延\n"
            "    - 分断\n    - パケットロス\n\n## 主な構成要素\n\n- 構成要素\n  - リーダー\n  - フォロワー\n  - 候補者\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert not any(f.startswith("以下") for f in got), got


def test_a_purpose_the_cmdlets_name_already_says_is_trivial():
    text = ("# Azure\n\n## Cmdlets\n\nRemove-AzResourceLock is used to remove the resource lock.\n\n"
            "Get-AzVM is used to list virtual machines and their power state across subscriptions.\n\n"
            "Set-AzDisk is used to command is used to update the disk.\n")
    got = [n.front for n in notes(text, "purpose")]
    assert not any("Remove-AzResourceLock" in f or "Set-AzDisk" in f for f in got) and any("Get-AzVM" in f for f in got), got


def test_a_quiz_with_marked_options_makes_no_cards():
    text = ("# DNS\n\n## Records\n\n- **TTL:** how long a resolver may cache an answer, in seconds.\n\nQUIZ\n"
            "- who delegates the top-level domains\n  - iana [correct]\n  - 12 regional registries\n  - nobody\n"
            "- which record maps a name to an IPv6 address\n  - a\n  - aaaa [correct]\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("[correct]" in f + b or "12" in b or "delegates" in f.lower() for f, b in got.items()), got
    assert any("TTL" in f for f in got), got


def test_one_sides_trait_under_a_versus_item_asks_no_choice():
    text = ("# Azure\n\n## Load balancers\n\n* Load Balancers\n  * Premium vs Basic\n    * Premium offers zone-redundant "
            "frontends\n  * Kafka vs RabbitMQ\n    * Kafka keeps a replayable log; RabbitMQ deletes a message once acked\n")
    got = [n.front for n in notes(text, "tradeoff")]
    assert not any("Premium vs Basic" in f for f in got) and any("Kafka vs RabbitMQ" in f for f in got), got


def test_the_dns_a_record_keeps_its_a():
    text = "# DNS\n\n## Records\n\n- **A record:** maps a host name to an IPv4 address.\n- **MX record:** names mail servers.\n"
    got = [n.front for n in notes(text)]
    assert any(f.endswith("A record?") for f in got) and "Record?" not in got, got


def test_a_table_that_traces_an_algorithm_step_by_step_makes_no_cards():
    text = ("# 路由\n\n## 链路状态\n\n**实例演示**：\n考虑节点 a, b, c，a 为源点。\n| 步骤 | N' | D(b), p(b) | D(c), p(c) |\n"
            "| :--- | :--- | :--- | :--- |\n| 0 | a | 4, a | 9, a |\n| 1 | ab | **4, a** | 7, b |\n| 2 | abc | | **7, b** |\n\n"
            "| 协议 | 算法 |\n|---|---|\n| OSPF | 链路状态 |\n| RIP | 距离向量 |\n")
    got = [n.front for n in notes(text, "table")]
    assert not any("步骤" in f for f in got) and any("RIP" in f for f in got), got


def test_an_acronym_in_chinese_notes_asks_for_its_full_name():
    text = ("# 路由\n\n## 域内路由\n\n**RIP (Routing Information Protocol)** 是一种基于距离向量的域内路由协议，"
            "使用跳数作为度量，最大跳数为 15。\n")
    got = [n.front for n in notes(text, "acronym")]
    assert got == ["RIP的全称是什么？"], got


def test_a_label_whose_text_spells_out_its_acronym_makes_an_acronym_card():
    text = ("# Switching\n\n## Tables\n\n- **Memoria CAM (switches):** \"Content Addressable Memory\"\n"
            "- **MAC aging:** entries expire after 300 seconds without traffic.\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("What does CAM stand for?") == "Content Addressable Memory", got


def test_a_tuple_after_an_equals_sign_stays_in_the_title():
    text = ("# 路由\n\n## 图模型\n\n网络被抽象为图 G=(N,E)：\n- N：路由器集合\n- E：链路集合\n"
            "- c(x,y)：链路代价，与带宽和时延相关\n")
    got = [" › ".join(n.heading_path) + " | " + n.front for n in notes(text)]
    assert got and not any("G= " in g or g.endswith("G=") or "G= —" in g for g in got), got


def test_a_judgement_of_a_term_is_no_definition():
    text = ("# Delivery\n\n## Practices\n\n- Canary analysis is an invaluable metric source when doing continuous delivery.\n"
            "- Sharding is a 3rd, but is only needed for very large data sets.\n"
            "- Idempotency is the property that repeating a request has the same effect as sending it once.\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any("Canary" in f or "Sharding" in f for f in got) and any("Idempotency" in f for f in got), got


def test_a_definition_that_says_the_term_again_in_another_form_is_trivial():
    text = ("# Reliability\n\n## Terms\n\n- Availability - the service is available for some share of the time\n"
            "- Idempotency - the property that repeating a request has the same effect as sending it once\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any("Availability" in f for f in got) and any("Idempotency" in f for f in got), got


def test_a_heading_that_names_a_task_is_no_term_to_define():
    text = ("# Boot\n\n## Modify the Boot Loader\nConfiguration of GRUB2 is at /etc/grub2.cfg (a link to /boot/grub2/grub.cfg)\n\n"
            "## Runlevel\n\nA runlevel is a mode of operation that decides which services a Unix system starts.\n")
    got = [n.front for n in notes(text, "heading-fact")]
    assert not any("Modify" in f for f in got), got


def test_a_remark_on_the_exam_and_a_lessons_objectives_are_no_facts():
    text = ("# IAM\n\n## What you'll learn\n\n- The root user — when to use it and when not to\n- Policies — how they combine\n\n"
            "## Authentication vs authorization\n\nThe difference shows up on the exam: CloudTrail logs who called; policies "
            "decide what is allowed.\n\n- **Permission boundary:** the most a role's policies can ever grant.\n")
    got = [n.front for n in notes(text)]
    assert not any("root user" in f.lower() or "exam" in f.lower() for f in got), got
    assert any("Permission boundary" in f for f in got), got


def test_the_ways_to_do_what_the_line_above_says_name_nothing_and_a_dot_file_keeps_its_dot():
    text = ("# Kubernetes\n\n## ConfigMap\n\nThis can be done in several ways:\n\n"
            "- .env file: `kubectl create configmap app --from-env-file=app.env`\n"
            "- manifest: `kubectl create -f configmap.yaml`\n\n## Files\n\n- .dockerignore: lists paths the build context leaves out\n")
    got = [n.front for n in notes(text)]
    assert not any("Env file" in f or "env file" in f or "Manifest" in f for f in got), got
    assert any(".dockerignore" in f for f in got), got


def test_chinese_sentences_typed_with_ascii_full_stops_are_counted_as_sentences():
    text = ("# 传输层\n\n## UDP 首部\n\n目的端口号: 表示接收端口, 字段长 16 位. 该字段在任何时候都必须设置. 接收端用它把数据交给正确的应用.\n\n"
            "校验和: 用于检查首部和数据在传输中是否出错。\n")
    got = [n.front for n in notes(text)]
    assert not any("目的端口号" in f for f in got) and any("校验和" in f for f in got), got


def test_various_things_are_some_of_an_open_set():
    text = ("# Linux\n\n## Processes\n\n- Various system daemons\n  - journald\n  - cron\n  - ntpd\n- Process states\n"
            "  - running\n  - sleeping\n  - stopped\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert not any("various" in f.lower() for f in got), got


def test_a_chinese_claim_before_its_colon_is_no_term():
    text = ("# 监控\n\n## 时序数据\n\n数据模型简单：每个指标在一个时间点只有一个值，按时间顺序追加写入。\n\n"
            "采样间隔：两次采集之间的时间，通常为 15 秒。\n")
    got = [n.front for n in notes(text)]
    assert not any("简单" in f for f in got) and any("采样间隔" in f for f in got), got


def test_a_count_under_a_bare_label_is_no_gloss_of_it():
    text = ("# AWS\n\n## NAT gateway\n\n- Elastic IP addresses\n  - Two assigned on creation of the gateway\n"
            "- RTO (Recovery Time Objective)\n  - How long a service may stay down after a failure\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith("Elastic IP") for f in got) and any("RTO" in f for f in got), got


def test_an_escaped_asterisk_between_words_is_a_slides_bullet_not_text():
    text = ("# Wireless\n\n## WLAN: IEEE 802.11 \\* Extensions\n\n- 802.11e: quality of service for voice and video\n"
            "- 802.11i: stronger security with AES and 802.1X\n")
    got = [" › ".join(n.heading_path) + " | " + n.front for n in notes(text)]
    assert got and not any(" * " in g for g in got), got
