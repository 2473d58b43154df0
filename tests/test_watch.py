"""`workshop build --watch` as a trainer uses it: edit a file, and the outputs follow."""

from __future__ import annotations

import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from workshop.watch import targets

from .conftest import ROOT

ARTICLE = """---
title: Luisteren in het werkoverleg
author: Test Auteur
---

Een leidinggevende die luistert, hoort meer dan een die praat. Dat is de kern.

## Vragen stellen

Stel een open vraag en wacht op het antwoord. Vat samen wat je hoort.
"""
DAY = """title = "Luisterdag"
layout = "layouts/eigen"

[[programme]]
article = "source_texts/luisteren.md"
minutes = 30
"""
CHANGE_WITHIN = 2.0
"""Seconds from a saved change to the rebuilt output (the issue's promise)."""


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "source_texts").mkdir()
    (tmp_path / "source_texts" / "luisteren.md").write_text(ARTICLE, encoding="utf-8")
    shutil.copytree(ROOT / "layouts" / "coaching", tmp_path / "layouts" / "eigen")
    (tmp_path / "workshop.toml").write_text(DAY, encoding="utf-8")
    return tmp_path


def test_a_days_files_are_its_workshop_file_articles_outlines_and_layout(tmp_path) -> None:
    from workshop.build import BuildOptions

    folder = _folder(tmp_path)
    (found,) = targets([folder / "workshop.toml"], BuildOptions())
    assert folder / "workshop.toml" in found.files
    assert folder / "source_texts" / "luisteren.md" in found.files
    assert folder / "source_texts" / "luisteren.outline.md" in found.files  # even before it exists
    assert folder / "layouts" / "eigen" / "layout.toml" in found.files
    assert folder / "layouts" / "eigen" / "handout.xml.j2" in found.files


def test_watch_rebuilds_within_two_seconds_of_each_kind_of_change(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    command = [sys.executable, "-c", "from workshop.cli import main; main()", "build", "--watch"]
    process = subprocess.Popen(
        [*command, "--format", "pdf"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout], daemon=True
    ).start()

    def wait_for(text: str, seconds: float) -> float:
        started = time.monotonic()
        seen = []
        while (left := seconds - (time.monotonic() - started)) > 0:
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                break
            seen.append(line)
            if text in line:
                return time.monotonic() - started
        raise AssertionError(f"no {text!r} within {seconds} s; got {seen}")

    handout = folder / "output" / "luisterdag-handout.pdf"
    try:
        wait_for("watching for changes", 120)
        changes = [
            ("the article", folder / "source_texts" / "luisteren.md", "Nog een zin erbij.\n"),
            ("the workshop file", folder / "workshop.toml", 'subtitle = "Tweede versie"\n'),
            ("the layout", folder / "layouts" / "eigen" / "layout.toml", "\n# een opmerking\n"),
        ]
        for what, path, extra in changes:
            before = handout.stat().st_mtime_ns
            text = path.read_text(encoding="utf-8")
            if path.name == "workshop.toml":  # a key belongs before the first table
                path.write_text(extra + text, encoding="utf-8")
            else:
                path.write_text(text + extra, encoding="utf-8")
            took = wait_for("wrote output/luisterdag-handout.pdf", 30)
            assert took < CHANGE_WITHIN, f"{what}: rebuilt after {took:.1f} s"
            assert handout.stat().st_mtime_ns != before
        assert lines.empty() or "Error" not in "".join(list(lines.queue))
    finally:
        process.terminate()
        process.wait(timeout=30)
