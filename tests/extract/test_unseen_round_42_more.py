"""More patterns from the graders' rounds 42 and later (session 11), split from test_unseen_round_42.py to keep
files small. Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def test_repeated_labels_misc_columns_navigation_tables_and_pointer_links():
    text = ("## Tracing lib\n\n- `Pro`: uses idiomatic Rust everywhere\n- `Pro`: aware of async tasks\n"
            "- `Cons`: non-standard when compared to OpenTelemetry\n\n"
            "## Batch APIs\n\n| API | 用途 | その他 |\n|---|---|---|\n| Query | 検索 | RCUを節約できるかも |\n"
            "| Scan | 全件 | 遅い |\n\n## Куда дальше\n\n| Тема | Ссылка |\n|---|---|\n| Обзор | [[databases-overview]] |\n\n"
            "## Scopes\n\n- Container scope: access to one container only [Docs](https://example.com/docs)\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Pro" in f or "その他" in f or "Обзор" in f for f in got)
    assert got.get("Scopes: Container scope?") == "Access to one container only"


def test_a_forward_reference_a_timer_value_and_a_cloze_of_the_heading_make_no_card():
    text = ("## Timers\n\n- LSA Refresh Timer = 1800 sec (30 min)\n\n## Config Maps\n\n"
            "> You can store configuration data in K8s using **ConfigMaps**.\n\n## Consumers\n\n"
            "Consumer assignment strategies: i.e. how consumers get a partition:\n\n"
            "- Range: assigns partitions per topic\n- Sticky: keeps assignments across rebalances\n")
    got = fronts(text)
    assert not any("LSA Refresh Timer" in f or "[...]" in f for f in got)
    assert "Consumer assignment strategies: Sticky?" in got


def test_a_label_with_a_verb_names_no_set():
    text = "## General-purpose v2\n\n- Offers **all tiers**: Hot, Cool, Archive.\n"
    assert not any(f.startswith("Which") for f in fronts(text))


def test_a_setting_value_is_a_labelled_fact_and_a_use_case_label_takes_its_subject():
    text = ("## Producer properties\n\n* `acks`: the number of acknowledgments the producer requires\n\n"
            "    * `acks=0`: The producer doesn't wait for any response from the broker.\n\n"
            "        Use case: IoT devices where updates are periodic and stateless.\n")
    got = fronts(text, "labelled-fact")
    assert "`acks`: `acks=0`?" in got
    assert "`acks=0` — use case?" in got


def test_meta_labels_and_columns_a_clause_as_term_and_a_counted_lead_in():
    text = ("## Scheduler\n\n| Topic | Key Insight | Mechanism |\n|---|---|---|\n| Scheduler | Filter → Score → Bind |"
            " Watches unscheduled pods |\n| Kubelet | Evicts by QoS | Runs on every node |\n\n"
            "- One-liner: CPU starvation throttles pods; memory starvation kills them.\n"
            "- Example Vault Lock Policy: enforce archive retention for one year\n\n"
            "> MVCC gives speed — VACUUM pays the bill.\n\n## Design thinking\n\n"
            "- Responde a las siguientes preguntas:\n  - Qué puede hacer: roles que definen permisos\n\n"
            "The `repeat` generator _could_ generate an infinite number of values.\n")
    got = fronts(text)
    assert "Scheduler — mechanism?" in got
    assert not any(w in f.lower() for f in got for w in ("insight", "one-liner", "vault lock", "mvcc", "siguientes", "[...]"))


def test_a_collapsible_section_title_heads_what_it_folds():
    text = ("# Kubernetes\n\n<details>\n<summary>Cluster Autoscaler</summary><br><b>\n\n"
            "Cluster Autoscaler adjusts the number of nodes, not Pods.\n\n</b></details>\n\n<details>\n"
            "<summary>Sample output of the trace</summary>\n\nThe kernel printed three lines of trace output here.\n\n</details>\n")
    got = fronts(text, "heading-fact")
    assert got == {"Cluster Autoscaler?"}
