"""Fixtures of the reliability suite: the generated hostile-file corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

MAKER = Path(__file__).resolve().parents[1] / "data" / "hostile" / "make_hostile.py"


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """{name: path} of tests/data/hostile/make_hostile.py's corpus, generated once per run."""
    spec = importlib.util.spec_from_file_location("make_hostile", MAKER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_all(tmp_path_factory.mktemp("hostile"))
