"""The article's web address, when its file says where it was published: front matter's
`url` or `source`, a saved page's canonical link. The handout prints it with the credit and
as a QR code, so participants can find the original.

Only a plain http(s) address is taken: a `javascript:` or `file:` value, or text that is
not an address, is no source to send participants to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import lxml.html

ADDRESS_KEYS = ("url", "source", "source_url", "canonical_url", "canonical", "original_url", "link")
"""Front matter keys that hold where the article was published, the most telling first."""
_ADDRESS = re.compile(r"https?://[^\s<>\"'{}|\\^`]+\.[^\s<>\"'{}|\\^`]+", re.I)
_LONGEST = 2000


def web_address(value: Any) -> str | None:
    """`value` as an http(s) address, or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > _LONGEST or not _ADDRESS.fullmatch(text):
        return None
    return text


def meta_address(meta: Mapping[str, Any]) -> str | None:
    """The address front matter (or a note's properties) gives."""
    for key in ADDRESS_KEYS:
        if address := web_address(meta.get(key)):
            return address
    return None


def page_address(page: lxml.html.HtmlElement) -> str | None:
    """A saved page's own address: its canonical link, else its og:url."""
    for value in page.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"):
        if address := web_address(value):
            return address
    return None
