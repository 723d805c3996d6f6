"""Facet labels: the words notes use to head a group of points about something ("Pros", "Use cases", "Nachteile").

A facet names a kind of point, not a term: "Advantages" is no term to define, a list under "Pros:" is no set named
"Pros", and the same facet asked twice in one place is one question. One list, read by the rules and the critic;
so are the section titles whose items judge rather than name (EVALUATIVE_SECTION) and the headers of a
pros-and-cons table (PROS_CONS_HEADER).
"""

from __future__ import annotations

import re

# singular and plural, in the languages the extractor reads
_FACET = re.compile(
    r"^(?:pros?|cons?|(?:dis)?advantages?|benefits?|drawbacks?|downsides?|upsides?|limitations?|uses?|"
    r"caveats?|edge cases?|use ?cases?|tips?|hints?|optional|required|mandatory|recommended|deprecated|descriptions?|examples?|notes?|pitfalls?|risks?|ventajas?|desventajas?|"
    r"inconvenientes?|avantages?|inconvénients?|vorteile?|nachteile?|vantagens?|desvantagens?|"
    r"vantaggi|svantaggi|优点|缺点|利点|欠点|장점|단점|pros (?:and|&) cons|优缺点|优劣势?|利弊|长处和短处|長所と短所|"
    r"メリットとデメリット|メリット・デメリット|장단점)$", re.IGNORECASE)

# words that, alone or with filler ("Key benefits", "Common use cases", "Lessons learned"), head a list of qualities
QUALITY_WORDS = frozenset(
    "use uses cases case characteristics features benefits advantages disadvantages drawbacks limitations pros cons "
    "conclusion conclusions takeaways takeaway considerations practices recommendations applications properties "
    "strengths weaknesses challenges tips lessons learned principles guidelines".split())
FILLER_WORDS = frozenset("key main common general implementation best and the of a important real world typical".split())


def is_facet(label: str) -> bool:
    """"Pros", "use cases", "Desventajas:" are facets; "Redis", "Pros of caching" are not."""
    return bool(_FACET.match(label.strip().strip(" :：").strip()))


# sections whose items judge or advise rather than name: their labels are claims, not terms (several languages)
EVALUATIVE_SECTION = re.compile(
    r"^(?:(?:key|main|major|some|other|common|general|additional|final|top|\d+)\s+)?(?:pros?|cons?|pros and cons|"
    r"advantages?|disadvantages?|benefits?|drawbacks?|downsides?|upsides?|strengths?|weaknesses?|limitations?|"
    r"best practices?|good practices?|recommendations?|tips?(?: and tricks)?|dos and don'?ts|use cases?|"
    r"usage scenarios?|(?:key )?features?|considerations?|challenges?|trade-?offs?|"
    r"(?:pitfalls?|mistakes?|anti-?patterns?|gotchas?)(?: to avoid)?|"
    r"prós|contras|vantagens|desvantagens|benefícios|melhores práticas|boas práticas|casos de uso|"
    r"ventajas|desventajas|beneficios|mejores prácticas|buenas prácticas|casos de uso|"
    r"avantages|inconvénients|bonnes pratiques|cas d'usage|cas d'utilisation|"
    r"vorteile|nachteile|best practices|anwendungsfälle|vantaggi|svantaggi|"
    r"优点|缺点|优缺点|优势|劣势|优劣势?|利弊|最佳实践|使用场景|应用场景|适用场景|メリット|デメリット|利点|欠点|"
    r"メリットとデメリット|メリット・デメリット|長所と短所|ベストプラクティス|장단점|"
    r"장점|단점|모범 사례|사용 사례)\s*[:：]?$",
    re.IGNORECASE,
)
# a lead-in that says the list judges: "This brings some advantages:", "Dies bringt einige Vorteile mit sich …:"
JUDGING_LEAD = re.compile(r"(?:\b(?:advantages|disadvantages|benefits|drawbacks|downsides|upsides|pros|cons|limitations|"
                          r"vorteile|nachteile|vantagens|desvantagens|benefícios|ventajas|desventajas|beneficios|avantages|"
                          r"inconvénients|vantaggi|svantaggi)\b|优点|缺点|优势|劣势|メリット|デメリット|利点|欠点|장점|단점)"
                          r"[^:：]*[:：]\s*$", re.IGNORECASE)
