from srs.extract import extract
from tests.extract.extract_helpers import notes, one


def test_unanswered_tradeoff_keeps_only_the_options_span():
    note = one("* SQS vs SNS vs EventBridge → when to use each.\n", "tradeoff")
    assert note.tradeoff == "eventbridge|sns|sqs" and not note.answered
    assert note.kind == "tradeoff"


def test_answer_after_arrow_or_colon_is_the_back():
    note = one("- Kafka vs SQS → Kafka for replayable streams, SQS for simple work queues\n", "tradeoff")
    assert note.answered and note.back == "Kafka for replayable streams, SQS for simple work queues"


def test_sub_bullets_answer_the_tradeoff_and_are_consumed():
    text = "- REST vs gRPC\n  - REST: browser friendly\n  - gRPC: streaming, binary, fast\n"
    ex = extract(text)
    [note] = [n for n in ex.notes if n.rule == "tradeoff"]
    assert note.answered and note.back == "- REST: browser friendly\n- gRPC: streaming, binary, fast"
    assert [ln.outcome for ln in ex.lines[:3]] == ["card", "part", "part"]


def test_each_pair_of_a_list_is_a_tradeoff():
    found = notes("Tradeoffs: latency vs cost, consistency vs availability.\n", "tradeoff")
    assert {n.tradeoff for n in found} == {"cost|latency", "availability|consistency"}


def test_tradeoffs_between_phrasing_and_shared_suffix():
    assert one("- Document trade-offs between monolith and microservices.\n", "tradeoff").tradeoff == "microservices|monolith"
    assert one("- Cost: Run vs build cost analysis?\n", "tradeoff").tradeoff == "build|run"


def test_metric_comparisons_are_not_tradeoffs():
    assert not notes("**Metrics**: Budget usage vs plan; MTTR; actual vs target RTO.\n", "tradeoff")
