"""The handout's working elements as a participant meets them, and handouts of hard articles.

Contents with page numbers, a bookmark per section, per section the key points (the deck's own
sentences), questions and lines for notes, a last page to write on; labels in the article's
language from the layout; paper sizes; articles that are long, wide or odd.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.enrich.digest import digest
from workshop.enrich.sentences import sentences
from workshop.plans import Questions
from workshop.readers import read_article

from .conftest import ROOT
from .corpus import CORPUS, article_text
from .inspectors import fold, pdf_fonts_embedded, pdf_pages

MARKDOWN = sorted((CORPUS / "markdown").glob("*.md"))


PAGE_LABEL = re.compile(r"^(?:Pagina \d+ van \d+|Page \d+ of \d+)$")


def page_lines(pdf: Path) -> list[list[str]]:
    """Each page's lines without its furniture (the running header and the page label)."""
    pages = []
    for page in pdf_pages(pdf):
        lines = [line.strip() for line in page.splitlines()]
        for i in [i for i, line in enumerate(lines) if PAGE_LABEL.match(line)]:
            lines[i] = ""
            if i:
                lines[i - 1] = ""
        pages.append(lines)
    return pages


def body_text(pdf: Path) -> str:
    """The PDF's text without page furniture, folded, so a sentence that runs over a page
    break reads as one."""
    text = "\n".join(line for lines in page_lines(pdf) for line in lines)
    return fold(text.replace("\x00", ""))  # a glyph the font lacks extracts as NUL


def visible(text: str) -> str:
    """`text` without pictographs (emoji): the layout's text font has no glyphs for them."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "So")


def _build(run, source: Path, out: Path, *options: str) -> Path:
    result = run("build", source, "--out", out, "--format", "pdf", *options)
    assert result.exit_code == 0, result.output
    return out / f"{source.stem}-handout.pdf"


def test_seed_handout_has_contents_bookmarks_and_working_elements(seed_build) -> None:
    pdf = seed_build["pdf"]
    pages = pdf_pages(pdf)
    article = read_article(Path(pdf).parent / "vertrouwen.txt")
    titles = [section.title for section in article.sections]
    outline = [entry.title for entry in PdfReader(pdf).outline]
    assert outline == titles
    contents = pages[1]
    assert contents.lstrip().startswith("Inhoud")
    lines = page_lines(pdf)
    starts = [next(n for n in range(3, len(lines) + 1) if t in lines[n - 1]) for t in titles]
    assert all(title in contents for title in titles)
    assert [int(n) for n in re.findall(r"\.\s+(\d+)\s*$", contents, re.M)] == starts
    text = "\n".join(pages)
    assert 1 <= text.count("Kernpunten") <= len(titles)  # none where the list above says it
    assert text.count("Om over na te denken") == len(titles)
    questions = [
        item
        for element in _handout_plan(article).body
        if isinstance(element, Questions)
        for item in element.items
    ]
    for title in titles:  # questions are written from the content, not the heading pasted in
        assert not any(f"„{title}”" in q or f"“{title}”" in q for q in questions)
    assert "Hoe zou jij vertrouwen in je eigen woorden uitleggen aan een collega?" in text
    assert text.count("Aantekeningen") == len(titles)
    assert "Jouw aantekeningen" in pages[-1]


def _layout():
    from workshop.layouts import load_layout

    return load_layout("coaching", ROOT / "layouts")


def _handout_plan(article):
    from workshop.layouts.templates import render_template
    from workshop.plans import parse_handout

    return parse_handout(render_template(_layout(), "handout.xml.j2", digest(article)), Path("h"))


def _contents_numbers(pdf: bytes) -> list[tuple[str, int]]:
    """The contents page's entries: each title with the page number after its leader."""
    page = PdfReader(io.BytesIO(pdf)).pages[1].extract_text()
    entry = r"^(.+?)(?:\s*\.)+\s*(\d+)\s*$"
    return [(title, int(number)) for title, number in re.findall(entry, page, re.M)]


def test_contents_are_laid_out_once_and_numbered_as_when_laid_out_twice(monkeypatch) -> None:
    """The headings are foreseen, so the handout is laid out once; when they are foreseen
    wrong (here: none), a second pass gives the same page numbers."""
    from workshop.render import handout

    article = read_article(ROOT / "source_texts" / "vertrouwen.txt")
    plan = _handout_plan(article)
    layout = _layout()
    passes = []
    build = handout._HandoutDoc.build
    monkeypatch.setattr(
        handout._HandoutDoc, "build", lambda doc, *a, **k: (passes.append(1), build(doc, *a, **k))
    )
    once = handout.render_handout(plan, layout, ROOT)
    assert len(passes) == 1
    monkeypatch.setattr(handout, "foreseen_entries", lambda story: [])
    twice = handout.render_handout(plan, layout, ROOT)
    assert len(passes) == 3
    numbers = _contents_numbers(once)
    assert [title for title, _ in numbers] == [section.title for section in article.sections]
    assert [n for _, n in numbers] == [3, 3, 4, 5, 6]
    assert _contents_numbers(twice) == numbers


