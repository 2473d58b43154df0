"""Exercises: what an article asks its reader to do, as steps a group can do in a session.

A list (or a run of paragraphs marked a., b., c.) is an exercise when the text says so (a
title or lead-in with "Oefening", "Opdracht", "Schrijf op", "Exercise", "Try this"…), or
when it is a run of paragraphs marked a., b., c. most of which tell the reader what to do (a
numbered list of to-dos is not one by itself). Its steps are the items as short as a slide
allows; its time is a suggestion from the number of steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, ListBlock, Paragraph
from .bullets import LEANING, clean, list_bullet, weak
from .sentences import capitalised, sentences

_ASKED = re.compile(
    r"(?i)\b(oefening(en)?|opdracht(en)?|schrijf (het )?op|noteer|probeer (het )?(eens|zelf)|"
    r"doe (de|deze) test|exercises?|assignments?|try (this|it)|write (it )?down|reflect on)\b"
)
_MARKED = re.compile(r"^\s*([a-hA-H]|\d{1,2})[.)]\s+")
IMPERATIVES = frozenset(
    """maak schrijf noteer kies bedenk omcirkel vraag bespreek lees pak stel kijk probeer zoek
    vul geef beschrijf neem denk ga leg zet plan oefen evalueer vergelijk bepaal formuleer
    deel durf onderzoek benader bekijk make write list choose pick circle identify ask
    discuss read take try look find fill give describe think go put plan practise practice
    compare decide formulate share dare explore reach browse shadow note reflect imagine
    start""".split()
)
MAX_STEPS = 8


@dataclass(frozen=True)
class Exercise:
    """Steps for the group (each one a short instruction in the author's words), the
    suggested minutes, and the texts they were made from (in the article's blocks)."""

    steps: tuple[str, ...]
    minutes: int
    sources: tuple[str, ...]
    named: bool = False
    """Whether the section's title already calls it an exercise ("Opdrachten")."""


def exercise_in(title: str, blocks: tuple[Block, ...], language: str) -> Exercise | None:
    """The exercise a section holds, or None."""
    asked_by_title = bool(_ASKED.search(title))
    previous = ""
    marked = False
    for index, block in enumerate(blocks):
        items: list[str] = []
        if isinstance(block, ListBlock):
            items = list(block.items)
            marked = False  # a numbered list of to-dos is no exercise unless the text says so
        elif isinstance(block, Paragraph) and _MARKED.match(block.text):
            run = [b for b in blocks[index:] if isinstance(b, Paragraph)]
            for paragraph in run:
                if not _MARKED.match(paragraph.text):
                    break
                items.append(paragraph.text)
            if (
                index
                and isinstance(blocks[index - 1], Paragraph)
                and _MARKED.match(blocks[index - 1].text)
            ):
                items = []  # the run was seen from its first paragraph
            marked = True
        if len(items) >= 2:
            asked = asked_by_title or bool(_ASKED.search(previous))
            doing = sum(1 for item in items if imperative(item)) * 2 > len(items)
            if asked or (marked and doing):
                return _exercise(items[:MAX_STEPS], language, asked_by_title)
        if isinstance(block, Paragraph):
            previous = block.text
    return None


def _exercise(items: list[str], language: str, named: bool) -> Exercise | None:
    steps = []
    for item in items:
        text = _MARKED.sub("", item)
        head, colon, rest = text.partition(": ")
        if colon and imperative(rest):  # "Ter voorbereiding op stap 2: omcirkel de zin …"
            text = capitalised(rest)
        step = _first_sentence(text, language) or list_bullet(text, language, {})
        if step and not set(weak(step, language)) & set(LEANING):
            steps.append(step)
    if len(steps) < 2:
        return None
    minutes = min(20, max(5, 3 * len(steps) + 2))
    return Exercise(tuple(steps), minutes, tuple(items), named)


def _first_sentence(item: str, language: str) -> str | None:
    found = sentences(_MARKED.sub("", item), language)
    return clean(found[0], language) if found else None


def imperative(item: str) -> bool:
    """Whether `item` tells the reader what to do: it opens (after its a., 1) or bold mark)
    with an imperative."""
    first = _MARKED.sub("", item).strip().split(" ", 1)[0].strip("*_:,").lower()
    return first in IMPERATIVES
