"""How long `srs sync` takes to take in another device's answers (`python -m bench.sync_speed`).

A collection of CARDS cards is uploaded to Anki's own sync server on 127.0.0.1;
a plain Anki collection (the phone) downloads it and answers REVIEWS cards with
Anki's scheduler, then syncs; the table shows how long srs's sync of those answers
takes (the issue's target: 10,000 cards and 1,000 answers in under 5 s).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _server(base: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "SYNC_BASE": str(base), "SYNC_HOST": "127.0.0.1", "SYNC_PORT": str(port),
           "SYNC_USER1": "bench:bench"}
    proc = subprocess.Popen([sys.executable, "-m", "anki.syncserver"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port}/"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=1_000)
    args = parser.parse_args(argv)

    import anki.collection  # noqa: F401  (before anki.cards)
    from anki.collection import Collection as AnkiCollection

    from srs.service.collection import Collection
    from srs.service.importing import import_paths
    from srs.service.syncing import sync

    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="srs-sync-bench-") as tmp:
        folder = Path(tmp)
        proc, endpoint = _server(folder / "server")
        try:
            deck = folder / "bench.md"
            deck.write_text("# Bench\n\n" + "".join(f"- **term {i}**: meaning number {i}\n" for i in range(args.cards)))
            col = Collection.open(folder / "srs.db")
            t = time.perf_counter()
            import_paths(col, [deck])
            rows.append((f"import {args.cards:,} cards from markdown", time.perf_counter() - t))
            t = time.perf_counter()
            sync(col, endpoint=endpoint, user="bench", password=lambda: "bench", upload=True)
            rows.append(("srs sync --upload (first, full)", time.perf_counter() - t))

            (folder / "phone").mkdir()
            phone = AnkiCollection(str(folder / "phone" / "collection.anki2"))
            auth = phone.sync_login("bench", "bench", endpoint)
            out = phone.sync_collection(auth, False)
            phone.close_for_full_sync()
            phone.full_upload_or_download(auth=auth, server_usn=out.server_media_usn, upload=False)
            phone.reopen(after_full_sync=True)
            for cid in phone.db.list("SELECT id FROM cards ORDER BY id LIMIT ?", args.reviews):
                card = phone.get_card(cid)
                card.start_timer()
                phone.sched.answerCard(card, 3)
            phone.sync_collection(auth, False)
            phone.close()

            t = time.perf_counter()
            report = sync(col)
            rows.append((f"srs sync taking in {report.received.get('reviews', 0):,} answers",
                         time.perf_counter() - t))
            t = time.perf_counter()
            sync(col)
            rows.append(("srs sync with nothing to move", time.perf_counter() - t))
            col.close()
        finally:
            proc.terminate()
            proc.wait()
    width = max(len(label) for label, _ in rows)
    print(f"{'operation'.ljust(width)}  seconds")
    for label, seconds in rows:
        print(f"{label.ljust(width)}  {seconds:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
