"""The same operations, timed on Anki's Rust engine through the official ``anki`` package.

Each does what the desktop app does for the action: the reviewer's
``get_queued_cards`` → render → ``describe_next_states`` → ``build_answer`` →
``answer_card``; the deck list's ``deck_due_tree``; the statistics page's
``graphs`` call; File › Export/Import; the deck options' "Optimize".
"""

from __future__ import annotations

from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
from anki.cards import Card
from anki.collection import (
    Collection,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    ImportCsvRequest,
)
from anki.scheduler_pb2 import CardAnswer

from bench.content import ROOT
from bench.ours import RATINGS, SEARCH, SEARCH_ROWS, heavy, package, plain_package
from bench.runner import Ctx, Row, timed

ANSWER = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}


def _row(ctx: Ctx, samples: list[float], op: str | None = None, **info: object) -> Row:
    return Row(op or ctx.op, ctx.side, ctx.size, samples, info=dict(info))


def _col(ctx: Ctx) -> Collection:
    return Collection(str(ctx.copy("anki", "collection.anki2")))


def _fresh(ctx: Ctx, name: str):  # noqa: ANN202
    def make(i: int) -> Collection:
        return Collection(str(ctx.scratch(f"{name}-{i}/collection.anki2")))
    return make


def op_open(ctx: Ctx) -> list[Row]:
    path = str(ctx.copy("anki", "collection.anki2"))
    return [_row(ctx, timed(lambda _: Collection(path).close(), repeat=ctx.repeat))]


def op_queue(ctx: Ctx) -> list[Row]:
    """Switching the current deck away and back makes the v3 scheduler rebuild its queue."""
    col = _col(ctx)
    root, other = col.decks.id(ROOT), col.decks.id("Default")
    counts = []

    def build(_: object) -> None:
        col.decks.select(other)
        col.decks.select(root)
        q = col.sched.get_queued_cards(fetch_limit=1)
        counts.append(q.new_count + q.learning_count + q.review_count)
    return [_row(ctx, timed(build, repeat=ctx.repeat * 2), queue=counts[-1])]


def op_answer(ctx: Ctx) -> list[Row]:
    col = _col(ctx)
    col.decks.select(col.decks.id(ROOT))
    q = col.sched.get_queued_cards(fetch_limit=1)
    n = min(20 if ctx.quick else 200, q.new_count + q.review_count)  # a session: at most what is due today
    state = {"i": 0}

    def step(_: object) -> None:
        queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
        card = Card(col, backend_card=queued.card)
        card.start_timer()
        card.question()
        card.answer()
        col.sched.describe_next_states(queued.states)
        rating = ANSWER[RATINGS[state["i"] % len(RATINGS)]]
        col.sched.answer_card(col.sched.build_answer(card=card, states=queued.states, rating=rating))
        state["i"] += 1
    return [_row(ctx, timed(step, repeat=n, budget=60), answers=n)]


def op_deck_tree(ctx: Ctx) -> list[Row]:
    col = _col(ctx)
    return [_row(ctx, timed(lambda _: col.sched.deck_due_tree(), repeat=ctx.repeat))]


def op_stats(ctx: Ctx) -> list[Row]:
    col = _col(ctx)
    return [_row(ctx, timed(lambda _: col._backend.graphs(search="", days=365), repeat=ctx.repeat, budget=10))]


def op_search(ctx: Ctx) -> list[Row]:
    """The browser: the same text search sorted by the due column, the rows of its first page."""
    col = _col(ctx)
    col.load_browser_card_columns()  # the browser does this when it opens: the default columns
    due = col.get_browser_column("cardDue")
    found = {}

    def search(_: object) -> None:
        ids = col.find_cards(SEARCH, order=due)
        for cid in ids[:SEARCH_ROWS]:
            col.browser_row_for_id(cid)
        found["matches"] = len(ids)
    return [_row(ctx, timed(search, repeat=ctx.repeat, budget=10), query=SEARCH, **found)]


