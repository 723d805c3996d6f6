"""Backs that answer nothing on their own (srs.extract.critic.labels): a back that points at another line ("the above
command", "Like linear probing."), leans on a pronoun, is only a condition, a hedge or a placeholder."""

from __future__ import annotations

import re

BACK_POINTS_ELSEWHERE = re.compile(r"\bsee\s+`?[\w./-]+\.(?:java|py|go|js|ts|rs|kt|cs|cpp|c|md|ipynb)\b|"
                                   r"^(?:using|with|by|via)\s+(?:this|that|these|those)\b|\b(?:the\s+)?(?:above|previous|"
                                   r"preceding|following|below)\s+(?:command|one|option|example|step|item|line|section)s?\b|"
                                   r"\bsame as (?:above|before|below)\b|^(?:the\s+)?same as\b|^(?:already|as)\s+(?:explained|covered|discussed|described|"
                                   r"mentioned|shown)\b|^see (?:above|below)\b|"  # "Like linear probing.": a sibling's answer
                                   r"^(?:just\s+)?(?:like|as|as in|similar to)\s+(?!an?\s|the\s)[^,.;:]{1,40}[.!]?$|"
                                   r"^(?:se explica en|se ve en|ver (?:el )?(?:tema|capítulo)|veja (?:o )?(?:capítulo|tema)|"
                                   r"siehe|voir (?:le )?(?:chapitre|cours)|explained in|covered in)\b", re.IGNORECASE)
PRONOUN_LEAD = re.compile(r"^(?:they|it|these|those|this|elas|eles|ellas|ellos|isso|isto|esto|estas|estos|sie|es|ils|elles|"
                          r"они|оно|она|это|它们|它|これら|それら)\s", re.IGNORECASE)
CONDITION = re.compile(r"^(?:if|when|unless|only if|only when|in case)\b", re.IGNORECASE)
HEDGE = re.compile(r"^\(?\s*(?:not (?:well |clearly |yet )?defined|tbd|todo|to do|n/?a|unknown|unclear|"
                   r"don'?t know|not sure|\?+)\s*\)?", re.IGNORECASE)
# "`terraform plan`" over "work in progress": the author's placeholder for an answer still to be written
UNWRITTEN = re.compile(r"^\(?\s*(?:(?:a\s+)?work in progress|wip|coming soon|to be (?:added|written|done|continued)|"
                       r"em (?:construção|andamento)|en (?:construcción|cours)|in arbeit|待补充|待续|未完成|作成中)\W*$", re.IGNORECASE)
