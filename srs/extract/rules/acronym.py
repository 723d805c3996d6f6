"""Acronym expansion: ``Infrastructure as Code (IaC)`` or ``RAG (Retrieval-Augmented Generation)``.

The letters of the acronym must match the long form in order, the first at the
start of a word (Schwartz & Hearst's rule). Found anywhere in a line, headings included.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, NoteKind
from srs.extract import rx
from srs.extract.drafts import draft
from srs.extract.model import Unit

RULE = "acronym"
_SHORT_IN_PARENS = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&]{1,7}?)(?P<plural>s)?\)")
# ("CSMA/CA (Carrier Sense … Collision Avoidance)": the slashed name is one acronym, never "CA" alone)
_LONG_IN_PARENS = re.compile(r"(?<![/\w])(?P<short>[A-Z][A-Z0-9&]{1,6}(?:/[A-Z][A-Z0-9&]{0,6})?)(?P<plural>s)?\s+"
                             r"\((?P<long>[^()]{3,80})\)")
_WORD = re.compile(r"[\w'’&/-]+")  # ("Don’t": a typographic apostrophe is inside the word)
_NOT_PLURAL = re.compile(r"(?:ics|ops|series|species|means|news|windows|atlas|kubernetes|sales|yses)$", re.IGNORECASE)


# acronyms every reader of engineering notes already knows: their everyday expansion is no card ("What does OS
# stand for?"); another one is ("RAM" for AWS Resource Access Manager)
_EVERYDAY = frozenset(("operating system", "central processing unit", "graphics processing unit", "random access memory",
                       "read only memory", "personal computer", "universal serial bus", "portable document format",
                       "joint photographic experts group", "portable network graphics", "graphics interchange format",
                       "frequently asked questions", "object oriented programming", "information technology",
                       "user interface", "artificial intelligence", "machine learning"))


def scan(u: Unit, text: str | None = None) -> list[NoteDraft]:
    text = u.plain if text is None else text
    if "(" not in text:
        return []
    notes: list[NoteDraft] = []
    for short, long in _pairs(text):
        if rx.sub(r"[\s-]+", " ", long.lower()) in _EVERYDAY:
            continue
        if rx.search(rf"\b{re.escape(short)}\b", long):
            continue  # "`RDBMS:` A relational database (RDBMS)" → "RDBMS A relational database": no expansion
        if half_spelled(short, long):
            continue
        notes.append(draft(u, NoteKind.ACRONYM, RULE, f"What does {short} stand for?", long))
    return notes


def _one_of(short: str, long: str, plural: bool) -> str:
    """What one of the acronym stands for: the singular when the notes wrote many ("ACLs") or in lower case."""
    return _singular(short, long) if plural or long.islower() else long


def _singular(short: str, long: str) -> str:
    """The long form of one, when the notes wrote many: "access control lists (ACLs)", "advanced persistent threats
    (APT)" → "… list", "… threat". A name keeps its plural: one that ends in S ("Amazon Web Services (AWS)"), "Request
    for Comments", and one in capitals for a singular acronym ("Azure Container Instances (ACI)")."""
    words = long.split()
    last = words[-1] if words else ""
    if short[-1:] in "Ss" or not rx.fullmatch(r"[A-Za-z]{3,}[^sui]s", last) or _NOT_PLURAL.search(last) \
            or any(w.lower() in _LINKING | {"between", "among", "per"} for w in words[1:-1]) \
            or sum(bool(rx.search(r"[^su]s$", w.lower())) for w in words) >= 2:  # "redes neurais recorrentes (RNNs)"
        return long
    stem = last[:-3] + "y" if last.endswith("ies") else last[:-2] if rx.search(r"(?:ch|sh|ss|x)es$", last) else last[:-1]
    return long[: len(long) - len(last)] + stem


_KEYS = frozenset("CTRL CTL ALT ESC DEL INS TAB CMD FN SHIFT ENTER HOME END PGUP PGDN META SUPER WIN OPT".split())


def spelled_out(short: str, body: str) -> bool:
    """ "DSA" / "Digital Signature Algorithm": the whole body is the acronym's long form, word by word."""
    if short.upper() in _KEYS:
        return False  # "CTRL-U : cut to start of line": a key on the keyboard, not an acronym
    words = _WORD.findall(body)
    return 2 <= len(words) <= len(short) + 3 and _match(short, words, whole=True) == " ".join(words)


