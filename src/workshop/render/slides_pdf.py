"""The deck as a PDF, for facilitators who present from a PDF viewer: LibreOffice converts it.

LibreOffice is the one free client that draws a .pptx faithfully, so it does the conversion
instead of a second renderer of our own; it is optional, and without it the user is told how to
install it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..errors import BuildError
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


def deck_to_pdf(deck: bytes, name: str) -> bytes:
    """The PDF of a .pptx deck, converted by LibreOffice in a folder of its own."""
    command = soffice()
    if command is None:
        raise BuildError(INSTALL_HINT)
    with scratch_folder() as folder:
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
            )
        except subprocess.TimeoutExpired:
            raise BuildError(
                f"{name}: LibreOffice took over {TIMEOUT_SECONDS} s; gave up"
            ) from None
        result = source.with_suffix(".pdf")
        if not result.is_file():
            raise BuildError(f"{name}: LibreOffice could not convert the deck to PDF")
        return result.read_bytes()
