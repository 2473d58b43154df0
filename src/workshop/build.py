"""Building: which sources, which layout, which outputs, and writing them safely.

What is wrong with the command (an option, the layout) stops the build before anything is
written; what is wrong with one article (it cannot be read, its outline has mistakes, its
outputs cannot be written) is reported for that article and the others are still built.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .batch import Outcome, outcomes, raise_for, workers
from .enrich.digest import ArticleDigest, digest
from .errors import BuildError, ConfigError, OptionError, WorkshopError
from .files import sweep_leftovers, write_atomic
from .layouts import load_layout
from .layouts.schema import Layout
from .layouts.templates import render_template, template_path
from .model import Article, Image, Workshop, article_texts
from .outline.apply import apply_outline, changed_sections
from .outline.document import Outline, article_fingerprint
from .outline.files import is_outline, outline_path
from .outline.read import read_outline
from .pictures import shown_picture
from .plans import DeckPlan, HandoutPlan, parse_deck, parse_handout
from .readers import SUFFIXES, read_article
from .side_by_side import can_fork, fork_ready, side_by_side
from .uptodate import Record, build_key, named_pictures

SOURCES_DIR = Path("source_texts")
HANDOUT_TEMPLATE = "handout.xml.j2"
DECK_TEMPLATE = "deck.xml.j2"
DEFAULT_LAYOUT = "coaching"
ARTICLE_FORMATS = ("pdf", "pptx")
OUT_DIR = Path("output")


@dataclass(frozen=True)
class BuildOptions:
    """What `workshop build` was asked for. `formats` holds "pdf" (the handout), "pptx" (the
    deck) and/or "pdf-slides" (the deck as PDF, through LibreOffice)."""

    layout: str | None = None  # a workshop file's layout, else DEFAULT_LAYOUT
    out_dir: Path | None = None  # None: OUT_DIR (a day: the output/ beside its file)
    formats: tuple[str, ...] = ()
    """Empty: the usual, ARTICLE_FORMATS for an article (a day has its own)."""
    source_format: str | None = None
    language: str | None = None
    sources_dir: Path = SOURCES_DIR
    workshop: Workshop = Workshop()
    paper: str | None = None  # overrides the layout's paper size: "A4", "A5" or "Letter"
    outline: Path | None = None
    """The outline to build with (one source only); by default `<stem>.outline.md` beside
    each article, when there is one."""
    force: bool = False
    """Build even what is up to date."""
    jobs: int = 1
    """Processes a batch of articles is built in; 0: one per core."""
    side_by_side: bool = False
    """An article's handout and deck drawn at once, the deck in a fork (`build_all` sets
    it when it builds one article and may use more than one process)."""


def find_sources(sources_dir: Path) -> list[Path]:
    """The articles in `sources_dir` that a reader knows by suffix, sorted by name."""
    if not sources_dir.is_dir():
        raise OptionError(f"{sources_dir}: no such folder; name the articles to build")
    found = sorted(
        p
        for p in sources_dir.iterdir()
        if p.suffix.lower() in SUFFIXES and not is_outline(p) and not p.name.startswith(".")
    )
    if not found:
        raise OptionError(f"{sources_dir}: no articles to build (known: {', '.join(SUFFIXES)})")
    return found


def count_sources(sources: list[Path], options: BuildOptions) -> int:
    """How many articles `build_all` would build (0 when it would stop on an option)."""
    try:
        return len(expand_sources(sources) if sources else find_sources(options.sources_dir))
    except OptionError:
        return 0


def expand_sources(sources: list[Path]) -> list[Path]:
    """The articles named: a file as it is, a folder as the articles in it."""
    paths: list[Path] = []
    for source in sources:
        paths += find_sources(source) if source.is_dir() else [source]
    return paths


def build_all(
    sources: list[Path],
    options: BuildOptions,
    review: list[str] | None = None,
    warnings: list[str] | None = None,
    failures: list[str] | None = None,
    finished: Callable[[Path], None] | None = None,
    up_to_date: list[Path] | None = None,
) -> Iterator[Path]:
    """Build every source; yield each output path as it is written. What needs a human look
    in an article (pictures that cannot be read, sections without a usable sentence, …) is
    added to `review`, one line each, naming the source; an outline older than its article
    adds a line to `warnings`. An article that fails adds its one-line reason to `failures`
    and the others are built; without `failures` the first one stops the build. `finished`
    is called with each source when it is done (built or failed), for a progress bar. A
    source whose outputs were made from the same inputs before is not built again (unless
    `options.force`) and is added to `up_to_date`."""
    if "pdf-slides" in options.formats:
        from .render.slides_pdf import INSTALL_HINT, soffice

        if soffice() is None:
            raise OptionError(INSTALL_HINT)  # before anything is read or written
    _check_source_date()
    if not options.formats or options.out_dir is None:
        formats, out_dir = options.formats or ARTICLE_FORMATS, options.out_dir or OUT_DIR
        options = dataclasses.replace(options, formats=formats, out_dir=out_dir)
    layout = load_layout(options.layout or DEFAULT_LAYOUT)
    sweep_leftovers(options.out_dir)  # what a build killed mid-write left behind
    paths = expand_sources(sources) if sources else find_sources(options.sources_dir)
    if options.outline is not None and len(paths) != 1:
        raise OptionError(f"{options.outline}: an outline belongs to one article; name that one")
    for path in paths:
        if is_outline(path):
            raise OptionError(f"{path}: is an outline; build its article, which uses it")
    _check_distinct_names(paths)
    record = Record(options.out_dir)
    due: list[tuple[Path, str]] = []
    for path in paths:
        key = build_key(article_inputs(path, options, layout), build_settings(options))
        if options.force or not record.fresh(path.stem, key):
            due.append((path, key))
            continue
        if up_to_date is not None:
            up_to_date.append(path)
        if finished is not None:
            finished(path)
    paths = [path for path, _ in due]
    beside = contextlib.nullcontext()
    if len(paths) == 1 and workers(options.jobs, 2) > 1 and can_fork():
        options = dataclasses.replace(options, side_by_side=True)
        beside = fork_ready(_deck_imports)  # importing python-pptx while the article is read
    built = outcomes(paths, options.jobs, build_one, options, layout, ready_for_workers)
    with beside, contextlib.closing(built):  # a failure that stops the batch stops them
        for (path, key), outcome in zip(due, built, strict=True):
            if review is not None:
                review += outcome.review
            if warnings is not None:
                warnings += outcome.warnings
            if outcome.failure is not None and (outcome.config or failures is None):
                raise_for(outcome)
            if outcome.failure is not None and failures is not None:
                failures.append(outcome.failure)
            else:
                record.remember(path.stem, key, outcome.written)
            yield from outcome.written
            if finished is not None:
                finished(path)


def _deck_imports() -> None:
    from .render import deck  # noqa: F401 (imported ahead, in the fork that will draw it)


def ready_for_workers(layout: Layout) -> None:
    """Before a batch's worker processes start: the readers and renderers imported and the
    layout's fonts loaded once, here, so that each worker (a fork of this process) starts
    with them and shares their memory instead of loading its own copy."""
    import importlib

    from .readers import READERS
    from .render import deck, handout  # noqa: F401 (imported for the workers)
    from .render.fonts import register_fonts

    for module in {reader.split(":")[0] for reader in READERS.values()}:
        importlib.import_module(f".readers.{module}", __package__)
    with contextlib.suppress(WorkshopError):  # a bad font: each article says so
        register_fonts(layout)


_WORKER_LAYOUTS: dict[str, Layout] = {}
"""The layout as a worker process loaded it, once for all its articles."""


def build_one(path: Path, options: BuildOptions, layout: Layout | None = None) -> Outcome:
    """One article read, planned, rendered and written whole (a failure leaves no half
    pair); in a worker process of a batch (which loads the layout once), or in this one."""
    outcome = Outcome()
    if layout is None:
        name = options.layout or DEFAULT_LAYOUT
        try:
            layout = _WORKER_LAYOUTS.setdefault(name, load_layout(name))
        except ConfigError as error:
            outcome.failure, outcome.config = error.format_message(), True
            return outcome
    try:
        outcome.written = list(
            _build_source(path, layout, options, outcome.review, outcome.warnings)
        )
    except ConfigError as error:
        outcome.failure, outcome.config = error.format_message(), True
    except WorkshopError as error:
        outcome.failure = error.format_message()
    return outcome


def article_inputs(path: Path, options: BuildOptions, layout: Layout) -> list[Path]:
    """The files an article's outputs are made from: its own (`source_files`) and every
    file of the layout."""
    return [*source_files(path, options.outline), *layout_files(layout.folders)]


def source_files(path: Path, outline: Path | None = None) -> list[Path]:
    """An article, its outline (`outline`, else the one beside it, there or not) and the
    pictures it names."""
    return [path, outline or outline_path(path), *named_pictures(path)]


def layout_files(folders: Iterable[Path]) -> list[Path]:
    """Every file in a layout's folders (its own and those it extends)."""
    return [file for folder in folders for file in folder.rglob("*") if file.is_file()]


