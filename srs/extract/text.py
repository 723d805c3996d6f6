"""Small text helpers shared by the rules: list splitting, cues, word counts."""

from __future__ import annotations

import re
from functools import lru_cache

from srs.extract import rx

_AND_OR = re.compile(r"^(?:and|or|&|plus)\s+", re.IGNORECASE)
_ETC = re.compile(r"^(?:etc\.?|and more|and so on|…|\.\.\.|others?|more|the rest|and others)$", re.IGNORECASE)
_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_MARKDOWN_NOISE = re.compile(r"(?<!\w)(\*\*|__)|(\*\*|__)(?!\w)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
# a markdown list item's marker at the start of a source line ("- ", "12. ", "3)"), as the parser will read it
ITEM_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
# A sentence ends at . ! ? after a word, number, bracket, quote or emphasis ("**progress**. Next"), not in "e.g. Two …", "vs. Kafka"
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]*_`'\"”’%\u00df-\u00ff\u0100-\u024f\u0430-\u045f\uac00-\ud7a3])(?<!\be\.g)(?<!\beg)(?<!\bex)(?<!\bi\.e)(?<!\bvs)(?<!\bcf)(?<!\bz\.B)(?<!\bapprox)"
                           r"[.!?]\s+(?=[A-Z\u00c0-\u00de\u0400-\u042f\uac00-\ud7a3]|e\.g\.|i\.e\.)|(?<=[。！？])\s*(?=\S)|"
                           r"(?<=[a-z][.!?][\"”’])\s+(?=[A-Z])|"  # '… calls “breaking the code.” The areas …'
                           r"(?<=[a-z]{3})\.(?=(?:Although|However|But|The|This|It|If|When|So|Also|These|They)\s)|"  # "…columns.Although …"
                           r"(?<=[\u3040-\u30ff\u4e00-\u9fff])[.!?]\s+(?=[\u3040-\u30ff\u4e00-\u9fff])")  # "16 位. 该字段…"

# "Example(s)" in the other languages notes come in: one list for the rules (drafts.in_example) and the critic
EXAMPLE_WORDS = r"exemplos?|ejemplos?|exemples?|beispiele?|esempi[oi]?|voorbeelden|voorbeeld|ví dụ|örnek|przykłady?|пример[ыа]?"
EXAMPLE_WORDS_CJK = r"예시|예제|사례|例子|示例|举例|案例|サンプル"
# an analogy: its words stand for the subject ("a notebook for state"), in a section title or a table's row name
ANALOGY_WORDS = r"analog(?:y|ies)|metaphors?|analogía|analogia|analogie|аналогия|比喻|类比|類比|たとえ話?|例え|비유"
# a line that opens an analogy or talks the reader into one ("Think of a library", "Beleza, pensa assim: …", "Imagina que …")
ANALOGY_LEAD = (r"\W*(?:(?:ok|okay|so|well|beleza|bom|bueno|vale|bon|alors|also|allora)\W+)?(?:think of|imagine|picture|consider|"
                r"imagina|imagine[sz]?|imaginemos|imaginons|stell (?:dir|euch) vor|immagina|pensa|pense|piensa|piénsalo|denk)\b")
# Verbs that say what a thing does ("reduces cost", "supports TLS", "simplifies deploys"): rarely nouns, so a label led
# by one ("Reduces Cost: …") is a claim, not a name, and a list led by them says what a thing does, not its members
ACTION_VERBS = ("optimize reduce improve increase decrease enable allow prevent require ensure provide make help avoid remove "
                "add break hide simplify decouple guarantee support encrypt prove cause minimize maximize eliminate offer "
                "boost lower protect detect retrieve cut raise shrink accelerate lessen strengthen").split()


def _third_person(verb: str) -> str:
    return verb[:-1] + "ies" if verb.endswith("fy") else verb + "s"


# "(2) Breadth-First Search", "（2）减少数据量": an item's or a section's number in brackets, no part of its words
BRACKET_NUMBER = re.compile(r"^[(（]\d{1,2}[)）]\s*(?=\S)")
ACTION_VERB = "(?:" + "|".join(ACTION_VERBS) + ")"  # "reduce", as a list item ("Reduce cost") or after a plural subject
ACTION_VERB_S = "(?:" + "|".join(_third_person(v) for v in ACTION_VERBS) + ")"  # "reduces", after a thing or alone

# A line that sets up one made-up scenario ("Say we have 1M users", "Assume …", "假设…"): what follows holds only inside it
SUPPOSE = re.compile(r"^(?:let'?s (?:say|assume|imagine)|let us (?:say|assume|imagine)|say(?: we)?|suppos(?:e|ing|ons)|"
                     r"imagin(?:e|emos)|assum(?:e|ing|ir|a|imos)|given that|given (?:the following|these|those)|consider an?|considere|"
                     r"supo(?:nha|r|nhamos|ngamos|nga|nemos)|supponiamo|angenommen|nehmen wir an|si on suppose|"
                     r"hip[óo]tese|hip[óo]tesis|hypoth[èe]se|ipotesi|annahme|assumptions?|premissas?|supuestos?)\b"
                     r"|^(?:假设|假如|仮に|例えば)", re.IGNORECASE)

# "#message-broker", "#SlowerWrites": a tag that files a line (Obsidian, Logseq), not a word of it
TAG = r"#[A-Za-z][\w/-]*"

# Numbers written out, by value: NUMBER_WORDS[4] == "four"
NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()

GENERIC_WORDS = frozenset(
    "a an the and & of per key characteristics characteristic structured template templates components component entry sections section "
    "levels level topics topic focus areas area exemplar exemplars example examples metrics metric pitfalls "
    "pitfall common components steps step checklist matrix axes dimensions inputs input options notes note "
    "summary purpose when to use expansion ideas outcomes outcome drills drill overview details detail "
    "points sample samples questions question probing success indicators context decision status risk risks "
    "impact result results fix finding findings symptom hypothesis goal goals tip tips short deep mini "
    "filled approach idea list items item core concepts basics misc other general action situation task "
    "reflection category for each every mini rule rules thumb formula heuristic definition takeaway deeper dive "
    "more additional extra advanced further recap wrap up highlights good to know important things features feature "
    "problem problems solution solutions issue issues differences use case cases usecase classic typical challenge challenges motivation conclusion conclusions "
    "theorem lemma corollary proof remark observation limitation limitations type types typ typen tipo tipos "
    "quick reference revision refresher cheat sheet cheatsheet distinction lesson lessons "
    # the same kinds of remark in other languages written in Latin script (pt, es, fr, de, it)
    "problema problemas solução soluções solucao solución soluciones problème problèmes résumé lösung lösungen "
    "beispiel beispiele exemplo exemplos ejemplo ejemplos exemple exemples esempio esempi definição definición "
    "définition definizione resumo resumen zusammenfassung riepilogo conclusão conclusión fazit objetivo objetivos "
    "objectif ziel nota notas obs observação observación remarque hinweis idea ideia idée vantagens desvantagens "
    "ventajas desventajas avantages inconvénients vorteile nachteile vantaggi svantaggi introduction intro "
    "particular particulier particulière particolare particolari special especial speciale cas caso casi casos sonderfall "
    "introducción introdução introduzione einleitung einführung conclusione information informações adicionais simple simples "
    "información adicional informazioni aggiuntive informationen zusätzliche weitere funktionsweise "
    # Russian, Korean, Indonesian, Vietnamese and Turkish; "concept" in the languages above
    "введение вступление заключение итоги итог вывод выводы обзор пример примеры определение определения задача задачи решение проблема проблемы замечание примечание примечания резюме 개요 소개 정리 요약 예시 예제 결론 참고 문제 해결 정의 목표 장점 단점 개념 특징 원리 설명 목적 용도 종류 차이 비교 주의사항 concept konsep definisi pengertian contoh tujuan fungsi kelebihan kekurangan catatan ringkasan penjelasan kesimpulan khái niệm ví dụ ưu nhược điểm định nghĩa mục đích tóm tắt lưu ý ghi chú kavram tanım örnek örnekler amaç özet açıklama sonuç concept concepto conceito konzept concetto".split()
)
_BASIC_PRINCIPLE = re.compile(r"basic\s+principles?|princ[ií]p(?:e|io|i)s?\s+d[eio]\s+base|princ[ií]pios?\s+b[áa]sicos?|grundprinzip")
# Japanese and Chinese titles that name a kind of remark, not a thing ("原理", "メリット", "总结")
CJK_GENERIC = frozenset("原理 优点 缺点 特点 总结 说明 示例 作用 场景 适用场景 结论 意义 实践意义 重要结论 注意事项 注意 例 例子 概述 简介 介绍 知识点 考点 重点 难点 "
    "问题 答案 解决方案 方案 步骤 流程 定义 概念 背景 目的 用途 优势 劣势 区别 对比 比较 要点 关键点 核心 细节 补充 "
    "概要 特徴 利点 欠点 メリット デメリット 説明 まとめ 目的 注意点 ポイント 例 使用例 サンプル 詳細 詳細な説明 補足 "
    "背景 概念 定義 手順 問題 解答 答え 比較 違い メモ 備考 サンプルコード サンプルコード付きの説明 用法示例 使用示例 代码示例 示例代码 用法 用例 方法 实例方法 静态方法 属性 参数 返回值 メソッド プロパティ 引数 戻り値".split()
)
# the whole heading names the table: "B-tree index: structure" or "Composite Index" is a subject, not navigation
TOC_TITLE = re.compile(r"^\W*(?:(?:the\s+)?table of contents|contents|index|toc|índice|indice|sommaire|inhalt(?:sverzeichnis)?|"
                  r"contenidos?|conteúdo|содержание|оглавление|目次|目录|目錄)\W*$|"
                  r"\((?:table of contents|contents|toc|índice|sumário|sommaire)\)\W*$", re.IGNORECASE)  # "Docker (Table of contents)"
# Labels whose text is prose about one case, not a set to name ("Purpose: define …, protect …").
NARRATIVE_LABELS = frozenset(
    "purpose goal decision context impact fix result results status finding findings symptom hypothesis risk "
    "rollback observability proposal situation action task reflection summary note notes tip exemplar example "
    "mini exemplar why how when to use alternatives mitigation threat privacy incident root cause "
    "resolution workaround remediation causes symptoms effect effects consequence consequences diagnosis detection "
    "prevention response severity priority trigger scope reason rationale evidence "
    "utilité utilidad utilidade propósito finalidad finalidade zweck nutzen usage uso".split()
) | {"mini exemplar", "when to use", "root cause"}
_LABEL_LEAD = re.compile(r"^(?:a handful of|a few|a couple of|a(?!\s+records?\b)|an|the|your|my|our|some)\s+", re.IGNORECASE)  # (DNS "A record")

# "void exit(int status)", "int pthread_create", "const char *name(": a C declaration, whose case is the code's ("interface
# (= API)" and "longevity" are words: a type is a whole word, then a space or a "*")
_C_DECLARATION = re.compile(r"^(?:(?:const|unsigned|signed|static|extern|struct|inline)\s+)*(?:void|int|char|long|short|float|"
                            r"double|bool|size_t|ssize_t|pid_t|off_t|time_t|[a-z]+\d*_t)(?:\s+\**|\s*\*+)\s*(?:[A-Za-z]\w*\s*\(|[A-Za-z]*_\w*\b)")


@lru_cache(maxsize=4096)
def clean_label(label: str) -> str:
    """``A handful of “war stories”`` → ``War stories``."""
    label = _LABEL_LEAD.sub("", label.strip())
    label = label.replace("“", "").replace("”", "").replace('"', "")
    label = rx.sub(r"`([A-Z][A-Za-z-]*(?: [A-Za-z-]+)* ?(?:\([A-Za-z][\w -]*\))?)`", lambda m: m.group(1) if " " in m.group(1)
                   else m.group(0), label)  # "`PSK (Pre-Shared Key)`", "`Host Address`": words in code marks, not code
    return capitalize(tidy(label))


def is_narrative(label: str) -> bool:
    plain = rx.sub(r"\([^)]*\)", " ", label.lower())
    return tidy(_LABEL_LEAD.sub("", tidy(plain))) in NARRATIVE_LABELS  # "The consequence" as "consequence"


def words(text: str) -> list[str]:
    return text.split()


# Scripts written without spaces between words: a run of them counts a word per two characters
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# pictographs, dingbats, arrows and flags, with the joiners and variation selector that build them
# a web address anywhere in a line, to its next space ("…삭제한다.https://inpa.tistory.com/%F0%9F…")
ADDRESS = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3\u2139\u25A0-\u25FF\u231A\u231B\u23E9-\u23FA"
                   "\u203C\u2049]+")  # ("ℹ️", "⏳", "‼️" too)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_EAST_ASIAN = re.compile(_CJK.pattern[:-1] + "\u1100-\u11ff\uac00-\ud7af]")  # CJK, kana and Hangul


def prefixes(text: str, size: int = 4, min_len: int = 1, digits: bool = True) -> list[str]:
    """The first ``size`` letters of each word of ``text``, lowercased: how the "every word comes back" checks
    compare words ("paged" and "Page", "showing" and "show"). ``min_len``: shorter words are left out;
    ``digits``: digits are part of a word (else they split words, and runs of letters alone count)."""
    return [w.lower()[:size] for w in rx.findall(r"[^\W_]+" if digits else r"[^\W\d_]+", text) if len(w) >= min_len]


def word_count(text: str) -> int:
    """Words, for the script in use: spaces in Latin text, about two characters a word in CJK text."""
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    return len(_CJK.sub(" ", text).split()) + (cjk + 1) // 2


def cjk_share(text: str) -> float:
    """Share of the letters of a text that are CJK (0.0 for ASCII)."""
    if text.isascii():
        return 0.0
    letters = len(_LETTER.findall(text))
    return len(_CJK.findall(text)) / letters if letters else 0.0


def east_asian_share(text: str) -> float:
    """Share of the letters of a text written in CJK, kana or Hangul (cjk_share leaves Hangul out)."""
    letters = len(_LETTER.findall(text))
    return len(_EAST_ASIAN.findall(text)) / letters if letters else 0.0


def initials(text: str) -> str:
    """ "Container Runtime Interface" → "CRI": the first letters of its words, upper-cased."""
    return "".join(w[0] for w in rx.findall(r"[A-Za-z][\w-]*", text)).upper()


def tidy(text: str) -> str:
    """Collapse spaces, drop trailing punctuation (not ``?``)."""
    return " ".join(text.split()).rstrip(" .,;:!")


def strip_noise(text: str) -> str:
    """Remove stray ``**``/``__`` (not inside code: "`**kwargs`") and a leading list marker."""
    text = "".join(part if k % 2 else _MARKDOWN_NOISE.sub("", part) for k, part in enumerate(rx.split(r"(`[^`]*`)", text)))
    return _LIST_MARKER.sub("", text).strip()


