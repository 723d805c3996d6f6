"""Patterns found by grading cards from documents the extractor had never seen (session 39, rounds 644 and later;
test_unseen_round_627.py holds the ones before). Each test states the general shape in made-up notes, never a line of
the graded documents."""

from srs.extract import extract
from tests.extract.extract_helpers import notes


def test_a_label_described_by_a_few_phrases_is_no_set_of_members():
    made = notes("# Docker\n\n## Mounts\n\n1) volumes: managed by Docker, stored under /var/lib/docker\n"
                 "2) bind mounts: any host path, managed by you\n"
                 "3) tmpfs: stored in host memory, good for secrets, gone when the container stops\n\n"
                 "## Drivers\n\n- Network drivers: bridge, host, overlay, macvlan\n")
    fronts = [n.front for n in made]
    assert not any(f.startswith("Which three tmpfs") for f in fronts), fronts
    assert any("tmpfs" in f for f in fronts), fronts
    assert any(f.startswith("Which four network drivers") for f in fronts), fronts


def test_an_answer_that_is_only_a_caveat_is_a_suggestion():
    result = extract("# Certificates\n\n## Ingress certificates\n\n"
                     "1) Provider-managed: note it cannot cover wildcard names\n"
                     "2) Self-managed: you upload the key and certificate and renew them yourself\n")
    fronts = [n.front for n in result.notes]
    assert not any("Provider-managed" in f for f in fronts), fronts
    assert any("Self-managed" in f for f in fronts), fronts
    assert any("Provider-managed" in s.note.front for s in result.suggestions), [s.note.front for s in result.suggestions]


def test_a_definition_cut_at_the_colon_before_its_list_or_figure_is_no_answer():
    made = notes("# Signals\n\n## Basics\n\n- A network is a set of nodes where:\n  - each node has an address\n"
                 "  - links carry frames\n\n## Sampling\n\nThe DAC consists of three steps to rebuild an analog signal:\n\n"
                 "![dac](dac.png)\n\n## Terms\n\n- Quantization: mapping each sample to the nearest of a fixed set of levels\n")
    cards = [(n.front, n.back) for n in made]
    assert not any(b.endswith(" where") for _f, b in cards), cards
    assert not any(b.startswith("Three steps") for _f, b in cards), cards
    assert any("nearest of a fixed set" in b for _f, b in cards), cards


def test_a_bare_step_to_take_is_no_term_but_a_step_under_its_process_and_a_noun_phrase_stay():
    result = extract("# Incident response\n\n## Order of work\n\n**Conduct Tabletop Drills First:** teams rehearse the "
                     "response with a scenario before a real incident.\n\n**Design Patterns:** reusable answers to common "
                     "design problems.\n\n## Response lifecycle\n\n1. Identify Affected Systems: list every host and "
                     "service the alert touches\n")
    fronts = [n.front for n in result.notes]
    assert not any(f.startswith("Conduct Tabletop") for f in fronts), fronts
    assert any("Design Patterns" in f for f in fronts), fronts
    assert any("Identify Affected Systems" in f for f in fronts), fronts


def test_an_example_label_in_traditional_chinese_asks_nothing():
    made = notes("# 資料庫\n\n## 索引\n\n### 點陣圖索引（Bitmap Index）\n\n- 適合低基數欄位，例如性別或狀態。\n"
                 "- 範例：資料倉儲中的維度欄位。\n")
    fronts = [n.front for n in made]
    assert not any("範例" in f for f in fronts), fronts


def test_a_command_that_sets_the_labs_own_values_gives_no_card():
    made = notes("# Router\n\n## Basis\n\n| Omschrijving | Commando |\n| --- | --- |\n| Set the console password | password "
                 "letmein |\n| Give the router an address | ip address 10.1.1.1 255.255.255.0 |\n| Create VLAN 30 | vlan 30 |\n"
                 "| Show the routing table | show ip route |\n| Save the configuration | copy running-config startup-config |\n")
    cards = {n.front: n.back for n in made}
    assert not any(b in ("password letmein", "ip address 10.1.1.1 255.255.255.0", "vlan 30") for b in cards.values()), cards
    assert cards.get("Save the configuration — commando?") == "copy running-config startup-config", cards