def build_settings(options: BuildOptions) -> tuple[object, ...]:
    """The options that change what a build writes."""
    workshop = options.workshop
    return (
        options.formats,
        options.paper,
        options.language,
        options.source_format,
        workshop.title,
        workshop.date and workshop.date.isoformat(),
    )


def _build_source(
    path: Path,
    layout: Layout,
    options: BuildOptions,
    review: list[str] | None,
    warnings: list[str] | None,
) -> Iterator[Path]:
    article = read_article(path, options.source_format, options.language)
    enriched = digest(article)
    outline = outline_for(path, enriched, options)
    yield from build_article(path, article, layout, options, review, outline, warnings, enriched)


def outline_for(
    path: Path, enriched: ArticleDigest, options: BuildOptions
) -> tuple[Path, Outline] | None:
    """The outline the article is built with, read (and so checked) before anything is
    written; None when there is none."""
    chosen = options.outline or outline_path(path)
    if options.outline is None and not chosen.is_file():
        return None
    if not chosen.is_file():
        raise OptionError(f"{chosen}: no such outline; write one with 'workshop outline {path}'")
    titles = [section.title for section in enriched.sections]
    return chosen, read_outline(chosen, titles, article_fingerprint(enriched))


def _check_distinct_names(paths: list[Path]) -> None:
    """Outputs are named after the source's stem, so two sources must not share one."""
    seen: dict[str, Path] = {}
    for path in paths:
        other = seen.setdefault(path.stem, path)
        if other != path:
            raise OptionError(
                f"{other} and {path} would both write {path.stem}-handout.pdf; "
                "build them one at a time with different --out folders"
            )


