"""The .pptx package: document properties, and bytes that are the same for the same input.

python-pptx stamps the zip's members with the time of saving and leaves a template's content
type as it is; every deck and every master goes through `save` and `as_presentation` here, so
there is one place that makes them reproducible and readable.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from collections.abc import Callable

from lxml import etree
from pptx.opc.packuri import PackURI
from pptx.oxml import xmlchemy
from pptx.oxml.ns import _nsmap

from ..plans import Meta

EMU_PER_POINT = 12700
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The date of every zip member: the earliest a zip can hold."""
PROPERTIES_TIME = datetime.datetime(2000, 1, 1)
"""The document's created, modified and printed dates, unless SOURCE_DATE_EPOCH is set."""


def source_date() -> datetime.datetime | None:
    """SOURCE_DATE_EPOCH as a date (seconds since 1970, the convention of reproducible
    builds; reportlab reads it for the PDF too), or None when it is not set."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    seconds = int(value)  # checked by the build before anything is rendered
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC).replace(tzinfo=None)


def document_time() -> datetime.datetime:
    """The date the documents carry: SOURCE_DATE_EPOCH's, or a fixed one."""
    return source_date() or PROPERTIES_TIME


LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
_TEMPLATE = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PRESENTATION = (
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)


def language_tag(language: str) -> str:
    """The tag Office marks text with ("nl-NL") for an article's language ("nl"); another
    language keeps its own code, and none is taken as English."""
    return LANGUAGE_TAGS.get(language, language or "en-GB")


def compile_queries_once() -> None:
    """Let python-pptx compile each XPath query once per process.

    python-pptx asks its XML elements for children and attributes with XPath, and lxml
    compiled the query string anew at every call: 48,000 calls for the test corpus's decks,
    a tenth of a deck's time. Here each query string is compiled once, with python-pptx's
    namespaces, and the compiled query used from then on; results are lxml's, the same.
    (Compiled queries are not shared between threads; the tool draws decks in one.)
    """
    if getattr(xmlchemy.BaseOxmlElement.xpath, "compiled_once", False):
        return
    compiled: dict[str, etree.XPath] = {}

    def xpath(self, xpath_str: str):
        query = compiled.get(xpath_str)
        if query is None:
            query = compiled[xpath_str] = etree.XPath(xpath_str, namespaces=_nsmap)
        return query(self)

    xpath.compiled_once = True
    xmlchemy.BaseOxmlElement.xpath = xpath


def name_parts_quickly(presentation) -> None:
    """Give the presentation's package a quick way to name its next part.

    python-pptx names each new notes slide (and chart, theme, embedding) by walking every part
    of the package to see which names are taken, so each slide cost as much as all the slides
    before it: of a 1,000-slide deck's 39 s, 22 went to naming. Here the names taken are
    gathered once per kind and kept up to date; the name chosen is the one python-pptx would
    choose, as long as parts are only added from here on.
    """
    package = presentation.part.package
    taken: dict[str, set[str]] = {}

    def next_partname(template: str) -> PackURI:
        prefix = template[: (template % 42).find("42")]
        if prefix not in taken:
            taken[prefix] = {
                part.partname for part in package.iter_parts() if part.partname.startswith(prefix)
            }
        names = taken[prefix]
        number = next(n for n in range(len(names) + 1, 0, -1) if template % n not in names)
        names.add(template % number)
        return PackURI(template % number)

    package.next_partname = next_partname


def save(presentation) -> bytes:
    """The presentation's bytes, every zip member dated 1980-01-01 in the order python-pptx
    wrote them."""
    buffer = io.BytesIO()
    presentation.save(buffer)
    return rewrite_zip(buffer.getvalue())


def as_presentation(data: bytes) -> bytes:
    """A template (.potx) as a presentation python-pptx opens: only its content type differs."""

    def retype(name: str, content: bytes) -> bytes:
        return (
            content.replace(_TEMPLATE, _PRESENTATION) if name == "[Content_Types].xml" else content
        )

    return rewrite_zip(data, retype)


def rewrite_zip(data: bytes, change: Callable[[str, bytes], bytes] | None = None) -> bytes:
    """The same package with fixed dates and modes, each member's content passed through
    `change(name, content)` when given. Raises zipfile.BadZipFile for what is not a zip."""
    source = zipfile.ZipFile(io.BytesIO(data))
    dated = source_date()
    zip_time = max(ZIP_TIME, dated.timetuple()[:6]) if dated else ZIP_TIME
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            member = zipfile.ZipInfo(info.filename, date_time=zip_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, change(info.filename, content) if change else content)
    return output.getvalue()


def set_properties(presentation, meta: Meta) -> None:
    """Document properties from the plan; fixed dates keep the bytes reproducible, and what
    the package they were made from said of itself is cleared."""
    properties = presentation.core_properties
    properties.title = _property_text(meta.title)
    properties.author = _property_text(meta.author)
    properties.subject = _property_text(meta.subject)
    properties.keywords = _property_text(meta.keywords)
    properties.language = language_tag(meta.language)
    properties.comments = properties.category = properties.content_status = ""
    properties.last_modified_by = "workshop"
    properties.revision = 1
    properties.created = properties.modified = properties.last_printed = document_time()


def _property_text(text: str, limit: int = 255) -> str:
    """`text` cut at a word to fit a core property (Office allows 255 characters)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
