"""Card info: the card `srs show` prints, plus origin in words, interval and retrievability now."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from srs.service.card_info import card_info, origin_of
from srs.service.collection import Collection
from srs.service.reviewing import Study

from .test_search_card_actions import NOW, add


def test_a_reviewed_card_has_its_history_interval_and_a_falling_retrievability(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    (cid,) = add(col, "front")
    study = Study(col)
    study.answer(cid, 3, 4000, when=NOW - timedelta(days=8))
    study.answer(cid, 3, 6000, when=NOW - timedelta(days=4))
    info = card_info(col, cid)
    assert info is not None
    assert [a.duration_ms for a in info.history] == [4000, 6000] and [a.rating for a in info.history] == [3, 3]
    assert info.interval == info.view.due - info.view.last_review
    assert info.retrievability is not None and 0.5 < info.retrievability < 1
    monkeypatch.setenv("SRS_NOW", (NOW + timedelta(days=30)).isoformat())
    later = card_info(col, cid)
    assert later is not None and later.retrievability is not None and later.retrievability < info.retrievability


def test_a_new_card_and_a_missing_one(col: Collection) -> None:
    (cid,) = add(col, "front")
    info = card_info(col, cid)
    assert info is not None and info.history == [] and info.retrievability is None and info.interval is None
    assert card_info(col, 999) is None


def test_origin_in_words(col: Collection, tmp_path: Path) -> None:
    (cid,) = add(col, "front")
    view = card_info(col, cid).view  # type: ignore[union-attr]
    assert origin_of(replace(view, source=None)) == "no source file"
    assert origin_of(replace(view, source="bundled:aws-basics")) == "bundled deck aws-basics"
    assert origin_of(replace(view, source=str(tmp_path / "shared.apkg"))) == "Anki package shared.apkg"
    notes = replace(view, source=str(tmp_path / "notes" / "aws.md"), line=12)
    assert origin_of(notes, base=tmp_path) == "notes/aws.md:12"
    assert origin_of(notes, base=tmp_path / "elsewhere") == f"{tmp_path}/notes/aws.md:12"
