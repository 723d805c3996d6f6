"""Faults during `srs sync`: SIGKILL of the sync process, or of the server mid-sync, with the
server restarted between the steps. After each, `srs db check` passes and the next sync
converges (srs's and the phone's review logs hold the same answers).

Six runs here (about 4 s each on CI's machine); ``python -m bench.sync_faults`` runs the
issue's fifty with the same seed and prints a table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.sync_faults import fault_runs

RUNS = 6
SEED = 20


def test_killed_syncs_and_server_restarts_leave_a_sound_database_that_converges(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SRS_NOW")  # the phone and the server live on the real clock; so does srs here
    _sync_s, runs = fault_runs(tmp_path, RUNS, SEED)
    assert [(r.run, r.check_ok, r.converged, r.note) for r in runs] == [(r.run, True, True, "") for r in runs]
    assert {r.fault for r in runs} == {"kill", "server"}
    assert sum(r.interrupted for r in runs) >= RUNS // 2  # most faults hit a sync that was under way
    assert runs[-1].reviews == 2 * RUNS  # each run added one answer on each side; none was lost or doubled
