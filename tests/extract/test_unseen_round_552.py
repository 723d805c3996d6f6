"""Patterns found by grading cards from documents the extractor had never seen (session 36, rounds 551 and later;
test_unseen_round_528.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_labels_that_name_a_statements_kind_or_its_number_in_a_series_ask_nothing():
    text = ("# Hash functions\n\n## Collision resistance\n\n"
            "Def: a hash function is collision resistant if no efficient adversary finds two inputs with one output.\n\n"
            "Lemma: A collision resistant hash is one-way. Surprising.\n\n"
            "Thm(Merkle'79): A collision resistant compression function gives a collision resistant hash.\n\n"
            "Easy fact: A random oracle is collision resistant.\n\n"
            "## Attacks\n\nAttack 1: Birthday search\n\nAttack 2: Length extension on Merkle-Damgard hashes\n\n"
            "## Networks\n\n- Layer 2: Data link\n- Layer 3: Network\n\n"
            "## Terms\n\n- Salt: a random value stored with each password hash\n")
    fronts = [n.front for n in notes(text)]
    assert not any(f.rstrip("?").lower().endswith(("def", "lemma", "fact", "attack 1", "attack 2")) or "Thm" in f
                   for f in fronts), fronts
    assert "What is Def?" not in fronts, fronts
    assert any(f.endswith("Layer 2?") for f in fronts), fronts
    assert any("Salt" in f for f in fronts), fronts


def test_a_list_numbered_with_dashes_keeps_its_numbers_off_the_cards():
    text = ("# Tunnels\n\n## Kinds\n\nThere are three kinds of tunnel:\n\n1-\tSite to site => between two company networks\n\n"
            "2-\tRemote access => between one laptop and a company network\n\n"
            " 3-\tClientless: the browser reaches the services through a TLS portal\n")
    fronts = [n.front for n in notes(text)]
    assert fronts, fronts
    assert not any(f.lstrip().startswith(("1-", "2-", "3-")) for f in fronts), fronts


def test_cards_under_a_bibliography_heading_are_not_made():
    text = ("# Tunnels\n\n## IKE\n\nIKE (Internet Key Exchange) sets up the security associations of IPsec.\n\n"
            "## Bibliography\n\n* Tunnel Overview Part Four: Internet Key Exchange (IKE)\n  https://example.org/ike\n\n"
            "Publication date: January 2002.\n")
    cards = notes(text)
    assert any(n.front == "What does IKE stand for?" for n in cards), [n.front for n in cards]
    assert not any("Bibliography" in n.context or "Part Four" in n.front for n in cards), [n.front for n in cards]


def test_a_fold_that_hides_the_answer_does_not_replace_the_heading_it_answers():
    text = ("# Database\n\n### 📌 Transactions\n\n<details>\n   <summary> Answer </summary>\n<br />\n\n"
            "- A transaction is the smallest unit of work in a database.\n"
            "  - **Atomicity** : every step of a transaction runs, or none does.\n"
            "  - **Durability** : a committed transaction survives a crash.\n\n</details>\n")
    cards = notes(text)
    assert any("Atomicity" in n.front for n in cards), [n.front for n in cards]
    assert not any("Answer" in n.front or "Answer" in n.context for n in cards), [(n.context, n.front) for n in cards]


def test_a_clause_stressed_in_the_middle_of_an_item_does_not_title_its_sub_items():
    text = ("# Database\n\n## Isolation levels\n\n"
            "- An isolation level is what **decides whether one transaction may see the rows another transaction has "
            "changed but not yet committed**. There are four of them.\n"
            "  - `Phantom read` : the same query run twice in one transaction returns new rows\n"
            "  - `Dirty read` : a transaction reads a row another has not committed\n")
    cards = notes(text, "labelled-fact")
    assert any("Phantom read" in n.front for n in cards), [n.front for n in cards]
    assert not any("decides whether" in n.front or "decides whether" in n.context for n in cards), \
        [(n.context, n.front) for n in cards]
