"""What kind of file a path names, asked before opening it.

Opening a FIFO blocks until someone writes to it, and reading a device such as
/dev/zero never ends: an import checks with ``stat`` (which follows symlinks)
that it was given a regular file before it opens anything.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def not_regular(path: str | Path) -> str | None:
    """Why ``path`` is not a regular file to read (a FIFO, a device…), or None when it is one.

    A missing file is left to the caller's own message."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return f"not a regular file ({kind}); nothing was imported"


_NOTION_ID = re.compile(r"\s+[0-9a-f]{32}$")


def deck_name(path: str | Path) -> str:
    """The deck a notes file's cards go to: the file's name without its ending, and without the page id Notion puts in
    an exported page's name ("Chapter 10 e6accf48a0564fab8823a8f05f5760ef.md" → "Chapter 10")."""
    stem = Path(path).stem
    return _NOTION_ID.sub("", stem) or stem
