"""Golden tests: each fixture article parses to exactly its expected JSON.

A case is a folder `tests/fixtures/articles/<case>/` with `input.<ext>` and `expected.json`.
Run `python tests/refresh_golden.py CASE` to rewrite an expected file, then review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workshop.readers import read_article

from .conftest import ARTICLES

CASES = sorted(path.name for path in ARTICLES.iterdir() if (path / "expected.json").exists())


def _input(case: str) -> Path:
    return next((ARTICLES / case).glob("input.*"))


@pytest.mark.parametrize("case", CASES)
def test_article_matches_golden_file(case: str) -> None:
    expected = json.loads((ARTICLES / case / "expected.json").read_text(encoding="utf-8"))
    actual = read_article(_input(case)).to_dict()
    for key in ("title", "author", "date", "language", "intro", "dropped"):
        assert actual[key] == expected[key], key
    assert [s["title"] for s in actual["sections"]] == [s["title"] for s in expected["sections"]]
    assert actual["sections"] == expected["sections"]
