"""Imports point one way (cli → tui → service → {db, extract, anki} → core), with no cycles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "BROKEN" not in out.stdout


def test_core_imports_no_frameworks() -> None:
    code = (
        "import sys, importlib, pkgutil, srs.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__): importlib.import_module('srs.core.' + m.name)\n"
        "bad = [n for n in ('sqlalchemy', 'textual', 'markdown_it', 'alembic') if n in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_does_not_import_the_tui_eagerly() -> None:
    code = "import sys, srs.cli; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """The import cycles among ``package``'s modules: strongly connected groups of two or more (Tarjan)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported != package and not imported.startswith(package + "."):
                continue
            if imported not in order:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], order[imported])
        if low[module] == order[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module.startswith(package) and module not in order:
            visit(module)
    return found


def test_no_module_is_in_an_import_cycle() -> None:
    """Lazy imports inside functions count too: a cycle hidden by one is still a cycle (grimp sees it).
    The acyclic_siblings contract checks packages against each other; this checks every module, a
    package's ``__init__`` included."""
    graph = grimp.build_graph("srs", cache_dir=None)
    assert _cycles(graph, "srs") == []


def test_the_cycle_finder_finds_a_lazy_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("srs", "srs.a", "srs.b", "srs.c"):
        graph.add_module(name)
    graph.add_import(importer="srs.a", imported="srs.b")
    graph.add_import(importer="srs.b", imported="srs.c")
    graph.add_import(importer="srs.c", imported="srs.a")  # in a function body, as importing_anki's was
    assert _cycles(graph, "srs") == [["srs.a", "srs.b", "srs.c"]]
