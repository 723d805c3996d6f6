"""Emphasis: a statement whose author set a key term in bold or italics → a cloze on that term.

    `var` で宣言された変数のスコープは *関数スコープ* になります。
    → `var` で宣言された変数のスコープは {{c1::関数スコープ}} になります。

The shape needs no English template, so it serves notes in any language. Only
a short term (one to four words, or a few CJK characters) inside a sentence that
states something is asked; stress ("do **not**", "**できます**"), a label at the
start of the line, questions, and long paragraphs make no card.
"""

from __future__ import annotations

import itertools
import re

from srs.core.cloze import mask_code
from srs.core.notes import NoteDraft, NoteKind
from srs.extract import rx
from srs.extract.drafts import cloze
from srs.extract.facets import is_facet
from srs.extract.model import Claim, Doc, Unit
from srs.extract.text import LEANS_ON_BEFORE, cjk_share, sentences, word_count

RULE = "emphasis-cloze"
MAX_CLOZES = 2
MAX_SENTENCE_WORDS = 40
STRESSED = re.compile(r"(?<![\w*_`\\])(\*\*|__|\*|_)(?=\S)([^*_`\n]{1,60}?)(?<=\S)\1(?![\w*_])")
_LEANS_BACK = re.compile(r"\b(?:this|that|these|those|it|them|the above|the former|the latter)\s*[.!]?\s*$", re.IGNORECASE)
# "To order these events …", "Among these, …", "Figure 5-13 uses …": what the sentence speaks of stands elsewhere
_POINTS_AWAY = re.compile(r"\b(?:these|those)\s+[*_]*(?!(?:who|whom|which|that|of|also|are|were|have|had|can|could|will|would|may|"
                          r"must|should|do|does|is|all|two|three|four)\b)[a-z]{3,}|\b(?:among|of|from)\s+(?:these|those|them)\b|"
                          r"\b(?:figure|fig\.|diagram)\s+\d", re.IGNORECASE)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# stress, not a term: negations, modals, quantities, and CJK verb endings
_STRESS = re.compile(
    r"^(?:not|no|never|always|only|must|should|can|cannot|can't|don't|do|does|will|won't|all|any|every|very|"
    r"could|would|might|may|did|is|are|was|were|"
    r"really|important|note|warning|before|after|both|each|and|or|but|once|twice|one|two|three|same|different|"
    r"real|actual|actually|critical|crucial|key|huge|tiny|nearly|almost|decently|quite|truly|"
    r"either|neither|nor|none|also|just|exactly|at least|at most|nicht|kein|pas|jamais|não|nunca|nada|solo|sólo|"
    r"a lot|lots|a bit|much|so much|many|tons|plenty)$|"
    r"(?:ます|ません|ない|です|でした|だ|る|た|ください|できる|可能|不|没|必须|一定|可以|能|要|会|了|吗)$",
    re.IGNORECASE,
)
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|uses?|means?|stores?|returns?|runs?|keeps?|makes?|lets?|"
                   r"provides?|allows?|sends?|holds?|gives?|takes?|becomes?|called|known)\b|[はがをにでとも]|[是为有在用把被]",
                   re.IGNORECASE)

# "**Star schema** has a fact table …": a bold lead followed by what it does is a statement about the term
_LEAD_VERB = re.compile(r"^\s+(?:is|are|has|have|uses|stores|keeps|lets|allows|provides|gives|returns|runs|sends|"
                        r"holds|makes|takes|means|refers|describes|defines|ensures|guarantees|prevents|reduces|"
                        r"increases|improves|supports|requires|splits|combines|replaces|protects|handles|tracks)\s",
                        re.IGNORECASE)


# The notes set this name in italics or bold every time it comes up ("the *replica set*", "*oplog*"): a style for
# names, not a stress on the key term of one sentence. Hiding it asks for the document's topic word again and again.
# "Every time" is at least 3 times and a tenth of all the emphasis in the document: a cheat sheet that stresses
# one term per section five times among 130 stresses is stressing, not naming.
HOUSE_STYLE, HOUSE_SHARE = 3, 0.1
# "The following example illustrates …": what comes after is data of one worked example ("the *example* collection")
_EXAMPLE_INTRO = re.compile(r"\b(?:the following|this|in this|in the following|the next|below is an?|here is an?) "
                            r"(?:example|sample|demo|illustration)s?\b|\bexamples? (?:below|above)\b|以下の例|次の例|"
                            r"下面的例子|如下例|以下示例", re.IGNORECASE)


_ASIDE_LABEL = re.compile(r"^(?:remark|note|nb|n\.b\.|tip|hint|ps|aside|nota|obs|achtung|hinweis|remarque|注意|注|メモ)\s*[:：]\s*",
                          re.IGNORECASE)


_OPEN_SET = re.compile(r"\b(?:like|such as|e\.g\.?|for example|for instance|including|e\.g\.,)\s*$", re.IGNORECASE)


