"""What kind of file a path names, asked before opening it.

Opening a FIFO blocks until someone writes to it, and reading a device such as
/dev/zero never ends: an import checks with ``stat`` (which follows symlinks)
that it was given a regular file before it opens anything.
"""

from __future__ import annotations

import os
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
