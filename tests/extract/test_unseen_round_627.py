"""Patterns found by grading cards from documents the extractor had never seen (session 39, rounds 627 and later;
test_unseen_round_601.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_bare_yes_or_no_under_a_products_column_makes_no_card_but_a_property_column_still_asks():
    text = ("# Schedulers\n\n## Compared\n\n"
            "| Feature | kube scheduler | nomad |\n|---|---|---|\n"
            "| Preemption | Yes | No |\n| Bin packing | Yes | Yes |\n| Default spread | pod topology | spread stanza |\n"
            "| Gang scheduling | No | Yes |\n\n## Locks\n\n"
            "| Lock | Held by | Exclusive | Reentrant |\n|---|---|---|---|\n"
            "| Mutex | one thread | Yes | No |\n| Recursive mutex | one thread, many times | Yes | Yes |\n"
            "| Semaphore | up to N holders | No | No |\n| Barrier | nobody | n.d. | n.d. |\n")
    made = notes(text)
    assert not any(n.back.strip().lower() in ("yes", "no") and "nomad" in n.front.lower() + n.back.lower()
                   for n in made), [(n.front, n.back) for n in made]
    assert not any(n.back.strip().lower() in ("yes", "no") and "kube scheduler" in n.front.lower() for n in made), \
        [(n.front, n.back) for n in made]
    assert any("default spread" in n.front.lower() and "spread stanza" in n.back for n in made), \
        [(n.front, n.back) for n in made]
    assert any(n.front.startswith("Semaphore") and "exclusive" in n.front and n.back == "No" for n in made), \
        [(n.front, n.back) for n in made]


def test_a_table_that_splits_sample_numbers_into_parts_makes_no_card():
    text = ("# Addressing\n\n## Classes\n\n- class B: 16 network bits, 16 host bits\n\n"
            "  | Network | Host |\n  |---|---|\n  | 150.20 | 31.9 |\n\n"
            "- class C: 24 network bits, 8 host bits\n\n  | Network | Host |\n  |---|---|\n  | 193.4.7 | 12 |\n\n"
            "## Ports\n\n| Port | Service |\n|---|---|\n| 22 | SSH |\n| 443 | HTTPS |\n| 53 | DNS |\n")
    made = notes(text)
    assert not any("150.20" in n.front or "193.4.7" in n.front for n in made), [(n.front, n.back) for n in made]
    assert any("22" in n.front and n.back == "SSH" for n in made), [(n.front, n.back) for n in made]


def test_a_numbered_step_of_a_figure_is_no_label_to_ask_by_in_japanese_either():
    text = ("# 認証\n\n## フローの概略\n\n"
            "- **ステップ 3.**: クライアントは認可コードをトークンエンドポイントへ送ります\n"
            "- **ステップ 5.**: 認可サーバーはアクセストークンを返却します\n"
            "- **認可コード**: 一度だけ使える短命なコードです\n")
    made = notes(text)
    assert not any("ステップ" in n.front for n in made), [(n.front, n.back) for n in made]
    assert any("認可コード" in n.front for n in made), [(n.front, n.back) for n in made]


def test_a_cloze_cut_from_the_authors_narration_in_the_first_person_plural_is_only_a_suggestion():
    from srs.extract import extract

    text = ("# Link layer\n\n## Efficiency\n\n"
            "- Earlier we could only push 2000 bits in 900 ms, but now we push 5000 bits in 300 ms.\n"
            "- Nous pourrions avoir une équipe responsable par couche, soit 4 équipes.\n"
            "- An Ethernet frame carries at most 1500 bytes of payload.\n"
            "- The tables we have built so far are called **static tables**, because their size never changes.\n")
    result = extract(text)
    fronts = [n.front for n in result.notes]
    assert not any("2000" in f or "équipe" in f for f in fronts), fronts
    assert any("1500" in f for f in fronts), fronts
    assert any("static tables" in f for f in fronts), fronts
    assert any("2000" in s.note.front for s in result.suggestions), [s.note.front for s in result.suggestions]


def test_a_number_glued_to_a_formulas_letters_is_not_hidden_alone():
    made = notes("# Windows\n\n## Sizing\n\n- Choose w ≥ 2BD+1 so that the link stays busy\n"
                 "- Keep at most ≥ 3 replicas per zone for quorum\n")
    assert not any("BD" in n.front and "{{c1::" in n.front for n in made), [n.front for n in made]


def test_a_command_line_option_heading_its_sub_items_keeps_its_dash_and_case():
    text = ("# tcpdump\n\n## Filters\n\n- Options\n  - -n\n    - host: do not resolve host names\n"
            "    - port: do not resolve port names\n  - --snapshot-length\n    - default: 262144 bytes\n")
    made = notes(text)
    paths = [" › ".join(n.heading_path) for n in made]
    assert made, made
    assert not any(p.endswith(("› N", "› Snapshot-length")) for p in paths), paths
    assert any(p.endswith(("› -n", "› --snapshot-length")) for p in paths), paths


def test_the_star_of_count_star_is_no_emphasis_and_stays_in_the_query():
    made = notes("# Monitoring\n\n## Health\n\n- Idle sessions: count(*) filter (where state ~* 'idle')\n")
    assert any("count(*)" in n.back and "~*" in n.back for n in made), [(n.front, n.back) for n in made]


def test_the_courses_plan_in_brackets_is_left_out_of_the_answer():
    made = notes("# Transport\n\n## Parts\n\n- Flow control: the receiver throttles the sender (will be covered in 5th chapter)\n"
                 "- Congestion control: the network throttles the sender (which is covered here)\n")
    assert made, made
    assert not any("covered" in n.back for n in made), [(n.front, n.back) for n in made]


def test_a_definition_that_only_says_whose_feature_it_is_is_a_suggestion():
    from srs.extract import extract

    text = ("# Addressing\n\n## Multicast\n\n**Multicast** is a one-to-many delivery to every member of a group.\n\n"
            "## Unicast groups\n\n**Groupcast** is a new feature of IPv7.\n\nIt sends to the nearest member of a group.\n")
    result = extract(text)
    assert not any(n.back.startswith("A new feature") for n in result.notes), [(n.front, n.back) for n in result.notes]
    assert any(n.front == "What is Multicast?" for n in result.notes), [(n.front, n.back) for n in result.notes]


def test_a_one_letter_mode_keeps_its_case_in_a_tables_front():
    text = ("# IRC\n\n## Channel modes\n\n| Mode | Description |\n|---|---|\n| s (secret) | The channel is hidden from LIST |\n"
            "| S (SSL only) | Only TLS clients may join |\n| c (no colours) | Colour codes are stripped |\n"
            "| m (moderated) | Only voiced users speak |\n")
    fronts = [n.front for n in notes(text)]
    assert any(f.startswith("s (secret)") for f in fronts), fronts
    assert any(f.startswith("S (SSL only)") for f in fronts), fronts
    assert not any(f.startswith(("C (", "M (")) for f in fronts), fronts


def test_the_items_of_a_course_agenda_are_no_facts():
    text = ("# Block 3: Security management\n\nThe agenda of this block: the contents include:\n\n"
            "- **Risk basics:** a refresher of the core concepts.\n"
            "- **ISMS foundations:** deepening the understanding of management systems.\n\n"
            "## Risk\n\n- **Residual risk:** the risk that remains after controls are applied.\n")
    made = notes(text)
    assert not any("Risk basics" in n.front or "ISMS foundations" in n.front for n in made), [n.front for n in made]
    assert any("Residual risk" in n.front for n in made), [n.front for n in made]


def test_a_paragraph_that_says_where_the_notes_explain_it_is_navigation():
    text = ("# Chat operators\n\n## Modes\n\n| Mode | Description |\n|---|---|\n| k (key) | Joining needs a password |\n"
            "| l (limit) | Caps the number of users |\n\n## Usermodes\n\n"
            "An overview of all user modes on this network can be found [above](#modes).\n\n## Bans\n\n"
            "A ban mask matches nick, user and host with wildcards.\n")
    made = notes(text)
    assert not any("found above" in n.back for n in made), [(n.front, n.back) for n in made]
    assert any("wildcards" in n.back for n in made), [(n.front, n.back) for n in made]


def test_an_arrows_answer_keeps_the_next_sentence_that_refers_back_to_it():
    made = notes("# OS\n\n## Calls\n\n- 인터럽트 벡터 ⇒ 핸들러 주소의 배열. 해당 주소는 커널의 처리 루틴을 가리킨다.\n"
                 "- 페이지 테이블 ⇒ 페이지와 프레임의 대응표. 해당 표는 커널 메모리에 있다.\n")
    backs = [n.back for n in made]
    assert any(b.startswith("핸들러 주소의 배열") and "처리 루틴" in b for b in backs), backs
    assert any(b.startswith("페이지와 프레임의 대응표") and "커널 메모리" in b for b in backs), backs


def test_what_the_reader_will_study_later_is_no_fact():
    made = notes("# OS\n\n## Services\n\n- 앞으로 주로 배우게 될 내용 ⇒ 프로세스 관리, 파일 시스템\n"
                 "- Topics we will learn next → scheduling, paging\n- High CPU steal → noisy neighbour on the host\n")
    fronts = [n.front for n in made]
    assert not any("배우게" in f or "learn" in f for f in fronts), fronts
    assert any(f.startswith("High CPU steal") for f in fronts), fronts



def test_bottom_and_top_in_inline_math_read_as_their_symbols():
    made = notes("# Lattices\n\n## Order\n\n- Bottom element: $\\bot$, below every other element of the lattice\n"
                 "- Greatest element: $\\top$, above every other element of the lattice\n")
    backs = [n.back for n in made]
    assert any(b.startswith("⊥") for b in backs) and any(b.startswith("⊤") for b in backs), backs
    assert not any("\\bot" in b or "\\top" in b for b in backs), backs


def test_an_operators_table_whose_rows_and_columns_are_the_same_values_makes_no_card():
    text = ("# Signs\n\n## Comparing signs\n\n| cmp | + | - | 0 |\n|---|---|---|---|\n| + | unknown | greater | greater |\n"
            "| - | less | unknown | less |\n| 0 | less | greater | equal |\n\n"
            "## Ports\n\n| Port | Service |\n|---|---|\n| 22 | SSH |\n| 53 | DNS |\n")
    made = notes(text)
    assert not any(n.back in ("equal", "less", "greater", "unknown") for n in made), [(n.front, n.back) for n in made]
    assert any(n.back == "DNS" for n in made), [(n.front, n.back) for n in made]


def test_a_list_under_an_os_process_title_is_no_sequence():
    made = notes("# OS\n\n## Parent and Child Process\n\n1. Parent process\n   1. The process that called fork().\n"
                 "2. Child process\n   1. The new process that fork() created.\n3. Init process\n\n"
                 "## Boot process\n\n1. Firmware runs\n2. Bootloader loads the kernel\n3. Init starts the services\n")
    asked = [n.front for n in made if n.rule == "enumeration" and "what comes" in n.front]
    assert not any("Parent and Child Process" in f or "Parent process:" in f for f in asked), asked
    assert any(f.startswith("Boot process") for f in asked), asked


def test_a_back_that_lists_commands_keeps_their_lower_case():
    made = notes("# Linux\n\n## Basics\n\n- Viewing processes: ps, top, htop\n- Disk usage: df, du, lsblk\n")
    backs = [n.back for n in made]
    assert "df, du, lsblk" in backs and not any(b.startswith(("Ps", "Df", "- Ps")) for b in backs), backs


def test_a_bare_label_answered_with_two_options_is_a_suggestion():
    from srs.extract import extract

    text = ("# Services\n\n## How to build them\n\n- Pick a transport: HTTP/2 or AMQP\n- Retry libraries: Tenacity or Backoff\n"
            "- Idempotency key: a client-chosen id that lets the server drop a repeated request\n\n"
            "## Transactions\n\n- Atomicity: all or nothing\n")
    result = extract(text)
    fronts = {n.front: n.back for n in result.notes}
    assert not any(b in ("HTTP/2 or AMQP", "Tenacity or Backoff") for b in fronts.values()), fronts
    assert any("Idempotency key" in f for f in fronts), fronts
    assert any(b.lower() == "all or nothing" for b in fronts.values()), fronts
    assert any(s.note.back == "Tenacity or Backoff" for s in result.suggestions), [s.note.back for s in result.suggestions]


def test_a_frames_number_and_a_date_counted_back_from_today_are_not_hidden():
    made = notes("# Link layer\n\n## Go-Back-N\n\n- The acknowledgement for frame 5 arrives late.\n"
                 "- TCP was specified about 45 years ago, long before gigabit links.\n"
                 "- A sender may have at most 7 frames outstanding with a 3-bit sequence number.\n")
    fronts = [n.front for n in made]
    assert not any("{{c1::5}}" in f or "{{c1::45" in f for f in fronts), fronts
    assert any("{{c1::7" in f for f in fronts), fronts


def test_the_numbers_of_the_example_at_hand_are_not_hidden_in_other_languages_either():
    made = notes("# VHDL\n\n## Verzögerung\n\n- In diesem Beispiel wird das Signal um 20ns verschoben, Pulse unter 5ns fallen weg.\n"
                 "- Ein Takt von 100 MHz dauert 10 ns.\n")
    fronts = [n.front for n in made]
    assert not any("20ns" in f and "{{c" in f for f in fronts), fronts
    assert any("{{c1::10 ns}}" in f or "{{c1::100 MHz}}" in f or "{{c" in f and "Takt" in f for f in fronts), fronts


def test_a_sentence_cut_at_its_colon_before_a_list_is_no_label():
    made = notes("# Databases\n\n## Features\n\n1. **Querying**:\n"
                 "   - PostgreSQL offers several index types: B-tree, hash, GiST, GIN and BRIN.\n"
                 "   - Vacuum: reclaims the space of dead tuples\n")
    fronts = [n.front for n in made]
    assert not any("PostgreSQL offers" in f and not f.startswith("“") for f in fronts), fronts
    assert any("Vacuum" in f for f in fronts), fronts


def test_a_commands_line_keeps_its_path_and_case_and_leaves_out_its_example_run():
    made = notes("# Linux\n\n## System\n\n- /proc/loadavg: Shows the load averages\n- whereis: shows where a program lives\n\n"
                 "## Archives\n\n- bzip2: Compress a file => bzip2 notes.txt\n- xz: Compress harder => `xz -9 notes.txt`\n")
    cards = {n.front: n.back for n in made}
    assert any("/proc/loadavg" in f for f in cards), cards
    assert any(f.endswith("whereis?") for f in cards), cards
    assert any(f.endswith("bzip2?") and b == "Compress a file" for f, b in cards.items()), cards
    assert not any("notes.txt" in b or "notes.txt" in f for f, b in cards.items()), cards


def test_a_field_the_notes_fill_in_for_each_example_rule_gives_no_card():
    rule = "- **Chain:** `{c}`\n- **Interface:** `$WAN_IF`\n- **Target:** `{t}`\n"
    text = ("# Firewall\n\n## SSH in\n\n" + rule.format(c="INPUT", t="ACCEPT") + "\n## Ping out\n\n"
            + rule.format(c="OUTPUT", t="ACCEPT") + "\n## Telnet in\n\n" + rule.format(c="INPUT", t="DROP")
            + "\n## Terms\n\n- **Stateful filter:** a filter that tracks each connection and lets its replies through\n")
    made = notes(text)
    assert not any(n.back.startswith(("`INPUT`", "`OUTPUT`", "`$WAN_IF`", "`ACCEPT`", "`DROP`")) for n in made), \
        [(n.front, n.back) for n in made]
    assert any("Stateful filter" in n.front for n in made), [n.front for n in made]


def test_a_headings_advice_is_no_answer_to_it_and_a_call_for_examples_is_no_label():
    from srs.extract import extract

    text = ("# Backups\n\nWhen planning backups, it is good practice to start from the recovery objective and work back.\n\n"
            "## Snapshots\n\nA snapshot is a point-in-time copy of a volume.\n\n## 扩展性\n\n"
            "举几个例子：假设接口需要加一个新参数，旧的客户端不能受影响。\n")
    result = extract(text)
    cards = [(n.front, n.back) for n in result.notes]
    assert not any("good practice" in b for _f, b in cards), cards
    assert not any(f.startswith("举几个例子") for f, _b in cards), cards
    assert any("point-in-time copy" in b for _f, b in cards), cards


def test_an_answer_that_only_spells_out_a_code_name_is_trivial():
    made = notes("# Driver\n\n## Return\n\n- `matchedIds`: Array of `_id` values of matched documents.\n"
                 "- `upsertedId`: set only when an update inserted a new document instead\n\n## Lifecycle conditions\n\n"
                 "- isArchived: whether the object version is archived\n- age: days since the object was created\n")
    fronts = [n.front for n in made]
    assert not any("matchedIds" in f or "isArchived" in f for f in fronts), fronts
    assert any("upsertedId" in f for f in fronts) and any(f.endswith("Age?") for f in fronts), fronts


def test_a_title_named_twice_a_we_clause_and_two_bold_labels_on_one_line():
    made = notes("# Caches\n\n## Engines\n\n**Varnish**\n* widely used, multi-threaded, no persistence\n\n"
                 "## Rules\n\nKönnen wir Regeln finden der Form: wer Brot kauft, kauft auch Butter.\n\n"
                 "## Modelling\n\n- **Aggregation :** Part Of & **Composition :** Owns Part\n")
    fronts = [n.front for n in made]
    assert "Varnish?" in fronts and not any(f.startswith("Varnish: Varnish") for f in fronts), fronts
    assert not any(f.startswith("Können wir") for f in fronts), fronts
    assert not any("Aggregation" in f for f in fronts), fronts


def test_letters_that_stop_short_of_the_names_last_word_make_no_acronym_card():
    made = notes("# Trees\n\n## Rotations\n\n- Down Up Swap (DU)\n- Swap the child down, then the node up\n"
                 "- Write-Ahead Log (WAL): changes are logged before the pages are written\n")
    cards = {n.front: n.back for n in made if n.rule == "acronym"}
    assert "What does DU stand for?" not in cards, cards
    assert cards.get("What does WAL stand for?") == "Write-Ahead Log", cards


def test_a_connective_that_carries_on_the_sentence_before_is_no_part_of_the_term():
    from srs.extract import extract

    text = ("# OSPF\n\n## Fase 2\n\nPero vean que en este tipo de topologías el intercambio de las bases de datos cambia, "
            "ya no sucede entre cada par de vecinos sino con un solo router.\n\nLos routers eligen un router designado en "
            "cada segmento, y los otros routers solo hablan con él para ahorrar mensajes.\n\nEntonces el *BDR* es el único "
            "que puede reemplazar al DR, los demás routers solo lo escuchan y esperan su turno.\n")
    fronts = [n.front for n in extract(text).notes]
    assert not any("Entonces" in f for f in fronts), fronts
    assert "¿Qué es el BDR?" in fronts, fronts


def test_one_examples_output_and_a_remark_label_make_no_card():
    made = notes("# Trees\n\n## Traversals\n\n- Preorder Traversal : 7 3 9 1 4\n"
                 "- Preorder visits the root before its subtrees: root, left, right\n\n"
                 "## Laufzeit\n\n- Anmerkung: Die Kosten hängen von der Länge beider Wörter ab.\n"
                 "- Zeitkomplexität: O(n·m) für zwei Wörter der Längen n und m\n")
    cards = [(n.front, n.back) for n in made]
    assert not any(b.startswith("7 3 9") for _f, b in cards), cards
    assert not any(f.startswith("Anmerkung") or f.endswith("Anmerkung?") for f, _b in cards), cards
    assert any("O(n·m)" in b for _f, b in cards), cards


def test_a_gain_claimed_as_a_label_is_a_suggestion_unless_the_front_asks_for_benefits():
    from srs.extract import extract

    text = ("# ML platform\n\n## Model registry\n\n- Improved reproducibility: every model version keeps its training data hash\n"
            "- Lineage: the chain from dataset to deployed model\n\n## Benefits of a registry\n\n"
            "- Reduced drift: stale models are flagged when their inputs change\n")
    result = extract(text)
    fronts = [n.front for n in result.notes]
    assert not any("Improved reproducibility" in f for f in fronts), fronts
    assert any("Lineage" in f for f in fronts), fronts
    assert any("Improved reproducibility" in s.note.front for s in result.suggestions), [s.note.front for s in result.suggestions]


def test_a_memo_an_exercises_solution_and_a_sentence_with_use_give_no_card():
    made = notes("# Buffers\n\n## Pool\n\n- MEMO: the pool is shared by every session of the instance\n"
                 "- Replacers use a clock sweep: a buffer with zero usage count is evicted first\n"
                 "- Dirty page: a page changed in memory but not yet written to disk\n\n"
                 "## My solutions to the exercises in week 3\n\n- Pool state: the `free` list and two counters guarded by one lock\n")
    fronts = [n.front for n in made]
    assert not any("MEMO" in f or "Replacers use" in f or "Pool state" in f for f in fronts), fronts
    assert any("Dirty page" in f for f in fronts), fronts


def test_an_items_number_leaves_its_label_and_the_courses_topic_list_gives_no_card():
    made = notes("# Wissensbasierte Systeme\n\n## Themenbereiche des Kurses\n\n"
                 "**1. Regelsysteme:** Wenn-Dann-Regeln und ihre Auswertung\n\n**2. Fallbasiertes Lernen:** Lösungen aus alten Fällen\n\n"
                 "## Formen der Inferenz\n\n**1. Deduktion:** Schließen vom Allgemeinen auf den Einzelfall\n\n"
                 "**2. Induktion:** Schließen vom Einzelfall auf eine allgemeine Regel\n")
    fronts = [n.front for n in made]
    assert not any(f[:1].isdigit() for f in fronts), fronts
    assert not any("Regelsysteme" in f or "Fallbasiertes" in f for f in fronts), fronts
    assert any(f.endswith("Deduktion?") for f in fronts), fronts


def test_a_paragraph_that_names_another_term_a_doubt_mark_and_a_back_reference_are_no_answers():
    made = notes("# Netwerken\n\n## Transport\n\nEen pakket van de transportlaag noemen we een **segment**.\n\n"
                 "## DNS\n\n- Root-servers: weten waar de servers van elk topdomein staan (?)\n"
                 "- Resolver: de server die namen opzoekt namens de client en de antwoorden bewaart in een cache\n\n"
                 "## Cursors\n\nSome programs must walk a result row by row. **Iterators** are objects that provide that "
                 "mechanism.\n")
    cards = [(n.front, n.back) for n in made]
    assert not any(f == "Transport?" for f, _b in cards), cards
    assert not any("(?)" in b for _f, b in cards), cards
    assert not any("that mechanism" in b for _f, b in cards), cards
    assert any(f.endswith("Resolver?") for f, _b in cards), cards


def test_a_timelines_significance_is_asked_of_its_event_not_of_its_year():
    made = notes("# Kafka\n\n## History\n\n| Year | Event | Significance |\n|---|---|---|\n"
                 "| **2011** | **Open-sourced by LinkedIn** | The log became a public project under the Apache incubator |\n"
                 "| **2017** | **Kafka 1.0** | Exactly-once semantics were declared ready for production |\n"
                 "| **2022** | **KRaft ready** | ZooKeeper no longer needed for new clusters |\n")
    fronts = [n.front for n in made]
    assert not any(f.startswith("2017 — significance") for f in fronts), fronts
    assert any(f.startswith("Kafka 1.0, 2017") and "significance" in f for f in fronts), fronts


def test_a_name_column_over_true_and_false_keys_them_as_written():
    made = notes("# Types\n\n## Logic as types\n\n| Logic Name | Type Name |\n|---|---|\n| True | Unit type |\n"
                 "| False | Empty type |\n| And | Product type |\n| Or | Sum type |\n")
    fronts = [n.front for n in made]
    assert any(f.startswith("True — ") for f in fronts), fronts
    assert not any(f.startswith("Logic Name True") for f in fronts), fronts
