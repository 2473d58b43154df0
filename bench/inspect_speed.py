"""How long `workshop inspect` takes on a 50,000-word article, in each source format.

    python bench/inspect_speed.py [WORDS]

Writes the article as scraped text, Markdown and HTML into a temporary folder, runs the real
command (a new process each time, imports included) three times per format and prints the best
wall-clock time. The issue's bar is under a second.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = (
    "Een coachende leider stelt vragen die de ander helpen zelf het antwoord te vinden, "
    "en luistert daarna echt naar wat er gezegd wordt."
)


def _sections(words: int) -> list[tuple[str, list[str]]]:
    per_sentence = len(SENTENCE.split())
    sentences = words // per_sentence
    sections = []
    for number in range(0, sentences, 40):
        paragraphs = [" ".join([SENTENCE] * 5) for _ in range(min(40, sentences - number) // 5)]
        sections.append((f"Onderdeel {number // 40 + 1}", paragraphs or [SENTENCE]))
    return sections


def write_articles(folder: Path, words: int) -> list[Path]:
    sections = _sections(words)
    text = ["Een lang artikel", "", "12 maart 2024, door Test Auteur", ""]
    markdown = ["---", "title: Een lang artikel", "date: 2024-03-12", "---", ""]
    html = [
        "<html><body><article><h1>Een lang artikel</h1>",
        "<p>12 maart 2024, door Test Auteur</p>",
    ]
    for title, paragraphs in sections:
        text += [title, *paragraphs, ""]
        markdown += [f"## {title}", "", *(p + "\n" for p in paragraphs)]
        html += [f"<h2>{title}</h2>", *(f"<p>{p}</p>" for p in paragraphs)]
    html.append("</article></body></html>")
    paths = []
    for name, lines in (("lang.txt", text), ("lang.md", markdown), ("lang.html", html)):
        path = folder / name
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str]) -> None:
    words = int(argv[0]) if argv else 50_000
    command = Path(sys.executable).parent / "workshop"
    with tempfile.TemporaryDirectory() as folder:
        for path in write_articles(Path(folder), words):
            counted = len(path.read_text(encoding="utf-8").split())
            best = min(_timed([str(command), "inspect", str(path)]) for _ in range(3))
            print(f"{path.suffix:<6} {counted:>7} words  inspect {best:.2f} s")


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


if __name__ == "__main__":
    main(sys.argv[1:])
