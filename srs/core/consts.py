"""The domain's vocabulary, each fact once: card states, ratings, flags and the preset defaults.

Like Anki's ``consts.py``: the database, the service, the TUI and the CLI all
import these, so a state is never a bare ``2`` and a default never has a second
copy to drift from. Nothing here imports anything but the standard library.
"""

from __future__ import annotations

from enum import IntEnum


class State(IntEnum):
    """A card's state; the numbers are stored in ``cards.state`` and are Anki's card types too."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class CardType(IntEnum):
    """What a card was when it was answered, as Anki's answer-button and true-retention tables count it."""

    LEARNING = 0  # new, learning or relearning
    YOUNG = 1  # a review card with an interval under YOUNG_DAYS
    MATURE = 2


YOUNG_DAYS = 21  # a review card is mature from this interval on (Anki's 21 days)

# States a card is in while it walks its (re)learning steps: due at a time of day, not on a day.
LEARNING_STATES = (State.LEARNING, State.RELEARNING)
# States with an interval in days (a relearning card keeps the interval it lapsed from).
INTERVAL_STATES = (State.REVIEW, State.RELEARNING)

STATE_NAMES: dict[int, str] = {State.NEW: "new", State.LEARNING: "learning", State.REVIEW: "review", State.RELEARNING: "relearning"}
# The browse table's narrow State column.
SHORT_STATE_NAMES: dict[int, str] = {State.NEW: "new", State.LEARNING: "learn", State.REVIEW: "review", State.RELEARNING: "relearn"}

RATING_WORDS = {"again": Rating.AGAIN, "hard": Rating.HARD, "good": Rating.GOOD, "easy": Rating.EASY}
RATING_NAMES = {rating: word.capitalize() for word, rating in RATING_WORDS.items()}  # "Again" … "Easy"

# Anki's flag numbers and colours: 0 is no flag.
FLAG_NAMES = {0: "none", 1: "red", 2: "orange", 3: "green", 4: "blue", 5: "pink", 6: "turquoise", 7: "purple"}
MAX_FLAG = max(FLAG_NAMES)

# The preset every collection starts with. The schema (srs.db.models) and the
# scheduler's options (srs.core.scheduling.SchedulingOptions) take their defaults from here.
DEFAULT_PRESET = "default"
DEFAULT_RETENTION = 0.9
DEFAULT_LEARNING_STEPS = (60, 600)  # seconds
DEFAULT_RELEARNING_STEPS = (600,)  # seconds
MAX_INTERVAL_DAYS = 36500  # Anki's largest interval, a hundred years: the bound of any span in days
DEFAULT_MAXIMUM_INTERVAL = MAX_INTERVAL_DAYS  # days
DEFAULT_NEW_PER_DAY = 20
DEFAULT_REVIEWS_PER_DAY = 200
DEFAULT_DAY_START_HOUR = 4  # FSRS counts elapsed days in study days (srs.core.days.elapsed_days)
DEFAULT_LEECH_THRESHOLD = 8
# What happens to a card that becomes a leech (Anki's "leech action"): it is tagged "leech"
# either way; "suspend" also suspends it.
LEECH_ACTIONS = ("suspend", "tag")
DEFAULT_LEECH_ACTION = "suspend"
DEFAULT_BURY_SIBLINGS = True  # answering a card buries its siblings until tomorrow
DEFAULT_FUZZ = True
# An answer is logged as taking at most this long (Anki's "maximum answer seconds", per preset):
# a card left on screen while you make tea does not count as ten minutes of thinking.
MAX_ANSWER_SECONDS = 60
