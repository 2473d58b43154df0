"""Layouts as designers and trainers use them: the shipped three, `layout new`, inheritance,
every mistake in a layout.toml at once, and templates that cannot reach outside the sandbox."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pptx import Presentation
from pypdf import PdfReader

from workshop.cli import main

from .conftest import ARTICLES, ROOT
from .inspectors import deck_slides, fold, pdf_fonts_embedded, pdf_pages

SHIPPED = ("coaching", "corporate", "minimal")
SEED = ARTICLES / "vertrouwen" / "input.txt"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """`workshop` run in a copy of the project's layouts, so layouts can be made and broken."""
    shutil.copytree(ROOT / "layouts", tmp_path / "layouts")
    shutil.copy(SEED, tmp_path / "vertrouwen.txt")
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str | Path) -> Result:
        return CliRunner().invoke(main, [str(arg) for arg in args])

    return invoke


def _build(project, layout: str, out: str = "out") -> dict[str, Path]:
    result = project("build", "vertrouwen.txt", "--layout", layout, "--out", out)
    assert result.exit_code == 0, result.output
    return {
        "pdf": Path(out) / "vertrouwen-handout.pdf",
        "pptx": Path(out) / "vertrouwen-slides.pptx",
    }


def _child(name: str, toml: str = "", parent: str = "coaching") -> Path:
    """layouts/NAME extending `parent`, with `toml` added to its layout.toml."""
    folder = Path("layouts") / name
    folder.mkdir()
    (folder / "layout.toml").write_text(
        f'version = 1\nextends = "{parent}"\ndescription = "{name}"\n{toml}', encoding="utf-8"
    )
    return folder


