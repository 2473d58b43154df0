"""The three readers on small articles made for one behaviour each, and choosing between them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from workshop.errors import ReadError
from workshop.readers import read_article

MARKDOWN = """---
title: "Feedback geven"
date: 2023-04-05
credits: Images Jan Jansen Author Anna de Vries
intro: Waarom feedback werkt.
---

Waarom feedback werkt.

Een opening met een [link](https://example.com) en *nadruk* en `code`.

## Eerste stap

- Een punt dat over twee
  regels loopt
  - een genest punt
- Nog een punt ![schema](img/schema.png)

**Een vette regel als kop**

Tekst met een afbeelding ![foto](./foto.jpg) in het midden.

> Een citaat.
>
> Een tweede alinea.

### Onder de stap

| Kop | Andere kop |
| --- | --- |
| cel 1 | cel 2 |

<!-- een opmerking -->

---
"""


def _read(tmp_path: Path, name: str, text: str, **options) -> dict:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return read_article(source, **options).to_dict()


def test_markdown_reader_follows_the_contract(tmp_path: Path) -> None:
    article = _read(tmp_path, "feedback.md", MARKDOWN)
    assert (article["title"], article["author"], article["date"]) == (
        "Feedback geven",
        "Anna de Vries",
        "2023-04-05",
    )
    assert article["intro"] == [
        {"type": "paragraph", "text": "Waarom feedback werkt."},
        {"type": "paragraph", "text": "Een opening met een link en nadruk en code."},
    ]
    titles = [(s["title"], s["level"]) for s in article["sections"]]
    assert titles == [
        ("Eerste stap", 1),
        ("Een vette regel als kop", 2),
        ("Onder de stap", 2),
    ]
    first, bold, under = (s["blocks"] for s in article["sections"])
    assert first == [
        {
            "type": "list",
            "ordered": False,
            "items": ["Een punt dat over twee regels loopt", "een genest punt", "Nog een punt"],
        },
        {"type": "image", "src": "img/schema.png", "alt": "schema"},
    ]
    assert bold == [
        {"type": "paragraph", "text": "Tekst met een afbeelding"},
        {"type": "image", "src": "./foto.jpg", "alt": "foto"},
        {"type": "paragraph", "text": "in het midden."},
        {"type": "quote", "text": "Een citaat."},
        {"type": "quote", "text": "Een tweede alinea."},
    ]
    assert under == [
        {"type": "list", "ordered": False, "items": ["Kop", "Andere kop", "cel 1", "cel 2"]}
    ]
    assert article["language"] == "nl" and article["dropped"] == []


def test_markdown_without_front_matter_takes_its_title_from_the_first_heading(
    tmp_path: Path,
) -> None:
    article = _read(
        tmp_path,
        "notes.markdown",
        "# Trust at work\n\nBy now you know the drill. It starts with the team.\n\n"
        "## What it is\n\nTrust is what makes a team work, and it is built every day.\n",
    )
    assert article["title"] == "Trust at work"
    assert [s["title"] for s in article["sections"]] == ["What it is"]
    bold_first = _read(
        tmp_path, "b.md", "# Trust\n\nWords here.\n\n**Bold**\n\nText.\n\n## Real\n\nMore.\n"
    )
    assert [(s["title"], s["level"]) for s in bold_first["sections"]] == [("Bold", 1), ("Real", 1)]
    assert article["language"] == "en"


def test_bad_front_matter_names_the_file_and_line(run, tmp_path: Path) -> None:
    source = tmp_path / "kapot.md"
    source.write_text("---\ntitle: Goed\ndate: [2023\n---\n\nTekst.\n", encoding="utf-8")
    result = run("inspect", source)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {source}:")
    assert "front matter" in result.output and "Traceback" not in result.output


HTML = """<!doctype html><html lang="en"><head><title>Trust at work | Example Site</title>
<meta property="og:site_name" content="Example Site"></head><body class="has-sidebar">
<header><h1>Example Site</h1><nav><ul><li><a href="/">Home</a></li>
<li><a href="/blog">Blog</a></li></ul></nav></header>
<main><article><h1>Trust at work</h1>
<p class="byline">By Jane Doe on March 3, 2021</p>
<p>Trust is what makes a team work. It is built in small moments, every single day,
by people who keep their word and say what they think.</p>
<h2>Why it matters</h2>
<p>Teams that trust each other speak up sooner, share mistakes earlier and learn faster
than teams that do not. That is why trust is worth the effort it takes.</p>
<ul><li>They speak up.</li><li>They share mistakes.</li></ul>
<blockquote><p>Trust is built in drops and lost in buckets.</p></blockquote>
<h2>How to start</h2>
<p>Start by keeping small promises, and by saying out loud what you expect of others,
so that nobody has to guess what you mean or what you will do next.</p>
</article></main>
<section class="related-posts"><h2>Related posts</h2><article class="card"><h3>Listening well</h3>
<p>Why most of us listen to reply rather than to understand what is said.</p></article></section>
<footer><p>&copy; 2021 Example Site. All rights reserved.</p></footer></body></html>"""


def test_html_reader_finds_the_article_in_the_page(tmp_path: Path) -> None:
    article = _read(tmp_path, "trust.html", HTML)
    assert (article["title"], article["author"], article["date"]) == (
        "Trust at work",
        "Jane Doe",
        "2021-03-03",
    )
    assert [s["title"] for s in article["sections"]] == ["Why it matters", "How to start"]
    text = json.dumps(article)
    for chrome in ("Example Site", "All rights reserved", "Related posts", "Listening well"):
        assert chrome not in text
    assert {
        "type": "list",
        "ordered": False,
        "items": ["They speak up.", "They share mistakes."],
    } in (article["sections"][0]["blocks"])
    assert {"type": "quote", "text": "Trust is built in drops and lost in buckets."} in (
        article["sections"][0]["blocks"]
    )


def test_from_overrides_the_suffix(tmp_path: Path) -> None:
    text = "# Kop\n\nEen zin met **vet** erin, zoals een mens die schrijft.\n"
    as_markdown = _read(tmp_path, "notitie.txt", text, source_format="markdown")
    assert as_markdown["title"] == "Kop"
    assert as_markdown["intro"][0]["text"] == "Een zin met vet erin, zoals een mens die schrijft."
    as_text = _read(tmp_path, "notitie.txt", text)
    assert "**vet**" in json.dumps(as_text, ensure_ascii=False)


def test_from_and_language_options_on_the_command_line(run, tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(HTML, encoding="utf-8")
    result = run("inspect", "--json", "--from", "html", "--language", "nl", source)
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)
    assert article["title"] == "Trust at work" and article["language"] == "nl"
    unknown = run("inspect", "--from", "docx", source)
    assert unknown.exit_code == 2 and "'docx' is not one of" in unknown.output


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("leeg.md", b""),
        ("leeg.html", b"   \n"),
        ("ruis.html", bytes(range(256)) * 8),
        ("ruis.md", bytes(range(256)) * 8),
        ("rommel.txt", b"Menu\nDeel dit artikel\nWij gebruiken cookies. Akkoord\n"),
        ("rommel.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
        ("rommel.md", b"---\ntitle: Alleen een titel\n---\n"),
    ],
)
def test_unreadable_files_give_one_line_naming_the_file(
    run, tmp_path: Path, name: str, content: bytes
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    result = run("inspect", source)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {source}")
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=400), st.sampled_from(["x.txt", "x.md", "x.html"]))
def test_any_text_gives_an_article_or_a_read_error(tmp_path: Path, text: str, name: str) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        article = read_article(source)
    except ReadError as error:
        assert str(source) in error.format_message()
    else:
        assert article.title


def test_markdown_byline_under_the_title_without_front_matter(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "retro.md",
        "# Betere retrospectives\n\n*Door Tom Hendriks, 3 mei 2021*\n\n"
        "Op 12 maart begon het team met een nieuwe vorm.\n\n## Waarom\n\nOmdat het moest.\n",
    )
    assert (article["author"], article["date"]) == ("Tom Hendriks", "2021-05-03")
    assert article["intro"] == [
        {"type": "paragraph", "text": "Op 12 maart begon het team met een nieuwe vorm."}
    ]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("datum.md", "---\ntitle: Datum\ndate: 2023-02-30\n---\n\nEen zin van het artikel.\n"),
        ("diep.md", "---\ntitle: Diep\nx: " + "[" * 2000 + "\n---\n\nTekst.\n"),
        (
            "schema.html",
            '<html><head><script type="application/ld+json">{"@id": [1], "author": '
            + "[" * 3000
            + "]</script></head><body><article><h1>Schema</h1><p>Een zin van het artikel, "
            "lang genoeg om als tekst te tellen.</p></article></body></html>",
        ),
        ("breed.txt", "Titel\n\n" + "a-" * 100_000 + "\n"),
        ("breed.html", "<html><body><h1>T</h1><p>" + "a." * 100_000 + "</p></body></html>"),
    ],
)
def test_odd_files_give_an_article_or_one_line(
    run, tmp_path: Path, name: str, content: str
) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    result = run("inspect", source)
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        assert result.output.startswith("title:")  # the outline of what was read
    else:
        assert result.exit_code == 1 and result.output.startswith(f"Error: {source}")
        assert result.output.count("\n") == 1


def test_a_saved_windows_1252_page_reads_its_accents(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Café crème</title></head><body>'
        "<article><h1>Café crème</h1><p>Een zin over een café, met crème en één idee.</p>"
        "</article></body></html>"
    )
    source = tmp_path / "cafe.html"
    source.write_bytes(page.encode("cp1252"))
    article = read_article(source).to_dict()
    assert article["title"] == "Café crème"
    assert article["intro"][0]["text"] == "Een zin over een café, met crème en één idee."


def test_the_month_names_written_out_are_babels() -> None:
    """The readers know months without loading babel's locale data; the names must stay
    what the Unicode CLDR (through babel) gives."""
    from babel.dates import get_month_names

    from workshop.language import MONTH_NAMES

    for language, (wide, abbreviated) in MONTH_NAMES.items():
        for width, written in (("wide", wide), ("abbreviated", abbreviated)):
            names = get_month_names(width, locale=language).values()
            assert written.split() == [name.lower().rstrip(".") for name in names]


def test_dates_written_out_are_babels_long_dates() -> None:
    """Covers and credits write dates without babel, as babel's long format would."""
    import datetime

    from babel.dates import format_date

    from workshop.layouts.templates import long_date

    for language in ("nl", "en"):
        for month in range(1, 13):
            for day in (1, 9, 28):
                date = datetime.date(2026, month, day)
                assert long_date(date, language) == format_date(date, "long", locale=language)
