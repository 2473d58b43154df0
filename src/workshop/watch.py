"""`workshop build --watch`: rebuild what a changed file touches, while the trainer edits.

The files are polled (size and modification time, five times a second) rather than watched
through the system's notifications: no dependency, the same on every system and on shared
or network folders, and a look at a few hundred files takes far less than a millisecond.
Which files each output depends on is worked out again every round, so an article added to
`source_texts/` or to the workshop file is picked up, and a layout edited in its folder
rebuilds everything built with it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .build import (
    DEFAULT_LAYOUT,
    BuildOptions,
    expand_sources,
    find_sources,
    layout_files,
    source_files,
)
from .build_day import split_sources
from .errors import WorkshopError
from .layouts import find_layout, load_layout
from .programme.file import load_workshop_file

INTERVAL = 0.2
"""Seconds between two looks at the files."""


@dataclass(frozen=True)
class Target:
    """What one build makes (a day, or an article) and the files it is made from."""

    source: Path
    files: frozenset[Path]


def targets(sources: list[Path], options: BuildOptions) -> list[Target]:
    """Each day and article the command builds, with the files it depends on: the source,
    the articles of a day with their outlines and pictures, and every file of the layout."""
    days, articles = split_sources(sources)
    found = []
    for day in days:
        files = {day}
        layout = options.layout
        with contextlib.suppress(WorkshopError):  # a broken file is rebuilt when it changes
            loaded = load_workshop_file(day)
            layout = layout or loaded.layout
            files.update(f for item in loaded.articles for f in source_files(item.article))
        found.append(Target(day, frozenset(files | _layout_files(layout))))
    if articles or not days:
        of_layout = _layout_files(options.layout)
        try:
            paths = expand_sources(articles) if articles else find_sources(options.sources_dir)
        except WorkshopError:
            paths = []
        for path in paths:
            found.append(Target(path, frozenset({*source_files(path), *of_layout})))
    return found


def _layout_files(name: str | None) -> set[Path]:
    """Every file of the layout; of a layout with a mistake, its folder's (to see the fix)."""
    name = name or DEFAULT_LAYOUT
    try:
        folders: Iterable[Path] = load_layout(name).folders
    except WorkshopError:
        try:
            folders = [find_layout(name)]
        except WorkshopError:
            return set()
    return set(layout_files(folders))


def snapshot(files: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """Each file's size and modification time; a file that is not there is left out."""
    seen = {}
    for path in files:
        with contextlib.suppress(OSError):
            status = path.stat()
            seen[path] = (status.st_size, status.st_mtime_ns)
    return seen


def watch(
    sources: list[Path],
    options: BuildOptions,
    rebuild: Callable[[list[Path]], None],
    started: Callable[[], None],
    rounds: int | None = None,
    interval: float = INTERVAL,
) -> None:
    """Call `started` (the first build), then rebuild each day and article whose files
    change; `rounds` bounds the looks (None: until interrupted). The files are looked at
    before the first build, so a change saved while it runs is built too."""
    before = snapshot(f for target in targets(sources, options) for f in target.files)
    started()
    while rounds is None or rounds > 0:
        time.sleep(interval)
        rounds = None if rounds is None else rounds - 1
        current = targets(sources, options)
        now = snapshot(f for target in current for f in target.files)
        changed = {path for path in now.keys() | before.keys() if now.get(path) != before.get(path)}
        before = now
        due = [target.source for target in current if target.files & changed]
        if due:
            rebuild(due)
