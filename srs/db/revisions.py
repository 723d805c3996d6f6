"""The schema revisions this srs knows, read from the migration files without importing Alembic
(it costs a quarter of a second at every start-up) or SQLAlchemy."""

from __future__ import annotations

import re
from functools import cache

from srs.core.bundle import migrations_dir

_REV = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([\w-]+|None)['\"]?", re.MULTILINE)


def revision_graph() -> dict[str, str | None]:
    """revision → down_revision (a copy: the caller may change it)."""
    return dict(_read_graph())


@cache
def _read_graph() -> dict[str, str | None]:
    """Read once a process: the migration files belong to the installation, which does not change under it."""
    graph: dict[str, str | None] = {}
    for path in (migrations_dir() / "versions").glob("*.py"):
        found: dict[str, str] = {m[1]: m[2] for m in _REV.finditer(path.read_text(encoding="utf-8"))}
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def heads(graph: dict[str, str | None]) -> set[str]:
    """The revisions nothing comes after (one, in a sound installation)."""
    return set(graph) - {d for d in graph.values() if d}
