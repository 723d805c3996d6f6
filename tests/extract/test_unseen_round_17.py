"""Patterns found by grading cards from documents the extractor had never seen (session 8: holdout rounds 17 and
18, and the key facts of the labelled corpus that had no card).

Each test states the general shape in made-up notes, never a line of the graded documents.
"""

from tests.extract.extract_helpers import notes


def cards(text: str, rule: str | None = None) -> dict[str, str]:
    return {n.front: n.back for n in notes(text, rule)}


def test_a_bold_interview_question_keeps_the_answer_after_a_blank_line():
    text = ("## Interview questions\n\n**Q: How do you pick a shard key?**\n\n"
            "A: Choose a high-cardinality field that spreads writes evenly.\n")
    assert cards(text) == {"How do you pick a shard key?":
                           "Choose a high-cardinality field that spreads writes evenly."}


def test_a_bold_question_with_no_answer_is_still_a_drill_without_stray_markup():
    got = cards("## Drills\n\n**Q: Walk me through a failover.**\n\nSome unrelated prose here.\n")
    assert list(got) == ["Walk me through a failover."]


def test_a_heading_typed_without_its_space_is_still_a_heading():
    text = "##Caching\n####Eviction\n* LRU: evicts the least recently used entry\n* LFU: evicts the least often used entry\n"
    fronts = {n.front: n.heading_path for n in notes(text)}
    assert fronts and all(path[-1] == "Eviction" for path in fronts.values())
    assert all("#" not in front for front in fronts)


def test_a_hashtag_line_is_not_a_heading():
    assert all(n.heading_path == () or "important" not in n.heading_path[-1] for n in notes("#important\n\nA quorum is a majority of the replicas.\n"))


def test_a_wide_comparison_table_gives_a_card_per_cell():
    text = ("# Storage tiers\n\n| Tier | Price | Retrieval | Minimum days | Typical use | Durability |\n"
            "|---|---|---|---|---|---|\n"
            "| Hot | Highest | Milliseconds | None | Active data | Eleven nines |\n"
            "| Cold | Lower | Seconds | 90 | Backups | Eleven nines |\n"
            "| Archive | Lowest | Hours | 180 | Compliance copies | Eleven nines |\n")
    got = cards(text, "table")
    assert got["Archive — retrieval?"] == "Hours"
    assert got["Cold — typical use?"] == "Backups"
    assert not any("durability" in front for front in got)  # one value in every row tells no row apart


def test_a_cell_that_joins_two_answers_makes_no_card():
    text = ("# Hosts\n\n| Option | Control | Cost |\n|---|---|---|\n"
            "| Dedicated host | Full control over server; ideal for own licences | Highest |\n"
            "| Shared | Little control | Lowest |\n")
    got = cards(text, "table")
    assert "Dedicated host — control?" not in got and got["Shared — control?"] == "Little control"


def test_rows_keyed_by_a_whole_sentence_are_two_columns_side_by_side():
    text = ("# Steering clients\n\n| DNS-based | Anycast-based |\n|-|-|\n"
            "| Use a short TTL on records to limit caching by resolvers | Same prefix announced from many sites |\n"
            "| Needs the resolver's location | Closest site is found by routing |\n")
    assert not any("Use a short TTL" in front for front in cards(text, "table"))


def test_plural_terms_defined_as_a_kind_of_thing_are_definitions():
    got = cards("# Build tools\n\nTranspilers are tools that turn code in one language into another language.\n")
    assert got == {"What are Transpilers?": "Tools that turn code in one language into another language"}


def test_a_plural_described_not_defined_is_no_definition():
    assert cards("# Indexes\n\nRange scans are useful in cases where data is sorted by time.\n", "definition") == {}


def test_a_judgement_or_a_pointer_at_the_notes_is_no_term():
    text = ("# Defense\n\n* Proper defense = fix injection + signed tokens\n* The notes here are a summary of the guide.\n"
            "* Forgery = You do not need to steal the token.\n")
    assert cards(text, "definition") == {}


def test_a_chinese_definition_that_continues_in_a_list_makes_no_card():
    text = "# 协议\n\n树协议就是一种简单的图基协议，它要求\n\n- 只允许排他锁\n- 第一个锁可以在任意数据项上\n"
    assert not any(front.startswith("什么是") for front in cards(text, "definition"))


def test_a_term_misspelt_in_its_second_definition_is_not_asked_twice():
    text = ("# Sorting\n\nMergesort is an efficient divide and conquer sorting algorithm.\n"
            "Megresort is a stable sort, meaning equal keys keep their order.\n")
    assert len(cards(text, "definition")) == 1


def test_two_terms_one_letter_apart_are_both_kept():
    text = "# Reliability\n\n- MTTR = mean time to repair\n- MTTF = mean time to failure\n"
    assert len(cards(text, "acronym")) == 2  # each an expansion: "What does MTTR stand for?"


