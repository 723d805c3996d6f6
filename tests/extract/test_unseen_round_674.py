"""Patterns found by grading cards from documents the extractor had never seen (session 40, rounds 674 and later;
test_unseen_round_644.py holds the ones before). Each test states the general shape in made-up notes or in a few lines
shaped like the graded document's."""

from tests.extract.extract_helpers import notes


def test_a_line_under_exam_tips_is_no_definition():
    """Round 674: "- Secrets Manager charges per secret/month – Use Parameter Store (free) for non-sensitive configs"
    under "#### Exam Tips" made "What is Secrets Manager charges per secret/month?": a tip, cut at its dash."""
    text = ("# AWS\n\n## Secrets Manager\n\nStores secrets and rotates them for you.\n\n#### Exam Tips\n\n"
            "- Secrets Manager charges per secret/month – Use Parameter Store (free) for non-sensitive configs\n"
            "- Key Policies override IAM policies – Use `kms:ViaService` to restrict usage to specific services\n")
    assert not any(n.rule == "definition" for n in notes(text)), notes(text)


def test_a_bold_term_and_its_italic_gloss_are_a_label_and_its_value():
    """Round 670: "- **Internal attack** _Attacker is an imposter_" made "What is Internal attack Attacker?" / "An
    imposter": the italic gloss after the bold term was read as the same sentence."""
    text = ("# Security\n\n## Attacks\n\nThere's another way of separating attacks into two categories;\n\n"
            "- **Internal attack** _Attacker is an imposter_\n- **External attack** _Attacker is not from the company_\n")
    assert not any("Internal attack Attacker" in n.front for n in notes(text)), notes(text)


def test_a_table_of_sample_records_makes_no_cards():
    """Round 675: the sample relation of a database course ("| Name | Age | Marks | Subject |", "| Shaun | 26 | 92 |
    Maths |") made "Shaun — subject?" / "Maths": one worked example's rows, true of nobody."""
    text = ("# DBMS\n\n## Domain Relational Calculus\n\nA domain variable ranges over the values of one attribute.\n\n"
            "| Name | Age | Marks | Subject |\n| --- | --- | --- | --- |\n| David | 23 | 78 | Maths |\n"
            "| Mathew | 29 | 54 | English |\n| Shaun | 26 | 92 | Maths |\n\n"
            "| Protocol | Port |\n| --- | --- |\n| SSH | 22 |\n| HTTPS | 443 |\n")
    made = notes(text)
    assert not any(n.rule == "table" and "Shaun" in n.front for n in made), made
    assert any(n.rule == "table" and "SSH" in n.front for n in made), made


def test_a_generic_list_title_is_asked_with_what_it_belongs_to():
    """Round 667 and 675: items under "*Funktionsweise*:" ("how it works") or "### Informações adicionais"
    ("additional information") made "Funktionsweise: Zugriff?", "Informações adicionais: Kind?": of what?"""
    text = ("# IT-Sicherheit\n\n## Zugriffskontrolle im Netzwerk\n\n### Kerberos\n\n"
            "Kerberos ist ein zentraler Dienst für die Zugriffskontrolle. Es arbeitet mit Tickets.\n\n"
            "- *Funktionsweise*:\n"
            "    - *Service Ticket*: Der Benutzer sendet das TGT an den Ticket-Granting Server im KDC.\n"
            "    - *Zugriff*: Mit dem Service Ticket kann der Benutzer auf den gewünschten Dienst zugreifen.\n")
    made = notes(text)
    assert not any(n.front.startswith("Funktionsweise") for n in made), made
    assert any(n.front.startswith("Kerberos") and "Zugriff" in n.front for n in made), made


def test_a_caption_under_a_block_in_a_list_item_is_not_the_next_blocks_task():
    """Round 676: in "- launch `msfconsole`" the notes put each block first and say what it does after it, so
    "check database status" (under ```db_status```) made "Command to check database status?" / ```workspace```."""
    text = ("# Metasploit\n\n## Database\n\n- launch `msfconsole`\n  \n ```bash\n  db_status\n  ```\n\n"
            "  check database status\n\n ```bash\n  workspace\n  ```\n\n  list available workspaces\n")
    assert not any(n.rule == "command" and "workspace" in n.back for n in notes(text)), notes(text)


