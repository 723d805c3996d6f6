"""presets: the longest answer time logged (Anki's "maximum answer seconds")

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 23:00:00

A review session logs the time a card was on screen, clamped to this many
seconds (srs.core.scheduling.MAX_ANSWER_SECONDS for existing presets).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


# SQLite adds and drops the column in place: a batch (copy and rename) would drop
# the presets table that decks refer to, which the foreign keys refuse.
def upgrade() -> None:
    op.add_column('presets', sa.Column('max_answer_seconds', sa.Integer(), server_default=sa.text('60'), nullable=False))


def downgrade() -> None:
    op.execute("ALTER TABLE presets DROP COLUMN max_answer_seconds")
