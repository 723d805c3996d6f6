"""The line under a document's title that says what the document is: "# Cheat Sheet: IAM Best Practices" over "Quick
reference for AWS Identity and Access Management best practices." asks "Cheat Sheet: IAM Best Practices?" and
answers with a description of the notes, not of IAM."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_ABOUT_NOTES = re.compile(r"(?:an?\s+|my\s+)?(?:quick|short|brief|concise|personal|complete|comprehensive)?\s*"
                          r"(?:reference|guide|overview|summary|cheat\s*sheet|notes|study notes|collection|compilation|"
                          r"introduction|primer|walkthrough)\s+(?:for|of|on|about|to|covering)\b|"
                          r"(?:this|these)\s+(?:document|page|guide|notes?|cheat\s*sheet|file|repo(?:sitory)?)\b",
                          re.IGNORECASE)


def document_intro(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "heading-fact" or len(u.path) > 1 or not _ABOUT_NOTES.match(note.back.strip()):
        return None
    return Finding("meta-section", "the line under the document's title describes the notes, not their subject")
