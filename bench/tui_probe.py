"""The review app, driven headless (``App.run_test``) on a generated collection.

* launch: from creating ``SrsApp`` (review mode, all decks) until the first
  card's front has been drawn (``ReviewScreen.shown_at`` set after the card
  pane's markdown update), once per fresh process (a cold start). The cold
  import of the TUI modules is measured separately (``import_s``) and added
  for the target.
* answer: from pressing ``3`` (Good) on a revealed card until the next card
  has been painted: the screen's compositor has rendered the frame after the
  review screen drew the card (``present``). Headless, the frame is rendered
  but not written to a terminal (a few kB of escape codes more in one).
  Before pressing it the probe lets the reveal finish its work
  (``Pilot.pause()``: until the app is idle) and waits until no worker runs
  (the previous card's recount, which starts once its card is painted), as a
  person does who reads the answer first.
* answer while importing: the same, while ``srs import`` of a 2 MB notes file
  runs in another process on the same database (it writes, and takes CPU
  from the app on a small machine): answers go on as long as it runs.

``info`` also carries the load average around each series and, for
comparison with earlier runs, the median and p99 up to the moment the screen
had drawn the card into its widgets (``shown_at``, before the paint: what this
probe measured until issue 22), and the CPU time the UI thread spent from the
key to the paint (``ui_thread_cpu``: what the app itself costs there, whatever
the load on the machine; the probe's polling included).

Keys go in as the headless driver's key events, without ``Pilot.press``:
that one waits for the whole process to go idle in 20 ms steps, which would
be measured too.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

IMPORT_MB = 2.0
MAX_ANSWERS_DURING_IMPORT = 300


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


def _workers_idle(app) -> bool:  # noqa: ANN001
    from textual.worker import WorkerState

    return not any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers)


def _pct(samples: list[float]) -> dict:
    from bench.report import median, p99

    return {"median_ms": round(median(samples) * 1000, 1), "p99_ms": round(p99(samples) * 1000, 1)} if samples else {}


def import_file(folder: Path, mb: float = IMPORT_MB, seed: int = 7) -> Path:
    """One markdown notes file of about ``mb`` MB, in one deck of its own (bench.content's notes)."""
    from bench import content

    notes: list = []
    size = 0
    while size < mb * 2**20:
        batch = [dataclasses.replace(n, deck="Background import") for n in content.make_notes_by_count(250, seed, start=len(notes))]
        notes.extend(batch)
        size = sum(len(content._markdown_note(n)) + 2 for n in notes)
    (path,) = content.write_markdown(notes, folder, per_file=len(notes))
    return path


class _Answers:
    """Answer Good on card after card, timing each answer until the next card is painted."""

    def __init__(self, app, pilot, screen) -> None:  # noqa: ANN001
        self.app, self.pilot, self.screen = app, pilot, screen
        self.painted_at = 0.0
        self.painted_cpu = 0.0
        paint = screen._compositor_refresh  # the screen renders a frame (textual 8; private, bench only)

        def painted() -> None:
            paint()
            self.painted_at, self.painted_cpu = time.monotonic(), time.thread_time()

        screen._compositor_refresh = painted

    async def one(self) -> tuple[float, float, float] | None:
        """(to the card painted, to the card drawn into the widgets, the UI thread's CPU time until painted),
        or None when no card is left. The CPU time includes the probe's own polling (every 0.5 ms)."""
        app, pilot, screen = self.app, self.pilot, self.screen
        if not screen.card_on_screen:
            return None
        _key(app, "space", " ")
        await _until(pilot, lambda: screen.revealed)
        await pilot.pause()  # the answer is on screen and read: the app is idle (see the module docstring)
        await _until(pilot, lambda: _workers_idle(app))
        t1, cpu = time.monotonic(), time.thread_time()
        _key(app, "3", "3")
        await _until(pilot, lambda: not screen.busy and screen.shown_at >= t1)
        drawn = screen.shown_at - t1
        await _until(pilot, lambda: self.painted_at > screen.shown_at)
        return self.painted_at - t1, drawn, self.painted_cpu - cpu


async def _session(db: Path, n_answers: int, during: Path | None) -> tuple[float, list[float], list[float], dict]:
    from srs.service.collection import Collection
    from srs.tui.app import SrsApp
    from srs.tui.screens.review import ReviewScreen

    t0 = time.monotonic()
    app = SrsApp(lambda: Collection.open(db), start_review=True)
    quiet: list[float] = []
    importing: list[float] = []
    info: dict = {}
    async with app.run_test(size=(110, 40)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.shown_at > 0)
        launch = time.monotonic() - t0
        if n_answers == 0:
            return launch, quiet, importing, info
        answers = _Answers(app, pilot, app.screen)
        drawn: list[float] = []
        cpu: list[float] = []
        info["load_before"] = round(os.getloadavg()[0], 2)
        for _ in range(n_answers):
            got = await answers.one()
            if got is None:
                break
            quiet.append(got[0])
            drawn.append(got[1])
            cpu.append(got[2])
        info["load_after"] = round(os.getloadavg()[0], 2)
        info["until_drawn_into_widgets"] = _pct(drawn)
        info["ui_thread_cpu"] = _pct(cpu)
        if during is not None:
            started = time.monotonic()
            proc = subprocess.Popen([sys.executable, "-m", "srs", "--db", str(db), "import", str(during)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            try:
                # at least one answer: the quick run's tiny import may be over before the first
                while (proc.poll() is None or not importing) and len(importing) < MAX_ANSWERS_DURING_IMPORT:
                    got = await answers.one()
                    if got is None:
                        break
                    importing.append(got[0])
                info["load_during_import"] = round(os.getloadavg()[0], 2)
                _out, err = proc.communicate(timeout=600)
            finally:
                if proc.poll() is None:
                    proc.kill()
            info["background_import_s"] = round(time.monotonic() - started, 2)
            info["import_mb"] = round(during.stat().st_size / 2**20, 2)
            if proc.returncode != 0:
                raise RuntimeError(f"the background import failed: {err.strip()[-300:]}")
    return launch, quiet, importing, info


def probe(db: Path, *, n_answers: int, launches: int, during: Path | None = None) -> tuple[list[float], list[float], dict, list[float], dict]:
    """(launch samples, answer samples, launch info, answer-during-import samples, answer info)."""
    t0 = time.perf_counter()
    import textual.app  # noqa: F401

    import srs.tui.app  # noqa: F401
    import srs.tui.screens.review  # noqa: F401

    import_s = time.perf_counter() - t0
    launch_samples, answer_samples, importing, answer_info = [], [], [], {}
    for i in range(launches):
        launch, answers, during_import, info = asyncio.run(_session(db, n_answers if i == 0 else 0, during if i == 0 else None))
        launch_samples.append(launch)
        answer_samples.extend(answers)
        importing.extend(during_import)
        answer_info.update(info)
    launch_info = {"import_s": round(import_s, 3), "cold_launch_s": round(launch_samples[0], 3)}
    return launch_samples, answer_samples, launch_info, importing, answer_info
