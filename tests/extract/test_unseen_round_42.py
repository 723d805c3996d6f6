"""Patterns found by grading cards from documents the extractor had never seen (session 11: holdout rounds 42
and later). Each test states the general shape in made-up notes, never a line of the graded documents."""

from tests.extract.extract_helpers import fronts, notes


def test_a_constraint_column_is_no_cons_column():
    # "Constraint | Benefit" pairs each row; only "Pros | Cons" holds two lists side by side
    text = ("# Storage choices\n\n| Constraint | Benefit |\n|---|---|\n| Write-once media | Tamper evidence for audit logs |\n"
            "| Cold storage tier | Cheapest price per gigabyte |\n\n| Pros | Cons |\n|---|---|\n| fast | costly |\n"
            "| simple | rigid |\n")
    got = fronts(text, "table")
    assert "Write-once media — benefit?" in got
    assert not any(f.lower().startswith(("fast", "simple")) for f in got)


def test_a_keyword_in_capitals_is_a_name_not_a_cut_sentence():
    # "like", "by", "in" end or start cut sentences; "LIKE", "ORDER BY", "IN" are the keywords a cheat sheet explains
    text = ("## Query clauses\n\n### **LIKE**: operator used in a WHERE clause to search for a pattern\n\n"
            "- `SELECT * FROM t WHERE name LIKE 'a%';`\n\n### **ORDER BY**: used to sort the result in ascending or "
            "descending order\n\n- `SELECT * FROM t ORDER BY name;`\n\n- CAP theorem, which can be summarized as: "
            "pick two of three\n")
    got = fronts(text, "labelled-fact")
    assert {"LIKE?", "ORDER BY?"} <= got
    assert not any("summarized" in f for f in got)


def test_a_field_name_alone_or_a_numbered_option_is_no_label():
    # "Path", "Name", "Case" name a field of something the front does not name; "Solution2" is a place in a list
    text = ("## Credentials\n\n- SDK\n  - Path: `~/.aws/credentials` holds profiles and keys\n"
            "- TTL\n  - case: session data, logs\n\n## Reducing replication lag\n\n"
            "- Solution1: after a write to the primary, write to the cache as well\n"
            "- Terminology: stub resolver\n\n## Compression\n\n- Options: gzip, lz4, snappy\n"
            "- Partition key: spreads writes across nodes\n")
    got = fronts(text, "labelled-fact")
    assert not any(w in f for f in got for w in ("Path?", "Case?", "olution1", "Terminology"))
    assert any("Partition key" in f for f in got)
    assert any("options" in f.lower() for f in got)  # a plural names a set: it stays


def test_a_back_that_only_judges_is_no_answer():
    text = "## Where to keep tokens\n\n- Cookies: **usually the best option**.\n- Local storage: readable by any script\n"
    got = fronts(text, "labelled-fact")
    assert not any("Cookies" in f for f in got)
    assert any("Local storage" in f for f in got)


def test_a_stressed_not_before_but_is_a_contrast_not_a_denial():
    text = ("## Interfaces\n\n- interfaces are NOT generic types but they solve the same problem differently\n"
            "- SCPs do NOT apply to the management account.\n")
    assert fronts(text, "negation") == {"Do SCPs apply to the management account?"}


def test_a_gloss_or_a_comparison_without_subject_is_no_definition():
    text = ("## Messaging\n\n- Producing means nothing more than sending.\n"
            "- Similar to local storage – everyone can access it.\n- A queue is a buffer that stores messages.\n")
    assert fronts(text, "definition") == {"What is a queue?"}


def test_a_stressed_verb_and_a_pointer_phrase_are_not_blanked():
    text = ("## Attacks\n\nAttackers can do harm since they _know_ you are using the framework.\n\n"
            "The **main benefit of tokens** is that they do not need server sessions.\n\n"
            "**Analysis** is about what you do _with_ the data.\n")
    got = {n.back for n in notes(text, "emphasis-cloze")}
    assert not any("know" in b.split("**")[1::2] for b in got if "**" in b)
    assert not any("main benefit" in b for b in got)
    assert all("_with_" not in b for b in got)


