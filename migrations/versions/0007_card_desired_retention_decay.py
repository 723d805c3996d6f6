"""cards: the desired retention and FSRS decay a card's schedule was made with elsewhere

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 11:00:00

An Anki card's data carries the desired retention (``dr``) and FSRS-6 decay
(``decay``, the preset's w[20]) its memory state was last scheduled with. An
imported card keeps them until it is answered here; NULL (every existing card):
the card's preset's, which is what an answer here schedules with.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


# In place, as 0005: a batch copy of cards would have to drop the table review_logs refers to.
def upgrade() -> None:
    op.add_column('cards', sa.Column('desired_retention', sa.Float(), nullable=True))
    op.add_column('cards', sa.Column('decay', sa.Float(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE cards DROP COLUMN decay")
    op.execute("ALTER TABLE cards DROP COLUMN desired_retention")
