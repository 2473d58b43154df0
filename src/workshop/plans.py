"""Plans: what a layout's templates decide, as plain dataclasses the renderers draw.

A template renders a small XML vocabulary (`<handout>`, `<deck>`, `<slide>`, ...); parsing it
here means renderers are tested on plans without templates, and a template that writes an
unknown element is told so by name. Text in a plan is plain text, never markup: the inline
<b>, <i> and <a href> a template may put in a paragraph, a list item, a quote or a notes
paragraph become marks beside the text (see `marks`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .errors import LayoutError
from .marks import BOLD, ITALIC, LINK, Style, element_runs, link_target, styled

QR_LONGEST = 1000
"""Characters a QR code holds here: more makes a code too dense to scan from paper."""
SLIDE_LAYOUTS = (
    "title",
    "agenda",
    "bullets",
    "statement",
    "image",
    "exercise",
    "table",
    "closing",
)
"""Kinds of slide: `statement` is one sentence large (a question for the group, a quote), with
its label as the subtitle; `image` shows one picture of the article with its caption;
`exercise` numbers its bullets as steps, with the subtitle (time, materials) beside them;
`table` shows rows of cells, the first row as the header."""


@dataclass(frozen=True)
class Meta:
    """Document properties: title, author, subject and keywords, language (ISO 639-1)."""

    title: str
    author: str
    subject: str
    keywords: str
    language: str


@dataclass(frozen=True)
class Cover:
    """The handout's opening: the title, a subtitle line, the workshop's lines (its name,
    its date), the source credit lines and the organisation's logo (a path, or "").

    `style` "page" gives it a page of its own; "compact" sets it at the top of the first page
    and the text follows right under it.
    """

    title: str
    subtitle: str
    credits: tuple[str, ...]
    workshop: tuple[str, ...] = ()
    logo: str = ""
    style: str = "page"


COVER_STYLES = ("page", "compact")


@dataclass(frozen=True)
class Heading:
    text: str
    level: int


@dataclass(frozen=True)
class Text:
    """A paragraph; `style` is "body", "intro" or "lead"."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Quotation:
    text: str


@dataclass(frozen=True)
class Picture:
    """An image; `src` is resolved against the article's folder by the renderer."""

    src: str
    alt: str


@dataclass(frozen=True)
class Grid:
    """A table: rows of cells, the first row heading the columns when `header`; with `tick`
    every cell is an option with a box to tick."""

    rows: tuple[tuple[str, ...], ...]
    header: bool = False
    tick: bool = False


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Contents:
    """A table of contents of the headings that follow, with their page numbers."""

    title: str


@dataclass(frozen=True)
class KeyPoints:
    """A box that sums up a section: its title and the points."""

    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Questions:
    """Numbered questions for the reader to think about, under a title."""

    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class NoteLines:
    """Ruled lines to write on, under a title; `count` 0 fills the rest of the page."""

    title: str
    count: int


@dataclass(frozen=True)
class Contact:
    """The trainer's contact details, one line each, under a title."""

    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class QrCode:
    """A web address as a QR code under a title, with the address printed beneath it: the
    article's source, for participants to find the original."""

    title: str
    value: str


@dataclass(frozen=True)
class Part:
    """One article of a day's handout: its opening page, set in the flow like a cover. The
    headings after it are one level under it in the contents, and its pictures are found
    from `base_dir`, the article's folder. Made by code, never by a template."""

    label: str
    title: str
    subtitle: str
    credits: tuple[str, ...]
    base_dir: Path | None = None


HandoutElement = (
    Part
    | Heading
    | Text
    | Bullets
    | Quotation
    | Picture
    | Grid
    | PageBreak
    | Contents
    | KeyPoints
    | Questions
    | NoteLines
    | Contact
    | QrCode
)


