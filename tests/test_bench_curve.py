"""The cost-against-size section (python -m bench.curve): growth verdicts and rewriting RESULTS.md in place."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import curve  # noqa: E402
from bench.docs import KEPT  # noqa: E402
from bench.runner import Row  # noqa: E402


def _rows(srs_big: float, anki_big: float) -> list[Row]:
    return [Row("deck_tree", "ours", 100_000, [0.05]), Row("deck_tree", "anki", 100_000, [0.02]),
            Row("deck_tree", "ours", 1_000_000, [srs_big]), Row("deck_tree", "anki", 1_000_000, [anki_big])]


def test_an_srs_row_growing_faster_than_ankis_is_named() -> None:
    (op, g_srs, g_anki, said), = [v for v in curve.verdicts(_rows(5.0, 0.2), [100_000, 1_000_000]) if v[0] == "deck_tree"]
    assert (round(g_srs), round(g_anki)) == (100, 10)
    assert said.startswith("srs grows faster than Anki (10.0x")


def test_the_same_growth_within_the_noise_slack_is_not_blamed() -> None:
    (_op, _gs, _ga, said), = [v for v in curve.verdicts(_rows(0.55, 0.2), [100_000, 1_000_000]) if v[0] == "deck_tree"]
    assert said == "srs grows no faster than Anki"


def test_a_skipped_row_is_listed_with_its_reason_and_has_no_growth(tmp_path: Path) -> None:
    rows = _rows(0.5, 0.2)[:3] + [Row("deck_tree", "anki", 1_000_000, error="skipped: does not fit")]
    saved = {"rows": [asdict(r) for r in rows], "argv": [], "load": [1.0, 2.0], "db_mb": {}}
    text = curve.section(saved, "x.svg", None, 1, [])
    assert "- deck list with counts [Anki, 1000k]: skipped: does not fit" in text
    assert "| deck list with counts | Anki | 20 ms | skipped | - |" in text
    assert "not compared" in text


def test_running_it_again_replaces_the_section_and_keeps_the_rest(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\nfull run table\n" + KEPT + "hostile files table\n", encoding="utf-8")
    run = tmp_path / "run.json"
    for srs_big in (5.0, 0.3):
        run.write_text(json.dumps({"rows": [asdict(r) for r in _rows(srs_big, 0.2)], "argv": ["--sizes", "x"],
                                   "load": [1.0, 1.5], "db_mb": {}}), encoding="utf-8")
        assert curve.main([str(run), "--results", str(results), "--svg", str(tmp_path / "c.svg")]) == 0
    text = results.read_text(encoding="utf-8")
    assert text.count("## Cost against size (issue #22)") == 1
    assert "srs 6.0x, Anki 10.0x: srs grows no faster than Anki" in text  # the second run's numbers only
    assert text.startswith("# Benchmark results\nfull run table\n") and text.rstrip().endswith("hostile files table")
    assert (tmp_path / "c.svg").read_text(encoding="utf-8").startswith("<svg")
