"""The user's cache folder: what the tool may throw away and make again (records of past
builds, hyphenation patterns, compiled templates, font tables), kept across processes so
that each build does not redo it. Never among the outputs; a cache that cannot be read or
written is made again or done without, never an error."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/workshop`, else `~/.cache/workshop`."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "workshop"
