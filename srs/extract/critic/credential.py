"""A login prompt's answer: "Username: sivaprasadreddy", "Password: my_password" under "$ docker login".

The notes show what the author typed at a prompt, one account's name or secret; "Username?" / "Sivaprasadreddy" asks
nothing a learner could know. A label that says what the value is for ("Default password?" / "admin") is a fact and
keeps its card.
"""

from __future__ import annotations

import re

from srs.core.notes import NoteDraft
from srs.extract import rx
from srs.extract.critic.finding import Finding
from srs.extract.model import Doc, Unit

_PROMPT = re.compile(r"user\s?name|user|login|password|passwd|passphrase|e-?mail|token|api[ _-]?key|secret|"
                     r"benutzername|passwort|usuario|contraseña|senha|utilisateur|mot de passe|utente|"
                     r"用户名|密码|ユーザー名|パスワード|사용자\s?이름|비밀번호|пользователь|пароль", re.IGNORECASE)


def credential(note: NoteDraft, u: Unit, doc: Doc) -> Finding | None:
    label = rx.split(r": | — ", note.front.rstrip("?？ "))[-1].strip(" *_`")
    if note.rule != "labelled-fact" or not _PROMPT.fullmatch(label) or " " in note.back.strip():
        return None
    return Finding("example-data", f"'{note.back.strip()}' is what one account typed at a '{label}' prompt, not a fact")
