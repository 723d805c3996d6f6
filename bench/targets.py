"""Targets named in other issues, checked against this run's numbers (one line each)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bench.cli_cold import COMMANDS as CLI_COMMANDS
from bench.cli_cold import LIMIT_S as CLI_LIMIT_S
from bench.report import fmt_size, fmt_time, median, p99
from bench.runner import Row

BIG = 100_000  # the targets speak of a 100k-card collection
CLI_SIZE = 10_000  # every CLI command from a cold process < 250 ms wall at 10k cards (issue 22)
NOTES_50K = 69_200  # cards; with seed 1 the generator makes 49,987 notes and 692,024 review logs: "50,000 notes"
NOTES_MIN = 49_500  # 50,000 notes less 1 %: the 69,200-card collection counts as the 50k-note one
PACKAGE_TARGETS = [  # (operation, what it is): the 50k-note target, with and without review history
    ("export", "export with review history"), ("export_plain", "export, notes only"),
    ("import_apkg", "import with review history"), ("import_plain", "import, notes only"),
]


@dataclass
class Verdict:
    name: str
    met: bool | None  # None: not measured in this run
    detail: str

    def line(self) -> str:
        word = {True: "met", False: "NOT MET", None: "not measured"}[self.met]
        return f"[{word}] {self.name}: {self.detail}"


class Results:
    def __init__(self, rows: list[Row], db_mb: dict[int, tuple[float, float | None]]) -> None:
        self.rows = rows
        self.db_mb = db_mb

    def get(self, op: str, size: int | None = None, side: str = "ours") -> Row | None:
        cands = [r for r in self.rows if r.op == op and r.side == side and not r.error and r.samples]
        if size is not None:
            cands = [r for r in cands if r.size == size]
        return max(cands, key=lambda r: r.size) if cands else None

    @property
    def largest(self) -> int:
        return max([r.size for r in self.rows if r.size] or [0])


def _at_size(res: Results, op: str, name: str, test: Callable[[Row], tuple[bool, str]]) -> Verdict:
    skipped = next((r for r in res.rows if r.op == op and r.side == "ours" and r.size == BIG
                    and (r.error or "").startswith("skipped")), None)
    if skipped is not None:  # every limit here is far below the cap that made it skip
        smaller = res.get(op)
        seen = f"; measured {fmt_time(median(smaller.samples))} at {fmt_size(smaller.size)} cards" if smaller else ""
        return Verdict(name, False, f"not run at {fmt_size(BIG)} cards: ~{skipped.info.get('predicted_s')} s predicted{seen}")
    row = res.get(op, BIG) or res.get(op)
    if row is None:
        return Verdict(name, None, "no result in this run")
    ok, text = test(row)
    if row.size and row.size < BIG:
        return Verdict(name, None, f"{text} at {fmt_size(row.size)} cards only (run with --sizes ...,100000)")
    return Verdict(name, ok, text)


def _mem(row: Row, limit: float) -> tuple[bool, str]:
    if row.peak_mb is None:
        return True, "memory not measured (in-process run)"
    return row.peak_mb < limit, f"peak {row.peak_mb:.0f} MB (limit {limit:.0f} MB)"


def _package(res: Results, op: str, what: str) -> Verdict:
    """Export or import of the 50k-note collection < 3 s and < 500 MB (the rows at ``NOTES_50K`` cards)."""
    name = f"{what}, 50,000 notes < 3 s and < 500 MB"
    row = res.get(op, NOTES_50K)
    if row is None:
        failed = next((r for r in res.rows if r.op == op and r.side == "ours" and r.size == NOTES_50K and r.error), None)
        if failed is not None and failed.error.startswith("skipped"):
            return Verdict(name, False, f"not run at {NOTES_50K} cards: ~{failed.info.get('predicted_s')} s predicted")
        return Verdict(name, None, failed.error if failed else f"not measured (run with --sizes ...,{NOTES_50K})")
    t = median(row.samples)
    notes = row.info.get("notes") or row.info.get("new") or 0
    reviews = None if op.endswith("_plain") else row.info.get("reviews")
    counted = f"{notes} notes" + ("" if reviews is None else f" and {reviews} answers")
    anki = res.get(op, NOTES_50K, side="anki")
    vs = f" (Anki {fmt_time(median(anki.samples))})" if anki else ""
    ok_mem, mem_text = _mem(row, 500)
    if notes >= 50_000:
        enough = ""
    elif notes >= NOTES_MIN:
        enough = f"; {notes} notes count as 50,000 (within 1 %)"
    else:
        enough = f"; {notes} notes is fewer than 50,000 less 1 %"
    return Verdict(name, t < 3.0 and ok_mem and notes >= NOTES_MIN, f"{fmt_time(t)} for {counted}{vs}; {mem_text}{enough}")


def _cli(res: Results) -> list[Verdict]:
    """Each read-only command, run cold, under the limit (median wall time) at 10k cards."""
    out = []
    for key, label, _args in CLI_COMMANDS:
        name = f"{label} < {CLI_LIMIT_S * 1000:.0f} ms wall ({fmt_size(CLI_SIZE)} cards)"
        row = res.get(key)
        if row is None:
            why = next((r.error for r in res.rows if r.op in (key, "cli") and r.error), "no result")
            out.append(Verdict(name, None, why))
            continue
        t = median(row.samples)
        text = f"median {fmt_time(t)}, p99 {fmt_time(p99(row.samples))}"
        if row.size < CLI_SIZE:
            out.append(Verdict(name, None, f"{text} at {fmt_size(row.size)} cards only"))
        else:
            out.append(Verdict(name, t < CLI_LIMIT_S, text))
    return out


def check(res: Results) -> list[Verdict]:
    out = []
    row = res.get("import_seeds")
    out.append(Verdict("import of the five seed files into a fresh DB < 1 s", None, "no result") if row is None else
               Verdict("import of the five seed files into a fresh DB < 1 s", median(row.samples) < 1.0,
                       f"median {fmt_time(median(row.samples))}, p99 {fmt_time(p99(row.samples))} (after start-up)"))
    first, again = res.get("import_corpus"), res.get("reimport_corpus")
    name = "10 MB notes corpus imported < 15 s with memory < 300 MB"
    if first is None:
        out.append(Verdict(name, None, "no result"))
    else:
        mb = first.info.get("mb", 0)
        ok_mem, mem_text = _mem(first, 300)
        t = median(first.samples)
        met = (t < 15 and ok_mem) if mb >= 9.5 else None
        note = "" if mb >= 9.5 else f" (quick corpus of {mb} MB, not 10 MB)"
        out.append(Verdict(name, met, f"{fmt_time(t)} for {mb} MB, {first.info.get('new')} notes; {mem_text}{note}"))
    if first is not None and again is not None:
        share = median(again.samples) / median(first.samples)
        out.append(Verdict("re-import of unchanged files < 10 % of the first import", share < 0.10,
                           f"{fmt_time(median(again.samples))} = {share:.1%} of {fmt_time(median(first.samples))}"))
    else:
        out.append(Verdict("re-import of unchanged files < 10 % of the first import", None, "no result"))
    out.append(_at_size(res, "queue", "queue build (100k cards, 1M logs) < 50 ms",
                        lambda r: (median(r.samples) < 0.050, f"median {fmt_time(median(r.samples))}, p99 {fmt_time(p99(r.samples))}")))
    out.append(_at_size(res, "answer", "show next card + answer it (committed) p99 < 2 ms",
                        lambda r: (p99(r.samples) < 0.002, f"p99 {fmt_time(p99(r.samples))}, median {fmt_time(median(r.samples))}")))
    out.append(_at_size(res, "stats", "srs stats < 1 s",
                        lambda r: (median(r.samples) < 1.0, f"median {fmt_time(median(r.samples))}")))
    size = BIG if BIG in res.db_mb else max(res.db_mb or {0: None})
    if res.db_mb:
        mb = res.db_mb[size][0]
        out.append(Verdict("database < 300 MB", mb < 300 if size >= BIG else None, f"{mb:.0f} MB at {fmt_size(size)} cards"))
    out += [_package(res, op, what) for op, what in PACKAGE_TARGETS]
    out += _cli(res)
    launch, answer = res.get("tui_launch"), res.get("tui_answer")
    if launch is None:
        why = next((r.error for r in res.rows if r.op in ("tui", "tui_launch") and r.error), "no result")
        out.append(Verdict("TUI launch -> first card < 1 s (100k cards)", None, why))
        out.append(Verdict("TUI answer -> next card < 50 ms (100k cards)", None, why))
        out.append(Verdict("TUI answer -> next card p99 < 33 ms, two frames (100k cards)", None, why))
    else:
        imp = float(launch.info.get("import_s", 0))
        cold = launch.samples[0]  # the first launch in a fresh process, as a person starts srs
        total = imp + cold
        big = launch.size >= BIG
        out.append(Verdict("TUI launch -> first card < 1 s (100k cards)", total < 1.0 if big else None,
                           f"{fmt_time(total)} = imports {fmt_time(imp)} + app start to card {fmt_time(cold)} at {fmt_size(launch.size)} cards"))
        if answer is not None and answer.samples:
            seen = f"median {fmt_time(median(answer.samples))}, p99 {fmt_time(p99(answer.samples))} at {fmt_size(answer.size)} cards"
            out.append(Verdict("TUI answer -> next card < 50 ms (100k cards)", median(answer.samples) < 0.050 if big else None, seen))
            out.append(Verdict("TUI answer -> next card p99 < 33 ms, two frames (100k cards)",
                               p99(answer.samples) < 0.033 if big else None, seen))
        busy = res.get("tui_answer_import")
        if busy is not None and busy.samples:
            out.append(Verdict("TUI answer -> next card p99 < 33 ms while `srs import` of 2 MB runs (100k cards)",
                               p99(busy.samples) < 0.033 if busy.size >= BIG else None,
                               f"median {fmt_time(median(busy.samples))}, p99 {fmt_time(p99(busy.samples))} over "
                               f"{len(busy.samples)} answers during a {busy.info.get('background_import_s')} s import "
                               f"at {fmt_size(busy.size)} cards"))
    return out
