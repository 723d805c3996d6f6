"""Command: a caption that names a task, right over a short shell code block → "Command to <task>?" / the code.
    Create a pod using the command:
    ```bash
    kubectl run <application> --image <container-image>
    ```
    → Command to create a pod? / the command, as code
Cheat sheets and certification notes (CKA, RHCSA, git, Docker) are mostly this shape. The caption must
be an English task (an imperative verb, or "To <verb> …"; the front is worded in English), of two to
sixteen words, that does not lean on the text before it ("as previous", "this", "again"). The code must
be one to three command lines (no YAML, JSON or program source; no output), each at most 160 characters.
The other way round, a command block with a sentence under it that says what it does:
    ```bash
    tar tvf <archive>
    ```
    Lists the contents of an archive.     → Which command lists the contents of an archive? / the command
"""

from __future__ import annotations

import re

from srs.core.notes import NoteKind
from srs.extract import rx
from srs.extract.drafts import draft
from srs.extract.model import Block, Claim, Doc, Unit
from srs.extract.text import ITEM_MARKER, sentences, word_count

RULE = "command"
MAX_LINES = 3
MAX_WIDTH = 160
_SHELLS = {"", "bash", "sh", "shell", "console", "zsh", "fish", "shell-session", "sh-session", "terminal",
           "powershell", "pwsh", "ps1", "cmd", "bat", "batch"}
_TASK_VERBS = frozenset("""
    access add allow allocate append annotate apply archive assign attach back backup build cancel change check checkout clean
    clone commit compile compress configure connect convert copy cordon count create decrypt delete deploy describe
    decompress detach disable display download drain edit enable encrypt exec execute expose export extract fetch filter find
    format generate get grant import init initialise initialize inspect install join kill label launch list let load lock log
    login mark merge modify monitor mount move open pipe print prune pull push query rebase reload remove rename replace reset
    redirect restart restore resume return revert revoke roll rollback run save scale search set show sign sort ssh start stash stop store
    switch tag tail taint test trace uncompress uncordon uninstall unlock unmount unpack untaint update upgrade upload validate verify view watch
""".split())
_SUFFIX = re.compile(
    r"(?:[\s,]+(?:by\s+|with\s+|using\s+|via\s+|through\s+|run(?:ning)?\s+|use\s+|execute\s+)?(?:the\s+|this\s+|a\s+)?"
    r"(?:following\s+)?(?:commands?|cmds?|cli(?:\s+commands?)?)(?:\s+below)?|\s+as\s+follows|\s+below)\s*[:.]?\s*$",
    re.IGNORECASE,
)
_RUN = re.compile(r",?\s+(?:then\s+)?(?:run|use|type|execute|enter|do)\s*:\s*$", re.IGNORECASE)  # "To list pods, run:"
_PREFIX = re.compile(r"^(?:to|how\s+to|use\s+(?:the\s+following|this)\s+(?:command|cmd)\s+to|in\s+order\s+to)\s+",
                     re.IGNORECASE)
# words that lean on text before the caption, or say the block is not the task's whole answer
_LEANS = re.compile(r"\b(?:previous(?:ly)?|above|same|again|this|these|those|it|them|its|such|alternatively|also|"
                    r"then|e\.g|example|output|result|following|below|here|that (?:container|image|file|folder|directory|process|branch|"
                    r"commit|pod|service|volume|network|instance|one|host|server|repo(?:sitory)?|table|database))\b", re.IGNORECASE)
_SHELL_LINE = re.compile(r"^(?:sudo\s+)?[a-z][\w.-]+(?:\s+(?:-{1,2}[\w-]+|[\w<>./:$'\"{}\[\]=@~*-][^\s]*))+$")
_MACHINE_ID = re.compile(r"(?<![\w-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{10,64}(?![\w-])")
_RUN_ON = re.compile(r"(?<=[a-z]) (?=(?:Might|May|Can|Could|Must|Should|Will|Use|Note|This|It|You|Requires|Needs|"
                     r"Also|Only|Works|See)\b)")
# "mkdir Devops", "ls", "cd app": a step of a lab in basic shell, no flag of a tool to learn ("ls -Z" has one)
_BASIC_STEP = re.compile(r"^(?:sudo\s+)?(?:mkdir|ls|dir|cd|pwd|touch|cat|echo|cp|mv|rm|clear|exit|nano|vi|vim|code)"
                         r"(?:\s+[^\s/-][^\s/]*){0,2}$")
_OPENS_FILE = re.compile(r"^(?:sudo\s+)?(?:less|more|vim?|nano|emacs|gedit|code|open)\s+[^\s|;&]+$")
_LOOK_VERBS = frozenset("open view edit read show display inspect check find see look".split())
_NOT_COMMAND = re.compile(r"^\s*(?:[\[{<]|[\w.-]+:\s|[\w.-]+:$|-\s|apiVersion\b|kind:|def\s|class\s|function\s|import\s|"
                          r"from\s|package\s|public\s|#include|//|/\*|\*|[A-Z][A-Z_ ]{3,}\s{2,})")