# command-line tools a line may start with ("kubectl describe rs kuard"): written as typed, never capitalised
_CLI = frozenset("kubectl docker git terraform aws gcloud az helm npm npx pip yarn systemctl journalctl sudo curl wget ssh "
                 "scp grep sed awk chmod chown mkdir tar apt yum dnf brew kubeadm minikube eksctl ansible vagrant podman "
                 "psql redis-cli mongosh cargo mvn gradle openssl nslookup traceroute netstat iptables tcpdump nmap htop "
                 "xargs dig ping ls cd ps df du ip ifconfig whois nc netcat ss lsof useradd usermod passwd crontab mv cp rm "
                 "chgrp ln tee uname nohup rsync jq gsutil bq whereis hostname whoami pkill killall gunzip gzip su".split())


def capitalize(text: str) -> str:
    """First letter upper-cased, unless the first word is code or a mixed-case name (iPhone, eBPF)."""
    if not text or text[0] == "`" or "\u0370" <= text[0] <= "\u03ff":  # ("τₙ₊₁ = …": a Greek letter is a variable)
        return text
    first = text.split(" ", 1)[0]
    rest = first.split("-", 1)[0][1:]
    if rest != rest.lower() or first.count("-") >= 2 or rx.search(r"[._/+=>]\w|^[a-z]+:[a-z0-9]|[a-z][\u3040-\u9fff\uac00-\ud7af]|\w[([]", first) or text in _CLI \
            or first in _CLI and " " in text and (not text.rstrip().endswith(("?", "？")) or rx.match(r"^[a-z][\w.-]*(?:\s+[a-z][\w.-]*)+\s+—\s", text)) \
            or rx.fullmatch(r"[a-z]{1,4}\d[a-z\d]{0,3}\W*|[a-z]+\d+[a-z][a-z\d]*\W*", first) \
            or rx.fullmatch(r"([a-z])\1{1,2}|[b-df-hj-np-tv-xz]{2,5}", first) or rx.match(r"[b-hj-z]\s+[(—–]|[a-z]\s*[=<>≤≥+*/^](?!\w)|[b-dfghjlmnpqrtx]\s+\w", text) \
            or rx.match(r"^[a-z][\w.-]*\s+(?:-{1,2}\w|/|<|\$|[a-z]+=\S|(?:command|utility)\W*$)", text) \
            or rx.match(r"^[a-z][\w.-]*(?:\s+[\w./-]+){0,3}\s+\[[\w .|-]{1,20}\]", text) \
            or rx.match(r"^new\s+[A-Z]\w*\s*[(<]", text) or _C_DECLARATION.match(text) \
            or rx.match(r"[a-z][a-z0-9_-]{0,14},\s*[a-z][a-z0-9_-]{0,14},\s*[a-z][a-z0-9_-]{0,14}(?:[,\s]|$)", text) \
            or rx.match(r"^[a-z][\w.-]*(?:\s+[a-z0-9][\w./:-]*){1,6}\s+--[a-z][\w-]*(?:[=\s]|$)", text):  # "gcloud beta … --region=x"
        return text  # "opentelemetry-instrumentation-all", "log.retention.hours", "gp3", "new Semaphore(…)", "void exit(int)": code
    return text[0].upper() + text[1:]