def counts(source: str) -> dict[str, int]:
    """How often each emphasised term is emphasised in the document, lowercased."""
    out: dict[str, int] = {}
    for m in STRESSED.finditer(mask_code(source, "\x00")):
        term = " ".join(m.group(2).split()).lower()
        out[term] = out.get(term, 0) + 1
    return out


_CORRECTION = re.compile(r"~~[^~\n]+~~\s*(?:\*{1,2}|_{1,2})(?=\S)")  # "CPU cycles ~~are executions~~ *involve operations*"


def corrects(source: str) -> bool:
    """Whether the author marks their own edits: struck words followed by emphasised replacements, twice or more.
    Emphasis in such notes marks what was changed, not the terms to learn."""
    return len(_CORRECTION.findall(mask_code(source, "\x00"))) >= 2


def apply(u: Unit, doc: Doc) -> Claim | None:
    if doc.corrections:
        return None  # "~~are executions~~ *involve operations*": the emphasis marks the author's edits, not terms
    if u.label or "*" not in u.md and "_" not in u.md or u.plain.endswith(("?", "？", ":", "：")):
        return None
    text = _LINK.sub(lambda m: _plain(m.group(1)), u.md)  # "[**Reference**](…)": a link's text, no term
    for sentence in sentences(text):
        if _EXAMPLE_INTRO.search(sentence):
            return None  # this sentence and the rest of the paragraph walk through one example
        note = _cloze(u, sentence.strip(), doc)
        if note is not None:
            return Claim(RULE, [note], detail="a cloze on the term the notes emphasise")
    return None


def _cloze(u: Unit, sentence: str, doc: Doc) -> NoteDraft | None:
    if word_count(sentence) > MAX_SENTENCE_WORDS or sentence.endswith(("?", "？", " -", " –", ":")):
        return None
    if rx.search(r"(?:^|[\s,;(])I(?:'m|'ve|'d)?\s+(?!/O\b)[a-z]", sentence):
        return None  # "I was convinced that I could learn *a lot* …": the note-taker's own story, not the subject's facts
    if LEANS_ON_BEFORE.match(sentence) or _LEANS_BACK.search(sentence) or _POINTS_AWAY.search(sentence):
        return None  # "This is called a …", "… has a nice compromise for this": it leans on the one before
    masked = mask_code(sentence, "\x00")
    spans = [m for m in STRESSED.finditer(masked) if _term(sentence[m.start(2):m.end(2)])
             and not _stressed_verb(sentence[:m.start()], m.group(2))
             and not _EXAMPLE_SLOT.search(sentence[:m.start()])  # "(example: **Access-Control-Allow-Origin**)": any fits
             and not (rx.search(r"[^\W\d_)][.!?。！？]\s*$", sentence[:m.start()]) and not sentence[m.end():].strip(" .。"))]  # "… write. **at least one overlap**": a tag
    if not spans or len(spans) > MAX_CLOZES:
        return None
    if any(_house_style(m.group(2), doc) for m in spans):
        return None
    every = list(STRESSED.finditer(masked))  # "metadata as **options** and **labels**": a pair
    if any(rx.fullmatch(r"\s*(?:,|and|or|und|et|y|e|и|和|与|或)\s*(?:an?\s+|the\s+)?", masked[a.end():b.start()])
           for a, b in itertools.pairwise(every)):
        return None  # "metadata as **options** and **labels**": one of a pair cues the other, many words fit
    if any(cjk_share(m.group(2)) > 0.5 and rx.match(r"\s*[（(]\s*[A-Za-z]", sentence[m.end():]) for m in spans):
        return None  # "**冲突**（collision），也叫“碰撞”": the English gloss beside the blank gives it away
    if any(_OPEN_SET.search(sentence[:m.start()]) for m in spans):
        return None  # "Databases like [...] can tune quorums": one example of an open set; others fit too
    if spans[0].start() == 0 and not _LEAD_VERB.match(sentence[spans[0].end():]):
        return None  # a bold lead is a label ("**Star schema** has …" states a fact about it: asked)
    out, last = [], 0
    for k, m in enumerate(spans, start=1):
        out.append(_plain(sentence[last:m.start()]))
        out.append(f"{{{{c{k}::{sentence[m.start(2):m.end(2)].strip()}}}}}")
        last = m.end()
    out.append(_plain(sentence[last:]))
    text = " ".join("".join(out).split())
    text = _balanced(text)  # "(Systems that … are called [...], which …": the sentence was cut inside its brackets
    rest = rx.sub(r"\{\{c\d+::[^}]*\}\}", "", text)
    if word_count(rest) < 4 or not _VERB.search(rest):
        return None
    aside = _ASIDE_LABEL.match(text)
    if aside and text[aside.end():].startswith("{{c") and word_count(rest) - word_count(aside.group(0)) < 6:
        return None  # "Remark: [...] allows 0 or 1.": an aside whose hidden subject the rest cannot cue
    return cloze(u, NoteKind.CLOZE, RULE, text)


