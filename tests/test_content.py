"""What is on the slides and in the handout's working elements: parts for articles without
headings, bullets that stand on their own, key points that are not the list above them,
questions from the content, exercises and tables, notes on every slide."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st
from pptx import Presentation

from workshop.enrich.bullets import clean, list_bullet, select
from workshop.enrich.digest import digest
from workshop.enrich.faults import faults
from workshop.enrich.structure import parts
from workshop.layouts import load_layout
from workshop.layouts.templates import render_template
from workshop.model import Article, Image, ListBlock, Paragraph, Section
from workshop.plans import Grid, KeyPoints, Questions, parse_deck, parse_handout
from workshop.readers import read_article

from .conftest import ROOT
from .corpus import CORPUS
from .inspectors import deck_slides

LAYOUT = load_layout("coaching", ROOT / "layouts")
VALUES = CORPUS / "markdown" / "betekenisvol-werk.en.md"


def _plans(article: Article):
    enriched = digest(article)
    deck = parse_deck(render_template(LAYOUT, "deck.xml.j2", enriched), Path("d"))
    handout = parse_handout(render_template(LAYOUT, "handout.xml.j2", enriched), Path("h"))
    return enriched, deck, handout


def _article(*sections: Section, intro=(), language: str = "nl") -> Article:
    return Article("Titel", "A. Auteur", None, language, tuple(intro), tuple(sections))


def test_bullets_lose_what_leans_on_the_sentence_before_them() -> None:
    assert clean("En er wordt veel meer ruimte gegeven aan de medewerker.", "nl") == (
        "Er wordt veel meer ruimte gegeven aan de medewerker."
    )
    # a Dutch lead-in stays: without it the verb would stand at the end ("… een risico is")
    assert clean("Je kan stellen dat de basis van vertrouwen een risico is.", "nl") == (
        "Je kan stellen dat de basis van vertrouwen een risico is."
    )
    assert clean("Research shows that trust grows slowly in most teams.", "en") == (
        "Trust grows slowly in most teams."
    )
    assert clean("Bijvoorbeeld: ik moet altijd snel reageren op berichten (mails", "nl") is None
    assert clean("Een vraag (met iets ertussen) blijft een vraag over.", "nl") == (
        "Een vraag blijft een vraag over."
    )
    assert clean("But you don't quite know what that is.", "en") == (
        "You don't quite know what that is."
    )
    for language, leaning in (
        ("nl", "Dit is wat het betekent voor jou."),  # a pointer word
        ("nl", "Even googelen levert al snel informatie op:"),  # a lead-in
        ("nl", "Als ik 's morgens de computer opstart"),  # a subordinate clause alone
        ("nl", "Wat vind jij eigenlijk belangrijk in je werk?"),  # a question
        ("nl", "Neem gerust contact op voor een kennismakingsgesprek."),  # a call to action
        ("en", "and you even got paid for it"),  # a continuation in lower case
        ("en", "This is why it matters so much to everyone."),
        ("en", "Sign up for our newsletter to read more."),
    ):
        assert clean(leaning, language) is None, leaning


def test_bullets_lose_words_that_tie_them_to_what_came_before() -> None:
    assert clean("Managers spelen dus een sleutelrol bij het behouden van talent.", "nl") == (
        "Managers spelen een sleutelrol bij het behouden van talent."
    )
    assert clean("Ga er echter altijd vanuit dat vertrouwen weg kan vallen.", "nl") == (
        "Ga er altijd vanuit dat vertrouwen weg kan vallen."
    )
    assert clean(
        "Afstand zit in veel kleine dingen, zoals we bij de voorbeelden al zagen.", "nl"
    ) == ("Afstand zit in veel kleine dingen.")
    for language, leaning in (
        ("en", "As we said before, trust takes years to build and seconds to break."),
        ("en", "You even got paid for it?!"),  # a question, however it ends
        ("en", "He asked: “What do you think is the best way forward?”"),
        ("nl", '"Goh, vervelend voor je zeg. Sterkte thuis!".'),  # words said, by whom?
        ("en", "Appetite, 56, 183 – 193."),  # a source: volume and pages
    ):
        assert clean(leaning, language) is None, leaning


def test_list_items_are_shown_by_their_term_or_their_point() -> None:
    assert (
        list_bullet(
            "c) Ter voorbereiding op stap 2: Lees de zinnen nog eens na en omcirkel de zin waarop"
            " jij de meeste spanning voelt.",
            "nl",
            {},
        )
        == "Lees de zinnen nog eens na en omcirkel de zin waarop jij de meeste spanning voelt."
    )
    assert (
        list_bullet(
            "Eerlijkheid: je zegt wat je denkt, ook als dat lastig is voor de ander of jezelf.",
            "nl",
            {},
        )
        == "Eerlijkheid"
    )
    assert list_bullet("Zet er geen lange taken in. Opbreken dus weer!", "nl", {}) == (
        "Zet er geen lange taken in. Opbreken dus weer!"
    )
    questions = ["“How do you see this aligning with team goals?”", "“Where do we differ?”"]
    assert [list_bullet(q, "en", {}) for q in questions] == questions  # words to say


def test_a_list_of_questions_to_ask_is_the_sections_content() -> None:
    """Questions in running text are the writer asking the reader; a list of them is what a
    coach or manager asks, the point of the section."""
    asked = ["Wat is er nu precies aan de hand?", "Wat heb je zelf al geprobeerd?"]
    blocks = (
        Paragraph("Deze vragen passen in bijna elk werkoverleg van een team."),
        ListBlock((*asked, "Wat zou een eerste kleine stap kunnen zijn?")),
        Paragraph("Stel één vraag tegelijk en wacht dan rustig op het antwoord."),
    )
    bullets = [bullet.text for bullet in select("Drie vragen", blocks, "nl")]
    assert bullets[:3] == [*asked, "Wat zou een eerste kleine stap kunnen zijn?"]
    mixed = (ListBlock(("Wat is er aan de hand?", "Luister eerst goed naar je team.")),)
    assert "Wat is er aan de hand?" not in [b.text for b in select("Vragen", mixed, "nl")]


def test_speaker_notes_say_a_list_item_once() -> None:
    item = "Eerlijkheid: je zegt wat je denkt, ook als dat lastig is voor de ander of jezelf."
    others = (
        "Openheid: je deelt wat je weet, ook wanneer niemand ernaar vraagt in het overleg.",
        "Aandacht: je luistert eerst naar de ander voordat je zelf iets zegt of vindt.",
    )
    section = Section("Drie waarden", 1, (ListBlock((item, *others)),))
    article = Article("Waarden", None, None, "nl", (Paragraph("Een inleiding."),), (section,))
    (planned,) = digest(article).sections
    assert "Eerlijkheid" in [bullet for bullet in planned.bullets]
    assert sum(item in str(note) for note in planned.notes) == 1, planned.notes


def test_the_author_speaking_is_content_only_where_the_author_speaks_throughout() -> None:
    remark = Paragraph("Wil je dit toepassen? We zetten er een voorbeeld bij voor het gemak.")
    assert select("Zelf aan de slag", (remark,), "nl") == ()
    diary = Paragraph(
        "Ik begon die dag met een lege agenda. Mijn team wachtte op mijn besluit over de"
        " planning. Ik koos voor rust in de ochtend."
    )
    assert [b.text for b in select("Mijn dag", (diary,), "nl")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefg hijklmnop,.:;()?!'\"EMDX", max_size=200))
def test_a_bullet_is_the_sentences_words_with_some_left_out(text: str) -> None:
    """Whatever the sentence, a bullet made of it is its own words in order (never
    invented), and stands on its own by the rules it is chosen by."""
    for language in ("nl", "en"):
        bullet = clean(text, language)
        if bullet is None:
            continue
        source = iter(re.findall(r"\w+", text.lower()))
        assert all(word in source for word in re.findall(r"\w+", bullet.lower())), bullet
        assert faults(bullet, language) == []
        assert 3 <= len(bullet.split()) <= 20


def test_an_article_without_headings_gets_parts_titled_in_its_own_words() -> None:
    for name in ("goed-genoeg.nl.md", "vertrouwen-als-bakermat-voor-succes.md"):
        article = read_article(CORPUS / "markdown" / name)
        assert not article.sections
        enriched, deck, _ = _plans(article)
        assert len(enriched.sections) >= 2
        text = " ".join(
            " ".join(getattr(b, "text", "") or " ".join(getattr(b, "items", ())) for b in s.blocks)
            for s in enriched.sections
        ).lower()
        for section in enriched.sections:
            assert all(word in text for word in re.findall(r"\w+", section.title.lower()))
            assert len(section.title.split()) <= 12
        content = [s for s in deck.slides if s.layout == "bullets" and s.bullets]
        assert len(content) >= 2


def test_a_closing_line_is_no_section_and_its_text_stays() -> None:
    article = _article(
        Section("Luisteren", 1, (Paragraph("Goed luisteren begint bij stilte in je hoofd."),)),
        Section("Veel succes!", 1, ()),
    )
    enriched, deck, handout = _plans(article)
    assert [s.title for s in enriched.sections] == ["Luisteren"]
    assert "Veel succes!" not in [slide.title for slide in deck.slides]
    assert any(getattr(e, "text", "") == "Veel succes!" for e in handout.body)


def test_a_picture_above_a_heading_goes_with_the_part_it_names() -> None:
    text = Paragraph("Een lijst die je elke week opnieuw maakt en bijhoudt.")
    article = _article(
        Section("Lijst 1: Simpel lijstje", 1, (text, Image("a.jpg", "vrije weekplanning"))),
        Section("Lijst 2: Vrije weekplanning", 1, (text, Image("b.jpg", "een simpel lijstje"))),
        Section("Lijst 3: Blokken", 1, (text, Image("c.jpg", "koffie"))),
    )
    _, sections = parts(article)
    assert [[b.src for b in s.blocks if isinstance(b, Image)] for s in sections] == [
        [],
        ["a.jpg", "b.jpg"],  # b names its own part, not the next: it stays
        ["c.jpg"],  # names none: stays where the author put it
    ]


def test_key_points_are_never_the_list_printed_above_them() -> None:
    items = tuple(f"Punt {n} over het voeren van een goed gesprek" for n in range(4))
    prose = " ".join(
        f"Een leidinggevende die luistert, hoort wat medewerkers nodig hebben in week {n}."
        for n in range(8)
    )
    article = _article(Section("Gesprekken", 1, (Paragraph(prose), ListBlock(items))))
    _, _, handout = _plans(article)
    boxes = [e for e in handout.body if isinstance(e, KeyPoints)]
    assert boxes and all(1 <= len(box.items) <= 5 for box in boxes)
    assert not set(items) & {item for box in boxes for item in box.items}
    short = _article(Section("Kort", 1, (Paragraph("Een korte sectie van een paar woorden."),)))
    assert not [e for e in _plans(short)[2].body if isinstance(e, KeyPoints)]


def test_questions_come_from_the_content_and_the_articles_own_questions_first() -> None:
    definition = Section(
        "Wat is feedback",
        1,
        (Paragraph("Feedback is informatie over gedrag die iemand helpt te groeien. " * 3),),
    )
    asking = Section(
        "Jouw rol",
        1,
        (
            Paragraph(
                "Een goede leider stelt vragen. Wanneer vroeg jij voor het laatst om feedback?"
            ),
        ),
    )
    _, _, handout = _plans(_article(definition, asking))
    questions = [e.items for e in handout.body if isinstance(e, Questions)]
    assert "Hoe zou jij feedback in je eigen woorden uitleggen aan een collega?" in questions[0]
    assert questions[1][0] == "Wanneer vroeg jij voor het laatst om feedback?"
    assert not any("„" in q or "“" in q for items in questions for q in items)


def test_no_question_box_asks_the_same_question_twice() -> None:
    """A section without a noun to name gets the question without a term; the box then adds
    no second copy of it (the English corpus showed the same question twice in four boxes)."""
    for source in sorted((CORPUS / "markdown").glob("*.md")):
        _, _, handout = _plans(read_article(source))
        for box in (e for e in handout.body if isinstance(e, Questions)):
            assert len(set(box.items)) == len(box.items), (source.name, box.items)


def test_bullets_over_six_are_spread_evenly_over_slides() -> None:
    items = tuple(f"Stap {n}: plan het gesprek met je medewerker goed" for n in range(8))
    section = Section("Acht stappen", 1, (ListBlock(items),))
    enriched, deck, _ = _plans(_article(section))
    assert [len(slide) for slide in enriched.sections[0].slides] == [4, 4]
    bullets = [s for s in deck.slides if s.layout == "bullets"]
    assert [s.title for s in bullets] == ["Acht stappen", "Acht stappen (vervolg)"]


def test_a_question_slide_follows_at_most_every_three_content_slides() -> None:
    sections = [
        Section(f"Deel {n}", 1, (Paragraph(f"Goede leiders geven vertrouwen aan team {n}."),))
        for n in range(7)
    ]
    _, deck, _ = _plans(_article(*sections))
    content = [s for s in deck.slides if s.layout == "bullets"]
    questions = [s for s in deck.slides if s.layout == "statement"]
    assert len(content) == 7 and len(questions) == 2
    assert len({q.title for q in questions}) == 2  # worded differently
    assert all(slide.notes for slide in deck.slides)  # every slide helps the presenter


def test_the_values_exercise_and_table_are_an_exercise_and_a_table() -> None:
    """The article asks to make a list, dream and circle five values in a table: one
    exercise slide with its steps and time, the table on one slide (not a long list), and
    in the handout the steps with lines to write on and the table with boxes to tick."""
    _, deck, handout = _plans(read_article(VALUES))
    exercises = [s for s in deck.slides if s.layout == "exercise"]
    assert exercises and exercises[0].bullets[0] == "Make a list of all the jobs you’ve ever had."
    assert re.fullmatch(r"\d+ minutes", exercises[0].subtitle)
    tables = [s for s in deck.slides if s.layout == "table"]
    assert len(tables) == 1 and len(tables[0].rows) == 10 and not tables[0].header
    assert not any("Helping people" in b for s in deck.slides for b in s.bullets)
    grids = [e for e in handout.body if isinstance(e, Grid)]
    assert len(grids) == 1 and grids[0].tick and grids[0].rows[0][0] == "Helping people"
    titles = [e.title for e in handout.body if isinstance(e, Questions)]
    assert "Exercise · 11 minutes" in titles


def test_the_values_deck_shows_its_table_in_one_table_slide(run, tmp_path: Path) -> None:
    result = run("build", VALUES, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output
    deck = tmp_path / "betekenisvol-werk.en-slides.pptx"
    tables = [
        shape.table
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_table
    ]
    assert len(tables) == 1 and len(tables[0].rows) == 10 and not tables[0].first_row
    assert all(slide.notes.strip() for slide in deck_slides(deck))


def test_build_says_what_needs_a_human_look(run, tmp_path: Path) -> None:
    source = tmp_path / "beeld.md"
    source.write_text(
        "---\ntitle: Beeld\n---\n\nEen inleiding.\n\n## Met beeld\n\n"
        "Een leidinggevende luistert eerst en praat daarna.\n\n![Een schema](weg.png)\n",
        encoding="utf-8",
    )
    result = run("build", source, "--out", tmp_path, "--format", "pptx")
    assert result.exit_code == 0, result.output
    assert f"check: {source}: picture 'weg.png' cannot be read; it is left out" in result.output
