"""The naming rule ("… is called X") and the purpose rule ("X is used for …")."""

from tests.extract.extract_helpers import notes, one


def test_a_described_thing_is_asked_for_its_name():
    note = one("Storage engines based on merging and compacting sorted files are often called LSM storage engines.\n",
               "naming")
    assert note.front == "What are storage engines based on merging and compacting sorted files called?"
    assert note.back == "LSM storage engines"


def test_a_condition_may_name_this_strategy():
    text = "If the passive stack runs at full production capacity, then this strategy is known as “hot standby.”\n"
    note = one(text, "naming")
    assert (note.front, note.back) == (
        "What is the strategy called if the passive stack runs at full production capacity?", "Hot standby")


def test_a_sentence_that_leans_back_names_nothing():
    assert notes("This is called a tombstone.\n", "naming") == []
    assert notes("It is known as the write-ahead log.\n", "naming") == []
    assert notes("In Java, a lambda is called a closure.\n", "naming") == []


def test_chinese_naming_keeps_the_notes_words():
    note = one("因此 CAP 定理又被称作布鲁尔定理。\n", "naming")
    assert (note.front, note.back) == ("CAP 定理又被称作什么？", "布鲁尔定理")
    assert notes("这又被称作布鲁尔定理。\n", "naming") == []


def test_what_a_named_term_is_used_for():
    note = one("OLAP is used for data analytics when we read many rows of a few columns.\n", "purpose")
    assert (note.front, note.back) == ("What is OLAP used for?",
                                       "Data analytics when we read many rows of a few columns")
    to = one("Topological sorting is most commonly used to schedule jobs that depend on other jobs.\n", "purpose")
    assert to.back == "To schedule jobs that depend on other jobs"


def test_a_cut_purpose_loses_its_dangling_lead_in_and_pointers_make_no_card():
    assert one("Graphs are used to model relationships between entities, such as\n", "purpose").back == \
        "To model relationships between entities"
    assert notes("It is used for caching.\n", "purpose") == []
    assert notes("This index is used for range scans.\n", "purpose") == []


def test_a_lead_clause_before_the_named_thing_is_dropped():
    note = one("Since we deal with documents only in one partition, the document-partitioned index is called the "
               "**local index.**\n", "naming")
    assert (note.front, note.back) == ("What is the document-partitioned index called?", "The local index")


def test_a_double_arrow_names_the_consequence_of_the_last_sentence():
    note = one("- Skew makes partitioning less useful. **Partition with disproportionately high load ⇒ hotspot**\n",
               "rule")
    assert (note.front, note.back) == ("Partition with disproportionately high load → ?", "hotspot")
