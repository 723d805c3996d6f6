"""The card search language: a subset of Anki's (KEYS, free text, ``-``, ``OR``, parentheses), parsed to a tree.

``parse`` validates every term and names a problem with its position (QueryError);
srs.service.search_sql compiles the tree to SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from srs.core.consts import MAX_FLAG, MAX_INTERVAL_DAYS
from srs.core.errors import UsageError
from srs.core.notes import NoteKind

KEYS = ("deck", "tag", "is", "flag", "prop", "rated", "added", "kind", "source")
IS_VALUES = ("due", "new", "learn", "review", "suspended", "buried", "suggested")
KINDS = tuple(k.value for k in NoteKind)
PROPS = {"ivl": "ivl", "due": "due", "lapses": "lapses", "reps": "reps",
         "d": "difficulty", "difficulty": "difficulty", "s": "stability", "stability": "stability"}
EXAMPLES = {"deck": '"Security::STRIDE"', "tag": "aws", "is": "due", "flag": "1", "prop": "ivl>=10",
            "rated": "7", "added": "3", "kind": "cloze", "source": "stride.md"}
_TOKEN = re.compile(r'\s*(?:([()])|(-)(?=[^\s)])|((?:[^\s()"-]|"[^"]*")(?:[^\s()"]+|"[^"]*")*))')


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
        days = min(int(m.group(1)), MAX_INTERVAL_DAYS)  # a hundred years is "ever"
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
