"""Which words can be the term a definition defines (srs.extract.rules.definition): not a number, a clause,
a pointer at the text ("The notes here …"), a judgement ("Best option"), a remark's label ("Example") or a lead-in."""

from __future__ import annotations

import re

from srs.extract import rx
from srs.extract.rules.definition_ja import MAX_TERM_WORDS
from srs.extract.text import BRACKET_NUMBER, cjk_share, tidy, word_count

ARTICLE = re.compile(r"^(?:a|an|the)\s+(?=\S)", re.IGNORECASE)
VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|gets?|can|will|must|should|does|do|becomes?|stores|keeps|runs|"
                  r"sends|uses|provides|allows|lets|holds|takes|makes|gives|returns|handles|collects|tracks|"
                  r"contains|needs|requires)\b", re.IGNORECASE)
# "Proper defense = fix XSS + …", "Best option: …": a judgement on something the front does not name
_JUDGED = re.compile(r"^(?:the\s+)?(?:proper|good|best|better|right|correct|ideal|wrong|bad|recommended|preferred)\s",
                     re.IGNORECASE)
# "Example: a file owner grants …", "Note: …": a remark's label, not a term it defines
_NOT_TERMS = frozenset("example examples e.g. eg note notes tip tips hint remark summary answer question idea point "
                       "overview result results output takeaway todo problem problema problème issue solution solução "
                       "solución lösung ideia idée name names value values type title label field fields content data details resultado "
                       "résultat ergebnis definition definição definición définition purpose goal aim reason difference benefit advantage "
                       "disadvantage downside drawback catch trick theme esempio esempi exemplo ejemplo exemple beispiel voorbeeld "
                       "пример".split()) | {"key principle", "principle", "key idea", "main idea", "key point", "return value",
                                                      "rule of thumb", "bottom line", "key insight", "insight"}
# "Ela é uma unidade …" ("it is a unit"), "Não é um almoço grátis" ("no, it is not …"): a pronoun or a yes/no, no term
_PRONOUNS = frozenset("ela ele elas eles isso isto ella él ellos ellas eso ello elle il ils elles "
                      "cela ça sie er es das dies она он оно они это то não nao no nein нет sim sí si oui ja yes "
                      "questo questa questi queste quello quella ciò esso essa dit dat hij zij".split())
_DEICTIC = re.compile(r"\b(?:here|there|above|below)\b|^(?:the|these|this|my|our)\s+notes?\b|\bin this (?:context|case|sense)\b|"
                      r"^(?:the|this)\s+(?:chapter|section|article|book|post|page|course|lesson|video|document|paper)\b",
                      re.IGNORECASE)


# a state: a word that needs what it is said of ("full — all the pool's blocks are allocated"), not a thing
_STATE = re.compile(r"full|empty|free|used|unused|active|inactive|idle|busy|open|closed|dirty|clean|stale|fresh|valid|"
                    r"invalid|ready|pending|running|stopped|done|partial|partially used")


