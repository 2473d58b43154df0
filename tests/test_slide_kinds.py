"""Every kind of slide a template can ask for, written into each shipped layout's master: an
exercise's numbered steps and note, a table in the content placeholder, pictures in picture
placeholders with alternative text, a title too long for its box; and the built-in masters'
slide layouts, named as PowerPoint names them in the deck's language."""

from __future__ import annotations

import io
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
    import zipfile

    layout = load_layout("minimal", ROOT / "layouts")
    data = render_deck(_plan(), layout, ROOT)
    assert data == render_deck(_plan(), layout, ROOT)
    with zipfile.ZipFile(io.BytesIO(data)) as package:  # no clock in the bytes
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core and "python-pptx" not in core


def test_a_slide_without_bullets_has_no_empty_placeholder_and_continues_without_a_colon():
    xml = (
        """<deck title="Leeg" language="nl" continued-label="vervolg" footer="">
    <slide layout="bullets"><title>Alleen een titel</title></slide>
    <slide layout="bullets"><title>Oefeningen:</title>"""
        + "".join(f"<bullet>Punt {n} van een lange lijst.</bullet>" for n in range(9))
        + "</slide></deck>"
    )
    layout = load_layout("coaching", ROOT / "layouts")
    deck = Presentation(io.BytesIO(render_deck(parse_deck(xml, Path("d")), layout, ROOT)))
    first = deck.slides[0]
    assert [shape.name for shape in first.placeholders] == ["Title", "Slide number"]
    titles = [slide.shapes.title.text_frame.text for slide in deck.slides]
    assert titles[1:] == ["Oefeningen:", "Oefeningen (vervolg)"]


def _one_picture_deck(folder: Path, picture: str) -> list:
    xml = f"""<deck title="Beeld" language="nl" continued-label="vervolg" footer="">
    <slide layout="image"><title>Een foto</title><image src="{picture}" alt="Een foto"/></slide>
    <slide layout="closing"><title>Bedankt!</title></slide></deck>"""
    data = render_deck(
        parse_deck(xml, Path("d")), load_layout("coaching", ROOT / "layouts"), folder
    )
    return list(Presentation(io.BytesIO(data)).slides)


@pytest.mark.parametrize("kind", ["MPO", "WEBP"])
def test_a_phone_photo_or_webp_picture_is_shown_as_a_picture_powerpoint_takes(tmp_path, kind):
    photo = Image.new("RGB", (800, 600), "#336699")
    if kind == "MPO":  # what many phone cameras save as .jpg: two JPEG frames
        photo.save(tmp_path / "foto.jpg", "MPO", save_all=True, append_images=[photo])
        name = "foto.jpg"
    else:
        photo.save(tmp_path / "foto.webp", "WEBP")
        name = "foto.webp"
    assert Image.open(tmp_path / name).format == kind
    slides = _one_picture_deck(tmp_path, name)
    picture = next(shape for shape in slides[0].shapes if shape.name == "Picture")
    assert picture.image.content_type in ("image/jpeg", "image/png")
    assert abs(picture.width / picture.height - 800 / 600) < 0.01


def test_a_truncated_picture_gets_no_slide(tmp_path: Path) -> None:
    Image.new("RGB", (800, 600), "#336699").save(tmp_path / "heel.png")
    data = (tmp_path / "heel.png").read_bytes()
    (tmp_path / "half.png").write_bytes(data[: len(data) // 2])
    slides = _one_picture_deck(tmp_path, "half.png")
    assert [slide.shapes.title.text_frame.text for slide in slides] == ["Bedankt!"]


def test_a_step_cut_over_two_slides_keeps_one_number(tmp_path: Path) -> None:
    long_step = " ".join(["Schrijf op wat je deze week zag en waarom het je opviel."] * 28)
    xml = f"""<deck title="Oefening" language="nl" continued-label="vervolg" footer="">
    <slide layout="exercise"><title>Oefening</title><subtitle>10 minuten</subtitle>
    <bullet>Lees de tekst.</bullet><bullet>{long_step}</bullet><bullet>Bespreek het.</bullet>
    </slide></deck>"""
    layout = load_layout("coaching", ROOT / "layouts")
    deck = Presentation(io.BytesIO(render_deck(parse_deck(xml, Path("d")), layout, ROOT)))
    numbers = []  # per paragraph: the number it shows, or None for a piece that continues
    for slide in deck.slides:
        body = next(shape for shape in slide.shapes if shape.name == "Body")
        start, count = None, 0
        for paragraph in body.text_frame.paragraphs:
            numbering = paragraph._p.find(f"{qn('a:pPr')}/{qn('a:buAutoNum')}")
            if numbering is None:
                numbers.append(None)
                continue
            start = int(numbering.get("startAt", "1")) if start is None else start
            numbers.append(start + count)
            count += 1
    assert len(deck.slides) >= 2
    assert [n for n in numbers if n is not None] == [1, 2, 3]
    assert numbers[:2] == [1, 2] and None in numbers  # step 2 goes on without a number


def test_a_table_with_a_very_long_header_stays_in_its_box(tmp_path: Path) -> None:
    header = "".join(
        f"<cell>{' '.join(['Een kop die niet ophoudt'] * 30)}</cell>" for _ in range(2)
    )
    xml = f"""<deck title="Tabel" language="nl" continued-label="vervolg" footer="">
    <slide layout="table"><title>Tabel</title><row>{header}</row>
    <row><cell>a</cell><cell>b</cell></row></slide></deck>"""
    layout = load_layout("coaching", ROOT / "layouts")
    deck = Presentation(io.BytesIO(render_deck(parse_deck(xml, Path("d")), layout, ROOT)))
    frame = next(shape for shape in deck.slides[0].shapes if shape.has_table)
    body_bottom = 160 + 318  # the built-in design's content box, points
    assert (frame.top + frame.height) / 12700 <= body_bottom + 0.5
    assert frame.table.cell(0, 0).text.endswith("…")
