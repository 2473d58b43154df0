"""Placement, without any slide written: the fitter says when nothing fits, and then the text is
continued on the next slide or cut at a word with its whole wording in the notes."""

from __future__ import annotations

from workshop.layouts import load_layout
from workshop.plans import Picture as PlannedPicture, Slide
from workshop.render.design import BODY, CAPTION, LABEL, PICTURE, STATEMENT, TITLE
from workshop.render.fit import largest_fit
from workshop.render.placement import Placer, measures
from workshop.render.slides import (
    BULLET_GAP,
    BULLET_INDENT,
    Bullets,
    Geometry,
    Picture,
    Slot,
    Statement,
    Table,
)

from .conftest import ROOT

LAYOUT = load_layout("coaching", ROOT / "layouts")
FONTS = measures(LAYOUT)
CONTENT = Geometry(title=Slot(0, TITLE, bold=True), body=Slot(1, BODY))
GEOMETRY = {
    "bullets": CONTENT,
    "table": CONTENT,
    "statement": Geometry(title=Slot(0, LABEL, bold=True), body=Slot(1, STATEMENT)),
    "image": Geometry(
        title=Slot(0, TITLE, bold=True), picture=Slot(1, PICTURE), caption=Slot(2, CAPTION)
    ),
}
SENTENCE = "Een medewerker die zijn potentieel kan en mag inzetten neemt verantwoordelijkheid."


def _place(*slides: Slide, pictures: dict | None = None) -> list:
    return Placer(LAYOUT.deck, FONTS, GEOMETRY, "vervolg", pictures or {}).place(slides)


def _fits(text, slot: Slot, indent: float = 0.0, gap: float = 0.0, bold=False) -> bool:
    measure = FONTS.bold if bold else FONTS.regular
    return (
        largest_fit(
            text.paragraphs, measure, slot.box, text.size, text.size, indent=indent, gap=gap
        )
        == text.size
    )


def test_the_fitter_says_when_nothing_fits() -> None:
    box = BODY
    assert largest_fit(["Kort."], FONTS.regular, box, 28, 20) == 28
    text = [" ".join([SENTENCE] * 4)]
    found = largest_fit(text, FONTS.regular, box, 40, 20)
    assert 20 < found < 40  # the largest that fits: two points more does not
    assert largest_fit(text, FONTS.regular, box, found + 2, found + 2) is None
    assert largest_fit([" ".join([SENTENCE] * 40)], FONTS.regular, box, 28, 20) is None
    assert largest_fit(["Kort."], FONTS.regular, (0, 0, 6.0, 300.0), 28, 20) is None  # no width
    assert largest_fit(["Kort."], FONTS.regular, (0, 0, 300.0, 10.0), 28, 20) is None


def test_a_bullet_too_long_for_a_slide_continues_on_the_next_and_each_fits() -> None:
    long_bullet = " ".join([SENTENCE] * 40)  # about 440 words: no size fits one slide
    placed = _place(Slide("bullets", "Verantwoordelijkheid", "", (long_bullet, "Kort."), ("N",)))
    assert len(placed) >= 3 and all(isinstance(slide, Bullets) for slide in placed)
    assert placed[0].title.paragraphs == ("Verantwoordelijkheid",)
    assert {slide.title.paragraphs for slide in placed[1:]} == {("Verantwoordelijkheid (vervolg)",)}
    assert all(slide.notes == ("N",) for slide in placed)  # at hand on every slide
    for slide in placed:
        assert _fits(slide.body, CONTENT.body, BULLET_INDENT, BULLET_GAP)
        assert slide.body.size == LAYOUT.deck.body_min
    shown = " ".join(text for slide in placed for text in slide.body.paragraphs)
    assert shown.split() == f"{long_bullet} Kort.".split()


def test_a_word_too_long_for_a_slide_is_cut_inside_it() -> None:
    word = "Donaudampfschiffahrtsgesellschaft" * 150  # 4,950 letters
    placed = _place(Slide("bullets", "Eén woord", "", (word,), ()))
    assert len(placed) > 1
    assert all(_fits(slide.body, CONTENT.body, BULLET_INDENT, BULLET_GAP) for slide in placed)
    assert "".join(text for slide in placed for text in slide.body.paragraphs) == word


def test_a_title_that_cannot_fit_is_cut_at_a_word_and_kept_whole_in_the_notes() -> None:
    title = " ".join(["Een heel lange titel die maar doorgaat"] * 8)
    [slide] = _place(Slide("bullets", title, "", ("Kort.",), ("Wat de trainer vertelt.",)))
    shown = slide.title.paragraphs[0]
    assert shown.endswith("…") and title.startswith(shown.removesuffix("…"))
    assert slide.title.size == LAYOUT.deck.title_min
    assert _fits(slide.title, CONTENT.title, bold=True)
    assert slide.notes == (title, "Wat de trainer vertelt.")


