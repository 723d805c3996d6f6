"""Patterns found by grading cards from documents the extractor had never seen (session 19: holdout rounds 187
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts


def test_a_reading_list_row_ending_in_its_address_is_no_definition():
    items = ("- Blog da Rede – Como funciona o TTL: https://example.com/blog/ttl\n"
             "- Manual do BIND – Zonas e registros: https://example.org/bind/zonas\n")
    for heading in ("## Leituras e referências (PT-BR)", "## Cache"):
        text = f"# DNS\n\n## Registros\n\nO registro A aponta um nome para um endereço IPv4.\n\n{heading}\n\n{items}"
        got = fronts(text, "definition")
        assert not any("Blog" in f or "Manual" in f for f in got), (heading, got)


def test_two_things_or_a_step_to_take_are_no_term_to_define():
    text = ("# Balancing\n\n## Long connections\n\n- **MQTT / AMQP — long sessions need sticky routing.**\n"
            "- Canary ≠ blue-green — do not mix the two rollouts.\n- Compute target rate = window / base RTT\n"
            "- **Check Phase** — runs the callbacks queued for it\n")
    got = fronts(text, "definition")
    assert not any(w in f for f in got for w in ("MQTT", "Canary", "Compute")), got
    assert any("Check Phase" in f for f in fronts(text)), fronts(text)  # a name that opens with a verb stays
