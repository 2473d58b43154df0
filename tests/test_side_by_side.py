"""The handout and the deck of one article drawn at once, the deck in a fork."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop.errors import ConfigError, LayoutError, WorkshopError
from workshop.side_by_side import can_fork, fork_ready, side_by_side

from .conftest import ROOT

pytestmark = pytest.mark.skipif(not can_fork(), reason="no os.fork here: drawn one by one")


def test_both_results_come_back() -> None:
    here, there = side_by_side(os.getpid, os.getpid)
    assert here == os.getpid() and there != here  # the second in another process
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


def test_an_article_built_side_by_side_is_the_article_built_one_by_one(tmp_path) -> None:
    """As a trainer runs it (a process of its own: the fork started early, the deck's work
    sent to it), and with --jobs 1."""
    source = ROOT / "source_texts" / "vertrouwen.txt"
    results = {}
    for jobs in ("2", "1"):
        out = tmp_path / f"jobs-{jobs}"
        command = [sys.executable, "-c", "from workshop.cli import main; main()", "build"]
        done = subprocess.run(
            [*command, str(source), "--out", str(out), "--jobs", jobs, "--force"],
            capture_output=True,
            text=True,
            env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
        )
        assert done.returncode == 0, done.stderr
        results[jobs] = done.stdout.replace(str(out), "OUT")
    assert results["2"] == results["1"]
    for name in ("vertrouwen-handout.pdf", "vertrouwen-slides.pptx"):
        apart, serial = (tmp_path / f"jobs-{jobs}" / name for jobs in ("2", "1"))
        assert apart.read_bytes() == serial.read_bytes()


def _modules_seen(name: str) -> tuple[bool, int]:
    """In the fork: whether `name` was imported there, and the fork's process id."""
    return name in sys.modules, os.getpid()


def _fails() -> None:
    raise LayoutError(Path("lay/layout.toml"), "fonts.regular: not a font")


def test_a_fork_started_early_warms_up_then_does_the_work_sent() -> None:
    assert "colorsys" not in sys.modules
    with fork_ready(lambda: __import__("colorsys")):
        here, (seen, pid) = side_by_side(os.getpid, _modules_seen, "colorsys")
    assert (seen, here != pid) == (True, True)
    assert "colorsys" not in sys.modules  # imported over there only
    with fork_ready(lambda: None), pytest.raises(ConfigError, match="fonts.regular: not a"):
        side_by_side(lambda: None, _fails)


def _children() -> set[str]:
    """This process's child processes (on Linux; elsewhere an empty set)."""
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return set()
    return {pid for task in tasks.iterdir() for pid in (task / "children").read_text().split()}


def test_a_fork_started_early_and_not_used_ends(tmp_path) -> None:
    open_before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    children_before = _children()
    started = time.monotonic()
    with fork_ready(lambda: time.sleep(0.2)):
        pass
    with fork_ready(lambda: None):  # work that does not pickle: done by a fork made for it
        assert side_by_side(lambda: 1, lambda: 2) == (1, 2)
    assert time.monotonic() - started < 5
    if open_before:
        assert len(os.listdir("/proc/self/fd")) == open_before
    assert _children() <= children_before  # no fork left behind


def test_no_room_for_a_fork_means_one_after_the_other(monkeypatch) -> None:
    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    open_before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    for _ in range(3):
        assert side_by_side(lambda: "hier", lambda: "daar") == ("hier", "daar")
    if open_before:
        assert len(os.listdir("/proc/self/fd")) == open_before  # no pipe left open
