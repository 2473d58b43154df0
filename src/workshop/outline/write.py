"""Writing an outline: from an enriched article to the values a trainer edits, and from those
values to the Markdown text of the outline file."""

from __future__ import annotations

import re
import textwrap
from dataclasses import replace

from ..enrich.digest import ArticleDigest, SectionDigest
from ..layouts.templates import worded
from .document import (
    ExerciseLines,
    Outline,
    SectionOutline,
    article_fingerprint,
    field_values,
    fingerprint,
    section_source,
)
from .match import escaped_heading
from .words import (
    BASES,
    CONFLICT,
    FIELDS,
    HELP,
    NAMES,
    SETTING_LINE,
    SETTINGS,
    SHOW_WORDS,
    setting_of,
)

_NEEDS_ESCAPE = re.compile(r"^(#|<!--|\\|!!)")
BOTH = frozenset({"deck", "handout"})


def generate(enriched: ArticleDigest, labels: dict[str, str]) -> Outline:
    """The outline of what a build without one shows: every section with its title, its
    slides, its key points and questions (worded by the layout's `labels`), its exercise
    and its speaker notes."""
    language = enriched.article.language if enriched.article.language in NAMES else "en"
    sections = tuple(_section(section, labels) for section in enriched.sections)
    title = enriched.article.title
    return Outline(
        title, article_fingerprint(enriched), sections, language, title_base=fingerprint(title)
    )


def _section(section: SectionDigest, labels: dict[str, str]) -> SectionOutline:
    working, exercise = section.working, section.exercise
    outline = SectionOutline(
        heading=section.title,
        title=section.title,
        show=BOTH,
        slides=section.slides,
        key_points=working.key_points if working else None,
        questions=tuple(worded(q, labels) for q in working.questions) if working else None,
        exercise=ExerciseLines(exercise.steps, exercise.minutes) if exercise else None,
        has_exercise=exercise is not None,
        notes=section.notes,
        source=section_source(section),
    )
    base = {name: fingerprint(value) for name, value in field_values(outline).items()}
    return replace(outline, base=base)


def render(outline: Outline, conflicts: dict[tuple[int, str], SectionOutline] | None = None) -> str:
    """The outline file's text. `conflicts` maps (section index, field) to the section
    holding the article's new version of a field the trainer also changed: both are written
    between `!!` lines for the trainer to choose."""
    names = NAMES[outline.language]
    lines = [
        f"# {_one_line(outline.title or '')}",
        "",
        f"{names['fingerprint']}: {outline.fingerprint}",
        "",
    ]
    lines += ["<!--", *textwrap.wrap(HELP[outline.language], 88), "-->", ""]
    start, mine, theirs, end = CONFLICT[outline.language]
    for index, section in enumerate(outline.sections):
        lines.append(f"## {_one_line(section.heading)}")
        for field in (*SETTINGS, "", *FIELDS):
            if not field:  # a blank line between the settings and the parts
                lines.append("")
                continue
            body = _setting(section, field, names, outline.language) or _field(
                section, field, names
            )
            other = (conflicts or {}).get((index, field))
            if other is None:
                lines += body
                continue
            theirs_body = _setting(other, field, names, outline.language) or _field(
                other, field, names
            )
            lines += [start, mine, *body, theirs, *theirs_body, end, ""]
    word = "titel" if outline.language == "nl" else "title"
    lines += ["", f"<!-- {BASES[outline.language]}", f"{word} {outline.title_base or '-'}"]
    lines += [_base_line(section, outline.language) for section in outline.sections]
    lines.append("-->")
    return "\n".join(lines).rstrip("\n") + "\n"


def _base_line(section: SectionOutline, language: str) -> str:
    """What a section's text and each of its fields were when the outline was written, as
    fingerprints: how `--refresh` tells a trainer's edit from the article's change."""
    word = "bron" if language == "nl" else "source"
    parts = " ".join(f"{name} {value}" for name, value in section.base.items())
    return (
        f"{word} {section.source or '-'}; {parts} | {escaped_heading(_one_line(section.heading))}"
    )


def _setting(
    section: SectionOutline, setting: str, names: dict[str, str], language: str
) -> list[str]:
    """The `Name: value` line of a setting, or none (also for a field)."""
    if setting == "title" and section.title is not None:
        return [f"{names['title']}: {_one_line(section.title)}"]
    if setting == "show" and section.show is not None:
        return [f"{names['show']}: {SHOW_WORDS[language][section.show]}"]
    return []


def _field(section: SectionOutline, field: str, names: dict[str, str]) -> list[str]:
    """The lines of one `###` field (the heading first), or none where the outline says
    nothing about it."""
    name = names[field]
    if field == "slide":
        if section.slides is None:
            return []
        slides = section.slides or ((),)
        return [line for slide in slides for line in (f"### {name}", *_items(slide), "")]
    if field == "exercise":
        if not section.has_exercise:
            return []
        exercise = section.exercise or ExerciseLines((), None)
        minutes = f" ({exercise.minutes} {names['minutes']})" if exercise.minutes else ""
        steps = [f"{n}. {_one_line(step)}" for n, step in enumerate(exercise.steps, start=1)]
        return [f"### {name}{minutes}", *steps, ""]
    value = getattr(section, field)
    if value is None:
        return []
    if field == "notes":
        paragraphs = [line for p in value for line in (_escaped(_one_line(p)), "")]
        return [f"### {name}", *paragraphs] + ([] if value else [""])
    return [f"### {name}", *_items(value), ""]


def _items(items: tuple[str, ...]) -> list[str]:
    return [f"- {_one_line(item)}" for item in items]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escaped(text: str) -> str:
    """A paragraph of notes that would read as a heading, a comment, a conflict line or a
    setting ("Titel: …") gets a backslash in front; ordinary text needs none."""
    setting = SETTING_LINE.match(text)
    if _NEEDS_ESCAPE.match(text) or (setting and setting_of(setting[1]) in SETTINGS):
        return "\\" + text
    return text
