"""What one cell of a table row holds: a default value told at the end of a description, a description that only
spells out its row's name. Read by the table rule (srs.extract.rules.table) for each cell it would ask about."""

from __future__ import annotations

import re

from srs.extract.text import word_count

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
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.strip("`*_ "))
    return [p.lower() for p in re.split(r"[\W_]+", spaced) if p]


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
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", head)]
    new = [w for w in words if not _echoes(w, parts) and w not in ("the", "a", "an", "s")]
    return bool(words) and (not new or len(words) >= 2 and len(new) == 1)  # "the heartbeat delay": one word more


_FILLER = frozenset("a an the with of to for in on and or by is are it its as at from".split())


def echoes_row(key: str, column: str, cell: str) -> bool:
    """ "`/customers/123` — GET?" / "Get customer with ID 123": every word of the cell is a word of its row's key or
    its column's name, so the card asks what its own front says."""
    said = {w.lower()[:4] for w in re.findall(r"[^\W_]+", f"{key} {column}")}
    words = [w.lower() for w in re.findall(r"[^\W_]+", cell) if w.lower() not in _FILLER and len(w) > 2]
    return len(words) >= 2 and all(w[:4] in said for w in words)


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
    task = re.split(r"(?<=[。])", cell.strip(), maxsplit=1)[0].rstrip("。. ")
    if len(_CJK.findall(task)) * 2 < len(task) or not 4 <= len(task) <= MAX_CJK_TASK_CHARS:
        return None
    if re.search(r"[A-Z]{2,}", task) and any(w in task for w in re.findall(r"[A-Z]{2,}", key)):
        return None  # "GROUP BYでグループ化した後…": the description names the keyword itself
    return task
