"""Building: which sources, which layout, which outputs, and writing them safely.

Every source is read before anything is written, so a bad article stops the build without
touching the outputs of the good ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .enrich.digest import ArticleDigest, digest
from .errors import BuildError
from .files import write_atomic
from .layouts import load_layout
from .layouts.schema import Layout
from .layouts.templates import render_template, template_path
from .model import Article, Image, Workshop
from .pictures import picture_size
from .plans import parse_deck, parse_handout
from .readers import SUFFIXES, read_article

SOURCES_DIR = Path("source_texts")
HANDOUT_TEMPLATE = "handout.xml.j2"
DECK_TEMPLATE = "deck.xml.j2"


@dataclass(frozen=True)
class BuildOptions:
    """What `workshop build` was asked for. `formats` holds "pdf" (the handout), "pptx" (the
    deck) and/or "pdf-slides" (the deck as PDF, through LibreOffice)."""

    layout: str = "coaching"
    out_dir: Path = Path("output")
    formats: tuple[str, ...] = ("pdf", "pptx")
    source_format: str | None = None
    language: str | None = None
    sources_dir: Path = SOURCES_DIR
    workshop: Workshop = Workshop()
    paper: str | None = None  # overrides the layout's paper size: "A4", "A5" or "Letter"


def find_sources(sources_dir: Path) -> list[Path]:
    """The articles in `sources_dir` that a reader knows by suffix, sorted by name."""
    if not sources_dir.is_dir():
        raise BuildError(f"{sources_dir}: no such folder; name the articles to build")
    found = sorted(p for p in sources_dir.iterdir() if p.suffix.lower() in SUFFIXES)
    if not found:
        raise BuildError(f"{sources_dir}: no articles to build (known: {', '.join(SUFFIXES)})")
    return found


def build_all(
    sources: list[Path], options: BuildOptions, review: list[str] | None = None
) -> Iterator[Path]:
    """Build every source; yield each output path as it is written. What needs a human look
    in an article (pictures that cannot be read, sections without a usable sentence, …) is
    added to `review`, one line each, naming the source."""
    if "pdf-slides" in options.formats:
        from .render.slides_pdf import INSTALL_HINT, soffice

        if soffice() is None:
            raise BuildError(INSTALL_HINT)  # before anything is read or written
    layout = load_layout(options.layout)
    paths = sources or find_sources(options.sources_dir)
    _check_distinct_names(paths)
    articles = [
        (path, read_article(path, options.source_format, options.language)) for path in paths
    ]
    for path, article in articles:
        yield from build_article(path, article, layout, options, review)


def _check_distinct_names(paths: list[Path]) -> None:
    """Outputs are named after the source's stem, so two sources must not share one."""
    seen: dict[str, Path] = {}
    for path in paths:
        other = seen.setdefault(path.stem, path)
        if other != path:
            raise BuildError(
                f"{other} and {path} would both write {path.stem}-handout.pdf; "
                "build them one at a time with different --out folders"
            )


def build_article(
    path: Path,
    article: Article,
    layout: Layout,
    options: BuildOptions,
    review: list[str] | None = None,
) -> Iterator[Path]:
    """Render the outputs of one article, then write them: a template or layout error in the
    deck stops the build before the handout is written, so outputs never mix two layouts."""
    enriched = digest(article)
    if review is not None:
        review += [f"{path}: {line}" for line in needs_look(enriched, path.parent)]
    stem = path.stem
    outputs: list[tuple[Path, bytes]] = []
    if "pdf" in options.formats:
        handout = handout_bytes(enriched, layout, path.parent, options.workshop, options.paper)
        outputs.append((options.out_dir / f"{stem}-handout.pdf", handout))
    if "pptx" in options.formats or "pdf-slides" in options.formats:
        deck = deck_bytes(enriched, layout, options.workshop, path.parent)
        if "pptx" in options.formats:
            outputs.append((options.out_dir / f"{stem}-slides.pptx", deck))
        if "pdf-slides" in options.formats:
            from .render.slides_pdf import deck_to_pdf

            outputs.append((options.out_dir / f"{stem}-slides.pdf", deck_to_pdf(deck, stem)))
    for target, data in outputs:
        _write(target, data)
        yield target


def needs_look(enriched: ArticleDigest, base_dir: Path) -> list[str]:
    """What a trainer should look at before using the materials: pictures that cannot be
    read (they are left out), then what enrichment could not do well."""
    lines = [
        f"picture {image.src!r} cannot be read; it is left out"
        for image in images_of(enriched.article)
        if picture_size(base_dir / image.src) is None
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

    xml = render_template(layout, HANDOUT_TEMPLATE, enriched, workshop)
    plan = parse_handout(xml, template_path(layout, HANDOUT_TEMPLATE))
    return render_handout(plan, layout, base_dir, paper)


def deck_bytes(
    enriched: ArticleDigest,
    layout: Layout,
    workshop: Workshop | None = None,
    base_dir: Path | None = None,
) -> bytes:
    """The slide deck (.pptx) of an enriched article; pictures are found from `base_dir`."""
    from .render.deck import render_deck

    xml = render_template(layout, DECK_TEMPLATE, enriched, workshop)
    plan = parse_deck(xml, template_path(layout, DECK_TEMPLATE))
    return render_deck(plan, layout, base_dir)


def _write(target: Path, data: bytes) -> None:
    try:
        write_atomic(target, data)
    except OSError as error:
        raise BuildError(f"{target}: cannot be written ({error.strerror})") from None
