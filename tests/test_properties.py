"""Inputs nobody thought of: article text survives templates literally, slides always fit."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

from workshop.enrich.digest import digest
from workshop.layouts import load_layout
from workshop.layouts.templates import render_template
from workshop.model import Article, ListBlock, Paragraph, Section
from workshop.plans import Bullets, Heading, Slide, Text, parse_deck, parse_handout
from workshop.readers import read_article
from workshop.readers.byline import parse_byline
from workshop.readers.lines import BULLET
from workshop.render.design import BODY, TITLE
from workshop.render.fit import largest_fit
from workshop.render.placement import Placer, measures
from workshop.render.slides import BULLET_GAP, BULLET_INDENT, Geometry, Slot

from .conftest import ROOT

LAYOUT = load_layout("coaching", ROOT / "layouts")
FONTS = measures(LAYOUT)

# Visible text as an article might hold it: letters, digits, punctuation, markup characters.
visible = (
    st.text(
        alphabet=st.characters(
            codec="utf-8", categories=["L", "N", "P", "S", "Zs"], exclude_characters="\u2028\u2029"
        ),
        min_size=1,
        max_size=120,
    )
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=visible, heading=visible, paragraph=visible, items=st.lists(visible, max_size=4))
def test_article_text_reaches_both_plans_unchanged(title, heading, paragraph, items) -> None:
    blocks = (Paragraph(paragraph), ListBlock(tuple(items))) if items else (Paragraph(paragraph),)
    article = Article(title, "A. Auteur", None, "nl", (), (Section(heading, 1, blocks),))
    enriched = digest(article)
    handout = parse_handout(render_template(LAYOUT, "handout.xml.j2", enriched), Path("h"))
    assert handout.cover.title == title
    shown = heading.rstrip().removesuffix(":").rstrip() or heading  # "Opdrachten:" leads in
    assert Heading(shown, 1) in handout.body
    assert Text(paragraph, "body") in handout.body
    if items:
        assert Bullets(tuple(items), False) in handout.body
    deck = parse_deck(render_template(LAYOUT, "deck.xml.j2", enriched), Path("d"))
    assert deck.slides[0].title == title
    section = deck.slides[2:-1]  # its bullets, or its exercise when the text asks for one
    assert any(slide.title in (shown, f"Oefening: {shown}") for slide in section)
    assert any(paragraph in slide.notes for slide in section)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghij klmnopqrstuvwxyz,.", min_size=1, max_size=400)
        .map(lambda t: " ".join(t.split()))
        .filter(bool),
        min_size=1,
        max_size=25,
    )
)
def test_bullets_are_split_over_slides_that_all_fit(bullets: list[str]) -> None:
    style = LAYOUT.deck
    geometry = {"bullets": Geometry(title=Slot(0, TITLE, bold=True), body=Slot(1, BODY))}
    placer = Placer(style, FONTS, geometry, "vervolg", {})
    placed = placer.place([Slide("bullets", "Titel", "", tuple(bullets), ())])
    for slide in placed:
        body = slide.body
        assert 1 <= len(body.paragraphs) <= 6
        assert style.body_min <= body.size <= style.body_max
        fitted = largest_fit(
            body.paragraphs,
            FONTS.regular,
            BODY,
            body.size,
            body.size,
            indent=BULLET_INDENT,
            gap=BULLET_GAP,
        )
        assert fitted == body.size
    assert [slide.title.paragraphs for slide in placed[1:]] == [("Titel (vervolg)",)] * (
        len(placed) - 1
    )
    # nothing is lost: the letters come out in order
    shown = "".join(text for slide in placed for text in slide.body.paragraphs)
    assert shown.replace(" ", "") == "".join(bullets).replace(" ", "")


@settings(max_examples=80, deadline=None)
@given(st.lists(visible, min_size=1, max_size=30))
def test_every_scraped_line_is_kept_somewhere(tmp_path_factory, lines: list[str]) -> None:
    """Whatever the page, every word of every line ends up in the article's text, title or
    dropped clutter (a byline's words in its author and date): nothing is lost silently."""
    source = tmp_path_factory.mktemp("prop") / "page.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    try:
        article = read_article(source)
    except Exception as error:  # only the reader's own, user-facing errors are allowed
        assert type(error).__name__ == "ReadError", error
        return
    kept = [
        article.title,
        *article.dropped,
        article.author or "",
        article.date.isoformat() if article.date else "",
    ]
    for section in article.sections:
        kept.append(section.title)
    for block in [*article.intro, *(b for s in article.sections for b in s.blocks)]:
        kept += list(block.items) if isinstance(block, ListBlock) else [block.text]
    everything = " ".join(kept)
    for line in lines:
        words = unicodedata.normalize("NFC", line).split()  # the contract's normal form
        if parse_byline(" ".join(words)) is not None:
            continue  # a byline gives its author and date; its other words are markers
        if BULLET.match(line):
            words = words[1:]  # a list item's bullet ("· 0") is its markup, not a word
        missing = [word for word in words if word not in everything]
        assert not missing, (line, missing)


toml_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


LAYOUT_KEYS = (
    "version page colours fonts handout deck labels logo contact footer page.size colours.accent "
    "fonts.regular deck.master deck.master_layouts labels.nl handout.body_size"
).split()
"""layout.toml keys, whole tables and single values, that the property test overwrites."""


@settings(max_examples=150, deadline=None)
@given(
    replaced=st.dictionaries(
        st.sampled_from(LAYOUT_KEYS),
        toml_values,
        max_size=4,
    )
)
@example(replaced={"logo": "a\x00.png", "fonts.regular": "../../../etc/x.ttf"})
@example(replaced={"colours.accent": "#abcdef\n"})
def test_any_value_in_layout_toml_is_a_problem_named_by_key_never_a_crash(replaced) -> None:
    import tomllib

    from workshop.layouts.schema import parse_layout

    folder = ROOT / "layouts" / "coaching"
    data = tomllib.loads((folder / "layout.toml").read_text(encoding="utf-8"))
    for key, value in replaced.items():
        node = data
        *parents, last = key.split(".")
        for part in parents:
            node = node.setdefault(part, {}) if isinstance(node.get(part), dict) else node
        node[last] = value
    _, problems = parse_layout("coaching", (folder,), data)
    top_level = set(data) | {key.split(".")[0] for key in LAYOUT_KEYS} | {"description"}
    for key, message in problems:
        assert key.split(".")[0] in top_level and message
    accent = replaced.get("colours.accent", "#a4471f")
    if "colours" not in replaced and not re.fullmatch(r"#[0-9a-fA-F]{6}", str(accent)):
        assert "colours.accent" in [key for key, _ in problems]
    if not replaced:
        assert problems == []


@settings(max_examples=150, deadline=None)
@given(
    word=st.text(
        alphabet=st.sampled_from(["w", "i", "M", "\u0301", "信", "😊", "-"]),
        min_size=1,
        max_size=400,
    ),
    limit=st.floats(min_value=1, max_value=400),
    size=st.sampled_from([8.0, 14.0, 28.0]),
)
def test_a_long_word_is_cut_where_measuring_it_whole_would_cut_it(word, limit, size) -> None:
    """The deck cuts a word too long for its box at the most letters that fit; looking first
    among as many as the box holds of the narrowest letters finds the same cut, also with
    marks that print nothing (U+0301) and letters no font has."""
    from workshop.render.fit import longest_that_fits
    from workshop.render.placement import measures

    measure = measures(LAYOUT).regular
    whole = longest_that_fits(len(word), lambda n: measure.width(word[:n], size) <= limit)
    assert measure._letters_within(word, size, limit) == whole
