"""Anki's text export (``.txt`` with ``#key:value`` headers) and plain CSV.

Headers understood (as Anki writes and reads them): ``#separator:``,
``#html:``, ``#tags:``, ``#columns:``, ``#notetype:``, ``#deck:``,
``#notetype column:``, ``#deck column:``, ``#tags column:``,
``#guid column:`` and the historic first line ``tags:``.

``columns`` maps roles to 1-based column numbers or to header labels:
``{"front": 1, "back": 2, "tags": 3}`` or ``{"front": "Question", ...}``
(labels imply the first row is a header row; ``"header": True`` says so
explicitly). Roles: front, back, tags, deck, guid, notetype, context, source.
Text notes carry no cards: the service makes new ones.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from srs.core.files import not_regular

from .html_to_md import to_markdown
from .ids import base91
from .model import ImportedNote, ImportedPackage, PackageError
from .text_headers import Header, detect_delimiter, looks_like_html, parse_header

MAX_TEXT_BYTES = 64 << 20  # as a notes file: past it, not study notes; refused at once (a 100 MB CSV took 140 s)
_ROLES = {"front", "back", "tags", "deck", "guid", "notetype", "context", "source", "header"}
_FRONT_NAMES = ("front", "text", "question", "q")
_BACK_NAMES = ("back", "back extra", "extra", "answer", "a")


BATCH = 2_000  # notes handed over at a time: memory stays flat however long the file


def read_text(path: str | Path, *, columns: dict | None = None, deck: str | None = None) -> ImportedPackage:
    """Notes of a text/CSV file. ``deck`` overrides the file's ``#deck:``."""
    with TextNotes(path, columns=columns, deck=deck) as text:
        notes = [note for batch in text.batches() for note in batch]
    return ImportedPackage(notes=notes, media={}, warnings=text.warnings, collection_created=None)


class TextNotes:
    """A text/CSV file's notes, read and converted a batch at a time (``batches()``), so an import
    holds one batch in memory, not the file. ``warnings`` fills as the batches are read; an empty
    file, a bad byte or a broken row raises :class:`PackageError` when it is reached."""

    def __init__(self, path: str | Path, *, columns: dict | None = None, deck: str | None = None) -> None:
        self.path, self.columns, self.deck = Path(path), columns or {}, deck
        self.warnings: list[str] = []
        self._fh: io.BufferedReader | None = None

    def __enter__(self) -> TextNotes:
        path = self.path
        problem = not_regular(path)
        if problem and not path.is_dir():  # a FIFO blocks the read, /dev/zero has no end (and an st_size of 0)
            raise PackageError(problem)
        try:
            info = path.stat()
            if info.st_size > MAX_TEXT_BYTES:
                raise PackageError(f"{path.name} is larger than {MAX_TEXT_BYTES >> 20} MB; split it into smaller files")
            self._fh = open(path, "rb")  # noqa: SIM115 (closed by __exit__)
        except FileNotFoundError:
            raise PackageError(f"file not found: {path}") from None
        except IsADirectoryError:
            raise PackageError(f"{path} is a folder, not a text file") from None
        self.mtime = datetime.fromtimestamp(int(info.st_mtime), UTC)
        if b"\x00" in self._fh.read(8192):
            self.__exit__()
            raise PackageError(f"{path.name} is not a text file")
        self._fh.seek(0)
        return self

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def batches(self, size: int = BATCH) -> Iterator[list[ImportedNote]]:
        assert self._fh is not None, "use TextNotes in a with block"
        lines = iter(io.TextIOWrapper(self._fh, encoding="utf-8-sig", newline=""))
        try:
            head, rows = self._start(lines)
            batch: list[ImportedNote] = []
            count = 0
            for note in _notes(rows, head, self.columns, self.deck, self.mtime, self.warnings):
                batch.append(note)
                if len(batch) >= size:
                    count += len(batch)
                    yield batch
                    batch = []
            if batch:
                count += len(batch)
                yield batch
        except UnicodeDecodeError:
            raise PackageError(f"{self.path.name} is not UTF-8 text") from None
        except csv.Error as e:
            if "field limit" in str(e):
                raise PackageError(f"a field is too large for a flashcard ({e})") from None
            raise PackageError(f"the file is not valid delimited text: {e}") from None
        if not count:
            raise PackageError("the file holds no notes")

    def _start(self, lines: Iterator[str]) -> tuple[Header, Iterator[list[str]]]:
        """The header lines, read; the rows after them, to read (a sample is read ahead for the delimiter)."""
        header: list[str] = []
        ahead: list[str] = []
        for line in lines:
            if line.startswith("#") or (not header and line.startswith("tags:")):
                header.append(line)
                continue
            ahead.append(line)
            break
        head, _ = parse_header("".join(header))
        if not head.delimiter:
            sampled = sum(map(len, ahead))
            for line in lines:
                ahead.append(line)
                sampled += len(line)
                if sampled >= 8192:
                    break
            head.delimiter = detect_delimiter("".join(ahead), csv_file=self.path.suffix.lower() == ".csv")
        reader = csv.reader(itertools.chain(ahead, lines), delimiter=head.delimiter, strict=False)
        return head, (r for r in reader if r and not (len(r) == 1 and not r[0].strip()) and not r[0].startswith("#"))


