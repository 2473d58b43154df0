"""The workshop file (`workshop.toml`): a day's title, date, trainers and programme.

Read and checked whole before anything is built, like a layout: every mistake is one line
naming the file, the line and the key (with the closest valid key for a typo), all at once,
so a trainer fixes them in one go.
"""

from __future__ import annotations

import contextlib
import datetime
import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .toml_lines import key_lines, line_of

WORKSHOP_FILE = "workshop.toml"
PAPER_SIZES = ("A4", "A5", "Letter")
LANGUAGES = ("nl", "en")
MAX_MINUTES = 24 * 60

_TOP_KEYS = (
    "title",
    "subtitle",
    "date",
    "start",
    "location",
    "trainers",
    "organisation",
    "layout",
    "paper",
    "language",
    "programme",
)
_ITEM_KEYS = ("article", "title", "minutes", "leave_out")
_TRAINER_KEYS = ("name", "email", "phone")
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


_TOML_HINTS = (
    ("Illegal character '\\n'", '; a text in quotes must end with " on the same line'),
    ("Unterminated string", '; a text in quotes must end with " on the same line'),
    ("Invalid value", '; texts need quotes: title = "Coachend leidinggeven", start = "09:00"'),
    ("Cannot overwrite a value", "; a key is written twice"),
    ("Cannot declare", "; a key or table is written twice"),
)
"""Common slips and what to write instead, after tomllib's own words."""


def _line_number(problem: str) -> int:
    """A problem's line, for listing them in the file's order (0 for the file as a whole)."""
    found = re.match(r".*?:(\d+): ", problem)
    return int(found[1]) if found else 0


def folded_title(text: str) -> str:
    """A section title as compared with the one a trainer typed: spacing and case aside."""
    return " ".join(text.split()).casefold()


class WorkshopFileError(ConfigError):
    """A workshop file with mistakes: one line each, naming the file, line and key."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Trainer:
    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ProgrammeItem:
    """One part of the day: an article (with an optional title of its own and sections to
    leave out) or an own item such as a break, which has only a title."""

    title: str
    minutes: int | None
    article: Path | None = None
    leave_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkshopFile:
    """A workshop file, checked; paths of articles are resolved against its folder."""

    path: Path
    title: str
    programme: tuple[ProgrammeItem, ...]
    subtitle: str = ""
    dates: tuple[datetime.date, ...] = ()
    start: datetime.time | None = None
    location: str = ""
    trainers: tuple[Trainer, ...] = ()
    organisation: str = ""
    layout: str | None = None
    paper: str | None = None
    language: str | None = None

    @property
    def articles(self) -> tuple[ProgrammeItem, ...]:
        return tuple(item for item in self.programme if item.article is not None)


def is_workshop_file(path: Path) -> bool:
    return path.suffix.lower() == ".toml"


def load_workshop_file(
    path: Path, section_titles: Callable[[Path], list[str] | None] | None = None
) -> WorkshopFile:
    """Read and check `path`; raise WorkshopFileError listing every mistake. With
    `section_titles` (an article's, or None when it cannot be read) the sections to leave
    out are checked against their articles too."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WorkshopFileError([f"{path}: no such workshop file"]) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise WorkshopFileError([f"{path}: cannot be read ({reason})"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column \d+\)", str(error))
        where = f"{path}:{found[1]}" if found else str(path)
        reason = str(error).split(" (at ")[0]
        hint = next((h for cause, h in _TOML_HINTS if cause in reason), "")
        raise WorkshopFileError([f"{where}: not valid TOML ({reason}){hint}"]) from None
    checker = _Checker(path, key_lines(text))
    workshop = checker.workshop(data)
    if section_titles is not None:
        checker.sections_left_out(workshop.programme, section_titles)
    if checker.problems:
        raise WorkshopFileError(sorted(checker.problems, key=_line_number))
    return workshop


