"""Checks on what a front asks: a placeholder term, a fragment, a position cue, a heading as the question."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft, Template, normalize
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.words import (
    LEADING_FRAGMENT,
    PLACEHOLDERS,
    QUESTION,
    TRAILING_FRAGMENT,
    asked_term,
    title_of,
    words,
)
from srs.extract.facets import ANNOUNCES_LIST, FILLER_WORDS, QUALITY_WORDS, is_facet
from srs.extract.languages import LATIN
from srs.extract.model import Doc, Unit
from srs.extract.text import cjk_share, sentences, word_count

# "Another challenge", "One advantage", "The other option": a term that only points back
_DETERMINERS = frozenset("another other one some many most several each every first second third next last "
                         "following former latter same such".split())
# "What is MySQL equivalent?": an equivalent of what? A relational noun needs its other end.
_RELATIONAL = frozenset("equivalent equivalents counterpart counterparts alternative alternatives opposite analogue "
                        "replacement successor predecessor default".split())
_POINTERS = frozenset("this these those it they".split())  # "What is This usually?"
# "Lower Number = Higher Priority": a relation between two comparatives, not a term and its meaning
_COMPARATIVES = frozenset("lower higher more less fewer bigger smaller larger faster slower greater better worse "
                          "shorter longer increased decreased reduced".split())
_CJK_PRONOUN = re.compile(r"^(?:它们?|这个?|那个?|其|此|这些|那些|这里|那里|下面|上面|以下|以上|如下|下图|上图|"
                          r"これ|それ|あれ|この|その|あの|ここ|そこ|下記|上記|次|아래|위|이것|그것|다음)$"
                          r"|^(?:考虑|假设|假如|如果|例如|比如|我们|举个例子|想象|例えば|もし|考えて)")  # "考虑一个比较极端的情况"
# "另外 value", "系统运行一个程序": a connective or a verb phrase, not a term (CJK subjects of "X 即是 Y")
_CJK_CLAUSE = re.compile(r"^(?:另外|所以|因此|但是|而且|此外|其中|然后|因为|所谓的?)|一个|一种|运行|进行|通过|可以|需要")
# "The operation is an atomic action": "the" and a generic noun point back at the sentence before
_ANAPHORIC_NOUNS = frozenset("operation process method approach idea problem solution result thing system component "
                             "function procedure mechanism technique value output input step action call request "
                             "algorithm strategy pattern feature option difference answer reason point data exception master "
                             "class".split())
_STRATEGIES = re.compile(r"^(?:strateg(?:y|ies)|methods?|ways?|techniques?|approaches?|options?|strategien|methoden|"
                         r"möglichkeiten|estrategias|métodos|estratégias|stratégies|méthodes)\s+(?:for|to|of|zur|zum|für|"
                         r"para|pour|de)\b", re.IGNORECASE)
# "Users do present numerous risks", "Caches can go stale": the term, then a modal or an adverb: a remark about it
_SAYS_ABOUT = re.compile(r"^\W*(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:do|does|did|can|could|may|might|should|will|would|"
                         r"must|also|often|usually|sometimes|always|never|still)\s+\w", re.IGNORECASE)
_TASK_START = re.compile(r"^(?:delete|remove|add|use|make|keep|put|run|set|create|avoid|check|partition|build|write|"
                         r"read|send|stop|start|let|try|ensure|beware|consider)\s", re.IGNORECASE)
_WHAT_IS = re.compile(r"^what (?:is|are)\s+\S", re.IGNORECASE)  # a heading that asks for a definition
_LEANS_BACK = re.compile(r"\b(?:it|they|them|another one|the other one|the same)\b", re.IGNORECASE)
_POSITION = re.compile(r"\bitem \d+ of \d+\b", re.IGNORECASE)
# A "meaning" that judges or advises instead of saying what the term is ("AP is a good choice if …")
# "the most common use case", "the most obvious solution": a judgement of the subject, not what it is
_JUDGED = (r"the\s+(?:most|least)\s+[\w-]+\s+(?:use case|solution|option|choice|way|approach|method|tool|reason|problem|"
           r"example|pattern|mistake|cause|one)s?\b")
_NOT_A_MEANING = re.compile(
    r"^(?:an?\s+)?(?:very\s+|really\s+|most\s+)?(?:good|great|better|best|bad|worse|nice|common|popular|simple|easy|"
    r"excellent|advanced|classic|perfect|ideal|awesome|amazing|interesting|elegant|handy|neat|solid|"
    r"clever|smart|cool|robust|[\w-]+\s+(?:borrowed|taken|inherited|adopted) from\b|"
    r"hard|useful|important|key|big|major|must|way|option|choice|fit|idea|reason|example|case|lot|bit|few|number|"
    r"crucial|prerequisite)\b|^(?:an?\s+)?(?:widely|commonly)\s+used\s+\w+\s+because\b|"
    rf"^{_JUDGED}|"
    r"^the\s+(?:core|heart|responsibility|job|task|role|part|duty|result|basis|foundation|main|first|last|same|way|go-to|"
    r"\w+est)\b", re.IGNORECASE,
)
_REFERRAL = re.compile(
    r"\b(?:refer to|see (?:the |also |below|above)|check out|as follows|the following|read more|more on this|"
    r"this section|next section|previous section|covered (?:below|later|above)|discussed (?:below|later|above)|"
    r"listed below|described below|shown below|click|(?:described|explained|covered) in\b.{0,120}\bin (?:more )?detail|"
    r"can be (?:studied|read|found) in (?=[A-Z\[]))\b",
    re.IGNORECASE,
)
# "The brain of Kubernetes which responds to events …": a definition written as a noun phrase
# "Internet è la rete delle reti": the commonest verbs of the other Latin-script languages (a noun phrase has none)
_LATIN_VERB = re.compile(r"\b(?:è|sono|ha|hanno|est|sont|ont|es|son|tiene|tienen|ist|sind|hat|haben|wird|é|são|tem|têm)\b",
                         re.IGNORECASE)
_NOUN_PHRASE = re.compile(r"^(?:the|an?)\s+[\w-]+(?:\s+(?:of|for|in)\s+[\w-]+)?\s+(?:which|that|who|where)\b",
                          re.IGNORECASE)
# "Point of contact between the nodes and the master.": a noun and its complement, a definition with no verb
_NOUN_LEAD = re.compile(r"^(?!\w+ing\s+(?!(?:of|between|for|in|on|by|with|from|to)\b))(?!(?:Most|Many|Some|Any|Anything|Every|Each|All|One|Two|Three|Four|Five|To|The|This|That|It|"
                        r"In|On|For|With|From|When|If|Because|Since|Due)\b)[A-Z][a-z]+(?<!s)(?:[ -][a-z]+(?<!s)){0,2} (?:of|for|to|between|that|which|used|where|from|"
                        r"responsible)\b")
# "Special attributes that can be added to elements …" under "Keys": a plural noun and its relative clause define it
_KIND_LEAD = re.compile(r"^(?!(?:Most|Many|Some|All|Any|Each|Every|These|Those|They|There|This|That|It|Other|Such|Several|"
                        r"Both|Few)\b)[A-Z][a-z]+(?:[ -][a-z]+){0,2}(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bdoes)s "
                        r"(?:that|which|who|used)\b")
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|should|must|may|might|"
    r"\w{3,}(?:s|ed))\b", re.IGNORECASE,
)


_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-H]\.|[IVX]{1,4}\.)\s*(?:[-–—:)]\s*)?")


def _facet_front(note: NoteDraft, facet: str) -> Finding:
    """ "Cons?" under "5 - Partner Interconnect › Cons" asks for "Partner Interconnect — cons?"; with no heading to name
    whose points they are, or as a term to define ("What is Usecases?"), it asks nothing."""
    owner = next((h for h in reversed(note.heading_path) if not is_facet(h) and not _quality_words(h)), "")
    owner = _NUMBERING.sub("", owner).strip()
    asked_whole = note.rule == "labelled-fact" and note.front.strip() == f"{facet}?" or \
        note.rule == "definition" and note.heading_path[-1:] == (facet,)  # a list under "Cons:" read as its meaning
    if not asked_whole or not owner or note.reverse:
        return Finding("placeholder-term", f"'{facet}' names a kind of point, not a term", suggest=True)
    return Finding("placeholder-term", f"'{facet}' named with whose points they are",
                   repaired=replace(note, front=f"{owner} — {facet.lower()}?"))


def _quality_words(heading: str) -> bool:
    """ "Characteristics", "Key benefits": a heading that names a kind of point, not whose."""
    tokens = [t.lower() for t in rx.findall(r"[^\W\d_]+", heading)]
    return any(t in QUALITY_WORDS for t in tokens) and all(t in QUALITY_WORDS or t in FILLER_WORDS for t in tokens)


# common nouns that, bare at the start of a sentence, stand for the one named before ("File is a list of databases")
_BARE_NOUNS = frozenset("file files command option service system tool value field setting parameter directory folder "
                        "process function method module program script line entry section table page list key".split())


def placeholder_term(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "What is This?", "There?": a pronoun or placeholder taken as the defined term; a judgement taken as a meaning."""
    for term in (asked_term(note), note.back if note.reverse else None):
        if term is None:
            continue
        tokens = [w.lower() for w in words(term)]
        if tokens and all(t in PLACEHOLDERS for t in tokens) and not (note.rule == "acronym" and term.isupper()):
            return Finding("placeholder-term", f"'{term}' is a placeholder, not a term")
        if note.rule == "definition" and rx.fullmatch(r"[a-z]+ing", term.strip(" *_")) \
                and rx.match(rf"\W*{re.escape(term.strip(' *_'))}\s+(?:the|a|an|all|each|any|its|their)\s", u.plain):
            return Finding("placeholder-term", f"'{term}' is the verb of a sentence, not a term")  # "**assessing** the impact …"
        if tokens and is_facet(term) and not term.isupper():  # "Usecases?", "What is Cons?": the label of a group of points
            return _facet_front(note, term)
        if note.rule == "definition" and len(tokens) == 1 and tokens[0] in _BARE_NOUNS \
                and rx.match(rf"\W*{re.escape(words(term)[0])}\s+(?:is|are)\b", u.plain):
            return Finding("placeholder-term", f"'{term}' stands for a thing named before ('File is a list of …': which file?)")
        if len(tokens) == 1 and (len(tokens[0]) == 1 or tokens[0] in _DETERMINERS):  # "What is Another?"
            return Finding("placeholder-term", f"'{term}' is a variable, not a term")
        keyword = words(term)[0].isupper() and len(tokens[0]) >= 2 if tokens else False  # "IN operator", "AS clause"
        if len(tokens) > 1 and not keyword and (tokens[0] in _DETERMINERS or tokens[0] in LEADING_FRAGMENT
                                                or tokens[0] in _POINTERS or note.rule == "definition" and tokens[0] in _COMPARATIVES):
            return Finding("placeholder-term", f"'{term}' starts like a clause, it names nothing")
        if len(tokens) > 2 and tokens[0] in ("how", "what", "why", "when", "where", "which", "who", "whether"):
            return Finding("placeholder-term", f"'{term}' is a question, not a term")  # "What is How each … used for?"
        if len(tokens) > 1 and (tokens[0].endswith("ly") and tokens[0] not in ("only", "early") or tokens[-1] in _POINTERS):
            return Finding("placeholder-term", f"'{term}' is an adverb and a pointer, it names nothing")  # "Currently this"
        if note.rule == "definition" and rx.match(r"^(?:a|an|the)\s+(?:typical|common|usual|normal|simple|basic|good|"
                                                   r"single|new|given|certain|particular)\b", term.strip(), re.IGNORECASE):
            return Finding("placeholder-term", f"'{term}' describes a case, it names no term")
        if note.rule == "definition" and tokens and tokens[-1] in ("itself", "themselves"):
            return Finding("placeholder-term", f"'{term}' points at something said before, it names nothing")
        the = rx.match(r"^what (?:is|are) the (?:(?:main|first|second|last|other|same|following|previous|above|new|old|"
                       r"whole|entire|overall|performance|given) (?:\w+ )?)?(\w+)(?: used for)?\?$", note.front.strip(),
                       re.IGNORECASE)
        if note.rule in ("definition", "purpose") and the is not None and the.group(1).lower() in _ANAPHORIC_NOUNS:
            return Finding("placeholder-term", f"'{term}' points at something said before, it names nothing")
        if rx.match(r"^(?:c'est|ce|cela|ça|il|elle|es|esto|eso|isso|isto|das|es ist)\b", term.strip(), re.IGNORECASE) \
                and len(tokens) > 1:
            return Finding("placeholder-term", f"'{term}' starts with a pronoun, it names nothing")  # "C'est un fichier"
        if _CJK_PRONOUN.match(term.strip()) or note.rule == "definition" and _CJK_CLAUSE.search(term):
            return Finding("placeholder-term", f"'{term}' is a pronoun, not a term")
        if len(tokens) > 1 and tokens[0] in _DETERMINERS:
            return Finding("placeholder-term", f"'{term}' points at something said before, it names nothing")
        if note.rule == "definition" and tokens and tokens[-1] in _RELATIONAL and "of" not in tokens and "to" not in tokens:
            return Finding("placeholder-term", f"'{term}' is relative to something the front does not name")
    if note.rule == "definition" and rx.search(r"(?:\b(?:A|An)|^What does an?)\s+(?:typical|common|usual|normal|simple|basic|"
                                              r"given|certain)\s", note.front):
        return Finding("placeholder-term", "'a typical …' describes a case, it names no term")
    if note.rule == "definition" and rx.search(r"\bfor (?:this|that|these|those)\b", note.back, re.IGNORECASE) \
            and word_count(note.back) <= 12:  # "A classic use case for this pattern": the term is the example
        return Finding("placeholder-term", "the 'meaning' points at a pattern said before", suggest=True)
    if note.rule == "definition" and word_count(note.back) <= 4 and rx.search(
            r"\b(?:resource|construct|concept|feature|thing|entity|element|term|idea)s?\.?$", note.back.strip(),
            re.IGNORECASE):
        return Finding("placeholder-term", "a bare category ('a global resource') says what kind, not what it is",
                       suggest=True)
    if note.rule == "definition" and _NOT_A_MEANING.match(note.back):
        return Finding("placeholder-term", "the 'meaning' judges the term instead of saying what it is", suggest=True)
    return None


