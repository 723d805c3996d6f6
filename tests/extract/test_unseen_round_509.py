"""Patterns found by grading cards from documents the extractor had never seen (session 34, rounds 509 and later;
test_unseen_round_491.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_lead_in_that_says_what_the_headings_thing_is_does_not_replace_its_name():
    text = ("# Message brokers\n\n## Brokers\n\n### RabbitMQ\nThe classic open-source message broker:\n"
            "- **Origin**: Rabbit Technologies (2007)\n- **Protocol**: AMQP 0-9-1\n- **Use case**: task queues, routing\n\n"
            "### Apache Pulsar\nCloud-native distributed messaging platform (newer):\n- **Origin**: Yahoo (2016)\n"
            "- **Storage**: Apache BookKeeper\n- **Use case**: multi-tenant streaming\n\n"
            "### Kafka\nCore parts:\n- **Broker**: stores partitions\n- **Producer**: writes records\n")
    fronts = [n.front for n in notes(text, "labelled-fact")]
    assert any(f.startswith("RabbitMQ") and "origin" in f.lower() for f in fronts), fronts
    assert any(f.startswith("Apache Pulsar") and "Storage" in f for f in fronts), fronts
    assert not any("broker:" in f.lower() and "message broker" in f.lower() for f in fronts), fronts
    assert not any("messaging platform" in f for f in fronts), fronts
    assert any(f.startswith("Core parts") for f in fronts), fronts


def test_a_lead_in_that_names_a_part_of_the_headings_thing_still_titles_its_list():
    text = ("# Data systems\n\n## OLTP vs OLAP\nCharacteristics of an OLTP system:\n- Interactive\n- Real-time\n"
            "- Low latency reads and writes\n- Highly available\n")
    fronts = [n.front for n in notes(text, "enumeration")]
    assert "Which four characteristics of an OLTP system?" in fronts, fronts


def test_a_label_that_names_an_aspect_is_asked_of_the_section_it_stands_in():
    text = ("# Networks\n\n## Site-to-site VPN\n\n**Use case:** quick encrypted link over the internet.\n\n"
            "**Encryption:** Traffic is protected with IPsec tunnels between the gateways.\n\n"
            "**Implementation:** Create a virtual private gateway and attach it to the VPC.\n\n"
            "## Open-closed principle\n\n- **Origin**: Bertrand Meyer, 1988\n- **Claim**: modules open for extension\n\n"
            "## Security terms\n\n- **Salt**: random data added to a password before hashing\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert not {"Encryption?", "Implementation?", "Origin?", "Claim?"} & set(got), got
    assert any(f.startswith("Site-to-site VPN") and "encryption" in f for f in got), got
    assert any(f.startswith("Open-closed principle") and "origin" in f.lower() for f in got), got
    assert got.get("Security terms: Salt?") or got.get("Salt?"), got


def test_the_leaves_of_a_decision_tree_drawn_without_a_fence_are_no_labelled_facts():
    text = ("# Queues\n\n## Choosing a broker\n\nBroker decision tree\n\nDo you need replay of old messages?\n│\n"
            "├── YES → Kafka\n│         event sourcing, audit logs\n│\n└── NO → continue\n         │\n"
            "         └── Need complex routing?\n                   Rabbit: exchanges and bindings\n"
            "                   SQS: everything else\n\n## Terms\n\n- **DLQ**: a queue that keeps messages no consumer could handle\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert not any(f.startswith(("Rabbit", "SQS")) for f in got), got
    assert any("DLQ" in n.front for n in notes(text, "definition")), got


def test_a_reason_cell_is_asked_with_the_choice_it_explains():
    text = ("# Transport\n\n## Use cases\n\n| Scenario | Preferred protocol | Reason |\n| --- | --- | --- |\n"
            "| File transfer | **TCP** | Every byte must arrive in order |\n| Email | **TCP** | No message may be lost |\n"
            "| Live video | **UDP** | A late frame is worth less than a dropped one |\n"
            "| Voice calls | **UDP** | Low latency matters more than loss |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert "Live video — reason?" not in got, got
    assert got.get("Live video — preferred protocol?") == "UDP — A late frame is worth less than a dropped one", got



def test_a_short_argument_glued_to_a_name_is_no_aside_to_drop():
    text = ("# Concurrency control\n\n## Timestamp ordering\n\n### Reads\n\n"
            "- If TS(Ti) < W-TS(X):\n  - Skip rule: Ignore the stale write and let the transaction continue\n"
            "  - Strict rule: Abort Ti and restart it with a newer timestamp\n")
    got = [(n.front, n.back) for n in notes(text, None)]
    assert not any("TS <" in f or "TS <" in b for f, b in got), got
    assert any("TS(Ti) < W-TS(X)" in f for f, _b in got), got


def test_a_table_rows_running_number_is_no_key_to_ask_by():
    text = ("# Regulation\n\n## Technical requirements\n\n| Id | Requirement |\n|----|-----|\n| 1 | Secure by design |\n"
            "| 2 | Protection against unauthorised access |\n| 3 | Authentication control |\n| 4 | Data protection |\n\n"
            "## Ports\n\n| Port | Service |\n|---|---|\n| 22 | SSH |\n| 443 | HTTPS |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert not any("Id " in f or "Secure by design" in b for f, b in got.items()), got
    assert any("22" in f and b == "SSH" for f, b in got.items()), got


def test_a_label_that_only_numbers_one_of_several_options_is_no_front():
    text = ("# CDN\n\n## Cold start\n\nA cold PoP sends its first request to the origin.\n\n"
            "Mitigation 1: Origin shield — one intermediary PoP between the edges and the origin.\n\n"
            "Mitigation 2: Pre-warming — seed the caches with hot content before a launch.\n\n"
            "## Terms\n\n- **Origin**: the server that holds the original content\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert not any("Mitigation" in f for f in got), got


def test_a_table_whose_rows_are_links_to_other_pages_is_a_reading_list():
    text = ("# Accessibility\n\n## Links\n\n| Title | Site | Description |\n| --- | --- | --- |\n"
            "| [Live regions](https://example.org/live) | MDN | How to announce changes |\n"
            "| [Roles](https://example.org/roles) | W3C | Role reference |\n"
            "| [Landmarks](https://example.org/landmarks) | a11y | Landmark guide |\n\n## Ports\n\n"
            "| Port | Service |\n|---|---|\n| 22 | SSH |\n| 443 | HTTPS |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert not any("site?" in f or "Live regions" in f for f in got), got
    assert any("22" in f and b == "SSH" for f, b in got.items()), got


def test_a_walkthroughs_narration_in_any_language_is_no_label():
    text = ("# Kubernetes\n\n## Cluster local\n\nLogo vamos usar o seguinte comando : `kubectl get nodes`\n\n"
            "Vamos excluir o primeiro cluster : `kind delete cluster --name=demo`\n\n"
            "- `script base`: Inclua o seguinte código\n- `kind`: ferramenta que cria clusters Kubernetes em contêineres\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert not any("vamos" in f.lower() or "script base" in f for f in got), got
    assert any("kind" in f for f in got), got


def test_a_products_name_linked_to_its_home_page_still_keys_its_row():
    text = ("# Messaging\n\n## Brokers\n\n| Broker | What | When |\n|:--|:--|:--|\n"
            "| [RabbitMQ](https://www.rabbitmq.com/) | Message queue with routing | Complex workflows |\n"
            "| [Apache Kafka](https://kafka.apache.org/) | Distributed event streaming | High throughput, logs |\n"
            "| [AWS SQS](https://aws.amazon.com/sqs/) | Serverless queue | Simple decoupling on AWS |\n"
            "| [Redis Pub/Sub](https://redis.io/docs/manual/pubsub/) | In-memory publish/subscribe | Real-time events |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert any(f.startswith("Apache Kafka") and b == "Distributed event streaming" for f, b in got.items()), got


def test_a_counted_lead_in_of_bare_parts_as_follows_leaves_the_heading_as_the_title():
    text = ("# Pods\n\n## Examining a pod's YAML descriptor\n\nThe descriptor is long, but these are the main parts. "
            "There are three important parts as follows:\n"
            "- ***metadata*** : includes the name, namespace, labels.\n- ***spec*** : include containers, volumes, and others.\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert not any("as follows" in f or f.startswith("Important part") for f in got), got
    assert any(f.startswith("Examining a pod's YAML descriptor") for f in got), got


def test_a_thing_said_to_be_like_any_other_of_its_kind_is_not_defined():
    text = ("# Kubernetes\n\n## Namespaces\n\n- A namespace is a Kubernetes resource like any other, so you can create it "
            "by posting a YAML file to the API server.\n- A pod is a group of containers that share a network namespace.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("like any other" in b for b in got.values()), got
    assert any("pod" in f for f in got), got


def test_a_place_said_as_the_default_a_numbered_pillar_and_a_gherkin_line_are_no_cards():
    text = ("# Craft\n\n## Bias\n\n> Bias is the default.\n\n## Pillars\n\n> Pillar 2: Respect for every teammate\n\n"
            "## Acceptance tests\n\n**Background:** I am at the vending machine.\n\n"
            "**Scenario:** a concrete example written as Given, When and Then steps.\n")
    got = [(n.front, n.back) for n in notes(text)]
    assert not any(b.strip(". ").lower() == "the default" for _f, b in got), got
    assert not any("Pillar 2" in f for f, _b in got), got
    assert not any("vending machine" in b for _f, b in got), got


def test_a_definition_whose_sentence_breaks_off_in_the_notes_is_no_card():
    text = ("# GKE\n\n## Pods\n\nPod is a container or a set of.\n\n## Services\n\n"
            "A service is a set of pods reached through one stable address.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any(b.rstrip(".").endswith(" of") for b in got.values()), got
    assert any("service" in f.lower() for f in got), got


def test_a_folds_number_and_a_condition_label_in_a_paragraph_ask_nothing():
    text = ("# Validation\n\n## Time-series cross-validation\n\n- fold 1 : training [1], test [2]\n"
            "- fold 2 : training [1 2], test [3]\n- fold 3 : training [1 2 3], test [4]\n\n## Tests\n\n"
            "Pour un test bilatéral: l'intervalle de confiance est [-Tcrit, +Tcrit].\n\n"
            "For a one-sided test: only one tail of the distribution rejects the hypothesis.\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert not any(f.lower().startswith(("fold", "pour un", "for a")) for f in got), got


def test_bullets_pasted_from_a_word_processor_are_list_marks_not_text():
    text = ("# Processes\n\n## Special processes\n\n\uf0b7 PID 1 → init (first process, parent of all)\n"
            "\uf0b7 Zombie: a dead process whose entry remains in the process table\n"
            "o Example: a child that exited before its parent called wait\n")
    got = [(n.front, n.back) for n in notes(text)]
    assert got and not any("\uf0b7" in f or "\uf0b7" in b for f, b in got), got
    assert not any("o Example" in b for _f, b in got), got


def test_a_task_set_to_the_reader_is_no_answer():
    text = ("# Netzwerksicherheit\n\n## Aufgaben\n\n- Hacking: Mögliche Angriffspunkte nennen und beschreiben\n"
            "- Handshake: Beschreiben Sie nichts, nur die drei Schritte des TCP-Handshakes aufzählen\n\n## Begriffe\n\n"
            "- Firewall: filtert den Verkehr zwischen zwei Netzen nach Regeln\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert not any("nennen" in b or "aufzählen" in b for b in got.values()), got
    assert any("Firewall" in f for f in got), got


def test_one_trait_and_a_class_define_nothing():
    text = ("# Web\n\n## Protocols\n\n- HTTP is a stateless protocol.\n- TCP is a connection-oriented protocol.\n"
            "- DNS is the system that maps domain names to IP addresses.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any(b.rstrip(".").endswith(" protocol") and len(b.split()) <= 3 for b in got.values()), got
    assert any("DNS" in f for f in got), got


def test_a_back_that_only_says_a_list_follows_is_no_answer():
    text = ("# Networks\n\n## Layers\n\n- The internet protocol stack consists of the following layers from top to down:\n"
            "    - application\n    - transport\n    - network\n    - link\n    - physical\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any(b.lower().startswith("the following") for b in got.values()), got


def test_a_back_that_gives_a_reason_or_says_also_leans_on_another_line():
    text = ("# Modelagem\n\n## Entidades fortes\n\n- Editoras: Pois necessitamos das editoras para se ter os livros.\n"
            "- Autores: Porque cada livro tem ao menos um autor.\n\n## Ferramentas\n\n"
            "- brModelo: ferramenta gratuita para desenhar modelos conceituais\n- ERWin: Também é muito utilizado no mercado\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert not any(b.startswith(("Pois", "Porque", "Também")) for b in got.values()), got
    assert any("brModelo" in f for f in got), got


def test_a_negation_word_is_no_term_and_a_great_help_defines_nothing():
    text = ("# Arquitetura\n\n#### SOA - Service Oriented Architecture\n\n-   NÃO é uma tecnologia\n-   NÃO é um produto\n"
            "-   NÃO é um framework\n-   NÃO é uma metodologia\n\n## Twelve factors\n\n10. ##### Paridade\n"
            "    1.  Mantenha desenvolvimento e produção o mais semelhantes possível.\n"
            "        1.  Incentiva uma cultura DevOps.\n        2.  CONTEINERIZAÇÃO É UMA GRANDE AJUDA\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("NÃO" in f or "Não" in f for f in got), got
    assert not any("GRANDE AJUDA" in b.upper() for b in got.values()), got
