"""Refreshing an outline for a changed article: a three-way merge per field of each section.

For every field the outline keeps the fingerprint of what was generated when it was written
(the base). A field the trainer left as generated takes the article's new version; a field
the trainer edited keeps the edit when the article's version of it did not change, and
becomes a conflict, both versions written out for the trainer to choose, when it did.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .document import Outline, SectionOutline, field_values, fingerprint
from .match import numbered

_ATTRIBUTES = {
    "title": ("title",),
    "show": ("show",),
    "slide": ("slides",),
    "key_points": ("key_points",),
    "questions": ("questions",),
    "exercise": ("exercise", "has_exercise"),
    "notes": ("notes",),
}


@dataclass(frozen=True)
class Refreshed:
    """The merged outline, the fields in conflict ((section index, field) to the section
    holding the article's version), the fields whose edits were kept, and the headings of
    edited sections the article no longer has."""

    outline: Outline
    conflicts: dict[tuple[int, str], SectionOutline]
    kept: int
    gone: tuple[str, ...]


def refresh(edited: Outline, generated: Outline) -> Refreshed:
    """Merge the trainer's `edited` outline into the newly `generated` one."""
    old = dict(_keyed(edited.sections))
    sections: list[SectionOutline] = []
    conflicts: dict[tuple[int, str], SectionOutline] = {}
    kept = 0
    for index, (key, new) in enumerate(_keyed(generated.sections)):
        mine = old.pop(key, None)
        if mine is None:
            sections.append(new)
            continue
        merged, clashes, count = _merge(mine, new)
        kept += count
        conflicts.update({(index, field): new for field in clashes})
        sections.append(merged)
    gone = tuple(section.heading for section in old.values() if _edited_fields(section))
    title = generated.title
    own = edited.title and fingerprint(edited.title) != edited.title_base  # the trainer's
    if own and edited.title != generated.title:
        title = edited.title
    outline = replace(generated, sections=tuple(sections), language=edited.language, title=title)
    return Refreshed(outline, conflicts, kept, gone)


def _keyed(sections: tuple[SectionOutline, ...]):
    return zip(numbered(s.heading for s in sections), sections, strict=True)


def _edited_fields(section: SectionOutline, new: SectionOutline | None = None) -> list[str]:
    """The fields of a section the trainer changed from what was generated. Where the
    outline lost its fingerprints (the block at the end deleted), every field that differs
    from the article's `new` version counts as changed: nothing of the trainer's is lost."""
    values = field_values(section)
    now = field_values(new) if new is not None else {}
    edited = []
    for field, value in values.items():
        if value is None:
            continue
        if field in section.base:
            if fingerprint(value) != section.base[field]:
                edited.append(field)
        elif new is None or value != now[field]:
            edited.append(field)
    return edited


def _merge(mine: SectionOutline, new: SectionOutline) -> tuple[SectionOutline, list[str], int]:
    """One section: the new one with the trainer's edits in; the fields in conflict (the
    trainer's version is kept in them, the new one is written beside it); edits kept."""
    merged = new
    clashes: list[str] = []
    kept = 0
    generated_now = field_values(new)
    for field in _edited_fields(mine, new):
        changes = {name: getattr(mine, name) for name in _ATTRIBUTES[field]}
        merged = replace(merged, **changes)
        kept += 1
        changed_too = fingerprint(generated_now[field]) != mine.base.get(field)
        if changed_too and field_values(merged)[field] != generated_now[field]:
            clashes.append(field)
    return merged, clashes, kept
