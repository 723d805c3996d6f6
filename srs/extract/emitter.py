"""Units, claims and the ledger: what the walker hands the rules, and what becomes of their claims.

:class:`Emitter` holds a walk's state (the ledger, the explicit Q:/A: regions, the heading context, the notes
made) and its bookkeeping: a unit for some lines, a claim's notes through the critic into the ledger, the lines
of a region or a block no rule reads. :class:`srs.extract.walker.Walker` adds the document's structure.
"""

from __future__ import annotations

from collections.abc import Callable

from srs.core.notes import NoteDraft
from srs.extract import critic
from srs.extract.headings import Headings
from srs.extract.inline import read
from srs.extract.ledger import Ledger
from srs.extract.model import Block, Claim, Doc, Line, Suggestion, Unit
from srs.extract.rules import command, explicit_qa
from srs.extract.text import sentences, word_count

_SKIPPED_BLOCKS = {"code": ("code-block", "code outside a Q:/A: answer"), "hr": ("separator", "a horizontal rule"),
                   "html": ("html", "raw HTML")}


class Emitter:
    def __init__(self, ledger: Ledger, regions: dict[int, explicit_qa.Region], language: str = "",
                 bundled_answer: Callable[[str], bool] | None = None) -> None:
        self.ledger = ledger
        self.regions = regions
        self.region_of = {no: r.start for r in regions.values() for no in r.lines}
        self.consumed = set(self.region_of)
        self.emitted: set[int] = set()
        self.headings = Headings()
        self.notes: list[NoteDraft] = []
        self.warnings: list[str] = []
        self.doc = Doc(language=language) if bundled_answer is None else Doc(language=language, bundled_answer=bundled_answer)
        self.suggestions: list[Suggestion] = []
        self.code_above = ""  # the code block right above the block being walked, which its lines explain
        self.estimate_end = 0  # the last line of a list that works one estimate out ("5 years x 12 months x …")

    def _skip_block(self, block: Block) -> None:
        reason, detail = _SKIPPED_BLOCKS.get(block.kind, ("no-rule", ""))
        if block.kind == "hr":
            self.headings.end_pseudo()
        for no in range(block.start, block.end + 1):
            if no in self.consumed:
                self._region_line(no)
            elif self.ledger.lines[no - 1].strip():
                self.ledger.skip(no, reason, detail)

    # -- explicit regions ----------------------------------------------------------------
    def _fresh(self, lines: list[Line]) -> list[Line]:
        """Lines not taken by an explicit Q:/A: or :: region (emitting regions as they start)."""
        out = []
        for line in lines:
            if line.no in self.consumed:
                self._region_line(line.no)
            else:
                out.append(line)
        return out

    def _region_line(self, no: int) -> None:
        region = self.regions.get(no)
        if region is not None and no not in self.emitted:
            self.emitted.add(no)
            u = self._unit_at(no)
            self.warnings.extend(region.warnings)
            self._emit(u, Claim(explicit_qa.RULE, explicit_qa.notes(u, region), detail="explicit card",
                                parts=[x for x in region.lines if x != no]))
        elif region is None and self.ledger.outcome(no) is None:
            self.ledger.part(no, self.region_of.get(no, no), explicit_qa.RULE)

    def emit_leftover_regions(self) -> None:
        self.headings.clear()
        for no in sorted(self.regions):
            if no not in self.emitted:
                self._region_line(no)

    # -- units and the ledger ------------------------------------------------------------
    def _unit(self, lines: list[Line], in_list: bool = False, ordered: bool = False,
              children: list[Block] | None = None) -> Unit:
        info = read(lines)
        label, body = info.label, info.body
        if in_list and label is None and len(lines) >= 2:  # "* Uniform agreement" / "  No two nodes decide differently."
            term, rest = read(lines[:1]).plain, read(lines[1:]).plain
            if 1 <= word_count(term) <= 4 and term[:1].isupper() and not term.endswith((".", ",", ":", ";", "!", "?")) \
                    and rest[:1].isupper() and rest.endswith((".", "!")) and len(sentences(rest)) == 1 \
                    and read(lines[1:]).label is None:
                label, body = term, rest
        sections = self.headings.sections
        return Unit(
            no=lines[0].no if lines else 0, lines=[ln.no for ln in lines], md=" ".join(ln.md for ln in lines),
            plain=info.plain, label=label, body=body, bold_label=info.bold_label, links=info.links,
            link_text_only=info.link_only, emphasis_lead=info.emphasis_lead, first_bold=info.first_bold,
            path=self.headings.path, section=sections[-1] if sections else "", sections=sections, in_list=in_list,
            ordered=ordered, children=children or [], captions=self.code_above,
        )

    def _unit_at(self, line: int) -> Unit:
        """A unit that only places notes (line and context), for cards made from other lines."""
        sections = self.headings.sections
        return Unit(no=line, lines=[line], md="", plain="", label=None, body="", bold_label=False, links=0,
                    link_text_only=False, emphasis_lead=None, first_bold=None, path=self.headings.path,
                    section=sections[-1] if sections else "", sections=sections)

    def _emit(self, u: Unit, claim: Claim) -> Claim:
        self.warnings.extend(w if w.startswith("line ") else f"line {u.no}: {w}" for w in claim.warnings)
        kept, dropped = self._criticise(u, claim) if not claim.skip else ([], [])
        if not claim.skip:
            claim.notes = kept
            claim.dropped = dropped
        if claim.skip:
            self.ledger.skip(u.no, claim.rule, claim.detail)
        elif not kept and not dropped:  # a rule that claimed the line but made nothing of it
            self.ledger.skip(u.no, "no-rule", f"{claim.rule}: no card from this line")
        elif not kept:
            check, detail = dropped[0]
            self.ledger.skip(u.no, check, f"{claim.rule} card dropped by the critic: {detail}")
        else:
            self.notes.extend(kept)
            why = "".join(f"; critic dropped one: {d} ({c})" for c, d in dropped)
            self.ledger.card(u.no, claim.rule, claim.detail + why)
            for no in claim.parts:
                self.consumed.add(no)
                self.ledger.part(no, u.no, claim.rule)
        self._parts(u, claim.rule)
        return claim

    def _criticise(self, u: Unit, claim: Claim) -> tuple[list[NoteDraft], list[tuple[str, str]]]:
        """The claim's notes the critic keeps (maybe repaired), and (check, detail) for each it dropped."""
        kept: list[NoteDraft] = []
        dropped: list[tuple[str, str]] = []
        for note in claim.notes:
            verdict = critic.review(note, u, self.doc)
            if verdict.note is not None:
                kept.append(verdict.note)
                continue
            found = verdict.dropped
            assert found is not None
            dropped.append((found.check, found.detail))
            if found.suggest:
                self.suggestions.append(Suggestion(note, found.check, found.detail))
        return kept, dropped

    def _context(self, u: Unit, rule: str, detail: str) -> None:
        self.ledger.context(u.no, rule, detail)
        self._parts(u, rule)

    def _parts(self, u: Unit, rule: str) -> None:
        for no in u.lines[1:]:
            self.ledger.part(no, u.no, rule)

    def _described_command(self, code: Block, following: Block | None) -> bool:
        """A command block with the sentence under it saying what it does ("Lists the contents of an archive")."""
        if following is None or following.kind != "paragraph" or not following.lines:
            return False
        u = self._unit(following.lines)
        u.no, u.lines = code.start, [code.start]
        claim = command.described(u, self.doc, code, self.ledger.lines, following)
        if claim is not None:
            self._emit(u, claim)
        return claim is not None
