"""Imports point one way (cli → tui → service → {db, extract, anki} → core), and files stay small."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "BROKEN" not in out.stdout


def test_core_imports_no_frameworks() -> None:
    code = (
        "import sys, importlib, pkgutil, srs.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__): importlib.import_module('srs.core.' + m.name)\n"
        "bad = [n for n in ('sqlalchemy', 'textual', 'markdown_it', 'alembic') if n in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_does_not_import_the_tui_eagerly() -> None:
    code = "import sys, srs.cli; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
