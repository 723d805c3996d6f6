"""Run as a script under a given TZ: export review cards due in k days, import
them with Anki, print how far each landed from "k days from today"."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta

import anki.collection  # noqa: F401
from anki.collection import Collection

from srs.anki import ExportCard, ExportNote, write_apkg
from tests.anki.helpers import anki_import

now = datetime.now(UTC).replace(microsecond=0)
days = range(-2, 6)
notes = [ExportNote(guid=f"n{k}", template="basic", front=f"f{k}", modified=now,
                    cards=(ExportCard(0, state=2, due=now + timedelta(days=k), stability=3.0,
                                      difficulty=5.0, interval_days=max(1, k)),))
         for k in days]
folder = tempfile.mkdtemp()
write_apkg(os.path.join(folder, "x.apkg"), notes, with_scheduling=True, now=now)
os.makedirs(os.path.join(folder, "p"))
col = Collection(os.path.join(folder, "p", "collection.anki2"))
anki_import(col, os.path.join(folder, "x.apkg"))
off = []
for k in days:
    [nid] = col.find_notes(f'"Front:f{k}"')
    off.append(col.get_note(nid).cards()[0].due - col.sched.today - k)
col.close()
print(",".join(map(str, off)))
sys.exit(0)
