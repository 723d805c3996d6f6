"""Study in Anki's own engine over simulated days, then import what it exports.

Run as a script under libfaketime (``python -m tests.anki.anki_clock SCENARIO_JSON
FOLDER``, see ``run``): Anki's Rust backend reads the process clock, so the
clock is moved by setting ``FAKETIME`` before each answer. Each session answers
every card Anki shows (new, learning within its learn-ahead, review) with
seeded ratings; the last one may stop early, leaving cards in (re)learning.
At the end the collection is exported as a .apkg, a legacy .apkg (and the
same collection alone as an Anki 2.0 ``collection.anki2`` package) and a
.colpkg, and each is imported into a fresh srs collection at the same moment.
Prints JSON: per package, per card, Anki's schedule beside ours.

For an SM-2 scenario Anki's memory states come from switching FSRS on in its
deck options after the export: Anki then computes every card's memory state
from its review log, which is what srs must compute on import.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

FAKETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def faked_env(tz: str) -> dict[str, str]:
    """The environment that runs a process on libfaketime's clock (python-libfaketime's library)."""
    import libfaketime

    _, additions = libfaketime.get_reload_information()
    return {**os.environ, **additions, "TZ": tz, "FAKETIME": "2026-03-02 09:00:00"}


def run(scenario: dict, folder: Path) -> dict:
    """Run ``scenario`` in a faked-clock child process; its report."""
    folder.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-m", "tests.anki.anki_clock", json.dumps(scenario), str(folder)],
                          capture_output=True, text=True, env=faked_env(scenario["tz"]), cwd=root, timeout=600)
    if proc.returncode != 0:
        raise AssertionError(f"the Anki study run failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _at(local: datetime) -> None:
    os.environ["FAKETIME"] = local.strftime(FAKETIME_FORMAT)  # libfaketime reads it on every clock call


def _configure(col, *, fsrs: bool) -> None:  # noqa: ANN001
    from anki.decks import UpdateDeckConfigs, UpdateDeckConfigsMode

    did = col.decks.id("Default")
    upd = col.decks.get_deck_configs_for_update(did)
    cfg = upd.all_config[0].config
    col.decks.update_deck_configs(UpdateDeckConfigs(
        target_deck_id=did, configs=[cfg], mode=UpdateDeckConfigsMode.UPDATE_DECK_CONFIGS_MODE_NORMAL,
        limits=upd.current_deck.limits, new_cards_ignore_review_limit=upd.new_cards_ignore_review_limit,
        apply_all_parent_limits=upd.apply_all_parent_limits, fsrs=fsrs, fsrs_reschedule=False,
        fsrs_health_check=False))


def _anki_cards(col) -> dict[str, dict]:  # noqa: ANN001
    out = {}
    today = col.sched.today
    for cid in col.find_cards(""):
        c = col.get_card(cid)
        due = c.odue if c.odid else c.due
        key = f"{c.note()['Front']}/{c.ord}"
        ms = c.memory_state
        out[key] = {"type": c.type, "queue": c.queue, "ivl": c.ivl,
                    "due_in_days": due - today if c.type == 2 or (c.type in (1, 3) and due < 1_000_000_000) else None,
                    "due_time": due if c.type in (1, 3) and due >= 1_000_000_000 else None,
                    "s": ms.stability if ms else None, "d": ms.difficulty if ms else None}
    return out


def _study(scenario: dict, folder: Path) -> tuple[dict, dict[str, Path]]:
    import anki.collection  # noqa: F401  (must come before anki.cards)
    from anki.collection import Collection, ExportAnkiPackageOptions

    sessions = [datetime.fromisoformat(s) for s in scenario["sessions"]]
    _at(sessions[0] - timedelta(days=1))  # created the day before: Anki counts no day before its first
    path = folder / "anki" / "collection.anki2"
    path.parent.mkdir(parents=True)
    col = Collection(str(path))
    col.set_config("rollover", scenario["rollover"])
    _configure(col, fsrs=scenario["fsrs"])
    basic, reverse = col.models.by_name("Basic"), col.models.by_name("Basic (and reversed card)")
    for i in range(scenario["notes"]):
        note = col.new_note(reverse if i % 4 == 0 else basic)
        note["Front"], note["Back"] = f"q{i}", f"a{i}"
        col.add_note(note, col.decks.id("Default"))
    rng = random.Random(scenario["seed"])
    for k, start in enumerate(sessions):
        clock = start
        _at(clock)
        limit = scenario.get("last_session_answers") if k == len(sessions) - 1 else None
        answered = 0
        while (limit is None or answered < limit) and (card := col.sched.getCard()) is not None:
            answered += 1
            clock += timedelta(seconds=rng.randint(5, 25))
            _at(clock)
            col.sched.answerCard(card, rng.choices([1, 2, 3, 4], weights=[15, 10, 65, 10])[0])
    final = datetime.fromisoformat(scenario["now"])
    _at(final)
    packages = {"apkg": folder / "x.apkg", "legacy apkg": folder / "legacy.apkg", "colpkg": folder / "x.colpkg"}
    for name, legacy in (("apkg", False), ("legacy apkg", True)):
        col.export_anki_package(out_path=str(packages[name]), limit=None, options=ExportAnkiPackageOptions(
            with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy))
    packages["anki2 apkg"] = _anki2_only(packages["legacy apkg"], folder / "anki2.apkg")
    packages["apkg without lrt"] = _without_lrt(packages["anki2 apkg"], folder / "old.apkg")
    truth = _anki_cards(col)
    col.export_collection_package(str(packages["colpkg"]), include_media=True, legacy=False)  # closes it
    if not scenario["fsrs"]:  # the memory states Anki computes from the log when FSRS is switched on
        col = Collection(str(path))
        _configure(col, fsrs=True)
        for key, card in _anki_cards(col).items():
            truth[key]["s"], truth[key]["d"] = card["s"], card["d"]
        col.close()
    return truth, packages


def _anki2_only(legacy: Path, out: Path) -> Path:
    """An Anki 2.0-style package: the legacy export's schema-11 collection as ``collection.anki2``, alone."""
    import zipfile

    with zipfile.ZipFile(legacy) as src, zipfile.ZipFile(out, "w") as dst:
        dst.writestr("collection.anki2", src.read("collection.anki21"))
        dst.writestr("media", src.read("media"))
    return out


