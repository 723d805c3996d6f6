"""Labels that are no term to ask about,.

``- **Label**: text`` makes a good card when the label names a thing ("GatewaySubnet", "`batch.size`").
Graded unseen notes showed the labels that do not: a pro, a con, a practice or a use case
("Pros: Flexibility?" → "different types for different needs" restates or cannot be asked), a
discourse word ("Explanation?", "Implementation note?"), an instruction ("Enable DynamoDB Streams?"),
the sentence that introduced the list ("Here is a listing of X: Ruby?"); and backs that answer nothing:
a bare condition ("If not using global tables"), a hedge ("(not well defined)"), a gloss that only
translates a class name ("AtomicLongArray?" → "长整形数组原子类").
"""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.back_words import (
    BACK_POINTS_ELSEWHERE,
    CONDITION,
    HEDGE,
    JUDGEMENT,
    METAPHOR,
    PRONOUN_LEAD,
    ROLE_BACK,
    UNWRITTEN,
)
from srs.extract.critic.discourse_words import DISCOURSE, LEGEND
from srs.extract.critic.finding import Finding
from srs.extract.critic.words import title_of
from srs.extract.drafts import ONLY_NUMBERED
from srs.extract.facets import ANNOUNCES_LIST, EVALUATIVE_SECTION, JUDGING_LEAD
from srs.extract.model import Doc, Unit
from srs.extract.rules.question_answer import ANSWER_MARKER
from srs.extract.shapes import CLAIM_VERB
from srs.extract.text import ANALOGY_LEAD, TAG, cjk_share, is_generic, word_count

# "Silberschatz et al. (2014)", "Connolly y Begg (2005)": whose words follow, not a term to ask about
_CITATION = re.compile(r"[^\W\d_][\w'-]+\s+(?:et al\.?|(?:y|and|&|e|und|et)\s+[^\W\d_][\w'-]+)\s*\(\d{4}\)")
# "Each of these produces systems that are:", "The design should be:": what follows are properties, not terms
_PROPERTY_LEAD = re.compile(r"\b(?:(?:that|which|who)\s+(?:are|is)|(?:should|must|will|to|can)\s+be)\s*[:：]?$")
_INSTRUCTION = re.compile(
    r"^(?:always|never|don'?t|do not|avoid|use(?!\s+cases?\b)|consider|ensure|make sure|keep|prefer|choose|justify|"
    r"remember|think about|start with|mention|ask|explain|discuss|focus on|monitor|review|plan|document|"
    r"measure|try)\s+\S", re.IGNORECASE)
# "An important concept: `Memory Ordering`", "Zentrale Idee: …": one idea the label does not name ("Key concepts" names many)
_IDEA = re.compile(r"(?:an?\s+|the\s+)?(?:(?:most\s+)?important|key|main|core|central|big|basic|general|underlying)\s+"
                   r"(?:concept|idea|point|thing|insight|principle)|(?:zentrale|wichtigste|grundlegende)\s+idee|kernidee|"
                   r"hauptidee|grundidee|idée\s+(?:principale|centrale|clé|de base)|idea\s+(?:principal|central|clave|chiave|"
                   r"di base|base)|ideia\s+(?:principal|central|chave)|главная идея|основная идея|ключевая идея|核心思想|"
                   r"主要思想|基本思想|中心思想|核心概念|基本的な考え方", re.IGNORECASE)
# "Responde a las siguientes preguntas:", "Following system failures:", "功能性是实际的具体的功能": a sentence, no topic
_SENTENCE_LEAD = re.compile(r"\b(?:following|siguientes?|folgenden?|suivante?s?|seguintes?)\b|，[^）)]*(?:那就是|就是|如下|即)$|"
                            r"[\u4e00-\u9fff]{2,}(?<!什么)(?:是|分为|分成)[\u4e00-\u9fff]{4,}", re.I)
# "Name", "Type", "Path", "Policy", "Case" alone: a field of some record, and the front does not say whose field it
# asks for ("SDK: Path?", "TTL: Case?", "Configure a container: Name?")
_FIELD_WORD = re.compile(r"(?:name|type|value|id|title|format|path|case|policy|field|option|usage|pattern|tipo|nome|"
                         r"nombre|valor|typ|wert)", re.IGNORECASE)  # a plural ("types", "options") names a set: it stays