def cue(text: str) -> str:
    """A front that reads as a question or cue: tidy, capitalised, ending in ``?``."""
    text = tidy(strip_noise(text))
    if not text:
        return ""
    text = capitalize(text)
    return text if text.endswith("?") else text + "?"


def split_items(text: str) -> tuple[list[str], bool]:
    """``"a, b, and c"`` → ``(["a", "b", "c"], False)``; the flag tells ``;`` was the separator.

    Commas inside parentheses or brackets do not split. Returns ``([], False)`` when the text is not a list.
    """
    if not text.isascii():  # CJK lists: 、，； separate as , and ; do
        text = text.replace("、", ", ").replace("，", ", ").replace("；", "; ")
    separator = ";" if _top_level_count(text, ";") else ","
    parts = _split_outside_brackets(text, separator)
    items: list[str] = []
    for part in parts:
        part = tidy(_AND_OR.sub("", part.strip()))
        if part and not _ETC.match(part):
            items.append(part)
    joined = r"\s(?:and|or|ou|et|und|oder|y|o|e)\s"  # "a, b ou c", "a, b y c": the last two, in other languages too
    if separator == "," and items and rx.search(joined, items[-1]) and len(items) >= 2:
        last = items[-1]
        head, tail = rx.split(joined, last, maxsplit=1)
        if word_count(head) <= 3 and word_count(tail) <= 3 and "(" not in last:
            items[-1:] = [tidy(head), tidy(tail)]
    return items, separator == ";"


