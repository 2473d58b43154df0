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
from collections import Counter
from dataclasses import dataclass

from ..language import STOPWORDS, words
from ..model import Block, ListBlock, Paragraph, Table
from .bullets import drop_opening, weak
from .exercises import imperative
from .faults import CALLS_TO_ACTION, balanced
from .sentences import capitalised, sentences
from .structure import nouns

LABELS = {
    "definition": "question_definition",
    "steps": "question_steps",
    "problem": "question_problem",
    "example": "question_example",
    "general": "question_1",
    "practice": "question_practice",
    "reflect": "question_2",
    "group": "question_3",
}
"""Kinds of question and the layout label that words each: for what a section is (a
definition, steps, a problem, an example) and for any section, so that an article's
questions need not repeat a wording."""
ANY_SECTION = ("general", "practice", "reflect", "group")
"""The kinds whose wording suits any section."""
TERMED = frozenset({"definition", "general", "practice"})
"""The kinds whose wording names the section's key term."""
_DEFINITION = re.compile(
    r"(?i)^(wat is|wat zijn|wat betekent|wat bedoelen we met|what is|what are|"
    r"what do we mean by)\s+(?!dit\b|dat\b|this\b|that\b|het\b|it\b)"
)
_STEPS = re.compile(r"(?i)\b(stap|stappen|tips?|manieren|steps?|ways|how to)\b")
_PROBLEM = re.compile(
    r"(?i)\b(probleem|problemen|valkuil|valkuilen|lastig|moeilijk|risico|weerstand|conflict|"
    r"fout|fouten|smoes|smoesjes|problems?|pitfalls?|difficult|mistakes?|risks?|resistance|"
    r"excuses?|struggle)\b"
)
_EXAMPLE = re.compile(
    r"(?i)\b(voorbeeld|voorbeelden|casus|verhaal|situatie|situaties|example|examples|story|case|"
    r"situation|scenario)\b"
)
_SECOND_PERSON = {
    "nl": frozenset("je jij jou jouw u uw jezelf".split()),
    "en": frozenset("you your yourself".split()),
}
_POINTERS = frozenset("dit deze hier daar dan toen this these here there then".split())
_SELLING = re.compile(
    r"(?i)^(wil je|wilt u|ben je benieuwd|heb je interesse|wist je dat (we|wij)|would you like|"
    r"do you want|are you looking|are you ready|interested in|did you know (that )?we)\b"
)
"""Questions that open a sales pitch, not a reflection."""


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
            asked = _as_asked(sentence, language)
            if asked and asked not in found:
                found.append(asked)
    return tuple(found)


def _as_asked(sentence: str, language: str) -> str | None:
    """A question as the group can be asked it: without the words that join it to the text
    before ("En", "Maar"), with its brackets closed, no call to action."""
    text = drop_opening(sentence.strip().lstrip("💡👉✅ "), language)
    text = capitalised(text)
    if not balanced(text) or CALLS_TO_ACTION.search(text) or _SELLING.match(text):
        return None
    leaning = [w for w in weak(text, language) if "points" in w or "announces" in w]
    return text if len(text.split()) >= 4 and not leaning else None


def kind_of(title: str, blocks: tuple[Block, ...], language: str) -> str:
    """What the section is: a definition, steps or tips, a problem, an example or story."""
    text = " ".join(_texts(blocks))
    if _DEFINITION.match(title.strip()):
        return "definition"
    doing = [
        b
        for b in blocks
        if isinstance(b, ListBlock)
        and len(b.items) >= 3
        and sum(1 for item in b.items if imperative(item)) * 2 > len(b.items)
    ]
    if doing or _STEPS.search(title):
        return "steps"
    if _PROBLEM.search(title) or len(_PROBLEM.findall(text)) >= 2:
        return "problem"
    if _EXAMPLE.search(title):
        return "example"
    return "general"


def key_term(title: str, weights: dict[str, float], language: str, text: str = "") -> str:
    """What the section is about, to fill a question with: what a definition's title asks
    about ("Wat betekent coachend leiderschap?" gives "coachend leiderschap"), else the
    title's weightiest noun (a word the text puts after an article, or a one-word title);
    "" when there is no noun to be sure of (a question without a term is asked then)."""
    asked = _DEFINITION.match(title.strip())
    if asked:
        subject = _ASKED_ABOUT.sub("", title.strip()[asked.end() :]).strip(" ?:.")
        if 1 <= len(subject.split()) <= 3:
            return subject if subject[:1].isupper() and " " not in subject else subject.lower()
    stop = STOPWORDS.get(language, frozenset())
    found = nouns([text], language)
    in_title = [w for w in words(title) if len(w) > 3 and w not in stop and w not in _GENERIC]
    if len(in_title) == 1 and len(words(title)) == 1:
        return in_title[0]
    named = [w for w in in_title if w in found]
    if named:
        return _with_article(max(named, key=lambda w: (weights.get(w, 0.0), len(w))), text)
    return ""


_GENERIC = frozenset(
    "stap stappen tip tips deel hoofdstuk manier voorbeeld vraag vragen step steps part "
    "chapter example question questions thing things".split()
)
"""Words that say where in the text one is, not what it is about."""
_ASKED_ABOUT = re.compile(r"(?i)\s+(look like|mean|means|inhoudt|betekent|in)$")


def _with_article(word: str, text: str) -> str:
    """`word` with the definite article the text gives it most ("de aanpak", "the team"),
    or bare when it gives none (a mass noun: "potentieel")."""
    sequence = words(text)
    seen = Counter(
        before
        for before, after in zip(sequence, sequence[1:], strict=False)
        if after == word and before in _DEFINITE
    )
    return f"{seen.most_common(1)[0][0]} {word}" if seen else word


_DEFINITE = frozenset("de het the".split())


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
