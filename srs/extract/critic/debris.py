"""Markup a learner should not see on a card: HTML, shortcodes, LaTeX, table pipes, images, '??', list
markers and emphasis left open. Tags and shortcodes are removed (the card repaired); the rest drops the card."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.cloze import strip_cloze
from srs.core.notes import NoteDraft, NoteKind, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.html_text import HTML_TAG, SHORTCODE
from srs.extract.languages import LEAD_VERBS
from srs.extract.model import Doc, Unit
from srs.extract.text import EMOJI

_LATEX = re.compile(r"\$\$|\\\(|\\\[|\\(?:frac|mathrm|mathbf|text|sum|cdot|times|leq?|geq?|left|right|sqrt|alpha|"
                    r"beta|lambda|mu|sigma|infty|log|approx)\b|\$[^$\s]?[^$]*\\[a-z]+[^$]*\$")
_PIPES = re.compile(r"(?:^|[^\\`])\|.*\|")
_ANCHOR_LINK = re.compile(r"\[([^\]]+)\]\(#[^)]*\)")
_IMAGE = re.compile(r"!\[[^\]]*\]\(")
# any character a debris pattern below starts with (a fast pass over clean cards)
_SUSPECT = re.compile(r"[<$\\|&]|\?\?|!\[|\]\(#|:[a-z0-9_+-]+:|[（(]\s*(?:参考|出典|来源|出处|source|ref|link|here|detail|see)|"
                      r"[:：]\s*$", re.IGNORECASE)
_NAV_PARENS = re.compile(r"\s*[（(]\s*(?:参考|出典|来源|出处|source|ref|reference|link|here|details|see here)\s*[)）]+",
                         re.IGNORECASE)


_STUDY_MARK = re.compile(r"\s*[（(【\[]\s*(?:重点(?:关注|掌握|理解)?|重要|必考|必背|常考|高频|掌握|考点|必須|頻出|중요|"
                         r"important!*|must know|exam!*|memori[sz]e|"  # "(will be covered in 4th chapter)": the course's plan
                         r"(?:which is |will be |to be |is )?(?:covered|discussed|explained)\b[^()]{0,40}|more on (?:this|that|it) later|"
                         r"(?:see|cf\.?)\s+(?:chapter|lecture|section|ch\.)\s*\w+)\s*[)）】\]]\s*$", re.IGNORECASE)
_CODE_STATEMENT = re.compile(r"\\?\*?[A-Za-z_][\w.>-]*\s*=\s*[A-Za-z_][\w.]*\([^()]*\)\s*;")  # "*vaddr = f(index);" outside code marks
_AUTHOR_REMARK = re.compile(r"(?:^|\s)//\s.*$")  # "MEM SWAP // rajouter les infos manquante": a note to self, not code
_ADDRESS_PARENS = re.compile(r"\s*[(（]\s*(?:see\s+)?(?:https?://|www\.)[^\s()（）]+\s*[)）]")
_ASIDE_QUESTION = re.compile(r"\s*[(（][^()（）]{3,}[?？][)）]")


def debris(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """Markup a learner should not see: tags and shortcodes are removed; LaTeX, pipes, images or '??' drop the card.
    Emoji are decoration ("🔁 Automatisation — description?", "2013: 📦 2 trillion objects", a back "🚀 S3 launched."):
    taken out first, and the rest is checked on the card without them."""
    if rx.search(r"#\+(?:begin|end)_[a-z]+", note.front + note.back, re.IGNORECASE):  # (Logseq, Org mode)
        return Finding("markup-debris", "an Org-mode block marker ('#+BEGIN_QUOTE') on the card")
    if note.template == Template.BASIC and rx.search(r"https?://|\bwww\.", note.front):
        return Finding("markup-debris", "a web address in the question ('… account in https://…')")
    if note.template == Template.BASIC and rx.match(r"\s*(?:https?://|www\.)", note.back):
        return Finding("navigation", "the answer is a web address ('Python Operations?' → 'https://wiki…'): a reference")
    if note.template == Template.BASIC and (lead := _LABEL_LEAD.search(note.front)):
        # "IMPORTANT `PRE_SET_DATA`?", "Factory Pattern: > Factory화?": a flag or an arrow before the label
        cut = 1 if lead.group(1) else 2
        return _cleaned(replace(note, front=note.front[:lead.start(cut)] + note.front[lead.end(cut):]), u, doc,
                        "the author's flag or arrow before the label")
    if note.template == Template.BASIC and (bar := _TRAILING_BAR.search(note.back)) and note.back[:bar.start()].strip():
        return _cleaned(replace(note, back=note.back[:bar.start()]), u, doc, "a full-width table bar after the answer")
    if note.template == Template.BASIC and note.front.count("*") == 1 and (star := rx.search(r"(?:^|: )(\*)(?=[^\W\d_])", note.front)):
        return _cleaned(replace(note, front=note.front[:star.start(1)] + note.front[star.end(1):]), u, doc,
                        "a stray '*' before the label ('读已提交: *MVCC实现？')")
    if note.template == Template.BASIC and note.rule == "definition" and rx.search(r"\s(?:->|=>|→)\s", note.front):
        return Finding("fragment-front", "the term is a mapping of two names ('Table -> Table'), no term")
    if _ARROW_LEAD.match(note.front):  # "-> becomes O(nc)", "→ Dimension tables are denormalized": the line glosses
        if note.rule == "rule":  # the one above it, whose subject it leaves out
            return Finding("fragment-front", "a line that starts with an arrow goes on from the line above it")
        return _cleaned(replace(note, front=_ARROW_LEAD.sub("", note.front)), u, doc, "the arrow that opens the line")
    if note.template == Template.BASIC and _ASIDE_QUESTION.search(note.back) and _ASIDE_QUESTION.sub("", note.back).strip():
        # "… between networks (do routers have this in them?)": the author's open question, not part of the answer
        return _cleaned(replace(note, back=_ASIDE_QUESTION.sub("", note.back).strip()), u, doc,
                        "the author's own question in the back")
    if note.template == Template.BASIC and _ADDRESS_PARENS.search(note.back) and _ADDRESS_PARENS.sub("", note.back).strip():
        return _cleaned(replace(note, back=_ADDRESS_PARENS.sub("", note.back).strip()), u, doc,  # "… built on Envoy
                        "a web address in brackets in the back")  # Proxy (https://github.com/…)": where to read more
    if note.template == Template.BASIC and note.back.count("*") == 2 and (pair := rx.match(r"\*\s+([^*]+?)\*(?=[\s,.;:]|$)", note.back)):
        return _cleaned(replace(note, back=pair.group(1) + note.back[pair.end():]), u, doc,  # "**Domínios**:* Útil …*, mas"
                        "an emphasis the notes opened with a space ('* Útil e mais complicado*')")
    if note.template == Template.BASIC and rx.match(r"\*(?=[^\W\d_])", note.back) and note.back.count("*") == 1:
        return _cleaned(replace(note, back=note.back[1:]), u, doc, "a stray '*' the notes escaped ('\\*Domain model')")
    if note.template == Template.BASIC and _CODE_STATEMENT.search(rx.sub(r"`[^`]*`", "", note.back)):
        return Finding("markup-debris", "code statements glued into the answer ('*vaddr = fix_to_virt(index);')")
    if note.template == Template.BASIC and "`" not in note.back and (todo := _AUTHOR_REMARK.search(note.back)):
        if not note.back[:todo.start()].strip(" .,;:") or rx.search(r"\b(?:rajouter|ajouter|compléter|add|todo|tbd|fill|"
                                                                   r"ergänzen|completar|agregar|adicionar)\b|补充|完善", todo.group(0), re.I):
            return Finding("unanswered", "the author marks the answer as still to fill in ('// rajouter les infos')")
        return _cleaned(replace(note, back=note.back[:todo.start()].rstrip()), u, doc, "the author's '//' remark in the back")
    if _STUDY_MARK.search(note.back) and _STUDY_MARK.sub("", note.back).strip():  # "…的数据传输（重点关注）": the
        return _cleaned(replace(note, back=_STUDY_MARK.sub("", note.back).strip()), u, doc,  # author's flag to study
                        "the author's study mark in the back")  # it, no part of it
    bare = " ".join(EMOJI.sub(" ", _EMOJI_ASKED.sub("", note.front)).split()).replace("??", "?")  # "secured 🔒?"
    bare_back = EMOJI.sub("", note.back.lstrip(), count=1).lstrip() if EMOJI.match(note.back.lstrip()) else note.back
    bare_back = _MARKER.sub(" ", bare_back) if "\n" not in bare_back else bare_back  # "… device, but 🔴 increases …"
    if note.template == Template.BASIC and EMOJI.match(note.back.lstrip()) and not rx.search(r"\w", EMOJI.sub("", note.back)):
        return Finding("markup-debris", "the answer is only marks ('❌/✅'), read only with a legend")
    if note.template == Template.BASIC and note.back.strip(" .:：").lower() in LEAD_VERBS and not note.back.strip().isupper():
        return Finding("markup-debris", f"the answer is only the verb that led into a list ('{note.back.strip()}')")
    if note.template == Template.BASIC and rx.fullmatch(r"\s*[（(][^\W\d_]+(?:\s+[^\W\d_]+){0,3}[）)]\s*", note.back):
        return Finding("markup-debris", "the answer is only an aside in brackets ('xss 分类 → （三类）'): what it counts is elsewhere")
    column = note.front.rstrip("?？ ").rsplit(" — ", 1)[-1] if " — " in note.front else ""
    verdict = _TICK.match(note.back.lstrip()) if note.rule == "table" and _YES_NO_COLUMN.fullmatch(column) else None
    if verdict and bare_back and not rx.match(r"(?:yes|no|not|never|only|s[ií]|n[aã]o|ja|nein|oui|non)\b", bare_back,
                                              re.IGNORECASE):
        # "scrypt — recommended?" → "✅ Better than bcrypt …": the tick is the answer; the words only say why
        bare_back = f"{'Yes' if verdict.group(1) else 'No'} — {bare_back}"
    if not EMOJI.search(note.front) or not bare:
        bare = note.front
    if (bare, bare_back) == (note.front, note.back):
        return _debris(note)
    clean = replace(note, front=bare, back=bare_back)
    found = _debris(clean)
    return found if found is not None else Finding("markup-debris", "an emoji in the card", repaired=clean)


def _cleaned(fixed: NoteDraft, u: Unit, doc: Doc, why: str) -> Finding:
    """The draft with one piece of debris taken out, checked again for the rest (a drop then ends it)."""
    return debris(fixed, u, doc) or Finding("markup-debris", why, repaired=fixed)


_POINTER_TAIL = re.compile(r"(?<=[.!?。])\s*(?:подробнее(?: здесь| тут| см\.?)?|see (?:here|more|also)|more (?:here|info|details)|"
                           r"read more|details here|mehr dazu|siehe|más información|ver más|plus d'infos|en savoir plus|"
                           r"saiba mais|详见|参见|詳しくは|자세한 내용은|"  # ("자세한 내용은 따로 다루어보자": the details, later)
                           r"more on (?:this|that|it) later|details later)\b[^.!?。]{0,60}[.!?。]?$", re.IGNORECASE)
# a book's emoji or an "[Author page]" bracket after the answer: where the author read it ("📙 Evans [139]", "[Conery 255]")
_CITATION_TAIL = re.compile(r"\s*[\U0001F4D5-\U0001F4DA]\s*[^\n]{1,100}$|(?:\s*\[[A-Z][\w'’-]+(?:\s[\w'’-]+)?\s+\d{1,4}\])+\s*$")
# "Recommended", "Supported", "Encrypted at rest": a column a tick answers yes or no
_YES_NO_COLUMN = re.compile(r"(?:[\w-]+\s+){0,2}(?:\w+(?:ed|able|ible)|secure|safe|free|native|default)(?!\s+(?:model|version|"
                            r"tool|option|choice|approach|pattern|service|type|value|name|setting|method|strategy|solution|"
                            r"engine|database|product|alternative)s?\b)(?:\s+[\w-]+){0,2}", re.IGNORECASE)  # ("Recommended Model")
_TICK = re.compile(r"\s*(?:([✅✔☑✓])|[❌✖✗✘⛔🚫])\ufe0f?\s*\S")
_ARROW_LEAD = re.compile(r"^\s*(?:->|=>|→|⇒)\s+")
# (an arrow that opens the whole front is _ARROW_LEAD's: "-> becomes O(nc)" goes on from the line above)
_LABEL_LEAD = re.compile(r"(?:^|: )((?:IMPORTANT|NOTE|WARNING|CAUTION|ATTENTION|WICHTIG|IMPORTANTE)\s*[*!:]*\s+(?=\S))|: (-?>\s+(?=[^\W\d_]))")
# a coloured dot or a pointer set in a sentence to flag a downside or a tip: the author's mark, not a word
_MARKER = re.compile(r"(?<=\S)\s+[🔴🟠🟡🟢🔵🟣🟤⚫⚪🟥🟧🟨🟩🟦🟪⭐🌟🔥💡📌👉⚠❗‼🚨]\ufe0f?\s+(?=\S)")
_EMOJI_ASKED = re.compile(r"\s*" + EMOJI.pattern + r"\s*(?=[?？])")


def _debris(note: NoteDraft) -> Finding | None:
    front, back = note.front, note.back
    if note.template == Template.BASIC and rx.search(r"\s[—–]\s*[?？]$", front):
        return Finding("markup-debris", "the column asked has no name ('SQL vs NoSQL — ?' under a '✅' header)")
    lettered = rx.match(r"[A-Za-z][.)]\s+(?=[A-Z])", back) if note.template == Template.BASIC else None
    if lettered or note.template == Template.BASIC and rx.search(r"[.!?]\s+[a-z](?:[.)]?$|[.)]\s+[A-Z])", back):  # "A. Secondary …"
        rest = back[lettered.end():] if lettered else back
        unlettered = replace(note, back=rx.sub(r"(?<=[.!?])\s+[a-z][.)]\s+(?=[A-Z])", " ", rx.sub(r"\s+[a-z][.)]?$", "", rest)))
        return _debris(unlettered) or Finding("markup-debris", "the letter of a sub-item ('a.', 'b') in the back",
                                              repaired=unlettered)
    if note.template == Template.BASIC and rx.match(r">\s+(?=[A-Za-z])", back):  # "**ORDER BY**: > SELECT _ FROM …"
        return Finding("markup-debris", "a quotation mark ('>') before the back", repaired=replace(note, back=back[1:].lstrip()))
    lead = rx.search(r",\s*(?:examples?|e\.g\.?)\W*$", back) if note.template == Template.BASIC else None
    if lead is not None and lead.start() > 0:  # "A target for an indicator, examples": the lead into examples below
        return Finding("markup-debris", "the back ends on the lead into its examples",
                       repaired=replace(note, back=back[:lead.start()].rstrip()))
    cited = _CITATION_TAIL.search(back) if note.template == Template.BASIC else None
    if cited is not None and cited.start() > 0:  # "don't have to know product impl 📙 Evans domain-driven [139] Gamma [107]"
        return Finding("markup-debris", "a book citation ends the back", repaired=replace(note, back=back[:cited.start()].rstrip()))
    pointer = _POINTER_TAIL.search(back) if note.template == Template.BASIC else None
    if pointer is not None and pointer.start() > 0:  # "… популярностью. Подробнее здесь nmap", "… See here: docs"
        return Finding("markup-debris", "a pointer to more reading ends the back",
                       repaired=replace(note, back=back[:pointer.start()].rstrip()))
    if note.template == Template.CLOZE and rx.search(r"[(（]\s*\{\{c\d+::[^}]*\}\}\s*[)）]", front):
        return Finding("cut-off", "the blank is a bracketed aside: what it relates to is unsaid")  # "backtrack-free ([...])"
    if note.template == Template.BASIC and rx.search(r"[,，、]\s*$", back):
        return Finding("cut-off", "the back ends on a comma: the rest of it is elsewhere")
    if note.template == Template.BASIC and note.kind != NoteKind.DRILL and rx.search(r"[:：][\s*_]*$", back) \
            and rx.search(r"[*_]\s*$", back):  # "…, como:*": the list it announces is below, not on the card
        return Finding("cut-off", "the back ends where a list it announces should follow")
    if rx.search(r"(?:^|(?<=\s))<[a-z]+(?:-[a-z]+)+>(?=[\s.,;:!?)]|$)", _without_code(f"{front} {back}")):
        return Finding("unwritten", "a placeholder the author never filled in ('<month-of-release>')")
    merged = rx.search(r"(?<=[.!?])\s+\d{1,2}\.\s+[^\s:]{1,20}(?:\s[^\s:]{1,20}){0,3}:\s", back) \
        if note.template == Template.BASIC else None
    if merged is not None:  # "Uses set rules. 2. Affinity: sends …": the next item, numbered from 2, read as text
        return Finding("markup-debris", "the next list item ran into the back", repaired=replace(note, back=back[:merged.start()]))
    marker = rx.match(r"^\s*\d{1,2}[.)]\s+", front) if note.template == Template.CLOZE else None
    if marker is not None:  # "2. [...]: Sends requests …": a sub-list numbered from 2 read as the text of the item above
        if rx.search(r"\s\d{1,2}\.\s+\S", front[marker.end():]):
            return Finding("markup-debris", "list numbers read as text: the item ran into its neighbours")
        back = rx.sub(r"^\s*\d{1,2}[.)]\s+", "", note.back)
        return Finding("markup-debris", "a list number before the sentence",
                       repaired=replace(note, front=front[marker.end():], back=back))
    if note.template == Template.CLOZE and "*" in front and rx.search(r"(?:^|\s)\*(?=[A-Za-z])(?![^*]*\*)", _without_code(strip_cloze(front))):
        return Finding("markup-debris", "an emphasis mark left open ('*followers which …')")  # broken bold in the notes
    if "##" in front and rx.search(r"(?:^|\s)#{2,6}\s", _without_code(front)):  # "… — ### note?": a heading's marks
        return Finding("markup-debris", "heading marks ('###') left in the front")
    if rx.match(r"^\s*[*+-]\s", front) or "`**" in front or "**`" in front or "**" in front and _broken_bold(front):
        return Finding("markup-debris", "a list marker or bold markers left in the front")  # "* `**中继器**`？"
    once = ["".join(part if k % 2 else _DOUBLED.sub(r"\1", part) for k, part in enumerate(_CODE_PARTS.split(side)))
            for side in (front, back)]
    if once != [front, back]:  # "Period - the the evaluation period": the notes' slip, not to be learned
        return Finding("markup-debris", "a word written twice", repaired=replace(note, front=once[0], back=once[1]))
    if note.template == Template.BASIC and back.count('"') == 1 and back.strip().endswith('"') != back.strip().startswith('"'):
        return Finding("markup-debris", "a quotation mark with no partner ('… = exactly-once end-to-end.\"')",
                       repaired=replace(note, back=back.strip().strip('"').strip()))  # the quotation began on a line before
    if "==" in front + back and _HIGHLIGHT.search(front + back):  # "==Relationship== between …": a highlighter's marks
        return Finding("markup-debris", "highlight marks ('==…==')", repaired=replace(
            note, front=_HIGHLIGHT.sub(r"\1", front), back=_HIGHLIGHT.sub(r"\1", back)))
    if note.template == Template.BASIC and (rx.match(r"\s*(?::(?!:)|;|=\s*[^\w\s])", back) or _QUOTED_STATEMENT.search(back)):
        # "Integer, Dimension(3)?" → ": List = (0, 3, 5)", "char name []?" → "“freddie”;": a line of code cut at its colon
        return Finding("markup-debris", "a line of code split into a question and its rest")
    if not _SUSPECT.search(front) and not _SUSPECT.search(back):
        return None  # nearly every card: nothing that could be markup
    for side in (_INLINE_MATH.sub(_plain_math, front), _INLINE_MATH.sub(_plain_math, back)):
        if "??" in side:
            return Finding("markup-debris", "'??' in the text")
        if _LATEX.search(side) or _LONG_MATH.search(side):
            return Finding("markup-debris", "LaTeX source")
        if _IMAGE.search(side):
            return Finding("markup-debris", "image syntax")
        if _PIPES.search(_without_code(side)):
            return Finding("markup-debris", "table pipes")
    fixed = [_scrub(s) for s in (front, back)]
    if note.template == Template.BASIC and rx.search(r"[:：]\s*$", fixed[1]) and note.kind != NoteKind.DRILL:
        return Finding("cut-off", "the back ends where a list it announces should follow")
    if fixed == [front, back]:
        return None
    if not fixed[0].strip() or (note.template != Template.CLOZE and not fixed[1].strip()):
        return Finding("markup-debris", "nothing left once the markup is removed")
    return Finding("markup-debris", "removed markup", repaired=replace(note, front=fixed[0], back=fixed[1]))


# "$address(M[row_lb, col_lb] + …)$": a formula too long to read as text once its delimiters go
_LONG_MATH = re.compile(r"(?<![\w$])\$(?=[A-Za-z\\(])[^$\n]{41,}(?<=\S)\$(?![\w$])")
_TRAILING_BAR = re.compile(r"\s*｜\s*$")  # "cAdvisor+Heapster、Prometheus｜": a table's bar typed full-width
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?=\S)([^=\n]+?)(?<=\S)==(?![=\w])")
_QUOTED_STATEMENT = re.compile(r"[\"”'’)\]}]\s*;$")  # "“freddie”;", "{4, 5, 7};": a statement's end
# "$T_i$", "$O(n \\log n)$", "$\\rightarrow$": inline math a reader reads as text once its delimiters go
_INLINE_MATH = re.compile(r"(?:(?<![\\$A-Za-z0-9_])\$(?=\S)|(?<=[A-Za-z0-9])\$(?=[\^_]))([^$\n]{1,40}?)(?<=\S)\$(?![A-Za-z0-9_$])")
# ("2$^7$": a power written right after its base)
_MATH_WORDS = {"rightarrow": "→", "Rightarrow": "⇒", "leftarrow": "←", "Leftarrow": "⇐", "to": "→", "times": "×",
               "cdot": "·", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "infty": "∞",
               "log": "log", "approx": "≈", "in": "∈", "lambda": "λ", "mu": "μ", "sigma": "σ", "alpha": "α",
               "beta": "β", "epsilon": "ε", "delta": "δ", "Delta": "Δ", "pi": "π", "sum": "Σ", "oplus": "⊕",
               "otimes": "⊗", "neg": "¬", "lnot": "¬", "land": "∧", "wedge": "∧", "lor": "∨", "vee": "∨", "cup": "∪",
               "cap": "∩", "subseteq": "⊆", "subset": "⊂", "forall": "∀", "exists": "∃", "pm": "±", "div": "÷",
               "equiv": "≡", "ldots": "…", "dots": "…", "cdots": "⋯", "bot": "⊥", "top": "⊤", "sqcup": "⊔", "sqcap": "⊓",
               "sqsubseteq": "⊑", "emptyset": "∅", "varnothing": "∅", "mapsto": "↦", "leftrightarrow": "↔"}


def _broken_bold(front: str) -> bool:
    """ "** Target lag?", "**file name → ?", "**CREATE TABLE t ** example?": bold markers with no partner or with a space
    on both sides, left by the notes' broken emphasis (not "Type **d'entité**", nor "4** — " for the 4xx codes)."""
    text = _without_code(front)
    return len(rx.findall(r"(?<![\dxX*])\*\*", text)) % 2 == 1 or bool(rx.search(r"(?:^|\s)\*\*+(?:\s|$)", text))


