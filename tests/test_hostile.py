"""Hostile and extreme input: each builds complete outputs or ends in one line naming the file
and what is wrong, never a hang or a traceback.

Inputs that used to hang are built in a child process with a generous time limit: the limit
only tells a hang (minutes to hours before the fix) from a build (seconds), it measures no speed.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from .conftest import ROOT
from .inspectors import deck_slides, fold, pdf_pages

HANG = 120
"""Seconds after which a build counts as hanging."""


def workshop(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`workshop ARGS` in a child process, so a hang is stopped instead of stopping the tests."""
    command = [sys.executable, "-c", "from workshop.cli import main; main()", *map(str, args)]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=HANG, env=env, check=False
    )


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        (  # eight aliases of eight aliases …: 16 million values from nine lines
            "a: &a [x,x,x,x,x,x,x,x]\n"
            + "".join(
                f"{name}: &{name} [{', '.join(['*' + before] * 8)}]\n"
                for before, name in zip("abcdefg", "bcdefgh", strict=True)
            )
            + "title: *h\n",
            "long-yaml.md:2: front matter: more than 10,000 values",
        ),
        ("title: &a [*a]\n", "long-yaml.md:2: front matter: an alias stands inside its own value"),
        ("tags: " + "[" * 3000 + "]" * 3000 + "\n", "long-yaml.md:2: front matter: nested too"),
    ],
    ids=["alias-bomb", "alias-in-itself", "deep"],
)
def test_front_matter_that_would_never_end_is_refused(
    tmp_path: Path, front_matter: str, message: str
) -> None:
    source = tmp_path / "long-yaml.md"
    source.write_text(f"---\n{front_matter}---\n\nEen alinea tekst.\n", encoding="utf-8")
    for command in ("inspect", "build"):
        result = workshop(command, source, *(("--out", tmp_path) if command == "build" else ()))
        assert result.returncode == 1
        assert message in result.stderr
        assert "Traceback" not in result.stderr


def _without_header_and_footer(pdf: Path) -> list[str]:
    """The pages' text without the running header (title, section) and the page numbers,
    which stand between the parts of a text that runs on over pages."""
    furniture = re.compile(r"^(Titel|Kop een|Pagina \d+ van \d+)$", re.MULTILINE)
    return [furniture.sub("", page) for page in pdf_pages(pdf)]


