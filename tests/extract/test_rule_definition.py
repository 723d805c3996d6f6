from tests.extract.extract_helpers import notes, one


def test_equals_definition_asks_for_the_meaning_one_way():
    note = one("- Bedrock = foundation model service.\n", "definition")
    assert (note.front, note.back, note.reverse) == ("What is Bedrock?", "Foundation model service", False)


def test_label_with_article_body_is_a_definition():
    note = one("Idempotency key: a client-chosen token that lets the server drop duplicate requests safely.\n", "definition")
    assert note.front == "What is Idempotency key?"
    assert note.back.startswith("A client-chosen token")


def test_is_a_sentence_and_dash_definitions():
    assert one("Raft is a consensus algorithm for replicated logs.\n", "definition").back == "A consensus algorithm for replicated logs"
    assert one("- Saga — a sequence of local transactions with compensations\n", "definition").front == "What is Saga?"


def test_a_paragraph_that_opens_with_a_definition_gives_that_sentence():
    note = one("Monitoring is a process of collecting metrics from a system.\nIt then alerts the on-call engineer.\n",
               "definition")
    assert (note.front, note.back) == ("What is Monitoring?", "A process of collecting metrics from a system")


def test_formulas_are_not_definitions():
    from tests.extract.extract_helpers import notes

    assert not notes("Throughput = 25k * 0.2 = 5k\n", "definition")


def test_a_composition_asks_what_the_thing_consists_of():
    note = one("A Kubernetes cluster consists of 1 or more host machines (called nodes).\n", "definition")
    assert (note.front, note.back) == ("What does a Kubernetes cluster consist of?", "1 or more host machines (called nodes)")
    assert notes("Each module consists of layers described below.\n", "definition") == []


def test_a_heading_defined_by_a_noun_phrase_is_asked():
    note = one("## Control plane\n\nThe brain of Kubernetes which responds to events from the nodes.\n", "heading-fact")
    assert note.front == "Control plane?"


def test_a_label_its_body_defines_is_asked_with_the_notes_article():
    note = one("- **Incident** — An incident is an event that disrupts the normal operations of a system\n", "definition")
    assert (note.front, note.back) == ("What is an incident?", "An event that disrupts the normal operations of a system")
    acronym = one("- **MTTD** — *Mean Time To Detect* is the time between a failure and its detection\n", "definition")
    assert acronym.front == "What is MTTD?"
    # a body about something else is no definition of the label
    assert notes("- **Storage** — A time-series database stores all of these metrics.\n", "definition") == []


def test_an_alias_between_commas_joins_the_term():
    note = one("A trie, sometimes called a prefix tree, is a kind of search tree that stores strings.\n", "definition")
    assert note.front == "What is a trie (also called a prefix tree)?"
    assert note.back == "A kind of search tree that stores strings"


def test_a_bold_lead_then_a_noun_phrase_is_a_definition():
    text = ("Two schemas:\n\n1. **Star schema** has a fact table\n"
            "2. **Snowflake schema** A variant of a star schema where dimensions are split further.\n")
    assert one(text, "definition").back == "A variant of a star schema where dimensions are split further"
    assert notes("- **Caching** the results is done at the edge.\n", "definition") == []
