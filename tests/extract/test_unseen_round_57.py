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
    assert [f for f in made if f.lower().endswith("priority?")]  # a value the name does not give is a card
    assert [f for f in made if "Protocol" in f]


def test_a_row_of_examples_is_an_open_list_not_one_answer():
    text = ("## API styles\n\n| | REST | RPC |\n|---|---|---|\n| **Transport** | HTTP | HTTP or TCP |\n"
            "| **Example services** | Shop, Bank, Mail | Chat, Photos |\n")
    made = fronts(text, "table")
    assert not [f for f in made if f.startswith("Example")]
    assert [f for f in made if f.startswith("Transport")]


def test_values_of_a_numbered_case_or_an_imagined_setup_are_no_clozes():
    text = ("## Paging versus segments\n\n### Worked setup\n\nImagine we have a small memory that is **64 KB** in total.\n\n"
            "### Case 1: Segments\n\n- Total used: 48 KB. Total free: 16 KB.\n\n"
            "## Page size\n\nMost x86 systems use pages of 4 KB.\n")
    made = fronts(text)
    assert not [f for f in made if "Imagine" in f or "Total" in f]
    assert [f for f in made if "pages of" in f]  # a fact outside the example keeps its cloze


def test_a_place_among_options_is_no_term_to_hide():
    text = ("## Streaming\n\n- **The second option** is to stream events to the browser over one open response.\n"
            "- **Long polling** keeps a request open until the server has news.\n")
    made = fronts(text, "emphasis-cloze")
    assert not [f for f in made if "is to stream" in f]
    assert [f for f in made if "keeps a request open" in f]


def test_a_blank_whose_words_stand_beside_it_is_trivial():
    # "[...] allows many accounts to write into shared buckets" hides "Bucket sharing": its words stand beside it
    text = ("## Storage\n\nSubnets split one address range.\n\n"
            "**Bucket sharing** allows multiple accounts to write their files into shared, centrally-managed buckets.\n\n"
            "Traffic records of each network interface are kept in **flow logs** for audits.\n")
    made = fronts(text, "emphasis-cloze")
    assert not [f for f in made if "allows multiple accounts" in f]
    assert [f for f in made if "Traffic records" in f]


def test_a_chinese_name_given_at_first_names_nothing_on_the_card():
    # "最初叫做X" ("at first it was called X"): the thing named stands in the clause before, not on the card
    text = "## 缓冲\n\n在旧版本中，由于只支持插入操作，最初叫做插入缓冲，后来改名了。\n\n线程也被称为轻量级进程。\n"
    made = fronts(text, "naming")
    assert "最初叫做什么？" not in made
    assert "线程也被称为什么？" in made


def test_a_quoted_clause_names_no_set_unless_the_author_made_it_a_bold_label():
    plain = "## Token files\n\n- The file has three columns: password, username, and user ID.\n"
    assert not [f for f in fronts(plain, "enumeration") if "which 3" in f]
    bold = "## Principles\n\n- **Tradeoffs are explicit**: latency vs cost, build vs buy, speed vs safety.\n"
    assert "“Tradeoffs are explicit”: which 3?" in fronts(bold, "enumeration")


def test_a_remark_label_a_choice_a_formula_and_a_quantified_term_are_no_cards():
    text = ("## Casting\n\n- **Short answer:** casts skip checks; use them only when you know more than the compiler.\n"
            "- Prefer unknown to any for untrusted data.\n- Use a type guard when the shape comes from outside.\n\n"
            "## Routing\n\nshard = hash(_routing) % number_of_primary_shards\n\n"
            "Cada segmento es un paquete de estructuras que representan un índice invertido.\n")
    made = fronts(text)
    assert "Short answer?" not in made
    assert not [f for f in made if "unknown to any" in f]
    assert "When to use a type guard?" in made
    assert not [f for f in made if "shard" in f.lower() or "Cada" in f]


def test_a_closing_br_in_a_table_cell_keeps_its_items_apart():
    # "</br>" is read by browsers as a line break; dropped, it ran "trips.– Avoids" together
    text = ("## Styles\n\n| | REST | Graph |\n|---|---|---|\n| **Transport** | HTTP | HTTP or TCP |\n"
            "| **Cons** |– Big payloads</br>– Many round trips |– Caching is hard</br>– Complex server |\n")
    backs = {n.front: n.back for n in notes(text, "table")}
    assert backs["Cons — REST?"] == "– Big payloads – Many round trips"