def test_a_statement_too_long_for_one_slide_continues_under_its_label() -> None:
    quote = " ".join([SENTENCE] * 30)
    placed = _place(Slide("statement", quote, "Citaat", (), ()))
    assert len(placed) >= 2 and all(isinstance(slide, Statement) for slide in placed)
    assert [slide.title.paragraphs[0] for slide in placed] == ["Citaat"] + ["Citaat (vervolg)"] * (
        len(placed) - 1
    )
    assert all(_fits(slide.body, GEOMETRY["statement"].body) for slide in placed)
    assert " ".join(slide.body.paragraphs[0] for slide in placed).split() == quote.split()


def test_a_short_statement_is_set_large_under_its_label() -> None:
    [slide] = _place(Slide("statement", "Vertrouwen komt te voet.", "Citaat", (), ()))
    assert slide.title.paragraphs == ("Citaat",) and slide.body.paragraphs[0].startswith("Vert")
    assert slide.body.size == LAYOUT.deck.title_max


def test_a_long_table_continues_with_its_header_and_a_wide_one_becomes_bullets() -> None:
    header = ("Waarde", "Betekenis", "Score")
    rows = tuple(
        (f"Waarde {n}", f"Wat waarde {n} in een paar woorden zegt", f"{n}") for n in range(40)
    )
    placed = _place(Slide("table", "Waarden", "", (), (), rows=(header, *rows)))
    assert len(placed) > 1 and all(isinstance(slide, Table) for slide in placed)
    assert all(slide.rows[0] == header for slide in placed)
    assert [row for slide in placed for row in slide.rows[1:]] == list(rows)
    for slide in placed:
        assert sum(slide.heights) <= BODY[3]
        assert abs(sum(slide.widths) - BODY[2]) < 0.01
    wide = tuple(tuple(f"c{n}" for n in range(9)) for _ in range(3))
    [bullets] = _place(Slide("table", "Breed", "", (), (), rows=wide))
    assert isinstance(bullets, Bullets)
    assert bullets.body.paragraphs[0] == " · ".join(f"c{n}" for n in range(9))


def test_a_picture_keeps_its_proportions_and_its_alt_text() -> None:
    picture = PlannedPicture("/p/breed.png", "Het schema in drie fasen")
    [slide] = _place(
        Slide("image", "Met beeld", "", (), (), image=picture),
        Slide("image", "Weg", "", (), (), image=PlannedPicture("/p/weg.png", "Weg")),
        pictures={"/p/breed.png": (1200, 400)},
    )
    assert isinstance(slide, Picture)
    x, y, width, height = slide.box
    assert abs(width / height - 3.0) < 0.001
    assert PICTURE[0] <= x and x + width <= PICTURE[0] + PICTURE[2] + 0.001
    assert slide.alt == "Het schema in drie fasen"
    assert slide.caption.paragraphs == ("Het schema in drie fasen",)


def test_a_cover_line_without_a_place_goes_to_the_notes_and_a_slide_without_title_gets_one():
    geometry = {**GEOMETRY, "title": Geometry(title=Slot(0, TITLE, bold=True))}
    placer = Placer(LAYOUT.deck, FONTS, geometry, "vervolg", {}, fallback="Vertrouwen")
    cover, bullets = placer.place(
        [
            Slide("title", "Vertrouwen", "Bron: een blog", (), ("De inleiding.",)),
            Slide("bullets", "  ", "", ("Een punt.",), ()),
        ]
    )
    assert cover.subtitle is None and cover.notes == ("Bron: een blog", "De inleiding.")
    assert bullets.title.paragraphs == ("Vertrouwen",)


def test_characters_the_font_lacks_are_measured_a_full_em_wide() -> None:
    """Clients draw them in a fallback font (CJK, emoji) about one em wide."""
    assert FONTS.regular.width("信任是基础", 20) == 100.0
    assert FONTS.regular.width("😊", 20) == 20.0
    assert FONTS.regular.width("abc", 20) < 30


def test_a_line_is_measured_as_tall_as_the_tallest_client_sets_it() -> None:
    """LibreOffice sets single-spaced slide text at 1.2 times its size in any font;
    PowerPoint uses the font's own metrics (1.22 for Carlito, 1.15 for Liberation Sans)."""
    from workshop.render.fit import line_height_of

    fonts = ROOT / "layouts"
    assert line_height_of(str(fonts / "minimal/fonts/LiberationSans-Regular.ttf")) == 1.2
    carlito = line_height_of(str(fonts / "coaching/fonts/Carlito-Regular.ttf"))
    assert abs(carlito - 2500 / 2048) < 1e-9


def test_table_cells_cut_short_are_whole_in_the_notes() -> None:
    long_cell = " ".join(["Een cel die veel te veel zegt voor een dia."] * 40)
    rows = (("Kop", "Uitleg"), ("a", long_cell), ("b", "kort"))
    table, *rest = _place(Slide("table", "Tabel", "", (), ("Notitie.",), rows=rows))
    assert isinstance(table, Table) and table.rows[1][1].endswith("…")
    assert sum(table.heights) <= BODY[3]
    assert table.notes == ("Notitie.", long_cell)
    assert [row for slide in rest for row in slide.rows[1:]] == [("b", "kort")]