def _top_level_count(text: str, char: str) -> int:
    return len(_split_outside_brackets(text, char)) - 1


def _split_outside_brackets(text: str, char: str) -> list[str]:
    if char not in text:
        return [text]
    if "(" not in text and "[" not in text and "{" not in text and "`" not in text:
        return text.split(char)
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    in_code = False
    for c in text:
        if c == "`":
            in_code = not in_code
        elif not in_code and c in "([{":
            depth += 1
        elif not in_code and c in ")]}":
            depth = max(0, depth - 1)
        if c == char and depth == 0 and not in_code:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
    parts.append("".join(current))
    return parts


def sentences(text: str) -> list[str]:
    """The sentences of a text; a full stop inside a quotation ('"A, not B. B lost on cost"') ends none, when the
    quotation closes within the next two."""
    cuts = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    bounds = [0, *[c for cut in cuts for c in cut], len(text)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]  # each sentence, its end mark cut off
    out: list[str] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        for more in range(1, 3):
            if not _open_quote(text[start:end]) or k + more >= len(spans):
                break
            if not _open_quote(text[start:spans[k + more][1]]):  # the quotation closes: one sentence, its marks kept
                end, k = spans[k + more][1], k + more
                break
        if text[start:end].strip():
            out.append(text[start:end].strip())
        k += 1
    return out


