"""docs/layouts.md is the designer's reference: everything the shipped templates use, every
field templates get, every plan element the renderers read and every layout.toml key is in it."""

from __future__ import annotations

import dataclasses
import re
import tomllib

import jinja2
import pytest
from jinja2 import meta, nodes

from workshop.enrich.digest import SectionDigest
from workshop.layouts.schema import LABEL_KEYS, parse_layout
from workshop.model import Article, Image, ListBlock, Paragraph, Quote, Workshop
from workshop.plans import DECK_VOCABULARY, HANDOUT_VOCABULARY

from .conftest import ROOT

DOCS = (ROOT / "docs" / "layouts.md").read_text(encoding="utf-8")
TEMPLATES = sorted((ROOT / "layouts").glob("*/*.j2"))
FILTERS = ("longdate", "ask", "styled")
"""The filters templates get besides Jinja2's own (docs/layouts.md names them)."""
ALIASES = {"s": "section", "b": "block", "e": "section.exercise", "contact": "layout.contact"}
"""The shipped templates' loop and helper variables, by the names the docs give them."""


def _mentioned(name: str) -> bool:
    return f"`{name}`" in DOCS or f"`{name} " in DOCS


def _element_mentioned(element: str) -> bool:
    """`<slide>`, `<pagebreak/>` or `<image src="…"/>`: not a mere prefix (`<p` of `<pagebreak`)."""
    return any(f"`<{element}{end}" in DOCS for end in (">`", "/>`", " "))


def _documented_field(field: str) -> bool:
    """`block.text.split` is documented when `block.text` is: what follows is Python's."""
    parts = field.split(".")
    return any(_mentioned(".".join(parts[:n])) for n in range(2, len(parts) + 1))


def _parsed(path) -> nodes.Template:
    environment = jinja2.Environment()
    environment.filters.update({name: str for name in FILTERS})
    return environment.parse(path.read_text(encoding="utf-8"))


def _fields_used(tree: nodes.Template) -> set[str]:
    """Dotted names like `article.title` or `section.key_points` the template reads."""
    used = set()
    for node in tree.find_all(nodes.Getattr):
        parts = [node.attr]
        base = node.node
        while isinstance(base, nodes.Getattr):
            parts.insert(0, base.attr)
            base = base.node
        if isinstance(base, nodes.Name):
            used.add(".".join([ALIASES.get(base.name, base.name), *parts]))
    return used


def _plan_vocabulary(tree: nodes.Template) -> tuple[set[str], set[str]]:
    """The plan elements and attributes the template writes."""
    text = " ".join(data.data for data in tree.find_all(nodes.TemplateData))
    return set(re.findall(r"<([a-z][a-z-]*)", text)), set(re.findall(r"\s([a-z][a-z-]*)=\"", text))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_name_and_field_a_shipped_template_uses_is_documented(template) -> None:
    tree = _parsed(template)
    names = meta.find_undeclared_variables(tree) - {"range", "dict"}
    missing = [n for n in sorted(names) if not (_mentioned(n) or f"`{n}." in DOCS)]
    for field in sorted(_fields_used(tree)):
        if field.startswith("labels."):
            label = field.removeprefix("labels.")
            if label in ("replace",) or _mentioned(label):
                continue
        if not _documented_field(field):
            missing.append(field)
    assert missing == []


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_plan_element_and_attribute_a_shipped_template_writes_is_documented(template):
    elements, attributes = _plan_vocabulary(_parsed(template))
    assert [e for e in sorted(elements) if not _element_mentioned(e)] == []
    assert [a for a in sorted(attributes) if not _mentioned(a)] == []


def test_every_field_templates_get_is_documented() -> None:
    expected = [f"article.{f.name}" for f in dataclasses.fields(Article)]
    expected += [f"section.{f.name}" for f in dataclasses.fields(SectionDigest)]
    expected += [f"workshop.{f.name}" for f in dataclasses.fields(Workshop)]
    for block in (Paragraph, ListBlock, Quote, Image):
        expected += [f"block.{f.name}" for f in dataclasses.fields(block)]
    assert [name for name in expected if not _mentioned(name)] == []


def test_every_plan_element_the_renderers_read_is_documented() -> None:
    elements, attributes = set(), set()
    for vocabulary in (HANDOUT_VOCABULARY, DECK_VOCABULARY):
        for element, (element_attributes, children) in vocabulary.items():
            elements |= {element, *children}
            attributes |= element_attributes
    assert len(elements) > 20 and len(attributes) > 15
    assert [e for e in sorted(elements) if not _element_mentioned(e)] == []
    assert [a for a in sorted(attributes) if not _mentioned(a)] == []


def test_every_layout_toml_key_is_documented() -> None:
    data = tomllib.loads((ROOT / "layouts" / "coaching" / "layout.toml").read_text("utf-8"))
    data["extends"] = "coaching"
    _, problems = parse_layout("coaching", (ROOT / "layouts" / "coaching",), data)
    assert problems == []
    keys = ["version", "extends", "description", "footer", "logo", "deck.master"]
    keys += [
        f"{table}.{key}"
        for table, values in data.items()
        if isinstance(values, dict) and table != "labels"
        for key, value in values.items()
        if not isinstance(value, dict)
    ]
    keys += [
        f"deck.master_layouts.{kind}"
        for kind in ("title", "agenda", "bullets", "statement", "image", "closing")
    ]
    assert [key for key in keys if not _mentioned(key)] == []
    assert [label for label in LABEL_KEYS if not _mentioned(label)] == []


def test_the_projects_filters_are_documented() -> None:
    assert [name for name in FILTERS if f"`{name}`" not in DOCS] == []
