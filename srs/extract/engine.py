"""Walk the document tree with its heading context and let the rules read each unit."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract import context, logistics, pipeline
from srs.extract.inline import read
from srs.extract.ledger import Ledger
from srs.extract.model import Block, Checklist, Claim, Doc, Line, Unit
from srs.extract.rules import acronym, drill, enumeration, explicit_qa, table
from srs.extract.text import capitalize, drop_parentheticals, is_generic, unquote, word_count

_LABEL_START = re.compile(r"^(?:\*\*|__|[A-Z][\w /&()+-]{0,40}:\s)")
_FOR_QUALIFIER = re.compile(r"^(for|when|in|during|on)\s+([^,:]{3,60})[,:]", re.IGNORECASE)
_PLAN_HEADING = re.compile(r"^(?:goals?|objectives?|outcomes?|milestones?)\s*:", re.IGNORECASE)
_NOT_A_SET = re.compile(
    r"\b(?:exemplars?|examples?|resources?|references?|links?|reading|sources?|books?|podcasts?|talks?|videos?|"
    r"courses?|platforms?|articles?|blogs?)\b",
    re.IGNORECASE,
)
_FACT_RULES = {"drill", "rule", "sequence", "explicit-qa"}  # items that are facts of their own, not members of a set
_LOGISTIC_SKIPS = {"link-only", "file-name", "reading", "checkbox", "schedule", "time-budget", "study-plan", "meta"}


class Lead:
    """What introduces a list: a lead-in line, a pseudo-heading or a parent item."""

    def __init__(self, title: str, line: int, text: str = "", from_item: bool = False) -> None:
        self.title, self.line, self.text, self.from_item = title, line, text, from_item


class Walker:
    def __init__(self, ledger: Ledger, regions: dict[int, explicit_qa.Region]) -> None:
        self.ledger = ledger
        self.regions = regions
        self.consumed = {no for r in regions.values() for no in r.lines}
        self.emitted: set[int] = set()
        self.stack: list[tuple[float, str]] = []  # (level, title); pseudo-headings sit at level + 0.5
        self.notes: list[NoteDraft] = []
        self.warnings: list[str] = []
        self.doc = Doc()

    # -- context -------------------------------------------------------------------------
    def path(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.stack if t)

    def _pop_pseudo(self) -> None:
        while self.stack and self.stack[-1][0] % 1 and self.stack[-1][0] < 100:
            self.stack.pop()

    def _real_level(self) -> float:
        return next((lvl for lvl, _ in reversed(self.stack) if lvl < 100 and not lvl % 1), 0)

    # -- blocks --------------------------------------------------------------------------
    def walk(self, blocks: list[Block], in_item: bool = False) -> None:
        lead: Lead | None = None
        for k, block in enumerate(blocks):
            following = blocks[k + 1] if k + 1 < len(blocks) else None
            next_lead = None
            if block.kind == "heading":
                self.heading(block, blocks[k + 1:])
            elif block.kind == "paragraph":
                next_lead = self.paragraph(block, following, in_item)
            elif block.kind == "list":
                self.list(block, lead)
            elif block.kind == "table":
                self.table(block)
            elif block.kind == "quote":
                self.walk(block.children, in_item)
            else:
                self._skip_block(block)
            lead = next_lead

    def heading(self, block: Block, after: list[Block]) -> None:
        text = read(block.lines).plain if block.lines else ""
        name = context.title(text)
        while self.stack and self.stack[-1][0] >= block.level and self.stack[-1][0] < 100:
            self.stack.pop()
        if _PLAN_HEADING.match(name):
            self.ledger.skip(block.start, "study-plan", "a plan goal, not context for cards")
            return
        if name:
            self.stack.append((float(block.level), name))
        if not name or self._empty_heading(block, after):
            self.ledger.skip(block.start, "empty-heading", "a heading with nothing under it")
            return
        self.ledger.context(block.start, "heading", f"context '{name}' for the cards below")
        unit = self._unit(block.lines)
        for note in acronym.scan(unit, text):
            self._emit(unit, Claim(acronym.RULE, [note], detail="acronym in a heading"))

    @staticmethod
    def _empty_heading(block: Block, after: list[Block]) -> bool:
        for other in after:
            if other.kind == "hr":
                continue
            return other.kind == "heading" and other.level <= block.level
        return True

    def paragraph(self, block: Block, following: Block | None, in_item: bool) -> Lead | None:
        lines = self._fresh(block.lines)
        groups = _split_units(lines)
        lead = None
        for g, group in enumerate(groups):
            u = self._unit(group)
            last = g == len(groups) - 1
            if len(groups) == 1 and not in_item and _is_pseudo_heading(u, following):
                name = _short_title(u.label or u.plain) or context.title(u.label or u.plain)
                self._pop_pseudo()
                self.stack.append((self._real_level() + 0.5, name))
                self.ledger.context(u.no, "pseudo-heading", f"context '{name}' for what follows")
                self._parts(u, "pseudo-heading")
                lead = Lead(name, u.no)
                continue
            if last and following is not None and following.kind == "list" and u.plain.endswith(":"):
                name = self._lead_title(u)
                self.ledger.context(u.no, "lead-in", f"introduces the list below ('{name}')")
                self._parts(u, "lead-in")
                lead = Lead(name, u.no, u.plain)
                continue
            if not in_item and g == 0:
                self._pop_pseudo()
            self._emit(u, pipeline.process(u, self.doc))
        return lead

    def list(self, block: Block, lead: Lead | None) -> None:
        items = [b for b in block.children if b.kind == "item"]
        title = lead.title if lead else (self.path()[-1] if self.path() else "")
        units = [self._unit(self._fresh(item.lines), in_list=True, ordered=block.ordered, children=item.children)
                 if self._fresh(item.lines) else None for item in items]
        keys = [enumeration.item_key(u) if u else None for u in units]
        n = len(items)
        substantive = sum(1 for u, item in zip(units, items) if u and (u.body or not item.children))
        positional = n >= 2 and substantive >= 2 and (block.ordered or n > enumeration.NAME_ALL_MAX)
        plan = title.lower() in logistics.PLAN_LABELS or title.lower() in logistics.PLAN_SECTIONS
        named = _named_case(units)
        if named is not None:  # "- Title: ADR-012: …" names the case the other items describe
            title = named
        skipped_logistics = not_members = False
        for k, (item, u) in enumerate(zip(items, units)):
            if u is None:
                self._children(item.children, None)
                continue
            u.list_title, u.index, u.count = title, k + 1, n
            u.previous = keys[k - 1] if k else None
            u.positional = positional and not plan
            if k == 0 and named is not None:
                self.ledger.context(u.no, "case-title", f"names the case the items below describe ('{named}')")
                continue
            if (n == 1 and title and u.label is None and lead is not None and not lead.from_item
                    and not u.plain.endswith("?") and unquote(u.plain) is None and not logistics.study_task(u.plain)):
                u.label, u.body = title, u.plain  # "**Common Pitfalls**:" then one item: the item is its text
            if item.children and not u.body and (u.label or word_count(u.plain) <= 8) and not u.plain.endswith("?"):
                name = self._item_title(u)
                self.ledger.context(u.no, "list-heading", f"context '{name}' for its sub-items")
                self._parts(u, "list-heading")
                self._children(item.children, Lead(name, u.no, u.plain, from_item=True))
                continue
            claim = self._emit(u, pipeline.process(u, self.doc))
            skipped_logistics |= claim.skip and claim.rule in _LOGISTIC_SKIPS
            not_members |= bool(set(claim.rule.split(",")) & _FACT_RULES) or bool(logistics.study_task(u.plain))
            rest = [c for c in item.children if not all(no in self.consumed for no in range(c.start, c.end + 1))]
            if rest:
                self._children(rest, Lead(self._item_title(u), u.no, u.plain, from_item=True))
        if plan or skipped_logistics or not_members or not all(keys) or _NOT_A_SET.search(title) or not _a_set(keys):
            return
        anchor = self._unit_at(lead.line if lead else (units[0].no if units[0] else block.start))
        note = enumeration.name_all(anchor, title, [k for k in keys if k], block.ordered)
        if note is not None:
            self._emit(anchor, Claim(enumeration.RULE, [note], detail=f"name all {n} items of the list below"))
            for u in units:
                if u is not None and self.ledger.rule(u.no) == "no-rule":
                    self.ledger.part(u.no, anchor.no, enumeration.RULE)
        if n >= 3 and drill.is_checklist(title, lead.text if lead else ""):
            self.doc.checklists.append(Checklist(title, lead.text if lead else "", block.start, [k for k in keys if k], block.ordered))

    def _children(self, children: list[Block], lead: Lead | None) -> None:
        if lead is not None and lead.title:
            self.stack.append((100.0 + len(self.stack), lead.title))
        try:
            lists = [c for c in children if c.kind == "list"]
            for child in children:
                if child.kind == "list" and child is lists[0]:
                    self.list(child, lead)
                elif child.kind == "list":
                    self.list(child, None)
                else:
                    self.walk([child], in_item=True)
        finally:
            if lead is not None and lead.title:
                self.stack.pop()

    def table(self, block: Block) -> None:
        if not block.rows:
            self._skip_block(block)
            return
        header = [read(cell).plain for cell in block.rows[0]]
        head_line = block.rows[0][0][0].no if block.rows[0] and block.rows[0][0] else block.start
        self.ledger.context(head_line, "table-header", "column names for the rows below")
        self.ledger.part(head_line + 1, head_line, "table")
        for row in block.rows[1:]:
            cells = [read(cell).plain for cell in row]
            line = row[0][0].no if row and row[0] else block.start
            u = self._unit_at(line)
            note = table.row_note(u, header, cells)
            if note is None:
                self.ledger.skip(line, "no-rule", "a table row without an answer")
            else:
                self._emit(u, Claim(table.RULE, [note], detail="a table row"))

    def _skip_block(self, block: Block) -> None:
        reason = {"code": "code-block", "hr": "separator", "html": "html"}.get(block.kind, "no-rule")
        detail = {"code": "code outside a Q:/A: answer", "hr": "a horizontal rule", "html": "raw HTML"}.get(block.kind, "")
        if block.kind == "hr":
            self._pop_pseudo()
        for no in range(block.start, block.end + 1):
            if no in self.consumed:
                self._region_line(no)
            elif self.ledger.lines[no - 1].strip():
                self.ledger.skip(no, reason, detail)

    # -- units ---------------------------------------------------------------------------
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
        elif region is None:
            start = next((r.start for r in self.regions.values() if no in r.lines), no)
            if self.ledger.outcome(no) is None:
                self.ledger.part(no, start, explicit_qa.RULE)

    def emit_leftover_regions(self) -> None:
        self.stack.clear()
        for no in sorted(self.regions):
            if no not in self.emitted:
                self._region_line(no)

    def _unit(self, lines: list[Line], in_list: bool = False, ordered: bool = False,
              children: list[Block] | None = None) -> Unit:
        info = read(lines)
        path = self.path()
        sections = tuple(p.lower() for p in path)
        return Unit(
            no=lines[0].no if lines else 0, lines=[ln.no for ln in lines], md=" ".join(ln.md for ln in lines),
            plain=info.plain, label=info.label, body=info.body, bold_label=info.bold_label, links=info.links,
            link_text_only=info.link_only, emphasis_lead=info.emphasis_lead, first_bold=info.first_bold,
            path=path, section=sections[-1] if sections else "", sections=sections, in_list=in_list,
            ordered=ordered, children=children or [],
        )

    def _unit_at(self, line: int) -> Unit:
        return self._unit([Line(line, "")])

    def _emit(self, u: Unit, claim: Claim) -> Claim:
        self.warnings.extend(claim.warnings)
        if claim.skip:
            self.ledger.skip(u.no, claim.rule, claim.detail)
        else:
            self.notes.extend(claim.notes)
            self.ledger.card(u.no, claim.rule, claim.detail)
            for no in claim.parts:
                self.consumed.add(no)
                self.ledger.part(no, u.no, claim.rule)
        self._parts(u, claim.rule)
        return claim

    def _parts(self, u: Unit, rule: str) -> None:
        for no in u.lines[1:]:
            self.ledger.part(no, u.no, rule)

    def _lead_title(self, u: Unit) -> str:
        text = (u.body if u.label and u.body else u.label or u.plain).rstrip(": ")
        heading = self.path()[-1] if self.path() else ""
        short = _short_title(text)
        if short:
            return short
        m = _FOR_QUALIFIER.match(text)
        if heading and m:
            return f"{heading} {m.group(1).lower()} {m.group(2).strip()}"
        return heading

    def _item_title(self, u: Unit) -> str:
        if u.label and u.body and context.is_schedule(u.label):
            return context.title(logistics.without_time_budgets(u.body))
        if u.label:
            return _short_title(u.label) or context.title(u.label)
        return _short_title(u.plain) or context.title(u.first_bold or "")


def _named_case(units: list[Unit | None]) -> str | None:
    first = units[0] if units else None
    if first is not None and first.label and first.label.lower() in ("title", "name") and first.body and len(units) > 2:
        return first.body
    return None


def _short_title(text: str) -> str:
    """A lead or item as a title: "Prepare 3–4 STAR stories" → "STAR stories"; "" when too long."""
    text = logistics.study_task(text) or text
    text = context.title(drop_parentheticals(text))
    text = re.sub(r"^(?:a|an|the|your|some)\s+", "", text, flags=re.IGNORECASE)
    return capitalize(text) if 0 < word_count(text) <= 6 else ""


def _a_set(keys: list[str | None]) -> bool:
    """Item names worth naming together: not mostly plan labels ("Focus, Breakdown, Milestones")."""
    plan = sum(1 for k in keys if k and (k.lower() in logistics.PLAN_LABELS or is_generic(k) or context.is_schedule(k)))
    return plan * 2 < len(keys)


def _is_pseudo_heading(u: Unit, following: Block | None) -> bool:
    if u.label is not None and not u.body:
        return u.bold_label or following is not None and following.kind == "list"
    return False


def _split_units(lines: list[Line]) -> list[list[Line]]:
    """Paragraph lines → units: a new unit after a sentence end or at a new label."""
    groups: list[list[Line]] = []
    for line in lines:
        text = line.md.strip()
        if groups and not _ends_sentence(groups[-1][-1].md) and not _LABEL_START.match(text):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":", "”", '"', "|")) or is_generic(text)
