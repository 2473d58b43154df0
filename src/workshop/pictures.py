"""Whether an article's picture can be shown: one check for the build's report and the deck."""

from __future__ import annotations

from pathlib import Path


def picture_size(path: Path) -> tuple[int, int] | None:
    """A picture's size in pixels, or None when it is not a whole picture file that can be
    read (a truncated PNG is found by its checksums)."""
    from PIL import Image  # only a build that has pictures needs Pillow

    try:
        if not path.is_file():  # a folder or a named pipe is not opened
            return None
        with Image.open(path) as picture:
            width, height = picture.size
            picture.verify()
    except (OSError, ValueError, SyntaxError):
        return None
    return (width, height) if width > 0 and height > 0 else None
