"""Bylines: the line under a title that names the author, the date or the reading time.

Month names come from the Unicode CLDR data that Babel ships, so Dutch and English dates are
understood in full ("28 januari 2015") and short ("Jul 25, 2022", "2 jun") forms alike.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from ..language import MONTH_NAMES


@cache
def _months() -> dict[str, int]:
    """Month name (wide or abbreviated, lower case, without a trailing dot) to month number."""
    names: dict[str, int] = {}
    for widths in MONTH_NAMES.values():
        for width in widths:
            for number, name in enumerate(width.split(), start=1):
                names[name] = number
    names["sept"] = 9
    return names


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    month = "|".join(sorted((re.escape(name) for name in _months()), key=len, reverse=True))
    return (
        re.compile(
            rf"\b(?P<day>\d{{1,2}})\.?\s+(?P<month>{month})\.?,?\s+(?P<year>\d{{4}})\b", re.I
        ),
        re.compile(
            rf"\b(?P<month>{month})\.?\s+(?P<day>\d{{1,2}})\s*,?\s+(?P<year>\d{{4}})\b", re.I
        ),
        re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
        re.compile(r"\b(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4})\b"),
        re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b"),  # 9/14/2023
        re.compile(rf"\b(?P<day>\d{{1,2}})\.?\s+(?P<month>{month})\b\.?(?!\s*\d)", re.I),
    )


_READING_TIME = re.compile(
    r"(?<!\bin\s)(?<!binnen\s)(?<!within\s)(?<!under\s)"  # "… in 5 minuten uitgelegd": a title
    r"\b\d+\s*(?:min(?:uten|uut|utes?)?\.?|minutes?)\s*"
    r"(?:om te lezen|leestijd|lezen|read(?:ing)?)?\b"
    r"|\bleestijd\b|\breading time\b",
    re.I,
)
_AUTHOR_MARKERS = re.compile(
    r"\b(?:(?:gastblog|gastbijdrage|gastcolumn)\s+(?:door|van)|guest\s+post\s+by"
    r"|(?:gepubliceerd|geplaatst|geschreven|aangemaakt|gemaakt|posted|published|written"
    r"|created|hosted|presented|gepresenteerd|gehost)?\s*(?:door|by))\s*:?\s+",
    re.I,
)
_AUTHOR_PREFIX = re.compile(
    r"^(?:auteurs?|authors?|tekst|text|schrijvers?|writers?|(?:page\s+)?owner|eigenaar)\s*:\s*"
    r"|^(?:tekst|text|words)\s+(?=(?-i:[A-Z])[\w'-]+(?:\s+(?:van|de|der|den|ten|ter"
    r"|(?-i:[A-Z])[\w'-]+)){1,3}\s*(?:$|[|·•,/]))",
    re.I,
)
"""A credit that names the writer: "Auteur: …", or a magazine's "Tekst Marloes Dekker |
Beeld Getty Images" without a colon, a name following."""
_DATE_LABEL = re.compile(
    r"\b(?:laatst\s+)?(?:bijgewerkt|gewijzigd|geüpdatet|updated|last\s+updated|published"
    r"|gepubliceerd|geplaatst|posted)\b(?:\s+(?:op|on))?\s*:?",
    re.I,
)
_HONORIFIC = re.compile(
    r"(?:^|(?<=\sand\s)|(?<=\sen\s)|(?<=&\s))"
    r"(?:(?:dr|drs|prof|professor|ir|ing|mr|mrs|ms|dhr|mevr|mw)\.?\s+)+(?=\S)",
    re.I,
)
"""Titles before a name, or before each of two ("dr. Femke de Graaf", "Professor Helen Marsh
and Dr Tomasz Nowak"): not part of the name."""


@dataclass(frozen=True)
class Byline:
    """What a byline told: either may be None."""

    author: str | None
    date: datetime.date | None


def find_date(line: str) -> tuple[datetime.date | None, re.Match[str] | None]:
    """The first date written in `line`; a date without a year is matched but gives None."""
    for pattern in _date_patterns():
        match = pattern.search(line)
        if not match:
            continue
        parts = match.groupdict()
        month_text = parts["month"]
        month = int(month_text) if month_text.isdigit() else _months().get(month_text.lower())
        if not parts.get("year") or not month:
            return None, match
        try:
            return datetime.date(int(parts["year"]), month, int(parts["day"])), match
        except ValueError:
            continue
    return None, None


_UPDATED = re.compile(
    r"\b(?:bijgewerkt|geüpdatet|geupdate|gewijzigd|aangepast|herzien|laatst|updated|update"
    r"|modified|edited|revised|last)\b[^·|,]*$",
    re.I,
)
_PUBLISHED = re.compile(
    r"\b(?:gepubliceerd|geplaatst|verschenen|published|posted|written|geschreven)\b[^·|,]*$", re.I
)


