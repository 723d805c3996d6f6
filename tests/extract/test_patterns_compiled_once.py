"""The extractor compiles each regular expression once (srs/extract/rx.py), not once per use.

`re.match(r"…", text)` goes through `re`'s cache of 512 patterns, which drops the oldest when full; the extractor
uses more literal patterns than that, so they were compiled again and again (a quarter of extraction time).
"""

from __future__ import annotations

import re
from pathlib import Path

from srs.extract import rx
from srs.extract.extractor import extract

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "data" / "seeds"
_MODULE_CALL = re.compile(r"\bre\.(?:match|search|sub|findall|finditer|fullmatch|split)\(")


def test_the_extractor_calls_no_module_level_re_search() -> None:
    calls = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "srs" / "extract").rglob("*.py")) if p.name != "rx.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if _MODULE_CALL.search(line)]
    assert not calls, f"use rx.match / rx.search … (compiled once), not re's: {calls}"


def test_rx_answers_as_re_does() -> None:
    text = "Raft: a consensus algorithm; Paxos: another"
    assert rx.match(r"(\w+):", text).group(1) == re.match(r"(\w+):", text).group(1) == "Raft"  # type: ignore[union-attr]
    assert rx.findall(r"(\w+):", text) == ["Raft", "Paxos"]
    assert rx.split(r";\s*", text, maxsplit=1) == re.split(r";\s*", text, maxsplit=1)
    assert rx.sub(r"raft", "RAFT", text, flags=re.IGNORECASE) == "RAFT: a consensus algorithm; Paxos: another"
    assert rx.sub(r"a", "A", text, 1) == re.sub(r"a", "A", text, count=1)
    assert rx.fullmatch(r"[a-z]+", "raft") and not rx.fullmatch(r"[a-z]+", "Raft")
    assert rx.search(r"PAXOS", text, re.IGNORECASE)


def test_extracting_a_document_again_compiles_no_pattern_again() -> None:
    notes = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    first = extract(notes)
    misses = rx.compiled.cache_info().misses
    again = extract(notes)
    assert [n.front for n in again.notes] == [n.front for n in first.notes]
    assert rx.compiled.cache_info().misses == misses