def test_a_command_that_only_opens_a_file_does_no_other_task():
    """Round 676: "Disable skip networking" over "less /etc/mysql/my.cnf" made "Command to disable skip networking?":
    the block opens the file in a pager, the task is done by editing it."""
    text = ("# MySQL\n\n## Troubleshooting\n\nDisable skip networking\n\n```\nless /etc/mysql/my.cnf\n```\n\n"
            "Show the status of the server\n\n```\nsystemctl status mysql\n```\n")
    made = notes(text)
    assert not any(n.rule == "command" and "my.cnf" in n.back for n in made), made
    assert any(n.rule == "command" and "systemctl" in n.back for n in made), made


def test_a_variable_glued_to_korean_keeps_its_case():
    """Round 677: "- pow(a,b): a의 b승" made the back "A의 b승": the parameter a is code, glued to a Korean particle."""
    text = ("# 데이터 형식\n\n## 숫자\n\nMySQL에서 자주 쓰는 숫자 함수들이다. 함수마다 인자가 다르다. 아래에 정리했다.\n\n"
            "- pow(a,b): a의 b승\n- truncate(n,m): n의 m번째 자리까지 나타내기\n- abs(x): x의 절댓값\n")
    backs = [n.back for n in notes(text)]
    assert "a의 b승" in backs and not any(b.startswith(("A의", "N의")) for b in backs), backs


def test_what_was_typed_at_a_login_prompt_makes_no_card():
    """Round 677: "Username: sivaprasadreddy" under "`$ docker login`" made "Username?" / "Sivaprasadreddy": one
    account's name typed at a prompt, not a fact."""
    text = ("# Docker\n\n## Push image to DockerHub\n\n`$ docker images -a`\n\n`$ docker login`\n\n"
            "Username: sivaprasadreddy\n\nPassword: my_password\n\nDefault port: 2375\n")
    made = notes(text)
    assert not any("sivaprasadreddy" in n.back.lower() or "my_password" in n.back for n in made), made


def test_a_two_verb_task_over_one_command_makes_no_card():
    """Round 677: "List and delete any VPN gateways attached to the VPC:" over one describe-vpn-gateways made
    "Command to list and delete any VPN gateways …?": the block lists them and deletes nothing."""
    text = ("# EKS\n\n## Delete VPN Gateways\n\nList and delete any VPN gateways attached to the VPC:\n\n"
            "```bash\naws ec2 describe-vpn-gateways --filters Name=attachment.vpc-id,Values=vpc-1\n```\n\n"
            "Detach and delete the VPN gateway:\n\n```bash\naws ec2 detach-vpn-gateway --vpn-gateway-id vgw-1 --vpc-id vpc-1\n"
            "aws ec2 delete-vpn-gateway --vpn-gateway-id vgw-1\n```\n")
    fronts = [n.front for n in notes(text) if n.rule == "command"]
    assert not any("list and delete" in f for f in fronts) and any("detach and delete" in f for f in fronts), fronts


def test_an_emoticon_is_no_text_on_a_card():
    """Round 677: "Go has pointers :o A pointer holds the memory address of a value." kept the ":o" in its back."""
    text = ("# Go\n\n## Pointers\n\nGo has pointers :o A pointer holds the memory address of a value.\n\n"
            "## Slices\n\nA slice is a view into an array :) and it has a length and a capacity.\n")
    made = notes(text)
    assert made and not any(":o" in n.back or ":)" in n.back for n in made), made


def test_a_stressed_word_whose_stem_stands_in_the_sentence_is_no_cloze():
    """Round 678: "Another approach is **segmentation**, or a **segment-based memory approach**." made the cloze
    "Another approach is [...], or a segment-based memory approach": the sentence spells the answer's stem."""
    text = ("# Memory Management\n\n## Goals\n\nPaging is not the only way to decouple the virtual and physical "
            "memories. Another approach is **segmentation**, or a **segment-based memory approach**. The **page table** "
            "maps each virtual page to a frame in physical memory.\n")
    made = [n for n in notes(text) if n.rule == "emphasis-cloze"]
    assert not any("segmentation" in n.front for n in made), made


