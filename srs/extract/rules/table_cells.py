"""What a table's cells and headers hold, for the table rule (srs.extract.rules.table): a default value told at the
end of a description, a description that only spells out its row's name, a cell that says its row and column again,
a keyword's task in notes in another script, and two named things set side by side (no row keyed at all)."""

from __future__ import annotations

import re
from functools import lru_cache

from srs.extract import rx
from srs.extract.inline import read
from srs.extract.model import Block
from srs.extract.text import is_generic, prefixes, word_count

# a column (or a row, in a table of things side by side) of examples, notes or remarks: an aside, never the fact asked
ASIDE_COLUMN = re.compile(r"^(?:(?:\w+\s+)?(?:examples?|samples?|snippets?)|e\.g\.?|notes?|comments?|remarks?|links?|references?|sources?|key points?|"
                          r"key takeaways?|takeaways?|highlights?|summary|other|misc|miscellaneous|others|key insights?|insights?|"
                          r"(?:key |important )?facts|key facts?|what to (?:know|remember)|"
                          r"one-?liners?|mnemonics?|tips?|exam tips?|gotchas?|best use cases?|see also|cross[- ]references?|"
                          r"(?:connections?|links?|relations?|ties)\s+to\s+(?:previous|other|earlier)\s+(?:topics?|modules?|chapters?|sections?)|"
                          r"related (?:topics?|concepts?|notes?|sections?)|verwandte themen|voir aussi|véase también|相关(?:知识点|主题)?|関連|"
                          r"示例|例子|举例|备注|说明|例|備考|参考|链接|その他|其他|기타|참고|비고|예시|출처|링크|コメント|メモ|注釈|注意|评论|메모|코멘트)$", re.IGNORECASE)

MAX_DEFAULT_WORDS = 4  # "Default value: 5000", "Default: rabbit@hostname"; a longer tail is a sentence, not a value

# "… in milliseconds. Default value: 5000": the default told after the description's sentence (several languages)
_DEFAULT_TAIL = re.compile(
    r"(?<=[.!?。])\s*(?:default(?:\s+value)?|valor\s+(?:por\s+defecto|padrão|predeterminado)|standardwert|"
    r"valeur\s+par\s+défaut|valore\s+predefinito|значение\s+по\s+умолчанию|默认值|デフォルト値?|기본값)\s*[:：]\s*"
    r"(?P<value>.+?)(?:\.?\s+(?:possible\s+values?|values?)\s*[:：].*)?\.?\s*$",
    re.IGNORECASE | re.DOTALL)
# "This variable specifies the …", "Specifies the …", "This is the …": the lead of a reference table's description
_LEAD = re.compile(r"^(?:(?:this|the)\s+(?:variable|parameter|option|setting|property|field|flag|key)\s+)?"
                   r"(?:specifies|sets|defines|controls|determines|configures|gives|holds|is|represents)\s+(?:the\s+|an?\s+)?",
                   re.IGNORECASE)
# the head of the description ends at its first preposition, relative word or punctuation
_HEAD_END = re.compile(r"\s+(?:for|of|in|on|at|to|that|which|who|where|when|used|with|by|from)\b|[,.;:(]", re.IGNORECASE)


def split_default(cell: str) -> tuple[str, str | None]:
    """ "Sets the flush interval in ms. Default value: 5000" -> ("Sets the flush interval in ms.", "5000")."""
    m = _DEFAULT_TAIL.search(cell)
    if m is None:
        return cell, None
    value = m.group("value").strip().rstrip(".").strip()
    if not value or word_count(value) > MAX_DEFAULT_WORDS:
        return cell, None
    return cell[:m.start()].strip(), value


def _parts(name: str) -> list[str]:
    """ "collect_statistics_interval" -> collect, statistics, interval; "RABBITMQ_SERVICENAME" -> rabbitmq, servicename."""
    spaced = rx.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.strip("`*_ "))
    return [p.lower() for p in rx.split(r"[\W_]+", spaced) if p]


