"""`workshop layout new`: a new layout folder that builds as is.

The new layout extends the one it starts from, so it keeps getting that layout's templates,
labels and fixes; its `layout.toml` spells out the values a designer changes first (colours,
fonts, logo, footer, contact) with the parent's current values, ready to edit.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import LayoutError
from ..files import write_atomic
from . import LAYOUT_FILE, LAYOUTS_DIR, layout_folders, load_layout
from .schema import CONTACT_KEYS, LAYOUT_VERSION, Layout

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def new_layout(name: str, parent: str = "coaching", search: Path = LAYOUTS_DIR) -> Path:
    """Create `search/name` extending layout `parent`; return its folder."""
    if not _NAME.match(name):
        raise LayoutError(
            name, "a layout name is lower-case letters, digits, '-' and '_' (at most 40)"
        )
    folder = search / name
    if folder.exists():
        raise LayoutError(folder, "already exists; choose another name or remove it first")
    base = load_layout(parent, search)
    if layout_folders(search).get(base.name, Path()).resolve() != base.folder.resolve():
        raise LayoutError(  # `extends` names a layout; one elsewhere cannot be found by name
            parent,
            f"a new layout extends its base by name, so the base must be in {search}/ or "
            f"installed; copy {base.folder} into {search}/ first",
        )
    write_atomic(folder / LAYOUT_FILE, scaffold_toml(name, base).encode("utf-8"))
    return folder


def scaffold_toml(name: str, base: Layout) -> str:
    """The new layout's layout.toml: `extends` the base, with the base's values to edit."""
    fonts = base.fonts
    lines = [
        f"# The {name} layout. Change the values below and build to see them; every key is",
        "# described in docs/layouts.md. What this file leaves out (page, type sizes, labels)",
        f"# and the templates come from the {base.name} layout: to change a template, put a",
        f"# file of the same name here, starting from the one in {base.folder}.",
        f"version = {LAYOUT_VERSION}",
        f"extends = {_quote(base.name)}",
        f"description = {_quote(f'The {name} look (describe it here in one line)')}",
        f"footer = {_quote(base.footer)}",
        '# logo = "logo.png"       # a PNG or JPEG in this folder, shown on the handout\'s cover',
        "",
        "[contact]",
        *(f"{key} = {_quote((base.contact or {}).get(key, ''))}" for key in CONTACT_KEYS),
        "",
        "[colours]",
        *(f"{key} = {_quote(value)}" for key, value in vars(base.colours).items()),
        "",
        "[fonts]",
        "# TrueType files (.ttf) with their licence, in this folder (or, like these, in the",
        f"# {base.name} folder); deck_name is the font the deck asks PowerPoint for, which",
        "# must have the same metrics as these files.",
        *(
            f"{style} = {_quote(base.relative_name(path))}"
            for style, path in vars(fonts).items()
            if isinstance(path, Path)
        ),
        f"deck_name = {_quote(fonts.deck_name)}",
        "",
    ]
    return "\n".join(lines)


def _quote(text: str) -> str:
    """A TOML basic string (JSON's escaping is valid TOML for these texts)."""
    return json.dumps(text, ensure_ascii=False)
