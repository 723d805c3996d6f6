"""Get pasted notes ready to parse: repair mojibake, split run-together labels.

Line numbers always refer to the user's text after newline normalisation
(``\\r\\n`` and ``\\r`` count as one line break, as markdown-it counts them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy

from srs.extract import footnotes, front_matter, html_text, indented, pasted, plain_titles, rx, slides, wiki_links
from srs.extract.table_lines import corner_cells
from srs.extract.text import ITEM_MARKER, TAG

# A Latin-1 letter followed by a byte that UTF-8 would have used: the mark of UTF-8 read as cp1252 ("â€™", "Ã©", "â€“").
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_FTFY = ftfy.TextFixerConfig(fix_line_breaks=False, normalization="NFC", explain=False)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u2060\ufeff]|(?<![\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\U0001F3FB-\U0001F3FF])\u200d")
# (zero-width spaces split words unseen, "立\u200b即"; a joiner means something only inside an emoji, "👨\u200d💻")
# Outliner block and page properties (Logseq "collapsed:: true", "title:: page"): the app's bookkeeping, not notes.
# ("front :: back" cards have a space before the colons.)
_OUTLINE_PROPERTY = re.compile(r"^\s*[a-z][\w-]*:: \S.*$")
# Python's "__init__()" / "__next__" written without backticks: a name, not "init" in bold
_DUNDER = re.compile(r"(?<![\w`*])__(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)*__\(\)|(?:init|new|del|iter|next|name|main|str|repr|len|"
                     r"call|enter|exit|aenter|aexit|getitem|setitem|getattr|setattr|dict|slots|eq|hash|class|doc|"
                     r"file|all|contains|bool|add|await|post_init|init_subclass)__)(?![\w`*])")
_BOLD_LEAD = re.compile(r"^\*\*[^*\s]")
_SMALL_PRINT = re.compile(r"^\s*<small>.*</small>\s*$", re.IGNORECASE)
_SPACE_ENTITY = re.compile(r"&#(?:x20|32);|&#x[aA]0;|&#160;")
_LONE_TICK = re.compile(r"^\s{0,3}`{1,2}\s*$")
# A backtick fence's language cannot hold a backtick: CommonMark reads "```javascript`" as text, and the code after it
# as the paragraph's (its lines became the back of the card above)
_TICKED_INFO = re.compile(r"^(\s{0,3}```+)([\w+#.-]*)`+\s*$")
# "##Sorting", "####Time": a heading typed without its space (CommonMark reads a paragraph). One "#" is left
# alone: "#tag" and "#include" are not headings.
_SPACELESS_HEADING = re.compile(r"^(#{2,6})(?=[^\s#])")
_INDENTED_COMMENT = re.compile(r"^(?! {3}#{2,6}\s+[A-Z])(\s{3,}|\s+(?=#{1,6}\s+[a-z]))(#{1,6}\s+\S)")  # 3 spaces in, or a
# lowercase "# …" (not "   ### Architecture": a title)
# "… uses up the iterator [[ch13-02](https://…)]": a bracketed citation link, not words of the note
_REFERENCE_IMAGE = re.compile(r"\s*!\[[^\[\]]*\]\[[^\[\]]*\]")
_CITATION = re.compile(r"\s*\[\[[^\[\]]{1,40}\]\([^()\s]*\)\]")
# "**对空值缓存：**如果…": a closing "**" after punctuation and before a letter closes nothing in CommonMark
_COLON_IN_BOLD = re.compile(r"\*\*([^*\n]{1,40}?)\s*([：:])\*\*(?=[^\s*])")
_SPACED_BOLD_END = re.compile(r"\*\*([^*\s][^*\n]{0,40}?[：:])\s+\*\*(?=\s*$|\s+\*\*)")  # ("**作用: ** **注册broker**")
# "==**时间间隔**==", "**==Redis==**": a highlight set in bold too is one highlight
_BOLD_HIGHLIGHT = re.compile(r"==\*\*([^*=\n]{1,60}?)\*\*==|\*\*==([^*=\n]{1,60}?)==\*\*")
# "<details><summary>Node Resource Handling</summary>": a collapsible section's title heads what it folds
# "### Security {#section-1-1}", "## Setup {: .note}": kramdown/pandoc attributes of a heading, not its title
_ATTRS = r"\s*\{\s*[#.:][^{}]*\}\s*$"  # "{#id .class}" after a heading's text (Pandoc, kramdown, MkDocs)
_HEADING_ATTRS = re.compile(r"^(\s{0,3}#{1,6}\s.*?)" + _ATTRS)
# "![diagram](flow.svg){: class=\"center\"}": kramdown's attributes of an image or a link, not text
_SPAN_ATTRS = re.compile(r"(?<=[)\]])\{:\s?[^{}\n]*\}")
_BLOCK_ATTRS = re.compile(r"\{:\s*[.#][^{}]*\}")
# "> [!note] Optimization", ">> [!faq]- Edge location", "> [!WARNING]": an Obsidian callout's title (a bold title in
# its quote) or a GitHub alert's kind (no text)
_CALLOUT = re.compile(r"^(\s{0,3}(?:>\s?)+)\s*\[![A-Za-z-]+\][+-]?\s*(.*?)\s*$")
_KEYCAP = re.compile(r"^(\s*(?:[-*+]\s+|#{1,6}\s+)?)[0-9#*]\ufe0f?\u20e3\s*")
_SETEXT_ATTRS = re.compile(_ATTRS)
_SETEXT_RULE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_SUMMARY = re.compile(r"^\s*(?:<details[^>]*>\s*)?<summary[^>]*>\s*(.+?)\s*</summary>.*$", re.IGNORECASE)
# "<summary>Show Contents</summary>", "Click to expand": the fold's button, not a title of what it folds
_FOLD_BUTTON = re.compile(r"(?:<[^>]+>|\*\*|\s)*(?:show|hide|toggle|expand|collapse|click|tap|view|see|open|read|mostrar|ver|"
                          r"voir|afficher|anzeigen|mehr|展开|点击|显示|查看|クリック|表示|펼치기|보기)\b.{0,30}|"
                          r"(?:<[^>]+>|\*\*|\s)*(?:details|more|contents?|spoiler|answers?|solutions?|réponses?|respuestas?|respostas?|"
                          r"antworten?|lösung(?:en)?|rispost[ae]|hints?|答案|参考答案|解答|回答|答え|解答例|답안|답변|정답|해설|힌트)\W*",
                          re.IGNORECASE)  # ("<summary> 답안 </summary>": the fold hides the answer to the heading above)
# "• Phase 1: …" typed (or pasted from a slide) with a bullet character: a list item in all but syntax; so is a
# word processor's second level, an indented "o Frequent access" (a capital or digit after it: "o visceversa" wraps)
_BULLET_CHAR = re.compile(r"^(\s*)(?:[•▪‣◦●■►▸➢➤–]\s+|(?<![ \t])\\[-*+]\s+(?=\S)|(?<=\s)o\s+(?=[A-Z0-9])|・\s*|\*\*\s+(?=[^*\n]*$)|-(?=`[^`\s][^`]*`\s*:|\*\*[^*\s][^*]*\*\*\s*:))(?=\S)")
# ("** Risk = …" too, and "-`Allow`: …" / "-**Term**: …" written without the space a list item needs)


@dataclass
class Prepared:
    lines: list[str]  # the user's lines, repaired (LineNote.text)
    source: str  # what markdown-it parses
    origin: list[int]  # parsed line index (0-based) → user's line number (1-based), 0 if inserted
    repaired: int  # how many lines had mojibake repaired


def prepare(text: str) -> Prepared:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    lines = text.split("\n")
    repaired = 0
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line):
            fixed = _repair(line)
            if fixed != line:
                lines[i], repaired = fixed, repaired + 1
    parsed, origin = _separate_lazy_labels(_as_text(_unmarked_sub_items(_deep_sub_items(indented.lists_after_lead_ins(
        indented.fences_after_labels(_lone_backtick_fences(html_text.pre_as_fences(slides.deck_sections(front_matter.settings_blocks(
            front_matter.placeholder_headings(front_matter.toml_front_matter(front_matter.jbake_header(
            indented.prose_under_headings(corner_cells(lines)))))))))))))))
    parsed, origin = pasted.brace_blocks_as_code(parsed, origin)
    return Prepared(lines=lines, source="\n".join(parsed), origin=origin, repaired=repaired)


# (an MDX comment; a Liquid/Jinja tag such as "{% cite rfc7540 -l 19-20 %}": the site's template, not the note's words)
_CLOSING_MARKS = frozenset(".,;:!?)。，、；：！？）")
_HIDDEN = (("<!--", "-->"), ("<style", "</style>"), ("<script", "</script>"), ("{/*", "*/}"), ("{%", "%}"))


def _without_comments(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "<!-- snippet … title: … -->", "<style scoped> img { … } </style>", "{/* TODO: … */}": what the author hid from readers
    (metadata, drafts, a slide deck's styling) is no note text."""
    out: list[str] = []
    closer = ""  # the end of the hidden span we are in, if any
    for line, code in zip(lines, in_code, strict=True):
        if code:
            out.append(line)
            continue
        kept, rest = "", line
        while rest:
            if closer:
                end = rest.lower().find(closer)
                rest, closer = ("", closer) if end < 0 else (rest[end + len(closer):], "")
                if rest[:1] in _CLOSING_MARKS:  # "… new streams {% cite rfc7540 %}.": the stop follows the word again
                    kept = kept.rstrip(" \t")
                continue
            found = [(rest.lower().find(o), o, c) for o, c in _HIDDEN if o in rest.lower()]
            if not found:
                kept, rest = kept + rest, ""
                continue
            start, opener, closer = min(found)
            kept, rest = kept + rest[:start], rest[start + len(opener):]
        out.append(kept if kept.strip() or not line.strip() else "")
    return out


