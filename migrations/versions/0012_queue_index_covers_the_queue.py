"""cards: the (state, due) index also holds what the review queue and the deck counts read, so they read no card rows

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 02:35:00

Issue #22 (cost against size, 1,000,000 cards). Today's queue takes the review
cards due before the day ends through ``ix_cards_state_due`` and sorts them by
retrievability (``last_review``, ``stability``), leaving out suspended and
buried cards and keeping the deck (``deck_id``); the deck list counts new, due
and learning cards by the same index with the same filters. With (state, due)
alone, SQLite looked up every due card's row in the table: at 1M cards (24,723
reviews due) the queue's query took 230 ms, 20x its time at 100k cards for 7.5x
the due cards, the rows being spread over a 1.4 GB file. With the columns in the
index the query reads the index only: 35 ms (same run, same database). The index
keeps its name and its first two columns, so every query that used it still does.
"""

from __future__ import annotations

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

COVERED = "state, due, suspended, buried_until, last_review, stability, deck_id"


def upgrade() -> None:
    op.execute("DROP INDEX ix_cards_state_due")
    op.execute(f"CREATE INDEX ix_cards_state_due ON cards ({COVERED})")


def downgrade() -> None:
    op.execute("DROP INDEX ix_cards_state_due")
    op.execute("CREATE INDEX ix_cards_state_due ON cards (state, due)")
