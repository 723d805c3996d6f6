"""Patterns found by grading cards from documents the extractor had never seen (session 9: holdout rounds 25 and
26, and the bad cards of rounds 20-24 that the code still made).

Each test states the general shape in made-up notes, never a line of the graded documents.
"""

from tests.extract.extract_helpers import notes


def cards(text: str, rule: str | None = None) -> dict[str, str]:
    return {n.front: n.back for n in notes(text, rule)}


def test_a_lead_in_sentence_names_the_set_not_the_heading_in_other_languages():
    text = ("# Container\n\n## Kubernetes\n\nKubernetes ist eine Plattform zur Verwaltung von Containern und Diensten.\n\n"
            "Kubernetes hat eine Reihe von Funktionen. Es kann gesehen werden als:\n\n* eine Containerplattform\n"
            "* eine Microservices-Plattform\n* eine portable Cloud-Plattform\n\n## Iptables\n\n**iptables** ist ein "
            "Werkzeug für Firewall-Regeln.\n\nDamit lassen sich Regeln erstellen auf Basis von:\n\n- Quell-IP\n- Ziel-IP\n- Port\n")
    assert cards(text, "enumeration") == {}


def test_a_lead_in_sentence_names_the_set_when_the_heading_is_one_thing():
    text = ("## Kubernetes\n\nKubernetes has many features. It can be seen as:\n\n"
            "* a container platform\n* a microservices platform\n* a portable cloud platform\n")
    assert cards(text, "enumeration") == {}


def test_a_korean_sentence_over_a_list_names_the_set_not_the_heading():
    text = ("## Replica-레플리카\n레플리카는 같은 데이터를 여러 서버에 두는 구성입니다.\n\n"
            "레플리카 구성을 위한 세 가지 조건\n- 동기화\n- 장애 감지\n- 자동 전환\n")
    assert not any(front.startswith("Replica") for front in cards(text, "enumeration"))


def test_an_english_lead_in_that_qualifies_the_list_keeps_the_heading_out_of_the_front():
    text = ("### Stack frames\n\nA frame keeps track of the data of one call. Consists of:\n\n"
            "1. return address\n2. function arguments\n3. local variables\n")
    assert "Which three stack frames?" not in cards(text, "enumeration")
    text = "## Applications\n\nWhen lookups must be fast...\n\n* Symbol tables\n* Spell checkers\n* Routers\n"
    assert "Which three applications?" not in cards(text, "enumeration")


def test_a_plural_heading_still_names_its_list_under_other_prose_or_a_lead_in_that_repeats_it():
    text = ("## Safety measures\n\nA few patterns stop one failure from spreading.\n\n"
            "- Timeouts\n- Circuit breakers\n- Bulkheads\n")
    assert "Which three safety measures?" in cards(text, "enumeration")
    text = ("## Safety measures\n\nWe use these measures so that one failure does not spread:\n\n"
            "- Timeouts\n- Circuit breakers\n- Bulkheads\n")
    assert "Which three safety measures?" in cards(text, "enumeration")
