"""The system keyring, when one works, through the ``keyring`` package (installed with ``srs[anki]``).

"Works" means a real backend: not keyring's ``fail`` backend (no keyring on this system), and a write
that succeeds. Anything else answers "no keyring", and the caller keeps the secret in a 0600 file.
``SRS_NO_KEYRING=1`` turns the keyring off (a shared machine, a test run).
"""

from __future__ import annotations

import os
from typing import Any

SERVICE = "srs sync"


def _backend() -> Any | None:
    if os.environ.get("SRS_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # srs without the [anki] extra: sync itself says how to install it
        return None
    backend = keyring.get_keyring()
    return None if isinstance(backend, fail.Keyring) else backend


def put(account: str, secret: str) -> bool:
    """Store ``secret``; False when there is no working keyring."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, account, secret)
    except Exception:  # keyring.errors.KeyringError and backend-specific failures (a locked or absent daemon)
        return False
    return True


def get(account: str) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, account)
    except Exception:  # as in put(): a keyring that stopped working answers "not there"
        return None
    return value if isinstance(value, str) else None


def delete(account: str) -> None:
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, account)
    except Exception:  # not there any more, or the keyring went away: nothing to forget
        pass
