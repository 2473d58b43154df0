"""The outline file of an article: written beside it, refreshed in place, never overwritten
with a trainer's edits lost."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..enrich.digest import digest
from ..errors import BuildError
from ..files import write_atomic
from ..layouts.schema import Layout
from ..model import Article
from .read import read_outline
from .refresh import refresh
from .write import generate, render

OUTLINE_SUFFIX = ".outline.md"


@dataclass(frozen=True)
class Written:
    """What `workshop outline` did: the file, and for a refresh the edits kept, the fields
    in conflict and the edited sections the article no longer has."""

    path: Path
    refreshed: bool = False
    kept: int = 0
    conflicts: int = 0
    gone: tuple[str, ...] = ()
    backup: Path | None = None
    """For a refresh, the copy of the outline as it was."""


def outline_path(article: Path) -> Path:
    """Where an article's outline lies: `<stem>.outline.md` beside it."""
    return article.with_name(article.stem + OUTLINE_SUFFIX)


def is_outline(path: Path) -> bool:
    return path.name.lower().endswith(OUTLINE_SUFFIX)


def write_outline(
    source: Path, article: Article, layout: Layout, update: bool, target: Path | None = None
) -> Written:
    """Write the outline of `article` (read from `source`); with `update` merge it into the
    outline already there, keeping the trainer's edits."""
    target = target or outline_path(source)
    enriched = digest(article)
    generated = generate(enriched, layout.labels_for(article.language))
    exists = target.exists()
    if exists and not update:
        raise BuildError(
            f"{target}: exists already and may hold your edits; 'workshop outline --refresh "
            f"{source}' updates it for the article and keeps them (or delete it to start again)"
        )
    if not exists:
        _write(target, render(generated).encode("utf-8"))
        return Written(target)
    edited = read_outline(target)  # names a folder or an unreadable file as the outline
    before = target.read_bytes()
    merged = refresh(edited, generated)
    backup = target.with_name(target.name + ".bak")
    _write(backup, before)  # the trainer's own comments and anything dropped are kept there
    _write(target, render(merged.outline, merged.conflicts).encode("utf-8"))
    return Written(target, True, merged.kept, len(merged.conflicts), merged.gone, backup)


def _write(target: Path, data: bytes) -> None:
    try:
        write_atomic(target, data)
    except OSError as error:
        raise BuildError(f"{target}: cannot be written ({error.strerror})") from None
