"""The operations, timed on srs (through its service layer, as the CLI and TUI call it)."""

from __future__ import annotations

import importlib
from pathlib import Path

from bench.runner import Ctx, NotAvailable, Row, timed

RATINGS = (3, 3, 3, 1, 3, 3, 2, 3, 4, 3)  # the answer sequence (mostly Good, 10 % Again)


def heavy(ctx: Ctx) -> int:
    """Repeats for the operations that take seconds: one in quick mode."""
    return 1 if ctx.quick else ctx.repeat


def package(ctx: Ctx) -> Path:
    """The package both sides import: Anki's export of the collection (one deck of it in quick mode)."""
    small = ctx.path("package-small.apkg")
    return small if ctx.quick and small.exists() else ctx.path("package.apkg")


def plain_package(ctx: Ctx) -> Path:
    """The package without review history both sides import: Anki's export with ``with_scheduling=False``."""
    pkg = ctx.path("package-plain.apkg")
    if not pkg.exists():
        raise NotAvailable(f"{pkg} missing")
    return pkg


def _open(path: Path):  # noqa: ANN202
    from srs.service.collection import Collection

    return Collection.open(path)


def _row(ctx: Ctx, samples: list[float], op: str | None = None, **info: object) -> Row:
    return Row(op or ctx.op, ctx.side, ctx.size, samples, info=dict(info))


def _fresh(ctx: Ctx, name: str):  # noqa: ANN202
    """A brand-new empty srs database (made untimed, before each repeat)."""
    def make(i: int):  # noqa: ANN202
        folder = ctx.scratch(f"{name}-{i}")
        folder.mkdir(parents=True, exist_ok=True)
        return _open(folder / "srs.db")
    return make


def op_open(ctx: Ctx) -> list[Row]:
    db = ctx.copy("srs.db")
    return [_row(ctx, timed(lambda _: _open(db).close(), repeat=ctx.repeat))]


def op_queue(ctx: Ctx) -> list[Row]:
    from srs.service.reviewing import Study

    col = _open(ctx.copy("srs.db"))
    sizes = []
    samples = timed(lambda _: sizes.append(len(Study(col).queue)), repeat=ctx.repeat * 2)
    return [_row(ctx, samples, queue=sizes[-1])]


def op_answer(ctx: Ctx) -> list[Row]:
    from srs.service.reviewing import Study

    col = _open(ctx.copy("srs.db"))
    study = Study(col)
    n = min(20 if ctx.quick else 200, len(study.queue))  # a session: at most what is due today
    state = {"i": 0}

    def step(_: object) -> None:
        view = study.next_card()
        if view is None:
            raise RuntimeError("queue ran out")
        study.answer(view.id, RATINGS[state["i"] % len(RATINGS)], 4000)
        state["i"] += 1
    return [_row(ctx, timed(step, repeat=n, budget=60), answers=n)]


def op_deck_tree(ctx: Ctx) -> list[Row]:
    from srs.service.decks import deck_tree

    col = _open(ctx.copy("srs.db"))
    return [_row(ctx, timed(lambda _: deck_tree(col), repeat=ctx.repeat))]


def op_stats(ctx: Ctx) -> list[Row]:
    try:
        mod = importlib.import_module("srs.service.stats")
        stats = mod.collection_stats
    except (ImportError, AttributeError) as exc:
        raise NotAvailable(f"srs.service.stats.collection_stats missing ({exc})") from exc
    col = _open(ctx.copy("srs.db"))
    return [_row(ctx, timed(lambda _: stats(col), repeat=ctx.repeat, budget=10))]


SEARCH = "quorum"  # a word of the generated text: a search over every note's fields, as typed in Browse
SEARCH_ROWS = 500  # the rows Browse shows (srs.tui.screens.browse.LIMIT)


def op_search(ctx: Ctx) -> list[Row]:
    """Browse: a text search, sorted by due, its first page of rows."""
    from srs.service.search import search_cards

    col = _open(ctx.copy("srs.db"))
    found = []
    samples = timed(lambda _: found.append(len(search_cards(col, SEARCH, order="due", limit=SEARCH_ROWS + 1))),
                    repeat=ctx.repeat, budget=10)
    return [_row(ctx, samples, query=SEARCH, rows=found[-1])]


def op_export(ctx: Ctx, with_scheduling: bool = True) -> list[Row]:
    from srs.service.exporting import export_anki

    col = _open(ctx.copy("srs.db"))
    out = ctx.scratch("export/out.apkg")
    result = {}
    samples = timed(lambda _: result.update(export_anki(col, out, with_scheduling=with_scheduling)),
                    repeat=heavy(ctx), budget=10)
    return [_row(ctx, samples, notes=result.get("notes"), reviews=result.get("reviews"), mb=round(out.stat().st_size / 2**20, 1))]


def op_export_plain(ctx: Ctx) -> list[Row]:
    """Export without review history (notes, cards, decks)."""
    return op_export(ctx, with_scheduling=False)


def _import(col, paths: list[Path]) -> dict:  # noqa: ANN001
    from srs.service.importing import import_paths

    report = import_paths(col, paths)
    if report.failed:
        raise RuntimeError(f"import failed: {report.failed[0].error}")
    return {"new": report.total("new"), "unchanged": report.total("unchanged")}


