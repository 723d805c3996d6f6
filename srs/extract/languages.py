"""Which language the notes are written in, and the few question shapes worded in each.

Japanese and Chinese are told by their scripts. French, Spanish, Portuguese, German and
Italian (and Turkish and Vietnamese) notes are told by their commonest function words, counted in prose lines (code
and tables say nothing about the writer's language): a word list per language, as a
stop-word list in any text library, and no model to ship.
"""

from __future__ import annotations

import re
from collections import Counter

from srs.extract import rx
from srs.extract.text import NUMBER_WORDS, cjk_share

_KANA = re.compile(r"[\u3040-\u30ff]")
# Function words that are frequent in one language and rare in the others (and in English).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is are with for that this which from be by an".split()),
    "fr": frozenset("le les des est une et pour dans du que qui sur pas au aux avec sont ce cette".split()),
    "es": frozenset("el los las es una y para por con que del se su al lo como más".split()),
    "pt": frozenset("os as uma para com não que do da dos das é em ao na no pelo pela são "
                    "nao sao sem você voce".split()),  # (typed without accents: "Peering e NAO transitivo")
    "de": frozenset("der die das und ist nicht mit für ein eine den dem des auf sich werden wird".split()),
    "it": frozenset("il gli della delle è una per con che non del di nel sono alla".split()),  # ("e" is Portuguese too)
    "tr": frozenset("ve bir bu için ile olarak olan gibi daha çok veya ise ki kadar sonra ama".split()),
    "vi": frozenset("và của là các có được cho trong một những không với này để người khi".split()),
    "pl": frozenset("się jest nie że oraz dla są przez lub jak przy jako może czy który która które tym też".split()),
    "nl": frozenset("het een van dat die voor met niet zijn wordt worden ook naar bij deze kan je".split()),
}
LATIN = ("fr", "es", "pt", "de", "it")
# Languages whose questions srs words itself (reword): the Latin-script ones, and Russian and Korean, told by script
WORDED = (*LATIN, "ru", "ko", "tr", "vi", "pl", "nl")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LETTER = re.compile(r"[^\W\d_]")


def script_language(text: str, share: float) -> str | None:
    """ "ru" or "ko" when Cyrillic or Hangul letters make at least ``share`` of the letters of ``text``, else None."""
    letters = len(_LETTER.findall(text)) or 1
    for lang, script in (("ru", _CYRILLIC), ("ko", _HANGUL)):
        if len(script.findall(text)) >= share * letters:
            return lang
    return None


