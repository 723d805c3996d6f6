"""The `re` module's search functions, over patterns compiled once.

`re.match(pattern, text)` compiles through a cache of 512 patterns that drops the oldest when full. The extractor
uses some 750 literal patterns over and over, and builds thousands more around the words of each card
(`re.escape(label)`), so `re`'s cache kept dropping the literal ones: a quarter of extraction time went on compiling
the same patterns again. Here the cache keeps the most recently used patterns, and is large enough for them all.
Call these as you would call `re`'s: `rx.match(r"…", text)`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

_Pattern = str | re.Pattern[str]
_Flags = int | re.RegexFlag
_Repl = str | Callable[[re.Match[str]], str]


@functools.lru_cache(maxsize=4096)
def compiled(pattern: _Pattern, flags: _Flags = 0) -> re.Pattern[str]:
    """The pattern, compiled once while it is in use."""
    return re.compile(pattern, flags)


def match(pattern: _Pattern, string: str, flags: _Flags = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: _Pattern, string: str, flags: _Flags = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).fullmatch(string)


def search(pattern: _Pattern, string: str, flags: _Flags = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).search(string)


def findall(pattern: _Pattern, string: str, flags: _Flags = 0) -> list[str]:
    return compiled(pattern, flags).findall(string)


def finditer(pattern: _Pattern, string: str, flags: _Flags = 0) -> Iterator[re.Match[str]]:
    return compiled(pattern, flags).finditer(string)


def split(pattern: _Pattern, string: str, maxsplit: int = 0, flags: _Flags = 0) -> list[str]:
    return compiled(pattern, flags).split(string, maxsplit)


def sub(pattern: _Pattern, repl: _Repl, string: str, count: int = 0, flags: _Flags = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)