def _as_text(lines: list[str]) -> list[str]:
    """What the parser reads: lines with inline HTML, shortcodes or footnote marks made text (not in code)."""
    in_code = indented.in_code(lines)
    out = _without_comments(footnotes.strip(lines, in_code), in_code)
    out = [line if code else _line_as_text(line) for line, code in zip(out, in_code, strict=True)]
    out = pasted.config_as_code(pasted.without_page_marks(pasted.rejoined(out, in_code), in_code), in_code)
    out = pasted.circled_items(pasted.drawings_as_code(out, in_code), in_code)
    out = pasted.hyphen_breaks(pasted.word_bullets(out, in_code), in_code)
    out = _image_captions(plain_titles.as_headings(out, in_code), in_code)
    for k in range(len(out)):  # "→ Runs business in real time" opening a paragraph: a bullet drawn as an arrow
        if not in_code[k] and (k == 0 or not out[k - 1].strip() or out[k - 1].lstrip().startswith("#")):
            out[k] = _LEADING_ARROW.sub("", out[k])
    out = plain_titles.broken_titles(out, in_code)
    for k in range(1, len(out)):  # "  # SUMMARY" after a blank line under a list item: a section, not part of the item
        if not in_code[k] and (not out[k - 1].strip() or out[k - 1].lstrip().startswith(">")) and _INDENTED_TITLE.match(out[k]):
            out[k] = out[k].lstrip()
    for k in range(len(out) - 1):  # "Seguridad en Docker {#sec:security}" over "=====": a setext heading's attributes
        if "{" in out[k] and not in_code[k] and _SETEXT_RULE.match(out[k + 1]):
            out[k] = _SETEXT_ATTRS.sub("", out[k])
    return out


