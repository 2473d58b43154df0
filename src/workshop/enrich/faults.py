"""What keeps a sentence from standing on its own as a bullet in front of a group.

The rules a facilitator applies without thinking: a bullet does not open with a connective or
a pointer word that needs the sentence before it ("En", "Maar", "Dit", "Bijvoorbeeld"), is not
a subordinate clause without its main clause ("Als ik 's morgens…"), does not lead in to
something that is not there (ending in ":" or ","), has its brackets and quotes closed, and
is no call to action, advert or bio. Enrichment uses them to choose and clean bullets; the
content benchmark counts them. Dutch and English.
"""

from __future__ import annotations

import re

from ..language import words

CONNECTIVES = {
    "nl": (
        "en maar dus dit dat deze die daarom daarna daarbij daardoor daarmee daarnaast "
        "daarvoor daarin daarop daarover bovendien ook of want toch zo immers kortom "
        "bijvoorbeeld vervolgens tenslotte verder echter hierdoor hiermee hierbij hiervoor "
        "hierin hier daar zoals oftewel ofwel anders eerst dan nee ja oh hieronder hierboven "
        "daarnaast nou niet helemaal zeker bijv"
    ).split(),
    "en": (
        "and but so this that these those then also or because however therefore thus "
        "instead yet still plus besides moreover furthermore meanwhile finally here there "
        "such which hence otherwise nor no yes oh well below above not next especially"
    ).split(),
}
"""Words a bullet may not open with: they lean on the sentence before it."""
LEADING_PHRASES = {
    "nl": (
        "in zekere zin",
        "met andere woorden",
        "aan de andere kant",
        "in dat geval",
        "op die manier",
        "als gevolg",
        "ten eerste",
        "ten tweede",
        "al met al",
    ),
    "en": (
        "for example",
        "for instance",
        "in fact",
        "in other words",
        "on the other hand",
        "as a result",
        "in that case",
        "in short",
        "first of all",
        "after all",
    ),
}
"""Phrases that, opening a sentence, lean on the one before it."""
SUBORDINATORS = {
    "nl": "omdat als wanneer terwijl hoewel zodat doordat indien nadat voordat zodra tenzij "
    "waardoor waarbij waarin waarmee wat welke al ofschoon mits".split(),
    "en": "because if when while although though since unless whereas whenever who whom whose "
    "where".split(),
}
"""Words that open a subordinate clause: without a main clause after it, a fragment."""
DANGLING_ENDS = {
    "nl": ("bijvoorbeeld", "zoals", "o a", "etc", "dus", "toch", "hè"),
    "en": ("for example", "for instance", "such as", "e g", "etc"),
}
PREPOSITIONS = {
    "nl": frozenset(
        "met van in op voor door zonder over naar bij uit tot na ter ten tijdens".split()
    ),
    "en": frozenset("with of in on for by without about to at from after during".split()),
}
"""A short sentence opening with one of these and no comma is a phrase, not a statement."""
_CLOSING = re.compile(
    r"(?i)^(veel )?(succes|plezier)( met|!)|^good luck|^wishing you|^(bedankt|thanks) voor"
)
"""A closing line: good wishes to the reader."""
CALLS_TO_ACTION = re.compile(
    r"(?i)\b("
    r"neem (gerust |vrijblijvend )?contact op|contact met (ons|mij)|schrijf je (nu )?in|"
    r"meld je (nu )?aan|aanmelden|inschrijven|bestel|download|klik|bel (ons|mij|me)|"
    r"mail (ons|mij|me)|plan (een|je|jouw) |vraag (een|de|je) .*(aan|op)\b|abonneer|"
    r"volg ons|lees (meer|ook|verder)|bekijk (de|onze|het)|kijk op|ga naar|"
    r"contact us|get in touch|sign up|subscribe|register (now|today|here)|click|call us|"
    r"book (a|your)|schedule (a|your)|follow us|read more|learn more|watch (the|our)|"
    r"visit (our|the|us)|order now|join (our|us)|buy now|"
    r"kijk (dan )?(eens )?(naar|op) |onze (training|workshop|cursus|diensten|webinar|nieuwsbrief)|"
    r"our (training|workshop|course|services|webinar|newsletter|program)|"
    r"https?://|www\.|@\w+\.\w+|auteur:|author:|geschreven door|written by|gastblog|"
    r"hi,? i'?m|over de auteur|about the author|over mij|about me|vrijblijvend|"
    r"(wij|we) geloven|geloven (wij|we)|we believe|read on|lees (dan )?verder|"
    r"neem (hier )?een kijkje|take a look at|check out|brochure|eindredactie|bronnen:|sources:|"
    r"(in|tijdens) (onze |de )?trainingen\b|in our (trainings?|workshops?|programs?)\b"
    r")"
)
"""Calls to action, promotion and bios: never on a slide or in a key-point box."""
CITATION = re.compile(
    r"(?i)\b(journal of|vol\.|pp\.|doi:|isbn|et al\.|retrieved from|geraadpleegd|"
    r"meta-analys[ie]s|systematic review)|\(\d{4}\)|\b\d{1,3}\s*\(\d+\)|\b\d+\s*[-–]\s*\d+\.$|"
    r"\b[A-Z][a-z]+, (?-i:[A-Z])\.(?:(?-i:[A-Z])\.)?"
)
"""A line of a list of sources: no point of the article."""
_NO_SUBJECT = {
    "nl": re.compile(
        r"^[A-Z][a-z]{2,}t (de|het|een|je|jezelf|hem|haar|zich|ons|op|aan|in|met|tot|toe|"
        r"uit|over|naar)\b"
    ),
    "en": re.compile(r"^[A-Z][a-z]{2,}s (a|an|the|to|on|in|up|into|with|for|you|them|it)\b"),
}
"""A Dutch or English sentence opening with a verb in the third person and its object
("Bouwt een draagvlak op", "Leads to better teams"): its subject is in a sentence before."""
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"), ("«", "»"))


