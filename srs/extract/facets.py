"""Facet labels: the words notes use to head a group of points about something ("Pros", "Use cases", "Nachteile").

A facet names a kind of point, not a term: "Advantages" is no term to define, a list under "Pros:" is no set named
"Pros", and the same facet asked twice in one place is one question. One list, read by the rules and the critic.
"""

from __future__ import annotations

import re

# singular and plural, in the languages the extractor reads
_FACET = re.compile(
    r"^(?:pros?|cons?|(?:dis)?advantages?|benefits?|drawbacks?|downsides?|upsides?|limitations?|uses?|"
    r"caveats?|edge cases?|use cases?|examples?|notes?|pitfalls?|risks?|ventajas?|desventajas?|"
    r"inconvenientes?|avantages?|inconvénients?|vorteile?|nachteile?|vantagens?|desvantagens?|"
    r"vantaggi|svantaggi|优点|缺点|利点|欠点|장점|단점)$", re.IGNORECASE)

# words that, alone or with filler ("Key benefits", "Common use cases", "Lessons learned"), head a list of qualities
QUALITY_WORDS = frozenset(
    "use uses cases case characteristics features benefits advantages disadvantages drawbacks limitations pros cons "
    "conclusion conclusions takeaways takeaway considerations practices recommendations applications properties "
    "strengths weaknesses challenges tips lessons learned principles guidelines".split())
FILLER_WORDS = frozenset("key main common general implementation best and the of a important real world typical".split())


def is_facet(label: str) -> bool:
    """"Pros", "use cases", "Desventajas:" are facets; "Redis", "Pros of caching" are not."""
    return bool(_FACET.match(label.strip().strip(" :：").strip()))
