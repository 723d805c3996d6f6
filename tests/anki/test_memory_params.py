"""A card's memory state travels with the desired retention and FSRS decay it was scheduled with
(Anki's card data ``dr`` and ``decay``, issue 17 item 1): kept on import, written back on export,
so Anki reads the same memory state; an answer here schedules with the preset's and says so."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection
from anki.decks import UpdateDeckConfigs, UpdateDeckConfigsMode
from fsrs.scheduler import DEFAULT_PARAMETERS
from sqlalchemy import select, update

from srs.db.models import Card, Note, Preset
from srs.service.collection import Collection
from srs.service.exporting import export_anki
from srs.service.importing import import_paths
from srs.service.reviewing import Study
from tests.anki.helpers import anki_export, anki_import

THERE_RETENTION, THERE_DECAY = 0.85, 0.3  # the Anki deck options the cards were scheduled with
HERE_RETENTION, HERE_DECAY = 0.8, 0.25  # srs's preset


def _fsrs_options(col: AnkiCollection, retention: float, decay: float) -> None:
    did = col.decks.id("Default")
    upd = col.decks.get_deck_configs_for_update(did)
    cfg = upd.all_config[0].config
    cfg.config.desired_retention = retention
    params = list(DEFAULT_PARAMETERS)
    params[20] = decay
    cfg.config.fsrs_params_6[:] = params
    col.decks.update_deck_configs(UpdateDeckConfigs(
        target_deck_id=did, configs=[cfg], mode=UpdateDeckConfigsMode.UPDATE_DECK_CONFIGS_MODE_NORMAL,
        limits=upd.current_deck.limits, new_cards_ignore_review_limit=upd.new_cards_ignore_review_limit,
        apply_all_parent_limits=upd.apply_all_parent_limits, fsrs=True, fsrs_reschedule=False,
        fsrs_health_check=False))


def _cards(col: AnkiCollection) -> dict[str, tuple]:
    out = {}
    for cid in col.find_cards(""):
        c = col.get_card(cid)
        ms = c.memory_state
        out[c.note()["Front"]] = (round(ms.stability, 3), round(ms.difficulty, 2), c.desired_retention, c.decay)
    return out


@pytest.fixture
def studied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, Collection]:
    """Three cards Anki's FSRS scheduled at 85 % with decay 0.3, imported into srs."""
    monkeypatch.setenv("SRS_NOW", datetime.now(UTC).isoformat())  # Anki runs on the real clock
    (tmp_path / "anki").mkdir()
    col = AnkiCollection(os.path.join(tmp_path, "anki", "collection.anki2"))
    _fsrs_options(col, THERE_RETENTION, THERE_DECAY)
    for i, rating in enumerate((2, 3, 4)):
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"], note["Back"] = f"q{i}", f"a{i}"
        col.add_note(note, col.decks.id("Default"))
        card = note.cards()[0]
        card.start_timer()
        col.sched.answerCard(card, 4 if rating == 4 else 3)
        if rating != 4:  # Good twice more: through the learning steps to review
            for _ in range(2):
                card = col.get_card(card.id)
                card.start_timer()
                col.sched.answerCard(card, rating)
    truth = _cards(col)
    package = anki_export(col, tmp_path / "there.apkg", legacy=False)
    col.close()
    ours = Collection.open(tmp_path / "srs.db")
    (fr,) = import_paths(ours, [package]).files
    assert fr.status == "imported", fr.error
    return truth, ours


def _back_in_anki(ours: Collection, folder: Path) -> dict[str, tuple]:
    export_anki(ours, folder / "back.apkg", with_scheduling=True)
    folder.joinpath("judge").mkdir()
    judge = AnkiCollection(os.path.join(folder, "judge", "collection.anki2"))
    try:
        anki_import(judge, folder / "back.apkg")
        return _cards(judge)
    finally:
        judge.close()


def test_an_imported_card_keeps_its_retention_and_decay_and_anki_reads_them_back(studied, tmp_path: Path) -> None:
    truth, ours = studied
    assert all(v[2:] == (pytest.approx(THERE_RETENTION), pytest.approx(THERE_DECAY)) for v in truth.values())
    try:
        with ours.read() as s:
            kept = s.execute(select(Card.desired_retention, Card.decay)).all()
        assert kept and all(r == pytest.approx(THERE_RETENTION) and d == pytest.approx(THERE_DECAY) for r, d in kept)
        back = _back_in_anki(ours, tmp_path)
    finally:
        ours.close()
    assert set(back) == set(truth)
    for front, (s, d, dr, decay) in truth.items():
        assert back[front] == (pytest.approx(s, rel=1e-3), pytest.approx(d, rel=1e-3), pytest.approx(dr),
                               pytest.approx(decay)), front


def test_an_answer_here_schedules_with_the_presets_retention_and_decay_and_undo_restores_ankis(
        studied, tmp_path: Path) -> None:
    truth, ours = studied
    try:
        with ours.write() as s:
            s.execute(update(Preset).values(desired_retention=HERE_RETENTION,
                                            parameters=[*DEFAULT_PARAMETERS[:20], HERE_DECAY]))
            card_id = s.scalar(select(Card.id).join(Note, Note.id == Card.note_id).where(Note.front == "q1"))
        study = Study(ours)
        log_id = study.answer(card_id, 3, 5000).log_id
        back = _back_in_anki(ours, tmp_path)
        assert back["q1"][2:] == (pytest.approx(HERE_RETENTION), pytest.approx(HERE_DECAY))
        assert back["q0"][2:] == (pytest.approx(THERE_RETENTION), pytest.approx(THERE_DECAY))  # not answered here
        study.take_back(log_id)
        with ours.read() as s:
            restored = s.execute(select(Card.desired_retention, Card.decay).where(Card.id == card_id)).one()
    finally:
        ours.close()
    assert tuple(restored) == (pytest.approx(THERE_RETENTION), pytest.approx(THERE_DECAY))
