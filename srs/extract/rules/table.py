"""Table: each body row → "first cell — column?" / the other cells.

| Term | Meaning |      → "SLI — meaning?" / "what you measure"
Each fact column of a row is its own card ("STRIDE: Spoofing — violates?" / "Authentication");
example and note columns are skipped, and a row of more than three facts is a record, not cards.
This module reads a table and decides which tables make no cards; table_rows.py makes a row's cards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from srs.extract import rx
from srs.extract.facets import ANNOUNCES_LIST, PROS_CONS_HEADER
from srs.extract.inline import read
from srs.extract.model import Block, Line
from srs.extract.rules.table_cells import (
    ASIDE_COLUMN,
    choice_columns,
    constant_columns,
    data_header,
    one_case,
    query_output,
    side_by_side,
    spelled_keys,
    with_dittos,
)
from srs.extract.text import ANALOGY_WORDS, EMOJI, cjk_share, is_generic, word_count

RULE = "table"


@dataclass(frozen=True)
class TableRow:
    """One body row: its first source line, its cells as plain text, and why it makes no card (if it does not)."""

    line: int
    cells: list[str]
    skip: tuple[str, str] | None = None  # (ledger reason, detail)


@dataclass(frozen=True)
class ReadTable:
    """A table read for cards: the header row's line, the merged header, the body rows in order."""

    head_line: int
    subheader_line: int | None  # a second row of column names, if any
    header: list[str]
    rows: list[TableRow]
    constant: set[int]  # columns with one value in every row (see constant_columns)
    choices: dict[str, list[str]] = field(default_factory=dict)  # column → its few values (see choice_columns)


_SYMBOL = re.compile(r"[+\-−–✓✔✗✘×xo●○*]|yes|no", re.IGNORECASE)
_ORDINAL_HEADER = re.compile(r"^(?:#|no\.?|nr\.?|n[º°]|num(?:ber)?|(?:question|q|item|step|rule)\s*(?:#|no\.?)|s\.?\s*no\.?|"
                             r"sr\.?\s*no\.?|index|idx|№|n[úu]mero|nummer|numéro|序号|序號|编号|編號|番号|순번|번호)$", re.IGNORECASE)


