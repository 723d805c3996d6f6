"""Pure parts: formatting, plots, the editor command line, what can be edited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from srs.service.cards_view import CardView
from srs.tui.editor import command_for, editable_path
from srs.tui.format import duration, flag_label, interval_label, percent, until
from srs.tui.screens.stats import forecast_numbers, heatmap_numbers
from srs.tui.widgets.bar_chart import columns
from srs.tui.widgets.heatmap import level, levels

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_until_and_duration() -> None:
    assert until(None, NOW) == "—"
    assert until(NOW + timedelta(seconds=30), NOW) == "now"
    assert until(NOW + timedelta(minutes=9), NOW) == "in 9m"
    assert until(NOW + timedelta(hours=3), NOW) == "in 3h"
    assert until(NOW + timedelta(hours=3, minutes=5), NOW) == "in 3h 5m"
    assert until(NOW + timedelta(days=2, hours=4), NOW) == "in 2d 4h"
    assert duration(42) == "42 s" and duration(185) == "3 min" and duration(3900) == "1 h 05 min"
    assert percent(None) == "—" and percent(0.125) == "12%"
    assert interval_label(None) == "—" and interval_label(12) == "12d" and interval_label(400) == "1.1y"


def test_flags_are_words_not_just_colours() -> None:
    assert flag_label(0) == ""
    assert flag_label(1) == "⚑1 red"


def test_heatmap_levels() -> None:
    counts = {f"2026-02-{d:02d}": d for d in range(1, 21)}
    bounds = levels(counts)
    assert bounds == sorted(bounds) and len(set(bounds)) == 3
    assert level(0, bounds) == 0 and level(1, bounds) == 1 and level(20, bounds) == 4
    assert levels({}) == [1, 2, 3]
    assert heatmap_numbers({"2026-03-01": 4, "2026-03-02": 6}) == (
        "10 reviews · 2 days studied · best day 6 · average 5 on days studied"
    )


def test_heatmap_legend_is_quantiles_of_the_data() -> None:
    from datetime import date

    from srs.tui.widgets.heatmap import Heatmap

    spread = {f"2026-02-{d:02d}": v for d, v in enumerate([1, 2, 3, 5, 6, 8, 10, 12, 13, 20, 25, 30, 31, 40, 60], 1)}
    assert Heatmap(spread, date(2026, 3, 1)).legend() == "· 0  ░ 1–5  ▒ 6–12  ▓ 13–30  █ 31+"
    steady = {f"2026-02-{d:02d}": 30 + d % 3 for d in range(1, 29)}  # about 30 a day: the quartiles do not spread
    legend = Heatmap(steady, date(2026, 3, 1)).legend()
    assert legend == "· 0  ░ 1–8  ▒ 9–16  ▓ 17–24  █ 25+"  # not "1–30 · 31 · 32 · 33+"


def test_bar_columns_use_eighths() -> None:
    cols = columns([0, 4, 8, 1], rows=2)
    assert cols[0] == "  "  # nothing due: an empty column
    assert cols[2] == "██"  # the largest value fills the column
    assert cols[1] == " █"  # half of it: the bottom row
    assert cols[3].strip() != ""  # a small value still shows
    text = forecast_numbers([2, 0, 1] + [0] * 27)
    assert text.startswith("today 2 · tomorrow 0 · next 7 days 3 · next 30 days 3")


def test_editor_command_goes_to_the_line() -> None:
    p = Path("/notes/a.md")
    assert command_for(p, 12, ["vim"]) == ["vim", "+12", "/notes/a.md"]
    assert command_for(p, 12, ["/usr/bin/nano"]) == ["/usr/bin/nano", "+12", "/notes/a.md"]
    assert command_for(p, 12, ["hx"]) == ["hx", "/notes/a.md:12"]
    assert command_for(p, 12, ["code"]) == ["code", "--wait", "-g", "/notes/a.md:12"]
    assert command_for(p, 12, ["ed"]) == ["ed", "/notes/a.md"]


def view(source: str | None) -> CardView:
    return CardView(
        id=1, note_id=1, deck="D", context="D", front="f", back="b", kind="qa", rule="r", state=0, due=NOW,
        reps=0, lapses=0, flag=0, suspended=False, tags=[], source=source, line=3,
    )


def test_what_can_be_edited(tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    notes.write_text("a :: b\n")
    assert editable_path(view(str(notes))) == (notes, "")
    path, why = editable_path(view("bundled:stride.md"))
    assert path is None and "bundled cards can't be edited" in why
    path, why = editable_path(view(None))
    assert path is None and "no source file" in why
    path, why = editable_path(view(str(tmp_path / "deck.apkg")))
    assert path is None and "deck.apkg" in why
    path, why = editable_path(view(str(tmp_path / "gone.md")))
    assert path is None and "gone" in why