class _Checker:
    """Reads typed values out of the parsed file, recording one line per mistake."""

    def __init__(self, path: Path, lines: dict[str, int]) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[str] = []
        self.meant: set[str] = set()  # keys a typo was taken for: not reported missing too

    def fail(self, key: str, problem: str) -> None:
        line = line_of(self.lines, key)
        where = f"{self.path}:{line}" if line else str(self.path)
        self.problems.append(f"{where}: {key}: {problem}")

    def wrong(self, key: str, expected: str, value: Any) -> None:
        self.fail(key, f"expected {expected}, got {value!r}")

    def unknown(self, table: dict[str, Any], known: tuple[str, ...], prefix: str) -> None:
        for name in table:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(known)}"
                self.meant.update(prefix + key for key in close)
                self.fail(prefix + name, f"unknown key; {hint}")

    def text(self, table: dict[str, Any], key: str, prefix: str = "") -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            self.wrong(prefix + key, "a text in quotes", value)
            return ""
        return " ".join(value.split())

    def choice(self, table: dict[str, Any], key: str, options: tuple[str, ...]) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        for option in options:
            if isinstance(value, str) and value.lower() == option.lower():
                return option
        self.wrong(key, "one of " + ", ".join(f'"{o}"' for o in options), value)
        return None

    def workshop(self, data: dict[str, Any]) -> WorkshopFile:
        self.unknown(data, _TOP_KEYS, "")
        title = self.text(data, "title")
        if "title" not in data and "title" not in self.meant:
            self.fail(
                "title", 'missing: the workshop\'s name, e.g. title = "Coachend leidinggeven"'
            )
        elif "title" in data and not title:
            self.fail("title", "is empty")
        layout = data.get("layout")
        if layout is not None and not (isinstance(layout, str) and layout.strip()):
            self.wrong("layout", "a layout's name or folder in quotes", layout)
            layout = None
        start = self.start(data.get("start"))
        workshop = WorkshopFile(
            path=self.path,
            title=title,
            subtitle=self.text(data, "subtitle"),
            dates=self.dates(data.get("date")),
            start=start,
            location=self.text(data, "location"),
            trainers=self.trainers(data.get("trainers")),
            organisation=self.text(data, "organisation"),
            layout=self.layout(layout.strip()) if isinstance(layout, str) else None,
            paper=self.choice(data, "paper", PAPER_SIZES),
            language=self.choice(data, "language", LANGUAGES),
            programme=self.programme(data.get("programme"), timed="start" in data),
        )
        if start is not None:
            minutes = sum(item.minutes or 0 for item in workshop.programme)
            end = start.hour * 60 + start.minute + minutes
            if end > 24 * 60:
                self.fail(
                    "start",
                    f"the programme ({minutes} minutes from {start:%H:%M}) runs past midnight",
                )
        return workshop

    def layout(self, value: str) -> str:
        """A layout's folder from the workshop file's folder (`layouts/<name>` there, or a
        path from it), so the file builds from anywhere; else a name to look up as usual."""
        for candidate in (self.path.parent / value, self.path.parent / "layouts" / value):
            with contextlib.suppress(OSError):
                if (candidate / "layout.toml").is_file():
                    return str(candidate)
        from ..layouts import available_layouts

        known = available_layouts()
        if value not in known:
            close = difflib.get_close_matches(value, known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(known)}"
            self.fail("layout", f"no such layout {value!r}; {hint}")
        return value

    def sections_left_out(
        self,
        programme: tuple[ProgrammeItem, ...],
        section_titles: Callable[[Path], list[str] | None],
    ) -> None:
        """Each section to leave out must be one of its article's (as `inspect` shows)."""
        for number, item in enumerate(programme, 1):
            if item.article is None or not item.leave_out:
                continue
            titles = section_titles(item.article)
            if titles is None:
                continue  # an article that cannot be read is named when the day is built
            have = {folded_title(title) for title in titles}
            for title in item.leave_out:
                if folded_title(title) not in have:
                    known = "; ".join(titles) or "none"
                    self.fail(
                        f"programme[{number}].leave_out",
                        f"{item.article.name} has no section {title!r} (its sections: {known})",
                    )

    def dates(self, value: Any) -> tuple[datetime.date, ...]:
        """One date or a list of them (a workshop over several days), as TOML dates or
        "YYYY-MM-DD" texts."""
        if value is None:
            return ()
        values = value if isinstance(value, list) else [value]
        dates = []
        for one in values:
            if isinstance(one, str):
                with contextlib.suppress(ValueError):
                    one = datetime.date.fromisoformat(one.strip())
            if isinstance(one, datetime.datetime) or not isinstance(one, datetime.date):
                self.wrong("date", "a date like 2026-12-10 (or a list of them)", one)
                return ()
            dates.append(one)
        return tuple(dates)

    def start(self, value: Any) -> datetime.time | None:
        if value is None:
            return None
        if isinstance(value, datetime.time):
            return value.replace(second=0, microsecond=0)
        if isinstance(value, str) and (found := _TIME.fullmatch(value.strip())):
            return datetime.time(int(found[1]), int(found[2]))
        self.wrong("start", 'a time like "09:00"', value)
        return None

    def trainers(self, value: Any) -> tuple[Trainer, ...]:
        """A name, a table with name, email and phone, or a list of either."""
        if value is None:
            return ()
        values = value if isinstance(value, list) else [value]
        trainers = []
        for number, one in enumerate(values, 1):
            key = f"trainers[{number}]" if isinstance(value, list) else "trainers"
            if isinstance(one, str) and one.strip():
                trainers.append(Trainer(" ".join(one.split())))
            elif isinstance(one, dict):
                self.unknown(one, _TRAINER_KEYS, key + ".")
                name = self.text(one, "name", key + ".")
                if not name and key + ".name" not in self.meant:
                    self.fail(key + ".name", "missing: the trainer's name")
                email = self.text(one, "email", key + ".")
                if email and not _EMAIL.fullmatch(email):
                    self.fail(key + ".email", f"{email!r} is not an e-mail address")
                trainer = Trainer(
                    name, self.text(one, "email", key + "."), self.text(one, "phone", key + ".")
                )
                trainers.append(trainer)
            else:
                self.wrong(key, "a name, or a table with name, email and phone", one)
        return tuple(trainers)

    def programme(self, value: Any, timed: bool) -> tuple[ProgrammeItem, ...]:
        if value is None:
            if "programme" in self.meant:
                return ()
            self.fail(
                "programme",
                "missing: add the day's parts, each as [[programme]] with article = "
                '"source_texts/…" or title = "Lunch", and minutes',
            )
            return ()
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.wrong("programme", "a list of [[programme]] tables", value)
            return ()
        if not value:
            self.fail("programme", "is empty: add at least one article")
        items = [self.item(table, f"programme[{n}]", timed) for n, table in enumerate(value, 1)]
        if value and not any("article" in table for table in value):
            self.fail("programme", 'has no article: add one with article = "source_texts/…"')
        return tuple(item for item in items if item is not None)

    def item(self, table: dict[str, Any], key: str, timed: bool) -> ProgrammeItem | None:
        prefix = key + "."
        self.unknown(table, _ITEM_KEYS, prefix)
        title = self.text(table, "title", prefix)
        article = self.article(table.get("article"), prefix + "article")
        if "article" not in table and not title and prefix + "article" not in self.meant:
            self.fail(key, 'needs article = "…" (a path) or, for a break, title = "…"')
        leave_out = self.sections(table, prefix, "article" in table)
        return ProgrammeItem(
            title=title,
            minutes=self.minutes(table.get("minutes"), prefix + "minutes", timed),
            article=article,
            leave_out=leave_out,
        )

    def article(self, value: Any, key: str) -> Path | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.wrong(key, "the path of an article in quotes", value)
            return None
        path = self.path.parent / value.strip()
        if not path.is_file():
            self.fail(
                key, f"no such file {value.strip()!r} (paths are from {self.path.name}'s folder)"
            )
            return None
        return path

    def minutes(self, value: Any, key: str, timed: bool) -> int | None:
        if value is None:
            if timed and key not in self.meant:
                self.fail(
                    key,
                    "missing: the day's times are counted from start, so each part needs "
                    "its minutes",
                )
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_MINUTES:
            expected = f"a whole number of minutes from 1 to {MAX_MINUTES}"
            if isinstance(value, str) and value.strip().isdigit():
                expected += f" (without quotes: minutes = {value.strip()})"
            self.wrong(key, expected, value)
            return None
        return value

    def sections(self, table: dict[str, Any], prefix: str, has_article: bool) -> tuple[str, ...]:
        value = table.get("leave_out")
        if value is None:
            return ()
        if not has_article:
            self.fail(prefix + "leave_out", "only an article has sections to leave out")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.wrong(prefix + "leave_out", 'a list of section titles, e.g. ["Bronnen"]', value)
            return ()
        return tuple(" ".join(v.split()) for v in value)
