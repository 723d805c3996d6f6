"""review log: undo records of the newest answers only, in their own table; a learning step column

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 16:50:00

Issue #22 (database size): every review-log row carried the card's whole state
before the answer as JSON (about 90 of its 150 bytes) so it could be undone,
though a session undoes at most its last 50 steps. The records of the newest
1,000 answers move to ``answer_undo`` (srs.db.answer_rows.UNDO_RECORDS_KEPT);
the one thing an Anki export read from the others, a (re)learning card's step
before the answer, gets a column of its own. Older answers stay in the history
and in every statistic; they can no longer be undone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_KEPT = 1000  # srs.db.answer_rows.UNDO_RECORDS_KEPT when this revision was written


def upgrade() -> None:
    op.create_table(
        'answer_undo',
        sa.Column('log_id', sa.Integer(), nullable=False),
        sa.Column('record', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['log_id'], ['review_logs.id'], name=op.f('fk_answer_undo_log_id_review_logs'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('log_id', name=op.f('pk_answer_undo')),
    )
    op.add_column('review_logs', sa.Column('prev_step_us', sa.BigInteger(), nullable=True))
    # states 1 and 3: learning and relearning (srs.core.consts.State)
    op.execute("UPDATE review_logs SET prev_step_us = json_extract(prev, '$.c[4]') - json_extract(prev, '$.c[5]')"
               " WHERE prev_state IN (1, 3) AND json_type(prev, '$.c') IS NOT NULL")
    op.execute("INSERT INTO answer_undo (log_id, record) SELECT id, prev FROM review_logs"
               f" WHERE json_type(prev, '$.c') IS NOT NULL ORDER BY id DESC LIMIT {_KEPT}")
    # In place, as 0008's downgrade: a batch copy would drop the table answer_undo refers to.
    op.execute("ALTER TABLE review_logs DROP COLUMN prev")


def downgrade() -> None:
    op.add_column('review_logs', sa.Column('prev', sa.Text(), nullable=False, server_default='{}'))
    op.execute("UPDATE review_logs SET prev = (SELECT record FROM answer_undo WHERE log_id = review_logs.id)"
               " WHERE id IN (SELECT log_id FROM answer_undo)")
    op.drop_table('answer_undo')
    op.execute("ALTER TABLE review_logs DROP COLUMN prev_step_us")
