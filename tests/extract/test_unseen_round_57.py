"""Patterns found by grading cards from documents the extractor had never seen (session 12: holdout rounds 57
and later), and the shared vocabularies the rules read. Each test states the general shape in made-up notes,
never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def test_a_number_in_a_sentence_about_both_of_the_line_before_is_no_cloze():
    # "Both …" names its subject in the line before: "Both [...] ms" asks about nobody
    text = ("## Replicas\n\nThe primary and the standby apply each write.\n\n"
            "Both acknowledge a write within 5 ms on the same rack.\n")
    assert not notes(text, "number-cloze")
    alone = "## Replicas\n\nA standby acknowledges a write within 5 ms on the same rack.\n"
    assert notes(alone, "number-cloze")  # the same number with its subject in the sentence is a card


def test_a_heading_over_a_sentence_that_starts_with_this_is_asks_nothing():
    # "This is where …" leans on the heading it sits under: "Loose rules?" -> "This is where …" is no answer
    text = ("# Sharing data\n\n## Loose rules\n\nThis is where a team agrees to touch a map from one goroutine only.\n\n"
            "## Locks\n\nA mutex lets one goroutine at a time hold the map.\n")
    assert "Loose rules?" not in fronts(text)


def test_a_problem_with_a_named_thing_keeps_its_cloze():
    # "The problem with X is …" names its subject; only "The problem is …" leans on the line before
    text = ("## Input filters\n\nAn allowlist names what may pass.\n\n"
            "The problem with **denylists** is that an attacker finds the input they miss.\n")
    assert any("The problem with" in f for f in fronts(text, "emphasis-cloze"))


def test_numbers_of_an_outline_are_no_sequence():
    # notes numbered as an outline ("1." at every level): a sub-list under a topic item is no procedure,
    # even when its title has a word like "workflow" or "how to"
    text = ("# Deploy tool\n\n1. Release workflow without the tool\n   1. a commit starts the pipeline\n"
            "   2. the pipeline builds an image\n2. Pull model\n   1. The agent lives in the cluster\n"
            "   2. The agent pulls manifests and applies them\n")
    assert not notes(text, "enumeration")
    steps = ("## Release workflow\n\n1. A commit starts the pipeline\n2. The pipeline builds an image\n"
             "3. The image is pushed to the registry\n")
    assert "Release workflow: what comes first?" in fronts(steps, "enumeration")  # a real numbered procedure


def test_a_title_that_counts_other_parts_than_the_list_has_is_no_cue():
    # "Two-phase change" over six numbered steps: "what comes first?" could be phase one or step one
    steps = "".join(f"{k}. The leader does step {w} of the change\n" for k, w in enumerate(
        ["one", "two", "three", "four", "five", "six"], start=1))
    text = ("## Two-phase change\n\nThe joint configuration lets each server switch at its own time without "
            "two leaders in one term:\n\n" + steps)
    assert not [f for f in fronts(text, "enumeration") if "what comes" in f]
    phases = "## Two-phase change\n\n1. Joint configuration is committed\n2. The new configuration is committed\n"
    assert "Two-phase change: what comes first?" in fronts(phases, "enumeration")


def test_a_back_that_only_says_the_front_again_is_no_card():
    # "What is Source port?" → "The port of the source"; "`DenyAll`: Access?" → "Deny" under a rule named so
    text = ("## Packet filter\n\nA filter matches five fields:\n\n- **Target port**: the port of the target\n"
            "- **Protocol**: TCP, UDP or ICMP\n\n### Default rules\n\n- `DenyAllInbound`\n  - Access: Deny\n"
            "  - Priority: 65500\n")
    made = fronts(text)
    assert not [f for f in made if "Target port" in f]
    assert not [f for f in made if f.endswith("Access?")]
    assert [f for f in made if f.endswith("Priority?")]  # a value the name does not give is a card
    assert [f for f in made if "Protocol" in f]
