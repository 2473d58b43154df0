"""Reading an outline a trainer edited: headings and lists back into values, and every
mistake named with its line and what to write instead, all at once."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from pathlib import Path

from ..enrich.digest import BULLETS_PER_SLIDE
from ..errors import WorkshopError
from .document import ExerciseLines, Outline, SectionOutline
from .match import FOREIGN, match, numbered, unescaped_heading
from .words import (
    FIELDS,
    HEADING,
    NAMES,
    SETTING_LINE,
    SETTINGS,
    SHOW_WORDS,
    field_of,
    minutes_of,
    setting_of,
    shown_in,
)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+•]\s*|\d{1,3}[.)]\s+)(?=\S)(.*)$")
_BASE = re.compile(r"^(?:bron|source)\s+([0-9a-f]+|-)\s*;([^|]*)\|\s*(.*)$")
_TITLE_BASE = re.compile(r"^(?:titel|title)\s+([0-9a-f]+)$")
_ENDS_CONFLICT = re.compile(r"^!!\s*(einde|end)\b", re.IGNORECASE)
UNRESOLVED = (
    "a conflict from 'workshop outline --refresh' is not resolved: keep one version and delete "
    "the lines that start with !!"
)
MAX_BULLETS = BULLETS_PER_SLIDE
"""Bullets on one slide at most, as enrichment spreads them (more continue on another slide)."""


class OutlineError(WorkshopError):
    """An outline with mistakes: one line each, naming the file and line."""

    def __init__(self, path: Path, problems: list[tuple[int, str]]) -> None:
        self.problems = [
            f"{path}:{line}: {problem}" if line else f"{path}: {problem}"
            for line, problem in problems
        ]
        super().__init__("\n".join(self.problems))


def read_outline(
    path: Path, titles: list[str] | None = None, fingerprint: str | None = None
) -> Outline:
    """Read and parse the outline file at `path`; with the article's section `titles`, a
    section the article does not have is a mistake too, unless the outline was written from
    an article of another `fingerprint` (the article changed: the build warns instead)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise OutlineError(path, [(0, f"cannot be read ({error.strerror})")]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OutlineError(
            path, [(0, "is not UTF-8 text; save it as UTF-8 in your editor")]
        ) from None
    return parse_outline(text, path, titles, fingerprint)


def parse_outline(
    text: str, path: Path, titles: list[str] | None = None, fingerprint: str | None = None
) -> Outline:
    """Parse an outline's text; `path` is named in errors."""
    parser = _Parser()
    lines = text.splitlines()
    parser.feed(lines)
    if not parser.problems and not parser.sections and parser.title is None:
        parser.problems.append(
            (
                0,
                "is empty; delete it to build from the article alone, or write it again "
                "with 'workshop outline ARTICLE'",
            )
        )
    if titles is not None:
        unchanged = fingerprint is None or parser.fingerprint in ("", fingerprint)
        found = match(titles, tuple(parser.sections))[1]
        if unchanged or found == [(0, FOREIGN)]:
            parser.problems += found
    if parser.problems:
        raise OutlineError(path, sorted(parser.problems))
    language = parser.language or "nl"
    bases = parser.bases()
    sources = {key: source for key, (source, _) in bases.items()}
    sections = tuple(parser.with_bases(bases))
    return Outline(parser.title, parser.fingerprint, sections, language, sources, parser.title_base)


class _Parser:
    """A line-by-line reader: the title and fingerprint, then sections; within a section its
    settings, then `###` fields holding lists (slides, key points, questions, steps) or
    paragraphs (notes)."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.fingerprint = ""
        self.title_base = ""
        self.language: str | None = None
        self.sections: list[SectionOutline] = []
        self.problems: list[tuple[int, str]] = []
        self._section: SectionOutline | None = None
        self._field: str | None = None
        self._items: list[str] = []
        self._bases: list[re.Match[str]] = []
        self._joined = False  # whether the next plain line continues the last item
        self._field_line = 0
        self._minutes: int | None = None

    def feed(self, lines: list[str]) -> None:
        in_comment = in_conflict = False
        opened = 0
        for number, raw in enumerate(lines, start=1):
            stripped = raw.strip()
            if in_comment:
                in_comment = "-->" not in stripped
                if base := _BASE.match(stripped):
                    self._bases.append(base)
                elif title := _TITLE_BASE.match(stripped):
                    self.title_base = title[1]
                continue
            if stripped.startswith("<!--"):
                in_comment, opened = "-->" not in stripped, number
                continue
            if stripped.startswith("!!"):
                if not in_conflict:  # one mistake per conflict, at its first line
                    self._problem(number, UNRESOLVED)
                in_conflict = not _ENDS_CONFLICT.match(stripped)
                continue
            self._line(number, stripped)
        self._end_section()
        if in_comment:
            self._problem(opened, "a comment that is never closed; end it with -->")

    def _line(self, number: int, stripped: str) -> None:
        heading = _HEADING.match(stripped)
        if heading:
            level, text = len(heading.group(1)), heading.group(2)
            if level == 1:
                self._title(number, text)
            elif level == 2:
                self._start_section(number, text)
            elif level == 3:
                self._start_field(number, text)
            else:
                self._problem(
                    number,
                    f"a heading with {level} #'s; sections are '## …' and their parts '### …'",
                )
            return
        if not stripped:
            self._joined = False
            return
        escaped = stripped.startswith("\\")
        if escaped:
            stripped = stripped[1:]
        if self._section is None:
            self._header_line(number, stripped)
        elif self._field is None:
            self._setting(number, stripped)
        else:
            self._content(number, stripped, escaped)

    def _title(self, number: int, text: str) -> None:
        if self.title is not None or self.sections or self._section:
            self._problem(
                number, "a second '# ' title; sections start with '## ', their parts with '### '"
            )
            return
        self.title = text

    def _header_line(self, number: int, text: str) -> None:
        setting = SETTING_LINE.match(text)
        if setting and setting_of(setting.group(1)) == "fingerprint":
            self.fingerprint = setting.group(2).strip()
            self._note_language(setting.group(1))
            return
        self._problem(
            number,
            f"{_short(text)!r} is outside any section; start a section with '## ' and "
            "the heading of a section of the article",
        )

    def _start_section(self, number: int, text: str) -> None:
        self._end_section()
        self._section = SectionOutline(heading=text, line=number)

    def bases(self) -> dict[tuple[str, int], tuple[str, dict[str, str]]]:
        """The block at the end: each section's text fingerprint and its fields' (the n-th
        line for a heading goes with the n-th section of that heading)."""
        bases = {}
        headings = (unescaped_heading(b[3].strip()) for b in self._bases)
        for key, found in zip(numbered(headings), self._bases, strict=True):
            pairs = re.findall(r"([a-z_]+)\s+([0-9a-f]+)", found.group(2))
            source = "" if found.group(1) == "-" else found.group(1)
            bases[key] = (source, dict(pairs))
        return bases

    def with_bases(
        self, bases: dict[tuple[str, int], tuple[str, dict[str, str]]]
    ) -> list[SectionOutline]:
        """The sections with their fingerprints from the block at the end (`bases`)."""
        sections = []
        for key, section in zip(
            numbered(s.heading for s in self.sections), self.sections, strict=True
        ):
            source, base = bases.get(key, ("", {}))
            sections.append(replace(section, source=source, base=base))
        return sections

    def _setting(self, number: int, text: str) -> None:
        assert self._section is not None
        language = self.language or "nl"
        names = NAMES[language]
        setting = SETTING_LINE.match(text)
        known = ", ".join(f"'{names[s]}: …'" for s in SETTINGS)
        if not setting:
            parts = ", ".join(names[f] for f in FIELDS)
            self._problem(
                number,
                f"{_short(text)!r} is not a setting; right under a section's heading write "
                f"{known}, and text under a '### ' heading ({parts})",
            )
            return
        name, value = setting.group(1), setting.group(2).strip()
        which = setting_of(name)
        if which not in SETTINGS:
            close = _did_you_mean(
                name, [names[s] for s in SETTINGS], [NAMES[o][s] for o in NAMES for s in SETTINGS]
            )
            self._problem(number, f"unknown field {name!r}{close}; a section has {known}")
            return
        self._note_language(name)
        if getattr(self._section, which) is not None:
            self._problem(number, f"a second '{name}:' in this section; keep one")
            return
        if which == "title":
            if not value:
                self._problem(
                    number,
                    f"'{name}:' without a title; write the title after it, or delete the line "
                    "to keep the article's",
                )
                return
            self._section = replace(self._section, title=value)
        else:
            shown = shown_in(value) if value else ""
            if isinstance(shown, str):
                choices = "', '".join(SHOW_WORDS[language].values())
                self._problem(
                    number,
                    f"'{name}: {value}' is not understood ({shown!r}); write one of '{choices}'"
                    if shown
                    else f"'{name}:' says nothing; write one of '{choices}'",
                )
                return
            self._section = replace(self._section, show=shown)

    def _start_field(self, number: int, text: str) -> None:
        if self._section is None:
            self._problem(
                number, f"'### {_short(text)}' before any section; write it under a '## ' heading"
            )
            return
        self._end_field()
        parts = HEADING.match(text)
        name = parts["name"] if parts else text
        field = field_of(name)
        language = self.language or "nl"
        if field is None:
            options = [NAMES[language][f] for f in FIELDS]
            close = _did_you_mean(name, options, [NAMES[o][f] for o in NAMES for f in FIELDS])
            self._problem(
                number,
                f"unknown heading '### {_short(text)}'{close}; a section's parts are "
                f"{', '.join(options)}",
            )
            self._field = "unknown"
            return
        self._note_language(name)
        self._field, self._field_line, self._items = field, number, []
        time = parts["time"] if parts else None
        self._minutes = minutes_of(time) if time else None
        if time and (field != "exercise" or self._minutes is None):
            example = f"### {NAMES[language]['exercise']} (10 {NAMES[language]['minutes']})"
            self._problem(number, f"'({time})' is not a time; write it as '{example}'")
        if field == "exercise" and self._section.has_exercise:
            self._problem(
                number, "a second exercise in one section; put all its steps under one heading"
            )

    def _content(self, number: int, text: str, escaped: bool) -> None:
        if self._field == "unknown":
            return
        setting = None if escaped or _ITEM.match(text) else SETTING_LINE.match(text)
        if setting and setting_of(setting[1]) in SETTINGS:
            self._problem(
                number,
                f"'{setting[1]}:' belongs right under the section's '## ' heading, above its "
                "first '### ' heading",
            )
            return
        if self._field == "notes":
            if self._joined and self._items:
                self._items[-1] += " " + text
            else:
                self._items.append(text)
            self._joined = True
            return
        item = _ITEM.match(text)
        if item:
            self._items.append(item.group(1).strip())
        elif self._joined and self._items:
            self._items[-1] += " " + text
        else:
            self._items.append(text)
        self._joined = True
        if self._field == "slide" and len(self._items) == MAX_BULLETS + 1:
            name = NAMES[self.language or "nl"]["slide"]
            self._problem(
                self._field_line,
                f"more than {MAX_BULLETS} bullets on one slide; a slide holds {MAX_BULLETS} at "
                f"most: put the rest under another '### {name}' heading",
            )

    def _end_field(self) -> None:
        field, section = self._field, self._section
        self._field, self._joined = None, False
        if field in (None, "unknown") or section is None:
            return
        items = tuple(item for item in self._items if item)
        if field == "slide":
            slides = (section.slides or ()) + ((items,) if items else ())
            self._section = replace(section, slides=slides)
        elif field == "exercise":
            exercise = ExerciseLines(items, self._minutes) if items else None
            self._section = replace(section, exercise=exercise, has_exercise=True)
        else:
            self._section = replace(section, **{field: items})

    def _end_section(self) -> None:
        self._end_field()
        if self._section is not None:
            self.sections.append(self._section)
        self._section = None

    def _problem(self, line: int, problem: str) -> None:
        self.problems.append((line, problem))

    def _note_language(self, word: str) -> None:
        if self.language is None:
            for language, names in NAMES.items():
                if any(name.lower() == word.lower().strip() for name in names.values()):
                    self.language = language
                    return


def _did_you_mean(name: str, options: list[str], others: list[str] = ()) -> str:
    """The closest of `options` (the file's own language), else of `others`."""
    close = difflib.get_close_matches(name, options, n=1, cutoff=0.5) or (
        difflib.get_close_matches(name, list(others), n=1, cutoff=0.5)
    )
    return f" (did you mean {close[0]!r}?)" if close else ""


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "…"
