"""The deck in a real client: LibreOffice draws every character inside its own text box.

Needs LibreOffice (`soffice`) and poppler's `pdftotext`; `.ci/run` installs both. Outside CI
the test is skipped when they are missing; in CI (`CI` set) it fails instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from workshop.render.slides_pdf import private_fonts

from .conftest import ROOT
from .inspectors import deck_slides
from .masters import FOOTER, master_layout

TOLERANCE = 1.5  # points

_missing = [tool for tool in ("soffice", "pdftotext") if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    bool(_missing) and not os.environ.get("CI"),
    reason=f"needs {', '.join(_missing)} (apt-get install libreoffice-impress poppler-utils)",
)


def _convert(deck: Path, out: Path) -> Path:
    return _convert_all([deck], out)[0]


def _convert_all(decks: list[Path], out: Path) -> list[Path]:
    """PDFs of `decks`, made by one LibreOffice run (starting it is the slow part)."""
    out.mkdir(parents=True, exist_ok=True)
    profile = out / "profile"
    profile.mkdir(exist_ok=True)
    environment = private_fonts(sorted((ROOT / "layouts").glob("*/fonts")), profile)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *(str(deck) for deck in decks),
        ],
        check=True,
        capture_output=True,
        timeout=600,
        env={**environment, "HOME": str(profile)},  # the shipped layouts' fonts, as a build
    )
    return [out / f"{deck.stem}.pdf" for deck in decks]


def _words(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page, each word LibreOffice drew with its box (x0, y0, x1, y1) in points."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"],
        check=True,
        capture_output=True,
        encoding="utf-8",
        errors="replace",  # a glyph the font lacks can come out as a broken byte
    ).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        words = []
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
            r'yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            words.append((unescape(match.group(5)), x0, y0, x1, y1))
        pages.append(words)
    return pages


CROWDED = "\n".join(
    [
        "Een heel lange titel over coachend leidinggeven die niet op één regel past en dan toch",
        "",
        "door Iemand Anders",
        "",
        "Een inleiding van één zin die het artikel opent en verder niets bijzonders doet.",
        "",
        "Twintig punten die allemaal op de dia moeten",
        *[
            f"• Punt {n}: een medewerker die zijn potentieel kan en mag inzetten en daar "
            f"oprecht verantwoordelijkheid voor neemt, elke dag opnieuw ({n})."
            for n in range(20)
        ],
        "",
        "Eén woord",
        "Donaudampfschiffahrtsgesellschaftskapitänsmützenhalterungsschraubenzieherfabrik" * 4,
    ]
)


@pytest.fixture(
    params=[
        "seed",
        "crowded",
        "seed-in-master",
        "crowded-in-master",
        "seed-minimal",
        "crowded-minimal",
        "seed-corporate",
        "crowded-corporate",
    ]
)
def deck(request, seed_build, run, tmp_path: Path) -> Path:
    """The seed and a crowded article in the default layout, a test master and the shipped
    minimal and corporate layouts (Arial measured with Liberation Sans; a company master)."""
    if request.param == "seed":
        return seed_build["pptx"]
    article, _, layout = request.param.partition("-")
    if article == "seed":
        source = tmp_path / "vertrouwen.txt"
        source.write_text(seed_build["pptx"].with_name("vertrouwen.txt").read_text("utf-8"))
    else:
        source = tmp_path / "vol.txt"
        source.write_text(CROWDED, encoding="utf-8")
    if layout == "in-master":
        options = ["--layout", master_layout(tmp_path)]
    else:
        options = ["--layout", layout or "coaching"]
    result = run("build", source, "--out", tmp_path, "--format", "pptx", *options)
    assert result.exit_code == 0, result.output
    return tmp_path / f"{source.stem}-slides.pptx"


def test_the_masters_footer_and_numbers_show_in_libreoffice(run, tmp_path: Path, seed_build):
    source = seed_build["pptx"].with_name("vertrouwen.txt")
    layout = master_layout(tmp_path)
    result = run("build", source, "--out", tmp_path, "--format", "pptx", "--layout", layout)
    assert result.exit_code == 0, result.output
    pages = _words(_convert(tmp_path / "vertrouwen-slides.pptx", tmp_path))
    for number, words in enumerate(pages, start=1):
        text = " ".join(word for word, *_ in words)
        assert FOOTER in text and str(number) in text.split()


def words_outside_boxes(deck: Path, pdf: Path) -> tuple[list[str], int]:
    """Every word LibreOffice drew outside the box of a shape whose text holds it (a title
    spilling into the body's box counts; a word broken over two lines is found by its
    pieces), and how many words were checked; a different page count is a failure of its
    own."""
    slides = deck_slides(deck)
    pages = _words(pdf)
    assert len(pages) == len(slides), deck.name
    outside, checked = [], 0
    for number, (slide, words) in enumerate(zip(slides, pages, strict=True), start=1):
        for word, x0, y0, x1, y1 in words:
            marker = re.fullmatch(r"[•–]|\d+\.", word)  # a bullet or step number: not text
            folded = word.casefold()  # a master may set a text in capitals
            holders = [
                name for name, held in slide.texts.items() if marker or folded in held.casefold()
            ]
            boxes = [slide.boxes[name] for name in holders]
            inside = any(
                x0 >= bx - TOLERANCE
                and y0 >= by - TOLERANCE
                and x1 <= bx + bw + TOLERANCE
                and y1 <= by + bh + TOLERANCE
                for bx, by, bw, bh in boxes
            )
            if not inside:
                outside.append(f"{deck.name} slide {number}: {word!r} at ({x0:.0f},{y0:.0f})")
            checked += 1
    return outside, checked


def test_every_word_lies_inside_its_text_box(deck: Path, tmp_path: Path) -> None:
    outside, checked = words_outside_boxes(deck, _convert(deck, tmp_path))
    assert outside == []
    assert checked > 100