def publication_date(line: str) -> tuple[datetime.date | None, re.Match[str] | None]:
    """The date `line` gives the article, and the match of the date it names: a date said
    to be published wins over a date said to be updated ("Bijgewerkt op 2 februari 2024 ·
    Gepubliceerd op 10 januari 2023"); a line that only gives an update date gives no date."""
    found = []
    for pattern in _date_patterns():
        for match in pattern.finditer(line):
            date, _ = find_date(match.group(0))
            before = line[max(0, match.start() - 40) : match.start()]
            kind = (
                "published"
                if _PUBLISHED.search(before)
                else "updated"
                if _UPDATED.search(before)
                else ""
            )
            found.append((kind, match.start(), date, match))
    if not found:
        return None, None
    published = [entry for entry in found if entry[0] == "published" and entry[2]]
    plain = [entry for entry in found if not entry[0] and entry[2]]
    chosen = min(published or plain, key=lambda entry: entry[1], default=None)
    if chosen is None:
        return None, min(found, key=lambda entry: entry[1])[3]
    return chosen[2], chosen[3]


def updated_date(line: str) -> datetime.date | None:
    """The date a line says the article was last updated on ("Laatst bijgewerkt: 19 september
    2023"): the date to give an article whose page shows no other."""
    date, match = find_date(line)
    if date is None or match is None or not _UPDATED.search(line[: match.start()]):
        return None
    return date


def tells_update(line: str) -> bool:
    """Whether the line only says when the page was updated ("Last modified: 02-10-2024",
    "Bijgewerkt op 3 mei 2024"): a page's note under or over the text, not its text."""
    if len(line.split()) > _UPDATE_LINE_WORDS or updated_date(line) is None:
        return False
    _, match = find_date(line)  # and nothing after the date: "Update 3 mei: …" is news
    return match is not None and not line[match.end() :].strip(" .)]")


_UPDATE_LINE_WORDS = 8


def says_published(line: str) -> bool:
    """Whether the line says when it was published ("Gepubliceerd", "Posted", "Published")."""
    return bool(_PUBLISHED.search(line))


def reading_time(line: str) -> bool:
    """Whether the line gives a reading time ("6 min read", "Leestijd: 6 minuten")."""
    return bool(_READING_TIME.search(line))


def parse_byline(line: str) -> Byline | None:
    """A Byline when `line` reads as one (a date, a reading time, or starts with "door"/"by"),
    else None. Long lines are sentences, never bylines."""
    line = _UPDATE_CLAUSE.split(line, maxsplit=1)[0]  # "…, laatst gewijzigd door X op …"
    if len(line.split()) > 16 or len(line) > 300 or _POINTS_ELSEWHERE.match(line):
        return None
    if _MEMBER_FACT.match(line):
        return None
    date, date_match = publication_date(line)
    reading = _READING_TIME.search(line)
    author_match = _AUTHOR_MARKERS.search(line) or _AUTHOR_PREFIX.search(line)
    opens_with_author = author_match is not None and not line[: author_match.start()].strip(
        " -–|/·•"
    )
    if not (date_match or reading or opens_with_author):
        return None
    return Byline(author=_author(line, date_match, author_match, reading), date=date)


_NAME_PARTICLES = frozenset(
    "van de der den het ten ter te 't von zu la le da di du del dos el al bin ibn "
    "en and & y".split()
)
_NOT_NAME_WORDS = frozenset(
    "posted published updated geplaatst gepubliceerd bijgewerkt geschreven written door by "
    "op on in at om min read leestijd blog with for the from to of met voor bij naar your my "
    "our je jouw mijn onze".split()
)


def names_unit(text: str) -> bool:
    """Whether a name-shaped text names a department or organisation ("Faculteit
    Bedrijfskunde", "Redactie Zorg"), not a person."""
    return bool(_UNIT.search(text))


def looks_like_name(text: str) -> bool:
    """Whether `text` reads as a person's name (or two joined by "en"/"and"): capitalised words
    and name particles only, no digits or underscores, no byline marker words."""
    words = text.split()
    if not 1 <= len(words) <= 8 or not text[0].isupper():
        return False
    for word in words:
        bare = word.strip(".,'’")
        if bare.lower() in _NOT_NAME_WORDS or not re.fullmatch(
            r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?", word
        ):
            return False
        if not (word[0].isupper() or bare.lower() in _NAME_PARTICLES):
            return False
    return True


