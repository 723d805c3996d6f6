"""Bad searches: one QueryError that says what is wrong and where; nothing else ever escapes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.core.errors import SrsError
from srs.db.models import Card, Note
from srs.service.collection import Collection, get_or_create_deck
from srs.service.search import search_cards
from srs.service.search_query import Group, QueryError, Term, parse

BAD = [
    ("dek:x", ['unknown search key "dek:" at position 1', "known keys: deck, tag, is, flag, prop, rated, added, kind, source"]),
    ("tag:a dek:x", ['unknown search key "dek:" at position 7']),
    ("http://example.com", ['unknown search key "http:"', "quote text with a colon"]),
    ("(deck:a", ["unbalanced parenthesis: '(' at position 1 is never closed"]),
    ("((a) b", ["unbalanced parenthesis: '(' at position 1"]),
    ("a) b", ["unbalanced parenthesis: ')' at position 2 has no matching '('"]),
    ("()", ["empty parentheses at position 1"]),
    ('front "unfinished', ['unterminated quote: the " at position 7']),
    ("prop:ivl", ["prop:ivl at position 1 needs a comparison and a number", "prop:ivl>=10"]),
    ("prop:ivl>", ["prop:ivl at position 1 needs a whole number after >"]),
    ("prop:ivl>=ten", ["prop:ivl at position 1 needs a whole number"]),
    ("prop:lapses>1.5", ["prop:lapses at position 1 needs a whole number"]),
    ("prop:d>x", ["prop:d at position 1 needs a number"]),
    ("prop:ease>2", ['unknown property "prop:ease" at position 1', "ivl, due, lapses, reps"]),
    ("is:later", ["is:later at position 1", "is:due, is:new, is:learn, is:review, is:suspended, is:buried"]),
    ("flag:8", ["flag:8 at position 1: a flag is a number from 0 (none) to 7"]),
    ("flag:red", ["flag:red at position 1"]),
    ("kind:poem", ["kind:poem at position 1", "known kinds are qa, cloze, fact, definition"]),
    ("rated:0", ["rated:0 at position 1: rated needs a number of days (1 = today)"]),
    ("rated:7:5", ["rated:7:5 at position 1"]),
    ("added:x", ["added:x at position 1: added needs a number of days"]),
    ("deck:", ["deck: at position 1 needs a value", 'deck:"Security::STRIDE"']),
    ('tag:""', ["tag: at position 1 needs a value"]),
    ("a OR", ["OR at position 3 needs a search term after it"]),
    ("or a", ["OR at position 1 needs a search term before it"]),
    ("a and OR b", ["AND at position 3 needs a search term after it"]),
    ("(OR a)", ["OR at position 2 needs a search term before it"]),
    ("-", ["'-' at position 1 must be followed by a search term"]),
    ("a - b", ["'-' at position 3 must be followed by a search term"]),
    ("(a -)", ["'-' at position 4 must be followed by a search term"]),
]


@pytest.mark.parametrize(("query", "messages"), BAD, ids=[q for q, _ in BAD])
def test_bad_query_says_what_and_where(query: str, messages: list[str]) -> None:
    with pytest.raises(QueryError) as info:
        parse(query)
    for message in messages:
        assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, SrsError)  # the CLI prints it as one line


def test_search_cards_raises_the_same_error(col: Collection) -> None:
    with pytest.raises(QueryError, match="unbalanced parenthesis"):
        search_cards(col, "(is:due")


@pytest.mark.parametrize("query", ['"a:b"', "Security::STRIDE", "e.g.:", "c1::x", '"OR"', "x-y", "a*b", '""'])
def test_text_that_only_looks_like_syntax_is_text(query: str) -> None:
    node = parse(query)
    assert isinstance(node, Term) and node.key == "text"


def test_tree_shape() -> None:
    tree = parse('deck:"A B" -(tag:x OR is:new) kind:qa')
    assert isinstance(tree, Group) and tree.op == "and" and len(tree.nodes) == 3
    deck, negated, kind = tree.nodes
    assert isinstance(deck, Term) and (deck.key, deck.value, deck.pos) == ("deck", "A B", 1)
    assert isinstance(negated, Group) and negated.op == "not"
    inner = negated.nodes[0]
    assert isinstance(inner, Group) and inner.op == "or" and [n.key for n in inner.nodes] == ["tag", "is"]  # type: ignore[union-attr]
    assert isinstance(kind, Term) and kind.pos == 31
    assert parse("") == Group("and", ())


PIECES = st.sampled_from([
    "deck:", "tag:", "is:", "prop:", "rated:", "added:", "kind:", "source:", "flag:", "due", "new", "ivl", "lapses",
    ">=", "<", "=", "!=", ">", "OR", "or", "and", "AND", "(", ")", "-", '"', "*", " ", ":", "::", "7", "0", "1.5",
    "x", "Ü", "%", "_", "\\", "[", "^", "$", "\t", "qa", "none", "9" * 30,
])
QUERIES = st.one_of(st.text(max_size=40), st.lists(PIECES, max_size=14).map("".join))


@given(QUERIES)
@settings(max_examples=400, deadline=None)
def test_random_text_never_raises_anything_but_query_error(query: str) -> None:
    try:
        parse(query)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)


@pytest.fixture
def small(col: Collection) -> Collection:
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    with col.write() as s:
        deck = get_or_create_deck(s, "A::B (c) [d]*")
        note = Note(guid="g", key="k", kind="qa", rule="t", template="basic", reverse=False, front="x % _ \\ Ü", back="",
                    fields={}, tags=" t a::b ", heading_path=[], deck_id=deck.id, line=1, content_hash="h",
                    created_at=now, modified_at=now)
        s.add(note)
        s.flush()
        s.add(Card(note_id=note.id, deck_id=deck.id, state=0, due=now, created_at=now))
    return col


@given(QUERIES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_queries_run_or_raise_query_error(small: Collection, query: str) -> None:
    try:
        rows = search_cards(small, query)
    except QueryError:
        return
    assert len(rows) <= 1