def _image_captions(lines: list[str], in_code: list[bool]) -> list[str]:
    """ "![Nested Critical Section](images/…png)", a blank line, "Nested Critical Section": an export's caption that
    says the picture's alt text again; it titles the picture, not the list after it."""
    out = list(lines)
    for k in range(2, len(out)):
        above = out[k - 1] if out[k - 1].strip() else out[k - 2]
        alt = _IMAGE_ALONE.match(above) if "![" in above and out[k].strip() and not in_code[k] else None
        if alt and alt.group(1).strip().casefold() == out[k].strip().casefold():
            out[k] = ""
    return out


_IMAGE_ALONE = re.compile(r"^\s*!\[([^\[\]]+)\]\([^()]*\)\s*$")
_INDENTED_TITLE = re.compile(r"^ {1,2}#{1,6}\s+[A-Z0-9]| {3}#{2,6}\s+[A-Z]")
_QUOTE_SOURCE = re.compile(r"(?<=\S)\s+\|\s+(?:[\w-]+(?:\.[\w-]+)+|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*$")
_LEADING_ARROW = re.compile(r"^(?:→|⇒|➜|➔|➡️?)\s+(?=\S)")
_MATH_CITATION = re.compile(r"\$\^\{?\[\d+(?:[,-]\d+)*\]\}?\$")  # "**一致性哈希**$^{[2]}$": a reference's number, no text


