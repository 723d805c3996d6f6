"""Notes → flashcards: read free-form markdown study notes and make good cards.

``extract(text)`` parses the notes once with markdown-it, walks the document
with its heading context, and lets small named rules (``srs.extract.rules``)
turn units of text into note drafts. Every source line is accounted for in
``Extraction.lines`` (``srs import --explain``). It never raises: bad input
becomes warnings.
"""

from __future__ import annotations

from srs.extract.extractor import extract
from srs.extract.model import Extraction, LineNote

__all__ = ["Extraction", "LineNote", "extract"]
