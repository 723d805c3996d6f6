"""``python -m bench.hostile``: time and peak memory of `srs import` on every hostile file.

The corpus is tests/data/hostile/make_hostile.py's (zip slip, zip and media
bombs, FIFOs, /dev/zero, sparse 1 GB files, foreign databases…) plus the
files of issue #18 that used to run for minutes: a 100 KB line of ``_``, lines
of 7,700 and 20,000 ``==a==`` clozes, a package of 20k referenced media files,
and CSVs of growing size. Each runs in a fresh child process (``srs --db COPY
import FILE``; a database file is opened with ``srs --db FILE decks``) whose
wall time and peak resident memory (``ru_maxrss``) are printed in a table.

    python -m bench.hostile                 # CSVs of 10, 50 and 100 MB
    python -m bench.hostile --quick         # CSVs of 2 and 10 MB, no 20k-media package
    python -m bench.hostile --markdown out.md

Targets (issue #18): every file finishes or is refused within 10 s; an import
of N bytes uses no more than 300 MB + 2 × N. Exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAKER = ROOT / "tests" / "data" / "hostile" / "make_hostile.py"
LIMIT_S = 10.0
TIMEOUT_S = 120.0  # a run still going after this is stopped and reported as such
DATABASES = (".db", ".sqlite")
LEGIT = ("cards-", "media-20k")  # valid files of growing size
HWM = "@@hwm-kb "
# srs, reporting its own peak resident memory at exit: VmHWM starts afresh at exec, while the ru_maxrss
# that wait4 gives also counts the forking parent's memory (this process, holding the corpus generator)
CHILD = ("import atexit, re, sys\n"
         "def hwm():\n"
         "    kb = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())\n"
         f"    sys.stderr.write('\\n{HWM}' + (kb.group(1) if kb else '0') + '\\n')\n"
         "atexit.register(hwm)\n"
         "from srs.cli import main\n"
         "sys.exit(main(sys.argv[1:]))\n")


@dataclass
class Result:
    name: str
    size: int
    outcome: str
    seconds: float
    peak_mb: float
    timed_out: bool = False

    @property
    def memory_budget_mb(self) -> float:
        return 300 + 2 * self.size / (1 << 20)

    @property
    def legit(self) -> bool:  # a valid file that grows: held to the memory budget and linear time, not 10 s
        return self.name.startswith(LEGIT)

    @property
    def met(self) -> bool:
        fast = self.legit or self.seconds <= LIMIT_S
        return not self.timed_out and fast and self.peak_mb <= self.memory_budget_mb


def corpus(out: Path, quick: bool) -> dict[str, Path]:
    spec = importlib.util.spec_from_file_location("make_hostile", MAKER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    files: dict[str, Path] = module.make_all(out / "corpus")
    gen = out / "generated"
    gen.mkdir()

    def text(name: str, content: str) -> None:
        (gen / name).write_text(content, encoding="utf-8")
        files[name] = gen / name

    text("underscores-100k.md", "x" + "_" * 99_990 + "\n\nquestion :: answer\n")
    text("clozes-7700.md", "==a== " * 7_700 + "\n")
    text("clozes-20000.md", "==a== " * 20_000 + "\n")
    text("clozes-150.csv", "#notetype:Cloze\n#separator:Comma\n" + " ".join(f"{{{{c{i}::a}}}}" for i in range(1, 151)) + ",x\n")
    if not quick:
        files["media-20k.apkg"] = media_package(gen / "media-20k.apkg", 20_000)
    for mb in (2, 10) if quick else (10, 50, 100):
        files[f"cards-{mb}mb.csv"] = csv_file(gen / f"cards-{mb}mb.csv", mb)
    return files


def csv_file(path: Path, megabytes: int) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("front,back\n")
        size, i = 0, 0
        while size < megabytes << 20:
            size += fh.write(f"question {i} about topic {i % 97},the answer to question {i} is {i * 7} because of reasons\n")
            i += 1
    return path


def media_package(path: Path, count: int) -> Path:
    """``count`` notes, each showing its own small image: every media file is referenced."""
    sys.path.insert(0, str(ROOT))
    from datetime import datetime

    from srs.anki import ExportNote, write_apkg

    now = datetime(2026, 3, 2, tzinfo=UTC)
    base = path.with_suffix(".base")
    write_apkg(base, [ExportNote(guid=f"m{k}", template="basic", front=f"picture {k} ![](img{k}.png)", back="a",
                                 modified=now) for k in range(count)], with_scheduling=False, now=now)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for name in src.namelist():
            if name != "media":
                out.writestr(name, src.read(name))
        out.writestr("media", json.dumps({str(k): f"img{k}.png" for k in range(count)}))
        for k in range(count):
            out.writestr(str(k), b"png %d" % k)
    base.unlink()
    return path


def run(name: str, path: Path, empty_db: Path, work: Path) -> Result:
    if name.endswith(DATABASES):
        argv = ["--db", str(path), "decks"]
    else:
        db = work / f"run-{len(list(work.glob('run-*.db')))}.db"
        shutil.copy(empty_db, db)
        argv = ["--db", str(db), "import", str(path)]
    tmp = work / "tmp"
    tmp.mkdir(exist_ok=True)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", CHILD, *argv], stdout=out, stderr=err, cwd=ROOT,
                                env={**os.environ, "TMPDIR": str(tmp)}, start_new_session=True)
        timed_out = False
        try:
            proc.wait(TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            timed_out = True
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        errors, _, peak = err.read().partition(HWM)
        outcome = _outcome(proc.returncode, out.read(), errors.replace(f"{path}: ", "").replace(str(path), name),
                           timed_out)
    size = path.stat().st_size if path.is_file() and not path.is_symlink() else 0
    return Result(name, size, outcome, seconds, int(peak.strip() or 0) / 1024, timed_out)


def _outcome(code: int, out: str, err: str, timed_out: bool) -> str:
    if timed_out:
        return f"still running after {TIMEOUT_S:.0f} s"
    if code == 0:
        rows = [ln.split() for ln in out.splitlines()[1:] if ln.strip()]
        new = rows[0][1] if rows and len(rows[0]) > 1 and rows[0][1].isdigit() else None
        return "imported" + (f", {new} new" if new is not None else "") + (", with warnings" if "warning" in out else "")
    line = (err.strip().splitlines() or [f"exit {code}"])[-1].removeprefix("srs: error: ")
    return f"refused: {line[:72]}"


def fmt_size(n: int) -> str:
    return "-" if not n else f"{n / (1 << 20):,.1f} MB" if n >= 1 << 20 else f"{n / 1024:,.1f} KB"


def table(results: list[Result], markdown: bool) -> str:
    head = ["file", "size", "outcome", "time", "s/MB", "peak memory", "budget", "target"]
    rows = [[r.name, fmt_size(r.size), r.outcome, f"{r.seconds:.2f} s",
             f"{r.seconds / (r.size / (1 << 20)):.2f}" if r.legit and r.size else "", f"{r.peak_mb:,.0f} MB",
             f"{r.memory_budget_mb:,.0f} MB", "met" if r.met else "NOT MET"] for r in results]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        return "\n".join(lines + ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows])
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(len(head))]
    right = {1, 3, 4, 5, 6}
    fmt = lambda r: "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip()  # noqa: E731
    return "\n".join([fmt(head), "  ".join("-" * w for w in widths), *map(fmt, rows)])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="small CSVs, no 20k-media package")
    p.add_argument("--only", help="run only the files whose name contains this")
    p.add_argument("--markdown", type=Path, help="also write the table as markdown")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="srs-bench-hostile-"))
    try:
        from srs.service.collection import Collection

        empty = work / "empty.db"
        Collection.open(empty).close()
        files = corpus(work, args.quick)
        results = []
        for name, path in files.items():
            if args.only and args.only not in name:
                continue
            results.append(run(name, path, empty, work))
            print(f"  {name}: {results[-1].seconds:.2f} s", file=sys.stderr, flush=True)
        print(f"Target (issue #18): a hostile file finishes or is refused within {LIMIT_S:.0f} s; every import peaks at "
              "no more than 300 MB + 2 x file size (valid files that grow, cards-*/media-*: linear time, see s/MB).")
        print(table(results, markdown=False))
        missed = [r.name for r in results if not r.met]
        print(f"\n{len(results) - len(missed)} of {len(results)} met the target" + (f"; NOT MET: {', '.join(missed)}" if missed else "."))
        if args.markdown:
            args.markdown.write_text(table(results, markdown=True) + "\n", encoding="utf-8")
        return 1 if missed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
