"""The words of an outline in each language: the headings and fields a trainer reads and
writes. Both languages are understood in either file, so an English trainer may edit a Dutch
article's outline in English words."""

from __future__ import annotations

import re

FIELDS = ("slide", "key_points", "questions", "exercise", "notes")
"""The `###` headings of a section, in the order they are written."""
SETTINGS = ("title", "show")
"""The `Name: value` lines right under a section's heading."""

NAMES = {
    "nl": {
        "slide": "Dia",
        "key_points": "Kernpunten",
        "questions": "Vragen",
        "exercise": "Oefening",
        "notes": "Sprekersnotities",
        "title": "Titel",
        "show": "Tonen",
        "fingerprint": "Vingerafdruk",
        "minutes": "minuten",
    },
    "en": {
        "slide": "Slide",
        "key_points": "Key points",
        "questions": "Questions",
        "exercise": "Exercise",
        "notes": "Speaker notes",
        "title": "Title",
        "show": "Show",
        "fingerprint": "Fingerprint",
        "minutes": "minutes",
    },
}

SHOW_WORDS = {
    "nl": {
        frozenset({"deck", "handout"}): "dia's en hand-out",
        frozenset({"deck"}): "alleen dia's",
        frozenset({"handout"}): "alleen hand-out",
        frozenset(): "niets",
    },
    "en": {
        frozenset({"deck", "handout"}): "slides and handout",
        frozenset({"deck"}): "only slides",
        frozenset({"handout"}): "only handout",
        frozenset(): "nothing",
    },
}
_SHOWN_IN = {
    "deck": "deck dia dia's dias slide slides presentatie presentation",
    "handout": "handout hand-out hand-outs handouts",
    "both": "beide both alles all",
    "none": "niets geen nergens none nothing neither hidden verborgen",
}
_FILLERS = frozenset("en and alleen only in de het the , & +".split())
SHOWN_IN = {word: where for where, text in _SHOWN_IN.items() for word in text.split()}

HELP = {
    "nl": (
        "Dit is het draaiboek van de dia's en de hand-out. Pas aan wat je wilt: een zin van een"
        " dia, een kernpunt, een vraag, de oefening of de notities; schrap wat weg mag. Zet"
        " 'Tonen: niets', 'alleen dia's' of 'alleen hand-out' direct onder de ##-kop van een"
        " deel om het te verbergen. Een ###-kop die je weghaalt komt weer uit het artikel;"
        " een lege ###-kop laat dat deel weg. Dit blok is commentaar, net als het blok aan"
        " het eind: laat dat staan, dan bewaart 'workshop outline --refresh' je wijzigingen"
        " als het artikel verandert. De vingerafdruk bovenaan zegt welke versie van het"
        " artikel dit draaiboek volgt."
    ),
    "en": (
        "This is the script of the slides and the handout. Change what you like: a line of a"
        " slide, a key point, a question, the exercise or the notes; delete what can go. Write"
        " 'Show: nothing', 'only slides' or 'only handout' right under a part's ## heading to"
        " hide it. A ### heading you remove comes from the article again; an empty ### heading"
        " leaves that out."
        " This block is a comment, and so is the block at the end: leave that alone, so that"
        " 'workshop outline --refresh' keeps your edits when the article changes. The"
        " fingerprint at the top says which version of the article this script follows."
    ),
}

BASES = {
    "nl": "Vingerafdrukken van het artikel per deel, voor 'workshop outline --refresh':",
    "en": "Fingerprints of the article per part, for 'workshop outline --refresh':",
}

CONFLICT = {
    "nl": (
        "!! Conflict: het artikel veranderde hier en jij veranderde het ook. Houd één versie"
        " en wis de regels die met !! beginnen.",
        "!! Jouw versie:",
        "!! Nieuw uit het artikel:",
        "!! Einde conflict",
    ),
    "en": (
        "!! Conflict: the article changed here and so did you. Keep one version and delete"
        " the lines that start with !!.",
        "!! Your version:",
        "!! New from the article:",
        "!! End of conflict",
    ),
}

SETTING_LINE = re.compile(r"^([^\W\d][\w' -]{0,30}?)\s*:\s*(.*)$")
"""A `Name: value` line."""
HEADING = re.compile(r"^(?P<name>[^(]*?)\s*(?:\((?P<time>[^)]*)\))?\s*$")
"""A `###` heading: its name and, in brackets, an exercise's time."""
_TIME = re.compile(
    r"^\s*(?P<number>\d{1,3})\s*(?P<unit>min|mins|minuut|minuten|minute|minutes|m|uur|u|"
    r"hour|hours|h)?\s*$",
    re.IGNORECASE,
)


def minutes_of(time: str) -> int | None:
    """The minutes an exercise's `(…)` says ("10 minuten", "1 uur", "15"), or None."""
    found = _TIME.match(time)
    if not found or not 0 < int(found["number"]) <= 480:
        return None
    hours = (found["unit"] or "").lower() in {"uur", "u", "hour", "hours", "h"}
    minutes = int(found["number"]) * (60 if hours else 1)
    return minutes if minutes <= 480 else None


def field_of(name: str) -> str | None:
    """The field a `###` heading names in either language (without its minutes), or None."""
    key = " ".join(name.lower().split())
    for names in NAMES.values():
        for field in FIELDS:
            if names[field].lower() == key:
                return field
    return None


def setting_of(name: str) -> str | None:
    """The setting a `Name:` line names in either language, or None."""
    key = " ".join(name.lower().split())
    for names in NAMES.values():
        for setting in (*SETTINGS, "fingerprint"):
            if names[setting].lower() == key:
                return setting
    return None


def shown_in(value: str) -> frozenset[str] | str:
    """Where a `Tonen:` value shows the section, or the word that is not understood ("" when
    it names no place at all)."""
    places: set[str] = set()
    named = False
    for word in re.split(r"[\s,/&+]+", value.lower().replace("’", "'").replace("‘", "'")):
        if not word or word in _FILLERS:
            continue
        where = SHOWN_IN.get(word)
        if where is None:
            return word
        if where == "both":
            places |= {"deck", "handout"}
        elif where != "none":
            places.add(where)
        named = True
    return frozenset(places) if named else ""
