"""A workshop day from a workshop file: its checks, and the one handout and deck it gives."""

from __future__ import annotations

import json
import math
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from workshop.programme.toml_lines import key_lines

from .conftest import FIXTURES
from .inspectors import deck_slides, fold, pdf_pages

CORPUS = FIXTURES / "corpus" / "markdown"
THREE = ("beslissingen-nemen-met-een-team", "growth-mindset.nl", "goed-genoeg.nl")
TITLES = ("Beslissingen Nemen met een Team", "Groeien als team", "Goed Genoeg")
"""The parts' titles: the second is the programme's own title for "Growth mindset"."""

DAY = """title = "Coachend leidinggeven"
subtitle = "Een dag over besluiten en groei"
date = 2026-12-10
start = "09:00"
location = "Utrecht"
trainers = [{ name = "Anna de Vries", email = "anna@example.nl" }]

[[programme]]
article = "source_texts/beslissingen-nemen-met-een-team.md"
minutes = 60

[[programme]]
article = "source_texts/growth-mindset.nl.md"
title = "Groeien als team"
minutes = 75
leave_out = ["Voordelen van de growth mindset:"]

[[programme]]
title = "Lunch"
minutes = 45

[[programme]]
article = "source_texts/goed-genoeg.nl.md"
minutes = 30
"""