def read_table(block: Block, heading: str = "", lines: tuple[str, ...] = ()) -> ReadTable | None:
    """The rows of a markdown table and which of them can be asked; None for a table without a header row.

    Rows keyed by code values are one worked example (skipped whole); pictured cells are read as empty (the
    picture is not in the card); a first cell another row repeats asks nothing one answer fits."""
    if not block.rows or not block.rows[0] or not block.rows[0][0]:
        return None
    header = [read(cell).plain for cell in block.rows[0]]
    head_line = block.rows[0][0][0].no
    body = with_dittos([[_ticked(cell) for cell in row] for row in block.rows[1:]])
    header, subheader = split_subheader(header, body)
    subheader_line = block.rows[1][0][0].no if subheader and block.rows[1] and block.rows[1][0] else None
    rows, body = block.rows[1 + subheader:], body[subheader:]
    if len(header) > 2 and body and all(row and (not row[0].strip() or EMOJI.fullmatch(row[0].strip())) for row in body):
        header, body, rows = header[1:], [row[1:] for row in body], [row[1:] for row in rows]  # "| 🟢 | **Systematic** |":
        # a column of colour marks keys nothing; the names stand in the next one

    def skipped(reason: str, detail: str) -> ReadTable:  # the whole table makes no card, each row says why
        return ReadTable(head_line, subheader_line, header, [TableRow(row[0][0].no, [], (reason, detail))
                                                             for row in rows if row and row[0]], set())

    if not COMMAND_HEADER.match(header[0].strip()) and example_values([" ".join(line.md for line in row[0]) if row else ""
                                                                       for row in rows]):
        return skipped("example-data", "a row of example values (`x` → `M1`)")
    if one_case(header, body, lines):  # ("| Layer | Source |" per host)
        return skipped("example-data", "one case's values: a walkthrough's tables, a network's hosts ('192.168.0.1')")
    named, titled = {c[0].strip() for c in body if c}, {h.strip() for h in header[1:]}
    if rx.search(r"\S\s*[＼\\]\s*\S", header[0]) and named == titled or len(named & titled) >= 3 \
            and len(named & titled) >= 0.8 * max(len(named), len(titled)) \
            or len(header) >= 3 and all(rx.match(r"to\b", h.strip(" *_"), re.I) for h in header[1:]):  # (an operator's table)
        return skipped("matrix", "two axes crossed ('命令流＼データ流', 'FROM … / TO …'): a cell is read only with both headers")
    if data_header([" ".join(line.md for line in cell) for cell in block.rows[0]], body):
        return skipped("no-header", "the first row is data, not column names ('| Accept | … | `Accept: text/plain` |')")
    if _tracker(header, body):
        return skipped("checklist", "a checklist ('Item | Owner | Status' over '✅'): who did what in one project")
    if _before_after(header):
        return skipped("example-data", "one case's results ('Metric | Before | After | Improvement'), not facts")
    anchored = sum(1 for row in rows if any("](#" in line.md for cell in row for line in cell) and all(
        rx.fullmatch(r"[\s*_]*[\d.]*[\s*_]*", " ".join(line.md for line in cell)) for cell in row
        if not any("](#" in line.md for line in cell))  # nothing in the row but a number and the link
        or bool(row and _SECTION_LINK.fullmatch(" ".join(line.md for line in row[0]).strip())))  # or keyed by one
    if rows and anchored * 2 >= len(rows):  # "| 1.3 | [Manage authorization](#13---manage-…) |": the notes' own sections
        return skipped("navigation", "a table of links to the notes' own sections")
    linked = sum(1 for row in rows if row and rx.fullmatch(r"[\s*_]*\[[^\]]+\]\(https?://[^/)\s]+/[^)\s]*[^/)\s][^)]*\)[\s*_]*",
                                                            " ".join(line.md for line in row[0])))
    reading = any(rx.fullmatch(r"(?:titles?|sites?|sources?|links?|urls?|resources?|references?|authors?|articles?|"
                               r"blogs?|videos?|courses?|books?|fuentes?|fontes?|quellen?|liens?|enlaces?|título|titre|titel)",
                               h.strip(" *_"), re.IGNORECASE) for h in header)
    if len(rows) >= 2 and linked * 2 >= len(rows) and reading:  # "| Title | Site | Description |" over "| [ARIA live …](https://…) |"
        return skipped("navigation", "a table of links to pages elsewhere: a reading list, its rows describe the pages")
    # ("| Broker | What |" over "| [AWS SQS](https://aws.amazon.com/sqs/) | Queue serverless |": products, which stay)
    if len(rows) == 1 and len(body[0]) >= 2 and (word_count(body[0][0]) >= 4 or len(body[0][0]) >= 12 and cjk_share(body[0][0]) > 0.5):
        # "| Direct | Associative | Set-assoc. |" over one row of descriptions: each column is an item, no row is named
        return skipped("transposed", "one row of descriptions under the items' names: no row label to ask about")
    if len(rows) == 1 and len(header) >= 4 and len(rows[0]) >= 4:  # "| Frame Type | Channel | Size | … |" over "| 1 | 0 | 335 | … |"
        return skipped("example-data", "one row under field names: a record of one example, not rows to ask")
    if len(header) >= 2 and all(rx.fullmatch(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z]{2,}[0-9]*",
                                             h.strip(" *`")) for h in header) and any("_" in h for h in header) \
            or len(header) >= 2 and all(_FIELD_NAME.fullmatch(h.strip(" *`")) for h in header):
        return skipped("example-data", "rows of one database table under its column names ('CPU_PRODUCER | MODEL', "
                                       "'StudentID | StudentName')")
    keys = [rx.sub(r"[*_`]", "", cells[0]).strip() for cells in body if cells]
    if len(keys) >= 2 and all(_ID_KEY.fullmatch(k) for k in keys) and (
            rx.fullmatch(r"ids?|#|no\.?|nr\.?|№", header[0].strip(" *_"), re.IGNORECASE)
            or len({rx.sub(r"[-\d]", "", k) for k in keys}) >= 2):  # (not "P1" … "P4": priorities all know)
        return skipped("example-data", "rows keyed by the notes' own ids ('FR-1', 'S1'): one design's list, not facts")
    pair = rx.fullmatch(r"(.{2,30}?)\s*(?:A|1|#1)", header[0].strip(" *_")) if len(header) >= 2 else None
    if pair and rx.fullmatch(rf"{re.escape(pair.group(1))}\s*(?:B|2|#2)", header[1].strip(" *_")):
        return skipped("side-by-side", "pairs of things set side by side ('Concept A | Concept B'): a row pairs two, no row "
                                       "is named")
    raw_keys = [" ".join(line.md for line in row[0]).strip(" *") if row and row[0] else "" for row in rows]
    if len(raw_keys) >= 2 and all(rx.fullmatch(r"\$\s*\{?[A-Za-z]_\{?\d{1,2}\}?\}?\s*\$|[A-Za-z]_\d{1,2}", k) for k in raw_keys):
        return skipped("example-data", "rows keyed by an example's variables ('$P_0$', '$P_1$'): one worked example's state")
    if len(keys) >= 2 and all(rx.fullmatch(r"\$?\s*[A-Za-z][\w{}]{0,4}\s*=\s*[01]\s*\$?", k) for k in keys):
        return skipped("example-data", "rows keyed by a signal's value ('S=1', 'S=0'): a truth table, read only with its circuit")
    if rx.fullmatch(r"(?:table|tabla|tabelle|tableau|tabela|tabella|таблица|表)\s*\d+(?:[.-]\d+)*\.?:?", header[0].strip(" *_"),
                    re.IGNORECASE):
        return skipped("caption-header", "a caption ('Table 5-2.') set as the header: the columns are unnamed")
    if sum(bool(rx.fullmatch(r"\d+\s*(?:bits?|bytes?)\s*(?:[(（].*[)）]|[^\x00-\x7f].*)?", h.strip(" *_`"), re.IGNORECASE))
           for h in header) >= 2:  # (not "16-bit register | 32-bit register": registers named by their width)
        return skipped("layout", "a bit layout ('25 bit | 4 bit | 1 bit'): its columns are widths, spanning cells shift them")
    if len(keys) >= 2 and sum(bool(rx.fullmatch(r"`?(?:[A-Z][a-z0-9]+)+By[A-Z]\w*`?|`?[a-z0-9]+(?:_[a-z0-9]+)*_by_[a-z0-9_]+`?", k))
                              for k in keys) * 2 >= len(keys):
        return skipped("example-data", "the tables or indexes of one design ('EmployeeByWarehouse', 'users_by_email')")
    if len(header) >= 2 and any(len(cells) >= 2 and sum(c.strip() in ("...", "…", "⋮") for c in cells) * 2 >= len(cells)
                                for cells in body):  # ("| 3 | 175 | ... | ... |": a row's id, the rest elided)
        return skipped("example-data", "rows of sample data, a '| ... | ... |' row says more of the same follow")
    every_column = [[cells[c] for cells in body if c < len(cells) and cells[c].strip()] for c in range(len(header))]
    if len(body) >= 3 and any(len(col) == len(body) and len({len(x.strip(" `")) for x in col}) == 1
                              and all(rx.fullmatch(r"[01]{2,}", x.strip(" `")) for x in col) for col in every_column) \
            or len(keys) >= 3 and all(rx.fullmatch(r"\d+\s*[-–]\s*\d+", k) for k in keys):
        return skipped("example-data", "rows of one worked example's memory map or bit codes ('0 - 16 | page 0 | 00')")
    columns = every_column[1:]  # the value columns
    if _schedule(header, keys):
        return skipped("example-data", "one run's timeline ('t | TX1 | TX2' over 't1', 't2'): each cell is a step of a demo")
    numbers = [cell for col in columns for cell in col]
    if len(columns) >= 3 and len(body) >= 3 and sum(bool(_NUMBER_ONLY.fullmatch(c.strip(" *_`"))) for c in numbers) * 5 >= 4 * len(numbers):
        return skipped("example-data", "a grid of bare numbers ('SELECT * | 0.28 | 0.43 | …'): one experiment's measurements, "
                                       "with no unit")
    if len(body) >= 3 and numbers and all(rx.match(r"[~<>≈]?\s*[\d.,]+", c.strip(" *_`")) for c in numbers) and sum(
            bool(_RUN_METRIC.fullmatch(k.strip(" *_`").lower())) for k in keys) * 2 >= len(keys):
        return skipped("example-data", "one run's measurements ('CPU | 68.5s | 8.1s', 'Reads | 72,500'): data of an "
                                       "experiment, not facts")
    if any(len(col) >= 2 and sum(bool(_ARITHMETIC.search(cell)) for cell in col) * 2 >= len(col) for col in columns):
        return skipped("calculation", "a column of worked arithmetic ('50M ÷ 5 ÷ 86_400'): one estimate's numbers")
    pictured = {(r, c) for r, row in enumerate(rows) for c, cell in enumerate(row)
                if any(t.type == "image" for line in cell for t in line.tokens)}
    body = [["" if (r, c) in pictured else cell for c, cell in enumerate(cells)] for r, cells in enumerate(body)]
    if len(header) == 2 and all(PROS_CONS_HEADER.match(rx.sub(r"^[\W_]+", "", h).strip(" *_")) for h in header):
        return skipped("side-by-side", "a pros and cons table: its rows pair nothing")  # two lists side by side
    if len(header) == 2 and (word_count(header[1]) > 6 or cjk_share(header[1]) > 0.5 and len(header[1]) >= 9
                             or rx.search(r"(?:の情報|的信息|정보)$", header[0].strip(" *_"))):
        return skipped("record", "a record of one thing under its name and description ('`write()`の情報 | ファイルデスクリプタへ"
                                 "書き込む'): the header names no column to ask")
    if len(header) == 2 and side_by_side(header, body, heading):
        return skipped("side-by-side", "two things compared side by side ('Standard | FIFO'): a row pairs their traits, "
                                       "no row is named")
    if spelled_keys(body, heading):
        return skipped("mnemonic", "rows keyed by the letters of a word the heading names ('L', 'G', 'T', 'M' of LGTM)")
    if len(header) == 2 and _two_lists(header, body):
        return skipped("side-by-side", "two lists side by side ('Application programs | System programs'): a row pairs "
                                       "two members by layout, not a fact")
    cells_all = [c.strip() for cells in body for c in cells[1:]]
    if not header[0].strip() and cells_all and sum(bool(_SYMBOL.fullmatch(c)) for c in cells_all) * 2 >= len(cells_all):
        return skipped("symbol-matrix", "a matrix of symbols, read only with its legend")  # "| | S | X |" over "+", "-"
    firsts = [cells[0].strip().rstrip(".)") if cells else "" for cells in body]
    counted = len(firsts) >= 2 and firsts[0] == "1" and all(  # 1, 2, 3 … down the rows (a number may repeat: "28", "28")
        b.isdigit() and int(b) - int(a) in (0, 1) for a, b in zip(firsts, firsts[1:], strict=False)) and firsts[-1] != "1"
    if len(header) == 2 and counted and rx.fullmatch(r"steps?|#|no\.?|order|paso|passo|schritt|étape|步骤|ステップ|단계",
                                                      header[0].strip(" *_"), re.IGNORECASE):
        return skipped("numbered-steps", "steps keyed by their number ('| 2 | Okta logs the user in |'): it cues nothing")
    numbered = _ORDINAL_HEADER.match(header[0].strip(" *_")) and all(rx.fullmatch(r"[\d.]*|[A-Za-z]", f) for f in firsts)  # ("a", "b" …)
    if len(header) == 2 and numbered:  # "| 序号 | 命令及描述 |" over "| 11 | LREM … |" (not "| Index |" over "B-tree")
        return skipped("numbered-list", "a list set as a table, its rows keyed by their number: the number cues nothing")
    if len(header) > 2 and body and (numbered or counted
                                     or rx.fullmatch(r"(?:data )?types?|tipo|typ|类型|型|타입", header[0].strip(" *_"), re.I)
                                     and rx.fullmatch(r"names?|fields?|members?|nombre|campo|名称|字段|名前|이름", header[1].strip(" *_"), re.I)
                                     and not any(f.isdigit() for f in firsts)):
        header, body = header[1:], [cells[1:] for cells in body]  # "| # | Question |", "| type | name |": key by the name
    body = _without_placeholders(body)
    if len(body) == 1 and all(rx.fullmatch(r"[\d.,:/ -]+", c.strip(" *_`")) for c in body[0]):
        return skipped("example", "one row of bare numbers ('| 120.32 | 17.4 |'): a sample worked through, no fact")
    keys = [cells[0].strip().lower() if cells else "" for cells in body]
    grouped = any(not k for k in keys) and any(keys)  # "| **Layer** | Type |" with the layer on its group's first row
    out = []
    for row, cells in zip(rows, body, strict=True):
        line = row[0][0].no if row and row[0] else block.start
        if grouped:
            out.append(TableRow(line, cells, ("ambiguous-row", "a grouped table: the first cell names a group, not the row")))
        elif cells and (_EXAMPLES_KEY.fullmatch(k := rx.sub(r"^[\W_]+", "", cells[0]).strip(" *_:")) or ASIDE_COLUMN.fullmatch(k)):
            out.append(TableRow(line, cells, ("example-row", "a row of examples: many answers fit, none is the fact")))
        elif cells and rx.fullmatch(r"(?:both|either|neither|all of the above|others?|the rest|ambos|ambas|beide|"
                                    r"les deux|两者|二者|都|両方|どちらも|둘 다|оба)", rx.sub(r"[*_`]", "", cells[0]).strip().lower()):
            out.append(TableRow(line, cells, ("ambiguous-row", "a row named by the rows around it ('Both'): both of what?")))
        elif cells and keys.count(cells[0].strip().lower()) > 1:  # two "Ejecución" rows: which one is asked?
            out.append(TableRow(line, cells, ("ambiguous-row", "a row whose first cell another row repeats")))
        else:
            out.append(TableRow(line, cells))
    constant = constant_columns(body)
    return ReadTable(head_line, subheader_line, header, out, constant, choice_columns(header, body, constant))


