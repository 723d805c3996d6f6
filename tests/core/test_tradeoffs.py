from srs.core.notes import tradeoff_key as key
from srs.core.tradeoffs import find_answer, options_match

DECKS = [
    key("NAT gateway vs VPC endpoints"),
    key("NAT gateway vs NAT instance"),
    key("SQS vs SNS vs EventBridge"),
    key("SQS vs Kinesis"),
    key("multi-AZ vs multi-region"),
]


def test_option_words_subset_matches():
    assert find_answer("endpoints|nat", DECKS) == key("NAT gateway vs VPC endpoints")


def test_order_case_punctuation_and_plurals_do_not_matter():
    assert find_answer(key("Multi-Region vs Multi-AZ"), DECKS) == key("multi-AZ vs multi-region")
    assert find_answer(key("eventbridge vs SNS vs sqs"), DECKS) == key("SQS vs SNS vs EventBridge")
    assert options_match("VPC endpoint", "vpc endpoints")


def test_answer_may_cover_more_options_but_not_fewer():
    assert find_answer(key("SNS vs SQS"), DECKS) == key("SQS vs SNS vs EventBridge")
    assert find_answer(key("SQS vs SNS vs Kinesis"), DECKS) is None


def test_most_specific_wins():
    answered = [key("SQS vs SNS vs EventBridge"), key("SQS vs SNS")]
    assert find_answer(key("SNS vs SQS"), answered) == key("SQS vs SNS")


def test_no_match_for_unrelated_or_single_option():
    assert find_answer(key("latency vs cost"), DECKS) is None
    assert find_answer("sqs", DECKS) is None
    assert find_answer(key("RDS vs DynamoDB"), []) is None
