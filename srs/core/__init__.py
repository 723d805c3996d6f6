"""Pure domain: note and card kinds, cloze rules, scheduling on top of fsrs.

Nothing here imports SQLAlchemy, Textual or markdown-it.
"""
