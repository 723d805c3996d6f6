"""The author's voice taken for a fact: what the note-taker tells, advises or does, read as what the subject is.

- narrated_cloze: a cloze cut from narration ("Before we were only able to send [...] bits …", "nous pourrions …"),
  one walkthrough's step (graded clozes in the first person plural: 1 in 6 GOOD, rounds 601-627);
- advice_back: a heading answered with advice ("it is good practice to …");
- connective_term: "Entonces el DR es …" read as the term "Entonces el DR";
- other_term: a heading over a paragraph that names another term ("… noemen we een **datagram**");
- caveat_back: a label answered with a caveat ("note it does not support …");
- step_label: a bare label that is a step to take ("**Perform Security Audit First:** …");
- tip_as_definition: a line under "Exam Tips" read as a definition ("Key Policies override IAM policies – use …");
- restating_back: a line that says the one above again in other words ("즉 …", "i.e. …") taken as the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

# the writer and the reader as one "we" (not "us" or "our", which a fact may use: "allows us to view all issues")
_WE = re.compile(r"\b(?:we|we're|we've|we'll|we'd|nous|wir|nosotros|nosotras|nós|noi|мы)\b|我们|我們|우리(?:는|가|도)",
                 re.IGNORECASE)


# "… we say it has caught up", "the tables we have examined are called static hash tables": a name given, a fact
_NAMING = re.compile(r"\b(?:we (?:say|call|define|denote|refer to)|(?:is|are) (?:called|named|termed)|(?:known|referred to) as)\b",
                     re.IGNORECASE)


def narrated_cloze(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """The hidden words of a sentence the author tells in the first person plural."""
    if note.template != Template.CLOZE or rx.search(_NAMING, note.front) or not (
            found := rx.search(_WE, note.front) or rx.match(r"\s*(?:Our|My)\s+(?:app|application|service|server|container|"
                                                            r"cluster|project|code|image|database|setup|example)\b", note.front)):
        return None  # ("Our app … is listening on port 3000": the walkthrough's own app)
    return Finding("narrated", f"the cloze is cut from the author's narration ('{found.group(0)}'), one walkthrough's "
                               "step, not a fact on its own", suggest=True)


# "Quando si lavora con i firewall, è buona pratica …", "When working with X, it is good practice to …": advice
_GOOD_PRACTICE = re.compile(r"\b(?:it is (?:a )?(?:good|best|common) practice|it'?s (?:a )?good practice|è (?:una )?buona pratica|"
                            r"es (?:una )?buena práctica|é (?:uma )?boa prática|il est de bonne pratique|"
                            r"es ist (?:eine )?gute praxis)\b", re.IGNORECASE)


def advice_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Firewall?" → "When working with firewalls, it is good practice to …": the section's advice, not what it is.
    "What is node-app-image?" → "The name of the image we just built": a walkthrough's own choice, not a term."""
    if note.rule in ("definition", "labelled-fact") and _WE_MADE.search(note.back):
        return Finding("example-data", "the answer names what the walkthrough itself made ('the image we just built')")
    if note.rule not in ("heading-fact", "definition") or not rx.search(_GOOD_PRACTICE, note.back):
        return None
    return Finding("advice-back", "the answer gives the author's advice ('it is good practice …'), not what the heading "
                                  "names", suggest=True)


_WE_MADE = re.compile(r"\b(?:we|I)(?:'ve| have)?\s+(?:just\s+(?:built|created|made|defined|wrote|named|set up|deployed|"
                      r"configured|installed)\b|(?:built|created|made|defined|wrote)\s+(?:above|earlier|before|"
                      r"previously|in the (?:previous|last) (?:step|section)))", re.IGNORECASE)
# "¿Qué es Entonces el DR?": the sentence's "then" ("Entonces el *DR* es el único …") taken into the term
_CONNECTIVE_TERM = re.compile(r"^(?P<ask>(?:what (?:is|are)|¿qué (?:es|son)|o que (?:é|são)|qu'est-ce que|was (?:ist|sind)|"
                              r"(?:che )?cos'è)\s+)(?:entonces|luego|además|así|pues|then|so|thus|hence|also|alors|donc|"
                              r"ensuite|dann|daher|quindi|poi|então|assim|portanto)\s+", re.IGNORECASE)


