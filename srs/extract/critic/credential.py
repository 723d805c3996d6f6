"""A login prompt's answer: "Username: sivaprasadreddy", "Password: my_password" under "$ docker login".

The notes show what the author typed at a prompt, one account's name or secret; "Username?" / "Sivaprasadreddy" asks
nothing a learner could know. A label that says what the value is for ("Default password?" / "admin") is a fact and
keeps its card.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft, Template
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_PROMPT = re.compile(r"user\s?name|user|login|password|passwd|passphrase|e-?mail|token|api[ _-]?key|secret|"
                     r"benutzername|passwort|usuario|contraseña|senha|utilisateur|mot de passe|utente|"
                     r"用户名|密码|ユーザー名|パスワード|사용자\s?이름|비밀번호|пользователь|пароль", re.IGNORECASE)


# "question id: d7dba2b9-049a-4a68-a3dc-ff5eaa501b19", "commit: 3f2a9c1e…": an opaque identifier, bookkeeping
_OPAQUE_ID = re.compile(r"`?(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,})`?\.?",
                        re.IGNORECASE)


def credential(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    if note.template != Template.CLOZE and _OPAQUE_ID.fullmatch(note.back.strip()):
        return Finding("example-data", f"'{note.back.strip()[:20]}…' is an opaque id (a uuid, a hash): bookkeeping, no fact")
    label = rx.split(r": | — ", note.front.rstrip("?？ "))[-1].strip(" *_`")
    if note.rule != "labelled-fact" or not _PROMPT.fullmatch(label) or " " in note.back.strip():
        return None
    return Finding("example-data", f"'{note.back.strip()}' is what one account typed at a '{label}' prompt, not a fact")