def term_ok(term: str) -> bool:
    """Can ``term`` be the word a definition defines? Not a number, a clause, a pointer, a judgement or a remark's label."""
    if not rx.search(r"[^\W\d_]", term) and not rx.fullmatch(r"`[^`]+`|\d+(?:\.\d+){3}(?:/\d+)?", term.strip()):
        return False  # "65% – 70% User Time": a number is no term
    if rx.match(r"(?:e\.\s?g|i\.\s?e|z\.\s?b|p\.\s?ex|ex)\.?[\s,:]", term.strip(" *_`"), re.IGNORECASE):
        return False  # "E.g. _Collaboration Context_ is the source of …": one example, not a term
    if rx.search(r"(?:不再|不|并不|并非|也|都|就|才|还|又|只|仍|仍然|已经|总|往往|通常|正|便|即|乃|亦|则)$", term.strip()) and cjk_share(term) > 0.3:
        return False  # "读写不再是一个瞬时的过程": "不再是" says "is no longer", a claim about reads, no term before "是"
    if cjk_share(term) > 0.3 and (rx.search(r"在\S{1,12}(?:中|里|上|下|时|内)$", term.strip()) or rx.match(
            r"(?:非常|很|十分|特别|比较|相当|极其|更|最)\S", term.strip())):
        return False  # "可观测性在社区中是…": "in the community" places the claim; "非常好理解，即…": "very easy to grasp"
    if rx.match(r"(?i:the\s+)?(?i:lowest|highest|cheapest|fastest|slowest|best|worst|most|least|largest|smallest)\s+[a-z]",
                term.strip()):  # ("Largest Contentful Paint" is a metric's name)
        return False  # "Lowest cost storage – cannot be a boot volume": a ranking said of the item above, no term
    if rx.match(r"(?:an?\s+|the\s+)?(?:good|bad|great|poor|healthy|effective|well-designed)\s+\w", term.strip(),
                re.IGNORECASE):
        return False  # "A good SLO is a helpful forcing function": what a good one is like, no term defined
    if rx.fullmatch(r"(?:url|link|lien|type|auteur|author|autor|autora|date(?: de publication)?|published|source|tags?|status|"
                    r"statut|catégorie|category|categoria|created|updated|level|niveau|nivel)", term.strip(" *_`"), re.IGNORECASE) \
            and not term.strip(" *_`").isupper():  # ("URL" defined in an interview answer is a term)
        return False  # "**auteur** = Arnaud Loyer", "**tags** = …": the note's own record, not a term
    if rx.match(r"(?:où|quels?|quelles?|comment|pourquoi|quand|what|which|how|where|why|when|c[oó]mo|qu[eé]|d[oó]nde|"
                r"wie|was|wo|warum)\b", term.strip(" *_`\"'«"), re.IGNORECASE):
        return False  # "où placer les boundaries = Split par fonctionnalités": a question and its answer, no term
    if rx.match(r"(?:that|this|these|those|such)\s+[a-z]", term.strip(" *_"), re.IGNORECASE):
        return False  # "That realization is the point.": which realization, the line before says
    if rx.match(r"(?:prevention|avoidance|reduction|elimination|improvement|minimi[sz]ation|maximi[sz]ation|"
                r"prevenci[oó]n|preven[çc][ãa]o|redu[cç]ci[oó]n|redu[çc][ãa]o)\s+(?:of|de|do|da|del)\s", term.strip(" *_"), re.IGNORECASE):
        return False  # "**Prevention of Non-Repeatable Reads:** …" under "Characteristics": what it achieves, no term
    if rx.match(r"(?:next|previous|prev|continue to|go to|back to|up next|lanjut ke|kembali ke|weiter zu|zurück zu|"
                r"siguiente|anterior|próximo|proximo|suivant|précédent|下一[篇章节]|上一[篇章节]|次へ|前へ|다음)(?![-\w])", term.strip(" *_📌👉➡️"),
                re.IGNORECASE):
        return False  # "📌 *Lanjut ke Day 5 – Algoritma Dasar*": the way to the next page, no term
    if rx.search(r"不超过|超过|小于|大于|少于|多于|不要|尽量|以内|以上|以下", term):
        return False  # "首次加载的资源不超过1024KB，即越小越好": a rule of thumb, "即" says "that is", no term
    if rx.search(r"[a-z]{2}\.\s+[A-Z]", term):
        return False  # "Parameterized create method. Factory is …": a sentence ends inside, the term is no name
    if _ANY_ARTICLE.fullmatch(term.strip(" *_")) and not term.strip(" *_").isupper():  # ("AS", "DER": acronyms)
        return False  # "The means by which the database retrieves data": "means" is a noun here, "The" no term
    if rx.search(r"\s(?:and|or|but|nor|und|oder|aber|et|ou|mais|pero|ma|или|но)$", term.strip(), re.IGNORECASE) \
            or rx.search(r"\s(?:y|o|e|и)$", term.strip()):
        return False  # "Pods run containers and are the environment for them": two clauses, no term ends on "and"
    if rx.search(r"\s(?:which|that|who)$", term.strip(), re.IGNORECASE):
        return False  # "A condition which is a logical expression": "is" of a relative clause
    bare = rx.sub(r"^(?:o|a|os|as|el|la|los|las|le|les|der|die|das)\s+(?=\S)", "", ARTICLE.sub("", term).lower())
    if _JUDGED.match(term) or _DEICTIC.search(term) or bare in _NOT_TERMS or (
            bare.split(" ")[0] in _PRONOUNS and not term.split()[0].isupper()):
        return False  # "The notes here are a condensed version …": the text points at itself
    if len(bare.split()) == 2 and bare.split()[1] in _NOT_TERMS and rx.fullmatch(
            r"simplest|easiest|first|second|third|last|another|other|next|final|best|main|key|classic|common|typical|"
            r"good|great|quick|simple|real|concrete|famous|obvious|\w+est", bare.split()[0]):
        return False  # "The simplest example is the addition of two numbers": which example, no term
    if term.strip(" *_`").islower() and bare in ("to", "from", "in", "on", "at", "of", "by", "for", "as", "if", "or", "and", "with", "into", "onto"):
        return False  # "to 指的是本次复制数据的目标区": a word of a survivor space's two names, no term alone
    if rx.match(r"(?:estimate|measure|calculate|compute|check|configure|install|deploy|enable|disable|create|delete|send|"
                r"apply|pick|choose|find|start|stop|avoid|increase|decrease|reduce)\s+\S", term, re.IGNORECASE) \
            and not all(w[:1].isupper() for w in term.split()):  # ("Check Phase" of the event loop is a name)
        return False  # "Estimate ideal throughput = cwnd / RTTmin": a step to take, not a term
    if rx.match(r"[A-Za-z][a-z]{3,}(?<![su])s\s+(?:the|a|an|its|their|your|all|each|no|more|less|fewer|any)\s", term):
        return False  # "Minimises the number of swaps — at most n-1": what it does, a verb and its object, no name
    if rx.match(r"(?:what|whats|what's|how|why|where|when|who|which|qu[ée]|qui[ée]n|quem|c[óo]mo|como|comme|d[óo]nde|onde|"
                r"cu[áa]ndo|quando|quand|cu[áa]l|qual|porque|pois|enquanto|mientras|aunque|embora|parce|puisque|wenn|weil|"
                r"obwohl)\b", term, re.IGNORECASE):
        return False  # "Whats expensive is the reads", "What follows is …", "Como este é um banco …": a clause, no term
    if rx.search(r"\b(?:what|which|who|how|why|where|when|qu[eé]|qu[ae]l|was|wie|warum|o que|como|cosa|come)$", term.strip(" *_`"),
                 re.IGNORECASE):
        return False  # "Q5. What" of "**Q5. What is the oplog, and …?**": the start of the notes' own question, no term
    if rx.fullmatch(r"[А-ЯЁа-яё]+(?:ый|ой|ая|яя|ое|ее|ые|(?<![нт])ие)", term.strip()):
        return False  # "Обычные - JVM не завершает …": one Russian adjective, the noun it qualifies is in the line above
    if rx.search(r"\s(?:occurs|happens|fails|crashes|starts|stops|ends|begins|arrives|returns|recovers|restarts|dies|"
                 r"expires|succeeds|completes|changes|drops|rises|joins|leaves|goes down|comes back|times out)$", term.strip()):
        return False  # "2. Network partition occurs — N1 and N2 cannot talk": a step of an event, not a term
    if rx.search(r"\s/\s|[≠≈]|\bvs\.?\s", term):
        return False  # "gRPC / WebSocket — long-lived connections …", "Vulnerability ≠ threat — …": two things, no term
    if rx.sub(r"`[^`]*`", "", term).count("$") % 2 or term.count("\\(") != term.count("\\)"):
        return False  # "$T_{turnaround} = T_{completion} - T_{arrival}$": a formula cut at its "=", not a term
    if any(term.count(a) != term.count(b) for a, b in ("()", "（）", "「」")):
        return False  # "マルチメディア通信（即時性…": a cut, not a term
    if cjk_share(term) > 0.3:  # a katakana word is long in characters, not in meaning
        pointer = term.startswith(("その", "この", "あの", "これ", "それ", "这", "那", "该", "此", "它")) \
            or term in ("参数", "方法", "命令", "选项", "配置", "函数", "变量", "属性", "字段", "其", "パラメータ", "オプション")
        return 0 < len(term) <= 20 and not term.endswith(("?", "？")) and not pointer
    if rx.search(r"\s(?:usually|often|typically|generally|always|sometimes|normally|also|only|really)$", term, re.I):
        return False  # "Strong consistency usually means …": how it is done, not what it is
    if rx.search(r"\s(?:usually|often|typically|generally|always|sometimes|normally|rarely|never|mostly|mainly)\s+[a-z]", term):
        return False  # "Relational engines usually prefer pessimistic — …": a clause with its verb, not a name
    if rx.match(r"^(?:using|making|having|doing|getting|taking|keeping|adding|running|setting|building|creating|"
                r"writing|putting|looking|trying|avoiding|knowing)\s", term, re.IGNORECASE):
        return False  # "Using raw IP addresses: no DNS logs": an action with what follows, not a term
    if rx.match(r"^(?:similar|same|different|unlike|like|as|more|less|most|least|very|much|quite|rather)\b", term,
                re.IGNORECASE) and not term.split()[0].isupper():
        return False  # "Similar to local storage – everyone can access it": a comparison with its subject left out
    if rx.match(r"^(?:для|в|во|на|с|со|по|из|от|к|о|об|у|при|без|до|за|над|под|через|для|para|pour|für|per|por|"
                r"with|for|in|on|from|by|into|via|under|over|at|above|below|after|before)\s", term, re.IGNORECASE) or "," in term and not term.startswith("`"):
        return False  # "для браузера - Opera, Chrome": "for the browser" is no term; "цепочки, правила": two
    if rx.fullmatch(r"(?:daher|deshalb|deswegen|somit|also|dann|dabei|hierbei|trotzdem|jedoch|außerdem|therefore|thus|hence|"
                    r"so|then|however|also|moreover|donc|ainsi|alors|entonces|portanto|então|quindi|poi|efficient|"
                    r"important|useful|simple|easy|fast|slow)", term.strip(), re.IGNORECASE):
        return False  # "Daher ist eine Kommunikation notwendig" ("therefore …"), "Efficient — reuses threads": no term
    if rx.match(r"^(?:outro|outra|otro|otra|autre|andere[rn]?|altro|altra|esta|este|isto|esto|cette|ce|dies[e]?)\b",
                term, re.IGNORECASE):
        return False  # "Outro comando é o godoc …": "another command" points at the text, it names nothing
    if VERB.search(term) and len(term.split()) > 1:
        return False  # "MVCC gives speed — VACUUM pays the bill": a clause, not a name
    if rx.search(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:ms|µs|us|ns|s|sec|seconds?|min|minutes?|hours?|days?|%|[KMGT]i?B|[KMG]bps)\b", term):
        return False  # "The additional 2ms is the cache overhead": a quantity of one calculation, not a term
    if _STATE.fullmatch(term.strip()):
        return False  # "full — all the pool's blocks are allocated": a state of something the list names above it
    if rx.match(r"^the\s+[a-z]+\s+of\s", term):
        return False  # "The number of copies is the degree of mirroring": a description, the name is on the right
    return 0 < word_count(term) <= MAX_TERM_WORDS and not term.endswith("?") and not term.lower().startswith(("if ", "when "))


