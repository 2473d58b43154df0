"""Rendering a layout's Jinja2 templates, safely.

Templates run in Jinja2's immutable sandbox with autoescaping on (article text can never
become markup in a plan) and undefined names as errors; the loader sees the layout's folder
only, so a shared layout cannot read other files.
"""

from __future__ import annotations

import datetime
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
    path = layout.folder / template_name
    try:
        template = environment.get_template(template_name)
        return template.render(_context(layout, digest, workshop or Workshop()))
    except jinja2.TemplateNotFound:
        raise LayoutError(path, "template not found") from None
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or path}:{error.lineno}"
        raise LayoutError(where, error.message or "syntax error") from None
    except SecurityError as error:
        raise LayoutError(path, f"not allowed in a template: {error}") from None
    except jinja2.UndefinedError as error:
        raise LayoutError(path, error.message or "undefined name") from None


def _environment(layout: Layout, language: str) -> ImmutableSandboxedEnvironment:
    environment = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(layout.folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["longdate"] = lambda value: long_date(value, language)
    return environment


def long_date(value: datetime.date | None, language: str) -> str:
    """A date written out in `language` ("28 januari 2015", "January 28, 2015"); "" for None."""
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, "long", locale=language)


def _context(layout: Layout, digest: ArticleDigest, workshop: Workshop) -> dict[str, Any]:
    article = digest.article
    logo = layout.logo.relative_to(layout.folder.resolve()).as_posix() if layout.logo else ""
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
