"""Checks on how a card's answer ends or how little it says: a back cut off mid-sentence ("…, then they"), a
back that is one word of judgement ("Simple", "Fast") with nothing said of what it judges against, and a cloze that
hides one small word ("access [...] the internet" / "to")."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.cloze import CLOZE
from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit
from srs.extract.rules.emphasis import STRESSED

# lower-case words no English sentence ends on ("Plan A", "what it is", "flies by" and "sent to" do, so they are not here)
_DANGLING_END = re.compile(r"(?:^|\s)(?:then|they|the|an|a|and|or|which|where|as|whose|when|if|because|but|than|such|its|their|"
                           r"these|those|will|would|can|should|but remember|remember|keep in mind|note that|however|"
                           r"for example|e\.g\.|such as|including|as follows|below|the following(?:\s+[\w-]+){0,2})\s*$")
# ("A four-tuple that contains the following fields": the fields are in the block below, not on the card)
# one word of judgement: what it is simpler or faster than is not on the card
_VERDICT_WORDS = frozenset(
    "simple easy hard difficult complex complicated fast faster slow slower cheap cheaper expensive costly good bad "
    "better worse high low higher lower efficient inefficient trivial tricky painful straightforward "
    "sencillo fácil difícil complejo rápido lento caro barato simples einfach schwierig "
    "komplex schnell langsam teuer billig facile difficile complexe rapide lent cher".split())


# a last sentence that only leads in to what follows it in the notes: "They consist of -", "例如", "such as:"
_LEAD_IN_TAIL = re.compile(r"(?:(?<=[.。!?！？])|^)\s*[^.。!?！？]*?(?:\b(?:consists? of|includes?|including|contains?|such as|"
                           r"for (?:example|instance)|e\.g\.|as follows|are|is)\s*[:：]?|[:：]|\s[-–—])\s*$", re.IGNORECASE)
_CJK_EXAMPLE_TAIL = re.compile(r"[，,、]\s*(?:例如|比如|譬如|如|例えば|たとえば|예를 들어)\s*[:：]?\s*$")


# a line ending in a colon whose last word leads on ("… un servicio gestionado para:", "… wird verwendet für:")
_DANGLING_END_OTHER = re.compile(r"\s(?:para|por|con|como|de|del|en|los|las|el|la|um|uma|pelo|pela|pour|avec|comme|des|les|"
                                 r"für|mit|von|zum|zur|wie|als|der|die|das|den|per|di|come|della|dei|gli|для|как|от)$", re.IGNORECASE)
_OPEN_END = re.compile(r"\s(?:are|is|the|an?|and|or|of|to|with|for|from|by|includes?|including|like|such as|that)\s*$")
_INLINE_BULLET = re.compile(r"(?:^|\s)[-*•]\s+(?=[^\W\d_])")


def inline_bullets(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Solutions: - Cache null values - Bloom Filter": a list written on one line; the back shows it as a list (a
    last dash with nothing after it is a cut item, dropped)."""
    back = note.back.strip()
    if note.template == Template.CLOZE or "\n" in back or not rx.match(r"[-*•]\s+[^\W\d_]", back):
        return None
    items = [item.strip() for item in _INLINE_BULLET.split(rx.sub(r"\s[-*•]$", "", back)) if item.strip()]
    if len(items) < 2:
        return None
    return Finding("inline-bullets", "a list written on one line ('- Easy - Cheap') is shown as a list",
                   repaired=replace(note, back="\n".join(f"- {item}" for item in items)))


# "Binary Search Tree: `O(log n)`": a name in title case over a short value that is code or a number
_INNER_LABEL = re.compile(r"(?P<name>[A-Z][\w+()-]+(?: (?:[A-Z][\w+()-]*|of|and|or|the|for)){0,4}):\s+"
                          r"(?P<value>(?=[^:]*[\d`])\S[^:]{0,30})")


