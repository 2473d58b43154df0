"""How fast builds are, as whole processes, beside the floor the bare libraries set.

    python bench/build_speed.py [RUNS]

Prints each figure as the median of RUNS runs (default 5; the seed and the floor 3 x RUNS,
taken in turns) of a new process, with its peak
memory (with a batch's worker processes: all of them at once), and the ratios the
speed issue asks for: the seed's handout and deck against `bench/floor.py` drawing the same
pages and slides with reportlab and python-pptx alone, and pandoc's .pptx of the seed when
pandoc is installed, all measured in this run. Then a batch of 200 articles (copies of the
test corpus) cold, again with nothing changed, again with one article changed, a 20 times
longer article, `workshop --help` and `workshop inspect`. The tool's modules are compiled to
bytecode first, as `pip install .` does. Run it on a quiet machine; it takes a few
minutes. It is not part of the test suite.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "source_texts" / "vertrouwen.txt"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
FONT = ROOT / "layouts" / "coaching" / "fonts" / "Carlito-Regular.ttf"
WORKSHOP = [sys.executable, "-c", "from workshop.cli import main; main()"]


def run(command: list[str], runs: int, before=None) -> tuple[float, float]:
    """Median wall-clock seconds of `command` and its largest peak memory (MiB): the most
    its process and its worker processes held at one time (their proportional set size,
    pages they share counted once), sampled every 10 ms, or the process's own peak resident
    size when that is larger (a peak between two samples)."""
    times, peaks = [], []
    for _ in range(runs):
        if before is not None:
            before()
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        sampled = 0.0
        while True:
            waited, status, usage = os.wait4(process.pid, os.WNOHANG)
            if waited:
                break
            sampled = max(sampled, _tree_memory(process.pid))
            time.sleep(0.01)
        times.append(time.perf_counter() - started)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0,):
            raise SystemExit(f"{' '.join(command[3:])}: exit code {process.returncode}")
        peaks.append(max(sampled, usage.ru_maxrss / 1024))
    return statistics.median(times), max(peaks)


def _tree_memory(pid: int) -> float:
    """The proportional set size (MiB) of `pid` and all its descendants."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total / 1024


def floor_content(handout: Path, deck: Path, target: Path) -> None:
    """The text of every page and slide of a real build, for the floor to draw."""
    from pptx import Presentation
    from pypdf import PdfReader

    pages = [(page.extract_text() or "").splitlines() for page in PdfReader(handout).pages]
    slides = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title.text if slide.shapes.title is not None else ""
        bullets = [
            paragraph.text
            for shape in slide.placeholders
            if shape.has_text_frame and shape != slide.shapes.title
            for paragraph in shape.text_frame.paragraphs
            if paragraph.text
        ]
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        slides.append({"title": title, "bullets": bullets, "notes": notes})
    content = {"font": str(FONT), "pages": pages, "slides": slides}
    target.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")


def seed_as_markdown(target: Path) -> None:
    """The seed as the tool reads it, in Markdown, for pandoc."""
    read = subprocess.run(
        [*WORKSHOP, "inspect", "--json", str(SEED)], capture_output=True, text=True, check=True
    )
    article = json.loads(read.stdout)
    lines = [f"# {article['title']}", ""]
    blocks = [("", article["intro"])] + [(s["title"], s["blocks"]) for s in article["sections"]]
    for title, body in blocks:
        if title:
            lines += [f"## {title}", ""]
        for block in body:
            if block["type"] == "list":
                lines += [f"- {item}" for item in block["items"]] + [""]
            elif "text" in block:
                lines += [block["text"], ""]
    target.write_text("\n".join(lines), encoding="utf-8")


def batch(folder: Path, count: int) -> list[Path]:
    """`count` articles: the corpus's Markdown and scraped texts copied round, with their
    pictures."""
    folder.mkdir(parents=True)
    sources = sorted((CORPUS / "markdown").glob("*.md")) + sorted(
        (CORPUS / "scraped").glob("*.txt")
    )
    for picture in (CORPUS / "markdown").iterdir():
        if picture.suffix.lower() in (".png", ".jpg", ".jpeg"):
            shutil.copy(picture, folder)
    made = []
    for number in range(count):
        source = sources[number % len(sources)]
        target = folder / f"a{number:03}-{source.name}"
        shutil.copy(source, target)
        made.append(target)
    return made