def test_a_dutch_or_german_set_needs_a_plural_title():
    text = ("# Testen\n\nDeze samenvatting gaat over het testen van webapplicaties met een framework en de tools die daarbij "
            "horen. Het is niet de bedoeling dat je alles van buiten kent, maar je moet de begrippen wel kunnen uitleggen. "
            "De testen worden uitgevoerd op de server en niet in de browser van de gebruiker.\n\n## Stub\n\n- Nagemaakte klasse\n- Volgt een interface\n- Zeer eenvoudige werking\n\n"
            "## Testsoorten\n\n- Unittest\n- Integratietest\n- Eindtest\n")
    fronts = [n.front for n in notes(text)]
    assert not any(f.startswith("Stub (3)") for f in fronts), fronts
    assert any(f.startswith("Testsoorten (3)") for f in fronts), fronts


def test_a_bold_title_line_stands_apart_from_the_glossary_line_under_it():
    """Round 650: an Obsidian callout ">[!tip] Merke" over "Ressource = …" lines made "Was ist Merke Ressource?": the
    callout's title, a bold line of its own, was read as the first words of the line under it."""
    text = ("# Verteilte Systeme\n\n## Teilen\n\nEin Dienst verwaltet solche Ressourcen und stellt sie anderen Komponenten "
            "zur Verfügung. Das ist der Kern der Sache. Es gibt viele Dienste im Netz.\n\n"
            ">[!tip] Merke\n>Ressource = etwas Begrenztes, das nicht jeder selbst hat.\n"
            ">Dienst = macht diese Ressource für andere nutzbar.\n")
    fronts = [n.front for n in notes(text)]
    assert not any("Merke" in f for f in fronts), fronts
    assert any("Ressource?" in f for f in fronts), fronts


def test_a_bare_number_under_a_label_that_names_no_quantity_is_no_card():
    """Round 651: "**stdin**: 0" made "Stdin?" / "0" (graded bare-number backs were 1 of 7 good); a label that says what
    the number is keeps its card ("TTL: 1")."""
    text = ("# Shell\n\n## I/O\n\nEvery process opens three streams when it starts.\n\n"
            "- **stdin**: 0\n- **stderror**: 2\n- **TTL**: 64\n")
    cards = {n.front: n.back for n in notes(text)}
    assert not any(back in ("0", "2") for back in cards.values()), cards
    assert any("TTL" in front and back == "64" for front, back in cards.items()), cards


def test_slots_of_a_worked_scheduling_timeline_are_no_cards():
    """Round 650: a Round-Robin timeline ("19 - 21 → p2") made "19 - 21 → ?" / "p2": one slot of one example."""
    text = ("# Escalonamento\n\n## Round Robin\n\nO processador é dividido em fatias de tempo iguais. Cada processo "
            "recebe uma fatia por vez. O algoritmo é preemptivo.\n\n- 0 - 4 → p0\n- 4 - 7 → p1\n- 7 - 11 → p2\n"
            "- 11 - 15 → p0\n")
    assert not any(rx_back in ("p0", "p1", "p2") for rx_back in (n.back for n in notes(text))), notes(text)


def test_a_number_inside_a_name_is_no_value():
    """Round 651 regrade: "- 3 Wege Handshake" under "TCP" made "TCP: Wege Handshake?" / "3" ("4 Step Process" too)."""
    text = "# Transport\n\n## TCP\n\n- 3 Wege Handshake\n- 20 Byte Header\n- 99.9% availability\n"
    fronts = [n.front for n in notes(text)]
    assert not any("Wege Handshake" in f for f in fronts), fronts


def test_numbers_under_an_italian_example_heading_are_the_examples_own():
    """Round 654: "##### Esempio" over "La precisione del modello è l'80%." made number clozes on one worked example's
    results: the example words matched "esempi" but not "esempio"."""
    text = ("# Metriche\n\n## Classificazione\n\nLa precisione misura la proporzione di predizioni positive corrette. "
            "Il richiamo misura la sensibilità del modello. Entrambe sono utili.\n\n##### Esempio\n\n"
            "Supponiamo di avere un dataset di 1000 mail da classificare.\n\nLa precisione del modello è l'80%.\n\n"
            "Quindi, l'accuratezza del modello è del 95%.\n")
    assert not any("80%" in n.front or "95%" in n.front for n in notes(text)), notes(text)


