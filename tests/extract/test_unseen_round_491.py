"""Patterns found by grading cards from documents the extractor had never seen (session 33, rounds 491 and later;
test_unseen_round_469.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_group_name_among_a_lists_items_is_no_member_of_the_set():
    text = ("# Advice\n\n## Around advice\n- Use cases\n    - Common ones\n        - Logging\n        - Security\n"
            "        - Audit\n    - Pre and post processing of data\n    - Managing exceptions\n\n"
            "## Retry advice\n- Use cases\n    - Flaky networks\n    - Rate-limited APIs\n    - Slow disks\n")
    got = {n.front: n.back for n in notes(text, "enumeration")}
    assert not any("Common ones" in back for back in got.values()), got
    assert got.get("Which three common ones?") == "- Logging\n- Security\n- Audit", got
    assert "- Flaky networks\n- Rate-limited APIs\n- Slow disks" in got.values(), got


def test_a_sentence_that_picks_a_thing_out_among_its_kind_defines_nothing():
    text = ("# Control plane\n\n## Scheduling\n- Separate\n- The Scheduler Service is the only component that binds pods to nodes\n"
            "- Check the config file\n\n## Node agents\n"
            "- A kubelet is an agent that runs on every node and starts the pods assigned to it.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("Scheduler" in f for f in got), got
    assert "What is A kubelet?" in got or "What is kubelet?" in got or "What is a kubelet?" in got, got


def test_a_number_cloze_keeps_what_is_counted_in_sight():
    text = "# Consensus\n\n## Quorum sizes\n\n- A Raft group of five members keeps working with up to 2 nodes down.\n"
    got = [n.front for n in notes(text, "number-cloze")]
    assert got == ["A Raft group of five members keeps working with up to {{c1::2}} nodes down."], got


def test_a_there_are_two_types_lead_in_takes_its_subject_from_the_sentence_before():
    text = ("# Security\n\n## Protection\n\n"
            "Hashing is used to check that stored data was not changed. There are two types:\n\n"
            "* Keyed: needs a secret key, as in an HMAC\n* Unkeyed: anyone can compute it, as with SHA-256\n\n"
            "## Proteção\n\nA replicação é usada para manter cópias dos dados em vários nós. Existem dois tipos:\n\n"
            "* Síncrona: confirma a escrita só depois de todas as cópias\n* Assíncrona: confirma antes de copiar\n")
    got = {n.front for n in notes(text, "labelled-fact")}
    assert {"Hashing — types: Keyed?", "Hashing — types: Unkeyed?", "Replicação — tipos: Síncrona?",
            "Replicação — tipos: Assíncrona?"} <= got, got


def test_a_sentence_run_on_after_a_full_stop_with_no_space_still_ends_there():
    text = ("# Columns\n\n## Kinds\n\nPadded strings are values that are stored in fixed-width columns.However a trailing "
            "space is kept on disk, so two equal words may not compare equal.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert got == {"What are Padded strings?": "Values that are stored in fixed-width columns"}, got


def test_a_listing_whose_last_two_are_joined_by_another_languages_or_counts_both():
    text = "# Ficheiros\n\n## Tipos\n\n* Registos de dados: inteiros, decimais, textuais ou lógicos\n"
    got = [n.back for n in notes(text, "enumeration")]
    assert got == ["- inteiros\n- decimais\n- textuais\n- lógicos"], got


def test_the_items_of_a_notation_list_are_one_formulas_letters_not_cards():
    text = ("# Heap files\n\n## Cost of access\n\nNotation:\n- $t_s$: seek time (~20ms)\n- $D$: # blocks (or pages)\n\n"
            "## Page layout\n\n- Slotted page: a header with a slot array that points at each record\n")
    got = [n.front for n in notes(text)]
    assert got == ["What is Slotted page?"], got


def test_a_documents_focus_areas_line_is_its_scope_not_a_set_to_learn():
    text = ("Interview questions for a platform role\n\nFocus Areas: Terraform, Helm, Go, Linux\n\nTerraform\n\n"
            "Terraform is an infrastructure-as-code tool that plans changes before it applies them.\n")
    got = [n.front for n in notes(text)]
    assert got == ["What is Terraform?"], got


def test_a_bare_count_of_things_is_no_value_of_a_property():
    text = ("# Cluster limits\n\n## Large clusters\n\n- 150,000 pods\n- 99.9% availability\n")
    got = {n.front: n.back for n in notes(text, "value-of")}
    assert got == {"Large clusters: availability?": "99.9%"}, got


def test_a_guides_intended_audience_line_is_front_matter_not_knowledge():
    text = ("# Remote access\n\n> **Intended Audience**: Support engineers, students, self-learners\n\n## SSH\n\n"
            "- **Port**: SSH listens on TCP port 22 by default\n")
    got = [n.front for n in notes(text)]
    assert got == ["SSH: Port?"], got


def test_the_authors_own_build_plan_makes_no_cards():
    text = ("# Un almacén de colas\n\n## Garantías\n\n- **Al menos una vez**: el consumidor puede recibir un mensaje "
            "dos veces\n\n## Construiremos un servicio con estos elementos\n\n- `P`: número de particiones del tema\n"
            "- Cliente: Flask con Redis\n\n## Características que ofreceremos\n\nMensajes de a lo más 64KB.\n\n"
            "## Let's build our own broker\n\n- Storage: one append-only file per partition\n")
    got = [n.front for n in notes(text)]
    assert got == ["Garantías: Al menos una vez?"], got


def test_a_lead_in_clause_among_the_x_we_have_names_no_set():
    text = ("# Diseño de una cola\n\n## Requisitos\n\nLa cola guarda mensajes en disco para que los consumidores los lean.\n\n"
            "Entre los compromisos tenemos:\n\n- latencia\n- durabilidad\n- orden\n- costo\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert got == [], got


def test_a_definition_of_what_prevents_this_kind_of_problem_leans_on_the_line_before():
    text = ("# Replication\n\n## Lag anomalies\n\nA reader may see an answer before the question it replies to.\n\n"
            "Causal reads is a guarantee that prevents this kind of problem.\n\n"
            "A replica is a copy of the database kept on another node.\n")
    got = [n.front for n in notes(text, "definition")]
    assert got == ["What is a replica?"], got


def test_a_quotes_source_after_a_pipe_is_not_part_of_the_answer():
    text = ("# Web\n\n## Caching\n\n> A conditional request is a request whose result depends on a validator such as an "
            "ETag. | MDN Web Docs\n\n> A preflight request is a request a browser sends first to ask which methods are "
            "allowed. | developer.mozilla.org\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert got == {"What is a conditional request?": "A request whose result depends on a validator such as an ETag",
                   "What is a preflight request?": "A request a browser sends first to ask which methods are allowed"}, got


def test_a_definition_that_only_says_how_much_is_a_judgement():
    text = ("# Languages\n\n## Lisp\n\nLisp is a very expression-oriented language. Every form returns a value.\n\n"
            "## Erlang\n\nErlang is a functional language built for telephone switches that must never stop.\n")
    got = [n.front for n in notes(text, "definition")]
    assert got == ["What is Erlang?"], got


def test_a_line_that_compares_a_value_makes_no_definition_but_a_state_of_the_term_does():
    text = ("# SQL\n\n## Nulls\n\n- price = NULL never matches a row\n\n## Faults\n\n"
            "- Outage = the service is not reachable for its users\n")
    got = [n.front for n in notes(text, "definition")]
    assert got == ["What is Outage?"], got


def test_a_set_of_six_phrases_is_too_big_but_six_short_names_are_not():
    text = ("# Databases\n\n## Document store\n\n- **Use Cases:** mobile application backends, web applications, "
            "product catalogs, user profiles, chat messages, game state records\n\n## Key-value store\n\n"
            "- **Engines:** Redis, Memcached, DynamoDB, Riak, Aerospike, etcd\n")
    got = [n.front for n in notes(text, "enumeration")]
    assert len(got) == 1 and "six" in got[0] and "ngines" in got[0], got


def test_a_label_whose_value_is_a_question_to_the_reader_answers_nothing():
    text = ("# Choosing a database\n\n## Scale\n\n* **Storage Capacity:** How much data now and in three years?\n"
            "* **Write Rate:** How many writes per second at the peak?\n* **Replicas:** copies of the data kept on other nodes\n\n"
            "## Recovery\n\n* **Recovery Time Objective (RTO):** How long may the service stay down after a failure?\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert not any("Storage" in f or "Write Rate" in f for f in got), got
    assert any("RTO" in f for f in got), got


def test_good_and_bad_examples_and_a_note_takers_guess_are_no_cards():
    text = ("# Errors in Go\n\n## Wrapping\n\n- Bad: `return err`\n- Good: `return fmt.Errorf(\"read config: %w\", err)`\n"
            "- Sentinel errors: package-level values such as `io.EOF` that callers compare with `errors.Is`\n\n"
            "## Modules\n\nQuestion: why not put every package in one module? I think it was simpler back then.\n")
    got = [n.front for n in notes(text)]
    assert got == ["Wrapping: Sentinel errors?"], got


def test_no_cloze_on_marks_on_a_filler_or_in_the_note_takers_own_story():
    text = ("# Python strings\n\n## Formatting\n\n- A format string wraps each expression in curly braces **{}**.\n"
            "- After the course I was convinced that I could learn *a lot* from the book.\n"
            "- Strings are immutable, so every slice builds a **new object** in memory.\n")
    got = [n.front for n in notes(text, "emphasis-cloze")]
    assert got == ["Strings are immutable, so every slice builds a {{c1::new object}} in memory."], got


def test_a_label_whose_value_is_only_an_aside_in_brackets_answers_nothing():
    text = ("# Arquitectura\n\n## Requerimientos\n\n- Historias de usuario: (hay que ser genérico y no dar la solución)\n"
            "    - Como cliente quiero pedir un turno\n    - Como médico quiero aceptar un turno\n"
            "- Requerimiento funcional: lo que el sistema debe hacer para el usuario\n- Clave pública: (p, g, y)\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert not any("Historias" in f for f in got), got
    assert got.get("Requerimientos: Clave pública?") == "(p, g, y)", got


def test_a_title_that_asks_what_something_is_names_that_thing_in_its_items_cues():
    text = ("# Architecture\n\n### Last: what is a Distributed Monolith\n\n"
            "- Lockstep releases: every service must ship together with the others\n"
            "- Chatty calls: one request fans out into dozens of synchronous calls\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert got == ["Distributed Monolith: Lockstep releases?", "Distributed Monolith: Chatty calls?"], got


def test_examples_of_a_label_and_a_flows_premise_are_no_cards():
    text = ("# DNS\n\n## Terms\n\n- **Record types**: A, AAAA, MX, TXT, etc.\n- **Zone name**: example.com\n"
            "- **TTL**: how long a resolver may cache a record before asking again\n\n"
            "## Login flow\n\n1. User wants to sign in to app A with an account at app B.\n"
            "2. App A redirects the browser to app B's authorization endpoint.\n"
            "3. App B asks the user to consent.\n")
    got = [n.front for n in notes(text)]
    assert "Terms: TTL?" in got, got
    assert not any("Record types" in f or "Zone name" in f or "what comes first" in f for f in got), got


def test_a_decks_title_slide_heads_the_slides_after_it():
    text = ("# Managed services\n\n---\n\n# Managed Services: Memorystore\n\n---\n\n# Tiers\n\n"
            "* **Basic:** one node, no replica, no failover\n"
            "* **Standard:** a primary and a replica in another zone, with automatic failover\n\n---\n\n"
            "# Limits\n\n* **Max value size:** 512 MB per key\n\n---\n\n# Managed Services: Filestore\n\n---\n\n"
            "# Tiers\n\n* **Zonal:** one zone, the lowest latency\n"
            "* **Regional:** copies in three zones of one region, for high availability\n")
    got = {n.front: n.context for n in notes(text, "labelled-fact")}
    assert got.get("Tiers: Basic?", "").endswith("Managed Services: Memorystore › Tiers"), got
    assert got.get("Tiers: Zonal?", "").endswith("Managed Services: Filestore › Tiers"), got


def test_a_glossary_pair_is_no_card_and_a_dated_item_asks_for_its_date():
    text = ("# 告警\n\n## 分组与静默\n\n- 分组：grouping\n- 静默：silencer\n- 路由：按标签把告警发送到不同的接收者\n\n"
            "## Virtualisation history\n\n- 1960s Hypervisors\n- 2013 Docker\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(b in ("Grouping", "Silencer") for b in got.values()), got
    assert got.get("Virtualisation history: Hypervisors — which decade?") == "1960s", got
    assert got.get("Virtualisation history: Docker — which year?") == "2013", got


def test_a_port_number_over_its_protocols_gloss_is_a_value_not_a_label():
    text = ("# Ports\n\n## Remote access\n\n- Remote Desktop Protocol (RDP)\n    - Port 3389\n"
            "        - Provides a graphical session on another machine\n\n- Telnet\n    - Port 23\n"
            "        - Provides insecure remote control of another machine\n")
    got = [n.front for n in notes(text)]
    assert not any(f.startswith("Port ") for f in got), got


def test_a_table_of_one_runs_measurements_makes_no_cards():
    text = ("# Query tuning\n\n## EXISTS against IN\n\n| | EXISTS | IN |\n|---|---|---|\n| **Duration** | 12.4s | 0.8s |\n"
            "| **CPU** | 11.9s | 2.1s (parallel) |\n| **Logical reads** | 1,200,000 | 38,000 |\n\n"
            "## Index types\n\n| Index | Lookup cost |\n|---|---|\n| B-tree | O(log n) |\n| Hash | O(1) on average |\n")
    got = [n.front for n in notes(text, "table")]
    assert not any("Duration" in f or "CPU" in f or "reads" in f for f in got), got
    assert any("B-tree" in f for f in got), got


def test_a_products_features_line_is_an_open_question_offered_as_a_suggestion():
    from srs.extract import extract

    text = ("# Orchestrators\n\n## Nomad\n\n- **Origin**: HashiCorp\n- **Features**: Multi-platform, single binary\n"
            "- **Scheduler**: bin-packs jobs onto client nodes by their free CPU and memory\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert not any("eatures" in f for f in got) and any("Scheduler" in f for f in got), got
    assert any("eatures" in s.note.front for s in extract(text).suggestions)


def test_an_about_section_says_who_the_notes_are_for_not_their_subject():
    text = ("# Malware\n\n## À propos & Objectifs\n\nLe contenu est structuré pour répondre aux besoins de :\n"
            "- Étudiants : approfondir les connaissances\n- Professionnels IT : outils et pratiques\n\n"
            "## Types\n\n- **Ver** : un programme qui se propage seul d'une machine à l'autre par le réseau\n"
            "- **Cheval de Troie** : un programme qui se fait passer pour un logiciel légitime\n")
    got = [n.front for n in notes(text)]
    assert got and not any("tudiants" in f or "Professionnels" in f for f in got), got


def test_a_value_that_says_same_principle_leans_on_the_item_before():
    text = ("# Search operators\n\n## Advanced operators\n\n"
            "* **allintitle**: finds pages whose title holds every one of the given words\n"
            "* **intitle**: same principle for a single word.\n")
    got = [n.front for n in notes(text, "labelled-fact")]
    assert got == ["Advanced operators: Allintitle?"], got


def test_a_preference_or_a_pointer_at_what_you_just_saw_is_no_definition():
    text = ("# Linux\n\n## Packages\n\nDnf is the preferred Fedora tool.\n\n## Merges\n\n"
            "The fast-forward case is the example you just saw, with no merge commit.\n\n"
            "## Shells\n\nBash is a command interpreter that reads commands from a terminal or a script.\n")
    got = [n.front for n in notes(text, "definition")]
    assert got == ["What is Bash?"], got


def test_a_tag_in_brackets_an_instruction_label_and_the_return_value_make_no_debris_or_cards():
    text = ("# Git\n\n## Proxies\n\n- Just run: `git config --global http.proxy http://proxy:3128`\n"
            "- **Credential helper**: stores the password so git does not ask for it on every push\n\n## Operators\n\n"
            "| Operation | Symbol |\n|---|---|\n| Remainder after division (#Modulo) | % |\n| Floor division | // |\n\n"
            "## Search\n\nThe return value is the index of the key in the sorted array.\n")
    got = [n.front for n in notes(text)]
    assert not any("#Modulo" in f or "Just run" in f or "return value" in f for f in got), got
    assert any("Remainder after division" in f for f in got), got


def test_two_highlights_joined_by_or_a_are_a_pair_that_cues_each_other():
    text = ("# Graphs\n\n## Shortest paths\n\n"
            "- Dijkstra keeps its frontier in a **binary heap** or a **pairing heap** to pick the next node.\n")
    assert notes(text, "emphasis-cloze") == []


def test_numbers_after_i_e_as_are_one_examples_data():
    text = ("# B-tree\n\n## Search\n\n"
            "- Find the child whose range holds the key, i.e as key 57 is >40 and <60 it goes to the middle child\n"
            "- A B-tree of order m keeps at most m-1 keys in each node\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any("57" in f for f in got), got


def test_best_and_worst_case_labels_and_a_sentence_ending_in_etc_stay_cards():
    text = ("# Trees\n\n## Complexity\n\n- `Search`\n    - Avg: O(log n)\n    - Worst: O(n)\n\n## Difficulties\n\n"
            "* Accidental problems: details of the implementation and of today's production. Platforms, languages, etc.\n"
            "* Essential problems: the specification, the design and the test of the concept.\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got.get("`Search`: Worst?") == "O(n)", got
    assert any("Accidental problems" in f for f in got), got
