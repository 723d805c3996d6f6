"""The row of buttons under a card: "show answer", then the four ratings with their intervals."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button
from textual.widgets.button import ButtonVariant

from srs.core.consts import RATING_NAMES

VARIANTS: dict[int, ButtonVariant] = {1: "error", 2: "warning", 3: "success", 4: "primary"}


class AnswerBar(Horizontal):
    """Buttons never take focus: keys belong to the review screen."""

    class Rated(Message):
        def __init__(self, rating: int) -> None:
            super().__init__()
            self.rating = rating

    class RevealPressed(Message):
        pass

    def compose(self) -> ComposeResult:
        reveal = Button("Space  show answer", id="reveal", variant="default")
        reveal.can_focus = False
        yield reveal
        for rating, name in RATING_NAMES.items():
            button = Button(f"{rating} {name}", id=f"rate-{rating}", variant=VARIANTS[rating], classes="rate")
            button.can_focus = False
            yield button

    def show_front(self) -> None:
        self._show(revealed=False)

    def show_back(self, previews: dict[int, str]) -> None:
        for rating, name in RATING_NAMES.items():
            label = f"{rating} {name} {previews.get(rating, '')}".rstrip()
            self.query_one(f"#rate-{rating}", Button).label = label
        self._show(revealed=True)

    def _show(self, *, revealed: bool) -> None:
        """Each button's own ``display``, not a class on the bar: a class change re-matches the stylesheet
        against every button (about 5 ms a card at 100k cards, on the UI thread), a display change does not."""
        self.query_one("#reveal", Button).display = not revealed
        for button in self.query(".rate").results(Button):
            button.display = revealed

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "reveal":
            self.post_message(self.RevealPressed())
        elif event.button.id and event.button.id.startswith("rate-"):
            self.post_message(self.Rated(int(event.button.id.removeprefix("rate-"))))
