"""A label and a value that do not make a question. "**Broader vs. narrower**: A TEE can be software-based, whereas an
enclave is hardware-enforced" names two degrees of a property, not what is broader: "Broader vs. narrower?" asks
nothing. "HMAC: 'secret'" gives the key one worked example signs with: "HMAC?" → "'secret'" is that example's data,
not a fact about HMAC. "where: - $d_k$: the dimension of the keys" under a formula names a symbol of that formula,
which the card does not show. "- 2.2 else deny access" gives "2.2": the item's own outline number, no value.
Also values that answer nothing: a question to the reader, a verdict on an example ("Bad: `return err`"), examples
("A, AAAA, CNAME, etc."), a product's selling points ("Features: …")."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.back_words import BACK_POINTS_ELSEWHERE, CONDITION, ROWS_BEFORE
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit
from srs.extract.rules.tradeoff import COMPARATIVE
from srs.extract.text import cjk_share, word_count

_VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
_QUOTED = re.compile(r"(['\"‘“])[^'\"’”]{1,40}['\"’”]\.?")


def degrees_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = (u.label or "").strip(" *_:：")
    sides = _VS.split(label)
    if note.rule != "labelled-fact" or len(sides) != 2 or not all(COMPARATIVE.fullmatch(s.strip()) for s in sides):
        return None
    return Finding("fragment", f"'{label}' names two degrees of a property, not what is asked")


def quoted_value(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule == "labelled-fact" and rx.fullmatch(r"[(（][^()（）]*[)）][.。]?", note.back.strip()) \
            and rx.search(r"[^\W\d_]{3,}", note.back):  # ("(p, g, y)": a tuple is a value)
        return Finding("fragment", "the value is only an aside in brackets ('(be generic, give no solution)'), no answer")
    if note.rule != "labelled-fact" or not _QUOTED.fullmatch(note.back.strip()):
        return None
    return Finding("example-data", f"the back is only a quoted value ({note.back.strip()}), the data of one example")


# ("Notation:", "Legend:", "Symbols:" over "$D$: # blocks": the letters one formula uses, in a list of their own)
_LEGEND = re.compile(r"(?:where|with|其中|式中|donde|wobei|mit|où|onde|dove|ここで|ただし|여기서|где|trong đó|burada|di mana|dimana|notations?|annotations?|legend|"
                     r"symbols|variables|notação|notación|légende|legende|symbole|記号|符号)\s*[:：,]?", re.IGNORECASE)


def symbol_legend(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule in ("definition", "labelled-fact") and rx.match(r"\s*\$[^$]{1,16}\$\s*(?:=|:|[-–—]\s)", u.md):
        return Finding("fragment", "a symbol of a formula ('$NDP$ = # of …'): the formula is not on the card")
    lead = (u.list_title or u.lead_text or "").strip(" *_")
    if not u.in_list or not _LEGEND.fullmatch(lead):
        return None
    return Finding("fragment", f"an item of the symbol list under a formula ('{lead}'): the formula is not on the card")


def outline_number(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    said = note.back.strip()
    if not rx.fullmatch(r"\d{1,2}(?:\.\d{1,2})+\.?", said) or not rx.match(rf"\s*{re.escape(said)}\s", u.plain):
        return None
    return Finding("fragment", f"'{said}' numbers the item in the notes' outline; it answers nothing")


def question_value(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "**Storage Capacity:** How much data now and in the future?": a checklist asks the reader; it answers nothing."""
    if note.rule not in ("labelled-fact", "definition", "heading-fact", "table"):
        return None
    back = rx.sub(r"`[^`]*`", "", note.back)  # ("Integration: could I get a notification when …": a question, no "?")
    asks = rx.match(r"(?:can|could|should|would|shall|do|does|did)\s+(?:we|i|you|they|our|my|your)\b", back.strip(), re.I)
    if not rx.search(r"[?？](?:\s|$)", back) and not asks or rx.search(r"\([A-Z]{2,6}\)", note.front) and rx.match(
            r"(?:how|what|which|when|where|who)\b", back.strip(), re.IGNORECASE):
        return None  # ("Recovery Point Objective (RPO)?" → "How much data can you afford to lose?": a term, defined so)
    return Finding("unanswered", "the value is a question the notes ask the reader, not an answer", suggest=True)


