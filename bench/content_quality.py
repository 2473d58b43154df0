"""What is on the slides and in the handout's working elements, measured as a facilitator would.

    python bench/content_quality.py [CORPUS_DIR] [-v]

Builds the seed and every article of the corpus (`markdown/`, `scraped/`, `html/` under
CORPUS_DIR, else the test corpus) with the default layout and prints, per article, its content
slides and faults, then the totals the content issue sets targets for:

- decks without content slides (only title, agenda, questions and closing)
- content-slide bullets that are fragments (see `workshop.enrich.faults`), over 20 words, or
  calls to action
- content slides that are presentable: 1 to 6 bullets, at most 60 words, none of those faults
- key-point boxes that repeat the list printed above them; questions with a heading in
  quotes; question slides that differ once their key terms are taken out; question slides
  per content slide
- the articles' tables shown as tables and their exercises as exercise slides

`-v` also prints every faulty bullet with its reasons.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from pptx import Presentation  # noqa: E402

from workshop.build import BuildOptions, build_all  # noqa: E402
from workshop.enrich.digest import digest  # noqa: E402
from workshop.enrich.faults import faults  # noqa: E402
from workshop.layouts import load_layout  # noqa: E402
from workshop.layouts.templates import render_template  # noqa: E402
from workshop.plans import Bullets, KeyPoints, Questions, parse_handout  # noqa: E402
from workshop.readers import read_article  # noqa: E402

ROOT = Path(__file__).parent.parent
SEED = ROOT / "source_texts" / "vertrouwen.txt"
FOLDERS = ("markdown", "scraped", "html")
CONTENT_LAYOUTS = {"Titel en inhoud", "Title and Content"}
QUESTION_LABELS = {"Om over na te denken", "To think about"}
EXERCISE_LAYOUTS = {"Inhoud met bijschrift", "Content with Caption"}


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    folders = [arg for arg in argv if arg != "-v"]
    corpus = Path(folders[0]) if folders else ROOT / "tests" / "fixtures" / "corpus"
    groups = [[SEED]] + [
        sorted(p for p in (corpus / f).iterdir() if p.suffix in (".md", ".txt", ".html"))
        for f in FOLDERS
    ]
    totals: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as scratch:
        for number, sources in enumerate(groups):
            out = Path(scratch) / str(number)
            decks = list(build_all(sources, BuildOptions(out_dir=out, formats=("pptx",))))
            for source, deck in zip(sources, decks, strict=True):
                _measure(source, deck, totals, verbose)
    _report(totals)


def _measure(source: Path, deck: Path, totals: Counter[str], verbose: bool) -> None:
    article = read_article(source)
    language = article.language
    slides = [_view(slide) for slide in Presentation(str(deck)).slides]
    content = [s for s in slides if s["layout"] in CONTENT_LAYOUTS and s["bullets"]]
    content = [s for s in content if not s["title"].startswith("Agenda")]
    questions = [s for s in slides if s["title"].removesuffix(" (vervolg)") in QUESTION_LABELS]
    exercises = [s for s in slides if s["layout"] in EXERCISE_LAYOUTS]
    tables = [s for s in slides if s["table"]]
    totals["decks"] += 1
    totals["decks without content"] += not content
    bad_slides = 0
    for slide in content:
        slide_faults = 0
        for bullet in slide["bullets"]:
            reasons = faults(bullet, language)
            long = len(bullet.split()) > 20
            action = any("call to action" in reason for reason in reasons)
            fragment = [r for r in reasons if "call to action" not in r and "question" not in r]
            totals["bullets"] += 1
            totals["fragments"] += bool(fragment)
            totals["over 20 words"] += long
            totals["calls to action"] += action
            slide_faults += bool(reasons) or long
            if verbose and (reasons or long):
                print(f"  {source.name}: {bullet!r}: {', '.join(reasons) or 'over 20 words'}")
        words = sum(len(b.split()) for b in slide["bullets"])
        presentable = 1 <= len(slide["bullets"]) <= 6 and words <= 60 and not slide_faults
        bad_slides += not presentable
    totals["content slides"] += len(content)
    totals["presentable"] += len(content) - bad_slides
    totals["question slides"] += len(questions)
    totals["decks over one question per three content slides"] += len(questions) * 3 > len(content)
    totals["exercise slides"] += len(exercises)
    totals["table slides"] += len(tables)
    handout = _handout(article)
    repeats, quoted, asked = _working_elements(handout, article)
    totals["key-point boxes repeating the list above"] += repeats
    totals["questions with a heading in quotes"] += quoted
    distinct = {_without_terms(s["statement"], article) for s in questions}
    totals["question slides distinct without key terms"] += len(distinct)
    totals["handout questions"] += asked
    print(
        f"{source.parent.name}/{source.name}: {len(slides)} slides, {len(content)} content, "
        f"{len(content) - bad_slides} presentable, {len(questions)} questions, "
        f"{len(exercises)} exercises, {len(tables)} tables"
    )


def _view(slide) -> dict:
    texts = {shape.name: shape.text_frame.text for shape in slide.shapes if shape.has_text_frame}
    body = next((s for s in slide.shapes if s.name == "Body"), None)
    bullets = [p.text for p in body.text_frame.paragraphs if p.text] if body else []
    return {
        "layout": slide.slide_layout.name,
        "title": slide.shapes.title.text_frame.text if slide.shapes.title else "",
        "bullets": bullets,
        "statement": texts.get("Statement", ""),
        "table": any(getattr(shape, "has_table", False) for shape in slide.shapes),
    }


def _handout(article):
    layout = load_layout("coaching", ROOT / "layouts")
    xml = render_template(layout, "handout.xml.j2", digest(article))
    return parse_handout(xml, Path("handout.xml.j2"))


def _working_elements(handout, article) -> tuple[int, int, int]:
    """Key-point boxes that repeat an item of the list just above them; questions quoting a
    heading; the number of questions."""
    headings = [s.title for s in article.sections]
    repeats = quoted = asked = 0
    last_list: set[str] = set()
    for element in handout.body:
        if isinstance(element, Bullets):
            last_list = {_fold(item) for item in element.items}
        elif isinstance(element, KeyPoints):
            repeats += any(_fold(item) in last_list for item in element.items)
        elif isinstance(element, Questions):
            asked += len(element.items)
            for question in element.items:
                quoted += any(_quotes(heading, question) for heading in headings)
        if not isinstance(element, Bullets | KeyPoints):
            last_list = last_list if isinstance(element, Questions) else set()
    return repeats, quoted, asked


def _quotes(heading: str, text: str) -> bool:
    return bool(re.search(rf"[„“\"'‘]{re.escape(heading)}[”\"'’]", text))


def _without_terms(question: str, article) -> str:
    """A question with the words of the article's headings taken out: what is left is its
    template."""
    terms = {w.lower() for s in article.sections for w in re.findall(r"\w+", s.title)}
    return " ".join(w for w in re.findall(r"\w+", question.lower()) if w not in terms)


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _report(totals: Counter[str]) -> None:
    def share(part: str, whole: str) -> str:
        percent = 100 * totals[part] / max(totals[whole], 1)
        return f"{totals[part]}/{totals[whole]} ({percent:.1f} %)"

    print()
    print(f"decks without content slides: {totals['decks without content']}/{totals['decks']}")
    print(f"bullet fragments: {share('fragments', 'bullets')} (target <= 3 %)")
    print(f"bullets over 20 words: {share('over 20 words', 'bullets')} (target <= 2 %)")
    print(f"bullets that are calls to action: {totals['calls to action']} (target 0)")
    print(f"presentable content slides: {share('presentable', 'content slides')} (target >= 85 %)")
    repeats = totals["key-point boxes repeating the list above"]
    print(f"key-point boxes repeating the list above: {repeats}")
    print(f"questions with a heading in quotes: {totals['questions with a heading in quotes']}")
    print(
        "question slides distinct without key terms: "
        f"{share('question slides distinct without key terms', 'question slides')} (target >= 70 %)"
    )
    print(
        "decks with more than one question slide per three content slides: "
        f"{totals['decks over one question per three content slides']}/{totals['decks']}"
    )
    print(f"exercise slides: {totals['exercise slides']}, table slides: {totals['table slides']}")


if __name__ == "__main__":
    main(sys.argv[1:])
