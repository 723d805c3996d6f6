"""Snapshots of the deck options screen and the custom study dialog at 80×24, 120×40 and 40×12 (issue 19).

Fixed clock and data (SRS_NOW, tests/tui/tui_data.py); the workload estimate is seeded. Update with
``pytest tests/tui/test_tui_deck_options_snapshots.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import pytest

from srs.service.collection import Collection

from .helpers import make_app
from .test_tui_snapshots import keys

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40"), pytest.param((40, 12), id="40x12")]


@pytest.mark.parametrize("size", SIZES)
def test_deck_options(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys("down", "o"))


@pytest.mark.parametrize("size", SIZES)
def test_custom_study(snap_compare, col: Collection, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(col), terminal_size=size, run_before=keys("down", "c"))
