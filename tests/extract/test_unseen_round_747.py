"""Patterns found by grading cards from documents the extractor had never seen (session 45, rounds 747 and later;
test_unseen_round_729.py holds the ones before). Each test states the general shape in made-up notes or in a few lines
shaped like the graded document's."""

from tests.extract.extract_helpers import notes


def test_a_chain_under_a_name_that_says_no_process_is_no_ordered_steps_card():
    """Graded rounds 606-726: every "X: the 3 steps in order?" card whose X names no procedure was bad ("State: closed →
    open → half open", "Subnetmask: CIDR → 23b & 9b → …", "tar: extract tar file → tar -cvf … → …"): the front cannot
    say which steps are asked."""
    text = ("# Resilience\n\n## Circuit breakers\n\n- State: closed (normal) → open (fail fast) → half open\n"
            "- Timeout: 30 seconds before a retry\n\n## Subnets\n\n- Subnetmask: split by CIDR → 23b & 9b → write the mask\n"
            "- Gateway: the first usable address of the subnet\n\n## Encryption\n\n"
            "- To encrypt an unencrypted DB: snapshot → copy encrypted → restore\n- Key store: AWS KMS holds the data keys\n\n"
            "## Delivery\n\n- Deployment pipeline: build → test → release → deploy\n- Artifact store: S3 keeps every build\n")
    cards = {n.front: n.back for n in notes(text)}
    assert not any("State" in f or "Subnetmask" in f for f in cards), cards
    assert not any("closed (normal)" in b or "CIDR" in b for b in cards.values()), cards
    assert any(f.startswith("To encrypt") for f in cards), cards
    assert any(f.startswith("Deployment pipeline") for f in cards), cards


def test_a_course_project_or_a_task_told_to_the_learner_is_no_card():
    """Round 748: a 30-day course outline's "**Project:** You'll build a CI/CD pipeline …" under each "## Day N" made
    "Day 20: AWS ECR: Project?" / the assignment: what the course sets, not knowledge."""
    text = ("# AWS in 30 days\n\n## Day 20: AWS ECR\n\n**ECR:** Amazon's managed registry for container images.\n\n"
            "**Project:** You'll build a CI/CD pipeline that pushes Docker images to ECR.\n\n## Day 21: AWS ECS\n\n"
            "**ECS:** Amazon's managed container orchestrator.\n\n**Hands-on lab:** Deploy two containers behind a load balancer.\n\n"
            "**Scaling:** You will see the service add tasks when CPU load rises.\n")
    cards = {n.front: n.back for n in notes(text)}
    assert not any("Project" in f or "lab" in f.lower() for f in cards), cards
    assert not any("You'll" in b or "You will" in b for b in cards.values()), cards
    assert any("ECR" in f for f in cards), cards


def test_remarks_on_pages_and_chapters_of_a_book_are_no_terms():
    """Round 748: a reading group's notes on a book ("**P156** 第1段落「as[U: Encode]」は「as[U: Encoder]」と思われる。")
    made "P156とは？" / "「as[U: Encoder]」と思われる。", and "第4章とは？" a remark on the chapter's code: errata, not terms."""
    text = ("# Reading notes: Spark in depth\n\n## Chapter 3\n\n- **P27** RDD lineage is the plan of transformations.\n"
            "- **P62** the code here looks different from the rest.\n- **P100** is a typo of DataFrame.\n"
            "- **P156** the second `as[U: Encode]` is meant to be `as[U: Encoder]`.\n\n## Chapter 4\n\n"
            "Chapter 4 is the chapter on Spark SQL and its optimizer.\n\n## Latency\n\n"
            "- **P99:** the latency under which 99% of requests complete\n"
            "- **Catalyst** is the query optimizer of Spark SQL.\n")
    fronts = [n.front for n in notes(text)]
    assert not any(f.startswith(("P27", "P62", "P100", "P156", "What is P", "What is Chapter")) for f in fronts), fronts
    assert any("Catalyst" in f for f in fronts), fronts


def test_a_shell_comment_in_a_list_is_no_heading_for_the_rest_of_the_notes():
    """Round 750: "* # install dkms # will enroll key" among commands was read as a top-level heading, so every later
    card of the notes showed "… › install dkms # will enroll key › Kernel › …" as its context."""
    text = ("# Ubuntu notes\n\n## Kernel\n\n* install the headers first\n* # install dkms # will enroll key\n"
            "* sudo apt install dkms\n\n## Boot\n\n- Grub: the boot loader that Ubuntu installs by default\n"
            "- Initramfs: the early root file system the kernel unpacks at boot\n\n"
            "- # Networking\n  - Netplan: the tool that renders network configuration for networkd\n")
    found = notes(text)
    assert found and all("install dkms" not in " ".join(n.heading_path) for n in found), [n.heading_path for n in found]
    assert all(n.heading_path[0] == "Ubuntu notes" for n in found if "Grub" in n.front), [n.heading_path for n in found]