@dataclass(frozen=True)
class HandoutPlan:
    """The handout: metadata, cover, body elements and page furniture.

    `page_label` holds `{page}` and `{pages}`, replaced by the page number and count; `cover`
    is None when the template writes none (the text then starts on the first page).
    """

    meta: Meta
    cover: Cover | None
    body: tuple[HandoutElement, ...]
    header: str
    footer: str
    page_label: str


@dataclass(frozen=True)
class Slide:
    """One planned slide; the renderer may continue it on further slides when it is too full.

    `layout` is one of SLIDE_LAYOUTS; `notes` are the speaker notes' paragraphs; `rows` are a
    table slide's rows of cells, the header first.
    """

    layout: str
    title: str
    subtitle: str
    bullets: tuple[str, ...]
    notes: tuple[str, ...]
    image: Picture | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = True
    """Whether a table's first row heads its columns."""
    base_dir: Path | None = None
    """The folder its picture is found from when not the deck's (a day's deck has one per
    article)."""


@dataclass(frozen=True)
class DeckPlan:
    """The deck: metadata, slides, the word that marks a continued slide, and footer text."""

    meta: Meta
    slides: tuple[Slide, ...]
    continued_label: str
    footer: str


_META = {"title", "author", "language", "subject", "keywords"}
_INLINE = {"b", "i", "a"}
_INLINE_VOCABULARY: dict[str, tuple[set[str], set[str]]] = {
    "b": (set(), _INLINE),
    "i": (set(), _INLINE),
    "a": ({"href"}, _INLINE - {"a"}),
}
"""Emphasis inside running text: bold, italic and a link, nested as they like."""
HANDOUT_VOCABULARY: dict[str, tuple[set[str], set[str]]] = {
    "handout": (
        _META | {"header", "footer", "page-label"},
        {"cover", "heading", "paragraph", "list", "quote", "image", "pagebreak", "contents"}
        | {"keypoints", "questions", "lines", "contact", "table", "qrcode"},
    ),
    "qrcode": ({"title", "value"}, set()),
    "table": ({"header", "tick"}, {"row"}),
    "row": (set(), {"cell"}),
    "cover": ({"style"}, {"logo", "title", "subtitle", "workshop", "credit"}),
    "logo": ({"src"}, set()),
    "heading": ({"level"}, set()),
    "paragraph": ({"style"}, _INLINE),
    "list": ({"ordered"}, {"item"}),
    "item": (set(), _INLINE),
    "quote": (set(), _INLINE),
    "image": ({"src", "alt"}, set()),
    "pagebreak": (set(), set()),
    "contents": ({"title"}, set()),
    "keypoints": ({"title"}, {"item"}),
    "questions": ({"title"}, {"item"}),
    "lines": ({"title", "count"}, set()),
    "contact": ({"title"}, {"line"}),
    **_INLINE_VOCABULARY,
}
"""Each handout plan element: its attributes and the elements it may hold (text-only elements
such as <title> and <item> are checked by the element that holds them)."""
DECK_VOCABULARY: dict[str, tuple[set[str], set[str]]] = {
    "deck": (_META | {"continued-label", "footer"}, {"slide"}),
    "slide": ({"layout", "header"}, {"title", "subtitle", "bullet", "notes", "image", "row"}),
    "notes": (set(), {"p"}),
    "p": (set(), _INLINE),
    "row": (set(), {"cell"}),
    "image": ({"src", "alt"}, set()),
    **_INLINE_VOCABULARY,
}


def _check_vocabulary(
    node: ET.Element, vocabulary: dict[str, tuple[set[str], set[str]]], source: Path
) -> None:
    """Every attribute and child element in the plan is one the renderers read, so a typo in
    a template is named instead of silently dropped."""
    attributes, children = vocabulary.get(node.tag, (set(), set()))
    for attribute in node.attrib:
        if attribute not in attributes:
            known = ", ".join(sorted(attributes)) or "none"
            raise LayoutError(
                source, f"<{node.tag}> has no attribute {attribute!r} (it has: {known})"
            )
    for child in node:
        if child.tag not in children:
            raise LayoutError(source, f"unknown element <{child.tag}> in <{node.tag}>")
        _check_vocabulary(child, vocabulary, source)