def test_an_italian_pronoun_is_no_term():
    """Round 654: "Questo è il problema dell'Overfitting …" made "Che cos'è Questo?"."""
    text = ("# Apprendimento\n\n## Curve\n\n#### Elevata varianza\n\nIl grafico in alto a destra mostra un modello che "
            "soffre di elevata varianza, il che è indicato dalla distanza fra l'accuratezza di addestramento e di convalida.\n"
            "Questo è il problema dell'[[Overfitting]] e le tecniche per risolverlo sono discusse in tale pagina.\n")
    assert not any("Questo" in n.front for n in notes(text)), notes(text)


def test_if_necessary_is_no_condition_to_learn():
    """Round 656: "- Use CI caches if necessary." made "When to use CI caches?" / "If necessary."."""
    text = ("# CI\n\n## Caches\n\nPipelines rebuild everything unless told otherwise.\n\n"
            "- Use CI caches if necessary. You can use a checksum to see if a file has changed.\n"
            "- Use blueprints if necesary (subdomains, url-prefixes)\n")
    assert not any(n.rule == "when-to-use" for n in notes(text)), notes(text)


def test_an_example_word_in_another_language_is_no_term_and_pelican_tags_no_fact():
    """Round 656: "Un esempio è la Mutua Esclusione …" made "Che cos'è esempio?"; a Pelican header's "Tags: …" line
    made "Tags?"."""
    text = ("Title: Design hard disk layout\nDate: 2010-12-03 10:20\nTags: Linux Installation, LPIC1\n\n"
            "# Processi\n\n## Competizione\n\nI processi competono per le risorse condivise della macchina. "
            "Un esempio è la Mutua Esclusione, nel quale due processi usano una risorsa condivisa. "
            "La sincronizzazione regola la competizione tra i processi.\n")
    fronts = [n.front for n in notes(text)]
    assert not any("esempio" in f or f.startswith("Tags") for f in fronts), fronts


def test_a_checklist_question_without_a_question_mark_answers_nothing():
    """Round 653: "`Integration` : can we send message to this email from MS Dynamics" under "CRM" made
    "CRM: `Integration`?" / "Can we send message …": a question the notes ask, typed without its "?"."""
    text = ("# Architecture\n\n## Application categories\n\nEnterprises run several kinds of application.\n\n"
            "- CRM\n  - organizes customer information and history\n"
            "  - `Integration` : can we send message to this email from MS Dynamics\n"
            "- Collaboration\n  - tools for communicating and collaborating\n"
            "  - `Integration`: could I get a teams notification whenever somebody fills out the form\n")
    assert not any(n.back.lower().startswith(("can we", "could i")) for n in notes(text)), notes(text)


def test_the_one_that_is_a_property_not_a_definition():
    """Round 657: "La fase de análisis es la que necesita mucho más tiempo" made "¿Qué es fase de análisis?" / "La que
    necesita mucho más tiempo": which phase takes longest, not what the phase is."""
    text = ("# Ingeniería de requisitos\n\nEl proceso tiene varias fases que se repiten en cada iteración.\n\n"
            "- Descubrir, analizar, documentar y verificar.\n- Aplicar un conjunto de tareas de ingeniería a los requisitos.\n"
            "- La fase de análisis es la que necesita mucho más tiempo.\n")
    assert not any(n.back.lower().startswith("la que") for n in notes(text)), notes(text)


def test_numbers_under_an_abbreviated_example_title_are_the_examples_own():
    """Round 657: "Ej:" over "- Un solicitante de préstamo menor de 18 años …" made a number cloze on one example."""
    text = ("# Requisitos\n\n## Reglas de negocio\n\nLas reglas de negocio afectan los procesos de negocio. No son "
            "requisitos de software en sí mismos. Son el origen de varios requisitos.\n\nEj:\n"
            "- Un solicitante de préstamo menor de 18 años debe tener un padre como co-firmante.\n"
            "- En la historia clínica sólo se permite adicionar registros.\n")
    assert not any("18" in n.front for n in notes(text)), notes(text)


