"""Write a generated collection into an Anki collection through the ``anki`` package.

Notes go in through ``add_notes`` (Anki makes the cards); the scheduling
columns and the review log are then written with ``executemany`` inside one
``transact``; the creation date is moved back before the first review, the
collection reopened, and FSRS switched on through the deck-options call, which
also computes every card's memory state from the log.
"""

from __future__ import annotations

import json
from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
from anki.collection import AddNoteRequest, Collection
from anki.decks import UpdateDeckConfigs, UpdateDeckConfigsMode

from bench.content import ROOT, all_decks, leaf_decks
from bench.history import DAY, LEARN, RELEARN, CardHistory

NOTETYPES = {"basic": "Basic", "reverse": "Basic (and reversed card)", "cloze": "Cloze"}


def _notetype(n) -> str:  # noqa: ANN001
    return "cloze" if n.template == "cloze" else "reverse" if n.reverse else "basic"


def configure(col: Collection, *, new_per_day: int, reviews_per_day: int, fsrs: bool) -> None:
    """Default preset like srs's: steps 1m 10m / 10m, retention 0.9, lowest retrievability first."""
    root = col.decks.id(ROOT)
    upd = col.decks.get_deck_configs_for_update(root)
    cfg = upd.all_config[0].config
    c = cfg.config
    c.new_per_day, c.reviews_per_day = new_per_day, reviews_per_day
    del c.learn_steps[:]
    c.learn_steps.extend([1.0, 10.0])
    del c.relearn_steps[:]
    c.relearn_steps.append(10.0)
    c.desired_retention = 0.9
    c.review_order = c.REVIEW_CARD_ORDER_RETRIEVABILITY_ASCENDING
    col.decks.update_deck_configs(UpdateDeckConfigs(
        target_deck_id=root, configs=[cfg], mode=UpdateDeckConfigsMode.UPDATE_DECK_CONFIGS_MODE_APPLY_TO_CHILDREN,
        limits=upd.current_deck.limits, new_cards_ignore_review_limit=upd.new_cards_ignore_review_limit,
        apply_all_parent_limits=upd.apply_all_parent_limits, fsrs=fsrs, fsrs_reschedule=False, fsrs_health_check=False,
    ))


def add_notes(col: Collection, notes, *, deck_ids: dict[str, int] | None = None) -> None:  # noqa: ANN001
    models = {k: col.models.by_name(v) for k, v in NOTETYPES.items()}
    deck_ids = deck_ids or {name: col.decks.id(name) for name in all_decks()}
    batch = []
    for n in notes:
        note = col.new_note(models[_notetype(n)])
        note.fields[0], note.fields[1] = n.front, n.back
        note.tags = list(n.tags)
        note.guid = n.guid
        batch.append(AddNoteRequest(note=note, deck_id=deck_ids[n.deck]))
        if len(batch) == 5000:
            col.add_notes(batch)
            batch = []
    if batch:
        col.add_notes(batch)


def _revlog_type(state_before: int) -> int:
    return 0 if state_before in (0, LEARN) else 2 if state_before == RELEARN else 1


def write(path: Path, notes, intros, hist, *, now: float, crt: int, new_per_day: int, reviews_per_day: int) -> dict:  # noqa: ANN001
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob("collection.anki2*"):
        old.unlink()
    col = Collection(str(path))
    try:
        add_notes(col, notes)
        cids = {(guid, ord_): cid for cid, guid, ord_ in col.db.all(
            "SELECT c.id, n.guid, c.ord FROM cards c JOIN notes n ON n.id = c.nid")}
        card_rows, log_rows, used = [], [], set()
        for n, hs in zip(notes, hist, strict=True):
            for ordinal, h in enumerate(hs):
                if not isinstance(h, CardHistory):
                    continue
                cid = cids[(n.guid, ordinal)]
                due_day = int((h.due - crt) // DAY)
                ivl = max(1, round((h.due - h.last_review) / DAY))
                card_rows.append((due_day, ivl, len(h.logs), h.lapses, json.dumps({"lrt": int(h.last_review)}), cid))
                for log in h.logs:
                    rid = int(log.at * 1000)
                    while rid in used:
                        rid += 1
                    used.add(rid)
                    log_rows.append((rid, cid, log.rating, log.ivl, log.last_ivl, log.duration_ms, _revlog_type(log.state_before)))
        log_rows.sort()

        def fill() -> None:
            col.db.executemany("UPDATE cards SET type=2, queue=2, due=?, ivl=?, factor=2500, reps=?, lapses=?, "
                               "left=0, data=?, mod=0, usn=-1 WHERE id=?", card_rows)
            col.db.executemany("INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                               "VALUES (?, ?, -1, ?, ?, ?, 2500, ?, ?)", log_rows)
            col.db.execute("UPDATE col SET crt=?", crt)

        col.db.transact(fill)
    finally:
        col.close()
    col = Collection(str(path))  # reopened: the scheduler reads the new creation date
    try:
        configure(col, new_per_day=new_per_day, reviews_per_day=reviews_per_day, fsrs=True)
        counts = {"notes": col.note_count(), "cards": col.card_count(),
                  "logs": col.db.scalar("SELECT count() FROM revlog")}
        from bench.anki_side import export_package

        export_package(col, path.parent.parent / "package.apkg")  # the file both sides import
        export_package(col, path.parent.parent / "package-plain.apkg", with_scheduling=False)  # ... without history
        export_package(col, path.parent.parent / "package-small.apkg", deck=leaf_decks()[-1])  # quick mode's
    finally:
        col.close()
    return counts


def plain_package(folder: Path) -> None:
    """``package-plain.apkg`` for a folder cached before it existed: exported from a copy of the collection."""
    import shutil
    import tempfile

    from bench.anki_side import export_package

    with tempfile.TemporaryDirectory(prefix="anki-plain-") as tmp:
        src = folder / "anki"
        for name in ("collection.anki2", "collection.anki2-wal"):
            if (src / name).exists():
                shutil.copyfile(src / name, Path(tmp, name))
        if (src / "collection.media").is_dir():
            shutil.copytree(src / "collection.media", Path(tmp, "collection.media"))
        col = Collection(str(Path(tmp, "collection.anki2")))
        try:
            export_package(col, Path(tmp, "package-plain.apkg"), with_scheduling=False)
        finally:
            col.close()
        shutil.move(Path(tmp, "package-plain.apkg"), folder / "package-plain.apkg")  # whole, or not at all
