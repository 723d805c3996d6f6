"""Text pasted from a book or a PDF into notes: words split at a line end ("run- ning"), and the book's page
numbers at the start of each point ("- (66) **Self-hosted compilers** are …"). srs.extract.prepare mends them
before the notes are parsed, outside code."""

from __future__ import annotations

import re
import unicodedata

from srs.extract import indented, rx

_PDF_HYPHEN = re.compile(r"(?<![\w-])([a-z]{2,})- (?!(?:and|or|nor|to|und|oder|bis|et|ou|y|e|o|i|a|à|и|или)\b)([a-z]{2,})\b")


def rejoined(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "run- ning", "multiplicative- decrease": words a PDF split at a line end, pasted with a plain hyphen and a
    space. Whether the hyphen is the break's or the word's, the notes' own words say: "running" written whole
    elsewhere joins it, "multiplicative-decrease" keeps the hyphen; a word found neither way stays as it is."""
    if not any("- " in line for line in lines):
        return lines
    words = {w.lower() for line in lines for w in rx.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line)}
    words |= {part for w in list(words) for part in w.split("-")}

    def mend(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(2)
        if f"{head}{tail}".lower() in words:
            return f"{head}{tail}"
        return f"{head}-{tail}" if f"{head}-{tail}".lower() in words else m.group(0)

    return [line if code or "- " not in line else _PDF_HYPHEN.sub(mend, line) for line, code in zip(lines, in_code, strict=True)]


_PAGE_MARK = re.compile(r"^(\s*(?:[-*+]\s+)?)\((\d{1,4})\)\s+(?=\S)")


def without_page_marks(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "- (66) **Self-hosted compilers** are …": reading notes that start each point with the book's page. Three or
    more such marks that never go down, one of them past 9, are pages, not a list's own numbers: they go."""
    marks = [(k, int(m.group(2))) for k, line in enumerate(lines) if not in_code[k] and (m := _PAGE_MARK.match(line))]
    pages = [n for _k, n in marks]
    if len(marks) < 3 or max(pages) < 10 or any(b < a for a, b in zip(pages, pages[1:], strict=False)):
        return lines
    out = list(lines)
    for k, _n in marks:
        out[k] = _PAGE_MARK.sub(r"\1", out[k], count=1)
    return out


_CONFIG_LINE = re.compile(r"^([a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*):(?:\s+\S.*)?$")
# "Access-Control-Allow-Credentials: true", "Date:Wed, 30 Nov 2011 02:13:21 GMT": a header line of an HTTP message
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s*:\s*(\S.*?)\s*$")
_HTTP_NAME = re.compile(r"(?:content|access-control|accept|cache|set-cookie|cookie|user-agent|x|last-modified|if|etag|"
                        r"connection|host|referer|origin|vary|via|date|server|allow|location|authorization|keep-alive|"
                        r"transfer-encoding|strict-transport-security|expires|pragma|age)(?:-[\w-]+)?", re.IGNORECASE)


def _configuration(lines: list[str]) -> bool:
    """Two keys or more written as identifiers (snake_case, dotted)."""
    keys = [m.group(1) for line in lines if (m := _CONFIG_LINE.match(line))]
    return sum(1 for key in keys if rx.search(r"[_.]", key)) >= 2


def _http_message(lines: list[str]) -> bool:
    """Header names of HTTP, most of them with a value of a word or two, a date or an address: one message's values,
    not a note on what each header does ("Content-Type: tells the client how to read the body")."""
    found = [m for line in lines if (m := _HEADER_LINE.match(line))]
    named = sum(1 for m in found if _HTTP_NAME.fullmatch(m.group(1)))
    valued = sum(1 for m in found if len(m.group(2).split()) <= 2 or rx.match(r"[A-Z][a-z]{2},\s*\d|https?://", m.group(2)))
    return len(found) == len(lines) and named >= 2 and valued * 5 >= len(lines) * 4


def config_as_code(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "runtime: python28" / "api_version: 1" / "instance_class: F1": a configuration file pasted as plain lines, not
    in a code block; "Access-Control-Request-Method: POST" / "Origin: http://…": an HTTP request pasted the same way.
    Each key would become a card ("instance_class?" → "F1"); indented, the lines are the code they are. A paragraph of
    three such lines or more."""
    out = list(lines)
    for match, enough in ((_CONFIG_LINE, _configuration), (_HEADER_LINE, _http_message)):
        k = 0
        while k < len(lines):
            end = k
            while end < len(lines) and not in_code[end] and match.match(lines[end]):
                end += 1
            before = lines[k - 1].strip() if k else ""
            after = lines[end].strip() if end < len(lines) else ""
            if end - k >= 3 and enough(lines[k:end]) and not after and (not before or before.startswith("#")):
                if k and not before and end < len(lines):  # fenced where blank lines stand (the line count stays): indented
                    out[k - 1], out[end] = "```", "```"  # after a list, the lines would join its last item
                else:  # right under a heading or at an end of the file: indented, a code block as well
                    out[k:end] = ["    " + line for line in lines[k:end]]
            k = max(end, k + 1)
    return out


# 'resource "aws_vpc" "main" {', 'output "name" {', 'locals {', 'if (n > 0) {', 'const cfg = {': a line of code that
# opens a block: names, quoted strings, calls and operators, no sentence, before a last "{"
_BLOCK_OPENER = re.compile(r"\s{0,3}(?:[\w$@.:<>\[\]=-]|\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)|\s)*")
# "# aws_vpc.main:" (what `terraform state show` prints over a resource), "// the defaults": a comment over the block
_BLOCK_COMMENT = re.compile(r"^\s{0,3}(?:#\s*[\w$@\[\]\"-]*[._][\w.$@\[\]\"-]*:|//.*)\s*$")
_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")


def brace_blocks_as_code(lines: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """ 'resource "aws_vpc" "main" {' … '}': a block of code (HCL, JSON, C-like) pasted with no fence around it. Its
    lines would be read as notes: "# aws_vpc.main:" over it a heading, "sensitive = true" a definition. A line that
    opens a block and the line that closes it (their braces balance, within 80 lines, no heading between) are fenced,
    with a comment line right above the opener; the fences are new lines (origin 0)."""
    in_code = indented.in_code(lines)
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        opener = lines[k].rstrip()
        if in_code[k] or not opener.endswith("{") or not _BLOCK_OPENER.fullmatch(opener[:-1]) \
                or len(rx.findall(r"[^\W\d_]{2,}", opener)) > 8:
            k += 1
            continue
        end = _block_end(lines, in_code, k)
        if end is None:
            k += 1
            continue
        start = k - 1 if k and not in_code[k - 1] and _BLOCK_COMMENT.match(lines[k - 1]) else k
        spans.append((start, end))
        k = end + 1
    if not spans:
        return lines, origin
    out, out_origin = list(lines), list(origin)
    for start, end in reversed(spans):
        indent = " " * min(len(lines[start]) - len(lines[start].lstrip(" ")), 3)
        out[end + 1:end + 1], out_origin[end + 1:end + 1] = [f"{indent}```"], [0]
        out[start:start], out_origin[start:start] = [f"{indent}```"], [0]
    return out, out_origin


def _block_end(lines: list[str], in_code: list[bool], opener: int) -> int | None:
    """The line whose "}" closes the block the opener opens (braces in quoted strings not counted), or None."""
    depth = 0
    for k in range(opener, min(len(lines), opener + 80)):
        line = lines[k]
        if in_code[k] or k > opener and rx.match(r"\s{0,3}#{1,6}\s+[A-Z]", line):
            return None
        bare = _QUOTED.sub("", line)
        depth += bare.count("{") - bare.count("}")
        if depth <= 0:
            return k if k > opener + 1 and rx.match(r"\s*\}[\s;,)]*$", line) else None
    return None


_BOX = re.compile(r"[│├└┌┐┘┬┴┼┤╭╮╯╰║╠╚╔═]")  # box-drawing characters: the lines of a tree or a diagram


def drawings_as_code(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "Is content dynamic?" / "├── YES → Bypass CDN" / "└── NO → continue" / "Push: large binaries": a decision tree or a
    diagram drawn with box-drawing characters and pasted with no fence. Its leaves would be read as notes ("Push?" →
    "large binaries"), though each means something only at its place in the drawing. A paragraph of which three lines
    or more, and a third or more, are drawn is fenced where the blank lines around it stand (the line count stays)."""
    out = list(lines)
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end].strip() and not in_code[end]:
            end += 1
        drawn = sum(1 for line in lines[k:end] if _BOX.search(line))
        if drawn >= 3 and drawn * 3 >= end - k and k and not lines[k - 1].strip() and end < len(lines):
            out[k - 1], out[end] = "```", "```"
        k = end + 1
    return out


# the bullets a word processor writes in its Symbol or Wingdings font, pasted as private-use characters (U+F0B7 "",
# U+F0A7 "", U+F0D8 "", U+F076 "", U+F0FC ""): the notes' list marks, shown as boxes or blanks
_WORD_BULLET = re.compile(r"^(\s*)[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0e0\uf06e\uf0a8\uf02d]\s*(?=\S)")


def word_bullets(lines: list[str], in_code: list[bool]) -> list[str]:
    """ " PID 1 → init" / "o Example:": a list pasted from a word processor. Its private-use bullets become "- ",
    and, in such notes, a line opened by "o " is the next level of the list (Word's second bullet)."""
    if not any(_WORD_BULLET.match(line) for line, code in zip(lines, in_code, strict=True) if not code):
        return lines
    out = []
    for line, code in zip(lines, in_code, strict=True):
        if not code:
            line = _WORD_BULLET.sub(r"\1- ", line)
            line = rx.sub(r"^(\s*)o\s+(?=\S)", r"\1    - ", line)
        out.append(line)
    return out


_CIRCLED_ITEM = re.compile(r"^(\s*)([\u2460-\u2473])\s*[、.．)）:：]?\s*(?=\S)")


def circled_items(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "①、轮转调度" over "②、优先级调度": a numbered list typed with circled numbers, one item a line. Two such lines
    in a row become "1. 轮转调度" / "2. 优先级调度", a list the parser sees (one line alone stays as written)."""
    marks = [None if code else _CIRCLED_ITEM.match(line) for line, code in zip(lines, in_code, strict=True)]
    out = list(lines)
    for k, m in enumerate(marks):
        if m is not None and (k > 0 and marks[k - 1] is not None or k + 1 < len(marks) and marks[k + 1] is not None):
            out[k] = f"{m.group(1)}{ord(m.group(2)) - 0x245F}. {lines[k][m.end():]}"
    return out


def styled_letters(line: str) -> str:
    """ "𝗜𝗻𝘀𝘂𝗳𝗳𝗶𝗰𝗶𝗲𝗻𝘁 𝗿𝗲𝘄𝗮𝗿𝗱𝘀: …", "𝘘𝘶𝘢𝘭𝘪𝘵𝘪𝘦𝘴 𝘰𝘧 …": words typed in Unicode's mathematical letters to look bold or italic
    where no markup works (a post pasted from a social site). They become plain letters, a bold run bold markup."""
    if not _STYLED.search(line):
        return line

    def plain(m: re.Match[str]) -> str:
        text = unicodedata.normalize("NFKC", m.group())
        return f"**{text}**" if "BOLD" in unicodedata.name(m.group()[0], "") and text.strip() else text
    return _STYLED_RUN.sub(plain, line)


_STYLED = re.compile("[\U0001d400-\U0001d7ff]")
# a run of styled letters (and the spaces between its words); bold and not bold runs apart
_STYLED_RUN = re.compile("[\U0001d400-\U0001d7ff]+(?:[ \u00a0]+[\U0001d400-\U0001d7ff]+)*")


def hyphen_breaks(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "… requests/sec on aver‐" over "age, but peaks …": a word a PDF broke with its hyphen (U+2010) at a line end;
    the word is joined on the first line, the next line keeps the rest (and its number)."""
    out = list(lines)
    for k in range(len(out) - 1):
        if in_code[k] or in_code[k + 1] or not out[k].rstrip().endswith("\u2010"):
            continue
        rest = _BROKEN_TAIL.match(out[k + 1])
        if rest and rest.group(3).strip():
            out[k] = out[k].rstrip()[:-1] + rest.group(2)
            out[k + 1] = rest.group(1) + rest.group(3).lstrip()
    return out


_BROKEN_TAIL = re.compile(r"^(\s*)([a-z]+[,.;:]?)(\s.*)$")
