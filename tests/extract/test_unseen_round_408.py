"""Patterns found by grading cards from documents the extractor had never seen (session 29, rounds 408 and later;
test_unseen_round_388.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from tests.extract.extract_helpers import notes


def test_a_label_that_only_flags_a_line_as_critical_asks_nothing():
    text = ("# Réseau\n\n## Le bloc d'adresses\n\n**Point critique** : le bloc choisi ne change plus après la création.\n\n"
            "**Key point**: the block cannot be resized later.\n\n**Punto crítico**: el bloque no cambia.\n\n"
            "**Masque** : la partie réseau de l'adresse, écrite /16 ou /24.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("oint" in f for f in got), got
    assert any(f.startswith("Masque") for f in got), got


def test_an_arrow_that_says_to_inside_a_phrase_is_no_rule():
    text = ("# Networks\n\n## Links\n\n**Site VPN**: Encrypted tunnel office → cloud network. Needs a gateway on each side.\n\n"
            "- **Routing table**: maps destination prefix → next hop\n- Traffic checker tests the path source → target and "
            "finds the blocking rule.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.endswith("→ ?") for f in got), got


def test_the_outcome_of_an_arrow_is_its_first_sentence():
    text = ("# Indexes\n\n## Which index\n\n- Range scans and sorts → B-tree. If the query also sorts, match the index "
            "order to it.\n- Full-text search → GIN on a tsvector. It is the usual index for text.\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("Range scans and sorts → ?") == "B-tree", got
    assert got.get("Full-text search → ?") == "GIN on a tsvector", got


def test_a_line_that_talks_the_reader_into_an_analogy_makes_no_card():
    text = ("# Kubernetes\n\n## Pods\n\nBeleza, pensa assim: um Pod é tipo um **apartamento** dentro de um prédio.\n\n"
            "Imagina que você é o síndico do prédio Kubernetes.\n\nPiensa así: un Pod es como un piso del edificio.\n\n"
            "Um Pod é a menor unidade que o Kubernetes gerencia.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(w in f.lower() for f in got for w in ("pensa", "imagina", "piensa", "síndico")), got
    assert any("Pod" in f for f in got), got


def test_a_label_that_states_a_rule_in_a_few_words_is_no_term():
    text = ("# Exam day\n\n## What passes\n\n- **Full module names required**: write `ansible.builtin.copy`, not `copy`.\n"
            "- **Lint always**: run the syntax check before every play.\n- **Handlers**: tasks that run once at the end "
            "of a play when notified.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("required" in f or "Lint" in f for f in got), got
    assert any("Handlers" in f for f in got), got


def test_inline_math_keeps_a_subscript_or_power_of_several_symbols_together():
    text = ("# Cipher modes\n\n## CBC\n\n- **Decryption**: $M_i = D_K(C_i) \\oplus C_{i - 1}$\n"
            "- **Birthday bound**: about $2^{m/2}$ attempts find a collision of an m-bit hash.\n")
    backs = " ".join(n.back for n in notes(text))
    assert "C_(i - 1)" in backs and "2^(m/2)" in backs, backs
    assert "C_i - 1" not in backs and "2^m/2" not in backs, backs


def test_another_name_before_a_slash_is_no_part_of_an_acronyms_long_form():
    text = ("# Mobile\n\n## Management\n\n- **MDM/Unified Endpoint Management (UEM):** one console that manages phones, "
            "laptops and tablets.\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("What does UEM stand for?") == "Unified Endpoint Management", got


def test_a_big_o_back_under_a_front_that_never_asks_for_a_cost_gets_a_front_that_does():
    text = ("# Data structures\n\n## Queue (FIFO)\n\n- **Enqueue/Dequeue**: O(1)\n- **Use**: breadth-first search\n\n"
            "## Heap\n\n### Time complexity\n\n- **Insert**: O(log n)\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("Queue (FIFO): Enqueue/Dequeue (Big-O)?") == "O(1)", got
    assert any(f.endswith("Insert?") and b == "O(log n)" for f, b in got.items()), got  # the heading says what


def test_a_cjk_caption_on_the_line_above_a_table_names_its_rows():
    text = ("# Java\n\n## 並行処理\n\nBlockingQueueインターフェースの主なメソッド\n||例外をスロー|特殊な値|ブロック|\n"
            "|---|---|---|---|\n|挿入|add(e)|offer(e)|put(e)|\n|削除|remove()|poll()|take()|\n\n"
            "BlockingDequeインターフェースの主なメソッド（先頭の要素）\n||例外をスロー|特殊な値|ブロック|\n|---|---|---|---|\n"
            "|挿入|addFirst(e)|offerFirst(e)|putFirst(e)|\n|検査|getFirst()|peekFirst()|適用外|\n\n"
            "(*)値が小さい方が優先される\n|プロトコル|値|\n|---|---|\n|OSPF|110|\n|RIP|120|\n\n"
            "## Кеширование\n\n| Данные | Кеш | TTL |\n|---|---|---|\n| Статика | CDN | 1 год |\n| Реалтайм | Нет | Н/Д |\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("BlockingQueueインターフェースの主なメソッド: 挿入 — ブロック？") == "put(e)", got
    assert not {"適用外", "Н/Д"} & set(got.values()) and not any("優先" in f for f in got), got  # "not applicable"; a remark
    assert got.get("BlockingDequeインターフェースの主なメソッド（先頭の要素）: 挿入 — ブロック？") == "putFirst(e)", got


def test_a_callout_tag_or_the_word_rule_as_a_label_asks_nothing():
    text = ("# Lambda\n\n## Secrets\n\n> **Exam trap:** never put access keys in the function code; use the role.\n\n"
            "**ルール**: 明示的な拒否 > 明示的な許可 > 暗黙の拒否\n\n**Layers**: zip archives of shared code that functions import.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("trap" in f or "ルール" in f for f in got), got
    assert any("Layers" in f for f in got), got


def test_a_full_stop_inside_a_quotation_ends_no_sentence():
    text = ("# 면접\n\n## 답변 요령\n\n1. **트레이드오프를 설명**하라 — 장단점을 함께 말한다\n"
            "2. **다른 선택지를 언급**하라 — \"X를 골랐지만 Y도 따져 봤다. Y는 비용 때문에 뺐다\"\n")
    backs = [n.back for n in notes(text)]
    assert not any(b.count('"') == 1 for b in backs), backs  # no quotation cut at its inner full stop


def test_a_quotation_mark_with_no_partner_is_left_off_the_back():
    text = ("# Messaging\n\n## Exactly once\n\n> \"An outbox makes publishing reliable.\n>\n> **Together**: outbox plus inbox "
            "gives exactly-once processing end to end.\"\n")
    backs = [n.back for n in notes(text)]
    assert backs and not any(b.count('"') == 1 for b in backs), backs


def test_a_definition_cut_out_of_a_numbered_question_is_dropped():
    text = ("# Replication\n\n## Interview questions\n\n**Q5. What is the oplog, and what role does it play?**\n"
            "The oplog is a capped collection on the primary that records every write in order.\n\n"
            "**Q6. What is failover, and how long does it take?**\nFailover is the automatic election of a new primary "
            "when the old one is lost. It takes a few seconds.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Q5" in f or "Q6" in f for f in got), got


def test_how_long_a_lab_step_waits_is_no_number_to_learn():
    text = ("# Cluster upgrade\n\n## Restore etcd\n\n1. Stop the API server by moving its manifest away.\n"
            "2. Wait for 60 seconds to let the kubelet stop the pod.\n\nThe etcd default client port is 2379.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Wait" in f for f in got), got


def test_questions_under_best_practice_are_no_drills_and_a_named_framework_is_no_answer():
    text = ("# Cloud Framework\n\nThe five pillars:\n\n1. operations\n2. security\n3. reliability\n4. performance\n"
            "5. cost\n\n## Cost\n\n### Best Practice\n\n- how do you govern usage across teams?\n"
            "- how do you use pricing models to reduce cost?\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith("how do you") for f in got), got


def test_a_quoted_block_after_a_q_line_is_its_answer():
    text = ("# Logging\n\n## Storage\n\n**Q: What is the default retention?**\n\n> Thirty days in the hot tier, then a year "
            "in cold storage.\n\nA closing remark.\n")
    got = {n.front: n.back for n in notes(text)}
    assert got.get("What is the default retention?") == "Thirty days in the hot tier, then a year in cold storage.", got


def test_a_course_module_number_as_a_label_asks_nothing():
    text = ("# Identity\n\n## Directory service\n\n**Module 1**: Function and identity types of the directory\n\n"
            "**Module 2**: Authentication capabilities of the directory\n\n**Tenant**: one dedicated instance of the "
            "directory.\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("Module" in f for f in got), got


def test_a_gloss_of_a_few_words_that_says_its_label_again_is_trivial():
    text = ("# Locks\n\n## Debugging\n\n- **Lock leaks** - Check for leaks\n- **Lock contention** - Monitor contention\n"
            "- **Fencing token** - A number that grows with each lease\n- **Redlock** - Locks across Redis nodes\n")
    got = {n.front: n.back for n in notes(text)}
    assert not any("leaks" in f or "contention" in f for f in got), got
    assert any("Redlock" in f for f in got), got  # a name in the gloss says more than the label
