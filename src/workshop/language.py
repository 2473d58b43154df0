"""Which language an article is in, and the function words of each language we support.

Dutch and English are the two languages the layouts have labels for. Their most frequent
function words tell them apart reliably on any text longer than a sentence, instantly and
without a model to load (a statistical identifier took about a second just to load, more
than a whole parse may cost); the same word lists serve the key-point ranking.
"""

from __future__ import annotations

import re

SUPPORTED = ("nl", "en")
DEFAULT = "nl"

STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        """de het een en van in is dat op te zijn met voor niet aan er die ook als bij om maar
        dan nog wel of je jij jouw u uw ik mij mijn we wij ons onze ze zij hun hen hem haar hij
        dit deze wat wie hoe waar waarom wordt worden werd kan kun kunt kunnen moet moeten zal
        zou zullen heb hebt heeft hebben had naar uit over door tot zo geen meer veel al nu
        toch eigenlijk omdat want dus iets niets iemand zich elkaar alleen ook hier daar
        wanneer welke waarin waarbij tussen onder tegen zonder na sinds""".split()
    ),
    "en": frozenset(
        """the a an and of in is that on to be are with for not at there this these those
        what who how where why it its as by or but if then than so no more much many all
        you your yours i me my we us our they them their he him his she her was were been
        being have has had do does did will would shall should can could may might must from
        about into over after before between under without which when while also just only
        very too because some any each other such own same""".split()
    ),
}

MONTH_NAMES = {
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
    ),
    "en": (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
    ),
}
"""The months' wide and abbreviated names in Unicode CLDR (what babel gives; a test checks
they agree), written out: loading babel's locale data cost every read of a byline, and
every date written on a cover, 10 to 20 ms."""


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, without digits or punctuation."""
    return [match.group(0).lower() for match in _WORD.finditer(text)]


def content_words(text: str, language: str) -> list[str]:
    """The words of `text` that say what it is about: longer than two letters, not a
    function word of `language`."""
    stop = STOPWORDS.get(language, frozenset())
    return [word for word in words(text) if len(word) > 2 and word not in stop]


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the supported language `text` is most likely written in.

    Counts the function words of each language; a tie (or no text) gives DEFAULT.
    """
    counts = {code: 0 for code in SUPPORTED}
    for word in words(text[:200_000]):
        for code in SUPPORTED:
            if word in STOPWORDS[code]:
                counts[code] += 1
    best = max(SUPPORTED, key=lambda code: counts[code])
    return best if counts[best] > counts[DEFAULT] else DEFAULT
