"""Where the database lives: --db, $SRS_DB, $SRS_HOME/srs.db, or the user data dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DB_NAME = "srs.db"


@dataclass(frozen=True)
class DbLocation:
    path: Path
    reason: str


def home_dir() -> Path:
    """Folder for the database, media and backups when nothing else is said."""
    env = os.environ.get("SRS_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("srs", appauthor=False))


def resolve(db_option: str | os.PathLike[str] | None = None) -> DbLocation:
    if db_option:
        return DbLocation(Path(db_option).expanduser(), "from --db")
    env_db = os.environ.get("SRS_DB")
    if env_db:
        return DbLocation(Path(env_db).expanduser(), "from $SRS_DB")
    if os.environ.get("SRS_HOME"):
        return DbLocation(home_dir() / DB_NAME, "from $SRS_HOME")
    return DbLocation(home_dir() / DB_NAME, "the platform's user data directory (set $SRS_HOME, $SRS_DB or --db to change)")


def media_dir(db_path: Path) -> Path:
    """Media files live beside the database they belong to."""
    return db_path.with_name(db_path.stem + ".media")
