"""A back that only says the front again: "What is Source port?" → "The port of the source",
"`DenyAllInbound`: Access?" → "Deny". Whoever reads the front knows the back; the card teaches nothing."""

from __future__ import annotations

import os
import re
from dataclasses import replace

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.words import asked_term, in_order
from srs.extract.model import Doc, Unit
from srs.extract.text import sentences, word_count

_RULES = frozenset({"labelled-fact", "definition", "table", "purpose", "naming"})
_ASKED = re.compile(r"^(?:what (?:is|are|does)|who is|qu(?:é|e) (?:es|son)|o que (?:é|são)|was (?:ist|sind)|"
                    r"qu'est-ce que|che cos'è)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
_CHOICE = re.compile(r"\b(?:vs\.?|versus|or|which|oder|ou|o)\b|/", re.IGNORECASE)  # "TCP or UDP: ordered?" → "TCP"
_SMALL = frozenset("the and for with that this these those are was were its their from into per each which what when "
                   "where how has have had can will been being used use uses one all also only its not but than then "
                   "there here some any a an of to in on at by is be or as it "
                   # the same small words in the Latin-script languages notes come in ("`S` (store)" → "di store")
                   "di da del della dei il lo la le gli un una uno de des du les et est el los las es y en que em do "
                   "dos das no na um uma der die das und ist ein eine zu mit von".split())
# a label that asks for the problem a section is about ("The mistake", "问题"): the section's heading often names it
_PROBLEM = re.compile(r"(?:the\s+)?(?:mistake|problem|issue|anti-?pattern|pitfall|symptom|error|trap|gotcha)|problema|problème|"
                      r"fehler|ошибка|проблема|问题|問題|错误|誤り|문제", re.IGNORECASE)
MAX_WORDS = 8  # a back longer than this says more than the front, whatever its words


def identifier_words(text: str) -> list[str]:
    """Words, with identifiers split: "DenyAllInbound" → deny, all, inbound; "max_retries" → max, retries."""
    text = rx.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    return [w.lower() for w in rx.findall(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*", text)]


def _stem(word: str) -> str:
    for end in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "e"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: len(word) - len(end)][:5]
    return word[:5]


def restated(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """Every word the back says stands in the front already (words of an identifier count)."""
    if note.rule not in _RULES or note.template == Template.CLOZE or note.reverse:
        return None
    front, back = note.front.strip(), note.back.strip()
    label = front.rstrip("?？ ").rsplit(": ", 1)[-1]
    if note.rule == "labelled-fact" and rx.fullmatch(r"[A-Z][a-z]{5,}", label) and len(back.split()) <= 12 and rx.match(
            r"(?:enables?|allows?|provides?|helps?|lets?|makes?|ensures?|supports?)\b", back, re.IGNORECASE) \
            and label.lower()[:4] in {w[:4] for w in identifier_words(back)[1:]}:
        return Finding("trivial", f"the back only says what '{label}' names ('Scalability?' → 'enables scaling')")
    asked = ((asked_term(note) if note.rule == "definition" else None) or rx.split(r": | — ", front.rstrip("?？ "))[-1]).strip("` ")
    if note.rule == "labelled-fact" and len(back.split()) <= 8 and _spelled_by(asked, back):
        return Finding("trivial", f"the answer spells out the name '{asked}' ('cpuinfo' → 'CPU information')")
    spelled = rx.fullmatch(r"([A-Za-z_][\w.]*)\(\)|([A-Za-z][a-z]{5,}|[a-z]+(?:[_.-][a-z]+)+)", asked)  # "max()", "Entrylen"
    if note.rule in ("labelled-fact", "definition") and spelled and _spelled_by_heads(spelled.group(1) or spelled.group(2),
                                                                      sentences(back)[0] if back else "", not spelled.group(1)):
        return Finding("trivial", f"the answer says what '{asked}' is named for ('max()' → 'returns the maximum value')")
    if note.rule == "labelled-fact" and _ROLE.fullmatch((u.label or "").strip(" *_:：")) and u.path \
            and len(back.split()) <= 8 and (_heading_says(u.path[-1], back) or _spells(u.path[-1], back)):
        return Finding("trivial", f"'{label}' is what the heading's name says ('Cloud CDN — purpose?' → 'Content "
                                  "delivery network')")
    if note.rule == "labelled-fact" and _PROBLEM.fullmatch((u.label or "").strip(" *_:：")) and u.path and _heading_says(u.path[-1], back):
        return Finding("trivial", f"'{label}' asks for what the heading over it names ('The mistake?' under 'Single "
                                  "Registry Cluster for All Environments')")
    term = rx.sub(r"^(?:what (?:is|are)\s+(?:an?\s+|the\s+)?)", "", label, flags=re.IGNORECASE).strip(" *_`")
    if note.rule == "definition" and rx.fullmatch(r"[A-Za-z]{6,}", term) and len(back.split()) <= 8 \
            and _compound_said(term, back):
        return Finding("trivial", f"the back spells out the parts of '{term}' ('Subnet?' → 'a sub-section of a network')")
    if note.rule == "definition" and rx.fullmatch(r"[A-Za-z][a-z]{5,}", term) and len(back.split()) <= 12 and any(
            len(os.path.commonprefix([term.lower(), w])) >= max(6, 0.55 * len(term)) for w in rx.findall(r"[a-z]+", back.lower())):
        return Finding("trivial", f"the back says '{term}' again in another form ('Availability?' → 'the app is available …')")
    bare = rx.sub(r"^(?:the|an?)\s+", "", back, flags=re.IGNORECASE)
    if note.rule == "definition" and len(term.split()) >= 2 and len(bare.split()) <= 6 and bare.isascii() \
            and not rx.search(r"[\d`(]", bare) and bare.split()[0].lower().strip(",.") == term.split()[0].lower() \
            and bare != back:  # ("Polynomial time?" → "Polynomial in input size": no article, a statement of its own)
        return Finding("trivial", f"the back says '{term}' again with its head word spelled out ('Minimum capacity?' → "
                                  "'The minimum number of instances')")
    if note.rule == "definition" and len(bare.split()) <= 4 and _spells(term, rx.sub(r"-", " ", bare)):
        return Finding("trivial", f"the back only spells out the letters of '{term}' ('Docker CLI?' → 'the command-line "
                                  "client')")
    asked_part = rx.split(r" — |: ", label)[-1]
    stems = {w.lower()[:5] for w in rx.findall(r"[A-Za-z]{5,}", asked_part)}
    opener = rx.sub(r"^(?:will|can|it|this)\s+", "", back, flags=re.IGNORECASE).split(" ", 1)[0].lower()
    if note.rule == "table" and " — " in front:  # "POST — description?" → "Posts data to the server": the row's key
        key = front.split(" — ", 1)[0].strip(" `*").lower()
        if rx.fullmatch(r"[a-z]{3,}", key) and opener in (key, f"{key}s", f"{key}es", f"{key}d", f"{key}ed") \
                and len(back.split()) <= 10 and not rx.search(r"[`\d(]", back):
            return Finding("trivial", f"the back opens by doing what the row's key names ('{front.split(' — ')[0]}')",
                           suggest=True)
    if note.rule == "labelled-fact" and len(back.split()) <= 8 and len(opener) >= 5 and opener[:5] in stems \
            and not rx.search(r"[`\d(]", back) and not rx.search(r"[a-z][A-Z]|[_`]", asked_part):  # ("emptyDir": a name)
        return Finding("trivial", f"the back opens by doing what '{label}' names ('Load balancing?' → 'Balances traffic "
                                  "to instances')", suggest=True)
    short = label.strip(" *_`").lower()
    if note.rule == "labelled-fact" and rx.fullmatch(r"[a-z]{3,5}", short) and len(back.split()) <= 8 and "`" not in back \
            and any(w.startswith(short) and len(w) >= len(short) + 3 for w in rx.findall(r"[a-z]+", back.lower())[:4]):
        return Finding("trivial", f"the back spells out the short name '{short}' ('abs' → 'converts to absolute values')")
    agent = rx.search(r"([A-Za-z]{3,})(?:or|er)$", label)
    first = back.split()[0].lower() if back.split() else ""
    if note.rule == "labelled-fact" and agent and len(back.split()) <= 6 and first.endswith("s") \
            and not rx.search(r"[(`\d]", back) \
            and first.startswith(agent.group(1).lower()):
        return Finding("trivial", f"the back only does what '{label}' names ('Storage Object Creator?' → 'Creates "
                                  "objects in a bucket')")
    label_words = [w.lower()[:5] for w in rx.findall(r"[A-Za-z]{3,}", label) if w.lower() not in _SMALL]
    back_words = rx.findall(r"[a-z]{3,}", back.lower())
    if note.rule == "labelled-fact" and len(label_words) >= 2 and not rx.search(r"[`_<]", label + back) and back.isascii() \
            and not rx.match(rf"(?:the |an? )?{re.escape(label.lower())}\b", back.lower()) \
            and all(any(b.startswith(w) for b in back_words) for w in label_words):
        return Finding("trivial", f"the back says '{label}' again in a sentence ('Microservices communication?' → "
                                  "'Kafka can be used for communication between microservices …'; graded 15 of 40 good)")
    if note.rule == "table" and " — " in front:
        key = front.split(" — ", 1)[0].strip(" `*").lower()
        if len(key.split()) >= 2 and back.lower().startswith(key + " ") and len(back.split()) - len(key.split()) <= 6:
            return Finding("trivial", f"the back starts by saying its row's name again ('{key}'), then only adds where "
                                      "('Second-to-last address in the primary IP range')")
    if note.rule == "table" and " — " in front and rx.fullmatch(r"[A-Z]{2,6}", back) \
            and "".join(w[0] for w in rx.findall(r"[A-Za-z]+", front.split(" — ", 1)[0])).upper() == back:
        return Finding("trivial", "the back is the initials of the row's name ('Memory Address Register — short?' → 'MAR')")
    key = front.split(" — ", 1)[0].strip(" `*") if note.rule == "table" and " — " in front else ""
    spelt = rx.sub(r"[(（][^)）]*[)）]", "", back).lower()  # "Canonical name (alias)": the name before its gloss
    if rx.fullmatch(r"[A-Z]{2,6}", key) and not rx.search(r"stand|full|name|expan|meaning|acronym|abbrev", front.split(" — ", 1)[-1], re.I) \
            and 1 <= len(spelt.split()) <= 3 and spelt.isascii() and spelt[:1] == key[0].lower() \
            and in_order(key.lower(), rx.sub(r"[^a-z]", "", spelt)):
        return Finding("trivial", f"the back only spells out '{key}' ('SOA — purpose?' → 'Start of Authority')")
    if note.rule == "table" and " — " in front and _key_counts(front.split(" — ", 1)[0], back):
        return Finding("trivial", "the row's key holds the back's number ('SHA-256 — output size?' → '256-bit')")
    if note.rule == "table" and " — " in front and (wild := rx.fullmatch(r"(\d)(?:\*\*|xx|XX)", front.split(" — ", 1)[0])) \
            and rx.fullmatch(rf"{wild.group(1)}00\s*(?:[-~–～]|to|à|a|bis|до)\s*{wild.group(1)}99", back.strip()):
        return Finding("trivial", "the row's key is the range it answers ('3xx — range?' → '300-399')")
    if note.rule == "table" and " — " in front and _key_spells(front.split(" — ", 1)[0], back):
        return Finding("trivial", "the row's key spells the back ('SIGCONT — origin?' → 'Continue')")
    gloss = back.rstrip(". ")
    if note.rule == "labelled-fact" and _latin(gloss) and len(gloss.split()) <= 4 and not rx.search(r"[\d`(/]|\s[A-Z]", gloss) \
            and not rx.search(r"[`$]|\b[A-Z]{2,}\b", asked_part) \
            and {_stem(w) for w in identifier_words(asked_part) if len(w) >= 4 and w not in _SMALL} & {_stem(w) for w in identifier_words(gloss)}:
        return Finding("trivial", f"a gloss of a few words that says '{asked_part}' again ('Lock leaks?' → 'Check for "
                                  "leaks'; 7 of 24 graded good); a name or code in it says more", suggest=True)
    named = _named_by_identifier(note, front, back)
    if named:
        return Finding("trivial", f"the back says what the name '{named}' spells ('mysqlserverclone' → 'Clone a MySQL "
                                  "server instance')")
    if not back.isascii() or not front.replace(" — ", " ").isascii() or len(back.split()) > MAX_WORDS or _CHOICE.search(front):
        return None
    said = [w for w in identifier_words(back) if w not in _SMALL]
    if not said or " — " in front and (set(rx.findall(r"\d+", back)) - set(rx.findall(r"\d+", front)) or rx.search(
            r"\b(?:any|all|none|no|not|only|per|never|always)\b", back, re.IGNORECASE)):
        return None  # "Distance Vector — max hops?" → "15 hops", "Incineration — media type?" → "Any media": the value
    shown = {_stem(w) for w in identifier_words(_ASKED.sub("", front))}
    if all(_stem(w) in shown for w in said):
        return Finding("trivial", "the back only says the front again ('Source port?' → 'the port of the source')")
    return None


def _latin(text: str) -> bool:
    """Latin letters only ("Sistemas de iluminación perimetral" too): words split where the notes' words split."""
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


def _key_counts(key: str, back: str) -> bool:
    """A short back whose every number stands in the row's key: "SHA-256" → "256-bit", "P-384" → "384 bits"."""
    numbers = rx.findall(r"(?<![\w.+-])\d+(?:\.\d+)?", back)  # a number of its own ("256-bit"), not "G1" in "UseG1GC"
    named = rx.findall(r"(?<=[A-Za-z-])\d+(?:\.\d+)?", key)  # a number inside the name: "SHA-256", "P-384", "AES256"
    return bool(numbers) and len(back.split()) <= 3 and set(numbers) <= set(named)


def _key_spells(key: str, back: str) -> bool:
    """Each word of a one- or two-word back opens with four letters the row's key holds ("SIGCONT", "Continue")."""
    words = rx.findall(r"[A-Za-z]+", back)
    if not 1 <= len(words) <= 2 or not back.isascii() or rx.search(r"\d", back):
        return False
    squashed = rx.sub(r"[^a-z]", "", key.lower())
    return all(len(w) >= 4 and w[:4].lower() in squashed for w in words)


_CODE_KEY = re.compile(r"`[^`]+`|-{0,2}[\w.=/-]*[a-z][\w.=/-]*")


def _named_by_identifier(note: NoteDraft, front: str, back: str) -> str | None:
    """A table row or a label keyed by a command, a flag or a setting whose name holds most of the back's words:
    "`mysqlserverinfo` — use?" → "Display detailed MySQL server information". None: the back says more."""
    used = rx.fullmatch(r"What (?:is|are) `?([A-Za-z][\w.-]*[a-z][A-Z-][\w.-]*)`?(?: command| cmdlet)? used for\?", front)
    field = rx.fullmatch(r"What (?:is|are) ([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)\?", front) if note.rule == "definition" else None
    used = used or field  # ("What is srcport?" → "The source port of the traffic": a field's name, spelled out)
    if note.rule not in ("table", "labelled-fact") and not (note.rule == "purpose" and used) and not field:
        return None  # ("What is Update-AzManagementGroup used for?" → "To update the management group parameters")
    key = front.split(" — ", 1)[0] if note.rule == "table" else front.rstrip("?？ ").rsplit(": ", 1)[-1]
    key = used.group(1) if used else key.strip()
    # "SwapTotal" → "Total swap space available" (not "ServiceAccount" → "`service-account-token`", a value)
    camel = rx.fullmatch(r"[A-Za-z][a-z]+(?:[A-Z][a-z]+)+", key) and "`" not in back  # ("customAlias" → "Optional custom alias")
    if not used and not camel and (not _CODE_KEY.fullmatch(key) or not (key.startswith(("`", "-")) or rx.search(
            r"[a-z][._=-]?[a-z]", key) and (" " not in key and (key.islower() or rx.search(r"[_.=]", key))))):
        return None
    if not back.isascii() or rx.search(r"\d|:\s", back):
        return None  # "Log format: JSON, XML", "defaulted to 100,000": values the name does not give
    said = [w.lower() for w in rx.findall(r"[A-Za-z][A-Za-z0-9]*", back) if w.lower() not in _SMALL]  # "MySQL" whole
    if not 2 <= len(said) <= 6:
        return None
    letters = rx.sub(r"[^a-z0-9]", "", key.lower())
    pieces = set(identifier_words(key))
    hits = sum(1 for w in said if w in pieces or len(w) >= 4 and w[:4] in letters or field and _abbreviated(w, letters))
    return key if hits >= 2 and hits * 2 >= len(said) else None


def _abbreviated(word: str, letters: str) -> bool:
    """ "src" in "srcport" abbreviates "source": three letters or more of the name, from the word's first, in its order."""
    for i in (k for k, c in enumerate(letters) if c == word[0]):
        chunk, rest = letters[i:i + 3], iter(word)
        if len(chunk) == 3 and all(c in rest for c in chunk):
            return True
    return False


_ROLE = re.compile(r"(?:the\s+)?(?:purpose|goal|role|function|description|definition|what it is|what it does|use)",
                   re.IGNORECASE)


def _spells(heading: str, back: str) -> bool:
    """ "Cloud CDN" and "Content delivery network": an acronym of the heading, its letters the back's initials."""
    initials = "".join(w[0] for w in rx.findall(r"[A-Za-z][\w-]*", back) if w.lower() not in _SMALL).upper()
    return any(len(a) >= 2 and initials.startswith(a) for a in rx.findall(r"\b[A-Z]{2,6}\b", heading))


def _compound_said(term: str, back: str) -> bool:
    """ "Subnet" and "a sub-section of a network": both halves of a compound word start words of the back."""
    said = rx.findall(r"[a-z]+", back.lower())
    word = term.lower()
    return any(len(word[:k]) >= 3 and len(word[k:]) >= 3 and any(w.startswith(word[:k]) for w in said)
               and any(w.startswith(word[k:]) and not w.startswith(word) for w in said) for k in range(3, len(word) - 2))


def _heading_says(heading: str, back: str) -> bool:
    """Two of the back's words (or, in Chinese and Japanese, two pairs of its characters) stand in the heading."""
    shown = {_stem(w) for w in identifier_words(heading) if w not in _SMALL}
    said = {_stem(w) for w in identifier_words(back) if w not in _SMALL}
    pairs = {back[k:k + 2] for k in range(len(back) - 1) if rx.fullmatch(r"[\u3040-\u30ff\u4e00-\u9fff]{2}", back[k:k + 2])}
    return len(shown & said) >= 2 or sum(1 for p in pairs - {"问题", "問題", "错误"} if p in heading) >= 2


_PLACEHOLDER = re.compile(r"<[^<>]*>|\{[^{}]*\}|\$\{?\w+\}?")
_NO_WORD = frozenset({"sudo", "-y", "--yes", "\\"})  # what every such line adds, known without the notes


def spelled_command(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "`kubectl` command to uncordon the node?" → `kubectl uncordon <node-name>`: every word of the command stands in
    the front already (placeholders, `sudo` and `-y` aside), so the card asks what it says."""
    if note.rule != "command":
        return None
    code = rx.sub(r"^```\w*\n|\n?```$", "", note.back.strip()).strip("` \n")
    words = []
    for token in code.split():
        token = _PLACEHOLDER.sub("", token).rstrip("=:").lower()
        if token and token not in _NO_WORD:
            words.append(token)
    shown = {w.lower() for w in rx.findall(r"[\w.-]+", note.front)}
    if words and all(w in shown or w.rstrip("s") in shown or f"{w}s" in shown for w in words):
        return Finding("trivial", f"every word of '{code}' stands in the front already")
    return None


def _spelled_by(name: str, back: str) -> bool:
    """ "/proc/cpuinfo" by "Displays CPU information", "insertedIds" by "… _id values of inserted documents": a name
    written as code, each of its parts a word of the back."""
    own = rx.sub(r"^[a-z]{2,8}\.(?=[A-Z])", "", name)  # "io.ByteWriter": the package's name says nothing of the type
    letters = rx.sub(r"[^a-z0-9]", "", own.lower())
    if not rx.fullmatch(r"/?[A-Za-z][\w./-]*", name) or len(letters) < 5 or not back.isascii() or name.lower() in back.lower():
        return False
    covered = [False] * len(letters)
    for word in rx.findall(r"[a-z0-9]{2,}", back.lower()):  # whole words ("inserted", "id"), or one without its
        for part in (word, word[:-1] if len(word) > 3 and word.endswith("s") else ""):  # plural "s" ("values")
            at = letters.find(part) if part else -1
            if at >= 0:
                covered[at:at + len(part)] = [True] * len(part)
                break
    return sum(covered) >= 0.85 * len(letters)


def _spelled_by_heads(name: str, said: str, compound: bool = False) -> bool:
    """ "max" by "It returns the maximum value …", "abspath" by "… the absolute path of …": nearly every letter of a
    function's name starts a word of the first sentence of its gloss ("lookup" by "gives the value of the key" does not).
    With ``compound``, a word named by two or more words and not said itself ("Entrylen" by "the length of the current
    entry"; not "Pointers" by "Pointers are variables …")."""
    letters = rx.sub(r"[^a-z0-9]", "", name.lower())
    if len(letters) < 3 or not said.isascii() or word_count(said) > 14:
        return False
    if compound and rx.search(rf"\b{re.escape(letters.rstrip('s'))}", rx.sub(r"[^a-z0-9 ]", "", said.lower())):
        return False
    covered, used = [False] * len(letters), 0
    for k, word in enumerate(rx.findall(r"[A-Za-z0-9]{3,}", said)):
        if compound and k and word[:1].isupper():
            continue  # "Redlock" by "Locks across Redis nodes": a name in the gloss says more than the label
        word = word.lower()
        for size in range(len(word), 2, -1):  # the longest head of the word found in the name ("maximum" → "max")
            at = letters.find(word[:size])
            if at >= 0:
                covered[at:at + size], used = [True] * size, used + 1
                break
    return sum(covered) >= 0.85 * len(letters) and (not compound or used >= 2)


def doubled_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Memcached: Memcached?": the bold line over one bullet named twice, once as its title and once as its label."""
    twice = rx.fullmatch(r"(?P<name>.+?)(?::| —) (?P=name)(?P<mark>[?？])", note.front.strip(), re.IGNORECASE)
    if note.rule != "labelled-fact" or twice is None:
        return None
    return Finding("doubled-label", f"'{twice.group('name')}' stood twice in the front",
                   repaired=replace(note, front=f"{twice.group('name')}{twice.group('mark')}"))