def detect(source: str) -> str:
    """ "ja", "zh", "ko", "ru", "fr", "es", "pt", "de", "it", "tr", "vi", "pl" or "nl" for notes mostly written in it; "" for English
    (or unsure)."""
    sample = source[:20000]  # the opening of the notes says their language
    prose, fenced = [], False
    for line in sample.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and not line.lstrip().startswith(("|", "    ")):
            prose.append(line.lower())
    said = "\n".join(prose)  # (Chinese notes full of English code and payloads: the prose says Chinese)
    if not sample.isascii() and (cjk_share(sample) >= 0.3 or cjk_share(said) >= 0.3):
        return "ja" if len(_KANA.findall(sample)) * 20 > len(sample) else "zh"
    if not sample.isascii() and (own := script_language(sample, 0.3) or script_language(said, 0.3)):  # (in its prose)
        return own
    words = Counter(_WORD.findall(" ".join(prose)))
    scores = {lang: sum(words[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    total = sum(words.values())
    if best == "en" or total < 40:
        return ""
    clear = scores[best] >= 15 and all(scores[best] >= 3 * n for lang, n in scores.items() if lang != best) \
        or scores[best] >= 30 and scores[best] >= 5 * scores["en"] \
        and all(scores[best] >= 2 * n for lang, n in scores.items() if lang != best)  # notes among pasted command output
    if not clear and (scores[best] < 0.05 * total or scores[best] < 1.5 * scores["en"]):
        return ""  # (terse notes full of English terms: "Filtra por: IP, puerto" has few function words at all)
    return best


# The English question shapes the rules write, and the same questions in each Latin-script language.
_WHAT_IS = re.compile(r"^What (?:is|are) (?:an? |the )?(?P<term>.+?)\?$")
_STANDS_FOR = re.compile(r"^What does (?P<term>.+?) stand for\?$")
_WHEN_TO_USE = re.compile(r"^When to use (?P<term>.+?)\?$")
_WHICH = re.compile(r"^Which (?P<n>two|three|four|five|six|seven|eight|nine|ten) (?P<title>.+?)\?$")
_NUMBER = {w: k for k, w in enumerate(NUMBER_WORDS[:11])}
# verbs that lead into a list ("Permite:", "Verifica:", "Umfasst:"): the list says what, no title names the set
LEAD_VERBS = frozenset(
    "permite permiten verifica verifican incluye incluyen filtra filtran soporta ofrece contiene usa usan utiliza protege "
    "evita detecta requiere inclui incluem contém oferece suporta permitem permet permettent inclut "
    "contient vérifie offre utilise protège permette include protegge ermöglicht enthält "
    "umfasst unterstützt bietet prüft verwendet schützt позволяет включает содержит проверяет поддерживает использует "
    "possui possuem tem têm tiene tienen posee poseen possède possèdent hat haben besitzt ha hanno имеет имеют "
    "has have contains includes consists provides offers supports encrypts protects handles manages creates returns "
    "checks allows enables prevents requires reduces improves increases tracks monitors stores runs exposes".split())
_SHAPES: dict[str, tuple[str, str, str]] = {  # what is · stands for · when to use
    "fr": ("Qu'est-ce que {t} ?", "Que signifie {t} ?", "Quand utiliser {t} ?"),
    "es": ("¿Qué es {t}?", "¿Qué significa {t}?", "¿Cuándo usar {t}?"),
    "pt": ("O que é {t}?", "O que significa {t}?", "Quando usar {t}?"),
    "de": ("Was ist {t}?", "Wofür steht {t}?", "Wann verwendet man {t}?"),
    "it": ("Che cos'è {t}?", "Cosa significa {t}?", "Quando usare {t}?"),
    "ru": ("Что такое {t}?", "Что означает {t}?", "Когда использовать {t}?"),
    "ko": ("{t}{ran}?", "{t}{eun} 무엇의 약자인가?", "{t}{eun} 언제 사용하나?"),
    "tr": ("{t} nedir?", "{t} neyin kısaltmasıdır?", "{t} ne zaman kullanılır?"),
    "vi": ("{t} là gì?", "{t} là viết tắt của gì?", "Khi nào dùng {t}?"),
    "pl": ("Czym jest {t}?", "Co oznacza {t}?", "Kiedy używać {t}?"),
    "nl": ("Wat is {t}?", "Waar staat {t} voor?", "Wanneer gebruik je {t}?"),
}


def _korean_particles(term: str) -> dict[str, str]:
    """이란/란, 은/는 after the term: by its last syllable's final consonant; "(이)란" after Latin letters."""
    last = term.rstrip()[-1:] if term.strip() else ""
    if "\uac00" <= last <= "\ud7a3":
        final = (ord(last) - 0xAC00) % 28 != 0
        return {"ran": "이란" if final else "란", "eun": "은" if final else "는"}
    return {"ran": "(이)란", "eun": "은(는)"}


def reword(front: str, lang: str) -> str | None:
    """An English question shape worded in ``lang`` (a Latin-script language); None when there is no such shape.

    A set is asked in a shape every language reads the same way: "Propriétés BASE (3)?"."""
    shapes = _SHAPES.get(lang)
    if shapes is None:
        return None
    for pattern, shape in ((_WHAT_IS, shapes[0]), (_STANDS_FOR, shapes[1]), (_WHEN_TO_USE, shapes[2])):
        m = pattern.match(front)
        if m:
            term = m.group("term")
            if term.endswith(" used for"):
                return None  # "What is X used for?" is no "What is X?": "¿Qué es X used for?" asks in neither language
            if lang == "fr" and shape.startswith("Qu'est-ce que") and term[:1].lower() in "aeiouéèêh":
                shape = shape.replace("que {t}", "qu'{t}")  # "Qu'est-ce qu'un index ?"
            return shape.format(t=term, **_korean_particles(term))
    m = _WHICH.match(front)
    if m:
        title = m.group("title")
        if title.lower() in LEAD_VERBS:
            return None  # "Permite:" over what it allows: a verb leading into a list, no name of a set
        space = " " if lang == "fr" else ""  # "Propriétés (3) ?", "Свойства (4)?", "특징 (3)?"
        return f"{title[:1].upper()}{title[1:]} ({_NUMBER[m.group('n')]}){space}?"
    return None


# Common characters written one way in Traditional Chinese and another in Simplified, aligned pair by pair
_SIMPLIFIED = "这们个为说会来时与对后间体开关过还发从么网设据资连线统机务点区应现实问题类数读写库"
_TRADITIONAL = "這們個為說會來時與對後間體開關過還發從麼網設據資連線統機務點區應現實問題類數讀寫庫"
# The Chinese words srs writes in its own questions ("什么是…？", "…的全称是什么？"), as Traditional notes write them
_TEMPLATE_WORDS = {"什么": "什麼", "全称": "全稱", "时候": "時候", "用于": "用於", "之后": "之後", "顺序": "順序"}


_ONLY_TRADITIONAL = frozenset(_TRADITIONAL) - frozenset(_SIMPLIFIED)
_ONLY_SIMPLIFIED = frozenset(_SIMPLIFIED) - frozenset(_TRADITIONAL)


def traditional(source: str) -> bool:
    """Chinese notes written in Traditional characters ("這個", "網路"): questions srs words go the same way."""
    sample = source[:20000]
    old = sum(sample.count(c) for c in _ONLY_TRADITIONAL)
    new = sum(sample.count(c) for c in _ONLY_SIMPLIFIED)
    return old >= 10 and old > 3 * new


def in_traditional(question: str) -> str:
    """ "SG的全称是什么？" → "SG的全稱是什麼？": only the words srs's own question shapes add."""
    for simplified, written in _TEMPLATE_WORDS.items():
        question = question.replace(simplified, written)
    return question


def ja_copula_head(text: str) -> str:
    """ "Yの確立方法で、…" → "Yの確立方法": the clause before a copula で、 says what a thing is. After a word in kana
    ("…をすることで、" by doing, "…ため") で is no copula, and the whole text stays."""
    head = text.split("で、", 1)[0]
    if head != text and len(head) >= 6 and rx.search(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9）)]$", head):
        return head
    return text
