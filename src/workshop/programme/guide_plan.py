"""The facilitator guide: the day's timetable and, per part and section, its minutes and
every slide with its bullets and speaker notes, including how to run each question and
exercise, and what to bring.

A plan for the handout renderer, made from the deck plans (what the facilitator shows) so
the guide and the deck always agree. Minutes come from the programme and are shared out
over a part's sections by an estimate from their slides; without the programme's minutes
the estimate is the plan. Either way the sections add up to their part and the parts and
breaks to the day.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..plans import (
    Bullets,
    Cover,
    DeckPlan,
    HandoutElement,
    HandoutPlan,
    Heading,
    Meta,
    PageBreak,
    Slide,
    Text,
)
from .day_plans import programme_table
from .file import ProgrammeItem
from .schedule import Slot

SLIDE_MINUTES = {
    "title": 1,
    "agenda": 1,
    "closing": 2,
    "bullets": 4,
    "table": 4,
    "image": 2,
    "statement": 6,  # a question for the group, or a quote to talk about
    "exercise": 12,
}
"""Estimated minutes a slide of each kind takes in the room: a first plan for a part whose
minutes the programme does not give, and the weights a part's minutes are shared by."""


@dataclass(frozen=True)
class GuidePart:
    """An article of the day with the deck plan its layout made of it."""

    slot: Slot
    deck: DeckPlan


@dataclass(frozen=True)
class Section:
    """Consecutive slides of one section (the opening, each section, the close)."""

    title: str
    slides: tuple[Slide, ...]

    @property
    def estimate(self) -> int:
        return sum(SLIDE_MINUTES.get(slide.layout, 3) for slide in self.slides)


def sections_of(deck: DeckPlan, labels: dict[str, str]) -> list[Section]:
    """The deck's slides by section: a bullet slide or a divider with a new title starts
    one; questions, quotes, pictures, tables and exercises belong to the section they follow;
    the title slide and agenda are the opening, the closing slide the close."""
    groups: list[tuple[str, list[Slide]]] = []
    opened = False  # the opening ends with the agenda: a divider after it is a section
    for slide in deck.slides:
        title = slide.title
        opening = not groups or (groups[-1][0] == "opening" and not opened)
        if slide.layout in ("title", "agenda") and opening:
            key = "opening"
            opened = opened or slide.layout == "agenda"
        elif slide.layout == "closing":
            key = "closing"
        elif slide.layout in ("bullets", "title") and (not groups or groups[-1][0] != title):
            key = title
        else:
            key = groups[-1][0] if groups else "opening"
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(slide)
    names = {"opening": labels["opening"], "closing": labels["wrap_up"]}
    return [Section(names.get(key, key), tuple(slides)) for key, slides in groups]


def shared_out(total: int, weights: list[int]) -> list[int]:
    """`total` minutes in whole minutes in proportion to `weights`, adding up to `total`
    exactly (the largest remainders get the minutes rounding left over)."""
    if not weights:
        return []
    whole = sum(weights) or 1
    exact = [total * weight / whole for weight in weights]
    minutes = [int(share) for share in exact]
    order = sorted(range(len(weights)), key=lambda i: (minutes[i] - exact[i], i))
    for index in order[: total - sum(minutes)]:
        minutes[index] += 1
    return minutes


def guide_plan(
    title: str,
    particulars: list[str],
    slots: list[Slot],
    parts: list[GuidePart],
    labels: dict[str, str],
    meta: Meta,
    footer: str,
    page_label: str,
) -> HandoutPlan:
    """The guide for the day (or one article: one slot, without times)."""
    by_slot = {id(part.slot): part for part in parts}
    sections = {id(part.slot): sections_of(part.deck, labels) for part in parts}
    planned = []
    for slot in slots:
        estimate = sum(s.estimate for s in sections.get(id(slot), []))
        minutes = slot.item.minutes or estimate or None
        planned.append(
            dataclasses.replace(slot, item=dataclasses.replace(slot.item, minutes=minutes))
        )
    total = sum(slot.item.minutes or 0 for slot in planned)
    body: list[HandoutElement] = [
        Heading(labels["timetable"], 1),
        programme_table(planned, labels),
        Text(f"{labels['total']}: {labels['minutes'].replace('{minutes}', str(total))}", "lead"),
        Heading(labels["materials"], 1),
        Bullets(
            (labels["material_handout"], labels["material_slides"], labels["material_pens"]),
            False,
        ),
    ]
    for slot, original in zip(planned, slots, strict=True):
        part = by_slot.get(id(original))
        if part is None:
            continue
        body.append(PageBreak())
        times = original.times()
        heading = f"{times} · {slot.item.title}" if times else slot.item.title
        body.append(Heading(heading, 1))
        groups = sections[id(original)]
        shares = shared_out(slot.item.minutes or 0, [group.estimate for group in groups])
        for group, minutes in zip(groups, shares, strict=True):
            body.append(Heading(f"{group.title} · {_minutes(labels, minutes)}", 2))
            for slide in group.slides:
                body += _slide(slide)
    return HandoutPlan(
        meta=dataclasses.replace(meta, subject=labels["guide"]),
        cover=Cover(title=title, subtitle=labels["guide"], credits=(), workshop=tuple(particulars)),
        body=tuple(body),
        header=f"{labels['guide']} · {title}",
        footer=footer,
        page_label=page_label,
    )


def _minutes(labels: dict[str, str], minutes: int) -> str:
    return labels["minutes"].replace("{minutes}", str(minutes))


def _slide(slide: Slide) -> list[HandoutElement]:
    """A slide as the facilitator reads it: what it shows, then what to say."""
    shown = f"{slide.subtitle}: {slide.title}" if slide.layout == "statement" else slide.title
    elements: list[HandoutElement] = [Text(shown, "lead")]
    if slide.bullets:
        elements.append(Bullets(slide.bullets, slide.layout == "exercise"))
    if slide.rows:
        elements.append(
            Bullets(tuple(" · ".join(c for c in row if c) for row in slide.rows), False)
        )
    elements += [Text(note, "body") for note in slide.notes if note != slide.title]
    return elements


def article_guide(deck: DeckPlan, labels: dict[str, str], workshop_title: str = "") -> HandoutPlan:
    """The guide for one article built on its own: one part, its minutes estimated."""
    title = deck.meta.title
    slot = Slot(ProgrammeItem(title=title, minutes=None), None, None)
    lines = [workshop_title] if workshop_title else []
    parts = [GuidePart(slot, deck)]
    return guide_plan(title, lines, [slot], parts, labels, deck.meta, deck.footer, labels["page"])
