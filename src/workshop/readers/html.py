"""Saved web pages: find the article inside the page, then read its structure.

trafilatura finds the article's main content (leaving out header, navigation, sidebars, footers,
comment forms and cookie banners) and hands it back as a small XML tree of headings, paragraphs,
lists, quotes, tables and images. This module reads that tree into the model, and takes the
title and byline from what the page shows, with the page's metadata only as a fallback.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from pathlib import Path

import lxml.html
from lxml import etree

from ..errors import ReadError
from ..marks import BOLD, BREAK, ITALIC, Runs, Style, child_runs, element_runs, styled
from ..model import Article, Block, Image, ListBlock, Paragraph, Quote, Section
from .address import meta_address, page_address
from .assemble import BOLD_HEADING_WORD_LIMIT, SENTENCE_END, assemble, heading_levels
from .byline import Byline, find_date, parse_byline
from .clutter import is_clutter, is_promotion
from .furniture import box_label
from .html_head import (
    author_box,
    bio_box_author,
    iso_date,
    machine_date,
    marked_author,
    office_author,
    page_byline,
    page_title,
    page_updated,
    settled_date,
    site_owner,
    structured_author,
    visible_lines,
)
from .html_page import (
    NOT_THE_ARTICLE,
    described_author,
    element_text,
    figures_as_pictures,
    folded,
    layout_tables_as_blocks,
    lead_paragraphs,
    linked,
    page_headings,
    page_links,
    properties_table,
    region_missed,
    restore_headings,
    standfirst_out_of_header,
    subtitle_as_paragraph,
    text_boxes_as_paragraphs,
    without_comments,
    without_offer_boxes,
    word_lists_as_lists,
)

_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
"""huge_tree: libxml2 otherwise drops what is nested deeper than 255 elements (page builders
nest a few hundred deep) without a word."""
_DEEPEST = 2000
"""Elements nested deeper than this (libxml2's limit even with huge_tree is 2,048) cut the
page's text off: such a page is refused, by name, instead of read in part."""
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f]|&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|[xX]0*(?:[0-8bBcCeEfF]|1[\da-fA-F]));"
)
"""Control characters, written or as references (`&#7;`): XML cannot hold them, and one made
the extraction return nothing."""
_LINE_BULLET = re.compile(r"^(?:[-–•*·]|\d{1,2}[.)])\s+")


_TEXT_OUTSIDE_FURNITURE = (
    "//text()[normalize-space()][not(ancestor::head or ancestor::nav or ancestor::header"
    " or ancestor::footer or ancestor::aside or ancestor::script or ancestor::style"
    " or ancestor::noscript or ancestor::template or ancestor::*[@role='navigation'])]"
)
"""Text a page shows outside its menus, header and footer: without any, the extraction would
take the menu for the article."""