def test_an_acronym_spelled_out_in_the_heading_is_trivial_even_with_another_ending():
    text = "## Hashed Page Table\n\nThe kernel keeps a **hashed paged table (HPT)** for sparse address spaces.\n"
    assert not any("HPT" in f for f in fronts(text, "acronym"))


def test_items_after_a_lead_in_that_names_advantages_are_claims():
    text = ("### Was bedeutet Open Source?\n\nDer Quellcode ist frei zugänglich.\n\n"
            "Dies bringt einige Vorteile mit sich, die es sonst nicht gibt:\n"
            "- **Sicherheit:** Dadurch, dass der Code von vielen eingesehen wird, werden Lücken schneller entdeckt.\n"
            "- **Flexibilität:** Die Benutzer können die Software an ihre eigenen Anwendungsfälle anpassen.\n")
    assert fronts(text, "labelled-fact") == set()


def test_flags_under_a_command_line_belong_to_that_command():
    text = ("## Containers\n\n`docker ps` : Equivalent to `docker container ls`\n- `-q` : Return only the ID of each "
            "container\n- `-a` : List all containers, running and stopped\n\n"
            "`docker stop $(docker ps -aq)` : Stop all containers\n"
            "`docker kill [ID]`: Kill one or more containers, sending SIGKILL instead of SIGTERM\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got.get("`docker ps` — `-q`?") == "Return only the ID of each container"
    assert got.get("Equivalent of `docker ps`?") == "`docker container ls`"
    assert got.get("`docker stop $(docker ps -aq)`?") == "Stop all containers"  # the next command is its own line
    assert any(f.startswith("`docker kill [ID]`") for f in got)


def test_a_link_to_another_section_named_by_its_slug_is_dropped_and_a_back_that_points_away_makes_no_card():
    text = ("## Run\n\n- `--net` : Connect a container to a network [check-network-section](#networking-earth_africa)\n"
            "- `docker image prune` : By default this command has the same behaviour as the above command\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got == {"Run: `--net`?": "Connect a container to a network"}


def test_a_list_of_examples_after_e_g_is_no_closed_set():
    text = ("## Alias records\n\nThey are needed by any service whose address might change, e.g.\n\n"
            "1. Heroku\n2. Azure\n3. AWS\n\n## Cloud providers\n\n1. Heroku\n2. Azure\n3. AWS\n")
    got = fronts(text, "enumeration")
    assert not any("alias" in f.lower() for f in got)


def test_a_line_without_a_full_stop_ends_its_sentence_when_the_next_starts_one():
    text = ("## Memory Management Unit\n\nThe memory management unit is also called the **address translator**\n"
            "It is connected to the CPU and maps virtual addresses to physical ones.\n")
    got = notes(text)
    assert all("It is connected" not in n.back for n in got)
    assert any(n.back == "The address translator" for n in got)  # the first sentence stands on its own


def test_a_bold_term_and_a_spaced_hyphen_is_a_labelled_fact():
    text = ("## Data model\n\n* **Row** - container of columns referenced by a primary key\n"
            "* **Keyspace** - container for tables\n* **page not resident** - will\n    1. get an empty frame\n"
            "    2. load the page\n\n## Graph search algorithms\n\n- **Common** - Breadth-first search, depth-first search\n"
            "- **Almost never** - Bellman-Ford, Floyd-Warshall\n")
    got = {n.front: n.back for n in notes(text, "labelled-fact")}
    assert got.get("Data model: Keyspace?") == "Container for tables"
    assert "Data model: Row?" in got
    assert not any("resident" in f or "never" in f.lower() or "common" in f.lower() for f in got)


def test_a_vs_in_passing_is_no_tradeoff_and_a_cut_sentence_names_no_set():
    text = ("## Columns\n\n- Name\n  - the meaning of `Name` depends on the record type e.g. `Name` means something "
            "different in a CNAME record vs an MX record\n    - for most record types, name is set to the origin\n\n"
            "## BIND\n\nHas the following components:\n\n1. name server\n2. lightweight resolver\n3. name server tools\n")
    assert fronts(text, "tradeoff") == set()
    assert not any("following" in f for f in fronts(text, "enumeration"))


def test_a_bold_title_over_prose_stays_the_context_of_what_follows():
    text = ("## Attacks\n\n🟢 **Race Condition**  \n\nAlso called time of check to time of use, it exploits a gap "
            "between two steps.\n\n* **Interference by a trusted process**: the attacker exploits two processes that "
            "share a resource\n\n**Key points:**\n\nSome prose here.\n\n- **Latency**: time to answer one request\n")
    got = {n.front: n.heading_path for n in notes(text)}
    race = [p for f, p in got.items() if "Interference" in f]
    assert race and race[0][-1] == "Race Condition"
    latency = [p for f, p in got.items() if "Latency" in f]
    assert latency and "Key points" not in latency[0]  # a lead-in with its colon still ends at the prose


def test_examples_settings_values_and_judgements_are_no_facts():
    text = ("## Prototypes\n\n- **Exemplo 1:** Neste exemplo, a propriedade genero é sobrescrita no objeto filho.\n\n"
            "## Defaults\n\n- min_parallel_index_scan_size = 512KB\n\n## Chat\n\n"
            "An online presence indicator is an essential feature of many chat applications.\n\n"
            "## Load\n\n- 0% - 5% Idle Time\n- 65% – 70% User Time\n\n## Patterns\n\n- Pattern: Domain model\n")
    got = fronts(text)
    assert not any(w in f for f in got for w in ("xemplo", "min_parallel", "presence", "Idle", "65%", "Pattern"))


def test_a_bold_item_that_heads_its_sub_items_is_not_asked_again_and_a_name_in_the_heading_is_trivial():
    text = ("## vmstat\n\n- **bi**\n  - blocks read from a block device (blocks/s)\n\n## Pointer Dereference\n\n"
            "The act of reading the value at the address held by a pointer variable is called **dereferencing**.\n")
    got = fronts(text)
    assert not any(f.lower().startswith("bi — bi") for f in got)
    assert not any("called?" in f for f in got)


def test_an_announcing_item_names_nothing_and_a_setting_spelled_out_is_trivial():
    text = ("## Vacuum\n\n- Following are some important parameters:\n  - `FULL`: takes longer and locks the table "
            "exclusively to reclaim more space\n  - `skip_database_stats`: specifies that updating database stats must "
            "be skipped\n")
    got = fronts(text, "labelled-fact")
    assert got == {"Vacuum: `FULL`?"}


def test_a_back_that_refers_elsewhere_and_a_formula_symbol_make_no_card():
    text = ("## High level design\n\n- Third-party services: Already explained in the initial design.\n"
            "- Cache: user info, device info and templates are cached.\n\n## Autocomplete\n\nO(p) + O(n):\n\n"
            "- p: length of a prefix\n- n: total number of nodes in a trie\n")
    assert fronts(text, "labelled-fact") == {"High level design: Cache?"}


def test_placeholder_numbers_in_a_column_of_sentences_and_a_sentence_over_a_list_are_no_titles():
    text = ("## CloudWatch\n\n| Topic | Details |\n|---|---|\n| Namespaces | A namespace is a container for metrics |\n"
            "| Metrics | A metric is a time-ordered set of data points |\n| Dimensions | 1.99 |\n| Alarms | 1.99 |\n\n"
            "## Agents\n\nInstalling the SDK by hand involves:\n\n1. Configuring providers\n1. Registering them\n\n"
            "Here is a listing of auto-instrumentation:\n\n- Java: `javaagent`\n- Node.js: `auto-instrumentations-node`\n")
    got = fronts(text)
    assert not any(f.startswith(("Dimensions", "Alarms")) for f in got)
    assert "Agents: Java?" in got
    assert not any("involves" in f for f in got)


def test_chinese_bold_labels_with_their_colon_inside_and_highlights_are_read_cleanly():
    text = ("## 缓存穿透\n\n（1）  **对空值缓存：**如果一个查询返回的数据为空，仍然把这个空结果进行缓存。\n\n"
            "- ==**NoSQL**== 数据库的出现是为了解决性能问题。\n\n**==Redis==**的出现，让我们在学习**Redis**的时候更加方便。\n\n"
            "- ==整句都被高亮了==\n\n## 方案\n\n- 方案一\n  - 缺点：开销较大\n- 错误1：组队中某个命令出现了错误\n")
    got = notes(text)
    assert "对空值缓存？" in {n.front for n in got}
    assert all("**" not in n.front and "**" not in n.back for n in got)
    clozes = [n.front for n in got if n.rule == "explicit-cloze"]
    assert clozes == ["{{c1::NoSQL}} 数据库的出现是为了解决性能问题。"]
    assert not any("方案一" in n.front or "错误1" in n.front for n in got)


def test_numbers_of_an_example_or_a_calculation_make_no_cloze():
    text = ("## Disks\n\n- Below dockerfile example container will start and sleep for 5 seconds\n"
            "- Trotation: 1/(15000/60)/2 = 2 ms (average is half of rotation time)\n"
            "- A 15,000 RPM disk takes 2 ms on average to rotate half a turn.\n")
    got = fronts(text)
    assert not any("sleep" in f or "Trotation" in f for f in got)
    assert any("RPM disk" in f for f in got)


def test_example_rows_pros_cons_tables_with_emoji_and_troubleshooting_questions_make_no_cards():
    text = ("## Paradigms\n\n| | Polling | WebHook |\n|---|---|---|\n| 📍 **Ejemplos** | Consultar pedidos | Pagos en Stripe |\n"
            "| **Latencia** | Alta | Baja |\n\n| ✅ Pros | ❌ Contras |\n|---|---|\n| Comunicación en tiempo real. | Conexiones "
            "abiertas. |\n| Menos sobrecarga. | Difícil de escalar. |\n\n## Troubleshooting connectivity\n\n"
            "- what are the security group settings?\n  - they have to allow the protocol and port\n")
    got = fronts(text)
    assert not any("Ejemplos" in f or "Contras" in f or "security group" in f for f in got)
    assert "Latencia — WebHook?" in got


def test_a_sentence_that_leans_on_the_one_before_makes_no_cloze():
    text = ("## Compaction\n\nCompaction strategies decide how and when tables are merged.\n\n"
            "The most common are **size-tiered** and leveled compaction.\n")
    assert fronts(text, "emphasis-cloze") == set()


def test_a_what_is_heading_needs_an_answer_that_says_what_it_is():
    text = ("## What is an inode?\n\nEach file has one inode number that is unique within its file system.\n\n"
            "## What are OAuth tokens?\n\nOAuth makes absolutely no mention of what the content of a token is.\n\n"
            "## What is a journal?\n\nA log of the changes the file system is about to make, written first.\n")
    assert fronts(text, "heading-fact") == {"What is a journal?"}


def test_a_gloss_line_after_an_arrow_and_a_description_as_subject_make_no_card():
    text = ("## Brokers\n\nEach broker contains certain topic partitions\n-> each broker has some of the data, not all\n\n"
            "## RAID 1\n\nThe number of copies is the degree of mirroring.\n")
    got = fronts(text)
    assert not any("broker" in f.lower() and "→" in f for f in got)
    assert "What is the number of copies?" not in got


def test_there_are_a_few_x_heads_its_items_and_how_to_use_a_tool_is_the_subject():
    text = ("## How to Use RabbitMQ\n\n- There are a few exchange `types` available:\n"
            "    - `Direct`: delivers messages to queues based on the message routing key.\n"
            "    - `Fanout`: broadcasts all the messages it receives to all the queues it knows.\n")
    got = fronts(text, "labelled-fact")
    assert "Exchange `types`: `Direct`?" in got
    assert not any("There are" in f for f in got)


def test_a_set_of_benefits_names_whose_benefits_they_are():
    text = ("# Messaging\n\n## Broker-based messaging\n\nA broker sits between services.\n\nBenefits:\n\n"
            "- Loose coupling\n- Message buffering\n- Flexible communication\n\n## Step 4 - Wrap up\n\n"
            "System components:\n\n- chat servers\n- presence servers\n- API servers\n")
    got = fronts(text, "enumeration")
    assert "Broker-based messaging: which three benefits?" in got
    assert not any("system components" in f.lower() and "Step" not in f and ":" not in f for f in got)


def test_numbers_that_name_a_box_or_lean_on_this_and_obvious_limits_are_not_blanked():
    text = ("## Flow\n\n- Chat server 2 forwards the message to user B.\n"
            "- This is effective for small groups, capped at 500 members.\n"
            "- Real projects rarely reach a coverage of 100%, teams accept 70 to 80%.\n"
            "- I: Text length is less than 100,000 chars long.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any("server [...]" in f or "This is" in f or "[...]%" in f and "100%" not in f or f.startswith("I:")
                   for f in got)
    assert not any("of [...], teams" in f for f in got)


def test_a_summary_label_a_bold_label_over_its_line_and_a_callout_icon():
    text = ("## Isolation\n\n- 👉 Bottom line: the term repeatable read is ambiguous across databases\n\n"
            "## Models\n\n**Binding**  \nA binding is the address label that links an exchange to a queue.\n\n"
            "## Kafka\n\n> 💡 A Kafka **topic** is split into partitions for scalability.\n")
    got = notes(text)
    assert not any("Bottom line" in n.front for n in got)
    assert not any("Binding A binding" in n.front for n in got)
    assert all(not n.front.startswith("💡") for n in got)


def test_a_label_with_a_long_list_of_members_and_a_dashed_code_term():
    text = ("## CNI\n\nCNI supported plugin groups:\n\n- **Main** - consists of bridge, ipvlan, loopback, macvlan, ptp, "
            "vlan and host-device.\n- **IPAM** - dhcp, host-local\n\n## Dockerfile\n\n"
            "- `VOLUME` - instruction is used to create a mount point for external volumes\n")
    got = fronts(text)
    assert not any("Main" in f for f in got)
    assert "What is the `VOLUME` instruction used for?" in got


def test_a_url_as_link_text_a_dangling_dash_and_they_without_antecedent():
    text = ("## Tools\n\n* Pt-archiver: one of the utils of Percona-toolkit, used to archive rows into another table. "
            "[https://www.percona.com/doc/pt-archiver.html](https://www.percona.com/doc/pt-archiver.html)\n"
            "* Column families: within each column family they store all columns from a row together\n\n"
            "## History\n\n- `/etc/hosts` was **built from** HOSTS.TXT -\n  - a file everyone downloaded\n\n"
            "## Alerts\n\n- Alertmanager: groups, deduplicates, silences, inhibits, routes and sends alerts\n")
    got = {n.front: n.back for n in notes(text)}
    assert all("https://" not in b for b in got.values())
    assert any(f.endswith("Pt-archiver?") for f in got)
    assert not any("Column families" in f or "built from" in b or "Alertmanager" in f for f, b in got.items())


def test_a_japanese_section_that_opens_with_its_term_and_a_polite_verb_defines_it():
    text = ("## 結果整合性（Eventual Consistency）\n\n結果整合性モデルでは、全てのノードが最終的に同じデータの状態に到達することを保証します。\n"
            "操作の順序が一致しない場合もあります。\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("結果整合性（Eventual Consistency）とは？") == "全てのノードが最終的に同じデータの状態に到達することを保証します。"


def test_case_study_slots_example_numbers_and_open_parenthetical_sets():
    text = ("## Uber's payment flows\n\n* **Design**: charge the card, then book the ride\n"
            "* **Lesson**: retries need idempotency keys\n\n## SLOs\n\n- Example SLO: 99% availability of a website.\n"
            "- SLOs detail specific objectives such as 99.9% availability.\n- The JWT payload carries claims (sub, exp, roles, etc.)\n")
    got = fronts(text)
    assert not any("Design?" in f or "Lesson?" in f or "[...]" in f or "claims" in f.lower() for f in got)


def test_a_back_that_trails_off_a_question_heading_without_its_mark_and_it_depends():
    text = ("## Lightweight transactions\n\n- Alternatives: write new values instead of updates, ...\n\n"
            "## What are SLOs and SLIs\n\n- Service Level Objectives (SLOs): objectives a business sets for a service\n\n"
            "## Libraries\n\n- Should it be split? Depends on the size.\n\n## Keys\n\n❗Keystore = server identity.❗\n")
    got = fronts(text)
    assert not any("Alternatives" in f or "What are SLOs and SLIs:" in f or "split" in f or "Keystore" in f
                   for f in got)


def test_a_hard_line_break_ends_a_definition_and_link_remnants_leave_headings():
    text = ("## Keys ([link](https://example.com))\n\n🔑 Public Key – can be shared with anyone  \n"
            "🔐 Private Key – must remain secret\n")
    got = notes(text)
    assert all("Private" not in n.back for n in got if "Public" in n.front)
    assert all("(link)" not in " ".join(n.heading_path) for n in got)


def test_a_line_under_a_labelled_item_does_not_answer_its_label():
    text = ("## Components of ECS\n\n- ECS Security: Using IAM roles\n"
            "  - Security groups operate at the instance level, not at the task level\n")
    got = [(n.front, n.back) for n in notes(text, "labelled-fact")]
    assert not any(b.startswith("Security groups operate") for _, b in got)


def test_a_chinese_section_that_opens_with_its_term_says_what_it_is_for():
    text = ("### 信号处理器\n\n&emsp;&emsp;信号处理器用于响应信号的处理事件,当进程收到信号时,会中断程序的执行,等待信号处理器完成之后,"
            "继续从中断处执行\n\n### 信号掩码\n\n信号掩码的作用在阻塞信号。\n\n### 其他\n\n其他内容没有定义。\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("信号处理器用于什么？") == "响应信号的处理事件"
    assert got.get("信号掩码的作用是什么？") == "阻塞信号"
    assert len(got) == 2


def test_a_definition_written_in_spanish_portuguese_or_german_is_read():
    es = ("### 4. Polimorfismo\n\nEl **polimorfismo** es la capacidad de un objeto para adoptar diferentes formas según "
          "el contexto. Esto permite tratar objetos de forma uniforme.\n\n### Encapsulamiento\n\nEl **encapsulamiento** "
          "consiste en agrupar los atributos y métodos dentro de una misma clase.\n\n### Comandos\n\n"
          "Outro comando é o `godoc`, que também permite ler a documentação.\n")
    got = {n.front: n.back for n in notes(es)}
    assert got.get("¿Qué es polimorfismo?") == "La capacidad de un objeto para adoptar diferentes formas según el contexto"
    assert "¿Qué es encapsulamiento?" in got
    assert not any("Outro" in f for f in got)
    de = ("## Shell\n\nDie sogenannte Shell ist das Programm, das auf der Kommandozeile läuft. Sie liest die Befehle "
          "und führt sie aus.\n\n## Terminal\n\nDas Terminal zeigt die Ausgabe der Shell an, und der Benutzer gibt dort "
          "seine Befehle ein. Es gibt viele verschiedene Programme für diese Aufgabe.\n")
    assert "Was ist Shell?" in fronts(de)
