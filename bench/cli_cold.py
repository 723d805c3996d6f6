"""Every read-only CLI command from a cold process: wall time of ``python -m srs ARGS``.

A person types ``srs decks`` and waits for the whole process: the interpreter,
the imports, opening the database and printing. So each sample is a fresh
interpreter run to its exit, on a private copy of the generated collection,
output to a pipe (as a script reads it). One untimed run per command first, so
the bytecode caches are written and the file is in the page cache, as they are
on any machine after the first use.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

LIMIT_S = 0.250  # the target for every command, at 10k cards


# (row key, label, arguments): every command that only reads; "{card}" is the collection's first card id
COMMANDS = [
    ("cli_help", "cold `srs --help`", ["--help"]),
    ("cli_version", "cold `srs --version`", ["--version"]),
    ("cli_decks", "cold `srs decks`", ["decks"]),
    ("cli_cards", "cold `srs cards`", ["cards"]),
    ("cli_cards_due", "cold `srs cards is:due`", ["cards", "is:due"]),
    ("cli_show", "cold `srs show ID`", ["show", "{card}"]),
    ("cli_stats", "cold `srs stats`", ["stats"]),
    ("cli_suggestions", "cold `srs suggestions`", ["suggestions"]),
    ("cli_db_path", "cold `srs db path`", ["db", "path"]),
    ("cli_db_check", "cold `srs db check`", ["db", "check"]),
]
KEYS = [key for key, _label, _args in COMMANDS]


def commands(db: Path) -> list[tuple[str, list[str]]]:
    """(row key, arguments) of each command, on the collection ``db``."""
    con = sqlite3.connect(db)
    try:
        row = con.execute("SELECT min(id) FROM cards").fetchone()
    finally:
        con.close()
    card = str(row[0] if row and row[0] is not None else 1)
    return [(key, [a.replace("{card}", card) for a in args]) for key, _label, args in COMMANDS]


def run_once(args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``python -m srs ARGS`` until it exited; an error when it failed."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "srs", *args], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=120)
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"srs {' '.join(args)} exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return dt


def measure(db: Path, repeat: int) -> list[tuple[str, list[float], list[str]]]:
    """(key, samples, arguments) for each command, ``repeat`` cold runs each."""
    env = {**os.environ, "SRS_DB": str(db)}
    env.pop("SRS_HOME", None)
    out = []
    for key, args in commands(db):
        run_once(args, env)  # untimed: bytecode and page cache, as after any first use
        out.append((key, [run_once(args, env) for _ in range(max(1, repeat))], args))
    return out
