"""Generate one collection (seeded) as an srs database and as an Anki collection.

``build(size, seed, folder)`` writes ``srs.db`` (created by srs itself, then
filled with ``executemany``) and ``anki/collection.anki2`` (notes added through
Anki's API, scheduling columns and review log written with ``executemany``
inside one transaction, FSRS switched on through the deck-options call), plus
``meta.json`` with the counts. Both hold the same decks, notes, cards and
review history.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import deque
from datetime import datetime, timedelta
from pathlib import Path

from bench import content, history
from bench.history import DAY, CardHistory

VERSION = 6  # 4: review logs carry prev_interval_days; 5: undo records of the newest answers only; 6: schema 0011
NEW_PER_DAY = 100
REVIEWS_PER_DAY = 9999  # Anki falls back to its default above 9999


def _us(t: float) -> int:
    return int(t * 1_000_000)


def _num(x) -> str:  # noqa: ANN001
    return "null" if x is None else repr(x)


def _prev_compact(state: int, step, s, d, due, last, reps: int, lapses: int) -> str:  # noqa: ANN001
    """Review-log ``prev`` as srs's answer path writes it: ``{"c": [MEMORY_COLS...]}``, compact JSON."""
    return f'{{"c":[{state},{_num(step)},{_num(s)},{_num(d)},{due},{_num(last)},{reps},{lapses},0,null,0]}}'


def _prev_legacy(state: int, step, s, d, due, last, reps: int, lapses: int) -> str:  # noqa: ANN001
    """The first schema's ``prev``: a dict with sorted keys."""
    return (f'{{"buried_until": null, "difficulty": {_num(d)}, "due": {due}, "flag": 0, "lapses": {lapses}, '
            f'"last_review": {_num(last)}, "reps": {reps}, "stability": {_num(s)}, "state": {state}, '
            f'"step": {_num(step)}, "suspended": false}}')


def prev_writer():  # noqa: ANN201
    """The ``prev`` format of the srs in use, checked against srs's own undo-record function."""
    from types import SimpleNamespace

    from srs.db import answer_rows
    from srs.db.types import from_micros

    own = answer_rows.undo_record
    sample = (2, None, 12.5, 5.25, 1_700_000_000_000_000, 1_690_000_000_000_000, 3, 1)
    row = SimpleNamespace(state=2, step=None, stability=12.5, difficulty=5.25, due=from_micros(sample[4]),
                          last_review=from_micros(sample[5]), reps=3, lapses=1, suspended=False, buried_until=None, flag=0)
    expected = json.loads(json.dumps(own(row)))
    for fmt in (_prev_compact, _prev_legacy):
        if json.loads(fmt(*sample)) == expected:
            return fmt
    raise RuntimeError(f"bench/generate.py does not know srs's review-log prev format: {expected}")


def plan(size: int, seed: int, now: float):  # noqa: ANN201
    notes = content.make_notes(size, seed)
    intros = history.intro_times(len(notes), now=now, seed=seed)
    hist = history.simulate(intros, [n.n_cards for n in notes], now=now, seed=seed)
    return notes, intros, hist


