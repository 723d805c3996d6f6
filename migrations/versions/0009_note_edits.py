"""note_edits: notes the user edited in srs (no source file to edit), and the newer version an import brought

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 13:30:00

A bundled card or one imported from an Anki package has no notes file to edit, so
the user edits it in srs; that edit is their version of the note. A later import
of the deck or package that changes the note does not overwrite it: the incoming
version waits in ``incoming`` until the user keeps theirs or takes the new one
(``srs conflicts``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'note_edits',
        sa.Column('note_id', sa.Integer(), nullable=False),
        sa.Column('edited_at', sa.BigInteger(), nullable=False),
        sa.Column('base_front', sa.Text(), nullable=False),
        sa.Column('base_back', sa.Text(), nullable=False),
        sa.Column('incoming', sa.Text(), nullable=True),
        sa.Column('incoming_at', sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(['note_id'], ['notes.id'], name=op.f('fk_note_edits_note_id_notes'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('note_id', name=op.f('pk_note_edits')),
    )


def downgrade() -> None:
    op.drop_table('note_edits')
