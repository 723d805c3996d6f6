"""Patterns found by grading cards from documents the extractor had never seen (session 45, rounds 747 and later;
test_unseen_round_729.py holds the ones before). Each test states the general shape in made-up notes or in a few lines
shaped like the graded document's."""

from tests.extract.extract_helpers import notes


def test_a_chain_under_a_name_that_says_no_process_is_no_ordered_steps_card():
    """Graded rounds 606-726: every "X: the 3 steps in order?" card whose X names no procedure was bad ("State: closed →
    open → half open", "Subnetmask: CIDR → 23b & 9b → …", "tar: extract tar file → tar -cvf … → …"): the front cannot
    say which steps are asked."""
    text = ("# Resilience\n\n## Circuit breakers\n\n- State: closed (normal) → open (fail fast) → half open\n"
            "- Timeout: 30 seconds before a retry\n\n## Subnets\n\n- Subnetmask: split by CIDR → 23b & 9b → write the mask\n"
            "- Gateway: the first usable address of the subnet\n\n## Encryption\n\n"
            "- To encrypt an unencrypted DB: snapshot → copy encrypted → restore\n- Key store: AWS KMS holds the data keys\n\n"
            "## Delivery\n\n- Deployment pipeline: build → test → release → deploy\n- Artifact store: S3 keeps every build\n")
    cards = {n.front: n.back for n in notes(text)}
    assert not any("State" in f or "Subnetmask" in f for f in cards), cards
    assert not any("closed (normal)" in b or "CIDR" in b for b in cards.values()), cards
    assert any(f.startswith("To encrypt") for f in cards), cards
    assert any(f.startswith("Deployment pipeline") for f in cards), cards
