"""A batch in several processes: results in order, and a stop that stops."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from workshop.batch import Outcome, outcomes, raise_for
from workshop.errors import WorkshopError


def _build(path: Path, folder: Path, layout: object = None) -> Outcome:
    """Stands in for building an article: the first fails at once, the others take a while
    and leave a file."""
    if path.name == "a00":
        return Outcome(failure="a00: broken")
    time.sleep(0.3)
    (folder / path.name).write_text("built", encoding="utf-8")
    return Outcome(written=[folder / path.name])


def test_results_come_in_the_order_of_the_sources(tmp_path: Path) -> None:
    paths = [Path(f"a{n:02}") for n in range(1, 9)]
    written = [o.written for o in outcomes(paths, 3, _build, tmp_path, None)]
    assert written == [[tmp_path / path.name] for path in paths]


def test_a_failure_that_stops_the_batch_builds_no_more(tmp_path: Path) -> None:
    paths = [Path(f"a{n:02}") for n in range(24)]
    started = time.monotonic()
    batch = outcomes(paths, 4, _build, tmp_path, None)
    with pytest.raises(WorkshopError, match="a00: broken"):
        for outcome in batch:
            raise_for(outcome)
    batch.close()
    assert time.monotonic() - started < 3  # 23 articles of 0.3 s in 4 processes: 1.8 s
    assert len(list(tmp_path.iterdir())) <= 6  # what was under way, not the other 17
