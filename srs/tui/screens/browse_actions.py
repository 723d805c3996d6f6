"""Browse's actions on the selection (the marked rows, or the row under the cursor when none is marked).

Every action is one call into ``srs.service.selection`` and one step for u (undo) and U (redo).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from srs.service.collection import normalize_deck_name
from srs.service.rescheduling import forget_cards, set_due_date
from srs.service.selection import (
    add_tags,
    clean_tags,
    deck_names,
    delete_selected,
    flag_cards,
    move_cards,
    redo,
    remove_tags,
    suspend_cards,
    undo,
)
from srs.tui.format import flag_label, one_line, plural
from srs.tui.jobs import run_db

if TYPE_CHECKING:
    from srs.core.due_dates import DueSpec
    from srs.service.selection import Change


class SelectionActions:
    """Mixed into BrowseScreen, which provides ``targets``, ``app``, ``search`` and ``keep_cursor``."""

    undo_stack: list[Change]
    redo_stack: list[Change]
    app: Any

    def targets(self) -> list[Any]:
        raise NotImplementedError

    def after_change(self) -> None:
        raise NotImplementedError

    def _what(self, rows: list[Any]) -> str:
        return f"“{one_line(rows[0].front, 40)}”" if len(rows) == 1 else plural(len(rows), "selected card")

    def _act(self, fn: Any, message: str) -> None:
        """Run one undoable change and remember it for u."""

        def done(change: Change) -> None:
            self.undo_stack.append(change)
            self.redo_stack.clear()
            self.app.notify(f"{message} (u undoes)", timeout=3)
            self.after_change()

        run_db(self, fn, done)  # type: ignore[arg-type]

    def action_toggle_suspend(self) -> None:
        rows = self.targets()
        if rows:
            value = not all(r.suspended for r in rows)  # as Anki: a mixed selection is suspended
            ids = [r.id for r in rows]
            self._act(lambda col: suspend_cards(col, ids, value),
                      f"{'Suspended' if value else 'Unsuspended'} {plural(len(ids), 'card')}.")

    def action_flag(self) -> None:
        from srs.tui.screens.flag import FlagScreen

        rows = self.targets()
        if not rows:
            return
        ids = [r.id for r in rows]

        def picked(flag: int | None) -> None:
            if flag is not None:
                self._act(lambda col: flag_cards(col, ids, flag),
                          f"Flag set to {flag_label(flag) or 'none'} on {plural(len(ids), 'card')}.")

        self.app.push_screen(FlagScreen(rows[0].flag if len(rows) == 1 else 0), picked)

    def action_delete(self) -> None:
        from srs.tui.screens.confirm import ConfirmScreen

        rows = self.targets()
        if not rows:
            return
        ids = [r.id for r in rows]

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._act(lambda col: delete_selected(col, ids), f"Deleted {plural(len(ids), 'card')}.")

        detail = (f"{one_line(rows[0].front, 60)}\n({rows[0].deck})" if len(rows) == 1 else
                  f"{plural(len(rows), 'card')} in {plural(len({r.deck for r in rows}), 'deck')}")
        self.app.push_screen(ConfirmScreen(f"Delete {self._what(rows)}?",
                                           detail + "\nTheir notes and review history go too; u undoes it."), confirmed)

    def action_forget(self) -> None:
        from srs.tui.screens.confirm import ConfirmScreen

        rows = self.targets()
        if not rows:
            return
        ids = [r.id for r in rows]

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._act(lambda col: forget_cards(col, ids), f"Reset {plural(len(ids), 'card')} to new.")

        self.app.push_screen(ConfirmScreen(f"Forget {self._what(rows)} (reset to new)?",
                                           "The memory state goes; the review history stays."), confirmed)

    def action_set_due(self) -> None:
        from srs.tui.screens.set_due import SetDueScreen

        rows = self.targets()
        if not rows:
            return
        ids = [r.id for r in rows]

        def picked(spec: DueSpec | None) -> None:
            if spec is not None:
                self._act(lambda col: set_due_date(col, ids, spec), f"Due date set: {spec} on {plural(len(ids), 'card')}.")

        self.app.push_screen(SetDueScreen(self._what(rows)), picked)

    def action_move(self) -> None:
        from srs.tui.screens.prompt import PromptScreen

        rows = self.targets()
        if not rows:
            return
        ids = [r.id for r in rows]

        def picked(deck: str | None) -> None:
            if deck:
                name = normalize_deck_name(deck)
                self._act(lambda col: move_cards(col, ids, name), f"Moved {plural(len(ids), 'card')} to {name}.")

        def ask(decks: list[str]) -> None:
            self.app.push_screen(PromptScreen(f"Move {self._what(rows)} to deck", "Deck::Subdeck (a new name creates it)",
                                              suggestions=decks, check=normalize_deck_name), picked)

        run_db(self, deck_names, ask)  # type: ignore[arg-type]

    def _tags(self, adding: bool) -> None:
        from srs.tui.screens.prompt import PromptScreen

        rows = self.targets()
        if not rows:
            return
        ids = [r.id for r in rows]
        edit = add_tags if adding else remove_tags

        def picked(text: str | None) -> None:
            if text:
                tags = clean_tags(text)
                verb = "Added" if adding else "Removed"
                self._act(lambda col: edit(col, ids, tags), f"{verb} {' '.join(tags)} on {plural(len(ids), 'card')}.")

        have = sorted({t for r in rows for t in r.tags}) if not adding else []
        self.app.push_screen(PromptScreen(f"{'Add tags to' if adding else 'Remove tags from'} {self._what(rows)}",
                                          "tags, separated by spaces", suggestions=have, check=clean_tags), picked)

    def action_add_tags(self) -> None:
        self._tags(True)

    def action_remove_tags(self) -> None:
        self._tags(False)

    def _step(self, take: list[Change], give: list[Change], fn: Any, verb: str) -> None:
        """Undo (or redo) the newest change of ``take``; it moves to ``give`` once the database has it."""
        if not take:
            self.app.notify(f"Nothing to {verb} here.", timeout=3)
            return
        change = take.pop()

        def done(_n: int) -> None:
            give.append(change)
            self.app.notify(f"{dict(undo='Undone', redo='Redone')[verb]}: {change.action}.", timeout=3)
            self.after_change()

        def failed(msg: str) -> None:
            take.append(change)
            self.app.notify(msg)

        run_db(self, lambda col: fn(col, change), done, failed=failed)  # type: ignore[arg-type]

    def action_undo(self) -> None:
        self._step(self.undo_stack, self.redo_stack, undo, "undo")

    def action_redo(self) -> None:
        self._step(self.redo_stack, self.undo_stack, redo, "redo")

