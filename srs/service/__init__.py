"""Use cases, one transaction each. The CLI and the TUI call only this package.

``Collection`` is loaded on first use, not with the package: a cold command that reads
through srs.service.reading must not pay for SQLAlchemy (PEP 562 module ``__getattr__``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from srs.service.collection import Collection

__all__ = ["Collection"]


def __getattr__(name: str) -> Any:
    if name == "Collection":
        from srs.service.collection import Collection

        return Collection
    raise AttributeError(f"module 'srs.service' has no attribute {name!r}")
