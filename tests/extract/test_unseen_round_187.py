"""Patterns found by grading cards from documents the extractor had never seen (session 19: holdout rounds 187
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def test_a_reading_list_row_ending_in_its_address_is_no_definition():
    items = ("- Blog da Rede – Como funciona o TTL: https://example.com/blog/ttl\n"
             "- Manual do BIND – Zonas e registros: https://example.org/bind/zonas\n")
    for heading in ("## Leituras e referências (PT-BR)", "## Cache"):
        text = f"# DNS\n\n## Registros\n\nO registro A aponta um nome para um endereço IPv4.\n\n{heading}\n\n{items}"
        got = fronts(text, "definition")
        assert not any("Blog" in f or "Manual" in f for f in got), (heading, got)


def test_two_things_or_a_step_to_take_are_no_term_to_define():
    text = ("# Balancing\n\n## Long connections\n\n- **MQTT / AMQP — long sessions need sticky routing.**\n"
            "- Canary ≠ blue-green — do not mix the two rollouts.\n- Compute target rate = window / base RTT\n"
            "- **Check Phase** — runs the callbacks queued for it\n")
    got = fronts(text, "definition")
    assert not any(w in f for f in got for w in ("MQTT", "Canary", "Compute")), got
    assert any("Check Phase" in f for f in fronts(text)), fronts(text)  # a name that opens with a verb stays


def test_a_link_above_a_table_is_no_caption_and_an_analogy_row_asks_nothing():
    text = ("# Cloud\n\n## Budgets\n\n[Course page](https://example.com/course/budgets)\n\n| Tool | Purpose |\n|---|---|\n"
            "| Budget alerts | Warn before spend passes a limit |\n| Cost explorer | Shows spend by service over time |\n")
    got = fronts(text, "table")
    assert got and not any("Course page" in f for f in got), got
    text = ("# Ingress\n\n## Object vs controller\n\n| Aspect | Ingress object | Ingress controller |\n|---|---|---|\n"
            "| Kind | API resource | Deployment |\n| Analogy | A rulebook | A referee |\n| Scope | Routing rules | Enforcing them |\n")
    got = fronts(text, "table")
    assert got and not any(f.startswith("Analogy") for f in got), got


def test_a_long_form_ends_where_the_next_clause_starts():
    text = "# Shells\n\n## Jobs\n\nPID is short for \"process identifier\" and refers to the number the kernel gives a process.\n"
    got = {n.front: n.back for n in notes(text, "purpose")}
    assert got.get("What is PID short for?") == "Process identifier", got


def test_a_level_tag_after_a_heading_is_no_part_of_its_title():
    text = "# On-call\n\n## Paging policy `[I]`\n\n- **Ack window**: the time a pager has to acknowledge before it escalates\n"
    got = notes(text)
    assert got and all("[I]" not in n.front and "[I]" not in n.context for n in got), [(n.front, n.context) for n in got]


def test_x_means_more_of_something_is_a_consequence_not_a_definition():
    text = "# Memory\n\n## Buses\n\nPrefetching means more traffic on the memory bus.\n\nA bus is a shared channel between components.\n"
    got = fronts(text, "definition")
    assert not any("Prefetching" in f for f in got), got


def test_a_typed_parameter_of_a_designed_api_is_no_fact():
    text = ("# Design a ticket service\n\n## API\n\n`reserve(api_key, seat_ids, hold_seconds)`\n\nParameters:\n\n"
            "* seat_ids (array): The seats the user picked on the map.\n* hold_seconds (int): How long the hold lasts.\n")
    got = fronts(text, "labelled-fact")
    assert not any("seat_ids" in f or "hold_seconds" in f for f in got), got


def test_a_dash_to_a_verdict_or_a_tool_and_an_adverb_in_a_term_define_nothing():
    text = ("# PostgreSQL\n\n## Восстановление\n\nВ PostgreSQL есть несколько способов восстановить сервер после сбоя.\n\n"
            "- логическая копия — pg_dumpall\n- Запуск старого мастера как реплики — не работает\n"
            "- Реплика — копия основного сервера, которая получает изменения по протоколу репликации\n")
    got = fronts(text, "definition")
    assert "Что такое Реплика?" in got and not any("копия?" in f or "мастера" in f for f in got), got
    text = "# Kafka\n\n## 控制器\n\n控制器其实是一个负责管理分区和副本状态的 Broker。\n"
    assert not any("其实" in f for f in fronts(text)), fronts(text)


def test_a_hyphenated_acronym_ending_in_s_is_no_plural_to_count():
    text = ("Vault\n=\n\nKey options:\n1. SSE-HSM\n1. SSE-EKMS\n   -  Keys from the vault\n   -  Audit using access logs\n"
            "   -  Requires **DataKey** permission\n1. SSE-BYOK\n   - Must use **TLS**\n1. Client side keys\n")
    got = fronts(text, "enumeration")
    assert "Vault: which four key options?" in got and not any("SSE-EKMS?" in f for f in got), got


def test_two_kinds_of_one_thing_side_by_side_pair_no_rows():
    text = ("# Networks\n\n## Subnets\n\n| Automatic mode | Manual mode |\n|---|---|\n"
            "| Each region gets a subnet from a fixed block | You choose every subnet and its range |\n"
            "| Easy to start with for a small project | Preferred when networks will be peered |\n")
    assert not fronts(text, "table"), fronts(text, "table")


def test_the_indexes_of_one_design_are_no_facts():
    text = ("# Shop model\n\n## Indexes\n\n| Index | Partition key | Purpose |\n|---|---|---|\n"
            "| CartsByShopper | `shopper_id` | Open carts of a shopper |\n| ParcelsByDepot | `depot_id` | Parcels waiting at a depot |\n"
            "| ReturnsByWeek | `week` | Returns to inspect |\n")
    assert not fronts(text, "table"), fronts(text, "table")


def test_a_caption_set_as_a_tables_header_names_no_column():
    text = ("# Memory\n\n## Legend\n\n|Table 3-1.|Speeds\n|--|--\n|L1 cache\t|about 1 ns\n|Main memory\t|about 100 ns\n"
            "|SSD read\t|about 100 µs\n")
    assert not fronts(text, "table"), fronts(text, "table")