def test_a_20000_letter_word_builds_whole(tmp_path: Path) -> None:
    """reportlab's soft hyphens cost the cube of a word's length: this took 90 s a handout."""
    word = "ab" * 10_000
    source = tmp_path / "woord.txt"
    source.write_text(f"Titel\n\nEen zin met {word} erin.\n\nNog een zin.\n", encoding="utf-8")
    result = workshop("build", source, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    pages = _without_header_and_footer(tmp_path / "woord-handout.pdf")
    assert fold(f"Een zin met {word} erin.") in fold("".join(pages))


def test_a_heading_of_pages_builds_whole(tmp_path: Path) -> None:
    """A heading of 4,000 letters fills pages: kept with the questions box after it, reportlab
    tried to place the pair for ever (random Markdown found it)."""
    heading = " ".join(letter * 1000 for letter in "wxyz") + " einde"
    source = tmp_path / "kop.md"
    source.write_text(f"---\ntitle: Titel\n---\n\nEen zin.\n\n## {heading}\n", encoding="utf-8")
    result = workshop("build", source, "--out", tmp_path, "--format", "pdf")
    assert result.returncode == 0, result.stderr
    assert fold(heading) in fold("".join(_without_header_and_footer(tmp_path / "kop-handout.pdf")))


def test_an_article_on_one_line_of_two_megabytes_builds_whole(tmp_path: Path) -> None:
    """reportlab sets a paragraph again for every page it runs onto: a scraped article on one
    line of 340,000 words took hours; cut into parts of about a page it takes seconds."""
    words = [f"w{index}" for index in range(340_000)]
    source = tmp_path / "regel.txt"
    source.write_text("Titel\n\n" + " ".join(words) + "\n", encoding="utf-8")
    result = workshop("build", source, "--out", tmp_path, "--format", "pdf")
    assert result.returncode == 0, result.stderr
    pdf = " ".join(pdf_pages(tmp_path / "regel-handout.pdf")).split()
    assert words[0] in pdf and words[-1] in pdf and words[170_000] in pdf


def test_a_key_point_taller_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    """A sentence holding a 3,000-letter string is a key point whose box is taller than a
    page: it used to end in reportlab's LayoutError."""
    word = "x" * 3000
    source = tmp_path / "lang.txt"
    source.write_text(
        f"Titel\n\nKop een\n\nEen zin met {word} erin.\n\nNog een gewone zin.\n",
        encoding="utf-8",
    )
    result = workshop("build", source, "--out", tmp_path, "--format", "pdf")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    pages = _without_header_and_footer(tmp_path / "lang-handout.pdf")
    boxed = [page for page in pages if "Kernpunten" in page]
    assert boxed and fold(word) in fold("".join(pages[pages.index(boxed[0]) :]))


def test_builds_do_not_depend_on_the_order_of_sets(tmp_path: Path) -> None:
    """Bold italic in the notes once came out as b/i or i/b by the process's hash seed."""
    source = tmp_path / "nadruk.md"
    source.write_text(
        "---\ntitle: Nadruk\n---\n\n## Kop\n\nEen zin met ***vet en schuin*** en een "
        "[***link***](https://example.org) erin. Nog een zin.\n",
        encoding="utf-8",
    )
    outputs = []
    for seed in ("0", "1", "6"):  # the bytes differed between 0 and 1
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        assert workshop("build", source, "--out", out, env=env).returncode == 0
        outputs.append([(out / name).read_bytes() for name in sorted(os.listdir(out))])
    assert outputs[0] == outputs[1] == outputs[2]
    notes = " ".join(slide.notes for slide in deck_slides(tmp_path / "1" / "nadruk-slides.pptx"))
    assert "vet en schuin" in notes


def test_pictures_in_any_format_are_shown_and_broken_or_huge_ones_left_out_by_name(
    tmp_path: Path,
) -> None:
    """WebP, ICO, PPM, TGA and PCX are shown in both outputs; a cut-off PNG or JPEG and a
    picture of 182 megapixels (22 KB on disk) are left out with a line saying why. They used
    to end in tracebacks (reportlab mid-layout, Pillow's bomb check) or a broken PDF stream."""
    from PIL import Image
    from pptx import Presentation

    pictures = tmp_path / "pics"
    pictures.mkdir()
    sample = Image.new("RGB", (200, 150), (200, 80, 40))
    shown = ["webp", "ico", "ppm", "tga", "pcx"]
    for number, kind in enumerate(shown):  # each its own colour: a PDF holds each picture once
        Image.new("RGB", (200, 150), (40 * number, 80, 40)).save(pictures / f"p.{kind}")
    for kind in ("png", "jpg"):
        sample.save(pictures / f"whole.{kind}")
        data = (pictures / f"whole.{kind}").read_bytes()
        (pictures / f"cut.{kind}").write_bytes(data[: len(data) // 2])
    Image.new("1", (14_000, 13_000)).save(pictures / "huge.png", optimize=True)
    names = [f"p.{kind}" for kind in shown] + ["cut.png", "cut.jpg", "huge.png"]
    source = tmp_path / "plaatjes.md"
    source.write_text(
        "---\ntitle: Plaatjes\n---\n\n## Kop\n\nTekst hier. Meer tekst.\n\n"
        + "".join(f"![{name}](pics/{name})\n\nTekst na {name}.\n\n" for name in names),
        encoding="utf-8",
    )
    result = workshop("build", source, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    said = (result.stdout + result.stderr).splitlines()
    for name, why in (("cut.png", "is cut off"), ("huge.png", "megapixels"), ("cut.jpg", "")):
        assert any(f"'pics/{name}'" in line and why in line for line in said), name
    pdf = PdfReader(tmp_path / "plaatjes-handout.pdf")
    assert sum(len(page.images) for page in pdf.pages) == len(shown)
    deck = Presentation(str(tmp_path / "plaatjes-slides.pptx"))
    drawn = [slide for slide in deck.slides if slide.shapes._spTree.xpath(".//p:pic")]
    assert len(drawn) == len(shown)


def test_pictures_outside_the_articles_folder_are_left_out(tmp_path: Path) -> None:
    """`../`, an absolute path and a link out of the folder in an article, and an absolute
    path in a shared layout's template, pulled any picture on the disk into the outputs."""
    from PIL import Image
    from pptx import Presentation

    secret = tmp_path / "secret.png"
    Image.new("RGB", (120, 90), (10, 200, 10)).save(secret)
    folder = tmp_path / "artikel"
    folder.mkdir()
    (folder / "link.png").symlink_to(secret)
    Image.new("RGB", (120, 90), (200, 10, 10)).save(folder / "eigen.png")
    source = folder / "post.md"
    source.write_text(
        "---\ntitle: Buiten de map\n---\n\n## Kop\n\nTekst hier. Meer tekst.\n\n"
        f"![op](../secret.png)\n\nTekst.\n\n![vast]({secret})\n\nTekst.\n\n"
        "![link](link.png)\n\nTekst.\n\n![eigen](eigen.png)\n\nTekst.\n",
        encoding="utf-8",
    )
    layouts = tmp_path / "layouts" / "gedeeld"
    layouts.mkdir(parents=True)
    (layouts / "layout.toml").write_text(
        'version = 1\nextends = "coaching"\ndescription = "gedeeld"\n', encoding="utf-8"
    )
    (layouts / "handout.xml.j2").write_text(
        '{% extends "coaching/handout.xml.j2" %}{% block closing %}'
        f'<image src="{secret}" alt="geheim"/>{{{{ super() }}}}{{% endblock %}}',
        encoding="utf-8",
    )
    result = workshop("build", source, "--out", tmp_path / "out", "--layout", layouts)
    assert result.returncode == 0, result.stderr
    said = result.stdout + result.stderr
    for name in ("../secret.png", str(secret), "link.png"):
        assert f"picture {name!r} is outside the article's folder" in said, name
    pdf = PdfReader(tmp_path / "out" / "post-handout.pdf")
    assert sum(len(page.images) for page in pdf.pages) == 1  # only its own picture
    deck = Presentation(str(tmp_path / "out" / "post-slides.pptx"))
    assert len([s for s in deck.slides if s.shapes._spTree.xpath(".//p:pic")]) == 1


def test_an_endless_file_is_refused_by_size(tmp_path: Path) -> None:
    """`--from text /dev/zero` read until memory ran out (a MemoryError traceback)."""
    result = workshop("build", "--from", "text", "/dev/zero", "--out", tmp_path)
    assert result.returncode == 1
    message = "Error: /dev/zero: is larger than 20 MB; no article is that long"
    assert result.stderr.strip() == message


def _page(depth: int, extra: str = "") -> str:
    """A saved page whose article stands `depth` elements deep, with `extra` in its text."""
    paragraphs = "".join(
        f"<p>Alinea {n} over vertrouwen in teams, met genoeg woorden om te lezen.</p>"
        for n in range(6)
    )
    article = f"<article><h1>Vertrouwen</h1>{paragraphs}{extra}</article>"
    return (
        "<html><head><title>Vertrouwen</title></head><body>"
        f"{'<div>' * depth}{article}{'</div>' * depth}</body></html>"
    )


@pytest.mark.parametrize(
    ("depth", "extra", "expected"),
    [
        (0, "", "Alinea 5"),
        (300, "", "Alinea 5"),  # libxml2 dropped all below 255 without a word
        (0, "<p>Een bel &#7; en een escape &#x1b; hier.</p>", "Een bel en een escape hier."),
    ],
    ids=["plain", "300-deep", "control-references"],
)
def test_pages_with_deep_nesting_or_control_characters_are_read(
    tmp_path: Path, depth: int, extra: str, expected: str
) -> None:
    """A reference to a control character made the extraction return nothing."""
    from workshop.readers import read_article

    source = tmp_path / "pagina.html"
    source.write_text(_page(depth, extra), encoding="utf-8")
    article = read_article(source)
    texts = [" ".join(getattr(block, "text", "").split()) for block in article.intro]
    assert any(expected in text for text in texts), texts


def test_a_page_nested_deeper_than_the_parser_reads_is_refused_by_name(tmp_path: Path) -> None:
    from workshop.errors import ReadError
    from workshop.readers import read_article

    source = tmp_path / "diep.html"
    source.write_text(_page(5000), encoding="utf-8")
    with pytest.raises(ReadError, match="elements nested more than 2,000 deep"):
        read_article(source)


def test_builds_killed_at_random_moments_keep_the_good_outputs_and_leave_nothing(
    tmp_path: Path,
) -> None:
    """30 builds killed (SIGKILL) at random moments: the outputs of the last good build stay
    whole each time, and the next build leaves no temporary file behind (a kill mid-write
    left `.x-slides.pptx.XXXX.tmp` in the output folder for ever)."""
    import random
    import signal
    import time

    source = tmp_path / "vertrouwen.txt"
    source.write_text((ROOT / "source_texts" / "vertrouwen.txt").read_text(encoding="utf-8"))
    out = tmp_path / "out"
    assert workshop("build", source, "--out", out).returncode == 0
    good = {path.name: path.read_bytes() for path in out.iterdir()}
    command = [sys.executable, "-c", "from workshop.cli import main; main()"]
    chance = random.Random(15)
    for _ in range(30):
        process = subprocess.Popen(
            [*command, "build", str(source), "--out", str(out)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(chance.uniform(0.0, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        finished = {path.name: path.read_bytes() for path in out.iterdir() if path.name in good}
        assert finished == good  # whole: the same bytes (a build gives the same bytes)
    assert workshop("build", source, "--out", out).returncode == 0
    assert sorted(path.name for path in out.iterdir()) == sorted(good)


def test_builds_into_one_folder_at_once_leave_whole_files_of_one_build(tmp_path: Path) -> None:
    """Four builds of one article with two layouts run at once into one folder, three times:
    every file, read while they run and after, is exactly what one of the builds writes alone
    (never a mix of two, never cut short), and no temporary file stays behind."""
    source = tmp_path / "vertrouwen.txt"
    source.write_text((ROOT / "source_texts" / "vertrouwen.txt").read_text(encoding="utf-8"))
    alone = {}
    for layout in ("coaching", "corporate"):
        out = tmp_path / layout
        assert workshop("build", source, "--out", out, "--layout", layout).returncode == 0
        alone[layout] = {path.name: path.read_bytes() for path in out.iterdir()}
    assert alone["coaching"].keys() == alone["corporate"].keys()
    command = [sys.executable, "-c", "from workshop.cli import main; main()"]
    shared = tmp_path / "shared"
    for _ in range(3):
        builds = [
            subprocess.Popen(
                [*command, "build", str(source), "--out", str(shared), "--layout", layout],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for layout in ("coaching", "corporate", "coaching", "corporate")
        ]
        while any(build.poll() is None for build in builds):  # what a reader sees meanwhile
            for path in shared.glob("vertrouwen-*"):
                with contextlib.suppress(FileNotFoundError):
                    seen = path.read_bytes()
                    assert seen in (alone["coaching"][path.name], alone["corporate"][path.name])
        for build in builds:
            _, error = build.communicate(timeout=HANG)
            assert build.returncode == 0, error.decode()
        assert sorted(path.name for path in shared.iterdir()) == sorted(alone["coaching"])
        for path in shared.iterdir():
            data = path.read_bytes()
            assert data in (alone["coaching"][path.name], alone["corporate"][path.name])


def test_a_running_builds_temporary_file_is_left_alone(tmp_path: Path) -> None:
    """Two builds into one folder: the sweep takes only what a dead build left."""
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        out = tmp_path / "out"
        out.mkdir()
        alive_file = out / f".x-handout.pdf.{sleeper.pid}.abc123.tmp"
        dead_file = out / f".x-handout.pdf.{dead.pid}.abc123.tmp"
        alive_file.write_bytes(b"half")
        dead_file.write_bytes(b"half")
        source = ROOT / "source_texts" / "vertrouwen.txt"
        assert workshop("build", source, "--out", out, "--format", "pdf").returncode == 0
        assert alive_file.exists() and not dead_file.exists()
    finally:
        sleeper.kill()


def test_letters_the_fonts_lack_are_drawn_or_shown_as_a_square_and_named(tmp_path: Path) -> None:
    """Greek, Hebrew and Arabic come from the shipped fallback font; an emoji no font has is a
    white square, named once in the report. They disappeared from the handout, exit 0."""
    source = tmp_path / "tekens.md"
    source.write_text(
        "---\ntitle: Tekens\n---\n\n## Kop\n\nEen zin met αβγ en שלום erin. "
        "Een raket 🚀 hier en nog een 🚀 daar. Een gezicht 😀 lacht.\n",
        encoding="utf-8",
    )
    result = workshop("build", source, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    said = (result.stdout + result.stderr).splitlines()
    assert f"check: {source}: no font of the handout has 🚀; each is printed as \u25a1" in said
    text = " ".join(pdf_pages(tmp_path / "tekens-handout.pdf"))
    assert "Een raket \u25a1 hier en nog een \u25a1 daar." in " ".join(text.split())
    assert "αβγ" in text


def test_the_running_header_sets_letters_the_font_lacks_as_the_text_does(tmp_path: Path) -> None:
    """The title in the running header: Hebrew from the fallback font, an emoji as a white
    square, as in the text (the header printed black boxes)."""
    source = tmp_path / "kop.md"
    source.write_text(
        "---\ntitle: Samen שלום 🚀 werken\n---\n\n## Kop\n\nEen zin over teams.\n",
        encoding="utf-8",
    )
    assert workshop("build", source, "--out", tmp_path, "--format", "pdf").returncode == 0
    page = pdf_pages(tmp_path / "kop-handout.pdf")[1]
    header = page[: page.index("Pagina 2 van")].splitlines()[-3:]
    assert "\u25a1" in "".join(header) and "🚀" not in page
    fonts = PdfReader(tmp_path / "kop-handout.pdf").pages[1]["/Resources"]["/Font"]
    assert any("DejaVu" in str(font.get_object()["/BaseFont"]) for font in fonts.values())


def test_the_fallback_font_ships_with_its_licence() -> None:
    import workshop

    folder = Path(workshop.__file__).parent / "fonts"
    assert (folder / "DejaVuSans.ttf").stat().st_size > 500_000
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "body",
    [
        "| {w} | b |\n|---|---|\n| {w} | d |\n| e | {w} |\n",  # a header taller than a page
        "\n".join(f"{'  ' * d}- {'{w}' if d % 7 == 0 else 'woord'}" for d in range(40)) + "\n",
        "> {w} {w} {w} {w} {w}.\n",
    ],
    ids=["table", "nested-list", "quote"],
)
def test_cells_items_and_quotes_taller_than_a_page_continue_on_the_next(
    tmp_path: Path, body: str
) -> None:
    """A table cell, a list item or a quote holding 3,000-letter words ended in reportlab's
    LayoutError: a repeated header taller than a page, an item one line too tall to split."""
    word = "w" * 3000
    source = tmp_path / "hoog.md"
    source.write_text(
        "---\ntitle: Hoog\n---\n\n## Kop\n\nEen zin. Nog een.\n\n" + body.format(w=word),
        encoding="utf-8",
    )
    result = workshop("build", source, "--out", tmp_path, "--format", "pdf")
    assert result.returncode == 0, result.stderr
    text = "".join(pdf_pages(tmp_path / "hoog-handout.pdf"))
    assert text.count("w") >= body.count("{w}") * len(word)  # every letter printed


def test_source_date_epoch_dates_both_documents_and_a_bad_one_is_named(tmp_path: Path) -> None:
    from pptx import Presentation

    source = ROOT / "source_texts" / "vertrouwen.txt"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}  # 14 November 2023, 22:13 UTC
    assert workshop("build", source, "--out", tmp_path, env=env).returncode == 0
    assert (
        PdfReader(tmp_path / "vertrouwen-handout.pdf")
        .metadata["/CreationDate"]
        .startswith("D:20231114221320")
    )
    properties = Presentation(str(tmp_path / "vertrouwen-slides.pptx")).core_properties
    assert properties.created.isoformat().startswith("2023-11-14T22:13:20")
    bad = workshop("build", source, "--out", tmp_path, env={**env, "SOURCE_DATE_EPOCH": "gisteren"})
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "Error: SOURCE_DATE_EPOCH: expected whole seconds since 1970, got 'gisteren'"
    )


def test_a_table_of_a_thousand_rows_makes_ten_slides_with_the_rest_in_the_notes(
    tmp_path: Path,
) -> None:
    """A 20-column table of 1,000 rows made 1,004 slides (48 s); now at most ten slides run
    on from one, and the rows past them are in the last one's notes."""
    rows = "\n".join("| " + " | ".join(f"r{r}c{c}" for c in range(20)) + " |" for r in range(1000))
    source = tmp_path / "tabel.md"
    source.write_text(
        "---\ntitle: Tabel\n---\n\n## Kop\n\nEen zin. Nog een.\n\n| "
        + " | ".join(f"h{c}" for c in range(20))
        + " |\n|"
        + "---|" * 20
        + "\n"
        + rows
        + "\n",
        encoding="utf-8",
    )
    result = workshop("build", source, "--out", tmp_path, "--format", "pptx")
    assert result.returncode == 0, result.stderr
    slides = deck_slides(tmp_path / "tabel-slides.pptx")
    assert sum(slide.title.startswith("Kop") for slide in slides) <= 10
    notes = " ".join(slide.notes for slide in slides)
    assert "r999c0" in notes and "r999c19" in notes


def test_a_deck_of_hundreds_of_slides_names_its_parts_without_walking_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """python-pptx named every notes slide by walking all parts of the package, so a deck's
    time grew with the square of its slides (1,000 headings: 43 s). Here the parts are walked
    a handful of times whatever the number of slides; the notes are still each slide's own."""
    from pptx.opc.package import OpcPackage

    from workshop.build import deck_bytes
    from workshop.enrich.digest import digest
    from workshop.layouts import load_layout
    from workshop.readers import read_article

    source = tmp_path / "veel.md"
    source.write_text(
        "---\ntitle: Veel\n---\n\n"
        + "".join(f"## Kop {n}\n\nDit is zin {n} over teams.\n\n" for n in range(200)),
        encoding="utf-8",
    )
    walks = []
    walk = OpcPackage.iter_parts
    monkeypatch.setattr(OpcPackage, "iter_parts", lambda self: walks.append(1) or walk(self))
    layout = load_layout("coaching", ROOT / "layouts")
    deck = deck_bytes(digest(read_article(source)), layout, None, tmp_path)
    monkeypatch.undo()
    (tmp_path / "veel-slides.pptx").write_bytes(deck)
    slides = deck_slides(tmp_path / "veel-slides.pptx")
    assert len(slides) > 200 and len(walks) <= 10
    kop = next(slide for slide in slides if slide.title == "Kop 199")
    assert "Dit is zin 199 over teams." in kop.notes
