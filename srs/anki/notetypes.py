"""Our two Anki note types, with fixed ids so re-exports land on the same type.

Change ``NOTETYPE_MTIME`` whenever a template or the CSS changes, so that
Anki's importer (which updates a note type only when the incoming one is
newer) picks the new version up.
"""

from __future__ import annotations

import hashlib
from typing import Any

BASIC_ID = 1_718_000_000_101
CLOZE_ID = 1_718_000_000_102
NOTETYPE_MTIME = 1_767_225_600  # 2026-01-01; bump with any template/CSS change

BASIC_NAME = "srs Basic"
CLOZE_NAME = "srs Cloze"
BASIC_FIELDS = ("Front", "Back", "Context", "Source", "Add Reverse")
CLOZE_FIELDS = ("Text", "Extra", "Context", "Source")

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  color: #1d1d1f;
  background-color: #fff;
  text-align: left;
  max-width: 42em;
  margin: 0 auto;
  padding: 0 0.75em;
}
.nightMode.card, .night_mode .card { color: #e8e8e8; background-color: #1e1e1e; }
.srs-context { font-size: 0.7em; color: #6e6e73; margin-bottom: 0.6em; }
.srs-front { font-weight: 500; }
.srs-back, .srs-extra { margin-top: 0.4em; }
.srs-source { font-size: 0.65em; color: #6e6e73; margin-top: 1.2em; word-break: break-all; }
.nightMode .srs-context, .nightMode .srs-source { color: #a1a1a6; }
hr#answer { border: 0; border-top: 1px solid #d2d2d7; margin: 0.8em 0; }
p { margin: 0.4em 0; }
ul, ol { padding-left: 1.4em; margin: 0.4em 0; }
img { max-width: 100%; height: auto; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em;
  background: rgba(127, 127, 127, 0.15); border-radius: 4px; padding: 0.1em 0.3em; }
pre { background: rgba(127, 127, 127, 0.12); border-radius: 6px; padding: 0.6em 0.8em;
  overflow-x: auto; line-height: 1.35; }
pre code { background: none; padding: 0; font-size: 0.8em; white-space: pre; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
th, td { border: 1px solid rgba(127, 127, 127, 0.4); padding: 0.25em 0.5em; }
blockquote { border-left: 3px solid rgba(127, 127, 127, 0.4); margin: 0.5em 0; padding-left: 0.8em; }
.cloze { font-weight: bold; color: #0a64d6; }
.nightMode .cloze { color: #6cb4ff; }
@media (max-width: 480px) { .card { font-size: 18px; padding: 0 0.4em; } }
"""

_CONTEXT = '{{#Context}}<div class="srs-context">{{Context}}</div>{{/Context}}'
_SOURCE = '{{#Source}}<div class="srs-source">{{Source}}</div>{{/Source}}'

BASIC_TEMPLATES = (
    (
        "Card 1",
        f'{_CONTEXT}\n<div class="srs-front">{{{{Front}}}}</div>',
        f'{{{{FrontSide}}}}\n<hr id="answer">\n<div class="srs-back">{{{{Back}}}}</div>\n{_SOURCE}',
    ),
    (
        "Card 2 (reverse)",
        "{{#Add Reverse}}" + f'{_CONTEXT}\n<div class="srs-front">{{{{Back}}}}</div>' + "{{/Add Reverse}}",
        f'{{{{FrontSide}}}}\n<hr id="answer">\n<div class="srs-back">{{{{Front}}}}</div>\n{_SOURCE}',
    ),
)

CLOZE_TEMPLATES = (
    (
        "Cloze",
        f'{_CONTEXT}\n<div class="srs-front">{{{{cloze:Text}}}}</div>',
        f'{_CONTEXT}\n<div class="srs-front">{{{{cloze:Text}}}}</div>\n'
        '{{#Extra}}<hr id="answer">\n<div class="srs-extra">{{Extra}}</div>{{/Extra}}\n' + _SOURCE,
    ),
)

_LATEX_PRE = (
    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
    "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n"
    "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n"
)


def _stable_id(*parts: str) -> int:
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _field(name: str, ord_: int, ntid: int) -> dict[str, Any]:
    return {
        "name": name, "ord": ord_, "sticky": False, "rtl": False, "font": "Arial",
        "size": 20, "description": "", "plainText": False, "collapsed": False,
        "excludeFromSearch": name in ("Source", "Add Reverse"),
        "id": _stable_id(str(ntid), "field", name), "tag": None, "preventDeletion": False,
        "media": [],
    }


def _template(name: str, ord_: int, qfmt: str, afmt: str, ntid: int) -> dict[str, Any]:
    return {
        "name": name, "ord": ord_, "qfmt": qfmt, "afmt": afmt, "bqfmt": "", "bafmt": "",
        "did": None, "bfont": "", "bsize": 0, "id": _stable_id(str(ntid), "template", name),
    }


def _notetype(ntid: int, name: str, kind: int, fields, templates, req) -> dict[str, Any]:
    return {
        "id": ntid, "name": name, "type": kind, "mod": NOTETYPE_MTIME, "usn": 0, "sortf": 0,
        "did": None,
        "tmpls": [_template(n, i, q, a, ntid) for i, (n, q, a) in enumerate(templates)],
        "flds": [_field(f, i, ntid) for i, f in enumerate(fields)],
        "css": CSS, "latexPre": _LATEX_PRE, "latexPost": "\\end{document}",
        "latexsvg": False, "req": req, "tags": [], "vers": [],
    }


def notetypes_json() -> dict[str, dict[str, Any]]:
    """The ``col.models`` JSON (schema 11) holding both note types."""
    basic = _notetype(BASIC_ID, BASIC_NAME, 0, BASIC_FIELDS, BASIC_TEMPLATES,
                      [[0, "any", [0]], [1, "all", [1, 4]]])
    cloze = _notetype(CLOZE_ID, CLOZE_NAME, 1, CLOZE_FIELDS, CLOZE_TEMPLATES, [[0, "any", [0]]])
    return {str(BASIC_ID): basic, str(CLOZE_ID): cloze}