def test_contents_foreseen_that_never_come_take_one_pass_more(monkeypatch) -> None:
    """Headings foreseen that layout never reports (none at all, here) cost one more pass,
    not passes without end."""
    from workshop.render import handout

    plan = _handout_plan(read_article(ROOT / "source_texts" / "vertrouwen.txt"))
    passes = []
    build = handout._HandoutDoc.build
    monkeypatch.setattr(
        handout._HandoutDoc, "build", lambda doc, *a, **k: (passes.append(1), build(doc, *a, **k))
    )
    monkeypatch.setattr(handout, "foreseen_entries", lambda story: [(0, "Weg", "heading-9")])
    monkeypatch.setattr(handout._HandoutDoc, "afterFlowable", lambda doc, flowable: None)
    pdf = handout.render_handout(plan, _layout(), ROOT)
    assert len(passes) == 2
    assert "Weg" not in PdfReader(io.BytesIO(pdf)).pages[1].extract_text()


def test_key_points_box_holds_the_sentences_the_deck_shows(seed_build) -> None:
    article = read_article(Path(seed_build["pdf"]).parent / "vertrouwen.txt")
    text = fold("\n".join(pdf_pages(seed_build["pdf"])))
    for section in digest(article).sections:
        for point in section.key_points[:6]:
            assert fold(point) in text, point


def test_english_article_gets_english_labels_and_cover_lines(run, tmp_path: Path) -> None:
    source = tmp_path / "trust.md"
    body = "".join(
        f"## Part {n}\n\nTrust grows when people keep their word and when leaders listen to "
        "what their teams say about the work. It takes time to build trust in a team, and it "
        "takes one broken promise to lose it again. Managers who explain their decisions and "
        "admit their mistakes are trusted more than managers who hide them from their people. "
        "A team that trusts its leader tells the leader early when something goes wrong.\n\n"
        for n in ("one", "two", "three")
    )
    source.write_text(f"---\ntitle: Trust at work\n---\n\nWhy it matters.\n\n{body}")
    pdf = _build(run, source, tmp_path, "--workshop-title", "Leading teams", "--date", "2026-12-10")
    pages = pdf_pages(pdf)
    assert "Leading teams" in pages[0] and "December 10, 2026" in pages[0]
    assert "Leading teams" in pages[2]  # the running header names the workshop
    text = "\n".join(pages)
    for label in ("Contents", "Key points", "To think about", "Your notes", "Page 2 of"):
        assert label in text, label
    assert "Kernpunten" not in text and "Pagina" not in text


@pytest.mark.parametrize(("paper", "size"), [("Letter", (612, 792)), ("A5", (420, 595))])
def test_paper_size_option(run, tmp_path: Path, seed_path: Path, paper: str, size) -> None:
    pdf = _build(run, seed_path, tmp_path, "--paper", paper)
    box = PdfReader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_contact_details_and_logo_from_the_layout(run, tmp_path: Path, seed_path: Path) -> None:
    layout = tmp_path / "eigen"
    shutil.copytree(Path(__file__).parent.parent / "layouts" / "coaching", layout)
    from PIL import Image

    Image.new("RGB", (400, 200), "#a4471f").save(layout / "logo.png")
    toml = (layout / "layout.toml").read_text(encoding="utf-8")
    toml = toml.replace('# logo = "logo.png"', 'logo = "logo.png"')
    toml = toml.replace('name = ""', 'name = "Monty Trapman"')
    toml = toml.replace('email = ""', 'email = "monty@example.nl"')
    (layout / "layout.toml").write_text(toml, encoding="utf-8")
    pdf = _build(run, seed_path, tmp_path, "--layout", layout)
    pages = pdf_pages(pdf)
    assert "Monty Trapman" in pages[-1] and "monty@example.nl" in pages[-1]
    assert "Contact" in pages[-1]
    assert len(PdfReader(pdf).pages[0].images) == 1


HARD = {
    "long-word": "Een woord van 2000 tekens volgt.\n\n" + "Ab" * 1000 + "\n",
    "url": "Lees https://example.com/" + "pad/" * 60 + "?q=1 voor meer.\n",
    "table-line": "Kolom een\tKolom twee\tKolom drie\nWaarde 1\tWaarde 2\tWaarde 3\n",
    "list-40": "Een lange lijst volgt:\n\n"
    + "".join(f"• Punt {n} van de lange lijst met wat tekst erbij\n" for n in range(1, 41)),
    "sixty-pages": "".join(
        f"Kop {n}\nDit is alinea {n}. " + "Een zin over coachend leiderschap. " * 60 + "\n\n"
        for n in range(1, 91)
    ),
}


