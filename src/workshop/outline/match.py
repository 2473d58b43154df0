"""Which section of the article each `##` section of an outline stands for: the n-th
section with a heading in the outline is the n-th with that heading in the article."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Iterator

from .document import SectionOutline

NAMES_A_SECTION = (
    "a '## ' heading names a section of the article as it is (to change its title, write "
    "'Titel: …' or 'Title: …' under it; after the article changed, run "
    "'workshop outline --refresh')"
)


FOREIGN = (
    "none of its sections is in the article: it is the outline of another article (write this "
    "one's with 'workshop outline ARTICLE')"
)


def numbered(headings: Iterable[str]) -> Iterator[tuple[str, int]]:
    """Each heading, as compared (letter case and spacing do not count), with how many
    times it has come so far (1 for the first)."""
    seen: Counter[str] = Counter()
    for heading in headings:
        key = _key(heading)
        seen[key] += 1
        yield key, seen[key]


def _key(heading: str) -> str:
    return " ".join(heading.casefold().split())


def match(
    titles: list[str], sections: tuple[SectionOutline, ...]
) -> tuple[dict[int, SectionOutline], list[tuple[int, str]]]:
    """The outline's sections by the index of the article's section each names, and one
    problem (line, message) for each that names none."""
    places = {key: index for index, key in enumerate(numbered(titles))}
    twice = _uneven_repeats(titles, sections)
    if twice:
        return {}, twice
    matched: dict[int, SectionOutline] = {}
    problems: list[tuple[int, str]] = []
    for section, key in zip(sections, numbered(s.heading for s in sections), strict=True):
        index = places.get(key)
        if index is not None:
            matched[index] = section
            continue
        count = key[1]
        if (key[0], 1) in places:
            what = f"the article has only {count - 1} section so headed; keep one in the outline"
            problems.append((section.line, f"'## {section.heading}' again: {what}"))
            continue
        close = difflib.get_close_matches(section.heading, titles, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        message = f"'## {section.heading}': no such section in the article; {hint}{NAMES_A_SECTION}"
        problems.append((section.line, message))
    if sections and not matched and len(problems) > 1:
        return matched, [(0, FOREIGN)]
    return matched, problems


def _uneven_repeats(
    titles: list[str], sections: tuple[SectionOutline, ...]
) -> list[tuple[int, str]]:
    """A heading the article has more than once must be in the outline as often: which of
    them a lone one stands for cannot be told (an empty one is built from the article)."""
    article = Counter(key for key, _ in numbered(titles))
    outline = Counter(key for key, _ in numbered(s.heading for s in sections))
    problems = []
    for section in sections:
        key = _key(section.heading)
        if article[key] > 1 and outline[key] != article[key]:
            problems.append(
                (
                    section.line,
                    f"the article has {article[key]} sections headed {section.heading!r} and "
                    f"the outline {outline[key]}: write each of them, in order (one with only "
                    "its heading is built from the article)",
                )
            )
            outline[key] = article[key]  # once per heading
    return problems


def escaped_heading(heading: str) -> str:
    """A heading as the block of fingerprints (a comment) can hold it."""
    return heading.replace("-->", "--\\>")


def unescaped_heading(text: str) -> str:
    return text.replace("--\\>", "-->")