_ANY_ARTICLE = re.compile(r"a|an|the|der|die|das|den|dem|ein|eine|le|la|les|un|une|el|los|las|o|os|as|um|uma|il|lo|"
                          r"gli|de|het|een", re.IGNORECASE)


def plain_term(term: str) -> str:
    """The term without an item's number ("（2）首次加载的资源 …") and said once ("Caching Caching")."""
    return undoubled(BRACKET_NUMBER.sub("", term))


def undoubled(term: str) -> str:
    """ "Caching Caching", "Skalierungswürfel Der Skalierungswürfel": an item's title and the sentence under it that
    opens on the same word, read as one line; the term is the title once."""
    words = term.split()
    for cut in range(1, len(words) // 2 + 1):
        left, right = words[:cut], words[cut:]
        if len(right) == cut + 1 and _ANY_ARTICLE.fullmatch(right[0]):
            right = right[1:]
        if [w.casefold() for w in left] == [w.casefold() for w in right]:
            return " ".join(left)
    return term


def small_article(term: str) -> str:
    """ "A system state" inside a question: "What does a system state consist of?" (the article is no name's capital)."""
    return rx.sub(r"^(A|An|The) ", lambda m: f"{m.group(1).lower()} ", term)


# "…, and group membership is handled by IGMP", "…, a Cluster is a group of nodes": a second sentence spliced on
_SECOND_CLAUSE = re.compile(r",\s*(?:(?:and|but|while)\s+)?(?:an?\s+|the\s+|each\s+|every\s+)?(?!(?:which|that|who|where|whose|it|"
                            r"this|then|so|if|when|in|hence|thus|therefore|otherwise|also|there|everything|all|and|but|or|while)\b)"
                            r"[A-Za-z][\w-]*(?:\s+(?!(?:that|which|who|and|or|how|what|why)\b)[\w-]+){0,3}?\s+(?:is|are|has|have)\s+\S")


def spliced(meaning: str) -> re.Match[str] | None:
    """Where a second sentence is spliced on with a comma ("…, a Cluster is a group of nodes"), outside brackets."""
    m = _SECOND_CLAUSE.search(meaning)
    if m is None or meaning[:m.start()].count("(") != meaning[:m.start()].count(")"):
        return None
    # "such that no matter how many times it runs, the result is the same": the comma closes a clause that leads into
    # the rest of the same sentence; "a pattern where applications look up records by key, and records are written …":
    # the second clause goes on with the "where" of the first
    if rx.match(r",\s*and\s", m.group(0)) and rx.search(r"\b(?:where|in which|whereby)\b", meaning[:m.start()]):
        return None
    return None if _OPEN_CLAUSE.search(meaning[:m.start()]) else m


_OPEN_CLAUSE = re.compile(r"(?:^|[,;:]\s*|\s)(?:no matter|regardless of|whether|if|when|whenever|although|though|once|"
                          r"because|since|unless|until|as long as)\b(?:[^,;:()]|\([^()]*\))*$", re.IGNORECASE)


_ALIAS = re.compile(r"^(?P<term>(?:[Aa]n?\s+|[Tt]he\s+)?[A-Z`][\w`./+#-]*(?:\s+[\w`./+#-]+){0,3}?),\s+"
                    r"(?:also|sometimes|often|commonly)?\s*(?:called|known as|referred to as)\s+"
                    r"(?P<alias>[^,()]{2,40}),\s+(?=(?:is|are|means|refers to)\s)")


def without_alias(text: str) -> tuple[str, str]:
    """ "A trie, sometimes called a radix or prefix tree, is a …" → ("A trie is a …", "a radix or prefix tree")."""
    m = _ALIAS.match(text)
    if m is None:
        return text, ""
    return m.group("term") + " " + text[m.end():], tidy(m.group("alias"))
