"""Cost against size (issue #22): the section of bench/RESULTS.md and its log-log SVG, from a bench run's JSON.

    python -m bench --sizes 1000,10000,100000,1000000 --only open,queue,answer,deck_tree,stats,search,export \\
        --cache /tmp/srs-bench --json /tmp/curve.json
    python -m bench.curve /tmp/curve.json --cache /tmp/srs-bench      # rewrites the section and the SVG

The section sits after the marker ``python -m bench --markdown`` keeps, so a full run does not erase it; running
this again replaces it. Per operation and size: both engines' medians and their ratio, and the growth factor
from the second-largest to the largest size for each engine (an srs row that grows faster than Anki's is named).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench import report
from bench.docs import KEPT, svg_plot
from bench.runner import Row

CURVE_OPS = ["open", "queue", "answer", "deck_tree", "stats", "search", "export"]
START, END = "<!-- cost against size: python -m bench.curve -->", "<!-- end of cost against size -->"
SIDES = (("ours", "srs"), ("anki", "Anki"))
SLACK = 1.25  # growth factors within this ratio of each other are the same growth on this noisy machine


def _median(row: Row | None) -> float | None:
    return report.median(row.samples) if row is not None and row.samples and not row.error else None


def growth(by: dict, op: str, side: str, small: int, big: int) -> float | None:
    a, b = _median(by.get((op, side, small))), _median(by.get((op, side, big)))
    return b / a if a and b else None


def verdicts(rows: list[Row], sizes: list[int]) -> list[tuple[str, float | None, float | None, str]]:
    """Per operation: srs's and Anki's growth over the last size step, and what it means."""
    by = {(r.op, r.side, r.size): r for r in rows}
    small, big = sizes[-2], sizes[-1]
    out = []
    for op in CURVE_OPS:
        g_srs, g_anki = growth(by, op, "ours", small, big), growth(by, op, "anki", small, big)
        if g_srs is None or g_anki is None:
            said = "not compared: a side has no time at both sizes"
        elif g_srs <= g_anki * SLACK:
            said = "srs grows no faster than Anki"
        else:
            said = f"srs grows faster than Anki ({g_srs / g_anki:.1f}x Anki's growth)"
        out.append((op, g_srs, g_anki, said))
    return out


def _times_table(rows: list[Row], sizes: list[int]) -> list[str]:
    by = {(r.op, r.side, r.size): r for r in rows}
    small, big = report.fmt_size(sizes[-2]), report.fmt_size(sizes[-1])
    head = ["operation", "engine", *[report.fmt_size(s) for s in sizes], f"growth {small} -> {big}"]
    out = ["| " + " | ".join(head) + " |", "|---|---|" + "---:|" * (len(sizes) + 1)]
    for op in CURVE_OPS:
        if not any(r.op == op for r in rows):
            continue
        for side, name in SIDES:
            cells = []
            for s in sizes:
                r = by.get((op, side, s))
                m = _median(r)
                cells.append(report.fmt_time(m) if m is not None else (r.error.split(":")[0] if r and r.error else "-"))
            g = growth(by, op, side, sizes[-2], sizes[-1])
            out.append(f"| {report.LABELS[op]} | {name} | " + " | ".join(cells) + f" | {'-' if g is None else f'{g:.1f}x'} |")
        ratios = []
        for s in sizes:
            o, a = _median(by.get((op, "ours", s))), _median(by.get((op, "anki", s)))
            ratios.append(f"{o / a:.2f}x" if o and a else "-")
        out.append(f"| {report.LABELS[op]} | srs/Anki | " + " | ".join(ratios) + " | |")
    return out


def _generation(cache: Path | None, sizes: list[int], seed: int) -> list[str]:
    if cache is None:
        return []
    out = ["| cards | notes | review logs | plan s | srs write s | Anki write s | peak RSS of generation |",
           "|---:|---:|---:|---:|---:|---:|---:|"]
    for s in sizes:
        meta_path = cache / f"{s}-{seed}" / "meta.json"
        if not meta_path.exists():
            continue
        m = json.loads(meta_path.read_text())
        peak = m.get("peak_mb")
        out.append(f"| {s:,} | {m['notes']:,} | {m['logs']:,} | {m['plan_s']:.0f} | {m['srs_write_s']:.0f} | "
                   f"{m.get('anki_write_s', 0):.0f} | {'-' if peak is None else f'{peak / 1024:.1f} GiB'} |")
    return out if len(out) > 2 else []


def section(saved: dict, svg_name: str, cache: Path | None, seed: int, notes: list[str]) -> str:
    rows = [Row(**r) for r in saved["rows"] if r["op"] in CURVE_OPS]
    sizes = sorted({r.size for r in rows if r.size})
    load = saved.get("load", (0.0, 0.0))
    db = {int(k): v for k, v in saved.get("db_mb", {}).items()}
    doc = [START, "## Cost against size (issue #22)", "",
           f"Command: `python -m bench {' '.join(saved.get('argv', []))}` on srs {saved.get('commit', '?')} "
           f"(took {saved.get('seconds', 0):.0f} s; 1-minute load average {load[0]:.1f} at the start, {load[1]:.1f} "
           "at the end, on 2 cores shared with other work: read the ratios, both engines ran in the same run). "
           "Medians; the largest size ran with the repeats the command says, within each operation's time budget "
           "(at least one). Growth: the median at the largest size over the median at the size before it "
           f"(10x the cards); srs and Anki growths within {SLACK}x of each other count as the same growth.", ""]
    doc += _times_table(rows, sizes) + [""]
    if db:
        doc += ["Database file: " + "; ".join(f"{report.fmt_size(s)} cards {o:.0f} MB srs vs {a:.0f} MB Anki"
                                              if a else f"{report.fmt_size(s)} cards {o:.0f} MB srs"
                                              for s, (o, a) in sorted(db.items())) + ".", ""]
    doc += [f"![median time against collection size, log-log, srs solid, Anki dashed]({svg_name})", ""]
    doc += ["Growth from the second-largest to the largest size:", ""]
    doc += [f"- {report.LABELS[op]}: srs {'-' if gs is None else f'{gs:.1f}x'}, Anki {'-' if ga is None else f'{ga:.1f}x'}: {said}"
            for op, gs, ga, said in verdicts(rows, sizes) if any(r.op == op for r in rows)]
    skipped = [f"- {report.LABELS.get(r.op, r.op)} [{'srs' if r.side == 'ours' else 'Anki'}, {report.fmt_size(r.size)}]: {r.error}"
               for r in rows if r.error]
    doc += ["", "Skipped or failed:", ""] + (skipped or ["- nothing"])
    gen = _generation(cache, sizes, seed)
    if gen:
        doc += ["", "Generating the collections (bench/generate.py, both engines, cached between runs):", ""] + gen
    if notes:
        doc += [""] + notes
    doc += ["", END]
    return "\n".join(doc)


def write(results: Path, text: str) -> None:
    """Put ``text`` in place of the previous section, after the marker a full bench run keeps."""
    old = results.read_text(encoding="utf-8") if results.exists() else ""
    if START in old and END in old:
        head, _, rest = old.partition(START)
        new = head + text + rest.partition(END)[2]
    elif KEPT in old:
        head, _, kept = old.partition(KEPT)
        new = head + KEPT + text + "\n" + kept
    else:
        new = old.rstrip("\n") + "\n" + KEPT + text + "\n"
    results.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.curve", description=__doc__.split("\n")[0])
    p.add_argument("json", type=Path, help="the --json file of a python -m bench run over several sizes")
    p.add_argument("--results", type=Path, default=Path(__file__).with_name("RESULTS.md"))
    p.add_argument("--svg", type=Path, default=Path(__file__).with_name("RESULTS-curve.svg"))
    p.add_argument("--cache", type=Path, help="the run's --cache folder: the generation times and peak memory")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--note", action="append", default=[], help="a paragraph to add at the end of the section")
    args = p.parse_args(argv)
    saved = json.loads(args.json.read_text(encoding="utf-8"))
    rows = [Row(**r) for r in saved["rows"] if r["op"] in CURVE_OPS]
    svg = svg_plot(rows, keys=[op for op in CURVE_OPS if any(r.op == op for r in rows)])
    if svg is None:
        print("no operation ran at two sizes: nothing to plot")
        return 1
    args.svg.write_text(svg, encoding="utf-8")
    text = section(saved, args.svg.name, args.cache, args.seed, args.note)
    write(args.results, text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
