from srs.core.cloze import (
    cloze_numbers,
    cloze_problems,
    highlights_to_cloze,
    render_back,
    render_front,
    strip_cloze,
)

TEXT = "SLO {{c1::99.9%}} monthly gives a budget of {{c2::43 min::minutes}}; {{c1::per month}}"


def test_cloze_numbers_are_distinct_and_sorted():
    assert cloze_numbers(TEXT) == [1, 2]
    assert cloze_numbers("{{c3::a}} {{c1::b}}") == [1, 3]
    assert cloze_numbers("no cloze") == []


def test_front_hides_only_its_number_and_shows_hint():
    assert render_front(TEXT, 1) == "SLO [...] monthly gives a budget of 43 min; [...]"
    assert render_front(TEXT, 2) == "SLO 99.9% monthly gives a budget of [minutes]; per month"


def test_back_reveals_its_number_in_bold():
    assert render_back(TEXT, 2) == "SLO 99.9% monthly gives a budget of **43 min**; per month"


def test_strip_cloze():
    assert strip_cloze(TEXT) == "SLO 99.9% monthly gives a budget of 43 min; per month"


def test_highlights_become_clozes_after_existing_numbers_but_not_in_code():
    assert highlights_to_cloze("==a== `x==y==` {{c1::b}} ==c d==") == "{{c2::a}} `x==y==` {{c1::b}} {{c3::c d}}"
    assert highlights_to_cloze("a == b == c") == "a == b == c"
    arrows = "[device] <==copy==> [kernel buffer] <==copy==> [user memory]"
    assert highlights_to_cloze(arrows) == arrows  # an arrow drawn in text, not a highlight


def test_problems():
    assert cloze_problems(TEXT) == []
    assert cloze_problems("{{c1::open") and cloze_problems("{{c1::}}")


def test_code_spans_follow_commonmark_and_take_linear_time() -> None:
    from srs.core.cloze import code_spans, highlights

    assert code_spans("a `==x==` b ``c ` d`` e") == [(2, 9), (12, 21)]
    assert code_spans("``a`") == [] and code_spans("`a``") == []  # a run closes only on one of its own length
    assert highlights("`==code==` and ==answer==") == ["answer"]
    assert highlights("``==not code==` ==x==") == ["not code", "x"]
    assert code_spans("Term " + "`" * 200_000 + " x") == []  # minutes with the backreference regex