def test_advantages_and_disadvantages_side_by_side_pair_nothing_in_any_language():
    """Round 749: "| Vantaggi | Svantaggi |" over "| Migliora usabilità … | Non adatto a progetti critici |" made
    "Migliora usabilità e soddisfazione finale — svantaggi?": two lists side by side, each row pairs two strangers."""
    text = ("# Models\n\n## Prototyping\n\n| Vantaggi | Svantaggi |\n|---|---|\n"
            "| Migliora usabilità e soddisfazione finale | Non adatto a progetti critici |\n"
            "| Riduce i rischi di requisiti errati | Costi iniziali più alti |\n| Coinvolge il cliente | Rischio di scope creep |\n\n"
            "## Ports\n\n| Servizio | Porta |\n|---|---|\n| HTTP | 80 |\n| HTTPS | 443 |\n| SSH | 22 |\n")
    fronts = [n.front for n in notes(text, "table")]
    assert not any("svantaggi" in f.lower() for f in fronts), fronts
    assert any("HTTPS" in f for f in fronts), fronts


def test_a_basic_principle_heading_and_a_slides_label_ask_nothing():
    """Round 748: "### Principe de base" made "Principe de base?" (the principle of what?), "Transparents : cp
    ~prof/BD/*pdf" made "Transparents?" (where the slides are), and "ext2/3/4: e2label" answered "E2label"."""
    text = ("# Cours BDD\n\nTransparents : `cp ~prof/BD/2019/*pdf`\n\n## Le modèle entités-associations\n\n"
            "### Principe de base\n\nUne manière d'obtenir un modèle relationnel, une forme intermédiaire.\n\n"
            "### Cardinalité\n\nLa cardinalité est le nombre de lignes d'une relation.\n\n## Partition label\n\n"
            "- FAT32: fatlabel\n- ext2/3/4: e2label\n- NTFS: ntfslabel\n")
    cards = {n.front: n.back for n in notes(text)}
    assert not any(f.startswith(("Principe de base", "Transparents")) for f in cards), cards
    assert "E2label" not in cards.values(), cards
    assert any("cardinalité" in f.lower() for f in cards), cards


def test_highlights_across_a_long_quote_and_a_status_class_range_make_no_cards():
    """Round 747: a Logseq "#+BEGIN_QUOTE" block with five "==highlights==" made five clozes, each the whole quote with
    its markers, and "| 3** | 300~399 | 重定向 |" made "3** — 区间？" / "300~399": the key already says the range."""
    quote = " ".join(["A foundation of self-service APIs, tools, services, ==knowledge and support== arranged as a product."] * 4)
    text = (f"# Platform\n\n## Intro\n\n- #+BEGIN_QUOTE\n  {quote} Teams use it to ==deliver features faster==.\n"
            "  #+END_QUOTE\n\n## Cache\n\nA cache hit rate of ==95%== is typical for read-heavy services.\n\n"
            "## HTTP\n\n| 类别 | 区间 | 分类描述 |\n|---|---|---|\n| 2** | 200~299 | 成功 |\n| 3** | 300~399 | 重定向 |\n"
            "| 4** | 400~499 | 客户端错误 |\n")
    found = notes(text)
    assert not any("knowledge and support" in n.front or "BEGIN_QUOTE" in n.front for n in found), [n.front for n in found]
    assert not any("区间" in n.front for n in found), [n.front for n in found]
    assert any("重定向" == n.back for n in found), [(n.front, n.back) for n in found]


def test_a_wiki_link_to_a_note_in_another_folder_shows_the_notes_name():
    """Round 751: "- [[../../../_inforage/Patterns/Data/CQRS]]: Разделение операций чтения и записи …" made the front
    "/_inforage/Patterns/Data/CQRS?"; Obsidian shows such a link by the note's name, "CQRS"."""
    text = ("# Паттерны\n\n## Данные\n\n- [[../../../_inforage/Patterns/Data/CQRS]]: Разделение операций чтения и записи "
            "на отдельные модели\n- [[../../../_inforage/Patterns/Data/Event Sourcing.md]]: Хранение событий изменения данных "
            "вместо текущего состояния\n")
    fronts = [n.front for n in notes(text)]
    assert fronts and not any("/" in f for f in fronts), fronts
    assert any(f.startswith(("CQRS", "Данные: CQRS")) for f in fronts), fronts


