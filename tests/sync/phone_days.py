"""The phone of the three-day scenario, run as its own process on a faked clock.

``python -m tests.sync.phone_days ACTION FOLDER ENDPOINT [ANSWERS SEED]`` under libfaketime
(tests/sync/test_phone_days.py sets the environment): the process clock, which Anki's
engine and its sync client read, is whatever the test wrote into the clock file. The
sync server runs on the same clock (Anki refuses to sync across more than five minutes).

ACTION: ``sync`` (a normal sync; the first one downloads), ``study`` (answer up to ANSWERS
cards Anki shows now, ratings from SEED), ``view`` (prints JSON: the collection's day
numbering and every card's type, queue, due and review log).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from bench.anki_phone import phone_sync

USER, PASSWORD = "user", "pass"  # tests/sync/conftest.py's server user


def _sync(col, endpoint: str) -> None:  # type: ignore[no-untyped-def]
    phone_sync(col, USER, PASSWORD, endpoint)


def _study(col, answers: int, seed: int) -> int:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    col.decks.select(col.db.scalar("SELECT did FROM cards LIMIT 1"))  # the deck srs made
    done = 0
    while done < answers:
        queued = col.sched.get_queued_cards(fetch_limit=1).cards
        if not queued:
            break
        card = col.get_card(queued[0].card.id)
        card.start_timer()
        card.timer_started -= rng.randint(3, 15)
        col.sched.answerCard(card, rng.choices([1, 2, 3, 4], weights=[15, 10, 60, 15])[0])
        done += 1
    return done


def _view(col) -> dict:  # type: ignore[no-untyped-def]
    cards = {}
    for cid, guid, ord_, ctype, queue, due, ivl in col.db.all(
            "SELECT c.id, n.guid, c.ord, c.type, c.queue, c.due, c.ivl FROM cards c JOIN notes n ON n.id = c.nid"):
        log = col.db.all("SELECT id, ease FROM revlog WHERE cid = ? AND type < 4 ORDER BY id", cid)
        cards[f"{guid}/{ord_}"] = {"type": ctype, "queue": queue, "due": due, "ivl": ivl,
                                   "log": [[int(i), int(e)] for i, e in log]}
    return {"crt": col.db.scalar("SELECT crt FROM col"), "today": col.sched.today, "cards": cards}


def main(argv: list[str]) -> int:
    action, folder, endpoint = argv[0], Path(argv[1]), argv[2]
    import anki.collection  # noqa: F401  (before anki.cards)
    from anki.collection import Collection

    folder.mkdir(parents=True, exist_ok=True)
    col = Collection(str(folder / "collection.anki2"))
    try:
        if action == "sync":
            _sync(col, endpoint)
        elif action == "study":
            print(json.dumps({"answered": _study(col, int(argv[3]), int(argv[4]))}))
        elif action == "view":
            print(json.dumps(_view(col)))
        else:
            raise SystemExit(f"unknown action {action}")
    finally:
        col.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