def connective_term(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    found = rx.match(_CONNECTIVE_TERM, note.front) if note.rule in ("definition", "naming") else None
    if found is None:
        return None
    return Finding("connective-term", f"'{note.front[found.end('ask'):found.end()].strip()}' carries on the sentence "
                                      "before; it is no part of the term",
                   repaired=replace(note, front=note.front[:found.end("ask")] + note.front[found.end():]))


# "### Routing" over "Een packet van de netwerklaag noemen we een **datagram**.": the paragraph names another term
_NAMES_TERM = re.compile(r"\b(?:we call|(?:is|are) called|known as|noemen we|heet|heten|nennt man|hei(?:ß|ss)t|hei(?:ß|ss)en|"
                         r"se llama|se denomina|on (?:l')?appelle|s'appelle|chama-se|chamamos|si chiama)\b", re.IGNORECASE)


def other_term(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "heading-fact" or not rx.search(_NAMES_TERM, note.back):
        return None
    heading = (note.heading_path[-1] if note.heading_path else "").lower()
    named = [t for t in rx.findall(r"\*\*([^*]{2,40})\*\*", u.md) if t.lower().strip() not in heading]
    if not named:
        return None
    return Finding("heading-front", f"the paragraph names '{named[0]}', not what the heading asks", suggest=True)


# "Google-managed: note it does not support wildcard domains": a caveat about the thing, not what it is
_CAVEAT = re.compile(r"(?:note(?:\s+that)?|n\.?b\.?|beware|careful|caution|keep in mind|remember|attention|achtung|"
                     r"ojo|atención|attenzione)\b[:,]?\s+\S", re.IGNORECASE)


def caveat_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "labelled-fact" or not rx.match(_CAVEAT, note.back.strip()):
        return None
    return Finding("caveat-back", "the answer is a caveat about it ('note it does not …'), not what the label asks",
                   suggest=True)


# "**Perform Security Audit First:** …", "Provide Recommendations: Offer …": a step the author tells the reader to take
_STEP = re.compile(r"(?:perform|provide|conduct|define|identify|implement|ensure|establish|develop|analy[sz]e|assess|"
                   r"evaluate|choose|deploy|install|avoid|gather|prepare|communicate|prioriti[sz]e|determine)\s+\w+",
                   re.IGNORECASE)  # (not "design", "document", "plan": nouns as often: "Design Patterns")


def step_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = (u.label or "").strip(" *_`")
    if note.rule != "labelled-fact" or doc.language or not rx.match(_STEP, label) or len(label.split()) > 6 \
            or label.split()[0].isupper() or ": " in note.front or " — " in note.front:
        return None  # (under its process's name, "Lifecycle: Define Objectives and Scope?" asks a step of it)
    return Finding("procedure-step", f"'{label}' is a step to take, not a term: the bare front asks nothing",
                   suggest=True)


# "### Exam Tips", "Pro tips", "Gotchas": the author's advice for the exam, one remark a line
_TIPS = re.compile(r"(?:(?:exam|pro|quick|study|key)\s+)?(?:tips?|hints?|gotchas?)|dicas?|consejos|tipps", re.I)


# "Ingress is the most useful if you want to expose …": when to reach for it, not what it is
_WHEN_BEST = re.compile(r"(?:the\s+)?(?:most|best|least|very|especially|particularly)?\s*(?:useful|suitable|helpful|handy|ideal|"
                        r"preferred|recommended)\s+(?:if|when|for|in)\b", re.IGNORECASE)


def tip_as_definition(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule == "definition" and not note.reverse and _WHEN_BEST.match(note.back.strip()):
        return Finding("advice-back", f"'{note.back.strip()[:40]}' says when the term helps, not what it is")
    if note.rule != "definition" or not note.heading_path or not _TIPS.fullmatch(note.heading_path[-1].strip(" *_:：")):
        return None  # "What is Secrets Manager charges per secret/month?" under "Exam Tips"
    return Finding("advice-back", f"a line under '{note.heading_path[-1]}' is a tip, not what a term is")



# "즉 …", "i.e. …", "也就是说 …": the author says again what the line above said, in other words
_THAT_IS = re.compile(r"(?:즉|다시 말해|i\.e\.|that is,|in other words|也就是说|即是|つまり|d\.h\.|c'est-à-dire|es decir|ou seja|"
                      r"cioè)(?:\s|[,，、:]|$)", re.IGNORECASE)


def restating_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule not in ("labelled-fact", "rule", "heading-fact") or not (
            _THAT_IS.match(note.back.strip()) or note.rule == "rule" and _THAT_IS.match(note.front.strip())):
        return None  # "서버의 공개키?" / "즉 서버의 개인키로만 암호를 풀수 있음": the fact it restates is in the line above
    return Finding("leans-back", "the line restates the one above it ('즉 …', 'i.e. …'); the fact itself is not on the card")
