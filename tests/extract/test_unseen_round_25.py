"""Patterns found by grading cards from documents the extractor had never seen (session 9: holdout rounds 25 and
26, and the bad cards of rounds 20-24 that the code still made).

Each test states the general shape in made-up notes, never a line of the graded documents.
"""

from tests.extract.extract_helpers import notes


def cards(text: str, rule: str | None = None) -> dict[str, str]:
    return {n.front: n.back for n in notes(text, rule)}


def test_a_lead_in_sentence_names_the_set_not_the_heading_in_other_languages():
    text = ("# Container\n\n## Kubernetes\n\nKubernetes ist eine Plattform zur Verwaltung von Containern und Diensten.\n\n"
            "Kubernetes hat eine Reihe von Funktionen. Es kann gesehen werden als:\n\n* eine Containerplattform\n"
            "* eine Microservices-Plattform\n* eine portable Cloud-Plattform\n\n## Iptables\n\n**iptables** ist ein "
            "Werkzeug für Firewall-Regeln.\n\nDamit lassen sich Regeln erstellen auf Basis von:\n\n- Quell-IP\n- Ziel-IP\n- Port\n")
    assert cards(text, "enumeration") == {}


def test_a_lead_in_sentence_names_the_set_when_the_heading_is_one_thing():
    text = ("## Kubernetes\n\nKubernetes has many features. It can be seen as:\n\n"
            "* a container platform\n* a microservices platform\n* a portable cloud platform\n")
    assert cards(text, "enumeration") == {}


def test_a_korean_sentence_over_a_list_names_the_set_not_the_heading():
    text = ("## Replica-레플리카\n레플리카는 같은 데이터를 여러 서버에 두는 구성입니다.\n\n"
            "레플리카 구성을 위한 세 가지 조건\n- 동기화\n- 장애 감지\n- 자동 전환\n")
    assert not any(front.startswith("Replica") for front in cards(text, "enumeration"))


def test_an_english_lead_in_that_qualifies_the_list_keeps_the_heading_out_of_the_front():
    text = ("### Stack frames\n\nA frame keeps track of the data of one call. Consists of:\n\n"
            "1. return address\n2. function arguments\n3. local variables\n")
    assert "Which three stack frames?" not in cards(text, "enumeration")
    text = "## Applications\n\nWhen lookups must be fast...\n\n* Symbol tables\n* Spell checkers\n* Routers\n"
    assert "Which three applications?" not in cards(text, "enumeration")


def test_a_plural_heading_still_names_its_list_under_other_prose_or_a_lead_in_that_repeats_it():
    text = ("## Safety measures\n\nA few patterns stop one failure from spreading.\n\n"
            "- Timeouts\n- Circuit breakers\n- Bulkheads\n")
    assert "Which three safety measures?" in cards(text, "enumeration")
    text = ("## Safety measures\n\nWe use these measures so that one failure does not spread:\n\n"
            "- Timeouts\n- Circuit breakers\n- Bulkheads\n")
    assert "Which three safety measures?" in cards(text, "enumeration")


def test_a_cloze_whose_answer_shares_its_stem_with_a_word_beside_it_is_trivial():
    text = ("## Storage\n\n- Log compaction is when a log (and all of its segments) is **compacted** in the background\n"
            "- A segment is **immutable** once it is closed\n")
    assert list(cards(text)) == ["A segment is {{c1::immutable}} once it is closed"]  # no word beside it gives it away


def test_an_acronym_spelled_out_by_its_plural_heading_is_trivial():
    text = ("# Models\n\n## Decision trees\n\nDecision tree (DT) is a supervised learning classification algorithm.\n\n"
            "DT works by building a tree model.\n")
    assert "What does DT stand for?" not in cards(text)


def test_a_label_cut_before_its_verb_is_a_fragment_in_other_languages():
    text = ("# Redes\n\n## Ferramentas de rede\n\nAs ferramentas de rede ajudam a diagnosticar problemas na rede local.\n\n"
            "A sintaxe básica é: `ping <destino>`\n\nEle consiste em quatro camadas: aplicação, transporte, internet e rede.\n")
    assert not any(front.startswith(("Sintaxe", "A sintaxe", "Ele")) for front in cards(text))


