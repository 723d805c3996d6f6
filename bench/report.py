"""The results table: plain text for the terminal, markdown for the README."""

from __future__ import annotations

import math
from dataclasses import dataclass

from bench.cli_cold import COMMANDS as CLI_COMMANDS
from bench.runner import Row

# (key, label, what the size column says for size-free operations)
OPERATIONS = [
    ("open", "open collection", None),
    ("queue", "build today's queue", None),
    ("answer", "next card + answer (committed)", None),
    ("deck_tree", "deck list with counts", None),
    ("stats", "stats, whole collection", None),
    ("search", "search (Browse, first 500 rows)", None),
    ("export", "export .apkg with scheduling", None),
    ("import_apkg", "import .apkg with scheduling", None),
    ("export_plain", "export .apkg, notes only", None),
    ("import_plain", "import .apkg, notes only", None),
    ("optimize", "FSRS parameter fit", None),
    ("import_notes", "import notes (md; Anki: CSV)", "notes"),
    ("import_seeds", "import the seed files", "files"),
    ("import_corpus", "import markdown corpus", "corpus"),
    ("reimport_corpus", "re-import corpus unchanged", "corpus"),
    ("tui_launch", "TUI launch -> first card", None),
    ("tui_answer", "TUI answer -> next card", None),
    ("tui_answer_import", "TUI answer -> next card, importing", None),
] + [(key, label, None) for key, label, _args in CLI_COMMANDS]  # cold processes, one row per command
LABELS = {k: label for k, label, _ in OPERATIONS}


def median(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def p99(xs: list[float]) -> float:
    """Nearest-rank 99th percentile (the maximum when there are fewer than 100 samples)."""
    s = sorted(xs)
    return s[max(0, math.ceil(0.99 * len(s)) - 1)]


def fmt_time(t: float | None) -> str:
    if t is None:
        return "-"
    if t < 1e-3:
        return f"{t * 1e6:.0f} µs"
    if t < 1:
        return f"{t * 1e3:.3g} ms" if t < 0.1 else f"{t * 1e3:.0f} ms"
    return f"{t:.2f} s" if t < 10 else f"{t:.1f} s"


def fmt_size(n: int) -> str:
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


@dataclass
class Line:
    key: str
    label: str
    size: str
    ours: Row | None
    anki: Row | None

    @staticmethod
    def stat(row: Row | None, fn) -> float | None:  # noqa: ANN001
        return fn(row.samples) if row is not None and row.samples and not row.error else None

    def cells(self) -> list[str]:
        om, op = self.stat(self.ours, median), self.stat(self.ours, p99)
        am, ap = self.stat(self.anki, median), self.stat(self.anki, p99)
        ratio = f"{om / am:.2f}x" if om is not None and am else "-"

        def status(row: Row | None, value: str) -> str:
            if row is None:
                return "-"
            return row.error.split(":")[0] if row.error else value

        def mem(row: Row | None) -> str:
            return f"{row.peak_mb:.0f}" if row is not None and row.peak_mb and not row.error else "-"

        n = max((len(r.samples) for r in (self.ours, self.anki) if r is not None), default=0)
        return [self.label, self.size, status(self.ours, fmt_time(om)), status(self.ours, fmt_time(op)),
                status(self.anki, fmt_time(am)), status(self.anki, fmt_time(ap)), ratio, mem(self.ours), mem(self.anki), str(n)]


HEADER = ["operation", "size", "srs median", "srs p99", "Anki median", "Anki p99", "srs/Anki", "srs MB", "Anki MB", "n"]


def lines(rows: list[Row], corpus_label: str = "corpus") -> list[Line]:
    by = {(r.op, r.side, r.size): r for r in rows}
    out = []
    for key, label, fixed in OPERATIONS:
        sizes = sorted({r.size for r in rows if r.op == key})
        for size in sizes:
            shown = {"corpus": corpus_label, "notes": f"{fmt_size(size)} notes", "files": f"{size} files",
                     None: f"{fmt_size(size)} cards"}[fixed]
            out.append(Line(key, label, shown, by.get((key, "ours", size)), by.get((key, "anki", size))))
    return out


def text_table(ls: list[Line]) -> str:
    table = [HEADER] + [ln.cells() for ln in ls]
    widths = [max(len(r[i]) for r in table) for i in range(len(HEADER))]
    out = []
    for j, r in enumerate(table):
        out.append("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def markdown_table(ls: list[Line]) -> str:
    out = ["| " + " | ".join(HEADER) + " |", "|" + "|".join(["---"] * 2 + ["---:"] * (len(HEADER) - 2)) + "|"]
    out += ["| " + " | ".join(c.replace("|", "/") for c in ln.cells()) + " |" for ln in ls]
    return "\n".join(out)


def problems(rows: list[Row]) -> list[str]:
    """One line per operation that failed or could not run."""
    return [f"{LABELS.get(r.op, r.op)} [{r.side}, {fmt_size(r.size)}]: {r.error}" for r in rows if r.error]


def db_sizes_table(sizes: dict[int, tuple[float, float | None]], markdown: bool) -> str:
    head = ["cards", "srs.db MB", "Anki collection MB", "srs/Anki"]
    body = [[fmt_size(n), f"{o:.1f}", "-" if a is None else f"{a:.1f}", "-" if not a else f"{o / a:.2f}x"]
            for n, (o, a) in sorted(sizes.items())]
    if markdown:
        return "\n".join(["| " + " | ".join(head) + " |", "|---|---:|---:|---:|"] + ["| " + " | ".join(b) + " |" for b in body])
    widths = [max(len(r[i]) for r in [head] + body) for i in range(4)]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in [head] + body)


def details(rows: list[Row]) -> list[str]:
    """What each row measured on (counts the operations reported)."""
    out = []
    for r in rows:
        info = {k: v for k, v in r.info.items() if k != "traceback"}
        if info and not r.error:
            out.append(f"{LABELS.get(r.op, r.op)} [{r.side}, {fmt_size(r.size)}]: "
                       + ", ".join(f"{k}={v}" for k, v in info.items()))
    return out
