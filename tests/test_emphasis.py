"""Inline emphasis: what the author set in bold or italic, or linked, reaches the handout and
the speaker notes the same way, and never as markup inside the text."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from pptx import Presentation
from pypdf import PdfReader

from workshop.errors import LayoutError
from workshop.marks import (
    BOLD,
    ITALIC,
    LINK,
    Mark,
    Marked,
    joined,
    link_target,
    marks_of,
    pieces,
    restyled,
    styled,
    tagged,
)
from workshop.model import ListBlock, Paragraph, Quote
from workshop.plans import parse_deck, parse_handout
from workshop.readers import read_article

TEMPLATE = Path("handout.xml.j2")


def _marked(text: str) -> list[tuple[str, str, str]]:
    """Each mark of a text as (the words it covers, style, address)."""
    return [(text[m.start : m.end], m.style, m.href) for m in marks_of(text)]


def _texts(article) -> list[str]:
    texts: list[str] = []
    for blocks in (article.intro, *(s.blocks for s in article.sections)):
        for block in blocks:
            if isinstance(block, ListBlock):
                texts += block.items
            elif isinstance(block, Paragraph | Quote):
                texts.append(block.text)
    return texts


# --- the marks themselves ---------------------------------------------------------------


def test_styled_folds_white_space_and_keeps_marks_off_the_spaces_around_them() -> None:
    text = styled([("  Het is ", set()), ("heel  belangrijk ", {(BOLD, "")}), ("\n dat je", set())])
    assert text == "Het is heel belangrijk dat je"
    assert _marked(text) == [("heel belangrijk", BOLD, "")]


def test_a_text_without_styles_is_a_plain_string() -> None:
    text = styled([("a  b", set()), (" ", {(BOLD, "")})])
    assert text == "a b" and type(text) is str


def test_any_change_to_a_marked_text_gives_plain_text_so_no_mark_points_into_moved_text() -> None:
    text = Marked("Lees dit goed", [Mark(5, 8, BOLD)])
    assert type(text[5:]) is str and type(text.upper()) is str and type(text + "!") is str
    assert _marked(joined(["•", text])) == [("dit", BOLD, "")]
    assert _marked(restyled(text, str.upper)) == [("DIT", BOLD, "")]


def test_pieces_and_tags_stay_well_formed_where_marks_overlap() -> None:
    text = Marked("een twee drie", [Mark(0, 8, BOLD), Mark(4, 13, ITALIC)])
    assert [(p, sorted(s)) for p, s in pieces(text)] == [
        ("een ", [(BOLD, "")]),
        ("twee", [(BOLD, ""), (ITALIC, "")]),
        (" drie", [(ITALIC, "")]),
    ]
    assert tagged(text, str) == "<b>een </b><b><i>twee</i></b><i> drie</i>"


def test_only_addresses_a_reader_can_follow_are_links() -> None:
    assert link_target("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&c=2"
    assert link_target("mailto:coach@example.nl") == "mailto:coach@example.nl"
    for href in ("javascript:alert(1)", "/blog/andere-post", "#top", "data:text/html,x", ""):
        assert link_target(href) == ""


def test_a_marked_text_survives_pickling_for_a_process_pool() -> None:
    text = Marked("zo is het", [Mark(3, 5, ITALIC)])
    again = pickle.loads(pickle.dumps(text))
    assert again == text and again.marks == text.marks


_STYLES = st.sets(st.sampled_from([(BOLD, ""), (ITALIC, ""), (LINK, "https://x.nl/")]))


@given(st.lists(st.tuples(st.text(alphabet="ab <&\n\t", max_size=8), _STYLES), max_size=8))
def test_any_runs_give_their_folded_text_and_marks_inside_it(runs) -> None:
    text = styled(runs)
    assert text == " ".join("".join(piece for piece, _ in runs).split())
    for mark in marks_of(text):
        covered = text[mark.start : mark.end]
        assert covered and covered == covered.strip()
    assert "".join(piece for piece, _ in pieces(text)) == text


# --- the readers --------------------------------------------------------------------------


def _markdown(tmp_path: Path, body: str):
    path = tmp_path / "post.nl.md"
    head = "---\ntitle: Feedback geven\nauthor: Anne de Vries\ndate: 2024-03-01\n---\n\n"
    path.write_text(head + body, encoding="utf-8")
    return read_article(path)


def test_markdown_bold_italic_and_links_are_kept_beside_the_text(tmp_path: Path) -> None:
    article = _markdown(
        tmp_path,
        "Geef feedback **binnen een dag** en *altijd* in een gesprek, zie "
        "[het model](https://example.nl/model). Niet [hier](javascript:alert(1)) of "
        "[daar](/andere-post).\n\n"
        "- een punt met __nadruk__\n- een gewoon punt\n\n> Een *citaat* uit het boek.\n",
    )
    paragraph, items, quote = _texts(article)[0], _texts(article)[1:3], _texts(article)[3]
    assert paragraph == (
        "Geef feedback binnen een dag en altijd in een gesprek, zie het model. Niet hier of daar."
    )
    assert _marked(paragraph) == [
        ("binnen een dag", BOLD, ""),
        ("altijd", ITALIC, ""),
        ("het model", LINK, "https://example.nl/model"),
    ]
    assert [_marked(item) for item in items] == [[("nadruk", BOLD, "")], []]
    assert _marked(quote) == [("citaat", ITALIC, "")]


def test_a_bold_line_that_becomes_a_heading_is_plain_and_the_json_shows_only_text(
    tmp_path: Path,
) -> None:
    article = _markdown(tmp_path, "Een opening.\n\n**Waarom het werkt**\n\nOmdat **het** kan.\n")
    assert [s.title for s in article.sections] == ["Waarom het werkt"]
    assert type(article.sections[0].title) is str
    assert article.to_dict()["sections"][0]["blocks"] == [
        {"type": "paragraph", "text": "Omdat het kan."}
    ]


def test_emphasis_survives_the_cleaning_of_invisible_marks(tmp_path: Path) -> None:
    article = _markdown(tmp_path, "Dit is **be&shy;langrijk** en e&#769;cht zo.\n")
    (text,) = _texts(article)
    assert text == "Dit is belangrijk en écht zo."
    assert _marked(text) == [("belangrijk", BOLD, "")]


def test_saved_page_keeps_bold_italic_and_its_links_made_whole(tmp_path: Path) -> None:
    path = tmp_path / "pagina.html"
    sentence = "Een team groeit als de leider {} geeft en {} vraagt, zoals {} laat zien."
    path.write_text(
        "<html><head><title>Vertrouwen geven</title>"
        '<link rel="canonical" href="https://blog.example.nl/vertrouwen/"></head><body>'
        "<article><h1>Vertrouwen geven</h1>"
        "<p>"
        + sentence.format(
            "<strong>ruimte</strong>", "<em>om hulp</em>", '<a href="/onderzoek/">onderzoek</a>'
        )
        + "</p><p>Een tweede alinea met genoeg woorden om als tekst van het artikel te tellen"
        " en niet als rommel van de site.</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    text = _texts(article)[0]
    assert text == sentence.format("ruimte", "om hulp", "onderzoek")
    assert _marked(text) == [
        ("ruimte", BOLD, ""),
        ("om hulp", ITALIC, ""),
        ("onderzoek", LINK, "https://blog.example.nl/onderzoek/"),
    ]


def test_text_articles_have_no_emphasis_their_stars_are_the_authors(tmp_path: Path) -> None:
    path = tmp_path / "tekst.txt"
    path.write_text(
        "Sterren\n\nDit is **geen** vet, maar wat de auteur typte, net als <b>dit</b>. "
        "Zo staat het er echt.\n",
        encoding="utf-8",
    )
    texts = _texts(read_article(path))
    assert any("**geen**" in text and "<b>dit</b>" in text for text in texts)
    assert all(not marks_of(text) for text in texts)


# --- the plans ------------------------------------------------------------------------------


def test_the_plan_reads_inline_elements_as_marks() -> None:
    plan = parse_handout(
        "<handout><paragraph>Zo <b>moet</b> het, <i>echt</i>, "
        '<a href="https://x.nl/?a=1&amp;b=2">lees</a> en <a href="javascript:x()">niet</a>.'
        "</paragraph></handout>",
        TEMPLATE,
    )
    (text,) = plan.body
    assert text.text == "Zo moet het, echt, lees en niet."
    assert _marked(text.text) == [
        ("moet", BOLD, ""),
        ("echt", ITALIC, ""),
        ("lees", LINK, "https://x.nl/?a=1&b=2"),
    ]


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (
            "<handout><heading level='1'><b>Kop</b></heading></handout>",
            "unknown element <b> in <heading>",
        ),
        (
            "<handout><paragraph><a src='x'>a</a></paragraph></handout>",
            "<a> has no attribute 'src' (it has: href)",
        ),
    ],
)
def test_inline_elements_outside_running_text_are_named(xml: str, message: str) -> None:
    with pytest.raises(LayoutError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_handout(xml, TEMPLATE)


def test_a_slide_title_may_not_hold_emphasis_but_its_notes_may() -> None:
    deck = parse_deck(
        "<deck><slide layout='bullets'><title>T</title><bullet>b</bullet>"
        "<notes><p>Zeg <b>dit</b>.</p></notes></slide></deck>",
        Path("deck.xml.j2"),
    )
    assert _marked(deck.slides[0].notes[0]) == [("dit", BOLD, "")]
    with pytest.raises(LayoutError, match="unknown element <b> in <title>"):
        parse_deck("<deck><slide><title><b>T</b></title></slide></deck>", Path("deck.xml.j2"))


# --- the outputs ------------------------------------------------------------------------------

ARTICLE = """---
title: Feedback die landt
author: Anne de Vries
date: 2024-03-01
---

