"""Write the brief of one independent grading round: ``python bench/grading/make_brief.py N "TOPICS" "LANGUAGE"``.

The brief (``bench/grading/brief.md``, with its placeholders filled) goes to ``/work/holdoutN/grading-brief.md``;
a grader (a helper session that sees nothing else) reads it and carries it out. Round N-1 is graded in holdoutN.
"""

from __future__ import annotations

import sys
from pathlib import Path

BRIEF = Path(__file__).with_name("brief.md")


def main(n: str, topics: str, language: str) -> Path:
    text = BRIEF.read_text(encoding="utf-8")
    text = text.replace("holdoutN", f"holdout{n}").replace("/tmp/codeN", f"/tmp/code{n}").replace("--seed N", f"--seed {n}")
    text = text.replace("ROUND", str(int(n) - 1)).replace("TOPICS", topics).replace("LANG", language)
    folder = Path(f"/work/holdout{n}")
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "out").mkdir(exist_ok=True)
    out = folder / "grading-brief.md"
    out.write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(main(*sys.argv[1:4]))