def _line_as_text(line: str) -> str:
    """One line outside code, made text: each pass in turn (the cheap tests skip the passes a line cannot need)."""
    line = _MATH_CITATION.sub("", _ZERO_WIDTH.sub("", line)) if "$^" in line else _ZERO_WIDTH.sub("", line)
    line = pasted.styled_letters(line)
    if "\u2010" in line or "\u00ad" in line:  # "com‐ mon": a word a PDF hyphenated at a line end, pasted with its space
        line = _PDF_BREAK.sub(r"\1\2", line)
    if _OUTLINE_PROPERTY.match(line):
        return ""
    if line.strip() == "\\":
        return ""  # a line of one backslash: a spacer (a hard break and nothing else), not the first line of a heading
    if " \\* " in line and not rx.search(r"\b(?:SELECT|FROM|select|from)\b", line):  # ("SELECT \* FROM t": a star)
        line = line.replace(" \\* ", " — ")  # "IEEE 802.11 \* Extensions": a slide's bullet
    if "#" in line:  # "… (e.g., Kafka). #message-broker", "Remainder (#Modulo)": tags that file the line, not its text
        line = _BRACKETED_TAG.sub("", _TRAILING_TAGS.sub("", line))
    if "__" in line or "(*)" in line:
        line = _dunders(line)
    line = _SPACELESS_HEADING.sub(r"\1 ", line)
    if line[:1] == " " and "#" in line:  # "   # checking status" among commands: a shell comment, not a heading
        line = _INDENTED_COMMENT.sub(r"\1\\\2", line)
    if line.startswith("`#") and line.count("`") == 1:
        line = line[1:]  # "`## Manage identity": a stray backtick before a heading
    if "{" in line:
        if _BLOCK_ATTRS.fullmatch(line.strip()):
            return ""  # "{: .labeled}" over a table: kramdown's attributes of the next block, no text
        own = rx.match(r"^\s{0,3}#{1,6}\s+\[([^\[\]]{1,60})\]\(#([^()\s]+)\)\s*\{#([^{}\s]+)\}\s*$", line)
        if own and own.group(2) == own.group(3):  # "## [スタック](#stack) {#stack}": a heading that links to itself
            line = line[:own.start(1) - 1] + own.group(1)
        line = _SPAN_ATTRS.sub("", _HEADING_ATTRS.sub(r"\1", line))
    if "[[" in line:
        line = wiki_links.as_links(line)
    if "\u20e3" in line:
        line = _KEYCAP.sub(r"\1", line)  # "2️⃣ REST (request–response)": a keycap digit numbers the line, it is no text
    if "[!" in line:
        line = _CALLOUT.sub(lambda m: f"{m.group(1)} **{m.group(2).strip()}**" if m.group(2).strip() else m.group(1), line)
    line = _DASH_NUMBER.sub(r"\1\2. ", _BULLET_CHAR.sub(r"\1- ", line))  # "2-\tClient to Site VPN": item 2 of a list
    if "<summary" in line.lower():
        line = _SUMMARY.sub(lambda m: "" if _FOLD_BUTTON.fullmatch(m.group(1)) else f"### {m.group(1)}", line)
    if "**" in line:  # ("**F**ull = **F**ull key needed": a mnemonic's bold initial, not a highlight)
        line = _MNEMONIC_INITIAL.sub(r"\1", line)
        line = _COLON_IN_BOLD.sub(r"**\1**\2", _BOLD_HIGHLIGHT.sub(lambda m: f"=={m.group(1) or m.group(2)}==", line))
    if "[[" in line:
        line = _CITATION.sub("", line)
    if "![" in line:
        line = _REFERENCE_IMAGE.sub("", line)  # "![alt text][read_token_58]": a picture the card cannot show
    if "&" in line:
        line = _SPACE_ENTITY.sub(" ", line)  # "… fragmented.&#x20;": an editor's encoded space, not text
    if line.rstrip().endswith(("]`", "]")) and line.lstrip().startswith("#"):
        line = _LEVEL_TAG.sub(r"\1", line)  # "## Triage `[I]`": the author's level tag (basic, intermediate), not the title
    if "](#" in line and (nav := _LINK_HEADING.match(line)) and not _same_words(nav.group(1), nav.group(2)):
        return ""  # "##### [Voltar ao topo](#topicos)": a link back to the contents, not a heading ("## [Raft](#raft)" is)
    if line.count("|") == 1 and line.lstrip().startswith(">"):  # "> A stateless protocol is … | Wikipedia": its source
        line = _QUOTE_SOURCE.sub("", line)
    if "{{" in line:  # "{{site.callout_note}} The refresh token expires …": a site template's variable, no text
        line = rx.sub(r"\{\{-?\s*(?:site|page|layout|include)\.[\w.-]+\s*-?\}\}\s*", "", line)
    if _SMALL_PRINT.match(line):
        return ""  # "<small><i>Multi-Paxos: message flow</i></small>": a subtitle or caption in small print, not a note
    if line.lstrip().startswith("|"):  # "(fresh &#124; stale)" in a table cell: a pipe the cell keeps, not a new cell
        line = rx.sub(r"&#124;|&#x7[cC];|&vert;|&verbar;", r"\\|", line)
    if line.count("|") >= 2 and "<br" in line.lower():  # "… with leader <br /> leader has to block": two items of a cell
        line = html_text.cell_breaks(line)
    line = html_text.to_text(line) if html_text.has_markup(line) else line
    return _SPACED_BOLD_END.sub(r"**\1**", line) if "**" in line else line  # "**<span …>Keys: </span>**" → "**Keys:**"


