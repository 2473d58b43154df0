"""The `workshop` command: parses options, calls one library function each, prints the result.

Heavy libraries (reportlab, python-pptx) are imported only inside the commands that render, so
`workshop --help` stays fast.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from .build import BuildOptions

_FROM = click.Choice(["text", "markdown", "html"])
_LANGUAGE = click.Choice(["nl", "en"])
_FORMATS = {
    "pdf": ("pdf",),
    "pptx": ("pptx",),
    "guide": ("guide",),
    "slides-handout": ("slides-handout",),
    "all": ("pdf", "pptx", "slides-handout", "guide"),
    "pdf-slides": ("pptx", "pdf-slides"),
}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="workshop")
def main() -> None:
    """Turn articles about coaching leadership into a handout PDF and a slide deck."""


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the parsed article as JSON.")
@click.option("--from", "source_format", type=_FROM, help="Read the file as this format.")
@click.option("--language", type=_LANGUAGE, help="Override the detected language.")
def inspect(path: Path, as_json: bool, source_format: str | None, language: str | None) -> None:
    """Show how PATH is read: its title, byline, sections, blocks and dropped lines."""
    from .enrich.digest import digest
    from .readers import read_article
    from .readout import readout

    article = read_article(path, source_format, language)
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(readout(article, digest(article).review))


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--layout",
    "layout_name",
    help="Layout: a name that 'workshop layouts' lists, or the path of a layout folder "
    "(default: the workshop file's, else coaching).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    help="Folder to write to (default: output/, for a workshop file the output/ beside it).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(_FORMATS)),
    help="pdf: the handout; pptx: the deck; guide: the facilitator guide; slides-handout: "
    "three slides a page with lines for notes; all: those four; pdf-slides: the deck and a "
    "PDF of it (needs LibreOffice). Default: handout and deck for an article, all four for "
    "a workshop file.",
)
@click.option("--from", "source_format", type=_FROM, help="Read the sources as this format.")
@click.option("--language", type=_LANGUAGE, help="Override the detected language.")
@click.option("--workshop-title", default="", help="The workshop's name, for the handout's cover.")
@click.option(
    "--date",
    "workshop_date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The workshop's date (YYYY-MM-DD), for the handout's cover.",
)
@click.option(
    "--paper",
    type=click.Choice(["A4", "A5", "Letter"], case_sensitive=False),
    help="Paper size of the handout (default: the layout's).",
)
@click.option(
    "--outline",
    "outline",
    type=click.Path(path_type=Path),
    help="The outline to build one SOURCE with (default: SOURCE's .outline.md beside it).",
)
@click.option(
    "--force", is_flag=True, help="Build even what is up to date (made from the same inputs)."
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    help="Processes to build in (default 0: one per core): articles side by side, and one "
    "article's handout and deck at once; 1: one thing at a time.",
)
@click.option(
    "--per-article",
    is_flag=True,
    help="With a workshop file: also each article's own handout and deck.",
)
@click.option(
    "--watch",
    is_flag=True,
    help="After building, rebuild what a changed article, outline, workshop file or layout "
    "touches, until Ctrl-C.",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Print only warnings and errors (no wrote or check lines)."
)
@click.option(
    "--verbose", "-v", is_flag=True, help="Print every file written and each article's time."
)
def build(
    sources: tuple[Path, ...],
    layout_name: str | None,
    out_dir: Path | None,
    output_format: str | None,
    source_format: str | None,
    language: str | None,
    workshop_title: str,
    workshop_date: datetime.datetime | None,
    paper: str | None,
    outline: Path | None,
    force: bool,
    jobs: int,
    per_article: bool,
    watch: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Build a handout PDF and a slide deck for each SOURCE: an article, a folder of them,
    or a workshop file (its day's handout, deck, slide handout and guide). Default:
    workshop.toml when there is one, else all of source_texts/. Exit code 0: all built; 1:
    some articles failed, each named; 2: a wrong option, layout or workshop file, nothing
    built."""
    from .build import BuildOptions
    from .model import Workshop

    papers = {"a4": "A4", "a5": "A5", "letter": "Letter"}
    options = BuildOptions(
        workshop=Workshop(" ".join(workshop_title.split()), workshop_date and workshop_date.date()),
        paper=papers[paper.lower()] if paper else None,
        layout=layout_name,
        out_dir=out_dir,
        formats=_FORMATS[output_format] if output_format else (),
        source_format=source_format,
        language=language,
        outline=outline,
        force=force,
        jobs=jobs,
    )

    def run(requested: list[Path]) -> bool:
        return _run_build(requested, options, per_article, quiet, verbose)

    if not watch:
        if not run(list(sources)):
            raise SystemExit(1)  # some outputs were not built; the others were
        return
    from .errors import WorkshopError
    from .watch import watch as watch_files

    def run_on(requested: list[Path]) -> None:
        try:
            run(requested)
        except WorkshopError as error:  # said, and the next change is built again
            click.echo(f"Error: {error.format_message()}", err=True)

    def first_build() -> None:
        run_on(list(sources))
        click.echo("watching for changes (Ctrl-C to stop)")

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C ends the watch, not an error
        watch_files(list(sources), options, run_on, first_build)


