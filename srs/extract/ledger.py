"""The per-line account behind ``srs import --explain``: what became of each line."""

from __future__ import annotations

from srs.extract.model import BLANK, CARD, CONTEXT, PART, SKIPPED, LineNote

_RANK = {CARD: 4, PART: 3, CONTEXT: 2, SKIPPED: 1, BLANK: 0}


class Ledger:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._entries: dict[int, list[str]] = {}  # line → [outcome, rule, detail]

    def record(self, line: int, outcome: str, rule: str, detail: str) -> None:
        if not 1 <= line <= len(self.lines) or not self.lines[line - 1].strip():
            return  # blank lines are always "blank"
        entry = self._entries.get(line)
        if entry is None:
            self._entries[line] = [outcome, rule, detail]
            return
        if outcome == CARD and entry[0] == CARD:
            rules = entry[1].split(",")
            if rule not in rules:
                entry[1] = ",".join(rules + [rule])
            if detail and detail not in entry[2]:
                entry[2] = f"{entry[2]}; {detail}" if entry[2] else detail
        elif _RANK[outcome] > _RANK[entry[0]]:
            previous = entry[2]
            entry[:] = [outcome, rule, detail if outcome != CARD or not previous else f"{previous}; {detail}"]

    def card(self, line: int, rule: str, detail: str) -> None:
        self.record(line, CARD, rule, detail)

    def part(self, line: int, of_line: int, rule: str) -> None:
        self.record(line, PART, rule, f"part of the {rule} card(s) of line {of_line}")

    def skip(self, line: int, reason: str, detail: str) -> None:
        self.record(line, SKIPPED, reason, detail)

    def context(self, line: int, rule: str, detail: str) -> None:
        self.record(line, CONTEXT, rule, detail)

    def outcome(self, line: int) -> str | None:
        entry = self._entries.get(line)
        return entry[0] if entry else None

    def rule(self, line: int) -> str | None:
        entry = self._entries.get(line)
        return entry[1] if entry else None

    def demote(self, line: int, reason: str, detail: str) -> None:
        """A line whose only cards were dropped (duplicates, empty sides) is skipped after all."""
        self._entries[line] = [SKIPPED, reason, detail]

    def notes(self) -> list[LineNote]:
        out: list[LineNote] = []
        for no, text in enumerate(self.lines, start=1):
            entry = self._entries.get(no)
            if entry is None:
                if not text.strip():
                    entry = [BLANK, "blank", "empty line"]
                else:
                    entry = [SKIPPED, "no-rule", "not read as knowledge by any rule"]
            out.append(LineNote(no, text, entry[0], entry[1], entry[2]))
        return out
