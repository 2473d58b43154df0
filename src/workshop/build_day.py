"""Building a workshop day: one handout and one deck from the articles of a workshop file.

Every article of the day is read and planned before anything is written: the day's
documents need all of them, so one that fails stops the day (and is named). Articles named
on the command line beside a workshop file are built on their own, as `build_all` does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from .build import (
    DEFAULT_LAYOUT,
    BuildOptions,
    build_all,
    count_sources,
    deck_plan,
    handout_plan,
    outline_for,
    prepared,
    slides_handout_bytes,
    wants_deck,
    write_outputs,
)
from .enrich.digest import digest
from .layouts import load_layout
from .layouts.schema import Layout
from .layouts.templates import long_date
from .model import Article, Workshop
from .programme.day_plans import (
    PlannedArticle,
    day_deck,
    day_handout,
    day_particulars,
    day_parts,
)
from .programme.file import (
    WORKSHOP_FILE,
    ProgrammeItem,
    WorkshopFile,
    WorkshopFileError,
    is_workshop_file,
    load_workshop_file,
)
from .programme.guide_plan import GuidePart, guide_plan
from .programme.schedule import Slot, timetable
from .readers import read_article


def build_requested(
    sources: list[Path],
    options: BuildOptions,
    review: list[str] | None = None,
    warnings: list[str] | None = None,
    failures: list[str] | None = None,
    per_article: bool = False,
    finished: Callable[[Path], None] | None = None,
) -> Iterator[Path]:
    """Build what the command names: workshop files as days, articles and folders one by
    one. With nothing named: `workshop.toml` when there is one, else every article in
    `source_texts/`. `finished` is called with each day and article when it is done."""
    days, articles = _split(sources)
    files = [load_workshop_file(day) for day in days]  # every day checked before any is built
    for day in files:
        for_day = dataclasses.replace(options, formats=options.formats or DAY_FORMATS)
        yield from build_day(day, for_day, review, warnings)
        if finished is not None:
            finished(day.path)
        if per_article:
            alone = [item.article for item in day.articles if item.article is not None]
            for_each = _options_for(day, options)
            yield from build_all(alone, for_each, review, warnings, failures, finished)
    if articles or not days:
        yield from build_all(articles, options, review, warnings, failures, finished)


def count_requested(sources: list[Path], options: BuildOptions, per_article: bool) -> int:
    """How many days and articles `build_requested` builds: the length of a progress bar."""
    days, articles = _split(sources)
    count = len(days)
    if per_article:
        for day in days:
            with contextlib.suppress(WorkshopFileError):  # said when the build reads it
                count += len(load_workshop_file(day).articles)
    if articles or not days:
        count += count_sources(articles, options)
    return count


def _split(sources: list[Path]) -> tuple[list[Path], list[Path]]:
    """The workshop files and the articles named (nothing named: workshop.toml if any)."""
    if not sources and Path(WORKSHOP_FILE).is_file():
        sources = [Path(WORKSHOP_FILE)]
    days = [source for source in sources if is_workshop_file(source)]
    return days, [source for source in sources if not is_workshop_file(source)]


DAY_FORMATS = ("pdf", "pptx", "slides-handout", "guide")
"""What a day gives unless the command asks otherwise: the handout, the deck, the slide
handout and the facilitator guide."""


def _options_for(day: WorkshopFile, options: BuildOptions) -> BuildOptions:
    """The command's options, with what the workshop file sets where the command does not."""
    return dataclasses.replace(
        options,
        layout=options.layout or day.layout or DEFAULT_LAYOUT,
        paper=options.paper or day.paper,
        language=options.language or day.language,
        workshop=Workshop(day.title, day.dates[0] if day.dates else None),
    )