def test_items_under_an_applications_title_are_no_terms_to_define():
    """Round 655: "Zastosowanie:" (applications) over "3. Zdrowie - wykrywanie oddechu …" made "Czym jest Zdrowie?"."""
    text = ("- Tutaj szacuje się stan kanału na podstawie normalnych sygnałów odebranych od klienta jest to zjawisko "
            "wzajemności kanału\n# Standard 802.11bf\n- Zastosowanie:\n\t1. Detekcja bez kontaktowa\n"
            "\t3. Zdrowie - wykrywanie oddechu, tętna lub wykrywanie upadków\n"
            "- Pasmo od 1 GHz do 7.125 GHz oraz pasmo milimetrowe poniżej 45 GHz\n")
    assert not any("Zdrowie" in n.front for n in notes(text)), notes(text)


def test_a_cloze_on_this_question_leans_on_the_line_before():
    """Round 655: "When answering this question, you can use **S.T.A.R. approach**." made a cloze whose question is
    the paragraph before it."""
    text = ("# Interviews\n\n## Behavior\n\nTell me about a time you disagreed with your manager. The interviewer wants "
            "a story with a result.\n\nWhen answering this question, you can use **S.T.A.R. approach**.\n")
    assert not any("this question" in n.front for n in notes(text)), notes(text)


def test_an_index_of_slide_pages_makes_no_cards():
    """Round 659: notes ending with a slide deck's index ("Value Stream mapping : 193") made "Value Stream mapping?" /
    "193" and "[...] lean principles : 197": page numbers, not knowledge."""
    index = ("Agile Project Management : 24\nWaterfall Vs Agile : 34\n\nProject DLC\n  Predictive PDLC : 66\n"
             "  Iterative  : 67\nSpiral Model : 74\nRational Unified Process : 75\n\nAgile Methods\n  scrum : 164\n"
             "  Value Stream mapping : 193\n\n7 lean principles : 197\nKanban : 206\n")
    text = ("# Agile\n\n## Manifesto\n\nAgile teams value individuals and interactions over processes and tools. "
            "They deliver working software often.\n\n## Slides\n\n" + index)
    made = notes(text)
    assert not any(rx_digit in n.back or rx_digit in n.front for n in made for rx_digit in ("193", "197", "75")), made


def test_a_code_list_asks_for_the_names_number():
    """Round 658: "* 11 Time Exceeded" under "ICMP Control Messages" made "ICMP Control Messages: Time Exceeded?" / "11":
    the front never said a number was asked."""
    text = ("# Networking\n\n## ICMP Control Messages\n\n* 0 Echo Reply\n* 3 Destination Unreachable\n* 8 Echo Request\n"
            "* 11 Time Exceeded\n")
    cards = {n.front: n.back for n in notes(text)}
    assert cards.get("ICMP Control Messages: Time Exceeded — which number?") == "11", cards
    assert "ICMP Control Messages: Time Exceeded?" not in cards, cards


def test_an_example_of_something_is_no_definition():
    """Round 658: "Il protocollo ARP è un esempio di messaggio Broadcast." made "Che cos'è protocollo ARP?" / "Un esempio
    di messaggio Broadcast": one instance of a broadcast, not what ARP is."""
    text = ("# Reti\n\n## Broadcast\n\nUn messaggio broadcast è utilizzato per essere ricevuto da tutti i dispositivi della "
            "rete (il router non inoltra il messaggio al di fuori della sottorete).\n"
            "Il protocollo [ARP](./Protocolli#ARP) è un esempio di messaggio [Broadcast](#Broadcast).\n### Multicast\n")
    assert not any(n.back.lower().startswith("un esempio") for n in notes(text)), notes(text)


