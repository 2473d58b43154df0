"""Every kind of slide a template can ask for, written into each shipped layout's master: an
exercise's numbered steps and note, a table in the content placeholder, pictures in picture
placeholders with alternative text, a title too long for its box; and the built-in masters'
slide layouts, named as PowerPoint names them in the deck's language."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.oxml.ns import qn

from workshop.layouts import load_layout
from workshop.plans import parse_deck
from workshop.render.deck import render_deck

from .conftest import ROOT
from .inspectors import deck_slides, placeholder_problems
from .test_deck_libreoffice import _convert_all, words_outside_boxes

LAYOUTS = ("coaching", "minimal", "corporate")
LONG_TITLE = " ".join(["Een heel lange titel die maar doorgaat"] * 8)
STEPS = [
    f"Stap {n}: schrijf op wat je deze week in je werk zag en bespreek het." for n in range(1, 9)
]
ROWS = [("Waarde", "Wat het betekent", "Score")] + [
    (f"Waarde {n}", f"Omschrijving van waarde {n} in een paar woorden", f"{n * 3}")
    for n in range(1, 25)
]


def _plan(language: str = "nl"):
    steps = "".join(f"<bullet>{step}</bullet>" for step in STEPS)
    rows = "".join(
        "<row>" + "".join(f"<cell>{cell}</cell>" for cell in row) + "</row>" for row in ROWS
    )
    xml = f"""<deck title="Soorten" language="{language}" continued-label="vervolg" footer="">
    <slide layout="title"><title>Soorten dia's &amp; &lt;placeholders&gt;</title>
      <subtitle>Bron: een test</subtitle></slide>
    <slide layout="exercise"><title>Oefening: jouw waarden</title>
      <subtitle>10 minuten · pen en papier</subtitle>{steps}</slide>
    <slide layout="table"><title>Waarden</title>{rows}</slide>
    <slide layout="image"><title>Een breed beeld</title>
      <image src="breed.png" alt="Het schema in drie fasen"/></slide>
    <slide layout="image"><title>Een hoog beeld</title><image src="hoog.png" alt=""/></slide>
    <slide layout="bullets"><title>{LONG_TITLE}</title><bullet>Kort punt.</bullet>
      <notes><p>Wat de trainer vertelt.</p></notes></slide>
    <slide layout="statement"><title>Vertrouwen komt te voet.</title><subtitle>Citaat</subtitle>
    </slide>
    <slide layout="closing"><title>Bedankt!</title></slide>
    </deck>"""
    return parse_deck(xml, Path("deck.xml.j2"))


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("kinds")
    Image.new("RGB", (1200, 400), "#336699").save(folder / "breed.png")
    Image.new("RGB", (300, 900), "#993366").save(folder / "hoog.png")
    built = {}
    for name in LAYOUTS:
        deck = folder / f"{name}-slides.pptx"
        deck.write_bytes(render_deck(_plan(), load_layout(name, ROOT / "layouts"), folder))
        built[name] = deck
    return built


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_kind_of_slide_is_in_the_layouts_placeholders(decks, layout: str) -> None:
    assert placeholder_problems(decks[layout]) == []
    titles = [slide.title for slide in deck_slides(decks[layout])]
    assert titles[0] == "Soorten dia's & <placeholders>"
    assert "Citaat" in titles and titles[-1] == "Bedankt!"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_exercise_numbers_its_steps_across_slides_with_its_note_beside(decks, layout):
    slides = [
        slide
        for slide in Presentation(str(decks[layout])).slides
        if slide.shapes.title.text_frame.text.startswith("Oefening")
    ]
    assert [s.shapes.title.text_frame.text for s in slides] == ["Oefening: jouw waarden"] + [
        "Oefening: jouw waarden (vervolg)"
    ] * (len(slides) - 1)
    steps, starts, counted = [], [], [1]
    for slide in slides:
        body = next(shape for shape in slide.shapes if shape.name == "Body")
        paragraphs = body.text_frame.paragraphs
        numbering = [p._p.find(f"{qn('a:pPr')}/{qn('a:buAutoNum')}") for p in paragraphs]
        assert all(n is not None and n.get("type") == "arabicPeriod" for n in numbering)
        starts.append(int(numbering[0].get("startAt", "1")))
        steps += [p.text for p in paragraphs]
        counted.append(counted[-1] + len(paragraphs))
        note = next(shape for shape in slide.shapes if shape.name == "Note")
        assert note.is_placeholder and note.text_frame.text == "10 minuten · pen en papier"
    assert steps == STEPS
    assert len(slides) > 1 and starts == counted[:-1]  # each slide counts on: 1, 5, …


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_table_is_in_the_content_placeholder_and_continues_with_its_header(decks, layout):
    tables = [
        shape
        for slide in Presentation(str(decks[layout])).slides
        for shape in slide.shapes
        if shape.has_table
    ]
    assert len(tables) > 1 and all(table.is_placeholder for table in tables)
    rows = []
    for frame in tables:
        cells = [tuple(cell.text for cell in row.cells) for row in frame.table.rows]
        assert cells[0] == ROWS[0]
        rows += cells[1:]
    assert rows == ROWS[1:]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pictures_sit_in_picture_placeholders_with_alternative_text(decks, layout) -> None:
    pictures = {
        slide.shapes.title.text_frame.text: shape
        for slide in Presentation(str(decks[layout])).slides
        for shape in slide.shapes
        if shape.shape_type == 13 or shape.name == "Picture"
    }
    wide, tall = pictures["Een breed beeld"], pictures["Een hoog beeld"]
    assert wide.is_placeholder and tall.is_placeholder
    assert wide._element.nvPicPr.cNvPr.get("descr") == "Het schema in drie fasen"
    assert tall._element.nvPicPr.cNvPr.get("descr") == "Een hoog beeld"  # no alt: its title
    assert abs(wide.width / wide.height - 3.0) < 0.01 and abs(tall.height / tall.width - 3.0) < 0.01
    assert wide.crop_left == wide.crop_right == wide.crop_top == wide.crop_bottom == 0


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_title_too_long_is_cut_at_a_word_and_whole_in_the_notes(decks, layout) -> None:
    slide = next(s for s in deck_slides(decks[layout]) if s.title.startswith("Een heel lange"))
    assert slide.title.endswith("…") and LONG_TITLE.startswith(slide.title.removesuffix("…"))
    assert slide.notes.splitlines() == [LONG_TITLE, "Wat de trainer vertelt."]


@pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"), reason="needs LibreOffice"
)
def test_libreoffice_draws_every_word_of_every_kind_inside_its_box(decks, tmp_path) -> None:
    pdfs = _convert_all(list(decks.values()), tmp_path)
    outside = []
    for deck, pdf in zip(decks.values(), pdfs, strict=True):
        outside += words_outside_boxes(deck, pdf)[0]
    assert outside == []


def test_the_built_in_masters_name_their_slide_layouts_in_the_decks_language() -> None:
    import io

    layout = load_layout("coaching", ROOT / "layouts")
    names = {}
    for language in ("nl", "en"):
        deck = Presentation(io.BytesIO(render_deck(_plan(language), layout, ROOT)))
        names[language] = [slide_layout.name for slide_layout in deck.slide_layouts]
        used = {slide.slide_layout.name for slide in deck.slides}
        assert used <= set(names[language])
    assert names["nl"] == [
        "Titeldia",
        "Titel en inhoud",
        "Sectiekop",
        "Alleen titel",
        "Leeg",
        "Inhoud met bijschrift",
        "Afbeelding met bijschrift",
    ]
    assert names["en"][:3] == ["Title Slide", "Title and Content", "Section Header"]


def test_a_deck_in_a_built_in_master_is_the_same_bytes_every_time() -> None:
    layout = load_layout("minimal", ROOT / "layouts")
    assert render_deck(_plan(), layout, ROOT) == render_deck(_plan(), layout, ROOT)