Feedback werkt alleen als hij **snel** komt. Wie een week wacht, praat over iets wat de ander
al vergeten is. Geef hem daarom *dezelfde dag* nog, en kort.

## Het gesprek

Begin met wat je zag, niet met wat je ervan vindt. Lees meer in
[het feedbackmodel](https://example.nl/feedbackmodel) dat we gebruiken. Een zin met
**\\<b> &amp; {{ x }}** als letterlijke tekst hoort er ook bij.

- Noem het **gedrag**, niet de persoon.
- Vraag wat de ander *zelf* ziet.
- Spreek samen een volgende stap af.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from click.testing import CliRunner

    from workshop.cli import main

    from .conftest import ROOT

    out = tmp_path_factory.mktemp("emphasis")
    source = out / "feedback.md"
    source.write_text(ARTICLE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        result = CliRunner().invoke(main, ["build", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return {"pdf": out / "feedback-handout.pdf", "pptx": out / "feedback-slides.pptx"}


def _pdf_words_by_font(path: Path) -> list[tuple[str, str]]:
    """Each piece of text the PDF draws, with the font it is drawn in."""
    drawn: list[tuple[str, str]] = []
    for page in PdfReader(path).pages:

        def visit(text, _cm, _tm, font, _size) -> None:
            if text.strip() and font is not None:
                drawn.append((text.strip(), str(font.get("/BaseFont"))))

        page.extract_text(visitor_text=visit)
    return drawn


def test_the_handout_prints_stressed_words_in_bold_and_italic(built: dict[str, Path]) -> None:
    drawn = _pdf_words_by_font(built["pdf"])
    fonts = {text: font for text, font in drawn}
    assert "Bold" in fonts["gedrag"] and "Italic" not in fonts["gedrag"]
    assert "Italic" in fonts["zelf"] and "Bold" not in fonts["zelf"]
    # in the intro's italic: bold is bold italic, italic is set upright so it still shows
    assert "BoldItalic" in fonts["snel"]
    assert "Italic" not in fonts["dezelfde dag"] and "Bold" not in fonts["dezelfde dag"]
    # the words around them stay in the regular face
    around = [font for text, font in drawn if "Vraag" in text]
    assert around and all("Bold" not in font and "Italic" not in font for font in around)


def test_the_handout_links_the_linked_words(built: dict[str, Path]) -> None:
    targets = [
        annotation.get_object()["/A"]["/URI"]
        for page in PdfReader(built["pdf"]).pages
        for annotation in page.get("/Annots") or []
        if "/A" in annotation.get_object()
    ]
    assert "https://example.nl/feedbackmodel" in targets


def test_markup_inside_emphasis_is_still_text_in_both_outputs(built: dict[str, Path]) -> None:
    text = "".join(page.extract_text() for page in PdfReader(built["pdf"]).pages)
    assert "<b> & {{ x }}" in text
    notes = [
        slide.notes_slide.notes_text_frame.text
        for slide in Presentation(str(built["pptx"])).slides
        if slide.has_notes_slide
    ]
    assert any("<b> & {{ x }}" in note for note in notes)


def test_the_speaker_notes_carry_the_articles_emphasis(built: dict[str, Path]) -> None:
    runs = [
        run
        for slide in Presentation(str(built["pptx"])).slides
        if slide.has_notes_slide
        for paragraph in slide.notes_slide.notes_text_frame.paragraphs
        for run in paragraph.runs
    ]
    bold = {run.text for run in runs if run.font.bold}
    italic = {run.text for run in runs if run.font.italic}
    links = {run.text: run.hyperlink.address for run in runs if run.hyperlink.address}
    assert "gedrag" in bold and "zelf" in italic
    assert links.get("het feedbackmodel") == "https://example.nl/feedbackmodel"
    plain = [run for run in runs if "Spreek samen" in run.text]
    assert plain and not any(run.font.bold or run.font.italic for run in plain)
