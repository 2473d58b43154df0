"""Every handout and deck the other tests built, opened by real clients: each PDF passes
`qpdf --check` and its text extracts, each deck is reopened by python-pptx and converted by
LibreOffice into a PDF of one page per slide.

These tests run last (conftest.py orders them): they gather the outputs from the session's
temporary folders and from the builds made in memory. Where qpdf or LibreOffice is missing
they skip and say so; in CI (`CI` set) they fail instead, as `.ci/run` installs both.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from .conftest import BUILT_IN_MEMORY
from .test_deck_libreoffice import _convert_all

pytestmark = pytest.mark.after_all_builds

BATCH = 25
"""Decks converted by one LibreOffice run: starting it is the slow part, and one deck that
stopped it must not take hundreds of others with it."""


def _needs(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        message = f"needs {tool} (apt-get install {package})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _outputs(factory: pytest.TempPathFactory, *patterns: str) -> list[Path]:
    """The session's outputs matching `patterns`, each content once; the ones built in memory
    are written out first."""
    base = factory.getbasetemp()
    kept = base / "built-in-memory"
    if not kept.exists():  # the first of the checks writes them for both
        kept.mkdir()
        for number, (name, data) in enumerate(BUILT_IN_MEMORY):
            (kept / f"{number}-{name}").write_bytes(data)
    seen, found = set(), []
    for pattern in patterns:
        for path in sorted(base.rglob(pattern)):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                found.append(path)
    if not found:
        pytest.skip("no other test built an output in this run")
    return found


def test_every_pdf_built_passes_qpdf_and_its_text_extracts(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _needs("qpdf", "qpdf")
    pdfs = _outputs(tmp_path_factory, "*handout.pdf", "*-slides.pdf")
    failed = []
    for pdf in pdfs:
        check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
        if check.returncode != 0:  # 3: warnings, 2: errors
            said = (check.stderr or check.stdout).strip().splitlines()
            failed.append(f"{pdf}: qpdf: {said[-1] if said else check.returncode}")
            continue
        text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
        if not text.strip():
            failed.append(f"{pdf}: no text extracts")
    assert not failed, f"{len(failed)} of {len(pdfs)} PDFs:\n" + "\n".join(failed)


def test_every_deck_built_reopens_and_libreoffice_draws_each_slide(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _needs("soffice", "libreoffice-impress")
    decks = _outputs(tmp_path_factory, "*slides.pptx")
    failed, slides = [], {}
    for deck in decks:
        try:
            slides[deck] = len(Presentation(str(deck)).slides)
        except Exception as error:  # noqa: BLE001 - any failure to reopen is the finding
            failed.append(f"{deck}: python-pptx cannot reopen it ({error})")
    decks = [deck for deck in decks if deck in slides]
    out = tmp_path_factory.mktemp("real-clients")
    for start in range(0, len(decks), BATCH):
        batch = decks[start : start + BATCH]
        folder = out / str(start)
        named = []
        for number, deck in enumerate(batch):  # names differ: one folder's PDF per deck
            copy = folder / f"{number}.pptx"
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(deck, copy)
            named.append((deck, copy))
        try:
            _convert_all([copy for _, copy in named], folder)
        except subprocess.CalledProcessError as error:
            failed.append(f"LibreOffice stopped ({error.returncode}) on {batch}")
        for deck, copy in named:
            pdf = copy.with_suffix(".pdf")
            if not pdf.exists():
                failed.append(f"{deck}: LibreOffice made no PDF")
            elif (pages := len(PdfReader(pdf).pages)) != slides[deck]:
                failed.append(f"{deck}: {slides[deck]} slides, LibreOffice drew {pages} pages")
    assert not failed, f"{len(failed)} of {len(slides)} decks:\n" + "\n".join(failed)
