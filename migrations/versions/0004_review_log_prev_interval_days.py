"""review log: the card's interval before each answer (Anki's lastIvl)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 20:30:00

Exports wrote Anki's ``lastIvl`` by walking every card's log in order in
Python (a second of a 50k-note export); stored, the package's review log is
one INSERT ... SELECT.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('review_logs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_interval_days', sa.Integer(), server_default=sa.text('0'), nullable=False))
    # The interval before an answer is the interval the previous answer of the card
    # set: whole days, half a day rounding up (srs.core.days.interval_days).
    op.execute("""
        UPDATE review_logs SET prev_interval_days = before.days
        FROM (
          SELECT id, max(0, (lag(due) OVER w - lag(reviewed_at) OVER w + 43200000000) / 86400000000) AS days
          FROM review_logs WINDOW w AS (PARTITION BY card_id ORDER BY reviewed_at, id)
        ) AS before
        WHERE before.id = review_logs.id AND before.days > 0
    """)


def downgrade() -> None:
    with op.batch_alter_table('review_logs', schema=None) as batch_op:
        batch_op.drop_column('prev_interval_days')
