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


def test_a_slide_layout_without_a_part_its_slides_need_is_named(run, tmp_path, seed_path):
    layout = master_layout(tmp_path)
    toml = (layout / "layout.toml").read_text(encoding="utf-8")
    (layout / "layout.toml").write_text(
        toml.replace('bullets = "Tekst en punten"', 'bullets = "Blank"'), encoding="utf-8"
    )
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert (
        "master.pptx: slide layout 'Blank' (deck.master_layouts.bullets) has no title placeholder"
        in result.output
    )
    assert not (tmp_path / "input-slides.pptx").exists()


def test_a_placeholder_too_small_for_a_line_is_named(run, tmp_path, seed_path) -> None:
    layout = master_layout(tmp_path)
    presentation = Presentation(str(layout / "master.pptx"))
    content = next(s for s in presentation.slide_layouts if s.name == "Tekst en punten")
    title = next(p for p in content.placeholders if p.placeholder_format.idx == 0)
    title.left, title.top, title.width, title.height = 457200, 274638, 8229600, 127000  # 10 pt
    presentation.save(str(layout / "master.pptx"))
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "slide layout 'Tekst en punten' (deck.master_layouts." in result.output
    assert "its title placeholder is too small for a line at 28 pt" in result.output


def test_a_master_only_needs_the_slide_layouts_the_deck_uses(run, tmp_path, seed_path) -> None:
    """The seed has no pictures, exercises or tables: a master without layouts for them, and
    without the names PowerPoint gives them, is fine."""
    layout = master_layout(tmp_path)
    toml = (layout / "layout.toml").read_text(encoding="utf-8")
    toml += 'image = "Geen"\nexercise = "Geen"\ntable = "Geen"\n'
    (layout / "layout.toml").write_text(toml, encoding="utf-8")
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output