def test_a_function_whose_gloss_says_its_name_again_is_trivial():
    """Round 679: "<b>max():</b> It returns the maximum value from the given values." made "max()?" / "It returns the
    maximum value …": the name says it. "lookup()", whose gloss tells what the name does not, keeps its card."""
    text = ("# Terraform functions\n\nTerraform has many built-in functions. Each one takes arguments and returns a "
            "value. Here are the common ones.\n\n"
            "- **max():** It returns the maximum value from the given values.\n"
            "- **keys():** It returns list of the keys from the map or object.\n"
            "- **abspath():** It returns the absolute path of the given file.\n"
            "- **lookup():** It gives the value of the given key, or the default when the key does not exist.\n")
    fronts = [n.front for n in notes(text)]
    assert not any(name in f for f in fronts for name in ("max()", "keys()", "abspath()")), fronts
    assert any("lookup()" in f for f in fronts), fronts


def test_a_sub_item_that_repeats_its_items_name_with_a_value_is_an_example():
    """Round 679: "* animation-delay - define o atraso para o início da animação" over "* animation-delay: 0.5s"
    made "Animações: Animation-delay?" / "0.5s": the value of one example, not what the property does."""
    text = ("# CSS\n\n## Animações\n\nAs animações mudam o estilo de um elemento ao longo do tempo. Cada propriedade "
            "controla uma parte da animação. Veja as principais.\n\n"
            "* animation-duration - define o tempo para concluir a animação\n    * animation-duration: 1s\n"
            "* animation-delay - define o atraso para o início da animação\n    * animation-delay: 0.5s\n")
    assert not any(n.back.strip() in ("1s", "0.5s") for n in notes(text)), notes(text)


def test_a_verb_and_its_objects_are_no_set():
    """Round 679: "* Valores e Unidades: permitem especificar comprimentos, tamanhos e cores em propriedades" made
    "Valores e unidades (3)?" / "permitem especificar comprimentos", "tamanhos", "cores em propriedades"."""
    text = ("# CSS\n\n### Conceitos Importantes:\n"
            "* Valores e Unidades: permitem especificar comprimentos, tamanhos e cores em propriedades\n"
            "* Tipos de Elementos: Como os elementos são dispostos no fluxo do documento HTML\n")
    assert not any(n.rule == "enumeration" for n in notes(text)), notes(text)


def test_a_qualified_example_word_is_no_term():
    """Round 679: "The simplest example is the addition of two numbers:" made "What is the simplest example?"."""
    text = ("# JavaScript\n\n## Expressions\n\nAny unit of code that can be evaluated to a value is an expression. "
            "Expressions always result in a single value. The simplest example is the addition of two numbers.\n")
    assert not any("example" in n.front.lower() for n in notes(text)), notes(text)


def test_a_function_word_is_no_term():
    """Round 679: "to 指的是本次复制数据的目标区" (of the survivor spaces from and to) made "什么是to？"."""
    text = ("# JVM\n\n## 内存模型\n\n新生代分为 Eden 区和两个 Survivor 区。复制算法在两个 Survivor 区之间复制存活对象。\n\n"
            "to 指的是本次复制数据的目标区。\n\nAS is a group of routers under one administrative authority.\n")
    fronts = [n.front for n in notes(text)]
    assert not any("什么是to" in f or "What is to?" in f for f in fronts), fronts


def test_a_header_without_its_corner_cell_keeps_each_value_under_its_column():
    """Round 681: "|標準|低頻度アクセス|Glacier|" over "|最初の50TB/月|$0.025/GB|$0.019/GB|$0.005/GB|" (no corner cell)
    made "最初の50TB/月 — 低頻度アクセス？" / "$0.025/GB", the standard price: every value one column off."""
    text = ("# S3\n\n## S3料金\n\nストレージクラスごとの料金。\n\n|標準|低頻度アクセス|Glacier|\n|---|---|---|\n"
            "|最初の50TB/月|$0.025/GB|$0.019/GB|$0.005/GB|\n|次の450TB/月|$0.024/GB|$0.019/GB|$0.005/GB|\n")
    pairs = {(n.front, n.back) for n in notes(text) if n.rule == "table"}
    assert any("低頻度アクセス" in f and b == "$0.019/GB" for f, b in pairs), pairs
    assert not any("低頻度アクセス" in f and b.startswith("$0.02") for f, b in pairs), pairs


