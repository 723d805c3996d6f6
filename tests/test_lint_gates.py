"""The lint and type gates: ruff and mypy, as configured in pyproject.toml, find nothing.

Both read their settings from pyproject.toml ([tool.ruff], [tool.mypy]: --strict for
srs.core and srs.service), so the commands in the README's "Developing" section and
these tests agree. mypy keeps its cache in .mypy_cache: a cold run takes 15-55 s on a
busy 2-core machine, a warm one under 2 s.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(tool) is None:
        pytest.skip(f"{tool} is not installed (pip install -e '.[test]' brings it)")
    return subprocess.run([sys.executable, "-m", tool, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    out = _run("ruff", "check", "--no-cache", "--output-format", "concise")
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_finds_nothing() -> None:
    out = _run("mypy")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success: no issues found" in out.stdout


def test_every_python_file_stays_under_400_lines() -> None:
    """Files stay small, each one role (DEVELOPERS: < 400 lines): a file that grows past it is split by role."""
    long = [f"{p.relative_to(ROOT)}: {n} lines"
            for folder in ("srs", "tests", "bench", "migrations") for p in sorted((ROOT / folder).rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 400]
    assert not long, long
