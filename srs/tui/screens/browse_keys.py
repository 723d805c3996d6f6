"""Browse's keys and help text: the bindings, what each does, the columns and the search syntax."""

from __future__ import annotations

from textual.binding import Binding, BindingType

COLUMN_HELP = (
    "Columns: ✓ marked · Due date · Ivl interval · Diff FSRS difficulty (1–10) · Laps lapses · State new/learn/"
    "review/relearn, or susp./buried · ⚑ flag number · Deck (full path) · Front. Narrow windows drop some."
)
SYNTAX = (
    "deck:NAME (and its subdecks; * wildcards)  tag:NAME  is:due|new|learn|review|suspended|buried  flag:1\n"
    "kind:cloze  source:file.md  prop:ivl>=10  prop:lapses>2  prop:d>7  rated:7  added:3  \"a phrase\"  word*\n"
    "-negate  a OR b  ( … )"
)

BROWSE_BINDINGS: list[BindingType] = [
    Binding("escape", "back", "Back"),
    Binding("slash", "focus_search", "Search"),
    Binding("space", "mark", "Mark"),
    Binding("a", "mark_all", "Mark all/none", show=False),
    Binding("o", "cycle_order", "Sort"),
    Binding("enter", "info", "Card info", show=False),
    Binding("e", "edit", "Edit", show=False),
    Binding("r", "reverse", "Reverse", show=False),
    Binding("p", "focus_preview", "Preview", show=False),
    Binding("s", "toggle_suspend", "Suspend"),
    Binding("f", "flag", "Flag"),
    Binding("d,delete", "delete", "Delete"),
    Binding("m", "move", "Move to deck", show=False),
    Binding("plus", "add_tags", "Add tags", show=False, key_display="+"),
    Binding("minus", "remove_tags", "Remove tags", show=False, key_display="-"),
    Binding("n", "forget", "Forget (reset to new)", show=False),
    Binding("t", "set_due", "Set due date", show=False),
    Binding("R", "reposition", "Reposition new cards", show=False),
    Binding("u", "undo", "Undo", show=False),
    Binding("U", "redo", "Redo", show=False),
    Binding("c", "study_these", "Study these", show=False),
    Binding("v", "view_image", "Open image", show=False),
    Binding("question_mark", "app.help", "Help"),
]
BROWSE_HELP = (
    "Type a search and press Enter (or wait a moment); Down or Tab moves to the results.\n"
    "o changes the sort (due, front, deck, difficulty, lapses, interval, reps, added), r reverses it;\n"
    "clicking a column header sorts by it. Enter on a row opens card info (Esc comes back).\n"
    "e edits the note of the row under the cursor ($EDITOR, or the in-app editor), marked or not.\n"
    "Space marks a row (a marks all, or none); the actions below apply to the marked rows,\n"
    "or to the row under the cursor when none is marked:\n"
    "s suspend/unsuspend · f flag · d delete · m move to deck · + add tags · - remove tags\n"
    "n forget (reset to new; the history stays) · t set due date (0 today, 1! tomorrow with the\n"
    "interval reset, 3-7 a day in that range) · R reposition new cards (start, step, 'shift': 0 1 shift).\n"
    "u undoes the last action (delete too), U redoes it.\n"
    "p (or Tab) focuses the preview, where Up/Down/PgUp/PgDn scroll the whole card.\n"
    "c studies these: a custom study session of the cards of this search (like an Anki filtered deck).\n"
    "v opens the previewed card's image in the system viewer (v again: the next one).\n"
    + COLUMN_HELP + "\n\nSearch syntax:\n" + SYNTAX
)