def parse_handout(xml: str, source: Path) -> HandoutPlan:
    """Parse a rendered handout template; `source` (the template) is named in errors."""
    root = _root(xml, source, "handout")
    _check_vocabulary(root, HANDOUT_VOCABULARY, source)
    cover_node = root.find("cover")
    cover = _cover(cover_node, source) if cover_node is not None else None
    body: list[HandoutElement] = []
    for node in root:
        if node.tag == "cover":
            continue
        element = _handout_element(node, source)
        if not _empty(element) and not _break_after_break(element, body):
            body.append(element)
    return HandoutPlan(
        meta=_meta(root),
        cover=cover,
        body=tuple(body),
        header=root.get("header", ""),
        footer=root.get("footer", ""),
        page_label=root.get("page-label", "{page} / {pages}"),
    )


def _cover(node: ET.Element, source: Path) -> Cover:
    logo = node.find("logo")
    style = node.get("style", "page")
    if style not in COVER_STYLES:
        raise LayoutError(source, f'<cover style="{style}">: expected one of page, compact')
    return Cover(
        title=_text(node.find("title")),
        subtitle=_text(node.find("subtitle")),
        credits=tuple(t for n in node.findall("credit") if (t := _text(n))),
        workshop=tuple(t for n in node.findall("workshop") if (t := _text(n))),
        logo=logo.get("src", "") if logo is not None else "",
        style=style,
    )


def parse_deck(xml: str, source: Path) -> DeckPlan:
    """Parse a rendered deck template; `source` (the template) is named in errors."""
    root = _root(xml, source, "deck")
    _check_vocabulary(root, DECK_VOCABULARY, source)
    slides = []
    for node in root:
        layout = node.get("layout", "bullets")
        if layout not in SLIDE_LAYOUTS:
            raise LayoutError(
                source, f'<slide layout="{layout}">: expected one of {", ".join(SLIDE_LAYOUTS)}'
            )
        notes = node.find("notes")
        paragraphs = notes.findall("p") if notes is not None else []
        slides.append(
            Slide(
                layout=layout,
                title=_text(node.find("title")),
                subtitle=_text(node.find("subtitle")),
                bullets=tuple(t for n in node.findall("bullet") if (t := _text(n))),
                notes=tuple(t for n in paragraphs if (t := _text(n))),
                image=Picture(image.get("src", ""), image.get("alt", ""))
                if (image := node.find("image")) is not None
                else None,
                rows=_rows(node),
                header=node.get("header", "true") != "false",
            )
        )
    return DeckPlan(
        meta=_meta(root),
        slides=tuple(slides),
        continued_label=root.get("continued-label", ""),
        footer=root.get("footer", ""),
    )


def _rows(node: ET.Element) -> tuple[tuple[str, ...], ...]:
    """A table's rows, each as wide as the widest (short rows get empty cells); rows without
    any text after the header are left out, and a table without any text is no table."""
    rows = [[_text(cell) for cell in row.findall("cell")] for row in node.findall("row")]
    rows = rows[:1] + [row for row in rows[1:] if any(row)]
    if len(rows) < 2 and not any(cell for row in rows for cell in row):
        return ()
    width = max((len(row) for row in rows), default=0)
    return tuple(tuple(row + [""] * (width - len(row))) for row in rows)


def _root(xml: str, source: Path, tag: str) -> ET.Element:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as error:
        raise LayoutError(source, _parse_problem(xml, error)) from None
    if root.tag != tag:
        raise LayoutError(source, f"expected a <{tag}> plan, got <{root.tag}>")
    return root


