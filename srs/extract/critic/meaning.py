"""Checks on whether a card holds knowledge: meta sections, the reader addressed, a mangled set, a back that asks."""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, NoteKind, Template, normalize
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.critic.meta_prose import META_PROSE
from srs.extract.critic.words import sides, title_of
from srs.extract.model import Doc, Unit
from srs.extract.text import ANALOGY_WORDS, EXAMPLE_WORDS, EXAMPLE_WORDS_CJK, SUPPOSE, word_count

# Sections about the document or the course, not the subject
_META_SECTION = re.compile(
    r"^(?:prerequisites?|pre-?reads?|what to expect.*|what you will learn|about (?:this|the) (?:course|guide|book|"
    r"document|repo|repository|project|author)|contribut\w*|how to contribute|licen[cs]es?|acknowledge?ments?|"
    r".*\bpublic licen[cs]e\b.*|.*\bterms and conditions\b.*|.*\bterms of (?:use|service)\b.*|"
    r"credits?|changelog|translations?|how to (?:use|read) (?:this|these|the (?:guide|notes|repo\w*|document|book|cheat ?sheet|site|course))\b.*|further reading|references?|resources?|"
    r"see also|related(?: \w+)?|footnotes?|disclaimers?|sponsors?|support(?: us)?|feedback|authors?|"
    r"labs?|hands-on.*|(?:guided\s+|step-by-step\s+)?walk-?through|demo|installation|setup|set up|getting started|.*solutions? to (?:the )?exercises?.*|.*\b(?:des kurses|of the course|del curso|do curso|du cours)|"
    r"(?:boss|final|mini|bonus)\s+(?:challenge|fight|battle|quest|mission)s?|extra credit\b.*|learn to fish\b.*|"
    r"(?:your|my|our) (?:own )?(?:setup|set-up|environment|env|clusters?|lab|machines?|config(?:uration)?)(?: context)?|"
    r"exercises?|ejercicios|exercícios|exercices|übungen|esercizi|упражнения|练习|練習問題|연습 ?문제|"
    r"instala(?:ção|ções|ción|ciones)(?:\s+(?:e|y)\s+configura(?:ção|ções|ción|ciones))?|installation (?:and|und|et) (?:setup|"
    r"configuration|konfiguration)|einrichtung|安装|インストール|설치|table of contents?(?: \(toc\))?|contents|"
    r"(?:the )?exam (?:overview|logistics|format|details|info\w*|registration|structure|policies|rules)(?:\s+(?:and|&)\s+\w+)?|"
    r"question (?:types|formats?)|(?:[\w+#]+\s+)?projects? (?:suggestions|ideas)|(?:practice|side|mini|capstone) projects?|"
    r"(?:learning|additional|further|useful|other|recommended|extra|study|more) (?:resources?|"
    r"materials?|reading|links)|"
    r"(?:course|class) (?:structure|info\w*|overview|organi[sz]ation|logistics|outline|schedule|web\s?page|web\s?site)|"
    r"informa(?:zioni|ción|ções|tions?) (?:sul|del|do|sur le|about the) (?:corso|curso|cours|course)|kursinformationen?|"
    r"目次|目录|参考|参考资料|参考文献|参考文档|扩展阅读|延伸阅读|推荐阅读|相关阅读|(?:要看的|推荐的?|必读)?书单|书籍推荐|推荐书籍|前提条件|関連リンク|貢献|翻訳|谢谢|致谢|"
    r"参考資料|出典|참고|참고 ?자료|참고 ?문헌|참조|출처|레퍼런스|referencias|referências|références|riferimenti|bibliogra(?:f|ph)\w*|"
    r"quellen|literatur|fuentes|fontes|ссылки|литература|источники|"
    r"(?:(?:leituras|lecturas|lectures|lektüre|readings)(?:\s+(?:e|y|et|und|and|&)\s+refer\w+|\s+recomendad[ao]s|"
    r"\s+recommandées)?|\w+\s+(?:e|y|et|und|and|&)\s+(?:referências|references|referencias|références|referenzen))"
    r"\s*(?:\([^()]*\))?\s*$)(?:\b|$)",
    re.IGNORECASE,
)
# A course's own goals ("Learning objectives: Define cryptography …"): what the reader will do, not the subject.
# Whole titles only: "Objectives of a DR plan" is the subject. A label or list title is meta only when it names the
# learner's goals outright (_LEARNING); a heading also when it is a bare "Objectives" or "Agenda" (_META_TITLE).
_COURSE_GOALS = (r"learning (?:objectives?|outcomes?|goals?)|lernziele|objectifs pédagogiques|"
                 r"objetivos de (?:aprendizaje|aprendizagem)|学习目标|学習目標|학습 ?목표|compétences(?:\s+\S+)?\s+visées|"
                 r"(?:target|targeted)\s+skills|skills\s+(?:covered|assessed)|competencias\s+a\s+desarrollar")
