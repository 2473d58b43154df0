"""Questions for the group, written from what a section is about.

The article's own questions to its reader come first ("Vind jij echt dat iedereen altijd op
tijd moet komen?"). Otherwise a section's kind decides the question (a definition asks to
explain a term, steps or tips ask where to start, a problem asks when one met it, a story or
example asks what one would do), filled with the section's key term, never its heading. The
wording of each kind lives in the layout's labels, in both languages; here only its kind and
term are chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import STOPWORDS, words
from ..model import Block, ListBlock, Paragraph, Table
from .bullets import clean
from .sentences import sentences

KINDS = ("definition", "steps", "problem", "example", "general", "practice")
"""Kinds of question, each worded by the layout's label `question_<kind>`: for what a section
is (a definition, steps, a problem, an example), and two for any section (general, practice),
so that an article's questions need not repeat a wording."""
_DEFINITION = re.compile(
    r"(?i)^(wat is|wat zijn|wat betekent|wat bedoelen we met|what is|what are|what does|"
    r"what do we mean)\b"
)
_STEPS = re.compile(
    r"(?i)\b(stap|stappen|tip|tips|manier|manieren|zo doe je|hoe|aanpak|steps?|ways?|how to|"
    r"how do|approach)\b"
)
_PROBLEM = re.compile(
    r"(?i)\b(probleem|problemen|valkuil|valkuilen|lastig|moeilijk|risico|weerstand|conflict|"
    r"fout|fouten|smoes|smoesjes|problems?|pitfalls?|difficult|mistakes?|risks?|resistance|"
    r"excuses?|struggle)\b"
)
_EXAMPLE = re.compile(r"(?i)\b(voorbeeld|bijvoorbeeld|casus|verhaal|example|story|case)\b")
_SECOND_PERSON = {
    "nl": frozenset("je jij jou jouw u uw jezelf".split()),
    "en": frozenset("you your yourself".split()),
}
_POINTERS = frozenset("dit deze hier daar this these here there".split())
_FIRST_PERSON = {
    "nl": frozenset("ik mijn me mij we wij ons onze".split()),
    "en": frozenset("i my me we our us".split()),
}


@dataclass(frozen=True)
class Question:
    """A question for the group: the article's own (`kind` "own", `text` the question), or
    one of a kind with the term it is about (`text`), worded by the layout's labels."""

    kind: str
    text: str


def own_questions(blocks: tuple[Block, ...], language: str) -> tuple[str, ...]:
    """The questions the section asks its reader (in the second person), as they stand,
    without the words that join them to the text before."""
    language = language if language in _SECOND_PERSON else "en"
    found = []
    for text in _texts(blocks):
        for sentence in sentences(text, language):
            if not sentence.endswith("?") or not 4 <= len(sentence.split()) <= 20:
                continue
            said = set(words(sentence))
            if not said & _SECOND_PERSON[language] or said & _POINTERS:
                continue  # not to the reader, or about something said before
            cleaned = clean(sentence.removesuffix("?") + ".", language)
            if cleaned and cleaned not in found:
                found.append(cleaned.removesuffix(".") + "?")
    return tuple(found)


def kind_of(title: str, blocks: tuple[Block, ...], language: str) -> str:
    """What the section is: a definition, steps or tips, a problem, an example or story."""
    text = " ".join(_texts(blocks))
    if _DEFINITION.match(title.strip()):
        return "definition"
    lists = [b for b in blocks if isinstance(b, ListBlock) and len(b.items) >= 3]
    if lists or _STEPS.search(title):
        return "steps"
    if _PROBLEM.search(title) or len(_PROBLEM.findall(text)) >= 2:
        return "problem"
    first = sum(1 for w in words(text) if w in _FIRST_PERSON.get(language, ()))
    if _EXAMPLE.search(title) or first >= 8:
        return "example"
    return "general"


def key_term(title: str, weights: dict[str, float], language: str) -> str:
    """The word the section is most about: its title's weightiest content word, else its
    text's."""
    stop = STOPWORDS.get(language, frozenset())
    in_title = [w for w in words(title) if len(w) > 3 and w not in stop]
    candidates = in_title or [w for w in weights if len(w) > 3]
    if not candidates:
        return ""
    return max(candidates, key=lambda w: (weights.get(w, 0.0), len(w)))


def _texts(blocks: tuple[Block, ...]) -> list[str]:
    found: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            found.extend(block.items)
        elif isinstance(block, Table):
            continue
        elif isinstance(block, Paragraph):
            found.append(block.text)
    return found