def test_what_is_x_used_for_is_never_half_reworded():
    """Round 660: "Conditionals are used to execute tasks …" in Spanish notes made "¿Qué es Conditionals used for?":
    half of a Spanish template around an English question; with no Spanish shape for it, there is no card."""
    text = ("# Capítulo 5\n\n## Control de tareas\n\nEn este capítulo se explican los bucles, los condicionales y los "
            "manejadores de Ansible. Los ejemplos usan la versión más reciente del programa. La sintaxis es YAML y "
            "las tareas se ejecutan en orden. Cada tarea llama a un módulo con sus parámetros. Si una tarea falla, el "
            "play se detiene en ese host. Los manejadores se ejecutan al final del play cuando una tarea los notifica. "
            "Los bloques agrupan varias tareas y permiten manejar los errores de todas ellas.\n\n"
            "## Sumario\n\n- Conditionals are used to execute tasks or plays only when certain conditions have been met.\n"
            "- Handlers are special tasks that execute at the end of the play if notified by other tasks.\n")
    fronts = [n.front for n in notes(text)]
    assert not any("used for" in f and not f.startswith("What") for f in fronts), fronts


def test_a_variable_opening_the_answer_keeps_its_case():
    """Round 663: "explicit: y = f(x)" became "Y = f(x)" and "n dimenzióban n+1 pont kell" became "N dimenzióban …":
    capitalising the first letter changed a variable."""
    from srs.extract.text import capitalize
    assert capitalize("y = f(x)") == "y = f(x)"
    assert capitalize("n dimenzióban n+1 pont kell") == "n dimenzióban n+1 pont kell"
    assert capitalize("c is some constant") == "c is some constant"
    assert capitalize("w sieciach z dostępem") == "W sieciach z dostępem"  # a Polish word, not a variable
    assert capitalize("a live system") == "A live system"


def test_a_cloze_never_hides_a_navigation_link():
    """Round 663: an italic footnote over an italic "_[Back to top](#…)_" line made a cloze hiding "Back to top"."""
    text = ("# Tables\n\n## External Table\n\nExternal tables read files that stay in a stage. They are read-only.\n\n"
            "  _** There will be another column named metadata$filename which stores info about file in external table_\n"
            "_[Back to top](#types-of-snowflake-tables)_\n")
    assert not any("Back to top" in n.front or "Back to top" in n.back for n in notes(text)), notes(text)


def test_a_counted_list_title_and_a_storys_later_make_no_number_cloze():
    """Round 662: "3 dimensions of infosec" over its list made "[...] dimensions of infosec" / "3", and "3 years later
    Stoll was flown into Germany to testify." clozed a story's "later" with no point in time to count from."""
    text = ("# Security\n\n## Infosec\n\nSecurity is about protecting information. It has many facets.\n\n"
            "3 dimensions of infosec\n- info characteristics\n- security controls\n- information states\n\n"
            "## The Cuckoo's Egg\n\nA 75 cent accounting error led to a hacker. 3 years later Stoll was flown into "
            "Germany to testify.\n")
    made = [n.front for n in notes(text)]
    assert not any("{{c1::3}} dimensions" in f or "later Stoll" in f for f in made), made


def test_a_quizs_answer_key_is_no_labelled_fact():
    """Round 665: "- Security: online banking" under "### Applications Quiz" made "Applications Quiz: Security?" /
    "Online banking": the question stands in the quiz's prompt, which the card leaves out."""
    text = ("# Architecture styles\n\n## Section Quizzes\n\n### Applications Quiz\n\n_Which quality matters most for "
            "each application?_\n\n- Security: online banking\n- Performance: video games\n- Availability: 911 dispatch\n")
    assert not any("Quiz" in n.front for n in notes(text)), notes(text)


def test_a_remark_under_a_bare_term_is_no_gloss_of_it():
    """Rounds 664 and 665: "* Lookup" over "* usually supported with DNS", "Projektív transformáció" over "Nem
    garantálható …" (not guaranteed) made "Lookup?" / "Usually supported with DNS": a remark about the term, no gloss."""
    text = ("# Microservices\n\n## Service Discovery\n\nServices find each other at run time. Two steps are needed.\n\n"
            "* Register\n  * each instance registers itself on start\n* Lookup\n  * usually supported with DNS\n")
    assert not any(n.front == "Lookup?" for n in notes(text)), notes(text)