def main(runs: int) -> None:
    # The tool as installed: `pip install .` compiles its modules to bytecode, as it did the
    # libraries' the floor imports; an editable install under PYTHONDONTWRITEBYTECODE would
    # compile every module in every run instead.
    compileall.compile_dir(str(ROOT / "src" / "workshop"), quiet=1)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        os.environ["XDG_CACHE_HOME"] = str(work / "cache")
        out = work / "out"
        seed = [*WORKSHOP, "build", str(SEED), "--out", str(out), "--force"]  # as a trainer would
        first, _ = run(seed, 1)  # the cache folder filled, as after a trainer's first build
        floor_content(
            out / "vertrouwen-handout.pdf", out / "vertrouwen-slides.pptx", work / "c.json"
        )
        floor = [
            sys.executable,
            str(ROOT / "bench" / "floor.py"),
            str(work / "c.json"),
            str(work / "f"),
        ]
        # the two in turns, three times as many runs: a ratio this machine's drift leaves be
        seed_runs, floor_runs = [], []
        for _ in range(3 * runs):
            seed_runs.append(run(seed, 1))
            floor_runs.append(run(floor, 1))
        seconds = statistics.median(time for time, _ in seed_runs)
        floor_seconds = statistics.median(time for time, _ in floor_runs)
        peak = max(memory for _, memory in seed_runs)
        floor_peak = max(memory for _, memory in floor_runs)
        print(f"seed, handout + deck: {seconds:.2f} s, peak {peak:.0f} MiB")
        print(f"  floor (the bare libraries): {floor_seconds:.2f} s, peak {floor_peak:.0f} MiB")
        print(f"  ratio to the floor: x{seconds / floor_seconds:.2f} (target <= 1.5)")
        print(f"  the first build, with an empty cache folder: {first:.2f} s")
        if shutil.which("pandoc"):
            seed_as_markdown(work / "seed.md")
            pandoc = ["pandoc", str(work / "seed.md"), "-o", str(work / "pandoc.pptx")]
            pandoc_seconds, _ = run(pandoc, runs)
            print(f"  pandoc's pptx: {pandoc_seconds:.2f} s (x{seconds / pandoc_seconds:.1f})")
        else:
            print("  pandoc: not installed, not measured")

        articles = batch(work / "batch", 200)
        build = [*WORKSHOP, "build", str(work / "batch"), "--out", str(work / "bout")]
        cold, cold_peak = run([*build, "--force"], max(1, runs // 2))
        print(
            f"200 articles, cold: {cold:.1f} s, {200 / cold:.1f} articles/s (target >= 12), "
            f"peak {cold_peak:.0f} MiB (target < 150)"
        )
        unchanged, _ = run(build, runs)
        print(f"200 articles, nothing changed: {unchanged:.2f} s (target < 1)")

        def touch() -> None:
            with articles[7].open("a", encoding="utf-8") as file:
                file.write(f"\nNog een zin om te lezen, geschreven om {time.time()}.\n")

        touched, _ = run(build, runs, touch)
        print(f"200 articles, one changed: {touched:.2f} s")

        long = work / "lang.txt"
        text = SEED.read_text(encoding="utf-8")
        long.write_text("\n\n".join([text] * 20), encoding="utf-8")
        longer, long_peak = run(
            [*WORKSHOP, "build", str(long), "--out", str(out), "--force"], max(1, runs // 2)
        )
        print(f"the seed 20 times over: {longer:.1f} s, peak {long_peak:.0f} MiB (target < 150)")

        help_seconds, _ = run([*WORKSHOP, "--help"], runs)
        print(f"workshop --help: {help_seconds:.3f} s (target < 0.1)")
        inspect_seconds, _ = run([*WORKSHOP, "inspect", str(SEED)], runs)
        print(f"workshop inspect on the seed: {inspect_seconds:.3f} s (target < 0.2)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
