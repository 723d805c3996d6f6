"""Extraction rules. Each module is one named, tested rule: ``apply(unit, doc) -> Claim | None``.

Explicit syntax (decks/FORMAT.md):
  explicit-qa       ``Q:``/``A:`` blocks, ``front :: back``, ``front ::: back``   (explicit_qa)
  explicit-cloze    ``{{c1::answer::hint}}`` and ``==answer==``                   (explicit_cloze)

Implicit rules for free-form notes, in the order they are tried (see rule_order.py):
  question-answer   "Why X? Because Y." or a question item with sub-bullets      (question_answer)
  drill             a quoted prompt or an interview question, self-graded        (drill)
  book              ``_Title_ by Author``                                        (book)
  tradeoff          ``X vs Y [→ answer]``, "trade-offs between X and Y"          (tradeoff)
  enumeration       ordered/long list items by position; "name all N" of a list  (enumeration)
  rule              ``condition → action``                                       (condition_action)
  sequence          a flow ``a → b → c``                                         (sequence)
  when-to-use       "When to use X: …", "Use X when …"                           (when_to_use)
  enumeration       ``Label: a, b, c`` and ``Topic (a, b, c)`` in one line       (inline_list)
  value-of          "99.95% availability." under a topic: the value of a property (value_of)
  number-cloze      thresholds, percentages, durations, sizes, counts            (numbers)
  definition        ``X = Y``, ``X: a Y …``, ``X is a Y``, ``X — Y``, "X means Y" (definition; a worded
                    reverse for ``X = a … service`` in a family of services: definition-reverse)
  labelled-fact     ``**Label**: text`` / ``Label: text``                        (labelled_fact)
  heading-fact      a short paragraph opening a heading                          (heading_fact)
  table             a table row: "first cell — column?"                          (table)
Scanners that add notes for what a line names in passing: tradeoff, acronym (acronym).
Lines that are not knowledge are skipped with a reason by srs.extract.logistics.
"""