def test_an_expansion_never_ends_on_a_linking_word():
    """Round 681: "AK (Attestation Key in TPM 2.0)" made "What does AK stand for?" / "Attestation Key in"."""
    text = ("# TPM\n\n## Keys\n\nThe TPM holds several keys. Each has its own role. They never leave the chip.\n\n"
            "- AK (Attestation Key in TPM 2.0) signs quotes.\n- EK (Endorsement Key) identifies the TPM.\n")
    backs = [n.back for n in notes(text) if n.rule == "acronym"]
    assert "Endorsement Key" in backs and not any(b.endswith(" in") for b in backs), backs


def test_toml_front_matter_with_an_array_over_several_lines_is_front_matter():
    """Round 680: a Hugo header with 'tags = [' / '    "Scalability"' / ']' was read as notes: "What is ] categories?"."""
    text = ('+++\nauthor = "W"\ntitle = "Scalability"\ntags = [\n    "Scalability"\n]\ncategories = [\n'
            '    "Computer Science"\n]\nmath = true\n+++\n\n# Scalability\n\n## Vertical scaling\n\n'
            "Vertical scaling is adding more resources to one machine.\n")
    made = notes(text)
    assert made and not any("categories" in n.front or '"' in n.back for n in made), made


def test_a_difference_label_with_its_adjective_after_asks_nothing():
    """Round 678: "> Diferença essencial: Router e switch" made "Diferença essencial?" / "Router e switch": the label
    names what is compared, not the difference."""
    text = ("# Redes\n\n## Na prática\n\nA mensagem tem agora os vários cabeçalhos para tratar das diferentes camadas. "
            "Cada camada trata do seu cabeçalho.\n\n> Diferença essencial: Router e switch \\\n"
            "> O router permite passagem de pacotes entre routers \\\n> Swtich: Trata apenas de problemas locais\n")
    assert not any(n.front.startswith("Diferença") for n in notes(text)), notes(text)


def test_a_definition_stops_before_a_contrast_with_a_hyphenated_term():
    """Round 678: "Inheritance is a relationship of implementations while Sub-type is a relationship of interfaces."
    made a back half about subtyping; "Pages are the more popular method for memory management" made "What are
    Pages?" / a comparison with what the card does not show."""
    text = ("# OOP\n\n## Types\n\nInheritance is a relationship of implementations while Sub-type is a relationship of "
            "interfaces.\n\n## Memory\n\nPages are the more popular method for memory management.\n")
    made = notes(text)
    assert not any("Sub-type" in n.back for n in made if "Inheritance" in n.front), made
    assert not any(n.front == "What are Pages?" for n in made), made


def test_a_chinese_naming_front_neither_cuts_a_list_nor_asks_a_shortened_name():
    """Round 682: "其中验证、准备、解析三个部分统称为连接" made "解析三个部分统称为什么？" (cut after the list's last
    "、"), and "操作数栈也常被称为操作栈" made a card whose answer is the front's own term less one character."""
    text = ("# JVM\n\n## 类生命周期\n\n类的生命周期包括加载、验证、准备、解析、初始化。其中验证、准备、解析三个部分统称为连接。\n\n"
            "## 操作数栈\n\n操作数栈也常被称为操作栈，它是一个后入先出栈。\n")
    assert not any(n.rule == "naming" for n in notes(text)), notes(text)


def test_a_colon_joined_literal_keeps_its_case():
    """Round 682: "- Wild cards : arn:aws:ec2:123456:instances/*" gave the back "Arn:aws:ec2:123456:instances/*"."""
    from srs.extract.text import capitalize
    assert capitalize("arn:aws:ec2:123456:instances/*") == "arn:aws:ec2:123456:instances/*"
    assert capitalize("type:jwt and algo") == "type:jwt and algo"
    assert capitalize("stores keys: one per user") == "Stores keys: one per user"