def _parse_problem(xml: str, error: ET.ParseError) -> str:
    """What is wrong with the rendered plan, with the text around the spot: the line number
    is the output's, not the template's, so the text is what leads to the place."""
    line, column = error.position
    text = xml.splitlines()[line - 1] if 0 < line <= len(xml.splitlines()) else ""
    near = text[max(0, column - 30) : column + 30].strip()
    reason = str(error).split(":")[0]
    problem = f"its output is not a valid plan ({reason})"
    if near:
        problem += f" near {near!r}"
    if "&" in text[max(0, column - 2) : column + 2] or reason == "undefined entity":
        problem += "; a & in a template's own text must be written &amp;"
    return problem


def _meta(root: ET.Element) -> Meta:
    return Meta(
        title=root.get("title", ""),
        author=root.get("author", ""),
        subject=root.get("subject", ""),
        keywords=root.get("keywords", ""),
        language=root.get("language", ""),
    )


def _handout_element(node: ET.Element, source: Path) -> HandoutElement:
    match node.tag:
        case "heading":
            level = node.get("level", "1")
            if level not in ("1", "2"):
                raise LayoutError(source, f'<heading level="{level}">: expected 1 or 2')
            return Heading(_text(node), int(level))
        case "paragraph":
            return Text(_text(node), node.get("style", "body"))
        case "list":
            return Bullets(_items(node, "item"), node.get("ordered") == "true")
        case "quote":
            return Quotation(_text(node))
        case "image":
            return Picture(node.get("src", ""), node.get("alt", ""))
        case "pagebreak":
            return PageBreak()
        case "table":
            return Grid(_rows(node), node.get("header") == "true", node.get("tick") == "true")
        case "contents":
            return Contents(node.get("title", ""))
        case "keypoints":
            return KeyPoints(node.get("title", ""), _items(node, "item"))
        case "questions":
            return Questions(node.get("title", ""), _items(node, "item"))
        case "lines":
            count = node.get("count", "fill")
            if count != "fill" and not (count.isdigit() and 0 < int(count) <= 60):
                raise LayoutError(source, f'<lines count="{count}">: expected 1 to 60 or "fill"')
            return NoteLines(node.get("title", ""), 0 if count == "fill" else int(count))
        case "contact":
            return Contact(node.get("title", ""), _items(node, "line"))
        case "qrcode":
            return QrCode(node.get("title", ""), " ".join(node.get("value", "").split()))
    raise LayoutError(source, f"unknown element <{node.tag}> in <handout>")


def _empty(element: HandoutElement) -> bool:
    """A list, box or table without any text: nothing to draw (reportlab fails on it)."""
    match element:
        case Bullets(items=items) | KeyPoints(items=items) | Questions(items=items):
            return not items
        case QrCode(value=value):
            return not value or len(value) > QR_LONGEST
        case Grid(rows=rows):
            return not rows
    return False


def _break_after_break(element: HandoutElement, body: list[HandoutElement]) -> bool:
    """A page break right after another would only give an empty page (eleven in a row
    stopped reportlab)."""
    return isinstance(element, PageBreak) and bool(body) and isinstance(body[-1], PageBreak)


def _items(node: ET.Element, tag: str) -> tuple[str, ...]:
    return tuple(text for child in node.findall(tag) if (text := _text(child)))


def _text(node: ET.Element | None) -> str:
    """The element's text with the template's indentation whitespace folded away; a
    `Marked` string when the template set parts of it in <b>, <i> or <a href>."""
    if node is None:
        return ""
    return styled(element_runs(node, _inline_style))


def _inline_style(element: ET.Element) -> Style | None:
    """The style an inline element of running text gives its words."""
    if element.tag == "a":
        href = link_target(element.get("href"))
        return (LINK, href) if href else None
    style = _INLINE_STYLES.get(element.tag)
    return (style, "") if style else None


_INLINE_STYLES = {"b": BOLD, "i": ITALIC}
