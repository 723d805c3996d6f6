"""Where an FSRS fit's time goes, srs beside Anki, in one process: ``python -m bench.fit_phases FOLDER``.

FOLDER is a generated collection of ``python -m bench --cache DIR`` (``DIR/10000-1``). Each phase of
``srs.service.optimizing.optimize`` (building the items from the review log, the evaluation it runs before
and after the fit, the Rust fit itself) and the whole call run interleaved with Anki's
``compute_fsrs_params`` on the same history, on private copies. Wall and CPU time, median of the repeats:
on this shared 2-core machine the CPU time is the steadier figure (issue #22).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a generated collection, e.g. /tmp/cache/10000-1")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import fsrs_rs_python as rs
    from anki.collection import Collection as AnkiCollection
    from sqlalchemy import select

    from srs.core.consts import DEFAULT_PRESET
    from srs.db.models import Preset
    from srs.service import optimizing
    from srs.service.collection import Collection

    work = Path(tempfile.mkdtemp(prefix="fit-phases-"))
    try:
        shutil.copy(args.folder / "srs.db", work / "srs.db")
        shutil.copytree(args.folder / "anki", work / "anki")
        anki = AnkiCollection(str(next((work / "anki").glob("*.anki2"))))
        col = Collection.open(work / "srs.db")
        samples: dict[str, list[tuple[float, float]]] = {}

        def timed(label: str, fn: Callable[[], object]) -> object:
            t0, c0 = time.perf_counter(), _cpu()
            out = fn()
            samples.setdefault(label, []).append((time.perf_counter() - t0, _cpu() - c0))
            return out

        defaults = rs.FSRS(list(rs.DEFAULT_PARAMETERS))
        with col.read() as s:
            preset_id, hour = s.execute(select(Preset.id, Preset.day_start_hour).where(Preset.name == DEFAULT_PRESET)).one()
        for _ in range(args.repeat):
            timed("Anki compute_fsrs_params", lambda: anki._backend.compute_fsrs_params(
                search="", current_params=[], ignore_revlogs_before_ms=0, num_of_relearning_steps=1, health_check=False))
            _n, items = timed("srs: build the items", lambda: optimizing._items(col, preset_id, hour))  # type: ignore[misc]
            timed("srs: one evaluation", lambda items=items: defaults.evaluate(items))
            timed("srs: the Rust fit", lambda items=items: defaults.compute_parameters(items))
            timed("srs: optimize() in all", lambda: optimizing.optimize(col))
        col.close()
        anki.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.folder.name}, load average {os.getloadavg()[0]:.1f}, median of {args.repeat}")
    print(f"{'phase':28s} {'wall s':>8s} {'CPU s':>8s}")
    for label, runs in samples.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"{label:28s} {wall:8.3f} {cpu:8.3f}")


if __name__ == "__main__":
    main()