def _echoes(word: str, parts: list[str]) -> bool:
    joined = "".join(parts)
    return any(word == p or len(p) >= 3 and word.startswith(p) or len(word) >= 4 and p.startswith(word[:5])
               for p in parts) or len(word) >= 4 and word in joined


def spells_out_name(name: str, cell: str) -> bool:
    """ "default_pass" / "This variable specifies the default password for …": the description's head only spells
    out the name, with one word more at most, so the card asks what the name already says ("server_properties" /
    "the key-value pairs …" does not)."""
    parts = _parts(name)
    if len(parts) < 2 and not (parts and len(parts[0]) >= 8):
        return False
    lead = _LEAD.match(cell.strip())
    if lead is None or not lead.group(0).strip():
        return False  # only a templated reference description ("This variable specifies …") is read this way
    rest = cell.strip()[lead.end():]
    head = _HEAD_END.split(rest, maxsplit=1)[0]
    words = [w.lower() for w in rx.findall(r"[^\W\d_]+", head)]
    new = [w for w in words if not _echoes(w, parts) and w not in ("the", "a", "an", "s")]
    return bool(words) and (not new or len(words) >= 2 and len(new) == 1)  # "the heartbeat delay": one word more


_FILLER = frozenset("a an the with of to for in on and or by is are it its as at from".split())


def echoes_row(key: str, column: str, cell: str) -> bool:
    """ "`/customers/123` — GET?" / "Get customer with ID 123": every word of the cell is a word of its row's key or
    its column's name, so the card asks what its own front says."""
    call = rx.fullmatch(r"`?([A-Za-z_]\w{2,})\s*\(.*\)`?", cell.strip())
    if call and any(w.startswith(call.group(1).lower()) for w in rx.findall(r"\w+", key.lower())):
        return True  # "Convert to lower case — function?" / "lower(…)", "absolute" / "abs(n)": the row's words name it
    said = set(prefixes(f"{key} {column}"))
    method = rx.match(r"`?(GET|POST|PUT|PATCH|DELETE)\s+/", key.strip())
    if method:  # "`GET /groups`" / "List groups (admin)": the method's verb, and an aside in brackets, say no more
        said |= set(prefixes(_METHOD_VERBS[method.group(1)]))
        cell = rx.sub(r"\([^()]*\)", "", cell)
    words = [w.lower() for w in rx.findall(r"[^\W_]+", cell) if w.lower() not in _FILLER and len(w) > 2]
    shown = [w for w in words if w[:4] in said]  # ("201 Created — meaning?" / "Resource created": what was created goes
    return len(words) >= 2 and bool(shown) and all(w in shown or w in _WHAT_ANY_ROW_IS for w in words)  # without saying)


_METHOD_VERBS = {"GET": "get list fetch retrieve read show return view", "POST": "create add submit send post",
                 "PUT": "update replace modify edit set", "PATCH": "update modify edit change partial",
                 "DELETE": "delete remove"}
_WHAT_ANY_ROW_IS = frozenset("resource resources request requests response data content page item object entity".split())


