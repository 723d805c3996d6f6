"""Patterns found by grading cards from documents the extractor had never seen (session 14: holdout rounds 77
and later, and shapes left over from earlier rounds). Each test states the general shape in made-up notes,
never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def _numbers(body: str) -> set[str]:
    return fronts("# Notes\n\n" + body, "number-cloze")


def test_a_number_in_an_example_marked_ex_is_no_cloze():
    # "Ex. a satellite link is 95% available": the number of one illustration, as "e.g." already was
    assert not _numbers("- Users feel the least available part. Ex. a satellite link is 95% available.\n")
    assert _numbers("- A satellite link is about 95% available.\n")


def test_a_term_of_an_expression_is_no_cloze():
    # "Block 2: offset 8MB to 16MB - 1": the numbers of one worked layout, not facts
    assert not _numbers("- Block 2: byte offset 8MB to 16MB - 1\n- Block 3: byte offset 16MB to 24MB - 1\n")
    assert _numbers("- Archive tier ranges from 50MB-500MB objects.\n")  # a range is no expression


def test_a_number_before_and_is_no_count():
    # "`y` matches 7 and binds by value": 7 counts no bindings
    assert not _numbers("- `y` matches 7 and binds by value\n")
    assert _numbers("- A quorum of 3 nodes tolerates 1 failed node.\n")


def test_a_number_about_this_thing_named_elsewhere_is_no_cloze():
    # "this change" is named in an earlier line: the card cannot say which
    assert not _numbers("- A test run showed how this change cuts build time for about 300 modules.\n")
    # in a later sentence "this tier" points at the sentence before it, which the card shows
    assert _numbers("- The Frozen tier keeps rarely read data cheaply. This tier holds data for at least 120 days.\n")


def test_a_list_under_for_example_is_one_examples_data_down_to_its_sub_items():
    # "For example, a cache tier with three shards:" over "- tier: `edge-cache`" and "  - shard 1: `10.1.0.5:7000`"
    text = ("# Tiers\n\nA **tier** is a set of shards that serve the same keys.\n\n"
            "For example, a cache tier with three shards:\n\n- tier: `edge-cache`\n  - shard 1: `10.1.0.5:7000`\n"
            "  - shard 2: `10.1.0.6:7000`\n  - shard 3: `10.1.0.7:7001`\n\nShards are added while the tier runs.\n")
    assert fronts(text) == {"What is a tier?"}
    # a lead that names what the items are keeps them: "for example" is not where it starts
    kinds = ("# Tiers\n\nSome stores, for example the edge stores, have two tiers:\n\n"
             "- Hot tier: keeps the keys read in the last hour in memory\n- Cold tier: keeps the other keys on disk\n")
    assert len(fronts(kinds, "labelled-fact")) == 2


def test_words_after_the_last_item_of_an_inline_list_qualify_every_item():
    # "Windows, MacOS, iOS, Android from any modern browser": not four members, the last one "from any browser"
    text = "# Remote desktop\n\n* Runs on any device: Linux, Windows, iPadOS, ChromeOS through a current web browser.\n"
    assert not fronts(text, "enumeration")
    assert fronts("# Remote desktop\n\n* Client platforms: Linux, Windows, iPadOS, ChromeOS.\n", "enumeration") == {
        "Which four client platforms?"}


def test_an_everyday_acronym_is_no_card_but_its_other_meaning_is():
    text = ("# Images\n\nEach image holds the operating system (OS) and the app.\n\n"
            "Share subnets across accounts with Resource Access Manager (RAM).\n\n"
            "The cache keeps data in random access memory (RAM).\n")
    assert fronts(text, "acronym") == {"What does RAM stand for?"}
    assert [n.back for n in notes(text, "acronym")] == ["Resource Access Manager"]


def test_an_expansion_with_two_alternatives_is_no_expansion():
    # "DNS over HTTPS /TLS (DoT)": the letters skip one of the alternatives
    assert not fronts("# Privacy\n\nResolvers speak DNS over HTTPS /TLS (DoT) to hide queries.\n", "acronym")


def test_a_default_label_asks_for_the_default_of_its_topic():
    text = "# Name resolution\n\n* Default: queries go to the resolver the network hands out.\n* Custom: queries go to a resolver you run.\n"
    assert "Name resolution — by default?" in fronts(text, "labelled-fact")


def test_a_table_under_a_scenario_is_that_cases_values():
    # "Let's say we hold 40 units and add 10." over a table of what each side computes: no card is true elsewhere
    text = ("# Replication\n\n### Which one?\n\nLets say we hold 40 units and add 10 more.\n\n"
            "| Kind | Request | Sent to replicas |\n|---|---|---|\n| Eager | Add 10 | `Total = 10 + 40 = 50` |\n"
            "| Lazy | Add 10 | New total = 50 |\n")
    assert not fronts(text, "table")
    plain = text.replace("Lets say we hold 40 units and add 10 more.", "The two kinds differ in what they send.")
    assert fronts(plain, "table")  # the same table under a plain sentence still makes cards


def test_a_range_with_a_dash_is_no_term_and_meaning():
    text = ("# Routing\n\n* The tags 6100:1 – 6100:9999 are kept for the provider.\n"
            "* Private range 10.0.0.0 – 10.255.255.255 (10/8 prefix) is not routed.\n")
    assert not fronts(text, "definition")


def test_an_acronym_that_stands_for_its_words_asks_what_it_stands_for():
    text = "# Terms\n\n* An **RPO** stands for **Recovery Point Objective**\n* MTBF stands for mean time between failures, the average uptime.\n"
    assert fronts(text) >= {"What does RPO stand for?", "What is MTBF?"}
    assert "What is RPO?" not in fronts(text)  # the words it stands for are no definition


def test_a_setext_headings_attributes_are_no_part_of_its_title():
    text = "Seguridad de contenedores {#sec:seguridad}\n=========================\n\nEl Registro Central (RC) guarda las firmas.\n"
    assert {n.context for n in notes(text)} == {"Seguridad de contenedores"}


def test_a_callouts_marker_is_no_text_and_its_title_titles_it():
    # Obsidian "> [!note] Title" and GitHub "> [!WARNING]": the marker never reaches a card
    text = ("# Edge network\n\n## Features\n\n> [!note] Delivery\n> - Static: served from the cache of the nearest edge\n"
            "> - Dynamic: sent over the provider's backbone\n\n> [!WARNING]\n> Invalidation: charged per path after the first thousand.\n")
    made = notes(text)
    assert made and not any("[!" in n.front or "[!" in n.back or "[!" in n.context for n in made)
    assert "Delivery: Static?" in {n.front for n in made}


def test_obsidian_embeds_are_no_text_and_wiki_links_are_links():
    text = ("# Edge network\n\n- Paths: static and dynamic requests are told apart by path patterns ![[Pasted image 1.png]]\n\n"
            "## Связи\n\n- [[storage-overview]] — карта раздела\n- [[replication|Репликация]] — копии данных\n\n"
            "> **См. также**: [[storage-overview]] — карта раздела, [[tx]] — транзакции\n")
    made = notes(text)
    assert {n.front for n in made} == {"Edge network: Paths?"}
    assert made[0].back == "Static and dynamic requests are told apart by path patterns"


def test_a_row_whose_name_spells_its_description_is_no_card():
    # "mysqlserverclone — use?" → "Clone a MySQL server instance": the name is the answer
    text = ("# Tools\n\n| Extra Utils | Use |\n|---|---|\n| pgserverclone | Clone a Postgres server instance |\n"
            "| pgindexcheck | Check for duplicate indexes |\n| pgtune | Suggests memory settings from the machine's RAM |\n")
    assert fronts(text, "table") == {"pgtune — use?"}  # kept as written: a program's name, not a word
    labelled = "# Log format\n\n- `request_id`: Request ID of the call\n- `lb_state`: Either `open` or `draining` when logged\n"
    assert fronts(labelled) == {"Log format: `lb_state`?"}


def test_a_key_cell_keeps_its_case_and_a_path_header_its_directory():
    text = ("# Disks\n\n| Key | Action |\n|---|---|\n| w | write the table to disk and exit |\n| n | add a new partition |\n\n"
            "## Logs\n\n| /var/log | Description |\n|---|---|\n| secure | authentication messages and errors |\n"
            "| cron | jobs the scheduler ran |\n")
    made = fronts(text, "table")
    assert {"w — action?", "n — action?", "/var/log/secure — description?", "/var/log/cron — description?"} <= made


def test_a_numbered_list_of_ways_to_a_goal_is_no_sequence():
    text = ("# Services\n\n* How to reduce cross-service calls\n\n    1. Cache the answers of other services\n\n"
            "    2. Copy the data you read often\n\n    3. Reply first and finish the work later\n")
    assert not any("what comes" in f for f in fronts(text))
    steps = text.replace("How to reduce cross-service calls", "How to deploy a service")
    assert any("what comes" in f for f in fronts(steps))


def test_the_day_of_a_lecture_is_no_fact():
    text = "DATA: 07/Março/2025\n\n# Roteamento\n\nDATA: 14/Março/2025\n\n- RIP: usa contagem de saltos como métrica\n"
    assert fronts(text) == {"Roteamento: RIP?"}


def test_a_claim_over_one_sub_item_is_no_term_and_gloss():
    # "- VLANs são consideradas redes" over "- num switch dá pra …": a remark under a claim, not a gloss of a term
    text = ("# Redes\n\n- Sub-redes são isoladas entre si\n    - cada uma tem o seu próprio domínio de broadcast\n"
            "- Existem operadoras de trânsito\n    - levam o tráfego entre provedores menores\n")
    assert not fronts(text)


def test_a_sentence_said_against_an_earlier_one_is_no_definition():
    text = ("# Enlace\n\n- cabos precisam ser blindados para evitar interferências\n- endereços físicos têm 48 bits\n"
            "- quadros têm, no mínimo, 46 bytes de dados\n- o pacote ainda é o mesmo e a lógica de encaminhamento continua\n"
            "    - o que muda aqui é só o meio de propagação\n- o problema é a rota entre roteadores\n")
    assert not fronts(text, "definition")


def test_rows_keyed_by_the_notes_own_ids_are_one_designs_list():
    text = ("# Photo feed design\n\n| ID | Requirement | Note |\n|---|---|---|\n| **FR-1** | User posts a photo | Sync ack |\n"
            "| **FR-2** | Feed in reverse time order | Pagination |\n\n| ID | Pillar | On the board |\n|---|---|---|\n"
            "| A1 | Availability | async replication |\n| S1 | Scalability | read path |\n")
    assert not fronts(text, "table")
    levels = "# Incidents\n\n| Priority | Description |\n|---|---|\n| P1 | business down |\n| P2 | a major part is degraded |\n"
    assert fronts(levels, "table") == {"P1 — description?", "P2 — description?"}  # levels everyone names so


def test_a_table_with_a_column_of_worked_arithmetic_is_one_estimate():
    text = ("# Photo feed\n\n| Question | Formula | Result |\n|---|---|---|\n| Write QPS | 40M ÷ 4 ÷ 86_400 | ~115 |\n"
            "| Read QPS | 40M × 4 ÷ 86_400 | ~1_850 |\n| Storage / year | 60 MB/s × 86_400 × 365 | ~1.9 TB |\n")
    assert not fronts(text, "table")


def test_a_term_in_title_case_keeps_a_first_word_that_is_also_a_study_verb():
    # "Refresh Token Flow", "Read Consistency Levels": names, not "refresh" or "read" the rest
    text = ("# OAuth\n\n## Flows\n\n- **Refresh Token Flow:**\n    - **Use Case:** refreshing an access token without asking the user.\n"
            "    - **Lifetime:** days to months, revoked on logout.\n")
    assert "Refresh Token Flow — use case?" in fronts(text)


def test_toml_front_matter_is_front_matter_and_titles_the_notes():
    text = ("+++\ntitle = 'Designing a Blob Store'\ntags = ['interview', \"system design\"]\n+++\n\n"
            "A **bucket** is a container of objects with one global name.\n")
    made = notes(text)
    assert {n.front for n in made} == {"What is a bucket?"}
    assert made[0].context == "Designing a Blob Store"


def test_emoji_are_taken_out_of_a_cards_text_and_an_emoji_column_asks_nothing():
    text = ("# Status codes\n\n| Code | Meaning | ✅ |\n|---|---|---|\n| 2XX | 🎉 Success | yes |\n"
            "| 4XX | ⚠️ Error on the client's side | no |\n\n- Sessions last 🕐 30 minutes by default.\n")
    made = {n.front: n.back for n in notes(text)}
    assert made["Code 2XX — meaning?"] == "Success" and made["Code 4XX — meaning?"] == "Error on the client's side"
    assert not any(f.endswith("— ?") or f.endswith("—?") for f in made)  # the "✅" column names nothing to ask
    assert [n.front for n in notes(text, "number-cloze")] == ["Sessions last {{c1::30 minutes}} by default."]


def test_a_products_history_by_year_is_no_card():
    text = "# Blob store\n\n2009: 🚀 Blob store launched.  \n2012: 📦 1 trillion objects stored.  \n2015–2016: versioning added.\n"
    assert not fronts(text)


def test_a_ranking_or_a_rate_is_no_definition_and_a_lead_in_is_no_part_of_the_term():
    text = ("# Reliability\n\nBurn alerts are the most useful part of the whole setup.\n\n"
            "Remember that a burn rate is defined as how fast the error budget is spent.\n\n"
            "## Limits\n\n- PUT = 3500/s (default)\n")
    made = fronts(text, "definition")
    assert made == {"What is a burn rate?"}


def test_a_pointer_to_more_reading_is_cut_from_the_back():
    text = ("# Scanners\n\n- **Portscan**: a tool that lists the open ports of a host. It is popular with admins. "
            "See here for the manual\n")
    (made,) = notes(text)
    assert made.back == "A tool that lists the open ports of a host. It is popular with admins."


def test_a_name_given_to_a_generic_subject_or_a_call_is_no_naming_card():
    text = ("# Uploads\n\nLarge files are sliced into parts that are sent in parallel. The process is called chunked upload.\n\n"
            "Base class destructors are called in the reverse order of the constructors.\n\n"
            "Storage engines built on merging sorted files are called log-structured engines.\n")
    assert fronts(text, "naming") == {"What are storage engines built on merging sorted files called?"}
    zh = "# 垃圾回收\n\n从这个被称为`GC Roots`的对象开始向下搜索，走过的路径称为引用链。\n"
    assert not any(f.startswith("从这个") for f in fronts(zh, "naming"))


def test_an_answer_the_context_line_or_the_row_name_already_says_is_no_card():
    text = ("# Networks\n\n## Peered VPC\n\nThe networks joined to the hub project are called **Peered VPC networks**.\n\n"
            "## Reserved addresses\n\n| Address | Description |\n|---|---|\n| Second-to-last address | Second-to-last address in the subnet range |\n"
            "| Network address | First address of the subnet, never given to a host |\n")
    made = fronts(text)
    assert not any("called" in f or "[...]" in f for f in made)
    assert "Second-to-last address — description?" not in made
    assert "Network address — description?" in made


def test_an_arrow_inside_a_noun_phrase_is_no_rule():
    text = ("# 가상 메모리\n\n- TLB는 최근의 가상 주소 => 물리 주소 매핑을 저장하는 캐시 역할\n"
            "- The page table keeps each virtual page -> frame mapping of a process\n- Miss in the TLB -> walk the page table\n")
    assert fronts(text, "rule") == {"Miss in the TLB → ?"}


def test_a_blank_in_an_example_slot_is_no_cloze():
    text = "# Browsers\n\n- Other origins are refused unless the server answers with **CORS headers** (example: **Access-Control-Max-Age**)\n"
    assert not any("Access-Control-Max-Age}}" in f for f in fronts(text, "emphasis-cloze"))


def test_a_line_of_several_label_value_pairs_is_no_one_fact():
    text = ("# Pricing\n\n- Hot tier: $0.02/GB/month, cool tier: $0.01/GB/month, archive tier: $0.002/GB/month.\n"
            "- Egress: free within a region\n")
    assert fronts(text, "labelled-fact") == {"Pricing: Egress?"}


def test_a_command_line_back_keeps_its_case_and_flags_in_pairs_are_no_one_fact():
    text = ("# Addresses\n\n- Reserving an address: cloudctl beta compute addresses create web-ip --region=eu-west1\n\n"
            "## Tracing\n\n* -ttt: time since epoch; -T: time spent in the call\n\n## Network\n\n"
            "Retransmits are a sign of a network or server issue.\n")
    made = {n.front: n.back for n in notes(text)}
    assert made["Addresses: Reserving an address?"].startswith("cloudctl beta compute")
    assert not any(f.startswith("Tracing") for f in made) and "What are Retransmits?" not in made


def test_console_clicks_are_no_procedure_and_a_reference_image_is_no_text():
    text = ("# Portal navigation\n\n- **Key Vault**: Search \"Key vaults\" → Create → Access policies\n\n"
            "## Read path\n\n* Token_12_From_Table: ![alt text][token_12]\n"
            "* Bloom filter: says a partition is surely absent from a table ![diagram][bf]\n")
    made = {n.front: n.back for n in notes(text)}
    assert made == {"Read path: Bloom filter?": "Says a partition is surely absent from a table"}


def test_rows_of_a_database_table_or_under_a_failed_example_are_example_data():
    text = ("# Normal forms\n\n## 5NF\n\n**R1**\n\n|CPU_VENDOR|SERIES|\n|---|---|\n|Acme|X-series|\n|Initech|Z-series|\n\n"
            "## 1NF\n\n```diff\n- Failed 1NF:\n```\n|Generation|Model|\n|---|---|\n|gen-7|a100,a200|\n|gen-8|b300|\n")
    assert not fronts(text, "table")


def test_a_rating_alone_is_no_labelled_fact():
    text = "# Flows\n\n## Device flow\n\n- **Security:** Moderate.\n- **Use case:** devices with no keyboard, such as TVs\n"
    assert fronts(text, "labelled-fact") == {"Device flow — use case?"}


def test_a_pair_is_a_set_only_when_the_notes_say_it_is_one():
    # "Which two global tables?" over two remarks: no closed set; "two types", "Both …" name one
    text = ("# Pipelines\n\n## Global tables\n\n- multi-region\n- required for replication\n\n"
            "## Load balancers\n\nThere are two types of load balancers:\n\n- Layer 4 balancers\n- Layer 7 balancers\n")
    made = fronts(text, "enumeration")
    assert not any("global tables" in f.lower() for f in made)
    assert any("two types of load balancers" in f for f in made)


def test_the_fields_of_a_console_form_are_no_facts():
    text = ("# Criar o serviço\n\n* Tipo de serviço: Selecionar Replica;\n* Tipo de execução: Utilizar EC2 para as instâncias "
            "deste cluster;\n\n## Balanceador\n\n* Name: Enter a name for your balancer.\n* Idle timeout: 60 seconds by default\n")
    made = fronts(text)
    assert not any("Tipo" in f or "Name" in f for f in made)
    assert any("Idle timeout" in f for f in made)  # a fact of the same list stays


def test_a_demos_output_or_a_study_task_is_no_number_cloze():
    text = ("# Vacuum lab\n\n- We can see the size of the table has grown by 3x.\n- Discuss 5 differences between v1 and v2 "
            "that you find important\n- Autovacuum starts after 20% of the rows changed.\n")
    assert len(fronts(text, "number-cloze")) == 1


def test_an_unanswered_question_is_a_drill_only_in_a_questions_section_and_a_second_question_is_no_answer():
    bank = ("# Platform notes\n\n## Runtime\n\n### Threads\n\n* Explain the concept of a worker pool in the runtime ?\n\n"
            "## Interview Questions\n\n### Basic\n\n* What happens if the compensation step fails?\n\n"
            "## Testing\n\n* How is the mocking library used ? Are there any alternatives to it\n"
            "* What are the main bean scopes ? Explain `singleton`, `prototype`.\n")
    made = fronts(bank)
    assert made == {"What happens if the compensation step fails?"}


def test_a_keycap_digit_numbers_a_line_and_a_message_trace_or_an_exercise_table_is_no_fact():
    text = ("# Protocols\n\n## 2️⃣ What Are Long Polls in HTTP?\n\nA long poll keeps the request open until the server has news.\n\n"
            "## Polling\n\n- Client → Server: any news?\n- Server → Client: no\n\n"
            "## SQL\n\n*Given the following SQL table:*\n\n| id | full_name | mng_id |\n|---|---|---|\n| 100 | Ann Lee | 101 |\n"
            "| 101 | Bo Chan | null |\n")
    made = fronts(text)
    assert "What Are Long Polls in HTTP?" in made
    assert not any("→" in f or "⃣" in f or f.startswith("100") or "mng_id" in f for f in made)