def test_a_list_item_heads_its_sub_items_only_even_with_a_heading_among_them():
    # "- **Limits**" over sub-items that hold an indented "#### Layers": the item's title stayed on every later section
    text = ("## Functions\n\n- **Limits**\n  - Timeout - 900 s at most\n\n  #### Layers\n"
            "  - A layer is a zip archive of libraries\n\n## Gateway\n\n"
            "- **Throttling**: a gateway answers 429 when a client sends too many requests\n")
    paths = {n.front: n.heading_path for n in notes(text)}
    gateway = [p for f, p in paths.items() if "Throttling" in f]
    assert gateway and all("Limits" not in p for p in gateway), paths


def test_a_code_label_keeps_its_case():
    text = "## 字符串方法\n\nsplit()：分割字符串，返回分割后的数组。\n\ntrim()：去除字符串两端的空白。\n"
    made = fronts(text)
    assert any(f.startswith("split()") for f in made) and not any(f.startswith("Split()") for f in made)


def test_a_lead_in_about_this_thing_and_value_labels_ask_nothing():
    text = ("## Lookups\n\nTwo options for storing this mapping:\n\n1. KeyStore: fast writes, slower reads.\n"
            "2. Relational store: slower writes, fast reads.\n\n## Correlation\n\n"
            "The column correlation lies in [-1, 1], this means:\n\n- Near -1: rows are stored in descending order.\n"
            "- Near 0: rows are stored in random order.\n\n## Status codes\n\n- 404: the resource was not found\n"
            "- 503: the service is unavailable\n")
    made = fronts(text)
    assert not [f for f in made if "this mapping" in f or "Near" in f]
    assert [f for f in made if "404" in f]  # a code is a name, not a value


def test_a_count_of_a_list_and_a_column_of_examples_make_no_card():
    text = ("## Storage\n\nStorage systems fall into 3 categories\n\n- block\n- file\n- object\n\n"
            "## Commands\n\n| Comando | Descrição | Exemplo |\n|---|---|---|\n"
            "| `docker push` | Envia uma imagem ao registro | `docker push me/app:1` |\n"
            "| `docker pull` | Baixa uma imagem do registro | `docker pull ubuntu` |\n")
    made = fronts(text)
    assert not [f for f in made if "categories" in f or "exemplo" in f.lower()]


def test_a_sub_list_numbered_from_two_does_not_run_into_the_item_above():
    # "        2. **Affinity**: …" under an item: a list that starts at 2 cannot interrupt a paragraph, so it is text
    text = ("## Proxies\n\n7. **Load balancer**: spreads traffic over servers.\n    1. **Scheduling**: uses set rules.\n"
            "        2. **Affinity**: sends a client's requests to the same server.\n")
    backs = {n.front: n.back for n in notes(text)}
    assert backs.get("Load balancer: Scheduling?") == "Uses set rules.", backs


def test_a_list_of_parts_named_with_their_roles_is_no_sequence():
    parts = ("## High level design\n\n1. Load balancer - spreads API requests over services\n"
             "2. API service - calls the metadata and data stores\n3. Data store - keeps the objects\n")
    assert not [f for f in fronts(parts, "enumeration") if "what comes" in f]
    steps = ("## Write pattern\n\nThe pattern has three steps:\n\n1. Check - a read tests a condition\n"
             "2. Decide - the code chooses what to do\n3. Write - the change is written\n")
    assert [f for f in fronts(steps, "enumeration") if "what comes" in f]


def test_a_name_under_a_name_is_no_gloss():
    text = "## Machines\n\n- Preemptible VM (runs 24 h at most)\n  - Spot VM (no time limit)\n"
    assert not [f for f in fronts(text) if f.startswith("Preemptible VM") and f.endswith("?")]


def test_a_question_heading_answered_by_a_short_list_or_one_paragraph_is_a_card():
    text = ("# Types\n\n## Why can never be assigned to every type?\n\n* Every type accepts values of its subtypes.\n"
            "* Never has no values, so it is a subtype of all types.\n\n## Why is this so?\n\n* It is by design.\n"
            "* It keeps unions simple.\n\n### 什么是自动拆装箱？\n\n自动装箱是编译器在基本类型和包装类型之间做的转化。"
            "比如: 把int转化成Integer。反之就是自动拆箱。\n\n### 什么是值传递？\n\n对象被值传递，意味着传递了对象的一个副本。\n\n"
            "对象被引用传递，意味着传递的是对象的引用。\n")
    backs = {n.front: n.back for n in notes(text)}
    assert backs["Why can never be assigned to every type?"].startswith("- Every type accepts")
    assert "Why is this so?" not in backs  # "this" stands for something the card does not show
    assert backs["什么是自动拆装箱？"] == "自动装箱是编译器在基本类型和包装类型之间做的转化。反之就是自动拆箱。"
    assert "什么是值传递？" not in backs  # two paragraphs: the first alone is half the answer