def _run_build(
    requested: list[Path], options: BuildOptions, per_article: bool, quiet: bool, verbose: bool
) -> bool:
    """One build, with its lines printed; False when some article failed."""
    from .build_day import build_requested, count_requested

    review: list[str] = []
    warnings: list[str] = []
    failures: list[str] = []
    progress = _Progress(verbose)
    on_terminal = not quiet and not verbose and sys.stdout.isatty()
    count = count_requested(requested, options) if on_terminal else 0
    bar = count > 1
    fresh: list[Path] = []
    built = build_requested(
        requested, options, review, warnings, failures, per_article, progress.finished, fresh
    )
    if bar:  # on a terminal: a bar while it works, then what was written, in one line
        with click.progressbar(length=count, label="building") as shown:
            progress.bar = shown
            written = list(built)
        folders = sorted({str(path.parent) for path in written})
        click.echo(f"wrote {_count(len(written), 'file')} to {', '.join(folders) or '-'}")
    for path in [] if bar else built:
        if not quiet:
            click.echo(f"wrote {path}")
    for path in [] if quiet else fresh:
        click.echo(f"up to date: {path} (nothing changed; --force builds it again)")
    for line in warnings:
        click.echo(f"warning: {line}", err=True)
    for line in [] if quiet else review:
        click.echo(f"check: {line}")
    for line in failures:
        click.echo(f"Error: {line}", err=True)
    return not failures


@main.command("new")
@click.argument("name")
def new_workshop_command(name: str) -> None:
    """Create the folder NAME for a workshop day: a workshop.toml with a welcome and an
    example article, that 'workshop build' in it builds as it is."""
    from .programme.new import new_workshop

    made = new_workshop(name, datetime.date.today())
    for path in made:
        click.echo(f"created {path}")
    click.echo(f"build it: cd {name} && workshop build")


@main.command("outline")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--refresh",
    is_flag=True,
    help="Update the outline for a changed article, keeping your edits.",
)
@click.option(
    "--layout",
    "layout_name",
    default="coaching",
    show_default=True,
    help="The layout whose wording the questions take.",
)
@click.option("--from", "source_format", type=_FROM, help="Read the file as this format.")
@click.option("--language", type=_LANGUAGE, help="Override the detected language.")
def outline_command(
    path: Path, refresh: bool, layout_name: str, source_format: str | None, language: str | None
) -> None:
    """Write PATH's outline (<name>.outline.md beside it): the slides, key points, questions,
    exercise and notes, to edit before 'workshop build', which then uses it."""
    from .layouts import load_layout
    from .outline.files import write_outline
    from .readers import read_article

    layout = load_layout(layout_name)
    article = read_article(path, source_format, language)
    written = write_outline(path, article, layout, refresh)
    if not written.refreshed:
        click.echo(f"wrote {written.path}")
        return
    click.echo(
        f"refreshed {written.path}: {_count(written.kept, 'edit')} kept "
        f"(as it was: {written.backup})"
    )
    if written.conflicts:
        click.echo(
            f"check: {written.path}: {_count(written.conflicts, 'part')} changed in the article "
            "and by you, marked with !! lines: keep one version of each"
        )
    for heading in written.gone:
        click.echo(
            f"check: {written.path}: the article no longer has {heading!r}; its edits are left out"
        )


class _Progress:
    """Told when each article or day is done: moves the bar, or says how long it took."""

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose
        self.bar = None
        self.since = time.perf_counter()

    def finished(self, source: Path) -> None:
        now = time.perf_counter()
        if self.bar is not None:
            self.bar.update(1)
        elif self.verbose:
            click.echo(f"built {source} in {now - self.since:.2f} s")
        self.since = now


def _count(number: int, word: str) -> str:
    return f"{number} {word}" + ("" if number == 1 else "s")


@main.command("layouts")
def list_layouts() -> None:
    """List the layouts (in layouts/ and installed) with a one-line description each."""
    from .layouts import LAYOUTS_DIR, describe_layout, layout_folders

    folders = layout_folders()
    if not folders:
        raise click.ClickException(f"no layouts in {LAYOUTS_DIR}/ and none installed")
    width = max(len(name) for name in folders)
    for name, folder in folders.items():
        click.echo(f"{name:<{width}}  {describe_layout(folder)}")


@main.group("layout")
def layout_group() -> None:
    """Make and change layouts."""


@layout_group.command("new")
@click.argument("name")
@click.option(
    "--from",
    "parent",
    default="coaching",
    show_default=True,
    help="The layout the new one extends and takes its values from.",
)
def new_layout(name: str, parent: str) -> None:
    """Create layouts/NAME: a layout that builds as is, ready to change in its layout.toml."""
    from .layouts.scaffold import new_layout as scaffold

    folder = scaffold(name, parent)
    click.echo(f"created {folder / 'layout.toml'}")
    click.echo(f"build with it: workshop build --layout {name}")