def _check_source_date() -> None:
    """SOURCE_DATE_EPOCH, when set, dates the documents: whole seconds since 1970."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value and not (value.isdigit() and int(value) < 253_402_300_800):  # before year 10000
        raise OptionError(f"SOURCE_DATE_EPOCH: expected whole seconds since 1970, got {value!r}")


def build_article(
    path: Path,
    article: Article,
    layout: Layout,
    options: BuildOptions,
    review: list[str] | None = None,
    outline: tuple[Path, Outline] | None = None,
    warnings: list[str] | None = None,
    enriched: ArticleDigest | None = None,
) -> Iterator[Path]:
    """Render the outputs of one article, then write them: a template or layout error in the
    deck stops the build before the handout is written, so outputs never mix two layouts.
    With an `outline` (its file and content), the deck and the handout's working elements
    come from it; `enriched` is the article's digest when it was made already."""
    for_handout, for_deck = prepared(path, article, layout, review, outline, warnings, enriched)
    documents: dict[str, bytes] = {}

    def handout() -> bytes:
        return handout_bytes(for_handout, layout, path.parent, options.workshop, options.paper)

    deck_arguments = (for_deck, layout, options.workshop, path.parent)
    if "pdf" in options.formats and wants_deck(options) and options.side_by_side:
        documents["handout"], documents["deck"] = side_by_side(handout, deck_bytes, *deck_arguments)
    else:
        if "pdf" in options.formats:
            documents["handout"] = handout()
        if wants_deck(options):
            documents["deck"] = deck_bytes(*deck_arguments)
    asked = review is not None and "handout" in documents
    if asked and (missing := " ".join(_lacking_letters(for_handout, layout))):
        review.append(f"{path}: no font of the handout has {missing}; each is printed as \u25a1")
    if "slides-handout" in options.formats or "guide" in options.formats:
        plan = deck_plan(for_deck, layout, options.workshop)
        documents |= facilitator_documents(plan, layout, options, path.parent)
    yield from write_outputs(path.stem, options, layout, documents)


