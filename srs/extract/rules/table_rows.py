"""A table's body row → its cards: "first cell — column?" / the cell, one card per fact column (see table.py for how a
table is read and which tables make no cards)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from srs.core.cloze import mask_code
from srs.core.notes import NoteDraft, NoteKind
from srs.extract import rx
from srs.extract.drafts import draft, lower_words
from srs.extract.logistics import PLAN_SECTIONS
from srs.extract.model import Unit
from srs.extract.rules.table import COMMAND_HEADER, RULE, TICK
from srs.extract.rules.table_cells import (
    ASIDE_COLUMN,
    DESCRIBES,
    echoes_row,
    keyword_task,
    spells_out_name,
    split_default,
)
from srs.extract.text import capitalize, cjk_share, is_generic, prefixes, sentences, word_count

MAX_COLUMNS = 6  # a row of more facts than this is a record, not cards
MAX_CELL_WORDS = 25
# A first cell of more words is a statement, and the row's cells are two columns of points compared side by side
# (| DNS-based | BGP-anycast-based |), not a key and its values.
MAX_KEY_WORDS = 7
_RECAP = re.compile(r"^(?:summary(?: table)?|recap|tl;?dr|quick reference|总结|小结|まとめ|요약|resumen|resumo|"
                    r"zusammenfassung|résumé)$", re.IGNORECASE)
_WHERE_NEXT = re.compile(r"\b(?:see also|where next|what'?s next|next steps|further reading|related (?:notes|topics|pages))\b|"
                         r"куда дальше|см\. также|siehe auch|voir aussi|ver también|veja também|参见|延伸阅读|関連", re.IGNORECASE)
MAX_HEADER_WORDS = 6  # a longer header is a sentence: "需要拆分到分片/对象/操作级别分析" names no attribute
_SEVERAL = re.compile(r"、|，|;|\s(?:and|or)\s|,\s")
_TWO_CLAUSES = re.compile(r"\S+\s+\S+\s*[;；]\s*\S+\s+\S+")
_PLACEHOLDER = re.compile(r"(?:[A-Za-z]+\s+)?[A-Z](?:\s*(?:,|and|&|/)\s*[A-Z])*")
_CIRCLED_NUMBER = "[\u2460-\u2473\u2776-\u277f\u2780-\u2793]"  # "⑤", "❺", "➄": a step's number
_NUMERIC = re.compile(rf"^[<>≤≥~]?\s?[-+−]?(?=[\d.,]*\d)[\d.,]+\s?(?:%|x|×|[a-zA-Z]{{1,3}})?(?:\s*\([^()]*\))?$|^{_CIRCLED_NUMBER}$")  # "-1", "1 (default)"
# "Goal 1", "Option 2": a column named by its number says what it asks only in the text around the table
_NUMBERED_COLUMN = re.compile(r"^[^\W\d_][\w-]*\s+\d{1,2}$")
_EMPTY = re.compile(r"^(?:[\s\-—–/xX✗✘〃*_]*|[\s<>←→↑↓⇐⇒^=-]*[<>←→↑↓⇐⇒^][\s<>←→↑↓⇐⇒^=-]*|同左|同右|同上|同下|適用外|該当なし|不适用|해당\s*없음|н/д|same|ditto|n/?a|n\.?\s?d\.?|not applicable|not defined|tbd|varies|it depends|depends|"
                    # "기본값 OK", "keep the default": a column of advice left as it is, no fact
                    r"(?:기본값|default|デフォルト|默认值?)\s*(?:is\s+)?(?:ok|okay|fine|유지|사용|でOK|のまま|即可|就行)|keep (?:the )?defaults?)$", re.IGNORECASE)
# "Same as HTTP for gRPC services", "Same limitations", "Similar to TCP": the answer is another row's cell
_OTHER_ROW = re.compile(r"(?:same|similar|identical|as (?:above|with|for|in)|like (?:the )?(?:above|[A-Z`])|see (?:above|below)|"
                        r"idem|igual|mismo|misma|même|gleich|wie (?:oben|bei)|как (?:у|и|выше)|同上|同左|同前|同様|同样)\b",
                        re.IGNORECASE)
_OPTION_VALUE = re.compile(r"yes|no|on|off|true|false|always|never|none|all|auto|default|enabled|disabled|everysec",
                           re.IGNORECASE)
_OPTION_HEADER = re.compile(r"options?|values?|settings?|modes?|옵션|값|설정|オプション|値|設定|选项|值|配置|参数|valor|valeur|wert|"
                            r"opción|opção|option", re.IGNORECASE)


def _names_only(cell: str) -> bool:
    """More than five names set as code and nothing else ("`append` `cap` `close` …"): no one card recalls them."""
    tokens = cell.split()
    return len(tokens) > 5 and all(rx.fullmatch(r"`[^`\s]+`,?", t) for t in tokens)


_VALUE_HEADER = re.compile(r"values?|valor(?:es)?|valeurs?|werte?|valore|значение|值|取值|設定値|値|값")
# "Port 80 — type (TCP / UDP)?": a column's few values, offered in the front (row_notes, choices)
OFFERED = re.compile(r"\s*\((?:[^()]+? / )+[^()]+?\)(?=[?？]$)")
_REASON_HEADER = re.compile(r"why|reasons?|rationale|justification|motivo|razón|raison|grund|begründung|почему|причина|原因|理由|이유")
# "| Stage | Primary control | How it works |": how the control works, not the stage; the front names both
_AGENT_HEADER = re.compile(r"(?:primary |main |key |recommended |aws |azure |gcp )?(?:controls?|tools?|services?|products?|"
                           r"solutions?|mechanisms?|technolog(?:y|ies)|mitigations?|defen[cs]es?|countermeasures?|techniques?|"
                           r"approach(?:es)?|methods?|strateg(?:y|ies))")
_HOW_HEADER = re.compile(r"how(?: it works| to (?:use|set up|configure))?|setup(?: essentials| notes)?|configuration|mechanism|"
                         r"advantages?|benefits?|pros|drawbacks?|disadvantages?|cons|trade-?offs?")  # (of the agent's choice)


def row_notes(u: Unit, header: list[str], row: list[str], skip: AbstractSet[int] = frozenset(),
              language: str = "", choices: Mapping[str, list[str]] | None = None) -> list[NoteDraft]:
    """A card per fact of the row: "first cell — column?" / the cell (``language``: the notes', "" for English;
    ``choices``: a column's few values, shown in its front, srs.extract.rules.table.choice_columns)."""
    if len(row) < 2 or not row[0] or _EMPTY.match(row[0]) or _SEVERAL.search(row[0]):
        return []  # "ZooKeeper、etcd": a row keyed by a list is a column of examples, not a key
    if u.path and (_RECAP.match(u.path[-1]) or _WHERE_NEXT.search(u.path[-1]) or u.path[-1].lower() in PLAN_SECTIONS):
        return []  # "Summary Table" at the end: one slogan per section; "Куда дальше", "See also": navigation
    if header and rx.fullmatch(r"步骤|步|轮|时刻|ステップ|手順|steps?|iterations?|rounds?|pass|time|t|ids?|#|no\.?|n[°º]|nr\.?|"
                               r"num(?:ber)?|index|idx|序号|编号|番号|번호", header[0].strip(" *_"),
                               re.IGNORECASE) and rx.fullmatch(rf"\d{{1,3}}|{_CIRCLED_NUMBER}", row[0].strip(" *_")):
        return []  # "| 步骤 | N' | D(v), p(v) |" over "| 1 | uw | 6, w |": one run of an algorithm, traced step by step;
    # "| Id | Requirement |" over "| 7 | Secure communications |": a running number, no more a cue than a list's position
    if any("[[" in mask_code(cell) for cell in row):  # (not "`[[runners]]`", a TOML table in code)
        return []  # "[[databases-overview]]": a link to another note, not an answer
    cells = [(header[i] if i < len(header) else "", row[i]) for i in range(1, len(row))
             if i not in skip and not _EMPTY.match(row[i]) and not _OTHER_ROW.match(row[i].strip(" *_"))]
    cells = _verdict_with_reason(header, row, skip, cells)
    facts = [(column, cell) for column, cell in cells
             if column.strip() and not ASIDE_COLUMN.match(column.strip()) and word_count(column) <= MAX_HEADER_WORDS
             and not _NUMBERED_COLUMN.match(column.strip())]
    facts = [(column, cell) for column, cell in facts if not _kind_only(column, cell)]
    if any(_DESCRIBED.fullmatch(h.strip(" *_")) for h in header[1:]):  # "Description" beside "Details": "RAID 0 — details?"
        facts = [(column, cell) for column, cell in facts if not _MORE.fullmatch(column.strip(" *_"))]  # asks for either
    if not facts or len(facts) > MAX_COLUMNS:
        return []
    if len(facts) >= 2 and len({cell.strip().lower() for _, cell in facts}) == 1:
        return []  # "Cost | f(Risk, Time) | f(Risk, Time) | …": one value for every column tells no column apart
    key = row[0].strip()
    if key.endswith(("?", "？")) and len(facts) == 1 and word_count(key) <= 25 and word_count(facts[0][1]) <= MAX_CELL_WORDS:
        return [draft(u, NoteKind.FACT, RULE, capitalize(key), facts[0][1])]  # "| Where are counters kept? | In Redis |"
    if header and rx.fullmatch(r"/[\w.-]+(?:/[\w.-]+)*/?", header[0].strip()) and rx.fullmatch(r"[\w.-]+", key):
        key = f"{header[0].strip().rstrip('/')}/{key}"  # "| /var/log | Description |" over "| secure | …": /var/log/secure
    if word_count(key) > MAX_KEY_WORDS:
        return []  # "Use short TTL of DNS records to prevent caching | Same approach as …": cells side by side
    if rx.search(r"(?:[<>≤≥]=?|=<|=>)\s*\d", key):
        return []  # "| Jitter <= 30 ms | Jitter <= 30 - 50 ms |": a value in the first column, no name to ask about
    if _OPTION_VALUE.fullmatch(key.strip(" *_`")):  # "| always | fsync on every write |": always what?
        name = header[0].strip(" *_") if header else ""
        if not name or is_generic(name) or _OPTION_HEADER.fullmatch(name) or word_count(name) > MAX_HEADER_WORDS:
            return []
        key = key if rx.search(r"\bnames?$", name, re.IGNORECASE) else f"{name} {key}"  # ("Logic Name" over "True": True)
    if _NUMERIC.match(key):  # "10 — time to exhaustion?": a number says what it is only with its column
        name = header[0].strip() if header else ""
        if not name or _NUMERIC.match(name) or word_count(name) > MAX_HEADER_WORDS:
            return []
        key = f"{name} {key}"
    if header and COMMAND_HEADER.match(header[0].strip()) and rx.fullmatch(r"(?:sudo\s+)?[a-z][\w.-]*(?:\s+\S+)*", key):
        key = f"`{key}`"  # "| cbt ls | List tables |" under "Command": a command written as plain text
    if _COMMAND_KEY.match(key) and (COMMAND_HEADER.match(header[0].strip()) or " " in key.strip("`")):
        return _command_notes(u, header[0].strip(), key, facts, language)
    tasks = [(column, task) for column, cell in facts
             if (task := keyword_task(key, bool(DESCRIBES.match(column.strip())), cell)) is not None]
    if tasks and header[0].strip():  # "| AVG | 数値列の平均を計算 |" → "数値列の平均を計算 — 関数？" / AVG
        return [draft(u, NoteKind.FACT, RULE, f"{task} — {header[0].strip()}？", key) for _column, task in tasks[:1]]
    out = []
    value = next((row[i].strip() for i, name in enumerate(header[1:len(row)], start=1) if _VALUE_HEADER.fullmatch(
        name.strip(" *_").lower()) and 0 < word_count(row[i]) <= 3), "")  # "| `wal_level` | `logical` | … |"
    owner = _aspect_owner(u, header)  # (the same for every cell of the row)
    event = facts[0][1].strip(" *_") if rx.match(r"\**\d{4}\b", row[0].strip()) and rx.fullmatch(  # "| 2015 | Cassandra 3.0 | … |": the
        r"(?:events?|milestones?|releases?|versions?)(?:\s*/\s*\w+)?", facts[0][0].strip(" *_"), re.IGNORECASE) \
        and word_count(facts[0][1]) <= 8 else ""  # release, not the year, is what its significance is asked of
    commands = any(COMMAND_HEADER.match(h.strip(" *_")) for h in header[1:])  # a command column beside the key
    for column, cell in _described(key, facts):
        if word_count(cell) > MAX_CELL_WORDS or _TWO_CLAUSES.search(cell) or len(rx.split(r"[,，、]", cell)) >= 6:
            continue  # "Full control over server; ideal for BYOL": two answers to one question; six names: a list to recite
        if rx.fullmatch(r"(?:10(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}|192\.168\.\d{1,3})\.(?!0\b|255\b)\d{1,3}",
                        cell.strip(" *_`")):
            continue  # "| MySQL | database | 172.19.0.2 |": a private address one setup gave, not a fact
        if _SECTION_REF.fullmatch(cell.strip(" *_`")):
            continue  # "§1.7", "see Chapter 3": where the notes say more, not a fact
        if _PLACEHOLDER.fullmatch(cell.strip()) or rx.match(r"n/?a\b|not applicable\b", cell.strip(" *_"), re.IGNORECASE):
            continue  # "Patterns A,B,C": letters a slide defines, meaningless on a card; "N/A (exact)": nothing to ask
        if (verdict := _VERDICT.fullmatch(cell)) and any(verdict.groups()) and rx.fullmatch(r"[A-Za-z][\w .-]*", column.strip(" *_")) \
                and not rx.search(r"\w(?:able|ible|ing|ed|ive|ful|less|ous|al|ic|safe|proof)\b", column, re.IGNORECASE):
            continue  # "iommu — arm mpam?" → "Yes": a product's column, no property; "— splittable?" asks for the yes
        if len(facts) >= 3 and _RATING.fullmatch(cell.strip(" *_")):
            continue  # "| Learning curve | Low | Medium | High | Medium |": a grade that means something only beside the others
        if _names_only(cell) or echoes_row(key, column, cell):
            continue  # "append cap close …": more than five names; "GET /customers/123" → "Get customer 123": its own front
        if commands and DESCRIBES.match(column.strip(" *_")):
            continue  # "| **방화벽 삭제** | `gcloud … delete` | 규칙 삭제 |": the task names what the command does; its gloss says it again
        if COMMAND_HEADER.match(column.strip()) and restates(key, cell):
            continue  # "Run tests — command?" / `yarn test`: the task's own words are the command
        if rx.fullmatch(r"comm?andos?|commando's|commands?|befehle?", column.strip(), re.I) and (rx.search(r"\d+\.\d+\.\d+\.\d+|\b(?:password|secret|hostname|name|"
                                                             r"domain-name)\s+\S+$|[a-z]\s+\d+$", cell.strip(" `"))):
            continue  # "vlan 20", "password cisco", "ip addr 172.17.99.1": the lab's own values set by the command
        if _VAGUE_HEADER.fullmatch(column.strip(" *_").lower()) and column not in (choices or {}) and not rx.fullmatch(
                r"fields?|columns?|names?|attributes?|parameters?|propert(?:y|ies)|variables?|keys?", header[0].strip(" *_").lower()):
            continue  # "FlatMap — transformation?", "Templatic — type?": the header does not say what answer is wanted
        if rx.search(r"\b(?:this|that|these|those)\b", column, re.IGNORECASE):
            continue  # "Why This Storage": "this" is another cell of the row, which the card does not show
        options = (choices or {}).get(column, [])  # "Port 80 — type (TCP / UDP)?": what kind of answer is wanted
        column = rx.sub(r"(?<=\w)\s*[*†‡¹²³]+$", "", column.strip())  # "Max Dist*": a footnote's mark, no part of the name
        asked = (lower_words(column) if column.isascii() else column) + (f" ({' / '.join(options)})" if options else "")
        said = f"{key} = {value}" if value and DESCRIBES.match(column.strip()) else key  # the description is the value's
        said = f"{event}, {row[0].strip(' *_')}" if event and column != facts[0][0] else said
        if (_REASON_HEADER.fullmatch(column.strip(" *_").lower()) or _HOW_HEADER.fullmatch(column.strip(" *_").lower())
                and _AGENT_HEADER.fullmatch(facts[0][0].strip(" *_").lower())) and facts[0][0] != column \
                and word_count(facts[0][1]) <= 6:
            said = f"{key} → {facts[0][1]}"  # "| Identical servers | Round Robin | Simple |": the reason is the choice's
        mark = "？" if cjk_share(asked) > 0.3 else "?"  # ("描述？": a Chinese question's own mark)
        front = f"{said} — {asked}{mark}" if not u.list_title else f"{u.list_title}: {said} — {asked}{mark}"  # its caption says whose
        if owner:  # "| Aspect | Detail |" over "| Transport | HTTP/2 |" under "## 2.2 gRPC": "gRPC — transport?"
            front = f"{owner} — {lower_words(key) if key.isascii() else key}?"
        as_written = bool(rx.fullmatch(r"/?[a-z][\w./-]*", key)) and (bool(header) and _CODE_HEADER.search(header[0].strip()) is not None
                                                                   or len(key) <= 2 or key.startswith("/")  # "w", "n": keys
                                                                   or not key.isalpha() or cjk_share(column) > 0.3)
        # ("semctl — 描述？", "pipe — 描述？" in Chinese notes: a call's name; "ip_forward", "kern.log": names as written)
        out.append(draft(u, NoteKind.FACT, RULE, front if as_written else capitalize(front), cell))
    return out


_VERDICT = re.compile(rf"\s*{TICK}?\s*(?P<word>yes|no|sí|si|não|nao|ja|nein|oui|non|да|нет|"
                      r"是|否)?\s*", re.IGNORECASE)


def _verdict_with_reason(header: list[str], row: list[str], skip: AbstractSet[int],
                         cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "| Own transaction XID | ❌ No | You deleted it |" under "| Row xmax | Visible? | Why |": the yes/no column (a
    matrix, skipped alone) is what the reason explains, so the card asks it and answers both: "— visible?" / "No — You
    deleted it"; "— why?" alone would ask why about a verdict it never states. So is a short choice the column of few
    values leaves out: "| Live video | **UDP** | A late frame … |" → "— preferred protocol?" / "UDP — A late frame …"."""
    for i in range(1, min(len(row), len(header)) - 1):
        verdict = _VERDICT.fullmatch(row[i])
        judged = verdict is not None and bool(verdict.group("yes") or verdict.group("no") or verdict.group("word"))
        choice = row[i].strip(" *_`")  # "| Live video | **UDP** | A late frame … |": the choice the reason is for
        if i not in skip or not (judged or choice and word_count(choice) <= 3 and not choice.endswith(("?", "？"))) \
                or not _REASON_HEADER.fullmatch(header[i + 1].strip(" *_").lower()) or not row[i + 1].strip():
            continue
        said = (verdict.group("word") or ("Yes" if verdict.group("yes") else "No")) if verdict and judged else choice
        asked = header[i].strip(" *_?？")
        return [(asked, f"{capitalize(said)} — {cell}") if column == header[i + 1] else (column, cell) for column, cell in cells]
    return cells


# headers graded 0 of 25 good as questions ("— type?" 0/4, "— transformation?" 0/14, "— when sent?" 0/3, rounds 435-476)
_VAGUE_HEADER = re.compile(r"types?|kinds?|categor(?:y|ies)|class(?:es)?|methods?|approach(?:es)?|transformations?|"
                           r"when sent")
_SECTION_REF = re.compile(r"(?:(?:see|cf\.?|→)\s*)?(?:§\s*|(?:section|sec\.|chapter|ch\.|part|lesson|module)\s+)[\dIVX][\w.]*"
                          r"(?:\s*(?:,|;|/|&|and)\s*(?:§\s*)?[\dIVX][\w.]*)*", re.IGNORECASE)
_RATING = re.compile(r"(?:very\s+|muy\s+|très\s+|sehr\s+)?(?:low|medium|high|moderate|bajo|baja|medio|media|alto|alta|baixo|baixa|"
                     r"médio|média|faible|moyen|moyenne|élevé|élevée|fort|niedrig|mittel|hoch|basso|medio|alto|"
                     r"低|中|高|较低|较高|很高|很低|낮음|보통|높음|[★☆⭐]{1,5}|"
                     r"good|excellent|fair|poor|great|ok|okay|strong|weak|limited|better|best|worse|"  # "QLoRA — performance?" → "Good"
                     r"(?:widely|rarely|commonly)\s+used|common|rare)", re.IGNORECASE)
_ASPECT_HEADER = re.compile(r"aspects?|propert(?:y|ies)|attributes?|characteristics?|dimensions?|criteri(?:on|a)|factors?|"
                            r"aspecto|propiedad|propriedade|caractéristique|eigenschaft|merkmal|項目|特性|属性|方面", re.IGNORECASE)
def _kind_only(column: str, cell: str) -> bool:
    """ "Finalizer" / "network finalizers": the cell names a kind of the column's thing, not which one."""
    head, words = column.strip(" *_").lower(), cell.strip(" *_`.").lower().split()
    return bool(rx.fullmatch(r"[a-z]+", head)) and 2 <= len(words) <= 4 and words[-1] in (head + "s", head + "es") \
        and words[0] not in ("no", "not", "all", "any")


_DESCRIBED = re.compile(r"descriptions?|definitions?|what it is|meaning|descripción|descrição|beschreibung|définition|説明|描述|定义|설명",
                        re.IGNORECASE)
_MORE = re.compile(r"(?:more |additional |other )?(?:details?|info(?:rmation)?)|detalles?|detalhes?|détails|详情|詳細|상세", re.IGNORECASE)
_DETAIL_HEADER = re.compile(r"details?|descriptions?|values?|notes?|explanations?|summary|info|"
                            r"detalles?|detalhes?|descripción|descrição|beschreibung|説明|内容|详情|描述|说明", re.IGNORECASE)


def _aspect_owner(u: Unit, header: list[str]) -> str:
    """The thing a two-column "| Aspect | Detail |" table describes: its section's name, numbering dropped ("2.2 gRPC")."""
    if len(header) != 2 or not _ASPECT_HEADER.fullmatch(header[0].strip(" *_")) \
            or not _DETAIL_HEADER.fullmatch(header[1].strip(" *_")) or not u.path:
        return ""
    name = rx.sub(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+", "", u.path[-1]).strip()
    return "" if not name or is_generic(name) else name


def _described(key: str, facts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A description's closing "Default value: 5000" asks on its own; a description that only spells out the row's
    name ("default_pass" / "This variable specifies the default password …") asks nothing."""
    out = []
    has_default = any(rx.match(r"default", column.strip(), re.IGNORECASE) for column, _ in facts)
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
# "| Additional Utils | Use |" over "| mysqldbcopy | …": names of code, kept as written ("Mysqldbcopy" is no program)
_CODE_HEADER = re.compile(r"\b(?:utils?|utilit(?:y|ies)|tools?|programs?|binar(?:y|ies)|scripts?|commands?|parameters?|params?|"
                          r"options?|flags?|variables?|settings?|directives?|propert(?:y|ies)|fields?|functions?|methods?)$",
                          re.IGNORECASE)


def _command_notes(u: Unit, name: str, key: str, facts: list[tuple[str, str]], language: str) -> list[NoteDraft]:
    """The row of a command table: its description asks for the command (other columns ask nothing one learns)."""
    asked = lower_words(name) if COMMAND_HEADER.match(name) else "command"
    if language and not COMMAND_HEADER.match(name):
        return []  # no word for "command" in the notes' own language: an English one would be a template around them
    out = []
    for column, cell in facts:
        told = sentences(cell.strip())[0].strip().rstrip(".")  # "Lists volumes. -q lists their ids …": the task is first
        if told != cell.strip().rstrip(".") and rx.search(r"\s--?[a-z]", key):  # the flags ("--rm") are in the rest
            told = cell.strip().rstrip(".")  # ("Create a container. It is removed after exit." for `run --rm`)
        if not DESCRIBES.match(column.strip()) or word_count(told) < 3 or word_count(told) > MAX_COMMAND_TASK_WORDS:
            continue  # "Clean up" says too little to name one command; a long cell is two answers
        if "`" in told or key.strip("`") in told or restates(told, key):
            continue  # "Same as `docker ps -a`": the description names a command of its own
        out.append(draft(u, NoteKind.FACT, RULE, f"{capitalize(told)} — {asked}?", key))
    return out


def restates(task: str, command: str) -> bool:
    """The command after its program name is only words of the task: "Run tests" and `$ yarn test`, "Shows the
    logs" and `docker logs`. The card would ask for the task's own words back."""
    line = rx.sub(r"<[^<>]*>|\[[^\[\]]*\]", " ", command.strip("` ").lstrip("$> ").removeprefix("sudo "))  # "<id>"
    words = prefixes(line, min_len=2, digits=False)[1:]
    said = set(prefixes(task, min_len=2, digits=False))
    return bool(words) and all(w in said for w in words)
