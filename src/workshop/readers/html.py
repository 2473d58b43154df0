"""Saved web pages: find the article inside the page, then read its structure.

trafilatura finds the article's main content (leaving out header, navigation, sidebars, footers,
comment forms and cookie banners) and hands it back as a small XML tree of headings, paragraphs,
lists, quotes, tables and images. This module reads that tree into the model, and takes the
title and byline from what the page shows, with the page's metadata only as a fallback.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from ..errors import ReadError
from ..marks import BOLD, ITALIC, LINK, Mark, Marked, Style, link_target, marks_of, styled
from ..model import Article, Block, Image, ListBlock, Paragraph, Quote, Section
from .assemble import BOLD_HEADING_WORD_LIMIT, SENTENCE_END, assemble, heading_levels
from .byline import Byline, looks_like_name, parse_byline
from .clutter import credits_picture, is_clutter

_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|·•»:]{1,2}|[-–—])\s+")
_AUTHOR_BOX = re.compile(
    r"^(?:(?:de|the|over de|about the)\s+)?(?:auteur|author)\s*:\s*(.+)$", re.I
)
_NAME = re.compile(r"^[^\W\d_][\w.'’ -]*$")
_BYLINE_WINDOW = 6
_BOX_MIN_WORDS = 6
_NOT_THE_ARTICLE = [
    "//*[not(self::html or self::body or self::main or self::article) and not(.//h1)"
    f" and (contains(@class, '{name}') or contains(@id, '{name}'))]"
    for name in (
        "related",
        "share",
        "sharing",
        "social",
        "comment",
        "newsletter",
        "breadcrumb",
        "cookie",
        "post-navigation",
        "nav-links",
        "sidebar",
    )
]
"""Page parts that look like content to an extractor but are not the article: teasers of
related posts (often <article> cards), share bars, comment threads, newsletter forms. Never
the page or the part that holds the headline (a `has-sidebar` class on <body> is common)."""
_LINE_BULLET = re.compile(r"^(?:[-–•*·]|\d{1,2}[.)])\s+")


def read_html(text: str, path: Path, language: str | None = None) -> Article:
    """Parse a saved web page into an Article; ReadError when no article is found in it."""
    import trafilatura  # imported here: it is slow to load and only this reader needs it

    try:
        # the text is decoded already: a <meta charset> in the page must not decode it again
        page = lxml.html.fromstring(text.encode("utf-8"), parser=_UTF8_PARSER)
    except (etree.ParserError, ValueError):
        raise ReadError(path, "not an HTML page that can be read") from None
    _text_boxes_as_paragraphs(page)
    for credit in page.xpath("//blockquote//footer | //blockquote//cite"):
        credit.tag = "p"  # a quote's credit, which the extraction drops as page furniture
    _standfirst_out_of_header(page)
    captions = _figures_as_pictures(page) + _without_offer_boxes(page)
    links = _page_links(page)
    headings = _page_headings(page)
    document = trafilatura.bare_extraction(
        page,
        favor_recall=True,  # keeps headings and lists in pages without <article> or <main>
        prune_xpath=_NOT_THE_ARTICLE,
        output_format="xml",
        include_formatting=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        include_links=False,  # with links the extraction keeps other parts (a tag chip)
        with_metadata=False,
        as_dict=False,
    )
    main = getattr(document, "body", None)  # the article as <head>, <p>, <list>, … elements
    if main is None or not len(main):
        raise ReadError(path, "no article text found in this page")
    if main.find(".//head") is None:
        _restore_headings(main, headings)
    lines = _visible_lines(page)
    title = _title(page)
    byline = _byline(lines, title)
    if byline.date is None:
        metadata = trafilatura.extract_metadata(page)  # slow (dates in URLs, scripts, text)
        date = _iso_date(getattr(metadata, "date", None))
        byline = Byline(byline.author, date)
    reader = _Body(title, heading_levels(_depths(main)), links)
    reader.read(main)
    author = (
        byline.author
        or _structured_author(page)
        or _marked_author(page)
        or _author_box(reader.sections)
    )
    if not reader.intro and not any(blocks for _, _, blocks in reader.sections):
        raise ReadError(path, "no article text found in this page")
    return assemble(
        title=title,
        byline=Byline(author, byline.date),
        intro=tuple(reader.intro),
        sections=tuple(
            Section(name, level, tuple(blocks)) for name, level, blocks in reader.sections
        ),
        dropped=(*captions, *reader.dropped),
        language=language,
    )


_BLOCKS = frozenset(
    "p div ul ol li h1 h2 h3 h4 h5 h6 table figure blockquote section article aside nav "
    "header footer form pre dl".split()
)


def _text_boxes_as_paragraphs(page: lxml.html.HtmlElement) -> None:
    """A box that holds a sentence or more of text directly (a page builder's callout: "Tip:
    tell the team where the idea came from. …") becomes a paragraph, which the extraction
    keeps: it drops text in such boxes without a word."""
    for box in list(page.iter("div")):
        if any(isinstance(node.tag, str) and node.tag in _BLOCKS for node in box.iterdescendants()):
            continue  # a wrapper around blocks (a page builder's <span> around the article)
        text = " ".join(box.text_content().split())
        if len(text.split()) >= _BOX_MIN_WORDS and text.endswith(SENTENCE_END):
            box.tag = "p"


def _standfirst_out_of_header(page: lxml.html.HtmlElement) -> None:
    """The lead paragraph printed in the article's <header>, under its headline, moved to
    the start of the text: the extraction leaves out every <header>, and the lead with it."""
    for header in page.xpath("//header[.//h1]"):
        leads = [
            paragraph
            for paragraph in header.iter("p")
            if len((text := _element_text(paragraph)).split()) >= _LEAD_MIN_WORDS
            and text.endswith(SENTENCE_END)
            and parse_byline(text) is None
        ]
        first = next(
            (
                paragraph
                for paragraph in header.xpath("following::p")
                if len(_element_text(paragraph).split()) >= _LEAD_MIN_WORDS
            ),
            None,
        )
        for paragraph in leads if first is not None else ():
            paragraph.tail = None
            first.addprevious(paragraph)


_LEAD_MIN_WORDS = 12


def _without_offer_boxes(page: lxml.html.HtmlElement) -> list[str]:
    """The page without the boxes that sell inside the article (a class that says cta or
    promo), whose text is returned; removed here, as the extraction keeps them and pruning
    them there makes it lose a heading next to them."""
    removed = []
    for box in page.xpath(_OFFER_BOX):
        removed.append(" ".join(" ".join(box.itertext()).split()))  # its parts apart
        box.drop_tree()
    return [text for text in removed if text]


_OFFER_BOX = (
    "//*[not(self::html or self::body or self::main or self::article) and not(.//h1)"
    " and (contains(@class, 'cta') or contains(@class, 'call-to-action')"
    " or contains(@class, 'promo') or contains(@class, 'optin'))]"
)


def _page_headings(page: lxml.html.HtmlElement) -> list[tuple[str, int, str]]:
    """The page's headings outside its header, navigation, sidebars and footer, each with
    its depth and the start of the text right after it."""
    found = []
    for heading in page.iter("h2", "h3", "h4", "h5", "h6"):
        if any(
            node.tag in ("header", "nav", "aside", "footer", "form")
            or _BOX_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}")
            for node in (heading, *heading.iterancestors())
        ):
            continue
        text = _element_text(heading)
        after = next(
            (
                _element_text(node)[:_ANCHOR]
                for node in heading.itersiblings()
                if isinstance(node.tag, str) and _element_text(node)
            ),
            "",
        )
        if text and after:
            found.append((text, int(heading.tag[1]), after))
    return found


def _restore_headings(main: etree._Element, headings: list[tuple[str, int, str]]) -> None:
    """Put the page's headings back before the text they stand over, when the extraction
    kept the text without a single heading (it does so when an article's text is split
    over several boxes, or holds a figure)."""
    if len(headings) < _MIN_RESTORED:
        return
    waiting = list(headings)
    for element in list(main.iter("p", "list", "quote", "table")):
        if not waiting:
            break
        text = _element_text(element)
        if text and text.startswith(waiting[0][2]):
            title, depth, _ = waiting.pop(0)
            head = etree.Element("head", rend=f"h{depth}")
            head.text = title
            element.addprevious(head)


_ANCHOR = 50
_MIN_RESTORED = 2
_BOX_CLASS = re.compile(
    r"related|cta|newsletter|subscribe|author|comment|share|sidebar|footer|promo|banner", re.I
)


def _figures_as_pictures(page: lxml.html.HtmlElement) -> list[str]:
    """Each <figure> as a plain paragraph holding its pictures, its caption their alt text
    when they have none; the captions given up are returned. A <figure> in the text makes
    the extraction drop every heading of the article."""
    captions: list[str] = []
    for figure in list(page.iter("figure")):
        images = list(figure.iter("img"))
        caption = figure.find(".//figcaption")
        text = " ".join(caption.text_content().split()) if caption is not None else ""
        if not images:
            if text:  # a quotation or a chart's text in a figure: the text stays
                figure.tag = "p"
            continue
        for image in images:
            credit = credits_picture(text) or is_clutter(text)
            if not (image.get("alt") or "").strip() and text and not credit:
                image.set("alt", text)  # a credit ("Photo by … on Unsplash") is no alt text
                text = ""
        if text:
            captions.append(text)
        paragraph = lxml.html.Element("p")
        paragraph.extend(images)
        paragraph.tail = figure.tail
        figure.getparent().replace(figure, paragraph)
    return captions


def _fold(text: str | None) -> str:
    return " ".join((text or "").replace("\u00ad", "").split())


def _element_text(element: etree._Element) -> str:
    return _fold("".join(element.itertext()))


def _styled_text(element: etree._Element) -> str:
    """An element's text with the emphasis the page gave it (bold, italic, links)."""
    return _styled_runs(_runs(element, frozenset()))


def _styled_runs(runs: list[tuple[str, frozenset[Style]]]) -> str:
    return styled((piece.replace("\u00ad", ""), styles) for piece, styles in runs)


def _runs(element: etree._Element, outer: frozenset[Style]) -> list[tuple[str, frozenset[Style]]]:
    """An element's text as pieces, each with the styles it is in."""
    runs = [(element.text or "", outer)]
    for child in element:
        runs += _child_runs(child, outer)
        runs.append((child.tail or "", outer))
    return runs


def _child_runs(
    child: etree._Element, outer: frozenset[Style]
) -> list[tuple[str, frozenset[Style]]]:
    """A child's own text (not its tail): <hi rend="#b"> is bold, "#i" italic."""
    if child.tag == "lb":
        return [(" ", outer)]
    inner = outer
    if child.tag == "hi" and (style := _EMPHASIS.get(child.get("rend", ""))):
        inner = outer | {(style, "")}
    return _runs(child, inner)


def _page_links(page: lxml.html.HtmlElement) -> dict[str, tuple[tuple[str, str], ...]]:
    """The links of each block of running text on the page, by the block's text: the
    extraction keeps no links (asked to, it keeps other parts of the page too), so a
    paragraph it gives back gets them from the block with exactly its text. Addresses are
    made whole against the page's canonical address (a saved page's links are often
    relative)."""
    canonical = page.find(".//link[@rel='canonical']")
    base = canonical.get("href", "") if canonical is not None else ""
    links: dict[str, tuple[tuple[str, str], ...]] = {}
    for block in page.iter("p", "li", "blockquote", "dd", "figcaption"):
        anchors = tuple(
            (text, href)
            for anchor in block.iter("a")
            if (text := _fold(anchor.text_content()))
            and (href := link_target(urljoin(base, anchor.get("href") or "")))
        )
        if anchors:
            links.setdefault(_fold(block.text_content()), anchors)
    return links


def _linked(text: str, links: dict[str, tuple[tuple[str, str], ...]]) -> str:
    """The text with its block's links marked, each at its place after the one before."""
    anchors = links.get(text)
    if not anchors:
        return text
    marks, at = list(marks_of(text)), 0
    for anchor, href in anchors:
        start = text.find(anchor, at)
        if start >= 0:
            marks.append(Mark(start, start + len(anchor), LINK, href))
            at = start + len(anchor)
    return Marked(text, marks)


_EMPHASIS = {"#b": BOLD, "#i": ITALIC}


_LINE_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "time", "td", "dd"}
_BLOCK_TAGS = _LINE_TAGS - {"span", "time"} | {"ul", "ol", "table", "section", "article"}