def _open_quote(text: str) -> bool:  # (or a bracket: "Ein KA ist ein EA, der um einen Keller (engl. Stack) erweitert …")
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("「") > text.count("」") \
        or text.count("(") > text.count(")")


def unquote(text: str) -> str | None:
    """The inside of a fully quoted text (``“Design a …”`` → ``Design a …``), else None."""
    text = text.strip()
    if len(text) < 3 or text[0] not in _QUOTES:
        return None
    close = _QUOTES[text[0]]
    body = text[1:]
    end = body.rfind(close)
    if end <= 0 or body[end + 1:].strip(" .,!?;:") != "":
        return None
    inner = body[:end].strip()
    return inner if close not in inner else None


def parenthetical(text: str) -> tuple[str, str, str] | None:
    """Split ``"Topic (a, b) rest"`` → ``("Topic", "a, b", "rest")`` at the first top-level group."""
    start = text.find("(")
    if start <= 0:
        return None
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth -= 1
            if depth == 0:
                return text[:start].strip(), text[start + 1:k].strip(), text[k + 1:].strip()
    return None


# ("HTTP(S)", "TS(Ti)", "count(1)" and "G=(N,E)", a tuple after "=": values and names, no asides)
_GLUED_ENDING = re.compile(r"(?<=[A-Za-z_])\((\d{1,3}|\*|[A-Z][A-Za-z0-9]?|)\)(?![\w(])|(?<==)\(([^()]{1,20})\)")


