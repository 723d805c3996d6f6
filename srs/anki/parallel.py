"""Spread pure per-note work (markdown rendering, HTML conversion) over cores.

Both directions spend most of their time in pure-Python converters
(markdown-it-py on export, markdownify on import). Big batches are split into
chunks and handed to worker processes; small ones run inline. Workers only
compute: every file is written by the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PARALLEL = 3000  # below this the pool's start-up costs more than it saves


def _workers() -> int:
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        n = os.cpu_count() or 1
    return max(1, min(n, 8))


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def chunked_map(func: Callable[[list[T]], list[R]], items: Sequence[T]) -> list[R]:
    """``func`` applied to chunks of ``items``; results concatenated in order."""
    workers = _workers()
    if workers == 1 or len(items) < MIN_PARALLEL or os.environ.get("SRS_ANKI_SERIAL"):
        return func(list(items))
    size = max(500, -(-len(items) // (workers * 4)))
    chunks = [list(items[i : i + size]) for i in range(0, len(items), size)]
    out: list[R] = []
    try:
        with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
            for part in pool.map(func, chunks):
                out.extend(part)
    except (OSError, RuntimeError):  # no processes allowed here: do it ourselves
        return func(list(items))
    return out


def render_all(notes: Sequence[Any], media_root: Path | None) -> list[Any]:
    from .export_rows import render_many

    return chunked_map(partial(render_many, media_root=media_root), notes)
