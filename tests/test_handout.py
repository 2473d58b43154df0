"""The handout as a participant gets it: the article's text, on numbered pages, in its own fonts."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from workshop.enrich.sentences import sentences

from .conftest import ARTICLES
from .inspectors import fold, pdf_fonts_embedded, pdf_pages

EXPECTED = json.loads((ARTICLES / "vertrouwen" / "expected.json").read_text(encoding="utf-8"))


def _body_texts() -> list[str]:
    texts = [block["text"] for block in EXPECTED["intro"]]
    for section in EXPECTED["sections"]:
        for block in section["blocks"]:
            texts += block["items"] if block["type"] == "list" else [block["text"]]
    return texts


def test_handout_holds_title_sections_and_every_sentence(seed_build: dict[str, Path]) -> None:
    text = fold("\n".join(pdf_pages(seed_build["pdf"])))
    assert fold(EXPECTED["title"]) in text
    for section in EXPECTED["sections"]:
        assert fold(section["title"]) in text, section["title"]
    checked = 0
    for paragraph in _body_texts():
        for sentence in sentences(paragraph, "nl"):
            assert fold(sentence) in text, sentence
            checked += 1
    assert checked >= 30


def test_handout_leaves_out_the_dropped_lines(seed_build: dict[str, Path]) -> None:
    text = fold("\n".join(pdf_pages(seed_build["pdf"])))
    assert len(EXPECTED["dropped"]) == 5
    for line in EXPECTED["dropped"]:
        assert fold(line) not in text, line


def test_handout_cover_credits_the_source_in_dutch(seed_build: dict[str, Path]) -> None:
    cover = pdf_pages(seed_build["pdf"])[0]
    assert "Vertrouwen" in cover
    assert "Monty Trapman" in cover and "28 januari 2015" in cover


def test_handout_pages_are_numbered_in_dutch(seed_build: dict[str, Path]) -> None:
    pages = pdf_pages(seed_build["pdf"])
    assert len(pages) >= 2
    for number, page in enumerate(pages[1:], start=2):
        assert f"Pagina {number} van {len(pages)}" in page


def test_handout_embeds_every_font(seed_build: dict[str, Path]) -> None:
    fonts = pdf_fonts_embedded(seed_build["pdf"])
    assert fonts and all(fonts.values()), fonts
    assert any("Carlito" in name for name in fonts)


def test_handout_metadata_names_title_author_and_language(seed_build: dict[str, Path]) -> None:
    reader = PdfReader(seed_build["pdf"])
    assert reader.metadata.title == "Vertrouwen"
    assert reader.metadata.author == "Monty Trapman"
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_intro_and_sections_appear_in_reading_order(seed_build: dict[str, Path]) -> None:
    pages = pdf_pages(seed_build["pdf"])
    assert pages[1].lstrip().startswith("Inhoud")  # the contents come before the body
    text = fold("\n".join(pages[2:]))
    intro = EXPECTED["intro"][0]["text"]
    positions = [text.index(fold(intro))]
    positions += [text.index(fold(s["title"])) for s in EXPECTED["sections"][:4]]
    assert positions == sorted(positions)