def _folder(tmp_path: Path, workshop_file: str = DAY) -> Path:
    """A trainer's folder: three corpus articles (with their pictures) and a workshop file."""
    sources = tmp_path / "source_texts"
    sources.mkdir()
    for name in THREE:
        text = (CORPUS / f"{name}.md").read_text(encoding="utf-8")
        (sources / f"{name}.md").write_text(text, encoding="utf-8")
        for picture in CORPUS.glob(f"{name.split('.')[0]}-*"):
            shutil.copy(picture, sources)
    (tmp_path / "workshop.toml").write_text(workshop_file, encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The day built once, as `workshop build` in the trainer's folder builds it."""
    from click.testing import CliRunner

    from workshop.cli import main

    folder = _folder(tmp_path_factory.mktemp("day"))
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert "wrote output/coachend-leidinggeven-handout.pdf" in result.output
    return folder / "output"


def test_the_day_is_one_handout_with_cover_programme_and_every_article_in_order(day) -> None:
    pages = [fold(page) for page in pdf_pages(day / "coachend-leidinggeven-handout.pdf")]
    assert pages[0].startswith(fold("Coachend leidinggeven Een dag over besluiten en groei"))
    assert fold("10 december 2026, 09:00–12:30 Utrecht") in pages[0]
    assert fold("Utrecht Anna de Vries · anna@example.nl Beslissingen") not in pages[0]
    assert fold("Anna de Vries · anna@example.nl") in pages[0]
    programme = next(page for page in pages if page.startswith(fold("Programma Tijd")))
    for times, title in [
        ("09:00–10:00", TITLES[0]),
        ("10:00–11:15", TITLES[1]),
        ("11:15–12:00", "Lunch"),
        ("12:00–12:30", TITLES[2]),
    ]:
        assert fold(f"{times} {title}") in programme
    whole = "".join(pages)
    starts = [whole.index(fold(f"Deel {n} {title}")) for n, title in enumerate(TITLES, 1)]
    assert starts == sorted(starts)
    contents = next(page for page in pages if page.startswith(fold("Inhoud")))
    assert all(fold(title) in contents for title in TITLES)
    assert fold("Modellen voor besluitvorming") in contents  # a section of the first part
    assert fold("Voordelen van de growth mindset") not in whole  # left out by the programme
    assert fold("Hoe beinvloed ik mijn mindset") in whole
    part = next(page for page in pages if page.startswith(fold("Deel 2")))
    assert fold("Bron: “Growth mindset”") in part  # renamed, credited as published
    last = pages[-1]
    assert fold("Contact Anna de Vries · anna@example.nl") in last  # the day's trainer


def test_the_day_is_one_deck_with_the_programme_the_parts_and_the_break(day) -> None:
    slides = deck_slides(day / "coachend-leidinggeven-slides.pptx")
    titles = [slide.title for slide in slides]
    assert titles[0] == "Coachend leidinggeven"
    assert "10 december 2026" in slides[0].subtitle and "Anna de Vries" in slides[0].subtitle
    assert titles[1] == "Programma"
    assert slides[1].bullets[2] == "11:15–12:00  Lunch"
    opening = [titles.index(title) for title in TITLES]
    assert opening == sorted(opening)
    assert opening[1] < titles.index("Lunch") < opening[2]
    assert titles.count("Agenda") >= 2  # each article opens its part with its own agenda
    assert titles[-1] == "Bedankt!" and titles.count("Bedankt!") == 1
    assert not any("Voordelen van de growth mindset" in title for title in titles)


def test_the_slide_handout_has_three_slides_a_page_and_every_slides_title(day) -> None:
    slides = deck_slides(day / "coachend-leidinggeven-slides.pptx")
    pages = pdf_pages(day / "coachend-leidinggeven-slides-handout.pdf")
    assert len(pages) == math.ceil(len(slides) / 3)
    for number, slide in enumerate(slides):
        page = fold(pages[number // 3])
        shown = slide.label or slide.title  # a statement slide's title is its label
        assert fold(shown.rstrip("…")) in page, (number + 1, shown)
        assert fold(str(number + 1)) in page


def test_the_guides_minutes_add_up_to_each_part_and_to_the_day(day) -> None:
    text = "\n".join(pdf_pages(day / "coachend-leidinggeven-guide.pdf"))
    assert "Tijdschema" in text and "Benodigdheden" in text
    assert re.search(r"Totaal: 210 minuten", text)  # 60 + 75 + 45 + 30
    parts = re.split(r"\n(\d\d:\d\d–\d\d:\d\d) · ", text)[1:]
    planned = {"09:00–10:00": 60, "10:00–11:15": 75, "12:00–12:30": 30}
    assert [times for times in parts[::2]] == list(planned)
    for times, body in zip(parts[::2], parts[1::2], strict=True):
        sections = [int(m) for m in re.findall(r" ·\s+(\d+)\s+minuten\n", body)]
        assert len(sections) >= 2 and sum(sections) == planned[times], (times, sections)
    assert fold("Laat iedereen eerst even zelf nadenken") in fold(text)  # how to run a question
    assert text.count("Afronding") == 1  # one close, at the end of the day, as in the deck


def test_no_arguments_build_the_workshop_file_and_per_article_adds_each_article(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, DAY.replace('start = "09:00"\n', ""))
    monkeypatch.chdir(folder)
    from click.testing import CliRunner

    from workshop.cli import main

    result = CliRunner().invoke(main, ["build", "--per-article", "--format", "pdf"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (folder / "output").iterdir()) == [
        "beslissingen-nemen-met-een-team-handout.pdf",
        "coachend-leidinggeven-handout.pdf",
        "goed-genoeg.nl-handout.pdf",
        "growth-mindset.nl-handout.pdf",
    ]
    programme = next(
        page
        for page in pdf_pages(folder / "output" / "coachend-leidinggeven-handout.pdf")
        if page.startswith("Programma")
    )
    # without a start time the programme has no times
    assert fold(programme).startswith(fold("Programma Onderdeel Duur"))
    assert fold("Lunch 45 minuten Goed Genoeg 30 minuten") in fold(programme)


_GOOD = [
    'title = "Dag"',
    'start = "09:00"',
    "",
    "[[programme]]",
    'article = "source_texts/goed-genoeg.nl.md"',
    "minutes = 60",
    "",
    "[[programme]]",
    'article = "source_texts/growth-mindset.nl.md"',
    "minutes = 30",
    "[[programme]]",
    'title = "Lunch"',
    "minutes = 45",
]
MISTAKES = {
    # name: (line changed, its new text, line reported, what the report says)
    "typo": (1, 'tittle = "Dag"', 1, "tittle: unknown key; did you mean 'title'?"),
    "type": (10, 'minutes = "zestig"', 10, "programme[2].minutes: expected a whole number"),
    "article": (9, 'article = "weg.md"', 9, "programme[2].article: no such file 'weg.md'"),
    "minutes": (13, "", 11, "programme[3].minutes: missing: the day's times are counted"),
    "layout": (3, 'layout = "coachin"', 3, "layout: no such layout 'coachin'; did you mean"),
    "trainer": (3, 'trainers = [{ naam = "A" }]', 3, "trainers[1].naam: unknown key; did you"),
    "email": (3, 'trainers = [{ name = "A", email = "a-at-b" }]', 3, "trainers[1].email: 'a-at"),
    "midnight": (2, 'start = "23:00"', 2, "start: the programme (135 minutes from 23:00) runs"),
    "quote": (1, 'title = "Dag', 1, "not valid TOML (Illegal character"),
}


def _with_mistakes(*names: str) -> str:
    lines = list(_GOOD)
    for name in names:
        changed, text, _, _ = MISTAKES[name]
        lines[changed - 1] = text
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", MISTAKES)
def test_a_mistake_in_the_workshop_file_is_one_line_with_file_line_and_key(
    run, tmp_path: Path, name: str
) -> None:
    folder = _folder(tmp_path, _with_mistakes(name))
    result = run("build", folder / "workshop.toml", "--out", tmp_path / "out")
    assert result.exit_code == 2
    _, _, line, message = MISTAKES[name]
    assert len(result.output.splitlines()) == 1, result.output
    assert result.output.startswith(f"Error: {folder / 'workshop.toml'}:{line}: {message}")
    assert not (tmp_path / "out").exists()


def test_three_mistakes_at_once_give_three_lines(run, tmp_path: Path) -> None:
    folder = _folder(tmp_path, _with_mistakes("typo", "type", "minutes"))
    result = run("build", folder / "workshop.toml", "--out", tmp_path / "out")
    assert result.exit_code == 2
    lines = result.output.removeprefix("Error: ").splitlines()
    path = folder / "workshop.toml"
    assert [line.split(": ", 2)[:2] for line in lines] == [
        [f"{path}:1", "tittle"],
        [f"{path}:10", "programme[2].minutes"],
        [f"{path}:11", "programme[3].minutes"],
    ]


def test_a_section_to_leave_out_that_the_article_lacks_is_named(run, tmp_path: Path) -> None:
    text = DAY.replace(
        'leave_out = ["Voordelen van de growth mindset:"]', 'leave_out = ["Bronnen"]'
    )
    folder = _folder(tmp_path, text)
    result = run("build", folder / "workshop.toml", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.output.startswith(
        f"Error: {folder / 'workshop.toml'}:16: programme[2].leave_out: growth-mindset.nl.md "
        "has no section 'Bronnen' (its sections: Growth mindset en Fixed mindset;"
    ), result.output


def test_a_missing_section_is_named_with_the_other_mistakes(run, tmp_path: Path) -> None:
    text = DAY.replace('["Voordelen van de growth mindset:"]', '["Bronnen"]')
    text = text.replace("minutes = 30", 'minutes = "30"')
    folder = _folder(tmp_path, text)
    result = run("build", folder / "workshop.toml", "--out", tmp_path / "out")
    assert result.exit_code == 2
    lines = result.output.removeprefix("Error: ").splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [
        "programme[2].leave_out",
        "programme[4].minutes",
    ]
    assert "(without quotes: minutes = 30)" in lines[1]


def test_per_article_outputs_follow_the_programme(run, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    result = run(
        "build", folder / "workshop.toml", "--per-article", "--out", out, "--format", "pdf"
    )
    assert result.exit_code == 0, result.output
    alone = "".join(fold(page) for page in pdf_pages(out / "growth-mindset.nl-handout.pdf"))
    assert alone.startswith(fold("Groeien als team"))
    assert fold("Voordelen van de growth mindset") not in alone
    checks = [line for line in result.output.splitlines() if line.startswith("check: ")]
    assert checks and len(checks) == len(set(checks))  # each said once, not again per article


def test_the_guide_gives_a_divider_after_the_agenda_its_own_minutes() -> None:
    from workshop.plans import DeckPlan, Meta, Slide
    from workshop.programme.guide_plan import sections_of

    def slide(layout: str, title: str) -> Slide:
        return Slide(layout, title, "", (), ())

    deck = DeckPlan(
        Meta("T", "", "", "", "nl"),
        (
            slide("title", "T"),
            slide("agenda", "Agenda"),
            slide("title", "Eén sessie"),
            slide("statement", "Wat neem je mee?"),
            slide("bullets", "Wat werkt"),
            slide("closing", "Bedankt!"),
        ),
        "",
        "",
    )
    labels = {"opening": "Opening", "wrap_up": "Afronding"}
    groups = [(group.title, len(group.slides)) for group in sections_of(deck, labels)]
    assert groups == [("Opening", 2), ("Eén sessie", 2), ("Wat werkt", 1), ("Afronding", 1)]


def test_a_workshop_file_that_is_not_toml_names_its_line(run, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 'title = "Dag"\nstart = 09:00\n')
    result = run("build", folder / "workshop.toml")
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {folder / 'workshop.toml'}:2: not valid TOML")


_NAMES = st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_NAMES, st.lists(_NAMES, max_size=3, unique=True)), max_size=4))
def test_every_key_is_found_on_its_line(tables) -> None:
    """Keys of plain tables and of arrays of tables, with comments and blank lines between."""
    lines, expected = ["top = 1  # a comment", ""], {"top": 1}
    counts: dict[str, int] = {}
    for name, keys in tables:
        counts[name] = counts.get(name, 0) + 1
        lines.append(f"[[{name}]]")
        table = f"{name}[{counts[name]}]"
        expected[table] = len(lines)
        for key in keys:
            lines.append(f'{key} = "x = [y]"')
            expected[f"{table}.{key}"] = len(lines)
        lines.append("")
    assert key_lines("\n".join(lines)) == expected


def test_the_readmes_workshop_file_is_valid_and_builds(run, tmp_path: Path) -> None:
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("## A workshop day", 1)[1].split("```toml\n", 1)[1].split("```")[0]
    (tmp_path / "source_texts").mkdir()
    shutil.copy(ROOT / "source_texts" / "vertrouwen.txt", tmp_path / "source_texts")
    (tmp_path / "workshop.toml").write_text(example.replace('["Bronnen"]', '["Potentieel"]'))
    result = run("build", tmp_path / "workshop.toml", "--out", tmp_path / "out", "--format", "pptx")
    assert result.exit_code == 0, result.output
    titles = [s.title for s in deck_slides(tmp_path / "out" / "coachend-leidinggeven-slides.pptx")]
    assert titles[:3] == ["Coachend leidinggeven", "Programma", "Vertrouwen in je team"]
    assert "Potentieel" not in titles and "Lunch" in titles


def test_a_new_workshop_folder_builds_as_it_is(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from workshop.cli import main

    monkeypatch.chdir(tmp_path)
    made = CliRunner().invoke(main, ["new", "demo"])
    assert made.exit_code == 0, made.output
    assert "created demo/workshop.toml" in made.output
    monkeypatch.chdir(tmp_path / "demo")
    built = CliRunner().invoke(main, ["build"])
    assert built.exit_code == 0, built.output
    assert sorted(p.name for p in (tmp_path / "demo" / "output").iterdir()) == [
        "demo-guide.pdf",
        "demo-handout.pdf",
        "demo-slides-handout.pdf",
        "demo-slides.pptx",
    ]
    titles = [s.title for s in deck_slides(tmp_path / "demo" / "output" / "demo-slides.pptx")]
    assert titles[:4] == [
        "Demo",
        "Programma",
        "Welkom en kennismaking",
        "Coachende vragen in het werkoverleg",
    ]
    monkeypatch.chdir(tmp_path)
    before = (tmp_path / "demo" / "workshop.toml").read_bytes()
    again = CliRunner().invoke(main, ["new", "demo"])
    assert again.exit_code == 2
    assert again.output == "Error: demo: exists already and is not empty; choose another name\n"
    assert (tmp_path / "demo" / "workshop.toml").read_bytes() == before


def test_one_article_gets_a_guide_and_a_slide_handout_when_asked(run, tmp_path: Path) -> None:
    result = run("build", "source_texts/vertrouwen.txt", "--format", "all", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "vertrouwen-guide.pdf",
        "vertrouwen-handout.pdf",
        "vertrouwen-slides-handout.pdf",
        "vertrouwen-slides.pptx",
    ]
    guide = "\n".join(pdf_pages(tmp_path / "vertrouwen-guide.pdf"))
    total = int(re.search(r"Totaal: (\d+) minuten", guide)[1])
    sections = [int(m) for m in re.findall(r" ·\s+(\d+)\s+minuten\n", guide)]
    assert sum(sections) == total > 0  # no programme: the estimate is the plan
    slides = deck_slides(tmp_path / "vertrouwen-slides.pptx")
    assert len(pdf_pages(tmp_path / "vertrouwen-slides-handout.pdf")) == math.ceil(len(slides) / 3)


_VALUES = st.one_of(
    st.text(max_size=30).map(json.dumps),
    st.integers(min_value=-(10**6), max_value=10**6).map(str),
    st.sampled_from(["true", "2026-12-10", "09:00:00", "[]", '["a", 1]', "{ name = 1 }", "1.5"]),
)
_KEYS = st.sampled_from(
    [
        "title",
        "date",
        "start",
        "trainers",
        "paper",
        "language",
        "layout",
        "minutes",
        "article",
        "leave_out",
        "titel",
        "programme",
        "x",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    top=st.lists(st.tuples(_KEYS, _VALUES), max_size=6, unique_by=lambda kv: kv[0]),
    items=st.lists(
        st.lists(st.tuples(_KEYS, _VALUES), max_size=4, unique_by=lambda kv: kv[0]), max_size=3
    ),
)
def test_any_workshop_file_loads_or_names_each_mistake_with_file_and_key(top, items) -> None:
    from workshop.programme.file import WorkshopFileError, load_workshop_file

    lines = [f"{key} = {value}" for key, value in top]
    for item in items:
        lines += ["[[programme]]", *(f"{key} = {value}" for key, value in item)]
    folder = Path(tempfile.mkdtemp())
    path = folder / "workshop.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        loaded = load_workshop_file(path)
    except WorkshopFileError as error:
        assert error.exit_code == 2
        for problem in error.problems:
            assert re.match(rf"{re.escape(str(path))}(:\d+)?: \S", problem), problem
    else:
        assert loaded.title and loaded.programme
    finally:
        shutil.rmtree(folder)
