"""Card precision on the labelled corpus (tests/data/quality) never falls below the recorded figure.

The figure is GOOD / graded over the fixed sample of ``python -m bench.quality``;
labels hold only for the exact card text they were given for. A rule change
that alters sampled cards leaves them unlabelled: grade them (``--todo``) and
add the labels before the figure means anything, then raise ``floor.json``.
"""

from __future__ import annotations

import json

from bench.quality import FLOOR, documents, load_labels, measure, total


def test_precision_on_the_labelled_sample_does_not_fall():
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    labels = load_labels()
    results = [measure(path, labels) for path in documents()]
    everything = total(results)
    unlabelled = sum(len(r.todo) for r in results)
    assert len(results) >= 10, "the corpus holds at least ten documents"
    assert everything.graded >= 0.8 * floor["graded"], (
        f"only {everything.graded} sampled cards carry a label ({unlabelled} do not): grade them with "
        "`python -m bench.quality --todo FILE` before trusting the figure")
    assert everything.precision >= floor["precision"], (
        f"card precision fell to {everything.precision:.0%} ({everything.good}/{everything.graded}) "
        f"from {floor['precision']:.0%}")
    assert everything.debris == 0, "a card with markup debris"
