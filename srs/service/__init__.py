"""Use cases, one transaction each. The CLI and the TUI call only this package."""

from srs.service.collection import Collection

__all__ = ["Collection"]
