"""Deck options (``o`` on the deck list): the preset a deck uses, its limits, steps, retention, leech and
bury settings, and the FSRS workload estimate of the desired retention. The same use case as
`srs deck options DECK --set key=value` (srs.service.deck_options); Ctrl+S saves all changes or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static

from srs.core.deck_options import OPTIONS, PRESET_KEY
from srs.core.printable import printable
from srs.tui.jobs import run_db

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.service.deck_options import DeckOptions, Workload


class DeckOptionsScreen(Screen[None]):
    SCREEN_NAME = "Deck options"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "back", "Back"),
        Binding("question_mark", "app.help", "Help", show=False),
    ]
    HELP = (
        "The options of the preset this deck uses; every deck on that preset shares them.\n"
        "Tab/Shift+Tab move between fields; Enter or Ctrl+S saves every change (or none, if one is wrong).\n"
        "Preset: type another preset's name to move this deck to it, or a new name to copy this one.\n"
        "Steps: 1m 10m (s, m, h, d) · Leech action: suspend or tag · Bury siblings: on or off.\n"
        "The workload estimate is FSRS's simulator over a year: reviews per day at each desired retention.\n"
        "Esc goes back without saving."
    )
    DEFAULT_CSS = """
    DeckOptionsScreen #options-title { text-style: bold; padding: 0 1; width: 100%; height: 1; text-overflow: ellipsis; }
    DeckOptionsScreen #options-message { padding: 0 1; width: 100%; color: $text-success; }
    DeckOptionsScreen #options-message.-error { color: $text-error; }
    DeckOptionsScreen #options-form { height: 1fr; padding: 0 1; }
    DeckOptionsScreen .option-row { height: 1; }
    DeckOptionsScreen .option-label { width: 27; text-wrap: nowrap; text-overflow: ellipsis; }
    DeckOptionsScreen .option-row Input { width: 18; }
    DeckOptionsScreen .option-hint { width: 1fr; padding: 0 0 0 2; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis; }
    DeckOptionsScreen.-narrow .option-label { width: 1fr; }
    DeckOptionsScreen.-narrow .option-row Input { width: 14; }
    DeckOptionsScreen.-narrow .option-hint { display: none; }
    DeckOptionsScreen #options-workload { padding: 1 0 0 0; }
    """
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]  # below 70 columns the hints give way to the values

    def __init__(self, deck: str) -> None:
        super().__init__()
        self.deck = deck
        self.options: DeckOptions | None = None

    def compose(self) -> ComposeResult:
        yield Label(f"Options — {printable(self.deck, lines=False)}", id="options-title", markup=False)
        yield Label("", id="options-message")
        with VerticalScroll(id="options-form"):
            for key, label, hint in [(PRESET_KEY, "Preset", "a new name copies it"),
                                     *((o.key, o.label, o.help) for o in OPTIONS)]:
                with Horizontal(classes="option-row"):
                    yield Label(label, classes="option-label")
                    yield Input(id=f"opt-{key}", disabled=True, compact=True)
                    yield Label(hint, classes="option-hint")
            yield Static("Workload estimate: working it out…", id="options-workload")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = False  # a still picture; the cursor shows where typing goes
        run_db(self, self._load, self.show_options, failed=self.show_error)

    def _load(self, col: Collection) -> DeckOptions:
        from srs.service.deck_options import deck_options

        return deck_options(col, self.deck)

    def show_options(self, options: DeckOptions) -> None:
        self.options = options
        others = len(options.decks) - 1
        shared = f" · used by {others} other deck{'s' if others != 1 else ''}" if others else ""
        self.query_one("#options-title", Label).update(Text(
            f"Options — {printable(self.deck, lines=False)} · preset {printable(options.preset, lines=False)}{shared}"))
        self.query_one(f"#opt-{PRESET_KEY}", Input).value = options.preset
        for o in OPTIONS:
            self.query_one(f"#opt-{o.key}", Input).value = options.shown(o.key)
        for field in self.query(Input):
            field.disabled = False
        self.query_one(f"#opt-{OPTIONS[0].key}", Input).focus()
        self.estimate(options)

    def estimate(self, options: DeckOptions) -> None:
        from srs.service.deck_options import preset_parameters, workload

        def run(col: Collection) -> Workload:
            return workload(options, preset_parameters(col, options.preset))

        run_db(self, run, self.show_workload, group="workload", exclusive=True)

    def show_workload(self, estimate: Workload) -> None:
        self.query_one("#options-workload", Static).update("\n".join(estimate.lines()))

    def say(self, message: str, *, error: bool = False) -> None:
        label = self.query_one("#options-message", Label)
        label.update(Text(printable(message, lines=False)))
        label.set_class(error, "-error")

    def show_error(self, message: str) -> None:
        self.say(message, error=True)

    def changes(self) -> dict[str, str]:
        """The fields the user changed, as typed."""
        options = self.options
        if options is None:
            return {}
        out = {}
        typed = self.query_one(f"#opt-{PRESET_KEY}", Input).value
        if typed.strip() != options.preset:
            out[PRESET_KEY] = typed
        for o in OPTIONS:
            value = self.query_one(f"#opt-{o.key}", Input).value
            if value.strip() != options.shown(o.key):
                out[o.key] = value
        return out

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        changes = self.changes()
        if not changes:
            self.say("No changes to save.")
            return
        from srs.service.deck_options import set_deck_options

        def saved(options: DeckOptions) -> None:
            self.show_options(options)
            self.say(
                f"Saved {len(changes)} change{'s' if len(changes) != 1 else ''} to preset {printable(options.preset, lines=False)}.")

        run_db(self, lambda col: set_deck_options(col, self.deck, changes), saved, failed=self.show_error)

    def action_back(self) -> None:
        self.dismiss()
