"""Readers: one module per kind of source file, each turning a file into an `Article`.

The reader is chosen by the file's suffix, or by name with `--from`. A reader never knows
what will be made of the article.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ..errors import ReadError
from ..model import Article
from .decode import read_text as _read_file_text

Reader = Callable[[str, Path, str | None], Article]
"""A reader: (decoded text, its path, language or None to detect) -> Article."""

READERS: dict[str, str] = {
    "text": "text:read_text",
    "markdown": "markdown:read_markdown",
    "html": "html:read_html",
}
"""Reader name to "module:function"; a reader's parser libraries load only when it is used."""
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def reader_for(path: Path, source_format: str | None = None) -> str:
    """The reader's name for `path`: `source_format` when given, else by suffix."""
    if source_format is not None:
        if source_format not in READERS:
            raise ReadError(
                path,
                f"unknown source format {source_format!r}; "
                f"choose one of {', '.join(sorted(READERS))}",
            )
        return source_format
    name = SUFFIXES.get(path.suffix.lower())
    if name is None:
        known = ", ".join(sorted(SUFFIXES))
        raise ReadError(
            path,
            f"no reader for {path.suffix or 'files without a suffix'} "
            f"(known: {known}); choose one with --from",
        )
    return name


def read_article(
    path: Path, source_format: str | None = None, language: str | None = None
) -> Article:
    """Read the article in `path`; ReadError names the file when it cannot be read."""
    module, function = READERS[reader_for(path, source_format)].split(":")
    reader: Reader = getattr(importlib.import_module(f".{module}", __name__), function)
    return reader(_read_file_text(path), path, language)