def inner_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Time Complexity: Indexing?" → "Binary Search Tree: `O(log n)`": the back's own label names what its short
    value is of, so it belongs on the front ("Time Complexity: Indexing — Binary Search Tree?" → "`O(log n)`")."""
    m = _INNER_LABEL.fullmatch(note.back.strip())
    if note.rule != "labelled-fact" or note.template == Template.CLOZE or m is None or len(m.group("value").split()) > 3 \
            or " — " in note.front:
        return None
    return Finding("inner-label", f"the back's label '{m.group('name')}' names what the value is of: it goes to the front",
                   repaired=replace(note, front=f"{note.front.rstrip('?？ ')} — {m.group('name')}?", back=m.group("value")))


def cut_short(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Log Matching Property?" → "If two entries … have the same index and term, then they": the sentence goes on in
    the list below it, so the back stops mid-sentence."""
    if note.template == Template.CLOZE and note.front.rstrip().endswith((",", "，", "、")):
        return Finding("cut-short", "the sentence stops at a comma: it goes on in the next line", suggest=True)
    if note.template == Template.CLOZE and _OPEN_END.search(note.front):  # "[2] dashboards of interest in grafana are"
        return Finding("cut-short", "the sentence stops on a word that leads in to what follows it", suggest=True)
    if note.template == Template.CLOZE or not note.back.strip() or "\n" in note.back.strip():
        return None
    back = note.back.strip()
    if rx.match(r"(?:the\s+)?following\b(?!\s+(?:the|a|an)\b)[^.;]*[:.]?$", back, re.IGNORECASE):
        return Finding("lead-in-tail", "the back only says a list follows ('The following layers …'): the list is not here")
    kept = _CJK_EXAMPLE_TAIL.sub("", back)
    if kept == back and (tail := _LEAD_IN_TAIL.search(back)) and tail.start() > 0:
        kept = back[:tail.start()].rstrip()  # "Set of related operations. They consists of -": the list is not here
    if kept != back and len(kept) >= 4:
        return Finding("lead-in-tail", "the back ends on a lead-in to a list or an example the card does not hold",
                       repaired=replace(note, back=kept))
    if u.children and rx.search(r"\s(?:on|of|to|for|with|by|from|in|at|via|into|using|like)$", back, re.IGNORECASE):
        return Finding("cut-short", "the answer stops on a preposition: the sub-list below finishes it", suggest=True)
    if u.plain.rstrip().endswith((":", "：")) and _DANGLING_END_OTHER.search(back.rstrip(" :：")):
        return Finding("cut-short", "the answer stops on a word that leads into the list below ('… gestionado para')",
                       suggest=True)
    if _DANGLING_END.search(note.back.rstrip(" ,;:—–-")) and not note.back.rstrip().endswith((".", "!", "?", ")", "`")):
        return Finding("cut-short", "the answer stops mid-sentence (it goes on below)", suggest=True)
    if note.rule in ("definition", "labelled-fact") and rx.search(r"(?:^|[\s,;])(?:\.\.\.|…)\s*(?:[(;]|$)",
                                                                 rx.sub(r"`[^`]*`|\$[^$]*\$", "", back)):
        return Finding("cut-short", "the notes leave the answer unfinished ('tags, ... (where to deploy)')", suggest=True)
    if note.rule in ("definition", "labelled-fact", "heading-fact") and not doc.language and rx.search(
            r"\s(?:of|the|an?|and|or)\.?$|\s(?:to|for|with|by|from|into|is|are)\s+\w+ly$", back) \
            and not rx.search(r"[.!?。]\s", back):  # ("Used to transparently": the line breaks off)
        return Finding("cut-short", "the notes' own sentence breaks off ('a set of.'): the answer is missing its end")
    return None