_DASH_NUMBER = re.compile(r"^(\s{0,3})(\d{1,2})[->][\t ]+(?=[*_]*[^\W\d_])")  # "2-\tClient …", "1> **Compute**: …"
_MNEMONIC_INITIAL = re.compile(r"(?<![\w*])\*\*([A-Za-z])\*\*(?=[a-z])")
_LEVEL_TAG = re.compile(r"^(\s{0,3}#{1,6}\s.*?\S)\s+`\[[A-Z]{1,3}\]`\s*$")
_LINK_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+[^\w\[]{0,3}\[([^\[\]]{1,60})\]\(#([^()\s]*)\)\s*#*\s*$")


def _same_words(text: str, anchor: str) -> bool:
    """ "Raft" and "#raft", "1.3 Manage access" and "#13---manage-access": an anchor made from the text itself."""
    letters = rx.sub(r"\W|_", "", text.casefold())
    return bool(letters) and letters[:6] in rx.sub(r"\W|_", "", anchor.casefold())


_ITEM_TEXT = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d{1,9}[.)])\s+\S")


_ITEM_AT = re.compile(r"^(?P<indent>[ ]*)(?P<marker>[-*+]|\d{1,9}[.)])(?P<gap>[ ]+)\S")


def _deep_sub_items(lines: list[str]) -> list[str]:
    """ "- Load Balancers" then "        - used to spread traffic": a sub-item indented past its parent's text by four
    or more spaces is an indented code block to CommonMark; people mean a sub-list. Pull it in to two spaces."""
    in_code = indented.in_code(lines)
    out = list(lines)
    content = last = -1  # the text column of the last list item, as rewritten; its marker's column, as typed
    moved: dict[int, int] = {}  # an original indentation → where its items went (siblings move together)
    for i, line in enumerate(out):
        if in_code[i] or not line.strip():
            continue
        m = _ITEM_AT.match(line)
        if m is None:
            if len(line) - len(line.lstrip()) < 2:
                content, moved = -1, {}  # a paragraph at the margin ends the list
            continue
        original = len(m.group("indent"))
        moved = {k: v for k, v in moved.items() if k <= original}
        indent = moved.get(original, original)
        if original not in moved and content >= 0 and original >= content + 4:
            indent = moved[original] = content + 2
        elif original not in moved and content >= 0 and last < original < content:
            indent = moved[original] = content  # " - count" then "  - Good for …": deeper than its parent's marker, meant
        last = original  # as its sub-item, though short of the parent's text column that CommonMark needs
        if indent != original:
            out[i] = " " * indent + line.lstrip()
        content = indent + len(m.group("marker")) + len(m.group("gap"))
    return out


