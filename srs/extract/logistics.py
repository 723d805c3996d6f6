"""Study-plan logistics: lines that are not knowledge, and why.

Reading assignments, file names, day/week schedules, time budgets,
checkboxes, link-only lines, plan sections (milestones, activities) and notes
about the document itself are not cards. A schedule label in front of real
content ("Days 1–7: Architectural Principles (SOLID, …)") is dropped and the
content is read on; a study task ("Explain cost drivers (tagging, budgets)")
may still hold a list or a tradeoff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from srs.extract import rx
from srs.extract.context import is_schedule
from srs.extract.model import Block, Unit
from srs.extract.text import ITEM_MARKER, drop_parentheticals, split_items, tidy

_QUIZ_MARK = re.compile(r"\[(?:correct|wrong|incorrect|right|true|false)\]|\((?:correct|incorrect|wrong)\)\s*$", re.IGNORECASE)
_CHECKBOX = re.compile(r"^\s*(?:\[[ xX✓✔-]?\]|☐|☑|☒|✅|✔️?|❌)\s*")
# A file name starts where a run of name characters starts (the look-behind): tried from inside
# the run, the greedy run backtracks once per start, quadratic on a long line of "_".
_FILE = re.compile(r"`?(?<![\w./~-])[\w./~-]+\.(?:md|markdown|txt|pdf|docx?|pptx?|xlsx?|csv|tsv|ipynb|py|json|ya?ml|png|jpe?g|gif|svg|html?|zip)`?", re.IGNORECASE)
_TIME_BUDGET = re.compile(
    r"^\(?\s*(?:~|about\s+|approx\.?\s+)?\d+(?:[.,]\d+)?(?:\s*[–—-]\s*\d+)?\s*-?\s*"
    r"(?:min(?:ute)?s?|h|hrs?|hours?)\b(?:\s*/\s*day|\s+(?:daily|a day|per day|each day))?",
    re.IGNORECASE,
)
_TIME_PARENS = re.compile(
    r"\s*\((?:~\s*)?\d+(?:[.,]\d+)?(?:\s*[–—-]\s*\d+)?\s*-?\s*(?:min(?:ute)?s?|h|hrs?|hours?)\b[^)]*\)", re.IGNORECASE
)
_META = re.compile(
    r"^(?:(?:this|these|each|every|the following)\s+(?:[\w-]+\s+){0,3}(?:plan|plans|section|sections|document|format|guide|"
    r"compendium|list|response|version|time|notes?)\b|prepared for|remember to|would you like|let me know|"
    r"i've|i have|i hope|hope this|feel free|happy to|good luck|"
    # a chat assistant's opener pasted with its answer: "Perfect — here's a summary of Chapter 2 …"
    r"(?:perfect|awesome|great|excellent|sure|absolutely|certainly|of course|got it|alright|okay|nice)\s*[—–,!.:-]+\s*"
    r"(?:here(?:'s|’s| is| are)|below|let'?s|let’s|i'?ll|i’ll|this is)\b|here(?:'s|’s| is) (?:a|an|the|your)\s+(?:[\w-]+\s+){0,4}"
    r"(?:summary|breakdown|overview|explanation|cheat ?sheet|version|rundown)\b)",
    re.IGNORECASE,
)
# "Let's walk step-by-step through:", "In this guide we'll cover:": the list after it is what the notes go on to say
_OUTLINE_LEAD = re.compile(r"^(?:let['’]?s|let us|we['’]ll|we will|we['’]re going to|in this (?:guide|post|article|document|"
                           r"note|chapter|tutorial|lesson),?\s+(?:we|i|you)['’]?(?:ll| will)?)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:through|cover|look at|explore|discuss|go over)\b", re.IGNORECASE)
_READING_LABEL = re.compile(r"^(?:read|reading|readings|watch|listen|see|links?|references?|resources?|example resources|further reading|sources?|참고|참조|출처|参考|出典)$", re.IGNORECASE)
# "Course webpage:", "Course textbook:", "Examiner:", "Course structure:": the course's organisation, not its subject
_COURSE_LABEL = re.compile(r"^(?:(?:the\s+)?(?:course|class|module|lecture|subject)\s+(?:web\s?page|web\s?site|page|homepage|"
                           r"text\s?book|books?|literature|schedule|structure|outline|organi[sz]ation|material|materials|"
                           r"examiner|teachers?|instructors?|lecturers?|responsible|code|credits|grading|exams?|assignments?|"
                           r"labs?|info(?:rmation)?|overview|plan)|examiner|instructors?|lecturers?|teaching assistants?|"
                           r"office hours|grading|trainers?|speakers?|presenters?|tutors?|professors?|teachers?)$",
                           re.IGNORECASE)
# an exam's objective, as the syllabus words it: "Candidates should be able to back up important system data."
_OBJECTIVE = re.compile(r"^(?:the\s+)?candidates?\s+(?:should|must|will|need to|are expected to)\s+(?:be able to|know|"
                        r"understand|have|demonstrate)\b", re.IGNORECASE)
PLAN_LABELS = frozenset({
    "goal", "goals", "milestone", "milestones", "outcome", "outcomes", "activities", "activity", "breakdown",
    "schedule", "daily schedule", "weekly rhythm", "weekly schedule", "timeline", "plan", "study plan", "kpis",
    "kpi", "expansion", "expansion ideas", "expansion backlog", "follow-up", "follow-ups", "next steps", "to do",
    "todo", "to-do", "time horizon", "prep", "homework", "deliverables",
    "focus areas", "focus area", "areas of focus", "focus topics", "topics covered", "scope of the notes",
    # a guide's own front matter: who it is for, how long it takes to read, when it was last changed
    # ("Target audience" of a product is a fact about it)
    "intended audience", "who this is for", "who this guide is for", "reading time", "estimated reading time",
    "last updated", "difficulty level",
    "prerequisite", "prerequisites", "prereqs", "pre-requisites", "requisitos", "prérequis", "voraussetzungen",
    # an exam's blueprint: how much a domain weighs, how many questions, how long the exam runs
    "weightage", "exam weight", "exam weighting", "domain weight", "weighting", "number of questions",
    "exam duration", "passing score",
})
PLAN_SECTIONS = frozenset({"milestones", "milestone", "activities", "weekly rhythm", "expansion backlog", "kpis",
                           "to do", "todo", "homework", "schedule", "daily schedule", "key knowledge areas",
                           "terms and utilities", "implementation timeline", "suggested implementation timeline",
                           "what you'll learn", "what you will learn", "what you’ll learn", "learning objectives",
                           "you will learn", "in this lesson", "lesson objectives",
                           # "Next Steps": "3. **Advanced Optimizers** - Learn Adam, RMSprop …": what to study after
                           "next steps", "next step", "what's next", "what’s next", "what next", "up next",
                           "further study", "further learning", "próximos pasos", "próximos passos", "prochaines étapes",
                           "nächste schritte", "下一步", "次のステップ", "다음 단계"})
# "During the Exam", "Tips for Exam Success", "Test-taking": how to sit the exam, not its subject
_EXAM_TAKING = re.compile(r"^(?:during|before|on) (?:the )?(?:exam|test)\b|^during (?:your )?preparation$|^tips for (?:the )?"
                          r"(?:exam|test)\b|\btest[- ]taking\b|^how to (?:prepare|study|pass)\b")  # (not "Exam Strategy and Tips",
# whose commands are facts, nor an "Exam day" cram sheet)
# "Crearemos un docker con …", "Let's build our own …", "Plan para …", "Características que ofreceremos": the author's
# own build plan (a first person plural future in Spanish or Portuguese) and its tasks
_OWN_BUILD = re.compile(r"(?:we will|we'll|let's|let us|i will|i'll)\s+(?:now\s+)?(?:build|create|implement|write|code|set up)\b|"
                        r"(?:crearemos|construiremos|implementaremos|haremos|desarrollaremos|criaremos|construiremos|"
                        r"vamos a (?:crear|construir|implementar|hacer)|vamos (?:criar|construir|implementar)|nous allons|"
                        r"plan para|nuestro plan|our plan|my plan|mi plan)\b|.*\b\w{3,}[aei]remos\b|"  # ("ofreceremos": we will)
                        r"(?:my tasks|task list|todo list|lista de tareas)$")
# "About", "À propos & Objectifs", "About this repo": who the notes are for and why, not their subject
_ABOUT = re.compile(r"(?:about|à propos|a propos|acerca de|sobre|über|关于|について)(?:\s+(?:me|us|this\s+\w+|the\s+(?:author|"
                    r"project|repo|repository|guide)|mim|nós|este\s+\w+|mich|uns|dieses?\s+\w+|本项目|我))?"
                    r"(?:\s*(?:&|et|and|y|e|und)\s*(?:objectifs?|goals?|objetivos?|ziele))?[.!]?$|この(?:リポジトリ|ノート)について$")
# Labels that introduce advice rather than name a fact: drop them and read on.
SOFT_LABELS = frozenset({"focus", "tip", "tips", "note", "notes", "hint", "remember", "memorize", "memorise", "keep in mind",
                         "important", "quick tip", "claim", "thesis", "hot take", "opinion",
                         "pro tip", "quick exercise", "exercise", "reminder", "nb", "n.b",
                         "warning", "caution", "danger", "info", "attention", "heads up", "fyi", "aside", "achtung", "side-note",
                         "side note", "sidenote",
                         "warnung", "hinweis", "atención", "atenção", "attenzione", "внимание", "警告", "주의", "경고",
                         "definition", "formal definition", "informal definition", "in short", "in other words",
                         "メモ", "注意", "注", "ヒント", "ポイント", "備考", "訳注", "备注", "提示", "小贴士", "注意事项", "译注",
                         "一句话", "关键洞察", "实践建议", "实际意义", "实践意义", "正确的理解", "举例说明", "简而言之", "总之",
                         "换句话说", "小结", "例如", "比如", "举个例子", "つまり", "要するに", "補足", "先说结论", "结论先行",
                         "划重点", "敲黑板"})
STUDY_VERBS = frozenset(
    "read review study practice practise explore prepare complete finalize finalise conduct document research "
    "watch listen analyze analyse perform draw do deploy configure implement write create summarize summarise "
    "craft refine identify simulate experiment build evaluate develop attend schedule take revisit dedicate "
    "combine strengthen tailor reinforce engage whiteboard explain know learn understand memorize memorise "
    "rehearse record try skim revise master sharpen refresh brush solve design".split()
)
_TWO_WORD_VERBS = re.compile(r"^(?:set up|go through|brush up(?: on)?|focus on|work through|read up(?: on)?|get familiar with|"
                             r"quick refresh on|deep dive into|dive into)\s+", re.IGNORECASE)
_CROSS_REFERENCE = re.compile(r"^\(?\s*(?:see|cf\.?|refer to|as above|see above)\b", re.IGNORECASE)
# links to pages ("[KMS Developer Guide](https://…)"), not a wiki link's name ("Layer 1 Device: [[Hub]]")
_LINKS_ONLY = re.compile(r"(?:\[[^\]]+\]\((?:https?://|www\.|#|\.{0,2}/)[^)\s]*\)\s*[,;/|·]?\s*)+")
_ARTICLE = re.compile(r"^(?:a|an|the|your|some|at least|a few|a handful of)\s+", re.IGNORECASE)


@dataclass
class Verdict:
    reason: str  # skip reason key
    detail: str
    remainder: str | None = None  # content left to read once the logistics are dropped
    rules: str = "all"  # which rules may read the remainder: "all", "lists" (and tradeoffs) or "tradeoffs"


def classify(u: Unit) -> Verdict | None:
    """Why a unit is logistics (maybe with content to read on), or None when it is not."""
    text = u.plain
    if _CHECKBOX.match(u.md) or _CHECKBOX.match(text):
        return Verdict("checkbox", "a to-do checkbox is study-plan logistics")
    if any(_QUIZ_MARK.search(t) for t in (u.md, u.list_title or "", u.lead_text or "")):
        return Verdict("quiz", "a quiz question or one of its options ('iaas [correct]'): the notes' self-test, not a fact")
    if u.link_text_only:
        return Verdict("link-only", "only a link (and its description)")
    if u.label and ":" in u.md and _LINKS_ONLY.fullmatch(u.md.split(":", 1)[1].strip(" *_")):
        return Verdict("link-only", f"'{u.label}' over only a link ('📖 **Nitro Encryption**: [Encryption in Transit](…)')")
    if _only_files(u.body if u.label else text):
        reason = "reading" if u.label and _READING_LABEL.match(u.label) else "file-name"
        return Verdict(reason, "a reading assignment of files" if reason == "reading" else "only file names")
    if u.label and _READING_LABEL.match(u.label):
        return Verdict("reading", f"'{u.label}' is a reading/resource list, not a fact")
    if u.label and rx.fullmatch(r"tags?|keywords?|categor(?:y|ies)|etiquetas?|schlagwörter|标签|タグ|태그|теги", u.label.strip(" *_#"),
                                re.IGNORECASE) and not rx.search(r"[.!?。]\s*$", u.body.strip()):
        return Verdict("meta", f"'{u.label}: …' files the note under its tags, not a fact")  # "tags: linux, top, htop"
    if _META.match(text):
        return Verdict("meta", "a note about the document itself")
    if any(_OUTLINE_LEAD.match(t.strip(" *_")) for t in (u.list_title or "", u.lead_text or "")):
        return Verdict("meta", "an item of the outline the notes open with ('Let's walk step-by-step through:')")
    if _OBJECTIVE.match(u.body if u.label else text):
        return Verdict("study-plan", "an exam objective ('Candidates should be able to …'): what to learn, not a fact")
    if rx.search(r"\b(?:coupon|promo(?:tion)? code|voucher|referral code|discount code)\b|\bcode\b.{0,120}\b(?:discount|off)\b",
                 text, re.IGNORECASE):
        return Verdict("meta", "a discount code or offer: shopping, not knowledge")
    if _TIME_BUDGET.match(u.body if u.label else text) or (u.label and _TIME_BUDGET.match(u.label)):
        return Verdict("time-budget", "a time budget for studying")
    section = next((s for s in u.sections[::-1] if s in PLAN_SECTIONS or _EXAM_TAKING.search(s) or _OWN_BUILD.match(s)
                    or _ABOUT.match(s)), None)
    if section is not None:
        return Verdict("study-plan", f"a study task under '{section}'", remainder=text, rules="tradeoffs")
    if u.label and rx.fullmatch(r"(?:exam\s+)?(?:weight|peso|gewichtung|poids)", u.label.strip(" *_:"), re.IGNORECASE) \
            and rx.fullmatch(r"\d{1,3}\s*%?", u.body.strip()):
        return Verdict("study-plan", "an exam objective's weight ('Weight: 3'), not a fact")
    if u.label and u.label.lower().rstrip(":") in PLAN_LABELS:
        return Verdict("study-plan", f"'{u.label}' is part of the study plan")
    course = next((t for t in (u.label, u.list_title) if t and _COURSE_LABEL.match(t.strip(" *_:"))), None)
    if course:
        return Verdict("study-plan", f"'{course}' is about the course, not its subject")
    if u.label and _soft(u.label) and (not _is_list(u.body) or u.body.rstrip().endswith(("。", "！", "."))):
        return Verdict("aside", f"'{u.label}' introduces advice; read what follows it", remainder=u.body or None)
    if u.label and is_schedule(u.label):
        rest = tidy(_TIME_PARENS.sub("", u.body))
        return Verdict("schedule", f"'{u.label}' is a schedule", remainder=rest or None)
    if u.label and _CROSS_REFERENCE.match(u.body):
        return Verdict("cross-reference", "points elsewhere instead of stating a fact")
    verb_rest = None if u.label and title_case(u.label) else study_task(text)
    if verb_rest is not None:
        return Verdict("study-task", "a study task, not a fact", remainder=verb_rest, rules="lists")
    return None


def _soft(label: str) -> bool:
    """ "Note", "Tip", "注意", "所以一句话总结": a label that introduces a remark, not a fact's name."""
    plain = label.lower().strip(" :：")
    return plain in SOFT_LABELS or not plain.isascii() and bool(_CJK_REMARK.search(plain))


