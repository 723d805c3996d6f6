"""Patterns found by grading cards from documents the extractor had never seen (session 18: holdout rounds 167
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts

SIZING = ("# Capacity\n\n## Video upload\n\n* segmenting: 2-4 MB\n* resume: by segment offset\n\n## Fleet\n\n"
          "* storage-optimized nodes: `25 Gbps`\n* node pool: spot instances\n\n## Limits\n\n* max payload size: 6 MB\n"
          "* request timeout: 30 s\n")


def test_a_bare_quantity_is_asked_with_what_it_measures():
    got = fronts(SIZING, "labelled-fact")
    assert {"Video upload: Segmenting — size?", "Fleet: Storage-optimized nodes — bandwidth?"} <= got, got
    assert not got & {"Video upload: Segmenting?", "Fleet: Storage-optimized nodes?"}, got
    assert "Video upload: Resume?" in got, got  # a value that is no quantity keeps its front


def test_a_quantity_whose_label_names_the_measure_keeps_its_front():
    got = fronts(SIZING, "labelled-fact")
    assert "Limits: Request timeout?" in got, got
    assert not any(f.startswith("Limits:") and f.endswith(("— size?", "— time?")) for f in got), got
