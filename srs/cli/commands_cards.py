"""`srs cards`, `srs show`, `srs stats`, `srs suspend`, `srs unsuspend`, `srs flag`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from srs.cli.app import app, open_collection
from srs.cli.app import state as options  # --db and --debug, as given
from srs.cli.output import console, emit_json, plain_table
from srs.core.consts import FLAG_NAMES, RATING_WORDS, STATE_NAMES, State
from srs.core.errors import NotFound, UsageError
from srs.core.printable import printable

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
CardIds = Annotated[list[int], typer.Argument(help="Card ids, as `srs cards` lists them.", show_default=False)]
RATINGS: dict[int, str] = {rating: word for word, rating in RATING_WORDS.items()}  # "again" … "easy", as `srs review` reads them
TABLE_LIMIT = 200
SPARK = " ▁▂▃▄▅▆▇█"


def safe(text: str, *, lines: bool = True) -> str:
    """Note or file text inside rich markup: control characters escaped, then markup escaped."""
    from rich.markup import escape

    return escape(printable(text, lines=lines))


def _local(when: datetime, with_time: bool = True) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def _due(state: int, due: datetime) -> str:
    return "new" if state == State.NEW else _local(due, with_time=state != State.REVIEW)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


@app.command("cards", context_settings={"ignore_unknown_options": True})
def cards(
    query: Annotated[list[str] | None, typer.Argument(
        help='Search, Anki style: deck:NAME tag:NAME is:due|new|learn|review|suspended|buried|suggested flag:N '
             'prop:ivl>N rated:N added:N kind:K source:TEXT, free text, "a phrase", -negation, OR, ( ). '
             "Quote the whole query when it has quotes or parentheses.", show_default=False)] = None,
    deck: Annotated[str | None, typer.Option("--deck", help="Only this deck and its subdecks (adds deck:NAME).")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only notes of this kind, e.g. cloze (adds kind:K).")] = None,
    order: Annotated[str, typer.Option("--order", help="Sort by due, difficulty, lapses, reps, interval, added, deck or front.")] = "due",
    desc: Annotated[bool, typer.Option("--desc", help="Sort in descending order.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help=f"Show at most N cards (0: all; the table shows {TABLE_LIMIT} unless told).")] = None,
    json_: JsonOpt = False,
) -> None:
    """List the cards matching a search (all cards without one), with id, deck, kind, state, due and front."""
    if limit is not None and limit < 0:
        raise UsageError(f"--limit must be 0 (all) or more, not {limit}")
    words = list(query or [])
    for word in words:
        if word.startswith("--") and word != "--":
            raise UsageError(f"no such option: {word} (see `srs cards --help`; quote text that starts with --)")
    text = " ".join(words)
    extra = ([f'deck:"{deck}"'] if deck else []) + ([f"kind:{kind}"] if kind else [])
    if extra:  # --deck and --kind narrow the whole query
        text = " ".join([f"({text})", *extra] if text else extra)
    shown = (None if json_ else TABLE_LIMIT) if limit is None else (limit or None)
    from srs.service.reading import cards_if_ready, suggestions_if_ready
    from srs.service.suggestion_views import mentions_suggested

    if mentions_suggested(text):  # suggestions are not cards yet: list them as `srs suggestions` does
        from srs.cli.commands_suggestions import show_suggestions

        found = suggestions_if_ready(options.db, query=text)  # without SQLAlchemy when the database is ready as it is
        if found is None:
            from srs.service.suggestions import search_suggestions

            with open_collection(reads_only=True) as col:
                found = search_suggestions(col, text)
        show_suggestions(found[:shown], "pending", json_)
        return
    fetch = None if shown is None else shown + 1
    rows = cards_if_ready(options.db, text, order=order, descending=desc, limit=fetch)
    if rows is None:  # not yet made, an older schema, or a problem the full open names
        from srs.service.search import search_cards

        with open_collection(reads_only=True) as col:
            rows = search_cards(col, text, order=order, descending=desc, limit=fetch)
    more = shown is not None and len(rows) > shown
    rows = rows[:shown] if more else rows
    if json_:
        emit_json([r.to_dict() for r in rows])
        return
    if not rows:
        console.print("No cards match." if text else "No cards yet. Add notes with [bold]srs import PATH[/bold].")
        return
    cells = [[str(r.id), r.deck, r.kind, STATE_NAMES.get(r.state, str(r.state)) + (" suspended" if r.suspended else "")
              + (" buried" if r.buried else ""), _due(r.state, r.due), r.front] for r in rows]
    cells = [[printable(cell, lines=False) for cell in row] for row in cells]  # ESC in a front is shown, not run
    heads = ("id", "deck", "kind", "state", "due", "front")
    widths = [max(len(head), *(len(c[i]) for c in cells)) for i, head in enumerate(heads)]
    widths[1] = min(widths[1], 24)  # the front gets the rest of the line; nothing is squeezed out
    widths[5] = max(12, min(widths[5], console.width - sum(widths[:5]) - 2 * 5))
    lines = plain_table(list(heads), cells, {0}, widths)
    if lines is not None:  # what rich would print, without rendering it
        print("\n".join(lines))
        if more:
            print(f"showing the first {shown}; use --limit N (0 for all) to see more")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False)
    for head, width in zip(heads, widths, strict=True):
        table.add_column(head, justify="right" if head == "id" else "left", no_wrap=True, overflow="ellipsis", width=width)
    for row in cells:
        table.add_row(*(Text(cell) for cell in row))
    needed = sum(widths) + 2 * 5  # in a narrower terminal the lines wrap, but ids stay whole
    (console if console.width >= needed else Console(width=needed, highlight=False)).print(table)
    if more:
        console.print(f"[dim]showing the first {shown}; use --limit N (0 for all) to see more[/dim]")


@app.command("show")
def show(card_id: Annotated[int, typer.Argument(help="Card id, as `srs cards` lists it.", show_default=False)], json_: JsonOpt = False) -> None:
    """Show one card: its sides, where it comes from, its memory state and its review history."""
    from srs.core.days import format_interval  # not srs.core.scheduling, which loads FSRS
    from srs.service.reading import card_if_ready

    if not 0 < card_id < 2**63:  # SQLite integers: anything else names no card
        raise NotFound(f"no card with id {card_id} (see `srs cards`)")
    read = card_if_ready(options.db, card_id)  # without SQLAlchemy when the database is ready to read as it is
    if read is None:  # not yet made, an older schema, or a problem the full open names
        from srs.service.cards_view import card_view
        from srs.service.stats import card_history

        with open_collection(reads_only=True) as col:
            read = card_view(col, card_id), card_history(col, card_id)
    view, answers = read
    if view is None:
        raise NotFound(f"no card with id {card_id} (see `srs cards`)")
    history: list[dict[str, Any]] = [{
        "reviewed_at": a.reviewed_at.isoformat(), "rating": a.rating, "answer": RATINGS.get(a.rating, "?"),
        "state": a.state, "interval": format_interval(a.interval), "due": a.due.isoformat(), "duration_ms": a.duration_ms,
    } for a in answers]
    if json_:
        data = view.to_dict()
        data.pop("previews", None)
        emit_json({**data, "history": history})
        return
    p = console.print
    p(f"[bold]card {view.id}[/bold]  {safe(view.context, lines=False)}")
    where = f"{view.source}:{view.line}" if view.source else "no source file"
    p(f"[dim]{safe(view.kind)} (rule {safe(view.rule)}) · {safe(where, lines=False)} · note {view.note_id}[/dim]")
    p("[dim]── front[/dim]")
    p(printable(view.front), markup=False, highlight=False)
    p("[dim]── back[/dim]")
    p(printable(view.back), markup=False, highlight=False)
    p("[dim]──[/dim]")
    state = STATE_NAMES.get(view.state, str(view.state)) + (" [yellow](suspended)[/yellow]" if view.suspended else "")
    p(f"state {state} · due {_due(view.state, view.due)} · reps {view.reps} · lapses {view.lapses} · flag {FLAG_NAMES.get(view.flag, view.flag)}")
    if view.stability is not None:
        p(f"stability {view.stability:.1f} days · difficulty {(view.difficulty or 0):.1f} / 10")
    p(f"tags {safe(' '.join(view.tags), lines=False) or '—'}")
    if not history:
        p("not reviewed yet")
    for h in history:
        p(f"  {_local(datetime.fromisoformat(h['reviewed_at']))}  {h['answer']:<5}  next in {h['interval']}")


def _spark(values: list[int]) -> str:
    top = max(values, default=0)
    return "".join(SPARK[0 if not v else max(1, round(v / top * (len(SPARK) - 1)))] for v in values) if top else " " * len(values)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


@app.command("stats")
def stats(
    deck: Annotated[str | None, typer.Option("--deck", "-d", help="Deck (with its subdecks), e.g. 'Security::STRIDE'.")] = None,
    json_: JsonOpt = False,
) -> None:
    """Card counts, cards due today, true retention, answers per day, streak, and a 30-day forecast."""
    from srs.service.reading import stats_if_ready

    st = stats_if_ready(options.db, deck)  # without SQLAlchemy when the database is ready to read as it is
    if st is None:  # not yet made, an older schema, or a problem the full open names
        from srs.service.stats import collection_stats

        with open_collection(reads_only=True) as col:
            st = collection_stats(col, deck)
    if json_:
        emit_json(st.to_dict())
        return
    answered = sum(st.reviews_per_day.values())
    if deck is None and console.plain:  # no styles, and no text of the user's: the lines as rich prints them
        p = print
        p("All decks")
    else:
        from rich.markup import escape

        p = console.print
        p(f"[bold]{escape(deck) if deck else 'All decks'}[/bold]")
    p(f"cards      {st.total:,} total: {st.new:,} new · {st.learning:,} learning · {st.suspended:,} suspended")
    p(f"review     {st.review:,}: {st.young:,} young · {st.mature:,} mature (interval ≥ 21 days)")
    p(f"today      {st.today_new:,} new · {st.today_learning:,} learning · {st.today_review:,} due (what a session offers now)")
    p(f"retention  {_percent(st.retention_30d)} of review cards remembered in the last 30 days")
    p(f"streak     {_plural(st.streak, 'day')}")
    p(f"answers    {answered:,} in the last 365 days, on {_plural(len(st.reviews_per_day), 'day')}")
    f = st.forecast
    p(f"forecast   today {f[0]:,} · tomorrow {f[1]:,} · 7 days {sum(f[:7]):,} · 30 days {sum(f):,}")
    p(f"           [{_spark(f)}]")
    weeks = [(w, r, n) for w, r, n in st.retention_by_week if n]
    if weeks:
        p("retention by week (answers to review cards)")
    for w, r, n in weeks:
        p(f"  week of {w}  {_percent(r):>6}  {_plural(n, 'answer')}")


def _changed(verb: str, n: int, asked: int, how: str = "") -> None:
    rest = asked - n
    console.print(f"{verb} {_plural(n, 'card')}{how}" + (f" ({rest} unchanged)" if rest > 0 else ""))


@app.command("suspend")
def suspend(card_ids: CardIds) -> None:
    """Suspend cards: they stay in the collection but are never shown for study."""
    from srs.service.card_actions import set_suspended

    with open_collection() as col:
        n = set_suspended(col, card_ids, True)
    _changed("suspended", n, len(set(card_ids)))


@app.command("unsuspend")
def unsuspend(card_ids: CardIds) -> None:
    """Unsuspend cards, so they are studied again when due."""
    from srs.service.card_actions import set_suspended

    with open_collection() as col:
        n = set_suspended(col, card_ids, False)
    _changed("unsuspended", n, len(set(card_ids)))


@app.command("flag")
def flag(
    colour: Annotated[int, typer.Argument(help="0 clears the flag; " + ", ".join(f"{n} {name}" for n, name in FLAG_NAMES.items() if n) + ".", show_default=False)],
    card_ids: CardIds,
) -> None:
    """Flag cards with a colour (search them with flag:N), or clear the flag with 0."""
    from srs.service.card_actions import set_flag

    with open_collection() as col:
        n = set_flag(col, card_ids, colour)
    _changed("flagged" if colour else "unflagged", n, len(set(card_ids)), f" {FLAG_NAMES[colour]}" if colour else "")
