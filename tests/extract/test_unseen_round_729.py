"""Patterns found by grading cards from documents the extractor had never seen (session 44, rounds 729 and later;
test_unseen_round_707.py holds the ones before). Each test states the general shape in made-up notes or in a few lines
shaped like the graded document's."""

from tests.extract.extract_helpers import notes


def test_rows_numbered_one_two_three_of_a_sample_table_are_no_facts():
    """Round 711/718: a relational-algebra or normal-form walkthrough's sample tables ("|1|ali|null|1500|") made
    "Ayşe — maas?" / "1100" and "Math — professor?" / "messi": the made-up rows a join is worked on."""
    text = ("# Databases\n\n## Normal forms\n\nA table is in 2NF when no column depends on part of the key.\n\n"
            "|student code|lecture|price|professor|\n|---|---|---|---|\n|1|math|300|messi|\n|1|science|200|kane|\n"
            "|2|science|200|kane|\n|3|english|150|cristiano|\n\n## OSI model\n\n"
            "|#|Layer|Unit|\n|---|---|---|\n|1|Physical|Bit|\n|2|Data link|Frame|\n|3|Network|Packet|\n|4|Transport|Segment|\n")
    fronts = [n.front for n in notes(text)]
    assert not any("professor" in f or "price" in f or "messi" in f.lower() for f in fronts), fronts
    assert any("Network" in f for f in fronts), fronts  # a numbered table of facts, no value met twice, stays
