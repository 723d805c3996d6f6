"""Export to Anki: database rows → srs.anki export values → .apkg."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from srs.anki import ExportCard, ExportNote, PackageError, ReviewSource, write_apkg
from srs.anki.perf import gc_paused
from srs.core.consts import State
from srs.core.days import DAY_US, interval_days
from srs.core.errors import SrsError
from srs.core.notes import CONTEXT_SEP, NO_ANSWER
from srs.db.engine import sqlite_cursor
from srs.db.types import from_micros, to_micros
from srs.service.collection import Collection
from srs.service.presets import deck_retention, memory_params
from srs.service.reviewing import subtree_ids

# srs.anki.revlog_sql's columns from review_logs (the interval is srs.core.days.interval_days in SQL;
# a (re)learning card's step before the answer is its due minus its last review, kept for undo in ``prev``).
REVIEWS_SQL = f"""
SELECT card_id AS card_key, reviewed_at AS reviewed_us, rating, duration_ms,
       max(0, (due - reviewed_at + {DAY_US // 2}) / {DAY_US}) AS interval_days,
       prev_interval_days AS last_interval_days, prev_state AS state_before,
       state AS state_after, due AS due_us, difficulty,
       CASE WHEN prev_state IN ({State.LEARNING:d}, {State.RELEARNING:d}) THEN json_extract(prev, '$.c[4]') - json_extract(prev, '$.c[5]') END
         AS last_step_us
FROM src.review_logs
"""


def export_anki(col: Collection, out: Path, *, deck: str | None = None, with_scheduling: bool = False,
                note_ids: Iterable[int] | None = None) -> dict[str, Any]:
    """Write ``out`` (.apkg); returns counts for the summary line. ``note_ids``: only these notes
    (the sync writes what changed into its mirror this way)."""
    with gc_paused():  # 100k+ acyclic objects: the cyclic collector would only rescan them
        return _export_anki(col, out, deck=deck, with_scheduling=with_scheduling,
                            note_ids=None if note_ids is None else sorted(set(note_ids)))


def _export_anki(col: Collection, out: Path, *, deck: str | None, with_scheduling: bool,
                 note_ids: list[int] | None = None) -> dict[str, Any]:
    out = Path(out).expanduser()
    if out.is_dir():
        raise SrsError(f"{out} is a directory; give a file name ending in .apkg")
    if out.suffix.lower() != ".apkg":
        raise SrsError(f"{out}: the Anki package must end in .apkg")
    if not out.parent.is_dir():
        raise SrsError(f"folder {out.parent} does not exist")
    now = col.now()
    now_us = to_micros(now)
    with col.read() as s:
        deck_ids = subtree_ids(s.connection(), deck)
        cur = sqlite_cursor(s.connection())
        # Plain DBAPI rows: SQLAlchemy's result processing was a third of an export.
        deck_names = dict(cur.execute("SELECT id, name FROM decks").fetchall())
        labels = {sid: _source_label(uri) for sid, uri in cur.execute("SELECT id, uri FROM sources")}
        in_decks = "" if deck_ids is None else f" AND deck_id IN ({', '.join(str(int(i)) for i in deck_ids)})"
        if note_ids is not None:
            in_decks += f" AND id IN ({', '.join(str(int(i)) for i in note_ids) or 'NULL'})"
        notes = cur.execute(
            "SELECT id, guid, template, front, back, heading_path, source_id, deck_id, tags, reverse, modified_at,"
            f" json_extract(fields, '$.anki_guid') FROM notes WHERE orphaned_at IS NULL{in_decks} ORDER BY id").fetchall()
        cards_by_note: dict[int, list[ExportCard]] = defaultdict(list)
        scheduled_with = deck_retention(cur)
        for (card_id, note_id, ordinal, state, due, last, stability, difficulty, reps, lapses, suspended, buried_until,
             flag, step, deck_id, retention, decay) in cur.execute(
                "SELECT id, note_id, ordinal, state, due, last_review, stability, difficulty, reps, lapses, suspended,"
                " buried_until, flag, step, deck_id, desired_retention, decay FROM cards"
                + (f" WHERE note_id IN (SELECT id FROM notes WHERE orphaned_at IS NULL{in_decks})" if in_decks else "")
                + " ORDER BY note_id, ordinal"):
            cards_by_note[note_id].append(ExportCard(
                ordinal=ordinal, state=state, due=from_micros(due), last_review=None if last is None else from_micros(last),
                stability=stability, difficulty=difficulty, interval_days=interval_days(due, last), reps=reps,
                lapses=lapses, suspended=bool(suspended), buried=bool(buried_until and buried_until > now_us),
                flag=flag, step=step, key=card_id,
                **memory_params(scheduled_with, deck_id, retention, decay),
            ))
    exports = [
        ExportNote(
            guid=guid, template=template, front=front, back="" if back == NO_ANSWER else back, context=CONTEXT_SEP.join(json.loads(heading_path)),
            source=labels.get(source_id, ""), deck=deck_names[deck_id], tags=tuple(tags.split()), reverse=bool(reverse),
            modified=from_micros(modified), cards=tuple(cards_by_note.pop(note_id, ())), anki_guid=anki,
        )
        for (note_id, guid, template, front, back, heading_path, source_id, deck_id, tags, reverse, modified, anki)
        in notes
    ]
    # The review log goes from this database into the package inside SQLite (a
    # million answers through Python objects took 6 s of a 50k-note export). It is
    # read on its own connection, after the cards: an answer another process commits
    # in between travels with a card whose state predates it (Anki shows it in the log).
    reviews = ReviewSource(REVIEWS_SQL, col.path) if with_scheduling else None
    try:
        summary = write_apkg(out, exports, with_scheduling=with_scheduling,
                             media_dir=col.media_dir if col.media_dir.is_dir() else None, now=now, reviews=reviews)
    except PackageError as exc:
        raise SrsError(str(exc)) from exc
    except OSError as exc:
        raise SrsError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return {"path": str(out), "notes": summary.notes, "cards": summary.cards, "reviews": summary.reviews,
            "decks": summary.decks, "media": summary.media, "warnings": list(summary.warnings)}


def _source_label(uri: str | None) -> str:
    if not uri:
        return ""
    if uri.startswith("bundled:"):
        return "srs bundled deck " + uri.removeprefix("bundled:")
    return Path(uri).name
