"""Patterns found by grading cards from documents the extractor had never seen (session 31, rounds 448 and later;
test_unseen_round_434.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from srs.extract import extract
from tests.extract.extract_helpers import fronts, notes


def test_an_item_title_glued_to_its_sentence_that_opens_on_the_same_term_is_defined_once():
    text = ("# Verteilte Systeme\n\n## Verfahren\n\n"
            "Replikation Replikation ist ein Verfahren, das Daten auf mehreren Knoten gleich hält.\n\n"
            "Lastverteilung Die Lastverteilung ist ein Verfahren, das Anfragen auf mehrere Server verteilt.\n\n"
            "Eviction Eviction is the removal of entries from a cache that has run out of memory.\n")
    got = fronts(text, "definition")
    assert got == {"Was ist Replikation?", "Was ist Lastverteilung?", "Was ist Eviction?"}, got


def test_a_checklist_step_and_the_next_one_joined_by_an_arrow_is_no_rule():
    text = ("# Troubleshooting\n\n## Memory\n\nCheck node memory → scale if needed\n\n"
            "Verify the pod limits -> raise them when the app needs more\n\nCPU throttled > 50% → raise the CPU limit\n")
    got = {n.front: n.back for n in notes(text, "rule")}
    assert got == {"CPU throttled > 50% → ?": "raise the CPU limit"}, got


def test_a_lab_step_in_basic_shell_is_no_command_card_but_a_path_or_a_tools_flag_is():
    text = ("# Kubernetes admin notes\n\nThese are my notes for the CKA exam.\n\n## Cluster tasks\n\n"
            "Create a folder:\n\n```bash\nmkdir Devops\n```\n\nList the files:\n\n```bash\nls\n```\n\n"
            "Open the etcd manifest:\n\n```bash\nvi /etc/kubernetes/manifests/etcd.yaml\n```\n\n"
            "Show the SELinux labels of files:\n\n```bash\nls -Z\n```\n")
    got = fronts(text, "command")
    assert got == {"Command to open the etcd manifest?", "Command to show the SELinux labels of files?"}, got


def test_a_reason_column_beside_a_yes_no_column_answers_the_yes_no_question_with_its_reason():
    text = ("# Caches\n\n## Serving from a stale entry\n\n| Entry state | Served? | Why |\n|---|---|---|\n"
            "| Fresh | ✅ Yes | Within its TTL |\n| Stale with origin down | ✅ Yes | stale-if-error allows it |\n"
            "| Stale with origin up | ❌ No | Revalidated first |\n| Evicted | ❌ No | Nothing left to serve |\n")
    got = {n.front: n.back for n in notes(text, "table")}
    assert got.get("Stale with origin up — served?") == "No — Revalidated first", got
    assert got.get("Fresh — served?") == "Yes — Within its TTL", got
    assert not any(f.endswith("why?") for f in got), got


def test_an_article_before_the_noun_means_is_no_term_and_an_acronym_that_spells_an_article_still_is():
    text = ("# DB glossary\n\n## Access path\n\n> The means by which the database retrieves data from a table.\n"
            "> For example, an index scan and a full table scan use different access paths.\n\n"
            "## Encodings\n\nDER is a set of encoding rules that turns ASN.1 structures into bytes.\n")
    got = fronts(text, "definition")
    assert "What is The?" not in got, got
    assert "What is DER?" in got, got


def test_the_bold_initials_of_a_mnemonic_are_no_list_of_names():
    text = ("# Normalisation\n\nNotes on normal forms for the exam.\n\n## Memory tricks\n\n### Dependencies\n"
            "- **F**ull = **F**ull key needed\n- **P**artial = **P**art of key enough\n"
            "- **T**ransitive = **T**hrough another attribute\n")
    got = {n.front: n.back for n in notes(text, "enumeration")}
    assert not any("- F" in back for back in got.values()), got


def test_a_chain_of_letters_is_a_formula_not_steps_in_order():
    text = ("# Normal forms\n\nNotes.\n\n## Quick recognition\n- **Partial:** Non-key depends on part of key\n"
            "- **Transitive:** A → B → C chain exists\n")
    assert not notes(text, "sequence"), [(n.front, n.back) for n in notes(text)]


def test_a_label_keeps_its_leading_percent_sign():
    text = ("# Linux\n\nNotes on the shell.\n\n## ps columns\n\n"
            "- %MEM: Ratio of the process resident set size to the physical memory.\n"
            "- %CPU: CPU time used divided by the time the process has been running.\n")
    got = fronts(text, "labelled-fact")
    assert got == {"ps columns: %MEM?", "ps columns: %CPU?"}, got


def test_a_markdown_escape_in_a_cloze_sentence_shows_as_the_mark_itself():
    text = ("# Linux\n\nNotes on the shell.\n\n## Cron\n\nCron runs jobs on a schedule.\n\n"
            "An interesting feature of **crontabs** is that these also support the **wildcard** or asterisk (\\*). "
            "If we do not wish to provide a value for that specific field we put an asterisk.\n\n"
            "**Crontabs** can be edited by using `crontab -e`, where you can select an editor.\n")
    got = [n.front for n in notes(text, "emphasis-cloze")]
    assert got and all("(*)" in f and "\\" not in f for f in got), got


def test_pairs_listed_with_arrows_and_commas_are_no_steps_in_order():
    text = ("# Identity\n\nNotes.\n\n## Flows\n\n| Flow | Use |\n|---|---|\n| Auth Code | Web apps with a server |\n"
            "| Client Credentials | Service to service |\n\n"
            "> For modern apps: SPAs → **Auth Code + PKCE**, Web Apps → **Auth Code**, Services → **Client Credentials**\n")
    assert not notes(text, "sequence"), [(n.front, n.back) for n in notes(text)]


def test_a_line_of_the_authors_script_read_aloud_is_no_card():
    text = ("# TLS lab\n\nNotes on serving HTTPS from Python.\n\n## The server script\n\nDetail of the code:\n\n"
            "- `PORT = 4443`: defines the variable PORT with the value 4443, where the server listens.\n"
            "- `server_side=True`: tells the socket it is set up for the server side.\n\n## Settings\n\n"
            "- `ssl_protocols`: the TLS versions the server accepts, e.g. TLSv1.2 and TLSv1.3.\n")
    got = fronts(text, "labelled-fact")
    assert got == {"Settings: `ssl_protocols`?"}, got


def test_an_endpoint_whose_description_only_says_its_method_and_path_again_makes_no_card():
    text = ("# API notes\n\nNotes.\n\n## Graph endpoints\n\n| Endpoint | Description |\n|---|---|\n"
            "| `GET /groups` | List groups (admin) |\n| `POST /groups` | Create a group |\n"
            "| `DELETE /groups/{id}` | Soft-deletes; restorable for 30 days |\n")
    got = fronts(text, "table")
    assert got == {"`DELETE /groups/{id}` — description?"}, got


def test_a_next_steps_section_is_a_study_plan_not_knowledge():
    text = ("# Gradient descent\n\nGradient descent moves the weights against the gradient of the cost.\n\n"
            "## Learning rate\n\n- **Too large**: the cost diverges instead of falling.\n- **Too small**: training crawls.\n\n"
            "## Next Steps\n\nAfter mastering gradient descent:\n1. **Logistic Regression** - Apply gradient descent to classification\n"
            "2. **Advanced Optimizers** - Learn Adam, RMSprop, and other modern optimizers\n"
            "3. **Regularized Models** - Ridge and Lasso regression with gradient descent\n")
    got = notes(text)
    assert not any("Next Steps" in str(n.context) or "optimizers" in n.front.lower() for n in got), \
        [(n.front, n.back) for n in got]
    assert any("Too large" in n.front for n in got), [n.front for n in got]


def test_a_sentence_typed_under_a_term_and_its_gloss_is_not_glued_to_the_gloss():
    text = ("# Missing values\n\nWays to handle missing values.\n\n"
            "7. Imputation using Deep Learning Library — Datawig\nThis method works very well with categorical, "
            "continuous, and non-numerical features. Datawig is a library that learns ML models to impute values.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("This method" in b for b in got.values()), got
    assert got.get("What is Datawig?") == "A library that learns ML models to impute values", got


def test_a_consists_of_question_writes_the_terms_article_in_small_letters():
    text = "# State\n\nNotes.\n\n## Model\n\nA system state consists of records and devices with changeable values.\n"
    assert fronts(text, "definition") == {"What does a system state consist of?"}



def test_a_colon_inside_a_link_title_ends_no_label_and_a_pointer_to_it_is_no_card():
    korean = ("# 분산 트랜잭션\n\n분산 데이터베이스의 트랜잭션에 대한 노트이다.\n\n## Nested Transaction\n\n"
              "Nested Transaction이란, 트랜잭션 안에 하위 트랜잭션을 두는 모델이다.\n\n"
              "분산 시스템에서의 Nested Transaction은 [NESTED TRANSACTION: AN APPROACH TO RELIABLE DISTRIBUTED COMPUTING]"
              "(https://example.org/moss.pdf)에서 자세히 알아볼 수 있었다.\n")
    english = ("# Transactions\n\nNotes on distributed transactions in databases.\n\n## Nested\n\n"
               "Nested transactions in distributed systems can be studied in [NESTED TRANSACTIONS: AN APPROACH TO "
               "RELIABLE DISTRIBUTED COMPUTING](https://example.org/moss.pdf).\n\n"
               "- **Flat transaction**: one begin and one commit around all the work.\n")
    for text in (korean, english):
        got = {n.front: n.back for n in notes(text)}
        assert not any("NESTED" in f or "APPROACH" in b for f, b in got.items()), got
    assert "Nested: Flat transaction?" in {n.front for n in notes(english)}


def test_a_bold_question_ending_in_a_hard_break_is_answered_by_the_next_line():
    text = ("# Microservices\n\nNotes.\n\n## FAQ\n\n**Q: When do I need a service mesh?**\\\n"
            "Only after you have many services and need uniform traffic policies, mTLS and retries.\n")
    got = {n.front: n.back for n in notes(text, "explicit-qa")}
    assert got == {"When do I need a service mesh?":
                   "Only after you have many services and need uniform traffic policies, mTLS and retries."}, got


def test_a_term_with_a_sentence_end_inside_is_no_term():
    text = ("# Design patterns\n\nNotes on creational patterns.\n\n## Factory\n\nParameterized create method. Factory is an "
            "implementation of the factory pattern: a class with a static factory method.\n\n## Builder\n\n"
            "The builder is a pattern that assembles a complex object step by step.\n")
    assert fronts(text, "definition") == {"What is the builder?"}


def test_a_label_over_a_run_of_product_names_is_a_suggestion_and_a_short_set_stays_a_card():
    text = ("# Platform\n\nNotes on the delivery platform.\n\n## Tooling\n\n"
            "**Build & Deploy:** GitHub Actions, GitLab CI, Jenkins, AWS CodePipeline.\n\n**Disk encryption:** BitLocker, LUKS\n")
    ex = extract(text)
    assert {n.front for n in ex.notes if n.rule == "labelled-fact"} == {"Disk encryption?"}
    assert "Build & Deploy?" in {s.note.front for s in ex.suggestions}


def test_a_list_title_led_by_a_verb_is_no_name_of_a_set():
    text = ("# GCP\n\nNotes.\n\n## Persistent Disk\n\n- Block storage for VMs\n"
            "- Offers three storage types: zonal, regional, local\n")
    assert not any("offers" in f.lower() for f in fronts(text)), fronts(text)


def test_portuguese_typed_without_accents_is_still_portuguese():
    lines = ["- Peering e NAO transitivo: A e B nao significa A e C", "- DNS server so resolve nomes, NAO conecta redes",
             "- Cada peering e configurado nos dois lados, sem excecao", "- Rotas de sistema sao sobrescritas por UDR",
             "- Menor subnet permitida para o gateway e /27, nao /29", "- NSG nao filtra trafego entre VMs da mesma subnet"]
    text = "# Redes\n\n## VNet\n\n" + "\n".join(lines * 3) + "\n\n## NSG (Network Security Groups)\n\n- Regras com prioridade\n"
    got = fronts(text, "acronym")
    assert got == {"O que significa NSG?"}, got


def test_the_outline_a_document_opens_with_is_no_sequence():
    text = ("TLS begins once the TCP handshake completes.\n\nLet’s walk step-by-step through:\n\n"
            "1. **Where TLS sits in the OSI model**\n2. **What happens after the TCP handshake**\n"
            "3. **The TLS 1.3 handshake**\n4. **How keys are derived**\n\n# 1. TLS layering\n\n"
            "TLS sits above TCP and below the application protocol.\n")
    assert not any("Where TLS sits" in n.back or "walk" in n.front.lower() for n in notes(text)), \
        [(n.front, n.back) for n in notes(text)]


def test_a_percentage_that_follows_from_the_two_numbers_shown_is_no_cloze():
    text = ("# Web performance\n\nNotes on page weight.\n\n## Page weight since 2011\n\n"
            "- JavaScript grew from 52kb to 391kb (an increase of 651%).\n"
            "- Images grew from 100kb to almost 1Mb (increase 775%).\n"
            "- Compressing text saves about 70% of its bytes on the wire.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert got == ["Compressing text saves about {{c1::70%}} of its bytes on the wire."], got


def test_a_definition_cut_to_a_bare_class_is_a_suggestion_but_a_class_that_sets_the_term_apart_stays():
    text = ("# React\n\nNotes on state.\n\n## Initial state\n\n**Lazy initialization** is a performance optimization. "
            "If creating the initial state is expensive, pass a function that React calls only on the first render.\n\n"
            "## Invariants\n\nGuarding is a failsafe mechanism. Validation is a filtration mechanism.\n")
    ex = extract(text)
    made = {n.front for n in ex.notes if n.rule == "definition"}
    assert "What is Lazy initialization?" not in made, made
    assert "What is Lazy initialization?" in {s.note.front for s in ex.suggestions}
    assert "What is Guarding?" in made, made


def test_a_chinese_items_number_in_brackets_is_no_part_of_its_label_and_a_rule_of_thumb_is_no_term():
    text = ("# 性能优化\n\n这些是前端性能优化的面试笔记。\n\n## 如何优化服务器端的接口？\n\n"
            "（1）减少数据量：去掉接口返回的数据中不需要的数据。\n\n（2）缓存数据：首次请求后缓存数据，非首次请求优先使用缓存。\n\n"
            "## 针对HTML，如何优化性能？\n\n（3）首次加载的资源不超过1024KB，即越小越好。\n")
    got = {n.front for n in notes(text)}
    assert not any("（" in f for f in got), got
    assert any(f.startswith("减少数据量") for f in got), got


def test_a_paragraph_that_goes_on_from_its_heading_with_or_does_not_answer_it():
    text = ("# Web performance explained\n\n## What is Web Performance\n\nor WPO or Front End Performance is an area of "
            "web development concerned with making websites faster.\n\nNot only for the initial loading, but for any user "
            "interaction after it.\n")
    assert not any(n.back.startswith("or ") for n in notes(text)), [(n.front, n.back) for n in notes(text)]


def test_a_constructor_call_keeps_its_new_a_short_name_spelled_out_and_a_prerequisite_make_no_card():
    text = ("# Notes\n\nNotes on Java and Prometheus.\n\n## Semaphore\n\nSemaphore constructors:\n\n"
            "- new Semaphore(int permits, boolean fair): with fair set to true, waiting threads get permits in arrival order.\n"
            "- new Semaphore(int permits): permits are handed out in no particular order, the default.\n\n"
            "## Functions\n\n- abs\n  - converts to absolute values\n- rate\n  - per-second average increase of a counter\n\n"
            "## Chapter 2\n\n**Prerequisite:** Chapter 1 — Foundations and Philosophy.\n")
    got = fronts(text)
    assert any("new Semaphore(int permits, boolean fair)" in f for f in got), got
    assert not any(f.startswith(("Abs", "Prerequisite")) for f in got), got


def test_a_headings_number_in_brackets_is_no_part_of_its_title():
    text = ("# Graphs\n\nNotes on graph search.\n\n## (1) Depth-First Search (DFS)\n\n"
            "DFS uses a stack to go as deep as possible before backtracking.\n\n## (2) Breadth-First Search (BFS)\n\n"
            "BFS uses a queue to explore the graph level by level.\n")
    got = notes(text)
    assert not any("(2)" in n.front or "(2)" in str(n.context) for n in got), [(n.front, n.context) for n in got]


def test_a_chinese_claim_with_an_adverb_before_shi_defines_no_term():
    text = ("# 分布式系统一致性模型\n\n这些是分布式系统的学习笔记。\n\n## 光锥\n\n"
            "读写不再是一个瞬时的过程，而是一个类似光传播的过程。\n\n## 两阶段提交\n\n"
            "2PC是一种尽量保证强一致性的分布式事务协议。\n")
    got = fronts(text, "definition")
    assert not any("不再" in f for f in got), got
    assert "什么是2PC？" in got, got