def _index(spec, labels: list[str]) -> int | None:
    """0-based column index of a role given as a 1-based number or a label."""
    if spec is None:
        return None
    if isinstance(spec, int) or (isinstance(spec, str) and spec.isdigit()):
        n = int(spec)
        if n < 1:
            raise PackageError(f"column numbers start at 1 (got {n})")
        return n - 1
    folded = [label.strip().casefold() for label in labels]
    try:
        return folded.index(str(spec).strip().casefold())
    except ValueError:
        raise PackageError(f"no column named {spec!r} (columns: {', '.join(labels)})") from None


def _notes(rows: Iterator[list[str]], head: Header, columns: dict, deck_override, mtime,
           warnings: list[str]) -> Iterator[ImportedNote]:
    unknown = set(columns) - _ROLES
    if unknown:
        raise PackageError(f"unknown column role {sorted(unknown)[0]!r} (use {', '.join(sorted(_ROLES))})")
    labels = head.columns
    header_row = bool(columns.get("header")) or any(
        isinstance(v, str) and not v.isdigit() for k, v in columns.items() if k != "header")
    if header_row:
        first = next(rows, None)
        labels = labels or first or []
    peek = list(itertools.islice(rows, 50))  # enough rows to tell HTML from plain text
    rows = itertools.chain(peek, rows)
    role = {r: _index(columns.get(r), labels) for r in _ROLES - {"header"}}
    for r, n in (("guid", head.guid_column), ("notetype", head.notetype_column),
                 ("deck", head.deck_column), ("tags", head.tags_column)):
        if role[r] is None and n:
            role[r] = n - 1
    meta_cols = {i for r, i in role.items() if i is not None and r in ("guid", "notetype", "deck", "tags")}
    width = None  # columns past the fields and tags, ignored as Anki ignores them
    if not columns and not labels and not meta_cols and peek:
        # Nothing maps the columns: Anki's fallback. The first row decides: the first two
        # columns are the fields, a third is tags, the rest are not imported.
        width = 2
        if len(peek[0]) > 2:
            role["tags"], width = 2, 3
            meta_cols = {2}
    is_html = head.html if head.html is not None else any(looks_like_html(c) for r in peek for c in r)
    repeats: dict[int, int] = {}
    shapes: dict[tuple[int, str], _Shape] = {}  # what a row's width and note type decide, worked out once
    for line_no, row in enumerate(rows, 1):
        cell = lambda i, row=row: row[i] if i is not None and i < len(row) else ""  # noqa: E731
        notetype = cell(role["notetype"]) or head.notetype or "Basic"
        shape = shapes.get((len(row), notetype))
        if shape is None:
            shape = shapes[len(row), notetype] = _shape(len(row), notetype, width, meta_cols, labels, role)
        md = {i: _markdown(row[i], is_html) for i in shape.field_cols}
        fields = {name: md[i] for i, name in zip(shape.field_cols, shape.names, strict=True)}
        front = md[shape.front] if shape.front in md else _markdown(cell(shape.front), is_html)
        if not front.strip():
            warnings.append(f"row {line_no}: empty front, skipped")
            continue
        back_parts = [] if shape.back is None else [md[shape.back] if shape.back in md else _markdown(cell(shape.back), is_html)]
        back_parts += [md[i] for i in shape.extras]
        tags = tuple(head.tags) + tuple(cell(role["tags"]).split())
        guid = cell(role["guid"])
        if not guid:  # a front the file repeats is another note, as in Anki (the n-th copy keeps its id)
            key = _hash(notetype, front)
            repeat = repeats[key] = repeats.get(key, 0) + 1
            guid = "txt:" + base91(key if repeat == 1 else _hash(notetype, front, str(repeat)))
        yield ImportedNote(
            guid=guid,
            deck=cell(role["deck"]) or deck_override or head.deck or "Default",
            tags=tags, template="cloze" if shape.cloze else "basic",
            front=front, back="\n\n".join(p for p in back_parts if p.strip()),
            reverse=shape.reverse, notetype=notetype, fields=fields, cards=(), modified=mtime,
        )


