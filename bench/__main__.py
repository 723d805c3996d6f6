"""``python -m bench``: generate collections, time srs and Anki on them, print the table.

    python -m bench                       # full run: 1k, 10k, 69.2k (export/import only), 100k cards
    python -m bench --quick               # 1k cards, few repeats, in-process (CI)
    python -m bench --sizes 1000,10000 --repeat 5 --no-anki --markdown out.md
    python -m bench --sizes 1000,10000,100000,1000000 --only open,queue,answer,deck_tree,stats,search,export \
        --repeat 5 --cache /tmp/srs-bench --json curve.json   # issue #22's curve; then python -m bench.curve curve.json

Exit status 1 when an operation raised (an "n/a" row, e.g. a module not written
yet, is not a failure).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from bench import report, runner
from bench.runner import Ctx, Row
from bench.targets import CLI_SIZE, NOTES_50K

SIZED = ["open", "queue", "answer", "deck_tree", "stats", "search", "export", "export_plain", "import_apkg", "import_plain", "optimize"]
PACKAGE_OPS = ["export", "export_plain", "import_apkg", "import_plain"]  # all that runs at NOTES_50K
SIZES = [1000, 10_000, NOTES_50K, 100_000]
TUI_FROM = 10_000  # the review app runs at these sizes and up (and at the largest size of a smaller run)


def sized_ops(size: int) -> list[str]:
    """The operations run at ``size`` cards: at the 50k-notes size only the package export/import."""
    return PACKAGE_OPS if size == NOTES_50K else SIZED


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="1k cards, few repeats, in-process: a few seconds")
    p.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")],
                   help=f"card counts (default {','.join(map(str, SIZES))}; at {NOTES_50K}, the 50k-note target's size, "
                   "only the export/import operations run)")
    p.add_argument("--repeat", type=int, help="repeats per operation (default 10; 3 with --quick)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-anki", action="store_true", help="skip Anki's side")
    p.add_argument("--only", type=lambda s: s.split(","), help="operations to run, e.g. queue,answer,tui,cli")
    p.add_argument("--markdown", type=Path, help="also write the results as markdown (and an SVG plot beside it)")
    p.add_argument("--cap", type=float, default=150.0,
                   help="skip an operation whose time, scaled up from the previous size, would pass this many seconds")
    p.add_argument("--cache", type=Path, help="keep generated collections here (default: a temp dir, removed after)")
    p.add_argument("--in-process", dest="isolate", action="store_false", default=None,
                   help="run operations in this process (no per-operation memory figures)")
    p.add_argument("--isolate", dest="isolate", action="store_true", help="one child process per operation (default unless --quick)")
    p.add_argument("--json", type=Path, help="also write the raw samples as JSON")
    p.add_argument("--from-json", type=Path, help="print (and --markdown) the results of an earlier --json run; no timing")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def prepare_shared(shared: Path, *, quick: bool, seed: int, anki: bool) -> tuple[int, float]:
    """The corpora: N notes as markdown and as CSV, and the "10 MB" markdown corpus."""
    from bench import content

    n_notes = 200 if quick else 10_000
    notes_dir = shared / "notes10k"
    if not (notes_dir / "notes.csv").exists():
        notes = content.make_notes_by_count(n_notes, seed)
        content.write_markdown(notes, notes_dir / "md")
        content.write_csv(notes, notes_dir / "notes.csv")
    corpus = shared / "corpus"
    target = 50_000 if quick else 10 * 2**20
    if not corpus.exists():
        content.corpus_of_bytes(target, seed + 1, corpus)
    mb = sum(f.stat().st_size for f in corpus.glob("*.md")) / 2**20
    return n_notes, mb


def srs_package(folder: Path, name: str = "package.apkg", with_scheduling: bool = True) -> None:
    """Without Anki, the package to import is srs's own export."""
    from srs.service.collection import Collection
    from srs.service.exporting import export_anki

    part = folder / f"{name}.part.apkg"
    with Collection.open(folder / "srs.db") as col:
        export_anki(col, part, with_scheduling=with_scheduling)
    part.replace(folder / name)


