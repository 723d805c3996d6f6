from srs.extract import extract
from tests.extract.extract_helpers import notes, one


def test_short_paragraph_under_a_heading_answers_the_heading():
    text = "Spoofing\n--------\nThreat to **authentication**. Mitigate with mTLS and signed tokens.\n"
    ex = extract(text)
    [note] = ex.notes
    assert (note.front, note.back) == ("Spoofing?", "Threat to authentication. Mitigate with mTLS and signed tokens.")
    assert [ln.outcome for ln in ex.lines[:3]] == ["context", "part", "card"]  # the setext underline is the heading's


def test_generic_headings_do_not_make_heading_facts():
    assert not notes("## Summary\n\nWe covered queues and streams in depth today.\n", "heading-fact")


def test_label_with_a_tradeoff_and_its_answer():
    note = one("- Kafka vs RabbitMQ: Kafka for replayable streams; RabbitMQ for routing.\n", "tradeoff")
    assert note.answered and note.back == "Kafka for replayable streams; RabbitMQ for routing"


def test_noun_phrase_after_a_label_is_a_definition_not_a_list():
    note = one("- **Topic**: a named, partitioned, append-only log.\n", "definition")
    assert (note.front, note.back, note.reverse) == ("What is Topic?", "A named, partitioned, append-only log", False)
    # a list of names is no meaning, and "Cloud Training" does not say what the set is: no set card
    rules = {n.rule for n in extract("- Cloud Training: A Cloud Guru, Cloud Academy, Linux Academy\n").notes}
    assert not rules & {"definition", "enumeration"}


def test_plain_counts_are_clozed_in_statements_only():
    note = one("- Replication factor of 3 tolerates 2 broker failures.\n", "number-cloze")
    assert note.front == "Replication factor of {{c1::3}} tolerates {{c2::2}} broker failures."
    assert not notes("- Prepare 3 stories, 2 designs and 4 drills\n", "number-cloze")


def test_grab_bag_headings_do_not_make_name_all_cards():
    text = "## Basics\n\n- **Topic**: a log\n- **Partition**: a shard of a topic\n- **Offset**: a position\n"
    assert not [n for n in extract(text).notes if n.front.endswith("(3)?")]


def test_question_answered_on_the_same_line():
    note = one("Why pool connections? Opening a TLS connection costs 2-3 round trips.\n", "question-answer")
    assert (note.front, note.back) == ("Why pool connections?", "Opening a TLS connection costs 2-3 round trips.")


def test_title_line_over_key_value_lines_titles_them():
    ex = extract("Status codes\n200: OK\n404: Not Found\n503: Service Unavailable\n")
    assert [(n.front, n.back) for n in ex.notes] == [
        ("Status codes — 200?", "OK"), ("Status codes — 404?", "Not Found"), ("Status codes — 503?", "Service Unavailable"),
    ]
    assert ex.lines[0].outcome == "context"


def test_faq_items_are_answered_by_their_sub_items():
    text = "## FAQ\n1. What is a quorum?\n   A majority of replicas that must agree.\n2. Why use jitter?\n   - spreads retries\n   - avoids thundering herds\n"
    ex = extract(text)
    assert [(n.front, n.back) for n in ex.notes] == [
        ("What is a quorum?", "A majority of replicas that must agree."),
        ("Why use jitter?", "- spreads retries\n- avoids thundering herds"),
    ]
    assert [ln.outcome for ln in ex.lines[1:6]] == ["card", "part", "card", "part", "part"]


def test_means_sentence_is_a_definition():
    note = one("**Idempotency** means repeating a request has the same effect as doing it once.\n", "definition")
    assert note.front == "What is Idempotency?"
