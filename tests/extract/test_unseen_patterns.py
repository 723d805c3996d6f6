"""Patterns found by grading cards from documents the extractor had never seen (round 8)."""

from srs.extract import extract
from srs.extract.rules.enumeration import which
from tests.extract.extract_helpers import notes, one


def test_a_name_that_ends_in_s_is_no_plural_set():
    assert which("Kerberos", 3) is None and which("Mobile forensics", 3) is None and which("Status", 2) is None
    assert which("Key APIs", 3) == "Which three key APIs?" and which("Scenarios", 3) == "Which three scenarios?"
    assert which("Key metrics", 3) == "Which three key metrics?"


def test_alternatives_in_brackets_are_no_set():
    text = "- Dictionaries / hash tables (array of linked lists, or sometimes a BST).\n"
    assert [n for n in notes(text) if n.rule == "inline-list"] == []


def test_when_to_use_needs_an_answer_that_says_something():
    assert notes("- Use playbooks if available.\n", "when-to-use") == []
    assert one("- Use a queue when producers outpace consumers.\n", "when-to-use").back == \
        "When producers outpace consumers"


def test_a_japanese_glossary_line_defines_its_bold_term():
    text = ("# トランスポート層\n\n"
            "**ストリーム**は、連続していて切れ目のないデータ構造。\n\n"
            "**確認応答**(**ACK**: Acknowledgement field significant)は、受信ホストが到達を知らせるパケット。\n\n"
            "**スリーウェイハンドシェイク**は、[TCP](#tcp)におけるコネクションの確立方法で、合計で3回のパケットを"
            "やり取りすることからこのような名前となっている。\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert got["ストリームとは？"] == "連続していて切れ目のないデータ構造。"
    assert got["確認応答とは？"] == "受信ホストが到達を知らせるパケット。"
    assert got["スリーウェイハンドシェイクとは？"] == "TCPにおけるコネクションの確立方法。"
    assert notes("その 3 つのキーワードとは `var` と `let` と `const` です。\n", "definition") == []


def test_a_colon_inside_brackets_is_no_label():
    assert notes("（最終更新： 2023-06-27）\n") == []
    fronts = [n.front for n in notes("**MSS**（Maximum Segment Size: 最大セグメント長）は、ペイロードの最大長。\n")]
    assert "MSS（Maximum Segment Size?" not in fronts


def test_a_cloze_on_an_acronym_spelled_out_beside_it_is_trivial():
    assert notes("A service-level objective (**SLO**) defines a range of acceptable values.\n", "emphasis-cloze") == []
    # the other way round too: the acronym beside the blank spells the hidden expansion
    text = "A *write-ahead log* (WAL) is appended before the data pages are changed.\n"
    assert notes(text, "emphasis-cloze") == [] and one(text, "acronym").back == "write-ahead log"
    kept = one("A *write-ahead log* is appended before the data pages are changed.\n", "emphasis-cloze")
    assert kept.front.startswith("A {{c1::write-ahead log}}")


def test_advice_to_the_reader_is_no_cloze_but_a_generic_you_in_a_fact_is():
    assert notes("Think **hard** about what specific team you are going for.\n", "emphasis-cloze") == []
    assert notes("The interviewer judges **your** answers, so it is **worth it** to practise.\n") == []
    assert [n.front for n in notes("In a 5-node cluster, you need **3** nodes for a majority.\n")] == \
        ["In a 5-node cluster, you need {{c1::3}} nodes for a majority."]


def test_actions_and_cut_lead_ins_are_no_terms():
    assert notes("- **Using raw IP addresses**: no DNS logs, but there are HTTP logs\n", "definition") == []
    assert [n.front for n in notes("- **CAP theorem, which can be summarized as**: pick two of three\n")
            if "summarized" in n.front] == []


def test_example_data_and_back_references_make_no_card():
    assert notes("Sno → Sname, Sdept\n", "rule") == []
    assert notes("有以下函数依赖: Sno, Cname → Grade\n", "rule") == []
    assert notes("上面的关系中存在以下传递函数依赖: Sno → Sdept → Mname\n", "sequence") == []
    assert notes("**Cassandra** has a nice compromise for this.\n", "emphasis-cloze") == []
    assert notes("- **冗余数据**：例如 `学生-2` 出现了两次。\n", "labelled-fact") == []
    kept = one("If burn rate >14 over 1h → page\n", "rule")
    assert kept.back == "page"


def test_chinese_definitions_lose_leading_punctuation_and_statements():
    got = one("可串行化调度是指，通过并发控制，使得并发执行的事务结果与串行执行的结果相同。\n", "definition")
    assert got.front == "什么是可串行化调度？" and got.back.startswith("通过并发控制")
    assert notes("DELETE 可以看成是一个特殊的 UPDATE。\n", "definition") == []
    assert one("数据流水线：采集 → 清洗 → 存储\n", "sequence").front == "数据流水线：顺序？"


def test_a_set_keeps_the_numbers_its_items_hold_in_brackets():
    text = "- Reserved private IPs:\n    * Class A (10.0.0.0/8)\n    * Class B (172.16.0.0/12)\n    * Class C (192.168.0.0/16)\n"
    assert one(text, "enumeration").back.splitlines()[0] == "- Class A (10.0.0.0/8)"


def test_counts_with_thousands_separators_are_clozed():
    note = one("- 10,000 management groups can be supported in a single directory.\n", "number-cloze")
    assert note.front.startswith("{{c1::10,000}} management groups")


def test_a_label_may_carry_an_i_e_aside():
    text = ("## Pricing\n- Data transfer:\n  - Inbound data transfers (i.e. data going into Azure data centers): Free\n"
            "  - Outbound data transfers (i.e. data going out of Azure data centers): Charged\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got["Data transfer: Inbound data transfers (i.e. data going into Azure data centers)?"] == "Free"


def test_numeric_table_keys_carry_their_column():
    text = "| Burn rate | Time to exhaustion |\n|---|---|\n| 1 | 30 days |\n| 10 | 3 days |\n| 1000 | 43 minutes |\n"
    assert "Burn rate 10 — time to exhaustion?" in {n.front for n in notes(text, "table")}
    headless = "| | Time to exhaustion |\n|---|---|\n| 2 | 15 days |\n| 5 | 6 days |\n| 9 | 3 days |\n"
    assert notes(headless, "table") == []


def test_clozes_that_lean_on_the_sentence_before_are_dropped():
    for text in ("Luckily for us, AWS has many services (the **Kinesis** family) for that.\n",
                 "If that is the case, the architecture must take **clock skew** into account.\n"):
        assert notes(text, "emphasis-cloze") == [], text


def test_reading_lists_and_pointer_terms_make_no_card():
    assert notes("## 扩展阅读\n\n- **参考文档**：[RFC 793](https://www.rfc-editor.org/rfc/rfc793)\n") == []
    assert notes("What follows is a summary of the chapter.\n", "definition") == []
    assert one("## SLOs\n\nThere are two types of SLOs:\n\n- Request-based\n- Windows-based\n", "enumeration").front \
        == "What are the two types of SLOs?"


def test_a_nested_table_of_contents_makes_no_card():
    toc = ("# 计算机网络\n\n* 传输层：TCP和UDP\n    * [什么是三次握手？](#三次握手)\n    * [什么是四次挥手？](#四次挥手)\n"
           "    * [TCP如何实现流量控制？](#流量控制)\n* 应用层：HTTP\n    * [HTTP的方法](#方法)\n")
    ex = extract(toc)
    assert ex.notes == [] and {ln.rule for ln in ex.lines if ln.text.strip() and ln.line > 1} == {"navigation"}


def test_a_cloze_on_a_sentence_without_subject_is_dropped():
    assert notes("## Binary tree\n\n- Used to make **binary search trees**.\n", "emphasis-cloze") == []
    assert notes("## Binary tree\n\n- A binary tree keeps **two children** per node at most.\n", "emphasis-cloze")


def test_chinese_namely_splits_only_after_a_comma_and_invisible_spaces_go():
    assert notes("立即删除需要消耗cpu。\n", "definition") == [] and notes("客户端连向指定的VIP即可！\n", "definition") == []
    assert one("CAP，即一致性、可用性和分区容错性。\n", "definition").front == "什么是CAP？"
    assert notes("立\u200b即删除需要消耗cpu。\n", "definition") == []


def test_author_lines_and_sentence_titles_are_no_cards():
    assert notes("- **Author**: Jeremy Example GitHub | LinkedIn\n") == []
    assert which("Go enables two styles of concurrent programming", 2) is None and which("DNS", 2) is None


def test_a_follow_up_question_in_chinese_is_no_answer():
    assert notes("- **对方接着追问**：那么为什么要用单线程？\n") == []


def test_a_japanese_heading_opened_by_a_noun_sentence_is_defined():
    text = ("### Scheduler\n新しいPodをどのNodeに配置するかを決定するコンポーネント。\n\n"
            "### Pod\nKubernetesにデプロイできる最小単位で、1つ以上のコンテナの集合体。  \n同じPod内のコンテナはネットワークを共有している。  \n"
            "Kubernetesはこのコンテナを管理している。\n\n"
            "### Control Plane\nクラスタの制御を受け持ち、クラスタ全体に関わる管理を担う。\n\n"
            "### ECSとの違い\nECSはAWSが提供するコンテナオーケストレーションサービス。\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert got == {"Schedulerとは？": "新しいPodをどのNodeに配置するかを決定するコンポーネント。",
                   "Podとは？": "Kubernetesにデプロイできる最小単位で、1つ以上のコンテナの集合体。"}


def test_judgements_bare_chapter_topics_participle_clozes_and_open_sets():
    assert notes("Asynchronous replication is a widely used method because of its high response speed.\n",
                 "definition") == []
    text = "## SRE\n\nChapter 3:\n\n- **Opportunity cost**: the cost of not building features\n- **Toil**: manual work\n"
    assert "SRE: Toil?" in {n.front for n in notes(text)}
    assert notes("## Kinesis\n\n- Stored by default for **24 hours**.\n") == []
    assert notes("## Automation\n\nExamples of where automation can be used:\n\n- Users\n- Software\n- Clusters\n"
                 "- many more\n", "enumeration") == []