# a sentence that says a list follows ("There are two approaches:", "Following are some parameters:", "Let's see …"):
# it names no term and answers nothing; the rules and the critic read one vocabulary
ANNOUNCES_LIST = re.compile(r"^(?:(?:the\s+)?(?:following|below|here)\s+(?:is|are)|the following|(?:these|those) are|"
                            r"this is|there (?:is|are)|let'?s|we (?:will|'ll)|here[’']s|voici|voilà|aquí (?:está|están|tienes)|estos son|"
                            r"a continuación|seguem|eis)\b", re.IGNORECASE)  # ("Here’s how it works in simple terms:")
# a two-column table headed by these ("| Pros | Cons |") holds two lists side by side, not pairs
PROS_CONS_HEADER = re.compile(r"(?:pros?|cons?|advantages?|disadvantages?|benefits?|drawbacks?|strengths?|weaknesses?|upsides?|"
                              r"downsides?|prós|contras|vantagens|desvantagens|ventajas|desventajas|avantages|inconvénients|"
                              r"vorteile|nachteile|vantaggi|svantaggi|pregi|difetti|voordelen|nadelen|zalety|wady|преимущества|недостатки|плюсы|"
                              r"минусы|avantajlar|dezavantajlar|优点|缺点|优势|劣势|長所|短所|メリット|デメリット|장점|단점)\W*$", re.IGNORECASE)  # not "Constraints"


# a label that names an aspect of the section's subject, never a term of its own ("**Encryption:** use MACsec over
# Direct Connect …", "**Origin**: Bertrand Meyer"): alone, "Encryption?" does not say of what
_ASPECT = re.compile(
    r"^(?:origin|history|theme|alternatives?|prerequisites?|implementation|total|claim|effort|pricing|price|costs?|scope|"
    r"lifetime|behaviou?r|setup|usage|encryption|origen|historia|coste|costo|esfuerzo|implementación|implementação|custo|"
    r"coût|kosten|umsetzung|(?:key|main|primary|core)\s+(?:role|function|job|responsibility)|role|papel|rôle|rolle|función|"
    r"função|security|scalability|availability|durability|performance|reliability|resilience|integration|"
    r"segurança|escalabilidade|disponibilidade|desempenho|seguridad|escalabilidad|disponibilidad|rendimiento|sécurité|"
    r"évolutivité|disponibilité|sicherheit|skalierbarkeit|verfügbarkeit|leistung|安全性?|可扩展性|可用性|性能|보안|확장성|가용성|성능)$",
    re.IGNORECASE)  # (the qualities of a service: "**Security:** Cognito protects user data …" says Cognito's)


def is_aspect(label: str) -> bool:
    """"Encryption", "Origin", "Implementation" head a point about something else; "Salt", "Cookies" name a thing."""
    return bool(_ASPECT.match(label.strip().strip(" :：*_").strip()))


# "Ephemeral: 49,152 - 65,535" under "Client Port Numbers (Ephemeral ports)": a kind named by its trait needs its owner
_TRAIT = re.compile(r"(?:well[ -])?[A-Za-z]+(?:al|ed|ive|ous|able|ible|ic|ent|ant|ary|own)", re.IGNORECASE)


def is_trait(label: str) -> bool:
    """One adjective ("Ephemeral", "Registered", "Gradual", "Well known"): a kind named by its trait, asked only with
    what it is a kind of."""
    return bool(_TRAIT.fullmatch(label.strip(" *_")))


# "Other:", "Misc", "其他", "Autres": a label over what is left of a list, no name to ask about (labelled facts, and a
# RemNote card's front)
OTHERS = re.compile(r"其他|其它|其余|その他|기타|others?|misc(?:ellaneous)?|otros|outros|autres|altri|andere|sonstiges|прочее|другое",
                    re.IGNORECASE)


_GRAB_BAGS = frozenset({
    "basics", "notes", "overview", "summary", "misc", "miscellaneous", "details", "general", "other", "others",
    "introduction", "intro", "background", "说明", "总结", "概述", "简介", "介绍", "补充", "备注", "注意", "注意事项",
    "细节", "まとめ", "説明", "概要", "補足", "メモ", "詳細", "詳細な説明", "例", "示例", "例子", "その他", "其他", "key points", "highlights", "takeaways", "key takeaways", "facts",
    "things to know", "random", "tips", "tips and tricks", "faq", "q&a", "todo", "scratch",
})


def grab_bag(title: str) -> bool:
    """A heading like "Basics" or "Notes" collects facts; it does not name a set to recall."""
    return title.strip().lower().rstrip(":") in _GRAB_BAGS