def _visible_lines(page: lxml.html.HtmlElement) -> list[str]:
    """The page's visible text, one entry per line of a block element's own text (a <br>
    ends a line), in reading order."""
    lines = []
    for element in page.iter(*_LINE_TAGS):
        if not _hidden(element):
            lines += [text for part in _own_text(element).split("\n") if (text := _fold(part))]
    return lines


def _own_text(element: etree._Element) -> str:
    """An element's text without that of the blocks nested in it; "\n" where a <br> is."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "br":
            parts.append("\n")
        elif isinstance(child.tag, str) and child.tag not in _BLOCK_TAGS and not _hidden(child):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join(parts)


def _hidden(element: etree._Element) -> bool:
    """Whether a browser would not show the element: scripts, styles, `hidden`, display:none."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("script", "style", "noscript", "svg", "template", "head"):
            return True
        if node.get("hidden") is not None or "display:none" in (node.get("style") or "").replace(
            " ", ""
        ):
            return True
    return False


def _title(page: lxml.html.HtmlElement) -> str:
    """The page's headline: the article heading that the page's own title names.

    The site's name (`og:site_name`, a heading in the page header) is never the title; without
    a matching heading, the first <h1> outside the site header is, else the page's <title>.
    """
    site = _fold(page.xpath("string(//meta[@property='og:site_name']/@content)")).casefold()
    names = []
    for value in (
        page.xpath("string(//meta[@property='og:title']/@content)"),
        page.xpath("string(//title)"),
    ):
        if value := _fold(value):
            names += [value, *_TITLE_SEPARATORS.split(value)]
    wanted = {name.casefold() for name in names} - {site, ""}
    headings = [
        heading
        for heading in page.xpath("//h1|//h2|//h3")
        if not _hidden(heading) and not _in_site_header(heading)
    ]
    for heading in headings:
        if (text := _heading_text(heading)) and text.casefold() in wanted:
            return text
    for heading in headings:
        if heading.tag == "h1" and (text := _heading_text(heading)):
            return text
    return next((name for name in names if name.casefold() != site), "Article")


