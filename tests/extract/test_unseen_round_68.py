"""Patterns found by grading cards from documents the extractor had never seen (session 13: holdout rounds 68
and later, and shapes left over from earlier rounds). Each test states the general shape in made-up notes,
never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes

_COMMANDS = ("# Container tool\n\n## Images\n\n| Command | Description |\n|---|---|\n"
             "| `crate build` | Builds an image from a recipe file |\n| `crate ls` | Lists the images kept on this machine |\n"
             "| `crate rmi $(crate images -q)` | Removes every image at once |\n| `crate help` | Help |\n")


def test_a_command_table_asks_for_the_command_from_its_task():
    # "`crate images` — description?" gives its answer away in the command's name; the task asks for the command
    cards = {n.front: n.back for n in notes(_COMMANDS, "table")}
    assert cards["Lists the images kept on this machine — command?"] == "`crate ls`"
    assert cards["Removes every image at once — command?"] == "`crate rmi $(crate images -q)`"
    assert not any(f.startswith("`") for f in cards)  # no card asks for what a command does from its name
    assert not any(f.startswith("Help") for f in cards)  # one word names no task
    assert not any(f.startswith("Builds an image") for f in cards)  # `crate build`: the task's own verb is the answer


def test_a_command_that_only_repeats_its_task_is_no_card():
    # "| Run tests | `$ yarn test` |": the command is the description's own word
    text = ("# App\n\n| Description | Command |\n|---|---|\n| Run tests | `$ yarn test` |\n| Start the app | `$ yarn start` |\n"
            "| Build a bundle for production | `$ yarn webpack --mode production` |\n")
    assert fronts(text, "table") == {"Build a bundle for production — command?"}


def test_a_command_table_in_the_notes_language_asks_in_its_own_words():
    text = ("# Ferramenta\n\n| Comando | Descrição |\n|---|---|\n| `crate ls` | Lista as imagens guardadas nesta máquina |\n"
            "| `crate rmi $(crate images -q)` | Remove todas as imagens de uma vez |\n")
    assert "Lista as imagens guardadas nesta máquina — comando?" in fronts(text, "table")
    prose = ("Estas são as minhas notas sobre a ferramenta de contêineres. Para cada tarefa do dia a dia há um "
             "comando, e a tabela abaixo mostra o que cada um faz. Os comandos são usados no terminal da máquina "
             "e não precisam de permissões de administrador para a maioria das tarefas que são descritas aqui.\n\n")
    foreign = ("# Ferramenta\n\n" + prose + "| Uso | Descrição |\n|---|---|\n| `crate ls` | Lista as imagens guardadas nesta máquina |\n"
               "| `crate rmi $(crate images -q)` | Remove todas as imagens de uma vez |\n")
    assert not any("command?" in f for f in fronts(foreign))  # no English word wrapped around Portuguese text


def test_a_table_of_short_commands_is_no_worked_example():
    # "| `ls` | … |" rows look like the keys of one worked example (`x`, `y`); under a "Command" column they are commands
    text = ("# Shell\n\n| Command | Description |\n|---|---|\n| `pwd` | Prints the working directory |\n"
            "| `ls` | Lists the files of a directory |\n| `crate ps` | Lists the running containers |\n")
    assert set(fronts(text, "table")) == {"Prints the working directory — command?",
                                          "Lists the files of a directory — command?", "Lists the running containers — command?"}
    worked = "# Hashing\n\n| Key | Machine |\n|---|---|\n| `x` | M1 |\n| `y` | M2 |\n| `z` | M1 |\n"
    assert not notes(worked, "table")  # keys of one worked example stay no cards


def test_a_question_over_a_labelled_list_is_asked_with_each_label():
    # "Runnable?" alone lost the question it answers: a paragraph is not on the card's context line as a heading is
    text = ("# Java threads\n\n## Basics\n\nHow to create a thread in Java?\n\n"
            "- **Runnable**: implement Runnable and pass it to a Thread for execution.\n"
            "- **Executor**: submit a task to an ExecutorService, which runs it on a pooled thread.\n")
    assert set(fronts(text, "labelled-fact")) == {"How to create a thread in Java — Runnable?",
                                                  "How to create a thread in Java — Executor?"}
    reasons = ("# Service\n\n## Basics\n\nWhy is monitoring important?\n\n"
               "- **Capacity**: shows when the disks fill.\n- **Alerting**: wakes someone when the service fails.\n")
    assert not notes(reasons, "labelled-fact")  # reasons named by a word are no terms to ask about


def test_an_outline_letter_names_no_set():
    prose = ("Estas son mis notas de la práctica de seguridad. Para cada tarea del laboratorio hay una lista de los "
             "servicios que se configuran en la máquina, y cada servicio tiene su propia sección con los pasos y los "
             "comandos que se usan en el terminal de la máquina virtual.\n\n")
    text = ("# Práctica\n\n" + prose + "- l\n  - sshd\n  - ntpd\n  - rsyslog\n- m-b\n  - rsyslog\n  - journald\n  - logrotate\n"
            "- Servicios\n  - sshd\n  - cron\n  - udev\n")
    assert set(fronts(text, "enumeration")) == {"Servicios (3)?"}  # a word names the set; "L (3)?" and "M-b (3)?" do not


def test_a_label_that_says_one_idea_follows_names_nothing():
    text = ("# Atomics\n\n- **An important concept**: `Memory Ordering`\n- **Acquire**: later reads stay after the load.\n\n"
            "## Monitore\n\n- **Zentrale Idee**: ein Prozess darf in der kritischen Region schlafen\n"
            "  - **Unterschied zu Semaphoren**: kein Warten in der kritischen Region\n")
    made = fronts(text, "labelled-fact")
    assert not any("concept" in f.lower() or "Idee:" in f for f in made), made  # what is the idea of?
    assert any(f.startswith("Atomics: Acquire") or f == "Acquire?" for f in made), made  # a named term stays
    named = "# Databases\n\n## Snapshot isolation\n\n- **Key principle**: readers never block writers, and writers never block readers.\n"
    assert fronts(named, "labelled-fact")  # the idea of a named subject: asked with it


def test_a_symbol_named_in_brackets_is_defined():
    # "% (percent sign) is a wildcard …": cheat sheets define symbols so; the bracket names the symbol
    text = ("## Patterns\n\n* % (percent sign) is a wildcard character that matches any run of characters\n"
            "* _ (underscore) is a wildcard character that matches one character\n")
    cards = {n.front: n.back for n in notes(text, "definition")}
    assert cards["What is % (percent sign)?"].startswith("A wildcard character that matches any run")
    assert "What is _ (underscore)?" in cards
    assert not notes("## Patterns\n\n* (see above) is a wildcard character for the shell\n", "definition")


def test_what_a_keyword_is_shorthand_for():
    text = "## Filters\n\n* essentially the IN operator is shorthand for several OR conditions on one column\n"
    assert fronts(text, "purpose") == {"What is the IN operator shorthand for?"}  # "IN" is a keyword, not a preposition
    assert not notes("## Filters\n\n* it is shorthand for several OR conditions on one column\n", "purpose")


def test_properties_listed_under_a_plural_name_no_set():
    # "Commands" over "request to do something", "immutable", "may be rejected": what commands are, not which ones
    text = ("# Events\n\n## Commands\n\n- a request to do something\n- immutable\n- may be rejected by the handler\n"
            "- named in the imperative\n\n## Kinds of state\n\n- session state\n- cached state\n- durable state\n")
    assert not any("command" in f.lower() for f in fronts(text, "enumeration"))
    assert fronts(text, "enumeration")  # a list of names under its plural stays a set


def test_an_answer_still_to_be_written_is_no_card():
    text = "## Commands\n\n- `tool plan`\n  - work in progress\n- `tool apply`\n  - TBD\n- `tool fmt`\n  - rewrites files to the canonical style\n"
    backs = {n.back.lower() for n in notes(text)}
    assert not any("progress" in b or "tbd" in b for b in backs), backs


def test_a_verb_is_no_defined_term():
    assert not any(f.startswith("What is Is") for f in fronts("## Spanning trees\n\n- Is is a connected tree without cycles\n"))


def test_a_statement_over_its_sub_item_is_no_label():
    # "Implements the Set ADT" over "Add individual element …", "Represented by …: `"text"`": statements, no names
    text = ("## Hash table\n\n- Implements the Set ADT\n    - Add individual element to array (depends on implementation)\n\n"
            "## Strings\n\nRepresented by characters surrounded by double-quotes: `\"this is a string\"`\n")
    assert not notes(text, "labelled-fact")


def test_a_platform_label_is_asked_with_the_task_above_it():
    text = ("## Variables\n\n1. Set an environment variable `TF_VAR_<name>`\n   - Linux: `export TF_VAR_name=value`\n"
            "   - PowerShell: `$env:TF_VAR_name = 1`\n2. Pass a value with the `-var` switch\n")
    assert "Set an environment variable `TF_VAR_<name>` — Linux?" in fronts(text, "labelled-fact")
    alone = "## Variables\n\n- Linux: `export TF_VAR_name=value`\n- PowerShell: `$env:TF_VAR_name = 1`\n"
    assert not notes(alone, "labelled-fact")  # "Linux?": on Linux, what?


def test_a_purpose_that_repeats_its_term_is_no_card():
    text = "## Settings\n\n- `backend` is used to configure which Backend the CLI will use\n- OLAP is used for analytics over many rows.\n"
    assert fronts(text, "purpose") == {"What is OLAP used for?"}


def test_a_limit_in_a_formula_is_no_rule():
    assert not notes("## Big-O\n\n- f(n) is O(g(n)) if A * g(n) >= f(n) as n → infinity\n", "rule")


def test_a_fence_with_a_stray_backtick_stays_code():
    text = ("## useReducer\n\n* **Initial state**: You need to give an initial state value to the hook.\n  ```javascript`\n"
            "  const initialState = { count: 0 };\n  ```\n* **Dispatch**: The hook returns the state and a dispatch function.\n")
    assert not any("initialState" in n.back or "`" in n.back for n in notes(text))


def test_a_bold_title_right_over_a_list_titles_only_that_list():
    # "**Supports:**" over its list was kept on the context of every later line of the section
    text = ("## Package registry\n\nHosts packages next to the code.\n\n**Supports:**\n- npm registry\n- RubyGems\n- Maven\n\n"
            "**Benefits:** central management, secure distribution, one sign-in\n")
    benefit = next(n for n in notes(text, "labelled-fact") if "enefits" in n.front)
    assert benefit.front == "Package registry — benefits?" and "Supports" not in benefit.context


def test_an_important_remark_names_nothing():
    text = "## Funções\n\n**IMPORTANTE:** o parâmetro variádico deve ser o último da lista de parâmetros.\n"
    assert not notes(text, "labelled-fact")


def test_an_arrow_to_a_link_is_no_rule():
    text = ("## Erros customizados\nPara devolver um erro com mais detalhe, usamos:\n- `return errors.New()`\n"
            "- `return fmt.Errorf()` -> [Documentação](https://example.org/errors)\n")
    assert not notes(text, "rule")


def test_a_property_in_a_list_of_properties_is_no_definition():
    # "Null reference is a black node" under "A red-black tree has these characteristics": true of one structure only
    text = ("## Red-black tree\n\nIt is a search tree with the following characteristics:\n\n"
            "1. Every node is red or black.\n2. A null reference is a black node.\n3. A red node has no red child.\n")
    assert not notes(text, "definition")
    glossary = "## Terms\n\n- A null reference is a pointer that refers to no object.\n"
    assert notes(glossary, "definition")  # the same shape elsewhere defines


_ES = ("Estas son mis notas sobre seguridad web. En cada sección hay una definición y un ejemplo de los ataques que "
       "se ven en la práctica, y al final de cada una se explica cómo se previenen en una aplicación web real.\n\n")


def test_a_bold_term_defined_in_a_latin_language_is_a_definition():
    text = ("# Seguridad\n\n" + _ES + "## CSRF\n\n**Cross-Site Request Forgery (CSRF)** es una vulnerabilidad que permite a un atacante "
            "enviar peticiones en nombre del usuario.\n")
    assert "Una vulnerabilidad que permite a un atacante enviar peticiones en nombre del usuario" in {
        n.back for n in notes(text, "definition")}


def test_a_heading_glossed_in_brackets_is_defined_by_either_name():
    # "## XSS Reflejado (Reflected XSS)" over "El XSS reflejado ocurre cuando …": the paragraph is about the heading
    text = ("# Seguridad\n\n" + _ES + "## XSS Reflejado (Reflected XSS)\n\nEl XSS reflejado ocurre cuando el servidor "
            "devuelve datos del usuario en la respuesta sin validarlos.\n")
    assert "XSS Reflejado (Reflected XSS)?" in fronts(text, "heading-fact")


def test_notes_about_indexes_are_no_table_of_contents():
    # every heading of notes on database indexes says "index": that is their subject, not navigation
    text = ("# B-tree index: structure and rules\n\n## Composite index\n\n"
            "A **composite index** is an index on two or more columns of one table.\n\n"
            "The planner can use it only when the query filters on its **leftmost column**.&#x20;\n")
    made = notes(text)
    assert made and not any("&#x20;" in n.front or "&#x20;" in n.back for n in made)
    toc = "# Notes\n\n## Table of contents\n\n- **Composite index** is an index on two or more columns of one table.\n"
    assert not notes(toc)  # a section that is the table of contents stays navigation


def test_a_design_exercise_requirement_is_no_card():
    text = ("# Search service\n\n## Non-Functional Requirements\n\n- **Availability**: The system should be highly available.\n"
            "- **Latency**: Median queries should return in < 500ms.\n\n## Inverted index\n\n"
            "- **Posting list**: the sorted ids of the documents that hold one term.\n")
    made = notes(text)
    assert made and not any("vailab" in n.front or "500" in n.front + n.back for n in made)


def test_code_and_chinese_clauses_are_not_split_as_terms():
    text = ("## 特征\n\n- 特征约束 fn notify<T: Summary>(item: &T) {}\n- 值变量赋值是拷贝操作，即浅拷贝操作\n"
            "- 特征和接口差不多，也可以称为约束\n")
    assert not notes(text)


def test_a_sentence_that_says_what_a_chapter_covers_names_no_set():
    text = ("## Deep dive\n\nThe deep dive explores critical components:\n\n1. Service discovery\n2. Message flows\n"
            "3. Online presence\n")
    assert not notes(text, "enumeration")


def test_bold_that_is_no_term_of_its_sentence_is_no_cloze():
    link = "## Repositories\n\nSpring derives queries from method names such as `findByName`. [**Reference here**](https://example.org)\n"
    tag = ("## Quorums\n\nIf w + r > n, at least one of the replicas you read from has seen the latest write. "
           "**at least one overlap**\n")
    assert not notes(link, "emphasis-cloze") and not notes(tag, "emphasis-cloze")
    kept = ("## Storage\n\nThis part is about how an index sits on the disk.\n\n"
            "The entries of a B-tree are stored in **physical disk pages**, while its structure is made of logical nodes.\n")
    assert notes(kept, "emphasis-cloze")  # a term inside its sentence stays


def test_a_cloze_cut_inside_brackets_drops_the_open_bracket():
    text = ("## Failover\n\n* Choosing a new leader. (Getting all the nodes to agree on a new leader is a **consensus** "
            "problem. Two nodes that both believe they lead is called **split brain**.)\n")
    fronts_made = [n.front for n in notes(text, "emphasis-cloze")]
    assert fronts_made and all(f.count("(") == f.count(")") for f in fronts_made), fronts_made


def test_a_list_of_name_to_name_mappings_is_no_set_and_no_definitions():
    text = ("## Service principals\n\nRoles:\n- Application Developer = Your App\n- Cloud Application Administrator = All Apps\n"
            "- Application Administrator = Application Proxy\n\n## Networking\n\n- VPC = Virtual Private Cloud\n")
    made = notes(text)
    assert not any(n.rule == "enumeration" or "Administrator" in n.front for n in made), [n.front for n in made]


def test_a_table_of_links_to_the_notes_own_sections_is_navigation():
    text = ("# Exam\n\nSection | Exam objective |\n------- | ------------------ |\n**1.1** | [**Manage identities**](#11---manage-identities) |\n"
            "**1.2** | [**Manage authentication**](#12---manage-authentication) |\n\n## Overview\n\n| Service | Layer |\n|---|---|\n"
            "| [AWS WAF](#aws-waf) | L7 |\n| [Network Firewall](#network-firewall) | L3-L4 |\n")
    assert set(fronts(text, "table")) == {"AWS WAF — layer?", "Network Firewall — layer?"}


def test_a_stray_backtick_before_a_heading_leaves_it_a_heading():
    text = "`## Identity\n\nA **service principal** is the identity of an application in a tenant.\n"
    assert all(n.context.startswith("Identity") for n in notes(text)) and notes(text)


def test_a_plural_heading_defined_by_a_kind_and_its_clause_is_a_card():
    text = "# EC2\n\n## Dedicated instances\n\nInstances that run on hardware dedicated to a single customer.\n"
    assert "Dedicated instances?" in fronts(text, "heading-fact")
    pointer = "# Go\n\n## Select loops\n\nThis is used a lot in concurrent code to wait on channels.\n"
    assert not notes(pointer, "heading-fact")


def test_a_number_in_the_caption_of_a_code_example_is_no_cloze():
    text = ("## Queries\n\nCalculates the rate of HTTP requests per endpoint over the last 5 minutes.\n\n"
            "```promql\nsum by (endpoint) (rate(http_requests_total[5m]))\n```\n\n"
            "Prometheus keeps samples for 15 days by default.\n")
    made = [n.front for n in notes(text, "number-cloze")]
    assert made and all("15 days" in f and "5 minutes" not in f for f in made), made


def test_a_real_heading_ends_a_bold_line_taken_as_a_heading():
    text = ("# Chapter\n\nIntro text here.\n\n**Storage**\n- Systems: ACID based\n- Distributed stores: BASE based\n\n"
            "## Motivation\n\n- **Split brain**: two nodes both believe they lead the cluster.\n")
    split = next(n for n in notes(text) if "Split brain" in n.front)
    assert "Storage" not in split.context and "Storage" not in split.front


def test_small_print_subtitles_and_bare_kinds_make_no_card():
    text = ("## Multi-Paxos: Detailed Message Flow\n\n<small><i>Multi-Paxos: message flow in short</i></small>\n\n"
            "A stable leader skips the prepare phase for every later proposal.\n\n## Origin identity\n\n"
            "* An OAI is a type of identity.\n* It lets CloudFront read a private bucket.\n")
    made = notes(text)
    assert not any(n.back.startswith(("Message flow", "A type of")) for n in made), [(n.front, n.back) for n in made]


def test_a_set_under_a_case_study_is_the_case_not_knowledge():
    text = "## Case study: the payment platform\n\n### Core services\n\n- Ledger\n- Wallet\n- Risk engine\n"
    assert not notes(text, "enumeration")  # the services of that one platform


def test_an_exercise_and_a_korean_claim_are_no_cards():
    text = ("## Temperatures\n\n**Exercise 2.1:** Add a function for Kelvin; a difference of 1K is the same as 1°C.\n\n"
            "## 저장소\n\n- 분산 데이터 저장소\n  - 보통 멀티마스터 복제 지원: 여러 프로세스에서 쓰기 작업을 동시에 수행\n"
            "- 안정적 리더를 선출하는 프로토콜: Multi-Paxos, Zab, Raft\n")
    made = notes(text)
    assert not any("1K" in n.front or "지원" in n.front for n in made), [n.front for n in made]
    assert any("프로토콜" in n.front for n in made)  # "protocols that elect a stable leader" names a kind


def test_a_table_cell_of_many_code_names_is_too_big():
    text = ("## Names\n\n| Kind | Predeclared names |\n|---|---|\n| Functions | `make` `len` `cap` `new` `append` `copy` `close` |\n"
            "| Constants | `true` `false` `iota` `nil` |\n")
    assert fronts(text, "table") == {"Constants — predeclared names?"}


def test_a_condition_as_a_sub_item_label_is_no_card():
    text = ("## Primer compromiso gana\n\n- T busca una transacción concurrente que actualizó sus datos\n"
            "  - Si no se encuentra: T se compromete\n  - Si se encuentra: T se aborta\n")
    assert not notes(text, "labelled-fact")


def test_a_wrapped_list_item_keeps_its_second_line():
    text = ("## SLOs\n\n- **Windows-based SLOs** - based on the ratio of the measurement intervals that meet \n"
            "some goodness criterion to the total number of intervals.\n    - a sub-point about windows\n")
    backs = [n.back for n in notes(text, "labelled-fact")]
    assert any(b.rstrip(".").endswith("total number of intervals") for b in backs), backs


def test_a_second_there_are_lead_in_titles_its_own_list():
    text = ("## SLOs\n\nThere are two types of SLOs:\n- **Request-based SLOs** - the ratio of good requests to all requests.\n"
            "- **Windows-based SLOs** - the ratio of good intervals to all intervals.\n\n"
            "There are two types of compliance periods for SLOs:\n- **Calendar-based** periods (from date to date).\n"
            "- **Rolling periods** (from n days ago to now).\n")
    assert "Which two types of compliance periods for SLOs?" in fronts(text, "enumeration")
    assert "What are the two types of SLOs?" not in {n.front for n in notes(text) if "Calendar" in n.back}


def test_a_numbered_label_titles_its_sub_items_by_its_text():
    text = ("## Alerting\n\n- 4: Alert on Burn Rate. Alert when the budget burns fast.\n    - Cons:\n"
            "        - Low recall: A 35x burn rate never alerts, but consumes the 30-day budget in 20.5 hours.\n")
    assert all("Alert on Burn Rate" in n.context for n in notes(text, "number-cloze")) and notes(text, "number-cloze")


def test_a_one_row_record_and_a_scale_of_arrows_are_no_table_cards():
    record = ("## Frames\n\n|Frame Type | Channel Number | Frame Size | End-byte marker |\n--- | --- | --- | ---\n"
              "1 | 0 | 335 | 0xce\n")
    scale = ("## Speed\n\n| Option | No guarantees | Confirms | Transactions |\n|---|---|---|---|\n"
             "| Speed | Very fast | <- | Slow |\n| Safety | Low | -> | High |\n")
    assert not notes(record, "table")
    assert not any("<-" in n.back or "->" in n.back for n in notes(scale, "table"))


def test_a_bold_question_is_no_cloze_term():
    text = ("## Chunks\n\nA chunk is a fixed-size segment of a file, used to sync large files in parts.\n\n"
            "But are chunks **physically separate files?** --> Not necessarily.\n")
    assert not notes(text, "emphasis-cloze")


def test_a_label_the_back_only_repeats_and_a_pronoun_lead_in_make_no_card():
    text = ("## Role directory\n\n- **templates**: J2 templates used by the role\n- **handlers**: run once at the end of a play\n\n"
            "## Agregações\n\nElas são divididas em 3 tipos:\n- Bucket: agregações de agrupamento de documentos\n"
            "- Metric: agregações que calculam valores\n")
    made = fronts(text, "labelled-fact")
    assert not any("emplates" in f or f.startswith("Elas") for f in made), made
    assert any("andlers" in f for f in made)


def test_a_cloze_whose_context_names_the_hidden_term_is_trivial():
    text = ("## CMS (Concurrent Mark Sweep) Garbage Collector\n\nSome history first.\n\n"
            "The *CMS garbage collector* was the first concurrent collector in the JVM.\n\n## Update domains\n\n"
            "Intro line.\n\nAn availability set spreads its machines over **5 update domains** by default.\n")
    made = [n.front for n in notes(text) if n.rule.endswith("cloze")]
    assert not any("first concurrent" in f for f in made) and any("availability set" in f for f in made), made


def test_a_count_of_the_ways_that_follow_is_no_cloze():
    text = ("## Static pods\n\nIntro line.\n\nThere are 2 ways to set the directory for pod files\n\n"
            "- a kubelet flag\n- a config field\n")
    assert not notes(text, "number-cloze")


def test_a_back_that_only_spells_out_its_label_is_trivial():
    text = "## Primitive types\n\n- Boolean: `bool`\n- Unit: `()`, the empty tuple\n- Never: `!`, the type of no value\n"
    assert not any(f.endswith("Boolean?") for f in fronts(text, "labelled-fact"))


def test_a_chinese_definition_stops_where_the_next_one_starts():
    text = ("## 持久化\n\n- fork是指redis通过创建子进程来进行bgsave操作，cow指的是copy on write，子进程创建后父子进程共享数据段\n"
            "- Redis支持数据的备份，即master-slave模式的数据备份\n")
    cards = {n.front: n.back for n in notes(text, "definition")}
    assert cards.get("什么是fork？", "").rstrip("。") == "redis通过创建子进程来进行bgsave操作", cards
    assert not any("支持" in f for f in cards)


def test_remarks_under_an_item_are_no_set_members():
    text = ("## Loops\n\n- iterator loops: `for pattern in expr block`\n  - roughly\n"
            "  - note that `into_iter` takes ownership\n")
    assert not notes(text, "enumeration")


def test_a_code_statement_over_a_list_names_no_set():
    text = ("## Concatenated keys\n\nThe index is declared as:\n\nCREATE UNIQUE INDEX employees_pk ON employees:\n\n"
            "- employee_id\n- subsidiary_id\n")
    assert not notes(text, "enumeration")
