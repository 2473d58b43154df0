"""A day's handout and deck, put together from the plans of its articles.

Each article is planned by the layout's own templates, exactly as when it is built alone;
this adds what only the day knows (its cover and title slide, the programme with its times,
contents across the articles) and turns each article's cover into the opening page of its
part. What an article's plan ends with once per document (the trainer's contact, the
closing slide) is kept once, at the end of the day.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..plans import (
    Contact,
    Contents,
    Cover,
    DeckPlan,
    Grid,
    HandoutElement,
    HandoutPlan,
    Heading,
    Meta,
    NoteLines,
    PageBreak,
    Part,
    Slide,
)
from .file import WorkshopFile
from .schedule import Slot


@dataclass(frozen=True)
class PlannedArticle:
    """An article of the day with the plans its layout made of it."""

    slot: Slot
    base_dir: Path
    handout: HandoutPlan
    deck: DeckPlan


@dataclass(frozen=True)
class Particulars:
    """The day's particulars as the cover and the title slide show them."""

    when: str
    location: str
    trainers: tuple[str, ...]
    """Each trainer with e-mail and phone, a line each."""
    trainer_names: str
    organisation: str

    def lines(self) -> list[str]:
        """A line each: dates and hours, place, each trainer with contact, organisation."""
        parts = (self.when, self.location, *self.trainers, self.organisation)
        return [line for line in parts if line]

    def slide_line(self) -> str:
        """When, where and who, short enough for under a title: the trainers by name."""
        parts = (self.when, self.location, self.trainer_names)
        return " · ".join(part for part in parts if part)


def day_particulars(
    workshop: WorkshopFile, slots: list[Slot], long_date: Callable[[datetime.date], str]
) -> Particulars:
    when = " / ".join(long_date(date) for date in workshop.dates)
    opened = [slot for slot in slots if slot.start is not None]
    if opened:
        when = f"{when}, " if when else ""
        when += f"{opened[0].start:%H:%M}\u2013{opened[-1].end:%H:%M}"
    trainers = tuple(
        " · ".join(part for part in (t.name, t.email, t.phone) if part) for t in workshop.trainers
    )
    names = ", ".join(trainer.name for trainer in workshop.trainers)
    return Particulars(when, workshop.location, trainers, names, workshop.organisation)


def day_handout(
    workshop: WorkshopFile,
    slots: list[Slot],
    articles: list[PlannedArticle],
    labels: dict[str, str],
    particulars: Particulars,
) -> HandoutPlan:
    """One handout for the day: cover, programme, contents, then each article as a part."""
    first = articles[0].handout
    cover = Cover(
        title=workshop.title,
        subtitle=workshop.subtitle or labels["handout"],
        credits=(),
        workshop=tuple(particulars.lines()),
        logo=first.cover.logo if first.cover else "",
        style="page",
    )
    body: list[HandoutElement] = [
        Heading(labels["programme"], 1),
        programme_table(slots, labels),
        PageBreak(),
        Contents(labels["contents"]),
    ]
    for number, article in enumerate(articles, 1):
        plan = article.handout
        opening = plan.cover or Cover(plan.meta.title, "", ())
        body.append(
            Part(
                label=labels["part"].replace("{number}", str(number)),
                title=opening.title,
                subtitle=opening.subtitle,
                credits=opening.credits,
                base_dir=article.base_dir,
            )
        )
        last = number == len(articles)
        body += _article_body(
            plan.body, keep_contact=last, trainers=_trainers_contact(particulars, labels)
        )
    return HandoutPlan(
        meta=_meta(workshop, articles, lambda a: a.handout.meta),
        cover=cover,
        body=tuple(body),
        header=workshop.title,
        footer=first.footer,
        page_label=first.page_label,
    )


def _trainers_contact(particulars: Particulars, labels: dict[str, str]) -> Contact | None:
    """The day's trainers as the handout's contact details, when the file names them."""
    lines = (*particulars.trainers, particulars.organisation)
    return (
        Contact(labels["contact"], tuple(line for line in lines if line))
        if particulars.trainers
        else None
    )


