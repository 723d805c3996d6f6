"""The markdown report (for bench/RESULTS.md and the README) and an SVG plot of cost vs size."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import subprocess
from importlib import metadata
from pathlib import Path

from bench import report
from bench.runner import Row
from bench.targets import NOTES_50K

CALLS = [
    ("open collection", "`Collection.open(path)`", "`Collection(path)`"),
    ("build today's queue", "`Study(col)` (all decks)", "select another deck and back, `sched.get_queued_cards()`"),
    ("next card + answer", "`study.next_card()` + `study.answer(id, rating, 4000)`, one transaction",
     "`get_queued_cards` → `Card.question()/answer()` → `describe_next_states` → `build_answer` → `answer_card`"),
    ("deck list with counts", "`deck_tree(col)`", "`sched.deck_due_tree()`"),
    ("stats", "`collection_stats(col)`", "`_backend.graphs(search='', days=365)` (the statistics page)"),
    ("search (Browse)", "`search_cards(col, 'quorum', order='due', limit=501)` (the Browse screen's first page)",
     "`find_cards('quorum', order=<due column>)` + `browser_row_for_id` for the first 500 ids"),
    ("export .apkg with scheduling", "`export_anki(col, out, with_scheduling=True)`",
     "`export_anki_package(with_scheduling=True, legacy=False)`"),
    ("import .apkg with scheduling", "`import_paths(col, [package.apkg])` into a fresh DB",
     "`import_anki_package(with_scheduling=True)` into a fresh collection"),
    ("export .apkg, notes only", "`export_anki(col, out, with_scheduling=False)`",
     "`export_anki_package(with_scheduling=False, legacy=False)`"),
    ("import .apkg, notes only", "`import_paths(col, [package-plain.apkg])` into a fresh DB",
     "`import_anki_package(with_scheduling=False)` of `package-plain.apkg` into a fresh collection"),
    ("FSRS parameter fit", "`srs.service.optimizing.optimize(col)` (fsrs-rs-python; fits and evaluates before/after)",
     "`_backend.compute_fsrs_params(search='', current_params=[], ...)`"),
    ("import notes", "`import_paths(col, markdown files)` into a fresh DB", "`import_csv` of the same notes into a fresh collection"),
]
PLOTTED = ["queue", "answer", "deck_tree", "stats", "export", "import_apkg", "optimize", "open", "export_plain", "import_plain"]
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


def machine() -> list[str]:
    model = platform.processor() or "unknown"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    ram = "?"
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        ram = f"{kb / 2**20:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass

    def ver(pkg: str) -> str:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return "not installed"
    return [
        f"CPU: {model}, {os.cpu_count()} cores; RAM: {ram}; {platform.system()} {platform.release()};",
        f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}; anki {ver('anki')}; fsrs {ver('fsrs')}; "
        f"fsrs-rs-python {ver('fsrs-rs-python')}; SQLAlchemy {ver('sqlalchemy')}; textual {ver('textual')}",
    ]


def svg_plot(rows: list[Row], width: int = 840, height: int = 420, keys: list[str] | None = None) -> str | None:
    """Median time against collection size, log-log; srs solid, Anki dashed (``keys``: the rows drawn)."""
    keys = keys or PLOTTED
    series = []
    for key in keys:
        for side in ("ours", "anki"):
            pts = sorted((r.size, report.median(r.samples)) for r in rows
                         if r.op == key and r.side == side and r.samples and not r.error and r.size)
            if len(pts) >= 2:
                series.append((key, side, pts))
    if not series:
        return None
    xs = [x for *_, pts in series for x, _ in pts]
    ys = [y for *_, pts in series for _, y in pts]
    x0, x1 = math.log10(min(xs)), math.log10(max(xs))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    left, right, top, bottom = 64, 250, 20, 40
    pw, ph = width - left - right, height - top - bottom

    def px(x: float) -> float:
        return left + (math.log10(x) - x0) / max(1e-9, x1 - x0) * pw

    def py(y: float) -> float:
        return top + ph - (math.log10(y) - y0) / max(1e-9, y1 - y0) * ph
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>']
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + pw}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{report.fmt_time(10 ** e)}</text>')
    last_x, lower = -1e9, False
    for x in sorted(set(xs)):
        lower = px(x) - last_x < 70 and not lower  # a label too close to the previous one goes a line lower
        last_x = px(x)
        out.append(f'<line x1="{px(x):.1f}" y1="{top}" x2="{px(x):.1f}" y2="{top + ph}" stroke="#eee"/>')
        out.append(f'<text x="{px(x):.1f}" y="{top + ph + (28 if lower else 16)}" text-anchor="middle">{report.fmt_size(x)} cards</text>')
    legend_y = top
    for i, key in enumerate(keys):
        colour = COLOURS[i % len(COLOURS)]
        drawn = False
        for k, side, pts in series:
            if k != key:
                continue
            dash = ' stroke-dasharray="5,4"' if side == "anki" else ""
            path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
            drawn = True
        if drawn:
            out.append(f'<line x1="{left + pw + 12}" y1="{legend_y + 6}" x2="{left + pw + 32}" y2="{legend_y + 6}" stroke="{colour}" stroke-width="2"/>')
            out.append(f'<text x="{left + pw + 36}" y="{legend_y + 10}">{report.LABELS[key]}</text>')
            legend_y += 18
    out.append(f'<text x="{left + pw + 12}" y="{legend_y + 14}">solid: srs, dashed: Anki</text>')
    out.append("</svg>")
    return "\n".join(out)


def write_markdown(path: Path, lines: list[report.Line], rows: list[Row], db_mb: dict, verdicts: list,
                   *, argv: list[str], seconds: float, isolate: bool, load: tuple[float, float] = (0.0, 0.0),
                   commit: str = "?") -> None:
    path = Path(path)
    svg = svg_plot(rows)
    svg_name = None
    if svg is not None:
        svg_name = path.with_suffix(".svg").name
        path.with_suffix(".svg").write_text(svg, encoding="utf-8")
    mem = ("peak resident set size of a fresh Python process that opened the collection and ran the operation "
           "(VmHWM of the child; includes the interpreter and libraries: about 66 MB for srs, 102 MB for Anki before any work; "
           "srs's import with history adds the peak its replay worker process reports)") if isolate else "not measured (in-process run)"
    doc = [
        "# Benchmark results", "",
        "Machine: " + " ".join(machine()), "",
        f"srs code: {commit}", "",
        f"Command: `python -m bench {' '.join(argv)}` (took {seconds:.0f} s; 1-minute load average "
        f"{load[0]:.1f} at the start, {load[1]:.1f} at the end: the machine is shared, so read the ratios)", "",
        "srs and Anki (its Rust engine, through the `anki` package) run the same operation on the same generated "
        "collection in the same run. Times are the median and nearest-rank p99 over n repeats (p99 is the maximum "
        f"when n < 100); srs/Anki is the ratio of medians (below 1: srs is faster). Memory: {mem}.", "",
        report.markdown_table(lines), "",
    ]
    if svg_name:
        doc += [f"![median time against collection size]({svg_name})", ""]
    doc += ["## What runs on each side", "", "| operation | srs | Anki |", "|---|---|---|"]
    doc += [f"| {a} | {b} | {c} |" for a, b, c in CALLS] + [
        "", "Both sides use the same seeded collection: one root deck with 11 subdecks, basic, two-way and cloze notes, "
        "two years of review history simulated with FSRS-6's model (1k cards: 10k logs, 100k cards: 1M logs), "
        "daily limits 100 new / 9999 reviews, lowest retrievability first. The packages both import are Anki's own "
        f"exports of the collection, with and without scheduling. At {NOTES_50K:,} cards (49,987 notes and 692,024 logs with "
        "seed 1: the 50,000-note target's collection) only the export and import rows run. "
        "Each operation runs in a fresh process on a private copy of the collection.", ""]
    doc += ["## Database file size", "", report.db_sizes_table(db_mb, markdown=True), "",
            "## Targets", ""] + [f"- {v.line()}" for v in verdicts] + [""]
    bad = report.problems(rows)
    if bad:
        doc += ["## Not measured", ""] + [f"- {b}" for b in bad] + [""]
    doc += ["## What each row measured", ""] + [f"- {d}" for d in report.details(rows)] + [""]
    kept = path.read_text(encoding="utf-8").partition(KEPT)[2] if path.exists() else ""
    path.write_text("\n".join(doc) + (KEPT + kept if kept else ""), encoding="utf-8")


# What follows this line in RESULTS.md is kept when the file is written again: the tables of
# python -m bench.hostile and bench.contention (issue #18), measured separately.
KEPT = "\n<!-- kept by python -m bench: hostile files and contention, measured on their own -->\n"