def apply(u: Unit, doc: Doc, code: Block | None, source: list[str]) -> Claim | None:
    """A card when ``u`` is a task caption and ``code`` (the block right after it) is its command."""
    if code is None or code.kind != "code" or doc.language:
        return None
    if code.info.split()[:1] and code.info.split()[0].lower() not in _SHELLS:
        return None
    k = u.no - 2
    while k > 0 and not source[k].strip():
        k -= 1
    above = source[k].strip() if k >= 0 else ""
    opening = u.plain.split()[:1]  # "Get status of the repo" between two blocks: the next one's caption
    sandwiched = k == u.no - 2 and code.start == u.no + 1 and bool(opening) and opening[0].lower() in _TASK_VERBS
    if above.startswith(("```", "~~~")) and not u.plain.rstrip().endswith(":") and not sandwiched and (
            k == u.no - 2 or source[u.no - 1][:1].isspace() and not ITEM_MARKER.match(source[u.no - 1])):
        return None  # right under a block (or under it in the same list item) and not a lead-in: it says what the
        # block above does (see described): "```db_status```", "check database status", "```workspace```"
    task = _task(u.plain)
    lines = _command_lines(code, source)
    if task is None or lines is None:
        return None
    if all(_BASIC_STEP.match(x.strip()) for x in lines if not x.lstrip().startswith("#")):
        return None  # "Create folder:" over "mkdir Devops": a lab's setup step, not a command worth a card
    two = rx.match(r"\w+\s+(?:and|&)\s+(\w+)\b", task)
    if two and two.group(1).lower() in _TASK_VERBS and sum(not x.lstrip().startswith("#") for x in lines) < 2:
        return None  # "List and delete any VPN gateways:" over one describe-vpn-gateways: the block does half the task
    if _OPENS_FILE.match(lines[0].strip()) and len(lines) == 1 and task.split()[0] not in _LOOK_VERBS:
        return None  # "Disable skip networking" over "less /etc/mysql/my.cnf": the file is opened, the task is not done
    if any(span.strip("`") in "\n".join(lines) for span in rx.findall(r"`[^`]+`", u.plain) if " " in span):
        return None  # "Use `kubectl get all` to list everything": the caption already shows the command
    fence = code.info.split()[0] if code.info.split() else ""
    back = f"```{fence}\n" + "\n".join(lines) + "\n```"
    note = draft(u, NoteKind.FACT, RULE, _asked(_tool(lines, u, task), task), back)
    return Claim(RULE, [note], detail="a task and its command", parts=list(range(code.start, code.end + 1)))


def _task(caption: str) -> str | None:
    text = caption.strip()
    if not text or "\n" in text or text.endswith("?") or rx.search(r"[.;!]\s+\S", text):
        return None  # a question, or more than one sentence
    text = _PREFIX.sub("", _SUFFIX.sub("", _RUN.sub("", text))).strip().rstrip(":.").strip()
    labelled = rx.match(r"^[^:：]{1,30}[:：]\s+(?=\S)", text)
    if labelled:  # "Access method: SSH into the node and read the file": the task is after the label, if anywhere
        text = text[labelled.end():]
    if not 2 <= word_count(text) <= 16 or _LEANS.search(text) or "," in text:  # "View X, look at Y": two tasks
        return None
    first, _, rest = text.partition(" ")
    if first.lower() not in _TASK_VERBS or not (first.islower() or first[:1].isupper() and first[1:].islower()):
        return None
    return f"{first.lower()} {rest}".strip()


def _asked(tool: str, task: str) -> str:
    return f"`{tool}` command to {task}?" if tool else f"Command to {task}?"


def _tool(lines: list[str], u: Unit, task: str) -> str:
    """The tool to name in the front: the command is its subcommand ("docker logs -f web") and neither the task nor
    the context names it, so "Command to show the logs?" under "Useful commands" would not say which tool's."""
    words = next((x.split() for x in lines if not x.lstrip().startswith("#")), [])
    words = words[1:] if words[:1] == ["sudo"] else words
    if len(words) < 2 or not rx.fullmatch(r"[a-z][\w.-]*", words[0]) or not rx.fullmatch(r"[a-z][a-z-]*", words[1]):
        return ""  # "ls -la", "pack -x <archive>": the program is the command itself
    said = " ".join((*u.path, u.list_title, task)).lower()
    name = words[0].removesuffix(".exe")
    if rx.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", said) or name.replace("-", " ") in said:
        return ""
    return name


def _command_lines(code: Block, source: list[str]) -> list[str] | None:
    raw = source[code.start - 1:code.end]
    if raw and raw[0].lstrip().startswith(("```", "~~~")):
        raw = raw[1:-1] if len(raw) > 1 and raw[-1].lstrip().startswith(("```", "~~~")) else raw[1:]
    indent = min((len(x) - len(x.lstrip()) for x in raw if x.strip()), default=0)
    lines = [x[indent:].rstrip() for x in raw if x.strip()]
    commands = [x for x in lines if not x.lstrip().startswith("#") or x.lstrip().startswith("#!")]
    if not 1 <= len(commands) <= MAX_LINES or len(lines) > MAX_LINES + 2:
        return None
    if any(_MACHINE_ID.search(x) for x in commands):
        return None  # "docker logs -f 3f2a9c1d7e4b": one machine's container or commit id, not a command to learn
    if any(len(x) > MAX_WIDTH or _NOT_COMMAND.match(x) or "..." in x or "…" in x or x.rstrip().endswith(("{", "(", ",")) for x in commands):
        return None
    return lines


