"""Shared test helpers: where the fixtures are, and builds of articles into a temporary folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import workshop.build
from workshop.cli import main

os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="workshop-tests-cache-")
"""The record of past builds (what is up to date) is the tests' own, not the user's."""

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
ROOT = Path(__file__).parent.parent


BUILT_IN_MEMORY: list[tuple[str, bytes]] = []
"""Every handout and deck a test made without writing it (name, bytes), for the check of all
outputs in real clients that runs last (test_real_clients.py); the ones written to a test's
folder are found there."""


def _kept(function: Callable[..., bytes], name: str) -> Callable[..., bytes]:
    def keep(*args, **kwargs) -> bytes:
        data = function(*args, **kwargs)
        BUILT_IN_MEMORY.append((name, data))
        return data

    return keep


workshop.build.handout_bytes = _kept(workshop.build.handout_bytes, "handout.pdf")
workshop.build.deck_bytes = _kept(workshop.build.deck_bytes, "slides.pptx")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `after_all_builds` run last, when every other test has built its outputs."""
    items.sort(key=lambda item: item.get_closest_marker("after_all_builds") is not None)


@pytest.fixture
def seed_path() -> Path:
    return ARTICLES / "vertrouwen" / "input.txt"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run the `workshop` command from the project's root, as a user in the clone would."""
    monkeypatch.chdir(ROOT)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, [str(arg) for arg in args])

    return invoke


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed built once with the default layout: {"pdf": path, "pptx": path}."""
    out = tmp_path_factory.mktemp("seed-build")
    source = out / "vertrouwen.txt"
    shutil.copy(ARTICLES / "vertrouwen" / "input.txt", source)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        result = CliRunner().invoke(main, ["build", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return {"pdf": out / "vertrouwen-handout.pdf", "pptx": out / "vertrouwen-slides.pptx"}
