"""Hypothesis strategies for hostile study notes: markdown and delimited text.

Documents are built from the deck language's pieces (tests use it on purpose
wrongly too): headings at any depth, ``Q:``/``A:``, ``front :: back``,
``front ::: back``, clozes (balanced, unbalanced, empty, numbered 0, with
hints, ``==highlight==``), lists nested at random indents, tables, fenced code
(closed or not), front matter (valid or broken YAML) and free text in any
script, with control characters, zero-width and bidi marks, mojibake (UTF-8
read as cp1252/Latin-1) and very long lines; then encoded with or without a
BOM and with LF, CRLF or CR line endings.
"""

from __future__ import annotations

from hypothesis import strategies as st

CONTROL = "\x01\x07\x08\x0b\x0c\x1b\x7f\u0085\u200b\u200d\u2028\u2029\u202e\ufeff\ufffd"

plain_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\n\r"),
    min_size=0, max_size=40,
)
word = st.sampled_from([
    "cache", "latency", "Paxos", "quorum", "TLS", "idempotent", "SLO", "p99", "日本語", "Ünïcödé",
    "naïve", "Straße", "العربية", "עברית", "😀", "`code`", "**bold**", "_em_", "<b>html</b>", "[link](x)",
    "$x^2$", "::", ":::", "vs", "Q:", "A:", "==", "{{", "}}", "#", "|", "-", "*", "1.", ">",
])
control = st.sampled_from(list(CONTROL))
fragment = st.one_of(word, plain_text, control)
line_text = st.lists(fragment, min_size=1, max_size=8).map(" ".join)


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def long_line(n: int) -> str:
    return ("very long line with words and {{c1::a cloze}} " * (n // 40 + 1))[:n]


@st.composite
def cloze_text(draw) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        n = draw(st.sampled_from([0, 1, 1, 2, 3, 10]))
        body = draw(st.one_of(line_text, st.just(""), st.just(" ")))
        kind = draw(st.sampled_from(["ok", "ok", "hint", "unbalanced", "highlight", "nested"]))
        if kind == "ok":
            parts.append(f"{{{{c{n}::{body}}}}}")
        elif kind == "hint":
            parts.append(f"{{{{c{n}::{body}::{draw(line_text)}}}}}")
        elif kind == "unbalanced":
            parts.append(f"{{{{c{n}::{body}")
        elif kind == "highlight":
            parts.append(f"=={body}==")
        else:
            parts.append(f"{{{{c1::outer {{{{c2::{body}}}}} }}}}")
        parts.append(draw(line_text))
    return " ".join(parts)


@st.composite
def block(draw) -> str:  # type: ignore[no-untyped-def]
    kind = draw(st.sampled_from([
        "heading", "qa", "inline", "reverse", "cloze", "list", "table", "code", "text", "long", "mojibake", "blank",
    ]))
    t = lambda: draw(line_text)  # noqa: E731
    if kind == "heading":
        return "#" * draw(st.integers(1, 7)) + " " + t()
    if kind == "qa":
        answer = "\n".join(t() for _ in range(draw(st.integers(0, 3))))
        return f"Q: {t()}\nA: {answer}"
    if kind == "inline":
        return f"{t()} :: {t()}"
    if kind == "reverse":
        return f"{t()} ::: {t()}"
    if kind == "cloze":
        return draw(cloze_text())
    if kind == "list":
        items = []
        for _ in range(draw(st.integers(1, 6))):
            indent = " " * draw(st.sampled_from([0, 0, 2, 4, 3, 8, 1]))
            items.append(f"{indent}{draw(st.sampled_from(['-', '*', '+', '1.', '2)']))} {t()}")
        return "\n".join(items)
    if kind == "table":
        cols = draw(st.integers(1, 4))
        rows = [" | ".join(t() for _ in range(cols)) for _ in range(draw(st.integers(1, 4)))]
        return "\n".join([f"| {rows[0]} |", "|" + "---|" * cols, *(f"| {r} |" for r in rows[1:])])
    if kind == "code":
        closing = draw(st.booleans())
        return f"```{draw(st.sampled_from(['', 'python', 'sql']))}\n{t()}\n{t()}" + ("\n```" if closing else "")
    if kind == "long":
        return long_line(draw(st.integers(1_000, 60_000)))
    if kind == "mojibake":
        return mojibake(t() + " — it’s “quoted” café")
    if kind == "blank":
        return ""
    return t()


front_matter = st.one_of(
    st.just(""),
    st.builds(lambda d: f"---\ndeck: {d}\ntags: [fuzz, x]\n---\n", line_text),
    st.sampled_from(["---\ndeck: [unclosed\n---\n", "---\n: : :\n---\n", "---\ndeck: A::B::C\n", "---\n---\n"]),
)


@st.composite
def markdown_document(draw) -> str:  # type: ignore[no-untyped-def]
    blocks = draw(st.lists(block(), min_size=1, max_size=12))
    joins = draw(st.lists(st.sampled_from(["\n\n", "\n", "\n\n\n"]), min_size=len(blocks), max_size=len(blocks)))
    return draw(front_matter) + "".join(b + j for b, j in zip(blocks, joins, strict=True))


@st.composite
def encoded(draw, text_strategy) -> bytes:  # type: ignore[no-untyped-def]
    text = draw(text_strategy)
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    data = text.replace("\n", newline).encode("utf-8")
    if draw(st.integers(0, 14)) == 0:  # now and then a byte sequence that is not UTF-8
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xe2\x82", b"\x80"])) + data[at:]
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + data


@st.composite
def delimited_document(draw) -> tuple[str, bytes]:  # type: ignore[no-untyped-def]
    """(suffix, bytes) of a CSV/TSV file or an Anki text export with headers."""
    sep = draw(st.sampled_from([",", "\t", ";", "|"]))
    cols = draw(st.integers(1, 5))
    cell = st.one_of(line_text, cloze_text(), st.just(""), st.builds(long_line, st.integers(500, 20_000)),
                     st.builds(lambda a: f'"{a}"', line_text), st.builds(lambda a: f'"{a}', line_text))
    rows = draw(st.lists(st.lists(cell, min_size=1, max_size=cols), min_size=0, max_size=15))
    body = "\n".join(sep.join(r) for r in rows)
    kind = draw(st.sampled_from(["csv", "tsv", "anki-txt"]))
    if kind == "anki-txt":
        name = {",": "comma", "\t": "tab", ";": "semicolon", "|": "pipe"}[sep]
        head = [f"#separator:{name}", f"#html:{draw(st.sampled_from(['true', 'false']))}"]
        if draw(st.booleans()):
            head.append(f"#columns:{sep.join(draw(st.lists(line_text, min_size=1, max_size=cols)))}")
        if draw(st.booleans()):
            head.append(f"#notetype:{draw(st.sampled_from(['Basic', 'Cloze', 'Basic (and reversed card)']))}")
        return ".txt", ("\n".join(head) + "\n" + body).encode("utf-8")
    return f".{kind}", body.encode("utf-8")