def test_one_trait_under_a_name_is_no_gloss():
    """Round 682: "- FARM" over its one sub-item "Optimized for one data center" made "FARM?" / that one trait."""
    text = ("# Distributed systems\n\n### Optimistic Concurrency Control\n- FARM \n    - Optimized for one data center\n"
            "- NVRAM\n    - Machine with battery attached\n- Kernel bypassing\n")
    assert not any(n.front.startswith("FARM") for n in notes(text)), notes(text)


def test_an_arrow_that_translates_an_english_name_is_no_rule():
    """Round 684: "CA : Certification Authority ( Root Certificate ) => 인증 기관" made "CA: Certification Authority
    (Root Certificate) → ?" / "인증 기관": the arrow gives the name in Korean, no consequence."""
    text = ("# HTTPS\n\n## SSL의 필요지식\n\n서버에서 뿌린 공개키가 정품인지 확인해야 한다. 그래서 인증서를 사용한다. "
            "인증서는 믿을 수 있는 기관이 발급한다.\n\n- CA : Certification Authority ( Root Certificate ) => 인증 기관\n"
            "- 클라이언트에 내장된 CA의 공개키를 이용 => 인증서 복호화\n")
    assert not any(n.back == "인증 기관" for n in notes(text)), notes(text)


def test_a_line_that_restates_the_one_above_is_no_answer():
    """Round 684: "- 서버의 공개키 => 임시키 암호화" over "- 즉 서버의 개인키로만 암호를 풀수 있음" made "서버의 공개키?" /
    "즉 서버의 개인키로만 …": "즉" (that is) says the line above again; the fact itself is not on the card."""
    text = ("# HTTPS\n\n## Handshake\n\n클라이언트는 임시키를 만든다. 그리고 서버에 보낸다. 서버만 풀 수 있다.\n\n"
            "- Revoca: Generale o selettiva: Cioè valere per tutti gli utenti o solo per un gruppo\n"
            "- 서버의 공개키: 즉 서버의 개인키로만 암호를 풀수 있음\n")
    assert not any(n.back.startswith(("즉", "Cioè")) for n in notes(text)), notes(text)


def test_use_and_its_objects_are_no_set():
    """Round 684: "**Change with representations (Verbs in HTTP)** - use verbs, headers, and body." made "…: which 3?"
    / "use verbs", "headers", "body": one verb's objects, not three members."""
    text = ("# REST\n\n## Constraints\n\nREST has a few constraints. Each one shapes the API. They are below.\n\n"
            "- **Change with representations (Verbs in HTTP)** - use verbs, headers, and body.\n"
            "- **Stateless** - no client context is stored on the server between requests.\n")
    assert not any(n.rule == "enumeration" for n in notes(text)), notes(text)


def test_a_table_of_example_dot_com_records_makes_no_cards():
    """Round 683: "|A|example.com|100.100.123.1|A|14400|" made "A — value?" / "100.100.123.1": one sample zone's rows."""
    text = ("# DNS\n\n## DNS 레코드\n\n레코드는 Name, Value, Type, TTL 형식으로 구성되어 있다. 종류는 아래와 같다. "
            "Type에 따라 나뉜다.\n\n|레코드|Name|Value|Type|TTL|\n|---|---|---|---|---|\n|A|example.com|100.100.123.1|A|14400|\n"
            "|CNAME|hello.example.com|example.com|CNAME|14400|\n|NS|.com|dns.com|NS|14400|\n")
    assert not any(n.rule == "table" for n in notes(text)), notes(text)


def test_lower_case_labels_with_a_full_width_colon_are_one_a_line():
    """Round 685: "refcount：引用计数" over "lru：对象最后一次被访问的时间…" made "Refcount?" / "引用计数 lru：对象…": two
    labelled lines read as one."""
    text = ("# redis\n\n## 对象\n\nredis 的对象有几个字段。每个字段都有用途。下面是说明。\n\n"
            "refcount：引用计数，为零时释放对象\nlru：对象最后一次被访问的时间，长期未被访问的会优先释放\n")
    assert not any("lru：" in n.back for n in notes(text)), notes(text)


