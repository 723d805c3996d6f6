"""markdown-it token stream → a small document tree (headings, paragraphs, lists, …).

The document is parsed once; every rule works on this tree, so code blocks,
nested lists, tables and emphasis are understood rather than guessed.
"""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from srs.extract import rx
from srs.extract.model import Block, Line

# ("~~struck~~" text is what the author took back: the inline reader drops it)
_PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"]).use(front_matter_plugin)
_PLAIN_PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])  # when "---" opens a document but is no YAML
_CONTAINERS = {
    "bullet_list_open": "list", "ordered_list_open": "list", "list_item_open": "item", "blockquote_open": "quote",
}
_CLOSERS = {"bullet_list_close", "ordered_list_close", "list_item_close", "blockquote_close"}


def parse(source: str, front_matter: bool = True) -> list[Any]:
    return (_PARSER if front_matter else _PLAIN_PARSER).parse(source)


def build_tree(tokens: list[Any], origin: list[int]) -> tuple[Block, Any | None]:
    """The document tree and the front matter token (or None)."""
    root = Block("root", 0, 0)
    stack = [root]
    front_matter = None
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        kind = tok.type
        parent = stack[-1]
        if kind == "front_matter":
            front_matter = tok
        elif kind == "heading_open":
            start, end = _span(tok.map, origin)
            lines = _lines(tokens[i + 1], tok.map, origin)
            if parent.kind == "item" and tok.markup == "#" and rx.match(r"[a-z]", tokens[i + 1].content):
                # "* # install dkms # will enroll key" among commands: a shell comment in a list, not a title for the
                # rest of the notes (an outline's "- # Networking" heading keeps its capital)
                parent.children.append(Block("code", start, end))
            elif tok.markup in ("-", "=") and _prose(tokens[i + 1].content):
                # Three sentences over a "-----" rule: a paragraph and a separator, not a setext heading
                parent.children.append(Block("paragraph", start, end - 1, lines[:-1] if len(lines) > 1 and
                                             not lines[-1].md.strip().strip("-=") else lines))
                parent.children.append(Block("hr", end, end))
            else:
                parent.children.append(Block("heading", start, end, lines, level=int(tok.tag[1])))
            i += 2
        elif kind == "paragraph_open":
            start, end = _span(tok.map, origin)
            block = Block("paragraph", start, end, _lines(tokens[i + 1], tok.map, origin))
            if parent.kind == "item" and not parent.lines and not parent.children:
                parent.lines = block.lines
            else:
                parent.children.append(block)
            i += 2
        elif kind in _CONTAINERS:
            start, end = _span(tok.map, origin)
            block = Block(_CONTAINERS[kind], start, end, ordered=kind == "ordered_list_open")
            parent.children.append(block)
            stack.append(block)
        elif kind in _CLOSERS:
            if len(stack) > 1:
                stack.pop()
        elif kind in ("fence", "code_block"):
            start, end = _span(tok.map, origin)
            parent.children.append(Block("code", start, end, info=(tok.info or "").strip()))
        elif kind == "hr":
            start, end = _span(tok.map, origin)
            parent.children.append(Block("hr", start, end))
        elif kind == "html_block":
            start, end = _span(tok.map, origin)
            parent.children.append(Block("html", start, end))
        elif kind == "table_open":
            i = _table(tokens, i, origin, parent)
        i += 1
    return root, front_matter


def _table(tokens: list[Any], i: int, origin: list[int], parent: Block) -> int:
    start, end = _span(tokens[i].map, origin)
    block = Block("table", start, end)
    row: list[list[Line]] = []
    row_map: list[int] | None = None
    while i < len(tokens) and tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "tr_open":
            row, row_map = [], tok.map
        elif tok.type == "inline":
            row.append(_lines(tok, row_map or tokens[i - 1].map or [0, 1], origin))
        elif tok.type == "tr_close":
            block.rows.append(row)
        i += 1
    parent.children.append(block)
    return i


def _span(token_map: list[int] | None, origin: list[int]) -> tuple[int, int]:
    if not token_map:
        return 0, 0
    first = _origin(origin, token_map[0], +1)
    last = _origin(origin, max(token_map[1] - 1, token_map[0]), -1)
    return first, max(first, last)


def _origin(origin: list[int], index: int, step: int) -> int:
    """The user's line for a parsed line, skipping lines the preparer inserted."""
    index = min(max(index, 0), len(origin) - 1)
    while 0 <= index < len(origin) and origin[index] == 0:
        index += step
    if 0 <= index < len(origin):
        return origin[index]
    return next((o for o in origin if o), 1)


def _lines(inline: Any, token_map: list[int] | None, origin: list[int]) -> list[Line]:
    """Split an inline token into its source lines (at soft and hard breaks)."""
    first = token_map[0] if token_map else 0
    texts = inline.content.split("\n")
    segments: list[list[Any]] = [[]]
    hard: list[bool] = []
    for child in inline.children or []:
        if child.type in ("softbreak", "hardbreak"):
            segments.append([])
            hard.append(child.type == "hardbreak")
        else:
            segments[-1].append(child)
    if len(segments) != len(texts):  # a code span or link across lines: keep it as one line
        return [Line(_origin(origin, first, +1), " ".join(t.strip() for t in texts), [c for s in segments for c in s])]
    hard.append(False)
    return [Line(_origin(origin, first + k, +1), text.strip().removesuffix("\\").rstrip() if hard[k] else text.strip(), seg,
                 hard[k])  # "… between minor GCs.\\": the backslash is the line break, not a character of the line
            for k, (text, seg) in enumerate(zip(texts, segments, strict=True))]


def _prose(text: str) -> bool:
    """A setext "heading" that is prose: more than one line, or over twelve words, or a sentence end inside."""
    text = text.strip()
    return "\n" in text or len(text.split()) > 12 or bool(rx.search(r"[.!?。]\s+\S", text))
