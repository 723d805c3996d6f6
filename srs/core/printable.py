"""Text from notes and files made safe to print to a terminal, and to use as a name.

A note, an Anki field, a file or deck name can hold control characters: ESC
starts sequences that clear the screen, retitle the window or write the
clipboard (OSC 52), BEL rings, CR moves back over what was printed. Printed,
they are shown escaped (``\\x1b``); in deck and tag names they are dropped.
"""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls (0x9b is a one-byte CSI), and the bidi overrides that reorder a line
_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # keeps \t and \n
_SPACES = re.compile(r"[\t\n\r\v\f]+")


def _escaped(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, lines: bool = True) -> str:
    """``text`` with every control character shown escaped; tabs and newlines kept when ``lines``
    (a card side), escaped too when not (a file name, a one-line message)."""
    return (_IN_TEXT if lines else _IN_LINE).sub(_escaped, text)


def clean_name(name: str) -> str:
    """A deck or tag name without control characters (line breaks and tabs become spaces)."""
    return _IN_LINE.sub("", _SPACES.sub(" ", name))