def position_cue(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Key details, item 4 of 16?": position is a cue only in an ordered list."""
    if _POSITION.search(note.front) and not u.ordered:
        return Finding("position-cue", "an unordered list's item position is no cue", suggest=True)
    return None


def fragment_front(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Clarify with your interviewer if (3)?", "In a distributed computer system (3)?": a cut sentence."""
    if note.template == Template.CLOZE:
        return None
    front = note.front.strip()
    if front.count("(") != front.count(")") or front.count("（") != front.count("）") or front.count("“") != front.count("”") \
            or front.count('"') % 2:
        return Finding("fragment-front", "unbalanced brackets or quotes in the front")
    if (front.count("`") % 2 or note.back.count("`") % 2) and "```" not in note.back:
        return Finding("fragment-front", "a code span cut in two ('Use `_ → ?' / '()` to match')")
    if front.endswith(("…?", "...?", "…", "...")) or rx.search(r"\w-\??$", front):
        return Finding("fragment-front", "the front is cut off")
    if note.rule == "rule" and _LEANS_BACK.search(front):
        return Finding("fragment-front", "a step that leans on the one before it ('it', 'another one')")
    if rx.search(r"[?？]\s*\S", front.rstrip("?？ ")) and note.template == Template.BASIC:
        return Finding("fragment-front", "a question glued to other text")
    if front.endswith(("?", "？")) and any(h.endswith(front[1:]) for h in note.heading_path):
        return None  # the notes' own question ("Q27: What are the benefits of …?"), answered by the list under it
    set_front = bool(rx.match(r"^(?:which|what are the)\s", front, re.IGNORECASE))
    if not set_front and QUESTION.match(front) and front.endswith(("?", "？")) \
            and not rx.search(r"\b(?:if|that|to|the)\s*\?$|(?<!consist) of\s*\?$", front):
        return None
    whole = title_of(front)
    prefix = whole.rsplit(": ", 1)[0] if ": " in whole else ""
    if prefix and (words(prefix)[-1:] or [""])[0].lower() in TRAILING_FRAGMENT | {"because", "it", "helps"}:
        return Finding("fragment-front", f"'{prefix}:' is a cut lead-in, not a topic")
    if prefix and rx.search(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)[.!]$", prefix):
        return Finding("fragment-front", f"'{prefix}' ends a sentence: the label is the line before's value")
    title = whole.rsplit(": ", 1)[-1]  # "Storage: In a distributed system?" asks about the label
    tokens = words(title)
    if not tokens:
        return Finding("fragment-front", "the front names nothing")
    if cjk_share(title) > 0.3:
        return None
    # a keyword in capitals ("LIKE", "ORDER BY", "IN") is a name, not the word that starts or ends a cut sentence
    first = tokens[0].lower() if not (tokens[0].isupper() and len(tokens[0]) > 1) else ""
    last = tokens[-1].lower() if not (tokens[-1].isupper() and len(tokens[-1]) > 1) else ""
    if first in LEADING_FRAGMENT and not front.startswith(("When to use", "When to choose")):
        return Finding("fragment-front", f"the front starts like a cut sentence ('{tokens[0]} …')")
    if last in TRAILING_FRAGMENT:
        return Finding("fragment-front", f"the front ends like a cut sentence ('… {tokens[-1]}')")
    if note.rule == "labelled-fact" and len(tokens) >= 3 and rx.search(r"\s(?:to|for|from|into|with)\s",
                                                                      rx.sub(r"\([^()]*\)", "", title)):
        return Finding("fragment-front", f"'{title}' is a phrase, not a term to ask about")
    return None


def heading_front(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Configurations?" / "Security?" over a paragraph: only when the paragraph defines the heading or answers it."""
    if note.rule in ("heading-fact", "labelled-fact") and rx.match(r"^(?:1[.)]|step 1\b)", note.back.strip(), re.IGNORECASE):
        return Finding("heading-front", "the answer is only step 1 of the steps under it")
    if note.rule != "heading-fact":
        return None
    heading = note.front.rstrip("?？ ").strip()
    body = note.back
    if _REFERRAL.search(body):
        return Finding("heading-front", "the paragraph points elsewhere instead of answering", suggest=False)
    if heading.endswith(("?", "？")) or note.front.rstrip().endswith("??"):
        return None
    first = sentences(body)[0] if sentences(body) else body
    if note.front.rstrip().endswith(("?", "？")) and _WHAT_IS.match(heading) and not ANNOUNCES_LIST.match(first) \
            and word_count(first) >= 5 and not rx.match(r"^(?:it|this|these|they|there|yes|no|or|and|but|nor)\b", first, re.IGNORECASE) \
            and not (word_count(heading) <= 5 and rx.match(r"^(?:each|every|all|some|many|most|several|no)\b|^[\w-]+\s+"
                                                          r"(?:makes|does|doesn't|says|mentions|cares|gives|lets)\b", first,
                                                          re.IGNORECASE)):  # "What is an inode?" / "Each file has …"
        return None  # "### What is Azure Bastion?" over "Managed service that …": the notes' question, answered
    if len(sentences(body)) == 1 and ANNOUNCES_LIST.match(body) and ":" not in body:
        return Finding("heading-front", "the paragraph only announces what follows ('There are two approaches')")
    code = rx.match(r"\s*`([^`]+)`", first)
    other_code = code is not None and not code.group(1).lower().startswith(heading.lower()[:4])  # "`T_i` fordert …"
    some = rx.match(r"^(?:some|many|most|several|a few|few|all|both|as|when|if|after|before|since|because|while|"
                    r"although|once|suddenly|beware|consider|we|you|i)\b", first, re.IGNORECASE)  # "As traffic grows, …"
    some = some or rx.search(r"^[^.]{0,60}?\b(?:is|are)\s+(?:an?\s+)?(?:notorious|infamous|common|frequent|typical|"
                             r"major|big|real|serious)\b", first, re.IGNORECASE)  # "Libraries are notorious sources"
    some = some or rx.match(r"^[A-Z][a-z]+ly\b|^\(|^(?:it is|it's|there (?:is|are))\b", first, re.IGNORECASE) \
        or _TASK_START.match(first)  # "Suddenly …", "(not …)", "It is too expensive …", "Delete old data …"
    if _CONNECTIVE.match(first) or other_code or _STRATEGIES.match(first) or some:
        return Finding("heading-front", "the paragraph opens on its link to the text before, on code, or on what follows")
    if rx.search(rf"\b(?:is|are)\s+{_JUDGED}", first, re.IGNORECASE):
        return Finding("heading-front", "the paragraph judges something ('is the most common use case'), it defines nothing")
    if _defines(heading, first) and _SAYS_ABOUT.search(first):
        return Finding("heading-front", f"the paragraph says something about '{heading}', it does not define it",
                       suggest=True)  # "Users do present numerous risks to stability."
    if _defines(heading, first) or _NOUN_PHRASE.match(first) or _NOUN_LEAD.match(first) \
            or heading.endswith("s") and _KIND_LEAD.match(first):  # "Keys" over "Special attributes that …"
        return None
    verb = _FINITE_VERB.search(first) or doc.language in LATIN and _LATIN_VERB.search(first)
    if cjk_share(first) <= 0.3 and not verb and word_count(first) <= 12:
        return None  # "Threat to authentication." — a definition written as a noun phrase
    return Finding("heading-front", f"the paragraph under '{heading}' does not define it", suggest=True)


def _defines(term: str, sentence: str) -> bool:
    """The sentence is about the term: it names it (or its acronym, or a singular of it) near the start."""
    t, s = normalize(term), normalize(sentence)
    if not t:
        return False
    variants = {t, t.rstrip("s"), rx.sub(r"ies$", "y", t)}
    acronym = rx.search(r"\(([A-Z][A-Za-z0-9]{1,7})\)", term)
    if acronym:
        variants.add(normalize(acronym.group(1)))
        variants.add(normalize(term[:acronym.start()]))
    glossed = rx.fullmatch(r"\s*([^()]{3,}?)\s*\(([^()]{3,})\)\s*", term)
    if glossed:  # "XSS Reflejado (Reflected XSS)": either name, the notes' or its gloss
        variants.update({normalize(glossed.group(1)), normalize(glossed.group(2))})
    head = " ".join(s.split()[:12]) if s.isascii() else s[:40]
    if rx.match(r"^\w{3,}ing\s+(?:the\s+|an?\s+)?", s) and not any(s.startswith(v) for v in variants if v):
        return False  # "Attacking the mutual exclusion condition is not feasible …" is about doing something to it
    if rx.match(r"^(?:it|this|they)\s+(?:is|are|refers|means|describes)\b", s):
        return not rx.match(r"^(?:it|this|they)\s+(?:is|are)\s+(?:related|similar|part|used|important|useful|also|often|"
                            r"not|very|quite)\b", s)  # "It is related to top-down parsing" relates, it defines nothing
    if not s.isascii() or term.strip().isupper():  # "GIL": "The Python Global Interpreter Lock or GIL, …" is about it
        return any(v and (v in head if not s.isascii() else f" {v}" in f" {head}") for v in variants)
    raw = " ".join(sentence.lower().split())  # normalize() drops the commas that tell a list of subjects
    return any(v and (_subject(v, raw) or _subject(v + "s", raw) or _subject(v + "es", raw)) for v in variants)


def _subject(term: str, sentence: str) -> bool:
    """The term is what the sentence is about: within its first words ("A span is …", "Il throughput è …", "A send on
    an unbuffered channel …"), and alone, not one of a list ("Endpoint devices, mobile devices and IoT devices
    require …", "Network and cloud services require …" are about all of them)."""
    sentence = sentence.replace("`", "")
    m = rx.search(rf"(?:^|\s){re.escape(term)}(?=\W|$)", sentence)
    if m is None:
        return False
    before = sentence[:m.start()]
    if len(before.split()) > 5 or rx.search(r",|\b(?:and|or)\b|&|/", before):
        return False
    return not rx.match(r"^\s*(?:,|and\b|or\b|&|/)", sentence[m.end():])


# A sentence that opens on its link to the one before ("Luckily for us, …", "If that is the case, …") or points
# back in the middle ("… for this", "that task") says what is hidden only with the text around it.
_CONNECTIVE = re.compile(
    r"^(?:luckily|fortunately|unfortunately|however|also|so|then|thus|hence|therefore|moreover|furthermore|"
    r"similarly|likewise|instead|meanwhile|otherwise|additionally|besides|still|again|finally|that said|"
    r"in (?:that|this|which) case|if (?:that|this|so)|as a result|because of (?:this|that)|in addition|"
    r"on the other hand|for (?:this|that) reason|to (?:do|achieve) (?:this|that)|with (?:this|that)|"
    r"at (?:that|this) (?:point|moment|stage|time)|after (?:that|this)|by then|until then|"
    r"now (?:we|you|let'?s|let us)|next,? (?:we|you)|here we)\b",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(r"\b(?:that|this|these|those|such)\s+(?:is the case|case|task|problem|issue|approach|way|"
                          r"method|one|ones|step|situation|scenario|setup|process|configuration|config|example|snippet|question|answer|"
                          r"file|rule|query|command|code|output)\b|\b(?:with|for|on|to|of|about|from|"
                          r"into|like) (?:that|this|it|them)\b(?!\s+\w+ing\b)", re.IGNORECASE)


def leans_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A cloze whose sentence leans on the one before it: "Luckily for us, AWS has [...]", "… take [...] into account"
    after "If that is the case"."""
    if note.template != Template.CLOZE or note.rule == "explicit-cloze":
        return None
    parent = rx.sub(r"[\s:：,]+$", "", u.lead_text or u.list_title or "")
    if u.in_list and parent and (words(parent)[-1:] or [""])[0].lower() in TRAILING_FRAGMENT | {"because", "unless"}:
        return Finding("leans-back", f"the item finishes its parent's sentence ('{parent[-40:]}: …')")
    text = rx.sub(r"\{\{c\d+::([^}]*)\}\}", r"\1", note.front).strip()
    if _CONNECTIVE.match(text) or _POINTS_BACK.search(text):
        return Finding("leans-back", "the sentence leans on the one before it ('that', 'this', 'luckily')")
    if _PRONOUN_SUBJECT.match(text) or _HERE.search(text):
        return Finding("leans-back", "the sentence's subject is a pronoun or 'here' ('Usually it is [...]'): what it is "
                                     "stands in the line before")
    if _RELATIVE_SUBJECT.match(text):
        return Finding("leans-back", "the sentence's subject is relative ('The default is [...]'): the default of what?")
    if _NO_SUBJECT.match(text):
        return Finding("leans-back", "a sentence with no subject ('Used to make [...]') hides a part of what it omits")
    return None


_PRONOUN_SUBJECT = re.compile(r"^(?:(?:usually|often|typically|generally|mostly|normally|commonly|in practice),?\s+)?"
                              r"(?:it|they|this|these|that|those)(?:\s+(?:is|are|was|were)|'s|'re)\b", re.IGNORECASE)
_HERE = re.compile(r"\b(?:best|right|only|usual|obvious|natural)\s+(?:fit|choice|option|answer|approach|candidate)\s+here\b|"
                   r"^here\s+(?:is|are|we)\b", re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(r"^(?:the|its|their)\s+(?:default|maximum|minimum|max|min|limit|value|result|output|"
                               r"size|cost|price|timeout|difference)(?:\s+value)?\s+(?:is|are|was|were)\b", re.IGNORECASE)
_NO_SUBJECT = re.compile(r"^(?i:used|is|are|was|were|can|could|must|should|may|might|will|would|does|do|did|allows?|"
                         r"makes?|helps?|provides?|lets?|gives?|has|have|needs?|requires?|means|brings|takes|keeps|"
                         r"stores|returns|runs|sends|holds|contains|includes|supports|uses|becomes|consists)\b|"
                         r"^[A-Z][a-z]+ed\s+(?:by|for|in|on|at|to|as|with|from|into|using|up|of|automatically|only)\b|"
                         r"^(?i:if (?:yes|no|so|not)|(?:then|so) (?:it|this|that))\b|^[a-z]")


def statement_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "“Consistent hashing algorithms power …” — what does it mean?": a bold statement asked about is as often an
    aside as a principle; offered as a suggestion, never scheduled on its own.

    Under a heading that lists qualities ("Use Cases", "Characteristics", "Conclusion"), a label is one member or
    a slogan ("**Analytics**: Rough estimates and trends", "**No Guarantees**: …"): asked about on its own, the
    back cannot be told from the label."""
    if note.rule != "labelled-fact":
        return None
    if note.front.endswith("” — what does it mean?"):
        return Finding("statement-label", "a statement asked 'what does it mean?' may be an aside", suggest=True)
    if rx.search(r"\w\s+(?:required|always|never|mandatory|everywhere)$", (u.label or "").strip(" *_:："), re.I):
        return Finding("statement-label", f"'{u.label}' is a rule in a few words ('FQCN required'), not a term to ask")
    if " — " in note.front and rx.match(r"^(?:this|that|these|those|it|they|but)\b", note.back, re.IGNORECASE):
        return Finding("statement-label", "the answer to a generic label ('Solution: this could …') leans on the text "
                                          "before it")
    facet = (u.list_title or (u.path[-1] if u.path else "")).lower().strip(" :：")
    if note.front.lower().rstrip("?？ ").endswith(facet):
        return None  # "Advantages?" asks for the whole facet
    if is_facet(rx.split(r": | — ", note.front.rstrip("?？ "))[-1]) and " — " in note.front:
        return None  # "Range Assignor — cons?" under "Pros and cons": one facet of the subject, asked whole
    if _quality_words(facet):
        return Finding("statement-label", f"a member of '{facet.strip(' :')}' asked on its own label", suggest=True)
    return None


