"""Browse's actions on the selection (the marked rows, or the row under the cursor when none is marked).

Every action is one call into ``srs.service.selection`` and one step for u (undo) and U (redo).
The actions are mixed into BrowseScreen; what they use of it is the ``SelectionHost`` Protocol
(each action's ``self``), so mypy checks both the actions and the screen (srs.tui.screens.browse).
Most actions ask first (a confirmation, a flag, a date, a deck, tags): ``_ask_then_act`` is that
pattern once, the answer turned into an ``Undoable`` change or into nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from srs.service.collection import normalize_deck_name
from srs.service.rescheduling import forget_cards, parse_reposition, reposition_new, set_due_date
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

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from srs.core.due_dates import DueSpec
    from srs.service import Collection
    from srs.service.search import CardRow
    from srs.service.selection import Change

T = TypeVar("T")
R = TypeVar("R")


class SelectionHost(Protocol):
    """What the actions use of the screen they act for (BrowseScreen)."""

    undo_stack: list[Change]  # newest last
    redo_stack: list[Change]

    @property
    def app(self) -> App[Any]: ...

    def targets(self) -> list[CardRow]:
        """The rows an action applies to (empty: nothing to do; the screen has said why)."""
        ...

    def after_change(self) -> None:
        """Show the database as it is after a change."""
        ...

    def db_job(self, fn: Callable[[Collection], T], done: Callable[[T], object], *,
               failed: Callable[[str], object] | None = None) -> object:
        """``fn`` on the collection off the event loop, ``done`` with its result (srs.tui.jobs.run_db)."""
        ...


class Undoable(NamedTuple):
    """One change to the collection that u can undo, and what to tell the user once it is made."""

    job: Callable[[Collection], Change]
    message: str


def _what(rows: list[CardRow]) -> str:
    return f"“{one_line(rows[0].front, 40)}”" if len(rows) == 1 else plural(len(rows), "selected card")


def _cards(ids: list[int]) -> str:
    return plural(len(ids), "card")


def _act(host: SelectionHost, change: Undoable) -> None:
    """Run one undoable change and remember it for u."""

    def done(made: Change) -> None:
        host.undo_stack.append(made)
        host.redo_stack.clear()
        host.app.notify(f"{change.message} (u undoes)", timeout=3, markup=False)
        host.after_change()

    host.db_job(change.job, done)


def _ask_then_act(host: SelectionHost, dialog: Screen[R | None] | Screen[R], act: Callable[[R], Undoable | None]) -> None:
    """Show ``dialog``; its answer (not a dismissal) becomes the change ``act`` makes of it, if any."""

    def answered(answer: R | None) -> None:
        change = None if answer is None else act(answer)
        if change is not None:
            _act(host, change)

    host.app.push_screen(dialog, answered)


class SelectionActions:
    """Mixed into BrowseScreen: the key bindings' ``action_*`` methods (each one's ``self`` is a SelectionHost)."""

    def action_toggle_suspend(self: SelectionHost) -> None:
        rows = self.targets()
        if rows:
            value = not all(r.suspended for r in rows)  # as Anki: a mixed selection is suspended
            ids = [r.id for r in rows]
            _act(self, Undoable(lambda col: suspend_cards(col, ids, value),
                                f"{'Suspended' if value else 'Unsuspended'} {_cards(ids)}."))

    def action_flag(self: SelectionHost) -> None:
        from srs.tui.screens.flag import FlagScreen

        rows = self.targets()
        if rows:
            ids = [r.id for r in rows]

            def flagged(flag: int) -> Undoable:
                return Undoable(lambda col: flag_cards(col, ids, flag),
                                f"Flag set to {flag_label(flag) or 'none'} on {_cards(ids)}.")

            _ask_then_act(self, FlagScreen(rows[0].flag if len(rows) == 1 else 0), flagged)

    def action_delete(self: SelectionHost) -> None:
        from srs.tui.screens.confirm import ConfirmScreen

        rows = self.targets()
        if rows:
            ids = [r.id for r in rows]
            detail = (f"{one_line(rows[0].front, 60)}\n({rows[0].deck})" if len(rows) == 1 else
                      f"{_cards(ids)} in {plural(len({r.deck for r in rows}), 'deck')}")
            dialog = ConfirmScreen(f"Delete {_what(rows)}?", detail + "\nTheir notes and review history go too; u undoes it.")
            _ask_then_act(self, dialog, lambda yes: Undoable(
                lambda col: delete_selected(col, ids), f"Deleted {_cards(ids)}.") if yes else None)

    def action_forget(self: SelectionHost) -> None:
        from srs.tui.screens.confirm import ConfirmScreen

        rows = self.targets()
        if rows:
            ids = [r.id for r in rows]
            dialog = ConfirmScreen(f"Forget {_what(rows)} (reset to new)?", "The memory state goes; the review history stays.")
            _ask_then_act(self, dialog, lambda yes: Undoable(
                lambda col: forget_cards(col, ids), f"Reset {_cards(ids)} to new.") if yes else None)

    def action_set_due(self: SelectionHost) -> None:
        from srs.tui.screens.set_due import SetDueScreen

        rows = self.targets()
        if rows:
            ids = [r.id for r in rows]

            def due(spec: DueSpec) -> Undoable:
                return Undoable(lambda col: set_due_date(col, ids, spec), f"Due date set: {spec} on {_cards(ids)}.")

            _ask_then_act(self, SetDueScreen(_what(rows)), due)

    def action_reposition(self: SelectionHost) -> None:
        from srs.tui.screens.prompt import PromptScreen

        rows = self.targets()
        if rows:
            ids = [r.id for r in rows]

            def placed(text: str) -> Undoable | None:
                if not text.strip():
                    return None
                start, step, shift = parse_reposition(text)
                return Undoable(lambda col: reposition_new(col, ids, start, step, shift=shift),
                                f"New cards of {_cards(ids)} put at position {start}" + (", the others shifted." if shift else "."))

            _ask_then_act(self, PromptScreen(f"Reposition the new cards of {_what(rows)}",
                                             "start [step] [shift], e.g. 0 · 10 5 · 0 1 shift", check=parse_reposition), placed)

    def action_move(self: SelectionHost) -> None:
        from srs.tui.screens.prompt import PromptScreen

        rows = self.targets()
        if not rows:
            return
        ids = [r.id for r in rows]

        def moved(deck: str) -> Undoable | None:
            if not deck:
                return None
            name = normalize_deck_name(deck)
            return Undoable(lambda col: move_cards(col, ids, name), f"Moved {_cards(ids)} to {name}.")

        def ask(decks: list[str]) -> None:
            _ask_then_act(self, PromptScreen(f"Move {_what(rows)} to deck", "Deck::Subdeck (a new name creates it)",
                                             suggestions=decks, check=normalize_deck_name), moved)

        self.db_job(deck_names, ask)

    def action_add_tags(self: SelectionHost) -> None:
        _tags(self, True)

    def action_remove_tags(self: SelectionHost) -> None:
        _tags(self, False)

    def action_undo(self: SelectionHost) -> None:
        _step(self, self.undo_stack, self.redo_stack, undo, "undo")

    def action_redo(self: SelectionHost) -> None:
        _step(self, self.redo_stack, self.undo_stack, redo, "redo")


def _tags(host: SelectionHost, adding: bool) -> None:
    from srs.tui.screens.prompt import PromptScreen

    rows = host.targets()
    if not rows:
        return
    ids = [r.id for r in rows]
    edit = add_tags if adding else remove_tags

    def tagged(text: str) -> Undoable | None:
        if not text:
            return None
        tags = clean_tags(text)
        verb = "Added" if adding else "Removed"
        return Undoable(lambda col: edit(col, ids, tags), f"{verb} {' '.join(tags)} on {_cards(ids)}.")

    have = sorted({t for r in rows for t in r.tags}) if not adding else []
    _ask_then_act(host, PromptScreen(f"{'Add tags to' if adding else 'Remove tags from'} {_what(rows)}",
                                     "tags, separated by spaces", suggestions=have, check=clean_tags), tagged)


def _step(host: SelectionHost, take: list[Change], give: list[Change], fn: Callable[[Collection, Change], int],
          verb: str) -> None:
    """Undo (or redo) the newest change of ``take``; it moves to ``give`` once the database has it."""
    if not take:
        host.app.notify(f"Nothing to {verb} here.", timeout=3)
        return
    change = take.pop()

    def done(_n: int) -> None:
        give.append(change)
        host.app.notify(f"{dict(undo='Undone', redo='Redone')[verb]}: {change.action}.", timeout=3, markup=False)
        host.after_change()

    def failed(msg: str) -> None:
        take.append(change)
        host.app.notify(msg, markup=False)

    host.db_job(lambda col: fn(col, change), done, failed=failed)
