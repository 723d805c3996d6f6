"""The benchmark's quick mode runs end to end (it must not rot); no assertion on times."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_prints_a_row_for_every_operation(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.report import OPERATIONS

    env = {**os.environ, "TMPDIR": str(tmp_path)}
    env.pop("SRS_NOW", None)
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--markdown", str(tmp_path / "quick.md")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    table = proc.stdout.split("\n\n")[0].splitlines()
    for _key, label, _size in OPERATIONS:
        assert any(line.startswith(label) for line in table), f"no row for {label!r}:\n{proc.stdout}"
    assert "Targets" in proc.stdout
    assert (tmp_path / "quick.md").read_text(encoding="utf-8").startswith("# Benchmark results")


def test_the_50k_note_targets_read_the_69200_card_rows() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.__main__ import PACKAGE_OPS, SIZED, sized_ops
    from bench.runner import Row
    from bench.targets import NOTES_50K, Results, check

    assert sized_ops(NOTES_50K) == PACKAGE_OPS and sized_ops(1000) == SIZED
    assert [v.met for v in check(Results([], {})) if "50,000 notes" in v.name] == [None] * 4
    rows = [Row("export", "ours", NOTES_50K, [2.2, 2.3], 285.0, {"notes": 49_987, "reviews": 692_024}),
            Row("export", "anki", NOTES_50K, [2.8, 2.84], 300.0, {"notes": 49_987}),
            Row("import_plain", "ours", NOTES_50K, [3.5], 200.0, {"notes": 49_987, "reviews": 0}),
            Row("export_plain", "ours", NOTES_50K, [1.0], 600.0, {"notes": 49_987, "reviews": 0}),
            Row("import_apkg", "ours", NOTES_50K, [1.0], 200.0, {"notes": 40_000})]
    export, export_plain, import_apkg, import_plain = [v for v in check(Results(rows, {})) if "50,000 notes" in v.name]
    assert export.met and "2.25 s for 49987 notes and 692024 answers (Anki 2.82 s); peak 285 MB" in export.line()
    assert export_plain.met is False  # 600 MB
    assert import_plain.met is False  # 3.5 s
    assert import_apkg.met is False  # 40,000 notes