def test_a_facet_listed_twice_under_one_item_asks_nothing_one_answer_fits():
    text = ("# Congestion signals\n\n- **Packet loss**:\n    - Advantage: easy to detect with timers\n"
            "    - Disadvantage: only a binary signal\n    - Disadvantage: loss has other causes such as radio noise\n")
    got = cards(text)
    assert not any("Disadvantage" in front for front in got)
    assert any(front.endswith("Advantage?") for front in got)


def test_a_numbered_outline_label_is_not_a_number_to_learn():
    text = "# Exam guide\n\n* 3d Describe how the tool downloads its plugins\n* 4b Explain when to use remote state\n"
    assert cards(text, "number-cloze") == {}


def test_a_whole_sentence_in_parentheses_is_an_aside_without_its_subject():
    text = "# Hashing\n\nJump hash has no memory overhead.\n(The deviation of buckets is 0.0001%, with a 99% confidence interval.)\n"
    assert cards(text, "number-cloze") == {}


def test_examples_in_parentheses_after_advice_are_no_set():
    text = "# Async communication\n\n- Use message queues (RabbitMQ, Kafka, SQS)\n- Handle duplicate messages\n"
    assert not any(front.startswith("Which") for front in cards(text))


def test_a_list_that_describes_its_heading_is_no_set_of_members():
    text = "# Tables\n\n- Tables support nested and repeated fields\n- Stored in a columnar format\n- Partitioning\n"
    assert not any(front.startswith("Which") for front in cards(text))


def test_a_remark_among_the_items_is_no_member():
    text = "# Primitive roles\n\n- Viewer\n- Editor\n- Not recommended\n"
    assert not any(front.startswith("Which") for front in cards(text))


def test_bold_words_that_start_a_sentence_are_not_the_item_s_name():
    text = ("# Probing steps\n\n1. **Find pages** where user input is shown to others.\n"
            "2. **Check parameters** in links and forms.\n3. **Try encoded payloads** to bypass filters.\n")
    got = cards(text)
    assert not any(front.startswith("Which") for front in got)  # not "1. Find pages 2. Check parameters …"
    assert got["Probing steps: what comes first?"] == "Find pages where user input is shown to others."


def test_use_it_for_each_is_how_not_when():
    assert cards("# Sharding\n\n- Use separate tables for each day.\n", "when-to-use") == {}


def test_a_short_list_of_links_into_the_document_is_navigation():
    text = "# Sorting\n\nContents\n---------\n1. [Heapsort](#heapsort)\n1. [Shell Sort](#shell sort)\n\n## Heapsort\n\nA heap.\n"
    assert not any("Heapsort" in back for back in cards(text).values())


def test_inline_math_becomes_text_and_a_formula_command_still_drops_the_card():
    text = ("# Deadlock prevention\n\n- **wait-die**: an older transaction $T_i$ may wait for a younger $T_j$\n"
            "- **bound**: cost grows as $\\frac{n}{2}$ per step\n")
    got = cards(text)
    assert "An older transaction T_i may wait for a younger T_j" in got.values()
    assert not any("frac" in back for back in got.values())


def test_a_code_block_fenced_with_single_backticks_is_code():
    text = ('# Terraform\n\n`\nresource "local_file" "pet" {\n  filename = "/root/pets.txt"\n  content = "We love pets!"\n}\n`\n\n'
            "A provider is a plugin that talks to one platform's API.\n")
    got = cards(text)
    assert not any("filename" in front or "content" in front for front in got)
    assert got == {"What is A provider?": "A plugin that talks to one platform's API"} or "What is a provider?" in {
        f.replace("A provider", "a provider") for f in got}


def test_an_answer_marker_answers_the_heading_s_question():
    text = "## Patterns\n\n### Q28: What is a saga?\n**Answer:** A sequence of local transactions with compensations.\n"
    assert cards(text) == {"What is a saga?": "A sequence of local transactions with compensations."}


def test_a_list_under_an_answer_marker_answers_the_heading_s_question():
    text = ("### Q27: What are the benefits of the bulkhead pattern?\n**Answer:**\n"
            "- **Isolates failures**: one exhausted pool does not starve others\n"
            "- **Protects capacity**: critical calls keep their threads\n"
            "- **Graceful degradation**: less important features fail first\n")
    got = cards(text)
    assert got["What are the benefits of the bulkhead pattern?"] == (
        "- Isolates failures\n- Protects capacity\n- Graceful degradation")
    assert not any(front.startswith("Answer") for front in got)


def test_an_answer_marker_over_a_lead_in_keeps_the_lead_in():
    text = ("### Q26: How does a circuit breaker work?\n**Answer:** A circuit breaker has three states:\n"
            "- **Closed**: calls flow through\n- **Open**: calls fail fast\n- **Half-open**: a few trial calls pass\n")
    got = cards(text)
    assert "How does a circuit breaker work?" not in got  # not answered by the cut-off lead-in
    assert any(front.endswith("Open?") and back == "Calls fail fast" for front, back in got.items())


