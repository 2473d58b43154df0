"""The article's web address: read from its file, printed with the credit and as a QR code."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.build import handout_plan
from workshop.enrich.digest import digest
from workshop.layouts import load_layout
from workshop.plans import QrCode
from workshop.readers import read_article

from .inspectors import fold, pdf_pages

TEXT = "Een leidinggevende die luistert, hoort meer dan een die praat. Dat is de kern.\n"


def _markdown(tmp_path: Path, key: str, value: str) -> Path:
    path = tmp_path / "luisteren.md"
    front = f"---\ntitle: Luisteren\n{key}: {value}\n---\n\n{TEXT}\n## Vragen\n\n{TEXT}"
    path.write_text(front, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("url", "https://example.nl/blog/luisteren", "https://example.nl/blog/luisteren"),
        ("source", "'https://example.com/a?b=1&c=2'", "https://example.com/a?b=1&c=2"),
        ("canonical_url", "http://blog.example.org/post/", "http://blog.example.org/post/"),
        ("url", "'javascript:alert(1)'", None),
        ("source", "LinkedIn", None),
        ("url", "file:///etc/passwd", None),
    ],
)
def test_front_matter_names_the_address_and_only_a_web_address_counts(
    tmp_path: Path, key: str, value: str, expected: str | None
) -> None:
    assert read_article(_markdown(tmp_path, key, value)).url == expected


def test_a_saved_page_gives_its_canonical_address(tmp_path: Path) -> None:
    page = tmp_path / "pagina.html"
    page.write_text(
        '<html><head><title>Luisteren</title><link rel="canonical" '
        'href="https://example.nl/luisteren"></head><body><article><h1>Luisteren</h1>'
        f"<p>{TEXT}</p><h2>Vragen</h2><p>{TEXT}</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_article(page).url == "https://example.nl/luisteren"


def test_the_handout_prints_the_address_with_the_credit_and_as_a_qr_code(
    run, tmp_path: Path
) -> None:
    source = _markdown(tmp_path, "url", "'https://example.nl/blog/luisteren?a=1&b=<2>'")
    address = "https://example.nl/blog/luisteren?a=1&b=<2>"
    article = read_article(source)
    assert article.url is None  # "<" makes it no address a participant can open
    source = _markdown(tmp_path, "url", "https://example.nl/blog/luisteren?a=1&b=2")
    article = read_article(source)
    address = "https://example.nl/blog/luisteren?a=1&b=2"
    plan = handout_plan(digest(article), load_layout("coaching"))
    assert [e for e in plan.body if isinstance(e, QrCode)] == [QrCode("Bron", address)]
    assert plan.cover is not None and address in plan.cover.credits
    result = run("build", source, "--out", tmp_path / "out", "--format", "pdf")
    assert result.exit_code == 0, result.output
    pages = pdf_pages(tmp_path / "out" / "luisteren-handout.pdf")
    assert fold(address) in fold(pages[0])
    assert fold(f"Bron {address}") in fold(pages[-1])


def test_without_an_address_there_is_no_qr_code(tmp_path: Path) -> None:
    article = read_article(_markdown(tmp_path, "author", "Test Auteur"))
    plan = handout_plan(digest(article), load_layout("coaching"))
    assert article.url is None
    assert not any(isinstance(element, QrCode) for element in plan.body)
