"""Text pasted from a book or a PDF into notes: words split at a line end ("run- ning"), and the book's page
numbers at the start of each point ("- (66) **Self-hosted compilers** are …"). srs.extract.prepare mends them
before the notes are parsed, outside code."""

from __future__ import annotations

import re

_PDF_HYPHEN = re.compile(r"(?<![\w-])([a-z]{2,})- (?!(?:and|or|nor|to|und|oder|bis|et|ou|y|e|o|i|a|à|и|или)\b)([a-z]{2,})\b")


def rejoined(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "run- ning", "multiplicative- decrease": words a PDF split at a line end, pasted with a plain hyphen and a
    space. Whether the hyphen is the break's or the word's, the notes' own words say: "running" written whole
    elsewhere joins it, "multiplicative-decrease" keeps the hyphen; a word found neither way stays as it is."""
    if not any("- " in line for line in lines):
        return lines
    words = {w.lower() for line in lines for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line)}
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
    return sum(1 for key in keys if re.search(r"[_.]", key)) >= 2


def _http_message(lines: list[str]) -> bool:
    """Header names of HTTP, most of them with a value of a word or two, a date or an address: one message's values,
    not a note on what each header does ("Content-Type: tells the client how to read the body")."""
    found = [m for line in lines if (m := _HEADER_LINE.match(line))]
    named = sum(1 for m in found if _HTTP_NAME.fullmatch(m.group(1)))
    valued = sum(1 for m in found if len(m.group(2).split()) <= 2 or re.match(r"[A-Z][a-z]{2},\s*\d|https?://", m.group(2)))
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