def _author(
    line: str,
    date_match: re.Match[str] | None,
    author_match: re.Match[str] | None,
    reading: re.Match[str] | None,
) -> str | None:
    """The name in a byline: after "door"/"by" when the line says so, else the piece between
    its separators that looks like a name; job titles after a comma are left off."""
    rest = line[author_match.end() :] if author_match else line
    for match in (date_match, reading):
        if match:
            rest = rest.replace(match.group(0), " | ")
    rest = _READING_TIME.sub(" | ", rest)
    rest = _DATE_LABEL.sub(" | ", rest)  # "Nadia el Amrani Laatst bijgewerkt: …" on one line
    rest = _PICTURE_CREDIT.sub(" | ", rest)  # "Tekst: Annelies de Groot   Beeld: Shutterstock"
    pieces = re.split(r"\s[-–—|/·•»›]\s|^[-–—|/·•]\s|\||,|\s(?:on|op|in|at|om)\s", rest, flags=re.I)
    for piece in pieces:
        if piece.strip().endswith(":"):
            continue  # a label ("Publicatiedatum: 19 juni 2023"), not a name
        piece = _INITIAL_NAMED.sub(r"\1", piece)  # "R. (Ruben) Smit": Ruben Smit
        piece = _ROLE_IN_BRACKETS.sub("", piece)  # "Hannah Lindqvist (People Partner)"
        name = bare_name(" ".join(piece.strip(" -–—|/·•:").split()))
        unit = author_match is None and _UNIT.search(name)  # "14-11-2023 | Faculteit Bedrijfskunde"
        if looks_like_name(name) and (author_match or " " in name) and not unit:
            return name  # one word is a name only after "by": "Management | 11 min read"
    return None


_POINTS_ELSEWHERE = re.compile(
    r"^\W*(?:lees\s+ook|lees\s+meer|zie\s+ook|read\s+(?:also|more|next)|see\s+also|related"
    r"|gerelateerd|vorige|volgende|previous|next|older|newer)\b",
    re.I,
)
"""A link to another post ("Lees ook: Het GROW-model in 5 minuten uitgelegd", "« Vorige: …"):
its title's words and minutes are no byline."""
_PICTURE_CREDIT = re.compile(
    r"\s(?:beeld|foto'?s?|fotografie|illustraties?|photos?|photography|images?|illustrations?)\s*:.*$",
    re.I,
)
_UNIT = re.compile(
    r"\b(?:faculteit|faculty|afdeling|department|dienst|redactie|editorial|ministerie|ministry"
    r"|gemeente|municipality|universiteit|university|hogeschool|college|school|instituut|institute"
    r"|centrum|centre|center|stichting|foundation|vereniging|association|team|nieuwsdienst"
    r"|communicatie|communications|press|pers)\b",
    re.I,
)
"""Words of a department or organisation printed where a byline's name would stand, without
"door" or "by" before it: a unit, not a writer."""
_UPDATE_CLAUSE = re.compile(
    r"[,;]\s*(?:laatst\s+)?(?:gewijzigd|bewerkt|bijgewerkt)\s+door\b|[,;]\s*last\s+(?:modified"
    r"|edited|updated)\s+by\b",
    re.I,
)
"""The clause a wiki adds to its byline about the last edit ("Aangemaakt door Ruud Jansen
op 18 sep 2023, laatst gewijzigd door Annelies Smit op 02 okt 2023"): the editor is no
writer, nor their date the publication's."""
_MEMBER_FACT = re.compile(
    r"^\W*(?:joined|member\s+since|registered|lid\s+sinds|geregistreerd|aangemeld|last\s+(?:seen"
    r"|visit|active|online)|laatst\s+(?:gezien|actief|online)|laatste\s+bezoek)\b",
    re.I,
)
"""A fact about a forum member beside their post ("Joined: Sat Jun 04, 2022 8:41 pm"): its
date is no byline's."""
_INITIAL_NAMED = re.compile(r"\b(?-i:[A-Z])\.\s*\(((?-i:[A-Z])[\w'-]+)\)")
"""An initial with the first name in brackets after it ("R. (Ruben) Smit")."""
_ROLE_IN_BRACKETS = re.compile(r"\s*\([^()]{1,60}\)")


def bare_name(name: str) -> str:
    """The name without the titles before it (before each name, when it gives two)."""
    return _HONORIFIC.sub("", name) or name


def completed_name(author: str | None, lines: list[str]) -> str | None:
    """A byline's first name alone ("door Lotte") made whole from the page, when a line
    names a person by it and a surname ("Coachingpraktijk Lotte Mulder", "Over Lotte
    Mulder"); else the author as given."""
    if not author or " " in author.strip():
        return author
    pattern = re.compile(
        rf"\b{re.escape(author)}((?:\s+(?:van|de|der|den|ter|ten|el|al))*\s+(?-i:[A-Z])[\w'’-]+)"
    )
    for line in lines:
        if (match := pattern.search(line)) and looks_like_name(author + match.group(1)):
            return author + match.group(1)
    return author
