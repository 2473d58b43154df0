"""Any input, whatever it holds, is read into an article and built into both outputs, or it is
refused with one error that names the file; nothing else (no other exception, no hang).

Random text in every script (combining marks, emoji, right to left, control characters, NUL),
random Markdown and HTML structure, words far longer than a line in every place a word can
stand, thousands of tiny sections and deep nesting. The CI profile runs 200 examples per
reader test (1,000 in all) and 20 whole builds of random Markdown (a build takes a second or
more); `HYPOTHESIS_PROFILE=long pytest tests/test_any_input.py` runs 10,000 per reader test
and 1,000 whole builds.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from workshop.build import deck_bytes, handout_bytes
from workshop.enrich.digest import digest
from workshop.errors import BuildError, LayoutError, ReadError
from workshop.layouts import load_layout
from workshop.readers import read_article

from .conftest import ROOT
from .inspectors import fold

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile(
    "long", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

BUILDS = max(1, settings().max_examples // 10)
"""Whole builds per run: each takes a good part of a second, a reading a few milliseconds."""

LAYOUT = load_layout("coaching", ROOT / "layouts")
REFUSALS = (ReadError, BuildError, LayoutError)

anything = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),
    max_size=600,
)
"""Any Unicode text: controls and NUL, marks, emoji, right-to-left scripts, private use."""

word = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12)
long_word = st.integers(min_value=60, max_value=1500).map(lambda n: "w" * n)
phrase = st.lists(st.one_of(word, word, word, word, long_word), min_size=1, max_size=10).map(
    " ".join
)
sentence = phrase.map(lambda text: text[:1].upper() + text[1:] + ".")
paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)


@st.composite
def markdown(draw: st.DrawFn) -> str:
    """Markdown an author could write: headings, paragraphs, lists, quotes, tables, nesting."""
    parts = [f"---\ntitle: {draw(phrase)}\n---\n"]
    for _ in range(draw(st.integers(min_value=0, max_value=10))):
        kind = draw(st.sampled_from(["heading", "paragraph", "list", "quote", "table", "deep"]))
        if kind == "heading":
            parts.append(f"{'#' * draw(st.integers(1, 6))} {draw(phrase)}")
        elif kind == "paragraph":
            parts.append(draw(paragraph))
        elif kind == "list":
            marker = draw(st.sampled_from(["-", "1.", "*"]))
            items = draw(st.lists(st.one_of(phrase, sentence, st.just("")), min_size=1, max_size=8))
            parts.append("\n".join(f"{marker} {item}" for item in items))
        elif kind == "quote":
            parts.append("> " + draw(paragraph))
        elif kind == "table":
            width = draw(st.integers(1, 5))
            cells = st.lists(phrase, min_size=width, max_size=width)
            rows = draw(st.lists(cells, min_size=1, max_size=6))
            lines = ["| " + " | ".join(row) + " |" for row in rows]
            parts.append("\n".join([lines[0], "|" + "---|" * width, *lines[1:]]))
        else:
            depth = draw(st.integers(1, 40))
            parts.append("\n".join(f"{'  ' * level}- {draw(word)}" for level in range(depth)))
    return "\n\n".join(parts) + "\n"


@st.composite
def html(draw: st.DrawFn) -> str:
    """A page of random nesting around random text."""
    body = draw(anything)
    for _ in range(draw(st.integers(0, 60))):
        tag = draw(st.sampled_from(["div", "section", "p", "span", "article", "li", "blockquote"]))
        body = f"<{tag}>{body}</{tag}>"
    heading = draw(phrase)
    return (
        f"<html><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"
    )


def _read(text: str, suffix: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"artikel{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            return read_article(path)
        except ReadError as error:
            assert str(path) in str(error)  # the error names the file
            return None


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@given(text=anything)
def test_any_text_is_read_or_refused_by_name(suffix: str, text: str) -> None:
    _read(text, suffix)


@given(text=markdown())
def test_any_markdown_is_read_or_refused_by_name(text: str) -> None:
    _read(text, ".md")


@given(text=html())
def test_any_page_is_read_or_refused_by_name(text: str) -> None:
    _read(text, ".html")


@settings(max_examples=BUILDS)
@given(text=markdown())
def test_any_markdown_builds_both_outputs_or_is_refused_by_name(text: str) -> None:
    article = _read(text, ".md")
    if article is None:
        return
    enriched = digest(article)
    try:
        pdf = handout_bytes(enriched, LAYOUT, ROOT)
        deck = deck_bytes(enriched, LAYOUT, None, ROOT)
    except REFUSALS:
        return
    assert pdf.startswith(b"%PDF") and deck.startswith(b"PK")


def test_two_thousand_tiny_sections_build(tmp_path: Path) -> None:
    """Thousands of sections of one sentence each: every one is in the handout and has its
    slide (a deck's time grew with the square of its slides)."""
    from pypdf import PdfReader

    from .inspectors import deck_slides

    text = "---\ntitle: Veel\n---\n\n" + "".join(f"## Kop {n}\n\nZin {n}.\n\n" for n in range(2000))
    enriched = digest(_read(text, ".md"))
    pdf = handout_bytes(enriched, LAYOUT, ROOT)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert fold("Zin 1999.") in fold(" ".join(pages[-5:]))
    (tmp_path / "veel-slides.pptx").write_bytes(deck_bytes(enriched, LAYOUT, None, ROOT))
    titles = {slide.title for slide in deck_slides(tmp_path / "veel-slides.pptx")}
    assert {f"Kop {n}" for n in range(2000)} <= titles