_STATUS_HEADER = re.compile(r"status|state|done|complete[d]?|check(?:ed)?|progress|estado|statut|stand|状态|状態|상태|✓|✔|✅",
                            re.IGNORECASE)
_MARK = re.compile(r"[✅❌☑✔✓✗✘☐⬜🟢🔴🟡⏳🚧]+(?:\s*\w+)?|done|todo|to do|pending|in progress|planned|blocked|wip", re.IGNORECASE)
_RESULT_HEADER = re.compile(r"(?:\w+\s+)?(?:improvement|change|delta|difference|gain|reduction|impact|speed-?up|saving)s?",
                            re.IGNORECASE)


def _tracker(header: list[str], body: list[list[str]]) -> bool:
    """A column named for progress whose every cell is a tick or a state ('✅', 'Done', 'In progress')."""
    for c, name in enumerate(header):
        cells = [cells[c].strip(" *_") for cells in body if c < len(cells)]
        if len(cells) >= 2 and _STATUS_HEADER.fullmatch(name.strip(" *_")) and all(_MARK.fullmatch(x) for x in cells if x):
            return True
    return False


def _before_after(header: list[str]) -> bool:
    """Columns 'Before …', 'After …' and 'Improvement': the measured results of one change."""
    names = [h.strip(" *_").lower() for h in header]
    return any(rx.match(r"before\b", n) for n in names) and any(rx.match(r"after\b", n) for n in names) \
        and any(_RESULT_HEADER.fullmatch(n) for n in names)


