"""The app's import summary says what the CLI says: skipped lines, suggestions held back, warnings."""

from __future__ import annotations

from srs.service.importing import import_paths
from srs.tui.screens.import_dialog import report_text


def test_summary_shows_skipped_lines_suggestions_and_warnings(col, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Plan\n\n- [ ] read chapter 3\n\n## Scale\n\n- How many users will there be?\n\n"
                    "Q: What is a write-ahead log?\n", encoding="utf-8")
    text = report_text(import_paths(col, [path]))
    assert "1 file: 1 new" in text
    assert "2 lines skipped" in text and "1 suggestion held back" in text
    assert "! notes.md: line 9: Q: without A:" in text
