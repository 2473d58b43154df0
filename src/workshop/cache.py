"""The user's cache folder: what the tool may throw away and make again (records of past
builds, hyphenation patterns, compiled templates, font metrics), kept across processes so
that each build does not redo it. Never among the outputs; a cache that cannot be read or
written is made again or done without, never an error."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from .files import write_atomic


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/workshop`, else `~/.cache/workshop`."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "workshop"


def read_cached(kind: str, key: str) -> object | None:
    """What `keep` kept under `kind` and `key`; None when there is nothing (readable)."""
    try:
        return json.loads((cache_folder() / kind / f"{key}.json").read_bytes())
    except (OSError, ValueError):
        return None


def keep(kind: str, key: str, value: object) -> None:
    """Keep `value` (plain JSON data) under `kind` and `key` for later processes."""
    with contextlib.suppress(OSError):
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        write_atomic(cache_folder() / kind / f"{key}.json", data.encode("utf-8"))
