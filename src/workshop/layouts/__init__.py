"""Layouts: a folder with `layout.toml` (the look and the words) and Jinja2 templates (what
goes where). This package finds a layout, validates it, and renders its templates into plans."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..errors import LayoutError
from .schema import Layout, parse_layout

LAYOUTS_DIR = Path("layouts")
LAYOUT_FILE = "layout.toml"


def find_layout(name: str, search: Path = LAYOUTS_DIR) -> Path:
    """The folder of layout `name`: a folder path as given, else `layouts/<name>`."""
    given = Path(name)
    if (given / LAYOUT_FILE).is_file():
        return given
    folder = search / name
    if (folder / LAYOUT_FILE).is_file():
        return folder
    known = available_layouts(search)
    hint = f" (available: {', '.join(known)})" if known else f" (no layouts in {search}/)"
    raise LayoutError(name, f"no such layout{hint}")


def available_layouts(search: Path = LAYOUTS_DIR) -> list[str]:
    """Names of the layout folders under `search`."""
    if not search.is_dir():
        return []
    return sorted(p.name for p in search.iterdir() if (p / LAYOUT_FILE).is_file())


def load_layout(name: str, search: Path = LAYOUTS_DIR) -> Layout:
    """Find, read and validate a layout; LayoutError lists every problem with file and key."""
    folder = find_layout(name, search)
    config = folder / LAYOUT_FILE
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise LayoutError(config, f"not valid TOML: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LayoutError(config, f"cannot be read: {error}") from None
    layout, problems = parse_layout(folder.name, folder, data)
    if problems:
        raise LayoutError(config, problems)
    return layout