def _fails_cleanly(result: Result) -> list[str]:
    """The error's lines, after checking it is an error a user can act on."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("Error: "), result.output
    return lines


def test_layouts_lists_the_shipped_layouts_with_a_description(project) -> None:
    result = project("layouts")
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert [line.split()[0] for line in lines] == list(SHIPPED)
    assert all(len(line.split()) > 3 for line in lines)
    assert "print-friendly" in lines[2] and "extends coaching" in lines[2]


def test_the_seed_builds_with_each_shipped_layout_and_they_differ(project) -> None:
    built = {name: _build(project, name, f"out-{name}") for name in SHIPPED}
    pages = {name: pdf_pages(files["pdf"]) for name, files in built.items()}
    for name in SHIPPED:
        assert "Vertrouwen" in pages[name][0], name
        assert fold("Wat mij betreft het sleutelwoord") in fold(" ".join(pages[name])), name
        assert len(deck_slides(built[name]["pptx"])) >= 8, name
    # minimal: compact, the title on the first page of text, Liberation Sans (Arial in the deck)
    assert len(pages["minimal"]) < len(pages["coaching"]) - 2
    assert fold("Wat is vertrouwen") in fold(pages["minimal"][0])
    fonts = {name: " ".join(pdf_fonts_embedded(files["pdf"])) for name, files in built.items()}
    assert "LiberationSans" in fonts["minimal"] and "Carlito" not in fonts["minimal"]
    assert "Carlito" in fonts["coaching"]
    assert _theme_font(built["minimal"]["pptx"]) == "Arial"
    assert _theme_font(built["coaching"]["pptx"]) == "Calibri"
    # corporate: the company master's own slide layouts, its footer, its logo on the cover
    deck = Presentation(str(built["corporate"]["pptx"]))
    assert {slide.slide_layout.name for slide in deck.slides} >= {"Titeldia", "Titel en inhoud"}
    assert "Voorbeeld BV · vertrouwelijk" in pages["corporate"][1]
    assert _images_on(built["corporate"]["pdf"], 0) == 1
    assert _images_on(built["coaching"]["pdf"], 0) == 0


def test_a_new_layout_changed_only_in_its_toml_shows_the_changes(project) -> None:
    result = project("layout", "new", "acme")
    assert result.exit_code == 0, result.output
    folder = Path("layouts/acme")
    assert "acme" in project("layouts").output
    _build(project, "acme", "out-plain")  # builds as is

    shutil.copytree("layouts/minimal/fonts", folder / "fonts")
    shutil.copy("layouts/corporate/logo.png", folder / "logo.png")
    toml = (folder / "layout.toml").read_text(encoding="utf-8")
    toml = toml.replace('accent = "#a4471f"', 'accent = "#0b6e4f"')
    toml = toml.replace('footer = ""', 'footer = "Acme Academy · intern"')
    toml = toml.replace('# logo = "logo.png"', 'logo = "logo.png"')
    toml = toml.replace("Carlito-", "LiberationSans-").replace('"Calibri"', '"Arial"')
    (folder / "layout.toml").write_text(toml, encoding="utf-8")
    built = _build(project, "acme", "out-acme")

    pages = pdf_pages(built["pdf"])
    assert "Acme Academy · intern" in pages[1]
    assert "LiberationSans" in " ".join(pdf_fonts_embedded(built["pdf"]))
    assert _images_on(built["pdf"], 0) == 1
    cover = PdfReader(built["pdf"]).pages[0].get_contents().get_data()
    assert b".043137 .431373 .309804 rg" in cover  # the accent band in #0b6e4f
    deck = Presentation(str(built["pptx"]))
    assert _theme_font(built["pptx"]) == "Arial"
    assert 'val="0B6E4F"' in _part_xml(built["pptx"], "ppt/theme/")  # the theme's accent 1
    assert [shape.name for shape in deck.slide_master.shapes if shape.shape_type == 13] == ["Logo"]
    assert all("Acme Academy · intern" in slide for slide in _slide_texts(built["pptx"]))


def test_layout_new_refuses_a_bad_name_an_existing_folder_and_an_unknown_parent(project):
    assert "lower-case letters" in _fails_cleanly(project("layout", "new", "Mijn Stijl"))[0]
    assert "already exists" in _fails_cleanly(project("layout", "new", "minimal"))[0]
    lines = _fails_cleanly(project("layout", "new", "x", "--from", "nergens"))
    assert "nergens: no such layout" in lines[0]
    assert not Path("layouts/x").exists()


def test_three_mistakes_in_a_layout_toml_are_reported_at_once(project) -> None:
    config = Path("layouts/coaching/layout.toml")
    toml = config.read_text(encoding="utf-8")
    toml = toml.replace('accent = "#a4471f"', 'accent = "blu"')
    toml = toml.replace("body_size = 12", "body_size = 40")
    toml = toml.replace("[deck]\n", "[deck]\ncolour = 1\n")
    config.write_text(toml, encoding="utf-8")
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--out", "out"))
    assert lines == [
        f"Error: {config}: colours.accent: expected a colour like '#1f6f8b', got 'blu'",
        f"{config}: handout.body_size: expected a number from 8 to 16, got 40",
        f"{config}: deck.colour: unknown key",
    ]
    assert not Path("out").exists()


def test_a_layout_extends_another_and_overrides_values_and_templates(project) -> None:
    toml = '[colours]\naccent = "#5a2d82"\n[labels.nl]\nclosing = "Tot ziens!"\n'
    child = _child("kind", toml, parent="corporate")
    deck = (ROOT / "layouts/coaching/deck.xml.j2").read_text(encoding="utf-8")
    (child / "deck.xml.j2").write_text(
        deck.replace("<title>{{ labels.agenda }}</title>", "<title>Vandaag</title>")
    )
    built = _build(project, "kind")
    slides = deck_slides(built["pptx"])
    assert slides[1].title == "Vandaag"  # its own deck template
    assert slides[-1].title == "Tot ziens!"  # its own label; the other labels inherited
    assert "Voorbeeld BV · vertrouwelijk" in pdf_pages(built["pdf"])[1]  # corporate's footer
    assert _images_on(built["pdf"], 0) == 1  # corporate's logo, found in corporate's folder
    cover = PdfReader(built["pdf"]).pages[0].get_contents().get_data()
    assert b".352941 .176471 .509804 rg" in cover  # its own accent


def test_a_problem_in_the_parent_is_reported_in_the_parents_file(project) -> None:
    parent = Path("layouts/coaching/layout.toml")
    parent.write_text(
        parent.read_text("utf-8").replace('closing = "Bedankt!"', "closing = 3"), "utf-8"
    )
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "minimal"))
    assert lines == [f"Error: {parent}: labels.nl.closing: expected a text, got 3"]


def test_a_layout_that_extends_itself_in_a_loop_is_refused(project) -> None:
    for name, parent in (("a", "b"), ("b", "a")):
        Path(f"layouts/{name}").mkdir()
        Path(f"layouts/{name}/layout.toml").write_text(
            f'version = 1\nextends = "{parent}"\ndescription = "{name}"\n'
        )
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "a"))
    assert "extends" in lines[0] and "loop" in lines[0]


def test_a_template_syntax_error_names_its_file_and_line(project) -> None:
    child = _child("kapot")
    (child / "handout.xml.j2").write_text("<handout>\n<cover/>\n{% for x in %}\n</handout>\n")
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "kapot"))
    assert lines[0].startswith(f"Error: {child / 'handout.xml.j2'}:3: ")


@pytest.mark.parametrize(
    "template",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ lipsum.__globals__.os.environ.WORKSHOP_SECRET }}",
        "{{ cycler.__init__.__globals__.os.environ }}",
        "{{ range.__globals__ }}",
        "{{ self.__init__.__globals__ }}",
        "{{ environ.WORKSHOP_SECRET }}",
        "{{ article.__class__.__init__.__globals__ }}",
        "{% include '../../etc/passwd' %}",
        "{% include '/etc/passwd' %}",
        "{% include 'geheim.j2' %}",
    ],
)
def test_a_template_cannot_reach_python_the_environment_or_other_files(
    project, monkeypatch: pytest.MonkeyPatch, template: str
) -> None:
    monkeypatch.setenv("WORKSHOP_SECRET", "s3cr3t-waarde")
    child = _child("stout")
    (child / "geheim.j2").symlink_to(Path("/etc/passwd"))
    (child / "deck.xml.j2").write_text(f"<deck>\n{template}\n</deck>\n")
    result = project("build", "vertrouwen.txt", "--layout", "stout", "--format", "pptx")
    lines = _fails_cleanly(result)
    assert lines[0].startswith(f"Error: {child / 'deck.xml.j2'}:2: "), lines
    assert "s3cr3t" not in result.output and "root:" not in result.output
    assert "<module" not in result.output and "os" not in result.output.split()
    assert not Path("output/vertrouwen-slides.pptx").exists()


def _images_on(pdf: Path, page: int) -> int:
    return len(PdfReader(pdf).pages[page].images)


def _part_xml(pptx: Path, prefix: str) -> str:
    """The XML of the package's parts whose names start with `prefix`, joined."""
    import zipfile

    with zipfile.ZipFile(pptx) as package:
        return "".join(
            package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.startswith(prefix)
        )