def facilitator_documents(
    deck: DeckPlan, layout: Layout, options: BuildOptions, base_dir: Path | None
) -> dict[str, bytes]:
    """The slide handout and the facilitator guide of one article's deck, as asked."""
    documents: dict[str, bytes] = {}
    title = deck.meta.title
    if "slides-handout" in options.formats:
        documents["slides-handout"] = slides_handout_bytes(
            deck, layout, title, base_dir, options.paper
        )
    if "guide" in options.formats:
        from .programme.guide_plan import article_guide
        from .render.handout import render_handout

        labels = layout.labels_for(deck.meta.language)
        plan = article_guide(deck, labels, options.workshop.title)
        documents["guide"] = render_handout(plan, layout, base_dir or Path.cwd(), options.paper)
    return documents


def slides_handout_bytes(
    deck: DeckPlan, layout: Layout, header: str, base_dir: Path | None, paper: str | None
) -> bytes:
    """Three slides a page beside lines for notes, drawn from the placed deck."""
    from .render.deck import placed_slides
    from .render.slide_handout import render_slide_handout

    slides, size = placed_slides(deck, layout, base_dir)
    return render_slide_handout(slides, size, layout, deck.meta, header, paper)


def prepared(
    path: Path,
    article: Article,
    layout: Layout,
    review: list[str] | None = None,
    outline: tuple[Path, Outline] | None = None,
    warnings: list[str] | None = None,
    enriched: ArticleDigest | None = None,
) -> tuple[ArticleDigest, ArticleDigest]:
    """The article as the handout and as the deck show it (with its outline, when it has
    one); what needs a human look is added to `review`."""
    enriched = enriched or digest(article)
    if review is not None:
        review += [f"{path}: {line}" for line in needs_look(enriched, path.parent)]
    if outline is None:
        return enriched, enriched
    for_deck, for_handout = _with_outline(enriched, path, outline, layout, warnings)
    return for_handout, for_deck


def wants_deck(options: BuildOptions) -> bool:
    return "pptx" in options.formats or "pdf-slides" in options.formats


OUTPUT_NAMES = {
    "handout": "handout.pdf",
    "deck": "slides.pptx",
    "slides-handout": "slides-handout.pdf",
    "guide": "guide.pdf",
}
"""What each document is called after the source's (or the day's) name and a hyphen."""


def write_outputs(
    stem: str, options: BuildOptions, layout: Layout, documents: dict[str, bytes]
) -> Iterator[Path]:
    """Write the documents (`<stem>-handout.pdf`, `-slides.pptx`, `-slides-handout.pdf`,
    `-guide.pdf`, and the deck through LibreOffice as `-slides.pdf`) as the formats ask,
    each whole or not at all; yield each path written."""
    outputs: list[tuple[Path, bytes]] = []
    for kind, data in documents.items():
        if kind != "deck" or "pptx" in options.formats:
            outputs.append((options.out_dir / f"{stem}-{OUTPUT_NAMES[kind]}", data))
    if "deck" in documents and "pdf-slides" in options.formats:
        from .render.fonts import STYLES
        from .render.slides_pdf import deck_to_pdf

        fonts = {getattr(layout.fonts, style).parent for style in STYLES}
        pdf = deck_to_pdf(documents["deck"], stem, sorted(fonts))
        outputs.append((options.out_dir / f"{stem}-slides.pdf", pdf))
    for target, data in outputs:
        _write(target, data)
        yield target


