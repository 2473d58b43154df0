"""Rendering a layout's Jinja2 templates, safely.

Templates run in Jinja2's immutable sandbox with autoescaping on (article text can never
become markup in a plan) and undefined names as errors. The loader sees the layout's folder
and those of the layouts it extends, nothing else (symlinks out of them included), and the
templates get only the article and the layout: no Python globals, no environment.
A layout that extends `coaching` finds the parent's templates under `coaching/` too, so its own
`handout.xml.j2` can `{% extends "coaching/handout.xml.j2" %}` and replace single blocks
(docs/layouts.md lists them).
"""

from __future__ import annotations

import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from ..enrich.digest import ArticleDigest
from ..errors import LayoutError
from ..model import Workshop
from .schema import Layout


def render_template(
    layout: Layout, template_name: str, digest: ArticleDigest, workshop: Workshop | None = None
) -> str:
    """Render `template_name` of `layout` with the article's digest; the result is plan XML."""
    environment = _environment(layout, digest.article.language)
    path = template_path(layout, template_name)
    try:
        template = environment.get_template(template_name)
        return template.render(_context(layout, digest, workshop or Workshop()))
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or path}:{error.lineno}"
        raise LayoutError(where, error.message or "syntax error") from None
    except jinja2.TemplateNotFound as error:
        where = _template_line(error.__traceback__, layout) or path
        problem = (
            f"template {error.name!r} not found; templates can use only files in "
            f"{_folder_names(layout)}"
        )
        raise LayoutError(where, problem) from None
    except SecurityError as error:
        where = _template_line(error.__traceback__, layout) or path
        raise LayoutError(where, f"not allowed in a template: {error}") from None
    except jinja2.UndefinedError as error:
        where = _template_line(error.__traceback__, layout) or path
        raise LayoutError(where, error.message or "undefined name") from None
    except (TypeError, ValueError, ArithmeticError, LookupError) as error:
        where = _template_line(error.__traceback__, layout) or path
        raise LayoutError(where, f"template error: {error}") from None


class _FolderLoader(jinja2.FileSystemLoader):
    """Loads templates from one folder only: Jinja2 already refuses `..`; this also refuses a
    symlink that leads out of the folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.root = folder.resolve()

    def get_source(self, environment: jinja2.Environment, template: str):
        source, filename, uptodate = super().get_source(environment, template)
        if not Path(filename).resolve().is_relative_to(self.root):
            raise jinja2.TemplateNotFound(template)
        return source, filename, uptodate


def _environment(layout: Layout, language: str) -> ImmutableSandboxedEnvironment:
    folders = layout.folders
    loaders: list[jinja2.BaseLoader] = [_FolderLoader(folder) for folder in folders]
    parents = {folder.name: _FolderLoader(folder) for folder in reversed(folders[1:])}
    if parents:
        loaders.append(jinja2.PrefixLoader(parents))
    environment = ImmutableSandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Only what templates need: no lipsum, cycler or joiner, whose functions lead to Python
    # module globals (the sandbox blocks that path too; this leaves nothing to try).
    environment.globals = {"range": environment.globals["range"], "dict": dict}
    environment.filters["longdate"] = lambda value: long_date(value, language)
    return environment


def _template_line(traceback: TracebackType | None, layout: Layout) -> str | None:
    """ "file:line" of the innermost template frame in `traceback` (Jinja2 rewrites its frames
    to the templates' own files and lines), or None."""
    roots = [folder.resolve() for folder in layout.folders]
    found = None
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or any(Path(filename).is_relative_to(r) for r in roots):
            found = f"{filename}:{traceback.tb_lineno}"
        traceback = traceback.tb_next
    return found


def template_path(layout: Layout, template_name: str) -> Path:
    """The file a template name stands for (the layout's own, else its parent's), for errors."""
    for folder in layout.folders:
        if (folder / template_name).is_file():
            return folder / template_name
    return layout.folder / template_name


def _folder_names(layout: Layout) -> str:
    return " and ".join(str(folder) for folder in layout.folders)


def long_date(value: datetime.date | None, language: str) -> str:
    """A date written out in `language` ("28 januari 2015", "January 28, 2015"); "" for None."""
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, "long", locale=language)


def _context(layout: Layout, digest: ArticleDigest, workshop: Workshop) -> dict[str, Any]:
    article = digest.article
    logo = layout.relative_name(layout.logo) if layout.logo else ""
    return {
        "workshop": workshop,
        "article": article,
        "intro": article.intro,
        "intro_notes": digest.intro_notes,
        "intro_key_points": digest.intro_key_points,
        "sections": digest.sections,
        "reading_minutes": digest.reading_minutes,
        "labels": layout.labels_for(article.language),
        "layout": {
            "name": layout.name,
            "footer": layout.footer,
            "logo": logo,
            "contact": dict(layout.contact or {}),
        },
    }
