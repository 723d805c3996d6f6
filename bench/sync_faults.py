"""Faults during `srs sync` (`python -m bench.sync_faults [--runs 50] [--seed 20]`): a table, one row per run.

Each run: the phone (a plain Anki collection) answers a card and syncs; srs answers a
card; then `srs sync` runs as a real process and meets one fault, at a delay drawn from
a fixed seed (a fraction of how long a whole sync takes on this machine):

* ``kill``: the `srs sync` process gets SIGKILL;
* ``server``: the sync server gets SIGKILL while `srs sync` talks to it;
* both kinds: the server is restarted (same port, same data) before the next step.

After the fault the database must pass `srs db check` (srs.service.maintenance.check, the
command's own code) and the next sync must complete and converge: srs's review log and
the phone's (after its own sync) hold the same answers. tests/sync/test_faults.py runs a
few of these runs; this script runs all of them.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.anki_phone import phone_sync

USER, PASSWORD = "faults", "faults"
DECK = "# Faults\n\n" + "".join(f"- **glossary term {i}**: meaning {i}\n" for i in range(12))
SERVER_WAIT_S = 30


@dataclass
class FaultRun:
    run: int
    fault: str  # "kill" | "server"
    delay_s: float
    interrupted: bool  # the sync had not finished when the fault hit
    check_ok: bool
    converged: bool
    reviews: int  # answers in srs's review log after the run (equal to the phone's when converged)
    note: str = ""


class SyncServerProcess:
    """``python -m anki.syncserver`` on a fixed port and data folder, which can be killed and restarted."""

    def __init__(self, base: Path) -> None:
        self.base = base
        base.mkdir(parents=True, exist_ok=True)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.endpoint = f"http://127.0.0.1:{self.port}/"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        env = {**os.environ, "SYNC_BASE": str(self.base), "SYNC_HOST": "127.0.0.1", "SYNC_PORT": str(self.port),
               "SYNC_USER1": f"{USER}:{PASSWORD}"}
        deadline = time.monotonic() + SERVER_WAIT_S
        while time.monotonic() < deadline:  # the old one's port may take a moment to free
            self.proc = subprocess.Popen([sys.executable, "-m", "anki.syncserver"], env=env,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while self.proc.poll() is None and time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                    return
                except OSError:
                    time.sleep(0.05)
            time.sleep(0.2)
        raise RuntimeError("the Anki sync server did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def restart(self) -> None:
        self.kill()
        self.start()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def _srs_sync(db: Path) -> subprocess.Popen:
    env = {**os.environ, "SRS_SYNC_PASSWORD": PASSWORD}
    return subprocess.Popen([sys.executable, "-m", "srs", "--db", str(db), "sync"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)


class Phone:
    """A plain Anki collection that answers cards with Anki's scheduler and syncs."""

    def __init__(self, folder: Path, server: SyncServerProcess) -> None:
        import anki.collection  # noqa: F401  (before anki.cards)
        from anki.collection import Collection as AnkiCollection

        folder.mkdir(parents=True, exist_ok=True)
        self.col = AnkiCollection(str(folder / "collection.anki2"))
        self.server = server

    def sync(self) -> None:
        phone_sync(self.col, USER, PASSWORD, self.server.endpoint)

    def answer_one(self, rng: random.Random) -> None:
        cids = self.col.db.list("SELECT id FROM cards ORDER BY id")
        card = self.col.get_card(rng.choice(cids))
        card.start_timer()
        card.timer_started -= rng.randint(2, 12)
        self.col.sched.answerCard(card, rng.choice((1, 2, 3, 3, 4)))

    def answers(self) -> set[tuple[str, int, int]]:
        return {(str(g), int(o), int(r)) for g, o, r in self.col.db.all(
            "SELECT n.guid, c.ord, r.id FROM revlog r JOIN cards c ON c.id = r.cid JOIN notes n ON n.id = c.nid"
            " WHERE r.type < 4")}

    def close(self) -> None:
        self.col.close()


def srs_answers(db: Path) -> set[tuple[str, int, int]]:
    """srs's answers as (the phone's note guid, template ordinal, millisecond)."""
    from srs.service.collection import Collection
    from srs.service.sync_pull import srs_card_keys

    with Collection.open(db) as col:
        key_of = {card_id: key for key, card_id in srs_card_keys(col).items()}
        with col.read() as s:
            rows = s.connection().exec_driver_sql("SELECT card_id, reviewed_at / 1000 FROM review_logs").fetchall()
    return {(*key_of[card_id], int(ms)) for card_id, ms in rows}