def test_a_solution_or_a_warning_label_is_no_term():
    """Round 664: "Notiamo un problema: … / Soluzione: `paste … | column -t`" made "Soluzione?" and "Attezione: carattere
    diverso da byte." made "Attezione?": the problem and the subject stand in the line before."""
    text = ("# Testo\n\n## Paste\n\nIl comando paste unisce i file riga per riga. Fa parte delle coreutils. Si usa con le "
            "colonne.\n\nNotiamo un problema: se una colonna è troppo lunga, rovina l'allineamento.\n"
            "Soluzione: `paste c1.txt c2.txt c3.txt | column -t`\n\nAttezione: carattere diverso da byte. Le codifiche "
            "moderne sono multi-byte.\n")
    assert not any(n.front.startswith(("Soluzione", "Attezione")) or "soluzione?" in n.front.lower()
                   for n in notes(text)), notes(text)


def test_tables_of_a_join_example_are_no_facts():
    """Round 667: the tables of an INNER JOIN example ("| 3 | Mallory |", the query's "will return:" rows) made
    "Mallory — age?" / "NULL" and "Key 3 — name?" / "Mallory": one example's made-up rows."""
    text = ("# SQL\n\n## INNER JOIN\n\nAn `INNER JOIN` returns all records where both sides of the join are present.\n"
            "e.g. with these two tables\n\n| key | name |\n| --- | --- |\n| 1 | Alice |\n| 2 | Bob |\n| 3 | Mallory |\n\n"
            "running this query:\n```sql\nSELECT name, age FROM names INNER JOIN ages ON names.key = ages.key\n```\n"
            "will return:\n\n| person | years |\n| --- | --- |\n| Ann | 25 |\n| Ben | 30 |\n")
    assert not any(n.rule == "table" for n in notes(text)), notes(text)


def test_an_emphasis_cloze_whose_heading_says_the_blank_is_guessable():
    """Round 666: "Because the promise is **still pending**, …" under "### Pending promise" hid what the heading says."""
    text = ("# Promises\n\n## States\n\n### Pending promise\n\nA new promise starts pending. Because the promise is "
            "**still pending**, function in then will never be called.\n")
    assert not any("{{c1::still pending}}" in n.front for n in notes(text)), notes(text)


def test_a_bold_title_over_its_description_heads_the_list_below():
    """Round 666: "**Kerberos**" over "Kerberos ist …" and its "Funktionsweise" steps gave the steps the context
    "… › Funktionsweise", the same as RADIUS's: the bold line titles what follows it."""
    text = ("# IT-Sicherheit\n\n## Zugriffskontrolle\n\n**Kerberos**\nKerberos ist ein zentraler Dienst für die "
            "Zugriffskontrolle. Es arbeitet mit Tickets.\n- *Funktionsweise*:\n"
            "    - *Service Ticket*: Der Benutzer sendet das TGT an den TGS, um ein Service Ticket zu erhalten.\n"
            "    - *Zugriff*: Mit dem Service Ticket kann der Benutzer auf den Dienst zugreifen.\n")
    paths = [n.heading_path for n in notes(text) if "Zugriff?" in n.front or "Service Ticket?" in n.front]
    assert paths and all("Kerberos" in path for path in paths), paths


def test_a_numbered_list_of_attributes_is_a_set_not_a_sequence():
    """Round 668: "**Attributes of Process:** 1. Process ID 2. Program Counter …" made "Attributes of Process: what comes
    after “Program Counter”?": "Process" in the title made it read as steps."""
    text = ("# OS\n\n## Process Control Block\n\n**Attributes of Process:**\n\n1. Process ID\n2. Program Counter\n"
            "3. Process State\n4. Priority\n")
    assert not any("what comes" in n.front for n in notes(text)), notes(text)


def test_a_concept_used_by_something_is_no_definition():
    """Round 668: "Demand paging is a concept used by a virtual machine. …" made "What is Demand paging?" / "A concept used
    by a virtual machine": it fits many terms and says nothing of this one."""
    text = ("# OS\n\n## Memory\n\nDemand paging is a concept used by a virtual machine. A page is loaded only when a "
            "process touches it. Page faults bring the pages in.\n")
    assert not any(n.back.startswith("A concept used") for n in notes(text)), notes(text)


