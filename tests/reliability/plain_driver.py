"""Drive `srs review --plain` in a real subprocess, as a scripted user.

The protocol (srs/cli/plain_review.py): each card prints ``── context``, its
front, then a prompt containing ``[Enter] show answer``; after Enter the back
and a prompt containing ``rate 1-4``; a rating is acknowledged with a line
starting ``→`` *after* its transaction committed, an undo with ``undone``, and
an answer refused by the ``expected_reps`` guard with ``skipped:``.

A :class:`Transcript` records what srs acknowledged, so a test can compare it
with the review log: every acknowledged answer must be there, and at most the
one command in flight when the process died may have landed unacknowledged.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FRONT_PROMPT = "[Enter] show answer"
BACK_PROMPT = "rate 1-4"

Answer = tuple[str, int]  # (card front, rating)


@dataclass
class Transcript:
    events: list[tuple[str, Answer | None]] = field(default_factory=list)  # ("answer", a) | ("undo", None)
    inflight: tuple[str, Answer | None] | None = None
    skipped: int = 0
    cards_shown: int = 0
    lines: list[str] = field(default_factory=list)
    returncode: int | None = None
    stderr: str = ""

    @property
    def answers(self) -> int:
        return sum(1 for kind, _ in self.events if kind == "answer")

    @property
    def undos(self) -> int:
        return sum(1 for kind, _ in self.events if kind == "undo")

    def apply(self, log: list[Answer]) -> list[Answer]:
        """The review log expected after this session, given the log before it."""
        out = list(log)
        for kind, ans in self.events:
            if kind == "answer":
                assert ans is not None
                out.append(ans)
            else:
                out.pop()
        return out

    def possible_logs(self, log: list[Answer]) -> list[list[Answer]]:
        """Acknowledged effects, with or without the command that was in flight."""
        done = self.apply(log)
        if self.inflight is None:
            return [done]
        kind, ans = self.inflight
        if kind == "answer":
            assert ans is not None
            return [done, [*done, ans]]
        return [done, done[:-1]]


def srs_argv(db: Path, *args: str, runner: Path | None = None) -> list[str]:
    """``python -m srs --db DB ARGS`` (or a fault-injecting runner script instead of ``-m srs``)."""
    head = [sys.executable, str(runner)] if runner else [sys.executable, "-m", "srs"]
    return [*head, "--db", str(db), *args]


def popen_review(db: Path, env: dict[str, str] | None = None, *, runner: Path | None = None,
                 extra: tuple[str, ...] = (), preexec: Callable[[], None] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        srs_argv(db, "review", "--plain", *extra, runner=runner),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
        env={**os.environ, **(env or {})}, preexec_fn=preexec,
    )


def drive(
    proc: subprocess.Popen[str],
    rng: random.Random,
    *,
    undo_rate: float = 0.0,
    stop_after: int | None = None,
    on_ready: Callable[[], None] | None = None,
    before_answer: Callable[[Transcript], None] | None = None,
) -> Transcript:
    """Answer every card shown until EOF (session over, quit, or killed).

    ``on_ready`` runs once, when the first card is on screen; ``before_answer``
    runs before each rating is sent. All stdout is read to EOF, so every
    acknowledgement printed before a kill is counted.
    """
    assert proc.stdin and proc.stdout
    t = Transcript()
    front: str | None = None
    expect_front = False
    session_answers = 0

    def send(text: str) -> None:
        try:
            proc.stdin.write(text + "\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]
        except (BrokenPipeError, OSError, ValueError):
            pass  # the process is gone; the read loop will see EOF

    while True:
        raw = proc.stdout.readline()
        if not raw:
            break
        line = raw.rstrip("\n")
        t.lines.append(line)
        text = line.strip()
        if text.startswith("── "):
            expect_front = True
        elif expect_front:
            front, expect_front = text, False
            t.cards_shown += 1
        elif FRONT_PROMPT in line:
            if on_ready is not None:
                on_ready()
                on_ready = None
            send("")
        elif BACK_PROMPT in line:
            if stop_after is not None and t.answers >= stop_after:
                send("q")
            elif session_answers and undo_rate and rng.random() < undo_rate:
                t.inflight = ("undo", None)
                send("u")
            else:
                assert front is not None, t.lines[-8:]
                rating = rng.randint(1, 4)
                if before_answer is not None:
                    before_answer(t)
                t.inflight = ("answer", (front, rating))
                send(str(rating))
        elif text.startswith("→"):
            assert t.inflight and t.inflight[0] == "answer", t.lines[-8:]
            t.events.append(t.inflight)
            t.inflight = None
            session_answers += 1
        elif text == "undone":
            assert t.inflight and t.inflight[0] == "undo", t.lines[-8:]
            t.events.append(t.inflight)
            t.inflight = None
            session_answers -= 1
        elif text.startswith("skipped:"):
            t.skipped += 1
            t.inflight = None
        elif text == "nothing to undo":
            t.inflight = None
    return t


def finish(proc: subprocess.Popen[str], t: Transcript, timeout: float = 60) -> Transcript:
    t.returncode = proc.wait(timeout=timeout)
    t.stderr = proc.stderr.read() if proc.stderr else ""
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        try:
            if stream:
                stream.close()
        except (BrokenPipeError, OSError):
            pass
    return t