_EXAMPLE_SLOT = re.compile(r"[(（]\s*(?:examples?|e\.g\.?|eg|ex\.?|for example|for instance|such as|like|z\.\s?b\.|p\. ?ex\.|"
                           r"por ejemplo|por exemplo|例如|比如|例えば)[:：,]?\s*$", re.IGNORECASE)


def _balanced(text: str) -> str:
    """The text without the brackets the sentence cut left open or closed alone."""
    for opening, closing in (("(", ")"), ("（", "）")):
        depth, drop = 0, []
        for k, c in enumerate(text):
            if c == opening:
                drop.append(k)
                depth += 1
            elif c == closing:
                if depth:
                    drop.pop()
                    depth -= 1
                else:
                    drop.append(k)
        for k in reversed(drop):
            text = text[:k] + text[k + 1:]
    return " ".join(text.split())


def _house_style(span: str, doc: Doc) -> bool:
    seen = doc.emphasised.get(" ".join(span.split()).lower(), 0)
    return seen >= HOUSE_STYLE and seen >= HOUSE_SHARE * sum(doc.emphasised.values())


def _term(span: str) -> bool:
    span = span.strip()
    if is_facet(span):
        return False  # "The main **disadvantage** is that …": the kind of point, not the point
    if rx.search(r"[{}]", span) or not rx.search(r"[^\W_]", span):
        return False  # "curly braces **{}**": marks, no word to recall (and braces would break the cloze)
    if rx.fullmatch(r"(`+)[^`]+\1", span):
        return False  # an emphasised variable of an example ("**`acc`**"), not a term
    if _POINTER_PHRASE.match(span) or _ORDINAL_PHRASE.match(span):
        return False
    if rx.fullmatch(r"[A-Za-z](?:[a-z0-9]|th|['’])?", span):
        return False  # "**Pi**", "**ith**", "**R**": a variable of an algorithm's step, given by the rest of it
    if "://" in span or "localhost" in span or rx.search(r":\d{2,5}\b", span):
        return False  # "http://localhost:9191": one tutorial's address, not a term
    if rx.fullmatch(r"(?:\w+ly\s+)?(?:\w+er|more \w+|less \w+)", span.strip()) and span.islower():
        return False  # "inherently harder": a comparison, the blank could be many words
    return len(span) > 1 and 0 < word_count(span) <= 4 and not _STRESS.search(span) \
        and not span.endswith((".", "。", "!", ",", "、", "?", "？")) and not span.startswith(("(", "（"))  # "_(Azure Monitor)_": an aside


_SUBJECT = re.compile(r"\b(?:i|you|we|they|he|she|it|people|users|nobody|everyone|will|would|can|could|must|should|"
                      r"do|does|did|don't|doesn't|really|actually)\s*$", re.IGNORECASE)


def _stressed_verb(before: str, span: str) -> bool:
    """ "since they _know_ you are using …": one plain word right after its subject is a verb the author stresses."""
    return " " not in span.strip() and span.islower() and bool(_SUBJECT.search(before))


# "The **main benefit of JWTs** is …": the phrase that introduces a point, not a term
_POINTER_PHRASE = re.compile(r"^(?:the\s+)?(?:main|key|biggest|primary|major|real|only|other|second)\s+(?:benefit|advantage|"
                             r"problem|drawback|downside|upside|difference|reason|idea|point|goal|issue|takeaway)s?\b",
                             re.IGNORECASE)
# "**The second option** is to stream …": a place among the options, not a term
_ORDINAL_PHRASE = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|fifth|last|next|other|final|former|latter|"
                             r"\d+(?:st|nd|rd|th))(?:\s+(?:one|option|approach|way|method|case|step|solution|choice|"
                             r"alternative|strategy|type|kind|level))?$", re.IGNORECASE)


def _plain(text: str) -> str:
    """The rest of the sentence without emphasis marks (code spans kept).

    A cloze on a term inside a longer emphasised phrase ("**use _multi-master replication_ with …**") leaves
    the outer marks unpaired in the pieces around it: those go too."""
    text = rx.sub(r"(?<![`\\])(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = rx.sub(r"(?<![\w`\\])_(?=[^\s_])([^_`]+?)(?<=\S)_(?![\w`])", r"\1", text)  # "what you do _with_ the data"
    if "\\" in text:  # "asterisk (\*)": a markdown escape, shown as the mark itself (code spans keep theirs)
        masked = mask_code(text, "\x00")
        text = "".join(c for k, c in enumerate(text) if not (masked[k] == "\\" and rx.match(r"[\\`*_{}\[\]()#+.!|<>~-]",
                                                                                              masked[k + 1:k + 2])))
    if "**" not in text and "__" not in text:
        return text
    masked = mask_code(text, "\x00")
    return "".join(c for k, c in enumerate(text) if not (masked[k] in "*_" and masked[k:k + 2] in ("**", "__")
                                                       or k and masked[k - 1:k + 1] in ("**", "__")))