_SECTION_LINK = re.compile(r"(?:[\d.]+\s*)?[*_]*\[[*_]*(?:(?:chapter|section|unit|lesson|lecture|part|module|week|day)\s+)?"
                           r"\d+\b[^\]]*\]\(#[^)\s]*\)[*_]*", re.IGNORECASE)  # "[Chapter 6: …](#chapter-6-…)", not "[AWS WAF](#aws-waf)"


def _two_lists(header: list[str], body: list[list[str]]) -> bool:
    """ "| Application Programs | System Programs |" over "| Text editors | Game engines |": two kinds of one thing, each
    column its own list of short names."""
    last = [h.strip(" *_").split()[-1].lower() if h.strip(" *_") else "" for h in header]
    if not all(rx.fullmatch(r"[a-z]{3,}[^su]s|[a-z]+ies", w) for w in last) or last[0] != last[1]:
        return False
    short = [cells for cells in body if len(cells) == 2 and all(1 <= word_count(c) <= 3 and not rx.search(r"[.:;]", c)
                                                               for c in cells)]
    return len(short) * 2 > len(body)


def split_subheader(header: list[str], body: list[list[str]]) -> tuple[list[str], int]:
    """A second header row (first cell empty) names what a repeated column holds:

    | Availability | Allowed unavailability | Allowed unavailability |
    |              | per year               | per month              |   → "Allowed unavailability per year"

    Returns the merged header and how many body rows were header rows (0 or 1). Columns whose names still repeat
    are emptied: "99% — allowed unavailability?" with three different answers asks nothing one answer fits."""
    out = list(header)
    used = 0
    if body and body[0] and not body[0][0].strip() and any(c.strip() for c in body[0][1:]):
        sub = body[0]
        out = [f"{h} {sub[i].strip()}".strip() if i < len(sub) and i > 0 else h for i, h in enumerate(header)]
        used = 1
    names = [h.strip().lower() for h in out]
    return [h if i == 0 or names.count(names[i]) == 1 else "" for i, h in enumerate(out)], used


