"""`srs` and `srs review` started without a terminal exit at once, point at --plain, and write no escape codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("args", [[], ["review"], ["review", "--deck", "Security"]])
def test_without_a_terminal_the_app_refuses_at_once(tmp_path: Path, args: list[str]) -> None:
    env = {**os.environ, "SRS_HOME": str(tmp_path / "home")}
    out = tmp_path / "out.txt"
    with out.open("wb") as sink:
        done = subprocess.run([sys.executable, "-m", "srs", *args], stdin=subprocess.DEVNULL, stdout=sink,
                              stderr=subprocess.STDOUT, env=env, timeout=60)  # a hang fails here
    text = out.read_bytes()
    assert done.returncode != 0
    assert b"\x1b" not in text, "escape codes written to a file"
    assert b"srs review --plain" in text and len(text.decode().strip().splitlines()) == 1
