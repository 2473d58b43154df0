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
    assert result.exit_code == 2
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
    assert result.exit_code == 2 and result.output.count("\n") == 1
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
    assert result.exit_code == 2 and result.output.count("\n") == 1
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


def _with_master(layout: Path, change) -> None:
    """Change the test layout's master with `change(presentation)` and save it again."""
    presentation = Presentation(str(layout / "master.pptx"))
    change(presentation)
    presentation.save(str(layout / "master.pptx"))


def _set_kinds(layout: Path, **kinds: str) -> None:
    toml = (layout / "layout.toml").read_text(encoding="utf-8")
    toml += "".join(f'{kind} = "{name}"\n' for kind, name in kinds.items())
    (layout / "layout.toml").write_text(toml, encoding="utf-8")


def _picture_article(folder: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (1200, 400), "#336699").save(folder / "breed.png")
    source = folder / "beeld.md"
    source.write_text(
        "---\ntitle: Beeld\n---\n\nEen inleiding.\n\n## Met beeld\n\nEen zin. Nog een zin.\n\n"
        "![Het schema in drie fasen](breed.png)\n",
        encoding="utf-8",
    )
    return source


def test_a_master_part_that_is_not_xml_is_one_line(run, tmp_path: Path, seed_path: Path) -> None:
    layout = master_layout(tmp_path)
    master = layout / "master.pptx"
    source = zipfile.ZipFile(master)
    broken = tmp_path / "broken.pptx"
    with zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "ppt/slideLayouts/slideLayout2.xml":
                data = data[: len(data) // 2]
            target.writestr(info, data)
    source.close()
    broken.replace(master)
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "master.pptx: not a PowerPoint file that can be read" in result.output
    assert "BytesIO" not in result.output


def test_a_master_that_unpacks_to_too_much_is_refused(run, tmp_path: Path, seed_path) -> None:
    """A zip bomb: 120 MB of zeros packed into a master of a few hundred KB (one of 3 MB
    peaked at 9.3 GB)."""
    layout = master_layout(tmp_path)
    with zipfile.ZipFile(layout / "master.pptx", "a", zipfile.ZIP_DEFLATED) as master:
        master.writestr("ppt/media/zeros.bin", bytes(120_000_000))
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "master.pptx: unpacks to 120 MB; a master is at most 100 MB" in result.output


def test_a_template_saved_under_a_pptx_name_is_read(run, tmp_path: Path, seed_path) -> None:
    layout = master_layout(tmp_path, ".potx")
    (layout / "master.potx").rename(layout / "master.pptx")
    toml = (
        (layout / "layout.toml").read_text(encoding="utf-8").replace("master.potx", "master.pptx")
    )
    (layout / "layout.toml").write_text(toml, encoding="utf-8")
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output


def test_a_master_in_another_font_than_the_deck_is_measured_for_is_named(
    run, tmp_path: Path, seed_path: Path
) -> None:
    """The deck is measured with the layout's fonts: a master in another font would let
    LibreOffice and PowerPoint draw text past the boxes it was fitted to."""
    layout = master_layout(tmp_path)

    def wide_font(presentation) -> None:
        from pptx.opc.constants import RELATIONSHIP_TYPE as RT

        theme = presentation.slide_master.part.part_related_by(RT.THEME)
        theme._blob = theme.blob.replace(b'typeface="Calibri"', b'typeface="DejaVu Sans"')

    _with_master(layout, wide_font)
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "layout.toml: fonts.deck_name: the deck is measured for 'Calibri'" in result.output
    assert "sets its text in 'DejaVu Sans'" in result.output


def test_titles_a_master_sets_in_capitals_are_measured_so_and_kept_as_written(
    run, tmp_path: Path, seed_path: Path
) -> None:
    from pptx.oxml.ns import qn as pptx_qn

    layout = master_layout(tmp_path)

    def capitals(presentation) -> None:
        style = presentation.slide_master._element.find(pptx_qn("p:txStyles"))
        properties = style.find(pptx_qn("p:titleStyle")).find(f".//{pptx_qn('a:defRPr')}")
        properties.set("cap", "all")

    _with_master(layout, capitals)
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output
    titles = [slide.title for slide in deck_slides(tmp_path / "input-slides.pptx")]
    assert titles[:3] == ["Vertrouwen", "Agenda", "Wat is vertrouwen"]


@pytest.mark.parametrize("name", ["Tekst en punten", "Title Only", "Blank"])
def test_a_picture_in_a_layout_without_a_picture_placeholder_does_not_overlap(
    run, tmp_path: Path, name: str
) -> None:
    layout = master_layout(tmp_path)
    _set_kinds(layout, image=name)
    source = _picture_article(tmp_path)
    result = run("build", source, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    if name == "Blank":  # no title: a slide layout a picture slide cannot use
        assert result.exit_code == 2 and "has no title placeholder" in result.output
        return
    assert result.exit_code == 0, result.output
    deck = Presentation(str(tmp_path / "beeld-slides.pptx"))
    slide = next(s for s in deck.slides if any(sh.name == "Picture" for sh in s.shapes))
    shapes = {shape.name: shape for shape in slide.shapes}
    picture, caption, title = shapes["Picture"], shapes["Caption"], shapes["Title"]
    assert caption.text_frame.text == "Het schema in drie fasen"
    assert picture.top + picture.height <= caption.top  # the caption under the picture
    assert title.top + title.height <= picture.top
    assert caption.top + caption.height <= deck.slide_height
    assert len([s for s in slide.placeholders if s.placeholder_format.idx == 1]) == 0


def test_a_picture_layout_with_vertical_text_is_refused_in_one_line(run, tmp_path: Path):
    layout = master_layout(tmp_path)
    _set_kinds(layout, image="Vertical Title and Text")
    source = _picture_article(tmp_path)
    result = run("build", source, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "'Vertical Title and Text' (deck.master_layouts.image)" in result.output


def test_the_title_is_the_first_shape_even_where_the_master_lists_it_last(
    run, tmp_path: Path, seed_path: Path
) -> None:
    """Reading order is the order of the shapes: the outline and screen readers must meet
    the title first, whatever order the company's slide layouts have."""
    layout = master_layout(tmp_path)

    def title_last(presentation) -> None:
        for slide_layout in presentation.slide_layouts:
            tree = slide_layout.shapes._spTree
            for shape in list(slide_layout.placeholders):
                if shape.placeholder_format.idx == 0:
                    tree.remove(shape._element)
                    tree.append(shape._element)

    _with_master(layout, title_last)
    result = run("build", seed_path, "--layout", layout, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output
    deck = Presentation(str(tmp_path / "input-slides.pptx"))
    assert all(slide.shapes[0].shape_id == slide.shapes.title.shape_id for slide in deck.slides)