def _in_site_header(heading: etree._Element) -> bool:
    """A heading in the page's own header (site name, tagline), not in an article's header."""
    ancestors = [node.tag for node in heading.iterancestors()]
    if "article" in ancestors or "main" in ancestors:
        return False
    return "hgroup" in ancestors or "header" in ancestors or "nav" in ancestors


def _heading_text(heading: etree._Element) -> str:
    """A heading's own text, leaving out block elements nested in it (a date under a title)."""
    parts = [heading.text or ""]
    for child in heading:
        if isinstance(child.tag, str) and child.tag not in ("div", "p", "time", "small", "ul"):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return _fold("".join(parts))


def _byline(lines: list[str], title: str) -> Byline:
    """Author and date from the short lines just above or below the title."""
    positions = [i for i, line in enumerate(lines) if line.casefold() == title.casefold()]
    author, date = None, None
    for position in positions:
        window = lines[max(0, position - _BYLINE_WINDOW) : position + _BYLINE_WINDOW + 1]
        for line in window:
            if line == title or (found := parse_byline(line)) is None:
                continue
            if found.author and _NAME.match(found.author) and not author:
                author = found.author
            date = date or found.date
        if author or date:
            break
    return Byline(author, date)


def _structured_author(page: lxml.html.HtmlElement) -> str | None:
    """The author named in the page's schema.org data (JSON-LD), which most blog engines write
    for search engines: {"author": {"name": "Sam Whitfield"}}, or a reference by "@id" to a
    Person elsewhere in the graph (Yoast)."""
    nodes: list[dict] = []
    for script in page.xpath("//script[@type='application/ld+json']"):
        try:
            stack = [json.loads(script.text or "")]
        except (ValueError, RecursionError):
            continue
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                nodes.append(node)
                stack.extend(value for value in node.values() if isinstance(value, list | dict))
    names = {node["@id"]: node.get("name") for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        author = node.get("author")
        for value in author if isinstance(author, list) else [author]:
            if isinstance(value, dict):
                reference = value.get("@id")
                value = value.get("name") or (
                    names.get(reference) if isinstance(reference, str) else None
                )
            name = _fold(value) if isinstance(value, str) else ""
            if name and _NAME.match(name) and looks_like_name(name):
                return name
    return None


_AUTHOR_MARKS = (
    "//*[@rel='author']",
    "//*[@itemprop='author']//*[@itemprop='name']",
    "//*[contains(@class, 'author-name') or contains(@class, 'author__name')"
    " or contains(@class, 'type-author') or contains(@class, 'post-author')"
    " or contains(@class, 'entry-author')]",
)


def _marked_author(page: lxml.html.HtmlElement) -> str | None:
    """The author a page marks as such in its text: a link with rel="author", a schema.org
    author's name, an element whose class says author-name. (A <meta name="author"> often
    names the site's owner, not the post's writer.)"""
    for path in _AUTHOR_MARKS:
        for found in page.xpath(path):
            value = found if isinstance(found, str) else found.text_content()
            name = _fold(value)
            if name and _NAME.match(name) and looks_like_name(name):
                return name
    return None


def _author_box(sections: list[tuple[str, int, list[Block]]]) -> str | None:
    """The name in an "about the author" heading ("De auteur: Emiel Kwakkel")."""
    for name, _, _ in sections:
        match = _AUTHOR_BOX.match(name)
        if match and _NAME.match(match.group(1)):
            return match.group(1)
    return None


def _iso_date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _depth(head: etree._Element) -> int:
    rend = head.get("rend", "")
    return int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2


def _depths(main: etree._Element) -> set[int]:
    return {_depth(head) for head in main.iter("head")}


class _Body:
    """Reads trafilatura's XML of the article into intro blocks and sections."""

    def __init__(
        self, title: str, levels: dict[int, int], links: dict[str, tuple[tuple[str, str], ...]]
    ) -> None:
        self.title = title.casefold()
        self.levels = levels
        self.links = links
        self.intro: list[Block] = []
        self.sections: list[tuple[str, int, list[Block]]] = []
        self.blocks = self.intro
        self.dropped: list[str] = []
        self.started = False  # article text seen (the title and byline come before it)
        self.real_heading = False  # a heading marked up as one (h1-h6) seen

    def read(self, container: etree._Element) -> None:
        """Read a container's blocks in order, with any loose text between them."""
        if text := _fold(container.text):
            self._add(Paragraph(text))
        for element in container:
            if isinstance(element.tag, str):
                self._element(element)
            if text := _fold(element.tail):
                self._add(Paragraph(text))

    def _element(self, element: etree._Element) -> None:
        tag = element.tag
        if tag == "head":
            kept = self._heading(_element_text(element), self.levels[_depth(element)])
            self.real_heading = self.real_heading or kept
        elif tag == "p":
            self._paragraph(element)
        elif tag == "list":
            items = [item for item in _list_items(element) if item]
            if items:
                self._add(ListBlock(tuple(items), element.get("rend") == "ol"))
        elif tag == "quote":
            paragraphs = element.findall("p") or [element]
            for paragraph in paragraphs:
                if text := _styled_text(paragraph):
                    self._add(Quote(text))
        elif tag == "table":
            cells = [text for cell in element.iter("cell") if (text := _element_text(cell))]
            if cells:
                self._add(ListBlock(tuple(cells), False))
            for image in element.iter("graphic"):
                self._add(_image(image))
        elif tag == "graphic":
            self._add(_image(element))
        elif tag != "code" and any(isinstance(child.tag, str) for child in element):
            self.read(element)  # a container the extractor left in (<div>, <section>)
        elif text := _element_text(element):
            self._add(Paragraph(text))

    def _heading(self, text: str, level: int) -> bool:
        """Start a section; False when the heading is the title printed above the article."""
        if not text:
            return False
        if not self.started and _names_title(text, self.title):
            self.dropped.append(text)  # the title printed above the article
            return False
        self.started = True
        self.sections.append((text, level, []))
        self.blocks = self.sections[-1][2]
        return True

    def _paragraph(self, element: etree._Element) -> None:
        if element.find("lb") is not None:
            self._broken_paragraph(element)
            return
        text = _element_text(element)
        if text and not self.started and parse_byline(text) and len(text.split()) <= 16:
            self.dropped.append(text)
            return
        if text and is_clutter(text):
            self.dropped.append(text)
            return
        if text and _all_bold(element) and len(text.split()) < BOLD_HEADING_WORD_LIMIT:
            self._heading(text, 2 if self.real_heading else 1)
            return
        for part in _split_images(element):
            self._add(part)

    def _broken_paragraph(self, element: etree._Element) -> None:
        """A block whose lines are separated by <br>: a blank line (two breaks) ends a
        paragraph, a bold line is a heading, a line starting with a dash or bullet a list
        item; other lines run on into one paragraph."""
        run: list[etree._Element] = []
        items: list[str] = []

        def flush() -> None:
            if run:
                self._paragraph(_paragraph_of(run))
                run.clear()
            if items:
                self._add(ListBlock(tuple(items), False))
                items.clear()

        for line in _lines(element):
            text = _element_text(line)
            if not text:
                flush()
            elif _all_bold(line) or (not self.started and parse_byline(text)):
                flush()
                self._paragraph(line)
            elif marker := _LINE_BULLET.match(text):
                if run:
                    flush()
                items.append(text[marker.end() :])
            else:
                if items:
                    flush()
                run.append(line)
        flush()

    def _add(self, block: Block) -> None:
        self.started = self.started or not isinstance(block, Image)
        if isinstance(block, Paragraph | Quote):
            block = replace(block, text=_linked(block.text, self.links))
        elif isinstance(block, ListBlock):
            block = replace(block, items=tuple(_linked(item, self.links) for item in block.items))
        self.blocks.append(block)


def _names_title(heading: str, title: str) -> bool:
    """Whether a heading is the article's title: the same, or the title after something the
    page put in front of it ("February 5, 2021Een privacyvriendelijke website")."""
    folded = heading.casefold()
    return folded == title or (folded.endswith(title) and not folded[-len(title) - 1].isalpha())


def _lines(element: etree._Element) -> list[etree._Element]:
    """A paragraph cut at its <lb/> breaks, each line as a <p> of its own."""
    lines = [etree.Element("p")]
    lines[0].text = element.text
    for child in element:
        if child.tag == "lb":
            lines.append(etree.Element("p"))
            lines[-1].text = child.tail
        else:
            lines[-1].append(copy.deepcopy(child))  # a copy carries its tail along
    return lines


def _paragraph_of(lines: list[etree._Element]) -> etree._Element:
    """Lines that run on as one paragraph, each kept as a part of it with its emphasis."""
    paragraph = etree.Element("p")
    for line in lines:
        line.tag, line.tail = "span", " "
        paragraph.append(line)
    return paragraph


def _all_bold(element: etree._Element) -> bool:
    """Whether every visible character of the paragraph is inside bold."""
    if _fold(element.text):
        return False
    children = list(element)
    if not children:
        return False
    for child in children:
        if _fold(child.tail):
            return False
        if child.tag == "hi" and child.get("rend") == "#b":
            continue
        if child.tag == "lb" or not _element_text(child):
            continue
        return False
    return True


def _split_images(element: etree._Element) -> list[Block]:
    """A paragraph's text as paragraphs, split where it holds an image between sentences.

    An image floated into the middle of a sentence ("I <img> love …") waits for the end of the
    sentence, so the sentence stays whole.
    """
    blocks: list[Block] = []
    run: list[tuple[str, frozenset[Style]]] = [(element.text or "", frozenset())]
    waiting: list[Image] = []

    def flush() -> None:
        if text := _styled_runs(run):
            blocks.append(Paragraph(text))
        run.clear()
        blocks.extend(waiting)
        waiting.clear()

    for child in element:
        if child.tag == "graphic":
            waiting.append(_image(child))
            so_far = _fold("".join(piece for piece, _ in run))
            if so_far.endswith(SENTENCE_END) or not so_far:
                flush()
        else:
            run += _child_runs(child, frozenset())
        run.append((child.tail or "", frozenset()))
    flush()
    return blocks


def _image(element: etree._Element) -> Image:
    return Image(element.get("src", ""), _fold(element.get("alt") or element.get("title")))


def _list_items(element: etree._Element) -> list[str]:
    """List items in reading order; a nested list's items follow their parent."""
    items: list[str] = []
    for item in element.findall("item"):
        own = [(item.text or "", frozenset())]
        nested: list[str] = []
        for child in item:
            if child.tag == "list":
                nested += _list_items(child)
                own.append((" ", frozenset()))
            else:
                own += _child_runs(child, frozenset())
            own.append((child.tail or "", frozenset()))
        items.append(_styled_runs(own))
        items += nested
    return items
