"""Decks in a company's own master: its layouts by name, its footer and slide numbers."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from .inspectors import deck_slides
from .masters import FOOTER, master_layout


@pytest.mark.parametrize("suffix", [".pptx", ".potx"])
def test_deck_uses_the_masters_layouts_footer_and_numbers(
    run, tmp_path: Path, seed_path: Path, suffix: str
) -> None:
    layout = master_layout(tmp_path, suffix)
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output
    deck = tmp_path / "input-slides.pptx"
    presentation = Presentation(str(deck))  # python-pptx opens what it made
    slides = deck_slides(deck)
    names = [slide.slide_layout.name for slide in presentation.slides]
    expected = ["Section Header" if s.statement else "Tekst en punten" for s in slides]
    assert names == ["Opening", *expected[1:-1], "Opening"]
    for number, slide in enumerate(presentation.slides, start=1):
        ids = [shape.shape_id for shape in slide.shapes]
        assert len(ids) == len(set(ids))  # PowerPoint repairs a file with duplicate ids
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        assert FOOTER in texts
        fields = [f.get("type") for f in slide.shapes._spTree.iter(qn("a:fld"))]
        assert "slidenum" in fields
        assert str(number) in texts
    assert slides[0].title == "Vertrouwen"
    assert slides[2].title == "Wat is vertrouwen" and slides[2].bullets
    assert "Even googelen levert al snel informatie op" in slides[2].notes
    with zipfile.ZipFile(deck) as package:
        for name in package.namelist():
            if name.startswith("ppt/slides/slide"):
                assert b"normAutofit" not in package.read(name), name


def test_a_master_without_a_needed_layout_names_it(run, tmp_path: Path, seed_path: Path) -> None:
    layout = master_layout(tmp_path, closing="Afsluiting")
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "master.pptx: has no slide layout named 'Afsluiting' for closing slides" in result.output
    assert "deck.master_layouts.closing" in result.output and "Opening" in result.output