@pytest.mark.parametrize("case", sorted(HARD))
def test_hard_articles_give_a_complete_handout(run, tmp_path: Path, case: str) -> None:
    source = tmp_path / f"{case}.txt"
    source.write_text(f"Moeilijk artikel\n\n{HARD[case]}", encoding="utf-8")
    pdf = _build(run, source, tmp_path)
    text = body_text(pdf)
    for line in article_text(read_article(source).to_dict()):
        assert fold(line) in text, line[:60]
    if case == "sixty-pages":
        assert len(PdfReader(pdf).pages) >= 60


@pytest.mark.parametrize("source", MARKDOWN, ids=[path.name for path in MARKDOWN])
def test_markdown_corpus_handouts(run, tmp_path: Path, source: Path) -> None:
    """Every sentence of the article is in the PDF; fonts embedded; bookmarks; valid file."""
    pdf = _build(run, source, tmp_path)
    article = read_article(source)
    text = body_text(pdf)
    for paragraph in article_text(article.to_dict()):
        for sentence in sentences(paragraph, article.language):
            assert fold(visible(sentence)) in text, sentence[:80]
    fonts = pdf_fonts_embedded(pdf)
    assert fonts and all(fonts.values()), fonts
    sections = digest(article).sections  # an article without headings gets parts
    assert sections
    assert [entry.title for entry in _flat(PdfReader(pdf).outline)] == [s.title for s in sections]
    dutch = article.language == "nl"
    if len([s for s in sections if s.level == 1]) >= 3:
        assert pdf_pages(pdf)[1].lstrip().startswith("Inhoud" if dutch else "Contents")
    titles = [fold(section.title) for section in sections]
    for number, lines in enumerate(page_lines(pdf), 1):  # no heading alone at a page's foot
        if fold(next((line for line in lines if line), "")).lower() in ("inhoud", "contents"):
            continue  # the contents: titles, one a line
        last = fold(next((line for line in reversed(lines) if line), ""))
        assert not (len(last) >= 8 and any(t.endswith(last) for t in titles)), (number, last)
    labels = ("Om over na te denken", "Aantekeningen", "Jouw aantekeningen")
    everything = "\n".join(pdf_pages(pdf))
    for label in labels if dutch else ("To think about", "Notes", "Your notes"):
        assert label in everything, label
    _qpdf_check(pdf)


def _flat(outline: list) -> list:
    entries = []
    for entry in outline:
        entries += _flat(entry) if isinstance(entry, list) else [entry]
    return entries


def _qpdf_check(pdf: Path) -> None:
    """`qpdf --check` finds no damage; skipped outside CI when qpdf is not installed."""
    if shutil.which("qpdf") is None:
        assert not os.environ.get("CI"), "CI installs qpdf (.ci/run)"
        return
    result = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_heading_longer_than_a_page_does_not_break_the_contents(run, tmp_path: Path) -> None:
    """A broken article's heading of thousands of letters made a contents entry taller
    than a page; the contents cut long headings, the handout is built."""
    source = tmp_path / "lang.md"
    body = "Een coach luistert eerst en vraagt dan door, zodat de ander zelf nadenkt. " * 4
    long_heading = " ".join(["w" * 900] * 2)
    source.write_text(
        f"# Lang\n\n## Begin\n\n{body}\n\n## {long_heading}\n\n{body}\n\n"
        f"## Ook een kop met een heel lange titel {'die maar doorgaat ' * 12}\n\n{body}\n",
        encoding="utf-8",
    )
    pdf = _build(run, source, tmp_path / "out")
    contents = pdf_pages(pdf)[1]
    assert contents.lstrip().startswith("Inhoud")
    assert "Begin" in contents
    assert "Ook een kop met een heel lange titel" in contents and "…" in contents


def test_contents_keep_room_for_page_numbers_beside_long_entries(run, tmp_path: Path) -> None:
    """An entry whose last line ran to the right edge got its page number shrunk until it
    could not be read; entries now stop short of the numbers' column."""
    body = "Een coach luistert eerst en vraagt dan door, zodat de ander zelf nadenkt. " * 3
    titles = [
        ("Samenwerken " * words + "a" * letters).strip()
        for words in (5, 6)
        for letters in range(12)
    ]
    source = tmp_path / "randen.md"
    source.write_text(
        "# Randgevallen\n\n"
        + "Inleiding. " * 10
        + "\n\n"
        + "".join(f"## {title}\n\n{body}\n\n" for title in titles),
        encoding="utf-8",
    )
    pdf = PdfReader(_build(run, source, tmp_path / "out"))
    sizes = set()
    for page in pdf.pages[1:4]:
        forms = page["/Resources"].get("/XObject", {})
        for name in forms:
            if "contents-page" in name:
                data = forms[name].get_object().get_data().decode("latin-1")
                sizes |= {float(size) for size in re.findall(r"([\d.]+) Tf", data)}
    assert len(sizes) == 1, sizes  # every number at the entries' size, none shrunk
