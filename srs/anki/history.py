"""Replay a package's review history beside the import, into scratch SQLite files.

Once every card of a package knows its future id (``base`` + its rank in
``read_collection.CARDS_SQL``'s order), an import has two independent halves:
the notes (fields to markdown, drafts, inserts) and the history (SQLite
sorting the review log, FSRS answering every logged review, the results
written out). A big history is replayed by ``python -m srs.anki.history``
processes while the importer works on the notes, one process per shard of
cards (card id modulo shards); a small one (or on a single core) in this
process when the importer asks for it. Either way each shard leaves one
SQLite file with two tables:

* ``answers``: one row per replayed answer, in ``review_logs`` column order
  (see ``srs.core.replay.LogRow``);
* ``cards``: each card's scheduling after its history (``CardRow``), for the
  cards that are not new afterwards.

The importer copies them with ``INSERT ... SELECT`` inside its transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from srs.core.replay import Replayer
from srs.core.scheduling import SchedulingOptions

from .model import PackageError
from .read_collection import CARDS_SQL, CORE_TABLES, GRADED_SQL
from .sqlite_safe import open_readonly

ANSWER_COLUMNS = ("card_id", "rating", "reviewed_at", "duration_ms", "state", "stability", "difficulty", "due",
                  "prev_state", "prev_interval_days")
CARD_COLUMNS = ("card_id", "state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses")
_SCHEMA = f"""
CREATE TABLE answers ({", ".join(ANSWER_COLUMNS)});
CREATE TABLE cards (card_id INTEGER PRIMARY KEY, {", ".join(CARD_COLUMNS[1:])});
"""
PROCESS_MIN_ANSWERS = 50_000  # below this a process start costs more than it saves
MAX_WORKERS = 2


def replay_shard(collection: Path, out: Path, *, base: int, options: SchedulingOptions,
                 shard: int = 0, shards: int = 1) -> int:
    """Replay the graded answers of the cards in ``shard`` into a new SQLite file ``out``;
    returns the number of answers written. Raises PackageError on a corrupt collection."""
    db = open_readonly(collection, CORE_TABLES)
    try:
        ids = {row[0]: base + rank for rank, row in enumerate(db.execute(CARDS_SQL))}
        graded = db.execute(GRADED_SQL, {"shard": shard, "shards": shards})
        return _write(out, graded, ids, Replayer(options))
    except sqlite3.DatabaseError as e:
        raise PackageError(f"the collection is corrupt: {e}") from None
    finally:
        db.close()


def _write(out: Path, graded: Iterator[tuple[int, int, int, int]], ids: dict[int, int], replayer: Replayer) -> int:
    db = sqlite3.connect(out, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = OFF")  # a scratch file: a failed write is thrown away whole
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(_SCHEMA)
        db.execute("BEGIN")
        cards: list[tuple] = []
        written = 0

        def answers() -> Iterator[tuple]:  # rows stream from SQLite's sorter through FSRS into the file
            nonlocal written
            for cid, rows in groupby(graded, itemgetter(0)):
                card_id = ids.get(cid)
                if card_id is None:  # an answer of a card the package does not hold
                    continue
                card, logs = replayer.run(card_id, [row[1:] for row in rows])
                if card is not None:
                    cards.append((card_id, *card))
                written += len(logs)
                yield from logs

        db.executemany(f"INSERT INTO answers VALUES ({', '.join('?' * len(ANSWER_COLUMNS))})", answers())
        db.executemany(f"INSERT INTO cards VALUES ({', '.join('?' * len(CARD_COLUMNS))})", cards)
        db.execute("COMMIT")
        return written
    finally:
        db.close()


def count_answers(collection: Path) -> int:
    """Rows in the package's review log (an upper bound of the answers to replay)."""
    db = open_readonly(collection, CORE_TABLES)
    try:
        return int(db.execute("SELECT count(*) FROM revlog").fetchone()[0])
    except sqlite3.DatabaseError as e:
        raise PackageError(f"the collection is corrupt: {e}") from None
    finally:
        db.close()


def workers_for(answers: int) -> int:
    """Worker processes worth starting for a history of ``answers`` (0: replay in this process)."""
    cores = os.cpu_count() or 1
    if answers < PROCESS_MIN_ANSWERS or cores < 2 or not sys.executable:
        return 0
    return min(MAX_WORKERS, cores)


class HistoryJob:
    """The replay of one package's history, running while the caller imports its notes.

    ``files()`` waits for the result (or replays here when no process was
    started); ``close()`` stops whatever still runs. ``base`` is the id the
    package's first card gets; ``rebase`` changes it (restarting the replay
    here) when another writer took that id in the meantime.
    """

    def __init__(self, collection: Path, folder: Path, *, base: int, options: SchedulingOptions,
                 answers: int = 0, workers: int = 0) -> None:
        self.collection, self.base, self.options = collection, base, options
        self.answers = answers  # the review log's rows: about as many review logs as will come
        shards = max(1, workers)
        self._paths = [folder / f"history-{k}-of-{shards}.db" for k in range(shards)]
        self._procs: list[subprocess.Popen[bytes]] = []
        self._done = False
        if workers:
            self._start()

    def _start(self) -> None:
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])  # so a source checkout's srs is found too
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        opts = json.dumps(asdict(self.options))
        for k, out in enumerate(self._paths):
            self._procs.append(subprocess.Popen(
                [sys.executable, "-m", "srs.anki.history", str(self.collection), str(out),
                 str(self.base), str(k), str(len(self._paths)), opts],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
            ))

    def rebase(self, base: int) -> None:
        if base != self.base:
            self.close()
            self.base, self._done = base, False
            self._paths = self._paths[:1]

    def files(self) -> list[Path]:
        """The shard files, complete (waits for the workers)."""
        if self._done:
            return self._paths
        if not self._procs:
            for path in self._paths:
                path.unlink(missing_ok=True)
            replay_shard(self.collection, self._paths[0], base=self.base, options=self.options)
            self._paths = self._paths[:1]
        failures = []
        for proc in self._procs:
            _, err = proc.communicate()
            if proc.returncode != 0:
                lines = err.decode("utf-8", "replace").strip().splitlines()
                failures.append(lines[-1] if lines else f"exit status {proc.returncode}")
        self._procs = []
        if failures:
            raise PackageError(failures[0].removeprefix("error: "))
        self._done = True
        return self._paths

    def close(self) -> None:
        for proc in self._procs:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
        self._procs = []
        for path in self._paths:
            path.unlink(missing_ok=True)

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
    """``python -m srs.anki.history COLLECTION OUT BASE SHARD SHARDS OPTIONS_JSON`` (a worker of HistoryJob)."""
    collection, out, base, shard, shards, options = argv
    try:
        replay_shard(Path(collection), Path(out), base=int(base), options=_options(options),
                     shard=int(shard), shards=int(shards))
    except PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
