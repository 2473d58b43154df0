"""The handout and the deck of one article drawn at once, the deck in a fork."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from workshop.errors import ConfigError, LayoutError, WorkshopError
from workshop.side_by_side import can_fork, side_by_side

from .conftest import ROOT

pytestmark = pytest.mark.skipif(not can_fork(), reason="no os.fork here: drawn one by one")


def test_both_results_come_back() -> None:
    assert side_by_side(lambda: os.getpid(), lambda: os.getpid())[0] == os.getpid()
    here, there = side_by_side(lambda: "hier", lambda: b"daar" * 100_000)
    assert (here, there) == ("hier", b"daar" * 100_000)  # more than a pipe holds at once


def test_an_error_over_there_is_raised_here_with_its_message() -> None:
    def broken_layout() -> bytes:
        raise LayoutError(Path("lay/layout.toml"), "deck.master: not a PowerPoint file")

    with pytest.raises(ConfigError, match=r"lay/layout.toml: deck.master: not a PowerPoint"):
        side_by_side(lambda: None, broken_layout)

    def unreadable() -> bytes:
        raise WorkshopError("les.md: cannot be read")

    with pytest.raises(WorkshopError, match="les.md: cannot be read") as raised:
        side_by_side(lambda: None, unreadable)
    assert not isinstance(raised.value, ConfigError)

    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        side_by_side(lambda: None, lambda: 1 / 0)


def test_an_error_here_stops_the_fork() -> None:
    def broken() -> None:
        raise ValueError("hier mis")

    started = time.monotonic()
    with pytest.raises(ValueError, match="hier mis"):
        side_by_side(broken, lambda: time.sleep(30))
    assert time.monotonic() - started < 10  # the fork was stopped, not waited for


def test_an_article_built_side_by_side_is_the_article_built_one_by_one(run, tmp_path) -> None:
    source = ROOT / "source_texts" / "vertrouwen.txt"
    apart = run("build", source, "--out", tmp_path / "apart", "--jobs", "2", "--force")
    serial = run("build", source, "--out", tmp_path / "serial", "--jobs", "1", "--force")
    assert apart.exit_code == serial.exit_code == 0
    assert apart.output.replace("apart", "serial") == serial.output
    for name in ("vertrouwen-handout.pdf", "vertrouwen-slides.pptx"):
        assert (tmp_path / "apart" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes()


def test_no_room_for_a_fork_means_one_after_the_other(monkeypatch) -> None:
    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    open_before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    for _ in range(3):
        assert side_by_side(lambda: "hier", lambda: "daar") == ("hier", "daar")
    if open_before:
        assert len(os.listdir("/proc/self/fd")) == open_before  # no pipe left open
