"""srs.anki's functions keep their names whatever was imported first (two share a name with their module)."""

from __future__ import annotations

import subprocess
import sys


def test_functions_named_like_their_modules_stay_functions() -> None:
    code = (
        "import srs.anki.read_package, srs.anki.write_apkg\n"
        "from srs.anki import read_package, write_apkg, read_text, ReviewSource\n"
        "assert callable(read_package) and callable(write_apkg), (read_package, write_apkg)\n"
        "assert read_package.__name__ == 'read_package' and write_apkg.__name__ == 'write_apkg'\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
