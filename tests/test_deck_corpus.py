"""Decks of the seed and every corpus article (Markdown, scraped text, saved pages) in each
shipped layout: each bullet from its own section, at most six a slide, every section's text in
its notes, no autofit, every slide's title in a title placeholder and its text in the slide
layout's placeholders, and in LibreOffice every word inside its text box.

The decks are built once per test module and converted by one LibreOffice run per folder.
"""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from workshop.build import BuildOptions, build_all
from workshop.enrich.digest import digest
from workshop.model import block_texts
from workshop.readers import read_article

from .conftest import ARTICLES, ROOT
from .corpus import CORPUS
from .inspectors import deck_slides, placeholder_problems
from .test_deck_libreoffice import _convert_all, words_outside_boxes

FOLDERS = {"md": "markdown", "txt": "scraped", "html": "html", "seed": "vertrouwen"}
SOURCES = [
    path
    for folder in ("markdown", "scraped", "html")
    for path in sorted((CORPUS / folder).iterdir())
    if path.suffix in (".md", ".txt", ".html")
] + [ARTICLES / "vertrouwen" / "input.txt"]
LAYOUTS = ("coaching", "minimal", "corporate")
LABELS = {"Om over na te denken", "Citaat", "To think about", "Quote"}
"""The titles of statement slides: the coaching labels of the question and quote slides."""
EXERCISE_LAYOUTS = {"Inhoud met bijschrift", "Content with Caption"}


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[Path, Path]]:
    """Layout -> source -> its deck, one output folder per layout and source form (their
    names would clash)."""
    out = tmp_path_factory.mktemp("corpus-decks")
    built: dict[str, dict[Path, Path]] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        for layout in LAYOUTS:
            built[layout] = {}
            for form, folder in FOLDERS.items():
                sources = [path for path in SOURCES if path.parent.name == folder]
                options = BuildOptions(
                    layout=layout, out_dir=out / layout / form, formats=("pptx",)
                )
                for source, deck in zip(sources, build_all(sources, options), strict=True):
                    built[layout][source] = deck
    return built


def _section_texts(source: Path) -> dict[str, list[str]]:
    """Each section the materials follow (with parts made for an article without headings)
    with the texts of its blocks; a title may occur twice."""
    texts: dict[str, list[str]] = {}
    for section in digest(read_article(source)).sections:
        found = texts.setdefault(section.title, [])
        found += block_texts(section.blocks)
    return texts


def in_own_words(bullet: str, text: str) -> bool:
    """Whether `bullet` is `text`'s words, in order, with some left out: shortened, never
    rewritten or invented."""
    wanted = re.findall(r"\w+", bullet.lower())
    available = iter(re.findall(r"\w+", text.lower()))
    return all(word in available for word in wanted)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("source", SOURCES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_bullets_notes_and_no_autofit(decks, source: Path, layout: str) -> None:
    deck = decks[layout][source]
    slides = deck_slides(deck)
    sections = _section_texts(source)
    continued = {" (vervolg)", " (continued)"}
    seen = set()
    agenda = slides[1].title if len(slides) > 2 else None
    for slide in slides[1:-1]:
        if slide.statement or not slide.bullets or slide.layout in EXERCISE_LAYOUTS:
            continue  # questions, quotes, tables, pictures, dividers and exercises
        title = slide.title
        for mark in continued:
            if title.endswith(mark):  # a continued title loses a closing colon
                title = title.removesuffix(mark)
                title = next((t for t in sections if t.rstrip(" :") == title), title)
        if title == agenda:
            continue  # the agenda, continued when there are many sections
        assert title in sections, slide.title
        assert len(slide.bullets) <= 6, slide.title
        text = " ".join(sections[title])
        for bullet in slide.bullets:
            assert in_own_words(bullet, text), bullet
            assert 1 <= len(bullet.split()) <= 20, bullet  # a list's terms may be one word
        if title not in seen:
            seen.add(title)
            notes = " ".join(slide.notes.split())
            for part in sections[title]:
                assert " ".join(part.split()) in notes, (title, part[:60])
    with zipfile.ZipFile(deck) as package:
        for name in package.namelist():
            if name.startswith("ppt/slides/slide"):
                assert b"normAutofit" not in package.read(name), name


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_slide_is_titled_and_its_text_in_the_layouts_placeholders(decks, layout: str):
    """PowerPoint's outline, its accessibility checker and screen readers find every slide's
    title; the text is in the slide layout's own placeholders, pictures have alt text."""
    problems, titles = [], []
    for source, deck in decks[layout].items():
        problems += placeholder_problems(deck)
        slides = deck_slides(deck)
        assert slides[0].title == read_article(source).title, deck.name
        titles += [slide.title for slide in slides if slide.statement]
    assert problems == []
    assert titles and set(titles) <= LABELS | {f"{label} (vervolg)" for label in LABELS}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"), reason="needs LibreOffice"
)
def test_libreoffice_draws_every_word_inside_its_box(decks, tmp_path, layout: str) -> None:
    outside, checked = [], 0
    for form in FOLDERS:
        folder_decks = [deck for deck in decks[layout].values() if deck.parent.name == form]
        pdfs = _convert_all(folder_decks, tmp_path / form)
        for deck, pdf in zip(folder_decks, pdfs, strict=True):
            missed, counted = words_outside_boxes(deck, pdf)
            outside += missed
            checked += counted
    assert outside == []
    assert checked > 5_000