_CODE_KEY = re.compile(r"^(?:`[^`\s]{1,12}`\s*(?:to|through|thru|-|–|—|\.\.|,)?\s*)+$")


def example_values(keys: list[str]) -> bool:
    """Every row keyed by a code value ("`x`", "`09` to `20`", "`a-h`"): the rows of one worked example (which
    machine holds key `y`), not facts that hold outside it."""
    keys = [k.strip() for k in keys if k.strip()]
    return len(keys) >= 2 and all(_CODE_KEY.match(k) for k in keys)


_EXAMPLES_KEY = re.compile(rf"(?:examples?|e\.g\.?|ejemplos?|exemplos?|exemples?|beispiele?|esempi|примеры|例|例子|示例|具体例|예시|"
                           rf"{ANALOGY_WORDS})(?:\s+(?:of|de|des|do|da|von|di)\s+[^\d]{{1,40}})?",
                           re.IGNORECASE)


def _without_placeholders(body: list[list[str]]) -> list[list[str]]:
    """A bare number in a column of sentences ("| Dimensions | 1.99 |" under "A metric represents …") is a
    placeholder the author never filled in: the cell is left empty, and asks nothing."""
    width = max((len(r) for r in body), default=0)
    wordy = {i for i in range(1, width) if sum(word_count(r[i]) >= 3 for r in body if i < len(r)) >= 2}
    for i in range(1, width):
        column = [r[i].strip() if i < len(r) else "" for r in body]
        digits = [v for v in column if v]
        if wordy - {i} and len(digits) >= 3 and all(rx.fullmatch(r"\d", v.strip(" *_")) for v in digits):
            # "| Complexity | Easiest | 3 | 4 |": beside a column of sentences, a column of single digits is the author's
            # ranks or placeholders, no answer to recall
            body = [[("" if k == i else c) for k, c in enumerate(r)] for r in body]
        if sum(word_count(v) >= 4 for v in column) >= 2:
            body = [[("" if k == i and _NUMBER_ONLY.fullmatch(c.strip(" *_")) else c) for k, c in enumerate(r)] for r in body]
    return body


