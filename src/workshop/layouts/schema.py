"""The typed form of `layout.toml`, validated once at load.

Every problem is collected, not just the first, and each names its key and what was expected,
so a designer can fix a layout in one go.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..pictures import picture_problem

LAYOUT_VERSION = 1
PAPER_SIZES = ("A4", "A5", "Letter")
LANGUAGES = ("nl", "en")
LABEL_KEYS = (
    "agenda",
    "closing",
    "contact",
    "contents",
    "continued",
    "handout",
    "intro",
    "key_points",
    "notes",
    "own_notes",
    "page",
    "question_1",
    "question_2",
    "question_3",
    "question_definition",
    "question_steps",
    "question_problem",
    "question_example",
    "question_practice",
    "exercise",
    "minutes",
    "run_question",
    "run_exercise",
    "quote",
    "reading_time",
    "reading_time_one",
    "reflection",
    "source",
    "written_by",
)
DAY_LABELS = {
    "nl": {
        "programme": "Programma",
        "time": "Tijd",
        "session": "Onderdeel",
        "duration": "Duur",
        "part": "Deel {number}",
        "guide": "Draaiboek",
        "timetable": "Tijdschema",
        "total": "Totaal",
        "materials": "Benodigdheden",
        "material_handout": "De hand-out, één per deelnemer",
        "material_slides": "Scherm of beamer voor de dia's; dit draaiboek of de dia-hand-out",
        "material_pens": "Pennen voor de oefeningen en de aantekeningen",
        "opening": "Opening",
        "wrap_up": "Afronding",
    },
    "en": {
        "programme": "Programme",
        "time": "Time",
        "session": "Session",
        "duration": "Duration",
        "part": "Part {number}",
        "guide": "Facilitator guide",
        "timetable": "Timetable",
        "total": "Total",
        "materials": "Materials",
        "material_handout": "The handout, one for each participant",
        "material_slides": "A screen or projector for the slides; this guide or the slide handout",
        "material_pens": "Pens for the exercises and the notes",
        "opening": "Opening",
        "wrap_up": "Wrap-up",
    },
}
"""Labels of a workshop day's materials (`workshop.toml`); a layout may set them, and one
written before days existed gets these."""
CONTACT_KEYS = ("name", "organisation", "email", "phone", "website")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MASTER_SUFFIXES = (".pptx", ".potx")
MASTER_LAYOUTS = {
    "title": "Title Slide",
    "agenda": "Title and Content",
    "bullets": "Title and Content",
    "statement": "Section Header",
    "image": "Picture with Caption",
    "exercise": "Content with Caption",
    "table": "Title and Content",
    "closing": "Title Slide",
}
"""Slide kinds and the slide layout each uses in a master, by PowerPoint's English default names."""
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_LICENCE = re.compile(r"(?i)^(ofl|licen[cs]e|copying|copyright)")


@dataclass(frozen=True)
class Colours:
    """Colours as "#rrggbb": one accent plus greys, as the design notes ask."""

    accent: str
    text: str
    muted: str
    background: str
    tint: str


@dataclass(frozen=True)
class Fonts:
    """TrueType files (absolute paths) the handout embeds, and the font name the deck asks for.

    `deck_name` is what PowerPoint shows; the deck's text is measured with `regular`/`bold`,
    which must be metric-compatible with it (Carlito for Calibri).
    """

    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path
    deck_name: str


@dataclass(frozen=True)
class Page:
    """Paper size name and margins in millimetres."""

    size: str
    top: float
    right: float
    bottom: float
    left: float


@dataclass(frozen=True)
class HandoutStyle:
    """Type sizes in points; `leading` is a ratio of the body size (1.4 = 140 %)."""

    body_size: float
    leading: float
    heading_size: float
    align: str


@dataclass(frozen=True)
class DeckStyle:
    """Ranges of type sizes in points the deck renderer may choose from, and optionally a
    company's PowerPoint master (.pptx or .potx) with the names of the slide layouts in it that
    each kind of slide uses."""

    title_max: float
    title_min: float
    body_max: float
    body_min: float
    master: Path | None = None
    master_layouts: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Layout:
    """A loaded, valid layout: its folder, its look and its words per language.

    `folders` is the layout's own folder followed by those of the layouts it extends: templates
    and files (fonts, logo, master) are looked up in that order, and nowhere else.
    """

    name: str
    folders: tuple[Path, ...]
    description: str
    footer: str
    page: Page
    colours: Colours
    fonts: Fonts
    handout: HandoutStyle
    deck: DeckStyle
    labels: dict[str, dict[str, str]]
    extends: str | None = None
    """The name of the layout this one extends, or None."""
    logo: Path | None = None
    """An image (PNG or JPEG) in the layout folder for the handout's cover, or None."""
    contact: dict[str, str] | None = None
    """The trainer's contact details for the handout's last page: name, organisation, email,
    phone, website (each may be empty)."""

    @property
    def folder(self) -> Path:
        """The layout's own folder."""
        return self.folders[0]

    def find_file(self, relative: str) -> Path | None:
        """The file `relative` names in the layout's folders (its own first), or None when it
        is in none of them or would lead outside them."""
        return find_in_folders(self.folders, relative)

    def relative_name(self, path: Path) -> str:
        """`path` relative to the layout folder it is in: how templates and plans name files."""
        for folder in self.folders:
            if path.is_relative_to(folder.resolve()):
                return path.relative_to(folder.resolve()).as_posix()
        return path.as_posix()

    def labels_for(self, language: str) -> dict[str, str]:
        """The labels in `language`, falling back to English for a language without its own."""
        return self.labels.get(language) or self.labels["en"]