def _theme_font(pptx: Path) -> str:
    """The deck theme's body font: what PowerPoint sets the text in."""
    import re

    minor = re.search(r"<a:minorFont><a:latin typeface=\"([^\"]*)\"", _part_xml(pptx, "ppt/theme/"))
    return minor.group(1) if minor else ""


def _slide_texts(pptx: Path) -> list[str]:
    return [
        " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        for slide in Presentation(str(pptx)).slides
    ]


def test_a_deck_template_error_writes_neither_output(project) -> None:
    child = _child("half")
    (child / "deck.xml.j2").write_text("<deck>\n{{ article.titel }}\n</deck>\n")
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "half"))
    assert lines[0].startswith(f"Error: {child / 'deck.xml.j2'}:2: ") and "titel" in lines[0]
    assert not Path("output").exists()


def test_a_plan_error_in_an_inherited_template_names_the_parents_file(project) -> None:
    parent = Path("layouts/coaching/deck.xml.j2")
    parent.write_text(parent.read_text("utf-8").replace('<slide layout="agenda">', "<dia>", 1))
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "minimal"))
    assert lines[0].startswith(f"Error: {parent}: ")


def test_fonts_without_their_licence_are_refused(project) -> None:
    Path("layouts/minimal/fonts/OFL.txt").unlink()
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "minimal"))
    assert len(lines) == 4
    assert "fonts.regular: no licence beside LiberationSans-Regular.ttf" in lines[0]
    assert str(Path("layouts/minimal/layout.toml")) in lines[0]