# the rows of a query's or a benchmark's measurements ("Est. Cost", "Duration", "CPU", "Logical reads")
_RUN_METRIC = re.compile(r"(?:est(?:imated|\.)?\s+)?(?:cost|duration|cpu(?: time)?|elapsed(?: time)?|(?:logical |physical )?"
                         r"(?:reads?|writes?)|time|memory|rows?(?: returned| read)?|i/?o|latency|throughput|run ?time|"
                         r"execution time|wall(?: time)?|p\d{2}|requests/s|ops/s)")
_NUMBER_ONLY = re.compile(r"[\d.,]+")


_SERIAL = re.compile(r"([A-Za-z]{1,12})\s?(\d{1,2})")


def _schedule(header: list[str], keys: list[str]) -> bool:
    """Transactions or threads side by side ('TX1 | TX2', 'Thread 1 | Thread 2') over time slots ('t1', 't2', …)."""
    heads = [_SERIAL.fullmatch(h.strip(" *_`")) for h in header[1:]]
    slots = [_SERIAL.fullmatch(k.strip(" *_`")) for k in keys]
    return len(heads) >= 2 and all(heads) and len({h.group(1).lower() for h in heads if h}) == 1 \
        and len(slots) >= 3 and all(slots) and len({m.group(1).lower() for m in slots if m}) == 1


def shown_by_code(lines: list[str], block: Block, before: Block | None, after: Block | None) -> bool:
    """A table right under code that leads in to it ("```diff - Failed 1NF:```"), or next to a query over its columns
    (the rows the query returned, or the sample rows it is run on: "| username | password |" then "SELECT password …")."""
    def said(code: Block | None) -> list[str]:
        return [line for line in lines[code.start - 1:code.end] if line.strip() and "```" not in line] \
            if code is not None and code.kind == "code" else []

    return bool(rx.search(r"[:：]\s*$", "\n".join(said(before))) or query_output(said(before), block)
                or query_output(said(after), block, every=True))


