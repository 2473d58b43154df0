"""The typed form of `layout.toml`, validated once at load.

Every problem is collected, not just the first, and each names its key and what was expected,
so a designer can fix a layout in one go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    "quote",
    "reading_time",
    "reading_time_one",
    "reflection",
    "source",
    "written_by",
)
CONTACT_KEYS = ("name", "organisation", "email", "phone", "website")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MASTER_SUFFIXES = (".pptx", ".potx")
MASTER_LAYOUTS = {
    "title": "Title Slide",
    "agenda": "Title and Content",
    "bullets": "Title and Content",
    "statement": "Section Header",
    "image": "Title Only",
    "closing": "Title Slide",
}
"""Slide kinds and the slide layout each uses in a master, by PowerPoint's English default names."""
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


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
    master_layouts: dict[str, str] | None = None


@dataclass(frozen=True)
class Layout:
    """A loaded, valid layout: its folder, its look and its words per language."""

    name: str
    folder: Path
    description: str
    footer: str
    page: Page
    colours: Colours
    fonts: Fonts
    handout: HandoutStyle
    deck: DeckStyle
    labels: dict[str, dict[str, str]]
    logo: Path | None = None
    """An image (PNG or JPEG) in the layout folder for the handout's cover, or None."""
    contact: dict[str, str] | None = None
    """The trainer's contact details for the handout's last page: name, organisation, email,
    phone, website (each may be empty)."""

    def labels_for(self, language: str) -> dict[str, str]:
        """The labels in `language`, falling back to English for a language without its own."""
        return self.labels.get(language) or self.labels["en"]


class _Checker:
    """Reads typed values out of the parsed TOML, recording a message for each problem."""

    def __init__(self, data: dict[str, Any], folder: Path) -> None:
        self.data = data
        self.folder = folder
        self.problems: list[str] = []
        self.known: set[str] = set()

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
        self.problems.append(f"{key}: expected {expected}, got {shown}")

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
        if not isinstance(value, str) or not _COLOUR.match(value):
            self._fail(key, 'a colour like "#1f6f8b"', value)
            return "#000000"
        return value.lower()

    def font_file(self, key: str) -> Path:
        value = self._get(key)
        if not isinstance(value, str) or not value.lower().endswith((".ttf", ".otf")):
            self._fail(key, "the path of a .ttf font file in the layout folder", value)
            return self.folder
        path = (self.folder / value).resolve()
        if not path.is_relative_to(self.folder.resolve()) or not path.is_file():
            self._fail(key, "a font file inside the layout folder", value)
        return path

    def optional_file(self, key: str, suffixes: tuple[str, ...], kind: str) -> Path | None:
        value = self._get(key)
        if value is None:
            return None
        path = (self.folder / value).resolve() if isinstance(value, str) else self.folder
        inside = path.is_relative_to(self.folder.resolve()) and path.is_file()
        if not isinstance(value, str) or not value.lower().endswith(suffixes) or not inside:
            self._fail(key, f"the path of {kind} inside the layout folder", value)
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
                    self.problems.append(f"{key}: unknown key")

        walk(self.data, "")


def parse_layout(name: str, folder: Path, data: dict[str, Any]) -> tuple[Layout, list[str]]:
    """The Layout described by `data`, and every problem found in it (empty when valid)."""
    check = _Checker(data, folder)
    check.exact("version", LAYOUT_VERSION, f"{LAYOUT_VERSION} (the layout format this reads)")
    labels = {
        language: {key: check.text(f"labels.{language}.{key}") for key in LABEL_KEYS}
        for language in LANGUAGES
    }
    layout = Layout(
        name=name,
        folder=folder,
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
        logo=check.optional_file("logo", IMAGE_SUFFIXES, "a PNG or JPEG file"),
        contact={key: check.text(f"contact.{key}", default="") for key in CONTACT_KEYS},
    )
    if layout.deck.title_min > layout.deck.title_max:
        check.problems.append("deck.title_min: expected at most deck.title_max")
    if layout.deck.body_min > layout.deck.body_max:
        check.problems.append("deck.body_min: expected at most deck.body_max")
    check.unknown_keys()
    return layout, check.problems
