"""The deck as a facilitator gets it: agenda, a slide per section from its own words, notes."""

from __future__ import annotations

import json
import zipfile

from .conftest import ARTICLES
from .inspectors import SlideView, deck_slides
from .test_deck_corpus import in_own_words

EXPECTED = json.loads((ARTICLES / "vertrouwen" / "expected.json").read_text(encoding="utf-8"))
SECTIONS = EXPECTED["sections"]


def _section_texts(section: dict) -> list[str]:
    texts = []
    for block in section["blocks"]:
        texts += block["items"] if block["type"] == "list" else [block["text"]]
    return texts


def _content_slides(slides: list[SlideView]) -> list[SlideView]:
    """The section slides: not the title, agenda and closing, nor the question slides."""
    return [slide for slide in slides[2:-1] if not slide.statement]


def test_deck_opens_with_title_and_agenda_and_ends_with_closing(seed_build) -> None:
    slides = deck_slides(seed_build["pptx"])
    assert slides[0].title == "Vertrouwen"
    assert "Monty Trapman" in slides[0].subtitle and "28 januari 2015" in slides[0].subtitle
    assert slides[1].title == "Agenda"
    assert slides[1].bullets == [section["title"] for section in SECTIONS]
    assert slides[-1].title == "Bedankt!"
    assert "Monty Trapman" in slides[-1].subtitle


def test_every_section_has_a_slide_in_order(seed_build) -> None:
    firsts = [
        s.title
        for s in _content_slides(deck_slides(seed_build["pptx"]))
        if "(vervolg)" not in s.title
    ]
    assert firsts == [section["title"] for section in SECTIONS]


def test_bullets_are_the_sections_own_words(seed_build) -> None:
    slides = _content_slides(deck_slides(seed_build["pptx"]))
    by_title = {section["title"]: " ".join(_section_texts(section)) for section in SECTIONS}
    for slide in slides:
        source = by_title[slide.title.removesuffix(" (vervolg)")]
        assert 1 <= len(slide.bullets) <= 6, slide.title
        for bullet in slide.bullets:  # the section's words in order, some left out
            assert in_own_words(bullet, source), bullet
            assert len(bullet.split()) <= 20, bullet


def test_notes_hold_each_sections_full_text(seed_build) -> None:
    slides = _content_slides(deck_slides(seed_build["pptx"]))
    notes = {s.title: " ".join(s.notes.split()) for s in slides}
    for section in SECTIONS:
        for text in _section_texts(section):
            assert text in notes[section["title"]], text


def test_intro_is_in_the_title_slides_notes(seed_build) -> None:
    assert EXPECTED["intro"][0]["text"] in deck_slides(seed_build["pptx"])[0].notes


def test_deck_is_16_by_9_and_never_relies_on_autofit(seed_build) -> None:
    with zipfile.ZipFile(seed_build["pptx"]) as package:
        presentation = package.read("ppt/presentation.xml").decode()
        slides = [
            package.read(n).decode() for n in package.namelist() if n.startswith("ppt/slides/slide")
        ]
    assert 'cx="12192000" cy="6858000"' in presentation
    assert slides and not any("normAutofit" in xml or "spAutoFit" in xml for xml in slides)


def test_a_section_that_fits_one_slide_is_not_continued(seed_build) -> None:
    slides = deck_slides(seed_build["pptx"])
    content = _content_slides(slides)
    assert [s.title for s in content] == [section["title"] for section in SECTIONS]
    assert not any("(vervolg)" in slide.title for slide in slides)


def test_the_group_gets_a_question_after_every_three_content_slides(seed_build) -> None:
    """A question written from the section's content (its key term, not its heading in
    quotes), at most one per three content slides."""
    slides = deck_slides(seed_build["pptx"])
    questions = [(i, s) for i, s in enumerate(slides) if s.label == "Om over na te denken"]
    assert len(questions) == len(SECTIONS) // 3
    at, question = questions[0]
    assert [s.title for s in slides[2:at]] == [section["title"] for section in SECTIONS[:3]]
    assert question.statement == "Wat neem jij mee uit dit deel over potentieel?"
    assert "Laat iedereen eerst even zelf nadenken" in question.notes


def test_slide_numbers_are_fields_that_follow_the_slides(seed_build) -> None:
    """A slide-number field, not typed text: moving or hiding a slide renumbers the rest."""
    from pptx import Presentation
    from pptx.oxml.ns import qn

    for number, slide in enumerate(Presentation(str(seed_build["pptx"])).slides, start=1):
        box = next(shape for shape in slide.shapes if shape.name == "Slide number")
        fields = list(box.text_frame._txBody.iter(qn("a:fld")))
        assert [field.get("type") for field in fields] == ["slidenum"]
        assert box.text_frame.text == str(number)


def test_article_images_get_slides_of_their_own(run, tmp_path) -> None:
    """A picture scaled into the slide with its caption; one that cannot be read gets none."""
    from PIL import Image as Picture
    from pptx import Presentation

    Picture.new("RGB", (1200, 400), "#336699").save(tmp_path / "breed.png")
    source = tmp_path / "beelden.md"
    source.write_text(
        "---\ntitle: Beelden\n---\n\nEen inleiding.\n\n## Met beeld\n\n"
        "Een zin over het schema. Nog een zin erover.\n\n![Het schema in drie fasen](breed.png)\n\n"
        "## Zonder beeld\n\nHier ontbreekt het plaatje. Echt waar.\n\n![Weg](weg.png)\n",
        encoding="utf-8",
    )
    result = run("build", source, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output
    deck = tmp_path / "beelden-slides.pptx"
    views = deck_slides(deck)
    with_picture = [
        (view, slide)
        for view, slide in zip(views, Presentation(str(deck)).slides, strict=True)
        if any(shape.name == "Picture" for shape in slide.shapes)
    ]
    assert len(with_picture) == 1
    view, slide = with_picture[0]
    assert view.title == "Met beeld"
    caption = next(shape for shape in slide.shapes if shape.name == "Caption")
    assert caption.text_frame.text == "Het schema in drie fasen"
    picture = next(shape for shape in slide.shapes if shape.name == "Picture")
    assert picture.left >= 0 and picture.left + picture.width <= 12192000
    assert abs(picture.width / picture.height - 3.0) < 0.01  # the picture keeps its shape
    assert [v.title for v in views].count("Zonder beeld") == 1  # no slide for the missing one


def test_a_quote_in_the_article_gets_a_slide_of_its_own(run, tmp_path) -> None:
    source = tmp_path / "citaat.md"
    source.write_text(
        "---\ntitle: Citaten\n---\n\nEen inleiding.\n\n## Wat mensen zeggen\n\n"
        "Een zin ervoor. Nog een zin.\n\n> Vertrouwen komt te voet en gaat te paard.\n",
        encoding="utf-8",
    )
    result = run("build", source, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output
    quotes = [s for s in deck_slides(tmp_path / "citaat-slides.pptx") if s.label == "Citaat"]
    assert [s.statement for s in quotes] == ["Vertrouwen komt te voet en gaat te paard."]
