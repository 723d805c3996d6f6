"""Replay a package's review history beside the import, into scratch SQLite files.

Once every card of a package knows its future id (``base`` + its rank in
``read_collection.CARD_ORDER``), an import has two independent halves:
the notes (fields to markdown, drafts, inserts) and the history (SQLite
sorting the review log, FSRS answering every logged review, the results
written out). A big history is replayed by a ``python -m srs.anki.history``
process while the importer works on the notes; a small one (or on a single
core) in the importer's process when it asks for the result.

The result comes in parts, SQLite files written one after the other, so the
importer can copy the first parts while the last ones are being replayed.
Each holds two tables:

* ``answers``: one row per replayed answer, in ``review_logs`` column order
  (see ``srs.core.replay.LogRow``);
* ``cards``: each card's scheduling as Anki has it (``CardRow``; srs.anki.history_cards),
  for the cards Anki scheduled: the replay fills the review log, the package the schedule.

The importer copies them with ``INSERT ... SELECT`` inside its transaction.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Any

from srs.core.clock import now as clock_now
from srs.core.replay import Replayer
from srs.core.scheduling import SchedulingOptions

from .anki_days import anki_days
from .history_cards import AnkiSchedules, cards_with_history
from .model import EPOCH, PackageError
from .read_collection import CARD_IDS_SQL, CORE_TABLES, SCHEDULE_TABLES, read_timing
from .rollover import package_rollover
from .schedule import micros
from .sqlite_safe import open_readonly

ANSWER_COLUMNS = ("card_id", "rating", "reviewed_at", "duration_ms", "state", "stability", "difficulty", "due",
                  "prev_state", "prev_interval_days")
CARD_COLUMNS = ("card_id", "state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses",
                "desired_retention", "decay")
_SCHEMA = f"""
CREATE TABLE answers ({", ".join(ANSWER_COLUMNS)});
CREATE TABLE cards (card_id INTEGER PRIMARY KEY, {", ".join(CARD_COLUMNS[1:])});
"""
PROCESS_MIN_ANSWERS = 50_000  # below this a process start costs more than it saves
EARLY_START_BYTES = 2 << 20  # a collection stored this big likely has that many: start the worker before extracting
WORKER_PEAKS_KB: list[int] = []  # each worker's peak memory, as it reported it (read by the benchmarks)
PARTS = 8  # files the result comes in (each stays attached to the importer's connection until it commits)


def replay_history(collection: Path, folder: Path, *, base: int, options: SchedulingOptions, now_us: int,
                   parts: int = PARTS, ready: Callable[[Path], None] = lambda _path: None) -> None:
    """Replay the package's graded answers into ``folder/part-N.db`` files, with each card's
    schedule as Anki has it at ``now_us``; ``ready`` is called with each file once it is
    complete. Raises PackageError on a corrupt collection."""
    db = open_readonly(collection, SCHEDULE_TABLES)
    try:
        ids = {cid: base + rank for rank, (cid,) in enumerate(db.execute(CARD_IDS_SQL))}
        per_part = -(-_revlog_rows(db) // max(1, parts))
        now = EPOCH + timedelta(microseconds=now_us)
        crt, offset, rollover = read_timing(db)
        if rollover is None:  # an .apkg: its review cards tell the hour its days started
            rollover = package_rollover(db, crt, offset, now, options.day_start_hour)
        days = anki_days(crt, offset, rollover, now, options.day_start_hour)
        cards = cards_with_history(db)
        replayer = Replayer(options, days.anchor_us)  # days counted from the package's day start
        schedules = AnkiSchedules(days, options)
        n, more = 0, True
        while more:
            path = folder / f"part-{n}.db"
            more = _write_part(path, cards, ids, replayer, schedules, per_part)
            ready(path)
            n += 1
    except sqlite3.DatabaseError as e:
        raise PackageError(f"the collection is corrupt: {e}") from None
    finally:
        db.close()


def _write_part(out: Path, cards: Iterator, ids: dict[int, int], replayer: Replayer, schedules: AnkiSchedules,
                limit: int) -> bool:
    """Replay cards from ``cards`` into ``out`` until it holds ``limit`` answers; True if cards remain."""
    db = sqlite3.connect(out, isolation_level=None)
    try:
        db.execute("PRAGMA page_size = 65536")  # rows are only appended: big pages write 15 % faster
        db.execute("PRAGMA journal_mode = OFF")  # a scratch file: a failed write is thrown away whole
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(_SCHEMA)
        db.execute("BEGIN")
        after: list[tuple] = []
        written, more = 0, False

        def answers() -> Iterator[tuple]:  # rows stream from SQLite's sorter through FSRS into the file
            nonlocal written, more
            for cid, rows, sched in cards:
                card_id = ids.get(cid)
                if card_id is None:  # an answer of a card the package does not hold
                    continue
                data = schedules.memory_needed(sched)
                if data is not None and data[0] is None:  # no memory state: fsrs-rs computes one from the answers
                    rows = list(rows)
                card, logs = replayer.run(card_id, rows)  # rows: (cid, µs, rating, ms)
                if data is not None:  # the card as Anki has it, not as the replay left it
                    schedules.row(card_id, sched, data, card, rows if data[0] is None else None, after)
                written += len(logs)
                yield from logs
                if written >= limit:
                    more = True
                    return

        db.executemany(f"INSERT INTO answers VALUES ({', '.join('?' * len(ANSWER_COLUMNS))})", answers())
        schedules.finish(after)
        db.executemany(f"INSERT INTO cards VALUES ({', '.join('?' * len(CARD_COLUMNS))})", after)
        db.execute("COMMIT")
        return more
    finally:
        db.close()


def card_order(collection: Path) -> list[int]:
    """The collection's Anki card ids in replay order: ``replay_history`` numbers them ``base`` + this rank."""
    db = sqlite3.connect(f"file:{collection}?mode=ro", uri=True)
    try:
        return [cid for (cid,) in db.execute(CARD_IDS_SQL)]
    finally:
        db.close()