def _plain_math(m: re.Match[str]) -> str:
    inner = rx.sub(r"\\([%$#&_])", r"\1", m.group(1))  # "$99.99\%$": an escaped percent sign is a percent sign
    text = rx.sub(r"\\([A-Za-z]+)", lambda c: _MATH_WORDS.get(c.group(1), c.group(0)), inner)
    if "\\" in text or not rx.search(r"[A-Za-z0-9]", inner) and not any(w in inner for w in _MATH_WORDS):
        return m.group(0)  # a command with no plain reading, or "$ $": leave it for the LaTeX check
    text = rx.sub(r"([_^])\{([^{}]{2,})\}", lambda g: f"{g.group(1)}({g.group(2)})" if rx.search(r"\W", g.group(2)) else
                  g.group(0), text)  # "C_{i - 1}" is C_(i - 1), not "C_i - 1"; "2^{m/2}" is 2^(m/2); "x_{ab}" stays x_ab
    return text.replace("{", "").replace("}", "")


_CODE_PARTS = re.compile(r"(```[\s\S]*?```|`[^`\n]+`)")


_DOUBLED = re.compile(r"\b(the|a|an|to|of|is|and|in|for)\s+\1\b", re.IGNORECASE)  # "the the evaluation period"


def _scrub(text: str) -> str:
    if not text:
        return text
    out = _INLINE_MATH.sub(_plain_math, text)
    out = _ANCHOR_LINK.sub(r"\1", out)
    out = _NAV_PARENS.sub("", out)
    parts = _CODE_PARTS.split(out)  # "`mv <source> <dest>`": placeholders in code are no HTML tags
    out = "".join(part if k % 2 else HTML_TAG.sub(" ", part) for k, part in enumerate(parts))
    out = SHORTCODE.sub("", out)
    return "\n".join(" ".join(line.split()) for line in out.split("\n")).strip() if out != text else text


def _without_code(text: str) -> str:
    """The text without its code spans. One backtick per side: "(`+).+?\\1" backtracked without end on a run of
    20,000 backticks (two minutes for one line)."""
    return rx.sub(r"`[^`]+`", "", text)
