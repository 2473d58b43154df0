"""Shared test helpers: where the fixtures are, and builds of articles into a temporary folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from workshop.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
ROOT = Path(__file__).parent.parent


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