def _unmarked_sub_items(lines: list[str]) -> list[str]:
    """ "- NACL = stateless filter" then "    attached to subnet" / "    allow + deny rules": fragments indented under
    an item, one a line, are its sub-items typed without markers (CommonMark joins them into one run-on line)."""
    in_code = indented.in_code(lines)
    out = list(lines)
    i = 0
    while i < len(out) - 2:
        item = _ITEM_TEXT.match(out[i])
        if in_code[i] or item is None:
            i += 1
            continue
        deeper = len(item.group("indent")) + 2
        j = i + 1
        while j < len(out) and not in_code[j] and out[j].strip() and len(out[j]) - len(out[j].lstrip()) >= deeper \
                and not ITEM_MARKER.match(out[j]) and len(out[j].split()) <= 12 and not out[j].rstrip().endswith("."):
            j += 1
        wrapped = any(len(out[k].strip()) >= 55 for k in range(i, j - 1))  # prose hard-wrapped at a width
        trailing = rx.search(r"(?:\b(?:the|a|an|of|to|and|or|in|for|with|by|is|are)|[,;])$", out[i].rstrip(), re.IGNORECASE)
        if j - i >= 3 and not wrapped and not trailing:  # two or more: one fragment wrapped over two lines stays one
            for k in range(i + 1, j):
                pad = len(out[k]) - len(out[k].lstrip())
                out[k] = out[k][:pad] + "- " + out[k][pad:]
        i = max(j, i + 1)
    return out


def _lone_backtick_fences(lines: list[str]) -> list[str]:
    """A line of one backtick, then code, then another such line: a fence typed with one backtick (CommonMark reads
    a code span inside a paragraph, and every ``key = value`` line of the code would become a card)."""
    lines = [_TICKED_INFO.sub(r"\1\2", line) for line in lines]  # "```javascript`": a fence with a stray backtick
    in_code = indented.in_code(lines)
    lone = [i for i, (line, code) in enumerate(zip(lines, in_code, strict=True)) if not code and _LONE_TICK.match(line)]
    if len(lone) < 2:
        return lines
    out = list(lines)
    for opening, closing in zip(lone[::2], lone[1::2], strict=False):
        indent = out[opening][: len(out[opening]) - len(out[opening].lstrip())]
        out[opening] = out[closing] = indent + "```"
    return out