def test_a_worked_example_in_another_language_gives_no_number_card():
    text = ("# Memória\n\n## Tabela de páginas\n\nA tabela de páginas guarda o endereço físico de cada página virtual.\n\n"
            "Se cada entrada da tabela tiver 4 bytes, a tabela ocupa 4 MB.\n")
    assert not any("{{c1::" in front for front in cards(text))


def test_a_bare_theorem_label_is_no_term():
    text = ("## Quadratic probing\n\n**Theorem:** If the table size is prime and the table is at least half empty, "
            "a new element can always be inserted.\n")
    assert "Theorem?" not in cards(text)


def test_an_arrow_from_a_count_or_example_addresses_or_to_a_label_is_no_rule():
    assert cards("## Floats\n\nRust has floating-point numbers.\n\n- Two types → `f32` and `f64`\n", "rule") == {}
    assert cards("## Subnets\n\n> Range: 10.1.1.0 → 10.1.1.300\n", "rule") == {}
    assert cards("## Schemas\n\n- The compiler cannot check a schema at build time → Limitation\n", "rule") == {}
    assert cards("## Alerts\n\n- Error budget burns fast → page the on-call engineer\n", "rule")  # a real rule stays


def test_advice_as_a_heading_is_no_question():
    text = "## Avoid global stores\n\nDon't put all of the state into a single store.\n"
    assert "Avoid global stores?" not in cards(text)


def test_a_place_is_no_term():
    text = "## Proc\n\nInside the process directory is the folder ns, which holds links to the namespaces.\n"
    assert not any(front.startswith("What is Inside") for front in cards(text))


def test_a_cloze_whose_number_stands_elsewhere_in_the_front_is_trivial():
    text = ("## Users\n\n- When you delete a user, the account stays suspended for 30 days. During that 30-day window "
            "the user can be restored.\n")
    assert not any("{{c1::30" in front for front in cards(text))


def test_a_cloze_whose_word_is_the_heading_in_the_singular_is_trivial():
    text = "## Containers\n\n- Namespace: **Namespaces** are a Linux kernel feature that isolates what a process sees\n"
    assert not any("{{c1::Namespaces}}" in front for front in cards(text))


def test_a_chinese_scenario_is_no_term():
    text = ("# 页面置换\n\n## 最佳置换算法\n\n最佳置换算法选择以后永不使用的页面换出。\n\n"
            "考虑一个比较极端的情况：每次被换出的页面都是下一次程序要访问的页面，这样每次访存都会产生一次缺页异常。\n")
    assert not any("考虑" in front for front in cards(text))


def test_true_or_false_is_no_term():
    text = ("# Architecture\n\n## Identifying characteristics\n\nTrue or false: Most architecture characteristics come "
            "from business requirements and user stories.\n\nAnswer: False.\n")
    assert not any("true or false" in front.lower() for front in cards(text))


def test_a_sample_line_in_quotes_or_a_cheer_is_no_answer():
    text = ("## Why this company?\n\n- **Small team:** \"I want to be in a place where I can own a whole feature end to end.\"\n"
            "- **Coaching:** Gotta start somewhere! Even the smallest steps count!\n")
    assert cards(text) == {}
    assert cards("## Crypto terms\n\n- **Nonce**: “Number used once.”\n- **Salt**: random bytes added before hashing\n")


def test_a_russian_clause_is_no_term():
    text = ("# Android\n\n## Фрагменты\n\nФрагмент это часть интерфейса внутри активити.\n\n"
            "Если активити — просто держатель для фрагментов, лучше хранить состояние в самих фрагментах.\n")
    assert not any("Если" in front for front in cards(text))


def test_a_count_over_members_the_line_does_not_name_is_no_number_card():
    for line in ("The interviewer wants to check these 3 topics -", "2 types of SRE teams",
                 "Get a list of 10 interesting questions"):
        assert cards(f"## Interviews\n\n- {line}\n- Raft uses two RPC types for elections\n", "number-cloze") == {}