def test_heading_attributes_and_section_numbers_leave_the_context():
    text = ("# Caching {#caching}\n\n### 1.1 Private Content {#section-1-1}\n\n"
            "- **Origin Access Control (OAC)**: the successor to origin access identities.\n\n"
            "## 2.4 GHz band\n\n- **Range**: reaches further than the 5 GHz band.\n")
    paths = {p for n in notes(text) for p in n.heading_path}
    assert "Private Content" in paths and "2.4 GHz band" in paths
    assert not [p for p in paths if "{" in p or p.startswith("1.1")]


def test_a_preposition_or_a_list_is_no_defined_term_and_a_count_is_no_value():
    text = ("## Прокси\n\n* для браузера - Opera, Chrome и другие браузеры с расширением\n"
            "* цепочки, правила - условие, действие и счетчик\n* прокси - сервер между клиентом и сетью\n\n"
            "## Basics\n\n- 3 main services\n- 15 minutes delivery delay\n\n## Errors\n\nThe error could be of 2 types;\n\n"
            "- transient\n- permanent\n")
    made = fronts(text)
    assert not [f for f in made if "для" in f or "цепочки" in f or "main services" in f or "types" in f]
    assert "Что такое прокси?" in made


def test_a_table_shown_as_an_output_and_an_aside_before_an_acronym_make_no_card():
    text = ("## Query\n\nThe output would then be:\n\n| product | price |\n|---|---|\n| Widget | 12.99 |\n| Gadget | 3.99 |\n\n"
            "## NAT\n\nDestination Network Translation (PAT) (DNT) maps a public port to a private host.\n")
    backs = {n.front: n.back for n in notes(text)}
    assert not [f for f in backs if "Widget" in f or "Gadget" in f]
    assert backs["What does DNT stand for?"] == "Destination Network Translation"


def test_a_bold_statement_is_no_heading_and_items_that_share_a_value_are_no_cards():
    text = ("## Disks\n\n**Persistent disks support several performance tiers.**\n\nEach tier has its own media.\n\n"
            "- Standard: HDD\n- Balanced: SSD\n"
            "- Extreme: SSD\n- Local: NVMe\n\n## Deployments\n\n- **Scalability**: enables up and down-scaling of pods\n"
            "- **Rollback**: returns pods to an earlier revision when a release fails\n")
    made = fronts(text)
    assert not [f for f in made if "support several" in f]  # the statement titles nothing
    assert not [f for f in made if "Balanced" in f or "Extreme" in f]
    assert [f for f in made if "Standard" in f]
    assert not [f for f in made if "Scalability" in f]  # "enables scaling": the label again
    assert [f for f in made if "rollback" in f.lower()]


def test_numbers_a_command_or_a_product_already_shows_make_no_cloze():
    text = ("## Disk\n\n`find . -mtime +30 | xargs du -ch` Find the size of files older than 30 days in a directory\n\n"
            "## Throughput\n\n- IOPS 500 IOPS 1 MB = Max 500 MB/s\n\n## Pages\n\nMost x86 systems use pages of 4 KB.\n")
    made = fronts(text, "number-cloze")
    assert not [f for f in made if "older than" in f or "IOPS" in f]
    assert [f for f in made if "pages of" in f]


def test_definitions_that_point_at_the_text_or_pair_two_terms_are_no_cards():
    text = ("## Concurrency\n\nOptimistic in this context means that transactions go ahead instead of blocking.\n\n"
            "Storage refers to disk and memory refers to cache.\n\nThe chapter refers to how averages hide latency.\n\n"
            "An atomic operation is an operation that is indivisible, which means it completes or does not happen.\n")
    made = fronts(text, "definition")
    assert not [f for f in made if "context" in f or "Storage" in f or "chapter" in f]
    assert [f for f in made if "tomic operation" in f]


def test_example_addresses_tone_words_and_self_expanding_acronyms_make_no_card():
    text = ("## Cluster\n\n- Node1: `192.168.1.101`\n- Node2: `192.168.1.102`\n- Loopback: 127.0.0.1\n\n"
            "## Pages\n\nThere is an increased risk that a *real* page is ignored by a tired engineer.\n\n"
            "## Databases\n\n`RDBMS:` A relational database (RDBMS) keeps rows in tables.\n\n"
            "## Links\n\n- **Billing alerts**: a threshold per month (cloud billing <https://example.com/billing>)\n")
    backs = {n.front: n.back for n in notes(text)}
    assert not [f for f in backs if "Node1" in f or "[...]" in f and "page" in f]
    assert [f for f in backs if "Loopback" in f]
    assert backs.get("What does RDBMS stand for?") in (None, "Relational Database Management System")
    assert not [b for b in backs.values() if "( " in b or " )" in b]


