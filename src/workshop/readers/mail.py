"""An e-mail pasted as text: a newsletter forwarded to the trainer and copied from the mail
program, with the mail's header (From, Date, Subject, To) above the letter and the
forwarder's note and the program's menus above that.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .byline import find_date, looks_like_name
from .lines import Line

_HEADER_LINE = re.compile(
    r"^(?P<key>van|from|datum|date|sent|verzonden|onderwerp|subject|aan|to|cc)\s*:\s*(?P<value>.*)$",
    re.I,
)
_KEYS = {
    "van": "from",
    "from": "from",
    "datum": "date",
    "date": "date",
    "sent": "date",
    "verzonden": "date",
    "onderwerp": "subject",
    "subject": "subject",
}
_MIN_KEYS = 3
REPLY_PREFIX = re.compile(r"^(?:(?:fwd?|fw|re|antw|doorst|tr|wg)\s*:\s*)+", re.I)
_ADDRESS = re.compile(r"<[^>]*>|\S+@\S+")
_SENDER_PARTS = re.compile(r"\s*[|·–—]\s*|\s+(?:via|namens)\s+", re.I)


@dataclass(frozen=True)
class MailHeader:
    """Where the mail's last header ends in the lines, and what it says."""

    end: int
    subject: str | None
    sender: str | None
    date: datetime.date | None


def mail_header(content: list[Line]) -> MailHeader | None:
    """The last mail header among the lines (a forwarded mail's header below the forwarder's
    own): three or more of From, Date, Subject and To right under each other."""
    found = None
    index = 0
    while index < len(content):
        end = index
        keys: dict[str, str] = {}
        while end < len(content) and (match := _HEADER_LINE.match(content[end].text)):
            keys.setdefault(_KEYS.get(match["key"].lower(), match["key"].lower()), match["value"])
            end += 1
        if end - index >= _MIN_KEYS and {"from", "subject"} <= keys.keys():
            subject = REPLY_PREFIX.sub("", keys["subject"]).strip() or None
            date, _ = find_date(keys.get("date", ""))
            found = MailHeader(end, subject, _sender(keys["from"]), date)
            index = end
        else:
            index += 1
    return found


def _sender(value: str) -> str | None:
    """The person a From line names: "Teamkracht | Sanne Verhoeven <nieuwsbrief@…>" is Sanne
    Verhoeven; a sender that is only an organisation or an address names no one."""
    parts = [part.strip(' "') for part in _SENDER_PARTS.split(_ADDRESS.sub(" ", value))]
    names = [part for part in parts if len(part.split()) >= 2 and looks_like_name(part)]
    return names[-1] if names else None


def letter_start(content: list[Line], header: MailHeader) -> int:
    """Where the letter starts under the header: at its title, the subject printed again
    under the newsletter's masthead ("Bekijk in browser", its name, the issue), else right
    under the header."""
    wanted = (header.subject or "").casefold()
    for index in range(header.end, min(len(content), header.end + _MASTHEAD_LINES)):
        if wanted and content[index].text.casefold() == wanted:
            return index
    return header.end


_MASTHEAD_LINES = 15
