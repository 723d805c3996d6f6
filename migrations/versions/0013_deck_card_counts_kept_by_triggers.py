"""deck_card_counts: each deck's cards per state and suspension, kept by triggers; an index of buried cards

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 05:00:00

Issue #22 (cost against size). The deck list grew 15x from 100k to 1M cards (Anki 7.6x).
At 1M cards (bench cache, EXPLAIN QUERY PLAN and timings of each query): the per-deck
totals read an entry of ``ix_cards_deck_id_due`` per card (59 ms), and the new-card counts
read an entry of ``ix_cards_state_due`` per new card (65,808 of them; with the due reviews,
44 ms). Both grew as the collection. Neither depends on the clock, so the table keeps them,
changed by triggers in the transaction of every write to a card (srs.db.deck_card_counts
holds the same statements and checks them when a database is opened).

A new card is offered unless suspended or buried; burials end with the study day, so they
are counted at read time, through a partial index of the cards that carry a burial time
(read from the first burial still running: a few cards, however large the collection).
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_KEY = "deck_id = {row}.deck_id AND state = {row}.state AND suspended = {row}.suspended"
_ADD = ("INSERT INTO deck_card_counts (deck_id, state, suspended, cards) VALUES (NEW.deck_id, NEW.state, NEW.suspended, 1)"
        " ON CONFLICT (deck_id, state, suspended) DO UPDATE SET cards = cards + 1;")
_TAKE = f"UPDATE deck_card_counts SET cards = cards - 1 WHERE {_KEY.format(row='OLD')};"
TRIGGERS = {
    "deck_card_counts_on_insert": f"CREATE TRIGGER deck_card_counts_on_insert AFTER INSERT ON cards BEGIN {_ADD} END",
    "deck_card_counts_on_delete": f"CREATE TRIGGER deck_card_counts_on_delete AFTER DELETE ON cards BEGIN {_TAKE} END",
    "deck_card_counts_on_update": (
        "CREATE TRIGGER deck_card_counts_on_update AFTER UPDATE OF deck_id, state, suspended ON cards"
        " WHEN OLD.deck_id IS NOT NEW.deck_id OR OLD.state IS NOT NEW.state OR OLD.suspended IS NOT NEW.suspended"
        f" BEGIN {_TAKE} {_ADD} END"),
}


def upgrade() -> None:
    op.execute("CREATE TABLE deck_card_counts (deck_id INTEGER NOT NULL, state INTEGER NOT NULL,"
               " suspended BOOLEAN NOT NULL, cards INTEGER NOT NULL,"
               " CONSTRAINT pk_deck_card_counts PRIMARY KEY (deck_id, state, suspended),"
               " CONSTRAINT fk_deck_card_counts_deck_id_decks FOREIGN KEY(deck_id) REFERENCES decks (id) ON DELETE CASCADE)"
               " WITHOUT ROWID")
    op.execute("INSERT INTO deck_card_counts (deck_id, state, suspended, cards)"
               " SELECT deck_id, state, suspended, count(*) FROM cards GROUP BY deck_id, state, suspended")
    for sql in TRIGGERS.values():
        op.execute(sql)
    op.execute("CREATE INDEX ix_cards_buried_until ON cards (buried_until, state, suspended, deck_id)"
               " WHERE buried_until IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX ix_cards_buried_until")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE deck_card_counts")
