"""Layouts: a folder with `layout.toml` (the look and the words) and Jinja2 templates (what
goes where). This package finds a layout, validates it, and renders its templates into plans.

A layout may `extends = "other"`: its `layout.toml` then holds only what differs, and templates
and files it does not have come from the other layout's folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import sysconfig
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LayoutError
from .schema import LAYOUT_VERSION, Layout, parse_layout

LAYOUTS_DIR = Path("layouts")
"""The project's own layouts, in the folder `workshop` runs in."""
LAYOUT_FILE = "layout.toml"
MAX_DEPTH = 5
"""How many layouts deep `extends` may go; more is a mistake, not a design."""


def installed_layouts_dirs() -> list[Path]:
    """Where `pip install` put the shipped layouts (pyproject's data-files), so an installed
    `workshop` has them in any folder; a layout of the same name in ./layouts comes first."""
    schemes = [None, f"{os.name}_user"]
    paths = []
    for scheme in schemes:
        try:
            data = sysconfig.get_path("data", scheme) if scheme else sysconfig.get_path("data")
        except KeyError:
            continue
        folder = Path(data) / "share" / "workshop" / "layouts"
        with contextlib.suppress(OSError):  # a home folder that cannot be entered
            if folder.is_dir() and folder not in paths:
                paths.append(folder)
    checkout = Path(__file__).resolve().parents[3]  # an editable install runs from its source
    if (checkout / "pyproject.toml").is_file() and (checkout / "layouts").is_dir():
        paths.append(checkout / "layouts")
    return paths


def layout_folders(search: Path = LAYOUTS_DIR) -> dict[str, Path]:
    """Every layout by name: those in `search` first, then the installed ones."""
    found: dict[str, Path] = {}
    for root in [search, *installed_layouts_dirs()]:
        try:
            folders = sorted(root.iterdir()) if root.is_dir() else []
        except OSError:  # a layouts folder this user cannot read holds no layouts for them
            continue
        for folder in folders:
            with contextlib.suppress(OSError):
                if (folder / LAYOUT_FILE).is_file():
                    found.setdefault(folder.name, folder)
    return dict(sorted(found.items()))


def find_layout(name: str, search: Path = LAYOUTS_DIR) -> Path:
    """The folder of layout `name`: a folder path as given, else `layouts/<name>`, else the
    installed layout of that name."""
    given = Path(name)
    try:
        if (given / LAYOUT_FILE).is_file():
            return given
    except OSError:  # a name too long for a path, a folder that cannot be entered
        pass
    folders = layout_folders(search)
    if name in folders:
        return folders[name]
    hint = f" (available: {', '.join(folders)})" if folders else f" (no layouts in {search}/)"
    raise LayoutError(name, f"no such layout{hint}")


def available_layouts(search: Path = LAYOUTS_DIR) -> list[str]:
    """Names of the layouts there are: in `search` and installed."""
    return list(layout_folders(search))


def describe_layout(folder: Path) -> str:
    """The layout's one-line description, read without validating the rest (for listings)."""
    try:
        data = tomllib.loads((folder / LAYOUT_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return "(layout.toml cannot be read)"
    description = data.get("description")
    extends = data.get("extends")
    text = description if isinstance(description, str) else ""
    if isinstance(extends, str):
        text += f" · extends {extends}"
    return text.strip()


def load_layout(name: str, search: Path = LAYOUTS_DIR) -> Layout:
    """Find, read and validate a layout and those it extends; LayoutError lists every problem,
    each with the file and key it is about."""
    chain = _read_chain(find_layout(name, search), search)
    data, origins = _merge(chain)
    folders = tuple(part.folder for part in chain)
    layout, problems = parse_layout(chain[0].folder.name, folders, data)
    own = chain[0].config
    found = [(origins.get(key, own), f"{key}: {problem}") for key, problem in problems]
    for part in chain[1:]:
        if part.data.get("version") != LAYOUT_VERSION:
            found.append((part.config, f"version: expected {LAYOUT_VERSION}"))
    if found:
        raise LayoutError.at(found)
    return layout


@dataclass(frozen=True)
class _Part:
    """One layout.toml in an `extends` chain."""

    folder: Path
    data: dict[str, Any]

    @property
    def config(self) -> Path:
        return self.folder / LAYOUT_FILE


def _read_chain(folder: Path, search: Path) -> list[_Part]:
    """The layout at `folder` and every layout it extends, the layout itself first."""
    chain: list[_Part] = []
    while True:
        config = folder / LAYOUT_FILE
        chain.append(_Part(folder, _read_toml(config)))
        parent = chain[-1].data.get("extends")
        if parent is None:
            return chain
        if not isinstance(parent, str) or not _LAYOUT_NAME.fullmatch(parent):
            raise LayoutError(
                config,
                f"extends: expected a layout's name (letters, digits, '-', '_'; no folder "
                f"path), got {parent!r}",
            )
        folder = _find_parent(parent, folder, search, config)
        if any(folder.resolve() == part.folder.resolve() for part in chain):
            raise LayoutError(config, f"extends: {parent!r} extends this layout again (a loop)")
        if len(chain) >= MAX_DEPTH:
            raise LayoutError(config, f"extends: more than {MAX_DEPTH} layouts deep")


_LAYOUT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
"""What `extends` may name: a layout beside this one, in layouts/ or installed; never a path,
so a shared layout cannot reach into another folder on the machine."""


def _find_parent(name: str, child: Path, search: Path, config: Path) -> Path:
    """The layout `name` next to the child's folder, else in `search` or installed."""
    if (child.parent / name / LAYOUT_FILE).is_file():
        return child.parent / name
    folder = layout_folders(search).get(name)
    if folder is None:
        raise LayoutError(
            config, f"extends: no layout named {name!r} next to this one or in {search}/"
        )
    return folder


def _read_toml(config: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(config.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise LayoutError(config, f"not valid TOML: {error}") from None
    except RecursionError:
        raise LayoutError(config, "not valid TOML: nested too deeply") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LayoutError(config, f"cannot be read: {error}") from None


def _merge(chain: list[_Part]) -> tuple[dict[str, Any], dict[str, Path]]:
    """The chain's tables merged, the layout's own values winning, and for each dotted key
    the layout.toml it came from (so a problem is reported in the file that has it)."""
    merged: dict[str, Any] = {}
    origins: dict[str, Path] = {}

    def overlay(target: dict[str, Any], source: dict[str, Any], prefix: str, config: Path):
        for key, value in source.items():
            dotted = prefix + key
            if isinstance(value, dict) and isinstance(target.get(key), dict):
                overlay(target[key], value, dotted + ".", config)
            elif isinstance(target.get(key), dict):  # `page = "A4"` for the [page] table
                keys = ", ".join(target[key])
                raise LayoutError(
                    config, f"{dotted}: expected a table [{dotted}] (with {keys}), got {value!r}"
                )
            else:
                target[key] = _copy(value)
                _mark(value, dotted, config)

    def _mark(value: Any, dotted: str, config: Path) -> None:
        origins[dotted] = config
        if isinstance(value, dict):
            for key, inner in value.items():
                _mark(inner, f"{dotted}.{key}", config)

    own_only = ("extends", "version", "description")
    for part in reversed(chain):
        inherited = {k: v for k, v in part.data.items() if k not in own_only}
        overlay(merged, inherited, "", part.config)
    merged.update({k: chain[0].data[k] for k in own_only if k in chain[0].data})
    return merged, origins


def _copy(value: Any) -> Any:
    return {k: _copy(v) for k, v in value.items()} if isinstance(value, dict) else value