def test_a_flow_under_a_heading_that_names_no_process_is_no_sequence_card():
    text = ("## Logs\n\n- metric filters → metric → trigger an alarm\n\n## Route prioritization\n\n"
            "- intra-area → inter-area → external\n")
    made = fronts(text, "sequence")
    assert not [f for f in made if f.startswith("Logs")]
    assert [f for f in made if f.startswith("Route prioritization")]


def test_placeholder_cells_make_no_card():
    text = ("## Patterns\n\n| Goal | Simplicity | Performance |\n|---|---|---|\n"
            "| Transformation | Pattern A | Patterns A,B,C |\n| Storage engine | Embedded documents | Bucketed series |\n")
    made = fronts(text, "table")
    assert not [f for f in made if f.startswith("Transformation")]
    assert [f for f in made if f.startswith("Storage engine")]


def test_connectives_adjectives_and_dates_of_the_notes_are_no_terms():
    text = ("## Prozesse\n\nDaher ist eine strukturierte Kommunikation notwendig.\n\n## Pools\n\n- Efficient — reuses threads from a pool\n\n"
            "## Book\n\n- Date Started: Tuesday, January 12, 2021\n- Date Finished: Sunday, February 28, 2021\n")
    made = fronts(text)
    assert not [f for f in made if "Daher" in f or "Efficient" in f or "Date" in f]


def test_open_lists_caveats_code_dunders_and_the_notes_own_parts_make_no_bad_card():
    text = ("## Servers\n\n- API servers: feed ranking, upload links, metadata updates, signup, etc\n\n"
            "## Classes\n\nUse `super().__init__()` to run constructors in method resolution order.\n\n"
            "- Use `namedtuple`, but be careful if it's an external API\n\n"
            "## 简介\n\n下面为上篇内容，分为以下部分：\n\n- 一、执行时间分析\n- 二、执行情况分析\n\n"
            "## 日志\n\n参数是指定日志的存储方式。\n")
    made = fronts(text)
    assert not [f for f in made if "Which four" in f or "careful" in f or "以下部分" in f or f == "什么是参数？"]
    assert not [n for n in notes(text) if "**init**" in n.back]


def test_numbered_headings_nest_where_the_markdown_levels_are_flat():
    text = ("## Analysis\n\n### 3. Slow query log\n\nThe slow query log records statements slower than a threshold.\n\n"
            "### 3.2 Timeout\n\n- **Default**: the threshold is 10 seconds\n")
    paths = [n.heading_path for n in notes(text) if "Default" in n.front or "threshold is" in n.front]
    assert paths and all("Slow query log" in p for p in paths), paths


def test_a_cloze_with_an_emphasis_mark_left_open_is_debris():
    # "**followers … goes down. **time after which … **replica.lag.time.max.ms**": bold opened and closed out of step
    text = ("## Replicas\n\n* **followers which are out of sync will NOT be eligible to become leader. **time after which "
            "a follower is out of sync is set by **replica.lag.time.max.ms**\n")
    assert not [f for f in fronts(text, "emphasis-cloze") if "*" in f.replace("{{", "")]


def test_items_written_without_the_space_after_the_dash_are_items_and_comparatives_are_no_labels():
    text = ("## Response context\n\n-`Allow`: lists the methods a resource supports\n"
            "-`Server`: names the software of the origin server\n\n## Why invalidate\n\n"
            "- **Simpler**: no serialization issues\n- **Safer**: no stale value when the database write fails\n")
    backs = {n.front: n.back for n in notes(text)}
    assert backs.get("Response context: `Allow`?") == "Lists the methods a resource supports"
    assert not [f for f in backs if "Simpler" in f or "Safer" in f]


def test_a_question_ending_in_a_pronoun_and_a_heading_placed_among_others_make_no_card():
    asked = "## Async programming\n\n* How to use it? Traditionally with threads and callbacks, now with async and await.\n"
    assert "How to use it?" not in fronts(asked)
    placed = ("## Collections\n\n### Sets\n\nSets are another basic abstraction in the collections library.\n\n"
              "### Maps\n\nA map is a collection of key-value pairs.\n")
    made = fronts(placed)
    assert "Sets?" not in made and "What is a map?" in made
