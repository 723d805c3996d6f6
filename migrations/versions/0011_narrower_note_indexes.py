"""notes: no deck index, tradeoff and link indexes hold only the notes that have one; note_sources without rowid

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 21:30:00

Issue #22 (database size, 1.22x Anki's collection at 100k cards). Measured
with sqlite's dbstat on the bench's 100k-card database (72k notes):

- ``ix_notes_tradeoff`` (0.73 MB) and ``ix_notes_linked_note_id`` (0.68 MB)
  indexed every note, though 7 % of notes are tradeoffs and few link to
  another; as partial indexes (``WHERE ... IS NOT NULL``) they hold only
  those. Every lookup (``tradeoff = ?``, the ``ON DELETE SET NULL`` of a
  linked note) implies ``IS NOT NULL``, so SQLite still uses them.
- ``ix_notes_deck_id`` (0.76 MB): nothing looks notes up by deck but a
  deck export (``deck_id IN (...)``: 48 ms by a scan against 46 ms by the
  index at 100k cards) and deleting an empty deck an undone import made
  (a scan of the notes, 43 ms). Cards keep their (deck_id, due) index.
- ``note_sources`` stored each link twice, in the table (1.10 MB) and in
  its primary-key index (1.03 MB); as a ``WITHOUT ROWID`` table the primary
  key is the table.
"""

from __future__ import annotations

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_LINKS = ("CREATE TABLE {name} (note_id INTEGER NOT NULL, source_id INTEGER NOT NULL, line INTEGER NOT NULL,"
          " CONSTRAINT pk_note_sources PRIMARY KEY (note_id, source_id),"
          " CONSTRAINT fk_note_sources_note_id_notes FOREIGN KEY(note_id) REFERENCES notes (id) ON DELETE CASCADE,"
          " CONSTRAINT fk_note_sources_source_id_sources FOREIGN KEY(source_id) REFERENCES sources (id)"
          " ON DELETE CASCADE){rowid}")


def _rebuild_links(rowid: str) -> None:
    op.execute(_LINKS.format(name="note_sources_new", rowid=rowid))
    op.execute("INSERT INTO note_sources_new (note_id, source_id, line) SELECT note_id, source_id, line FROM note_sources"
               " ORDER BY note_id, source_id")
    op.execute("DROP TABLE note_sources")
    op.execute("ALTER TABLE note_sources_new RENAME TO note_sources")
    op.execute("CREATE INDEX ix_note_sources_source_id ON note_sources (source_id)")


def upgrade() -> None:
    op.execute("DROP INDEX ix_notes_deck_id")
    op.execute("DROP INDEX ix_notes_tradeoff")
    op.execute("CREATE INDEX ix_notes_tradeoff ON notes (tradeoff) WHERE tradeoff IS NOT NULL")
    op.execute("DROP INDEX ix_notes_linked_note_id")
    op.execute("CREATE INDEX ix_notes_linked_note_id ON notes (linked_note_id) WHERE linked_note_id IS NOT NULL")
    _rebuild_links(" WITHOUT ROWID")


def downgrade() -> None:
    _rebuild_links("")
    op.execute("DROP INDEX ix_notes_linked_note_id")
    op.execute("CREATE INDEX ix_notes_linked_note_id ON notes (linked_note_id)")
    op.execute("DROP INDEX ix_notes_tradeoff")
    op.execute("CREATE INDEX ix_notes_tradeoff ON notes (tradeoff)")
    op.execute("CREATE INDEX ix_notes_deck_id ON notes (deck_id)")