def test_a_dash_after_the_term_is_not_part_of_it():
    got = cards("# Replication\n\nDurability - is the ability to keep acknowledged writes after a crash.\n", "definition")
    assert list(got) == ["What is Durability?"]


def test_a_remark_label_is_no_term():
    assert cards("# Locks\n\n- Example: a dashboard that reads while writers insert rows.\n", "definition") == {}


def test_a_name_given_to_a_pointer_or_to_the_last_noun_only_is_no_naming_card():
    text = ("# Reads\n\nA snapshot is made at the start. Reading from such snapshot is called a consistent read.\n\n"
            "The simplest setup has one leader and several follower nodes which are called replicas.\n")
    assert cards(text, "naming") == {}


def test_an_indented_list_under_its_lead_in_is_a_list():
    text = ("# Replication\n\nThe following topologies can be used:\n    * Star - one node copies to 5 replicas\n"
            "    * Chain - each node copies the next one\n")
    got = cards(text, "number-cloze")
    assert list(got) == ["Star - one node copies to {{c1::5}} replicas"]


def test_numbers_of_one_imagined_scenario_are_not_clozed():
    text = ("# Retries\n\nSay after retrying for 2 sec we still fail, we answer with an error.\n\n"
            "If a caller sends 10,000 requests in one second, the gateway throttles 5,000.\n\n"
            "If you have an RTO of 5 minutes, pilot light is too slow.\n")
    fronts = list(cards(text, "number-cloze"))
    assert len(fronts) == 1 and fronts[0].startswith("If you have an RTO of")


def test_a_plural_term_is_asked_in_the_plural():
    assert list(cards("# Build\n\nBundlers are programs that join many modules into one file.\n", "definition")) == [
        "What are Bundlers?"]


def test_a_code_span_is_never_cut_in_two():
    text = "# Rust\n\n- Use `_ => ()` to match any value and do nothing\n- `[profile.release] panic = 'abort'`\n"
    assert not any(front.count("`") % 2 or back.count("`") % 2 for front, back in cards(text).items())


def test_a_formula_set_as_code_is_still_a_definition():
    assert cards("# Risk\n\n- `residual risk = total risk - controls gap`\n", "definition") == {
        "What is residual risk?": "Total risk - controls gap"}


def test_a_row_with_one_value_in_every_column_asks_nothing():
    text = ("# Rollouts\n\n| | Big bang | Phased | Parallel |\n|---|---|---|---|\n| Cost | f(risk, time) | f(risk, time) | "
            "f(risk, time) |\n| Risk | High | Low | Lowest |\n| Time | Short | Long | Longest |\n")
    assert not any(front.startswith("Cost") for front in cards(text, "table"))


def test_inline_math_beside_chinese_text_reads_as_text():
    got = cards("# 工作集\n\n工作集是指一个进程当前正在使用的页面的集合，可以表示成二元函数$W(t, \\Delta)$。\n")
    assert all("$" not in back for back in got.values()) and any("W(t, Δ)" in back for back in got.values())


def test_a_list_right_under_a_question_is_not_named_after_the_heading():
    text = ("## Identifying characteristics\n\n5. A company plans several acquisitions. Which characteristics matter most?\n"
            "* Interoperability\n* Scalability\n* Adaptability\n")
    assert not any(front.startswith("Which three identifying") for front in cards(text))


def test_statements_joined_by_arrows_are_no_flow():
    text = ("# DataFrames\n\n- A DataFrame is the core abstraction -> rows with a schema -> a table in SQL\n"
            "- Many join types -> inner, outer, left_outer, right_outer -> `df1.join(df2)`\n"
            "- Release: build -> test -> package -> deploy\n")
    assert [back for back in cards(text, "sequence").values()] == ["build → test → package → deploy"]


def test_a_pattern_of_digits_is_no_definition_and_numbered_example_rows_no_facts():
    text = ("# Classes\n\n- Class B = `128.111.XXX.XXX`\n\n## The catch\n\n- **Subnet 1 Block**: 10.0.1.0/28\n"
            "- **Subnet 2 Block**: 10.0.1.16/28\n\n## OSI\n\n- **Layer 1**: Physical\n- **Layer 2**: Data link\n")
    got = cards(text)
    assert "What is Class B?" not in got and not any("Subnet" in front for front in got)
    assert sum(1 for front in got if "Layer" in front) == 2


def test_a_pronoun_is_no_anchor_for_a_set():
    text = "# Datasets\n\nIt has two types of transformation:\n\n- typed\n- untyped\n"
    assert not any(front.startswith("It:") for front in cards(text))