def drop_parentheticals(text: str, keep: int = 0) -> str:
    """Remove top-level ``( … )`` groups; a capital or two glued to a name ("HTTP(S)") or a call's argument
    ("count(1)", "count(*)", "malloc()") is no group."""
    if "(" not in text:
        return tidy(text) if not keep else text
    text = _GLUED_ENDING.sub(lambda m: f"\x00{m.group(1) or m.group(2) or ''}\x01", text)
    text = rx.sub(r"\[\(([^()\[\]]{0,20})\)\]", "[\x00\\1\x01]", text)  # "BIGINT[(M)]": optional syntax, not an aside
    out: list[str] = []
    depth = 0
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            continue
        if depth == 0:
            out.append(c)
    joined = rx.sub(r"\s+([\"”’])(?=\W|$)", r"\1", "".join(out))  # '"Policy Tags (e.g. …)"' → '"Policy Tags"'
    joined = joined.replace("\x00", "(").replace("\x01", ")")
    return tidy(joined) if not keep else joined


@lru_cache(maxsize=4096)
def is_generic(title: str) -> bool:
    """A title made only of generic words ("Template", "Key Topics", "Common Pitfalls")."""
    if not title.isascii() and _CJK.search(title):
        return rx.sub(r"(?:是|は)$", "", rx.sub(r"[\W\d_]+", "", title)) in CJK_GENERIC  # ("作用是：…": its purpose is)
    plain = rx.sub(r"\([^)]*\)", " ", title.lower())
    tokens = rx.findall(r"[^\W\d_]+|&", plain)  # "solução" is one word; "Principe de base": the principle of what?
    return bool(_BASIC_PRINCIPLE.fullmatch(plain.strip())) or bool(tokens) and all(t in GENERIC_WORDS for t in tokens)


def bullets(items: list[str], ordered: bool = False) -> str:
    if ordered:
        return "\n".join(f"{k}. {item}" for k, item in enumerate(items, start=1))
    return "\n".join(f"- {item}" for item in items)


def shorten(text: str, limit: int = 60) -> str:
    """At most ``limit`` words, cut at a sentence end when possible."""
    if word_count(text) <= limit:
        return text
    kept: list[str] = []
    for sentence in sentences(text):
        if word_count(" ".join(kept + [sentence])) > limit:
            break
        kept.append(sentence)
    return " ".join(kept) if kept else " ".join(text.split()[:limit]) + " …"


# a sentence whose subject stands in the line before ("This is called …", "The problem is …", "そのため、これは …",
# "这就是 …"): a cloze or a number taken from it has no subject; the rules read one vocabulary
LEANS_ON_BEFORE = re.compile(
    r"^(?:the\s+)?(?:most common|most popular|main|other|remaining)\s+(?:ones?\s+)?(?:are|is)\b|"
    r"^(?:both|either|neither|the former|the latter|but|yet|however|and)\b|"
    r"^the (?:first|second|third|fourth|last|next|previous|other|same|new|left|right|top|bottom) ones?\b|^(?:yes|no|yep|nope|sí|não|oui|non|ja|nein)(?:\s*[—–,:.!]|\s+-\s)|^(?:이를|이것은|이는|그것은|그러면|이때|그 이유는|그래서|따라서|그러므로|즉)|^the (?:problem|issue|idea|approach)\b(?!\s+(?:with|of|in)\b)|"
    r"^(?:(?:so|thus|therefore|hence|simply said|in short|in other words|that is|also),?\s+)?"
    r"(?:this|that|these|those|it|they|such|here)\b|^(?:[^、，。]{0,8}[、，]\s*)?(?:これ|それ|あれ|この|その|"
    r"这|那|它|此|因此|所以|于是|そのため|なので)", re.IGNORECASE)