def test_a_child_template_replaces_one_block_of_its_parents(project) -> None:
    child = _child("blok")
    (child / "deck.xml.j2").write_text(
        '{% extends "coaching/deck.xml.j2" %}\n'
        "{% block closing %}\n"
        '<slide layout="closing"><title>Tot de volgende keer</title></slide>\n'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    (child / "handout.xml.j2").write_text(
        '{% extends "coaching/handout.xml.j2" %}{% block contents %}{% endblock %}',
        encoding="utf-8",
    )
    built = _build(project, "blok")
    slides = deck_slides(built["pptx"])
    plain = deck_slides(_build(project, "coaching", "out-plain")["pptx"])
    assert slides[-1].title == "Tot de volgende keer"
    assert [s.title for s in slides[:-1]] == [s.title for s in plain[:-1]]
    pages = pdf_pages(built["pdf"])
    assert not any(page.lstrip().startswith("Inhoud") for page in pages)
    assert any(
        p.lstrip().startswith("Inhoud")
        for p in pdf_pages(Path("out-plain") / "vertrouwen-handout.pdf")
    )


def test_a_logo_that_is_not_an_image_is_reported_at_load(project) -> None:
    child = _child("logo", 'logo = "logo.png"\n')
    (child / "logo.png").write_text("geen plaatje")
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "logo"))
    assert lines[0].startswith(f"Error: {child / 'layout.toml'}: logo: logo.png is not a PNG")


@pytest.mark.parametrize(
    ("template", "line", "message"),
    [
        ('{% extends "deck.xml.j2" %}', None, 'use "coaching/deck.xml.j2"'),
        (
            '{% extends "coaching/deck.xml.j2" %}\n{% block closng %}{% endblock %}',
            2,
            "block 'closng' is not in coaching/deck.xml.j2 (it has: agenda, closing, opening",
        ),
        ("<deck>\n{{ article.autor }}", 2, "article has no field 'autor'; did you mean 'author'?"),
        (
            "<deck>{% for s in sections %}\n{{ s.titel }}{% endfor %}",
            2,
            "a section has no field 'titel'; did you mean 'title'?",
        ),
        ("<deck>{{ layout.contact.emial }}", 1, "no field 'emial'; did you mean 'email'?"),
        ("<deck>{{ labels.agnda }}", 1, "no field 'agnda'; did you mean 'agenda'?"),
    ],
)
def test_template_mistakes_say_what_to_write_instead(project, template, line, message) -> None:
    child = _child("fout")
    (child / "deck.xml.j2").write_text(template + "\n", encoding="utf-8")
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "fout"))
    where = child / "deck.xml.j2"
    assert lines[0].startswith(f"Error: {where}:{line}: " if line else f"Error: {where}: ")
    assert message in lines[0] and len(lines) == 1


@pytest.mark.parametrize(
    ("template", "message"),
    [
        (
            '{% extends "coaching/deck.xml.j2" %}{% block closing %}'
            '<slide layout="closing" colour="red"><title>Dag</title></slide>{% endblock %}',
            "<slide> has no attribute 'colour' (it has: header, layout)",
        ),
        (
            '{% extends "coaching/deck.xml.j2" %}{% block closing %}'
            '<slide layout="closing"><title>Vragen & antwoorden</title></slide>{% endblock %}',
            "<title>Vragen & antwoorden</title></slide></d'; "
            "a & in a template's own text must be written &amp;",
        ),
        (
            '{% extends "coaching/deck.xml.j2" %}{% block closing %}'
            '<slide layout="closing"><titel>Dag</titel></slide>{% endblock %}',
            "unknown element <titel> in <slide>",
        ),
    ],
)
def test_plan_mistakes_name_the_attribute_or_the_text_near_them(project, template, message):
    child = _child("plan")
    (child / "deck.xml.j2").write_text(template + "\n", encoding="utf-8")
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "plan"))
    assert lines[0].startswith(f"Error: {child / 'deck.xml.j2'}: ") and message in lines[0]