def write_srs(path: Path, notes, intros, hist, now: float) -> dict:  # noqa: ANN001
    from srs.core.notes import NoteDraft, NoteKind, Template, tradeoff_key
    from srs.service.collection import Collection

    Collection.open(path).close()  # schema by srs's own migrations
    con = sqlite3.connect(path, isolation_level=None)
    # A scratch build (redone from scratch if it fails): no journal, no fsync, a big page cache; WAL again at the end
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-262144", "temp_store=MEMORY"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("BEGIN")
    con.execute("UPDATE presets SET new_per_day=?, reviews_per_day=?, learning_steps='[60, 600]', "
                "relearning_steps='[600]', desired_retention=0.9 WHERE name='default'", (NEW_PER_DAY, REVIEWS_PER_DAY))
    preset_id = con.execute("SELECT id FROM presets WHERE name='default'").fetchone()[0]
    deck_ids = {name: i + 1 for i, name in enumerate(content.all_decks())}
    con.executemany("INSERT INTO decks (id, name, preset_id) VALUES (?, ?, ?)",
                    [(i, name, preset_id) for name, i in deck_ids.items()])
    leaves = content.leaf_decks()
    source_ids = {name: i + 1 for i, name in enumerate(leaves)}
    con.executemany("INSERT INTO sources (id, uri, content_hash, format, imported_at) VALUES (?, ?, ?, 'markdown', ?)",
                    [(i, f"bench:{name}.md", f"{i:064x}", _us(now)) for name, i in source_ids.items()])
    note_rows, link_rows, card_rows, logs = [], [], [], []
    card_id = 0
    for ni, (n, intro, hs) in enumerate(zip(notes, intros, hist, strict=True)):
        note_id = ni + 1
        heading = [n.deck.rsplit("::", 1)[-1], n.section]
        tkey = tradeoff_key(n.front.split(":")[0]) if n.kind == "tradeoff" else None
        draft = NoteDraft(kind=NoteKind(n.kind), rule=n.rule, front=n.front, back=n.back, template=Template(n.template),
                          reverse=n.reverse, heading_path=tuple(heading), line=ni + 1, tags=n.tags, deck=n.deck, tradeoff=tkey)
        src = source_ids[n.deck]
        note_rows.append((note_id, n.guid, draft.key, n.kind, n.rule, n.template, n.reverse, n.front, n.back, "{}",
                          f" {' '.join(n.tags)} ", json.dumps(heading), deck_ids[n.deck], src, ni + 1,
                          draft.content_hash, tkey, _us(intro), _us(intro)))
        link_rows.append((note_id, src, ni + 1))
        for ordinal, h in enumerate(hs):
            card_id += 1
            if h is None:
                card_rows.append((card_id, note_id, deck_ids[n.deck], ordinal, card_id, 0, None, None, None,
                                  _us(intro), None, 0, 0, _us(intro)))
                continue
            card_rows.append((card_id, note_id, deck_ids[n.deck], ordinal, card_id, 2, None, h.stability, h.difficulty,
                              _us(h.due), _us(h.last_review), len(h.logs), h.lapses, _us(intro)))
            logs.extend((log.at, card_id, i, log) for i, log in enumerate(h.logs))
    con.executemany("INSERT INTO notes (id, guid, key, kind, rule, template, reverse, front, back, fields, tags, "
                    "heading_path, deck_id, source_id, line, content_hash, tradeoff, created_at, modified_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", note_rows)
    con.executemany("INSERT INTO note_sources (note_id, source_id, line) VALUES (?, ?, ?)", link_rows)
    con.executemany("INSERT INTO cards (id, note_id, deck_id, ordinal, position, state, step, stability, difficulty, "
                    "due, last_review, reps, lapses, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", card_rows)
    logs.sort(key=lambda x: x[0])
    columns = {r[1] for r in con.execute("PRAGMA table_info(review_logs)")}
    extra = [c for c in ("prev_state", "prev_interval_days", "prev_step_us") if c in columns]  # as the srs in use has them
    in_log = "prev" in columns  # before srs 0009 every log row carried its undo record
    cols = ", ".join(["card_id, rating, reviewed_at, duration_ms, state, stability, difficulty, due", *(["prev"] if in_log else []), *extra])
    newest: deque[tuple[int, str]] = deque(maxlen=0 if in_log else _undo_records_kept())
    con.executemany(f"INSERT INTO review_logs ({cols}) VALUES ({', '.join('?' * len(cols.split(',')))})",
                    _srs_log_rows(logs, card_rows, prev_writer(), extra, in_log, newest))
    # the log's ids are 1..n in insertion order (an empty table): the newest answers keep their undo records
    con.executemany("INSERT INTO answer_undo (log_id, record) VALUES (?, ?)", newest)
    con.execute("COMMIT")
    con.execute("PRAGMA journal_mode=WAL")  # as srs made it
    con.close()
    return {"notes": len(note_rows), "cards": len(card_rows), "logs": len(logs)}


def _undo_records_kept() -> int:
    from srs.db.answer_rows import UNDO_RECORDS_KEPT

    return UNDO_RECORDS_KEPT