def _revlog(col: Collection) -> int:
    return col.db.scalar("SELECT count() FROM revlog")


def op_export(ctx: Ctx, with_scheduling: bool = True) -> list[Row]:
    col = _col(ctx)
    out = ctx.scratch("export/out.apkg")
    opts = ExportAnkiPackageOptions(with_scheduling=with_scheduling, with_deck_configs=True, with_media=True, legacy=False)
    samples = timed(lambda _: col.export_anki_package(out_path=str(out), options=opts, limit=None),
                    repeat=heavy(ctx), budget=10)
    return [_row(ctx, samples, notes=col.note_count(), reviews=_revlog(col) if with_scheduling else 0,
                 mb=round(out.stat().st_size / 2**20, 1))]


def op_export_plain(ctx: Ctx) -> list[Row]:
    """Export without review history (File > Export with "Include scheduling information" off)."""
    return op_export(ctx, with_scheduling=False)


def export_package(col: Collection, out: Path, deck: str | None = None, *, with_scheduling: bool = True) -> None:
    """Anki's own export (File > Export, current format); ``deck``: only that deck."""
    from anki.collection import DeckIdLimit

    opts = ExportAnkiPackageOptions(with_scheduling=with_scheduling, with_deck_configs=False, with_media=True, legacy=False)
    limit = DeckIdLimit(col.decks.id(deck)) if deck else None
    col.export_anki_package(out_path=str(out), options=opts, limit=limit)


def op_import_apkg(ctx: Ctx, pkg: Path | None = None, with_scheduling: bool = True) -> list[Row]:
    req = ImportAnkiPackageRequest(package_path=str(pkg or package(ctx)), options=ImportAnkiPackageOptions(
        with_scheduling=with_scheduling, with_deck_configs=False))
    result, last = {}, []

    def run(col: Collection) -> None:
        log = col.import_anki_package(req).log
        result["new"] = len(log.new)
        last[:] = [col]
    fresh = _fresh(ctx, "apkg")

    def setup(i: int) -> Collection:
        last.clear()  # the previous collection is not kept alive through the next import
        return fresh(i)
    samples = timed(run, repeat=heavy(ctx), budget=10, setup=setup)
    return [_row(ctx, samples, **result, notes=last[0].note_count(), reviews=_revlog(last[0]))]


def op_import_plain(ctx: Ctx) -> list[Row]:
    """Import the package without review history, scheduling off, into a fresh collection."""
    return op_import_apkg(ctx, plain_package(ctx), with_scheduling=False)


def op_import_notes(ctx: Ctx) -> list[Row]:
    path = str(Path(ctx.shared, "notes10k", "notes.csv"))
    result = {}

    def run(col: Collection) -> None:
        meta = col.get_csv_metadata(path, None)
        log = col.import_csv(ImportCsvRequest(path=path, metadata=meta)).log
        result["new"] = len(log.new)
    samples = timed(run, repeat=heavy(ctx), budget=10, setup=_fresh(ctx, "csv"))
    return [_row(ctx, samples, **result)]


def op_optimize(ctx: Ctx) -> list[Row]:
    col = _col(ctx)
    out = {}

    def fit(_: object) -> None:
        out["r"] = col._backend.compute_fsrs_params(search="", current_params=[], ignore_revlogs_before_ms=0,
                                                    num_of_relearning_steps=1, health_check=False)
    samples = timed(fit, repeat=1 if ctx.quick else 3, budget=10)
    return [_row(ctx, samples, items=out["r"].fsrs_items)]


OPS = {
    "open": op_open, "queue": op_queue, "answer": op_answer, "deck_tree": op_deck_tree, "stats": op_stats,
    "search": op_search, "export": op_export, "import_apkg": op_import_apkg, "export_plain": op_export_plain, "import_plain": op_import_plain,
    "optimize": op_optimize, "import_notes": op_import_notes,
}
