"""Sales copy: "Prometheus includes a powerful alerting system …", "Offers robust mechanisms for handling errors",
"… making it easy to scale". A feature list written as a brochure says that the product has the feature its label
names, with praise around it: the card asks "Prometheus: Alerting?" and answers "it has alerting, and it is good".
Graded cards with these words in a labelled fact or a heading's paragraph were all BAD (14 of 14)."""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit
from srs.extract.text import word_count

_RULES = frozenset({"labelled-fact", "heading-fact"})
# praise, not a property: "more powerful hardware" compares and stays
_PRAISE = re.compile(r"(?<!more )(?<!most )(?<!less )(?<!-)\b(?:powerful|robust|comprehensive|(?<=is |re )great|(?<=offers )great|rich|"
                     r"seamless(?:ly)?|wide range|making it (?:easy|simple|ideal|suitable)|a breeze|out of the box)\b",
                     re.IGNORECASE)
MIN_WORDS = 10  # a brochure's sentence; "Multi-AZ, great for prod" is the writer's own terse verdict


def sales_copy(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A fact whose back praises what its front names ("includes a powerful query language")."""
    if note.rule not in _RULES or doc.language or word_count(note.back) < MIN_WORDS:
        return None
    found = _PRAISE.search(note.back)
    if found is None:
        return None
    return Finding("sales-copy", f"the answer praises a feature ('{found.group(0)}') rather than saying what it is",
                   suggest=True)


# "Question: why not a namespace? I don't think the feature was robust in 1996.": the note-taker's guess, no answer
_GUESS = re.compile(r"(?:i\s+(?:don't|do not)\s+(?:think|know)|i\s+(?:think|guess|believe|suppose|assume|suspect)|"
                    r"i'm not sure|i am not sure|not sure|no idea|maybe|perhaps|probably|my guess|"
                    r"je (?:suppose|crois|pense)|jsp|je (?:ne )?sais pas|peut-être|creo que|no sé|supongo|acho que|não sei|"
                    r"ich (?:glaube|denke|vermute)|weiß (?:ich )?nicht|keine ahnung)\b", re.IGNORECASE)


def guessed_answer(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if "(?)" in note.back or "（？）" in note.back:  # "Weten waar de lokale DNS-server zijn (?)": the author's doubt
        return Finding("unanswered", "the author marks the answer as unsure ('(?)')", suggest=True)
    if note.rule not in ("question-answer", "explicit-qa") or not _GUESS.match(note.back.strip(" *_")):
        return None
    return Finding("unanswered", "the answer is the note-taker's own guess, not what the notes teach")


# "Hacking: Mögliche Angriffspunkte nennen und beschreiben", "Protocoles : Décrivez les trois étapes": a task set to
# the reader (a course's assignment list), not the answer to it
_ASSIGNED = re.compile(
    r"^(?:décrivez|expliquez|citez|comparez|énumérez|describa|explique|enumere|descreva|cite)\s|"
    r"\b(?:nennen|beschreiben|erklären|erläutern|aufzählen|vergleichen|darstellen|recherchieren)(?:\s+(?:und|sowie)\s+\w+)?\.?$"
    r"|^(?:you'll|you will|you are going to|you're going to|vous allez|tu vas|vas a|você vai|sie werden|du wirst)\s+\w|"
    r"^你(?:将|会)|^您将",  # "**Project:** You'll build a CI/CD pipeline …": the course tells the learner what comes
    re.IGNORECASE)  # (English "List the stacks" says what `docker stack ls` does: no task)
# "**Project:**", "Hands-on lab:", "Homework:", "課題:": the course's task for the learner, no fact about the section
_TASK_LABEL = re.compile(r"(?:(?:mini|capstone|final|side|course|class|group)[- ])?(?:project|assignment|homework|hands-on(?: lab)?|"
                         r"lab|exercise|challenge|projet|devoir|proyecto|tarea|projeto|tarefa|projekt|hausaufgabe|übung|"
                         r"esercizio|compito|作业|练习|实践|課題|演習|과제|실습)(?:\s*#?\d+)?", re.IGNORECASE)


def assignment(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """The back tells the reader what to do ("… nennen und beschreiben"): an assignment, which the notes never answer."""
    if note.rule == "labelled-fact" and _TASK_LABEL.fullmatch((u.label or "").strip(" *_:：")):
        return Finding("unanswered", f"'{(u.label or '').strip(' *_:：')}' is a task the course sets, not a fact to recall")
    if note.rule != "labelled-fact" or not _ASSIGNED.search(note.back.strip()):
        return None
    return Finding("unanswered", f"'{note.back.strip()[:40]}' sets the reader a task, it answers nothing")


# "思路： 描述栈定义，再描述为什么会溢出 … 可以给面试官手写一个 demo", "How to answer: start with the definition, then …":
# how to lay out an answer in an interview, not the answer (that follows under "我的答案")
_PLAN_LABEL = re.compile(r"(?:答题|回答|面试|解答)?思路|how to answer|answer(?:ing)?\s+(?:strategy|approach|plan|outline)",
                         re.IGNORECASE)
_PLAN_BACK = re.compile(r"面试官|interviewer|^(?:先|首先|描述|说明|介绍|讲|谈|回答|分析|从|可以|一定要|最好|画)|"
                        r"^(?:start|begin|describe|explain|mention|talk about|first)\b", re.IGNORECASE)


def answer_plan(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = (u.label or "").strip(" *_:：")
    if note.rule != "labelled-fact" or not _PLAN_LABEL.fullmatch(label) or not _PLAN_BACK.search(note.back.strip()):
        return None
    return Finding("unanswered", f"'{label}' plans how to answer an interview question; it is not the answer")


# "我的答案： 线程请求的栈深度超过…" under "## 1. 什么情况下会发生栈内存溢出？": the label says "here is the answer"; the
# question it answers is the heading, so the heading is the front ("我的答案？" asks nothing)
_ANSWER_LABEL = re.compile(r"(?:我的|参考|标准)?(?:答案|回答|解答)|(?:my\s+|short\s+|sample\s+)?answer|a|ans|resposta|"
                           r"respuesta|réponse|antwort|risposta|答え|回答例|답변?|cevap|yan[ıi]t|jawaban|odpowied[źz]|"
                           r"trả lời|đáp án|antwoord|svar|ответ", re.IGNORECASE)
# "Soru 4 (Tricky): …?", "Q3. …?", "问题 2：…？": the question's number in the notes, no part of the question
_QUESTION_NUMBER = re.compile(r"^\s*(?:(?:soru|question|pregunta|pergunta|frage|domanda|pytanie|câu hỏi|вопрос|问题|質問|질문|"
                              r"[QqＱ])\s*\d*|\d+(?:\.\d+)*)\s*(?:\([^()]*\))?\s*[.:：、)）-]\s*(?=\S)", re.IGNORECASE)


def answer_label(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = (u.label or "").strip(" *_:：")
    title = (u.list_title or "").strip(" *_:：") if u.in_list else ""
    if note.rule != "labelled-fact" or not _ANSWER_LABEL.fullmatch(label) and not _ANSWER_LABEL.fullmatch(title):
        return None
    asked = _QUESTION_NUMBER.sub("", next((p for p in reversed(u.path) if p != title), ""), count=1).strip()
    if title and label and not _ANSWER_LABEL.fullmatch(label) and asked.endswith(("?", "？")):
        # "**Cevap:**" over "* **Strategy:** …": a part of the answer to the heading's question
        return Finding("answer-label", f"'{label}' is part of the answer to the heading's question",
                       repaired=replace(note, front=f"{asked[:-1]} — {label}{asked[-1]}"))
    if not asked.endswith(("?", "？")) or u.in_list:
        return Finding("unanswered", f"'{label}?' asks nothing: which question it answers is not on the card")
    return Finding("answer-label", f"'{label}' answers the heading's question", repaired=replace(note, front=asked))