_LEARNING = re.compile(rf"^(?:{_COURSE_GOALS})\s*:?$", re.IGNORECASE)
_META_TITLE = re.compile(rf"^(?:{_COURSE_GOALS}|(?:course |exam |module )?objectives?|agenda|syllabus|course outline|"
                         r"objectifs|objetivos|.*\bexam\s+(?:coverage|weights?|weighting|blueprint|domains?)|"
                         r"(?:\w+\s+)?course\s+(?:context|contents?|topics))\s*:?$", re.IGNORECASE)
# ("Important Sections and Exam Coverage" as the last heading: its rows weigh the exam; as a document's second H1
# over everything after it, it is no section of its own)
_CONTENTS = re.compile(r"^(?:table of contents|contents|toc|目次|目录|索引|inhalt|inhaltsverzeichnis|table des matières|"
                       r"sommaire|índice|contenido|conteúdo|sumário|indice|содержание|목차)\s*:?$", re.IGNORECASE)

_FIRST_SECOND_PERSON = re.compile(r"\b(?:we|us|our|ours|ourselves|you|your|yours|yourself|yourselves|i(?!\.e\.|/o\b)|me|my|myself)\b", re.IGNORECASE)  # not "I/O"
# "Example - Coin Change", "Sample output": one case (an "Exemplar" of a playbook states its rules)
# "Bad alert:", "Good commit message:" over a sample: one specimen of the thing, shown to be judged
_GOOD_BAD = (r"(?:good|bad|wrong|poor|better|worse)\s+(?:alert|example|message|commit(?: message)?|log(?: line)?|name|query|"
             r"code|design|prompt|answer|response|output|title|test|request)s?\b")
_EXAMPLE_SECTION = re.compile(rf"^(?:ex|ej|p\.\s?ej|z\.\s?b)(?:\s*[:.-]|$)|\b(?:examples?|e\.g\.|samples?|demo|case stud(?:y|ies)|sample output|illustrations?|{EXAMPLE_WORDS}|"
                              r"^(?:case|scenario|scénario|szenario|escenario|cenário|fall|cas)\s+\d+\b|worked\b|"
                              rf"bsp|przykłady?|assumptions?|homework|problem sets?|practice problems?)\b|{EXAMPLE_WORDS_CJK}|"
                              rf"가정|假设|仮定|例題|习题|练习题|課題|演習|연습\s?문제|^{_GOOD_BAD}", re.IGNORECASE)
# "Preguntas tipo examen" over "Pregunta 1" and its data: exercises to solve, anywhere below such a section
_EXAM_SECTION = re.compile(r"\b(?:(?:exam|practice) questions?|preguntas(?:\s+tipo)?\s+(?:de\s+)?examen|ejercicios|exerc[íi]cios|"
                           r"übungsaufgaben|exercices|esercizi|упражнения|quiz(?:zes)?(?:\s+\d+)?$)\b|"  # a course's homework: "Tarea", "宿題"
                           r"^(?:tareas?|tarefas?|hausaufgaben?|devoirs?|homeworks?|compiti|作业|宿題|숙제)(?:\s*#?\d+)?$|"
                           r"^(?:td|tp|ex|exo|exercices?|exercises?|übung|aufgabe|ejercicio|esercizio)\s*#?\d+$", re.I)  # "TD4 › EX1"
_LECTURE = re.compile(r"\b(?:lecture|lesson|chapter|module|week|vorlesung|kapitel|aula|clase|cours|lezione)\s+\d", re.IGNORECASE)
_EXAMPLE_LABEL = re.compile(rf"^(?:{_GOOD_BAD}|e\.?g\.?|examples?(?: \w+)?|(?:{EXAMPLE_WORDS})\s*\d{{1,2}}|for example|for instance|sample|assumptions?|error|output|stdout|stderr|bsp\.?|z\.\s?b\.?|beispiel|p\.\s?ex\.?|por ejemplo|por exemplo|以.{1,20}为例|举例(?:说明)?|"
                            r"例如|比如|例|例えば|假设|仮定|예시|예를 들어|가정|举(?:几|一)?个例子|例を挙げると|比如说|範例|范例|實例|实例)$",
                            re.IGNORECASE)
