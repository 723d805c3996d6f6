"""Patterns found by grading cards from documents the extractor had never seen (session 38, rounds 601 and later;
test_unseen_round_574.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from srs.extract import extract
from tests.extract.extract_helpers import notes


def test_a_site_generators_template_in_a_heading_is_left_out_of_every_cards_context():
    text = ("---\ntitle: Caching lecture\n---\n\n# {{ $frontmatter.title }}\n\n## Eviction\n\n"
            "- **LRU** (Least Recently Used) evicts the entry that was read longest ago.\n"
            "- Write-back: the cache writes changed entries to the store only when they are evicted\n")
    made = notes(text)
    assert made, made
    assert not any("{{" in p or "}}" in p or "frontmatter" in p for n in made for p in n.heading_path), \
        [n.heading_path for n in made]
    assert any(n.heading_path and n.heading_path[-1] == "Eviction" for n in made), [n.heading_path for n in made]


def test_emphasis_that_marks_the_authors_own_corrections_makes_no_cloze():
    text = ("# Memory\n\n## Paging\n\n"
            "1. A page table ~~holds frames~~ *maps virtual pages to physical frames* for each process in memory.\n"
            "2. The TLB ~~stores~~ *caches* recent translations so that most lookups skip the page table walk.\n"
            "3. A *write-ahead log* is appended before the data pages are changed.\n")
    made = notes(text)
    assert not any(n.rule == "emphasis-cloze" for n in made), [(n.rule, n.front) for n in made]
    assert not any("~~" in n.front or "~~" in n.back for n in made), [(n.front, n.back) for n in made]
    plain = text.replace("~~holds frames~~ ", "").replace("~~stores~~ ", "")
    assert any(n.rule == "emphasis-cloze" and "write-ahead log" in n.front for n in extract(plain).notes), \
        [(n.rule, n.front) for n in extract(plain).notes]
