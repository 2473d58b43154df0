"""Hostile and extreme input: each builds complete outputs or ends in one line naming the file
and what is wrong, never a hang or a traceback.

Inputs that used to hang are built in a child process with a generous time limit: the limit
only tells a hang (minutes to hours before the fix) from a build (seconds), it measures no speed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
