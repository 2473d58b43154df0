"""Building many articles on every core: a process pool, results in the order asked.

Each worker reads, plans, renders and writes whole articles, exactly as a serial build does
(so the bytes are the same); what it has to say (review lines, warnings, a failure) comes
back as text and is said by the parent in the sources' order, so output lines do not depend
on which worker finished first. Errors cross the process boundary as text: a problem with
the command itself (an option, the layout) stops the batch as it would serially.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError, WorkshopError

if TYPE_CHECKING:
    from .layouts.schema import Layout


@dataclass
class Outcome:
    """What building one article gave: the files written, or why it failed."""

    written: list[Path] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failure: str | None = None
    config: bool = False  # the failure is the command's, not the article's


def workers(jobs: int, articles: int) -> int:
    """How many processes: `jobs` (0: one per core), never more than there are articles."""
    wanted = jobs or os.cpu_count() or 1
    return max(1, min(wanted, articles))


def outcomes(
    paths: list[Path],
    jobs: int,
    build_one: Callable[..., Outcome],
    options: object,
    layout: Layout,
    prepare: Callable[[Layout], None] | None = None,
) -> Iterator[Outcome]:
    """`build_one(path, options)` for each path, in a pool of up to `jobs` processes when
    there is more than one to run (each worker loads the layout itself), else here with
    `layout`; yielded in the order of `paths`. `prepare(layout)` runs here before the
    workers start: on Linux they are forks of this process and start with what it did."""
    count = workers(jobs, len(paths))
    if count == 1:
        yield from (build_one(path, options, layout) for path in paths)
        return
    from concurrent.futures import ProcessPoolExecutor  # only here: a tenth of --help's time

    if prepare is not None:
        prepare(layout)

    with ProcessPoolExecutor(max_workers=count) as pool:
        yield from pool.map(build_one, paths, repeat(options))


def raise_for(outcome: Outcome) -> None:
    """The failure again as an error, where the caller asked to stop at the first."""
    if outcome.failure is not None:
        raise (ConfigError if outcome.config else WorkshopError)(outcome.failure)
