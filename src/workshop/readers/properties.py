"""The names a document gives its properties (title, author, date), in English and Dutch:
front matter, a notes app's property lines, a brief's table above the text."""

from __future__ import annotations

META_KEYS = frozenset({"title", "author", "authors", "date", "publish_date", "published"})
DUTCH_KEYS = {
    "titel": "title",
    "auteur": "author",
    "auteurs": "authors",
    "schrijver": "author",
    "datum": "date",
    "publicatiedatum": "date",
    "gepubliceerd": "published",
    "gepubliceerd_op": "published",
    "geplaatst": "published",
    "geplaatst_op": "published",
    "verschenen": "published",
    "verschenen_op": "published",
    "published_on": "published",
    "publication_date": "date",
    "published_date": "date",
}
"""A Dutch writer's properties ("Auteur: …", "Datum: 21 februari 2025") under their names."""


def meta_key(label: str) -> str | None:
    """The property a label names ("**Author**", "Publish date:", "Auteur") as a front-matter
    key, or None when it names none of title, author and date."""
    key = label.strip(" :*").lower().replace(" ", "_")
    key = DUTCH_KEYS.get(key, key)
    return key if key in META_KEYS else None
