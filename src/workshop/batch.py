"""Building many articles on every core: this process and a pool of others, results in the
order asked.

Each worker reads, plans, renders and writes whole articles, exactly as a serial build does
(so the bytes are the same); what it has to say (review lines, warnings, a failure) comes
back as text and is said by the parent in the sources' order, so output lines do not depend
on which worker finished first. Errors cross the process boundary as text: a problem with
the command itself (an option, the layout) stops the batch as it would serially.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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
    """`build_one(path, options)` for each path, yielded in the order of `paths`: in up to
    `jobs` processes when there is more than one to run, this one among them (with
    `layout`; the others load it themselves), else all here. `prepare(layout)` runs here
    before the other processes start: on Linux they are forks of this one and start with
    what it did."""
    count = workers(jobs, len(paths))
    if count == 1:
        yield from (build_one(path, options, layout) for path in paths)
        return
    from concurrent.futures import ProcessPoolExecutor  # only here: a tenth of --help's time

    if prepare is not None:
        prepare(layout)
    here = deque(range(0, len(paths), count))  # every count-th article, built in this process
    built_here: dict[int, Outcome] = {}

    def build_here(index: int) -> None:
        built_here[index] = build_one(paths[index], options, layout)

    gc.collect()
    gc.freeze()  # what the forks share stays out of the collector's reach (and unshared)
    try:
        with ProcessPoolExecutor(max_workers=count - 1) as pool:
            elsewhere = {
                index: pool.submit(build_one, path, options)
                for index, path in enumerate(paths)
                if index % count
            }
            try:
                for index in range(len(paths)):
                    if index in elsewhere:
                        future = elsewhere.pop(index)
                        while here and not future.done():  # build ahead rather than wait
                            build_here(here.popleft())
                        yield future.result()
                        continue
                    if index not in built_here:
                        build_here(here.popleft())
                    yield built_here.pop(index)
            finally:  # stopped early (a failure that ends the batch, Ctrl-C): build no more
                for future in elsewhere.values():
                    future.cancel()
    finally:
        gc.unfreeze()


def raise_for(outcome: Outcome) -> None:
    """The failure again as an error, where the caller asked to stop at the first."""
    if outcome.failure is not None:
        raise (ConfigError if outcome.config else WorkshopError)(outcome.failure)
