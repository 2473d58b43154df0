"""The corpus under `tests/fixtures/corpus/` and how a parsed article is compared with it.

Shared by the corpus tests and by `bench/reader_quality.py`, so the numbers a report prints
and the checks a test makes are the same checks.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FIELDS = ("title", "author", "date", "language", "intro", "sections", "dropped")


@dataclass(frozen=True)
class Case:
    """One corpus article: its source file and its expected JSON."""

    source: Path
    expected: Path

    @property
    def name(self) -> str:
        return f"{self.source.parent.name}/{self.source.name}"


def full_cases() -> list[Case]:
    """Every article with a full expected JSON: the Markdown and scraped forms and the seed."""
    cases = []
    for expected in sorted((CORPUS / "expected").glob("*.json")):
        stem = expected.name.removesuffix(".json")
        folder = "markdown" if stem.endswith(".md") else "scraped"
        source = CORPUS / folder / stem
        if source.exists():
            cases.append(Case(source, expected))
    return cases


def partial_cases() -> list[Case]:
    """Every saved web page with its partial expectation."""
    return [
        Case(path.with_name(path.name.removesuffix(".partial.json") + ".html"), path)
        for path in sorted((CORPUS / "html").glob("*.partial.json"))
    ]


def unseen_cases() -> list[Case]:
    """Articles in all three forms written after the readers, with partial expectations."""
    folder = Path(__file__).parent / "fixtures" / "unseen"
    return [
        Case(path.with_name(path.name.removesuffix(".partial.json")), path)
        for path in sorted(folder.glob("*.partial.json"))
    ]


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def normalise(text: str) -> str:
    """The contract's normal form: NFC, no soft hyphens, whitespace folded to single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00ad", "").split())


def differences(actual: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Every field where `actual` differs from `expected`, named so a failure reads like a diff."""
    problems = []
    for key in ("title", "author", "date", "language"):
        if actual[key] != expected[key]:
            problems.append(f"{key}: {actual[key]!r} != {expected[key]!r}")
    if actual["intro"] != expected["intro"]:
        problems.append(f"intro: {_blocks_diff(actual['intro'], expected['intro'])}")
    got = [(s["title"], s["level"]) for s in actual["sections"]]
    want = [(s["title"], s["level"]) for s in expected["sections"]]
    if got != want:
        problems.append(f"section titles: {_list_diff(got, want)}")
    else:
        for section, wanted in zip(actual["sections"], expected["sections"], strict=True):
            if section["blocks"] != wanted["blocks"]:
                problems.append(
                    f"blocks of {section['title']!r}: "
                    f"{_blocks_diff(section['blocks'], wanted['blocks'])}"
                )
    if actual["dropped"] != expected["dropped"]:
        problems.append(f"dropped: {_list_diff(actual['dropped'], expected['dropped'])}")
    return problems


def _blocks_diff(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> str:
    return _list_diff([_short(b) for b in got], [_short(b) for b in want])


def _short(block: dict[str, Any]) -> str:
    text = block.get("text") or block.get("src") or " | ".join(block.get("items", []))
    return f"{block['type']}:{text[:70]}"


def _list_diff(got: list[Any], want: list[Any]) -> str:
    extra = [item for item in got if item not in want]
    missing = [item for item in want if item not in got]
    if not extra and not missing:
        return "same items, different order"
    return f"unexpected {extra[:4]}, missing {missing[:4]}"


def article_text(article: dict[str, Any]) -> list[str]:
    """Every block text of an article, in reading order (list items one by one)."""
    texts = []
    for blocks in [article["intro"], *(s["blocks"] for s in article["sections"])]:
        for block in blocks:
            if block["type"] == "list":
                texts.extend(block["items"])
            elif block["type"] in ("paragraph", "quote"):
                texts.append(block["text"])
    return texts


def partial_problems(actual: dict[str, Any], partial: dict[str, Any]) -> list[str]:
    """Every check of a partial expectation that `actual` fails."""
    problems = []
    for key in ("title", "author", "date", "language"):
        if actual[key] != partial[key]:
            problems.append(f"{key}: {actual[key]!r} != {partial[key]!r}")
    optional = set(partial.get("optional_headings", []))
    headings = [s["title"] for s in actual["sections"] if s["title"] not in optional]
    if headings != partial["headings"]:
        problems.append(f"headings: {_list_diff(headings, partial['headings'])}")
    texts = [normalise(text) for text in article_text(actual)]
    body = "\n".join([actual["title"], *[s["title"] for s in actual["sections"]], *texts])
    for line in partial["must_drop"]:
        if normalise(line) in body:
            problems.append(f"clutter kept: {line!r}")
    for sample in partial["body_samples"]:
        if not any(normalise(sample) in text for text in texts):
            problems.append(f"body sample missing: {sample!r}")
    items = {
        normalise(item)
        for blocks in [actual["intro"], *(s["blocks"] for s in actual["sections"])]
        for block in blocks
        if block["type"] == "list"
        for item in block["items"]
    }
    for item in partial["list_items"]:
        if normalise(item) not in items:
            problems.append(f"list item missing: {item!r}")
    return problems


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())