def _counts(db: Path) -> dict:
    """Notes and review logs in a database (after an import, untimed)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {"notes": con.execute("SELECT count(*) FROM notes").fetchone()[0],
                "reviews": con.execute("SELECT count(*) FROM review_logs").fetchone()[0]}
    finally:
        con.close()


def op_import_apkg(ctx: Ctx, pkg: Path | None = None) -> list[Row]:
    pkg = pkg or package(ctx)
    result, last = {}, []

    def run(col) -> None:
        result.update(_import(col, [pkg]))
        last[:] = [col.path]  # the path only: the collection goes when the next repeat starts
    from srs.anki.history import WORKER_PEAKS_KB

    samples = timed(run, repeat=heavy(ctx), budget=10, setup=_fresh(ctx, "apkg"))
    helper = round(max(WORKER_PEAKS_KB) / 1024, 1) if WORKER_PEAKS_KB else None
    return [_row(ctx, samples, **result, **_counts(last[0]), helper_peak_mb=helper)]


def op_import_plain(ctx: Ctx) -> list[Row]:
    """Import the package without review history into a fresh DB."""
    return op_import_apkg(ctx, plain_package(ctx))


def op_import_notes(ctx: Ctx) -> list[Row]:
    files = sorted(Path(ctx.shared, "notes10k", "md").glob("*.md"))
    result = {}
    samples = timed(lambda col: result.update(_import(col, files)), repeat=heavy(ctx), budget=10,
                    setup=_fresh(ctx, "md"))
    return [_row(ctx, samples, files=len(files), **result)]


def op_import_seeds(ctx: Ctx) -> list[Row]:
    seeds = sorted(Path(__file__).resolve().parent.parent.joinpath("tests", "data", "seeds").glob("*.txt"))
    if not seeds:
        raise NotAvailable("tests/data/seeds/*.txt not found")
    result = {}
    samples = timed(lambda col: result.update(_import(col, seeds)), repeat=heavy(ctx), budget=10,
                    setup=_fresh(ctx, "seeds"))
    return [_row(ctx, samples, files=len(seeds), **result)]


def op_import_corpus(ctx: Ctx) -> list[Row]:
    """The "10 MB of notes" corpus: first import, then re-imports of the unchanged files."""
    folder = Path(ctx.shared, "corpus")
    files = sorted(folder.glob("*.md"))
    mb = sum(f.stat().st_size for f in files) / 2**20
    col = _fresh(ctx, "corpus")(0)
    first = {}
    samples = timed(lambda _: first.update(_import(col, files)), repeat=1)
    again = timed(lambda _: _import(col, files), repeat=1 if ctx.quick else 3, budget=10)
    return [_row(ctx, samples, mb=round(mb, 1), files=len(files), **first),
            _row(ctx, again, "reimport_corpus", mb=round(mb, 1))]


def op_optimize(ctx: Ctx) -> list[Row]:
    try:
        from srs.service.optimizing import optimize
    except ImportError as exc:
        raise NotAvailable(f"srs.service.optimizing missing ({exc})") from exc
    col = _open(ctx.copy("srs.db"))
    fit = {}
    samples = timed(lambda _: fit.update(r=optimize(col)), repeat=1 if ctx.quick else 3, budget=10)
    r = fit["r"]
    return [_row(ctx, samples, reviews=r.reviews, items=r.items, log_loss=round(r.after[0], 4))]


def op_tui(ctx: Ctx) -> list[Row]:
    """Launch, answers (bench/tui_probe.py), and answers while ``srs import`` of a 2 MB notes file runs beside."""
    from bench.tui_probe import IMPORT_MB, import_file, probe

    during = import_file(ctx.scratch("tui-import"), mb=0.05 if ctx.quick else IMPORT_MB)
    try:
        launch, answers, info, importing, answer_info = probe(ctx.copy("srs.db"), n_answers=5 if ctx.quick else 100,
                                                              launches=1, during=during)
    except ImportError as exc:
        raise NotAvailable(f"TUI not importable ({exc})") from exc
    rows = [_row(ctx, launch, "tui_launch", **info), _row(ctx, answers, "tui_answer", **answer_info)]
    rows.append(_row(ctx, importing, "tui_answer_import", **{k: v for k, v in answer_info.items() if "import" in k}))
    return rows


def op_cli(ctx: Ctx) -> list[Row]:
    """Each read-only command in a fresh ``python -m srs`` process (bench/cli_cold.py)."""
    from bench.cli_cold import measure

    db = ctx.copy("srs.db")
    return [_row(ctx, samples, key, args=" ".join(args)) for key, samples, args in measure(db, 3 if ctx.quick else 5)]


OPS = {
    "open": op_open, "queue": op_queue, "answer": op_answer, "deck_tree": op_deck_tree, "stats": op_stats,
    "search": op_search, "export": op_export, "import_apkg": op_import_apkg, "export_plain": op_export_plain, "import_plain": op_import_plain,
    "optimize": op_optimize,
    "import_notes": op_import_notes, "import_seeds": op_import_seeds, "import_corpus": op_import_corpus,
    "tui": op_tui, "cli": op_cli,
}