def test_a_todo_placeholder_is_no_label():
    """Round 685: "<TODO>: complete this :)" under a question made "<TODO>?" / "Complete this"."""
    text = ("# Databases\n\n## What is a time series database?\n\nA database designed for time series data. It stores "
            "points in time order. It compresses them well.\n\n- <TODO>: complete this\n- Retention: how long points are kept\n")
    assert not any("TODO" in n.front for n in notes(text)), notes(text)


def test_a_compound_name_spelled_by_its_gloss_is_trivial():
    """Round 685: "entrylen: This field stores the length of the current entry." made "Entrylen?" / that gloss, whose
    words only spell the name; "Pointers: Pointers are variables …" names its term and stays."""
    text = ("# Redis\n\n## ziplist\n\nA ziplist is a compact list. Each entry has a header. The header holds two fields.\n\n"
            "- entrylen: This field stores the length of the current entry.\n"
            "- pointers: Pointers are variables that store another variable's memory address.\n")
    fronts = [n.front for n in notes(text)]
    assert not any("Entrylen" in f for f in fronts) and any("Pointers" in f for f in fronts), fronts


def test_a_name_field_described_first_names_no_case():
    """Round 687: "+ Set-Cookie: 设置的cookie信息" over "- NAME: 要设置的键值对", "- domain: 指定发送cookie的域名" made
    "要设置的键值对: domain？": the NAME field's description taken for the name of the case the list describes."""
    text = ("# HTTP\n\n## 响应头\n\n+ Set-Cookie: 设置的cookie信息\n  - NAME: 要设置的键值对\n  - expires: cookie过期时间\n"
            "  - domain: 指定发送cookie的域名\n  - Secure: 指定之后只有https下才发送cookie\n")
    assert not any(n.front.startswith("要设置的键值对") for n in notes(text)), notes(text)


def test_remnote_front_back_pairs_are_the_authors_cards():
    """Round 687: notes exported from RemNote write their cards "front↔back" ("Transaction↔est une suite d'opérations
    …"); none was read, and other lines of the list became guesses. A point of the parent item ("Sécurité↔grâce à …")
    or a one-word pair is not a card alone; "Client ↔ Server ↔ Storage" is no card at all."""
    text = ("# BDD\n\n- Chapitre 1\n    - Transaction↔est une suite d'opérations réalisées de manière indivisible\n"
            "    - Entité faible↔C'est un type d'entité qui n'est identifiable qu'à l'aide d'une autre entité.\n"
            "    - Avantages\n        - Sécurité↔grâce à la gestion des droits\n        - Create↔Ajouter\n"
            "    - Flux: Client ↔ Server ↔ Storage\n")
    made = {n.front: n.back for n in notes(text) if n.rule == "explicit-qa"}
    assert made.get("Transaction", "").startswith("est une suite") and "Entité faible" in made, made
    assert not any(f in made for f in ("Sécurité", "Create")) and not any("Client" in f for f in made), made


def test_a_byline_under_the_title_is_no_fact():
    """Round 689: "by Mikito Takada. If you like this notes, you can get the book." under the document's title made
    "Distributed systems for fun and profit?" / that byline."""
    text = ("# Distributed systems for fun and profit\nby Mikito Takada. If you like this notes, you can [get the\n"
            "book](http://book.mixu.net/distsys/).\n\n### Chapter 1\n* Scalability - the ability of a system to handle "
            "a growing amount of work\n")
    assert not any("Takada" in n.back for n in notes(text)), notes(text)


def test_a_this_is_sentence_right_after_a_list_speaks_of_the_whole_list():
    """Round 689: "* Distance between nodes" then "This is were abstractions and models come into play." on the next
    line (a lazy continuation in CommonMark) made "Distance between nodes?" / that sentence."""
    text = ("# Distributed systems\n\n## At a high level\n\nDistributed systems are constrained by\ntwo physical factors\n"
            "* Number of nodes\n* Distance between nodes\nThis is where abstractions and models come into play.\n")
    assert not any("abstractions" in n.back for n in notes(text)), notes(text)