def test_a_caption_between_two_command_blocks_names_the_block_below():
    """Round 752: a git cheat sheet of "caption / ```git …```" pairs with no blank lines made "Which command gets status
    of the git repo?" / `git rm X`: each caption was read as what the block above it does, so every command was wrong."""
    text = ("# Git\n\n## Commands\n\nList all global settings\n```bash\ngit config --list --global\n```\n"
            "Get status of the git repo\n```bash\ngit status -s\n```\nView the list of commits\n```bash\n"
            "git log --graph --oneline\n```\n\n## Archives\n\n```bash\ntar tvf backup.tar\n```\nLists the contents of an archive.\n")
    cards = {n.front: n.back for n in notes(text, "command")}
    assert not any("status" in f and "git status" not in b for f, b in cards.items()), cards
    assert any("status" in f and "git status -s" in b for f, b in cards.items()), cards
    assert any("commits" in f and "git log" in b for f, b in cards.items()), cards
    assert any("contents of an archive" in f and "tar tvf" in b for f, b in cards.items()), cards


def test_an_example_literal_and_a_method_signature_are_no_label_and_value():
    """Rounds 747 and 752: "- 整数数组: productid:[ 1, 2 ]" made "数组类型: 整数数组？" / "Productid:[ 1, 2 ]" (one example
    document's field), and "+ (id) arrayWithObject: (id) anObject;" made "(id) arrayWithObject?" / "(id) anObject"."""
    text = ("# Elasticsearch\n\n## Array types\n\n- Integer array: productid:[ 1, 2 ]\n- String array: [ \"one\", \"two\" ]\n"
            "- Nested type: an array of objects indexed as separate hidden documents\n\n## NSArray\n\nCommon initialisers:\n\n"
            "  + (id) arrayWithObject: (id) anObject;\n  + (id) arrayWithObjects: (id) firstObject, …;\n")
    cards = {n.front: n.back for n in notes(text)}
    assert not any("[" in b or "(id)" in b for b in cards.values()), cards
    assert any("Nested type" in f for f in cards), cards


def test_a_chain_with_no_name_and_no_heading_makes_no_card():
    """Round 750: "js code -> js parser -> Abstract Syntax Tree -> machine code" at the top of course notes made "What is
    the order of the 4 steps, starting from “js code”?": the steps of what, nothing on the card says."""
    text = "js code -> js parser -> Abstract Syntax Tree -> machine code\n\nThe V8 engine compiles JavaScript just in time.\n"
    assert not notes(text, "sequence"), [n.front for n in notes(text)]


def test_a_short_line_that_opens_on_its_number_makes_no_cloze():
    """Graded rounds 601-746: clozes whose hidden number opens a line of eight words or fewer ("[...] requests
    satisfied at origin", "[...] private by default", "[...] entries of min") were 7 of 17 GOOD: what is counted, or
    whose figure it is, stands in the line before. After a label ("Class A: [...] network bits") the label says it."""
    text = ("# Caching\n\n## Web caches\n\nWith a cache in front of the origin:\n\n- 60% requests satisfied at origin\n"
            "- 40% requests served from the cache\n\n## Classful addressing\n\n- Class A: 8 network bits\n"
            "- Class B: 16 network bits\n- Class C: 24 network bits\n")
    fronts = [n.front for n in notes(text, "number-cloze")]
    assert not any("requests" in f for f in fronts), fronts
    assert any(f.startswith("Class B:") for f in fronts), fronts


def test_a_css_rule_after_a_name_is_no_definition():
    """Round 754: "- image inputs — input[type=image]:focus {...}" made "What is image inputs?" / "input[type=image]:focus
    {...}": the selector that styles it, not what it is."""
    text = ("# Accessibility\n\n## Focus styles\n\n- text inputs — input[type=text]:focus {...}\n"
            "- ARIA tabs — [role=tab]:focus {...}\n- focus indicator — a visible outline that shows which element has focus\n")
    cards = {n.front: n.back for n in notes(text, "definition")}
    assert not any("{" in b for b in cards.values()), cards
    assert any("focus indicator" in f for f in cards), cards


