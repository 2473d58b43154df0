"""How well the readers read: title, headings, body text kept, clutter left in, per article.

    python bench/reader_quality.py [CORPUS_DIR] [-v]

CORPUS_DIR has the corpus's shape (`markdown/`, `scraped/`, `expected/`, `html/`); without it the
test corpus is used. Prints one line per article that is not perfect, then the totals: titles
right, heading F1, share of body words kept, articles with clutter in the body, authors and
dates right.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from tests import corpus  # noqa: E402

from workshop.errors import WorkshopError  # noqa: E402
from workshop.readers import read_article  # noqa: E402


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    folders = [arg for arg in argv if arg != "-v"]
    if folders:
        corpus.CORPUS = Path(folders[0])
    rows = []
    for case in corpus.full_cases():
        expected = corpus.load(case.expected)
        actual = _read(case.source)
        headings = [s["title"] for s in expected["sections"]]
        rows.append(_score(case.name, actual, expected, headings, expected["dropped"]))
        if verbose and actual and (problems := corpus.differences(actual, expected)):
            print(case.name, *problems, sep="\n  ")
    unseen = [] if folders else corpus.unseen_cases()
    for case in corpus.partial_cases() + unseen:
        partial = corpus.load(case.expected)
        actual = _read(case.source)
        rows.append(_score(case.name, actual, partial, partial["headings"], partial["must_drop"]))
        if verbose and actual and (problems := corpus.partial_problems(actual, partial)):
            print(case.name, *problems, sep="\n  ")
    _report(rows)


def _read(path: Path) -> dict | None:
    try:
        return read_article(path).to_dict()
    except WorkshopError as error:
        print(f"{path.name}: {error.format_message()}")
        return None
    except Exception as error:  # noqa: BLE001 - one broken article must not stop the report
        print(f"{path.name}: crashed: {error!r}")
        return None


def _score(name, actual, expected, headings, clutter) -> dict:
    if actual is None:
        return {
            "name": name,
            "title": False,
            "tp": 0,
            "fp": 0,
            "fn": len(headings),
            "kept": 0,
            "total": 1,
            "clutter": [],
            "author": False,
            "date": False,
        }
    optional = set(expected.get("optional_headings", []))
    got = [s["title"] for s in actual["sections"] if s["title"] not in optional]
    tp = sum((Counter(got) & Counter(headings)).values())
    body = " ".join(corpus.normalise(t) for t in corpus.article_text(actual))
    if "body_samples" in expected:
        want = Counter(w for t in expected["body_samples"] for w in corpus.words(t))
    else:
        want = Counter(w for t in corpus.article_text(expected) for w in corpus.words(t))
    kept = sum((want & Counter(corpus.words(body))).values())
    shown = "\n".join([body, *[s["title"] for s in actual["sections"]]])
    left = [line for line in clutter if corpus.normalise(line) in shown and len(line) > 3]
    return {
        "name": name,
        "title": actual["title"] == expected["title"],
        "tp": tp,
        "fp": len(got) - tp,
        "fn": len(headings) - tp,
        "kept": kept,
        "total": sum(want.values()),
        "clutter": left,
        "author": actual["author"] == expected.get("author"),
        "date": actual["date"] == expected.get("date"),
    }


def _report(rows: list[dict]) -> None:
    for row in rows:
        f1 = _f1(row["tp"], row["fp"], row["fn"])
        keep = row["kept"] / row["total"] if row["total"] else 1.0
        if (
            not (row["title"] and row["author"] and row["date"])
            or f1 < 1
            or keep < 1
            or row["clutter"]
        ):
            print(
                f"{row['name']:<60} title {'ok ' if row['title'] else 'BAD'} "
                f"F1 {f1:.2f} kept {keep:.1%} clutter {row['clutter'][:2]}"
                + ("" if row["author"] else " author BAD")
                + ("" if row["date"] else " date BAD")
            )
    tp, fp, fn = (sum(row[k] for row in rows) for k in ("tp", "fp", "fn"))
    titles = sum(row["title"] for row in rows)
    kept = sum(row["kept"] for row in rows) / (sum(row["total"] for row in rows) or 1)
    cluttered = sum(bool(row["clutter"]) for row in rows)
    authors, dates = (sum(row[key] for row in rows) for key in ("author", "date"))
    print(
        f"\n{len(rows)} articles: titles {titles}/{len(rows)} "
        f"({titles / len(rows):.0%}), heading F1 {_f1(tp, fp, fn):.3f}, "
        f"body words kept {kept:.1%}, clutter in body {cluttered}/{len(rows)}, "
        f"author {authors}/{len(rows)}, date {dates}/{len(rows)}"
    )


def _f1(tp: int, fp: int, fn: int) -> float:
    if tp == fp == fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


if __name__ == "__main__":
    main(sys.argv[1:])
