"""Card search: a subset of Anki's search language (KEYS, free text, ``-``, ``OR``, parentheses), compiled to SQL.

As in Anki, ``is:learn`` and ``is:review`` include relearning cards; ``is:due`` leaves out suspended and buried ones.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, and_, case, false, func, not_, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from srs.core.consts import INTERVAL_STATES, LEARNING_STATES, MAX_FLAG, State
from srs.core.days import DAY_US, study_day
from srs.core.errors import NotFound, UsageError
from srs.core.notes import CONTEXT_SEP, NoteKind
from srs.db.models import Card, Deck, Note, NoteSource, ReviewLog, Source
from srs.db.quick_read import sql_runner
from srs.db.types import from_micros, to_micros
from srs.service.cards_view import sides
from srs.service.collection import Collection
from srs.service.deck_counts import preset_hour

KEYS = ("deck", "tag", "is", "flag", "prop", "rated", "added", "kind", "source")
IS_VALUES = ("due", "new", "learn", "review", "suspended", "buried", "suggested")
KINDS = tuple(k.value for k in NoteKind)
PROPS = {"ivl": "ivl", "due": "due", "lapses": "lapses", "reps": "reps",
         "d": "difficulty", "difficulty": "difficulty", "s": "stability", "stability": "stability"}
ORDERS = ("due", "difficulty", "lapses", "reps", "interval", "added", "deck", "front")
EXAMPLES = {"deck": '"Security::STRIDE"', "tag": "aws", "is": "due", "flag": "1", "prop": "ivl>=10",
            "rated": "7", "added": "3", "kind": "cloze", "source": "stride.md"}
_OPS = {"<=": operator.le, ">=": operator.ge, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "=": operator.eq}
_TOKEN = re.compile(r'\s*(?:([()])|(-)(?=[^\s)])|((?:[^\s()"-]|"[^"]*")(?:[^\s()"]+|"[^"]*")*))')


def raw(column: Any) -> Any:
    """A UTCDateTime column as its stored integer microseconds."""
    return type_coerce(column, BigInteger)


def interval_days_sql() -> Any:
    """Whole days between a card's last review and its due time (NULL for new cards): the SQL
    expression of srs.core.days.interval_days (SQLite rounds halves up for these positive spans)."""
    return case((Card.state == State.NEW, None), else_=func.round((raw(Card.due) - raw(Card.last_review)) / (DAY_US * 1.0)))


def day_start_hour(s: Session) -> int:
    """The hour the study day starts for all decks (the default preset's)."""
    return preset_hour(sql_runner(s.connection()), None)


class QueryError(UsageError):
    """A search that cannot be understood; the message says what and where."""


@dataclass(frozen=True)
class Term:
    key: str  # a search key, or "text"
    value: str
    pos: int  # 1-based position in the query
    arg: tuple[Any, ...] = ()  # the validated value


@dataclass(frozen=True)
class Group:
    op: str  # "and" (empty: every card), "or", "not" (one node)
    nodes: tuple[Node, ...]


Node = Term | Group
Token = tuple[str, str, int, bool]  # kind ( ) - or and word; text; position; may be key:value


def _tokens(q: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    while q[i:].strip():
        m = _TOKEN.match(q, i)
        if m is None:
            at = len(q) - len(q[i:].lstrip())
            if q[at] == "-":
                raise QueryError(f"'-' at position {at + 1} must be followed by a search term, e.g. -tag:x")
            raise QueryError(f'unterminated quote: the " at position {at + 1} is never closed')
        pos, i = m.start(m.lastindex or 0) + 1, m.end()
        if m.group(3) is None:
            out.append((m.group(1) or "-", "", pos, False))
            continue
        word, quote_at = m.group(3).replace('"', ""), m.group(3).find('"')
        key = re.match(r"([A-Za-z_]+):(?!:)", word)
        key_ok = key is not None and (quote_at < 0 or key.end() <= quote_at or (quote_at == 0 and key.group(1).lower() in KEYS))
        kind = word.lower() if quote_at < 0 and word.lower() in ("or", "and") else "word"
        out.append((kind, word, pos, key_ok))
    return out


def _joined(op: str, items: list[Node]) -> Node:
    return items[0] if len(items) == 1 else Group(op, tuple(items))


class _Parser:
    """Recursive descent: group := term+ (OR term+)*, term := -term | (group) | word."""

    def __init__(self, tokens: list[Token]) -> None:
        self.toks, self.i = tokens, 0

    def peek(self) -> str | None:
        return self.toks[self.i][0] if self.i < len(self.toks) else None

    def group(self) -> Node:
        alternatives: list[Node] = []
        items: list[Node] = []
        while self.peek() not in (None, ")"):
            kind, word, pos, _ = self.toks[self.i]
            if kind not in ("or", "and"):
                items.append(self.term())
                continue
            self.i += 1
            if not items:
                raise QueryError(f"{word.upper()} at position {pos} needs a search term before it")
            if self.peek() in (None, ")", "or", "and"):
                raise QueryError(f"{word.upper()} at position {pos} needs a search term after it")
            if kind == "or":
                alternatives.append(_joined("and", items))
                items = []
        if not items:  # only "(" at the end, or ")" first: the caller says which
            return Group("and", ())
        return _joined("or", [*alternatives, _joined("and", items)])

    def term(self) -> Node:
        kind, word, pos, key_ok = self.toks[self.i]
        self.i += 1
        if kind == "-":
            if self.peek() in (None, ")", "or", "and"):
                raise QueryError(f"'-' at position {pos} must be followed by a search term, e.g. -tag:x")
            return Group("not", (self.term(),))
        if kind != "(":
            return _term(word, pos, key_ok)
        if self.peek() == ")":
            raise QueryError(f"empty parentheses at position {pos}")
        node = self.group()
        if self.peek() != ")":
            raise QueryError(f"unbalanced parenthesis: '(' at position {pos} is never closed")
        self.i += 1
        return node


def _term(word: str, pos: int, key_ok: bool) -> Term:
    if not key_ok:
        return Term("text", word, pos, (word,))
    key, value = word.split(":", 1)
    key, low, where = key.lower(), value.lower(), f"at position {pos}"
    if key not in KEYS:
        raise QueryError(f'unknown search key "{key}:" {where}; known keys: {", ".join(KEYS)} (quote text with a colon)')
    if not value:
        raise QueryError(f"{key}: {where} needs a value, e.g. {key}:{EXAMPLES[key]}")
    if key == "is" and low not in IS_VALUES:
        raise QueryError(f'is:{value} {where}: use one of is:{", is:".join(IS_VALUES)}')
    if key == "flag" and not re.fullmatch(f"[0-{MAX_FLAG}]", low):
        raise QueryError(f"flag:{value} {where}: a flag is a number from 0 (none) to {MAX_FLAG}")
    if key == "kind" and low not in KINDS:
        raise QueryError(f'kind:{value} {where}: known kinds are {", ".join(KINDS)}')
    if key in ("rated", "added"):
        m = re.fullmatch(r"([0-9]{1,9})(?::([1-4]))?" if key == "rated" else r"([0-9]{1,9})", value)
        if not m or int(m.group(1)) < 1:
            raise QueryError(f"{key}:{value} {where}: {key} needs a number of days (1 = today), e.g. {key}:{EXAMPLES[key]}")
        days = min(int(m.group(1)), 36500)  # a hundred years is "ever"
        return Term(key, value, pos, (days, *(int(g) for g in m.groups()[1:] if g)))
    if key != "prop":
        return Term(key, value, pos, (int(low),) if key == "flag" else (low if key in ("is", "kind") else value,))
    parts = re.fullmatch(r"([a-z]*)(<=|>=|!=|<|>|=)?(.*)", low, re.DOTALL)
    assert parts is not None  # every part may be empty: any text matches
    name, op, number = parts.groups()
    if name not in PROPS:
        raise QueryError(f'unknown property "prop:{name}" {where}; known: {", ".join(PROPS)}')
    if not op:
        raise QueryError(f"prop:{name} {where} needs a comparison and a number, e.g. prop:{name}>=10")
    whole = PROPS[name] not in ("difficulty", "stability")
    try:
        num = int(number) if whole else float(number)
        if abs(num) > 1e15:
            raise ValueError(number)
    except ValueError:
        raise QueryError(f"prop:{name} {where} needs {'a whole' if whole else 'a'} number after {op}, e.g. prop:{name}{op}10") from None
    return Term(key, value, pos, (PROPS[name], op, num))


def parse(query: str) -> Node:
    """The query's syntax tree; raises QueryError, naming the problem and its position."""
    p = _Parser(_tokens(query))
    node = p.group()
    if p.peek() == ")":
        raise QueryError(f"unbalanced parenthesis: ')' at position {p.toks[p.i][2]} has no matching '('")
    return node


# -- compiling to SQL -------------------------------------------------------

def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("*", "%") + "%"


def _wild(text: str, star: str) -> str:
    return star.join(re.escape(part) for part in text.split("*"))


def _compile(node: Node, s: Session, now: datetime, hour: int) -> Any:
    if isinstance(node, Group):
        parts = [_compile(n, s, now, hour) for n in node.nodes]
        if node.op == "not":  # NULL (e.g. a new card's interval) counts as "no match"
            return not_(func.coalesce(parts[0], false()))
        return or_(*parts) if node.op == "or" else and_(true(), *parts)
    key, arg = node.key, node.arg
    if key == "text":
        if arg[0].isascii():  # LIKE: fast, case-insensitive for ASCII only
            return or_(Note.front.like(_like(arg[0]), escape="\\"), Note.back.like(_like(arg[0]), escape="\\"))
        rx = "(?is)" + _wild(arg[0], ".*")
        return or_(Note.front.regexp_match(rx), Note.back.regexp_match(rx))
    if key == "deck":
        deck_rx = re.compile(_wild(arg[0], ".*") + "(::.*)?", re.IGNORECASE | re.DOTALL)
        ids = [i for i, name in s.execute(select(Deck.id, Deck.name)) if deck_rx.fullmatch(name)]
        if not ids:
            raise NotFound(f"no deck named {arg[0]!r} (see `srs decks`)")
        return Card.deck_id.in_(ids)
    if key == "tag":  # a tag or its children, "tag:none" for no tags
        none = arg[0].lower() == "none"
        return func.trim(Note.tags) == "" if none else Note.tags.regexp_match(f"(?i) {_wild(arg[0], '[^ ]*')}(::[^ ]*)? ")
    if key == "is":
        return {"new": Card.state == State.NEW, "learn": Card.state.in_(LEARNING_STATES),
                "review": Card.state.in_(INTERVAL_STATES),
                "suspended": Card.suspended.is_(True), "buried": Card.buried_until > now, "suggested": false(),
                "due": and_(Card.state != State.NEW, Card.due < study_day(now, hour).end, Card.suspended.is_(False),
                            or_(Card.buried_until.is_(None), Card.buried_until <= now))}[arg[0]]
    if key in ("flag", "kind"):
        return Card.flag == arg[0] if key == "flag" else Note.kind == arg[0]
    if key == "source":
        uris = select(Source.id).where(Source.uri.like(_like(arg[0]), escape="\\"))
        return or_(Note.source_id.in_(uris), Note.id.in_(select(NoteSource.note_id).where(NoteSource.source_id.in_(uris))))
    if key in ("rated", "added"):
        since = study_day(now, hour, offset_days=1 - arg[0]).start  # N study days back, today included
        logs = select(ReviewLog.card_id).where(ReviewLog.reviewed_at >= since, *([ReviewLog.rating == arg[1]] if len(arg) > 1 else []))
        return Card.created_at >= since if key == "added" else Card.id.in_(logs)
    field, op, num = arg
    left = {"ivl": interval_days_sql(), "lapses": Card.lapses, "reps": Card.reps,
            "difficulty": Card.difficulty, "stability": Card.stability}.get(field)
    if field == "due":  # study days from today; overdue is negative
        today_us = round(study_day(now, hour).start.timestamp() * 1_000_000)
        left = case((Card.state == State.NEW, None), else_=func.floor((raw(Card.due) - today_us) / (DAY_US * 1.0)))
    assert left is not None  # parse() lets through only the fields above
    return _OPS[op](left, num)


# -- results -----------------------------------------------------------------

@dataclass(frozen=True)
class CardRow:
    id: int
    note_id: int
    deck: str
    front: str  # one line of plain text, at most 120 characters
    kind: str
    state: int
    due: datetime
    interval_days: int
    difficulty: float | None
    stability: float | None
    lapses: int
    reps: int
    flag: int
    suspended: bool
    buried: bool
    tags: list[str]
    # What `srs show` also prints, so a script needs one `srs cards --json`, not one `srs show` per card.
    full_front: str = ""  # markdown, as `srs show --json` gives "front"
    back: str = ""
    context: str = ""  # "Deck › Heading › Sub"
    rule: str = ""
    source: str | None = None
    line: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The names `srs show --json` uses: "front" and "back" whole, "preview" the table's one line."""
        out = {**asdict(self), "due": self.due.isoformat(), "front": self.full_front, "preview": self.front}
        del out["full_front"]
        return out


_MARKDOWN = [(re.compile(rx), repl) for rx, repl in (  # links, images → text; drop tags, headings, quotes, lists, emphasis
    (r"!?\[([^\]]*)\]\([^)]*\)", r"\1"), (r"<[^>]+>", " "), (r"(?m)^\s*(?:```+.*|#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", " "),
    (r"(\*\*|__|~~)(.+?)\1", r"\2"), (r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1"), (r"`+", ""), (r"\s+", " "))]
_MARKUP = re.compile("[\\[<*_~`#>\t\n\v\f\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_LIST = re.compile(r"\s|(?:[-+]|\d+[.)]) ")


def plain_preview(markdown: str, width: int = 120) -> str:
    """One line of plain text: markdown markup removed, shortened with an ellipsis (plain one-liners skip the regexes)."""
    text = markdown[: width * 4]  # plenty for one line, and fast on long notes
    if _MARKUP.search(text) or "  " in text or _LIST.match(text):
        text = functools.reduce(lambda t, rule: rule[0].sub(rule[1], t), _MARKDOWN, text)
    text = text.strip()
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def search_cards(col: Collection, query: str = "", *, order: str = "due", descending: bool = False,
                 limit: int | None = None) -> list[CardRow]:
    """The cards matching ``query`` (every card for an empty query), sorted by ``order``."""
    tree = parse(query)
    if order not in ORDERS:
        raise QueryError(f'unknown order "{order}"; use one of {", ".join(ORDERS)}')
    order_columns: dict[str, list[Any]] = {
        "due": [Card.state == State.NEW, Card.due, Card.position], "difficulty": [Card.difficulty], "lapses": [Card.lapses],
        "reps": [Card.reps], "interval": [interval_days_sql()], "added": [Card.created_at], "deck": [Deck.name, Card.due],
        "front": [func.lower(Note.front), Card.ordinal],  # Anki's sort field, case-insensitive
    }
    keys = [(k.desc() if descending else k.asc()).nulls_last() for k in order_columns[order]]  # new cards have no difficulty
    now = col.now()
    with col.read() as s:
        stmt = (
            select(Card.id, Card.note_id, Deck.name, Card.ordinal, Note.template, Note.front, Note.back, Note.kind,
                   Card.state, raw(Card.due), interval_days_sql(), Card.difficulty, Card.stability, Card.lapses, Card.reps,
                   Card.flag, Card.suspended, raw(Card.buried_until), Note.tags, Note.rule, Note.heading_path, Note.line,
                   Source.uri)
            .join(Note, Note.id == Card.note_id).join(Deck, Deck.id == Card.deck_id)
            .outerjoin(Source, Source.id == Note.source_id)
            .where(_compile(tree, s, now, day_start_hour(s))).order_by(*keys, Card.id)
        )
        rows = s.connection().execute(stmt if limit is None else stmt.limit(max(0, limit))).all()
    out, now_us = [], to_micros(now)
    for r in rows:  # unpacked, not by name: 100,000 rows take a second less
        (cid, nid, deck, ordinal, _, _, _, kind, state, due, ivl, diff, stab, lapses, reps, flag, susp, buried, tags,
         rule, headings, line, uri) = r
        front, back = sides(r, ordinal)
        context = CONTEXT_SEP.join([deck.replace("::", CONTEXT_SEP), *headings])
        out.append(CardRow(cid, nid, deck, plain_preview(front), kind, state, from_micros(due),
                           int(ivl or 0), diff, stab, lapses, reps, flag, bool(susp), (buried or 0) > now_us, tags.split(),
                           front, back, context, rule, uri, line))
    return out
