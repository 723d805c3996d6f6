"""Patterns found by grading cards from documents the extractor had never seen (session 27, rounds 363 and later;
test_unseen_round_341.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from srs.extract.html_text import to_text
from tests.extract.extract_helpers import notes


def test_a_sentence_that_spells_out_an_acronym_in_mixed_case_is_an_acronym_note():
    text = "# Web\n\n## Styles\n\nSOAP is a Simple Object Access Protocol.\n\nHTTP is the HyperText Transfer Protocol.\n"
    got = {n.front: (n.rule, n.kind.value, n.back) for n in notes(text)}
    assert got.get("What does SOAP stand for?") == ("acronym", "acronym", "Simple Object Access Protocol"), got
    assert got.get("What does HTTP stand for?") == ("acronym", "acronym", "HyperText Transfer Protocol"), got


def test_a_back_that_ends_on_a_lead_in_to_a_list_or_an_example_loses_that_tail():
    text = ("# 数据仓库\n\n## 数据质量\n\n* 异常：\n  * 缺失：应该有值，但是没有。\n  * 无效：有值但是超过许可范围，例如\n"
            "  * 重复：同一条记录出现了两次。\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("异常 — 无效？") == "有值但是超过许可范围", got
    text = "# Transactions\n\nCheckpoint = a point where all dirty pages are flushed to disk. Its steps are -\n- stop writes\n- flush\n"
    got = {n.front: n.back for n in notes(text)}
    assert got.get("What is Checkpoint?") == "A point where all dirty pages are flushed to disk.", got


def test_sample_rows_that_a_query_below_them_is_run_on_make_no_cards():
    text = ("# Web Security\n\n## SQL Injection\n\n| username | password |\n| --- | --- |\n| alice | 01234 |\n| bob | 56789 |\n\n"
            "```sql\nSELECT password FROM user_accounts WHERE username='alice'\n```\n\n## Status codes\n\n| code | meaning |\n"
            "|---|---|\n| 401 | Unauthorized: no valid credentials |\n| 403 | Forbidden: credentials lack rights |\n\n"
            "```sql\nSELECT code FROM logs WHERE status = 403\n```\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("password" in f for f in got), got
    assert got.get("Code 403 — meaning?") == "Forbidden: credentials lack rights", got  # the query names one column only


def test_a_romance_language_heading_that_names_one_thing_is_no_set_over_its_traits():
    text = ("# Componentes fundamentais\n\n## Mensageria\n\nAs filas de mensagens desacoplam os serviços e absorvem os picos "
            "de carga. Elas são usadas quando o processamento pode ser feito depois, e não na hora do pedido do usuário.\n\n"
            "### Ferramentas\n\n#### RabbitMQ\n- Roteamento flexível\n- Simples de operar\n- Garantias de entrega\n\n"
            "### Tipos de nuvem\n- Pública\n- Privada\n- Híbrida\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert not any(f.startswith("RabbitMQ") for f in got), got
    assert "Tipos de nuvem (3)?" in got, got


def test_a_list_written_on_one_line_is_shown_as_a_list():
    text = ("# Caching\n\n### Cache Penetration\n\nRequests for keys that do not exist.\n\n"
            "Solutions: - Cache null values - Bloom filter in front of the store -\n")
    got = {n.front: n.back for n in notes(text)}
    assert "- Cache null values\n- Bloom filter in front of the store" in got.values(), got


def test_bold_words_on_the_next_line_go_on_a_sentence_cut_at_a_small_word():
    text = ("# Queues\n\n## States\n\nA job that waits in the queue is said to be **pending**, while a job a worker has taken "
            "is called\n**running**.\n\n> In practice, a cluster cache is both **shared** and\n> **partitioned**.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.rstrip().endswith((" the", " and", " called")) for f in got), got
    assert any("running" in f + b.lower() for f, b in got.items()), got  # the sentence's second half is on a card


def test_a_japanese_sentence_saying_whether_something_supports_the_heading_is_no_definition():
    text = ("# ストレージ\n\n## ファイル共有\n\nBlob Storageでは非対応。\n\n## 冗長構成\n\nアカウントで以下を選択することで、"
            "別リージョンへの複製が行われる（非同期）。\n\n- GRS\n- GZRS\n\n## スケジューラー\n\n"
            "新しいPodをどのNodeに配置するかを決定するコンポーネント。\n")
    got = [n.front for n in notes(text, "definition")]
    assert not any(f.startswith(("ファイル共有", "冗長構成")) for f in got), got
    assert "スケジューラーとは？" in got, got


def test_the_count_of_nines_beside_a_percentage_leaves_the_cloze():
    text = ("# Storage\n\n## Durability\n\n- Cold tier: 99.999999999% (eleven nines) yearly durability.\n"
            "- Hot tier: yearly durability of five nines ([link](x)) is 99.999% for archives.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert any("{{c1::99.999999999%}}" in f and "nines" not in f for f in got), got
    assert not any("five nines" in f for f in got), got


def test_a_coloured_dot_flagging_a_downside_leaves_the_back():
    text = ("# Serving\n\n## Batching\n\n- **Static batching**: requests are grouped into fixed-size batches, 🔴 every request "
            "waits until its batch is full.\n- **Dynamic batching**: a batch leaves when full or when a time window ends.\n")
    got = {n.front: n.back for n in notes(text)}
    assert any("every request waits" in b and "🔴" not in b for b in got.values()), got


def test_a_list_under_a_heading_that_names_one_step_is_no_sequence():
    text = ("# Evaluation\n\n## Step 3: Choosing evaluation data\n\n1. **Coverage**: the set spans every user intent.\n"
            "2. **Freshness**: the set is rebuilt when traffic changes.\n3. **Balance**: no intent dominates the set.\n\n"
            "## Deployment pipeline\n\n1. Build the image\n2. Run the tests\n3. Push to the registry\n")
    got = [n.front for n in notes(text)]
    assert not any("Choosing evaluation data" in f and "comes" in f for f in got), got
    assert any("Deployment pipeline" in f and "comes after" in f for f in got), got


def test_an_mdx_component_around_words_leaves_only_the_words():
    text = ("# Databases\n\n## Isolation\n\n- <Term>Read Committed</Term>: a query sees only rows committed before it began.\n"
            "- <Term>Serializable</Term>: transactions behave as if run one after another.\n\n"
            "A `List<String>` holds strings.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Term>" in f + b for f, b in got.items()), got
    assert any("Read Committed" in f for f in got), got


def test_a_colon_or_an_arrow_inside_brackets_splits_nothing():
    text = ("# Mongo\n\n## Operators\n\n- Size: matches arrays with the given number of elements.\n"
            "- { campo: { $size: <n> } }\n\n## Processes\n\n- Checkpointer [Buffers → Disk]\n- WAL writer [WAL buffers → WAL files]\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith("{") or "{ campo" in f or f.rstrip("?").endswith("→") for f in got), got


def test_practice_project_suggestions_are_no_facts():
    text = ("# Networks\n\n## Packet switching\n\nStore-and-forward means a router receives the whole packet before it sends the "
            "first bit on.\n\n## Project Ideas\n\n### Project 2: `LinkSim`\n\n- **Size:** Medium (~300 LOC)\n"
            "- **Libraries:** Standard C++ only\n")
    got = [n.front for n in notes(text)]
    assert not any("Size" in f or "Libraries" in f for f in got), got
    assert any("Store-and-forward" in f for f in got), got


def test_a_label_over_only_a_link_to_a_page_is_a_reference():
    text = ("# Security\n\n## Transit\n\n| Service | Encryption |\n|---|---|\n| RDS | TLS for client connections |\n"
            "| S3 | TLS for every request |\n\n📖 **Hypervisor Encryption**: [Traffic protection between hosts]"
            "(https://docs.example.com/hosts/traffic)\n\nLayer 1 Device: [[Hub]]\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Hypervisor" in f for f in got), got
    assert any(b == "Hub" for b in got.values()), got  # a wiki link names a page of the notes: the name is the fact


def test_a_verb_before_a_comma_list_makes_its_objects_no_set():
    text = ("# Backup\n\n## Plans\n\n- **Retention rules**: Define schedules, expiry, vault locks\n"
            "- **Vault types**: Standard, Logically air-gapped, Legal hold\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("retention rules" in f.lower() and "which" in f.lower() for f in got), got
    assert any("Vault types" in f or "vault types" in f for f in got), got


def test_a_heading_that_only_says_you_need_to_know_titles_nothing():
    text = ("# AWS\n\n## Secrets Manager\n\n### What You Need to Know\n\n- **Versioning**: AWSCURRENT, AWSPENDING, AWSPREVIOUS\n"
            "- **Custom Key Store**: Integrate with KMS\n")
    got = [n.front for n in notes(text)]
    assert got and not any(f.startswith("What:") for f in got), got
    assert any(f.startswith("Secrets Manager") for f in got), got


def test_a_cheat_sheet_heading_is_no_subject_for_the_labels_under_it():
    text = ("# Argo CD\n\n## Sync\n\nArgo CD compares the live state of a cluster with the desired state in Git.\n\n"
            "## Quick revision cheat-sheet\n\n- **Useful CLI**: `argocd app list`, `argocd app sync <app>`\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith("Quick revision") for f in got), got


def test_a_back_whose_own_title_case_label_names_what_its_value_is_of_moves_that_name_to_the_front():
    text = ("# Data structures\n\n## Lookups\n\n### Time Complexity\n\n- Search: Red Black Tree: `O(log n)`\n"
            "- Worst case: Chained Hash Table: `O(n)`\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("Time Complexity: Worst case — Chained Hash Table?") == "`O(n)`", got


def test_a_web_address_as_the_answer_or_an_arrow_that_opens_a_line_makes_no_fact():
    text = ("# Sorting\n\n## Radix sort\n\nRadix sort orders integers digit by digit, least significant digit first.\n\n"
            "-> Can be bounded with b=n & k <= n^c -> becomes O(n)\n\nComplexity table : https://wiki.example.org/Complexity\n\n"
            "## Warehouses\n\n→ Fact tables hold the **measures** of each event\n")
    got = [n.front for n in notes(text)]
    assert not any(f.lstrip().startswith(("->", "→")) or "Complexity table" in f for f in got), got
    assert any("{{c1::measures}}" in f for f in got), got


def test_a_list_that_takes_apart_the_example_above_it_makes_no_cards():
    text = ("# Linux\n\n## Process listing\n\n```sh\n$ ps -o pid,user,comm\n  4211 maria  nginx\n```\n\n"
            "- Process id: `4211`\n- User name: `maria`\n- Command: `nginx`\n\n## Manifest fields\n\n```yaml\nkind: Role\n"
            "verbs: [get]\n```\n\n- `kind`: the type of object the manifest creates\n- `verbs`: the actions the role allows\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b in ("`4211`", "`maria`", "`nginx`") for b in got.values()), got
    assert any("verbs" in f for f in got), got


def test_items_that_say_what_is_done_with_a_thing_are_no_members_of_it():
    text = ("# Browser\n\n## Storage\n\n#### Session tokens\n\n- Kept in the tab's memory only.\n- Sent with every request.\n"
            "- Cleared when the tab closes.\n\n#### Storage kinds\n\n- Cookies\n- Local storage\n- Session storage\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert not any("session tokens" in f.lower() for f in got), got
    assert any("storage kinds" in f.lower() for f in got), got


def test_a_bold_q_line_with_its_answer_on_the_next_line_is_answered():
    text = ("# Consensus\n\n**Q: What does a lease give a leader?**\nThe right to act alone until the lease expires, "
            "without asking the others.\n\n**Q: What is a quorum?**\nA: A majority of the nodes.\n")
    got = {n.front: (n.back, n.answered) for n in notes(text, "explicit-qa")}
    assert got.get("What does a lease give a leader?") == ("The right to act alone until the lease expires, without asking "
                                                            "the others.", True), got
    assert got.get("What is a quorum?") == ("A majority of the nodes.", True), got


def test_a_cloze_on_a_sentence_that_stops_on_a_lead_in_word_and_more_resources_make_no_card():
    text = ("# Observability\n\n## Grafana\n\n**3** dashboards that matter most for the mesh are\n- Workload\n- Service\n"
            "- Mesh\n\nMore resources\n--------------\n\n* [Pod docs](https://example.com/pods)\n  * [Probes](https://example.com/probes): "
            "important for understanding how liveness and readiness checks restart containers.\n")
    got = [n.front for n in notes(text)]
    assert not any(f.rstrip().endswith(" are") or "Probes" in f for f in got), got


def test_a_heading_answered_by_a_sentence_that_only_counts_or_waves_at_its_facts_makes_no_card():
    text = ("# Mesh notes\n\nSome intro text about the mesh that explains what it is for the reader.\n\n## Traffic control\n\n"
            "Istio has a few traffic control features. Mirroring is one of them.\n\n### Mirroring\n\n"
            "Mirroring copies live traffic to a second service.\n")
    got = [n.front for n in notes(text, "heading-fact")]
    assert "Traffic control?" not in got and "Mirroring?" in got, got


def test_a_network_command_keeps_its_lower_case():
    text = "# DNS\n\n## Lookups\n\n- **dig example.org MX** → the domain's mail servers\n- **dig example.org +short** → only the addresses\n"
    got = [n.front for n in notes(text)]
    assert any(f.startswith("dig example.org MX") for f in got) and not any(f.startswith("Dig ") for f in got), got


def test_a_cell_of_only_marks_is_no_answer():
    text = ("# Views\n\n## Kinds\n\n| View | Speed | Cost |\n|---|---|---|\n| Secure view | Slower | ❌/✅ |\n"
            "| Materialized view | Fast | Storage and refresh credits |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert not any(b.startswith("/") or "✅" in b for b in got.values()), got
    assert got.get("Materialized view — cost?") == "Storage and refresh credits", got


def test_a_bracketed_source_tag_over_a_table_is_no_caption():
    text = ("# Rede\n\n## Conectividade híbrida\n\n**[doc]**\n\n| Aspecto | VPN | Direct Connect |\n|---|---|---|\n"
            "| Latência | variável | consistente |\n| Meio | internet pública | circuito dedicado |\n")
    got = [n.front for n in notes(text, "table")]
    assert got and not any("[doc]" in f for f in got), got


def test_a_gloss_in_sup_tags_is_said_in_brackets_and_an_exponent_stays_one():
    text = ("# 모니터링\n\n## 출력\n\n- 알림<sup>alerts</sup>: 사람이 즉각적으로 대응해야 함.\n"
            "- 티켓<sup>tickets</sup>: 사람의 대응이 필요하지만 즉각적일 필요는 없음.\n")
    got = [n.front for n in notes(text)]
    assert any("알림 (alerts)" in f for f in got) and not any("^alerts" in f for f in got), got
    assert to_text("A set of n elements has 2<sup>n</sup> subsets.") == "A set of n elements has 2^n subsets."
