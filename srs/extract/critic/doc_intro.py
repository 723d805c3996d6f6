"""The line under a document's title that says what the document is: "# Cheat Sheet: IAM Best Practices" over "Quick
reference for AWS Identity and Access Management best practices." asks "Cheat Sheet: IAM Best Practices?" and
answers with a description of the notes, not of IAM; a title slide over its author's name ("Кирилл Корняков (Itseez)")
answers with a byline."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_ABOUT_NOTES = re.compile(r"(?:an?\s+|my\s+)?(?:quick|short|brief|concise|personal|complete|comprehensive)?\s*"
                          r"(?:reference|guide|overview|summary|cheat\s*sheet|notes|study notes|collection|compilation|"
                          r"introduction|primer|walkthrough)\s+(?:for|of|on|about|to|covering)\b|"
                          r"(?:this|these)\s+(?:document|page|guide|notes?|cheat\s*sheet|file|repo(?:sitory)?)\b",
                          re.IGNORECASE)


# "Кирилл Корняков (Itseez, ННГУ)", "Jane Doe, ACME Corp": names (and where they work) and nothing else
_BYLINE = re.compile(r"(?:[^\W\d_][\w.'’-]*\s+){1,3}[^\W\d_][\w.'’-]*\s*(?:[(,]\s*[^()]{2,40}\)?)?\.?")


def document_intro(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule != "heading-fact" or len(u.path) > 1:
        return None
    back = note.back.strip()
    named = rx.match(r"(?:by|von|par|por|di|作者[:：]?)\s+(?:[A-Z][\w.'’-]*\s*){1,3}(?:[.,;]|$)", back)  # "by Mikito Takada. If …"
    if named or _BYLINE.fullmatch(back) and all(w[:1].isupper() for w in back.split("(")[0].replace(",", " ").split()):
        return Finding("meta-section", "the line under the document's title is its author's byline, not its subject")
    if not _ABOUT_NOTES.match(back):
        return None
    return Finding("meta-section", "the line under the document's title describes the notes, not their subject")


# "Die Agenda für diesen Block …: Die Inhalte umfassen:", "This module covers:": the course's plan over its topics
_AGENDA = re.compile(r"\b(?:agenda|syllabus|lehrplan|inhalte (?:umfassen|sind)|temario|programa do curso|"
                     r"(?:this|the|diese[rms]?) (?:block|module|course|lecture|session|modul|kurs|vorlesung)\s+"
                     r"(?:covers|will cover|includes|umfasst|behandelt)|topics covered|in this (?:course|module|block)\b)",
                     re.IGNORECASE)


# "앞으로 (공룡책에서) 주로 배우게 될 서비스 ⇒ …", "Topics we will learn next → …": what the reader will study
_TO_LEARN = re.compile(r"\b(?:we|you)(?:'ll| will| are going to) (?:learn|cover|study)\b|배우게 될|배울 (?:것|내용)|"
                       r"앞으로.{0,20}배우|これから学ぶ|学ぶ予定|将(?:要)?学习|接下来(?:要)?学习", re.IGNORECASE)


def agenda_item(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "**Grundlagen eines ISMS:** Vertiefung des Verständnisses …" under "Die Inhalte umfassen:": what the course
    block will treat, not a fact about the topic."""
    if rx.search(_TO_LEARN, note.front):
        return Finding("meta-section", "the card asks what the reader will study later, not a fact about the subject")
    if note.rule not in ("labelled-fact", "definition") or not u.in_list or not _AGENDA.search(u.lead_text or ""):
        return None
    return Finding("meta-section", "an item of the course's agenda (what it will cover), not a fact about the subject")


# "Claude E. Shannon — Published September 1945", "RFC 2616 — released in 1999": when a work came out, no meaning
_PUBLISHED = re.compile(r"(?:first\s+)?(?:published|written|released|presented|veröffentlicht|publicado|publié|pubblicato|"
                        r"发表于|出版于)\b[^.;]{0,30}?(?:\b\d{4}\b|\d{4}年)[.)]?$", re.IGNORECASE)


def publication_date(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.rule not in ("definition", "labelled-fact") or not _PUBLISHED.match(note.back.strip()):
        return None
    return Finding("meta-section", f"'{note.back.strip()}' says when a work came out, not what the name means")
