"""`workshop build` and `workshop inspect` as a user runs them: outputs, literal text, errors."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from .conftest import ARTICLES, FIXTURES, ROOT
from .inspectors import deck_slides, fold, pdf_pages

TRICKY = """Sjablonen en opmaak

door Test Auteur

Een artikel met <b>vet</b> & een {{ 7*7 }} en {% if %} erin, letterlijk bedoeld.

Wat er <i>letterlijk</i> staat
De auteur schreef 5 < 7 & 8 > 3, en ook {{ 7*7 }} en {% if %} als gewone tekst in de zin.
Ook &amp; en &lt;script&gt; blijven zoals ze geschreven zijn, hoe vreemd het ook oogt.
"""


def test_build_without_arguments_builds_every_source(run, tmp_path: Path) -> None:
    result = run("build", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert f"wrote {tmp_path / 'vertrouwen-handout.pdf'}" in result.output
    assert f"wrote {tmp_path / 'vertrouwen-slides.pptx'}" in result.output
    assert (tmp_path / "vertrouwen-handout.pdf").read_bytes().startswith(b"%PDF")


def test_inspect_json_is_the_contract(run) -> None:
    result = run("inspect", "--json", "source_texts/vertrouwen.txt")
    assert result.exit_code == 0
    expected = (ARTICLES / "vertrouwen" / "expected.json").read_text(encoding="utf-8")
    assert json.loads(result.output) == json.loads(expected)


def test_inspect_outline_shows_headings_blocks_and_dropped(run) -> None:
    result = run("inspect", "source_texts/vertrouwen.txt")
    assert "# Wat is vertrouwen" in result.output
    assert "list (bullets, 3 items)" in result.output
    assert "dropped (5 lines)" in result.output and "+31 492386063" in result.output


def test_markup_in_an_article_comes_out_literally(run, tmp_path: Path) -> None:
    source = tmp_path / "sjablonen.txt"
    source.write_text(TRICKY, encoding="utf-8")
    result = run("build", source, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    pdf = " ".join(" ".join(pdf_pages(tmp_path / "sjablonen-handout.pdf")).split())
    slides = deck_slides(tmp_path / "sjablonen-slides.pptx")
    deck = " ".join(" ".join([s.title, *s.bullets, s.notes]) for s in slides)
    for literal in [
        "<b>vet</b> &",
        "{{ 7*7 }}",
        "{% if %}",
        "<i>letterlijk</i>",
        "5 < 7 & 8 > 3",
        "&amp; en &lt;script&gt;",
    ]:
        assert literal in pdf, literal
        assert literal in deck, literal
    assert "49" not in pdf


def test_characters_xml_cannot_hold_do_not_stop_a_build(run, tmp_path: Path) -> None:
    """An escape character or U+FFFE in an article or the workshop's title is left out; the
    rest of the text is built (it used to be "not a valid plan", blaming the layout)."""
    source = tmp_path / "tekens.txt"
    source.write_text(
        TRICKY.replace("letterlijk bedoeld", "letterlijk\x1b bedoeld\ufffe"), encoding="utf-8"
    )
    result = run("build", source, "--out", tmp_path, "--workshop-title", "Dag\x1b 1")
    assert result.exit_code == 0, result.output
    pdf = fold(" ".join(pdf_pages(tmp_path / "tekens-handout.pdf")))
    notes = " ".join(s.notes for s in deck_slides(tmp_path / "tekens-slides.pptx"))
    assert fold("letterlijk bedoeld") in pdf and "letterlijk bedoeld" in notes
    assert fold("Dag 1") in pdf


def test_two_builds_give_identical_bytes(run, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    assert run("build", "source_texts/vertrouwen.txt", "--out", first).exit_code == 0
    assert run("build", "source_texts/vertrouwen.txt", "--out", second).exit_code == 0
    for name in ("vertrouwen-handout.pdf", "vertrouwen-slides.pptx"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_format_option_builds_only_what_is_asked(run, tmp_path: Path) -> None:
    result = run("build", "source_texts/vertrouwen.txt", "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vertrouwen-slides.pptx"]


@pytest.mark.parametrize(
    ("make", "args", "message"),
    [
        (None, ["build", "{tmp}/missing.txt"], "{tmp}/missing.txt: no such file"),
        ("", ["build", "{tmp}/empty.txt"], "{tmp}/empty.txt: the file is empty"),
        (
            None,
            ["build", "source_texts/vertrouwen.txt", "--layout", "nope"],
            "nope: no such layout (available: coaching",
        ),
    ],
    ids=["missing source", "empty file", "unknown layout"],
)
def test_errors_are_one_line_naming_the_problem(run, tmp_path, make, args, message) -> None:
    if make is not None:
        (tmp_path / "empty.txt").write_text(make)
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    result = run(*args, "--out", tmp_path / "out")
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert message.replace("{tmp}", str(tmp_path)) in lines[0]
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "out").exists()


def test_one_broken_article_in_twenty_is_named_and_the_others_are_built(
    run, tmp_path: Path
) -> None:
    folder = tmp_path / "source_texts"
    folder.mkdir()
    for number in range(1, 21):
        (folder / f"les-{number:02}.md").write_text(
            f"# Les {number}\n\nWie coacht, stelt eerst een vraag en luistert dan echt. "
            f"Dat is les {number}.\n\n## Vragen\n\nWat vraag jij morgen aan je team?\n",
            encoding="utf-8",
        )
    broken = folder / "les-07.md"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    out = tmp_path / "out"
    result = run("build", folder, "--out", out, "--format", "pdf")
    assert result.exit_code == 1
    built = sorted(p.name for p in out.iterdir())
    assert built == [f"les-{n:02}-handout.pdf" for n in range(1, 21) if n != 7]
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {broken}: "), result.output


def test_exit_codes_tell_a_failed_article_from_a_wrong_command(run, tmp_path: Path) -> None:
    """0: built; 1: an article or output failed; 2: the command or its layout is wrong."""
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    assert run("build", empty, "--out", tmp_path / "a").exit_code == 1
    wrong_layout = run("build", "source_texts/vertrouwen.txt", "--layout", "nope")
    assert wrong_layout.exit_code == 2 and "nope: no such layout" in wrong_layout.output
    assert run("build", "--paper", "A3").exit_code == 2


def test_a_failed_build_keeps_the_previous_output(run, tmp_path: Path) -> None:
    assert run("build", "source_texts/vertrouwen.txt", "--out", tmp_path).exit_code == 0
    before = (tmp_path / "vertrouwen-handout.pdf").read_bytes()
    broken = tmp_path / "layout"
    broken.mkdir()
    (broken / "layout.toml").write_text('version = 1\n[colours]\naccent = "blu"\n')
    result = run("build", "source_texts/vertrouwen.txt", "--out", tmp_path, "--layout", broken)
    assert result.exit_code != 0 and "colours.accent" in result.output
    assert (tmp_path / "vertrouwen-handout.pdf").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_template_error_names_the_template_file_and_line(run, tmp_path: Path) -> None:
    layout = tmp_path / "kapot"
    shutil.copytree(ROOT / "layouts" / "coaching", layout)
    line = len((layout / "macros.j2").read_text(encoding="utf-8").splitlines()) + 1
    with (layout / "macros.j2").open("a", encoding="utf-8") as file:
        file.write("{% if %}\n")
    result = run("build", "source_texts/vertrouwen.txt", "--out", tmp_path, "--layout", layout)
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {layout / 'macros.j2'}:{line}: ")
    assert len(result.output.strip().splitlines()) == 1


def test_two_sources_with_one_name_stop_the_build(run, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "les.txt", tmp_path / "b" / "les.md"
    first.write_text("Les\n\nEen zin die het artikel draagt, lang genoeg om te lezen.\n")
    second.write_text("# Les\n\nEen zin die het artikel draagt, lang genoeg om te lezen.\n")
    result = run("build", first, second, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert f"{first} and {second} would both write les-handout.pdf" in result.output
    assert not (tmp_path / "out").exists()


def test_many_long_headings_still_make_a_deck(run, tmp_path: Path) -> None:
    sections = "".join(
        f"## Een lange kop nummer {n} die veel woorden telt en niet ophoudt\n\n"
        f"Een alinea onder kop {n}, met een paar zinnen. Dit is de tweede zin.\n\n"
        for n in range(12)
    )
    source = tmp_path / "koppen.md"
    source.write_text(f"# Veel koppen\n\nEen inleiding.\n\n{sections}", encoding="utf-8")
    result = run("build", source, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    slides = deck_slides(tmp_path / "koppen-slides.pptx")
    assert [s.title for s in slides].count(
        "Een lange kop nummer 11 die veel woorden telt en niet ophoudt"
    ) == 1


def test_sections_without_text_and_missing_images(run, tmp_path: Path) -> None:
    """An image that is not there leaves its caption; a section with no text of its own (only an
    image, or only subsections) becomes a divider slide, never an empty bullet slide."""
    source = tmp_path / "beeld.md"
    source.write_text(
        "---\ntitle: Beeld\n---\n\nEen inleiding met een zin.\n\n## Alleen een plaatje\n\n"
        "![Het schema van de drie fasen](ontbreekt.png)\n\n## Tekst\n\n"
        "Hier staat een gewone zin. En nog een zin erachter.\n",
        encoding="utf-8",
    )
    result = run("build", source, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "Het schema van de drie fasen" in " ".join(pdf_pages(tmp_path / "beeld-handout.pdf"))
    slides = {s.title: s for s in deck_slides(tmp_path / "beeld-slides.pptx")}
    assert slides["Alleen een plaatje"].bullets == []
    assert "Body" not in slides["Alleen een plaatje"].boxes
    # "Hier staat …" points at what is around it; "En nog …" loses its "En"
    assert slides["Tekst"].bullets == ["Nog een zin erachter."]


def test_pdf_slides_exports_the_deck_through_libreoffice(run, tmp_path: Path) -> None:
    if shutil.which("soffice") is None and not os.environ.get("CI"):
        pytest.skip("LibreOffice is not installed")
    result = run("build", "--format", "pdf-slides", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    slides = deck_slides(tmp_path / "vertrouwen-slides.pptx")
    pages = pdf_pages(tmp_path / "vertrouwen-slides.pdf")
    assert len(pages) == len(slides)
    assert pages[2].startswith(slides[2].title)


def test_pdf_slides_without_libreoffice_says_how_to_install_it(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop.render import slides_pdf

    monkeypatch.setattr(slides_pdf, "soffice", lambda: None)
    result = run("build", "--format", "pdf-slides", "--out", tmp_path)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "needs LibreOffice" in result.output
    assert "apt-get install libreoffice-impress" in result.output
    assert list(tmp_path.iterdir()) == []


def test_libreoffice_gets_the_layouts_own_fonts(tmp_path: Path) -> None:
    """LibreOffice draws the deck with the fonts it was measured with, installed or not: on a
    machine without Carlito it drew Calibri wider and words ran out of their boxes."""
    from workshop.render.slides_pdf import private_fonts

    fonts = ROOT / "layouts" / "coaching" / "fonts"
    environment = private_fonts([fonts, fonts], tmp_path)
    config = Path(environment["FONTCONFIG_FILE"]).read_text(encoding="utf-8")
    assert config.count(f"<dir>{fonts.resolve()}</dir>") == 1
    assert '<include ignore_missing="yes">' in config


@pytest.mark.parametrize(
    "folder", ["corpus/markdown", "corpus/scraped", "corpus/html", "unseen", "articles/vertrouwen"]
)
def test_every_fixture_builds_the_same_bytes_in_another_process(tmp_path: Path, folder) -> None:
    """Each fixture article built twice, in two processes with other hash seeds (so the order
    of sets and the ids of objects differ): both give the same bytes, handout and deck."""
    import subprocess
    import sys

    sources = sorted(
        str(path)
        for path in (FIXTURES / folder).iterdir()
        if path.suffix in {".txt", ".md", ".html"} and path.stem != "README"
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run(
            [sys.executable, "-c", "from workshop.cli import main; main()", "build", *sources,
             "--out", str(out)],
            cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, check=True,
        )  # fmt: skip
        outputs.append({path.name: path.read_bytes() for path in sorted(out.iterdir())})
    assert len(outputs[0]) == 2 * len(sources)
    assert outputs[0] == outputs[1]


def test_quiet_prints_nothing_but_problems_and_verbose_times_each_article(
    run, tmp_path: Path
) -> None:
    quiet = run("build", "source_texts/vertrouwen.txt", "--out", tmp_path, "--quiet")
    assert quiet.exit_code == 0 and quiet.output == ""
    assert (tmp_path / "vertrouwen-handout.pdf").is_file()
    verbose = run(
        "build", "source_texts/vertrouwen.txt", "--out", tmp_path, "-v", "--format", "pdf"
    )
    lines = verbose.output.splitlines()
    assert lines[0] == f"wrote {tmp_path / 'vertrouwen-handout.pdf'}"
    assert re.fullmatch(r"built source_texts/vertrouwen\.txt in \d+\.\d\d s", lines[1])
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    failed = run("build", empty, "--out", tmp_path, "--quiet")
    assert failed.exit_code == 1 and failed.output == f"Error: {empty}: the file is empty\n"
