"""`srs review --plain`: a study session on plain stdin/stdout."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from srs.core.errors import SrsError
from srs.core.printable import printable
from srs.core.scheduling import RATING_WORDS, Rating
from srs.service.collection import LockedError
from srs.service.reviewing import AlreadyAnswered, Study

HELP_FRONT = "[Enter] show answer · u undo · s suspend · b bury · q quit"
HELP_BACK = "rate 1-4 (again/hard/good/easy) · u undo · s suspend · b bury · q quit"


def parse_rating(token: str) -> Rating | None:
    token = token.strip().lower()
    if token in {"1", "2", "3", "4"}:
        return Rating(int(token))
    return RATING_WORDS.get(token)


def run_plain(study: Study, out: TextIO = sys.stdout, read: Callable[[], str | None] | None = None) -> int:
    """Run until the queue is empty, `q`, or end of input. Returns cards reviewed."""

    def _read() -> str | None:
        line = sys.stdin.readline()
        return None if line == "" else line

    read = read or _read

    def say(text: str = "") -> None:
        out.write(printable(text) + "\n")  # card text may hold ESC sequences: shown escaped, never run
        out.flush()

    while True:
        card = study.next_card()
        if card is None:
            break
        new, learning, review = study.counts()
        say(f"\n── {card.context}   (new {new} · learning {learning} · review {review})")
        say(card.front)
        say(f"   {HELP_FRONT}")
        shown = time.monotonic()
        line = read()
        if line is None:
            break
        cmd = line.strip().lower()
        if cmd == "q":
            break
        if cmd in {"u", "s", "b"}:
            _action(study, cmd, card.id, say)
            continue
        say("·" * 20)
        say(card.back)
        say("   " + "  ".join(f"{r} {Rating(r).name.lower()} {card.previews.get(r, '')}" for r in range(1, 5)))
        quit_now = False
        while True:
            say(f"   {HELP_BACK}")
            line = read()
            if line is None:
                quit_now = True
                break
            cmd = line.strip().lower()
            rating = parse_rating(cmd)
            if rating is not None:
                try:
                    study.answer(card.id, rating, int((time.monotonic() - shown) * 1000), expected_reps=card.reps)
                    say(f"   → {rating.name.lower()}, next in {card.previews.get(int(rating), '?')}")
                except AlreadyAnswered as exc:
                    say(f"   skipped: {exc}")
                except LockedError:
                    say("   not saved: another srs process is writing; answer again in a moment (or q)")
                    continue
                break
            if cmd == "q":
                quit_now = True
                break
            if cmd in {"u", "s", "b"}:
                _action(study, cmd, card.id, say)
                break
            say(f"   ? {cmd!r} is not an answer")
        if quit_now:
            break
    _summary(study, say)
    return study.summary.reviewed


def _action(study: Study, cmd: str, card_id: int, say: Callable[[str], None]) -> None:
    try:
        if cmd == "u":
            study.undo()
            say("   undone")
        elif cmd == "s":
            study.suspend(card_id)
            say("   suspended")
        else:
            study.bury(card_id)
            say("   buried until tomorrow")
    except SrsError as exc:
        say(f"   {exc}")


def _summary(study: Study, say: Callable[[str], None]) -> None:
    s = study.summary
    say("")
    say(f"Session over: {s.reviewed} reviewed, again rate {s.again_rate:.0%}, {s.seconds / 60:.1f} min.")
    nxt = study.next_due()
    if nxt is not None:
        say(f"Next card due {nxt.astimezone().strftime('%Y-%m-%d %H:%M')}.")