def _lacking_letters(enriched: ArticleDigest, layout: Layout) -> list[str]:
    """The characters of the article that no font of the handout has (emoji, Chinese), in
    order of first use, so the warning names them once each."""
    from .render.fonts import lacking, register_fonts

    regular = register_fonts(layout)["regular"]
    article = enriched.article
    text = "\n".join(article_texts(article.title, article.intro, article.sections))
    missing = lacking(text, regular)
    return sorted(missing, key=text.index)


def _with_outline(
    enriched: ArticleDigest,
    source: Path,
    outline: tuple[Path, Outline],
    layout: Layout,
    warnings: list[str] | None,
) -> tuple[ArticleDigest, ArticleDigest]:
    """The article for the deck and for the handout as the outline has them; a warning when
    the article changed since the outline was written (the build goes on with the outline)."""
    path, content = outline
    changed = changed_sections(enriched, content)
    if changed is not None and warnings is not None:
        where = f" in {', '.join(repr(title) for title in changed)}" if changed else ""
        warnings.append(
            f"{path}: the article changed{where} since this outline was written; it is used "
            f"as it is (to take in the changes and keep your edits: "
            f"workshop outline --refresh {source})"
        )
    labels = layout.labels_for(enriched.article.language)
    return apply_outline(enriched, content, path, labels)


def needs_look(enriched: ArticleDigest, base_dir: Path) -> list[str]:
    """What a trainer should look at before using the materials: pictures that cannot be
    read (they are left out), then what enrichment could not do well."""
    lines = [
        f"picture {image.src!r} {problem}; it is left out"
        for image in images_of(enriched.article)
        if isinstance(problem := shown_picture(base_dir, image.src), str)
    ]
    return lines + list(enriched.review)


def images_of(article: Article) -> list[Image]:
    blocks = article.intro + tuple(b for s in article.sections for b in s.blocks)
    return [block for block in blocks if isinstance(block, Image)]


def handout_bytes(
    enriched: ArticleDigest,
    layout: Layout,
    base_dir: Path,
    workshop: Workshop | None = None,
    paper: str | None = None,
) -> bytes:
    """The handout PDF of an enriched article."""
    from .render.handout import render_handout

    return render_handout(handout_plan(enriched, layout, workshop), layout, base_dir, paper)


def handout_plan(
    enriched: ArticleDigest, layout: Layout, workshop: Workshop | None = None
) -> HandoutPlan:
    """What the layout's handout template makes of the article."""
    xml = render_template(layout, HANDOUT_TEMPLATE, enriched, workshop)
    return parse_handout(xml, template_path(layout, HANDOUT_TEMPLATE))


def deck_bytes(
    enriched: ArticleDigest,
    layout: Layout,
    workshop: Workshop | None = None,
    base_dir: Path | None = None,
) -> bytes:
    """The slide deck (.pptx) of an enriched article; pictures are found from `base_dir`."""
    from .render.deck import render_deck

    return render_deck(deck_plan(enriched, layout, workshop), layout, base_dir)


def deck_plan(
    enriched: ArticleDigest, layout: Layout, workshop: Workshop | None = None
) -> DeckPlan:
    """What the layout's deck template makes of the article."""
    xml = render_template(layout, DECK_TEMPLATE, enriched, workshop)
    return parse_deck(xml, template_path(layout, DECK_TEMPLATE))


def _write(target: Path, data: bytes) -> None:
    try:
        write_atomic(target, data)
    except OSError as error:
        raise BuildError(f"{target}: cannot be written ({error.strerror})") from None
