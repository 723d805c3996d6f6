"""Table: each body row → "first cell — column?" / the other cells.

| Term | Meaning |      → "SLI — meaning?" / "what you measure"
Each fact column of a row is its own card ("STRIDE: Spoofing — violates?" / "Authentication");
example and note columns are skipped, and a row of more than three facts is a record, not cards.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from srs.core.notes import NoteDraft, NoteKind
from srs.extract.drafts import draft, lower_words
from srs.extract.facets import PROS_CONS_HEADER
from srs.extract.inline import read
from srs.extract.logistics import PLAN_SECTIONS
from srs.extract.model import Block, Unit
from srs.extract.rules.table_cells import (
    DESCRIBES,
    echoes_row,
    keyword_task,
    side_by_side,
    spells_out_name,
    split_default,
)
from srs.extract.text import ANALOGY_WORDS, capitalize, cjk_share, is_generic, prefixes, sentences, word_count

RULE = "table"


MAX_COLUMNS = 6  # a row of more facts than this is a record, not cards
MAX_CELL_WORDS = 25
# A first cell of more words is a statement, and the row's cells are two columns of points compared side by side
# (| DNS-based | BGP-anycast-based |), not a key and its values.
MAX_KEY_WORDS = 7
# Columns that hold an illustration or an aside, not a fact to recall
_ASIDE_COLUMN = re.compile(r"^(?:(?:\w+\s+)?(?:examples?|samples?|snippets?)|e\.g\.?|notes?|comments?|remarks?|links?|references?|sources?|key points?|"
                           r"key takeaways?|takeaways?|highlights?|summary|other|misc|miscellaneous|others|key insights?|insights?|"
                           r"one-?liners?|mnemonics?|tips?|exam tips?|gotchas?|best use cases?|"
                           r"示例|例子|举例|备注|说明|例|備考|参考|链接|その他|其他|기타|참고|비고|예시|출처|링크)$", re.IGNORECASE)
_RECAP = re.compile(r"^(?:summary(?: table)?|recap|tl;?dr|quick reference|总结|小结|まとめ|요약|resumen|resumo|"
                    r"zusammenfassung|résumé)$", re.IGNORECASE)
_WHERE_NEXT = re.compile(r"\b(?:see also|where next|what'?s next|next steps|further reading|related (?:notes|topics|pages))\b|"
                         r"куда дальше|см\. также|siehe auch|voir aussi|ver también|veja também|参见|延伸阅读|関連", re.IGNORECASE)
MAX_HEADER_WORDS = 6  # a longer header is a sentence: "需要拆分到分片/对象/操作级别分析" names no attribute
_SEVERAL = re.compile(r"、|，|;|\s(?:and|or)\s|,\s")
_TWO_CLAUSES = re.compile(r"\S+\s+\S+\s*[;；]\s*\S+\s+\S+")
_PLACEHOLDER = re.compile(r"(?:[A-Za-z]+\s+)?[A-Z](?:\s*(?:,|and|&|/)\s*[A-Z])*")
_NUMERIC = re.compile(r"^[<>≤≥~]?\s?[\d.,]+\s?(?:%|x|×|[a-zA-Z]{1,3})?$")
# "Goal 1", "Option 2": a column named by its number says what it asks only in the text around the table
_NUMBERED_COLUMN = re.compile(r"^[^\W\d_][\w-]*\s+\d{1,2}$")
_EMPTY = re.compile(r"^(?:[\s\-—–/xX✗✘〃*]*|[\s<>←→↑↓⇐⇒^=-]*[<>←→↑↓⇐⇒^][\s<>←→↑↓⇐⇒^=-]*|同左|同右|同上|同下|same|ditto|n/?a|tbd|varies|it depends|depends)$", re.IGNORECASE)


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


_SYMBOL = re.compile(r"[+\-−–✓✔✗✘×xo●○*]|yes|no", re.IGNORECASE)
_ORDINAL_HEADER = re.compile(r"^(?:#|no\.?|nr\.?|n[º°]|num(?:ber)?|(?:question|q|item|step|rule)\s*(?:#|no\.?)|s\.?\s*no\.?|"
                             r"sr\.?\s*no\.?|index|idx|№|n[úu]mero|nummer|numéro|序号|序號|编号|編號|番号|순번|번호)$", re.IGNORECASE)


def read_table(block: Block, heading: str = "") -> ReadTable | None:
    """The rows of a markdown table and which of them can be asked; None for a table without a header row.

    Rows keyed by code values are one worked example (skipped whole); pictured cells are read as empty (the
    picture is not in the card); a first cell another row repeats asks nothing one answer fits."""
    if not block.rows or not block.rows[0] or not block.rows[0][0]:
        return None
    header = [read(cell).plain for cell in block.rows[0]]
    head_line = block.rows[0][0][0].no
    body = [[read(cell).plain for cell in row] for row in block.rows[1:]]
    header, subheader = split_subheader(header, body)
    subheader_line = block.rows[1][0][0].no if subheader and block.rows[1] and block.rows[1][0] else None
    rows, body = block.rows[1 + subheader:], body[subheader:]

    def skipped(reason: str, detail: str) -> ReadTable:  # the whole table makes no card, each row says why
        return ReadTable(head_line, subheader_line, header, [TableRow(row[0][0].no, [], (reason, detail))
                                                             for row in rows if row and row[0]], set())

    if not _COMMAND_HEADER.match(header[0].strip()) and example_values([" ".join(line.md for line in row[0]) if row else ""
                                                                       for row in rows]):
        return skipped("example-data", "a row of example values (`x` → `M1`)")
    anchored = sum(1 for row in rows if any("](#" in line.md for cell in row for line in cell) and all(
        re.fullmatch(r"[\s*_]*[\d.]*[\s*_]*", " ".join(line.md for line in cell)) for cell in row
        if not any("](#" in line.md for line in cell))  # nothing in the row but a number and the link
        or bool(row and _SECTION_LINK.fullmatch(" ".join(line.md for line in row[0]).strip())))  # or keyed by one
    if rows and anchored * 2 >= len(rows):  # "| 1.3 | [Manage authorization](#13---manage-…) |": the notes' own sections
        return skipped("navigation", "a table of links to the notes' own sections")
    if len(rows) == 1 and len(body[0]) >= 2 and (word_count(body[0][0]) >= 4 or len(body[0][0]) >= 12 and cjk_share(body[0][0]) > 0.5):
        # "| Direct | Associative | Set-assoc. |" over one row of descriptions: each column is an item, no row is named
        return skipped("transposed", "one row of descriptions under the items' names: no row label to ask about")
    if len(rows) == 1 and len(header) >= 4 and len(rows[0]) >= 4:  # "| Frame Type | Channel | Size | … |" over "| 1 | 0 | 335 | … |"
        return skipped("example-data", "one row under field names: a record of one example, not rows to ask")
    if len(header) >= 2 and all(re.fullmatch(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z]{2,}[0-9]*",
                                             h.strip(" *`")) for h in header) and any("_" in h for h in header):
        return skipped("example-data", "rows of one database table under its column names ('CPU_PRODUCER | MODEL')")
    keys = [re.sub(r"[*_`]", "", cells[0]).strip() for cells in body if cells]
    if len(keys) >= 2 and all(_ID_KEY.fullmatch(k) for k in keys) and (
            re.fullmatch(r"ids?|#|no\.?|nr\.?|№", header[0].strip(" *_"), re.IGNORECASE)
            or len({re.sub(r"[-\d]", "", k) for k in keys}) >= 2):  # (not "P1" … "P4": priorities all know)
        return skipped("example-data", "rows keyed by the notes' own ids ('FR-1', 'S1'): one design's list, not facts")
    if re.fullmatch(r"(?:table|tabla|tabelle|tableau|tabela|tabella|таблица|表)\s*\d+(?:[.-]\d+)*\.?:?", header[0].strip(" *_"),
                    re.IGNORECASE):
        return skipped("caption-header", "a caption ('Table 5-2.') set as the header: the columns are unnamed")
    if len(keys) >= 2 and sum(bool(re.fullmatch(r"`?(?:[A-Z][a-z0-9]+)+By[A-Z]\w*`?|`?[a-z0-9]+(?:_[a-z0-9]+)*_by_[a-z0-9_]+`?", k))
                              for k in keys) * 2 >= len(keys):
        return skipped("example-data", "the tables or indexes of one design ('EmployeeByWarehouse', 'users_by_email')")
    if len(header) >= 2 and any(len(cells) >= 2 and all(c.strip() in ("...", "…", "⋮") for c in cells) for cells in body):
        return skipped("example-data", "rows of sample data, a '| ... | ... |' row says more of the same follow")
    every_column = [[cells[c] for cells in body if c < len(cells) and cells[c].strip()] for c in range(len(header))]
    if len(body) >= 3 and any(len(col) == len(body) and len({len(x.strip(" `")) for x in col}) == 1
                              and all(re.fullmatch(r"[01]{2,}", x.strip(" `")) for x in col) for col in every_column) \
            or len(keys) >= 3 and all(re.fullmatch(r"\d+\s*[-–]\s*\d+", k) for k in keys):
        return skipped("example-data", "rows of one worked example's memory map or bit codes ('0 - 16 | page 0 | 00')")
    columns = every_column[1:]  # the value columns
    if any(len(col) >= 2 and sum(bool(_ARITHMETIC.search(cell)) for cell in col) * 2 >= len(col) for col in columns):
        return skipped("calculation", "a column of worked arithmetic ('50M ÷ 5 ÷ 86_400'): one estimate's numbers")
    pictured = {(r, c) for r, row in enumerate(rows) for c, cell in enumerate(row)
                if any(t.type == "image" for line in cell for t in line.tokens)}
    body = [["" if (r, c) in pictured else cell for c, cell in enumerate(cells)] for r, cells in enumerate(body)]
    if len(header) == 2 and all(PROS_CONS_HEADER.match(re.sub(r"^[\W_]+", "", h).strip(" *_")) for h in header):
        return skipped("side-by-side", "a pros and cons table: its rows pair nothing")  # two lists side by side
    if len(header) == 2 and (word_count(header[1]) > 6 or cjk_share(header[1]) > 0.5 and len(header[1]) >= 9
                             or re.search(r"(?:の情報|的信息|정보)$", header[0].strip(" *_"))):
        return skipped("record", "a record of one thing under its name and description ('`write()`の情報 | ファイルデスクリプタへ"
                                 "書き込む'): the header names no column to ask")
    if len(header) == 2 and side_by_side(header, body, heading):
        return skipped("side-by-side", "two things compared side by side ('Standard | FIFO'): a row pairs their traits, "
                                       "no row is named")
    if len(header) == 2 and _two_lists(header, body):
        return skipped("side-by-side", "two lists side by side ('Application programs | System programs'): a row pairs "
                                       "two members by layout, not a fact")
    cells_all = [c.strip() for cells in body for c in cells[1:]]
    if not header[0].strip() and cells_all and sum(bool(_SYMBOL.fullmatch(c)) for c in cells_all) * 2 >= len(cells_all):
        return skipped("symbol-matrix", "a matrix of symbols, read only with its legend")  # "| | S | X |" over "+", "-"
    firsts = [cells[0].strip().rstrip(".)") if cells else "" for cells in body]
    counted = len(firsts) >= 2 and firsts[0] == "1" and all(  # 1, 2, 3 … down the rows (a number may repeat: "28", "28")
        b.isdigit() and int(b) - int(a) in (0, 1) for a, b in zip(firsts, firsts[1:], strict=False)) and firsts[-1] != "1"
    if len(header) == 2 and counted and re.fullmatch(r"steps?|#|no\.?|order|paso|passo|schritt|étape|步骤|ステップ|단계",
                                                      header[0].strip(" *_"), re.IGNORECASE):
        return skipped("numbered-steps", "steps keyed by their number ('| 2 | Okta logs the user in |'): it cues nothing")
    if len(header) > 2 and body and (_ORDINAL_HEADER.match(header[0].strip()) or counted
                                     or re.fullmatch(r"(?:data )?types?|tipo|typ|类型|型|타입", header[0].strip(" *_"), re.I)
                                     and re.fullmatch(r"names?|fields?|members?|nombre|campo|名称|字段|名前|이름", header[1].strip(" *_"), re.I)
                                     and not any(f.isdigit() for f in firsts)):
        header, body = header[1:], [cells[1:] for cells in body]  # "| # | Question |", "| type | name |": key by the name
    body = _without_placeholders(body)
    keys = [cells[0].strip().lower() if cells else "" for cells in body]
    grouped = any(not k for k in keys) and any(keys)  # "| **Layer** | Type |" with the layer on its group's first row
    out = []
    for row, cells in zip(rows, body, strict=True):
        line = row[0][0].no if row and row[0] else block.start
        if grouped:
            out.append(TableRow(line, cells, ("ambiguous-row", "a grouped table: the first cell names a group, not the row")))
        elif cells and _EXAMPLES_KEY.fullmatch(re.sub(r"^[\W_]+", "", cells[0]).strip(" *_:")):
            out.append(TableRow(line, cells, ("example-row", "a row of examples: many answers fit, none is the fact")))
        elif cells and re.fullmatch(r"(?:both|either|neither|all of the above|others?|the rest|ambos|ambas|beide|"
                                    r"les deux|两者|二者|都|両方|どちらも|둘 다|оба)", re.sub(r"[*_`]", "", cells[0]).strip().lower()):
            out.append(TableRow(line, cells, ("ambiguous-row", "a row named by the rows around it ('Both'): both of what?")))
        elif cells and keys.count(cells[0].strip().lower()) > 1:  # two "Ejecución" rows: which one is asked?
            out.append(TableRow(line, cells, ("ambiguous-row", "a row whose first cell another row repeats")))
        else:
            out.append(TableRow(line, cells))
    return ReadTable(head_line, subheader_line, header, out, constant_columns(body))


_SECTION_LINK = re.compile(r"(?:[\d.]+\s*)?[*_]*\[[*_]*(?:(?:chapter|section|unit|lesson|lecture|part|module|week|day)\s+)?"
                           r"\d+\b[^\]]*\]\(#[^)\s]*\)[*_]*", re.IGNORECASE)  # "[Chapter 6: …](#chapter-6-…)", not "[AWS WAF](#aws-waf)"
_OPTION_VALUE = re.compile(r"yes|no|on|off|true|false|always|never|none|all|auto|default|enabled|disabled|everysec",
                           re.IGNORECASE)
_OPTION_HEADER = re.compile(r"options?|values?|settings?|modes?|옵션|값|설정|オプション|値|設定|选项|值|配置|参数|valor|valeur|wert|"
                            r"opción|opção|option", re.IGNORECASE)


def _two_lists(header: list[str], body: list[list[str]]) -> bool:
    """ "| Application Programs | System Programs |" over "| Text editors | Game engines |": two kinds of one thing, each
    column its own list of short names."""
    last = [h.strip(" *_").split()[-1].lower() if h.strip(" *_") else "" for h in header]
    if not all(re.fullmatch(r"[a-z]{3,}[^su]s|[a-z]+ies", w) for w in last) or last[0] != last[1]:
        return False
    short = [cells for cells in body if len(cells) == 2 and all(1 <= word_count(c) <= 3 and not re.search(r"[.:;]", c)
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
                           rf"{ANALOGY_WORDS})",
                           re.IGNORECASE)


def _without_placeholders(body: list[list[str]]) -> list[list[str]]:
    """A bare number in a column of sentences ("| Dimensions | 1.99 |" under "A metric represents …") is a
    placeholder the author never filled in: the cell is left empty, and asks nothing."""
    width = max((len(r) for r in body), default=0)
    for i in range(1, width):
        column = [r[i].strip() if i < len(r) else "" for r in body]
        if sum(word_count(v) >= 4 for v in column) >= 2:
            body = [[("" if k == i and _NUMBER_ONLY.fullmatch(c.strip(" *_")) else c) for k, c in enumerate(r)] for r in body]
    return body


def _names_only(cell: str) -> bool:
    """More than five names set as code and nothing else ("`append` `cap` `close` …"): no one card recalls them."""
    tokens = cell.split()
    return len(tokens) > 5 and all(re.fullmatch(r"`[^`\s]+`,?", t) for t in tokens)


_NUMBER_ONLY = re.compile(r"[\d.,]+")


def constant_columns(rows: list[list[str]]) -> set[int]:
    """Columns with one value in every row (all "TCP"): asking for them tells one row from no other."""
    if len(rows) < 3:
        return set()
    width = max(len(r) for r in rows)
    out = set()
    for i in range(1, width):
        values = [r[i].strip().lower() for r in rows if i < len(r) and r[i].strip()]  # ("| ... | | |" rows skip nothing)
        # one value everywhere, or a yes/no matrix ("✓", "Reader", "Yes"): a cell tells one row from no other
        if len(set(values)) == 1 or len(set(values)) <= 2 and all(word_count(v) <= 2 for v in values):
            out.add(i)
    return out


_VALUE_HEADER = re.compile(r"values?|valor(?:es)?|valeurs?|werte?|valore|значение|值|取值|設定値|値|값")
_REASON_HEADER = re.compile(r"why|reasons?|rationale|justification|motivo|razón|raison|grund|begründung|почему|причина|原因|理由|이유")


def row_notes(u: Unit, header: list[str], row: list[str], skip: AbstractSet[int] = frozenset(),
              language: str = "") -> list[NoteDraft]:
    """A card per fact of the row: "first cell — column?" / the cell (``language``: the notes', "" for English)."""
    if len(row) < 2 or not row[0] or _EMPTY.match(row[0]) or _SEVERAL.search(row[0]):
        return []  # "ZooKeeper、etcd": a row keyed by a list is a column of examples, not a key
    if u.path and (_RECAP.match(u.path[-1]) or _WHERE_NEXT.search(u.path[-1]) or u.path[-1].lower() in PLAN_SECTIONS):
        return []  # "Summary Table" at the end: one slogan per section; "Куда дальше", "See also": navigation
    if any("[[" in cell for cell in row):
        return []  # "[[databases-overview]]": a link to another note, not an answer
    cells = [(header[i] if i < len(header) else "", row[i]) for i in range(1, len(row))
             if i not in skip and not _EMPTY.match(row[i])]
    facts = [(column, cell) for column, cell in cells
             if column.strip() and not _ASIDE_COLUMN.match(column.strip()) and word_count(column) <= MAX_HEADER_WORDS
             and not _NUMBERED_COLUMN.match(column.strip())]
    if not facts or len(facts) > MAX_COLUMNS:
        return []
    if len(facts) >= 2 and len({cell.strip().lower() for _, cell in facts}) == 1:
        return []  # "Cost | f(Risk, Time) | f(Risk, Time) | …": one value for every column tells no column apart
    key = row[0].strip()
    if key.endswith(("?", "？")) and len(facts) == 1 and word_count(key) <= 25 and word_count(facts[0][1]) <= MAX_CELL_WORDS:
        return [draft(u, NoteKind.FACT, RULE, capitalize(key), facts[0][1])]  # "| Where are counters kept? | In Redis |"
    if header and re.fullmatch(r"/[\w.-]+(?:/[\w.-]+)*/?", header[0].strip()) and re.fullmatch(r"[\w.-]+", key):
        key = f"{header[0].strip().rstrip('/')}/{key}"  # "| /var/log | Description |" over "| secure | …": /var/log/secure
    if word_count(key) > MAX_KEY_WORDS:
        return []  # "Use short TTL of DNS records to prevent caching | Same approach as …": cells side by side
    if re.search(r"(?:[<>≤≥]=?|=<|=>)\s*\d", key):
        return []  # "| Jitter <= 30 ms | Jitter <= 30 - 50 ms |": a value in the first column, no name to ask about
    if _OPTION_VALUE.fullmatch(key.strip(" *_`")):  # "| always | fsync on every write |": always what?
        name = header[0].strip(" *_") if header else ""
        if not name or is_generic(name) or _OPTION_HEADER.fullmatch(name) or word_count(name) > MAX_HEADER_WORDS:
            return []
        key = f"{name} {key}"
    if _NUMERIC.match(key):  # "10 — time to exhaustion?": a number says what it is only with its column
        name = header[0].strip() if header else ""
        if not name or _NUMERIC.match(name) or word_count(name) > MAX_HEADER_WORDS:
            return []
        key = f"{name} {key}"
    if header and _COMMAND_HEADER.match(header[0].strip()) and re.fullmatch(r"(?:sudo\s+)?[a-z][\w.-]*(?:\s+\S+)*", key):
        key = f"`{key}`"  # "| cbt ls | List tables |" under "Command": a command written as plain text
    if _COMMAND_KEY.match(key) and (_COMMAND_HEADER.match(header[0].strip()) or " " in key.strip("`")):
        return _command_notes(u, header[0].strip(), key, facts, language)
    tasks = [(column, task) for column, cell in facts
             if (task := keyword_task(key, bool(DESCRIBES.match(column.strip())), cell)) is not None]
    if tasks and header[0].strip():  # "| AVG | 数値列の平均を計算 |" → "数値列の平均を計算 — 関数？" / AVG
        return [draft(u, NoteKind.FACT, RULE, f"{task} — {header[0].strip()}？", key) for _column, task in tasks[:1]]
    out = []
    value = next((row[i].strip() for i, name in enumerate(header[1:len(row)], start=1) if _VALUE_HEADER.fullmatch(
        name.strip(" *_").lower()) and 0 < word_count(row[i]) <= 3), "")  # "| `wal_level` | `logical` | … |"
    for column, cell in _described(key, facts):
        if word_count(cell) > MAX_CELL_WORDS or _TWO_CLAUSES.search(cell):
            continue  # "Full control over server; ideal for BYOL": two answers to one question
        if _PLACEHOLDER.fullmatch(cell.strip()):
            continue  # "Patterns A,B,C": letters a slide defines, meaningless on a card
        if _names_only(cell) or echoes_row(key, column, cell):
            continue  # "append cap close …": more than five names; "GET /customers/123" → "Get customer 123": its own front
        if _COMMAND_HEADER.match(column.strip()) and restates(key, cell):
            continue  # "Run tests — command?" / `yarn test`: the task's own words are the command
        if re.search(r"\b(?:this|that|these|those)\b", column, re.IGNORECASE):
            continue  # "Why This Storage": "this" is another cell of the row, which the card does not show
        asked = lower_words(column) if column.isascii() else column
        said = f"{key} = {value}" if value and DESCRIBES.match(column.strip()) else key  # the description is the value's
        if _REASON_HEADER.fullmatch(column.strip(" *_").lower()) and facts[0][0] != column and word_count(facts[0][1]) <= 4:
            said = f"{key} → {facts[0][1]}"  # "| Identical servers | Round Robin | Simple |": the reason is the choice's
        front = f"{said} — {asked}?" if not u.list_title else f"{u.list_title}: {said} — {asked}?"  # its caption says whose
        as_written = bool(re.fullmatch(r"/?[a-z][\w./-]*", key)) and (bool(header) and _CODE_HEADER.search(header[0].strip()) is not None
                                                                   or len(key) <= 2 or key.startswith("/"))  # "w", "n": keys
        out.append(draft(u, NoteKind.FACT, RULE, front if as_written else capitalize(front), cell))
    return out


def _described(key: str, facts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A description's closing "Default value: 5000" asks on its own; a description that only spells out the row's
    name ("default_pass" / "This variable specifies the default password …") asks nothing."""
    out = []
    has_default = any(re.match(r"default", column.strip(), re.IGNORECASE) for column, _ in facts)
    for column, cell in facts:
        if DESCRIBES.match(column.strip()):
            cell, default = split_default(cell)
            if default is not None and not has_default:
                out.append(("default value", default))
            if not cell or spells_out_name(key, cell):
                continue
        out.append((column, cell))
    return out


# A command cheat sheet: "| `docker logs` | Shows the logs a container wrote |". Asked "`docker logs` — description?",
# the command's own name gives the answer away (graded 0 of 8); the way a learner needs it is the other way round,
# from the task to the command: "Shows the logs a container wrote — command?" / `docker logs`.
MAX_COMMAND_TASK_WORDS = 15  # a longer description makes a front no one reads to the end
_COMMAND_KEY = re.compile(r"^`(?:sudo\s+)?[a-z][\w.-]*(?:\s[^`]*)?`$")
_ID_KEY = re.compile(r"[A-Z]{1,4}-?\d{1,3}")  # "FR-1", "NFR-12", "S1": a requirement's or an item's id in these notes
_ARITHMETIC = re.compile(r"\d[\d_.,]*\s*(?:[KMGTkmgt]B?|[KMB])?\s*[×*÷]\s*\d|\d\s*/\s*\d[\d_]*\s*[×*÷]")
# "| Additional Utils | Use |" over "| mysqldbcopy | …": names of code, kept as written ("Mysqldbcopy" is no program)
_CODE_HEADER = re.compile(r"\b(?:utils?|utilit(?:y|ies)|tools?|programs?|binar(?:y|ies)|scripts?|commands?|parameters?|params?|"
                          r"options?|flags?|variables?|settings?|directives?|propert(?:y|ies)|fields?|functions?|methods?)$",
                          re.IGNORECASE)
_COMMAND_HEADER = re.compile(r"^(?:commands?|cmds?|comandos?|commandes?|befehle?|команд[аы]|命令|コマンド|명령어?)$", re.IGNORECASE)


def _command_notes(u: Unit, name: str, key: str, facts: list[tuple[str, str]], language: str) -> list[NoteDraft]:
    """The row of a command table: its description asks for the command (other columns ask nothing one learns)."""
    asked = lower_words(name) if _COMMAND_HEADER.match(name) else "command"
    if language and not _COMMAND_HEADER.match(name):
        return []  # no word for "command" in the notes' own language: an English one would be a template around them
    out = []
    for column, cell in facts:
        told = sentences(cell.strip())[0].strip().rstrip(".")  # "Lists volumes. -q lists their ids …": the task is first
        if not DESCRIBES.match(column.strip()) or word_count(told) < 3 or word_count(told) > MAX_COMMAND_TASK_WORDS:
            continue  # "Clean up" says too little to name one command; a long cell is two answers
        if "`" in told or key.strip("`") in told or restates(told, key):
            continue  # "Same as `docker ps -a`": the description names a command of its own
        out.append(draft(u, NoteKind.FACT, RULE, f"{capitalize(told)} — {asked}?", key))
    return out


def restates(task: str, command: str) -> bool:
    """The command after its program name is only words of the task: "Run tests" and `$ yarn test`, "Shows the
    logs" and `docker logs`. The card would ask for the task's own words back."""
    line = re.sub(r"<[^<>]*>|\[[^\[\]]*\]", " ", command.strip("` ").lstrip("$> ").removeprefix("sudo "))  # "<id>"
    words = prefixes(line, min_len=2, digits=False)[1:]
    said = set(prefixes(task, min_len=2, digits=False))
    return bool(words) and all(w in said for w in words)
