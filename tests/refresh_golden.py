"""Rewrite the expected JSON of fixture articles from what the readers make now.

    python tests/refresh_golden.py [CASE ...]   (all cases without arguments)

Review `git diff tests/fixtures` by eye before committing: a golden file is a claim about
what the article says, not a copy of what the code happens to do.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from workshop.readers import read_article

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def main(cases: list[str]) -> None:
    for case in cases or sorted(path.name for path in ARTICLES.iterdir() if path.is_dir()):
        source = next((ARTICLES / case).glob("input.*"))
        article = read_article(source)
        text = json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
        (ARTICLES / case / "expected.json").write_text(text, encoding="utf-8")
        print(f"wrote {ARTICLES / case / 'expected.json'}")


if __name__ == "__main__":
    main(sys.argv[1:])
