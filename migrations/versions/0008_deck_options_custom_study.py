"""presets: leech action and bury siblings; decks: today's custom-study extension of the daily limits

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 13:40:00

Deck options (issue #19) make two fixed behaviours choices of the preset, as in
Anki: what a leech does (``suspend`` the card, or only ``tag`` it) and whether
answering a card buries its siblings until tomorrow. Every existing preset keeps
what srs always did (suspend, bury). Custom study's "extra new cards / reviews
today" is kept on the deck for one study day (``extend_date``, local date),
as Anki keeps it in the deck's today counters.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


# In place, as 0005 and 0007: a batch copy of decks would have to drop the table cards refer to.
def upgrade() -> None:
    op.add_column('presets', sa.Column('leech_action', sa.String(length=10), nullable=False, server_default='suspend'))
    op.add_column('presets', sa.Column('bury_siblings', sa.Boolean(), nullable=False, server_default=sa.text('1')))
    op.add_column('decks', sa.Column('extend_date', sa.String(length=10), nullable=True))
    op.add_column('decks', sa.Column('extend_new', sa.Integer(), nullable=False, server_default=sa.text('0')))
    op.add_column('decks', sa.Column('extend_reviews', sa.Integer(), nullable=False, server_default=sa.text('0')))


def downgrade() -> None:
    for table, column in (('decks', 'extend_reviews'), ('decks', 'extend_new'), ('decks', 'extend_date'),
                          ('presets', 'bury_siblings'), ('presets', 'leech_action')):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