def read_html(text: str, path: Path, language: str | None = None) -> Article:
    """Parse a saved web page into an Article; ReadError when no article is found in it."""
    import trafilatura  # imported here: it is slow to load and only this reader needs it

    try:
        # the text is decoded already: a <meta charset> in the page must not decode it again
        page = lxml.html.fromstring(_CONTROL.sub("", text).encode("utf-8"), parser=_UTF8_PARSER)
    except (etree.ParserError, ValueError):
        raise ReadError(path, "not an HTML page that can be read") from None
    if _depth_over(page, _DEEPEST):
        raise ReadError(path, f"elements nested more than {_DEEPEST:,} deep; no page needs that")
    if not page.xpath(_TEXT_OUTSIDE_FURNITURE):
        raise ReadError(path, "no article text found in this page (only its menus and footer)")
    office = office_author(page)  # in a comment of Word's, which goes next
    without_comments(page)
    word_lists_as_lists(page)
    properties, brief = properties_table(page)  # a document's brief above its text
    layout_tables_as_blocks(page)
    text_boxes_as_paragraphs(page)
    for credit in page.xpath("//blockquote//footer | //blockquote//cite"):
        credit.tag = "p"  # a quote's credit, which the extraction drops as page furniture
    lead = subtitle_as_paragraph(page)
    leads = lead_paragraphs(page)
    title = page_title(page)
    standfirst_out_of_header(page, title)
    captions = figures_as_pictures(page) + without_offer_boxes(page)
    links = page_links(page)
    headings = page_headings(page)
    main = _extracted(page)  # the article as <head>, <p>, <list>, … elements
    if main is not None and (region := region_missed(page, main)) is not None:
        main = _extracted(region)  # it took one box of an article built of many
    if main is None or not len(main):
        raise ReadError(path, "no article text found in this page")
    if main.find(".//head") is None:
        restore_headings(main, headings)
    lines = visible_lines(page)
    byline = page_byline(lines, title)
    byline = Byline(byline.author, settled_date(byline.date, page))
    if byline.date is None:  # the machines' date, else the date it was updated on
        byline = Byline(byline.author, machine_date(page) or page_updated(lines, title))
    if byline.date is None and (given := properties.get("date") or properties.get("publish_date")):
        byline = Byline(byline.author, find_date(given)[0])
    if byline.date is None:
        metadata = trafilatura.extract_metadata(page)  # slow (dates in URLs, scripts, text)
        date = iso_date(getattr(metadata, "date", None))
        byline = Byline(byline.author, date)
    reader = _Body(title, heading_levels(_depths(main)), links)
    reader.read(main)
    if lead and not reader.has(lead):
        reader.intro.insert(0, Paragraph(lead))  # the extraction left the headline's block out
    said = " ".join(
        " ".join(block.text.split())
        for block in [*reader.intro, *(b for _, _, blocks in reader.sections for b in blocks)]
        if isinstance(block, Paragraph | Quote)
    )
    missing = [text for text in leads if " ".join(text.split())[:_LEAD_PROBE] not in said]
    reader.intro[0:0] = [Paragraph(text) for text in missing]  # a lead in a box of its own
    author = (
        byline.author
        or properties.get("author")
        or structured_author(page)
        or marked_author(page)
        or described_author(page, title)
        or bio_box_author(page)
        or site_owner(page)
        or office
        or author_box(reader.sections)
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
        dropped=(*brief, *captions, *reader.dropped),
        language=language,
        url=page_address(page) or meta_address(properties),
    )


_LEAD_PROBE = 60
"""Characters of a lead's start looked for in the text read, before it is put back."""


def _extracted(page: lxml.html.HtmlElement) -> etree._Element | None:
    import trafilatura  # imported here: it is slow to load and only this reader needs it

    document = trafilatura.bare_extraction(
        page,
        favor_recall=True,  # keeps headings and lists in pages without <article> or <main>
        prune_xpath=NOT_THE_ARTICLE,
        output_format="xml",
        include_formatting=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        include_links=False,  # with links the extraction keeps other parts (a tag chip)
        with_metadata=False,
        as_dict=False,
    )
    return getattr(document, "body", None)


def _styled_text(element: etree._Element) -> str:
    """An element's text with the emphasis the page gave it (bold, italic)."""
    return _styled_runs(element_runs(element, _emphasis))


def _styled_runs(runs: Runs) -> str:
    return styled((piece.replace("\u00ad", ""), styles) for piece, styles in runs)


def _emphasis(element: etree._Element) -> Style | None:
    """The style an element of the extraction gives its words: <hi rend="#b"> bold, "#i"
    italic; a line break <lb/> parts them."""
    if element.tag == "lb":
        return BREAK
    style = _EMPHASIS.get(element.get("rend", "")) if element.tag == "hi" else None
    return (style, "") if style else None


_EMPHASIS = {"#b": BOLD, "#i": ITALIC}


