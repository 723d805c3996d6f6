"""Running one operation: in this process (quick mode) or in a fresh child process.

A child runs ``python -m bench --worker SPEC``: it sets up (untimed), times the
operation, and prints one JSON line with the samples and its peak resident
set size (``VmHWM``: the whole process, so it includes the interpreter, the
libraries and the opened collection).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.cli_cold import KEYS as CLI_KEYS

MARK = "@@bench-result "
ROWS_OF = {"tui": ["tui_launch", "tui_answer", "tui_answer_import"], "import_corpus": ["import_corpus", "reimport_corpus"], "cli": CLI_KEYS}


class NotAvailable(Exception):
    """The operation cannot run here (a module not written yet, no Anki equivalent)."""


@dataclass
class Ctx:
    side: str  # ours | anki
    op: str
    size: int  # cards in the collection (0 for size-free operations)
    folder: str  # generated collection (srs.db, anki/, package.apkg)
    shared: str  # corpora shared by all sizes
    work: str  # scratch folder of this run
    repeat: int
    quick: bool

    def path(self, *parts: str) -> Path:
        return Path(self.folder, *parts)

    def scratch(self, name: str) -> Path:
        p = Path(self.work, name)
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def copy(self, *parts: str) -> Path:
        """A private copy of a generated file (operations may write to it)."""
        src = self.path(*parts)
        dest = Path(self.work, "copy", *parts)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if not dest.exists():
            shutil.copyfile(src, dest)
        return dest


@dataclass
class Row:
    op: str
    side: str
    size: int
    samples: list[float] = field(default_factory=list)  # seconds
    peak_mb: float | None = None
    info: dict = field(default_factory=dict)
    error: str | None = None  # "n/a: ..." when not available


def timed(fn: Callable[[object], object], *, repeat: int, budget: float = 20.0,
          setup: Callable[[int], object] | None = None) -> list[float]:
    """Run ``fn(setup(i))`` up to ``repeat`` times (at least once, stop once ``budget`` s are spent)."""
    samples: list[float] = []
    spent = 0.0
    for i in range(max(1, repeat)):
        arg = setup(i) if setup else None
        t0 = time.perf_counter()
        fn(arg)
        dt = time.perf_counter() - t0
        samples.append(dt)
        spent += dt
        if spent > budget:
            break
    return samples


def peak_mb() -> float:
    """Peak resident set size of this process image (VmHWM).

    Not ``ru_maxrss``: Linux carries that over ``fork`` + ``exec``, so a child
    would report its parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_here(ctx: Ctx, *, measure_memory: bool) -> list[Row]:
    """Run one operation in this process; rows for it (errors become rows too)."""
    from bench import anki_side, ours

    table = ours.OPS if ctx.side == "ours" else anki_side.OPS
    fn = table.get(ctx.op)
    Path(ctx.work).mkdir(parents=True, exist_ok=True)
    def failed(error: str, **info: object) -> list[Row]:
        return [Row(op, ctx.side, ctx.size, error=error, info=dict(info)) for op in ROWS_OF.get(ctx.op, [ctx.op])]
    if fn is None:
        return failed("n/a: no equivalent")
    try:
        rows = fn(ctx)
    except NotAvailable as exc:
        return failed(f"n/a: {exc}")
    except Exception as exc:  # noqa: BLE001  (a broken operation is reported, the run goes on)
        return failed(f"error: {type(exc).__name__}: {exc}", traceback=traceback.format_exc(limit=-3))
    if measure_memory:
        for r in rows:
            # a helper process's own peak (the import's history worker) counts on top of ours
            r.peak_mb = peak_mb() + float(r.info.get("helper_peak_mb") or 0)
    return rows


def run_child(ctx: Ctx, *, timeout: float = 900) -> list[Row]:
    """Run one operation in a fresh interpreter and read its rows back."""
    cmd = [sys.executable, "-m", "bench", "--worker", json.dumps(asdict(ctx))]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                              cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        return [Row(op, ctx.side, ctx.size, error=f"error: timed out after {timeout:.0f} s") for op in ROWS_OF.get(ctx.op, [ctx.op])]
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(MARK):
            return [Row(**r) for r in json.loads(line[len(MARK):])]
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
    return [Row(op, ctx.side, ctx.size, error=f"error: worker exited {proc.returncode}: {' | '.join(tail)}")
            for op in ROWS_OF.get(ctx.op, [ctx.op])]


def worker_main(spec: str) -> int:
    """Entry of ``python -m bench --worker SPEC``."""
    ctx = Ctx(**json.loads(spec))
    rows = run_here(ctx, measure_memory=True)
    print(MARK + json.dumps([asdict(r) for r in rows]), flush=True)
    return 0


def scratch_dir(root: Path, ctx_name: str) -> str:
    root.mkdir(parents=True, exist_ok=True)
    return tempfile.mkdtemp(prefix=f"{ctx_name}-", dir=root)
