"""Whether a picture can be shown: one check for the build's report, the handout and the deck,
so a file one of them cannot draw is left out by all three, for the same reason."""

from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path

MOST_PIXELS = 50_000_000
"""Pixels a picture may have: a 48-megapixel phone photo fits; a picture of 12,000 × 12,000
(140 KB as a PNG of one colour) would cost a few hundred MB to draw, twelve of them gigabytes."""


def article_picture(base_dir: Path, src: str) -> Path | str:
    """The file of a picture an article or a template names, or why it is not used: a
    picture must be in the article's folder (or below it), so an article or a shared layout
    cannot pull any picture on the disk (`../../`, an absolute path, a link out of the folder)
    into handouts that are handed out."""
    folder = base_dir.resolve()
    try:
        path = (folder / src).resolve()
    except (OSError, RuntimeError, ValueError):  # a loop of links, a NUL in the name
        return "cannot be read"
    if not path.is_relative_to(folder):
        return "is outside the article's folder"
    return path


def shown_picture(base_dir: Path, src: str) -> tuple[Path, tuple[int, int]] | str:
    """The file of an article's (or a template's) picture and its size in pixels, or why it
    is left out: outside the article's folder, unreadable, cut off or too large."""
    found = article_picture(base_dir, src)
    if isinstance(found, str):
        return found
    checked = _checked(found, _signature(found))
    return (found, checked) if isinstance(checked, tuple) else checked


def picture_size(path: Path) -> tuple[int, int] | None:
    """A picture's size in pixels, or None when it cannot be shown (see `picture_problem`)."""
    checked = _checked(path, _signature(path))
    return checked if isinstance(checked, tuple) else None


def picture_problem(path: Path) -> str | None:
    """Why the picture cannot be shown ("cannot be read", "is cut off", "is 182 megapixels
    (at most 50)"), or None when it can."""
    checked = _checked(path, _signature(path))
    return checked if isinstance(checked, str) else None


def _signature(path: Path) -> tuple[int, int]:
    """What tells a changed file from the one checked before: its size and time."""
    try:
        status = path.stat()
    except OSError:
        return (-1, -1)
    return status.st_size, status.st_mtime_ns


@lru_cache(maxsize=256)
def _checked(path: Path, signature: tuple[int, int]) -> tuple[int, int] | str:
    """The size, or what is wrong. The whole picture is decoded once: a truncated JPEG or PNG
    shows only then (reportlab found it mid-layout, or wrote a broken stream into the PDF)."""
    from PIL import Image  # only a build that has pictures needs Pillow

    try:
        if not path.is_file():  # a folder or a named pipe is not opened
            return "cannot be read"
        with warnings.catch_warnings(), Image.open(path) as picture:
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            width, height = picture.size
            if width * height > MOST_PIXELS:
                return f"is {width * height / 1e6:.0f} megapixels (at most {MOST_PIXELS // 10**6})"
            if width <= 0 or height <= 0:
                return "cannot be read"
            picture.load()
    except Image.DecompressionBombError:
        return f"is over {MOST_PIXELS // 10**6} megapixels"
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        return "is cut off" if "truncated" in str(error) else "cannot be read"
    return width, height