def _depth_over(page: etree._Element, most: int) -> bool:
    depth = 0
    for event, _ in etree.iterwalk(page, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > most:
            return True
    return False


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
        if text := folded(container.text):
            self._add(Paragraph(text))
        for element in container:
            if isinstance(element.tag, str):
                self._element(element)
            if text := folded(element.tail):
                self._add(Paragraph(text))

    def _element(self, element: etree._Element) -> None:
        tag = element.tag
        if tag == "head":
            kept = self._heading(element_text(element), self.levels[_depth(element)])
            self.real_heading = self.real_heading or kept
        elif tag == "p" and element.find("head") is not None:
            self.read(element)  # a heading the extraction left inside a paragraph, a chip beside
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
            cells = [text for cell in element.iter("cell") if (text := element_text(cell))]
            if cells:
                self._add(ListBlock(tuple(cells), False))
            for image in element.iter("graphic"):
                self._add(_image(image))
        elif tag == "graphic":
            self._add(_image(element))
        elif tag != "code" and any(isinstance(child.tag, str) for child in element):
            self.read(element)  # a container the extractor left in (<div>, <section>)
        elif text := element_text(element):
            self._add(Paragraph(text))

    def _heading(self, text: str, level: int) -> bool:
        """Start a section; False when the heading is the title printed above the article."""
        if not text:
            return False
        if not self.sections and _names_title(text, self.title) and self._only_labels():
            labels = [block for block in self.intro if isinstance(block, Paragraph)]
            self.dropped += [label.text for label in labels]  # "Issue #58", a category
            self.intro[:] = [block for block in self.intro if isinstance(block, Image)]
            self.dropped.append(text)  # the title printed above the article
            return False
        self.started = True
        self.sections.append((text, level, []))
        self.blocks = self.sections[-1][2]
        return True

    def has(self, text: str) -> bool:
        """Whether a paragraph read so far says `text`."""
        blocks = [*self.intro, *(block for _, _, blocks in self.sections for block in blocks)]
        return any(isinstance(block, Paragraph) and block.text == text for block in blocks)

    def _only_labels(self) -> bool:
        """Whether all read so far are short labels (a category, an issue number) or a few
        lines of the site's own (a blog's description under its name), no text."""
        labels = all(
            isinstance(block, Image)
            or (
                isinstance(block, Paragraph)
                and len(block.text.split()) <= _LABEL_WORDS
                and not block.text.endswith(SENTENCE_END)
            )
            for block in self.intro
        )
        paragraphs = [block for block in self.intro if isinstance(block, Paragraph)]
        words = sum(len(block.text.split()) for block in paragraphs)
        return labels or (len(paragraphs) <= _SITE_LINES and words <= _SITE_WORDS)

    def _paragraph(self, element: etree._Element) -> None:
        if element.find("lb") is not None:
            self._broken_paragraph(element)
            return
        text = element_text(element)
        if text and not self.started and parse_byline(text) and len(text.split()) <= 16:
            self.dropped.append(text)
            return
        if text and is_clutter(text):
            if is_promotion(text) and self.blocks and box_label(self.blocks[-1]):
                self.dropped.append(self.blocks.pop().text)  # type: ignore[union-attr]
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
            text = element_text(line)
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
            block = replace(block, text=linked(block.text, self.links))
        elif isinstance(block, ListBlock):
            block = replace(block, items=tuple(linked(item, self.links) for item in block.items))
        self.blocks.append(block)


_LABEL_WORDS = 4
_SITE_LINES = 2
_SITE_WORDS = 40
"""What the page may print above the headline and still be the site's, not the text's."""


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
    if folded(element.text):
        return False
    children = list(element)
    if not children:
        return False
    for child in children:
        if folded(child.tail):
            return False
        if child.tag == "hi" and child.get("rend") == "#b":
            continue
        if child.tag == "lb" or not element_text(child):
            continue
        return False
    return True


def _split_images(element: etree._Element) -> list[Block]:
    """A paragraph's text as paragraphs, split where it holds an image between sentences.

    An image floated into the middle of a sentence ("I <img> love …") waits for the end of the
    sentence, so the sentence stays whole.
    """
    blocks: list[Block] = []
    run: Runs = [(element.text or "", frozenset())]
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
            so_far = folded("".join(piece for piece, _ in run))
            if so_far.endswith(SENTENCE_END) or not so_far:
                flush()
        else:
            run += child_runs(child, _emphasis)
        run.append((child.tail or "", frozenset()))
    flush()
    return blocks


def _image(element: etree._Element) -> Image:
    return Image(element.get("src", ""), folded(element.get("alt") or element.get("title")))


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
                own += child_runs(child, _emphasis)
            own.append((child.tail or "", frozenset()))
        items.append(_styled_runs(own))
        items += nested
    return items
