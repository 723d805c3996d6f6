"""Patterns found by grading cards from documents the extractor had never seen (session 28, rounds 388 and later;
test_unseen_round_363.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_clause_or_a_verdict_on_a_topic_is_no_definition():
    text = ("# Storage\n\n## Locks\n\nRelational engines usually prefer pessimistic — conflicts are common in banking.\n\n"
            "Schema migration is a hard problem, but online tools make it routine.\n\n"
            "**Replicated = durable.** A write on three nodes survives the loss of one.\n\n"
            "A write-ahead log is a file that records each change before the pages are written.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("prefer" in f or "Schema migration" in f or "Replicated" in f for f in got), got
    assert got.get("What is a write-ahead log?", "").startswith("A file that records each change"), got


def test_a_short_title_on_the_last_line_of_a_paragraph_titles_the_list_under_it():
    text = ("# Exam notes\n\n## Reaching a service from a pod\n\nrestart policy for jobs  OnFailure\nTMUX:\n"
            "- Split: CTRL+b then %\n- Copy: yy copies the line in copy mode\n- Detach: CTRL+b then d\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("TMUX: Split?") == "CTRL+b then %", got
    assert got.get("TMUX: Copy?") == "yy copies the line in copy mode", got  # a key sequence is written as typed
    assert not any("Reaching a service" in f for f in got), got


def test_a_label_that_says_an_example_a_closer_look_or_a_verdict_follows_asks_nothing():
    text = ("# Storage\n\n## Commit cost\n\n**fsync**: forces the OS to write its cache to the disk.\n\n"
            "**Expensive** — this is why every commit pays for a disk flush.\n\n"
            "*A closer look*: I wondered why engines do not batch every write.\n\n"
            "Real failure example: a power cut right after the commit loses the page cache.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(("Expensive" in f or "look" in f or "example" in f) for f in got), got
    assert [b for f, b in got.items() if f.lower() == "fsync?"] == ["Forces the OS to write its cache to the disk."], got


def test_a_section_title_repeated_under_each_numbered_heading_of_its_level_sits_under_that_heading():
    text = ("# Sync\n\n### 1. 🔒 Lock\n\n### ❓ Wozu?\n\nDamit nur eine Goroutine die Daten ändert.\n\n### Grenzen\n\n"
            "- **Kopieren**: ein Lock darf nach der ersten Nutzung nicht kopiert werden.\n\n### 2. 📬 Kanal\n\n### Wozu?\n\n"
            "Damit Goroutinen Werte austauschen.\n\n### Grenzen\n\n- **Schließen**: nur der Sender schließt den Kanal.\n\n"
            "### Fazit\n\nBeide lösen verschiedene Aufgaben.\n")
    got = {n.front: (n.back, n.context) for n in notes(text)}
    why = {b[:12]: c for f, (b, c) in got.items() if "Wozu" in f}
    assert "Lock" in why.get("Damit nur ei", "") and "Kanal" in why.get("Damit Gorout", ""), got
    kopieren = next((c for f, (b, c) in got.items() if "Kopieren" in f), "")
    assert "Lock" in kopieren, got  # the limit is the lock's, as its context line says
    assert not any("Fazit" in c and "Kanal" in c for _b, c in got.values()), got


def test_a_worked_calculation_or_a_number_its_own_sentence_restates_makes_no_cloze():
    text = ("# SLOs\n\n## Error budget\n\nThe budget is what the SLO leaves for failures.\n\n"
            "- `requests=640` is the whole window of the report.\n"
            "- The morning ends with 2 failed requests which used 31.25% of the budget `100% * 2 / 6.4`.\n"
            "- Report the latency within which 95% of requests were served (95th percentile).\n"
            "- A fast-burn page fires when 2% of the monthly budget burns within 1 hour.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any("31.25" in f or "640" in f or "95th" in f for f in got), got
    assert any("{{c1::2%}}" in f or "{{c2::1 hour}}" in f for f in got), got


def test_a_definition_keeps_its_closing_clause_and_a_remark_on_how_common_a_thing_is_is_none():
    text = ("# SRE\n\n## Terms\n\nAn error budget is the amount of failure a service may spend, whatever the cause is.\n\n"
            "Retries are the norm, not the exception, in mobile clients.\n\n"
            "A runbook is a written procedure for one alert, independent of who is on call.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert got.get("What is a runbook?") == "A written procedure for one alert, independent of who is on call", got
    assert not any("Retries" in f for f in got), got


def test_a_pasted_http_exchange_a_copyright_line_and_a_bracketed_count_make_no_cards():
    text = ("# Web\n\n## CORS\n\n### A preflight request\n\nAccess-Control-Request-Method: PUT\nOrigin: http://app.example.org\n"
            "Content-Length: 0\nConnection: close\n\n### Headers\n\n"
            "Access-Control-Max-Age: how long the browser may cache the preflight answer, in seconds.\n\n"
            "攻击分类：（两类）\n\n版权声明：本文为博主的原创文章，转载请附上原文出处链接。\n\n"
            "点击劫持：利用了HTML中<iframe>标签的透明属性。\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith(("Access-Control-Request-Method", "Content-Length", "Connection", "攻击分类", "版权"))
                   for f in got), got
    assert any(f.endswith("Access-Control-Max-Age?") for f in got), got
    assert any("`<iframe>`标签" in b for b in got.values()), got


def test_a_romance_conjunction_or_question_word_is_no_term_and_a_key_is_no_acronym():
    text = ("# DynamoDB\n\n## Modelo\n\n- Como este é um banco não relacional, a organização das tabelas pode inicialmente "
            "parecer confusa, mas é bem simples.\n- As tabelas guardam itens com atributos.\n\n## Coordinación\n\n"
            "Este servicio decide:\n\n- Qué nodos forman parte del sistema.\n- Quién es el líder de la cadena.\n"
            "- Cómo reconfigurar ante fallas.\n\n## Atajos\n\n- CTRL-U : borra hasta el inicio de la línea\n"
            "- CTRL-K : borra hasta el final de la línea\n- ALT-B : retrocede una palabra\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Como este" in f or "Quién" in f or "CTRL stand" in f or "CTRL significa" in f for f in got), got
    assert any(f.endswith("CTRL-U?") for f in got), got


def test_several_cases_for_using_one_thing_make_no_when_to_use_cards_and_cases_of_two_things_stay():
    text = ("# Patterns\n\n## Observer\n\nObserver lets objects subscribe to events of another object.\n\n"
            "- Use the Observer pattern when changes to one object must update others and you don't know how many.\n\n"
            "- Use the Observer when some objects must watch others only for a limited time.\n\n"
            "- Use the pattern when the set of watchers changes at runtime.\n\n"
            "## Stores\n\n- Use Redis when reads must be served from memory in microseconds.\n"
            "- Use Kafka when many consumers must replay the same ordered events.\n")
    got = {n.front: n.back for n in notes(text, "when-to-use")}
    assert not any("Observer" in f or "pattern" in f for f in got), got
    assert "When to use Redis?" in got and "When to use Kafka?" in got, got


def test_a_blank_row_label_and_a_true_or_false_answer_are_no_questions():
    text = ("# Datos\n\n## Comparación\n\n| | Data warehouse | Data lake |\n|---|---|---|\n"
            "| ___ | Datos estructurados y procesados | Datos sin procesar |\n| Usuarios | Analistas de negocio | Científicos de datos |\n\n"
            "## Examen\n\nUn data lake solo guarda datos estructurados.\n\n- Falso\n"
            "  - Un data lake guarda datos estructurados, semiestructurados y no estructurados.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith(("___", "Falso")) for f in got), got
    assert any(f.startswith("Usuarios") for f in got), got


def test_a_heading_answered_by_a_sentence_that_only_introduces_or_ranks_it_makes_no_card():
    text = ("# Memory\n\n## Arenas\n\nThere's a C array named arenas that plays a big role in the allocator.\n\n"
            "## Substate\n\nA given substate is only available to a specific type of unit.\n\n"
            "## Operators\n\nThe use of operators is an important concept for orchestration.\n\n"
            "## Pool\n\nA pool stores a collection of memory blocks of the same size.\n")
    got = {n.front: n.back for n in notes(text, "heading-fact")}
    assert not any(f.startswith(("Arenas", "Substate", "Operators")) for f in got), got
    assert got.get("Pool?", "").startswith("A pool stores"), got


def test_a_details_sub_label_beside_a_purpose_asks_nothing_of_its_own():
    text = ("# TCP\n\n## Flags\n\n### RST Flag\n\n- **Purpose**: Aborts a connection at once.\n"
            "- **Details**: A host sends RST when a segment arrives for a socket that does not exist.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.lower().endswith(("details?", "details")) for f in got), got
    assert any(f.endswith("purpose?") for f in got), got


def test_a_single_item_that_finishes_its_lead_in_sentence_is_no_answer_on_its_own():
    text = ("# Transport\n\n## Ports\n\n### Ephemeral Port\n\nA short-lived port the client's system picks, typically from:\n\n"
            "- 49152 to 65535\n\n### Well-known Port\n\nA port a server listens on by convention:\n\n- 0 to 1023\n")
    got = {n.front: n.back for n in notes(text)}
    assert "Ephemeral Port?" not in got, got
    assert got.get("Well-known Port?") == "0 to 1023", got


def test_a_q_line_answered_by_an_arrow_or_by_the_bullets_after_a_blank_line_is_answered():
    text = ("# MACs\n\n## 性质\n\nQ: MAC能提供完整性吗？ --> 能，攻击者无法在不被发现的情况下篡改消息\n\n"
            "Q: MAC能提供保密性吗？\n\n- MAC是确定性的\n- 通常没有保密性\n\nQ: Can a MAC be reused across keys?\n\n"
            "## HMAC\n\nHMAC是一种基于哈希的消息认证码结构。\n")
    got = {n.front: (n.back, n.answered) for n in notes(text, "explicit-qa")}
    assert got.get("MAC能提供完整性吗？") == ("能，攻击者无法在不被发现的情况下篡改消息", True), got
    assert got.get("MAC能提供保密性吗？") == ("- MAC是确定性的\n- 通常没有保密性", True), got
    assert got.get("Can a MAC be reused across keys?", ("", True))[1] is False, got  # never answered: a drill, as before


def test_a_course_s_guided_walkthrough_and_boss_challenge_make_no_cards():
    text = ("# Class 5 — Helm\n\n## Core concepts\n\nA chart is a package of Kubernetes manifest templates.\n\n"
            "## 🛠️ Guided walkthrough\n\n1. **Install the chart:** run `helm install web ./chart` in the dev namespace.\n"
            "2. Open the **Releases** page — confirm the revision is 1.\n\n## 🏆 Boss challenge\n\n"
            "> **Mission:** ship a chart upgrade end to end in 10 minutes.\n\n"
            "## Extra credit — beyond class\n\n- **Rollback:** `helm rollback web 1` returns to revision 1.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Mission" in f or "Install the chart" in f or "Releases" in f or "Rollback" in f for f in got), got
    assert any(f.startswith("What is a chart") for f in got), got


def test_an_emoji_before_a_one_word_quality_does_not_make_it_a_condition():
    text = ("# Ansible\n\n## Why roles\n\n* **🧩 Modularity** → Break complex playbooks into smaller parts\n"
            "* **♻️ Reusability** → Use the same role across many projects\n"
            "* Failed handler → the play stops on that host\n")
    got = {n.front: n.back for n in notes(text, "rule")}
    assert not any("Modularity" in f or "Reusability" in f for f in got), got
    assert any(f.startswith("Failed handler") for f in got), got


def test_homework_pointers_verb_phrases_and_roles_are_no_facts():
    text = ("# Sorting\n\n## Selection sort\n\n- Reduces the number of writes — at most n-1 swaps in all.\n"
            "- Related homework questions: h3-Q2\n- Take-Home Lesson: pick the structure before the algorithm.\n\n"
            "## Basics\n\nSearching is the basic building block that many other algorithms are built around.\n\n"
            "A DLL is a data structure and stores any data you want.\n\n"
            "A heap is a complete binary tree in which every parent is ordered before its children.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(w in f for f in got for w in ("Reduces", "homework", "Take-Home", "Searching", "DLL")), got
    assert any(f.startswith("What is a heap") for f in got), got


def test_a_one_letter_word_after_a_number_is_no_unit():
    text = ("# Árboles\n\n## AVL\n\n- El factor de balance debe estar entre -1 y 1 en cada nodo.\n"
            "- Una rotación simple cuesta 5s en el peor caso del ejemplo.\n- Los nodos guardan su altura.\n")
    got = [n.front for n in notes(text, "number-cloze")]
    assert not any("{{c1::-1 y}}" in f for f in got), got


def test_rows_keyed_by_an_example_s_variables_a_lone_lead_verb_and_a_deflecting_answer_make_no_cards():
    text = ("# Deadlock\n\n## Banker's algorithm\n\n| Process | Allocation | Max |\n|---|---|---|\n"
            "| $P_0$ | 0 1 0 | 7 5 3 |\n| $P_1$ | 2 0 0 | 3 2 2 |\n\n## Services to learn\n\n"
            "- AWS Firewall Manager: requires\n  - AWS Organizations\n- AWS Config: records resource configuration changes.\n\n"
            "## Scheduling\n\n- Which task should run next? The answer depends on the scheduling policy.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("P_0" in f or "P_1" in f or "Firewall Manager" in f or "Which task" in f for f in got), got
    assert any("AWS Config" in f for f in got), got


def test_a_question_item_answered_by_one_bullet_has_that_bullet_s_words_as_its_back():
    text = ("# Python\n\n## Gotchas\n\n- Why does `0.1 + 0.2 == 0.3` return False?\n"
            "  - Binary floating point cannot store 0.1 exactly.\n- What does `is` compare?\n  - Identity\n  - Not equality\n")
    got = {n.front: n.back for n in notes(text, "question-answer")}
    assert got.get("Why does `0.1 + 0.2 == 0.3` return False?") == "Binary floating point cannot store 0.1 exactly.", got
    assert got.get("What does `is` compare?") == "- Identity\n- Not equality", got


def test_an_item_under_a_use_cases_title_is_a_use_not_a_term_to_define():
    text = ("# EventBridge\n\n## Archive and replay\n\nArchives keep the events a bus received.\n\nUse cases:\n\n"
            "- Debugging — replay one hour of events against a fixed rule.\n- Backfill — send old events to a new target.\n\n"
            "## Terms\n\n- Event bus — a router that receives events and delivers them to targets.\n")
    got = {n.front: n.back for n in notes(text, "definition")}
    assert not any("Debugging" in f or "Backfill" in f for f in got), got
    assert any("Event bus" in f for f in got), got
