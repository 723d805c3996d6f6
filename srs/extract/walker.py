"""Walk the document tree with its heading context and let the rules read each unit."""

from __future__ import annotations

import re

from srs.core.notes import NoteKind, normalize
from srs.extract import block_cues, context, lazy_lines, logistics, plain_titles, rule_order, rx, shapes
from srs.extract.breakdown import breaks_down_code
from srs.extract.drafts import draft
from srs.extract.emitter import Emitter
from srs.extract.inline import read
from srs.extract.model import Block, Checklist, Claim, Line, Unit
from srs.extract.rules import acronym, command, drill, enumeration, labelled_fact, question_answer, table, table_rows
from srs.extract.rules.table_samples import sample_records
from srs.extract.shapes import Lead
from srs.extract.text import SUPPOSE, bullets, cjk_share, sentences, unquote, word_count

MAX_ANSWER_ITEMS = 5  # a list that answers its heading's question: a card only when it is short
_FACT_RULES = {"drill", "rule", "sequence", "explicit-qa"}  # items that are facts of their own, not members of a set
_LOGISTIC_SKIPS = {"link-only", "file-name", "reading", "checkbox", "schedule", "time-budget", "study-plan", "meta"}


class Walker(Emitter):
    """The document's structure: headings, paragraphs, lists and tables, each unit read by the rules."""

    # -- blocks --------------------------------------------------------------------------
    def walk(self, blocks: list[Block], in_item: bool = False, after_heading: str = "") -> None:
        lead: Lead | None = None
        heading = after_heading  # a quote right under a heading answers it
        example = False  # the sentences right under an "Example:" line
        outer = self.code_above
        for k, block in enumerate(blocks):
            following = blocks[k + 1] if k + 1 < len(blocks) else None
            code = blocks[k - 1] if k > 0 and blocks[k - 1].kind == "code" and block.kind in ("paragraph", "list") else None
            self.code_above = "\n".join(self.ledger.lines[code.start - 1:code.end]) if code is not None else ""
            next_lead, after = None, heading
            example = block.kind == "paragraph" and (shapes.example_mark(block.lines) or example and shapes.said(block.lines))
            heading = ""
            if block.kind == "heading":
                heading = self.heading(block, shapes.empty_heading(block, blocks, k + 1))
            elif block.kind == "paragraph":
                next_lead = self.paragraph(block, following, in_item, after, example)
                if next_lead is not None and next_lead.pseudo_question:
                    heading = next_lead.title  # "**1. What is a closure?**" over its answer: a heading in all but syntax
            elif block.kind == "list":
                asked = k > 0 and lead is None and self.ledger.lines[blocks[k - 1].end - 1].rstrip().endswith(("?", "？"))
                # prose right above the list says what it is ("Rules can match on:"); the heading only names the topic
                above = blocks[k - 1] if k > 0 and blocks[k - 1].kind == "paragraph" else None
                prose = " ".join(self.ledger.lines[above.start - 1:above.end]) if above is not None and (
                    lead is None or lead.borrowed) else ""
                self.list_block(block, lead, after_question=asked, after_prose=prose,
                                under_question=asked and blocks[k - 1].kind == "heading",
                                question=read(above.lines).plain.strip() if asked and above is not None else "")
                if lead is not None and lead.only_list:
                    self.headings.end_pseudo()
            elif block.kind == "table":
                above = blocks[k - 1] if k > 0 and blocks[k - 1].kind == "paragraph" else None
                shown = above is not None and (bool(block_cues.SHOWS_OUTPUT.search(self.ledger.lines[above.end - 1])) or bool(SUPPOSE.match(self.ledger.lines[above.start - 1].strip())))
                shown |= table.shown_by_code(self.ledger.lines, block, blocks[k - 1] if k > 0 else None, following) or sample_records(block) or block.start in self.doc.sample_tables
                if k > 0 and blocks[k - 1].kind == "list":
                    self.headings.end_pseudo(keep_sections=True)  # "**ENTERPRISE**" over its list, then a table of all plans
                caption = table.table_caption(above.lines) if above is not None else ""
                if above is not None and not caption and k > 1 and blocks[k - 2].kind == "paragraph":
                    caption = table.bold_caption(blocks[k - 2].lines)  # "**Differences**:" / why / the table
                self.table(block, example=shown, caption=caption)
            elif block.kind == "quote":
                before = self.headings.snapshot()
                self.walk(block.children, in_item, after if after.endswith(("?", "？")) else "")
                if len(block.children) > 1:  # ("> **Gen 2**" alone titles the list after the quote)
                    self.headings.end_pseudo_since(before)  # "> avg-cpu:" over its list titles that quote, not what follows
            elif not (block.kind == "code" and self._described_command(block, following)):
                self._skip_block(block)
            lead = next_lead
        self.code_above = outer

    def heading(self, block: Block, empty: bool) -> str:
        """Record a heading; its title when it heads content."""
        info = read(block.lines) if block.lines else None
        text = info.plain if info else ""
        if info is not None and (nav := context.BACK_LINK.search(block.lines[-1].md)):
            text = text.removesuffix(nav.group(1)).rstrip()  # "## Asynchronous Programming [Back](./../JavaScript.md)"
        # "### **SELECT**: used to select data from a database" (a bold or code term), not "Chapter 3: Storage"
        described = info is not None and info.label is not None and word_count(info.body) >= 3 \
            and word_count(info.label) <= 5 and (info.bold_label or info.label.startswith("`"))
        if not rx.sub(r"[\W_]+", "", text):  # "# " alone between two parts of SQS notes: a separator, not a new topic
            self.headings.end_pseudo()
            self.ledger.skip(block.start, "empty-heading", "a heading with no title: a separator, the context stays")
            return ""
        name = context.title(info.label if described and info is not None and info.label is not None else text)
        if block_cues.PLAN_HEADING.match(name):
            self.headings.heading(block.level, "")
            self.ledger.skip(block.start, "study-plan", "a plan goal, not context for cards")
            return ""
        # "### 3." then "### 3.2": numbers nest what the levels leave flat ("## 3.1" with no "3" above: under nothing)
        numbered = rx.match(r"\s*(\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?!\d|\s+[a-z]))\.?(?![\d.]*\s*(?:[KMGT]i?B|[KMG]Hz|%))", text)  # "3 ways"
        parent = self.headings.numbers.get(numbered.group(1).rpartition(".")[0]) if numbered else None
        level = block.level if parent is None or parent < block.level else parent + 1  # (already deeper: as written)
        level = self.headings.level_of(block.start, level, numbered is not None)
        self.headings.heading(level, name)
        if numbered:
            self.headings.numbers[numbered.group(1)] = level
        for no in range(block.start + 1, block.end + 1):  # a setext heading's underline
            self.ledger.part(no, block.start, "heading")
        if not name or empty:
            self.ledger.skip(block.start, "empty-heading", "a heading with nothing under it")
            return ""
        self.ledger.context(block.start, "heading", f"context '{name}' for the cards below")
        unit = self._unit(block.lines)
        unit.path = unit.path[:-1]  # under its own heading the expansion would stand in the context line
        if described:
            claim = labelled_fact.apply(unit, self.doc)
            if claim is not None and not claim.skip:
                claim.detail = f"a heading that describes its term; {claim.detail}"
                self._emit(unit, claim)
                self.ledger.context(block.start, "heading", f"context '{name}' for the cards below")
                return name
        for note in acronym.scan(unit, text):
            self._emit(unit, Claim(acronym.RULE, [note], detail="acronym in a heading"))
        return name

    def paragraph(self, block: Block, following: Block | None, in_item: bool, after_heading: str = "",
                  example: bool = False) -> Lead | None:
        groups = shapes.split_units(self._fresh(block.lines))
        units = [self._unit(group) for group in groups]
        for u in units:
            u.example |= example
        titled = shapes.group_title(groups, units)
        lead = None
        for g, u in enumerate(units):
            if g == 0 and len(groups) >= 2 and not in_item and titled is None and (name := plain_titles.bold_title(groups[0])):
                self.headings.pseudo(name)  # "**Kerberos**" / "Kerberos ist …" / its list: all of Kerberos
                self._context(u, "pseudo-heading", f"context '{name}' for what follows")
                continue
            if g == len(units) - 1 and following is not None and following.kind == "code":
                u.captions = "\n".join(self.ledger.lines[following.start - 1:following.end])
            if g == 0 and (len(groups) <= 2 or cjk_share(u.plain) > 0.3):  # a Japanese opener defines in one sentence
                u.after_heading = after_heading
                u.whole_section = bool(after_heading) and len(groups) == 1 and (following is None or following.kind in ("heading", "code"))
            if titled is not None:  # "Status codes" over "200: OK" lines: a list in all but syntax
                if g == 0:
                    self._context(u, "group-title", f"titles the lines below ('{titled}')")
                    continue
                u.list_title, u.index, u.count = titled, g, len(units) - 1
            if u.label and question_answer.ANSWER_MARKER.match(u.label.strip()):
                lead_in = u.body.rstrip().endswith((":", "：")) and following is not None and following.kind == "list"
                if lead_in:  # "**Answer:** Circuit breaker has three states:" over its list: a lead-in
                    u.label, u.plain, u.md = None, u.body, u.body
                elif u.body:  # "**Answer:** …": the heading's question is the front; never "What is Answer?"
                    if (claim := question_answer.answer_to_heading(u)) is not None:
                        self._emit(u, claim)
                    else:
                        self.ledger.skip(u.no, "no-rule", "an answer to no question the notes ask")
                    continue
                elif following is not None and following.kind == "list":  # "**Answer:**" over the answer's list
                    question = question_answer.heading_question(u)
                    self._context(u, "answer-marker", "the list below answers the heading's question")
                    lead = Lead(question or self.headings.nearest, u.no, u.plain, only_list=True)
                    continue
            if len(groups) == 1 and not in_item and shapes.titles_list_below(u, following):
                name = shapes.short_title(u.label or u.plain) or context.title(u.label or u.plain)
                self.headings.pseudo(name)
                self._context(u, "list-title", f"context '{name}' for the list right under it")
                lead = Lead(name, u.no, only_list=True)
            elif len(groups) == 1 and not in_item and shapes.is_pseudo_heading(u, following):
                name = shapes.short_title(u.label or u.plain) or context.title(u.label or u.plain)
                self.headings.pseudo(name, section=shapes.titles_prose(u, following))
                self._context(u, "pseudo-heading", f"context '{name}' for what follows")
                lead = Lead(name, u.no, pseudo_question=name.endswith(("?", "？")))
            elif len(groups) == 1 and not in_item and shapes.is_list_title(u, following):
                name = context.title(u.plain)
                self.headings.pseudo(name)
                self._context(u, "list-title", f"context '{name}' for the list right under it")
                lead = Lead(name, u.no, only_list=True)
            elif g == len(groups) - 1 and following is not None and following.kind == "list" and (
                    u.plain.endswith(":") or shapes.counted_lead(u.plain)):  # "There are three modes offered by X."
                if not in_item and g == 0:  # (an earlier list's title heads that list only)
                    self.headings.end_pseudo(keep_sections=True)
                name = shapes.lead_title(u, self.headings.nearest)
                self._context(u, "lead-in", f"introduces the list below ('{name}')")
                lead = Lead(name, u.no, u.plain, borrowed=name == self.headings.nearest)
            else:
                if not in_item and g == 0:
                    self.headings.end_pseudo(keep_sections=True)
                task = command.apply(u, self.doc, following, self.ledger.lines) if g == len(groups) - 1 else None
                self._emit(u, task or rule_order.process(u, self.doc))
                if g == len(groups) - 1 and following is not None and following.kind == "list" \
                        and rx.match(r"`[a-z][\w.-]* [^`]+`$", u.label or ""):  # "`docker ps` : …" over its flags
                    lead = Lead(u.label or "", u.no, only_list=True)
                elif g == len(groups) - 1 and following is not None and following.kind == "list" and u.label and u.body \
                        and following.start == block.end + 1 and not in_item:
                    # "Lock granularity: the sizes a lock can take" with its list on the next line: the items are the
                    # label's (its kinds), not the heading's
                    lead = Lead(shapes.short_title(u.label) or context.title(u.label), u.no, only_list=True)
                elif g == len(groups) - 1 and following is not None and following.kind == "list" and not in_item \
                        and len(following.children) >= 2 and (term := shapes.bold_term(u)):
                    lead = Lead(term, u.no, only_list=True)  # "**Packet switch.** Takes a packet …" over its kinds
        return lead

    def _without_lazy_lines(self, lines: list[Line], bare_list: bool = False) -> list[Line]:
        """The item's own lines; lines markdown glued to it lazily (see lazy_lines) are read as a paragraph."""
        k = lazy_lines.lazy_cut(lines, self.ledger.lines, bare_list)
        if k is None:
            return lines
        rest = self._unit(lines[k:])
        self._emit(rest, rule_order.process(rest, self.doc))
        return lines[:k]

    def list_block(self, block: Block, lead: Lead | None, after_question: bool = False, after_prose: str = "",
                   outline: bool = False, under_question: bool = False, question: str = "") -> None:
        """One list: its items through the rules, their sub-lists, and its "name all" card. ``outline``: the list
        sits in an item of a numbered list that is no sequence, so its own numbers are an outline's too;
        ``question``: the paragraph right above it, a question it answers."""
        if logistics.table_of_contents(block):
            for no in range(block.start, block.end + 1):
                if no not in self.consumed and self.ledger.lines[no - 1].strip():
                    self.ledger.skip(no, "navigation", "a table of contents (links to the document's own headings)")
            return
        items = [b for b in block.children if b.kind == "item"]
        title = lead.title if lead else self.headings.nearest
        example = lead is not None and (lead.example or bool(block_cues.EXAMPLE_LEAD.match(lead.text.strip(" *_"))))
        lines = [line for line in self.ledger.lines[block.start - 1:block.end] if line.strip()]
        worked = sum(bool(block_cues.ESTIMATE.search(line)) for line in lines)
        if worked >= 2 and worked * 4 >= len(lines):
            self.estimate_end = max(self.estimate_end, block.end)  # one estimate's steps, its sub-lists too
        example |= block.start <= self.estimate_end and block.end <= self.estimate_end or breaks_down_code(self.ledger.lines, block)
        if question and word_count(question) <= 15 and len(sentences(question)) == 1 and not rx.search(r"[:：]", question):
            title = question  # "How to create a thread in Java?" over its ways: the list's title ("Q1: …?" is a label)
        units = []
        names = lazy_lines.bare_names(items)
        for item in items:
            fresh = self._without_lazy_lines(self._fresh(item.lines), names and item is items[-1])
            units.append(self._unit(fresh, in_list=True, ordered=block.ordered, children=item.children) if fresh else None)
        keys = [enumeration.item_key(u) if u else None for u in units]
        values = [u.body.strip().lower() if u and u.label and u.body and word_count(u.body) <= 12  # not "`O(n)`" each
                  and not u.body.lstrip().startswith("`") and not rx.search(r"[OΘΩ]\(", u.body) else None for u in units]
        n = len(items)
        substantive = sum(1 for u, item in zip(units, items, strict=True) if u and (u.body or not item.children))
        # an unordered item's position is no cue, nor is a number an outline gives every list ("1." "1.1" …)
        numbers = [int(m.group(1)) for item in items
                   if (m := rx.match(r"^\s*(\d{1,3})[.)]", self.ledger.lines[item.start - 1]))]
        descending = len(numbers) >= 2 and all(a > b for a, b in zip(numbers, numbers[1:], strict=False)) \
            or bool(numbers) and numbers[0] > 1  # (a list from "2." on goes on from one a mis-indented sub-list broke off)
        # ("7. Application" … "1. Physical": counted down, "what comes after" has no direction)
        positional = n >= 2 and substantive >= 2 and block.ordered and not outline and not descending \
            and not enumeration.named_roles([u.plain for u in units if u is not None], title)
        plan = title.lower() in logistics.PLAN_LABELS or title.lower() in logistics.PLAN_SECTIONS
        named = shapes.named_case(units)
        if named is not None:
            title = named
        # a list right under a question ("5. … Which characteristics should worry you?") answers it, not its heading
        not_a_set = plan or bool(block_cues.NOT_A_SET.search(title)) or shapes.grab_bag(title) or after_question
        # items that are "Label: statement" or head sub-lists are facts or groups: their names are no set to recall
        heads = sum(1 for u, item in zip(units, items, strict=True) if u is not None and (u.label and u.body or item.children))
        steps = block.ordered and not outline and enumeration.is_sequence(title) and enumeration.count_fits(title, n)
        numbered = block.ordered and (outline or not steps)  # its sub-lists' numbers are an outline's
        for k, (item, u) in enumerate(zip(items, units, strict=True)):
            if u is None:
                self._children(item.children, None, numbered)
                continue
            u.list_title, u.index, u.count = title, k + 1, n
            u.lead_text = lead.text if lead else ""
            u.example = example
            # (a key two items share cues neither: "what comes after “Participants”?" fits two steps)
            u.previous = keys[k - 1] if k and keys.count(keys[k - 1]) == 1 else None
            u.repeated = bool(keys[k]) and keys.count(keys[k]) > 1
            u.shared_value = values[k] is not None and values.count(values[k]) > 1
            u.positional = positional and not plan
            if k == 0 and named is not None:
                self._context(u, "case-title", f"names the case the items below describe ('{named}')")
                continue
            if (n == 1 and title and u.label is None and lead is not None and not item.children
                    and (word_count(u.plain) >= 3 or lead.from_item)  # "Recap in ACID:" then "- Atomicity": a name
                    and (not lead.from_item or shapes.glossed_term(title, u.plain, lead.text))
                    and not rx.search(r"\b(?:requires?|needs?|uses?|has|have|is|are|can|must|should|will|passed|when|if|whenever|когда|если|wenn|falls|quand|lorsque|cuando|quando)\b|\b(?:from|such as|like|including|between|e\.g\.)\W*$", lead.text)
                    and not (u.links and u.md.lstrip().startswith("["))  # "- [Node Clinic](…) - a profiler": a pointer
                    and not u.plain.endswith("?") and unquote(u.plain) is None and not logistics.study_task(u.plain)
                    and not (shapes.ADVICE_ITEM.match(u.plain) and "`" not in title)  # ("`iperf`": "Test the …" says what it does)
                    and not (u.first_bold and u.md.lstrip().startswith(("**", "__")) and u.label is None)):  # "Database tuning:" / "- Minimize writes, …": tips, no gloss
                u.label, u.body = title, u.plain  # "**Common Pitfalls**:" then one item: the item is its text
                # (and "* RTO (Recovery Time Objective)" with one sub-item "How long it can be down": its gloss)
            task = (command.apply(u, self.doc, item.children[0], self.ledger.lines)
                    or question_answer.fenced(u, self.doc, item.children[0], self.ledger.lines)) if item.children else None
            if task is not None:  # "- Drain a node first:" over its command block
                self._emit(u, task)
                self._children(item.children[1:], None, numbered)
                continue
            glossed = bool(u.label and u.body and any(c.kind == "list" for c in item.children) and (
                u.label.strip().startswith("`") and word_count(u.body) <= 6
                or cjk_share(u.body) > 0.2 and len(u.body) <= 16))  # "Log文件结构：由Log Entry组成" over its parts
            if item.children and (not u.body or glossed) and (u.label or word_count(u.plain) <= 8) and not u.plain.endswith("?"):
                # ("- `_var`: single leading underscore." over sub-items that say what it is for: a gloss of the code
                # alone is no answer, the sub-items are)
                name = shapes.item_title(u)
                self._context(u, "list-heading", f"context '{name}' for its sub-items")
                self._children(item.children, Lead(name, u.no, u.plain, from_item=True, example=example), numbered)
                continue
            claim = self._emit(u, rule_order.process(u, self.doc))
            not_a_set |= claim.skip and claim.rule in _LOGISTIC_SKIPS
            not_a_set |= bool(set(claim.rule.split(",")) & _FACT_RULES) or bool(logistics.study_task(u.plain))
            rest = [c for c in item.children if not all(no in self.consumed for no in range(c.start, c.end + 1))]
            if rest:
                self._children(rest, Lead(shapes.item_title(u), u.no, u.plain, from_item=True, example=example), numbered)
        if under_question and lead is None and self._answers_heading(items, units):
            return
        if not_a_set or not all(keys) or not shapes.a_set(keys, title):
            return
        leads = [u is not None and u.plain.rstrip().endswith((":", "：")) and not item.children
                 for u, item in zip(units, items, strict=True)]
        if any(leads) and not all(leads):
            return  # "* How HotSpot GC works:" after the GC types: a new lead, the set ended before it
        if any(u is not None and u.label and u.body and block_cues.VERB_LABEL.fullmatch(u.label.strip(" *_")) for u in units):
            return  # "- Multiple per table / - Stores: index key + pointer": a verb's label is no member, its line is
        described = after_prose if title == self.headings.nearest else ""
        self._name_all(block, lead, title, units, [k for k in keys if k], named=steps or heads * 2 <= n or title.endswith("?"),
                       described=described)

    def _answers_heading(self, items: list[Block], units: list[Unit | None]) -> bool:
        """ "# Why may never be assigned to anything?" over two short bullets that made no card: the heading's question,
        answered by its list."""
        said = [u for u in units if u is not None]
        if not 2 <= len(items) <= MAX_ANSWER_ITEMS or len(said) != len(items) or any(i.children for i in items) \
                or any(word_count(u.plain) > 25 or self.ledger.rule(u.no) != "no-rule" for u in said):
            return False
        question = question_answer.heading_question(said[0])
        if question is None or word_count(question) < 4 or rx.search(r"\b(?:this|that|these|those|it|they)\b", question,
                                                                        re.IGNORECASE):
            return False  # "Why the Separation?", "Is This Really the Best Way?": what is asked stands elsewhere
        note = draft(said[0], NoteKind.QA, question_answer.RULE, question, bullets([u.plain for u in said]))
        self._emit(said[0], Claim(question_answer.RULE, [note], detail="the heading's question, answered by the list below it",
                                  parts=[u.no for u in said[1:]]))
        return True

    def _name_all(self, block: Block, lead: Lead | None, title: str, units: list[Unit | None], keys: list[str],
                  named: bool = True, described: str = "") -> None:
        """The list's "name all" card (unless its items are facts or groups) and its use as a drill checklist."""
        anchor = self._unit_at(lead.line if lead else (units[0].no if units[0] else block.start))
        named = named and not enumeration.open_examples((lead.text if lead else "") or described) and not (
            lead is not None and lead.from_item and rx.search(r"\S(?:\s+[-–—]\s+|[:：]\s*)`?[^\s`]+`?\s*$", lead.text))  # "核心类 - `…Multicaster`"
        note = enumeration.name_all(anchor, title, keys, block.ordered, self.doc.language, described) if named else None
        if note is not None:
            claim = self._emit(anchor, Claim(enumeration.RULE, [note], detail=f"name all {len(keys)} items of the list below"))
            for u in units:
                if u is None or self.ledger.rule(u.no) != "no-rule":
                    continue
                if claim.notes:
                    self.ledger.part(u.no, anchor.no, enumeration.RULE)
                else:
                    check, why = claim.dropped[0]
                    self.ledger.demote(u.no, check, f"the list's name-all card was dropped by the critic: {why}")
        if len(keys) >= 3 and drill.is_checklist(title, lead.text if lead else ""):
            self.doc.checklists.append(Checklist(title, lead.text if lead else "", block.start, keys, block.ordered))

    def _children(self, children: list[Block], lead: Lead | None, outline: bool = False) -> None:
        entered = lead is not None and bool(lead.title)
        if lead is not None and entered:
            self.headings.enter(lead.title)
        try:
            first_list = next((c for c in children if c.kind == "list"), None)
            for child in children:
                if child.kind == "list":
                    self.list_block(child, lead if child is first_list else None, outline=outline)
                else:
                    self.walk([child], in_item=True)
        finally:
            if entered:
                self.headings.leave()

    def table(self, block: Block, example: bool = False, caption: str = "") -> None:
        """``caption``: a title on a plain line right above the table ("I/O Scheduling Class"): the rows' subject."""
        if example:  # "The output would then be:" over a table: one query's rows, not facts
            for no in range(block.start, block.end + 1):
                self.ledger.skip(no, "example-data", "a table the line above calls an output or an example")
            return
        read_table = table.read_table(block, self.headings.nearest, tuple(self.ledger.lines))
        if read_table is None:
            self._skip_block(block)
            return
        head_line = read_table.head_line
        self.ledger.context(head_line, "table-header", "column names for the rows below")
        self.ledger.part(head_line + 1, head_line, "table")
        if read_table.subheader_line is not None:
            self.ledger.context(read_table.subheader_line, "table-header", "a second row of column names")
        for row in read_table.rows:
            if row.skip is not None:
                self.ledger.skip(row.line, *row.skip)
                continue
            u = self._unit_at(row.line)
            if caption and normalize(caption) not in {normalize(p) for p in u.path}:
                u.list_title = caption  # the rows' subject, which row_notes names in each front
            notes = table_rows.row_notes(u, read_table.header, row.cells, read_table.constant, self.doc.language,
                                         read_table.choices)
            if not notes:
                self.ledger.skip(row.line, "no-rule", "a table row without a short answer (or of too many columns)")
            else:
                self._emit(u, Claim(table.RULE, notes, detail="a table row"))
