"""The tables, as typed SQLAlchemy 2 models.

Times are tz-aware UTC (stored as integer microseconds, see ``types``).
The schema is created and changed only by Alembic revisions in ``migrations/``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from srs.core.consts import (
    DEFAULT_BURY_SIBLINGS,
    DEFAULT_DAY_START_HOUR,
    DEFAULT_FUZZ,
    DEFAULT_LEECH_ACTION,
    DEFAULT_LEECH_THRESHOLD,
    DEFAULT_MAXIMUM_INTERVAL,
    DEFAULT_NEW_PER_DAY,
    DEFAULT_RETENTION,
    DEFAULT_REVIEWS_PER_DAY,
    MAX_ANSWER_SECONDS,
    State,
)
from srs.db.types import JSONText, UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Preset(Base):
    """Scheduling options shared by decks (Anki calls these deck options)."""

    __tablename__ = "presets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    desired_retention: Mapped[float] = mapped_column(Float, default=DEFAULT_RETENTION)
    parameters: Mapped[list[float] | None] = mapped_column(JSONText)  # None: fsrs defaults
    learning_steps: Mapped[list[int]] = mapped_column(JSONText)  # seconds
    relearning_steps: Mapped[list[int]] = mapped_column(JSONText)  # seconds
    maximum_interval: Mapped[int] = mapped_column(Integer, default=DEFAULT_MAXIMUM_INTERVAL)  # days
    new_per_day: Mapped[int] = mapped_column(Integer, default=DEFAULT_NEW_PER_DAY)
    reviews_per_day: Mapped[int] = mapped_column(Integer, default=DEFAULT_REVIEWS_PER_DAY)
    day_start_hour: Mapped[int] = mapped_column(Integer, default=DEFAULT_DAY_START_HOUR)
    leech_threshold: Mapped[int] = mapped_column(Integer, default=DEFAULT_LEECH_THRESHOLD)
    # answer times are logged clamped to this
    max_answer_seconds: Mapped[int] = mapped_column(Integer, default=MAX_ANSWER_SECONDS,
                                                    server_default=text(str(MAX_ANSWER_SECONDS)))
    fuzz: Mapped[bool] = mapped_column(Boolean, default=DEFAULT_FUZZ)
    leech_action: Mapped[str] = mapped_column(String(10), default=DEFAULT_LEECH_ACTION,
                                              server_default=DEFAULT_LEECH_ACTION)  # srs.core.consts.LEECH_ACTIONS
    bury_siblings: Mapped[bool] = mapped_column(Boolean, default=DEFAULT_BURY_SIBLINGS, server_default=text("1"))


class Deck(Base):
    """A deck; ``name`` is the full path ``A::B::C``."""

    __tablename__ = "decks"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), unique=True)
    preset_id: Mapped[int] = mapped_column(ForeignKey("presets.id", ondelete="RESTRICT"), index=True)
    # Custom study's extra new cards and reviews for one study day (its local date), over the preset's limits.
    extend_date: Mapped[str | None] = mapped_column(String(10))
    extend_new: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    extend_reviews: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    preset: Mapped[Preset] = relationship()


class Source(Base):
    """A file or URI that notes were imported from."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    uri: Mapped[str] = mapped_column(Text, unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(20))  # markdown, apkg, colpkg, csv, text
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Note(Base):
    """One fact. ``guid`` is its stable identity across edits and exports."""

    __tablename__ = "notes"
    # Most notes are no tradeoff and link to no note: the two indexes hold only the notes that are (migration 0011).
    __table_args__ = (Index("ix_notes_tradeoff", "tradeoff", sqlite_where=text("tradeoff IS NOT NULL")),
                      Index("ix_notes_linked_note_id", "linked_note_id", sqlite_where=text("linked_note_id IS NOT NULL")))
    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(64), unique=True)
    key: Mapped[str] = mapped_column(String(64), index=True)  # NoteDraft.key at last import
    kind: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(40))
    template: Mapped[str] = mapped_column(String(10))  # basic | cloze
    reverse: Mapped[bool] = mapped_column(Boolean, default=False)
    front: Mapped[str] = mapped_column(Text)
    back: Mapped[str] = mapped_column(Text)
    fields: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)  # extra fields (Anki imports)
    tags: Mapped[str] = mapped_column(Text, default="")  # " tag1 tag2 " (space-delimited, Anki style)
    heading_path: Mapped[list[str]] = mapped_column(JSONText, default=list)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id", ondelete="RESTRICT"))  # no index: see migration 0011
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    line: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
    tradeoff: Mapped[str | None] = mapped_column(String(300))
    linked_note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    orphaned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)

    cards: Mapped[list[Card]] = relationship(back_populates="note", cascade="all, delete-orphan")


class NoteSource(Base):
    """Every source a note was seen in (a fact in two files is one note)."""

    __tablename__ = "note_sources"
    __table_args__ = {"sqlite_with_rowid": False}  # the primary key is the table (migration 0011)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True, index=True)
    line: Mapped[int] = mapped_column(Integer, default=0)