# "Not the same as failure: …", "Unlike threads: …": says what something is not or is like; the subject is elsewhere
_COMPARISON_LABEL = re.compile(r"^(?:not|unlike|same as|similar to|different from|as opposed to|just like|like|"
                               r"compared to|in contrast to)\s+\w", re.IGNORECASE)
# "The main difference is …", "El objetivo es …": a noun said of two things or of a plan, never a term to define
_RELATION_TERM = re.compile(
    r"(?:the\s+|la\s+|el\s+|le\s+|l'|die\s+|der\s+|das\s+|o\s+|a\s+)?(?:(?:main|key|big|biggest|major|only|real|core|"
    r"principal|primary|primera|principale|wichtigste|grande)\s+)?"
    r"(?:differences?|objectives?|goal|aim|purpose|advantages?|disadvantages?|benefits?|drawbacks?|downsides?|upsides?|"
    r"reason|idea|point|trick|catch|diferencias?|objetivos?|ventajas?|desventajas?|razón|finalidad|propósito|"
    r"différences?|objectifs?|avantages?|inconvénients?|unterschied|ziel|vorteile?|nachteile?|diferenças?|vantagens?|"
    r"desvantagens?)(?:\s+(?:principal|principale|clave|chave))?", re.IGNORECASE)
# "Есть файл — в нем …" ("there is a file"), "Преимущества NoSQL — …" ("advantages of NoSQL"): no term to define
_OPENING_WORDS = re.compile(r"(?:there (?:is|are)|es gibt|hay|il y a|c'è|ci sono|есть|имеется|существует|"
                            r"преимущества|недостатки|плюсы|минусы|advantages|disadvantages|benefits|drawbacks|pros|cons|"
                            r"ventajas|desventajas|vantagens|desvantagens|avantages|inconvénients|vorteile|nachteile|"
                            r"zalety|wady|vantaggi|svantaggi)\s+\S", re.IGNORECASE)
# "Cookies: usually the best option.": a verdict, with its reasons somewhere else
_VERDICT = re.compile(r"^(?:(?:usually|often|generally|probably|arguably|definitely|mostly|typically)\s+)?(?:the\s+|a\s+)?"
                      r"(?:best|worst|preferred|recommended|safest|easiest|simplest|better|worse|good|bad)"
                      r"(?:\s+(?:option|choice|approach|way|solution|idea|practice|one))?\W*$", re.IGNORECASE)
# "方案一", "错误1", "第二种": a numbered option or case in Chinese or Japanese notes, not a name
_CJK_POSITION = re.compile(r"(?:第[一二三四五六七八九十\d]+[种个步点条]?|[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]|[\u4e00-\u9fff]{1,4}\s?\d{1,2})")
# "Core Benefits", "Serverless Advantages", "Benefits of IaC", "Why It Matters": a list of claims about one thing
_JUDGED_THING = re.compile(r"^(?:[\w/.+-]+\s+){1,3}(?:benefits|advantages|disadvantages|drawbacks|pros|cons|strengths|weaknesses|"
                           r"limitations)\s*[:：]?$|^(?:benefits|advantages|disadvantages|drawbacks|strengths|weaknesses|limitations)"
                           r"\s+of\s+.{1,40}$|^why (?:it|this|that) (?:matters|is important)\b", re.IGNORECASE)
_FILLER = frozenset("the and for with that this are its their from into per each".split())
_FILLER_VERBS = frozenset("represents stores holds keeps contains describes defines means provides allows".split())
_IDENTIFIER = re.compile(r"^`?[A-Za-z_][\w.$]*[a-z][A-Z][\w.$]*`?$")  # AtomicLongArray, RejectedExecutionHandler


def term_said_again(term: str, back: str) -> bool:
    """ "What is Control?" → "The control over the message flow lies with the server": the back's subject is the term."""
    term = term.strip(" *_`").lower()
    return bool(term) and bool(rx.match(rf"(?:the|an?)\s+{re.escape(term)}\s+(?!is\b|are\b|was\b)\w", back.strip(),
                                        re.IGNORECASE))


