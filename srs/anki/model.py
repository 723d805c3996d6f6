"""Plain data shapes exchanged between the Anki file layer and the service.

Nothing here knows about databases: the service turns its rows into
``Export*`` values and turns ``Imported*`` values into rows.

Conventions
-----------
* All datetimes are timezone-aware UTC.
* Card ``ordinal`` is Anki's template ordinal: for basic notes 0 is
  front → back and 1 the reverse card; for cloze notes it is the cloze
  number minus one (``{{c3::…}}`` → ordinal 2).
* Card ``state`` / review ``state_before``: 0 new, 1 learning, 2 review,
  3 relearning (the same numbering as ``fsrs.State`` minus one for new).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from srs.core.consts import DEFAULT_RETENTION, State

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # times given as microseconds count from here

# revlog ``type`` values as Anki stores them
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN, REVLOG_FILTERED, REVLOG_MANUAL = 0, 1, 2, 3, 4
REVLOG_RESCHEDULED = 5


class PackageError(ValueError):
    """A file that cannot be imported; ``str()`` is one user-facing line."""


# --------------------------------------------------------------- export side


@dataclass(frozen=True, slots=True)
class ExportCard:
    ordinal: int
    state: int = State.NEW
    due: datetime | None = None
    last_review: datetime | None = None
    stability: float | None = None
    difficulty: float | None = None
    interval_days: int = 0
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried: bool = False
    flag: int = 0  # 0 none, 1 red … 7 purple
    step: int | None = None  # learning step index for (re)learning cards
    desired_retention: float = DEFAULT_RETENTION  # written to Anki's card data as ``dr``
    decay: float | None = None  # FSRS-6 decay (``decay`` key); None leaves Anki's default
    key: int | None = None  # the caller's card id: what a ReviewSource's card_key refers to


@dataclass(frozen=True, slots=True)
class ExportReview:
    ordinal: int  # which card of the note
    reviewed_at: datetime
    rating: int  # 1 again … 4 easy
    duration_ms: int = 0
    interval_days: int = 0
    last_interval_days: int = 0
    state_before: int = State.NEW
    state_after: int | None = None  # the card's state after the answer (None: unknown)
    due: datetime | None = None  # the due time the answer set: a (re)learning step's length
    difficulty: float | None = None  # FSRS difficulty after the answer (Anki logs it as the factor)


@dataclass(frozen=True, slots=True)
class ExportNote:
    guid: str  # our stable id; the Anki guid is derived from it
    template: str  # "basic" | "cloze"
    front: str  # markdown; for cloze the text with {{cN::…}}
    back: str = ""  # markdown; for cloze the "extra"
    context: str = ""  # "A › B"
    source: str = ""
    deck: str = "Default"  # "A::B::C"
    tags: tuple[str, ...] = ()
    reverse: bool = False
    modified: datetime | None = None  # note mtime; a later value updates the note in Anki
    cards: tuple[ExportCard, ...] = ()
    reviews: tuple[ExportReview, ...] = ()
    # When the note came from Anki, the guid it had there: used verbatim so a
    # round trip updates the original Anki note instead of adding a copy.
    anki_guid: str | None = None


@dataclass(frozen=True, slots=True)
class ExportSummary:
    notes: int
    cards: int
    reviews: int
    decks: int
    media: int
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------- import side


@dataclass(frozen=True, slots=True)
class ImportedReview:
    """One graded answer from the package's review log."""

    reviewed_at: datetime
    rating: int  # 1-4
    duration_ms: int


# ImportedCard and ImportedNote are made by the hundred thousand per import: not
# frozen, whose __init__ costs three times as much (0.1 s for 50,000 notes).
@dataclass(slots=True)
class ImportedCard:
    ordinal: int
    suspended: bool
    buried: bool
    flag: int
    # The graded answers since the card's last reset, oldest first, as
    # (reviewed_at µs since the epoch, rating 1-4, duration ms): compact, because
    # a collection holds millions and the import replays them in bulk.
    log: tuple[tuple[int, int, int], ...]
    anki_type: int
    anki_queue: int
    anki_due: int
    anki_ivl: int
    deck: str = ""  # the card's deck (home deck when in a filtered deck)
    # Its place in the package's card order (read_collection.CARD_ORDER): an importer
    # numbers new cards by it, and srs.anki.history keys the replayed history by it.
    rank: int = 0

    @property
    def reviews(self) -> tuple[ImportedReview, ...]:
        return tuple(ImportedReview(EPOCH + timedelta(microseconds=us), rating, ms) for us, rating, ms in self.log)


@dataclass(slots=True)
class ImportedNote:
    guid: str  # the Anki guid, verbatim
    deck: str
    tags: tuple[str, ...]
    template: str  # "basic" | "cloze"
    front: str  # markdown
    back: str  # markdown
    reverse: bool
    notetype: str
    fields: dict[str, str]  # all fields as markdown, in note type order
    cards: tuple[ImportedCard, ...]
    modified: datetime


@dataclass(slots=True)
class ImportedPackage:
    notes: list[ImportedNote]
    # original Anki media name → extracted file; notes refer to ``path.name``
    media: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    collection_created: datetime | None = None
    cards: int = 0  # cards in the package's collection (new card ids are numbered up to this by rank)