@dataclass(frozen=True)
class _Shape:
    """The columns of a row of this width and note type: which are fields (and their names), front, back."""

    field_cols: list[int]
    names: list[str]
    front: int | None
    back: int | None
    extras: list[int]  # unmapped fields that go to the back
    cloze: bool
    reverse: bool


def _shape(length: int, notetype: str, width: int | None, meta_cols: set[int], labels: list[str],
           role: dict[str, int | None]) -> _Shape:
    field_cols = [i for i in range(length if width is None else min(length, width)) if i not in meta_cols]
    cloze = "cloze" in notetype.casefold()
    names = [_label(labels, i, n, cloze) for n, i in enumerate(field_cols)]
    names = [("Context" if i == role["context"] else "Source" if i == role["source"] else name)
             for i, name in zip(field_cols, names, strict=True)]
    front_i = _pick(role["front"], field_cols, names, _FRONT_NAMES, 0)
    back_i = _pick(role["back"], field_cols, names, _BACK_NAMES, 1)
    extras = [] if role["back"] is not None else [
        i for i in field_cols if i not in (front_i, back_i) and i not in (role["context"], role["source"])]
    return _Shape(field_cols, names, front_i, back_i, extras, cloze,
                  "revers" in notetype.casefold() and "optional" not in notetype.casefold())


def _label(labels: list[str], col: int, n: int, cloze: bool) -> str:
    if col < len(labels) and labels[col].strip():
        return labels[col].strip()
    if n < 2:
        return (("Text", "Back Extra") if cloze else ("Front", "Back"))[n]
    return f"Field {n + 1}"


def _pick(mapped, field_cols, names, wanted, fallback) -> int | None:
    if mapped is not None:
        return mapped
    for i, name in zip(field_cols, names, strict=True):
        if name.casefold() in wanted:
            return i
    return field_cols[fallback] if fallback < len(field_cols) else None


# plain text that the conversion below returns as it is: words of letters, digits and common punctuation,
# one space apart (no markup, entity, escape, line break, nbsp or leading list/heading mark)
_PLAIN = re.compile(r"[^\W_][^\s\\*_`<>&\[\]~\u200b]*(?: [^\s\\*_`<>&\[\]~\u200b]+)*")


def _markdown(value: str, is_html: bool) -> str:
    if not value:
        return ""
    if _PLAIN.fullmatch(value) and not value[0].isdigit():  # most cells of a CSV: 4 µs, not 20 µs
        return value
    if not is_html:  # as Anki does: plain text is escaped, newlines become breaks
        value = html.escape(value, quote=False).replace("\n", "<br>")
    return to_markdown(value)


def _hash(*parts: str) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest(), "big")