def test_an_empty_cover_block_leaves_no_blank_page(project) -> None:
    child = _child("zonder")
    (child / "handout.xml.j2").write_text(
        '{% extends "coaching/handout.xml.j2" %}{% block cover %}{% endblock %}'
        "{% block contents %}{% endblock %}",
        encoding="utf-8",
    )
    pages = pdf_pages(_build(project, "zonder")["pdf"])
    assert fold("Het vormt de basis van coachend leidinggeven") in fold(pages[0])
    assert "Pagina 1 van" in pages[0]


def test_a_designers_toml_slips_are_named_with_the_fix(project) -> None:
    toml = (
        'logo = "Logo.PNG"\n[colors]\naccent = "#000000"\n'
        '[fonts]\nregular = "fonts/MyFont-Regular.ttf"\n[deck]\ntitle_mx = 30\n'
    )
    child = _child("slips", toml)
    config = child / "layout.toml"
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "slips"))
    assert lines == [
        f"Error: {config}: fonts.regular: there is no file 'fonts/MyFont-Regular.ttf' in "
        f"{child} or {Path('layouts/coaching')}",
        f"{config}: logo: there is no file 'Logo.PNG' in {child} or {Path('layouts/coaching')}",
        f"{config}: deck.title_mx: unknown key; did you mean 'title_max'?",
        f"{config}: colors: unknown key; did you mean 'colours'?",
    ]
    config.write_text(
        config.read_text("utf-8").split("logo")[0] + '[colours]\naccent = "#fff000"\n'
    )
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "slips"))
    assert lines == [
        f"Error: {config}: colours.accent: #fff000 on white paper (#ffffff) has a contrast of "
        "1.2:1; at least 3:1 is needed to read it"
    ]


def test_a_file_that_is_not_a_font_is_named_by_its_key(project) -> None:
    fonts = Path("layouts/nepfont/fonts")
    child = _child("nepfont", '[fonts]\nregular = "fonts/Nep.ttf"\n')
    fonts.mkdir()
    shutil.copy("layouts/corporate/logo.png", fonts / "Nep.ttf")
    (fonts / "OFL.txt").write_text("licence")
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "nepfont"))
    assert lines == [
        f"Error: {child / 'layout.toml'}: fonts.regular: fonts/Nep.ttf is not a TrueType font "
        "that can be read (a .ttf file with TrueType outlines)"
    ]


def test_pip_install_ships_every_file_of_the_shipped_layouts() -> None:
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = set()
    for target, patterns in pyproject["tool"]["setuptools"]["data-files"].items():
        for pattern in patterns:
            for path in ROOT.glob(pattern):
                assert target == "share/workshop/" + path.parent.relative_to(ROOT).as_posix()
                shipped.add(path.relative_to(ROOT).as_posix())
    files = {p.relative_to(ROOT).as_posix() for p in (ROOT / "layouts").rglob("*") if p.is_file()}
    assert files == shipped


def test_installed_layouts_are_found_outside_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import workshop.layouts

    monkeypatch.setattr(workshop.layouts, "installed_layouts_dirs", lambda: [ROOT / "layouts"])
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, "artikel.txt")
    runner = CliRunner()
    listed = runner.invoke(main, ["layouts"])
    assert [line.split()[0] for line in listed.output.splitlines()] == list(SHIPPED)
    assert runner.invoke(main, ["layout", "new", "acme"]).exit_code == 0
    assert Path("layouts/acme/layout.toml").is_file()
    result = runner.invoke(main, ["build", "artikel.txt", "--layout", "acme"])
    assert result.exit_code == 0, result.output
    assert "Vertrouwen" in pdf_pages(Path("output/artikel-handout.pdf"))[0]
    result = runner.invoke(main, ["build", "artikel.txt", "--layout", "corporate", "--out", "c"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("parent", ["/etc", "../layouts/coaching", "coaching/../minimal", "."])
def test_extends_names_a_layout_never_a_folder(project, parent: str) -> None:
    """A shared layout cannot reach into any folder on the machine through `extends`."""
    _child("gedeeld", parent=parent)
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "gedeeld"))
    assert lines == [
        f"Error: {Path('layouts/gedeeld/layout.toml')}: extends: expected a layout's name "
        f"(letters, digits, '-', '_'; no folder path), got {parent!r}"
    ]


