"""Guids in Anki's own alphabet: srs's base91 writes what anki.utils.base91 writes."""

from __future__ import annotations

import random

from anki.utils import base91 as anki_base91

from srs.anki.ids import anki_guid, base91


def test_base91_writes_ankis_digits_at_every_length() -> None:
    """From 1: for 0 Anki writes "" and srs "a" (a 64-bit hash of 0 does not come up)."""
    rng = random.Random(7)
    edges = [1, 90, 91, 92, 91 * 91 - 1, 91 * 91, 91 * 91 + 1, 2**64 - 1]
    edges += [91**k + d for k in range(2, 11) for d in (-1, 0, 1)]
    for num in [*edges, *(rng.getrandbits(64) for _ in range(5000)), *range(1, 20_000)]:
        assert base91(num) == anki_base91(num), num


def test_a_notes_guid_is_the_one_earlier_versions_exported() -> None:
    """Anki matches a package's notes to those it imported before by guid: the value srs 0010-era exports
    wrote for this note must not change."""
    assert anki_guid("bench0000000") == "cxw,;99joO"
