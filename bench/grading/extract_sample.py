"""Extract study documents with a frozen copy of srs and draw a fixed random sample of cards to grade.

    /work/main/.venv/bin/python /work/kit/extract_sample.py --code /tmp/codeN --docs DIR --out DIR [--seed N] [--size 40]

Writes OUT/sample.md (the cards to grade, with the source lines around each) and OUT/all-cards.jsonl.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", required=True, help="a clean copy of the srs repository (git archive)")
    ap.add_argument("--docs", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--size", type=int, default=40)
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.code).resolve()))
    import srs
    from srs.core.cloze import cloze_numbers, render_back, render_front
    from srs.core.notes import Template, context_line
    from srs.extract import extract

    try:  # the deck `srs import` gives the file (a Notion export's page id left out), where the code has it
        from srs.core.files import deck_name
    except ImportError:
        def deck_name(path: str | Path) -> str:
            return Path(path).stem

    assert str(Path(srs.__file__).resolve()).startswith(str(Path(a.code).resolve())), srs.__file__
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    cards: list[dict] = []
    counts: dict[str, tuple[int, int]] = {}
    texts: dict[str, list[str]] = {}
    for path in sorted(Path(a.docs).iterdir()):
        if not path.is_file() or path.suffix.lower() not in {".md", ".txt", ".markdown"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        texts[path.name] = text.splitlines()
        ex = extract(text, source=str(path), default_deck=deck_name(path))
        n_doc = 0
        for note in ex.notes:
            # the context line as the review screen shows it: the deck (the file's name, as `srs import` gives it) and
            # the headings above the card
            shown = context_line(note.deck or deck_name(path), note.heading_path)
            base = {"doc": path.name, "line": note.line, "rule": note.rule, "context": shown, "headings": note.context}
            if note.template == Template.CLOZE:
                for n in cloze_numbers(note.front):
                    back = f"{render_back(note.front, n)}\n\n{note.back}".strip()
                    cards.append(base | {"front": render_front(note.front, n), "back": back})
                    n_doc += 1
            else:
                cards.append(base | {"front": note.front, "back": note.back})
                n_doc += 1
                if note.reverse:
                    cards.append(base | {"front": note.back, "back": note.front, "reverse": True})
                    n_doc += 1
        counts[path.name] = (n_doc, len(getattr(ex, "suggestions", []) or []))
    with (out / "all-cards.jsonl").open("w", encoding="utf-8") as f:
        for c in cards:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    rng = random.Random(a.seed)
    picked = rng.sample(range(len(cards)), min(a.size, len(cards)))
    lines = ["# Cards to grade", "", "| document | cards | suggestions |", "|---|---:|---:|"]
    lines += [f"| {d} | {n} | {s} |" for d, (n, s) in counts.items()]
    lines += ["", f"{len(cards)} cards in all; {len(picked)} drawn at random (seed {a.seed}).", ""]
    for i, k in enumerate(picked, 1):
        c = cards[k]
        src = texts[c["doc"]]
        lo, hi = max(0, c["line"] - 3), min(len(src), c["line"] + 4)
        shown = "\n".join(f"{j + 1:>5}| {src[j]}" for j in range(lo, hi))
        lines += [f"## Card {i}", "", f"- document: {c['doc']}, line {c['line']}, rule: {c['rule']}"
                  + (" (reverse card)" if c.get("reverse") else ""),
                  "- context line shown above the front:", "", "```text", c["context"] or "(none)", "```",
                  "- front:", "", "```text", c["front"], "```", "- back:", "", "```text", c["back"], "```",
                  "- source lines around it (line numbers are 1-based; the rule's line is approximate):", "",
                  "```text", shown, "```", "", "GRADE: ", ""]
    (out / "sample.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(cards)} cards, {len(picked)} sampled -> {out / 'sample.md'}")
    for d, (n, s) in counts.items():
        print(f"  {d}: {n} cards, {s} suggestions")


if __name__ == "__main__":
    main()
