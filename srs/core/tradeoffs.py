"""Link a tradeoff named in someone's notes to an answered tradeoff card.

Keys come from :func:`srs.core.notes.tradeoff_key` (``"eventbridge|sns|sqs"``).

Matching, in order of principle:

1. **Options, not wording.** A key is a set of options; order, case,
   punctuation, hyphens and plurals do not matter (``"Multi-AZ vs multi-regions"``
   matches ``"multi-az|multi-region"``).
2. **An option matches when its words are a subset of the other's**
   (``nat`` ↔ ``nat gateway``, ``endpoints`` ↔ ``vpc endpoints``), in either
   direction. Each option is used once (a one-to-one pairing).
3. **The answer must cover the question.** Every option asked about must pair
   with an option of the answered card. The answered card may name *more*
   options (``sqs|sns`` can be answered by ``eventbridge|sns|sqs``), never fewer:
   an answer about two options does not answer a question about three.
4. **Most specific wins.** Among several matches the best is the one with the
   fewest extra options, then the closest wording (word overlap), then the
   shortest key, then alphabetical order (deterministic).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import permutations

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ARTICLES = frozenset({"a", "an", "the"})
_MAX_PERMUTED = 7  # beyond this many options only exact option sets match


def find_answer(key: str, answered: Iterable[str]) -> str | None:
    """The answered key that best answers ``key``, or None."""
    asked = _options(key)
    if len(asked) < 2:
        return None
    best: tuple[tuple[int, float, int, str], str] | None = None
    for candidate in answered:
        options = _options(candidate)
        score = _match(asked, options)
        if score is None:
            continue
        rank = (len(options) - len(asked), -score, len(candidate), candidate)
        if best is None or rank < best[0]:
            best = (rank, candidate)
    return best[1] if best else None


def options_match(a: str, b: str) -> bool:
    """Whether two option texts name the same thing (word subset, plural-insensitive)."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _options(key: str) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    for part in key.split("|"):
        words = _words(part)
        if words and words not in seen:
            seen.append(words)
    return seen


def _words(text: str) -> frozenset[str]:
    return frozenset(_singular(w) for w in _WORD.findall(text.casefold()) if w not in _ARTICLES)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _match(asked: list[frozenset[str]], options: list[frozenset[str]]) -> float | None:
    """Best total word overlap of a one-to-one pairing of ``asked`` into ``options``."""
    if len(options) < len(asked):
        return None
    if len(options) > _MAX_PERMUTED:
        return float(len(asked)) if set(asked) == set(options) else None
    best: float | None = None
    for chosen in permutations(options, len(asked)):
        total = 0.0
        for a, o in zip(asked, chosen, strict=True):
            if not (a <= o or o <= a):
                break
            total += len(a & o) / len(a | o)
        else:
            if best is None or total > best:
                best = total
    return best


def linked_answer(back: str, front: str, bundled: bool = False) -> str:
    """The back of a prompt answered by another card: that card's answer, and which card it is (the rubric: a
    tradeoff "linked to a bundled answered card, which the card says")."""
    marker = f"(From the bundled card “{front}”.)" if bundled else f"(From the card “{front}”.)"
    return back if back.rstrip().endswith(marker) else f"{back.rstrip()}\n\n{marker}"