def described(u: Unit, doc: Doc, code: Block, source: list[str], text: Block) -> Claim | None:
    """A card when the paragraph right under a command block starts by saying what the command does."""
    if doc.language or code.info.split()[:1] and code.info.split()[0].lower() not in _SHELLS:
        return None
    lines = _command_lines(code, source)
    said = sentences(source[text.start - 1].strip())  # its first line: "Shows the tree" over "Might need sudo"
    if lines is None or not said or len(lines) > 2 or u.plain.rstrip().endswith(":") or text.start != code.end + 1:
        return None  # a sentence after a blank line may as well lead in to the next block
    if text.end < len(source) and rx.match(r"\s*(?:```|~~~)", source[text.end]) and not _does(said[0].split()[0]):
        return None  # "Get status of the repo" right over its own block: the next command's caption, not this one's
    first = _RUN_ON.split(said[0].strip(), maxsplit=1)[0].rstrip(".")  # "… of a directory Might need sudo"
    verb, _, rest = first.partition(" ")
    if not 2 <= word_count(first) <= 20 or _LEANS.search(first) or "`" in first:
        return None
    verb = verb if _does(verb) else _third_person(verb)
    if not verb:
        return None
    fence = code.info.split()[0] if code.info.split() else ""
    back = f"```{fence}\n" + "\n".join(lines) + "\n```"
    tool = _tool(lines, u, first)
    note = draft(u, NoteKind.FACT, RULE, f"Which {f'`{tool}` ' if tool else ''}command {verb.lower()} {rest}?", back)
    parts = [*range(code.start + 1, code.end + 1), *range(text.start, text.end + 1)]
    return Claim(RULE, [note], detail="a command and what it does", parts=parts)


def _does(verb: str) -> bool:
    """ "Lists", "Decompresses", "switches": a task verb in the third person."""
    if not (verb.islower() or verb[:1].isupper() and verb[1:].islower()):
        return False
    word = verb.lower()
    stems = {word[:-1]} | ({word[:-2]} if word.endswith("es") else set()) | ({word[:-3] + "y"} if word.endswith("ies") else set())
    return word.endswith("s") and bool(stems & _TASK_VERBS)


def _third_person(verb: str) -> str:
    """ "List" → "lists", "Switch" → "switches": a task verb in the base form, as the description's verb."""
    word = verb.lower()
    if word not in _TASK_VERBS or not (verb.islower() or verb[:1].isupper() and verb[1:].islower()):
        return ""
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def labelled(u: Unit, doc: Doc) -> Claim | None:
    """ "- List all pods: `kubectl get pods`": a task as the label and a command as the whole text."""
    if doc.language or not u.label or not rx.fullmatch(r"`[^`]{2,160}`", (u.body or "").strip().rstrip(".")):
        return None
    task = _task(u.label)
    code = u.body.strip().rstrip(".").strip("`")
    if task is None or not _SHELL_LINE.match(code) or code.endswith(";"):
        return None  # "Set kth bit: `s |= (1 << k);`" is an expression, not a command to run
    note = draft(u, NoteKind.FACT, RULE, _asked(_tool([code], u, task), task), u.body.strip().rstrip("."))
    return Claim(RULE, [note], detail="a task and its command")


_INLINE = re.compile(r"^`(?P<code>[^`]{2,160})`\s*(?:[-–—:,]\s*)?(?P<what>[A-Za-z][^`]*?)(?:,?\s+`.*)?$")


def inline(u: Unit, doc: Doc) -> Claim | None:
    """ "`docker container stop NAME` stops a running container" → "Which `docker` command stops a running
    container?" / the command: a command as written, then what it does (the task verb in the third person)."""
    if doc.language or u.label and not u.body.startswith("`"):
        return None
    m = _INLINE.match(u.plain.strip())
    if m is None:
        return None
    what = m.group("what").strip()
    if u.plain.count("`") > 2:  # "… removes a container, add `-f` to …": the flags after the comma are another fact
        what = rx.split(r",\s", what, maxsplit=1)[0]
    code, first = m.group("code").strip(), sentences(what)[0].rstrip(".,; ")
    verb, _, rest = first.partition(" ")
    if not _SHELL_LINE.match(code) or not _does(verb) or not 2 <= word_count(first) <= 16 or _LEANS.search(first):
        return None
    tool = _tool([code], u, first)
    front = f"Which {f'`{tool}` ' if tool else ''}command {verb.lower()} {rest}?"
    return Claim(RULE, [draft(u, NoteKind.FACT, RULE, front, f"`{code}`")], detail="a command and what it does")
