from extract_helpers import one


def test_equals_definition_is_reversible_when_short():
    note = one("- Bedrock = foundation model service.\n", "definition")
    assert (note.front, note.back, note.reverse) == ("Bedrock", "foundation model service", True)


def test_label_with_article_body_is_a_definition():
    note = one("Idempotency key: a client-chosen token that lets the server drop duplicate requests safely.\n", "definition")
    assert note.front == "What is Idempotency key?"
    assert note.back.startswith("A client-chosen token")


def test_is_a_sentence_and_dash_definitions():
    assert one("Raft is a consensus algorithm for replicated logs.\n", "definition").back == "a consensus algorithm for replicated logs"
    assert one("- Saga — a sequence of local transactions with compensations\n", "definition").front == "Saga"


def test_formulas_are_not_definitions():
    from extract_helpers import notes

    assert not notes("Throughput = 25k * 0.2 = 5k\n", "definition")
