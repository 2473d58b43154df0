"""An outline as data: per section what the trainer wrote, `None` where the outline says
nothing (the article decides there)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ..enrich.digest import ArticleDigest, SectionDigest


@dataclass(frozen=True)
class ExerciseLines:
    """An exercise as the outline writes it: its steps and minutes."""

    steps: tuple[str, ...]
    minutes: int | None


@dataclass(frozen=True)
class SectionOutline:
    """One `##` section: the article's heading it stands for (and which of several sections
    with that heading), then its settings and fields; `line` is where its heading is.

    `source` is the fingerprint of the section's text when the outline was written; `base`
    the fingerprints of what was generated for each field then (for `--refresh`)."""

    heading: str
    line: int = 0
    title: str | None = None
    show: frozenset[str] | None = None
    slides: tuple[tuple[str, ...], ...] | None = None
    key_points: tuple[str, ...] | None = None
    questions: tuple[str, ...] | None = None
    exercise: ExerciseLines | None = None
    has_exercise: bool = False
    """Whether the outline has an exercise heading (an empty one removes the exercise)."""
    notes: tuple[str, ...] | None = None
    source: str = ""
    base: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Outline:
    """A whole outline: the title, the fingerprint of the article it was written from, its
    language (of the words it was written in) and its sections in order."""

    title: str | None
    fingerprint: str
    sections: tuple[SectionOutline, ...]
    language: str = "nl"
    sources: dict[tuple[str, int], str] = field(default_factory=dict, compare=False)
    """The fingerprint of each section's text when the outline was written, by heading (as
    `match.numbered` keys it), for every section then, also those the trainer deleted."""
    title_base: str = ""
    """The fingerprint of the title as generated then."""


def fingerprint(value: Any) -> str:
    """A short, stable fingerprint of a value made of strings, numbers and tuples."""
    text = json.dumps(value, ensure_ascii=False, default=repr, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def article_fingerprint(enriched: ArticleDigest) -> str:
    """The fingerprint of an article's text: its title, intro and sections as read."""
    article = enriched.article
    return fingerprint(
        [article.title, repr(enriched.intro), [section_source(s) for s in enriched.sections]]
    )


def section_source(section: SectionDigest) -> str:
    """The fingerprint of one section's heading and text."""
    return fingerprint([section.title, section.level, repr(section.blocks)])


def field_values(section: SectionOutline) -> dict[str, Any]:
    """Each setting and field as a plain value, None where the outline says nothing."""
    exercise = section.exercise
    return {
        "title": section.title,
        "show": sorted(section.show) if section.show is not None else None,
        "slide": section.slides,
        "key_points": section.key_points,
        "questions": section.questions,
        "exercise": (exercise.steps, exercise.minutes)
        if exercise
        else (() if section.has_exercise else None),
        "notes": section.notes,
    }
