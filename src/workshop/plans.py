"""Plans: what a layout's templates decide, as plain dataclasses the renderers draw.

A template renders a small XML vocabulary (`<handout>`, `<deck>`, `<slide>`, ...); parsing it
here means renderers are tested on plans without templates, and a template that writes an
unknown element is told so by name. Text in a plan is plain text, never markup.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .errors import LayoutError

SLIDE_LAYOUTS = ("title", "agenda", "bullets", "statement", "image", "closing")
"""Kinds of slide: `statement` is one sentence large (a question for the group, a quote), with
its label as the subtitle; `image` shows one picture of the article with its caption."""


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


HandoutElement = (
    Heading
    | Text
    | Bullets
    | Quotation
    | Picture
    | PageBreak
    | Contents
    | KeyPoints
    | Questions
    | NoteLines
    | Contact
)


@dataclass(frozen=True)
class HandoutPlan:
    """The handout: metadata, cover, body elements and page furniture.

    `page_label` holds `{page}` and `{pages}`, replaced by the page number and count.
    """

    meta: Meta
    cover: Cover
    body: tuple[HandoutElement, ...]
    header: str
    footer: str
    page_label: str


@dataclass(frozen=True)
class Slide:
    """One planned slide; the renderer may continue it on further slides when it is too full.

    `layout` is one of SLIDE_LAYOUTS; `notes` are the speaker notes' paragraphs.
    """

    layout: str
    title: str
    subtitle: str
    bullets: tuple[str, ...]
    notes: tuple[str, ...]
    image: Picture | None = None


@dataclass(frozen=True)
class DeckPlan:
    """The deck: metadata, slides, the word that marks a continued slide, and footer text."""

    meta: Meta
    slides: tuple[Slide, ...]
    continued_label: str
    footer: str


def parse_handout(xml: str, source: Path) -> HandoutPlan:
    """Parse a rendered handout template; `source` (the template) is named in errors."""
    root = _root(xml, source, "handout")
    cover_node = root.find("cover")
    cover_node = cover_node if cover_node is not None else ET.Element("cover")
    logo = cover_node.find("logo")
    style = cover_node.get("style", "page")
    if style not in COVER_STYLES:
        raise LayoutError(source, f'<cover style="{style}">: expected one of page, compact')
    cover = Cover(
        title=_text(cover_node.find("title")),
        subtitle=_text(cover_node.find("subtitle")),
        credits=tuple(t for n in cover_node.findall("credit") if (t := _text(n))),
        workshop=tuple(t for n in cover_node.findall("workshop") if (t := _text(n))),
        logo=logo.get("src", "") if logo is not None else "",
        style=style,
    )
    body: list[HandoutElement] = []
    for node in root:
        if node.tag == "cover":
            continue
        body.append(_handout_element(node, source))
    return HandoutPlan(
        meta=_meta(root),
        cover=cover,
        body=tuple(body),
        header=root.get("header", ""),
        footer=root.get("footer", ""),
        page_label=root.get("page-label", "{page} / {pages}"),
    )


def parse_deck(xml: str, source: Path) -> DeckPlan:
    """Parse a rendered deck template; `source` (the template) is named in errors."""
    root = _root(xml, source, "deck")
    slides = []
    for node in root:
        if node.tag != "slide":
            raise LayoutError(source, f"unknown element <{node.tag}> in <deck>")
        layout = node.get("layout", "bullets")
        if layout not in SLIDE_LAYOUTS:
            raise LayoutError(
                source, f'<slide layout="{layout}">: expected one of {", ".join(SLIDE_LAYOUTS)}'
            )
        for child in node:
            if child.tag not in ("title", "subtitle", "bullet", "notes", "image"):
                raise LayoutError(source, f"unknown element <{child.tag}> in <slide>")
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
            )
        )
    return DeckPlan(
        meta=_meta(root),
        slides=tuple(slides),
        continued_label=root.get("continued-label", ""),
        footer=root.get("footer", ""),
    )


def _root(xml: str, source: Path, tag: str) -> ET.Element:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as error:
        line = error.position[0]
        raise LayoutError(source, f"output is not a valid plan (line {line}): {error}") from None
    if root.tag != tag:
        raise LayoutError(source, f"expected a <{tag}> plan, got <{root.tag}>")
    return root


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
            return Heading(_text(node), int(node.get("level", "1")))
        case "paragraph":
            return Text(_text(node), node.get("style", "body"))
        case "list":
            items = tuple(_text(item) for item in node.findall("item"))
            return Bullets(items, node.get("ordered") == "true")
        case "quote":
            return Quotation(_text(node))
        case "image":
            return Picture(node.get("src", ""), node.get("alt", ""))
        case "pagebreak":
            return PageBreak()
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
    raise LayoutError(source, f"unknown element <{node.tag}> in <handout>")


def _items(node: ET.Element, tag: str) -> tuple[str, ...]:
    return tuple(text for child in node.findall(tag) if (text := _text(child)))


def _text(node: ET.Element | None) -> str:
    """The element's text with the template's indentation whitespace folded away."""
    if node is None:
        return ""
    return " ".join("".join(node.itertext()).split())