# "- Bad: `return err`" / "- Good: `return fmt.Errorf(…)`": a verdict on one example, the example is no fact to recall
_VERDICT = re.compile(r"(?:bad|good|wrong|right|correct|incorrect|avoid|prefer|do|don't|do not|"  # (not "Worst: O(n)")
                      r"bad example|good example|anti-pattern|mal|bien|schlecht|gut|falsch|richtig|errado|certo|"
                      r"(?:just|simply|then|now)\s+(?:run|execute|type|enter|do|use|call)|"  # "Just execute: `git config …`"
                      r"✅|❌|✔️?|✗|✘|👍|👎)", re.IGNORECASE)


def verdict_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = (u.label or "").strip(" *_:：")
    if note.rule != "labelled-fact" or not label or not _VERDICT.fullmatch(label):
        return None
    if not note.back.lstrip().startswith(("`", '"', "'", "“")) and word_count(note.back) > 4:
        return None  # "Bad: removing one copy shifts the numbers of the rest": a drawback, said in words
    return Finding("example-data", f"'{label}' judges or introduces one example; the example is no fact to recall")


# "DNS Records: A, AAAA, CNAME, NS, etc." / "Domain name: example.com": examples of the label, which the front never asks
_OPEN_EXAMPLES = re.compile(r"[^.;:!?]*,\s*(?:etc\.?|…|\.\.\.)\s*|(?:www\.)?(?:example|foo|bar|mysite|my-?domain)\.(?:com|org|net)\.?")


