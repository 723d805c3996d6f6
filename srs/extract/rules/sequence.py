"""Sequence: a flow ``a → b → c`` (three or more steps) → one ordered-sequence card.

``Narrative Outline (Problem → Impact → Options → Recommendation → Ask)`` →
"Narrative Outline: the 5 steps in order?" / "Problem → Impact → …".
A flow is never a condition → action rule.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.arrows import ARROW, clauses, top_level_steps
from srs.extract.drafts import draft, topic
from srs.extract.model import Claim, Doc, Unit
from srs.extract.rules.condition_action import POINTS_AT_DATA
from srs.extract.rules.enumeration import SEQUENCE_TITLE
from srs.extract.text import cjk_share, is_generic, parenthetical, tidy, word_count

RULE = "sequence"
_MAX_STEP_WORDS = 6
_STATEMENT = re.compile(r"\b(?:is|are|was|were|there)\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w.])|\d+(?:ms|s|m|h|k|%)\b")


# "To encrypt an unencrypted DB: snapshot → copy → restore", "Data Lifecycle: …": a subject that names what is done
# ("Request path", "Release", "Narrative Outline", "数据流水线": a route or a run-through, as much as a "process")
_NAMES_A_PROCESS = re.compile(r"^(?:to|how to|when|zum|para|pour|per)\s+\w|\b(?:paths?|routes?|release|outline|journey|"
                              r"chain|progression|evolution|migration|upgrade)\b|流水线|路径|链路|流程|経路", re.IGNORECASE)
_CLICK = re.compile(r"^(?:search|click|select|open|go to|navigate to|choose|create|add|save|review \+ create|next|ok|"
                    r"apply|submit|settings|menu|tab)\b|^[\"“'][^\"”']+[\"”']$", re.IGNORECASE)


def apply(u: Unit, doc: Doc) -> Claim | None:
    text = u.body if u.label else u.plain
    if not ARROW.search(text):
        return None
    if rx.search(r"\$[^$\n]*(?:->|=>|→)[^$\n]*\$", u.md):
        return None  # "$a -> b \Rightarrow C_i(a) < C_j(b)$": arrows of a formula, not steps or outcomes
    subject, chain = _chain(text)
    if chain is None:
        return None
    if rx.fullmatch(r"(?:path|navigation|navigate|menu|portal|console|where|location|ui)", (u.label or "").strip(" *_"),
                    re.IGNORECASE) or rx.search(r"\b(?:admin center|portal|console)\b", chain[0], re.IGNORECASE):
        return Claim("ui-clicks", skip=True, detail="a path through a console's menus ('Path: admin center → Groups → …'), "
                                                     "not a sequence to learn")
    if sum(1 for step in chain if _CLICK.match(step.strip(" *_`"))) * 2 >= len(chain):
        return Claim("ui-clicks", skip=True, detail="clicks in a console ('Search \"DNS zones\" → Create → …'), not a "
                                                     "procedure to recall")
    if all(rx.fullmatch(r"[A-Z][0-9']?", step.strip(" *_`")) for step in chain[:2]):
        return None  # "A → B → C chain exists": a dependency written in letters, a formula, not steps to recall
    if not subject and u.label and is_generic(u.label) and not SEQUENCE_TITLE.search(u.label):
        return None  # "**Result**: … the entire chain (Ingress -> Cert -> LB) is complete": which process, "Result" cannot say
    subject = subject or u.label or ""
    if subject and not _NAMES_A_PROCESS.search(subject) and not SEQUENCE_TITLE.search(subject) \
            and not SEQUENCE_TITLE.search(" ".join([u.list_title or "", *u.path[-1:]])):
        return Claim("unnamed-flow", skip=True, detail="a chain under a name that says no process ('State: closed → open "
                                                       "→ half open', 'Subnetmask: …'): which steps, in what order, the front cannot say")
    if not subject and (u.list_title or u.path):
        subject = topic(u)
        if not SEQUENCE_TITLE.search(subject) and not rx.search(r"priorit|precedence|ranking", subject, re.IGNORECASE):
            return None  # "metric filters → metric → alarm" under "Logs": which process is in order, the front cannot say
    if cjk_share(subject) > 0.3 and len(subject) > 16:
        return None  # "即使是为了请求一个非常少的数据，也可能需要完整经历：": a sentence, not the name of a process
    arrow_line = " → ".join(chain)
    if POINTS_AT_DATA.search(subject):
        return None  # "上面的 关系-1 中存在以下传递函数依赖": a chain inside the example shown, not a flow to learn
    if cjk_share(subject + arrow_line) > 0.3:
        if not subject:
            return None
        front = f"{subject}：顺序？" if doc.language != "ja" else f"{subject}：順序は？"
    elif subject:
        front = f"{subject}: the {len(chain)} steps in order?"
    else:  # "js code -> js parser -> AST -> machine code" under no heading: the steps of what, the front cannot say
        return Claim("unnamed-flow", skip=True, detail="a chain with no name or heading to say which process it is")
    return Claim(RULE, [draft(u, NoteKind.SEQUENCE, RULE, front, arrow_line)], detail=f"a flow of {len(chain)} steps")


def _chain(text: str) -> tuple[str, list[str] | None]:
    group = parenthetical(text)
    if group and ARROW.search(group[1]) and not ARROW.search(group[0]):
        subject = tidy(group[0])
        for clause in clauses(group[1]):
            steps = _steps(clause)
            if steps:
                return (subject if word_count(subject) <= 6 else ""), steps
    for clause in clauses(text):
        steps = _steps(clause)
        if steps:
            return "", steps
    return "", None


def _steps(clause: str) -> list[str] | None:
    steps = [tidy(s) for s in top_level_steps(clause)]
    if len(steps) < 3 or any(not s or word_count(s) > _MAX_STEP_WORDS for s in steps):
        return None
    if all(rx.fullmatch(r"[A-Za-z]\d?'?", s) for s in steps):
        return None  # "A → B → C": a notation of letters (a transitive dependency), not steps to learn
    if sum(1 for s in steps if _NUMBER.search(s)) >= 2:  # a calculation, not a flow
        return None
    if all(", " in s for s in steps[1:-1]):
        return None  # "SPAs → Auth Code + PKCE, Web Apps → Auth Code, Services → …": pairs in a list, not one flow
    if any(_STATEMENT.search(s) or s.count(",") >= 2 for s in steps):
        return None  # "DataFrame is SQL's core abstraction → RDD with schema → …": statements and lists, not steps
    return steps