def _repair(line: str) -> str:
    try:
        fixed = ftfy.fix_text(line, _FTFY)
    except Exception:  # ftfy is heuristic; never let it stop an import
        return line
    return fixed.replace("\n", " ")


_TRAILING_TAGS = re.compile(rf"(?<=\S)(?:\s+{TAG})+\s*$")
_BRACKETED_TAG = re.compile(rf"\s+\((?:{TAG}\s*)+\)")  # (not "[Text](#anchor)", a link)
_PDF_BREAK = re.compile(r"(\w)[\u2010\u00ad]\s+(\w)")
_TITLE_OVER_ITEMS = re.compile(r"^[A-Z0-9][^.,;:!?]{0,60}$")  # a short name, no sentence: "Blowfish", "AES (most used)"
_INDENTED_SUB = re.compile(r"^[ ]{2,}(?:[-*+]|\d{1,9}[.)])\s+\S")


def _separate_lazy_labels(lines: list[str]) -> tuple[list[str], list[int]]:
    """Put a blank line before a ``**Label**:`` line that would be glued to a list item.

    In CommonMark an unindented line right after a list item is a *lazy
    continuation* of that item, so ``- a\\n**Metrics**:\\n- b`` would make
    "Metrics" part of item "a". People mean a new label there.
    """
    out: list[str] = []
    origin: list[int] = []
    list_run = False
    previous_blank = True
    item_indent = -1  # the indentation of the last list item in this run, -1 outside a list
    for no, (line, code) in enumerate(zip(lines, indented.in_code(lines), strict=True), start=1):
        after = lines[no] if no < len(lines) else ""
        if not code and item_indent in (0, 2) and rx.match(r"^ [-*+]\s+\S", line):
            line = " " + line  # "* explain() has these arguments" over " * queryPlanner: …": one space meant a sub-item
        if not code and ITEM_MARKER.match(line):
            item_indent = len(line) - len(line.lstrip(" "))
        elif not code and line.strip() and not line[:1].isspace():
            item_indent = -1
        if code:
            pass
        elif not line.strip():
            list_run = False
        elif ITEM_MARKER.match(line):
            list_run = True
        elif list_run and not previous_blank and (_BOLD_LEAD.match(line) or not line[:1].isspace()
                                                  and not line.startswith(("|", "#", ">"))
                                                  and not line[:1].islower()  # "some goodness criterion …": a wrapped line
                                                  and (_INDENTED_SUB.match(after)  # "Read replicas" over "  * options:"
                                                       or rx.match(r"(?:This|These|That|Those)\s+(?:is|are|was|were)\b", line)
                                                       and not rx.search(r"[,:;]\s*$|\b(?:and|or|the|a|of|to)\s*$", out[-1])
                                                       # ("This is were abstractions … come into play.": of the whole list)
                                                       or _TITLE_OVER_ITEMS.match(line) and rx.match(r"[-*+]\s+\S", after)
                                                       and not rx.search(r"(?:,|\b(?:and|or|the|a|of|to|in|for|with))\s*$",
                                                                         out[-1]))):  # "IDEA" over "- 64 bit blocks"
            out.append("")
            origin.append(0)
            list_run = False
        out.append(line)
        origin.append(no)
        previous_blank = not line.strip()
    return out, origin


def _dunders(line: str) -> str:
    """ "__init__()" in backticks, the star of "count(*)" escaped (no emphasis), outside code spans only."""
    parts = rx.split(r"(`+[^`]*`+)", line)
    return "".join(part if k % 2 else _DUNDER.sub(r"`\g<0>`", part).replace("(*)", "(\\*)") for k, part in enumerate(parts))
