"""Every read-only CLI command from a cold process: wall time of ``python -m srs ARGS``.

    python -m bench.cli_cold                  # 10k cards, median of 5, one row per command, [met] or [not met]
    python -m bench.cli_cold --repeat 9 --only cli_cards,cli_decks --cache /tmp/srs-bench

A person types ``srs decks`` and waits for the whole process: the interpreter,
the imports, opening the database and printing. So each sample is a fresh
interpreter run to its exit, on a private copy of the generated collection,
output to a pipe (as a script reads it). One untimed run per command first, so
the bytecode caches are written and the file is in the page cache, as they are
on any machine after the first use.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
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
    ("cli_cards_text", "cold `srs cards the prop:ivl>10`", ["cards", "the", "prop:ivl>10"]),
    ("cli_show", "cold `srs show ID`", ["show", "{card}"]),
    ("cli_stats", "cold `srs stats`", ["stats"]),
    ("cli_suggestions", "cold `srs suggestions`", ["suggestions"]),
    ("cli_conflicts", "cold `srs conflicts`", ["conflicts"]),
    ("cli_db_path", "cold `srs db path`", ["db", "path"]),
    ("cli_db_check", "cold `srs db check`", ["db", "check"]),
    ("cli_review_plain", "cold `srs review --plain` (no terminal, no input)", ["review", "--plain"]),
    ("cli_export_help", "cold `srs export --help`", ["export", "--help"]),
]
# What every command pays before srs runs: the interpreter, and the CLI library. Reference rows, no target.
FLOORS = [
    ("floor_python", "`python -c pass` (the interpreter)", ["-c", "pass"]),
    ("floor_typer", "`python -c 'import typer'`", ["-c", "import typer"]),
    ("floor_srs_cli", "`python -c 'import srs.cli'` (every command registered)", ["-c", "import srs.cli"]),
]
CPU_S: list[float] = []  # user + system seconds of each run, in order: under load they swing far less than wall time
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


def run_once(args: list[str], env: dict[str, str], *, srs: bool = True) -> float:
    """Seconds from starting ``python -m srs ARGS`` (``python ARGS`` when not ``srs``) until it exited; an error
    when it failed. No terminal: stdin is empty, stdout a pipe that is thrown away."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, *(["-m", "srs"] if srs else []), *args], env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=120)
    dt = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_S.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(f"srs {' '.join(args)} exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return dt


def measure(db: Path, repeat: int, only: list[str] | None = None) -> list[tuple[str, list[float], list[str]]]:
    """(key, samples, arguments) for each command (of ``only``, when given), ``repeat`` cold runs each."""
    env = {**os.environ, "SRS_DB": str(db)}
    env.pop("SRS_HOME", None)
    out = []
    for key, args in commands(db):
        if only is None or key in only:
            run_once(args, env)  # untimed: bytecode and page cache, as after any first use
            out.append((key, [run_once(args, env) for _ in range(max(1, repeat))], args))
    return out


def _median(xs: list[float]) -> float:
    s = sorted(xs)
    return s[len(s) // 2] if len(s) % 2 else (s[len(s) // 2 - 1] + s[len(s) // 2]) / 2


def main(argv: list[str] | None = None) -> int:
    """Generate (or reuse) the collection, time every command cold, print one row each with the load average."""
    from bench import generate

    p = argparse.ArgumentParser(prog="python -m bench.cli_cold", description=__doc__.split("\n")[0])
    p.add_argument("--size", type=int, default=10_000, help="cards in the collection (the issue's: 10,000)")
    p.add_argument("--repeat", type=int, default=5, help="cold runs per command; the row is their median")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--only", type=lambda s: s.split(","), help=f"row keys, e.g. cli_decks,cli_cards (of {', '.join(KEYS)})")
    p.add_argument("--cache", type=Path, help="keep the generated collection here (default: a temp dir, removed after)")
    args = p.parse_args(argv)
    root = args.cache or Path(tempfile.mkdtemp(prefix="srs-cli-cold-"))
    try:
        folder = root / str(args.size)
        generate.build(args.size, args.seed, folder, anki=False, say=lambda m: print(m, file=sys.stderr))
        db = root / "work" / "srs.db"  # a private copy: a command that writes changes only this
        db.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / "srs.db", db)
        env = {k: v for k, v in os.environ.items() if k not in ("SRS_DB", "SRS_HOME")}
        print(f"cold CLI at {args.size:,} cards, median of {args.repeat} fresh processes; load = 1-minute load average "
              f"after the row ({os.cpu_count()} CPUs)")
        print(f"{'command':58} {'median':>8} {'min':>8} {'max':>8} {'cpu':>7} {'load':>5}  vs {LIMIT_S * 1000:.0f} ms")
        for key, label, floor_args in FLOORS:
            if args.only is None or key in args.only:
                run_once(floor_args, env, srs=False)
                CPU_S.clear()
                samples = [run_once(floor_args, env, srs=False) for _ in range(max(1, args.repeat))]
                print(_line(label, samples, "(floor)"))
        labels = {key: label for key, label, _ in COMMANDS}
        met = ran = 0
        for wanted in KEYS:
            CPU_S.clear()
            for key, samples, _argv in measure(db, args.repeat, [wanted] if args.only is None or wanted in args.only else []):
                ok = _median(samples) < LIMIT_S
                met, ran = met + ok, ran + 1
                print(_line(labels[key], samples, "[met]" if ok else "[not met]"), flush=True)
        print(f"{met} of {ran} commands under {LIMIT_S * 1000:.0f} ms")
        return 0
    finally:
        if args.cache is None:
            shutil.rmtree(root, ignore_errors=True)


def _line(label: str, samples: list[float], verdict: str) -> str:
    """One row: wall times (median, min, max), the median CPU time of the timed runs, the load average."""
    ms = [x * 1000 for x in samples]
    cpu = _median([x * 1000 for x in CPU_S[-len(samples):]])
    return (f"{label:58} {_median(ms):6.0f}ms {min(ms):6.0f}ms {max(ms):6.0f}ms {cpu:5.0f}ms {os.getloadavg()[0]:5.1f}  {verdict}")


if __name__ == "__main__":
    sys.exit(main())
