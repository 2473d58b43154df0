"""Decks of every corpus article (Markdown, scraped text, saved pages): each bullet from its own
section, at most six a slide, every section's text in its notes, no autofit, and in LibreOffice
every word inside its text box.

The decks are built once per test session and converted by one LibreOffice run per folder.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from workshop.build import BuildOptions, build_all
from workshop.readers import read_article

from .conftest import ROOT
from .corpus import CORPUS
from .inspectors import deck_slides
from .test_deck_libreoffice import _convert_all, words_outside_boxes

FOLDERS = {"md": "markdown", "txt": "scraped", "html": "html"}
SOURCES = [
    path
    for folder in FOLDERS.values()
    for path in sorted((CORPUS / folder).iterdir())
    if path.suffix in (".md", ".txt", ".html")
]


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """Source -> its deck, one output folder per source form (their names would clash)."""
    out = tmp_path_factory.mktemp("corpus-decks")
    built: dict[Path, Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        for form, folder in FOLDERS.items():
            sources = [path for path in SOURCES if path.parent.name == folder]
            options = BuildOptions(out_dir=out / form, formats=("pptx",))
            for source, deck in zip(sources, build_all(sources, options), strict=True):
                built[source] = deck
    return built


def _section_texts(source: Path) -> dict[str, list[str]]:
    """Each section title (a title may occur twice) with the texts of its blocks."""
    texts: dict[str, list[str]] = {}
    for section in read_article(source).to_dict()["sections"]:
        found = texts.setdefault(section["title"], [])
        for block in section["blocks"]:
            found += block.get("items") or ([block["text"]] if block.get("text") else [])
    return texts


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_bullets_notes_and_no_autofit(decks: dict[Path, Path], source: Path) -> None:
    slides = deck_slides(decks[source])
    sections = _section_texts(source)
    continued = {" (vervolg)", " (continued)"}
    seen = set()
    agenda = slides[1].title if len(slides) > 2 else None
    for slide in slides[1:-1]:
        if slide.statement:
            continue  # a question for the group, from the layout's wording
        title = slide.title
        for mark in continued:
            title = title.removesuffix(mark)
        if title == agenda:
            continue  # the agenda, continued when there are many sections
        assert title in sections, slide.title
        assert len(slide.bullets) <= 6, slide.title
        text = " ".join(sections[title])
        for bullet in slide.bullets:
            assert bullet in text or bullet[0].lower() + bullet[1:] in text, bullet
        if title not in seen:
            seen.add(title)
            notes = " ".join(slide.notes.split())
            for part in sections[title]:
                assert part in notes, (title, part[:60])
    with zipfile.ZipFile(decks[source]) as package:
        for name in package.namelist():
            if name.startswith("ppt/slides/slide"):
                assert b"normAutofit" not in package.read(name), name


@pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"), reason="needs LibreOffice"
)
def test_libreoffice_draws_every_word_inside_its_box(decks: dict[Path, Path], tmp_path) -> None:
    outside, checked = [], 0
    for form in FOLDERS:
        folder_decks = [deck for deck in decks.values() if deck.parent.name == form]
        pdfs = _convert_all(folder_decks, tmp_path / form)
        for deck, pdf in zip(folder_decks, pdfs, strict=True):
            missed, counted = words_outside_boxes(deck, pdf)
            outside += missed
            checked += counted
    assert outside == []
    assert checked > 10_000
