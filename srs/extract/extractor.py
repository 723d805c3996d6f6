"""``extract()``: prepare → parse once → explicit regions → walk with rules → finish."""

from __future__ import annotations

import gc
import re
import traceback
from dataclasses import replace
from functools import lru_cache

from srs.core.bundle import decks_dir
from srs.core.notes import NoteDraft, NoteKind
from srs.core.tradeoffs import find_answer, linked_answer
from srs.extract import blocks, context, front_matter, languages, logistics, prepare
from srs.extract.critic import series_label
from srs.extract.finish import finish
from srs.extract.ledger import Ledger
from srs.extract.model import Block, Extraction
from srs.extract.rules import emphasis, explicit_qa, table_samples
from srs.extract.walker import Walker


def extract(text: str, *, source: str = "", default_deck: str | None = None) -> Extraction:
    """Cards from notes. Never raises: what cannot be read becomes a warning."""
    collecting = gc.isenabled()
    gc.disable()  # the token tree is large and acyclic: cyclic GC passes only cost time (quadratically)
    try:
        return _extract(text if isinstance(text, str) else str(text), default_deck)
    except Exception as exc:  # a bug must not stop an import of many files
        lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n") if isinstance(text, str) else [""]
        ledger = Ledger(lines)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        warning = f"extractor error ({type(exc).__name__} at {where.name}:{where.lineno}); no cards from {source or 'this text'}"
        for no in range(1, len(lines) + 1):
            if lines[no - 1].strip():
                ledger.skip(no, "error", warning)
        return Extraction([], ledger.notes(), {}, [warning])
    finally:
        if collecting:
            gc.enable()


def _extract(text: str, default_deck: str | None) -> Extraction:
    prepared = prepare.prepare(text)
    warnings: list[str] = []
    if prepared.repaired:
        warnings.append(f"repaired mojibake on {prepared.repaired} line(s)")
    tokens = blocks.parse(prepared.source)
    root, fm_token = blocks.build_tree(tokens, prepared.origin)
    ledger = Ledger(prepared.lines)
    meta: dict = {}
    fm_lines: set[int] = set()
    if fm_token is not None and fm_token.map:
        first, last = prepared.origin[fm_token.map[0]], prepared.origin[fm_token.map[1] - 1]
        meta, fm_warnings = front_matter.parse(fm_token.content, first)
        if meta or not fm_token.content.strip() or _YAML_KEY.match(fm_token.content.lstrip()):
            warnings.extend(fm_warnings)
            fm_lines = set(range(first, last + 1))
            for no in fm_lines:
                ledger.skip(no, "front-matter", "front matter: deck, tags, preset")
        else:  # "---" then notes then "---": rules around content, not front matter
            root, _ = blocks.build_tree(blocks.parse(prepared.source, front_matter=False), prepared.origin)
    code = _code_lines(root) | fm_lines
    regions = explicit_qa.find(prepared.lines, code)
    language = languages.detect(prepared.source)
    walker = Walker(ledger, regions, language=language, bundled_answer=bundled_answer)
    walker.doc.emphasised = emphasis.counts(prepared.source)
    walker.doc.corrections = emphasis.corrects(prepared.source)
    walker.doc.quizzes = logistics.quiz_questions(prepared.source)
    walker.doc.sample_tables = table_samples.linked_tables(root)
    walker.doc.labels = series_label.count_labels(prepared.source)
    walker.headings.set_titles([(b.start, b.level, ledger.lines[b.start - 1].strip().strip("#")) for b in root.children
                               if b.kind == "heading"])
    deck = meta.get("deck") or default_deck
    walker.doc.deck = str(deck or "")
    title = meta.get("title")
    if isinstance(title, str) and title.strip() and not any(b.kind == "heading" and b.level == 1 for b in root.children):
        walker.headings.heading(0, context.title(title))  # the document's title, as an "# H1" would give it
    walker.walk(root.children)
    walker.emit_leftover_regions()
    warnings.extend(walker.warnings)
    notes = finish(walker.notes, ledger, walker.doc.checklists, deck=deck, tags=list(meta.get("tags", [])),
                   warnings=warnings)
    notes = [_with_bundled_answer(n) for n in notes]
    if language == "zh" and languages.traditional(prepared.source):  # "什麼是…？" in notes written "這個", "網路"
        notes = [replace(n, front=languages.in_traditional(n.front)) for n in notes]
    warnings = [" ".join(w.split()) for w in warnings]  # one line each
    return Extraction(notes=notes, lines=ledger.notes(), front_matter=meta, warnings=warnings,
                      suggestions=walker.suggestions)




_YAML_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")


def _code_lines(root: Block) -> set[int]:
    out: set[int] = set()
    todo = [root]
    while todo:
        block = todo.pop()
        if block.kind == "code":
            out.update(range(block.start, block.end + 1))
        todo.extend(block.children)
    return out


_LOADING: list[bool] = []  # reading the bundled decks themselves: their prompts link to nothing


@lru_cache(maxsize=1)
def _answered_tradeoffs() -> dict[str, tuple[str, str]]:
    """Tradeoff keys the bundled decks answer, with that card's front and back (an unanswered tradeoff links to
    one on import)."""
    cards: dict[str, tuple[str, str]] = {}
    _LOADING.append(True)
    try:
        for path in sorted(decks_dir().glob("tradeoffs-*.md")):
            for n in extract(path.read_text(encoding="utf-8")).notes:
                if n.tradeoff and n.answered:
                    cards.setdefault(n.tradeoff, (n.front, n.back))
    except Exception:  # no bundled decks: nothing links
        return {}
    finally:
        _LOADING.pop()
    return cards


def bundled_answer(key: str) -> bool:
    """Whether a bundled deck answers the tradeoff ``key``: the critic keeps such a prompt (srs.extract.model.Doc)."""
    return find_answer(key, _answered_tradeoffs().keys()) is not None


def bundled_card(key: str) -> tuple[str, str] | None:
    """The bundled card (front, back) that answers the tradeoff ``key``, if one does."""
    match = find_answer(key, _answered_tradeoffs().keys())
    return _answered_tradeoffs()[match] if match is not None else None



def _with_bundled_answer(note: NoteDraft) -> NoteDraft:
    """An unanswered tradeoff that a bundled card answers shows that answer, marked (the import links the two)."""
    if note.kind != NoteKind.TRADEOFF or note.answered or not note.tradeoff or _LOADING:
        return note
    card = bundled_card(note.tradeoff)
    return note if card is None else replace(note, back=linked_answer(card[1], card[0], bundled=True))
