"""Front matter: YAML (``deck:``, ``tags:``, ``preset:``; other keys are kept, unused), Hugo's TOML and JBake's header."""

from __future__ import annotations

import re
from typing import Any

import yaml

from srs.extract import rx

_TAG = re.compile(r"[^\w:/-]+", re.UNICODE)


def parse(content: str, first_line: int) -> tuple[dict[str, Any], list[str]]:
    """The front matter as a dict (deck: str, tags: list[str], preset: str) and warnings."""
    warnings: list[str] = []
    try:
        data = yaml.safe_load(content) if content.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = first_line + 1 + (mark.line if mark else 0)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        return {}, [f"line {where}: bad front matter ({problem}); ignored"]
    except Exception as exc:  # yaml can raise on exotic input (recursion, huge numbers)
        return {}, [f"line {first_line}: bad front matter ({type(exc).__name__}); ignored"]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [f"line {first_line}: front matter is not a mapping of keys; ignored"]
    out: dict[str, Any] = {str(k): v for k, v in data.items()}
    for key in ("deck", "preset"):
        if key in out:
            value = out[key]
            if isinstance(value, (str, int, float)) and str(value).strip():
                out[key] = str(value).strip()
            else:
                warnings.append(f"line {first_line}: front matter '{key}' should be text; ignored")
                del out[key]
    if "tags" in out:
        tags = _tags(out["tags"])
        if tags is None:
            warnings.append(f"line {first_line}: front matter 'tags' should be a list or text; ignored")
            del out["tags"]
        else:
            out["tags"] = tags
    return out, warnings


def _tags(value: Any) -> list[str] | None:
    if isinstance(value, str):
        raw = rx.split(r"[,\s]+", value)
    elif isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        raw = [str(v) for v in value]
    else:
        return None
    tags = [_TAG.sub("-", t.strip().casefold()).strip("-") for t in raw]
    return [t for t in dict.fromkeys(tags) if t]


_SETTING = re.compile(r"^[a-z][a-z0-9_-]*:(?:\s.*)?$")  # "card_type: cue_card", "duration: 300", "tags:"
_RULE_LINE = re.compile(r"^-{3,}\s*$")


def settings_blocks(lines: list[str]) -> list[str]:
    """Blocks of settings between two ``---`` lines in the body ("---", "title: …", "duration: 300", "card_type: cue_card",
    "---"), as course platforms and slide tools write before each part: the tool's settings, not notes. (Without
    this, markdown reads the last setting as a heading underlined by the closing ``---``.) Blanked, line for line."""
    out = list(lines)
    k = 1  # (the document's own front matter, from its first line, is read as such)
    while k < len(out):
        if _RULE_LINE.match(out[k]) and not out[k - 1].strip():
            end = k + 1
            while end < len(out) and _SETTING.match(out[end]):
                end += 1
            if end - k - 1 >= 2 and end < len(out) and _RULE_LINE.match(out[end]):
                out[k:end + 1] = [""] * (end + 1 - k)
                k = end
        k += 1
    return out


def jbake_header(lines: list[str]) -> list[str]:
    """JBake's header ("title=…", "tags=…" lines closed by "~~~~~~"): the site's record, not a code fence that would
    swallow the notes. Its lines are blanked, so every other line keeps its number."""
    end = next((k for k in range(1, min(len(lines), 20)) if rx.fullmatch(r"~{3,}\s*", lines[k])), None)
    if end is None or not all(_TOML_LINE.match(line) for line in lines[:end]):
        return lines
    return ["" for _ in lines[:end + 1]] + lines[end + 1:]


def toml_front_matter(lines: list[str]) -> list[str]:
    """Hugo's "+++" TOML front matter read as the YAML front matter it says the same as: ``title = 'X'`` → ``title: 'X'``
    (a table header such as ``[params]`` is dropped). Not TOML: the lines are left as they are."""
    if not lines or lines[0].strip() != "+++":
        return lines
    end = next((k for k in range(1, min(len(lines), 80)) if lines[k].strip() == "+++"), None)
    if end is None:
        return lines
    array = [False] * end  # the lines of an array written over several ("tags = [", '    "Scalability"', "]"): dropped
    for k in range(1, end):
        array[k] = array[k - 1] and lines[k - 1].strip() != "]" or bool(rx.fullmatch(r"\s*[\w.-]+\s*=\s*\[\s*", lines[k]))
    if not all(_TOML_LINE.match(line) or not line.strip() or _TOML_TABLE.match(line) or array[k]
               for k, line in enumerate(lines[1:end], start=1)):
        return lines
    inner = ["" if _TOML_TABLE.match(line) or array[k] else _TOML_LINE.sub(r"\1: \2", line)
             for k, line in enumerate(lines[1:end], start=1)]
    return ["---", *inner, "---", *lines[end + 1:]]


_TOML_LINE = re.compile(r"^\s*([\w.-]+)\s*=\s*(.+)$")
_TOML_TABLE = re.compile(r"^\s*\[[\w.-]+\]\s*$")


def placeholder_headings(lines: list[str]) -> list[str]:
    """ "# {title}", "# {{ page.title }}": a site template's slot for the page's title, not a title. It becomes the
    ``title:`` of the front matter when there is one, else it is dropped."""
    end = next((k for k in range(1, min(len(lines), 80)) if lines[k].strip() == "---"), 0) if lines and lines[0].strip() == "---" else 0
    named = next((m.group(1).strip("'\" ") for line in lines[1:end] if (m := _YAML_TITLE.match(line))), "")
    out = list(lines)
    for k in range(end + 1 if end else 0, min(len(out), end + 40)):
        if (slot := _SLOT_HEADING.match(out[k])) is not None:
            out[k] = f"{slot.group(1)} {named}" if named else ""
    return out


_YAML_TITLE = re.compile(r"^title:\s*(.+?)\s*$")
_SLOT_HEADING = re.compile(r"^(\s{0,3}#{1,6})\s+\{\{?\s*[\w.]+\s*\}\}?\s*#*\s*$")