def test_a_sentence_before_an_acronym_is_not_its_long_form():
    text = "## Fork\n\n* Potomek uzyskuje pozycję w tablicy procesów\n* Proces uzyskuje **identyfikator** (PID)\n"
    assert not any("PID" in front for front in cards(text, "acronym"))
    assert cards("## Crypto\n\nElectronic Codebook (ECB) encrypts each block on its own.\n", "acronym")


def test_a_question_heading_with_a_short_answer_is_that_question():
    assert cards("## 1. What is a process?\nA program in execution, with its own memory.\n") == {
        "What is a process?": "A program in execution, with its own memory."}
    assert cards("## 5. Co to jest proces?\nProgram w trakcie wykonywania, z własną pamięcią.\n<br />\n")


def test_a_bold_question_answered_in_a_quote_is_that_question():
    text = "**What is a closure?**\n\n> A function that keeps access to the variables of the scope it was created in.\n"
    assert cards(text) == {"What is a closure?":
                           "A function that keeps access to the variables of the scope it was created in."}


def test_a_question_word_alone_is_no_heading_question():
    assert "Where?" not in cards("## Client cache\n\n### Where?\n\nInside the user's browser or mobile app.\n")


def test_a_course_goal_list_is_no_set():
    text = "# Data models\n\n**Learning objectives**: normalization, denormalization, fact tables, and star schemas\n"
    assert cards(text) == {}


def test_a_label_that_ends_a_sentence_is_the_line_befores_value():
    text = ("## Mount storage\n\nYou can add custom storage for your app.\n- **Name**: The display name.\n"
            "- **Storage type**: Azure Blobs or Azure Files.\n- **Access key**: For advanced configuration, the access key.\n")
    assert not any(front.startswith("The display name.") for front in cards(text))
    assert cards(text)


def test_a_cloze_hiding_one_after_only_is_trivial():
    text = "## Spin locks\n\n- Only 1 thread acquires the lock and does productive work in its time slice.\n"
    assert not any("{{c1::1}}" in front for front in cards(text))
    assert cards("## Burn rate\n\n- A burn rate of 1 means the budget lasts exactly the whole window.\n")


def test_chinese_what_is_fronts_are_checked_for_placeholder_terms():
    text = ("# 页面置换\n\n前面提到，评价指标是有效存储访问时间。考虑一个比较极端的情况，即每次被换出的页面都是下一次程序要访问的页面，"
            "这样每次访存都会产生一次缺页异常。\n")
    assert not any("考虑" in front for front in cards(text))


def test_a_contents_heading_does_not_make_the_whole_document_meta():
    text = ("# Admin notes\n\nTable of Contents\n=================\n\n* [Tools](#tools)\n* [Storage](#storage)\n\n"
            "## Tools\n\n### Finding files\n\nLocate is a cached search which uses a database to store file names.\n")
    assert "What is Locate?" in cards(text)


def test_an_exam_objective_heading_is_a_task_not_a_question():
    text = "## Configure key-based authentication for SSH\n\nTo generate your key pair use the ssh-keygen utility.\n"
    assert cards(text, "heading-fact") == {}


def test_a_when_to_use_front_on_a_pronoun_asks_nothing():
    text = "## Parameterized tests\n\n- When to use these: when the only difference between tests is a value\n"
    assert not any("these" in front for front in cards(text))


def test_a_cloze_that_opens_at_that_point_leans_on_the_sentence_before():
    text = "## Flags\n\n- At that point, the feature flag is **on**, and any remaining filters are skipped.\n"
    assert cards(text, "emphasis-cloze") == {}


def test_a_numbered_type_is_no_term():
    text = "## Firewall\n\n- Typ 1: Verwendet nur ACLs, um den Datenverkehr zu steuern\n"
    assert "Typ 1?" not in cards(text)


def test_a_back_that_only_gives_an_example_is_no_answer():
    text = ("## Platform settings\n\n- **WebSocket protocol**: For ASP.NET SignalR or socket.io, for example.\n"
            "- **HTTP version**: The protocol version the front end speaks to clients.\n")
    assert list(cards(text)) == ["What is HTTP version?"]
