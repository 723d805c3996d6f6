"""Card search: every key, negation, OR, parentheses, wildcards, order and the rows it returns."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from srs.db.models import Card, Note, Source
from srs.service.collection import Collection, get_or_create_deck
from srs.service.reviewing import Study
from srs.service.search import QueryError, search_cards

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # tests/conftest.py's SRS_NOW; a Monday, TZ=UTC
DAY, HOUR, MINUTE = timedelta(days=1), timedelta(hours=1), timedelta(minutes=1)
_serial = itertools.count(1)


def add(col: Collection, front: str, back: str = "", *, deck: str = "Misc", kind: str = "qa", tags: tuple[str, ...] = (),
        cloze: bool = False, source: str | None = None, created: datetime = NOW, **card: object) -> list[int]:
    """One note with its card(s) (two for a two-cloze note); ``card`` sets card columns. Returns card ids."""
    n = next(_serial)
    with col.write() as s:
        deck_id = get_or_create_deck(s, deck).id
        source_id = None
        if source:
            src = Source(uri=source, content_hash="x", format="markdown", imported_at=created)
            s.add(src)
            s.flush()
            source_id = src.id
        note = Note(guid=f"g{n}", key=f"k{n}", kind=kind, rule="test", template="cloze" if cloze else "basic",
                    reverse=False, front=front, back=back, fields={}, tags=f" {' '.join(tags)} " if tags else "",
                    heading_path=["Heading"], deck_id=deck_id, source_id=source_id, line=n, content_hash="h",
                    created_at=created, modified_at=created)
        s.add(note)
        s.flush()
        base = {"state": 0, "due": created, "reps": 0, "lapses": 0, "suspended": False, "flag": 0}
        cards = [Card(note_id=note.id, deck_id=deck_id, ordinal=o, position=n, created_at=created, **{**base, **card})
                 for o in ((0, 1) if cloze else (0,))]
        s.add_all(cards)
        s.flush()
        return [c.id for c in cards]


def review(**extra: object) -> dict:
    """Card columns of a review card last reviewed ``ago`` and due ``ahead`` of NOW."""
    ago, ahead = extra.pop("ago"), extra.pop("ahead")
    return {"state": 2, "last_review": NOW - ago, "due": NOW + ahead, "stability": 10.0, "reps": 3, **extra}


@pytest.fixture
def ids(col: Collection) -> dict[str, int]:
    c: dict[str, int] = {}
    c["spoof"], = add(col, "What is **Spoofing**?", "Pretending to be someone else", deck="Security::STRIDE",
                      tags=("stride", "aws::iam"), source="decks/stride.md")
    c["entropy"], = add(col, "Define entropy", "A measure of randomness (100% of it)", deck="Security::Crypto",
                        kind="definition", tags=("crypto",), created=NOW - 10 * DAY)
    c["s3"], = add(col, "S3 durability", "11 nines", deck="Cloud Ops::AWS", kind="fact", tags=("aws",), source="decks/aws.md",
                   **review(ago=20 * DAY, ahead=10 * DAY, lapses=3, reps=10, difficulty=7.5, stability=30.0, flag=2))
    c["cloze1"], c["cloze2"] = add(col, "The {{c1::Über}} {{c2::Straße}}", kind="cloze", cloze=True)
    c["learning"], = add(col, "Learning card", state=1, step=0, last_review=NOW - 5 * MINUTE, due=NOW - MINUTE,
                         reps=1, stability=1.0, difficulty=5.0)
    c["suspended"], = add(col, "Suspended card", suspended=True, **review(ago=4 * DAY, ahead=-DAY, difficulty=4.0))
    c["buried"], = add(col, "Buried card", tags=("leech",), buried_until=NOW + 19 * HOUR,
                       **review(ago=6 * DAY - HOUR, ahead=-HOUR, difficulty=6.0))
    c["due_review"], = add(col, "Due review", **review(ago=2 * DAY, ahead=2 * HOUR, lapses=1, reps=4, difficulty=3.0))
    return c


def found(col: Collection, ids: dict[str, int], query: str) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[r.id] for r in search_cards(col, query)}


ALL = {"spoof", "entropy", "s3", "cloze1", "cloze2", "learning", "suspended", "buried", "due_review"}
MISC = {"cloze1", "cloze2", "learning", "suspended", "buried", "due_review"}

CASES = [
    ("", ALL),
    # deck: with subdecks, any case, wildcards, quotes for spaces; a prefix of a name is not the deck
    ("deck:Security", {"spoof", "entropy"}), ("deck:security", {"spoof", "entropy"}),
    ('deck:"Security::STRIDE"', {"spoof"}), ("deck:Sec*", {"spoof", "entropy"}), ("deck:*AWS", {"s3"}),
    ('deck:"Cloud Ops"', {"s3"}), ('"deck:Cloud Ops"', {"s3"}),
    ("deck:Misc", MISC), ("deck:*", ALL),
    # tag: child tags, any case, wildcards, tag:none
    ("tag:aws", {"spoof", "s3"}), ("tag:AWS", {"spoof", "s3"}), ("tag:aws::iam", {"spoof"}), ("tag:iam", set()),
    ("tag:a*", {"spoof", "s3"}), ("tag:*ypt*", {"entropy"}), ("tag:lee", set()),
    ("tag:none", {"cloze1", "cloze2", "learning", "suspended", "due_review"}),
    # is:
    ("is:new", {"spoof", "entropy", "cloze1", "cloze2"}), ("is:learn", {"learning"}),
    ("is:review", {"s3", "suspended", "buried", "due_review"}), ("is:suspended", {"suspended"}),
    ("is:buried", {"buried"}), ("is:due", {"learning", "due_review"}), ("IS:DUE", {"learning", "due_review"}),
    # flag:
    ("flag:2", {"s3"}), ("flag:0", ALL - {"s3"}),
    # prop:
    ("prop:ivl>=30", {"s3"}), ("prop:ivl<5", {"learning", "suspended", "due_review"}), ("prop:ivl=6", {"buried"}),
    ("prop:ivl!=30", {"learning", "suspended", "buried", "due_review"}),
    ("prop:lapses>2", {"s3"}), ("prop:lapses>=1", {"s3", "due_review"}), ("prop:reps=10", {"s3"}),
    ("prop:due=0", {"learning", "buried", "due_review"}), ("prop:due<0", {"suspended"}), ("prop:due>5", {"s3"}),
    ("prop:d>7", {"s3"}), ("prop:s>=30", {"s3"}),
    # kind: and source:
    ("kind:cloze", {"cloze1", "cloze2"}), ("kind:definition", {"entropy"}), ("kind:FACT", {"s3"}),
    ("source:stride", {"spoof"}), ("source:STRIDE.md", {"spoof"}), ("source:decks", {"spoof", "s3"}), ("source:nope", set()),
    # free text: front or back, any case (also beyond ASCII), phrases, wildcards; % and _ are literal
    ("spoofing", {"spoof"}), ("PRETENDING", {"spoof"}), ('"someone else"', {"spoof"}), ("someone else", {"spoof"}),
    ('"else someone"', set()), ("über", {"cloze1", "cloze2"}), ("ÜBER", {"cloze1", "cloze2"}),
    ("durab*ty", {"s3"}), ("100%", {"entropy"}), ("S%y", set()), ("S_", set()),
    # negation, OR, AND, parentheses, precedence
    ("-deck:Misc", {"spoof", "entropy", "s3"}), ("-tag:aws", ALL - {"spoof", "s3"}),
    ("-prop:ivl>5", ALL - {"s3", "buried"}), ("-is:new -is:review", {"learning"}),
    ("deck:Security OR tag:aws", {"spoof", "entropy", "s3"}), ("kind:cloze or flag:2", {"cloze1", "cloze2", "s3"}),
    ("deck:Security tag:crypto", {"entropy"}), ("deck:Security and tag:crypto", {"entropy"}),
    ("(deck:Security OR deck:Cloud*) -tag:aws", {"entropy"}), ("-(deck:Misc OR deck:Security)", {"s3"}),
    ("deck:Security OR deck:Misc is:due", {"spoof", "entropy", "learning", "due_review"}),
    ("(deck:Security OR deck:Misc) is:due", {"learning", "due_review"}),
    ("--tag:aws", {"spoof", "s3"}),
]


@pytest.mark.parametrize(("query", "expected"), CASES, ids=[q or "<empty>" for q, _ in CASES])
def test_search_finds_the_cards_a_user_means(col: Collection, ids: dict[str, int], query: str, expected: set[str]) -> None:
    assert found(col, ids, query) == expected


def test_rated_and_added_count_study_days_back_from_today(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    old, = add(col, "added long ago", created=NOW - 40 * DAY)
    week, = add(col, "added six days ago", created=NOW - 6 * DAY)
    today, = add(col, "added this morning", created=NOW - 4 * HOUR)  # 05:00, after the 04:00 day start
    night, = add(col, "added last night", created=NOW - 6 * HOUR)  # 03:00: still yesterday's study day
    study = Study(col)
    monkeypatch.setenv("SRS_NOW", (NOW - 3 * DAY).isoformat())
    study.answer(old, 1)
    monkeypatch.setenv("SRS_NOW", (NOW - HOUR).isoformat())
    study.answer(week, 3)
    monkeypatch.setenv("SRS_NOW", NOW.isoformat())

    def ids(q: str) -> set[int]:
        return {r.id for r in search_cards(col, q)}

    assert ids("added:1") == {today}
    assert ids("added:2") == {today, night}
    assert ids("added:7") == {today, night, week}
    assert ids("rated:1") == {week}
    assert ids("rated:4") == {week, old}
    assert ids("rated:4:1") == {old}
    assert ids("rated:4:3") == {week}
    assert ids("-rated:30") == {today, night}


def test_orders_and_limit(col: Collection, ids: dict[str, int]) -> None:
    names = {v: k for k, v in ids.items()}

    def order(**kw: object) -> list[str]:
        return [names[r.id] for r in search_cards(col, **kw)]  # type: ignore[arg-type]

    reviewed = ["suspended", "buried", "learning", "due_review", "s3"]
    assert order(query="-is:new") == reviewed  # soonest due first
    assert order()[:5] == reviewed and set(order()[5:]) == {"spoof", "entropy", "cloze1", "cloze2"}  # new cards last
    assert order(order="difficulty")[:5] == ["due_review", "suspended", "learning", "buried", "s3"]
    assert order(order="difficulty", descending=True)[:5] == ["s3", "buried", "learning", "suspended", "due_review"]
    assert order(order="lapses", descending=True)[:2] == ["s3", "due_review"]
    assert order(order="reps", descending=True)[0] == "s3"
    assert order(order="interval", query="-is:new") == ["learning", "due_review", "suspended", "buried", "s3"]
    assert order(order="added")[0] == "entropy"
    assert order(order="deck")[0] == "s3" and order(order="deck")[-2:] == ["entropy", "spoof"]
    assert order(query="-is:new", limit=2) == ["suspended", "buried"]
    with pytest.raises(QueryError, match='unknown order "ease"; use one of due, difficulty'):
        search_cards(col, order="ease")


def test_rows_carry_what_a_list_shows(col: Collection, ids: dict[str, int]) -> None:
    long_front = "**Bold** start and a [link](http://x.example) and `code` " + "word " * 40
    long_id, = add(col, long_front, deck="Misc::Deep", tags=("t1", "t2"))
    rows = {r.id: r for r in search_cards(col)}
    assert rows[ids["spoof"]].front == "What is Spoofing?"
    assert rows[ids["cloze1"]].front == "The [...] Straße" and rows[ids["cloze2"]].front == "The Über [...]"
    long = rows[long_id]
    assert long.front.startswith("Bold start and a link and code word") and long.front.endswith("…")
    assert len(long.front) <= 120 and "\n" not in long.front
    assert (long.deck, long.tags, long.kind) == ("Misc::Deep", ["t1", "t2"], "qa")
    s3 = rows[ids["s3"]]
    assert (s3.interval_days, s3.lapses, s3.reps, s3.flag, s3.difficulty, s3.stability) == (30, 3, 10, 2, 7.5, 30.0)
    assert (s3.state, s3.due, s3.suspended, s3.buried) == (2, NOW + 10 * DAY, False, False)
    assert rows[ids["buried"]].buried and rows[ids["suspended"]].suspended
    assert rows[ids["spoof"]].interval_days == 0 and rows[ids["spoof"]].difficulty is None
    for front, shown in [("Line one\n\n- item  two\tthree", "Line one item two three"), ("- listed", "listed"),
                         ("# Heading", "Heading"), ("  plain  ", "plain"), ("a\u2028b", "a b"), ("x" * 120, "x" * 120)]:
        (card_id,) = add(col, front)
        assert {r.id: r.front for r in search_cards(col, "is:new")}[card_id] == shown
    data = s3.to_dict()
    assert data["due"] == "2026-03-12T09:00:00+00:00" and data["tags"] == ["aws"] and data["deck"] == "Cloud Ops::AWS"


@pytest.mark.parametrize("query", ["deck:Cloud", "deck:Securit", "deck:Tradoffs"])
def test_a_deck_name_that_names_no_deck_is_an_error_not_an_empty_result(  # type: ignore[no-untyped-def]
        col, ids, query):
    from srs.core.errors import NotFound

    with pytest.raises(NotFound, match="no deck named"):
        found(col, ids, query)