def test_fields_under_a_question_about_this_example_make_no_cards():
    """Round 688: "What does this mean?" under a JWT header's code, over "- alg: tells us that the token was signed using
    the RS256 algorithm.", made "What does this mean — Alg?": the fields of one example token."""
    text = ("# JWT\n\n## JWT header\n\n```json\n{\"alg\": \"RS256\", \"kid\": \"ZweIFRR4l1dJlVPHOoZqf\"}\n```\n"
            "What does this mean?\n- alg: tells us that the token was signed using the RS256 algorithm.\n"
            "- kid: tell us that the key used to sign the token has the ID ZweIFRR4l1dJlVPHOoZqf.\n")
    assert not any("this mean" in n.front for n in notes(text)), notes(text)


def test_an_arrow_glued_word_keeps_its_case():
    """Round 686: "- relationship: n->m 2 borrow key/ own attribute" gave the back "N->m 2 borrow key …"."""
    from srs.extract.text import capitalize
    assert capitalize("n->m 2 borrow key") == "n->m 2 borrow key"
    assert capitalize("maps keys to values") == "Maps keys to values"


def test_a_back_of_many_items_joined_by_slashes_is_no_single_fact():
    """Round 686: "- DBMS technologies: ER diagrams/normalization/B tree/SQL/query optimization/concurrency control"
    made "DBMS: DBMS technologies?" / all six; a path list ("/etc/passwd, /etc/shadow") is no such set."""
    text = ("# Databases\n\n## DBMS\n\nA DBMS manages data for many users at once. It hides storage details.\n\n"
            "- DBMS technologies: ER diagrams/normalization/B tree/SQL/query optimization/concurrency control\n"
            "- User files: /etc/passwd, /etc/shadow and /etc/group hold the accounts\n")
    made = notes(text)
    assert not any("B tree" in n.back for n in made), made


def test_traits_under_an_item_that_names_its_value_are_no_set():
    """Round 686: "* 核心类 - `…SimpleApplicationEventMulticaster`" over its traits ("设计模式:观察者模式扩展", "执行模式:
    同步/异步", …) made "核心类（4）？" / the traits: the item names its answer, the sub-items describe it."""
    text = ("# Spring Events\n\n## 事件广播器\n\n* 核心类 - `org.springframework.context.event.SimpleApplicationEventMulticaster`\n"
            "  * 设计模式:观察者模式扩展\n  * 执行模式:同步/异步\n  * 异常处理:`ErrorHandler`\n  * 泛型处理:`ResolvableType`\n")
    assert not any(n.rule == "enumeration" for n in notes(text)), notes(text)


def test_a_function_named_by_its_rows_words_is_trivial():
    """Round 691: "| Convert to lower case | lower(col_name) |" made "Convert to lower case — function?" / "lower(…)":
    the row's own words name the function."""
    text = ("# MySQL\n\n## String functions\n\n| Operation | Function |\n| --- | --- |\n"
            "| Convert to lower case | lower(col_name) |\n| absolute | abs(n) |\n| exponentiation | pow(m, n) |\n")
    fronts = [n.front for n in notes(text) if n.rule == "table"]
    assert not any("lower case" in f or "absolute" in f for f in fronts) and any("exponentiation" in f.lower() for f in fronts), fronts


def test_a_path_of_spaced_hyphens_is_no_term_and_gloss():
    """Round 690: "- 루트 - 브랜치 - 리프 노드를 거쳐 시작 지점을 찾고 스캔" (root, branch, leaf: a path) made "루트란?" /
    "브랜치 - 리프 노드를 거쳐 …"."""
    text = ("# 인덱스\n\n## 인덱스 레인지 스캔\n\n검색해야 할 인덱스의 범위가 결정됐을 때 사용하는 방식이다. 범위를 읽는다. "
            "결과를 반환한다.\n\n- 루트 - 브랜치 - 리프 노드를 거쳐 시작 지점을 찾고 스캔\n- 최종 위치에 도착하면 결과 반환\n")
    assert not any(n.front.startswith("루트") for n in notes(text)), notes(text)
