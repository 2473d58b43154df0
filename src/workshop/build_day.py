"""Building a workshop day: one handout, deck, slide handout and guide from a workshop file.

Every article of the day is read and planned before anything is written: the day's
documents need all of them, so one that fails stops the day (and is named). Articles named
on the command line beside a workshop file are built on their own, as `build_all` does. A
day's documents go to `output/` beside its workshop file unless `--out` says otherwise.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from .build import (
    ARTICLE_FORMATS,
    DEFAULT_LAYOUT,
    BuildOptions,
    article_inputs,
    build_all,
    build_article,
    build_settings,
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
from .errors import WorkshopError
from .files import sweep_leftovers
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
    folded_title,
    is_workshop_file,
    load_workshop_file,
)
from .programme.guide_plan import GuidePart, guide_plan
from .programme.schedule import Slot, timetable
from .readers import read_article
from .uptodate import Record, build_key

DAY_FORMATS = ("pdf", "pptx", "slides-handout", "guide")
"""What a day gives unless the command asks otherwise: the handout, the deck, the slide
handout and the facilitator guide."""


class _Articles:
    """Each article read once: for the workshop file's check of the sections it leaves out,
    and again for the build."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self.read: dict[tuple[Path, str | None], Article] = {}

    def article(self, path: Path, language: str | None = None) -> Article:
        key = (path.resolve(), language or self.options.language)
        if key not in self.read:
            self.read[key] = read_article(path, self.options.source_format, key[1])
        return self.read[key]

    def section_titles(self, path: Path) -> list[str] | None:
        """The article's section titles; None when it cannot be read (said at the build)."""
        try:
            return [section.title for section in self.article(path).sections]
        except WorkshopError:
            return None


def build_requested(
    sources: list[Path],
    options: BuildOptions,
    review: list[str] | None = None,
    warnings: list[str] | None = None,
    failures: list[str] | None = None,
    per_article: bool = False,
    finished: Callable[[Path], None] | None = None,
    up_to_date: list[Path] | None = None,
) -> Iterator[Path]:
    """Build what the command names: workshop files as days, articles and folders one by
    one. With nothing named: `workshop.toml` when there is one, else every article in
    `source_texts/`. `finished` is called with each day and article when it is done; what
    is up to date is not built again and is added to `up_to_date`."""
    days, articles = split_sources(sources)
    read = _Articles(options)
    # every day checked whole (its articles' sections too) before any is built
    files = [load_workshop_file(day, read.section_titles) for day in days]
    for day in files:
        for_day = _options_for(day, options)
        layout = load_layout(for_day.layout)
        settings = (*build_settings(for_day), per_article, "day")
        key = build_key(_day_inputs(day, for_day, layout), settings)
        record = Record(for_day.out_dir)
        if not options.force and record.fresh(f"day:{day.path.resolve()}", key):
            if up_to_date is not None:
                up_to_date.append(day.path)
        else:
            written = list(build_day(day, options, review, warnings, per_article, read))
            record.remember(f"day:{day.path.resolve()}", key, written)
            yield from written
        if finished is not None:
            finished(day.path)
    if articles or not days:
        built = build_all(articles, options, review, warnings, failures, finished, up_to_date)
        yield from built


def _day_inputs(day: WorkshopFile, options: BuildOptions, layout: Layout) -> list[Path]:
    """The files a day's documents are made from: the workshop file and every article's."""
    inputs = [day.path]
    for item in day.articles:
        if item.article is not None:
            inputs += article_inputs(item.article, options, layout)
    return inputs


def count_requested(sources: list[Path], options: BuildOptions) -> int:
    """How many days and articles `build_requested` builds: the length of a progress bar."""
    days, articles = split_sources(sources)
    count = len(days)
    if articles or not days:
        count += count_sources(articles, options)
    return count


def split_sources(sources: list[Path]) -> tuple[list[Path], list[Path]]:
    """The workshop files and the articles named (nothing named: workshop.toml if any)."""
    if not sources and Path(WORKSHOP_FILE).is_file():
        sources = [Path(WORKSHOP_FILE)]
    days = [source for source in sources if is_workshop_file(source)]
    return days, [source for source in sources if not is_workshop_file(source)]


def _options_for(day: WorkshopFile, options: BuildOptions) -> BuildOptions:
    """The command's options, with what the workshop file sets where the command does not."""
    return dataclasses.replace(
        options,
        layout=options.layout or day.layout or DEFAULT_LAYOUT,
        paper=options.paper or day.paper,
        language=options.language or day.language,
        workshop=Workshop(day.title, day.dates[0] if day.dates else None),
        out_dir=options.out_dir or day.path.parent / "output",
        formats=options.formats or DAY_FORMATS,
    )


def build_day(
    day: WorkshopFile,
    options: BuildOptions,
    review: list[str] | None = None,
    warnings: list[str] | None = None,
    per_article: bool = False,
    articles: _Articles | None = None,
) -> Iterator[Path]:
    """Write the day's documents (`<slug>-handout.pdf`, `-slides.pptx`,
    `-slides-handout.pdf`, `-guide.pdf`, as the formats ask); with `per_article` each
    article's own handout and deck as the programme has it too."""
    asked = options.formats  # per article: as asked, else the handout and deck
    options = _options_for(day, options)
    layout = load_layout(options.layout)
    read = articles or _Articles(options)
    items: list[ProgrammeItem] = []
    shaped: dict[int, tuple[Path, Article]] = {}
    for item in day.programme:
        if item.article is not None:
            article = _shaped(read.article(item.article, options.language), item)
            shaped[len(items)] = (item.article, article)
            item = dataclasses.replace(item, title=article.title)
        items.append(item)
    slots = timetable(tuple(items), day.start)
    planned = [
        _planned(slots[index], path, article, layout, options, review, warnings)
        for index, (path, article) in sorted(shaped.items())
    ]
    documents = _day_documents(day, slots, planned, layout, options)
    sweep_leftovers(options.out_dir)  # what a build killed mid-write left behind
    yield from write_outputs(day_slug(day.title), options, layout, documents)
    if per_article:
        alone = dataclasses.replace(options, formats=asked or ARTICLE_FORMATS, workshop=Workshop())
        for path, article in shaped.values():
            outline = outline_for(path, digest(article), alone)
            yield from build_article(path, article, layout, alone, outline=outline)


def _day_documents(
    day: WorkshopFile,
    slots: list[Slot],
    planned: list[PlannedArticle],
    layout: Layout,
    options: BuildOptions,
) -> dict[str, bytes]:
    from .render.handout import render_handout

    language = planned[0].handout.meta.language or "nl"
    labels = layout.labels_for(language)
    particulars = day_particulars(day, slots, lambda date: long_date(date, language))
    documents: dict[str, bytes] = {}
    if "pdf" in options.formats:
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
    return documents


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


def _shaped(article: Article, item: ProgrammeItem) -> Article:
    """The article as the programme has it: under its own title when one is given (the
    credit keeps the one it was published under), without the sections it leaves out and
    their subsections (the workshop file's check made sure each is the article's)."""

    left_out = {folded_title(title) for title in item.leave_out}
    sections, under = [], 0
    for section in article.sections:
        if under and section.level > under:
            continue
        under = section.level if folded_title(section.title) in left_out else 0
        if not under:
            sections.append(section)
    renamed = item.title and item.title != article.title
    return dataclasses.replace(
        article,
        title=item.title or article.title,
        source_title=article.title if renamed else article.source_title,
        sections=tuple(sections),
    )


def day_slug(title: str) -> str:
    """The day's name for its files: "Coachend leidinggeven" -> "coachend-leidinggeven"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-") or "workshop"