def build_day(
    day: WorkshopFile,
    options: BuildOptions,
    review: list[str] | None = None,
    warnings: list[str] | None = None,
) -> Iterator[Path]:
    """Write `<slug>-handout.pdf` and `<slug>-slides.pptx` for the day in `day`."""
    options = _options_for(day, options)
    layout = load_layout(options.layout)
    items: list[ProgrammeItem] = []
    read: dict[int, tuple[Path, Article]] = {}
    for number, item in enumerate(day.programme, 1):
        if item.article is None:
            items.append(item)
            continue
        article = read_article(item.article, options.source_format, options.language)
        article = _shaped(article, item, number, day)
        read[len(items)] = (item.article, article)
        items.append(dataclasses.replace(item, title=article.title))
    slots = timetable(tuple(items), day.start)
    planned = [
        _planned(slots[index], path, article, layout, options, review, warnings)
        for index, (path, article) in sorted(read.items())
    ]
    language = planned[0].handout.meta.language or "nl"
    labels = layout.labels_for(language)
    particulars = day_particulars(day, slots, lambda date: long_date(date, language))
    documents: dict[str, bytes] = {}
    if "pdf" in options.formats:
        from .render.handout import render_handout

        plan = day_handout(day, slots, planned, labels, particulars)
        documents["handout"] = render_handout(plan, layout, day.path.parent, options.paper)
    deck = day_deck(day, slots, planned, labels, particulars)
    if wants_deck(options):
        from .render.deck import render_deck

        documents["deck"] = render_deck(deck, layout)
    if "slides-handout" in options.formats:
        documents["slides-handout"] = slides_handout_bytes(
            deck, layout, day.title, None, options.paper
        )
    if "guide" in options.formats:
        from .render.handout import render_handout

        parts = [
            GuidePart(article.slot, part_deck)
            for article, part_deck in zip(planned, day_parts(planned), strict=True)
        ]
        first = planned[0].handout
        guide = guide_plan(
            day.title,
            particulars.lines(),
            slots,
            parts,
            labels,
            deck.meta,
            first.footer,
            first.page_label,
        )
        documents["guide"] = render_handout(guide, layout, day.path.parent, options.paper)
    yield from write_outputs(day_slug(day.title), options, layout, documents)


def _planned(
    slot: Slot,
    path: Path,
    article: Article,
    layout: Layout,
    options: BuildOptions,
    review: list[str] | None,
    warnings: list[str] | None,
) -> PlannedArticle:
    """The article planned by the layout's templates, with its outline when it has one."""
    enriched = digest(article)
    outline = outline_for(path, enriched, options)
    for_handout, for_deck = prepared(path, article, layout, review, outline, warnings, enriched)
    return PlannedArticle(
        slot=slot,
        base_dir=path.parent,
        handout=handout_plan(for_handout, layout, options.workshop),
        deck=deck_plan(for_deck, layout, options.workshop),
    )


def _shaped(article: Article, item: ProgrammeItem, number: int, day: WorkshopFile) -> Article:
    """The article as the programme has it: its own title when one is given, without the
    sections it leaves out (each of which must be one of the article's)."""

    def folded(text: str) -> str:
        return " ".join(text.split()).casefold()

    titles = {folded(section.title) for section in article.sections}
    missing = [title for title in item.leave_out if folded(title) not in titles]
    if missing:
        where = f"{day.path}:{item.line}" if item.line else str(day.path)
        known = "; ".join(section.title for section in article.sections) or "none"
        raise WorkshopFileError(
            [
                f"{where}: programme[{number}].leave_out: {item.article.name} has no section "
                f"{title!r} (its sections: {known})"
                for title in missing
            ]
        )
    left_out = {folded(title) for title in item.leave_out}
    sections, under = [], 0  # a section left out takes its subsections with it
    for section in article.sections:
        if under and section.level > under:
            continue
        under = section.level if folded(section.title) in left_out else 0
        if not under:
            sections.append(section)
    title = item.title or article.title
    return dataclasses.replace(article, title=title, sections=tuple(sections))


def day_slug(title: str) -> str:
    """The day's name for its files: "Coachend leidinggeven" -> "coachend-leidinggeven"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-") or "workshop"