def read_part(part: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """One part's rows: the answers in time order (ANSWER_COLUMNS) and the schedules (CARD_COLUMNS)."""
    db = sqlite3.connect(part)
    try:
        answers = db.execute(f"SELECT {', '.join(ANSWER_COLUMNS)} FROM answers ORDER BY reviewed_at").fetchall()
        return answers, db.execute(f"SELECT {', '.join(CARD_COLUMNS)} FROM cards").fetchall()
    finally:
        db.close()


def _revlog_rows(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT count(*) FROM revlog").fetchone()[0])


def history_size(collection: Path) -> int:
    """Rows in the package's review log (an upper bound of the answers to replay) plus the
    cards Anki scheduled (whose schedule is carried over even without answers); 0: no history."""
    db = open_readonly(collection, CORE_TABLES)
    try:
        return _revlog_rows(db) + int(db.execute("SELECT count(*) FROM cards WHERE type IN (1, 2, 3)").fetchone()[0])
    except sqlite3.DatabaseError as e:
        raise PackageError(f"the collection is corrupt: {e}") from None
    finally:
        db.close()


def in_process(answers: int) -> bool:
    """Whether a history of ``answers`` is better replayed in the importer's own process."""
    return answers < PROCESS_MIN_ANSWERS or not can_spawn()


def can_spawn() -> bool:
    return (os.cpu_count() or 1) >= 2 and bool(sys.executable)


def worth_starting_early(stored_size: int) -> bool:
    """Whether a package whose collection is stored this big likely has a history for a worker."""
    return stored_size >= EARLY_START_BYTES and can_spawn()


class HistoryJob:
    """The replay of one package's history, running while the caller imports its notes.

    ``start()`` launches the worker early (it loads while the collection is
    extracted, then waits); ``begin(answers)`` lets it run, or settles on
    replaying here for a small history. ``parts()`` yields the result files
    as they are completed (replaying here when no worker runs); ``close()``
    stops whatever still runs and removes the files. ``base`` is the id the
    package's first card gets; ``rebase`` changes it (the replay then runs
    again, here) when another writer took that id in the meantime.
    """

    def __init__(self, collection: Path, folder: Path, *, base: int, options: SchedulingOptions,
                 now_us: int | None = None) -> None:
        self.collection, self.base, self.options = collection, base, options
        self.now_us = now_us if now_us is not None else micros(clock_now())  # "today" for Anki's day numbers
        self.answers = 0  # the review log's rows: about as many review logs as will come
        self.folder = folder
        self._proc: subprocess.Popen[str] | None = None
        self._unstartable = False
        self._done: list[Path] | None = None  # the parts, once waited for (``ready``)

    def start(self) -> None:
        """Launch the worker; it waits for ``begin``."""
        if self._proc is not None or self._unstartable:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])  # so a source checkout's srs is found too
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        with open(self.folder / "errors.txt", "wb") as errors:
            try:
                self._proc = subprocess.Popen(
                    [sys.executable, "-m", "srs.anki.history", str(self.collection), str(self.folder),
                     str(self.base), json.dumps(asdict(self.options)), str(self.now_us)],
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, env=env, text=True,
                )
            except OSError:  # no interpreter to start: parts() replays here
                self._proc, self._unstartable = None, True

    def begin(self, answers: int) -> None:
        """The collection is in place and holds ``answers`` review log rows: go."""
        self.answers = answers
        if in_process(answers):
            self._stop()
            return
        self.start()
        if self._proc is None or self._proc.stdin is None:
            return
        try:
            self._proc.stdin.write("go\n")
            self._proc.stdin.close()
        except OSError:  # it died: parts() reports why
            pass

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:  # what was left to write to a worker that is gone
                pass

    def rebase(self, base: int) -> None:
        if base != self.base:
            self.close()
            self.base = base

    def ready(self) -> list[Path]:
        """Wait for every part: an import waits here, before its write transaction, not holding the lock.
        ``parts()`` then gives them at once (unless ``rebase`` made the replay run again)."""
        if self._done is None:
            self._done = list(self._parts())
        return self._done

    def parts(self) -> Iterator[Path]:
        """The result files, each once complete."""
        if self._done is not None:
            yield from self._done
            return
        yield from self._parts()

    def _parts(self) -> Iterator[Path]:
        if self._proc is None:
            yield from self._here()
            return
        assert self._proc.stdout is not None
        given = 0
        for line in self._proc.stdout:
            what, _, value = line.rstrip("\n").partition(" ")
            if what == "part":
                given += 1
                yield Path(value)
            elif what == "peak-kb":
                WORKER_PEAKS_KB.append(int(value))
        if self._proc.wait() == 0:
            return
        lines = (self.folder / "errors.txt").read_text("utf-8", "replace").strip().splitlines()
        if lines and lines[-1].startswith("error: "):  # the package is at fault
            raise PackageError(lines[-1].removeprefix("error: "))
        if not given:  # the worker could not run here (this Python lacks srs, say): replay in this process
            self._stop()
            yield from self._here()
            return
        raise PackageError("replaying the review history failed: "
                           + (lines[-1] if lines else f"the worker stopped (exit status {self._proc.returncode})"))

    def _here(self) -> Iterator[Path]:
        self.close()
        self.folder.mkdir(parents=True)
        done: list[Path] = []
        replay_history(self.collection, self.folder, base=self.base, options=self.options, now_us=self.now_us,
                       ready=done.append)
        yield from done

    def close(self) -> None:
        self._done = None
        self._stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> HistoryJob:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _options(text: str) -> SchedulingOptions:
    raw = json.loads(text)
    for key in ("parameters", "learning_steps", "relearning_steps"):
        if raw.get(key) is not None:
            raw[key] = tuple(raw[key])
    return SchedulingOptions(**raw)


def main(argv: list[str]) -> int:
    """``python -m srs.anki.history COLLECTION FOLDER BASE OPTIONS_JSON NOW_US`` (HistoryJob's worker):
    waits for ``go`` on its input, then prints ``part PATH`` for each finished part and
    ``peak-kb N``."""
    collection, folder, base, options, now_us = argv
    if sys.stdin.readline().strip() != "go":  # the importer replays here after all, or gave up
        return 0

    def ready(path: Path) -> None:
        print("part", path, flush=True)

    try:
        replay_history(Path(collection), Path(folder), base=int(base), options=_options(options),
                       now_us=int(now_us), ready=ready)
    except PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print("peak-kb", _peak_kb(), flush=True)
    return 0


def _peak_kb() -> int:
    """This process's peak resident set size (VmHWM; ru_maxrss would include the parent's at spawn)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
