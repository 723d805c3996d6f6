"""Storage: SQLAlchemy tables, the engine, Alembic migrations, repositories."""