def plain_package(folder: Path) -> None:
    """``package-plain.apkg`` (no review history) when missing: Anki's export if the folder has Anki's collection."""
    if (folder / "anki" / "collection.anki2").exists():
        try:
            from bench import anki_setup
        except ImportError:  # the anki package is not installed (--no-anki)
            pass
        else:
            anki_setup.plain_package(folder)
            return
    srs_package(folder, "package-plain.apkg", with_scheduling=False)


def _commit() -> str:
    """The srs code measured: the commit, "+ local changes" when the work tree differs."""
    import subprocess

    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "srs", "migrations"], cwd=root, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"
    return f"{head}{' + local changes' if dirty else ''}" if head else "?"


def predicted(rows: list[Row], ctx: Ctx) -> tuple[float, int] | None:
    """This operation's median at the largest smaller size, scaled linearly to ``ctx.size``."""
    done = [r for r in rows if r.op == ctx.op and r.side == ctx.side and r.samples and not r.error and 0 < r.size < ctx.size]
    if not done:
        return None
    last = max(done, key=lambda r: r.size)
    return report.median(last.samples) * ctx.size / last.size, last.size


def run(ctx: Ctx, isolate: bool, work_root: Path, rows_so_far: list[Row] = (), cap: float = 0) -> list[Row]:
    guess = predicted(list(rows_so_far), ctx) if cap else None
    if guess is not None and guess[0] > cap:
        say(f"  {ctx.op:34} {report.fmt_size(ctx.size):>6} {ctx.side:5} skipped: ~{guess[0]:.0f} s predicted")
        return [Row(ctx.op, ctx.side, ctx.size, error=f"skipped: ~{guess[0]:.0f} s predicted from "
                    f"{report.fmt_size(guess[1])} cards (linear), over the {cap:.0f} s cap", info={"predicted_s": round(guess[0])})]
    ctx.work = runner.scratch_dir(work_root, f"{ctx.op}-{ctx.side}-{ctx.size}")
    t0 = time.perf_counter()
    try:
        rows = runner.run_child(ctx) if isolate else runner.run_here(ctx, measure_memory=False)
    finally:
        shutil.rmtree(ctx.work, ignore_errors=True)
    for r in rows:
        r.size = ctx.size
        what = r.error or f"median {report.fmt_time(report.median(r.samples))} p99 {report.fmt_time(report.p99(r.samples))}"
        say(f"  {report.LABELS.get(r.op, r.op):34} {report.fmt_size(ctx.size):>6} {ctx.side:5} {what}  [{time.perf_counter() - t0:.1f}s]")
    return rows


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.worker:
        return runner.worker_main(args.worker)
    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        return finish(args, [Row(**r) for r in saved["rows"]], {int(k): tuple(v) for k, v in saved["db_mb"].items()},
                      saved["corpus_mb"], saved["seconds"], saved["isolate"], tuple(saved["load"]), saved["argv"],
                      saved.get("commit", "?"))
    started = time.perf_counter()
    load0 = os.getloadavg()[0]
    commit = _commit()
    quick = args.quick
    sizes = args.sizes or ([1000] if quick else SIZES)
    repeat = args.repeat or (3 if quick else 10)
    isolate = (not quick) if args.isolate is None else args.isolate
    anki = not args.no_anki
    wanted = set(args.only) if args.only else None
    root = args.cache or Path(tempfile.mkdtemp(prefix="srs-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    shared = root / "shared"
    sides = ["ours", "anki"] if anki else ["ours"]
    from bench import generate

    rows: list[Row] = []
    db_mb: dict[int, tuple[float, float | None]] = {}
    corpus_mb = 0.0
    try:
        say(f"bench: sizes {sizes}, repeat {repeat}, {'one process per operation' if isolate else 'in-process'}, data in {root}")
        n_notes, corpus_mb = prepare_shared(shared, quick=quick, seed=args.seed, anki=anki)
        folders = {}
        for size in sizes:
            folder = root / f"{size}-{args.seed}"
            generate.build(size, args.seed, folder, anki=anki, say=say)
            if not (folder / "package.apkg").exists():
                srs_package(folder)
            if not (folder / "package-plain.apkg").exists():
                plain_package(folder)
            folders[size] = folder
            anki_db = folder / "anki" / "collection.anki2"
            db_mb[size] = ((folder / "srs.db").stat().st_size / 2**20, anki_db.stat().st_size / 2**20 if anki and anki_db.exists() else None)

        def ctx(side: str, op: str, size: int, folder: Path) -> Ctx:
            return Ctx(side, op, size, str(folder), str(shared), "", repeat, quick)

        work = root / "work"
        for size in sizes:
            for op in sized_ops(size):
                if wanted is None or op in wanted:
                    for side in sides:
                        rows += run(ctx(side, op, size, folders[size]), isolate, work, rows, args.cap)
        small = folders[min(sizes)]
        big = max([s for s in sizes if s != NOTES_50K], default=None)
        fixed = [("import_notes", n_notes, sides), ("import_seeds", 5, ["ours"]), ("import_corpus", 0, ["ours"])]
        for op, size, op_sides in fixed:
            if wanted is None or op in wanted:
                for side in op_sides:
                    rows += run(ctx(side, op, size, small), isolate, work)
        if wanted is None or "cli" in wanted:  # the size for the CLI target: 10k cards (or the nearest run)
            cli_size = min((s for s in sizes if s != NOTES_50K), key=lambda s: abs(s - CLI_SIZE), default=None)
            if cli_size is not None:
                rows += run(ctx("ours", "cli", cli_size, folders[cli_size]), isolate, work)
        tui_sizes = [s for s in sizes if s != NOTES_50K and (s >= TUI_FROM or s == big)]  # 10k and up (issue 22)
        if (wanted is None or "tui" in wanted) and tui_sizes:
            for size in tui_sizes:
                rows += run(ctx("ours", "tui", size, folders[size]), isolate, work)
        elif wanted is None or "tui" in wanted:
            say(f"  tui not run: only export/import run at {NOTES_50K} cards")
    finally:
        if args.cache is None:
            shutil.rmtree(root, ignore_errors=True)
    seconds, load = time.perf_counter() - started, (load0, os.getloadavg()[0])
    if args.json:
        args.json.write_text(json.dumps({"rows": [asdict(r) for r in rows], "db_mb": db_mb, "corpus_mb": corpus_mb,
                                         "seconds": seconds, "isolate": isolate, "load": load, "argv": sys.argv[1:],
                                         "commit": commit}))
    return finish(args, rows, db_mb, corpus_mb, seconds, isolate, load, sys.argv[1:], commit)


def finish(args: argparse.Namespace, rows: list[Row], db_mb: dict, corpus_mb: float, seconds: float, isolate: bool,
           load: tuple[float, float], argv: list[str], commit: str = "?") -> int:
    from bench import targets
    from bench.docs import write_markdown

    lines = report.lines(rows, corpus_label=f"{corpus_mb:.1f} MB")
    verdicts = targets.check(targets.Results(rows, db_mb))
    print(report.text_table(lines))
    print()
    print("Database file size")
    print(report.db_sizes_table(db_mb, markdown=False))
    print()
    print("Targets")
    for v in verdicts:
        print("  " + v.line())
    bad = report.problems(rows)
    if bad:
        print()
        print("Not measured")
        for p in bad:
            print("  " + p)
    print()
    mem = "peak RSS of a fresh process per operation" if isolate else "not measured (in-process run)"
    print(f"times: median and nearest-rank p99 over n repeats; memory: {mem}; ratio < 1 means srs is faster; run took {seconds:.0f} s")
    if args.markdown:
        write_markdown(args.markdown, lines, rows, db_mb, verdicts, argv=argv, seconds=seconds, isolate=isolate, load=load, commit=commit)
        print(f"wrote {args.markdown}")
    return 1 if any(r.error and r.error.startswith("error") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
