"""`srs cards` and `srs decks` write their tables without rendering them through rich when nothing is styled:
the lines must be the ones rich prints, byte for byte, or rich prints them."""

from __future__ import annotations

import io
import random
import string
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from srs.cli import main
from srs.cli.output import LazyConsole, plain_table
from tests.cli.test_cold_start import studied


def rich_lines(heads: list[str], rows: list[list[str]], right: set[int], widths: list[int] | None) -> str:
    out = io.StringIO()
    table = Table(box=None, pad_edge=False)
    for i, head in enumerate(heads):  # as `srs decks` (no widths) and `srs cards` (widths) make them
        justify = "right" if i in right else "left"
        if widths is None:
            table.add_column(head, justify=justify)
        else:
            table.add_column(head, justify=justify, no_wrap=True, overflow="ellipsis", width=widths[i])
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    Console(file=out, width=1000, highlight=False, soft_wrap=False, color_system=None).print(table)
    return out.getvalue()


def test_the_plain_lines_are_the_lines_rich_prints() -> None:
    rng = random.Random(22)
    letters = string.ascii_letters + string.digits + string.punctuation + " " + "éß→—“”€…ü"  # one cell each
    for _ in range(200):
        n = rng.randint(1, 6)
        heads = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 8))) for _ in range(n)]
        words = ["".join(rng.choices(letters, k=rng.choice([0, 1, 3, 10, 40]))).rstrip() for _ in range(n * 12)]
        words = [" " * rng.choice([0, 0, 2, 4]) + w if w else w for w in words]  # indented as subdecks are
        rows = [words[i * n:(i + 1) * n] for i in range(rng.randint(1, 12))]
        right = {i for i in range(n) if rng.random() < 0.4}
        widths = None if rng.random() < 0.5 else [rng.randint(max(2, len(h)), 30) for h in heads]
        lines = plain_table(heads, rows, right, widths)
        assert lines is not None
        assert "\n".join(lines) + "\n" == rich_lines(heads, rows, right, widths), (heads, rows, right, widths)


def test_a_cell_rich_measures_itself_is_left_to_rich() -> None:
    assert plain_table(["deck"], [["日本語"]], set()) is None  # wide characters: two cells each on screen
    assert plain_table(["deck"], [["cafe\u0301"]], set()) is None  # a combining accent: no cell of its own
    assert plain_table(["deck"], [["zero\u200bwidth"]], set()) is None
    assert plain_table(["deck"], [["a" * 2000]], set()) is None  # wider than the console: rich squeezes it
    assert plain_table(["deck"], [["ends in a space "]], set()) is None
    assert plain_table(["deck", "n"], [["plain", "1"]], {1}) == ["deck   n", "plain  1"]


@pytest.mark.parametrize("args", [["stats"], ["decks"], ["cards"], ["cards", "--limit", "3"], ["cards", "is:due", "--order", "front"],
                                  ["db", "path"]])
def test_the_commands_print_the_same_bytes_with_and_without_rich(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    db = tmp_path / "c.db"
    studied(db).close()
    assert main(["--db", str(db), *args]) == 0
    plain = capsys.readouterr().out
    monkeypatch.setattr(LazyConsole, "plain", property(lambda self: False))  # as at a terminal: through rich
    assert main(["--db", str(db), *args]) == 0
    assert capsys.readouterr().out == plain and plain.count("\n") >= 2