def _article_body(
    body: tuple[HandoutElement, ...], keep_contact: bool, trainers: Contact | None
) -> list[HandoutElement]:
    """An article's elements inside the day: without its own contents page (the day's lists
    every part) and, but for the last, without the trainer's contact; the last has the
    day's trainers as its contact when the workshop file names them (before the lines to
    write on that end it)."""
    if keep_contact and trainers is not None:
        body = tuple(e for e in body if not isinstance(e, Contact))
        at = len(body) - 1 if body and isinstance(body[-1], NoteLines) else len(body)
        body = (*body[:at], trainers, *body[at:])
    kept: list[HandoutElement] = []
    skip_break = False
    for element in body:
        if isinstance(element, Contents):
            skip_break = True
            continue
        if skip_break and isinstance(element, PageBreak):
            skip_break = False
            continue
        skip_break = False
        if isinstance(element, Contact) and not keep_contact:
            continue
        kept.append(element)
    while kept and isinstance(kept[0], PageBreak):
        kept.pop(0)
    return kept


def programme_table(slots: list[Slot], labels: dict[str, str]) -> Grid:
    """The programme as a table: times (when the day has a start), what, and how long."""
    timed = any(slot.start is not None for slot in slots)
    header = [labels["time"]] if timed else []
    header += [labels["session"], labels["duration"]]
    rows = [tuple(header)]
    for slot in slots:
        minutes = slot.item.minutes
        duration = labels["minutes"].replace("{minutes}", str(minutes)) if minutes else ""
        row = [slot.times()] if timed else []
        rows.append(tuple([*row, slot.item.title, duration]))
    return Grid(tuple(rows), header=True)


def day_deck(
    workshop: WorkshopFile,
    slots: list[Slot],
    articles: list[PlannedArticle],
    labels: dict[str, str],
    particulars: Particulars,
) -> DeckPlan:
    """One deck for the day: the title slide, the programme, then each article's slides (its
    own title slide opens its part) and the breaks between them, one closing slide."""
    first = articles[0].deck
    by_slot = {id(article.slot): article for article in articles}
    slides = [
        Slide(
            layout="title",
            title=workshop.title,
            subtitle=particulars.slide_line() or workshop.subtitle,
            bullets=(),
            notes=tuple(particulars.lines()) or (workshop.title,),
        ),
        Slide(
            layout="agenda",
            title=labels["programme"],
            subtitle="",
            bullets=tuple(_agenda_line(slot) for slot in slots),
            notes=tuple(_agenda_line(slot) for slot in slots),
        ),
    ]
    closing: Slide | None = None
    for slot in slots:
        article = by_slot.get(id(slot))
        if article is None:
            slides.append(
                Slide(
                    layout="title",
                    title=slot.item.title,
                    subtitle=slot.times(),
                    bullets=(),
                    notes=(_agenda_line(slot),),
                )
            )
            continue
        for slide in article.deck.slides:
            if slide.layout == "closing":
                closing = slide
                continue
            slides.append(replace(slide, base_dir=article.base_dir))
    if closing is not None:
        slides.append(replace(closing, subtitle=workshop.title))
    return DeckPlan(
        meta=_meta(workshop, articles, lambda a: a.deck.meta),
        slides=tuple(slides),
        continued_label=first.continued_label,
        footer=first.footer,
    )


def day_parts(articles: list[PlannedArticle]) -> list[DeckPlan]:
    """Each article's deck as the day shows it: one closing slide, at the end of the last."""
    last = len(articles) - 1
    return [
        replace(
            article.deck,
            slides=tuple(s for s in article.deck.slides if s.layout != "closing" or n == last),
        )
        for n, article in enumerate(articles)
    ]


def _agenda_line(slot: Slot) -> str:
    times = slot.times()
    return f"{times}  {slot.item.title}" if times else slot.item.title


def _meta(
    workshop: WorkshopFile,
    articles: list[PlannedArticle],
    meta_of: Callable[[PlannedArticle], Meta],
) -> Meta:
    metas = [meta_of(article) for article in articles]
    authors = [t.name for t in workshop.trainers] or [m.author for m in metas if m.author]
    return Meta(
        title=workshop.title,
        author=", ".join(dict.fromkeys(authors)),
        subject=workshop.subtitle or "; ".join(m.title for m in metas),
        keywords=", ".join(dict.fromkeys(k for m in metas for k in m.keywords.split(", ") if k)),
        language=metas[0].language,
    )
