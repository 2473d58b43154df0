"""The trainer's outline: written from an article, edited, built into the deck and handout.

What a trainer sees is checked: the outline's own text, the slides and notes in the deck,
the text of the handout, and the one line each mistake gets.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from workshop.build import DECK_TEMPLATE, HANDOUT_TEMPLATE
from workshop.enrich.digest import digest
from workshop.layouts import load_layout
from workshop.layouts.templates import render_template
from workshop.outline.apply import apply_outline
from workshop.outline.read import parse_outline
from workshop.outline.write import generate, render
from workshop.plans import parse_deck, parse_handout
from workshop.readers import read_article

from .conftest import ARTICLES, ROOT
from .corpus import CORPUS
from .inspectors import deck_slides, fold, pdf_pages

LAYOUT = load_layout("coaching", ROOT / "layouts")
SOURCES = [
    ARTICLES / "vertrouwen" / "input.txt",
    *sorted((CORPUS / "markdown").glob("*.md")),
    *sorted((CORPUS / "scraped").glob("*.txt")),
    *sorted((CORPUS / "html").glob("*.html")),
]


def _outline_text(source: Path) -> str:
    article = read_article(source)
    return render(generate(digest(article), LAYOUT.labels_for(article.language)))


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_an_unedited_outline_gives_the_same_plans_as_no_outline(source: Path) -> None:
    """Byte-identical outputs: the templates see the same article with the outline as
    without, for the deck and for the handout (the renderers are deterministic; the build
    test below checks the bytes)."""
    article = read_article(source)
    enriched = digest(article)
    text = render(generate(enriched, LAYOUT.labels_for(article.language)))
    outline = parse_outline(text, Path("x.outline.md"), [s.title for s in enriched.sections])
    deck, handout = apply_outline(enriched, outline, Path("x"), LAYOUT.labels_for(article.language))
    for name, edited in ((DECK_TEMPLATE, deck), (HANDOUT_TEMPLATE, handout)):
        assert render_template(LAYOUT, name, edited) == render_template(LAYOUT, name, enriched)


@pytest.mark.parametrize(
    "source",
    [
        SOURCES[0],
        CORPUS / "markdown" / "betekenisvol-werk.en.md",
        CORPUS / "markdown" / "goed-genoeg.nl.md",
    ],
    ids=lambda p: p.name,
)
def test_building_with_an_unedited_outline_writes_the_same_bytes(
    run, tmp_path: Path, source: Path
) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(source.parent, folder)
    article = folder / source.name
    assert run("build", article, "--out", tmp_path / "plain").exit_code == 0
    result = run("outline", article)
    assert result.output == f"wrote {folder / source.stem}.outline.md\n"
    assert run("build", article, "--out", tmp_path / "outlined").exit_code == 0
    for suffix in ("-handout.pdf", "-slides.pptx"):
        name = source.stem + suffix
        assert (tmp_path / "plain" / name).read_bytes() == (
            tmp_path / "outlined" / name
        ).read_bytes()


def test_the_seed_outline_reads_as_headings_and_lists() -> None:
    text = _outline_text(SOURCES[0])
    assert text.startswith("# Vertrouwen\n\nVingerafdruk: ")
    section = text[text.index("## Potentieel") :]
    section = section[: section.index("\n## ", 5)]
    lines = [line for line in section.splitlines() if not line.startswith("<!--")]
    assert lines[:4] == ["## Potentieel", "Titel: Potentieel", "Tonen: dia's en hand-out", ""]
    assert "### Dia" in lines and "### Kernpunten" in lines and "### Vragen" in lines
    assert "- Wat neem jij mee uit dit deel over potentieel?" in lines
    assert "### Sprekersnotities" in lines
    assert "{" not in text and "}" not in text


POINT = (
    "In de gesprekken over werk komen de eigen ervaring en inzichten van de medewerker nu "
    "eenmaal veel meer op tafel."
)
OWN_POINT = "Wie over het werk praat, laat zien wat hij kan."


def _text(pdf: Path) -> str:
    """The handout's text without its running header and page numbers, which move when a
    box grows or shrinks."""
    return "".join(re.sub(r"VertrouwenPagina\d+van\d+", "", fold(page)) for page in pdf_pages(pdf))


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_edits_show_in_the_deck_and_the_handout_and_nothing_else(run, tmp_path: Path) -> None:
    source = tmp_path / "vertrouwen.txt"
    shutil.copy(SOURCES[0], source)
    assert run("build", source, "--out", tmp_path / "before").exit_code == 0
    assert run("outline", source).exit_code == 0
    outline = tmp_path / "vertrouwen.outline.md"
    text = outline.read_text(encoding="utf-8")
    text = _edit(
        text,
        "- Geloven dat een ander eerlijk is of dat iets goed zal gaan.",
        "- Vertrouwen is durven rekenen op een ander.",
    )
    text = _edit(
        text,
        f"### Kernpunten\n- {POINT}",
        f"### Kernpunten\n- {OWN_POINT}",
    )
    text = _edit(
        text,
        "- Wat neem jij mee uit dit deel over potentieel?",
        "- Waar zie jij het potentieel van je team?",
    )
    text = _edit(
        text,
        "Titel: Verantwoordelijkheid\nTonen: dia's en hand-out",
        "Titel: Verantwoordelijkheid\nTonen: alleen hand-out",
    )
    outline.write_text(text, encoding="utf-8")
    result = run("build", source, "--out", tmp_path / "after")
    assert result.exit_code == 0, result.output

    def seen(slide):
        return (slide.title, slide.bullets, slide.statement, slide.notes)

    before = [seen(s) for s in deck_slides(tmp_path / "before" / "vertrouwen-slides.pptx")]
    after = [seen(s) for s in deck_slides(tmp_path / "after" / "vertrouwen-slides.pptx")]
    expected = []
    for title, bullets, statement, notes in before:
        if title == "Verantwoordelijkheid":
            continue  # hidden from the deck
        if title == "Agenda":
            bullets = [b for b in bullets if b != "Verantwoordelijkheid"]
            notes = "\n".join(n for n in notes.split("\n") if "Verantwoordelijkheid" not in n)
        bullets = [
            "Vertrouwen is durven rekenen op een ander."
            if b == "Geloven dat een ander eerlijk is of dat iets goed zal gaan."
            else b
            for b in bullets
        ]
        if statement == "Wat neem jij mee uit dit deel over potentieel?":
            statement = "Waar zie jij het potentieel van je team?"
        expected.append((title, bullets, statement, notes))
    assert after == expected
    assert len(after) == len(before) - 1

    old_pages = _text(tmp_path / "before" / "vertrouwen-handout.pdf")
    new_pages = _text(tmp_path / "after" / "vertrouwen-handout.pdf")
    assert fold("Wie over het werk praat, laat zien wat hij kan.") in fold(new_pages)
    assert fold("Waar zie jij het potentieel van je team?") in fold(new_pages)
    assert fold("Wat neem jij mee uit dit deel over potentieel?") not in fold(new_pages)
    assert fold("Verantwoordelijkheid") in fold(new_pages)  # hidden from the deck only
    assert fold("Vertrouwen is durven rekenen") not in fold(new_pages)  # a slide's bullet
    box = "Om over na te denken 1 {}"
    old_box = fold(POINT + box.format("Wat neem jij mee uit dit deel over potentieel?"))
    new_box = fold(OWN_POINT + box.format("Waar zie jij het potentieel van je team?"))
    assert old_pages.replace(old_box, new_box) == new_pages  # and nothing else changed


def _seed_with_outline(run, tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "vertrouwen.txt"
    shutil.copy(SOURCES[0], source)
    assert run("outline", source).exit_code == 0
    return source, tmp_path / "vertrouwen.outline.md"


POTENTIAL_QUESTION = "- Wat neem jij mee uit dit deel over potentieel?"
OWN_QUESTION = "- Waar zie jij het potentieel van je team?"
RESPONSIBILITY = "Wat mij betreft het sleutelwoord: verantwoordelijkheid."


def test_a_changed_article_is_named_by_section_and_refresh_keeps_the_edits(
    run, tmp_path: Path
) -> None:
    source, outline = _seed_with_outline(run, tmp_path)
    text = _edit(outline.read_text(encoding="utf-8"), POTENTIAL_QUESTION, OWN_QUESTION)
    outline.write_text(text, encoding="utf-8")
    changed = _edit(
        source.read_text(encoding="utf-8"),
        RESPONSIBILITY,
        "Het sleutelwoord is verantwoordelijkheid, en eigenaarschap.",
    )
    source.write_text(changed, encoding="utf-8")

    result = run("build", source, "--out", tmp_path / "out")
    assert result.exit_code == 0
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: {outline}: the article changed in 'Verantwoordelijkheid' since this outline "
        f"was written; it is used as it is (to take in the changes and keep your edits: "
        f"workshop outline --refresh {source})"
    ]

    result = run("outline", "--refresh", source)
    assert result.output == f"refreshed {outline}: 1 edit kept (as it was: {outline}.bak)\n"
    assert POTENTIAL_QUESTION not in Path(f"{outline}.bak").read_text(encoding="utf-8")
    refreshed = outline.read_text(encoding="utf-8")
    assert OWN_QUESTION in refreshed and POTENTIAL_QUESTION not in refreshed
    assert "Het sleutelwoord is verantwoordelijkheid, en eigenaarschap." in refreshed
    assert RESPONSIBILITY not in refreshed
    result = run("build", source, "--out", tmp_path / "out")
    assert "warning:" not in result.output
    assert fold("Waar zie jij het potentieel van je team?") in _text(
        tmp_path / "out" / "vertrouwen-handout.pdf"
    )


def test_refresh_marks_a_part_both_changed_and_build_asks_to_resolve_it(
    run, tmp_path: Path
) -> None:
    source, outline = _seed_with_outline(run, tmp_path)
    text = outline.read_text(encoding="utf-8")
    notes = next(line for line in text.splitlines() if line.startswith(RESPONSIBILITY))
    outline.write_text(_edit(text, notes, "Vraag: wie voelt zich hier eigenaar?"), encoding="utf-8")
    source.write_text(
        _edit(
            source.read_text(encoding="utf-8"), RESPONSIBILITY, "Het sleutelwoord: eigenaarschap."
        ),
        encoding="utf-8",
    )
    result = run("outline", "--refresh", source)
    assert result.output.splitlines()[1] == (
        f"check: {outline}: 1 part changed in the article and by you, marked with !! lines: "
        "keep one version of each"
    )
    lines = outline.read_text(encoding="utf-8").splitlines()
    start = lines.index("!! Jouw versie:")
    theirs, end = lines.index("!! Nieuw uit het artikel:"), lines.index("!! Einde conflict")
    assert lines[start + 1 : theirs] == [
        "### Sprekersnotities",
        "Vraag: wie voelt zich hier eigenaar?",
        "",
    ]
    assert lines[theirs + 1] == "### Sprekersnotities"
    assert lines[theirs + 2].startswith("Het sleutelwoord: eigenaarschap.")
    result = run("build", source, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {outline}:{start}: a conflict from 'workshop outline --refresh' is not "
        "resolved: keep one version and delete the lines that start with !!\n"
    )
    kept = lines[: start - 1] + lines[start + 1 : theirs] + lines[end + 1 :]
    outline.write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = run("build", source, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    notes = [s.notes for s in deck_slides(tmp_path / "out" / "vertrouwen-slides.pptx")]
    assert "Vraag: wie voelt zich hier eigenaar?" in notes


def test_outline_never_overwrites_an_outline(run, tmp_path: Path) -> None:
    source, outline = _seed_with_outline(run, tmp_path)
    outline.write_text(outline.read_text(encoding="utf-8") + "\n<!-- mijn -->\n", encoding="utf-8")
    result = run("outline", source)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {outline}: exists already and may hold your edits; 'workshop outline "
        f"--refresh {source}' updates it for the article and keeps them (or delete it to start "
        "again)\n"
    )
    assert outline.read_text(encoding="utf-8").endswith("<!-- mijn -->\n")


MISTAKES = [
    (
        "## Wat is vertrouwen\n### Kernpunt\n- x\n",
        ":2: unknown heading '### Kernpunt' (did you mean 'Kernpunten'?); a section's parts are "
        "Dia, Kernpunten, Vragen, Oefening, Sprekersnotities",
    ),
    (
        "## Wat is vertrouwen\nKleur: rood\n",
        ":2: unknown field 'Kleur'; a section has 'Titel: …', 'Tonen: …'",
    ),
    (
        "## Wat is vertrouwe\n",
        ":1: '## Wat is vertrouwe': no such section in the article; did you mean 'Wat is "
        "vertrouwen'? a '## ' heading names a section of the article as it is (to change its "
        "title, write 'Titel: …' or 'Title: …' under it; after the article changed, run "
        "'workshop outline --refresh')",
    ),
    (
        "## Potentieel\n### Dia\n" + "".join(f"- Punt {n}\n" for n in range(7)),
        ":2: more than 6 bullets on one slide; a slide holds 6 at most: put the rest under "
        "another '### Dia' heading",
    ),
    (
        "",
        ": is empty; delete it to build from the article alone, or write it again with "
        "'workshop outline ARTICLE'",
    ),
    (
        "## Potentieel\nTonen: soms\n",
        ":2: 'Tonen: soms' is not understood ('soms'); write one of 'dia's en hand-out', "
        "'alleen dia's', 'alleen hand-out', 'niets'",
    ),
    (
        "## Potentieel\nDit is gewone tekst.\n",
        ":2: 'Dit is gewone tekst.' is not a setting; right under a section's heading write "
        "'Titel: …', 'Tonen: …', and text under a '### ' heading (Dia, Kernpunten, Vragen, "
        "Oefening, Sprekersnotities)",
    ),
]


@pytest.mark.parametrize(("text", "message"), MISTAKES, ids=[m[1][:30] for m in MISTAKES])
def test_each_mistake_is_one_line_naming_the_file_and_line(
    run, tmp_path: Path, text: str, message: str
) -> None:
    source = tmp_path / "vertrouwen.txt"
    shutil.copy(SOURCES[0], source)
    outline = tmp_path / "vertrouwen.outline.md"
    outline.write_text(text, encoding="utf-8")
    result = run("build", source, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output == f"Error: {outline}{message}\n"
    assert not (tmp_path / "out").exists()


def test_three_mistakes_give_three_lines(run, tmp_path: Path) -> None:
    source = tmp_path / "vertrouwen.txt"
    shutil.copy(SOURCES[0], source)
    outline = tmp_path / "mijn.md"
    outline.write_text(
        "## Wat is vertrouwe\n## Potentieel\nKleur: rood\n### Kernpunt\n- x\n", encoding="utf-8"
    )
    result = run("build", source, "--outline", outline, "--out", tmp_path / "out")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert [re.match(r"(?:Error: )?(\S+?:\d+): ", line)[1] for line in lines] == [
        f"{outline}:1",
        f"{outline}:3",
        f"{outline}:4",
    ]
    assert "Traceback" not in result.output


def test_hiding_the_last_section_of_a_part_keeps_the_parts_questions() -> None:
    from workshop.model import Article, Paragraph, Section

    text = "Goede leiders geven hun team vertrouwen en ruimte om zelf te kiezen. " * 4
    article = Article(
        "Titel",
        None,
        None,
        "nl",
        (),
        (Section("Deel", 1, (Paragraph(text),)), Section("Verdieping", 2, (Paragraph(text),))),
    )
    enriched = digest(article)
    labels = LAYOUT.labels_for("nl")
    outline = generate(enriched, labels)
    edited = render(outline).replace("## Verdieping\n", "## Verdieping\nTonen: niets\n", 1)
    edited = edited.replace("Tonen: dia's en hand-out\n\n### Dia\n- Goede", "\n### Dia\n- Goede", 2)
    parsed = parse_outline(edited, Path("o.md"), ["Deel", "Verdieping"])
    deck, handout = apply_outline(enriched, parsed, Path("o.md"), labels)
    assert [s.title for s in handout.sections] == ["Deel"]
    assert handout.sections[0].working == enriched.sections[1].working


_TEXT = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=60,
    )
    .map(lambda t: " ".join(t.split()))
    .filter(bool)
)


@settings(max_examples=150, deadline=None)
@given(
    bullets=st.lists(_TEXT, max_size=6),
    notes=st.lists(_TEXT, max_size=4),
    questions=st.lists(_TEXT, max_size=3),
)
def test_any_text_comes_back_as_it_was_written(bullets, notes, questions) -> None:
    """Article text is data: '#', '<!--', '{{ }}', '- ' or '!!' at the start of a line in
    the notes or a bullet reads back as text, not as outline structure."""
    from workshop.outline.document import Outline, SectionOutline

    section = SectionOutline(
        heading="Deel",
        title="Deel",
        show=frozenset({"deck", "handout"}),
        slides=(tuple(bullets),) if bullets else (),
        questions=tuple(questions),
        notes=tuple(notes),
    )
    text = render(Outline("Titel", "abc", (section,), "nl"))
    back = parse_outline(text, Path("o.md")).sections[0]
    assert (back.slides, back.questions, back.notes) == (
        section.slides,
        section.questions,
        section.notes,
    )


def test_build_of_a_folder_uses_the_outline_and_does_not_build_it(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "source_texts"
    folder.mkdir()
    source, outline = _seed_with_outline(run, folder)
    outline.write_text(
        _edit(outline.read_text(encoding="utf-8"), POTENTIAL_QUESTION, OWN_QUESTION),
        encoding="utf-8",
    )
    shutil.copytree(ROOT / "layouts", tmp_path / "layouts")
    monkeypatch.chdir(tmp_path)
    from click.testing import CliRunner

    from workshop.cli import main

    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == [
        "vertrouwen-handout.pdf",
        "vertrouwen-slides.pptx",
    ]
    assert fold("Waar zie jij het potentieel") in _text(
        tmp_path / "output" / "vertrouwen-handout.pdf"
    )
    result = CliRunner().invoke(main, ["build", str(outline)])
    assert result.exit_code == 2
    assert result.output == f"Error: {outline}: is an outline; build its article, which uses it\n"


def test_the_readme_shows_the_seeds_outline_as_it_is_written() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("This is how the seed's begins:\n\n```markdown\n", 1)[1].split("```")[0]
    shown = shown.replace("Dit is het draaiboek van de dia's en de hand-out. …\n", "")
    written = _outline_text(SOURCES[0])
    written = written[: written.index("<!--\n") + 5] + written[written.index("-->") :]
    assert written.startswith(shown)


_SEED = digest(read_article(SOURCES[0]))
_LINES = st.one_of(
    st.sampled_from(
        [
            "# Vertrouwen",
            "## Potentieel",
            "## Wat is vertrouwen",
            "## Nergens",
            "### Dia",
            "### Kernpunten",
            "### Vragen",
            "### Oefening (5 minuten)",
            "### Exercise",
            "### Sprekersnotities",
            "#### Diep",
            "Titel: Nieuw",
            "Titel:",
            "Tonen: niets",
            "Show: only slides",
            "Tonen: soms",
            "Vingerafdruk: 123",
            "<!--",
            "-->",
            "<!-- x -->",
            "!! Conflict",
            "!! Einde conflict",
            "bron abc; slide 1 | Potentieel",
            "- punt",
            "1. stap",
            "\\# tekst",
            "",
        ]
    ),
    st.text(max_size=30),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=25))
def test_any_outline_gives_materials_or_named_mistakes(lines: list[str]) -> None:
    """Whatever a trainer writes, the build gets an outline it can use or one error listing
    each mistake with its line; nothing else goes wrong."""
    from workshop.outline.read import OutlineError

    path = Path("o.outline.md")
    labels = LAYOUT.labels_for("nl")
    try:
        outline = parse_outline("\n".join(lines), path, [s.title for s in _SEED.sections])
    except OutlineError as error:
        assert error.problems and all(p.startswith(f"{path}") for p in error.problems)
        return
    deck, handout = apply_outline(_SEED, outline, path, labels)
    plan = parse_deck(render_template(LAYOUT, DECK_TEMPLATE, deck), path)
    assert plan.slides[0].title == (outline.title or "Vertrouwen")
    pages = parse_handout(render_template(LAYOUT, HANDOUT_TEMPLATE, handout), path)
    assert pages.cover is not None


def test_refresh_without_the_fingerprints_keeps_every_edit(run, tmp_path: Path) -> None:
    source, outline = _seed_with_outline(run, tmp_path)
    text = _edit(outline.read_text(encoding="utf-8"), POTENTIAL_QUESTION, OWN_QUESTION)
    outline.write_text(text[: text.index("<!-- Vingerafdrukken")], encoding="utf-8")
    result = run("outline", "--refresh", source)
    assert result.exit_code == 0
    assert OWN_QUESTION in outline.read_text(encoding="utf-8")


def test_an_article_that_lost_a_section_builds_with_a_warning(run, tmp_path: Path) -> None:
    source, outline = _seed_with_outline(run, tmp_path)
    text = source.read_text(encoding="utf-8")
    source.write_text(_edit(text, "\nPotentieel\n", "\nPotentie\n"), encoding="utf-8")
    result = run("build", source, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"warning: {outline}: the article changed in 'Potentie', 'Potentieel' since" in (
        result.output
    )


def test_an_outline_of_another_article_says_so(run, tmp_path: Path) -> None:
    source = tmp_path / "vertrouwen.txt"
    shutil.copy(SOURCES[0], source)
    other = tmp_path / "other.outline.md"
    other.write_text(_outline_text(CORPUS / "markdown" / "goed-genoeg.nl.md"), encoding="utf-8")
    result = run("build", source, "--outline", other, "--out", tmp_path / "out")
    assert result.output == (
        f"Error: {other}: none of its sections is in the article: it is the outline of another "
        "article (write this one's with 'workshop outline ARTICLE')\n"
    )


def test_what_a_trainer_types_is_understood() -> None:
    text = (
        "## Potentieel\nTonen: alleen dia’s\n### Dia\n+ Eén\n-Twee\n### Oefening (1 uur)\n"
        "1. Doe het\n## potentieel \n"
    )
    from workshop.outline.read import OutlineError

    with pytest.raises(OutlineError) as error:  # the second 'potentieel' is the same section
        parse_outline(text, Path("o.md"), [s.title for s in _SEED.sections])
    assert "'## potentieel' again: the article has only 1 section so headed" in str(error.value)
    outline = parse_outline(text.rsplit("## potentieel", 1)[0], Path("o.md"))
    section = outline.sections[0]
    assert section.show == frozenset({"deck"})
    assert section.slides == (("Eén", "Twee"),)
    assert section.exercise.minutes == 60


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "## Potentieel\n### Dia\nTonen: niets\n",
            "o.md:3: 'Tonen:' belongs right under the section's '## ' heading, above its first "
            "'### ' heading",
        ),
        (
            "## Potentieel\n### Oefening (een kwartier)\n1. Doe\n",
            "o.md:2: '(een kwartier)' is not a time; write it as '### Oefening (10 minuten)'",
        ),
        (
            "## Potentieel\nTitl: Nieuw\n",
            "o.md:2: unknown field 'Titl' (did you mean 'Titel'?); a section has 'Titel: …', "
            "'Tonen: …'",
        ),
    ],
)
def test_a_misplaced_setting_a_time_and_a_typo_are_named(text: str, message: str) -> None:
    from workshop.outline.read import OutlineError

    with pytest.raises(OutlineError) as error:
        parse_outline(text, Path("o.md"))
    assert error.value.problems == [message]


def _digest_of(*sections: tuple[str, int], title: str = "Titel"):
    from workshop.model import Article, Paragraph, Section

    text = "Goede leiders geven hun team vertrouwen en ruimte om zelf te kiezen. " * 4
    built = tuple(
        Section(heading, level, (Paragraph(f"{heading}: {text}"),)) for heading, level in sections
    )
    return digest(Article(title, None, None, "nl", (), built))


def _round_trip(enriched):
    labels = LAYOUT.labels_for("nl")
    text = render(generate(enriched, labels))
    outline = parse_outline(text, Path("o.md"), [s.title for s in enriched.sections])
    return text, outline, apply_outline(enriched, outline, Path("o.md"), labels)


def test_headings_with_hashes_and_comment_ends_come_back_as_they_are() -> None:
    enriched = _digest_of(("Why F#", 1), ("Input --> Output", 1), ("Last", 1), title="Learning C#")
    _, outline, (deck, handout) = _round_trip(enriched)
    assert outline.title == "Learning C#"
    assert [s.heading for s in outline.sections] == ["Why F#", "Input --> Output", "Last"]
    assert all(s.source and s.base for s in outline.sections)
    assert deck == handout == enriched


def test_a_comment_left_open_is_named_not_swallowing_the_rest() -> None:
    from workshop.outline.read import OutlineError

    with pytest.raises(OutlineError) as error:
        parse_outline("## Deel\n<!-- nog nakijken\n### Dia\n- Punt\n", Path("o.md"))
    assert error.value.problems == ["o.md:2: a comment that is never closed; end it with -->"]


def test_an_empty_show_is_a_mistake_not_hiding() -> None:
    from workshop.outline.read import OutlineError

    with pytest.raises(OutlineError) as error:
        parse_outline("## Deel\nTonen:\n", Path("o.md"))
    assert error.value.problems == [
        "o.md:2: 'Tonen:' says nothing; write one of 'dia's en hand-out', 'alleen dia's', "
        "'alleen hand-out', 'niets'"
    ]


def test_a_repeated_heading_must_be_written_as_often_as_the_article_has_it() -> None:
    from workshop.outline.read import OutlineError

    enriched = _digest_of(("Voorbeeld", 1), ("Anders", 1), ("Voorbeeld", 1))
    text = render(generate(enriched, LAYOUT.labels_for("nl")))
    first = text.index("## Voorbeeld")
    without_first = text[:first] + text[text.index("## Anders") :]
    with pytest.raises(OutlineError) as error:
        parse_outline(without_first, Path("o.md"), [s.title for s in enriched.sections])
    assert "the article has 2 sections headed 'Voorbeeld' and the outline 1" in str(error.value)


def test_hiding_a_parts_last_section_joins_its_box_to_the_one_before() -> None:
    enriched = _digest_of(("Deel", 1), ("Verdieping", 2))
    labels = LAYOUT.labels_for("nl")
    text = render(generate(enriched, labels))
    deel = "## Deel\nTitel: Deel\nTonen: dia's en hand-out\n"
    text = _edit(text, deel, deel + "\n### Vragen\n- Eigen?\n")
    text = text.replace(
        "Titel: Verdieping\nTonen: dia's en hand-out", "Titel: Verdieping\nTonen: niets"
    )
    outline = parse_outline(text, Path("o.md"), ["Deel", "Verdieping"])
    _, handout = apply_outline(enriched, outline, Path("o.md"), labels)
    questions = handout.sections[0].working.questions
    assert questions[0].text == "Eigen?"
    assert questions[1:] == enriched.sections[1].working.questions


def test_refresh_takes_a_new_title_and_no_conflict_where_both_agree() -> None:
    from workshop.outline.refresh import refresh

    labels = LAYOUT.labels_for("nl")
    old = _digest_of(("Deel", 1), title="Oude titel")
    new = _digest_of(("Deel", 1), title="Nieuwe titel")
    text = render(generate(old, labels))
    new_notes = generate(new, labels).sections[0].notes
    edited = text.replace(old.sections[0].notes[0], new_notes[0])  # the trainer did the same
    merged = refresh(parse_outline(edited, Path("o.md")), generate(new, labels))
    assert merged.outline.title == "Nieuwe titel"
    assert merged.conflicts == {}


def test_the_warning_names_only_sections_whose_text_changed() -> None:
    from workshop.outline.apply import changed_sections

    labels = LAYOUT.labels_for("nl")
    old = _digest_of(("Een", 1), ("Twee", 1))
    text = render(generate(old, labels))
    text = text[: text.index("## Twee")] + text[text.index("<!-- Vingerafdrukken") :]
    new = _digest_of(("Een", 1), ("Twee", 1), title="Ander")
    outline = parse_outline(text, Path("o.md"))
    assert changed_sections(new, outline) == []  # only the title changed; 'Twee' was deleted