def given_away(long: str, shown: str) -> bool:
    """ "Digital Signature Algorithm" under "… Using Digital Signatures": the context line spells most of it."""
    said = [w.lower()[:5] for w in _WORD.findall(long) if w.lower() not in _LINKING]
    seen = {w.lower()[:5] for w in _WORD.findall(shown)}
    return len(said) >= 2 and sum(w in seen for w in said) * 3 >= len(said) * 2


def half_spelled(short: str, long: str) -> bool:
    """ "EBGP (external BGP)", "VLAN (Virtual LANs)", "DDoS (Distributed DoS)": the long form keeps most of the
    acronym, so the front shows it."""
    return any(len(inner) * 2 >= len(short) and inner.lower() in short.lower() and inner.lower() != short.lower()
               for inner in rx.findall(r"\b([A-Z][A-Za-z]*[A-Z][a-z]?)(?<!s)s?\b", long))


def _pairs(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for m in _SHORT_IN_PARENS.finditer(text):
        short = m.group("short")
        if sum(c.isupper() for c in short) < 2:
            continue
        # "Destination NAT (PAT) (DNAT)": an aside before the acronym is not part of its expansion
        # the expansion never runs back past a sentence's end; ten words are in the 300 characters before (reading
        # the whole line again for each acronym took time quadratic in its length)
        head = rx.split(r"(?<=[.!?;])\s+|。", text[max(0, m.start() - 300):m.start()])[-1]
        head = rx.sub(r"(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?=[A-Za-z])", " ", head)  # "クラッシュしたJava": two words
        before = _WORD.findall(rx.sub(r"\([^()]*\)", " ", head))[-(len(short) + 3):]
        long = _match(short, before)
        if long and long.split()[0] in _LINKING:
            continue  # "… a record in the DynamoDB table (IDs)": a lowercase "in" spells no letter of a name
        long = rx.sub(r"^[A-Z][A-Z0-9&]{1,7}/(?=[A-Z][a-z])", "", long or "")  # "MDM/Unified Endpoint Management
        # (UEM)": the other name before the slash is no part of what UEM stands for
        if long:  # "access control lists (ACLs)": what one ACL stands for
            found.append((short, _one_of(short, long, bool(m.group("plural")))))
    for m in _LONG_IN_PARENS.finditer(text):
        short, words = m.group("short"), _WORD.findall(m.group("long"))
        long = (_match(short, words[:len(short) + 3], whole=True) or "").rstrip("-")  # "(Least Recently Used- 마지막 …)"
        if long:
            found.append((short, _one_of(short, long, bool(m.group("plural")))))
    return found


_LINKING = {"of", "and", "the", "for", "as", "in", "to", "a", "an", "on", "with", "by", "&"}


def _initials(short: str, words: list[str], whole: bool) -> str | None:
    """The words (ending the run, or all of it when ``whole``) whose initials spell the acronym.

    Tried before Schwartz–Hearst, which also matches letters inside words:
    "Serializable Snapshot Isolation (SSI)" must not become "Snapshot Isolation".
    """
    letters = [c for c in short.lower() if c.isalnum()]
    parts: list[tuple[int, str]] = []  # (word index, part) for each piece of a hyphenated or slashed word
    for i, word in enumerate(words):
        parts += [(i, piece) for piece in rx.split(r"[/-]", word) if piece]
    spans = [len(parts)] if not whole else range(len(parts), 0, -1)
    # Linking words are skipped first ("Authentication, Authorization, and Accounting (AAA)" must not spell its
    # last A with "and"), and used as letters only when nothing else spells it ("Software as a Service (SaaS)").
    for linking_letters in (False, True):
        for end in spans:
            k, j = len(letters) - 1, end - 1
            while k >= 0 and j >= 0:
                piece = parts[j][1]
                if piece.lower() in _LINKING and not linking_letters:
                    j -= 1
                    continue
                if piece[0].lower() == letters[k]:
                    k -= 1
                elif piece.lower() not in _LINKING:
                    break
                j -= 1
            if k < 0:
                first, last = parts[j + 1][0], parts[end - 1][0]
                while last > first and words[last].lower() in _LINKING:  # "Attestation Key in TPM 2.0": not "… in"
                    last -= 1
                if whole and (first != 0 or last + 1 < len(words) and words[last + 1].lower() in _LINKS):
                    return None  # ("SGDB (Sistema de Gestión de Bases de Datos)": the name goes on past the letters)
                return " ".join(words[first:last + 1])
    return None


def _match(short: str, words: list[str], whole: bool = False) -> str | None:
    """Whole-word initials first; else Schwartz–Hearst: letters right to left, the first starting a word."""
    if not words:
        return None
    by_initials = _initials(short, words, whole)
    if by_initials and len(by_initials.split()) >= 2:
        return by_initials
    if not whole and len(words) >= 3 and (words[-1].islower() or words[-1].isupper() and len(words[-1]) >= 2) \
            and (named := _initials(short, words[:-1], False)) and len(named.split()) >= 2:
        return named  # "Power over Ethernet LED (PoE)": the LED of PoE, the letters end a word before the name does
    text = " ".join(words)
    s, t = len(short) - 1, len(text) - 1
    letters = short.lower()
    last_match = -1
    while s >= 0:
        c = letters[s]
        if not c.isalnum():
            s -= 1
            continue
        while t >= 0 and (text[t].lower() != c or (s == 0 and t > 0 and text[t - 1].isalnum())):
            t -= 1
        if t < 0:
            return None
        if last_match < 0:
            last_match = t
        s -= 1
        t -= 1
    start = text.rfind(" ", 0, t + 1) + 1
    end = text.find(" ", last_match)  # "Last in, first out data structure (LIFO)": the letters end at "out"
    long = text[start:end if end > 0 else len(text)].strip(" ,;:-")
    rest = text[end:].split() if end > 0 else []
    if whole and (start != 0 or long.split()[-1][:1].lower() != letters[-1] or rest and rest[0].lower() in _LINKS):
        return None  # "FIFO (First in first out data structure)": the long form ends where the letters end
    if not whole and rest and all(w[:1].isupper() for w in rest):
        return None  # "Right Left Rotation (RL)": the letters end at "Left", the name at "Rotation"
    n = len(long.split())
    if n < 2 or n > len(short) + 2 or long.lower() == short.lower():
        return None
    parts = [w for w in rx.split(r"[\s/-]+", long) if w]
    verb_like = [w for w in parts[1:-1] if w.islower() and w not in _LINKS and w[0] not in letters]
    last_inside = last_match > 0 and text[last_match - 1].isalnum() and not text[last_match].isupper()
    if verb_like and last_inside:
        return None  # "Proces uzyskuje identyfikator (PID)": a lower-case word the letters skip, a D inside a word
    initials = _in_order("".join(w[0].lower() for w in parts), "".join(c for c in letters if c.isalnum()))
    capitals = [w for w in rx.split(r"[\s/-]+", long) if w]
    spelled = "".join(w[0] for w in capitals)
    off = [k for k, (a, b) in enumerate(zip(spelled, short, strict=False)) if a != b
           and not (b == "X" and capitals[k].lower().startswith(("ex", "x")))]
    if short.isupper() and len(capitals) == len(short) and (all(w[0].isupper() for w in capitals) or "-" in long) \
            and len([k for k in off if spelled[k].upper() != short[k]]) == 1:  # ("Solid-state Drive (SDD)": S-S-D)
        return None  # "Pod Security Standards (PSA)", "Write Capacity Units (WRU)": one initial is another letter (not an
        # ex- word's X: "Intent Exclusive (IX)")
    last_word = long.split()[-1].lower()
    if last_inside and short.isupper() and initials < len(letters) and letters[-1] in "aeiou" \
            and not last_word.startswith(letters[-1]):  # (a compound's part starts with a consonant: "gateWay", "dataBase")
        return None  # "Container Runtime (CRI)": the I found inside "Runtime", so a word ("Interface") is missing
    if last_inside and end > 0 and initials < len(letters):
        return None  # "DDoS response team (DRP)": the P found inside "response", and "team" left between it and the letters
    before = text[:start].split()[-1:] if start > 0 else []
    if before and before[0][:1].isupper() and before[0][0].lower() in letters and initials < len(letters):
        return None  # "Acesso Direto a Memória (DMA)": the letters follow another language's word order, so the
        # long form found ("Direto a Memória") leaves out a word ("Acesso") the name needs
    if rx.search(r"\s/|/\s", long):
        return None  # "DNS over HTTPS /TLS (DoT)": two long forms, the letters skipping one of the alternatives
    return long if initials * 2 >= len(letters) else None


def _in_order(heads: str, letters: str) -> int:
    """How many of the acronym's letters the words' initials give in their order (a longest common subsequence):
    "request-response architecture" gives REST one (the R), so the other letters come from inside words."""
    row = [0] * (len(letters) + 1)
    for h in heads:
        prev = 0
        for k, c in enumerate(letters, 1):
            prev, row[k] = row[k], prev + 1 if h == c else max(row[k], row[k - 1])
    return row[-1]


_LINKS = frozenset("of and the to for a an in on at by with de du des la le der die das und von y e et di da do del".split())
