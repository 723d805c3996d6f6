"""The review app, driven headless (``App.run_test``) on a generated collection.

* launch: from creating ``SrsApp`` (review mode, all decks) until the first
  card's front has been drawn (``ReviewScreen.shown_at`` set after the card
  pane's markdown update), once per fresh process (a cold start). The cold
  import of the TUI modules is measured separately (``import_s``) and added
  for the target.
* answer: from pressing ``3`` (Good) on a revealed card until the next card
  has been drawn. Before pressing it the probe lets the reveal finish its
  work (``Pilot.pause()``: until the app is idle), as a person does who reads
  the answer first: pressed at machine speed, the key would also wait for the
  footer's rebuild that the reveal schedules after its own paint (Textual's
  ``Footer`` recomposes its keys when "space" turns from "Show answer" into
  "Good"), and that belongs to the reveal, not to the answer.

Keys go in as the headless driver's key events, without ``Pilot.press``:
that one waits for the whole process to go idle in 20 ms steps, which would
be measured too.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path


async def _until(pilot, cond, timeout: float = 60.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the review screen did not show a card in time")
        await asyncio.sleep(0.0005)


def _key(app, key: str, char: str) -> None:  # noqa: ANN001
    from textual import events

    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)


async def _session(db: Path, n_answers: int) -> tuple[float, list[float]]:
    from srs.service.collection import Collection
    from srs.tui.app import SrsApp
    from srs.tui.screens.review import ReviewScreen

    t0 = time.monotonic()
    app = SrsApp(lambda: Collection.open(db), start_review=True)
    answers: list[float] = []
    async with app.run_test(size=(110, 40)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.shown_at > 0)
        launch = time.monotonic() - t0
        screen = app.screen
        for _ in range(n_answers):
            if not screen.card_on_screen:
                break
            _key(app, "space", " ")
            await _until(pilot, lambda: screen.revealed)
            await pilot.pause()  # the answer is on screen and read: the app is idle (see the module docstring)
            t1 = time.monotonic()
            _key(app, "3", "3")
            await _until(pilot, lambda t1=t1: not screen.busy and screen.shown_at >= t1)
            answers.append(time.monotonic() - t1)
    return launch, answers


def probe(db: Path, *, n_answers: int, launches: int) -> tuple[list[float], list[float], dict]:
    t0 = time.perf_counter()
    import textual.app  # noqa: F401

    import srs.tui.app  # noqa: F401
    import srs.tui.screens.review  # noqa: F401

    import_s = time.perf_counter() - t0
    launch_samples, answer_samples = [], []
    for i in range(launches):
        launch, answers = asyncio.run(_session(db, n_answers if i == 0 else 0))
        launch_samples.append(launch)
        answer_samples.extend(answers)
    return launch_samples, answer_samples, {"import_s": round(import_s, 3), "cold_launch_s": round(launch_samples[0], 3)}