def _srs_log_rows(logs, card_rows, fmt, extra: list[str], in_log: bool, newest: deque):  # noqa: ANN001, ANN202
    """Rows with the card's columns before each answer (a running state per card): the undo record in the
    row (``in_log``) or appended to ``newest`` (log id, record), with the learning step before the answer."""
    interval_days = None
    if "prev_interval_days" in extra:  # srs versions with the column have the rule that fills it
        from srs.core.days import interval_days
    before: dict[int, tuple] = {}
    for log_id, (at, cid, _i, log) in enumerate(logs, start=1):
        state, step, s, d, due, last, reps, lapses = before.get(cid) or (0, None, None, None, card_rows[cid - 1][13], None, 0, 0)
        prev = fmt(state, step, s, d, due, last, reps, lapses)
        lapses += log.rating == 1 and state == 2
        before[cid] = (log.state_after, log.step, log.stability, log.difficulty, _us(log.due), _us(at), reps + 1, lapses)
        row = (cid, log.rating, _us(at), log.duration_ms, log.state_after, log.stability, log.difficulty, _us(log.due))
        if in_log:
            row += (prev,)
        else:
            newest.append((log_id, prev))
        extras = {"prev_state": state, "prev_step_us": due - last if state in (1, 3) and last is not None else None}
        if interval_days is not None:
            extras["prev_interval_days"] = interval_days(due, last)
        yield row + tuple(extras[c] for c in extra)


def anki_crt(now: float) -> int:
    """Collection creation: a day-start (4 am local) 800 days ago, before any review."""
    local = datetime.fromtimestamp(now).astimezone() - timedelta(hours=4)
    start = datetime.combine(local.date(), datetime.min.time()).astimezone() + timedelta(hours=4)
    return int(start.timestamp()) - 800 * DAY


def write_anki(path: Path, notes, intros, hist, now: float) -> dict:  # noqa: ANN001
    from bench import anki_setup

    return anki_setup.write(path, notes, intros, hist, now=now, crt=anki_crt(now),
                            new_per_day=NEW_PER_DAY, reviews_per_day=REVIEWS_PER_DAY)


def upgrade_cached(db: Path, say=print) -> None:  # noqa: ANN001
    """A cached srs.db of an older schema (e.g. before an index was added) upgraded once, in place, by srs's own
    migrations, so each operation does not upgrade its copy; the migration's backup is removed."""
    from srs.db.migrate import head_revision

    con = sqlite3.connect(db)
    try:
        current = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
    if current == head_revision():
        return
    from srs.service.collection import Collection

    t0 = time.perf_counter()
    Collection.open(db).close()
    for backup in db.parent.glob(f"{db.name}.*.bak"):
        backup.unlink()
    say(f"  upgraded the cached {db} from schema {current} to {head_revision()} ({time.perf_counter() - t0:.1f}s)")


def build(size: int, seed: int, folder: Path, *, anki: bool = True, say=print) -> dict:  # noqa: ANN001
    """Generate (or reuse) the collection of ``size`` cards in ``folder``."""
    meta_path = folder / "meta.json"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("version") == VERSION and (meta.get("anki") or not anki):
            upgrade_cached(folder / "srs.db", say)
            return meta
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("srs.db*"):
        old.unlink()
    now = time.time()
    t0 = time.perf_counter()
    notes, intros, hist = plan(size, seed, now)
    meta = {"version": VERSION, "size": size, "seed": seed, "now": now}
    meta["plan_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    meta.update(write_srs(folder / "srs.db", notes, intros, hist, now))
    meta["srs_write_s"] = time.perf_counter() - t0
    meta["due_today"] = sum(1 for hs in hist for h in hs if isinstance(h, CardHistory) and h.due < now + DAY)
    meta["new_cards"] = sum(1 for hs in hist for h in hs if h is None)
    meta["anki"] = False
    if anki:
        t0 = time.perf_counter()
        meta["anki_counts"] = write_anki(folder / "anki" / "collection.anki2", notes, intros, hist, now)
        meta["anki_write_s"] = time.perf_counter() - t0
        meta["anki"] = True
    from bench.runner import peak_mb

    meta["peak_mb"] = round(peak_mb())  # the generating process's peak so far (this size's, as sizes grow)
    meta_path.write_text(json.dumps(meta, indent=1))
    say(f"  generated {size} cards: {meta['notes']} notes, {meta['logs']} review logs, "
        f"{meta['due_today']} due today, {meta['new_cards']} new "
        f"(plan {meta['plan_s']:.1f}s, srs {meta['srs_write_s']:.1f}s, anki {meta.get('anki_write_s', 0):.1f}s, "
        f"peak {meta['peak_mb']} MB)")
    return meta