def _srs_answer_one(db: Path, rng: random.Random) -> None:
    from srs.service.collection import Collection
    from srs.service.reviewing import Study

    with Collection.open(db) as col:
        with col.read() as s:
            ids = [cid for (cid,) in s.connection().exec_driver_sql("SELECT id FROM cards ORDER BY id")]
        Study(col).answer(rng.choice(ids), rng.choice((1, 2, 3, 3, 4)), rng.randint(2000, 12000))


def _check_ok(db: Path) -> bool:
    from srs.service.collection import Collection
    from srs.service.maintenance import check

    with Collection.open(db) as col:
        return check(col).ok


def _sync_in_process(db: Path) -> str:
    """A whole sync; "" when it completed, else its one-line error."""
    from srs.core.errors import SrsError
    from srs.service.collection import Collection
    from srs.service.syncing import sync

    try:
        with Collection.open(db) as col:
            sync(col)
        return ""
    except SrsError as exc:
        return str(exc)


class FaultBench:
    """A server, an srs database and a phone joined by a first sync, ready for fault runs."""

    def __init__(self, folder: Path, seed: int) -> None:
        from srs.service.collection import Collection
        from srs.service.importing import import_paths
        from srs.service.syncing import sync

        self.rng = random.Random(seed)
        self.server = SyncServerProcess(folder / "server")
        self.server.start()
        self.db = folder / "srs.db"
        deck = folder / "faults.md"
        deck.write_text(DECK)
        with Collection.open(self.db) as col:
            import_paths(col, [deck])
            sync(col, endpoint=self.server.endpoint, user=USER, password=lambda: PASSWORD, upload=True)
        self.phone = Phone(folder / "phone", self.server)
        self.phone.sync()
        started = time.monotonic()
        proc = _srs_sync(self.db)  # how long a whole `srs sync` takes here: the faults fall inside it
        _, err = proc.communicate(timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"a plain srs sync failed: {err.decode(errors='replace').strip()[-300:]}")
        self.sync_seconds = time.monotonic() - started

    def run(self, number: int) -> FaultRun:
        rng = self.rng
        fault = rng.choice(("kill", "server"))
        delay = round(rng.uniform(0.05, 1.0) * self.sync_seconds, 3)
        self.phone.answer_one(rng)
        self.phone.sync()
        _srs_answer_one(self.db, rng)
        proc = _srs_sync(self.db)
        time.sleep(delay)
        interrupted = proc.poll() is None
        if fault == "kill":
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            self.server.restart()  # between the steps
        else:
            self.server.kill()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            self.server.start()
        check_ok = _check_ok(self.db)
        error = _sync_in_process(self.db)
        self.phone.sync()
        ours, theirs = srs_answers(self.db), self.phone.answers()
        note = error or ("" if ours == theirs else f"srs only {len(ours - theirs)}, phone only {len(theirs - ours)}")
        return FaultRun(number, fault, delay, interrupted, check_ok, not error and ours == theirs, len(ours), note)

    def close(self) -> None:
        self.phone.close()
        self.server.stop()


def fault_runs(folder: Path, runs: int, seed: int, *, on_run: Callable[[FaultRun], None] = lambda _r: None,
               ) -> tuple[float, list[FaultRun]]:
    """(seconds of a whole sync here, one FaultRun per run)."""
    bench = FaultBench(folder, seed)
    try:
        rows = []
        for number in range(1, runs + 1):
            rows.append(bench.run(number))
            on_run(rows[-1])
        return bench.sync_seconds, rows
    finally:
        bench.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args(argv)
    os.environ.pop("SRS_NOW", None)  # the phone and the server live on the real clock
    print(f"{'run':>3}  {'fault':<6}  {'delay s':>7}  {'mid-sync':<8}  {'db check':<8}  {'converged':<9}  "
          f"{'answers':>7}  note")

    def show(r: FaultRun) -> None:
        print(f"{r.run:>3}  {r.fault:<6}  {r.delay_s:7.3f}  {'yes' if r.interrupted else 'no':<8}  "
              f"{'ok' if r.check_ok else 'FAILED':<8}  {'yes' if r.converged else 'NO':<9}  {r.reviews:>7}  {r.note}",
              flush=True)

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="srs-sync-faults-") as tmp:
        sync_s, rows = fault_runs(Path(tmp), args.runs, args.seed, on_run=show)
    good = sum(r.check_ok and r.converged for r in rows)
    print(f"\n{good} of {len(rows)} runs: db check ok and converged · {sum(r.interrupted for r in rows)} hit mid-sync"
          f" · a whole srs sync: {sync_s:.2f} s · total {time.monotonic() - started:.0f} s")
    return 0 if good == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
