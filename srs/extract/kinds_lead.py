"""The subject of a "there are two types:" lead-in that names it only in the sentence before.

"Encryption keeps data secret while it is stored or sent. There are two types:" over "Symmetric: …",
"Asymmetric: …": the last sentence says that kinds follow, the first names of what ("Encryption — types").
Without it the items are asked under the heading ("Protection — types: Symmetric?"), which names no encryption.
"""

from __future__ import annotations

import re

from srs.extract.text import capitalize

# "There are two types.", "Existem dois tipos:", "Hay tres clases:", "Il existe deux types", "Es gibt zwei Arten"
_KINDS_FOLLOW = re.compile(
    r"^(?:there (?:are|exist)|existem|há|hay|existen|il (?:y a|existe)|es gibt)\s+"
    r"(?:\d+|two|three|four|five|six|several|dois|duas|três|quatro|cinco|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|"
    r"vários|várias|varios|varias|plusieurs|mehrere)\s+"
    r"(?P<kind>types?|kinds?|sorts?|categories|forms?|modes?|levels?|flavou?rs?|variants?|tipos|clases|categorias|"
    r"categorías|formas|modos|níveis|niveles|sortes|formes|niveaux|arten|typen|formen|stufen|klassen)\W*$",
    re.IGNORECASE,
)
# "Encryption is used to …", "A criptografia é usada …", "La réplica es …": the thing the sentence is about
_SUBJECT = re.compile(
    r"^(?:(?:the|an?|o|os|as|el|la|los|las|le|les|der|die|das)\s+|l')?(?P<subject>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2}?)\s+"
    r"(?:is|are|was|é|são|es|son|est|sont|ist|sind)\b",
    re.IGNORECASE,
)


def kinds_subject(text: str) -> str:
    """ "Encryption is used to … There are two types:" → "Encryption — types"; "" when the lead-in is not this shape."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip().rstrip(":： "))
    if len(sentences) < 2:
        return ""
    follow = _KINDS_FOLLOW.match(sentences[-1])
    subject = _SUBJECT.match(sentences[0])
    if follow is None or subject is None:
        return ""
    return f"{capitalize(subject.group('subject'))} — {follow.group('kind').lower()}"
