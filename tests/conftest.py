"""Shared fixtures: every test gets its own SRS_HOME and a fixed clock."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from srs.service.collection import Collection

# Property tests draw the same examples on every run (fixed seeds, no example database): CI is
# deterministic, and a failure found here replays there.
settings.register_profile("srs", derandomize=True, database=None)
settings.load_profile("srs")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "data" / "seeds"
T0 = "2026-03-02T09:00:00+00:00"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path / "srs-home"
    monkeypatch.setenv("SRS_HOME", str(home))
    monkeypatch.delenv("SRS_DB", raising=False)
    monkeypatch.setenv("SRS_NOW", T0)
    monkeypatch.setenv("TZ", "UTC")
    yield


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    c = Collection.open(tmp_path / "t.db")
    yield c
    c.close()


def run_srs(*args: str, env: dict[str, str] | None = None, input: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `srs` command in a subprocess (as a user would)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "srs", *args], capture_output=True, text=True,
        env=full_env, input=input, cwd=cwd, timeout=120,
    )


def at(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)