def test_a_new_layout_from_a_folder_elsewhere_says_to_copy_it_first(
    project, tmp_path: Path
) -> None:
    """It used to write `extends = "mybrand"`, which no build could then find."""
    shutil.copytree(Path("layouts") / "minimal", tmp_path.parent / f"{tmp_path.name}-mybrand")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-mybrand"
    lines = _fails_cleanly(project("layout", "new", "eigen", "--from", elsewhere))
    assert lines == [
        f"Error: {elsewhere}: a new layout extends its base by name, so the base must be in "
        f"layouts/ or installed; copy {elsewhere} into layouts/ first"
    ]
    assert not (Path("layouts") / "eigen").exists()


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("{{ article.sections|dictsort(by='x') }}", 'You can only sort by either "key"'),
        ("{{ article.sections|select('nosuchtest')|list }}", "No test named 'nosuchtest'"),
        ("{{ article.sections|map('nosuchfilter')|list }}", "No filter named 'nosuchfilter'"),
        ("{{ 1.5|round(method='x') }}", "method must be common, ceil or floor"),
        ("{{ 'abc'|truncate(-1) }}", "expected length >= 3, got -1"),
        ("{% set article.x = 1 %}", "cannot assign attribute on non-namespace object"),
        ("{{ 'a'|center(10**12) }}", "more text than memory holds"),
        ("{{ 'a' * 10**9 }}", "makes a text of more than 20,000,000 characters"),
        ("{% for i in range(99999) %}{{ 'x' * 1000 }}{% endfor %}", "writes more than"),
        ("{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}", "a macro calls itself"),
        ('<heading level="x">Kop</heading>', '<heading level="x">: expected 1 or 2'),
    ],
)
def test_template_and_plan_errors_are_one_line_in_the_template(
    project, expression: str, message: str
) -> None:
    """Each of these ended in a traceback, a MemoryError or a misleading message."""
    child = _child("fout")
    (child / "handout.xml.j2").write_text(
        '{% extends "coaching/handout.xml.j2" %}{% block closing %}\n'
        f"{expression}{{{{ super() }}}}{{% endblock %}}\n",
        encoding="utf-8",
    )
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "fout"))
    assert len(lines) == 1 and lines[0].startswith(f"Error: {child / 'handout.xml.j2'}")
    assert message in lines[0]


def test_a_template_that_never_ends_is_stopped(project, monkeypatch) -> None:
    from workshop.layouts import templates

    monkeypatch.setattr(templates, "RENDER_SECONDS", 0.5)
    child = _child("lus")
    (child / "handout.xml.j2").write_text(
        '{% extends "coaching/handout.xml.j2" %}{% block closing %}'
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
        "{% endblock %}\n",
        encoding="utf-8",
    )
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "lus"))
    assert lines == [
        f"Error: {child / 'handout.xml.j2'}:1: takes longer than 0.5 seconds (a loop without end?)"
    ]


def test_empty_lists_boxes_and_page_breaks_in_a_row_draw_nothing(project) -> None:
    """An empty <list> or <keypoints> ended in an IndexError, eleven page breaks in a row in
    reportlab's 'more than 10 pages without content'."""
    child = _child("leeg")
    (child / "handout.xml.j2").write_text(
        '{% extends "coaching/handout.xml.j2" %}{% block closing %}'
        '<list></list><keypoints title="Leeg"></keypoints><questions title="Ook leeg"/>'
        + "<pagebreak/>" * 11
        + "<paragraph>Het einde.</paragraph>{% endblock %}\n",
        encoding="utf-8",
    )
    pages = pdf_pages(_build(project, "leeg")["pdf"])
    plain = pdf_pages(_build(project, "coaching", "out-plain")["pdf"])
    assert "Het einde." in pages[-1]
    assert "Leeg" not in " ".join(pages)
    assert len(pages) <= len(plain) + 1


