"""Question and answer: ``Why pool connections? Opening a TLS connection costs 2–3 round trips.``

The question (an interrogative sentence ending in ``?``) is the front; the back
is the rest of the line when it is a statement, or the item's sub-bullets /
indented paragraph (an FAQ written as a list).
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import draft, topic
from srs.extract.inline import read
from srs.extract.model import Block, Claim, Doc, Unit
from srs.extract.text import capitalize, word_count

RULE = "question-answer"
MAX_ANSWER_WORDS = 60
_QUESTION = re.compile(r"^(?:how|what|why|when|which|where|who|whom|is|are|does|do|can|should|would|will)\b", re.I)
_QA = re.compile(
    r"^(?P<q>(?:how|what|why|when|which|where|who|whom|is|are|does|do|can|should|would|will)\b[^?]{3,200}\?)"
    r"\s+(?P<a>[^?]+[.!)]?)$",
    re.IGNORECASE,
)


_SHOWN_ELSEWHERE = re.compile(r"\b(?:the following|this (?:code|program|snippet|query)|below|seguinte|abaixo|siguiente|"
                              r"folgende[nm]?|suivant)\b|以下|下面|下記", re.IGNORECASE)


# "Troubleshooting connectivity" / "what are the security group settings?": the notes tell the reader what to check
_CHECKLIST = re.compile(r"\b(?:troubleshoot\w*|gather(?:ing)? information|checklist|diagnos\w+|investigat\w+|debugging|"
                        r"questions to ask|ask yourself|things to check|what to check|triage)\b", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    text = u.body if u.label else u.plain
    if "?" not in text or _SHOWN_ELSEWHERE.search(text):
        return None  # "What does the following program print?": the program is not on the card
    if any(_CHECKLIST.search(s) for s in (*u.sections, u.list_title)):
        return Claim("checklist-question", skip=True, detail="a question to ask while troubleshooting, not one to recall")
    if u.children and text.endswith("?") and _QUESTION.match(text) and not u.label:
        answer, parts = _children_text(u.children)
        answer = _ANSWER_LEAD.sub("", answer).strip()  # "- What does `top` show?" over "**Answer:** Running processes …"
        if answer and word_count(answer) <= MAX_ANSWER_WORDS:
            front = capitalize(text)
            if word_count(text) == 1:  # "- What?" under "Modulation": what of what, the question alone does not say
                where = topic(u)
                if not where:
                    return None
                front = f"{where}: {text.capitalize()}"
            note = draft(u, NoteKind.QA, RULE, front, answer)
            return Claim(RULE, [note], detail="a question answered by its sub-items", parts=parts)
    m = _QA.match(text)
    if not m or word_count(m.group("a")) < 2 or word_count(m.group("a")) > MAX_ANSWER_WORDS:
        return None
    if rx.match(r"^\w+\s+(?:it|this|that|they|these)\b", m.group("q"), re.IGNORECASE) \
            or rx.search(r"\b(?:it|this|that|they|these|them)\s*\?$", m.group("q"), re.IGNORECASE) \
            or rx.match(r"^(?:it\s+|the\s+answer\s+)?depends\b", m.group("a"), re.IGNORECASE):
        return None  # "Should it be split? Depends on the size.": what "it" is stands elsewhere, and it depends
    if rx.match(r"(?:-+>|=>|→)?\s*then\b", m.group("a").strip(), re.IGNORECASE) or rx.match(r"-+>|=>|→", m.group("a").strip()) \
            and rx.match(r"(?:is|are|does|do|can)\b", m.group("q"), re.IGNORECASE):
        return None  # "is there a match? -> then update the document": a branch of a flow, not a question and its answer
    if m.group("a").rstrip().endswith(("?", "？")) or _TASK.match(m.group("a").strip()) or rx.match(
            r"(?:-+>|=>|→)\s*(?:how|what|why|when|where|which|who|can|could|does|do|is|are|should|will)\b", m.group("a").strip(),
            re.IGNORECASE):  # ("How does it work? → How can it work with less toil": a better question, not an answer)
        return None  # "How is Mockito used? Are there alternatives?", "… JVM? Explain HEAP, STACK.": a second question
    if rx.fullmatch(r"\s*\([^()]*\)\s*\.?", m.group("a")):
        return None  # "How many reads per day? (100,000 reads, so …)": an estimate for one exercise, not an answer
    if rx.fullmatch(r"\s*\[[^\[\]]*\]\s*\.?", m.group("a")) and not u.links:
        return None  # "What does this context do? [ answer this first ]": a note to self beside the notes' own question
    front = capitalize(rx.sub(r"^(?:q|question|frage|pergunta|pregunta)\s*\d*\s*[:.)]\s*", "", m.group("q").strip(),
                              flags=re.IGNORECASE))
    answer = rx.sub(r"^(?:a|ans|answer|antwort|resposta|respuesta)\s*[:.)]\s*", "", m.group("a").strip(), flags=re.IGNORECASE)
    answer = rx.sub(r"\s*\((?:failed|wrong|correct|right|passed|got it|missed|guessed|unsure)\)\s*$", "", answer,
                    flags=re.IGNORECASE)  # "A: Global Accelerator (failed)": the author's own score, no part of the answer
    if not answer:
        return None
    return Claim(RULE, [draft(u, NoteKind.QA, RULE, front, capitalize(answer))],
                 detail="a question answered on the same line")


_TASK = re.compile(r"(?:explain|describe|discuss|compare|name|list|give|write|show|define|mention|elaborate|what|why|how|"
                   r"when|which|who|is|are|can|does|do)\b", re.IGNORECASE)
# "**Answer:**" under "### Q27: What is a saga?": a marker that the heading's question is answered here
ANSWER_MARKER = re.compile(r"^(?:answers?|ans|a|回答|答案|答|解答|réponse|respuesta|antwort|resposta|"
                           r"risposta|답변|답)$", re.IGNORECASE)
_ANSWER_LEAD = re.compile(rf"^(?:{ANSWER_MARKER.pattern[4:-2]})\s*[:：]\s*", re.IGNORECASE)
# "Q27: ", "Question 3. ", "5) ": the number a list of questions puts before each one
NUMBERED_QUESTION = re.compile(r"^(?:q(?:uestion)?\s*\d+|\d+)\s*[:.)]\s*", re.IGNORECASE)


def heading_question(u: Unit) -> str | None:
    """The question of the heading over ``u`` ("Q27: What is a saga?" → "What is a saga?"), if it asks one."""
    heading = u.path[-1] if u.path else ""
    question = NUMBERED_QUESTION.sub("", heading).strip()
    if _SHOWN_ELSEWHERE.search(question) or rx.match(r"^(?:what|how)\s+about\b|^and\b", question, re.IGNORECASE):
        return None  # "What does the following program print?": the program is not on the card; "What about writes?"
    return capitalize(question) if question.endswith(("?", "？")) and word_count(question) >= 3 else None


def answer_to_heading(u: Unit) -> Claim | None:
    """ "**Answer:** A sequence of local transactions …" under a question heading: that question, this answer."""
    question = heading_question(u)
    if question is None or not u.body or word_count(u.body) > MAX_ANSWER_WORDS:
        return None
    return Claim(RULE, [draft(u, NoteKind.QA, RULE, question, capitalize(u.body))],
                 detail="the heading's question, answered under 'Answer:'")


def _children_text(children: list[Block]) -> tuple[str, list[int]]:
    """The sub-items or indented paragraphs under an item, as markdown, and their lines."""
    out: list[str] = []
    parts: list[int] = []
    for block in children:
        if block.kind == "paragraph":
            out.append(read(block.lines).plain)
        elif block.kind == "list" and all(i.lines and not i.children for i in block.children):
            one = len(block.children) == 1 and len(children) == 1  # a single bullet is the answer, not a list of one
            out.extend(read(i.lines).plain if one else f"- {read(i.lines).plain}" for i in block.children)
        else:
            return "", []
        parts.extend(range(block.start, block.end + 1))
    return "\n".join(out).strip(), parts


# "TCP 흐름제어에 대해 설명해주세요" ("please explain …"): an interview prompt, a question in all but its mark
_ASKED = re.compile(r"(?:[?？]|설명해\s*주\s*세요|말씀해\s*주\s*세요|설명하(?:시오|세요)|について説明してください|"
                    r"(?:请|請)?(?:说明|解释|説明|介绍)一下)\s*$")
_CODE_LINE = re.compile(r"[;{}]\s*$|^\s*(?:def|class|function|import|return|public|private|var|let|const|#include)\b|"
                        r"\(\)\s*\{|=>|^\s*[\w.]+\s*=\s*\S|^\s*<\w+|^\s*[$>] ")
MAX_FENCED_LINES = 6


def fenced(u: Unit, doc: Doc, code: Block | None, source: list[str]) -> Claim | None:
    """A question item whose answer the notes wrote in a code block (interview notes often do): the question, the prose."""
    text = (u.body if u.label else u.plain).strip()
    if code is None or code.kind != "code" or code.info.strip() or not _ASKED.search(text) or len(u.children) != 1:
        return None
    raw = [x.rstrip() for x in source[code.start - 1:code.end]]
    body = [x for x in raw if x.strip() and not x.strip().startswith(("```", "~~~"))]
    if not body or len(body) > MAX_FENCED_LINES or any(_CODE_LINE.search(x) for x in body):
        return None
    indent = min(len(x) - len(x.lstrip()) for x in body)
    lines = [rx.sub(r"^(\s*)(?:→|->|=>)\s*", r"\1", x[indent:]) for x in body]  # "→ UDP: …": the notes' answer mark
    answer = "\n".join(x if rx.match(r"^\s*(?:[-*+]|\d+[.)])\s", x) else f"- {x.strip()}" for x in lines) \
        if len(lines) > 1 else lines[0].strip()
    if word_count(answer) > MAX_ANSWER_WORDS or word_count(answer) < 2:
        return None
    question = NUMBERED_QUESTION.sub("", text)
    note = draft(u, NoteKind.QA, RULE, capitalize(question), answer)
    return Claim(RULE, [note], detail="a question answered in the block under it", parts=list(range(code.start, code.end + 1)))