def bare_verdict(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Loading: Insert?" → "Simple": a one-word judgement, without what it is judged against, teaches nothing."""
    if note.template == Template.CLOZE or note.reverse or note.rule == "table":
        return None  # (a table's column says against what: "Streaming video — jitter? → High" beside the other rows)
    if note.back.strip(" .!*_").lower() in _VERDICT_WORDS:
        return Finding("bare-verdict", f"'{note.back.strip()}' judges, against nothing the card says", suggest=True)
    return None


# a back that says only that the answer is not fixed or not known: "Variable depending upon the issue", "Varies by
# region", "Depends on the model", "N/A", "TBD", "See above", "Depende", "视情况而定"
_NON_ANSWER = re.compile(
    r"(?:(?:it\s+)?(?:varies|variable|vary|depends|dependent|various|varied)(?:\s+(?:by|on|upon|depending|according|with|"
    r"between|from|per|in)\b[^.;:]{0,40})?|n/?a|not applicable|tb[dca]|todo|unknown|see (?:above|below)|as above|same as above|"
    r"(?:it\s+)?depende(?:\s+d[eo]\b[^.;:]{0,40})?|var[ií]a(?:\s+(?:según|por|de)\b[^.;:]{0,40})?|variável|unbekannt|"
    r"hängt davon ab|视情况而定|不定|因情况而异|未知|場合による|ケースバイケース)[.!…]*",
    re.IGNORECASE)


# "RCS: No es un algoritmo conocido. Podría ser un error tipográfico": the notes doubt the name itself
_DOUBTED = re.compile(r"\b(?:(?:probably|likely|maybe|possibly)\s+a\s+typo|could be a typo|error tipográfico|erro de digitação|"
                      r"erreur typographique|tippfehler|no es un término reconocido|not a (?:known|recogni[sz]ed) term)\b", re.I)

# "Will come back when talking about Heap Sort.", "We'll discuss this in our next lecture.": the answer is put off
_DEFERRED = re.compile(r"\b(?:(?:will|we'll|I'll) come back (?:to|when|later)|(?:we(?:'ll| will)|I(?:'ll| will)) (?:discuss|cover|see|"
                       r"talk about|look at|get to|explain)\b[^.;]*\b(?:later|next (?:lecture|class|chapter|section|lesson|week|"
                       r"video|time))|in (?:the|our) next (?:lecture|class|chapter|lesson|video)|more on (?:this|that|it) later|"
                       r"(?:will be|to be) (?:covered|discussed|explained) later)\b", re.IGNORECASE)
# "There are not official definition", "No hay una definición oficial": what the notes give next is the answer
_NO_DEFINITION = re.compile(r"(?:there\s+(?:is|are)\s+(?:not|no)\s+|(?:it\s+)?(?:has|have)\s+no\s+|no\s+|not\s+an?\s+)(?:an?\s+|one\s+|"
                            r"single\s+|)(?:official|agreed|standard|universal|formal|single|common|clear|precise|exact|unique)\w*\s+"
                            r"definitions?\b|no (?:hay|existe) (?:una )?definición|não (?:há|existe) (?:uma )?definição|"
                            r"il n'y a pas de définition|es gibt keine (?:offizielle |einheitliche )?definition|"
                            r"没有(?:统一|官方|明确|标准)的?定义|公式な定義(?:は|が)(?:ない|ありません)", re.IGNORECASE)
# "… 같은 효과 -> 15장에서 학습 예정", "→ see chapter 7", "→ 第5章で扱う": the answer put off to a later part of the notes
_LATER_CHAPTER = re.compile(r"^(?:see\s+|cf\.?\s+|voir\s+|siehe\s+|ver\s+)?(?:(?:chapter|ch\.|chapitre|capítulo|kapitel|"
                            r"capitolo|section|lecture|lesson|module)\s*\d+|\d+\s*장|第\s*\d+\s*[章节講])", re.IGNORECASE)


def non_answer(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Dropped VPN tunnels — impact?" → "Variable depending upon the issue": a back that only says the answer varies
    or is not known (a template's placeholder) teaches nothing to recall, and one that only points to a later part of
    the notes ('15장에서 학습 예정', 'see chapter 7') none either."""
    if note.template != Template.CLOZE and _LATER_CHAPTER.match(note.back.strip()) and len(note.back.split()) <= 8:
        return Finding("navigation", f"the answer points to a later part of the notes ('{note.back.strip()}'), not a fact")
    if note.template == Template.CLOZE or note.reverse:
        return None
    back = note.back.strip(" *_\n")
    if note.back.strip() and rx.fullmatch(r"[\\.…_\-–—/|`\s\[\]]+", note.back):  # (not "`()`": symbols are answers there)
        return Finding("non-answer", f"the back '{note.back.strip()}' holds no word (a line break's backslash, '…', a blank)")
    if rx.fullmatch(r"[为的是和与及或在对把被从向以将而且]+[。.]?", back):  # "TLAB：为": the author stopped mid-sentence
        return Finding("cut-short", f"the back '{back}' is a word that starts a sentence the notes never finish")
    if _DOUBTED.search(back):
        return Finding("non-answer", "the back doubts the name itself ('could be a typo'): nothing to learn")
    if _DEFERRED.search(back):
        return Finding("non-answer", "the back puts the answer off ('we'll discuss this in our next lecture')")
    if _NO_DEFINITION.match(back) and len(back.split()) <= 10:
        return Finding("non-answer", "the back says only that there is no agreed answer ('There are not official definition')")
    said = rx.split(r"\s+", back, maxsplit=1)[1:] or [""]
    if rx.search(r"[A-Z]{2,}|\d|`", said[0]):
        return None  # "Depende de IGMP snooping", "Varies by tier (1–3)": what it depends on is itself the fact
    if back and "\n" not in back and _NON_ANSWER.fullmatch(back):
        return Finding("non-answer", f"'{back}' says only that the answer varies or is not known")
    return None


# words too small to recall as a fact: the rest of the sentence, or any guess, fills them in
_FUNCTION_WORDS = frozenset("to from in out on off of for by with without into onto not no and or but up down over under "
                            "a an the is are was were be can cannot may must do does did it its "
                            "who whom whose what which when where why how whether if all any some none each every "
                            "only also always never more less most least".split())


def small_word_cloze(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "allows access [...] the internet, but not from": a cloze on one small word asks the grammar, not the fact."""
    if note.template != Template.CLOZE:
        return None
    hidden = [h.strip(" *_").lower() for h in rx.findall(r"\{\{c\d+::([^}]*?)(?:::[^}]*)?\}\}", note.front)]
    small = [h for h in hidden if h in _FUNCTION_WORDS]
    if hidden and len(small) == len(hidden):
        return Finding("small-word-cloze", f"the cloze hides only '{hidden[0]}'", suggest=False)
    if small:  # "instructions on {{c1::who}} can access … for {{c2::how long}}": the small blank is shown, the rest stay
        kept = iter(range(1, len(hidden) + 1))

        def keep(m: re.Match[str]) -> str:
            word = m.group(1)
            return word if word.strip(" *_").lower() in _FUNCTION_WORDS else f"{{{{c{next(kept)}::{word}{m.group(2) or ''}}}}}"

        front = rx.sub(r"\{\{c\d+::([^}]*?)(::[^}]*)?\}\}", keep, note.front)
        return Finding("small-word-cloze", f"the blank on '{small[0]}' is shown: only the grammar asks it",
                       repaired=replace(note, front=front))
    return None


_ADJECTIVE = r"(?:un|in|im|non-?)?[a-z]+(?:able|ible|ive|ful|less|ous|ent|ant|ed|al|ic|ient|ile)"
# "critical for {{c1::scalable, resilient, and reliable}} distributed systems": a row of adjectives before a noun
_PRAISE_ROW = re.compile(rf"\{{\{{c\d+::{_ADJECTIVE}(?:,\s*(?:and\s+|or\s+)?{_ADJECTIVE})*,?\s+(?:and|or)\s+{_ADJECTIVE}\}}\}}\s+[a-z]")
# "the whole system may become {{c1::unavailable}}": the state a failure leads to, which the sentence gives away
_BECOMES = re.compile(rf"\b(?:becomes?|became|become|gets?|got|remains?|stays?)\s+\{{\{{c\d+::{_ADJECTIVE}\}}\}}", re.IGNORECASE)


def guessable_cloze(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A stressed phrase that any reader fills in from the sentence: a row of praise words before a noun, or the state
    a failure "becomes" ("overloaded", "unavailable")."""
    if note.template != Template.CLOZE:
        return None
    hidden = [m.group(2) for m in CLOZE.finditer(note.front)]
    number = rx.match(r"(\d+(?:[.,]\d+)?)\s*([A-Za-z]*)", hidden[0]) if note.rule == "number-cloze" and len(hidden) == 1 else None
    shown = CLOZE.sub(" ", note.front)
    units = [m.group(1).lower() for m in rx.finditer(rf"(?<![\d.,]){re.escape(number.group(1))}(?![\d]|[.,]\d)\s*([A-Za-z]*)",
                                                      shown)] if number else []
    unit = number.group(2).lower() if number else ""
    if number and any(not u or u.startswith(unit) or unit.startswith(u) for u in units):  # "1:N … [1 node]", "[4KB] 4K"
        return Finding("guessable-cloze", f"the hidden number {number.group(1)} stands in the sentence already ('1:N "
                                          "replication — where [1 node] replicates …')")
    if note.rule != "emphasis-cloze":
        return None
    if _PRAISE_ROW.search(note.front) or _BECOMES.search(note.front):
        return Finding("guessable-cloze", "the blank is a row of praise words or the state the sentence already implies")
    if len(STRESSED.findall(u.md)) == 2 and _PAIRED.search(shown):  # "is called the **client** and the other … the **server**"
        return Finding("guessable-cloze", "the sentence sets the blank against its stressed counterpart, which gives it away")
    for k, word in enumerate(hidden):  # (each blank of a note is its own card: the others show on it)
        stem = word.lower()[:6] if rx.fullmatch(r"[^\W\d_]{7,}", word) else ""
        seen = " ".join([shown, *hidden[:k], *hidden[k + 1:]])
        if stem and any(w.lower().startswith(stem) for w in rx.findall(r"[^\W\d_]{6,}", seen)):
            return Finding("guessable-cloze", "a word of the same stem stands in the sentence ('[segmentation], or a "
                                              "segment-based approach')")
    said = {w.lower()[:5] for w in rx.findall(r"\w{3,}", note.heading_path[-1] if note.heading_path else "")}
    words = [w.lower()[:5] for w in rx.findall(r"\w{3,}", hidden[0]) if w.lower() not in _SOFT] if len(hidden) == 1 else []
    if words and all(w in said for w in words):  # "still pending" under "Pending promise"
        return Finding("guessable-cloze", f"the heading over it ('{note.heading_path[-1]}') gives the blank away")
    return None


_SOFT = frozenset("still very more most less just also only often always never some such with that this".split())


_PAIRED = re.compile(r"\b(?:the other|vs\.?|versus|whereas|as opposed to|rather than|unlike)\b", re.IGNORECASE)


_STATUS = re.compile(r"^(?:(?P<topic>.+?):\s+|what (?:is|are)\s+)?(?P<code>[1-5]\d\d)\s+(?P<name>[A-Z][A-Za-z' -]{1,40}?)[?？]$",
                     re.IGNORECASE)


def status_code(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "403 Forbidden?" → "server has denied access": the name gives the answer away; the code is what to recall it
    from ("Status codes: 403?" → "Forbidden — server has denied access")."""
    if note.template == Template.CLOZE or note.rule not in ("labelled-fact", "definition"):
        return None
    m = _STATUS.match(note.front.strip())
    if m is None or not rx.search(r"status|http|code|response|error|reply|응답|상태|状态|狀態|响应|ステータス|レスポンス|código|"
                                  r"estado|réponse|antwort", " ".join([note.front, *note.heading_path, u.list_title or ""]),
                                  re.IGNORECASE):
        return None  # ("500 BCE: Abacus" in a timeline: a year, not a status code)
    topic = m.group("topic") or (note.heading_path[-1] if note.heading_path else "HTTP status")
    back = f"{m.group('name').strip()} — {note.back if note.back[1:2].isupper() else note.back[:1].lower() + note.back[1:]}"
    return Finding("status-code", "the status code's name gave its meaning away: the code is asked",
                   repaired=replace(note, front=f"{topic}: {m.group('code')}?", back=back))


def keyword_list_cloze(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Package, Command / Query, ==UseCase== (전제, 조건, 결과)": a stressed word in a bare list of keywords, with no
    sentence around it to cue which keyword is missing."""
    if note.template != Template.CLOZE or note.rule not in ("explicit-cloze", "emphasis-cloze"):
        return None
    text = rx.sub(r"\([^()]*\)|（[^（）]*）", "", CLOZE.sub(lambda m: m.group(2), note.front)).strip(" .")
    parts = [p.strip() for p in rx.split(r"[,/;、，]", text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 3 or p[:1].islower() for p in parts) or rx.search(r"[.!?。:：=→]", text):
        return None
    return Finding("keyword-list", "the blank is one keyword of a bare list: nothing says which one is missing")

