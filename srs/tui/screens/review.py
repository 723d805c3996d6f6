"""Review: the card's context, the front, Space for the back, 1–4 to answer."""

from __future__ import annotations

import gc
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Label

from srs.tui.format import flag_label
from srs.tui.images import view_image
from srs.tui.jobs import run_db
from srs.tui.screens.note_editor import edit_card
from srs.tui.typed_app import srs_app
from srs.tui.widgets.answer_bar import AnswerBar
from srs.tui.widgets.card_pane import CardPane
from srs.tui.widgets.key_footer import KeyFooter
from srs.tui.widgets.session_bar import SessionBar

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from srs.service import Collection
    from srs.service.card_media import CardImage
    from srs.service.session import ReviewSession, Shown


_frozen: list[bool] = []


def _freeze_start_up() -> None:
    """Once a process has drawn its first card, what is alive then (libraries, the collection, this screen) goes
    out of the garbage collector's reach (``gc.freeze``): a full collection over it took 65 ms at 100k cards,
    on the UI thread, whenever one fell during an answer; afterwards it walks only what came later."""
    if not _frozen:
        _frozen.append(True)
        gc.freeze()


class ReviewScreen(Screen[None]):
    SCREEN_NAME = "Review"
    BINDINGS = [
        Binding("space,enter", "reveal", "Show answer"),
        Binding("space,enter", "rate(3)", "Good"),
        Binding("1", "rate(1)", "Again", show=False),
        Binding("2", "rate(2)", "Hard", show=False),
        Binding("3", "rate(3)", "Good", show=False),
        Binding("4", "rate(4)", "Easy", show=False),
        Binding("u", "undo", "Undo"),
        Binding("U", "redo", "Redo"),
        Binding("s", "suspend", "Suspend"),
        Binding("b", "bury", "Bury"),
        Binding("f", "flag", "Flag"),
        Binding("e", "edit", "Edit"),
        Binding("i", "info", "Card info", show=False),
        # not in the footer (at 80 columns it would push "esc End" off): each image's placeholder says "press v"
        Binding("v", "view_image", "Open image", show=False),
        Binding("question_mark", "app.help", "Help"),
        Binding("escape,q", "end", "End"),
    ]
    HELP = (
        "Space or Enter shows the answer; after that, Space or Enter also answers Good.\n"
        "1 Again · 2 Hard · 3 Good · 4 Easy — each button shows when you will see the card next.\n"
        "Arrow keys and Page Up/Down scroll a long card.\n"
        "u undoes the last answer (or suspend/bury/flag) and shows that card again, front first;\n"
        "U (Shift+u) redoes what you undid: the same answer, at the same time.\n"
        "e edits the note: its source file in $EDITOR at its line (then re-imported), or, for a bundled or\n"
        "Anki card, the in-app editor (Ctrl+S saves your version; u undoes it). The card keeps its history.\n"
        "v opens the card's image in the system viewer (v again: the next one); after Space, the back's first.\n"
        "i shows card info: both sides, source, schedule, memory and review history (Esc comes back).\n"
        "Esc or q ends the session with a summary."
    )

    def __init__(self, deck: str | None = None, search: str | None = None) -> None:
        super().__init__()
        self.deck = deck
        self.search = search  # custom study: the cards of this search (srs.service.custom_study)
        self.session: ReviewSession | None = None
        self.shown: Shown | None = None
        self.revealed = False
        self.busy = True
        self.shown_at = 0.0
        self.images: list[CardImage] = []  # the card's, front then back (srs.service.card_media)
        self.image_turn = 0  # which one `v` opens next

    def compose(self) -> ComposeResult:
        with Horizontal(id="review-top"):
            yield Label("Preparing today's cards…", id="context")
            yield Label("", id="flag")
        yield SessionBar(id="session-bar")
        yield CardPane(id="card")
        yield Label("", id="status")
        yield AnswerBar(id="answers")
        yield KeyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        for pane in self.query(CardPane):  # none if the app quit while this screen mounted
            pane.focus()

        clock = srs_app(self).clock

        def start(col: Collection) -> Shown:
            from srs.service.session import ReviewSession

            self.session = ReviewSession(col, self.deck, clock=clock, search=self.search)
            return self.session.start(count=False)

        run_db(self, start, self.present, failed=self.start_failed)

    def start_failed(self, message: str) -> None:
        self.busy = False
        self.query_one("#context", Label).update(Text(message))

    # -- drawing ---------------------------------------------------------------
    def present(self, shown: Shown) -> None:
        self.shown = shown
        self.busy = False
        self.query_one("#status", Label).update(Text(shown.message))
        card = shown.card
        if shown.counted or card is None:
            self.query_one(SessionBar).show(shown.reviewed, shown.new, shown.learning, shown.review)
        else:
            self.query_one(SessionBar).show_done(shown.reviewed)
            self.call_after_refresh(self.recount)  # after the card is painted
        if card is None:
            self.finish()
            return
        self.revealed = False
        self.refresh_bindings()
        self.query_one("#context", Label).update(Text(card.context))  # "arr[i]": text, not markup
        self.query_one("#flag", Label).update(flag_label(card.flag))
        self.query_one(AnswerBar).show_front()
        from srs.service.card_media import card_images

        self.images, self.image_turn = card_images(srs_app(self).collection.media_dir, card.front, card.back), 0
        self.query_one(CardPane).show(card.front, card.back, self.images, pictures=srs_app(self).inline_images)
        self.shown_at = srs_app(self).clock()
        if not _frozen:
            self.call_after_refresh(_freeze_start_up)

    def recount(self) -> None:
        """Counts of what is left, computed after the card is on screen (they cost a query)."""
        session = self.session
        if session is None:
            return

        def counted(shown: Shown) -> None:
            if self.shown is not None and shown.card is self.shown.card:
                self.shown = replace(shown, message=self.shown.message)
                self.query_one(SessionBar).show(shown.reviewed, shown.new, shown.learning, shown.review)

        run_db(self, lambda _col: session.recount(), counted, group="recount", exclusive=True)

    def _step(self, fn: Callable[[ReviewSession], Shown]) -> None:
        """Run one session step in a worker; keys are ignored until it is drawn."""
        if self.busy or self.session is None:
            return
        self.busy = True
        session = self.session

        def failed(message: str) -> None:
            self.busy = False
            self.query_one("#status", Label).update(Text(message))

        run_db(self, lambda _col: fn(session), self.present, failed=failed)

    @property
    def card_on_screen(self) -> bool:
        return not self.busy and self.shown is not None and self.shown.card is not None

    # -- actions ---------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Space shows the answer until it is shown, then answers Good: the footer names the one it does now."""
        if action == "reveal":
            return not self.revealed
        if action == "rate" and parameters == (3,):
            return self.revealed
        if action == "view_image":
            return bool(self.visible_images)
        return True

    def action_reveal(self) -> None:
        if not self.card_on_screen or self.shown is None or self.shown.card is None:
            return
        if self.revealed:
            self.action_rate(3)
            return
        self.revealed = True
        self.image_turn = sum(1 for image in self.images if image.side == "front")  # v next: the back's first
        self.refresh_bindings()
        self.query_one("#status", Label).update("")  # a message about the last step is read by now
        self.query_one(AnswerBar).show_back(self.shown.card.previews)
        self.query_one(CardPane).reveal()

    @property
    def visible_images(self) -> list[CardImage]:
        """The images on screen: the front's, and the back's once it is shown (v never gives the answer away)."""
        return self.images if self.revealed else [i for i in self.images if i.side == "front"]

    def action_view_image(self) -> None:
        if self.card_on_screen:
            message = view_image(srs_app(self).viewer, self.visible_images, self.image_turn)
            self.image_turn += 1
            self.query_one("#status", Label).update(Text(message))

    def action_rate(self, rating: int) -> None:
        if not self.card_on_screen or not self.revealed:
            return
        ms = (srs_app(self).clock() - self.shown_at) * 1000
        self._step(lambda s: s.answer(rating, ms, count=False))

    def action_undo(self) -> None:
        self._step(lambda s: s.undo())

    def action_redo(self) -> None:
        self._step(lambda s: s.redo())

    def action_suspend(self) -> None:
        if self.card_on_screen:
            self._step(lambda s: s.suspend())

    def action_bury(self) -> None:
        if self.card_on_screen:
            self._step(lambda s: s.bury())

    def action_flag(self) -> None:
        from srs.tui.screens.flag import FlagScreen

        if self.card_on_screen and self.shown is not None and self.shown.card is not None:
            self.app.push_screen(FlagScreen(self.shown.card.flag), self._flagged)

    def _flagged(self, flag: int | None) -> None:
        if flag is not None:
            self._step(lambda s: s.flag(flag))

    def action_edit(self) -> None:
        if not self.card_on_screen or self.shown is None or self.shown.card is None:
            return
        session = self.session
        if session is None:
            return

        def file_edited(path: Path, before: str | None) -> None:
            self._step(lambda s: s.reimport(path, before))

        edit_card(self, self.shown.card, save=lambda _col, front, back: session.edit(front, back),
                  settle=lambda _col, keep: session.settle(keep), saved=self.present,
                  file_edited=file_edited, failed=self.query_one("#status", Label).update)

    def action_info(self) -> None:
        from srs.tui.screens.card_info import CardInfoScreen

        if self.card_on_screen and self.shown is not None and self.shown.card is not None:
            self.app.push_screen(CardInfoScreen(self.shown.card.id))

    def on_answer_bar_reveal_pressed(self) -> None:
        self.action_reveal()

    def on_answer_bar_rated(self, message: AnswerBar.Rated) -> None:
        self.action_rate(message.rating)

    def action_end(self) -> None:
        if self.session is None:  # still preparing (or failed): nothing to sum up
            srs_app(self).go_home()
            return
        if not self.busy:
            self.finish()

    def finish(self) -> None:
        from srs.tui.screens.summary import SummaryScreen

        self.busy = True
        self.app.switch_screen(SummaryScreen(self.session, f"search {self.search}" if self.search else self.deck))
