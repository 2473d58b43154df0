"""Putting an outline into the enriched article: what the trainer wrote replaces what was
generated, section by section, and sections hidden from one output leave that output only.

A field the outline leaves out keeps what the article gives; a text left as generated keeps
the generated value itself, so an outline nobody edited builds the same bytes as no outline.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..enrich.digest import ArticleDigest, SectionDigest, Working
from ..enrich.exercises import Exercise
from ..enrich.questions import Question
from ..layouts.templates import worded
from .document import Outline, SectionOutline, article_fingerprint, section_source
from .match import FOREIGN, match, numbered
from .read import OutlineError


def apply_outline(
    enriched: ArticleDigest, outline: Outline, path: Path, labels: dict[str, str]
) -> tuple[ArticleDigest, ArticleDigest]:
    """The enriched article as the deck and as the handout show it with `outline` (read
    from `path`, named in errors); `labels` word the generated questions."""
    matched = _match(enriched, outline, path)
    sections = [
        _section(section, matched.get(index), labels)
        for index, section in enumerate(enriched.sections)
    ]
    shown = [
        matched[i].show if i in matched and matched[i].show is not None else None
        for i in range(len(sections))
    ]
    article = enriched.article
    if outline.title and outline.title != article.title:
        article = replace(article, title=outline.title)
    edited = replace(enriched, article=article, sections=tuple(sections))
    return _only(edited, shown, "deck"), _only(edited, shown, "handout")


def changed_sections(enriched: ArticleDigest, outline: Outline) -> list[str] | None:
    """None when the article is the one the outline was written from; else the headings of
    the sections whose text changed since, new sections and sections gone (an empty list when
    only the title or intro changed, or the outline's fingerprints are gone)."""
    if not outline.fingerprint or outline.fingerprint == article_fingerprint(enriched):
        return None
    then = outline.sources
    now = dict(zip(numbered(s.title for s in enriched.sections), enriched.sections, strict=True))
    changed = [
        section.title
        for key, section in now.items()
        if then and then.get(key) != section_source(section)
    ]
    headings = {
        key: s.heading
        for key, s in zip(
            numbered(s.heading for s in outline.sections), outline.sections, strict=True
        )
    }
    changed += [headings.get(key, key[0]) for key in then if key not in now]
    return list(dict.fromkeys(changed))


def _match(enriched: ArticleDigest, outline: Outline, path: Path) -> dict[int, SectionOutline]:
    """The outline's sections by the article's section each stands for. A section the
    article lacks is a mistake, unless the article changed since the outline was written:
    then it is one the article lost, named in the build's warning and left out."""
    matched, problems = match([s.title for s in enriched.sections], outline.sections)
    foreign = problems == [(0, FOREIGN)]
    if problems and (foreign or changed_sections(enriched, outline) is None):
        raise OutlineError(path, problems)
    return matched


def _section(
    section: SectionDigest, outline: SectionOutline | None, labels: dict[str, str]
) -> SectionDigest:
    if outline is None:
        return section
    changes: dict[str, object] = {}
    if outline.title is not None and not _same(outline.title, section.title):
        changes["title"] = outline.title
    if outline.slides is not None and not _same(outline.slides, section.slides):
        changes["slides"] = outline.slides
        changes["bullets"] = tuple(b for slide in outline.slides for b in slide)
    if outline.notes is not None and not _same(outline.notes, section.notes):
        changes["notes"] = outline.notes
    if outline.has_exercise:
        changes["exercise"] = _exercise(section.exercise, outline)
    working = _working(section.working, outline, labels)
    if working != section.working:
        changes["working"] = working
    return replace(section, **changes) if changes else section


def _exercise(generated: Exercise | None, outline: SectionOutline) -> Exercise | None:
    lines = outline.exercise
    if lines is None:
        return None
    minutes = lines.minutes or (generated.minutes if generated else 10)
    if generated is None:
        return Exercise(lines.steps, minutes, ())
    if _same((lines.steps, minutes), (generated.steps, generated.minutes)):
        return generated
    return replace(generated, steps=lines.steps, minutes=minutes)


def _working(
    working: Working | None, outline: SectionOutline, labels: dict[str, str]
) -> Working | None:
    if outline.key_points is None and outline.questions is None:
        return working
    base = working or Working((), (), False)
    points = outline.key_points if outline.key_points is not None else base.key_points
    questions = base.questions
    if outline.questions is not None:
        generated = {_folded(worded(q, labels)): q for q in base.questions}
        questions = tuple(
            generated.get(_folded(text), Question("own", text)) for text in outline.questions
        )
    if _same(points, base.key_points) and questions == base.questions:
        return working
    return Working(points, questions, base.ask)


def _folded(value: object) -> object:
    """A text, or tuples of texts, with runs of white space as one space: the outline writes
    every text on one line, so white space is all an unedited text can differ in."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, tuple):
        return tuple(_folded(item) for item in value)
    return value


def _same(written: object, generated: object) -> bool:
    return _folded(written) == _folded(generated)


def _joined(first: Working | None, second: Working) -> Working:
    """The working elements of a section and of the hidden last section of its group, as
    one box: the key points and questions of both, each once."""
    if first is None:
        return second
    return Working(
        tuple(dict.fromkeys(first.key_points + second.key_points)),
        tuple(dict.fromkeys(first.questions + second.questions)),
        first.ask or second.ask,
    )


def _only(
    enriched: ArticleDigest, shown: list[frozenset[str] | None], output: str
) -> ArticleDigest:
    """The article with the sections hidden from `output` left out; the working elements of
    a group whose last section is hidden move to the group's last section still shown."""
    if all(where is None or output in where for where in shown):
        return enriched
    kept: list[SectionDigest] = []
    group_start = 0  # where the current group's sections start in `kept`
    for section, where in zip(enriched.sections, shown, strict=True):
        if section.level <= 1:
            group_start = len(kept)
        if where is not None and output not in where:
            if section.working is not None and len(kept) > group_start:
                kept[-1] = replace(kept[-1], working=_joined(kept[-1].working, section.working))
            continue
        kept.append(section)
    return replace(enriched, sections=tuple(kept))
