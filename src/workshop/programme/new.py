"""`workshop new NAME`: a workshop folder that builds as it is, to change from there.

It holds a workshop file with a welcome and one example article, the article in
`source_texts/`, an empty `layouts/` for the organisation's own layouts (the shipped ones are
found without it) and `output/`. An existing folder with anything in it is never touched.
"""

from __future__ import annotations

import datetime
import re
from importlib import resources
from pathlib import Path

from ..errors import OptionError
from .file import WORKSHOP_FILE

EXAMPLE = "coachende-vragen.md"

_WORKSHOP_FILE = """\
# The workshop day: `workshop build` in this folder makes its handout, deck, slide handout and
# facilitator guide in output/. Every key is explained in workshop's README ("A workshop day").
title = "{title}"
date = {date}
start = "09:00"
# location = "Utrecht"
# trainers = [{{ name = "Anna de Vries", email = "anna@example.nl" }}]

[[programme]]
title = "Welkom en kennismaking"
minutes = 15

[[programme]]
article = "source_texts/{example}"
minutes = 60

# Add an article per part of the day, in order:
# [[programme]]
# article = "source_texts/another-article.md"
# minutes = 60
"""


def new_workshop(name: str, today: datetime.date) -> list[Path]:
    """Create the folder `name` and return what was made in it."""
    folder = Path(name)
    if not name.strip() or folder.name in ("", ".", ".."):
        raise OptionError(f"{name!r}: give the new workshop's folder a name")
    try:
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise OptionError(f"{folder}: exists already and is not empty; choose another name")
    except OSError as error:
        raise OptionError(f"{folder}: cannot be used ({error.strerror})") from None
    title = re.sub(r"[-_]+", " ", folder.name).strip()
    title = title[:1].upper() + title[1:]
    made = []
    try:
        for sub in ("source_texts", "layouts", "output"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        example = resources.files("workshop.programme") / "example" / EXAMPLE
        article = folder / "source_texts" / EXAMPLE
        article.write_bytes(example.read_bytes())
        workshop_file = folder / WORKSHOP_FILE
        text = _WORKSHOP_FILE.format(
            title=title.replace("\\", "\\\\").replace('"', '\\"'),
            date=today.isoformat(),
            example=EXAMPLE,
        )
        workshop_file.write_text(text, encoding="utf-8")
        made += [workshop_file, article, folder / "layouts", folder / "output"]
    except OSError as error:
        raise OptionError(f"{folder}: cannot be made ({error.strerror})") from None
    return made
