"""The subject of a "there are two types:" lead-in that names it only in the sentence before.

"Encryption keeps data secret while it is stored or sent. There are two types:" over "Symmetric: …",
"Asymmetric: …": the last sentence says that kinds follow, the first names of what ("Encryption — types").
Without it the items are asked under the heading ("Protection — types: Symmetric?"), which names no encryption.
"""

from __future__ import annotations

import re

from srs.extract import rx
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
    sentences = rx.split(r"(?<=[.!?])\s+", text.strip().rstrip(":： "))
    if len(sentences) < 2:
        return ""
    follow = _KINDS_FOLLOW.match(sentences[-1])
    subject = _SUBJECT.match(sentences[0])
    if follow is None or subject is None:
        return ""
    return f"{capitalize(subject.group('subject'))} — {follow.group('kind').lower()}"


# "The industry-standard container orchestration platform:" right under "### Kubernetes": a noun phrase that says what
# the heading's thing is. Its list gives that thing's facts ("Origin", "Use case"), so the heading names them, not it.
_KIND_NOUN = re.compile(
    r"\b(?:platform|solution|orchestrator|kernel|tool|toolkit|service|framework|library|database|engine|language|"
    r"protocol|system|server|format|standard|manager|runtime|store|cache|broker|proxy|suite|product|distribution|"
    r"implementation|algorithm|technique|pattern|approach|model|scheduler|balancer|gateway|registry|editor)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"\b(?:following|these|those|this|its|their|main|key|common|other|some|each)\b", re.IGNORECASE)


def describes_heading(text: str, heading: str) -> bool:
    """Is the lead-in ("Docker's native orchestration solution:") only what the heading's thing is?"""
    phrase = rx.sub(r"\s*\([^)]*\)$", "", text.strip().rstrip(":： ")).strip()
    phrase = rx.sub(r"^(?:the|an?)\s+", "", phrase, flags=re.IGNORECASE)
    if not heading or not 2 <= len(phrase.split()) <= 7 or rx.search(r"[.,;!?]", phrase) or _NOT_A_NAME.search(phrase):
        return False
    if not rx.fullmatch(r"[A-Za-z0-9'’-]+(?: [A-Za-z0-9'’-]+)*", phrase) or rx.search(
            r"\b(?:is|are|was|were|has|have|can|will|should|must|may|does|do|of|for|in|on|to|with|by)\b", phrase, re.IGNORECASE):
        return False  # a sentence, or "Characteristics of an OLTP system" (its thing is the characteristics)
    return bool(_KIND_NOUN.search(phrase)) and phrase.lower() not in heading.lower()


# "There are two types of compliance periods for SLOs:": the thing the list's items are kinds of
THERE_ARE = re.compile(r"^there (?:are|is) (?:(?:a few|several|many|some|a number of|various|\d+|two|three|four|five|six)\s+)"
                       r"(?:(?:built-in|different|main|common|possible)\s+)?(?P<what>[^,.;]{3,60}?)"
                       r"(?:\s+(?:available|in \w+|as follows|as below|(?:listed )?below))?$",
                       re.IGNORECASE)
# "MySQL 서버의 정렬방식은 아래의 3가지가 존재", "排序方式有以下3种", "方式には以下の3つがある": the subject titles the list
CJK_THERE_ARE = re.compile(r"^(?P<what>[^,，、。:：]{2,40}?)\s*(?:은|는|이|가|には|は|有)\s*(?:아래의?|다음의?|다음과 같은|以下の?|下記の?|次の|如下)"
                           r"\s*(?:\d+|[一二三四五六七八九十]+)?\s*(?:가지|개|つ|種類|种|个|類)?")


# "There are three important parts as follows:" over "metadata", "spec", "status": parts of what? The heading says
_ONLY_PARTS = re.compile(r"(?:(?:important|main|key|major|basic|essential|core)\s+)?(?:parts?|things?|points?|aspects?|"
                         r"elements?|pieces?|items?)", re.IGNORECASE)


def counted_title(what: str, heading: str) -> str:
    """The title a counted lead-in ("There are two types of X") gives its list: X, or the heading for bare "parts"."""
    what = rx.sub(r"\s+(?:as follows|as below|(?:listed |given )?below)$", "", what.strip(), flags=re.IGNORECASE)
    return heading if heading and _ONLY_PARTS.fullmatch(what) else capitalize(what)
