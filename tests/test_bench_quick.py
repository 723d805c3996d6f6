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