def test_a_subject_verb_clause_is_no_label():
    """Round 669: "- Timeslicing extends the idea: force preemption after a fixed quantum" made "Round Robin Scheduling:
    Timeslicing extends the idea?": a sentence cut at its colon, not a term."""
    text = ("# Scheduling\n\n## Round Robin Scheduling\n\nTasks take turns on the CPU.\n\n"
            "- Timeslicing extends the idea: force preemption after a fixed quantum so runnable tasks interleave.\n"
            "- Quantum: the length of one timeslice.\n")
    assert not any("extends the idea?" in n.front for n in notes(text)), notes(text)


def test_a_table_keyed_by_serial_letters_is_keyed_by_its_name_column():
    """Round 670: "序号 | 列名 | 含义" over "a | PID | 进程 ID" made "a — 列名？" / "PID": the serial letter cues nothing."""
    text = ("# Linux\n\n## top\n\n序号 | 列名 | 含义\n-----|------|------\na | PID | 进程 ID\nb | PPID | 父进程 ID\n"
            "c | PR | 优先级\n")
    fronts = [n.front for n in notes(text)]
    assert fronts and not any(f.startswith(("a —", "b —", "c —")) for f in fronts), fronts


def test_a_proof_label_is_no_question():
    """Round 671: "- pf: \\[By induction\\] …" under "Dijkstra's Algorithm" made "Dijkstra's Algorithm — pf?": the label
    names the kind of statement (a proof), not what is asked."""
    text = ("# Greedy\n\n## Dijkstra's Algorithm\n\nFinds shortest paths from one source in a graph without negative "
            "edges.\n\n- Thm: the distances it settles are shortest.\n- pf: [By induction] on the settled set.\n"
            "- Lemma: every settled node keeps its distance.\n")
    assert not any(n.front.endswith(("pf?", "Thm?", "Lemma?")) for n in notes(text)), notes(text)


def test_a_highlight_in_a_bare_keyword_list_is_no_cloze():
    """Round 672: "- Package, Command / Query, ==UseCase== (전제, 조건, 결과)" made a cloze hiding "UseCase": one keyword of
    a bare list, with nothing to say which is missing."""
    text = ("# Services\n\n## Domain-Driven Design\n\nDDD splits a system by its business domains.\n\n"
            "- Package, Command / Query, ==UseCase== (전제, 조건, 결과)\n- ==Architecture==, Characteristic\n")
    assert not any("{{c1::" in n.front for n in notes(text)), notes(text)


def test_an_exercise_section_named_by_its_number_holds_no_facts():
    """Round 673: "## TD4" › "### EX1" over a closure table made "B — fermeture?" / "BE": one exercise's answers."""
    text = ("# Bases de données\n\n## TD4\n\n### EX1\n\n| attributs | fermeture |\n|---|---|\n| B | BE |\n| C | CE |\n"
            "| D | BDE |\n")
    assert not any("fermeture" in n.front for n in notes(text)), notes(text)


def test_a_chapter_number_is_no_subject_of_a_fact():
    """Round 673: "欠点：O(N^3)…" under "6章 › 6-4 › 6-4-2" made "6章 — 欠点 (Big-O)?": the drawback of what, a chapter?"""
    text = ("# 下巻まとめ\n\n## 6章\n\nカーネル法についての章である。ガウス過程も扱う。回帰と分類に使える。\n\n### 6-4\n\n"
            "#### 6-4-2\n\n- 利点：無限個の基底関数に対応\n- 欠点：O(N^3)の計算量を必要とする\n")
    assert not any(n.front.startswith("6章") for n in notes(text)), notes(text)


def test_a_numbered_bold_question_titles_the_list_under_it():
    """Round 674: "**8. Types of JOINs?**" over "- **INNER** — only matching rows." made "Top questions: INNER?": the
    question's number ("8. ") read as a sentence end, so the section's heading stood in for it."""
    text = ("# DBMS\n\n## Top questions\n\n**8. Types of JOINs?**\n- **INNER** — only matching rows.\n"
            "- **LEFT/RIGHT** — all rows from one side + matches (nulls otherwise).\n- **CROSS** — Cartesian product.\n")
    made = notes(text)
    assert made and not any(n.front.startswith("Top questions") for n in made), made
    assert all("Types of JOINs?" in n.heading_path for n in made), made