_CJK_REMARK = re.compile(r"一句话|总结一下|总而言之|类似的问题|相关问题|延伸阅读|拓展阅读|补充说明|小提示|温馨提示|注意事项|^注意|"
                         r"まとめると|ポイントは|補足すると")


def title_case(label: str) -> bool:
    """``Revisit Rate`` names a thing; ``Build an observability plan`` is a task."""
    words = [w for w in label.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


@lru_cache(maxsize=4096)
def study_task(text: str) -> str | None:
    """``"Explain cost drivers and guardrails (…)"`` → ``"cost drivers and guardrails (…)"``; None if not a task."""
    two = _TWO_WORD_VERBS.match(text)
    if two:
        rest = text[two.end():]
    else:
        first, _, rest = text.partition(" ")
        if first.lower().strip(",:") not in STUDY_VERBS or not rest or rx.match(r"\W*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", rest):
            return None  # ("master 서버가 다운된 경우": a noun before words of another script, no study task)
    rest = rx.sub(r"^(?:when to use|how to|about|on|to|and\s+\w+)\s+", "", rest.strip(), flags=re.IGNORECASE)
    rest = _ARTICLE.sub("", rest)
    rest = rx.sub(r"^\d+(?:\s*[–—-]\s*\d+)?\+?\s+", "", rest)
    return rest.strip() or None


def _is_list(text: str) -> bool:
    items, _ = split_items(text)
    return len(items) >= 3 and all(len(i.split()) <= 6 for i in items)


def without_time_budgets(text: str) -> str:
    return tidy(_TIME_PARENS.sub("", text))


def _only_files(text: str) -> bool:
    if not _FILE.search(text):
        return False
    rest = _FILE.sub(" ", drop_parentheticals(text, keep=1))
    return not rx.sub(r"(?:\band\b|\bor\b|[\W_])+", "", rest, flags=re.IGNORECASE)


# "[Quicksort](#quicksort)", "3.1 [Atomicity](https://github.com/…/README.md#1-atomicity)": a jump to a section of notes
_ANCHOR_ONLY = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:[~*_]*)\[[^\]]+\]\((?:[^()\s]*\.md)?#[^)]*\)(?:[~*_]*)\s*$")


def table_of_contents(block: Block) -> bool:
    """A list (with its sub-lists) whose items are mostly links to the document's own headings."""
    lines: list[str] = []

    def gather(b: Block) -> None:
        if b.kind == "item":
            lines.extend(line.md for line in b.lines[:1])
        for child in b.children:
            gather(child)

    gather(block)
    anchors = sum(1 for text in lines if _ANCHOR_ONLY.match(text))
    # a short list counts only when every item is a link into the document ("1. [Quicksort](#quicksort)")
    return len(lines) >= 4 and anchors >= 0.6 * len(lines) or len(lines) >= 2 and anchors == len(lines)


def quiz_questions(source: str) -> set[str]:
    """The list items whose sub-items are a quiz's options, one of them marked ("- who manages the root zone" over
    "  - iana [correct]"): lowercased, without their marks. Every option under such an item is the quiz, marked or not."""
    lines, out = source.split("\n"), set()
    for k, line in enumerate(lines):
        if not _QUIZ_MARK.search(line) or not ITEM_MARKER.match(line):
            continue
        indent = len(line) - len(line.lstrip())
        for above in reversed(lines[:k]):
            if above.strip() and len(above) - len(above.lstrip()) < indent:
                out.add(_QUIZ_MARK.sub("", ITEM_MARKER.sub("", above)).strip(" *_?").lower())
                break
    return out