# a cell's leading tick or cross: "✅ (with replicas)", "❌ No"
TICK = r"(?:(?P<yes>[✅✔☑✓]\ufe0f?)|(?P<no>[❌✖✗✘]\ufe0f?))"


def _ticked(cell: list[Line]) -> str:
    """A cell as plain text, its leading tick or cross said as a word before a qualifier: "✅ (with replicas)" → "Yes
    (with replicas)", "✅ up to 5" → "Yes, up to 5" (a tick alone stays a mark the yes/no matrix check reads)."""
    text = read(cell).plain
    mark = rx.match(rf"\s*{TICK}\s*(?=\S)", text)
    rest = text[mark.end():].strip() if mark else ""
    if mark is None or not rest.isascii() or not rx.match(r"[(a-z]", rest):
        return text  # ("✅ Fast", "❌ Slower": a judgement marked good or bad, not a yes or a no)
    return f"{'Yes' if mark.group('yes') else 'No'}{'' if rest.startswith('(') else ','} {rest}"


_FIELD_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+|ID|Id|No)+|[a-z]+(?:[A-Z][a-z]+|ID|Id)+")  # "StudentID", "deptName"
_ID_KEY = re.compile(r"[A-Z]{1,4}-?\d{1,3}")  # "FR-1", "NFR-12", "S1": a requirement's or an item's id in these notes
_ARITHMETIC = re.compile(r"\d[\d_.,]*\s*(?:[KMGTkmgt]B?|[KMB])?\s*[×*÷]\s*\d|\d\s*/\s*\d[\d_]*\s*[×*÷]")
COMMAND_HEADER = re.compile(r"^(?:commands?|cmds?|comandos?|commandes?|befehle?|команд[аы]|命令|コマンド|명령어?)$", re.IGNORECASE)


def table_caption(lines: list[Line]) -> str:
    """The title on a plain line right above a table ("I/O Scheduling Class"), or "": one short line of words with no
    sentence end, no colon and no lead-in ("The table below …") — what the rows are, when no heading says it."""
    if len(lines) != 1 or rx.fullmatch(r"\s*[*_]*\[[^\[\]]+\]\([^()\s]*\)[*_]*\s*", lines[0].md):
        return ""  # ("[Learning Module](https://…)": a link to a course page, not what the rows are)
    return _caption(read(lines).plain.strip().strip("*_ "))


def _caption(text: str) -> str:
    if rx.fullmatch(r"#[^\W\d][\w/-]*(?:\s+#[^\W\d][\w/-]*)*|\[[\w -]{1,12}\]", text):
        return ""  # "#os/sync": an Obsidian tag; "**[doc]**": the author's source tag; neither says what the rows are
    if cjk_share(text) > 0.3 and (rx.search(r"[\u3040-\u309f]$", text) or text.startswith(("(", "（", "*", "※"))):
        return ""  # "(*)AD値が低い方が優先度が高い": a remark (it ends in a verb or adjective), not what the rows are
    if not text or word_count(text) > (14 if cjk_share(text) > 0.3 else 6) or text.endswith((".", ":", "：", "?", "？", "!", "。", ")", ",", "，")) \
            or not rx.search(r"[^\W\d_]{3}", text) or ANNOUNCES_LIST.match(text) or is_generic(text) \
            or rx.search(r"[`_|=]|(?:^|\s)\d+(?:\s|$)", text):  # "teacher_id 222": a row of data, not a title
        return ""
    return text


def bold_caption(lines: list[Line]) -> str:
    """A bold title ending in a colon over one paragraph, then the table ("**Version differences of `X`**:", a line
    saying why, the table): the rows' subject, or ""."""
    if len(lines) != 1 or not rx.fullmatch(r"\s*(?:\W{1,2}\s*)?(\*\*|__)[^*_]+?[:：]?\1\s*[:：]?\s*", lines[0].md) \
            or not lines[0].md.rstrip().rstrip("*_ ").endswith((":", "：")):
        return ""
    text = rx.sub(r"^\W+|[:：\s]+$", "", read(lines).plain.replace("`", "").strip())
    return _caption(rx.sub(r"\s*[（(](?:重点|重要|必考|important|key|!+)[)）]$", "", text, flags=re.IGNORECASE))  # "（重点）": a mark