def faults(text: str, language: str) -> list[str]:
    """The reasons `text` is not a bullet that stands on its own; empty when it is one."""
    found = []
    stripped = text.strip()
    first = next((c for c in stripped if c.isalpha()), "")
    lowered = " ".join(words(stripped))
    language = language if language in CONNECTIVES else "en"
    opening = lowered.split()[:1]
    if first and first.islower():
        found.append("starts in lower case")
    if (
        opening
        and opening[0] in CONNECTIVES[language]
        or any(lowered.startswith(phrase) for phrase in LEADING_PHRASES[language])
    ):
        found.append("opens with a connective or pointer word")
    spoken = bool(SPOKEN.match(stripped))  # words to say, as a list of examples gives them
    asking = "?" in stripped.rstrip(_CLOSING_QUOTES + ".")[-2:]  # "?", "?!", "?”"
    if (
        not spoken
        and not asking  # "Wat doet dit met je?", "Van welk gedrag heb je last?" are whole
        and opening
        and opening[0] in SUBORDINATORS[language]
        and not _has_main_clause(stripped, opening[0])
    ):
        found.append("a subordinate clause without its main clause")
    if stripped.endswith((":", ",", ";", "…", "...", "-", "–")) or lowered.endswith(
        DANGLING_ENDS[language]
    ):
        found.append("leads in to what is not there")
    short = len(stripped.split()) < 8 and "," not in stripped
    if opening and opening[0] in PREPOSITIONS[language] and short and not asking:
        found.append("a phrase without its sentence")
    if _NO_SUBJECT[language].match(stripped):
        found.append("a verb without its subject")
    glued = re.match(r"^(\S+(?:\s\S+){0,3})\.\s+[A-Z]", stripped)
    if glued and not re.search(r"\b[A-Z]\.$", glued.group(1)):
        found.append("a sentence cut off before the next")
    if not balanced(stripped):
        found.append("unbalanced brackets or quotes")
    if not spoken and asking:
        found.append("a question")
    if CALLS_TO_ACTION.search(stripped) or _CLOSING.match(stripped):
        found.append("a call to action, advert or bio")
    if CITATION.search(stripped):
        found.append("a reference to a source")
    return found


SPOKEN = re.compile(r"^[\"“„‘'«][^\"“”„]+[\"”’'»][.!?]?$")
"""A sentence that is all quotation: words someone says. In a list of them ("Ask: “…?”",
"“…?”") they are examples of what to say; alone in running text, words without a speaker."""
_CLOSING_QUOTES = "\"”’'»"


def balanced(text: str) -> bool:
    """Whether every bracket and double quote in `text` that opens also closes, in order."""
    if not all(_closes(text, opening, closing) for opening, closing in _PAIRS):
        return False
    low_opening = text.count("„")  # Dutch: „…” opens low and closes with ”
    if low_opening and text.count("”") < low_opening:
        return False
    return text.count('"') % 2 == 0 and len(_SINGLE_QUOTE.findall(text)) % 2 == 0


def balanced_brackets(text: str) -> bool:
    """Whether every round bracket in `text` that opens also closes, in order."""
    return _closes(text, "(", ")")


def _closes(text: str, opening: str, closing: str) -> bool:
    depth = 0
    for character in text:
        if character == opening:
            depth += 1
        elif character == closing:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


_SINGLE_QUOTE = re.compile(r"(?<![^\W\d_])['‘’](?![st]\b)|['‘’](?![^\W\d_])")
"""A single quote mark that is not an apostrophe: not between two letters, nor in "'s" and
"'t" ("’s morgens")."""


_FINITE = frozenset("is zijn was waren wordt worden heeft hebben kan kunnen moet moeten".split())


def _has_main_clause(text: str, opening: str) -> bool:
    """A subordinate clause followed by a comma and more words: the main clause (roughly).
    "Wat opvalt is dat …" has its main clause in "is": a "wat" or "welke" opening a sentence
    with a finite verb is its subject."""
    _, comma, rest = text.partition(",")
    if comma and len(rest.split()) >= 2:
        return True
    return opening in ("wat", "welke") and bool(set(words(text)) & _FINITE)