# "SELECT", "GROUP BY", "LIMIT / OFFSET", "LENGTH(column)", "CURDATE()": a keyword or a function of a language
_KEYWORD_KEY = re.compile(r"[A-Z][A-Z_]+(?:\s*(?:/|,)?\s*[A-Z][A-Z_]+)*|[A-Za-z_][\w.]*\([\w ,.*]*\)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_CJK_TASK_CHARS = 45  # a longer description is two answers, or a paragraph no one reads on a front


def keyword_task(key: str, column_is_description: bool, cell: str) -> str | None:
    """ "| AVG | 数値列の平均を計算 |": in notes in Japanese, Chinese or Korean, the description of an English keyword
    mostly says its name again in the notes' words ("AVG — 説明？" / "平均を計算"). The learner needs the other way
    round: the task, and the keyword that does it. Returns the task to ask with, or None."""
    if not column_is_description or not _KEYWORD_KEY.fullmatch(key.strip(" `")) or not key.isascii():
        return None
    task = rx.split(r"(?<=[。])", cell.strip(), maxsplit=1)[0].rstrip("。. ")
    if len(_CJK.findall(task)) * 2 < len(task) or not 4 <= len(task) <= MAX_CJK_TASK_CHARS:
        return None
    if rx.search(r"[A-Z]{2,}", task) and any(w in task for w in rx.findall(r"[A-Z]{2,}", key)):
        return None  # "GROUP BYでグループ化した後…": the description names the keyword itself
    return task


DESCRIBES = re.compile(r"^(?:description|descrição|descripción|descrizione|beschreibung|описание|描述|説明|설명|what it does|"
                        r"purpose|meaning|function|effect|action|result|resultado|significado|bedeutung|explanation|"
                        r"explicação|explicación|erklärung|erläuterung|объяснение|作用|用途|功能|含义|意味)$", re.IGNORECASE)


# key and value headers in scripts without capitals (a table under them is keyed, not two things side by side)
_KEY_HEADS = frozenset("구분 내용 항목 설명 특징 비고 종류 이름 용어 정의 의미 예시 분류 기능 역할 차이 개념 명령어 옵션 값 "
                       "区分 内容 項目 説明 特徴 備考 種類 名前 用語 定義 意味 例 分類 機能 役割 違い 概念 コマンド 値 "
                       "区别 内容 项目 说明 特点 备注 类型 名称 术语 定义 含义 示例 分类 功能 作用 概念 命令 值 参数 描述 "
                       "name key term field option flag parameter property setting command method function type value keyword "
                       "operator word concept feature aspect item category criteria criterion symbol code status".split())


def side_by_side(header: list[str], body: list[list[str]], heading: str = "") -> bool:
    """ "| Standard | FIFO |" over "| Message delivered at least once | Messages are delivered once |": two named things
    side by side, each column the one's traits; the first cell is no key ("| Term | Meaning |", "| Mistake | Fix |" are)."""
    heads = [h.strip(" *_`") for h in header]
    rows = [cells for cells in body if len(cells) >= 2]
    if len(rows) >= 2 and all((m := rx.match(r"\s*(\d{1,2})[.)]\s", cells[0])) is not None
                              and all(rx.match(rf"\s*{m.group(1)}[.)]\s", cell) for cell in cells[1:]) for cells in rows):
        return True  # "| Inmon | Kimball |" over "| 1. Top down | 1. Bottom up |": point N of each, side by side
    if all(heads) and rx.search(rf"{re.escape(heads[0])}.*\b(?:vs\.?|versus|or|and)\s.*{re.escape(heads[1])}", heading,
                                re.IGNORECASE):
        return True  # "### Queue vs Topic" over "| Queue | Topic |": the heading says the two are compared
    if len(heads) == 2 and all(heads) and rx.search(r"\b(?:vs\.?|versus)\s", heading, re.IGNORECASE) and all(
            rx.search(rf"\b{re.escape(h.lower().removesuffix('s'))}", heading.lower()) for h in heads):
        return True  # "## Threads vs Process" over "| Process | Thread |": the same two, in either order
    if len(heads) == 2 and all(heads) and _negated_pair(heads[0], heads[1]):
        return True  # "| Counts as failure | Does NOT count as failure |": two lists, a row pairs nothing
    if not all(heads) or any(word_count(h) > 3 or is_generic(h) or DESCRIBES.match(h) for h in heads):
        return False
    lasts = {h.split()[-1].lower() for h in heads}
    if len(heads) == 2 and len(lasts) == 1 and all(len(h.split()) >= 2 for h in heads) and not lasts & _KEY_HEADS:
        return True  # "| Auto Mode | Custom mode |": two kinds of one thing, each column one kind's traits
    firsts_words = {h.split()[0].lower() for h in heads}
    if len(heads) == 2 and len(firsts_words) == 1 and all(len(h.split()) >= 2 for h in heads) and not firsts_words & _KEY_HEADS:
        return True  # "| dbt Core | dbt Cloud |": two editions of one thing, each column one edition's traits
    unwritten_case = all(rx.fullmatch(f"{_CJK.pattern}+", h) for h in heads)  # "| 동시성 | 병렬성 |": no capitals to read
    if unwritten_case and any(h in _KEY_HEADS for h in heads):
        return False  # "| 구분 | 내용 |": a key column and its values
    code = all(rx.fullmatch(r"[a-z][a-z0-9_.]*(?:\(\))?|[a-z]+[A-Z][\w.]*(?:\(\))?|[A-Z][a-z]+[A-Z][\w.]*(?:\(\))?", h)
               and h.lower().strip("()") not in _KEY_HEADS for h in heads)  # "| synchronized | volatile |", "| notify() | notifyAll() |"
    if not unwritten_case and not code and (not rx.search(r"\b[A-Z][A-Z0-9]+\b|[a-z][A-Z]|\d", heads[1]) or not heads[0][:1].isupper()):
        return False  # the second column named like a thing (an acronym, a product), the first a name too
    firsts = [cells[0].strip() for cells in body if cells and cells[0].strip()]
    return len(firsts) >= 2 and any(word_count(c) >= 4 or c.endswith(".") for c in firsts)


def spelled_keys(body: list[list[str]], heading: str) -> bool:
    """ "| **L** | Loki |", "| **G** | Grafana |" … under "… + LGTM": each row one letter of a word the heading names."""
    keys = [cells[0].strip(" *_`") for cells in body if cells]
    return len(keys) >= 3 and all(rx.fullmatch(r"[A-Z]", k) for k in keys) and "".join(keys) in heading


_NEGATION = re.compile(r"\b(?:not|no|non|never|não|nao|nicht|kein\w*|pas|ne|не|нет)\b|n't\b|^不|^非|^无", re.IGNORECASE)


def _negated_pair(a: str, b: str) -> bool:
    """One header says the other with a "not" ("Counts as failure" / "Does NOT count as failure", "Sí aplica" /
    "No aplica"): what is and what is not, two columns of their own."""
    if bool(_NEGATION.search(a)) == bool(_NEGATION.search(b)):
        return False

    def words(h: str) -> set[str]:
        said = rx.findall(r"\w+", _NEGATION.sub(" ", h).lower())
        return {w.rstrip("s")[:5] for w in said if w not in ("do", "does", "did", "is", "are", "sí", "si", "yes")}
    return bool(words(a)) and words(a) == words(b)


def _cells(line: str) -> list[str]:
    return [rx.sub(r"[*_`]", "", c).strip().lower() for c in line.strip().strip("|").split("|")]


@lru_cache(maxsize=64)
def _tables(lines: tuple[str, ...]) -> dict[tuple[str, ...], list[dict[str, tuple[str, ...]]]]:
    """Every table of a document by its header: its rows, each keyed by its first cell."""
    out: dict[tuple[str, ...], list[dict[str, tuple[str, ...]]]] = {}
    k = 0
    while k + 1 < len(lines):
        if lines[k].lstrip().startswith("|") and rx.match(r"\s*\|?\s*:?-{2,}", lines[k + 1]):
            end = k + 2
            rows: dict[str, tuple[str, ...]] = {}
            while end < len(lines) and lines[end].lstrip().startswith("|"):
                cells = _cells(lines[end])
                rows.setdefault(cells[0], tuple(cells[1:]))
                end += 1
            out.setdefault(tuple(_cells(lines[k])), []).append(rows)
            k = end
        else:
            k += 1
    return out


_PRIVATE_NET = r"(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))"  # the first octets of a private network's addresses
_HOST_ADDRESS = re.compile(rf"{_PRIVATE_NET}(?:\.\d{{1,3}}){{1,3}}")  # a private network's host
_LAB_HOST = re.compile(rf"(?<![\d.]){_PRIVATE_NET}(?:\.\d{{1,3}}){{1,2}}\.(?:[1-9]\d{{0,2}})(?![\d./])")  # one inside a cell


def one_case(header: list[str], body: list[list[str]], lines: tuple[str, ...]) -> bool:
    """Rows keyed by hosts of a private network ("| 192.168.0.1 | MAC-0A | dynamic |": one network's ARP table), cells
    that each name their field ("| 2nd fragment | identification=777 | offset=185 |": one packet's headers), or a
    walkthrough's tables (see traced): the values of one example, not facts the row and column ask for."""
    keys = [cells[0] if cells else "" for cells in body]
    bare = [rx.sub(r"[*_`]", "", k).strip() for k in keys if k.strip()]
    if len(bare) >= 2 and all(_HOST_ADDRESS.fullmatch(k) and not k.endswith(".0") for k in bare):
        return True
    width = max((len(cells) for cells in body), default=0)
    if len(body) >= 2 and any(all(i < len(cells) and _LAB_HOST.search(cells[i]) for cells in body) for i in range(1, width)):
        return True  # "| ceph-client | eth0: 192.168.33.21 (MNGT) |": every row's host address, one lab's plan
    named = sum(1 for i in range(1, width) if sum(bool(rx.match(r"[A-Za-z_][\w.-]*\s*=\s*\S", cells[i].strip(" *_`")))
                                                 for cells in body if i < len(cells)) * 2 > len(body))
    if len(body) >= 2 and named >= 2:  # (one column of settings, "| Headless | … | spec.clusterIP = None |", is a fact's)
        return True
    return traced(header, keys, lines)


def traced(header: list[str], keys: list[str], lines: tuple[str, ...]) -> bool:
    """The same columns over the same rows in another table of the notes, with other values ("| Layer | Source |
    Destination |" for host A, then for the switch, then for host B): each table is one case of a walkthrough, the
    cells are that case's values, not facts the row and column ask for."""
    own = {rx.sub(r"[*_`]", "", k).strip().lower() for k in keys if k.strip()}
    tables = _tables(lines).get(tuple(rx.sub(r"[*_`]", "", h).strip().lower() for h in header), [])
    alike = [rows for rows in tables if len(own & rows.keys()) >= 2]  # (this table is one of them)
    return len(alike) >= 2 and any(len({rows[k] for rows in alike if k in rows}) > 1 for k in own)


def with_dittos(body: list[list[str]]) -> list[list[str]]:
    """A ditto mark ("〃", "″", '"', "同上", "ditto") in a cell says the cell above again: it is filled in. A cell that
    says "same as" another row ("同 7.x", "same as v1") takes that row's cell; one that adds to it ("同 8.5.x + ::1")
    is left empty: its answer is half in another row."""
    out: list[list[str]] = []
    for r, cells in enumerate(body):
        out.append([out[r - 1][c] if r and c < len(out[r - 1]) and rx.fullmatch(r"\s*(?:[〃″\"]|同上|ditto)\s*", cell, re.I)
                    else cell for c, cell in enumerate(cells)])
    keys = {rx.sub(r"[*_`]", "", cells[0]).strip().lower(): r for r, cells in enumerate(out) if cells}
    for cells in out:
        for c in range(1, len(cells)):
            said = _SAME_AS.fullmatch(rx.sub(r"[*_`]", "", cells[c]).strip())
            row = keys.get((said.group("row") or said.group("row2") or "").strip().lower()) if said else None
            if said and row is not None and out[row] is not cells and c < len(out[row]):
                cells[c] = "" if said.group("more") else out[row][c]
            elif _MORE_THAN_ABOVE.match(cells[c]):  # "额外包含 IPv6 回环地址": only what this row adds
                cells[c] = ""
    return out


_MORE_THAN_ABOVE = re.compile(r"\s*(?:额外|另外|新增|(?:additionally|in addition|zusätzlich|además|en plus|inoltre|дополнительно)\b|추가로)",
                              re.IGNORECASE)
# "同 7.x", "same as 8.5.x + ::1", "wie bei v2", "7.x と同じ": a cell that points at another row's cell
_SAME_AS = re.compile(r"(?:同|同于|与|和|same as|as (?:for|in)|like|idem|wie(?: bei| in)?|как(?: и)?(?: у| в)?|igual (?:que|a)|"
                      r"como(?: en)?|comme(?: pour)?|identique à|uguale a|come)\s*(?P<row>[^\s+，,;；]+?)(?:\s*(?:相同|一样|同))?"
                      r"(?P<more>\s*[+，,;；].*)?|(?P<row2>[^\s+，,;；]+?)\s*(?:と同じ|(?:와|과) 같음|와 동일|과 동일)", re.IGNORECASE)


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


def choice_columns(header: list[str], rows: list[list[str]], constant: set[int]) -> dict[str, list[str]]:
    """Columns whose cells take two or three short values, each seen more than once ("TCP" and "UDP" down a port
    table): "Port 80 — type?" does not say what kind of answer is wanted; the values do."""
    out: dict[str, list[str]] = {}
    for i in range(1, len(header)):
        values = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        seen = list(dict.fromkeys(v.lower() for v in values))
        if i in constant or not 2 <= len(seen) <= 3 or any(sum(v.lower() == low for v in values) < 2 for low in seen) \
                or any(word_count(v) > 2 or len(v) > 16 or not rx.search(r"[^\W\d_]", v) for v in values):
            continue
        out[header[i]] = [next(v for v in values if v.lower() == low) for low in seen]
    return out


def query_output(code: list[str], block: Block, every: bool = False) -> bool:
    """A table right under a query whose columns the query names ("SELECT SalesmanName, SUM(Quantity) AS Qty" over
    "| Name | Qty |"): the rows that one query returned on the notes' own sample data, not facts."""
    text = "\n".join(code)
    if not rx.search(r"\bselect\b", text, re.IGNORECASE) or not block.rows or not block.rows[0]:
        return False
    header = [read(cell).plain.strip().lower() for cell in block.rows[0]]
    named = [h for h in header if rx.fullmatch(r"[a-z_][\w]{2,}", h) and h not in _SQL_WORDS
             and rx.search(rf"(?<![\w.]){re.escape(h)}(?!\w)", text, re.IGNORECASE)]
    return bool(named) and len(named) * (1 if every else 2) >= len(header)  # (a query below: it names every column)


_SQL_WORDS = frozenset("select from where join inner left right full outer cross group order by having union all distinct "
                       "insert update delete into values set create table index view sum count avg min max and not null".split())


def data_header(header_md: list[str], body: list[list[str]]) -> bool:
    """ "| Accept | Content-Types that are acceptable … See [Content negotiation](…) | `Accept: text/plain` | Permanent |":
    the first row holds a link, or a value its column repeats below ("Permanent"): a row of data, so no cell names
    its column."""
    if len(header_md) < 2 or not body:
        return False
    if any(rx.search(r"\]\(", h) for h in header_md):
        return True
    return any(k and h.strip() and sum(1 for row in body if k < len(row) and row[k].strip() == h.strip()) >= 2
               for k, h in enumerate(header_md))


# "SELECT * FROM t WHERE id > 10", "CREATE UNIQUE INDEX … ON t": two of these make a line a statement of code (a
# query's number is no fact, a statement names no set); _SQL_WORDS above are the same words as a query's columns
SQL_KEYWORD = re.compile(r"\b(?:CREATE|SELECT|INSERT|UPDATE|DELETE|ALTER|DROP|UNIQUE|INDEX|TABLE|FROM|WHERE|ON|INTO|JOIN|"
                         r"GROUP BY|ORDER BY|VALUES|LIMIT)\b")
