"""Fixtures: a fresh Anki collection (Anki's own code) and a private temp dir."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import anki.collection  # noqa: F401  (must come before anki.cards)
import pytest
from anki.collection import Collection


@pytest.fixture
def anki_col(tmp_path: Path) -> Iterator[Collection]:
    folder = tmp_path / "anki-profile"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture
def isolated_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private temp dir for the code under test, to check it leaves nothing."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


@pytest.fixture(params=["markdownify", "html-to-markdown"])
def engine(request, monkeypatch):
    """Run a test with each HTML → markdown converter that is installed."""
    from srs.anki import html_to_md
    from srs.anki.md_engines import select_engine

    try:
        name, convert = select_engine(request.param)
    except ImportError:
        pytest.skip(f"{request.param} is not installed")
    monkeypatch.setattr(html_to_md, "ENGINE", name)
    monkeypatch.setattr(html_to_md, "_convert", convert)
    return name