def examples_value(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "labelled-fact" or not _OPEN_EXAMPLES.fullmatch(note.back.strip()):
        return None
    return Finding("example-data", "the value gives examples of the label ('A, AAAA, CNAME, etc.'), which the front does "
                                   "not ask for", suggest=True)


def features_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "- **Features**: Data center OS, multi-framework" in a product's profile: a few of its selling points, and
    "… — features?" has many right answers (a counted list under "Features:" makes a set card instead)."""
    label = (u.label or "").strip(" *_:：").lower()
    if note.rule != "labelled-fact" or label not in ("features", "key features", "main features", "highlights", "strengths"):
        return None
    return Finding("open-question", f"'{u.label}' lists some selling points; the front has many right answers", suggest=True)


# "**Background:** I am at the vending machine.", "Given: the cart is empty": the parts of one Gherkin scenario
_GHERKIN = re.compile(r"feature|background|scenario(?: outline)?|given|examples|funcionalidad|escenario|antecedentes|"
                      r"dado|cenário|contexto|fonctionnalité|scénario|étant donné|szenario|angenommen", re.IGNORECASE)


def gherkin_step(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A Gherkin keyword as the label: the line is one example scenario's text, not a fact about the subject."""
    if note.rule != "labelled-fact" or not _GHERKIN.fullmatch((u.label or "").strip(" *_:：")):
        return None
    if not rx.match(r"(?:i|we|the user|a user|user|an? \w+)\b", (u.body or "").strip(), re.IGNORECASE):
        return None  # ("Scenario: a test case written in Given/When/Then" is said of the keyword)
    return Finding("example-data", f"'{u.label}' heads a line of one example scenario, not a fact")


# "CONTINUE：什么都不做 FIRE：触发计算 PURE：清除窗口的元素": one line of several constants, each with its own meaning
_IDENTIFIER = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*"
_NEXT_PAIR = re.compile(rf"(?:^|\s){_IDENTIFIER}\s*[：:]\s*\S")


def several_pairs(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = (u.label or "").strip(" *_`")
    if note.rule != "labelled-fact":
        return None
    head = label[-2:] if cjk_share(label[-2:]) == 1 else (label.split() or [""])[-1].lower()  # "…原则", "… rule"
    cjk = cjk_share(head) == 1
    second = rx.search(rf"(?:^|[\s。；;，,.•])(?P<name>[^\s。；;，,.:：]{{0,15}}{re.escape(head)})\s*[：:]" if cjk else
                       rf"(?:^|[\s;,.•])(?P<name>(?:[\w-]+\s+){{0,3}}{re.escape(head)})\s*:\s", rx.sub(r"`[^`]*`", "", note.back),
                       re.IGNORECASE) if len(head) >= 2 and (cjk or len(head) >= 4) else None
    if second and second.group("name").strip().lower() != label.lower():  # (not "intext:wannacry", the label's own syntax)
        return Finding("not-atomic", f"the line holds a second '…{head}:' after '{label}': two facts")  # "单线程happen-
        # before原则：… 锁的happen-before原则：…": two rules on one line
    if u.bold_label and any(rx.search(rf"{re.escape(other)}\s*[:：]", note.back) and (cjk_share(other) > 0) == (cjk_share(label) > 0)
                            for other in rx.findall(r"(?:\*\*|__)([^*_\n:：]{1,40}?)\s*(?:[:：](?:\*\*|__)|(?:\*\*|__)\s*[:：])", u.md)[1:]):
        return Finding("not-atomic", f"the line holds a second bold label after '{label}' ('**Precision**: … **Recall**: …')")
    if not rx.fullmatch(rf"{_IDENTIFIER}", label) or len(label) < 3:
        return None
    if not any(len(m.group().strip(" ：:").split()[0]) >= 3 for m in _NEXT_PAIR.finditer(rx.sub(r"`[^`]*`", "", note.back))):
        return None
    return Finding("not-atomic", f"the line holds '{label}' and more names each with its own meaning: several facts")


def clause_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "默认的，Edem : from : to = 8 : 1 : 1": the colon falls inside a sentence ("by default, Eden : from : to …"), and
    the words before it are no label ("默认的，Edem？")."""
    label = (u.label or "").strip(" *_`")
    if note.rule != "labelled-fact" or "，" not in rx.sub(r"[（(][^（）()]*[）)]", "", label):  # (not "往返时间（RTT，Round-Trip Time）")
        return None
    return Finding("fragment-front", f"'{label}' is the start of a sentence, cut at a colon inside it")


_SETTING = re.compile(r"`?[A-Za-z_][\w.-]*`?\s*=\s*`?(?P<value>[^\s`=]+)`?")


def setting_value_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "innodb_undo_logs = 128 ：回滚段为128KB": the label sets a parameter to one example's value, and the back says
    what that value does: one configuration's data, not what the parameter is."""
    found = _SETTING.fullmatch((u.label or "").strip(" *_")) if note.rule == "labelled-fact" else None
    value = found.group("value") if found else ""
    if not ("/" in value or "\\" in value or value.isdigit() and value in note.back):
        return None  # ("`acks=0`: the producer waits for no acknowledgement" says what one setting means)
    return Finding("example-data", "the label sets a parameter to one example's value")


# "**Security:** The web server (e.g., Nginx) acts as a reverse proxy …": a point about another thing under an aspect
# label, not what security is
_OTHER_SUBJECT = re.compile(r"the\s+(?:(?!(?:that|which|who)\b)[\w-]+\s+){0,3}(?:\([^()]*\)\s+)?(?:acts|maintains|"
                            r"handles|keeps|runs|stores|sends|checks|creates|writes|reads|talks|sits|receives|forwards|"
                            r"caches|terminates|serves|routes)\b", re.IGNORECASE)


def other_subject(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "definition" or not u.label or not _OTHER_SUBJECT.match(note.back.strip()):
        return None
    return Finding("statement-label", f"'{u.label.strip(' *_:')}' heads a point about something else, not a meaning",
                   suggest=True)


# "データモデルとは別の概念です", "与进程不同", "is different from a process": what it is not, no meaning
_DIFFERENT_FROM = re.compile(r"^[^。.]{1,30}?(?:とは(?:別|異な|違)|与.{1,15}?(?:不同|有别|有區別|有区别)|(?:와|과)\s?(?:다른|다르)|"
                             r"(?:is\s+)?(?:different|distinct|separate)\s+from\b)", re.IGNORECASE)


# "Blameless postmortems are a tenet of SRE culture": its place in something, no meaning
_ROLE_OF = re.compile(r"(?:an?|the|one)\s+(?:(?:core|key|central|fundamental|basic|major|important)\s+)?(?:tenet|principle|pillar|"
                      r"part|cornerstone|piece|aspect|element|component|building block)\s+of\s+[^,.;:]{1,40}\.?", re.IGNORECASE)

# "un elemento clave en la estrategia …", "a key component of …": how much the term matters, not what it is
_KEY_PART = re.compile(r"^(?:an?|one|un|una|uno|um|uma|une?)\s+(?:(?:key|core|central|vital|crucial|essential|important|critical)\s+)?"
                       r"(?:element|component|part|piece|aspect|pillar|elemento|componente|parte|pieza|pe[çc]a|aspecto|pilar|"
                       r"élément|composant|partie|pilier)\s+(?:key|core|central|vital|crucial|essential|important|critical|"
                       r"clave|chave|fundamental|esencial|essencial|importante|essentiel|cl[ée])\b", re.IGNORECASE)
# "NACL is a stateless; the rules …" → "A stateless;", "Otherwise, it is a non trivial MVD": cut, or the line before's tail
_CUT_OR_GOES_ON = re.compile(r"(?:an?|the)\s+[^\W\d_]+\s*;|(?:otherwise|else|sinon|sonst|de lo contrario|caso contrário|altrimenti|"
                             r"否则|そうでなければ)\b", re.IGNORECASE)


def empty_meaning(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A definition whose meaning is no meaning: it points at another line ('The inverse'), runs into the next line's
    formula ('(ALE) ALE'), says what the term is part of or how much it matters ('a tenet of SRE culture', 'un elemento
    clave'), stops after one word ('A stateless;'), goes on from the line before ('Otherwise, …'), is only a condition
    ('If issuer name is reused') or says what the term differs from."""
    if note.rule == "definition" and BACK_POINTS_ELSEWHERE.search(note.back.strip()) \
            and not rx.match(r"(?:just\s+)?like\s", note.back.strip(), re.IGNORECASE):  # ("Like objects that have fixed …")
        return Finding("leans-back", f"the meaning points at another line ('{note.back.strip()}')")  # "The inverse"
    if note.rule == "definition" and rx.search(r"\(([A-Z][A-Za-z]{1,7})\)\s+\1\s*[?？]$", note.front):
        return Finding("fragment-front", "the term runs into the next line ('Annual Loss Expectancy (ALE) ALE = …')")
    if note.rule == "definition" and (_ROLE_OF.fullmatch(note.back.strip()) or _KEY_PART.match(note.back.strip())):
        return Finding("role-back", f"'{note.back.strip()[:40]}' says what the term is part of, not what it is")
    if note.rule == "definition" and _CUT_OR_GOES_ON.match(note.back.strip()):
        return Finding("leans-back", "the meaning is cut after one word ('A stateless;') or goes on from the line before "
                                     "('Otherwise, …')")
    if note.rule == "definition" and CONDITION.match(note.back.strip()) and word_count(note.back) <= 8:
        return Finding("condition-back", "the meaning is only a condition ('If issuer name is reused'), not what it is")
    if note.rule != "definition" or not _DIFFERENT_FROM.match(note.back.strip()):
        return None
    return Finding("relation-term", f"the back says what the term differs from ('{note.back.strip()}'), not what it is")


# "Expiration actions – In which you specify when the objects expire": the back goes on from a sentence the card lacks
_RELATIVE_LEAD = re.compile(r"^(?:(?:in|by|with|for|from|on|at|to|through|under)\s+which|wherein|whereby|which(?=\s+(?:is|are|was|"
                            r"were|can|could|will|would|may|might|has|have|had|means|allows|makes|helps|lets|you|we|they|it)\b))"
                            r"\b\s*", re.IGNORECASE)  # ("Which media types the method can consume": a question, kept)


def synonym_in_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Tuple (Row)?" → "Just another word for row": the label's brackets already give the answer."""
    said = rx.search(r"\(([A-Za-z][a-z]+(?: [a-z]+){0,2})\)\s*$", (u.label or "").strip(" *_:："))  # (not an acronym)
    if note.rule != "labelled-fact" or not said or word_count(note.back) > 16 or doc.language:  # ("Spoofing (Usurpation)":
        # in notes in another language, the brackets translate the label, and the back says more)
        return None
    if not rx.search(rf"\b{re.escape(said.group(1).strip().lower())}\b", note.back.lower()):
        return None
    return Finding("trivial", f"the label's '({said.group(1)})' already says the answer ('{note.back.strip()}')")


_ROWS_BEFORE = re.compile(ROWS_BEFORE, re.IGNORECASE)  # a cell that leans on other rows


def table_pointer(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A table cell that only points elsewhere: a link to another page of the notes ('./terms/x.md'), or the rows
    before ('是前两种的折中')."""
    if note.rule == "table" and rx.fullmatch(r"`?\.{1,2}/[\w./-]+\.(?:md|html?)`?", note.back.strip()):
        return Finding("navigation", f"the cell is a link to another page of the notes ('{note.back.strip()}')")
    if note.rule == "table" and _ROWS_BEFORE.search(note.back.strip()):
        return Finding("leans-back", f"the cell points at other rows ('{note.back.strip()}')")
    return None


def named_by_key(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "`app.kubernetes.io/name` — description?" → "The name of the application": the key's last word says it."""
    if note.rule != "table" or " — " not in note.front or word_count(note.back) > 6:
        return None
    key = note.front.split(" — ")[0].split(": ")[-1].strip(" `")
    words = rx.findall(r"[A-Za-z]{4,}", key)
    if not words or not rx.fullmatch(r"\S*[./_-]\S*", key) or not rx.match(r"(?:the|an?)\s", note.back.strip(), re.IGNORECASE):
        return None  # (a key written as a path or identifier, "app.kubernetes.io/name", and a back that describes it)
    last = words[-1].lower()
    if not rx.search(rf"\b{re.escape(last)}s?\b", note.back.lower()):
        return None
    return Finding("trivial", f"the back only says '{last}' again ('{note.back.strip()}')")


def relative_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule not in ("labelled-fact", "definition") or not (lead := _RELATIVE_LEAD.match(note.back.strip())):
        return None
    rest = note.back.strip()[lead.end():]
    if rx.match(r"(?:you|we|they|it|one|the|an?)\s", rest, re.IGNORECASE):  # "In which you specify …" → "You specify …"
        return Finding("fragment", f"the back opens with '{lead.group().strip()}', the tail of a sentence",
                       repaired=replace(note, back=rest[:1].upper() + rest[1:]))
    return Finding("fragment", f"the back opens with '{lead.group().strip()}', the tail of a sentence")


# "Tasks: 88 total, 1 running, 87 sleeping", "Mem: 8194380k total, 4914016k used": what one machine's `top` printed
_READING = r"\d[\d.,]*\s?[A-Za-z%]{0,3}\s+(?P<word>[a-z]+)"


def readings(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A label over several counts of one run ("88 total, 1 running, …"): pasted output, no fact to keep."""
    if note.rule != "labelled-fact":
        return None
    items = [i.strip() for i in note.back.strip(" .").split(",")]
    words = [m.group("word") for m in (rx.fullmatch(_READING, i) for i in items) if m]
    if len(items) >= 3 and len(words) == len(items) and {"total", "used", "free"} & set(words):
        return Finding("example-data", f"the counts one run printed ('{items[0]}, {items[1]}, …'), not a fact")
    return None


_PORT = re.compile(r"(?:(?:tcp|udp)\s+)?(?:ports?|portas?|puertos?|ポート|포트)\s*[:：]?\s*(?P<n>\d{1,5}(?:\s*(?:/|,|and|&|or|e|y|und|et)\s*"
                   r"\d{1,5})*)\.?", re.IGNORECASE)


def port_value(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "HTTP: Port 80" → "HTTP?" / "Port 80" says what is asked only in the back: "HTTP — port?" / "80"."""
    found = _PORT.fullmatch(note.back.strip()) if note.rule == "labelled-fact" else None
    if found is None or rx.search(r"port|ポート|포트", note.front, re.IGNORECASE) or not note.front.endswith(("?", "？")):
        return None
    front = f"{note.front[:-1].rstrip()} — port{note.front[-1]}"
    return Finding("bare-label", "the back says it is a port; the front now asks for it",
                   repaired=replace(note, front=front, back=found.group("n")))


def number_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "IGMPv2: Protocol?" → "2": a label naming a kind of thing ("protocol", "type", "opcode") over a bare number asks
    for its number ("IGMPv2: protocol number?")."""
    found = rx.match(r"(.*?)\b(protocol|type|opcode|code|class)\s*([?？])$", note.front, re.IGNORECASE) \
        if note.rule == "labelled-fact" and rx.fullmatch(r"\d{1,5}", note.back.strip()) else None
    if found is None:
        return None
    front = f"{found.group(1)}{found.group(2).lower()} number{found.group(3)}"
    return Finding("bare-label", "a kind's name over a bare number: the front asks for its number", repaired=replace(note, front=front))


# "Expected result", "Important Observations", "Output": what one run of a lab showed
_RUN_RESULT = re.compile(r"(?:(?:important|key)\s+)?(?:expected\s+(?:results?|output)|observations?|outputs?|results?|"
                         r"erwartetes ergebnis|résultat attendu|resultado esperado|期待結果|预期结果|实验结果)", re.IGNORECASE)


def run_result(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Expected result" over "- Subject: mysql-avro-users-value", "Important Observations" over "- Kafka topic → binary
    Avro": the values one run of a lab showed, not facts to recall."""
    if note.rule not in ("labelled-fact", "rule"):
        return None
    owners = [t.strip(" *_:：") for t in (u.list_title, note.heading_path[-1] if note.heading_path else "") if t]
    if not any(_RUN_RESULT.fullmatch(t) for t in owners):
        return None
    return Finding("example-data", "the values one run of a lab showed ('Expected result: Subject?'), not facts")


def command_argument(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "student = the user name to add" under "gpasswd -a student sudo": one example command's argument, explained;
    it names nothing to learn."""
    if note.rule not in ("definition", "labelled-fact"):
        return None
    if note.rule == "labelled-fact" and rx.match(r"\s*[*_`]*(?:new\s+)?[\w.]*\w\w\(\s*[\"'\d]|\s*[*_`]*\.\w+\(", u.md):
        # ('.setRam("64G")：在同一个建造器上贴个内存标签': one step of one example's code, its own literal values)
        return Finding("example-data", "a call with the example's own values ('.setRam(\"64G\")'), one step of its code")
    term = rx.match(r"\s*[*_`]*([\w./-]+)[*_`]*\s*[=:：]", u.plain)
    owner = u.list_title or (note.heading_path[-1] if note.heading_path else "")
    if term is None or not rx.match(r"`?(?:sudo\s+)?[a-z][\w.-]*\s+(?:-{1,2}\w|\S+\s)", owner) or " " not in owner:
        return None
    words = rx.findall(r"[\w./-]+", owner)
    if term.group(1) in words[1:] and term.group(1) != words[0]:
        return Finding("example-data", f"'{term.group(1)}' is an argument of the example command '{owner}'")
    return None


def number_list(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "切割问题：131、93", "Two pointers: 15, 16, 18": a category and the numbers of its practice problems, no fact."""
    if note.rule != "labelled-fact" or not rx.fullmatch(r"\s*#?\d{1,4}(?:\s*[、,，/]\s*#?\d{1,4})+\s*[.。]?", note.back):
        return None
    return Finding("navigation", "a list of problem numbers: a practice list, no fact")


def todo_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "<TODO>: complete this :)": the author's placeholder for notes still to write, no fact."""
    if note.rule != "labelled-fact" or not rx.fullmatch(r"<?(?:todo|to do|fixme|tbd|tba|xxx|wip)>?",
                                                         (u.label or "").strip(" *_`:："), re.IGNORECASE):
        return None
    return Finding("placeholder-term", f"'{u.label}' marks notes still to write, not a term")
