"""`srs review --plain`: a study session on plain stdin/stdout, a view over ``ReviewSession``.

Each card prints ``── context   (new N · learning N · review N)``, its front and
a prompt; Enter shows the back and the ratings. An answer is acknowledged with
a line starting ``→`` after it is stored, an undo with ``undone``, a redo with
``redone``, an answer refused because another session answered the card first
with ``skipped:``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from srs.core.consts import RATING_WORDS, Rating
from srs.core.errors import SrsError
from srs.core.printable import printable
from srs.service.collection import LockedError
from srs.service.session import ReviewSession, Shown

HELP_FRONT = "[Enter] show answer · u undo · r redo · s suspend · b bury · q quit"
HELP_BACK = "rate 1-4 (again/hard/good/easy) · u undo · r redo · s suspend · b bury · q quit"
ACTIONS = {"u", "r", "s", "b"}


def parse_rating(token: str) -> Rating | None:
    token = token.strip().lower()
    if token in {"1", "2", "3", "4"}:
        return Rating(int(token))
    return RATING_WORDS.get(token)


def run_plain(session: ReviewSession, out: TextIO = sys.stdout, read: Callable[[], str | None] | None = None) -> int:
    """Run until the session is over, `q`, or end of input. Returns cards reviewed."""

    def _read() -> str | None:
        line = sys.stdin.readline()
        return None if line == "" else line

    read = read or _read

    def say(text: str = "") -> None:
        out.write(printable(text) + "\n")  # card text may hold ESC sequences: shown escaped, never run
        out.flush()

    shown = session.start()
    while shown.card is not None:
        card = shown.card
        say(f"\n── {card.context}   (new {shown.new} · learning {shown.learning} · review {shown.review})")
        say(card.front)
        say(f"   {HELP_FRONT}")
        on_screen = time.monotonic()
        line = read()
        if line is None:
            break
        cmd = line.strip().lower()
        if cmd == "q":
            break
        if cmd in ACTIONS:
            shown = _action(session, cmd, shown, say)
            continue
        say("·" * 20)
        say(card.back)
        say("   " + "  ".join(f"{r} {Rating(r).name.lower()} {card.previews.get(r, '')}" for r in range(1, 5)))
        after = _back(session, shown, on_screen, read, say)
        if after is None:
            break
        shown = after
    _summary(session, say)
    return session.reviewed


def _back(session: ReviewSession, shown: Shown, on_screen: float, read: Callable[[], str | None],
          say: Callable[[str], None]) -> Shown | None:
    """Read answers at the back of the card until one is taken; None: quit."""
    assert shown.card is not None
    while True:
        say(f"   {HELP_BACK}")
        line = read()
        if line is None:
            return None
        cmd = line.strip().lower()
        rating = parse_rating(cmd)
        if rating is not None:
            try:
                after = session.answer(rating, (time.monotonic() - on_screen) * 1000)
            except LockedError:
                say("   not saved: another srs process is writing; answer again in a moment (or q)")
                continue
            if after.event == "skipped":
                say(f"   skipped: {after.message}")
            else:
                say(f"   → {rating.name.lower()}, next in {shown.card.previews.get(int(rating), '?')}")
            return after
        if cmd == "q":
            return None
        if cmd in ACTIONS:
            return _action(session, cmd, shown, say)
        say(f"   ? {cmd!r} is not an answer")


def _action(session: ReviewSession, cmd: str, shown: Shown, say: Callable[[str], None]) -> Shown:
    try:
        if cmd == "u":
            after = session.undo()
            say("   undone")
        elif cmd == "r":
            after = session.redo()
            say("   redone")
        elif cmd == "s":
            after = session.suspend()
            say("   suspended")
        else:
            after = session.bury()
            say("   buried until tomorrow")
    except SrsError as exc:
        say(f"   {exc}")
        return shown
    return after


def _summary(session: ReviewSession, say: Callable[[str], None]) -> None:
    s = session.end()
    say("")
    say(f"Session over: {s.reviewed} reviewed, again rate {(s.again_rate or 0):.0%}, {s.seconds / 60:.1f} min.")
    if s.next_due is not None:
        say(f"Next card due {s.next_due.astimezone().strftime('%Y-%m-%d %H:%M')}.")