def weak_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A labelled fact whose label judges, advises or talks, or whose back answers nothing."""
    if note.rule in ("labelled-fact", "definition") and u.in_list \
            and _PROPERTY_LEAD.search((u.lead_text or u.list_title or "").strip(" *_")):
        return Finding("statement-label", "the label is a property of what the lead-in names ('systems that are:' over "
                                          "'Testable: …'), the front reads as a yes-or-no question")
    if note.rule == "labelled-fact" and u.label and rx.search(r"[^\W\d_]\s=\s+[^\W\d_]", rx.sub(r"`[^`]*`", "", u.label)):
        return Finding("gloss-label", "the label glosses a word ('독립적인 = 관계없는, 상관없는'): a note on wording, no question")
    if note.rule == "labelled-fact" and u.in_list and u.label and rx.match(rf"\W*{re.escape(u.label.strip(' *_`'))}\W*\s*[:：]\s*\S",
                                                                         u.lead_text or ""):
        return Finding("example-data", "a sample of the field named in the item above ('Allow: GET, HEAD, PUT' under "
                                       "'Allow : the methods a resource accepts')")
    if note.rule == "definition":
        asked = rx.match(r"^¿?(?:what (?:is|are)|o que (?:é|são)|qu(?:é|e) (?:es|son)|qu'est-ce que|was (?:ist|sind)|что так(?:ое|ие)|"
                         r"czym (?:jest|są)|(?:che )?cos'è)\s+(.+?)[?？]$", note.front.strip(), re.IGNORECASE)
        if asked and _OPENING_WORDS.match(asked.group(1)):  # "Что такое Есть файл?", "What is Advantages of NoSQL?"
            return Finding("fragment-front", f"'{asked.group(1)}' is the opening of a sentence or a judgement, no term")
        counted = rx.search(r"\s*\(\d[\d.,]*\)", asked.group(1)) if asked else None
        if counted:  # "The **desired capacity (3)** is …": the example's number is no part of the term
            return Finding("example-data", f"'{counted.group().strip()}' is one example's value, not part of the term",
                           repaired=replace(note, front=note.front.replace(counted.group(), "", 1)))
        if asked and _RELATION_TERM.fullmatch(asked.group(1).strip(" *_`")):
            return Finding("relation-term", f"'{asked.group(1)}' is said of two things or of a plan ('the main difference "
                                            "is …'), it is no term")
        if asked and DISCOURSE.match(asked.group(1).strip(" *_`")):
            return Finding("discourse-label", f"'{asked.group(1)}' labels an answer, it is no term")  # "O que é Explicação?"
        if asked and rx.match(r"^[A-Z][a-z]+ing\s+(?:\w+\s+){0,3}(?:a|an|the|of|to|for|with|from|on|in)\s", asked.group(1)):
            return Finding("fragment-front", f"'{asked.group(1)}' is an action ('Acquiring consensus of nodes'), not a term")
        if asked and rx.fullmatch(TAG, asked.group(1).strip(" *_`")):
            return Finding("tag-label", f"'{asked.group(1)}' is a tag that files the line, not a term")
        if asked and _COMPARISON_LABEL.match(asked.group(1).strip(" *_`")):
            return Finding("fragment-front", f"'{asked.group(1)}' says what something is not or is like, it is no term")
        if rx.search(r",[\"”’']?$", note.back.strip()):
            return Finding("cut-off", "the back stops at a comma ('\"nothing bad ever happens,\"'): the sentence goes on")
        if asked and rx.fullmatch(r"[A-Z][a-z]+ing\s+[a-z]+", asked.group(1)) and rx.search(r"\bmeans\b", u.plain):
            return Finding("fragment-front", f"'{asked.group(1)}' is an action ('Improving performance means …'), no term")
        if asked and rx.search(r"\s[-–]\s", asked.group(1)):
            return Finding("fragment-front", f"'{asked.group(1)}' is a name and the first word of a remark on it")
        term = asked.group(1).strip(" *_`") if asked else ""
        if len(term.split()) >= 2 and " = " in u.plain and rx.fullmatch(rf"(?:an?\s+|the\s+)?[\w-]+\s+{re.escape(term.split()[-1])}",
                                                   note.back.strip(" ."), re.IGNORECASE):
            return Finding("slogan", f"'{term}' = '{note.back}': a slogan that pairs two names, not a definition")
        if rx.fullmatch(r"[A-Za-z]{4,}", term) and word_count(note.back) <= 14 \
                and rx.search(rf"\b{term}\b", note.back, re.IGNORECASE):
            return Finding("trivial", f"the back defines '{term}' by itself ('implicit = the owner has implicit "
                                      "permissions')")
        if term_said_again(term, note.back):
            return Finding("statement-back", "the back is a sentence about the term ('The control over the flow lies "
                                             "with the server'), not what it is")
        if ROLE_BACK.match(note.back.strip()):  # "ReplicaSets are the successors to …", "UEFI is the newer version"
            return Finding("role-back", "a relation to another thing, not what the term is")
        if rx.match(r"^(?:the\s+)?one\s+(?:that|which|who)\b", note.back.strip(), re.IGNORECASE):
            return Finding("role-back", "'the one that …' says who does something, not what the term is")
        if u.label and DISCOURSE.match(u.label.strip(" *_`")):  # "Note: NAT Instance is a legacy, …"
            return Finding("discourse-label", f"a definition inside a '{u.label}' remark: an aside, not what the term is")
        said = rx.sub(r"(?:\(이\)란|란|이란)\?$", "", note.front.strip()) if not asked else term
        if rx.match(r"(?:define|use|set|create|configure|enable|make|add|run|check|consider|remember|never|always|don't|"
                    r"do not|avoid|ensure|prefer|keep)\s", term, re.I):
            return Finding("fragment-front", f"'{term}' starts with a verb: a task, not a term")  # "Define Zone of Trust = …"
        if rx.match(ANALOGY_LEAD, u.plain, re.IGNORECASE):
            return Finding("analogy", "a line of an analogy ('Think of a library. The books are the data'), not a definition")
        if rx.search(r"(?:…|\.\.\.|\betc\.?)$", note.back.strip()) and not rx.match(r"(?:an?|the)\s", note.back, re.I):
            return Finding("open-back", "the back trails off ('create VPC subnet, create trail, …'): examples, not what it is")
        if rx.search(r"[=+*^]|\b[a-zA-Z]\(", said) or rx.fullmatch(r"\(\s*[^()]{1,40}\)", note.back.strip()) \
                or rx.fullmatch(r"[a-z_][a-z0-9_]*", said) and rx.search(r"\w\s+[+*/]\s+\w", note.back):
            return Finding("formula", f"'{said}' is a formula or a line of code, not a term to define")
        if rx.fullmatch(r"the\s+(?:[a-z]{1,3}|[a-z]+_[a-z_]+)", term):  # "What is the id?" ← "The id is the primary key for Users"
            return Finding("example-data", f"'{term}' is a field of one example, not a term")
        if rx.fullmatch(r"[A-Z]{2,6}", term) and rx.match(r"^the\s+[A-Z]{2,6}\s+(?:is|stands for)\s", u.plain, re.IGNORECASE) \
                and word_count(note.back) <= len(term) + 1 and [w[0].upper() for w in rx.findall(r"[A-Za-z]+", rx.sub(
                r"^(?:the|an?)\s+", "", note.back, flags=re.IGNORECASE))][:len(term)] == list(term):
            return Finding("trivial", f"the back only spells out '{term}' (an acronym card asks that)")
        if JUDGEMENT.match(note.back.strip()) or METAPHOR.match(note.back.strip()) \
                or rx.fullmatch(r"(?:the\s+)?(?:most|least)\s+[a-z]+\W*", note.back.strip(), re.IGNORECASE):
            return Finding("verdict-back", "the back judges the term ('a milestone for …', 'the backbone of …'), it does "
                                           "not say what it is")
        if rx.search(r"(?:^|\s)(?:just|simply|basically|really|actually|essentially|also|only|generally|usually|often|then|"
                     r"now|elsewhere|here|there|otherwise|else|instead|similarly|likewise|conversely|therefore)$", term,
                     re.IGNORECASE):  # "Elsewhere means a heap file …", "Transaction processing just means …"
            return Finding("fragment-front", f"'{term}' ends on an adverb: the sentence's subject is not a term")
        if rx.match(r"^(?:an?\s+)?(?:different|another|other|separate)\s", note.back.strip(), re.IGNORECASE) \
                and word_count(note.back) <= 8:
            return Finding("leans-back", "the back says only that it is another kind ('a different use-case'): of what?")
        if rx.fullmatch(r"[A-Za-z]+ed\s+[a-z]+ly|[A-Za-z]+ly\s+[a-z]+ed", term):  # "Used carefully — only when …"
            return Finding("fragment-front", f"'{term}' says how something is done, the thing is in the line before")
        return None
    if note.rule != "labelled-fact":
        return None
    front = title_of(note.front)
    prefix, _, label = front.rpartition(": ")
    label = (u.label or label).strip(" *_`")
    where = [t for t in (u.list_title, *u.path[-1:], prefix) if t]
    judged = None if EVALUATIVE_SECTION.match(label) else next((t for t in where if EVALUATIVE_SECTION.match(t.strip(" *_"))
                                                                 or _JUDGED_THING.match(t.strip(" *_"))), None)
    if judged is None and not EVALUATIVE_SECTION.match(label) and JUDGING_LEAD.search(u.lead_text or ""):
        judged = u.lead_text.strip()[-60:]
    subject = " — " in prefix or "：" in prefix  # "Long polling — cons: resource waste?" names whose con it is
    explains = word_count(note.back) >= 8 or cjk_share(note.back) > 0.5 and len(note.back) >= 15
    if judged is not None and not (subject and explains):
        return Finding("evaluative-label", f"an item under '{judged}': a claim, not a term to ask about", suggest=True)
    if DISCOURSE.match(_remark_kind(label)) or _CITATION.fullmatch(label) \
            or _IDEA.fullmatch(label) and (not prefix or word_count(note.back) <= 3) \
            or rx.search(r"\b(?:because|so|but|although|since)$", label, re.IGNORECASE) or rx.match(ANALOGY_LEAD, label, re.I) \
            or rx.match(r"(?:oppure|or|otherwise|alternatively|ou|oder|o bien|inoltre|además|außerdem)\s", label, re.I) \
            or "`" in (u.label or "") and rx.match(r"`?(?:return|def|import|print|for|if|while|class|from|let|const|var|"
                                                    r"function)\s", label) \
            or rx.match(r"`(?:def|function|func|fn)\s+\w+", prefix or ""):  # "`return hash_hex`": a line of one script
        return Finding("discourse-label", f"'{label}' says what kind of remark follows, not what it is about")
    if prefix and rx.fullmatch(LEGEND, prefix.strip(" *_"), re.IGNORECASE):
        return Finding("discourse-label", f"'{prefix}' explains how the notes are written, not the subject")
    if prefix and _IDEA.fullmatch(prefix.strip(" *_")):  # "Central idea: difference to semaphores?": of what?
        return Finding("discourse-label", f"'{prefix}' labels a remark, it names no subject for '{label}'")
    lead = front.split(" — ")[0] if " — " in front else ""
    if lead and (DISCOURSE.match(lead.strip(" *_`")) and rx.search(r"\d$", lead) or _CJK_POSITION.fullmatch(lead.strip())
                 or rx.fullmatch(r"(?:scenario|case|example|sample)s?", lead.strip(" *_`"), re.IGNORECASE)):
        return Finding("discourse-label", f"'{lead}' labels a remark, it names no subject for '{label}'")
    if rx.match(r"^[A-Z][a-z]+[^s\W]s\s+(?:a|an|the|one|two|three|all|each|every|multiple|several|more|no|any|its|their|"
                r"your|only)\s", label):  # "Combines two or more factors: …": a predicate whose subject is the heading
        return Finding("fragment-front", f"'{label}' says what something does; what does it stands elsewhere")
    if (u.label or "")[:1].islower() and word_count(note.back) <= 2 and not rx.search(r"[\d`]", note.back + label) \
            and rx.fullmatch(r"[A-Za-z][A-Za-z /-]*", note.back.strip()):
        # "slave: worker", "file: sstables" deep in an outline: a word glossed by a word, too bare to ask
        return Finding("bare-gloss", f"'{label}' glossed by '{note.back}': an outline's shorthand, not a fact to ask")
    if rx.match(r"^[A-Z][a-z]+(?:ifies|izes)\s", label) or rx.match(r"^no\s+(?:\S+\s+){2,}\S", label, re.IGNORECASE) \
            or rx.search(r"\sinstead of\s", label):  # "Simplifies routing: …", "No IP masquerading between Pods: …"
        return Finding("statement-label", f"'{label}' is a claim, and the back its reason: no term to ask about")
    if rx.fullmatch(TAG, label):  # "**#SlowerWrites** - Writes are slower …"
        return Finding("tag-label", f"'{label}' is a tag that files the line, not a term to ask about")
    if word_count(label) >= 3 and (CLAIM_VERB.search(label) or rx.search(
            r"\s(?:is|are|was|were|has|have|can|will|vale|valgono|semplifica|rende|serve|permette|consente|ermöglicht|"
            r"permet|permite|simplifica|sirve)\s", label, re.IGNORECASE)):
        return Finding("statement-label", f"'{label}' is a clause cut at its colon, not a term to ask about")
    if not prefix and " — " not in front and rx.fullmatch(r"too\s+\w+", label, re.IGNORECASE):
        return Finding("fragment-front", f"'{label}' answers a question on the line before, which the card does not show")
    if rx.search(r"\b(?:such|these|those)\b", label, re.IGNORECASE):  # "Defines protection of such sections: …"
        return Finding("fragment-front", f"'{label}' points at the line before for what it is about")
    if rx.match(r"^(?:using|with|by|via|for|in|on|to|from)\s", u.label or ""):  # "using upsert: true as …": code's colon
        return Finding("fragment-front", f"'{label}' starts a phrase; the colon belongs to what follows")
    if _COMPARISON_LABEL.match(label):
        return Finding("fragment-front", f"'{label}' says what something is not or is like; what it is about stands before")
    if rx.fullmatch(r"(?:(?:very|quite|almost|fairly|less|more|most|least)\s+)?(?:common|uncommon|rare|rarely|never|often|sometimes|"
                    r"frequent|frequently|occasionally|always|seldom|usual|unusual)", label, re.IGNORECASE):
        return Finding("frequency-label", f"'{label}' says how often, it names nothing to ask about")  # "Almost never: …"
    if _CJK_POSITION.fullmatch(label):
        return Finding("discourse-label", f"'{label}' is a place in a list ('方案一', '错误1'), it names nothing")
    if _FIELD_WORD.fullmatch(label):
        return Finding("field-label", f"'{label}' names a field, and the front does not say of what", suggest=True)
    if (_INSTRUCTION.match(label) or rx.match(r"(?:set|enable|disable|install|configure|restart)\s+\S", label, re.I)
            and "`" not in note.back) and not doc.language:  # ("Set kth bit?" → "`s |= (1 << k)`": how, in code)
        return Finding("instruction-label", f"'{label}' is an instruction, not a term to ask about", suggest=True)
    if prefix and ANSWER_MARKER.match(prefix.strip()):
        return Finding("fragment-front", "'Answer' is a template heading: the card does not say what was asked")
    if rx.fullmatch(r"(?:solutions?|lösung(?:en)?|solução|soluções|solución|soluciones|soluzion[ei]|remedy|workaround|fix)", label,
                    re.IGNORECASE) and (rx.match(r"(?:problems?|issues?|problem(?:e|a|as)?|probléme?s?|herausforderung)\b",
                                                 u.previous or "", re.I) or not prefix and " — " not in note.front):  # "Soluzione?"
        return Finding("discourse-label", f"'{label}' answers a problem the front does not show")
    if rx.fullmatch(r"(?:warning|caution|attention|attenzione|attezione|achtung|atención|atenção|ojo|cuidado)", label, re.I):
        return Finding("discourse-label", f"'{label}' marks a caveat about what the line before says; it is no term")
    if rx.match(r"^to\s+[a-z]+\b", note.back.strip(), re.IGNORECASE) and word_count(note.back) <= 10 \
            and not rx.search(r"purpose|goal|aim|why|use|used for|zweck|objetivo|but", label, re.IGNORECASE):
        return Finding("discourse-label", f"'{label}' introduces what follows ('to set the project'), it is no term")
    if prefix and rx.match(r"^(?:choose|select|pick|enter|click|open\s+(?:the|a|an|your)|go to|fill in|specify)\b", prefix, re.I):
        return Finding("fragment-front", f"'{prefix}' is a step of a form or wizard, its fields are no terms")
    if prefix and rx.search(r"\b(?:this|these|that|those)\s+[a-z]+\s*$", prefix, re.IGNORECASE):
        return Finding("fragment-front", f"'{prefix}' names what it is about in the line before ('this mapping')")
    if rx.match(r"^(?:near|about|around|approx(?:imately)?|above|below|over|under|less than|more than|at least|at most|"
                r"up to|~|[<>≤≥±+-]|(?:ports?|tcp|udp)(?=\s*[/:]?\s*\d+$))\s*[/:]?\s*[-+]?\d", label, re.IGNORECASE) \
            and not (rx.match(r"(?i:ports?|tcp|udp)\b", label) and rx.match(r"[A-Z]{2,}\b", note.back)):  # "Port 443: HTTPS"
        return Finding("value-label", f"'{label}' is a value; what has it is said in the line before the list")
    first = rx.sub(r"[^\w]", "", note.back.split()[0]).lower() if note.back.split() else ""
    if rx.fullmatch(r"[A-Za-z]{3,}", label) and len(first) >= 3 and word_count(note.back) <= 4 \
            and (first.startswith(label.lower()) and not note.back.lstrip().startswith("`")  # "`javaagent`" names a tool
                 or label.lower().startswith(first) and word_count(note.back) == 1) and first != label.lower():
        return Finding("trivial", f"the back only spells out '{label}' ('{first}')")  # "Proto?" → "Protocol (tcp, …)"
    if prefix and PRONOUN_LEAD.match(prefix.strip(" *_")):  # "Elas são divididas em 3 tipos: Bucket?": they who?
        return Finding("fragment-front", f"'{prefix}' leans on the line before it for its subject")
    if rx.fullmatch(r"[A-Za-z]{4,}", label) and word_count(note.back) <= 6 and not note.back.rstrip().endswith("?") \
            and rx.search(rf"\b{re.escape(rx.sub(r'(?<=[^s])s$', '', label.lower()))}(?:s|es)?\b", note.back.lower()):
        return Finding("trivial", f"the back only uses '{label}' again")  # "templates: J2 templates used by the role"
    if prefix and (ANNOUNCES_LIST.match(prefix) or _SENTENCE_LEAD.search(prefix)):
        return Finding("fragment-front", f"'{prefix}' is the sentence that introduced the list, not a topic")
    back = note.back.strip()
    if CONDITION.match(back) and word_count(back) <= 8:
        return Finding("condition-back", "the back is only a condition ('if …'), not an answer")
    if rx.search(r"(?:^|,\s*)(?:much\s+)?(?:simpler|faster|cheaper|easier|better|worse|slower|smaller|larger|bigger|lighter|"
                 r"heavier|newer|older)\s*(?:,|$)", back, re.IGNORECASE) and not rx.search(r"\bthan\b", back):
        return Finding("leans-back", "a bare comparison ('simpler'): than what stands on another line")
    if rx.match(r"^(?:this|it|that)\s+(?:is|was|'s)\b", back, re.IGNORECASE) and word_count(back) <= 6:
        return Finding("leans-back", "the back only remarks on the label ('This is big decision')")
    if word_count(back) <= 12 and rx.search(r"\b(?:those|these)\s+(?:\d+\s+)?(?:[A-Z]\w*\s+)*[a-z]+s\b(?!\s+(?:that|which|who|with|of|in|for)\b)", back):
        return Finding("leans-back", "the back points at things named on another line ('those datacenters')")
    if BACK_POINTS_ELSEWHERE.search(back):
        return Finding("leans-back", "the back points at another line ('the above command', 'using this command')")
    if rx.match(r"^(?:within|in|for|on|at|inside)\s+[^,]{1,40}?,?\s+they\b", back, re.IGNORECASE):
        return Finding("leans-back", "'they' in the back names what the line above names ('Within each family they …')")
    if back.rstrip().endswith(("...", "…")) and not back.rstrip().endswith("etc..."):
        return Finding("cut-off", "the back trails off ('…'): the rest of the answer is not in the notes")
    if _VERDICT.match(back) or JUDGEMENT.match(back):
        return Finding("verdict-back", "the back only judges ('usually the best option'); its reasons are elsewhere")
    if HEDGE.match(back) or UNWRITTEN.match(back):
        return Finding("hedge-back", "the back says the notes do not know")
    if _IDENTIFIER.match(label) and cjk_share(back) > 0.6 and len(back) <= 10 and not rx.search(r"[，。,.;；]", back):
        return Finding("trivial", f"the back only translates the name '{label}'")
    said = [w.lower() for w in rx.findall(r"\w+", back)]
    content = [w for w in said if len(w) >= 3 and w not in _FILLER]
    context = {w.lower()[:4] for w in rx.findall(r"[A-Za-z]{3,}", " ".join(u.path[-2:]) + " " + prefix)}
    own = [w.lower() for w in rx.findall(r"\b[A-Za-z]{3,}\b", label)]
    if own and 2 <= len(content) <= 4 and not back.startswith("`") and all(w[:4] in {o[:4] for o in own} | context or w in _FILLER_VERBS for w in content):
        return Finding("trivial", f"the back only restates '{label}' and its context")  # "List state?" → "a list of state"
    named = [w.lower() for w in rx.findall(r"\b[A-Za-z][a-z]{2,}\b", label)]  # "AWS Auto Scaling" → auto, scaling
    if len(named) >= 2 and len(said) <= len(named) + 3 and all(any(w.startswith(p[:4]) for w in said) for p in named):
        return Finding("trivial", f"the back only restates the name '{label}'")
    parts = [p.lower() for p in rx.findall(r"[A-Z][a-z]+|[a-z]{2,}", label)] if _IDENTIFIER.match(label) else []
    if len(parts) >= 2 and len(said) <= len(parts) + 2 and all(any(w.startswith(p[:4]) for w in said) for p in parts):
        return Finding("trivial", f"the back only spells out the name '{label}'")
    snake = [p for p in label.lower().strip("`").split("_") if len(p) >= 3] if rx.fullmatch(r"`?[A-Za-z]+(?:_[A-Za-z]+)+`?", label) else []
    if len(snake) >= 2 and all(any(w.startswith(p[:4]) for w in said) for p in snake) \
            and len([w for w in content if w not in _SETTING_WORDS and not any(w.startswith(p[:4]) for p in snake)]) <= 1:
        return Finding("trivial", f"the back only spells out the setting '{label}'")  # "skip_db_stats": "skips db stats"
    return None


_SETTING_WORDS = frozenset("specifies specify indicates indicate whether must should been being sets set enables enable "
                           "disables disable controls control determines".split())


def _remark_kind(label: str) -> str:
    """The kind of remark a label names, without a setting before it or an aside after it: "Interview Insight",
    "Nota (minha)", "Exam tip" → "Insight", "Nota", "tip"."""
    label = rx.sub(r"^(?:interview|exam)\s+(?=\w)(?!traps?$)", "", label, flags=re.IGNORECASE)
    label = rx.sub(r"^(?:[\w/-]+\s+){1,2}(?=(?:tips?|highlights?|hints?|insights?|takeaways?|reminders?|gotchas?)$)", "", label,
                   flags=re.IGNORECASE)  # "DevOps tip", "Security highlight": a kind of remark for some readers
    return rx.sub(r"\s*[(（][^()（）]{1,20}[)）]$", "", label)


# file names that say nothing of what the notes are about: the review screen shows them first on the context line
_NAMELESS_DECK = re.compile(r"(?:readme|index|notes?|main|general|summary|cheat-?sheet|todo|draft|untitled|doc(?:ument)?s?|"
                            r"misc|scratch|study|learn(?:ing)?)(?:[-_ ]?\d+)?", re.IGNORECASE)


def unplaced_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "READY?" → "# of replicas available", with "README › Chapter 10" on the context line: a bare label in notes
    whose file name and headings name no subject; what READY is a column of is not on the card."""
    if note.rule != "labelled-fact" or not _NAMELESS_DECK.fullmatch((doc.deck or "").split("::")[-1].strip()):
        return None
    if rx.search(r"[:：]\s|\s—\s", title_of(note.front)):
        return None  # "Deployments: READY?" names its subject
    if any(p and not is_generic(p) and not ONLY_NUMBERED.match(p) for p in note.heading_path):
        return None
    return Finding("unplaced-label", "neither the file's name nor a heading says what the label belongs to", suggest=True)


def partial_item(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "- **Logging**: Monitor errors." over "  - collect logs centrally" / "  - alert on error rates": a few words
    whose answer goes on in the sub-items; a card of its first line alone ("Logging?" → "Monitor errors.") tells a
    part as all."""
    if note.rule != "labelled-fact" or not u.in_list:
        return None
    items = [item for b in u.children if b.kind == "list" for item in b.children]
    texts = [item.lines[0].md.strip() if item.lines else "" for item in items]
    labelled = sum(1 for t in texts if rx.match(r"^(?:\*\*|__|`)?[^:：*`]{1,40}(?:\*\*|__|`)?\s*[:：]\s+\S", t))
    # ("`acks`: …" over "`acks=1`: …", "`acks=all`: …": each sub-item is a card; a sentence of its own stands alone)
    if len(items) >= 2 and not labelled and word_count(note.back) <= 5:
        return Finding("partial-item", "the label's answer goes on in its sub-items", suggest=True)
    return None
