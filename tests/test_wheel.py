"""A normal wheel install works outside the source tree (migrations and decks ship inside)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_runs_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("srs-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True, timeout=300)
    # Dependencies come from the test environment; srs itself only from the wheel.
    deps = sysconfig.get_paths()["purelib"]
    env = {**os.environ, "PYTHONPATH": deps, "SRS_HOME": str(tmp_path / "home")}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([str(py), "-c", "import srs; print(srs.__file__)"], cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert str(env_dir) in where.stdout, "srs must be imported from the wheel, not the source tree"
    srs_bin = env_dir / "bin" / "srs"
    out = subprocess.run([str(srs_bin), "--db", "new.db", "db", "check", "--json"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert '"ok": true' in out.stdout
    decks = subprocess.run([str(srs_bin), "--db", "new.db", "decks", "--json"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert decks.returncode == 0, decks.stderr
    assert "Well-Architected" in decks.stdout, "the bundled decks ship in the wheel"