def _without_lrt(package: Path, out: Path) -> Path:
    """The package as an Anki before 23.10 wrote it: no last review time in the card data (the log says it)."""
    import sqlite3
    import zipfile

    work = out.with_suffix(".anki2")
    with zipfile.ZipFile(package) as src:
        work.write_bytes(src.read("collection.anki2"))
        media = src.read("media")
    db = sqlite3.connect(work)
    db.execute("UPDATE cards SET data = json_remove(data, '$.lrt') WHERE json_valid(data)")
    db.commit()
    db.close()
    with zipfile.ZipFile(out, "w") as dst:
        dst.write(work, "collection.anki2")
        dst.writestr("media", media)
    return out


def _ours(package: Path, folder: Path, scenario: dict) -> dict[str, dict]:
    from sqlalchemy import select, update

    from srs.core.days import day_index, interval_days
    from srs.db.models import Card, Note, Preset
    from srs.db.types import to_micros
    from srs.service.collection import Collection
    from srs.service.importing import import_paths

    # The user's day here starts at srs_hour (default: when it did in their Anki); the
    # package's history is counted in the package's own rollover hour either way.
    hour = scenario.get("srs_hour", scenario["rollover"])
    col = Collection.open(folder / f"srs-{package.name}.db")  # one database a package (x.apkg, x.colpkg)
    try:
        with col.write() as s:
            s.execute(update(Preset).values(day_start_hour=hour))
        report = import_paths(col, [package])
        assert report.files[0].status != "failed", report.files[0].error
        now = col.now()
        with col.read() as s:
            rows = s.execute(select(Note.front, Card.ordinal, Card.state, Card.due, Card.last_review, Card.stability,
                                    Card.difficulty).join(Note, Note.id == Card.note_id)).all()
    finally:
        col.close()
    out = {}
    for front, ordinal, state, due, last, stability, difficulty in rows:
        out[f"{front}/{ordinal}"] = {
            "state": state, "due_in_days": day_index(due, hour) - day_index(now, hour),
            "due_time": round(due.timestamp(), 3),
            "ivl": interval_days(to_micros(due), None if last is None else to_micros(last)),
            "s": stability, "d": difficulty}
    return out


def main(argv: list[str]) -> int:
    scenario, folder = json.loads(argv[0]), Path(argv[1])
    os.environ["SRS_NOW"] = scenario["now"]
    os.environ["SRS_HOME"] = str(folder / "srs-home")
    truth, packages = _study(scenario, folder)
    report = {"anki": truth, "ours": {name: _ours(path, folder, scenario) for name, path in packages.items()}}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
