"""The deck as a PDF, for facilitators who present from a PDF viewer: LibreOffice converts it.

LibreOffice is the one free client that draws a .pptx faithfully, so it does the conversion
instead of a second renderer of our own; it is optional, and without it the user is told how to
install it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from ..errors import BuildError, OptionError
from ..files import scratch_folder

INSTALL_HINT = (
    "--format pdf-slides needs LibreOffice: install it with "
    "'sudo apt-get install libreoffice-impress' (Debian, Ubuntu), "
    "'brew install --cask libreoffice' (macOS) or from https://www.libreoffice.org"
)
TIMEOUT_SECONDS = 180


def soffice() -> str | None:
    """The LibreOffice command on this machine, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def private_fonts(font_folders: Iterable[Path], scratch: Path) -> dict[str, str]:
    """The environment for LibreOffice with a private font configuration: the machine's own
    fonts and the layout's font files, so the deck is drawn with the fonts (and so the
    metrics) it was measured with, whether or not the machine has them installed (without
    Carlito, LibreOffice drew Calibri in a wider font and words ran out of their boxes)."""
    folders = "".join(
        f"<dir>{escape(str(folder.resolve()))}</dir>" for folder in dict.fromkeys(font_folders)
    )
    machine = escape(os.environ.get("FONTCONFIG_FILE", "/etc/fonts/fonts.conf"))
    config = scratch / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f'<include ignore_missing="yes">{machine}</include>'
        f"{folders}<cachedir>{escape(str(scratch / 'fontcache'))}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config)}


def deck_to_pdf(deck: bytes, name: str, font_folders: Iterable[Path] = ()) -> bytes:
    """The PDF of a .pptx deck, converted by LibreOffice in a folder of its own, with the
    fonts in `font_folders` beside the machine's."""
    command = soffice()
    if command is None:
        raise OptionError(INSTALL_HINT)
    with scratch_folder() as folder:
        environment = private_fonts(font_folders, Path(folder))
        source = Path(folder) / f"{name}.pptx"
        source.write_bytes(deck)
        profile = Path(folder) / "profile"  # a private profile: a running LibreOffice is no bother
        try:
            subprocess.run(
                [
                    command,
                    f"-env:UserInstallation={profile.as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    folder,
                    str(source),
                ],
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
                env=environment,
            )
        except subprocess.TimeoutExpired:
            raise BuildError(
                f"{name}: LibreOffice took over {TIMEOUT_SECONDS} s; gave up"
            ) from None
        result = source.with_suffix(".pdf")
        if not result.is_file():
            raise BuildError(f"{name}: LibreOffice could not convert the deck to PDF")
        return result.read_bytes()