class NoteEdit(Base):
    """A note the user edited in srs (it has no notes file to edit): their version of the note.

    The note's ``key`` and ``content_hash`` stay those of the version it was imported as, so
    a re-import of that same version changes nothing; ``base_front``/``base_back`` are that
    version's text (to recognise it when the deck rewords the front). A re-import that brings
    a different version parks it in ``incoming`` (a conflict) until the user keeps theirs
    or takes it (srs.service.note_edits).
    """

    __tablename__ = "note_edits"
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True)
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    base_front: Mapped[str] = mapped_column(Text)
    base_back: Mapped[str] = mapped_column(Text)
    incoming: Mapped[dict[str, Any] | None] = mapped_column(JSONText)  # the version an import brought, unapplied
    incoming_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Suggestion(Base):
    """A card the extractor's critic would not make on its own: offered, never scheduled.

    ``status`` is pending until the user accepts it (it becomes ``note_id``) or
    rejects it; both decisions outlive re-imports of the source (matched by ``key``).
    """

    __tablename__ = "suggestions"
    __table_args__ = (UniqueConstraint("source_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))  # NoteDraft.key
    kind: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(40))
    template: Mapped[str] = mapped_column(String(10))
    front: Mapped[str] = mapped_column(Text)
    back: Mapped[str] = mapped_column(Text)
    heading_path: Mapped[list[str]] = mapped_column(JSONText, default=list)
    line: Mapped[int] = mapped_column(Integer, default=0)
    check: Mapped[str] = mapped_column(String(40))  # the critic's check that held it back
    detail: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)  # pending | accepted | rejected
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Card(Base):
    """One reviewable side of a note, with its FSRS memory state."""

    __tablename__ = "cards"
    __table_args__ = (
        UniqueConstraint("note_id", "ordinal"),
        Index("ix_cards_deck_id_due", "deck_id", "due"),
        # learning cards due now without a scan; the queue's and deck counts' columns too, so they read no card rows (0012)
        Index("ix_cards_state_due", "state", "due", "suspended", "buried_until", "last_review", "stability", "deck_id"),
        # the cards buried now, read from the first burial still running (deck counts, 0013)
        Index("ix_cards_buried_until", "buried_until", "state", "suspended", "deck_id",
              sqlite_where=text("buried_until IS NOT NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id", ondelete="RESTRICT"))
    ordinal: Mapped[int] = mapped_column(Integer, default=0)  # cloze number - 1, or 0/1 for reverse
    position: Mapped[int] = mapped_column(Integer, default=0)  # new-card order (source order)
    state: Mapped[int] = mapped_column(Integer, default=int(State.NEW))  # srs.core.consts.State
    step: Mapped[int | None] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    # The desired retention and FSRS decay (w[20]) the memory state was scheduled with in Anki,
    # kept from an import until the card is answered here; None: the deck's preset's.
    desired_retention: Mapped[float | None] = mapped_column(Float)
    decay: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime] = mapped_column(UTCDateTime)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    buried_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    flag: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    note: Mapped[Note] = relationship(back_populates="cards")


class DeckCardCount(Base):
    """How many cards a deck has in one state, suspended or not: kept by triggers on ``cards``
    (srs.db.deck_card_counts, migration 0013), never written by srs's code."""

    __tablename__ = "deck_card_counts"
    __table_args__ = {"sqlite_with_rowid": False}
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[int] = mapped_column(Integer, primary_key=True)
    suspended: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    cards: Mapped[int] = mapped_column(Integer)


class ReviewLog(Base):
    """One answer: the card's state after it, and what Anki's review log needs of the state before it."""

    __tablename__ = "review_logs"
    __table_args__ = (Index("ix_review_logs_reviewed_at", "reviewed_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    rating: Mapped[int] = mapped_column(Integer)  # 1 again, 2 hard, 3 good, 4 easy
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[int] = mapped_column(Integer)  # state after the answer
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime] = mapped_column(UTCDateTime)  # due after the answer
    prev_state: Mapped[int] = mapped_column(Integer, default=int(State.NEW), server_default=text("0"))  # state before the answer
    # The card's interval before the answer in whole days (srs.core.days.interval_days): Anki's lastIvl.
    prev_interval_days: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # A (re)learning card's step before the answer in µs (its due minus its last review): Anki's
    # negative lastIvl on export. None for other states and for answers imported from elsewhere.
    prev_step_us: Mapped[int | None] = mapped_column(BigInteger)


class AnswerUndo(Base):
    """The undo record of one of the newest answers (srs.db.answer_rows.UNDO_RECORDS_KEPT): the card
    before the answer, so a session can take it back exactly.

    Not a column of the review log: a session undoes at most its last 50 steps, and a record per
    answer forever was two thirds of the review log's bytes (issue #22, database size).
    Compact JSON: {"c": [state, step, stability, difficulty, due, last_review, reps, lapses,
    suspended, buried_until, flag]} (times in µs), plus "s" (siblings it buried,
    [[card_id, buried_until], …]), "t" (the note's tags) and "r" (the card's desired_retention
    and decay) when set.
    """

    __tablename__ = "answer_undo"
    log_id: Mapped[int] = mapped_column(ForeignKey("review_logs.id", ondelete="CASCADE"), primary_key=True)
    record: Mapped[dict[str, Any]] = mapped_column(JSONText)