def test_a_logo_too_large_to_draw_is_reported_at_load(project) -> None:
    """A logo of 182 megapixels (22 KB on disk) ended in Pillow's bomb-check traceback."""
    from PIL import Image

    child = _child("groot", 'logo = "logo.png"\n')
    Image.new("1", (14_000, 13_000)).save(child / "logo.png", optimize=True)
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "groot"))
    assert lines == [f"Error: {child / 'layout.toml'}: logo: logo.png is over 50 megapixels"]


def test_a_table_given_as_a_value_is_one_line_in_the_childs_file(project) -> None:
    """`page = "A4"` gave 55 lines, most blaming the shipped layout."""
    child = _child("a4", 'page = "A4"\n')
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "a4"))
    assert lines == [
        f"Error: {child / 'layout.toml'}: page: expected a table [page] (with size, top_mm, "
        "right_mm, bottom_mm, left_mm), got 'A4'"
    ]


def test_toml_nested_too_deep_is_named_and_other_layouts_still_list(project) -> None:
    child = _child("diep", "x = " + "[" * 3000 + "]" * 3000 + "\n")
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "diep"))
    assert lines == [f"Error: {child / 'layout.toml'}: not valid TOML: nested too deeply"]
    listed = project("layouts")
    assert listed.exit_code == 0 and "coaching" in listed.output
    assert "diep       (layout.toml cannot be read)" in listed.output


def test_a_layout_name_too_long_for_a_path_is_no_such_layout(project) -> None:
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "x" * 300))
    assert lines[0].startswith("Error: " + "x" * 300 + ": no such layout (available: coaching")


def test_a_damaged_font_is_named_before_anything_is_drawn(project) -> None:
    """A truncated .ttf ended in reportlab's struct.error traceback."""
    child = _child("kapot", '[fonts]\nregular = "fonts/Carlito-Regular.ttf"\n')
    (child / "fonts").mkdir()
    shutil.copy(Path("layouts/coaching/fonts/OFL.txt"), child / "fonts")
    font = Path("layouts/coaching/fonts/Carlito-Regular.ttf").read_bytes()
    (child / "fonts" / "Carlito-Regular.ttf").write_bytes(font[: len(font) // 3])
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "kapot"))
    assert lines == [
        f"Error: {child / 'layout.toml'}: fonts.regular: fonts/Carlito-Regular.ttf is not a "
        "TrueType font that can be read (a .ttf file with TrueType outlines)"
    ]


def test_templates_are_compiled_once_and_again_when_a_file_changes(tmp_path: Path) -> None:
    """One environment per layout and language in a process (a batch compiles each
    template once); an edited or added template file is used at once (--watch)."""
    from workshop.enrich.digest import digest
    from workshop.layouts import load_layout
    from workshop.layouts.templates import render_template
    from workshop.readers import read_article

    layout_folder = tmp_path / "eigen"
    shutil.copytree(ROOT / "layouts" / "coaching", layout_folder)
    article = digest(read_article(ARTICLES / "vertrouwen" / "input.txt"))
    layout = load_layout(str(layout_folder))
    first = render_template(layout, "deck.xml.j2", article)
    assert render_template(load_layout(str(layout_folder)), "deck.xml.j2", article) == first
    macros = layout_folder / "macros.j2"
    macros.write_text(
        macros.read_text(encoding="utf-8").replace("{{ labels.source }}:", "Uit:"),
        encoding="utf-8",
    )
    changed = render_template(layout, "deck.xml.j2", article)
    assert "Uit: “Vertrouwen”" in changed and changed != first


def test_longdate_on_what_is_not_a_date_is_a_template_error(project) -> None:
    child = _child("datum")
    (child / "handout.xml.j2").write_text(
        '{% extends "coaching/handout.xml.j2" %}'
        "{% block intro %}<text>{{ article.title | longdate }}</text>{% endblock %}",
        encoding="utf-8",
    )
    lines = _fails_cleanly(project("build", "vertrouwen.txt", "--layout", "datum"))
    assert lines == [
        f"Error: {child / 'handout.xml.j2'}:1: template error: longdate: 'Vertrouwen' is not a date"
    ]