def test_a_lead_in_with_by_under_a_books_notes_names_no_author():
    """Round 753: notes on "The Little MongoDB Book" had "Select by ObjectId:" over a query, which made "Who wrote
    *Select*?" / "ObjectId": a lead-in to code, and an identifier, not a title and its author."""
    text = ("# The Little MongoDB Book\n\n## Reading notes\n\nSelect by ObjectId:\n\n```\ndb.unicorns.find({_id: id})\n```\n\n"
            "## Books\n\n- *Designing Data-Intensive Applications* by Martin Kleppmann\n")
    fronts = [n.front for n in notes(text, "book")]
    assert not any("Select" in f for f in fronts), fronts
    assert any("Designing Data-Intensive" in f for f in fronts), fronts


def test_a_chinese_clause_that_ends_on_this_is_no_term():
    """Round 756: "1. 声明这是一个配置类,会被IOC当做一个组件读入" (declares that this is a configuration class) made
    "什么是声明这？": the sentence split at 是 after "这" (this), a pronoun, not a term."""
    text = ("# Spring\n\n## @Configuration\n\n1. 声明这是一个配置类,会被IOC当做一个组件读入\n\n## IOC\n\n"
            "控制反转是一种设计原则,由容器负责创建和装配对象。\n")
    fronts = [n.front for n in notes(text, "definition")]
    assert not any("声明这" in f for f in fronts), fronts
    assert any("控制反转" in f for f in fronts), fronts


def test_a_full_stop_inside_brackets_ends_no_sentence():
    """Round 755: "Ein KA ist ein EA, der um einen Keller (engl. Stack) erweitert wurde." made the back "Ein EA, der um
    einen Keller (engl": the abbreviation's dot inside the brackets was read as the sentence's end (and a label's two
    sentences counted as three, too many for one card)."""
    text = ("# Automaten\n\n## Typen\n\n- **KA**: ein EA, der um einen Keller (engl. Stack) erweitert wurde. Er ist meist "
            "nichtdeterministisch.\n- **TM**: ein Automat mit einem unendlichen Band (engl. tape). Sie kann alles berechnen.\n")
    backs = [n.back for n in notes(text)]
    assert all(b.count("(") == b.count(")") for b in backs), backs
    assert any(b.startswith("Ein EA, der um einen Keller (engl. Stack) erweitert wurde.") for b in backs), backs


def test_a_sentence_saying_when_something_is_a_kind_defines_the_kind():
    """Round 755: under "### Baum", "Ein Graph ist ein Baum, wenn je zwei Ecken … durch genau einen Weg verbunden sind"
    made "Was ist Graph?" / "Ein Baum, wenn …": false as a definition of a graph; it says what a tree is."""
    text = ("# Graphen\n\n## Grundlagen\n\n### Baum\nEin Graph ist ein Baum, wenn je zwei Ecken dieses Graphs durch genau "
            "einen Weg verbunden sind.\n\n### Kante\nEine Kante ist eine Verbindung zwischen zwei Ecken eines Graphen.\n\n"
            "### Grad\nDer Grad einer Ecke ist die Anzahl der Kanten, die an ihr enden.\n")
    cards = {n.front: n.back for n in notes(text, "definition")}
    assert not any(b.startswith("Ein Baum") for b in cards.values()), cards
    assert any("Kante" in f for f in cards), cards


def test_a_sub_item_under_a_key_and_what_it_does_is_no_answer_to_it():
    """Round 755: "-  `r` ⇒ replace one character" over "    - R ⇒ replace until ESC" made "`r` ⇒ replace one
    character?" / "R ⇒ replace until ESC": the front already holds its answer, the back is another key."""
    text = ("# Vim\n\n## Editing\n\n-  `r` ⇒ replace one character\n        - R ⇒ replace until ESC\n"
            "- `J` ⇒ join lines with a space between\n- `u` ⇒ undo\n\n## Visual\n\n- `v`: Insert visual mode\n"
            "- `ctrl+v`: Visual block, so now you can add many cursors\n- `gv`: reselect the last visual selection\n")
    found = notes(text)
    assert not any(n.back.startswith("R ⇒") for n in found), [(n.front, n.back) for n in found]
    assert any("last visual selection" in n.back for n in found), [(n.front, n.back) for n in found]


def test_advice_labels_ask_nothing():
    """Round 758: "Advised: keep amount of id's low." made "Advised?" and "Useful tool: Spritecow." made "Useful tool?":
    the label says a remark is advice, not what it is about."""
    text = ("# CSS\n\n## Selectors\n\nAdvised: keep amount of id's low.\n\nUseful tool: Spritecow.\n\n"
            "Specificity: the weight that decides which of two matching rules wins.\n")
    fronts = [n.front for n in notes(text)]
    assert not any(f.startswith(("Advised", "Useful tool")) for f in fronts), fronts
    assert any("Specificity" in f for f in fronts), fronts