# "时刻 T2", "Step 3", "T1": a moment or step of one worked example
_MOMENT = re.compile(r"^(?:(?:时刻|时间点|步骤|阶段|ステップ|手順|단계|moment|time|step|phase|stage|etapa|paso|passo|schritt|étape)\s*)?[A-Za-z]?\d{1,2}\.?$", re.I)
_MEMBER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")


def meta_section(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """Under "Prerequisites", "Contributing", "Lab 2", "References": about the course, not the subject.

    A book and its author stay: a reading list is where notes name them."""
    if note.kind == NoteKind.BOOK:
        return None
    for k, part in enumerate(note.heading_path):
        if k < len(note.heading_path) - 1 and _CONTENTS.match(part.strip()):
            continue  # "Table of Contents" set as a level-1 heading holds its links, not the sections after it
        last = k == len(note.heading_path) - 1  # "Objectives › Archive files with tar": the subject, under a goal list
        if _META_SECTION.match(part.strip()) or last and _META_TITLE.match(part.strip()):
            return Finding("meta-section", f"under '{part}', which is about the document, not the subject")
    if rx.match(r"^[【\[(（]?\s*(?:待(?:学习|补充|完善|整理|更新|续)|todo\b|tbd\b|to be (?:added|continued|done)\b|wip\b)",
                note.back.strip(), re.IGNORECASE) or note.rule == "labelled-fact" and rx.match(r"@?(?:todo|fixme|tbd)\b", (u.label or "").strip(" *_"), re.I):
        return Finding("meta-section", "the back is the author's to-do ('【待学习…】'), not the answer")
    column = note.front.rstrip("?？ ").rsplit(" — ", 1)[-1] if note.rule == "table" and " — " in note.front else ""
    if any(_ANALOGY.match(part.strip(" *_")) for part in (*note.heading_path[-2:], column, u.list_title)):  # ("… — 비유?")
        return Finding("meta-section", "inside an analogy ('a notebook for state'): its words stand for the subject")
    for title in (u.list_title, u.label):  # "**Learning objectives**: normalization, …"
        if title and _LEARNING.match(title.strip()):
            return Finding("meta-section", f"'{title}' lists the course's goals, not the subject")
    if u.label and _EXERCISE.match(u.label.strip(" *_")):
        return Finding("meta-section", f"'{u.label}' sets the reader a task, it states no fact")  # "Exercise 2.1: Add …"
    return None


_ANALOGY = re.compile(rf"(?:(?:an?|the|real[- ]world|simple|everyday|an easy)\s+)*(?:{ANALOGY_WORDS}|think (?:of it )?like this|"
                      rf"think of it this way|pensa assim|piensa así|stell dir das so vor)\W*$", re.IGNORECASE)
_EXERCISE = re.compile(r"(?:exercises?|exercício|ejercicio|exercice|esercizio|übung|aufgabe|задание|упражнение|练习|習題|演習|연습)"
                       r"\s*[\d.]*\w?$|(?:task|tarea|tarefa|tâche)\s+\d[\d.]*$", re.IGNORECASE)


def reader_addressed(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "You can see that …", "What are we going to do about it?": talk to the reader, not a fact."""
    front, back = sides(note)
    if META_PROSE.search(front) or META_PROSE.search(back):
        return Finding("reader-addressed", "talks to the reader about the document")
    if rx.search(r"\b(?:continue|go|skip|jump|proceed|move on)\s+to\s+(?:#|step\s*|rule\s*)\d", f"{front} {back}", re.IGNORECASE):
        return Finding("leans-back", "the card points at another step of the notes ('continue to #3')")
    drill = note.kind == NoteKind.DRILL
    prompt = drill or note.kind == NoteKind.TRADEOFF  # "how would you …?" is how a prompt is asked
    if note.template == Template.BASIC and not prompt and _FIRST_SECOND_PERSON.search(front):
        return Finding("reader-addressed", "a question to the reader, not about the subject")
    if drill and rx.search(r"\b(?:we|us|our|it)\b", front, re.IGNORECASE):
        return Finding("reader-addressed", "a prompt that leans on what came before it ('we', 'it')")
    if note.template == Template.CLOZE and _ADVICE.search(front):
        return Finding("reader-addressed", "advice to the reader ('you', 'your'), not a fact to recall")
    return None


# advice, not a fact: "Think **hard** about …", "… your suitability for the job", "you should …"; a generic
# "you" in a fact stays ("In a 5-node cluster, you need 3 for a majority")
_ADVICE = re.compile(r"^(?:think|make sure|remember|don't|do not|be|try|consider|prepare|practi[cs]e|read|study|"
                     r"learn|focus|ask|why|how|what)\b|\b(?:your|yourself)\b|\byou(?:'ll| will| should| must| have to|"
                     r"'d better| want to)\b", re.IGNORECASE)


def asks_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A back that is itself a question answers nothing."""
    if note.template != Template.BASIC or note.kind == NoteKind.DRILL or note.rule == "labelled-fact":
        return None  # "Design review: Clarity?" → "is the success metric explicit?" is a checklist criterion
    lines = [line.strip() for line in note.back.strip().splitlines() if line.strip()]
    if lines and all(line.endswith(("?", "？")) for line in lines):  # ("- Which problem does it solve?" under a prompt too)
        return Finding("asks-back", "the back is a question, or a list of questions, not an answer")
    return None


_QUOTED = re.compile(r"^[\"“«„][^\"“”«»„]*[\"”»“]\.?$")
_SAYS = ("labelled-fact", "heading-fact", "definition")


def quoted_back(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A back that is one quotation ("I want to be where my work matters.", "PAY_PER_REQUEST") is a line to say or
    a value to type, not what the term is; one that exclaims ("Gotta start somewhere!") is a cheer."""
    if note.template != Template.BASIC or note.rule not in _SAYS:
        return None
    back = note.back.strip()
    if _QUOTED.match(back) and (word_count(back) >= 6 or " " not in back.strip(".") or rx.search(
            r"\b(?:templates?|defaults?|samples?|examples?)\b", f"{u.list_title} {u.lead_text}", re.IGNORECASE)):
        # (not "“Number used once.”"; but '"Time to last byte"' in "a template with common defaults:" is a sample value)
        return Finding("quoted-back", "the back is a quotation: a sample line or a value, not knowledge")
    if back.endswith(("!", "！")) and "\n" not in back:
        return Finding("quoted-back", "the back exclaims: a cheer or a warning, not knowledge")
    if _EXAMPLE_BACK.search(back) and "\n" not in back:
        return Finding("quoted-back", "the back only gives an example ('For ASP.NET SignalR, for example.')")
    return None


_EXAMPLE_BACK = re.compile(r",?\s(?:for example|for instance|e\.g\.)[.)]?$", re.IGNORECASE)  # "…, for example."


_FIELD = re.compile(r"^[\w.]+\s*:\s*[\w.()\[\]]+$")  # "id: integer", "age: real", "port: 80"


_SAMPLED = re.compile(r"^(?:supported|examples?(?: of)?|some|popular|notable|sample|typical|well-known|"
                      r"other|more)\b", re.IGNORECASE)


# "fewer files", "more memory", "less latency": a property compared, not a member of a set
_COMPARED = re.compile(r"(?:fewer|more|less|larger|smaller|bigger|higher|lower|faster|slower|longer|shorter|cheaper|"
                       r"costlier|better|worse|wider|narrower|heavier|lighter|stronger|weaker|simpler|harder|easier)\s+\w")
_GAINS = re.compile(r"\b(?:benefits?|advantages?|disadvantages?|drawbacks?|pros|cons|effects?|improvements?|gains?|"
                    r"trade-?offs?|consequences?|results?|changes?|differences?|ventajas?|desventajas?|vantagens?|"
                    r"avantages?|vorteile?|nachteile?)\b", re.IGNORECASE)


def mangled_set(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A set with repeated members, members that are code, or the set's own name among them."""
    if note.kind != NoteKind.ENUMERATION or note.template != Template.BASIC:
        return None
    members = [m.group(1).strip() for m in map(_MEMBER.match, note.back.split("\n")) if m]
    if len(members) < 2:
        return None
    plain = [normalize(m) for m in members]
    if len(set(plain)) < len(plain):
        return Finding("mangled-set", "the set repeats a member")
    if sum("`" in m for m in members) * 2 > len(members):
        return Finding("mangled-set", "the members are code, not names")
    if sum(bool(_FIELD.match(m)) for m in members) * 4 >= len(members) * 3:
        return Finding("mangled-set", "the fields of one schema or record ('id: integer'), not members of a set")
    title = normalize(title_of(note.front))
    if title and title in plain:
        return Finding("mangled-set", "the set's name is one of its members")
    if any(rx.match(r"^(?:or|and|oder|und|ou|et|o|y)\b,?\s", m) for m in plain[1:]):
        return Finding("mangled-set", "the items continue one sentence ('either …', 'or …'), they are no set")
    if any(rx.fullmatch(r"(?:and\s+)?(?:many\s+|much\s+)?(?:more|others?|so on|the like)|etc\.?|…|\.\.\.", m) for m in plain):
        return Finding("mangled-set", "an open list ('many more', 'etc.') is no set to name")
    if rx.match(r"^(?:which|what are the)\s+\w+\s+(?:set|create|configure|use(?!\s+cases?\b)|add|enable|install|deploy|manage|choose|"
                r"select|implement|design|build|run|make|get)\s", note.front, re.IGNORECASE):
        return Finding("mangled-set", "the set is named by a task heading ('Set the access tier …'), not a kind of thing")
    if any(rx.fullmatch(r"[(（][^()（）]*[)）]\W*", m.strip()) for m in members):
        return Finding("mangled-set", "a bracketed aside ('(anything with IP)') counted as a member")
    if any(rx.match(r"(?:not|never)\s+(?:for|suitable|recommended|meant|good for|ideal)\b", m) for m in plain):
        return Finding("mangled-set", "a warning ('NOT for durable data') counted as a member")
    if any(m.rstrip().endswith((":", "：")) for m in members) \
            or any(rx.search(r"\s(?:using|with|by|via|of|for|to|from|into|like|including|such as)$", m) for m in plain):
        # ("Automate creation using" over its two sub-items: the member stops where they begin)
        return Finding("mangled-set", "a member introduces more lines ('Types of data:'): the items are no set")
    if sum(bool(_COMPARED.match(m)) for m in plain) * 2 > len(plain) and not _GAINS.search(note.front):
        return Finding("mangled-set", "the items say how the heading's thing is ('fewer files', 'larger files'), they "
                                      "are no members", suggest=True)
    if any(rx.search(r"\b(?:e\.?g|i\.?e|etc|such as|for example|like)\b", m) or rx.match(r"(?:e g|i e)\b", m) for m in plain):
        return Finding("mangled-set", "examples ('e.g.', 'etc.', 'such as') of something, not the members of a set")
    if rx.fullmatch(r"(?:(?:common|popular|key|main|useful|some|other|recommended|essential|typical|standard)\s+)*(?:tools?|"
                    r"frameworks?|librar(?:y|ies)|products?|platforms?|vendors?|apps?|applications|software|utilities|"
                    r"ferramentas|herramientas|outils|werkzeuge|strumenti|инструменты|工具|ツール|도구)", title, re.I):
        return Finding("mangled-set", f"'{title}' alone names the author's examples of an open kind, not a set")
    sampled = next((t for t in (*u.path[-1:], u.list_title) if t and _SAMPLED.match(t)), None)
    if sampled:
        return Finding("mangled-set", f"under '{sampled}': a few of many, not the whole set")
    return None


def code_term(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "What is `UPDATE` table_name `SET` column_name?": a statement of code read as a term."""
    if note.rule == "number-cloze" and note.front.count("`") >= 4:
        return Finding("code-term", "a value in a code template, not a fact")
    if note.rule != "definition":
        return None
    term = note.front
    if term.count("`") >= 2 and len(rx.sub(r"`[^`]*`", "", term).split()) >= 2:
        return Finding("code-term", "a line of code read as a defined term")
    if word_count(note.back) <= 1 and note.back[:1].isupper() and not note.reverse:
        return Finding("code-term", "a one-word 'meaning'")
    return None


# "异常: 冗余数据？" → "例如 `学生-2` 出现了两次。": the answer is only an instance
_ONLY_EXAMPLE = re.compile(r"^(?:e\.g\.|eg\b|for example|for instance|such as|z\.\s?b\.|por ejemplo|por exemplo|"
                           r"par exemple|例如|比如|譬如|例えば|たとえば)", re.IGNORECASE)


# "Assume we have 5 pages in the buffer", "Assumir que temos …", "Supongamos que …", "Angenommen, …"

# The parts of a system-design write-up that hold for that one system: what it must do, what it assumes, its sums
_EXERCISE_SECTION = re.compile(
    r"(?:functional |non-functional |system |design )?(?:requirements?|assumptions?|calculations?|scope|core features|"
    r"(?:capacity |traffic |storage |bandwidth |memory |scale )?estimat(?:e|es|ion|ions)|back[- ]of[- ](?:the[- ])?envelope)"
    r"(?:\s*(?:&|and)\s*(?:scope|scale|constraints|estimat\w*|goals))?\W*$", re.IGNORECASE)


# a walkthrough's headings: the values set under them are the author's choices ("Steps › Task size › Memory: 2GB")
_SETUP = re.compile(r"\b(?:steps?|walk-?through|hands-on|lab|demo|tutorial|setup|set up|creat(?:e|ing)|configur(?:e|ing)|"
                    r"launch(?:ing)?|requirements?|my (?:setup|config)|practi[cs]e|exercises?|pr[áa]ctica|übung|"
                    r"travaux pratiques)\b|练习|实践|実習|演習|실습", re.IGNORECASE)


# "**The Scenario:** You have 8 web servers", "**The Result:** …": the parts of one illustration, told as a story
_SCENARIO = re.compile(r"(?:the\s+)?(?:scenario|setup|situation|story|action|result|outcome)", re.IGNORECASE)

def _blanked_sentence(front: str) -> str:
    """The sentence of a cloze that holds its blank ("… bucket. Suppose, the rate is 1 token / {{c1::…}}.")."""
    return next((c for c in rx.split(r"(?<=[.!?。])\s+", front) if "{{c" in c), front)


# "Value1", "foo": a stand-in of a format sketch ("Header1: Value1"), no value of anything
_PLACEHOLDER = re.compile(r"(?:value|val|foo|bar|baz|qux|xxx|something|data|text|string|content)\s?\d*", re.IGNORECASE)


# "| 物理层 | Physical | … | 了解即可 |": how much the exam needs it, or the word in another language
_STUDY_COLUMN = re.compile(r"必要程度|重要程度|掌握程度|考试重点|学习重点|難易度|"
                           r"exam (?:weight|relevance|importance)|must know\??|英文(?:名|名称)?|英語|中文|日本語|english(?: name)?|"
                           r"translation|traducción|tradução|übersetzung|영어|영문", re.IGNORECASE)


def example_data(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """A number or a table row from inside one worked example holds only there ("V = 41 | 0 coins used")."""
    label = note.front.rstrip("?？ ").rsplit(" — ", 1)[-1].rsplit(": ", 1)[-1]
    if note.rule == "table" and " — " in note.front and _STUDY_COLUMN.fullmatch(label.strip(" *_`")):
        return Finding("meta-column", f"a column of the author's study plan or a translation ('{label}'), not a fact")
    if note.rule == "table" and " — " in note.front and rx.fullmatch(
            r"(?:real[- ]world\s+)?(?:analog(?:y|ies|ía|ia|ie)|metaphors?|met[áa]foras?|m[ée]taphores?|metaphern?|think of it as)",
            label.strip(" *_`"), re.IGNORECASE):
        return Finding("example-data", f"a column of images ('{label}'): the author's picture, no one right answer")
    if note.rule == "table" and " — " in note.front and rx.fullmatch(rf"(?:examples?|{EXAMPLE_WORDS}|usage example|exemplo de uso)",
                                                                 label.strip(" *_`"), re.IGNORECASE):
        return Finding("example-data", f"a column of examples ('{label}'): one use, not the fact")  # "`docker push` — exemplo?"
    if note.rule == "labelled-fact" and (_EXAMPLE_LABEL.match(label) or _MOMENT.match(label)):
        return Finding("example-data", "an example, not the fact it illustrates")
    if note.rule == "labelled-fact" and rx.fullmatch(r"`?(?:(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))(?:\.\d{1,3}){1,3}(?::\d+)?|"
                                                  r"[a-z]+(?:-[a-z]+)+:\d{2,5})`?(?:\s+(?:o|or|ou|oder|или)\s+`?[\w.:-]+`?)?",
                                                  note.back.strip()) and not note.back.strip(" `").endswith((".0", ".x")):
        return Finding("example-data", "an address of one setup ('192.168.1.103', 'my-service:3000'), not a fact")
    if note.rule == "labelled-fact" and rx.fullmatch(r"`?(?!https?:)[^\s`:]*/[^\s`:]*:[^\s`]*/[^\s`]*`?", note.back.strip()):
        return Finding("example-data", "a file mapping of one setup ('./prometheus.yml:/etc/…:ro'), not a fact")
    if rx.match(r"^(?:ex\.|e\.\s?g\.|eg\.|example:|for example,?|for instance,?|예\)|예:|例[:：])\s", u.plain.strip(), re.IGNORECASE) \
            and note.rule not in ("definition", "acronym"):
        return Finding("example-data", "a line that is an example ('Ex. …'): it holds inside that example only")
    if rx.search(r"(?<![\w/.-])(?=[\w-]*\d[\w-]*\d)(?=[\w-]*[A-Z][\w-]*[A-Z])(?=[\w-]*[a-z][\w-]*[a-z])[\w-]{16,}(?![\w/.])",
                 note.back):
        return Finding("example-data", "the back holds a token or key of one example ('Bearer RsT5Ojbz…')")
    if rx.match(r"(?:예\)|예\s*:|例[:：]|e\.\s?g\.?[:,]?\s|eg[.:]\s|ex[.:]\s|z\.\s?b\.|p\.\s?ej\.|por ejemplo|por exemplo|"
                r"for example|for instance|example:)", note.back.strip(), re.IGNORECASE) and note.template == Template.BASIC:
        return Finding("example-data", "the back is an example ('예: myproject-user-api-dev'), not the fact")
    if note.rule == "labelled-fact" and rx.fullmatch(r"[\d.,]+\s?[A-Za-z%]{0,5}|/[\w./-]*", note.back.strip(" `.")) and any(
            _SETUP.search(p) for p in note.heading_path):
        return Finding("example-data", "a value typed in one walkthrough ('Steps › Maximum capacity: 6'), not a fact")
    if note.rule in ("drill", "question-answer") and rx.search(r"\b(?:right now|at the moment|at present|currently)\W*$",
                                                                note.front.rstrip("?？ "), re.IGNORECASE):
        return Finding("example-data", "a question about one lab's state ('How many … exist right now?'), not a fact")
    if note.rule == "command" and note.heading_path and rx.search(r"\bexamples?\b", note.heading_path[-1], re.IGNORECASE):
        return Finding("example-data", f"a command under '{note.heading_path[-1]}': one example's run, not the command")
    if note.rule == "labelled-fact" and _PLACEHOLDER.fullmatch(note.back.strip(" `.")) and rx.search(
            r"[A-Za-z]\d\W*$|\b(?:foo|bar|key|name|field|header)\W*$", note.front.rstrip("?？ "), re.IGNORECASE):
        return Finding("example-data", "a line of a format sketch ('Header1: Value1'), not a fact")
    if rx.search(r"张三|李四|王五|赵六|小明|小红|太郎|花子", note.front + note.back):
        return Finding("example-data", "a step of a story told with stand-in names ('李四对这条记录做修改'): one example")
    literal = r"(?:[-+]?\d[\d.]*|\"[^\"]*\"|'[^']*'|true|false|null|[01]{4,}|\{[^{}]*\}|\[[^\[\]]*\])"
    if note.rule == "labelled-fact" and rx.fullmatch(rf"[\[{{(]?\s*{literal}(?:\s*,\s*{literal})+\s*[\]}})]?", note.back.strip()):
        return Finding("example-data", "sample values ('42, 3.14, -10'), not a fact about the label")
    if note.rule in ("labelled-fact", "table") and rx.fullmatch(
            r"(?:DD|MM|YYYY|AAAA|JJ|AA|YY)(?:[/.-](?:DD|MM|YYYY|AAAA|JJ|AA|YY)){1,2}|\d+\.x(?:\.x)?|x\.x(?:\.x)?|TBD|XXX+|\?\?+|"
            r"\{\{?\s*\w{0,20}\s*\}?\}|<\w{0,20}>|\[\w{0,20}\]", note.back.strip(" `*_."), re.IGNORECASE):  # "{val}", "<value>"
        return Finding("example-data", "a blank of a template to fill in ('Data: DD/MM/AAAA', 'Versão: 1.x.x')")
    if note.rule == "labelled-fact" and rx.fullmatch(r"(?:[\w.-]+\s*=\s*[A-Za-z]{1,6}-?\d{1,3}\s*[,;]?\s*){2,}", note.back.strip()):
        return Finding("example-data", "the values of one lab's setup ('src = PC1, dst = PC2'), not a fact")
    if note.rule == "labelled-fact" and rx.search(r"\b[^\W\d_]+\s+\d{1,3}\s*[:：—–-]", note.front) and rx.fullmatch(
            r"[A-Z][\w-]*\s+\d{1,3}(?:\s*(?:,|and|&)\s*[A-Z][\w-]*\s+\d{1,3})*\.?", note.back.strip(" `*_")):
        return Finding("example-data", "numbered parts of one made-up setup ('Partition 0: Leader? → Broker 1'), not a fact")
    if note.template == Template.BASIC and _ONLY_EXAMPLE.match(note.back.strip()):
        return Finding("example-data", "the back gives an example, not the answer", suggest=True)
    if " — " in note.front and _EXAMPLE_LABEL.match(note.front.split(" — ", 1)[0].strip(" *_")) \
            or note.rule == "table" and rx.match(r"^examples?\b", note.front.split(" — ", 1)[0], re.IGNORECASE):
        return Finding("example-data", "a row of examples: an open list, not one answer")  # "Example services — REST?"
    if note.rule == "number-cloze" and u.captions and any(
            rx.search(rf"(?<![\w.]){re.escape(n)}(?![\d.])", u.captions)
            for hidden in rx.findall(r"\{\{c\d+::([^}]*)\}\}", note.front) for n in rx.findall(r"\d+(?:\.\d+)?", hidden)):
        return Finding("example-data", "a value of the code example the sentence describes ('over the last [...]' of "
                                       "'[5m]'), not a fact")
    if note.rule in ("number-cloze", "emphasis-cloze") and (SUPPOSE.match(note.front) or _SCENARIO.fullmatch(
            (u.label or "").strip(" *_")) or SUPPOSE.match(_blanked_sentence(note.front).lstrip(" ,"))):
        return Finding("example-data", "a number assumed for one worked example ('Assume we have [...] pages')")
    if note.rule not in ("number-cloze", "table", "rule", "definition", "labelled-fact", "emphasis-cloze", "enumeration"):
        return None
    if any(SUPPOSE.match(lead.strip()) for lead in (u.list_title, u.lead_text, u.label, *note.heading_path) if lead):
        return Finding("example-data", "an item under 'Let's say …': data of one worked example")
    if any(_EXERCISE_SECTION.match(rx.sub(r"^[\d.\s]+", "", p.strip())) for p in note.heading_path[-2:]):
        return Finding("example-data", "a requirement or an estimate of one design exercise, not a fact that holds elsewhere",
                       suggest=True)  # "Non-Functional Requirements: Availability?", "Storage: Assuming [...] of data"
    if any(_EXAM_SECTION.search(p) for p in note.heading_path):
        return Finding("example-data", "the data of an exercise under an exam-questions section, not a fact")
    above = note.heading_path[-2:-1] if len(note.heading_path) >= 2 else ()
    if not u.example and not any(_EXAMPLE_SECTION.search(p) for p in (u.list_title, *note.heading_path[-1:])) and not any(
            _EXAMPLE_SECTION.search(p) and not _LECTURE.search(p) for p in above):
        return None  # ("Lecture 10: ZooKeeper Case Study" over its sections is a lecture, its sections the subject)
    return Finding("example-data", "data of one worked example")


def unnamed_parent(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "- Snowball Edge Compute Optimized provides …" over "- Compute: 52 vCPUs …": the sub-item's label is a facet of
    a parent that gives no title, and its sibling parents have the same facets; the card cannot say whose."""
    if note.rule == "labelled-fact" and u.in_list and rx.search(r"\b(?:can|could) be done\b.*\bways\b|\bways to do (?:it|this)\b",
                                                               u.lead_text or "", re.IGNORECASE):
        return Finding("unnamed-parent", "one of the ways to do what the line above says ('This can be done in several "
                                         "ways:'), which the card does not name")
    if note.rule not in ("number-cloze", "labelled-fact") or not (u.in_list and u.label and u.lead_text) or u.list_title:
        return None
    label = u.label.strip(" *_`")
    if word_count(label) > 2 or not normalize(note.front).startswith(normalize(label)):
        return None
    return Finding("unnamed-parent", f"'{label}' belongs to the item above it ('{u.lead_text[:40]}…'), which the card "
                                     "does not name")


_TASK = (r"(?:check|verify|ensure|confirm|inspect|restart|reboot|flush|clear|try|make sure|look at|review|examine|run|use|"
         r"ping|open|set|configure|update|restore|reset|disable|enable|contact|escalate)")
_TASK_FRONT = re.compile(rf"{_TASK}\s+\S", re.IGNORECASE)


def procedure_step(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    """ "Check DNS Server Status?" → "Verify the availability of your DNS servers by pinging them": a step of a
    troubleshooting procedure asked as if it were a term; both sides are instructions, nothing is asked."""
    if note.rule == "number-cloze" and rx.match(r"\W*(?:wait|sleep|pause|espere|espera|attendez|attendre|warte|aspetta)\b", u.plain, re.I):
        return Finding("procedure-step", "how long one lab step waits ('Wait for 60 seconds …'), not a fact to keep")
    if note.rule not in ("labelled-fact", "heading-fact") or note.template != Template.BASIC:
        return None
    asked = note.front.strip().rstrip("?？ ").rsplit(": ", 1)[-1]
    if _TASK_FRONT.match(asked) and _TASK_FRONT.match(note.back.strip()):
        return Finding("procedure-step", f"'{asked}' is a step to take, and its back another: no question")
    return None
