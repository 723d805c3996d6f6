"""The phone scenario over three simulated days, against the real server, on a faked clock.

The sync server, every `srs` command and the phone (tests/sync/phone_days.py) run as
processes on one faked clock (libfaketime, its offset read from a file this test writes),
so Anki's scheduler, its sync client and the server agree on the day. The phone answers
20 cards over three days, syncing each day; srs syncs once: every card's state, due date
and review log equal the phone's. srs then answers 10 cards and syncs; the phone syncs
and has srs's answers and due dates.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from srs.anki.ids import anki_guid
from srs.service.collection import Collection
from srs.service.session import ReviewSession
from tests.conftest import ROOT, run_srs

DECK = "# Capitals\n\n" + "".join(f"- **capital of country {i}**: city {i}\n" for i in range(24))
DAY_ONE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ROLLOVER = timedelta(hours=4)  # Anki's and srs's default day start
PHONE_DAYS = ((0, 9, 101), (1, 7, 102), (2, 4, 103))  # (day, answers, seed): 20 answers in all
SRS_ANSWERS = 10


class FakedClock:
    """The clock of every process this test starts: real time shifted by the offset in a file."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        import libfaketime

        self.file = folder / "clock"
        self.at(DAY_ONE)
        _, env = libfaketime.get_reload_information()
        for name, value in {**env, "FAKETIME_TIMESTAMP_FILE": str(self.file), "TZ": "UTC"}.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("FAKETIME", raising=False)
        monkeypatch.delenv("SRS_NOW", raising=False)  # srs reads the faked clock too

    def at(self, when: datetime) -> None:
        self.file.write_text(f"{round(when.timestamp() - time.time()):+d}\n")


@pytest.fixture
def server_and_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    clock = FakedClock(tmp_path, monkeypatch)
    return request.getfixturevalue("sync_server"), clock  # started after the clock: it runs on it


def _phone(action: str, folder: Path, server, *args: str) -> str:  # type: ignore[no-untyped-def]
    out = subprocess.run([sys.executable, "-m", "tests.sync.phone_days", action, str(folder), server.endpoint, *args],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def _srs(db: Path, *args: str) -> str:
    out = run_srs("--db", str(db), *args, env={"SRS_SYNC_PASSWORD": "pass"})
    assert out.returncode == 0, out.stderr
    return out.stdout


def _phone_view(view: dict) -> dict[str, tuple]:
    """Each card's (type, due — a study date, or epoch seconds in learning —, [(ms, rating)])."""
    first = datetime.fromtimestamp(view["crt"], UTC) - ROLLOVER
    out = {}
    for key, c in view["cards"].items():
        when: object = (first + timedelta(days=c["due"])).date() if c["queue"] in (2, 3) else (
            c["due"] if c["queue"] == 1 else None)
        out[key] = (c["type"], when, [tuple(x) for x in c["log"]])
    return out


def _srs_view(db: Path) -> dict[str, tuple]:
    with Collection.open(db) as col, col.read() as s:
        conn = s.connection()
        rows = conn.exec_driver_sql(
            "SELECT c.id, n.guid, json_extract(n.fields, '$.anki_guid'), c.ordinal, c.state, c.due"
            " FROM cards c JOIN notes n ON n.id = c.note_id").fetchall()
        logs: dict[int, list[tuple[int, int]]] = {}
        for card_id, at_us, rating in conn.exec_driver_sql(
                "SELECT card_id, reviewed_at, rating FROM review_logs ORDER BY reviewed_at"):
            logs.setdefault(card_id, []).append((at_us // 1000, rating))
    out = {}
    for card_id, guid, anki, ordinal, state, due_us in rows:
        due = datetime.fromtimestamp(due_us / 1_000_000, UTC)
        when: object = (due - ROLLOVER).date() if state == 2 else (int(due.timestamp()) if state in (1, 3) else None)
        out[f"{anki or anki_guid(guid)}/{ordinal}"] = (state, when, logs.get(card_id, []))
    return out


def test_three_days_on_the_phone_then_srs(server_and_clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server, clock = server_and_clock
    db, phone = tmp_path / "srs.db", tmp_path / "phone"
    Collection.open(db).close()
    (tmp_path / "capitals.md").write_text(DECK)
    _srs(db, "import", str(tmp_path / "capitals.md"))
    _srs(db, "sync", "--endpoint", server.endpoint, "--user", server.user, "--upload")
    clock.at(DAY_ONE + timedelta(minutes=5))
    _phone("sync", phone, server)

    answered = 0
    for day, answers, seed in PHONE_DAYS:
        clock.at(DAY_ONE + timedelta(days=day, minutes=10))
        answered += json.loads(_phone("study", phone, server, str(answers), str(seed)))["answered"]
        _phone("sync", phone, server)
    assert answered == 20

    day_three = DAY_ONE + timedelta(days=2, hours=1)
    clock.at(day_three)
    report = json.loads(_srs(db, "sync", "--json"))
    assert report["received"]["reviews"] == 20
    phone_view, srs_view = _phone_view(json.loads(_phone("view", phone, server))), _srs_view(db)
    assert srs_view == phone_view  # every card: state, due date, review log
    assert len({k for k, v in phone_view.items() if v[2]}) >= 8 and any(v[0] == 2 for v in phone_view.values())

    # srs answers ten cards an hour later (in this process: SRS_NOW is its clock), then syncs
    col = Collection.open(db)
    try:
        session = ReviewSession(col)
        monkeypatch.setenv("SRS_NOW", (day_three + timedelta(hours=1)).isoformat())
        shown = session.start()
        for i in range(SRS_ANSWERS):
            assert shown.card is not None
            monkeypatch.setenv("SRS_NOW", (day_three + timedelta(hours=1, seconds=20 * (i + 1))).isoformat())
            shown = session.answer((3, 4, 1, 3, 2)[i % 5], 6000)
    finally:
        col.close()
        monkeypatch.delenv("SRS_NOW")
    clock.at(day_three + timedelta(hours=1, minutes=10))
    report = json.loads(_srs(db, "sync", "--json"))
    assert report["sent"]["reviews"] == SRS_ANSWERS
    srs_view = _srs_view(db)

    clock.at(day_three + timedelta(hours=1, minutes=15))
    _phone("sync", phone, server)
    phone_view = _phone_view(json.loads(_phone("view", phone, server)))
    assert phone_view == srs_view  # srs's answers, states and due dates, on the phone
    assert sum(len(v[2]) for v in phone_view.values()) == 20 + SRS_ANSWERS
