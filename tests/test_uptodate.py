"""Nothing changed, nothing done: a rebuild makes only what its inputs changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from workshop.uptodate import Record

from .conftest import ROOT
from .corpus import CORPUS

ARTICLE = "# Les {n}\n\nWie coacht, stelt eerst een vraag en luistert dan. Dat is les {n}.\n"


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    sources = tmp_path / "bronnen"
    sources.mkdir()
    for n in range(1, 4):
        (sources / f"les-{n}.md").write_text(ARTICLE.format(n=n), encoding="utf-8")
    layout = tmp_path / "eigen"
    shutil.copytree(ROOT / "layouts" / "coaching", layout)
    return sources, layout, tmp_path / "out"


def _times(out: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in sorted(out.iterdir())}


def test_a_rebuild_makes_only_what_changed(run, tmp_path: Path) -> None:
    sources, layout, out = _setup(tmp_path)
    command = ("build", sources, "--out", out, "--layout", layout)
    first = run(*command)
    assert first.exit_code == 0 and first.output.count("wrote ") == 6, first.output
    before = _times(out)

    again = run(*command)
    assert again.exit_code == 0 and "wrote " not in again.output
    assert again.output.count("up to date: ") == 3
    assert _times(out) == before  # not rewritten

    (sources / "les-2.md").write_text(ARTICLE.format(n="twee"), encoding="utf-8")
    touched = run(*command)
    assert [line for line in touched.output.splitlines() if line.startswith("wrote ")] == [
        f"wrote {out / 'les-2-handout.pdf'}",
        f"wrote {out / 'les-2-slides.pptx'}",
    ]
    changed = {name for name, time in _times(out).items() if time != before[name]}
    assert changed == {"les-2-handout.pdf", "les-2-slides.pptx"}

    (out / "les-3-slides.pptx").unlink()  # an output gone: its article is built again
    assert run(*command).output.count("wrote ") == 2

    text = (layout / "layout.toml").read_text(encoding="utf-8")
    (layout / "layout.toml").write_text(text.replace('footer = ""', 'footer = "Werkplaats"', 1))
    assert run(*command).output.count("wrote ") == 6  # a layout file: everything

    assert run(*command, "--force").output.count("wrote ") == 6


def test_other_options_are_another_build(run, tmp_path: Path) -> None:
    sources, layout, out = _setup(tmp_path)
    assert run("build", sources, "--out", out, "--format", "pdf").output.count("wrote ") == 3
    paper = run("build", sources, "--out", out, "--format", "pdf", "--paper", "A5")
    assert paper.output.count("wrote ") == 3


def test_a_batch_on_every_core_writes_the_bytes_and_lines_of_a_serial_build(
    run, tmp_path: Path
) -> None:
    sources, _, _ = _setup(tmp_path)
    (sources / "les-2.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    serial = run("build", sources, "--out", tmp_path / "serial", "--jobs", "1")
    parallel = run("build", sources, "--out", tmp_path / "parallel", "--jobs", "3")
    assert serial.exit_code == parallel.exit_code == 1
    assert parallel.output.replace("parallel", "serial") == serial.output
    names = sorted(p.name for p in (tmp_path / "serial").iterdir())
    assert names == [
        "les-1-handout.pdf",
        "les-1-slides.pptx",
        "les-3-handout.pdf",
        "les-3-slides.pptx",
    ]
    for name in names:
        assert (tmp_path / "serial" / name).read_bytes() == (
            tmp_path / "parallel" / name
        ).read_bytes()


def test_the_corpus_built_cached_and_in_parallel_is_the_serial_uncached_build(
    tmp_path: Path,
) -> None:
    """Every article of the corpus (Markdown with pictures, scraped text, saved pages):
    built serially in a new process with an empty cache, then in parallel with everything
    the first build kept (compiled templates, hyphenation patterns, font metrics), the
    outputs are the same bytes."""
    sources = tmp_path / "corpus"
    shutil.copytree(CORPUS / "markdown", sources)
    for kind in ("scraped", "html"):
        for path in (CORPUS / kind).iterdir():
            shutil.copy(path, sources / f"{kind}-{path.name}")
    cache = tmp_path / "cache"

    def build(out: str, jobs: str) -> None:
        command = [sys.executable, "-c", "from workshop.cli import main; main()", "build"]
        options = [str(sources), "--out", str(tmp_path / out), "--force", "--jobs", jobs]
        environment = {**os.environ, "XDG_CACHE_HOME": str(cache)}
        done = subprocess.run([*command, *options], env=environment, capture_output=True)
        assert done.returncode in (0, 1), done.stderr.decode()

    build("uncached", "1")
    assert {folder.name for folder in (cache / "workshop").iterdir()} >= {
        "fonts",
        "hyphenation",
        "templates",
    }
    build("cached", "2")
    uncached = sorted((tmp_path / "uncached").iterdir())
    articles = [path for path in sources.iterdir() if path.suffix in (".md", ".txt", ".html")]
    assert len(uncached) >= 2 * len(articles) - 2  # a saved page may not be an article
    for path in uncached:
        assert path.read_bytes() == (tmp_path / "cached" / path.name).read_bytes(), path.name


def test_a_damaged_build_record_means_building_again(run, tmp_path: Path) -> None:
    sources, layout, out = _setup(tmp_path)
    command = ("build", sources / "les-1.md", "--out", out, "--layout", layout)
    assert run(*command).exit_code == 0
    for damage in ({"x": 5}, ["x"], {"x": ["a", "b"]}, "x"):
        record = Record(out)  # as the last build left it
        record.builds["les-1"]["files"] = damage
        record.path.write_text(json.dumps(record.builds), encoding="utf-8")
        again = run(*command)
        assert again.exit_code == 0, again.output
        assert again.output.count("wrote ") == 2  # built again, not a traceback
