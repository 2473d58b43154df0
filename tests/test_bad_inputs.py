"""The bad-input suite: every file in tests/fixtures/bad/ is built, and the outcome is the one
written for it in expected.toml: refused with one line naming the file, or built whole with
the texts a trainer must find and the checks the build must print. Never a traceback."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from .conftest import FIXTURES
from .inspectors import deck_slides, fold, pdf_pages

BAD = FIXTURES / "bad"
EXPECTED = tomllib.loads((BAD / "expected.toml").read_text(encoding="utf-8"))


def test_every_bad_input_has_an_expected_outcome() -> None:
    inputs = {path.name for path in BAD.iterdir() if path.is_file()} - {"expected.toml"}
    assert inputs == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_bad_input_is_refused_by_name_or_built_whole(run, tmp_path: Path, name: str) -> None:
    expected = EXPECTED[name]
    source = BAD / name
    out = tmp_path / "out"
    result = run("build", source, "--out", out)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    if "refused" in expected:
        assert result.exit_code != 0
        assert lines == [f"Error: {source}{expected['refused']}"]
        assert not out.exists() or not any(out.iterdir())
        return
    assert result.exit_code == 0, result.output
    stem = source.stem
    handout = fold(" ".join(pdf_pages(out / f"{stem}-handout.pdf")))
    deck = fold(
        " ".join(
            " ".join([slide.title, slide.statement, *(slide.texts or {}).values(), slide.notes])
            for slide in deck_slides(out / f"{stem}-slides.pptx")
        )
    )
    for text in expected.get("handout", []):
        assert fold(text) in handout, text
    for text in expected.get("deck", []):
        assert fold(text) in deck, text
    for text in expected.get("lacks", []):
        assert fold(text) not in handout and fold(text) not in deck, text
    for said in expected.get("says", []):
        assert f"check: {source}: {said}" in lines, said
