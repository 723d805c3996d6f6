"""Alembic environment for srs.

srs runs migrations itself when it opens a database (``srs.db.migrate``) and
passes the connection in ``config.attributes["connection"]``. For developers,
``alembic -x db=PATH upgrade head`` also works from the repository root.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from srs.db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs batch mode for ALTERs
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    db = context.get_x_argument(as_dictionary=True).get("db", "srs.db")
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("srs migrations run online only")
run_migrations_online()
