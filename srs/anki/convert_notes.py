"""Raw collection rows → ImportedNote values (fields as markdown, cards, reviews)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter

from .html_to_md import to_markdown
from .model import ImportedCard, ImportedNote, PackageError
from .read_collection import RawCollection
from .template_fields import join, layout

_UTC = UTC


def convert_fields(batch: list[list[str]], media: Mapping[str, str]) -> list[list[str]]:
    """Markdown of each note's fields (identical fields are converted once)."""
    cache: dict[str, str] = {}
    out = []
    for fields in batch:
        row = []
        for f in fields:
            md = cache.get(f)
            if md is None:
                md = cache[f] = to_markdown(f, media) if f else ""
            row.append(md)
        out.append(row)
    return out


def _since_reset(rows: Iterable[tuple[int, int, int, int]]) -> tuple[tuple[int, int, int], ...]:
    """A card's (µs, rating, ms) answers after its last reset (a rating 0 row)."""
    out: list[tuple[int, int, int]] = []
    for _cid, when, rating, ms in rows:
        if rating == 0:
            out.clear()
        else:
            out.append((when, rating, ms))
    return tuple(out)


def build_notes(raw: RawCollection, media: Mapping[str, str]) -> tuple[list[ImportedNote], list[str]]:
    warnings: list[str] = []
    split: list[list[str]] = []
    for nid, _guid, mid, _mod, _tags, flds in raw.notes:
        nt = raw.notetypes.get(mid)
        if nt is None:
            raise PackageError(f"note {nid} uses note type {mid}, which the collection lacks")
        values = str(flds).split("\x1f")
        if len(values) != len(nt.fields):
            raise PackageError(
                f"note {nid} has {len(values)} fields but its note type {nt.name!r} "
                f"has {len(nt.fields)}"
            )
        split.append(values)

    converted = convert_fields(split, media)
    logs = {cid: _since_reset(rows) for cid, rows in groupby(raw.revlog, itemgetter(0))}
    cards_by_note: dict[int, list[ImportedCard]] = {}
    known = {n[0] for n in raw.notes}
    orphans = 0
    for rank, (cid, nid, did, ord_, ctype, queue, due, ivl, flags, odid) in enumerate(raw.cards):
        if nid not in known:
            orphans += 1
            continue
        deck = raw.decks.get(odid or did) or raw.decks.get(did)
        if deck is None:
            warnings.append(f"card {cid} is in a missing deck {did}; using Default")
            deck = "Default"
        cards_by_note.setdefault(nid, []).append(ImportedCard(
            ordinal=int(ord_), suspended=queue == -1, buried=queue in (-2, -3),
            flag=int(flags) & 0b111, log=logs.get(cid, ()),
            anki_type=int(ctype), anki_queue=int(queue), anki_due=int(due), anki_ivl=int(ivl),
            deck=deck, rank=rank,
        ))
    if orphans:
        warnings.append(f"skipped {orphans} cards whose note is missing")

    layouts = {ntid: layout(nt) for ntid, nt in raw.notetypes.items()}
    notes = []
    for (nid, guid, mid, mod, tags, _flds), md in zip(raw.notes, converted, strict=True):
        nt = raw.notetypes[mid]
        lay = layouts[mid]
        fields = dict(zip(nt.fields, md, strict=True))  # counts checked above
        cards = tuple(sorted(cards_by_note.get(nid, ()), key=lambda c: c.ordinal))
        if lay.own == "basic":
            reverse = bool(fields.get("Add Reverse", "").strip())
        else:
            reverse = lay.mirrored and any(c.ordinal == 1 for c in cards)
        notes.append(ImportedNote(
            guid=str(guid), deck=cards[0].deck if cards else "Default",
            tags=tuple(str(tags).split()), template="cloze" if nt.cloze else "basic",
            front=join(fields, lay.front), back=join(fields, lay.back), reverse=reverse,
            notetype=nt.name, fields=fields, cards=cards,
            modified=datetime.fromtimestamp(int(mod), _UTC),
        ))
    return notes, warnings