def find_in_folders(folders: tuple[Path, ...], relative: str) -> Path | None:
    """The first existing file `relative` names inside one of `folders`, symlinks resolved."""
    for folder in folders:
        root = folder.resolve()
        try:
            path = (root / relative).resolve()
        except (OSError, ValueError):  # a NUL byte, a symlink loop
            return None
        if path.is_relative_to(root) and path.is_file():
            return path
    return None


Problem = tuple[str, str]
"""A problem in a layout: the key it is about, and what is wrong with it."""


class _Checker:
    """Reads typed values out of the parsed TOML, recording a problem for each bad value."""

    def __init__(self, data: dict[str, Any], folders: tuple[Path, ...]) -> None:
        self.data = data
        self.folders = folders
        self.problems: list[Problem] = []
        self.known: set[str] = {"extends"}

    def _get(self, key: str) -> Any:
        self.known.add(key)
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node

    def _fail(self, key: str, expected: str, value: Any) -> None:
        shown = "nothing" if value is None else repr(value)
        self.problems.append((key, f"expected {expected}, got {shown}"))

    def exact(self, key: str, expected: Any, description: str) -> None:
        value = self._get(key)
        if value != expected:
            self._fail(key, description, value)

    def text(self, key: str, default: str | None = None) -> str:
        value = self._get(key)
        if value is None and default is not None:
            return default
        if not isinstance(value, str):
            self._fail(key, "a text", value)
            return ""
        return value

    def number(self, key: str, low: float, high: float) -> float:
        value = self._get(key)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            self._fail(key, f"a number from {low:g} to {high:g}", value)
            return low
        return float(value)

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self._get(key)
        if value not in options:
            self._fail(key, "one of " + ", ".join(f'"{o}"' for o in options), value)
            return options[0]
        return value

    def colour(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not _COLOUR.fullmatch(value):
            self._fail(key, "a colour like '#1f6f8b'", value)
            return "#000000"
        return value.lower()

    def font_file(self, key: str) -> Path:
        """A TrueType file with its licence beside it: a layout is shared and passed on, and
        the licence says whether its fonts may be embedded and given away with it."""
        path = self.optional_file(key, (".ttf",), "a .ttf font file", required=True)
        if path is not None and not any(_LICENCE.match(p.name) for p in path.parent.iterdir()):
            self.problems.append(
                (
                    key,
                    f"no licence beside {path.name}: add the font's licence file "
                    "(OFL.txt, LICENSE.txt, …) to its folder",
                )
            )
        return path or self.folders[0]

    def optional_file(
        self, key: str, suffixes: tuple[str, ...], kind: str, required: bool = False
    ) -> Path | None:
        value = self._get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.lower().endswith(suffixes):
            self._fail(key, f"the path of {kind} in the layout folder", value)
            return None
        found = find_in_folders(self.folders, value)
        if found is None:
            where = " or ".join(str(folder) for folder in self.folders)
            self.problems.append((key, f"there is no file {value!r} in {where}"))
        return found

    def image(self, key: str) -> Path | None:
        """A PNG or JPEG that can be read: a broken logo is found now, not missing later."""
        path = self.optional_file(key, IMAGE_SUFFIXES, "a PNG or JPEG file")
        if path is None:
            return None
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(path) as image:
                image.verify()
                if image.format not in ("PNG", "JPEG"):
                    raise UnidentifiedImageError(f"a {image.format} image")
        except (OSError, UnidentifiedImageError, SyntaxError) as error:
            self.problems.append(
                (key, f"{path.name} is not a PNG or JPEG that can be read ({error})")
            )
            return None
        except Image.DecompressionBombError:
            pass  # too many pixels: said below
        if problem := picture_problem(path):  # cut off, or too many pixels to draw
            self.problems.append((key, f"{path.name} {problem}"))
            return None
        return path

    def unknown_keys(self) -> None:
        """Report every key in the file that no field reads (typos, misplaced keys)."""
        prefixes = {key.rsplit(".", 1)[0] for key in self.known if "." in key}

        def walk(node: dict[str, Any], prefix: str) -> None:
            for name, value in node.items():
                key = f"{prefix}{name}"
                if isinstance(value, dict) and (key in prefixes or key == "labels"):
                    walk(value, key + ".")
                elif key not in self.known:
                    self.problems.append((key, "unknown key" + self._suggestion(prefix, name)))

        walk(self.data, "")

    def _suggestion(self, prefix: str, name: str) -> str:
        """ "; did you mean 'colours'?" for a key close to one this level has, else ""."""
        level = {k[len(prefix) :].split(".")[0] for k in self.known if k.startswith(prefix)}
        close = difflib.get_close_matches(name, sorted(level), n=1)
        return f"; did you mean {close[0]!r}?" if close else ""


MINIMUM_CONTRAST = {"text": 4.5, "muted": 4.5, "accent": 3.0}
"""WCAG 2 contrast ratios: body and small text 4.5:1; the accent, used for headings and bold
titles, 3:1 (WCAG's figure for large text)."""


def contrast_problems(colours: Colours) -> list[Problem]:
    """Text colours too faint to read on the paper (white), the slides' background or the
    tinted boxes they are drawn on."""
    grounds = {
        "white paper": "#ffffff",
        "colours.background": colours.background,
        "colours.tint": colours.tint,
    }
    problems = []
    for key, minimum in MINIMUM_CONTRAST.items():
        colour = getattr(colours, key)
        for ground, value in grounds.items():
            ratio = contrast_ratio(colour, value)
            if ratio < minimum:
                problems.append(
                    (
                        f"colours.{key}",
                        f"{colour} on {ground} ({value}) has a contrast of {ratio:.1f}:1; "
                        f"at least {minimum:g}:1 is needed to read it",
                    )
                )
                break
    return problems


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two "#rrggbb" colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def parse_layout(
    name: str, folders: tuple[Path, ...], data: dict[str, Any]
) -> tuple[Layout, list[Problem]]:
    """The Layout described by `data` (the merged TOML of the layout and the layouts it extends,
    whose folders are `folders`, its own first), and every problem found in it."""
    check = _Checker(data, folders)
    check.exact("version", LAYOUT_VERSION, f"{LAYOUT_VERSION} (the layout format this reads)")
    labels = {
        language: {key: check.text(f"labels.{language}.{key}") for key in LABEL_KEYS}
        | {
            key: check.text(f"labels.{language}.{key}", default)
            for key, default in DAY_LABELS[language].items()
        }
        for language in LANGUAGES
    }
    layout = Layout(
        name=name,
        folders=folders,
        extends=data.get("extends") if isinstance(data.get("extends"), str) else None,
        description=check.text("description"),
        footer=check.text("footer", default=""),
        page=Page(
            size=check.choice("page.size", PAPER_SIZES),
            top=check.number("page.top_mm", 5, 60),
            right=check.number("page.right_mm", 5, 60),
            bottom=check.number("page.bottom_mm", 5, 60),
            left=check.number("page.left_mm", 5, 60),
        ),
        colours=Colours(
            accent=check.colour("colours.accent"),
            text=check.colour("colours.text"),
            muted=check.colour("colours.muted"),
            background=check.colour("colours.background"),
            tint=check.colour("colours.tint"),
        ),
        fonts=Fonts(
            regular=check.font_file("fonts.regular"),
            bold=check.font_file("fonts.bold"),
            italic=check.font_file("fonts.italic"),
            bold_italic=check.font_file("fonts.bold_italic"),
            deck_name=check.text("fonts.deck_name"),
        ),
        handout=HandoutStyle(
            body_size=check.number("handout.body_size", 8, 16),
            leading=check.number("handout.leading", 1.0, 2.0),
            heading_size=check.number("handout.heading_size", 10, 32),
            align=check.choice("handout.align", ("justify", "left")),
        ),
        deck=DeckStyle(
            title_max=check.number("deck.title_max", 20, 60),
            title_min=check.number("deck.title_min", 18, 60),
            body_max=check.number("deck.body_max", 18, 40),
            body_min=check.number("deck.body_min", 18, 40),
            master=check.optional_file("deck.master", MASTER_SUFFIXES, "a .pptx or .potx file"),
            master_layouts={
                kind: check.text(f"deck.master_layouts.{kind}", default=name)
                for kind, name in MASTER_LAYOUTS.items()
            },
        ),
        labels=labels,
        logo=check.image("logo"),
        contact={key: check.text(f"contact.{key}", default="") for key in CONTACT_KEYS},
    )
    if not any(key.startswith("colours.") for key, _ in check.problems):
        check.problems.extend(contrast_problems(layout.colours))
    if layout.deck.title_min > layout.deck.title_max:
        check.problems.append(("deck.title_min", "expected at most deck.title_max"))
    if layout.deck.body_min > layout.deck.body_max:
        check.problems.append(("deck.body_min", "expected at most deck.body_max"))
    check.unknown_keys()
    return layout, check.problems
