"""Site furniture in the body: every kind is left out and listed as dropped, and the
article's own text that looks like it stays.

The fixtures are `tests/fixtures/unseen/k*` (their partial expectations are checked with the
corpus); here: that what goes is listed, and the near misses each rule must not take.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.readers import read_article

from .corpus import load, normalise

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
KINDS = sorted(UNSEEN.glob("k0[1-69]*.partial.json"))
"""The fixtures whose furniture stands in the article's own stream of lines (a saved page's
navigation and sidebars never reach the reader's text; a byline's lines are read, not
dropped)."""


@pytest.mark.parametrize("expected", KINDS, ids=lambda p: p.name.removesuffix(".partial.json"))
def test_what_goes_is_listed_as_dropped(expected: Path) -> None:
    article = read_article(expected.with_name(expected.name.removesuffix(".partial.json")))
    dropped = [normalise(line).lstrip("-•* ") for line in article.dropped]
    for line in load(expected)["must_drop"]:
        assert normalise(line) in dropped, line


def _read(tmp_path: Path, text: str, name: str = "post.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


HEAD = "Vijf vragen voor je team\n\nAnne Jansen | 4 april 2023\n\n"
OPENING = (
    "Een coachende leider stelt meer vragen dan hij antwoorden geeft, en dat vraagt oefening "
    "van iedereen in het team.\n\n"
)


def _read_after_opening(tmp_path: Path, text: str):
    return _read(tmp_path, HEAD + OPENING + text)


def _intro_items(article) -> list[str]:
    return [item for block in article.intro for item in getattr(block, "items", ())]


def test_a_list_the_article_leads_into_stays(tmp_path: Path) -> None:
    """A closing list after a lead-in (':') or a heading is the article's, however much its
    items look like titles."""
    article = _read_after_opening(
        tmp_path,
        "Dit zijn de vragen die ik elke week stel:\n\n"
        "Wat heb je deze week geleerd\nWaar liep je tegenaan in het project\n"
        "Wie kan jou daarbij helpen\n",
    )
    assert "Wie kan jou daarbij helpen" in _intro_items(article)
    assert not article.dropped


def test_headings_with_a_colon_are_no_dialogue(tmp_path: Path) -> None:
    text = (
        HEAD
        + OPENING
        + (
            "Stap 1: Stel een open vraag\n\n"
            "Begin met wat, hoe of waarom. Zo krijgt de ander ruimte.\n\n"
            "Valkuil: Zelf het antwoord geven\n\nWacht even. De stilte doet het werk voor je.\n"
        )
    )
    article = _read(tmp_path, text)
    assert [s.title for s in article.sections] == [
        "Stap 1: Stel een open vraag",
        "Valkuil: Zelf het antwoord geven",
    ]


def test_an_instruction_to_download_in_the_text_stays(tmp_path: Path) -> None:
    """Promotion is a short line that sells; a sentence telling the reader what to do with a
    tool is the article's."""
    sentence = (
        "Download het formulier van je HR-afdeling en vul het samen met je medewerker in, "
        "zodat jullie allebei weten wat er is afgesproken."
    )
    article = _read(tmp_path, HEAD + OPENING + sentence + "\n")
    assert any(getattr(b, "text", "") == sentence for b in article.intro)


def test_a_list_of_networks_the_article_names_stays(tmp_path: Path) -> None:
    """A share button is a network's name on a line of its own; the same names as the
    article's bulleted list are its text."""
    article = _read_after_opening(
        tmp_path,
        "Dit zijn de kanalen waar je team het meest op zit:\n\n"
        "- LinkedIn\n- WhatsApp\n- E-mail\n\n"
        "Kies er één voor je teamoverleg en houd je daar een maand aan, ook als het wringt.\n",
    )
    assert _intro_items(article) == ["LinkedIn", "WhatsApp", "E-mail"]
    assert not article.dropped


def test_a_shortcode_in_plain_text_is_the_authors(tmp_path: Path) -> None:
    """A Markdown post's '{{< newsletter-signup >}}' is its site's markup; in a text article
    every character is the author's, so the same line stays."""
    article = _read(tmp_path, HEAD + OPENING + "{{< vraag >}}\n")
    assert any(getattr(b, "text", "") == "{{< vraag >}}" for b in article.intro)


def test_a_line_shaped_like_a_picture_description_further_on_stays(tmp_path: Path) -> None:
    """Only the text's first line can be the page's picture described; further on, "The
    manager at the centre of the team" is the article's heading."""
    text = (
        HEAD
        + OPENING
        + (
            "The manager at the centre of the team\n\n"
            "Wie in het midden staat, hoort alles en beslist te veel; zet daarom een stap opzij.\n"
        )
    )
    article = _read(tmp_path, text)
    assert [s.title for s in article.sections] == ["The manager at the centre of the team"]


def test_a_run_of_steps_or_timestamps_is_a_list_and_a_quotation_no_heading(
    tmp_path: Path,
) -> None:
    article = _read_after_opening(
        tmp_path,
        "Zo verloopt de sessie:\n"
        "Stap 1: Herhaal de afspraken en het doel van de sessie.\n"
        "Stap 2: Bespreek de verdeling per team, zonder namen.\n"
        "Stap 3: Sluit af met de besluiten en wie ze uitvoert.\n\n"
        "Ze stuurde terug: ‘Klinkt formeel. Moet ik me zorgen maken?’\n\n"
        "Dat moest ze niet, en dat zei ik ook meteen in mijn volgende bericht aan haar.\n",
    )
    assert _intro_items(article) == [
        "Stap 1: Herhaal de afspraken en het doel van de sessie.",
        "Stap 2: Bespreek de verdeling per team, zonder namen.",
        "Stap 3: Sluit af met de besluiten en wie ze uitvoert.",
    ]
    assert article.sections == ()


def test_a_saved_page_names_its_author_by_markup(tmp_path: Path) -> None:
    """No byline in the text, but the page marks its author: an element whose class says
    author-name (a name with a particle: "el")."""
    page = (
        "<html><body><article><h1>Het exitgesprek in tien vragen</h1>"
        '<span>Geschreven door <a class="blog-post__author-name" href="/a/n">Nadia el Amrani</a>'
        "</span><p>Een goed exitgesprek levert informatie op die je nergens anders krijgt, als je "
        "de juiste vragen stelt en echt luistert naar het antwoord.</p><h2>Voorbereiding</h2>"
        "<p>Plan het gesprek in de laatste week en laat iemand anders dan de leidinggevende het "
        "voeren, zodat de medewerker vrij kan spreken.</p></article></body></html>"
    )
    article = _read(tmp_path, page, "exit.html")
    assert article.author == "Nadia el Amrani"


def test_the_breadcrumbs_last_crumb_names_the_title_under_a_banner(tmp_path: Path) -> None:
    text = (
        "Home > Kennisbank > Leiderschap > Situationeel leiderschap\n"
        "Kennisbank HRM & Leiderschap\n"
        "Situationeel leiderschap: wat het model wel en niet belooft\n"
        "Gepubliceerd: 05-09-2023\n"
        "Weinig managementmodellen zijn zo bekend als het model van Hersey en Blanchard, en "
        "weinig worden zo vaak verkeerd gebruikt.\n"
    )
    assert (
        _read(tmp_path, text).title == "Situationeel leiderschap: wat het model wel en niet belooft"
    )


def test_a_markdown_title_below_a_breadcrumb_and_its_byline_are_found(tmp_path: Path) -> None:
    """Without front matter, a `#` title under a breadcrumb is the title; the breadcrumb and
    the byline under the title are listed as dropped. A sentence above a heading is text."""
    article = _read(
        tmp_path,
        "[Home](/) › [Blog](/blog)\n\n# Delegeren zonder loslaten\n\n"
        "*Door Sam de Wit, 3 mei 2023*\n\nDelegeren begint bij vertrouwen, en dat groeit "
        "met elke afspraak die je nakomt.\n\n## Waar begin je?\n\nBij een kleine taak.\n",
        "post.md",
    )
    assert (article.title, article.author) == ("Delegeren zonder loslaten", "Sam de Wit")
    assert article.dropped[:2] == ("Home › Blog", "Door Sam de Wit, 3 mei 2023")
    opening = _read(
        tmp_path,
        "Dit artikel gaat over delegeren.\n\n# Delegeren\n\nEen alinea over het onderwerp.\n",
        "post.md",
    )
    assert opening.title == "Post" and opening.intro[0].text == "Dit artikel gaat over delegeren."


def test_a_bio_after_its_label_in_one_paragraph_goes(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "---\ntitle: Feedback\n---\n\nFeedback geef je het best dezelfde dag nog.\n\n"
        "**About the author:** Sam writes about teams and the people who lead them.\n",
        "post.md",
    )
    assert article.dropped == (
        "About the author: Sam writes about teams and the people who lead them.",
    )
    assert [block.text for block in article.intro] == [
        "Feedback geef je het best dezelfde dag nog."
    ]


def test_other_posts_under_a_reading_label_still_go(tmp_path: Path) -> None:
    """'Verder lezen' over other posts' titles is furniture; over books (a year, an author
    and a dash) it is the article's own list."""
    posts = _read_after_opening(
        tmp_path,
        "Dat is alles.\n\nVerder lezen\n\nHet jaargesprek in vijf stappen\n\n"
        "Zo geef je feedback die landt\n\nWaarom coachen tijd bespaart\n",
    )
    assert "Zo geef je feedback die landt" in posts.dropped
    books = _read_after_opening(
        tmp_path,
        "Dat is alles.\n\nVerder lezen\n\nKim Scott — Radical Candor\n\n"
        "Julie Zhuo — The Making of a Manager\n\nStone en Heen, Thanks for the Feedback (2014)\n",
    )
    assert books.sections[-1].title == "Verder lezen"
    assert books.sections[-1].blocks[0].items == (
        "Kim Scott — Radical Candor",
        "Julie Zhuo — The Making of a Manager",
        "Stone en Heen, Thanks for the Feedback (2014)",
    )


def test_a_players_controls_and_a_pages_actions_go(tmp_path: Path) -> None:
    article = _read_after_opening(
        tmp_path,
        "Play\n\n00:00 / 52:17\n\n1.5x\n\nDownload\n\nShow transcript\n\n"
        "In deze aflevering\n\nWe praten over vertrouwen in teams en hoe je dat als "
        "leidinggevende opbouwt, stap voor stap.\n\nDownload deze pagina als PDF\n",
    )
    assert [s.title for s in article.sections] == ["In deze aflevering"]
    controls = ("Play", "00:00 / 52:17", "1.5x", "Show transcript", "Download deze pagina als PDF")
    assert [line for line in controls if line not in article.dropped] == []


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Auteur: dr. Femke de Graaf, lector Leiderschap in Onderwijs en Zorg", "Femke de Graaf"),
        ("Publicatiedatum: 19 juni 2023", None),
        ("Auteurs: Ilse Jansen en Maarten de Boer", "Ilse Jansen en Maarten de Boer"),
        ("By Prof. Helen Marsh · 12 October 2022", "Helen Marsh"),
        ("Door Ingrid Bos, 3 mei 2023", "Ingrid Bos"),
    ],
)
def test_a_byline_gives_the_name_without_titles_or_labels(line: str, author: str | None) -> None:
    from workshop.readers.byline import parse_byline

    byline = parse_byline(line)
    assert byline is not None and byline.author == author


def test_a_first_name_byline_is_made_whole_from_the_page(tmp_path: Path) -> None:
    head = "Coachingpraktijk Lotte Mulder\n\nMenu\n\nNee zeggen zonder schuldgevoel\n\n"
    article = _read(tmp_path, head + "Geplaatst op 2 oktober 2023 door Lotte\n\n" + OPENING)
    assert article.author == "Lotte Mulder"
    alone = _read(tmp_path, "Nee zeggen zonder schuldgevoel\n\nGeplaatst door Lotte\n\n" + OPENING)
    assert alone.author == "Lotte"


def test_a_quotes_credit_stays_with_the_quote(tmp_path: Path) -> None:
    """In plain text, Markdown and a saved page alike: '— Name, Work' under a quotation is
    part of it (not a list item, a quote or a statement of its own, not dropped)."""
    text = _read_after_opening(
        tmp_path,
        "Zoals iemand schreef:\n\n“Het advies-monster heeft altijd honger.”\n"
        "— Michael Bungay Stanier, The Coaching Habit\n\nEn verder.\n\n- een punt\n- nog een\n",
    )
    texts = [block.text for block in text.intro if hasattr(block, "text")]
    assert (
        "“Het advies-monster heeft altijd honger.” — Michael Bungay Stanier, The Coaching Habit"
        in texts
    )
    markdown = _read(
        tmp_path,
        "---\ntitle: T\n---\n\n> “Wees duidelijk.”\n>\n> — Brené Brown\n\nTussenzin.\n\n"
        "— geen bron, een gedachtestreep\n",
        "post.md",
    )
    assert [type(b).__name__ for b in markdown.intro] == ["Quote", "Paragraph", "Paragraph"]
    assert markdown.intro[0].text == "“Wees duidelijk.” — Brené Brown"
    page = _read(
        tmp_path,
        "<html><head><title>T</title></head><body><article><h1>T</h1><p>"
        + "Een alinea die lang genoeg is om als tekst van het artikel te tellen. " * 3
        + "</p><blockquote><p>“Vertrouwen groeit.”</p><footer>— Amy Edmondson</footer>"
        "</blockquote><p>"
        + "Nog een alinea met genoeg woorden om te blijven staan. " * 3
        + "</p></article></body></html>",
        "page.html",
    )
    quotes = [b.text for b in page.intro if type(b).__name__ == "Quote"]
    assert quotes == ["“Vertrouwen groeit.” — Amy Edmondson"]


def test_contents_and_related_headings_of_a_saved_page_go(tmp_path: Path) -> None:
    body = "Een alinea die lang genoeg is om als tekst van het artikel te tellen. " * 3
    page = _read(
        tmp_path,
        "<html><head><title>Het gesprek</title></head><body><article><h1>Het gesprek</h1>"
        f"<h2>On this page</h2><p>{body}</p><h2>Voorbereiding</h2><p>{body}</p>"
        "<h2>Related guidance</h2><p>Was this page useful?</p></article></body></html>",
        "page.html",
    )
    assert [s.title for s in page.sections] == ["Voorbereiding"]
    assert page.intro and "On this page" in page.dropped and "Related guidance" in page.dropped


@pytest.mark.parametrize(
    "line",
    [
        "Benieuwd of teamcoaching bij jouw team past? Doe onze gratis teamscan.",
        "Need help? Book onto our half-day course via the Staff Learning portal.",
        "Support the show",
        "Episode 141",
        "View all episodes",
    ],
)
def test_offers_and_episode_lists_are_furniture(line: str) -> None:
    from workshop.readers.clutter import is_clutter, is_promotion

    assert is_promotion(line) or is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "Onze gratis tijd besteden we het liefst buiten.",
        "In episode 3 of the series, the team finally talks.",
        "Support the people who do the work, not the process.",
    ],
)
def test_sentences_that_share_their_words_stay(line: str) -> None:
    from workshop.readers.clutter import is_clutter, is_promotion

    assert not (is_promotion(line) or is_clutter(line))


def test_a_caption_over_its_credit_goes_and_a_list_under_its_lead_in_stays(
    tmp_path: Path,
) -> None:
    article = _read_after_opening(
        tmp_path,
        "Teamleider Sanne Bakker tijdens een coachgesprek in Utrecht.\n"
        "Beeld ANP / Annelies Hoorn\n"
        "Toen Sanne Bakker teamleider werd, dacht ze dat ze alles zelf moest kunnen en dat "
        "vragen om hulp zwak was.\n\nWerkgevers leggen het best drie dingen vast:\n"
        "een vast coachbudget per leidinggevende\neen duidelijke doelstelling vooraf\n"
        "een evaluatie na zes maanden\nNieuwsbrief Werk\n"
        "Ontvang elke vrijdag de beste verhalen in je mailbox.\n",
    )
    assert "Teamleider Sanne Bakker tijdens een coachgesprek in Utrecht." in article.dropped
    assert article.intro[-1].items == (
        "een vast coachbudget per leidinggevende",
        "een duidelijke doelstelling vooraf",
        "een evaluatie na zes maanden",
    )


def test_a_contents_list_at_the_top_goes_and_names_the_headings(tmp_path: Path) -> None:
    """Its last entry does not head the opening text; an entry that follows a list without a
    blank line further down is still a heading."""
    article = _read(
        tmp_path,
        "Situationeel leiderschap in de praktijk\nDoor Femke de Graaf | 5 september 2023\n"
        "Op deze pagina\nDe vier stijlen\nKritiek op het model\nBronnen\n"
        "Weinig modellen zijn zo bekend als dit model van Hersey en Blanchard, en weinig zijn "
        "zo vaak verkeerd gebruikt.\nDe vier stijlen\nHet model kent vier stijlen:\n"
        "S1 Instrueren: veel sturing\nS2 Begeleiden: veel sturing en steun\n"
        "Kritiek op het model\nOnderzoek naar het model levert een gemengd beeld op, zeker "
        "als je naar prestaties kijkt.\nBronnen\n"
        "Hersey, P., & Blanchard, K. H. (1969). Life cycle theory of leadership.\n",
    )
    assert [s.title for s in article.sections] == [
        "De vier stijlen",
        "Kritiek op het model",
        "Bronnen",
    ]
    assert article.intro[0].text.startswith("Weinig modellen")
    assert article.sections[0].blocks[-1].items == (
        "S1 Instrueren: veel sturing",
        "S2 Begeleiden: veel sturing en steun",
    )


def test_a_markdown_posts_template_boxes_captions_and_tags_are_the_sites(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "---\ntitle: SBI\npubDate: 'Sep 14 2023'\nupdatedDate: 'Feb 02 2024'\n---\n\n"
        "{% include toc.html %}\n\nGeef feedback over gedrag, niet over de persoon.\n\n"
        '<figure>\n  <img src="sbi.png" alt="">\n  <figcaption>De drie stappen van SBI.'
        "</figcaption>\n</figure>\n\n"
        '<div class="cta-box">\n  <h3>Zelf oefenen?</h3>\n  <p>Onze workshop helpt.</p>\n'
        "</div>\n\n"
        '<aside class="x">\n<p>Ontvang elke maand een tip.</p>\n</aside>\n\n'
        "<div>\n<p>Een alinea die gewoon tekst is.</p>\n</div>\n",
        "post.md",
    )
    assert str(article.date) == "2023-09-14"
    texts = [getattr(block, "text", None) or getattr(block, "alt", "") for block in article.intro]
    assert texts == [
        "Geef feedback over gedrag, niet over de persoon.",
        "De drie stappen van SBI.",
        "Een alinea die gewoon tekst is.",
    ]
    assert "{% include toc.html %}" in article.dropped
    assert "Zelf oefenen? Onze workshop helpt." in article.dropped
    assert "Ontvang elke maand een tip." in article.dropped


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Home Blog Contact Over ons", True),
        ("Home | Trainingen | Blog | Contact", True),
        ("Delivering news about restructuring or role changes", False),
        ("Sharing news about reorganisations", False),
    ],
)
def test_a_menu_is_menu_items_not_a_phrase_with_their_words(line: str, menu: bool) -> None:
    from workshop.readers.clutter import is_clutter

    assert is_clutter(line) is menu


def test_a_news_pages_lead_in_its_header_is_the_texts_start(tmp_path: Path) -> None:
    body = "Een alinea die lang genoeg is om als tekst van het artikel te tellen. " * 3
    page = _read(
        tmp_path,
        "<html><head><title>Nieuwe managers</title></head><body><main><article>"
        "<header><h1>Nieuwe managers</h1><p class='intro'>Bijna een op de drie nieuwe "
        "leidinggevenden stopt binnen een jaar of valt terug naar de oude functie.</p>"
        "<div>Door <a rel='author' href='/a'>Esther Mulder</a></div></header>"
        f"<div class='body'><p>{body}</p><p>{body}</p>"
        "<figure><img src='a.jpg' alt=''><figcaption>Photo by Jason Goodman on Unsplash"
        "</figcaption></figure><p>{body}</p></div></article></main></body></html>",
        "page.html",
    )
    assert page.intro[0].text.startswith("Bijna een op de drie nieuwe leidinggevenden")
    assert [b.alt for b in page.intro if type(b).__name__ == "Image"] == [""]
    assert "Photo by Jason Goodman on Unsplash" in page.dropped


def test_a_credit_under_a_quote_without_quotation_marks_stays_with_it(tmp_path: Path) -> None:
    article = _read_after_opening(
        tmp_path,
        "Tell less and ask more. Your advice is not as good as you think it is.\n"
        "— Michael Bungay Stanier, The Coaching Habit\n\nEen lijst:\n\n"
        "— eerste punt van een lijst met streepjes\n— tweede punt\n",
    )
    texts = [block.text for block in article.intro if hasattr(block, "text")]
    assert texts[-2].endswith("think it is. — Michael Bungay Stanier, The Coaching Habit")
    assert article.intro[-1].items == ("eerste punt van een lijst met streepjes", "tweede punt")


def test_a_blogger_post_signs_at_its_foot(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Leading Well\nTuesday, March 5, 2024\nThe conversation you keep postponing\n"
        + OPENING
        + "Why we avoid it\nBecause it feels unkind, and because we fear what comes after it. "
        "Yet waiting makes the talk harder.\n"
        "Posted by Margaret Olsen at 10:32 AM\nEmail This\nBlogThis!\nShare to Twitter\n"
        "No comments:\nPost a Comment\n",
    )
    assert (article.title, article.author) == (
        "The conversation you keep postponing",
        "Margaret Olsen",
    )
    assert [s.title for s in article.sections] == ["Why we avoid it"]
    assert "Posted by Margaret Olsen at 10:32 AM" in article.dropped


def test_a_writers_role_under_their_name_is_no_title(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Intranet\nNieuws\nDelegeren: loslaten zonder grip te verliezen\nPJ\nPeter Janssens\n"
        "Adviseur leiderschapsontwikkeling\nGepubliceerd 5-3-2024\n" + OPENING,
    )
    assert (article.title, article.author) == (
        "Delegeren: loslaten zonder grip te verliezen",
        "Peter Janssens",
    )


def test_a_title_under_its_byline_and_above_its_tags_is_found(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "DEV Community\nLog in\n14\nAdd reaction\nBoost\n"
        "Cover image for Your 1:1s are status meetings in disguise\nPriya Raman\n"
        "Posted on Feb 14, 2024\nYour 1:1s are status meetings in disguise\n#leadership\n"
        "#management\n" + OPENING,
    )
    assert (article.title, article.author) == (
        "Your 1:1s are status meetings in disguise",
        "Priya Raman",
    )
    assert "#leadership" in article.dropped


def test_obsidian_and_mdx_syntax_reads_as_the_text_it_stands_for(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "---\ntitle: Delegeren\n---\n\nimport Tabs from '@theme/Tabs';\n\n"
        "Het [[Situationeel leiderschap|situationeel leiderschap]] en [[Tuckman]] helpen.\n\n"
        "> [!tip] Kernidee\n> Delegeer naar persoon en taak.\n\n"
        "![[matrix.png]]\n\n%% TODO: voorbeeld toevoegen %%\n\n"
        "```\nimport x from 'y';\n[[blijft]]\n```\n",
        "post.md",
    )
    kinds = [(type(b).__name__, getattr(b, "text", getattr(b, "src", ""))) for b in article.intro]
    assert kinds == [
        ("Paragraph", "Het situationeel leiderschap en Tuckman helpen."),
        ("Quote", "Kernidee Delegeer naar persoon en taak."),
        ("Image", "matrix.png"),
        ("Paragraph", "import x from 'y'; [[blijft]]"),
    ]
    assert "import Tabs from '@theme/Tabs';" in article.dropped
    assert "TODO: voorbeeld toevoegen" in article.dropped


@pytest.mark.parametrize(
    "line",
    [
        "Deel via e-mail",
        "Serie: Vakmanschap in leidinggeven (deel 3 van 6)",
        "Wie feedback geeft, heeft het vaak over de ander. © Getty Images",
        "Meer weten over onze training? Vraag vrijblijvend de brochure aan of bel ons voor een "
        "kennismakingsgesprek.",
    ],
)
def test_more_site_lines_are_furniture(line: str) -> None:
    from workshop.readers.clutter import is_clutter, is_promotion

    assert is_clutter(line) or is_promotion(line)


def test_a_guidance_page_without_byline_keeps_its_title_past_a_cookie_notice(
    tmp_path: Path,
) -> None:
    notice = (
        "We'd also like to use analytics cookies. These collect feedback and send information "
        "about how our site is used to services called Adobe Analytics and Google Analytics. "
        "We use this information to improve our site.\n"
    )
    article = _read(
        tmp_path,
        "Skip to main content\nCookies on the Staff Hub\nWe've put some small files called "
        "cookies on your device to make our site work and to remember what you chose.\n"
        + notice
        + "NHS\nStaff Hub\nMenu\nHome\nSupporting your team\n"
        "Having a wellbeing conversation with someone in your team\n"
        + OPENING
        + "Before the conversation\nAgree a time in advance so they can think about what they "
        "want to say.\nPage last reviewed: 14 November 2023\nNext review due: 14 November 2026\n"
        "Is this page useful?\nThank you for your feedback\n",
    )
    assert article.title == "Having a wellbeing conversation with someone in your team"
    assert article.date is None
    assert [s.title for s in article.sections] == ["Before the conversation"]


def test_a_medium_publication_name_is_no_title(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "Open in app\nSign in\nPsychologische veiligheid begint bij de eerste vergadering\n"
        "Lotte Bakker\nFollow\nPublished in\nTeamwerk & Leiderschap\n·\n6 min read\n·\n"
        "Mar 19, 2024\n" + OPENING,
    )
    assert article.title == "Psychologische veiligheid begint bij de eerste vergadering"
    assert str(article.date) == "2024-03-19"


def test_read_more_cards_with_excerpts_and_bylines_go(tmp_path: Path) -> None:
    article = _read_after_opening(
        tmp_path,
        "Het kost tien minuten extra aan het begin van het werk, en die verdien je terug.\n"
        "Share this post\nCopy link\nRead more\nWhy Your One-on-Ones Feel Like Status Updates\n"
        "Most one-on-ones drift into project updates within a month. Here is how to pull them "
        "back to the person.\nBy Priya Raman\nJan 23, 2024\n"
        "The Quiet Cost of Being the Manager Who Knows Everything\n"
        "Being the answer to every question feels like leadership. It is closer to a "
        "bottleneck than it looks from the inside.\nBy Priya Raman\nDec 12, 2023\n"
        "Northbound Leadership © 2024\nPowered by Ghost\n",
    )
    assert article.sections == ()
    assert article.intro[-1].text.startswith("Het kost tien minuten extra")
    assert "Why Your One-on-Ones Feel Like Status Updates" in article.dropped


def test_questions_right_under_each_other_are_a_list(tmp_path: Path) -> None:
    article = _read_after_opening(
        tmp_path,
        "Feedback is geen ritueel\nNa elk project neemt het team tien minuten voor drie "
        "vragen, steeds in dezelfde volgorde.\nWat ging er goed?\nWat zou je anders doen?\n"
        "Wat heb je van een collega nodig?\nZo wordt feedback gewoon en verliest het zijn "
        "spanning, ook voor wie er nieuw in is.\nWaarom werkt dit?\nOmdat het klein blijft.\n",
    )
    assert [s.title for s in article.sections] == ["Feedback is geen ritueel", "Waarom werkt dit?"]
    assert article.sections[0].blocks[1].items == (
        "Wat ging er goed?",
        "Wat zou je anders doen?",
        "Wat heb je van een collega nodig?",
    )


def test_a_teaser_of_another_article_inside_the_text_goes(tmp_path: Path) -> None:
    article = _read_after_opening(
        tmp_path,
        "Begin bij jezelf\nVraag na een overleg wat je anders had kunnen doen, en luister "
        "zonder je te verdedigen.\nPREMIUM\n"
        "Zo voer je een slechtnieuwsgesprek dat recht doet aan de medewerker\n"
        "Een slechtnieuwsgesprek vraagt meer dan een goed script.\nLees verder\n"
        "Maak het klein\nVage feedback helpt niemand, want niemand weet wat hij moet herhalen.\n",
    )
    assert [s.title for s in article.sections] == ["Begin bij jezelf", "Maak het klein"]
    assert "Een slechtnieuwsgesprek vraagt meer dan een goed script." in article.dropped


def test_a_newsletters_name_under_the_title_is_no_title(tmp_path: Path) -> None:
    article = _read(
        tmp_path,
        "LinkedIn\nArtikelen\nAanmelden\nOnboarding is geen checklist, het is een relatie\n"
        "Leiderschap in de praktijk\nTweewekelijkse nieuwsbrief met praktische inzichten over "
        "teams\n2.418 abonnees\nAbonneren\nJoost Hermans\nTeamcoach | Spreker\n"
        "Gepubliceerd 9 apr 2024\n" + OPENING,
    )
    assert article.title == "Onboarding is geen checklist, het is een relatie"
    assert article.author == "Joost Hermans"


PARAGRAPH = (
    "Dit is een gewone alinea van het artikel, lang genoeg om als lopende tekst te tellen "
    "en met een punt aan het eind.\n"
)


def test_short_lines_under_a_heading_are_its_list_and_headings_with_text_stay(
    tmp_path: Path,
) -> None:
    """Lines that lost their bullets stand right under their heading, a paragraph below the
    run; headings each with text under them, or short lines with no paragraph below, stay."""
    listed = _read_after_opening(
        tmp_path,
        "Waaraan herken je het?\nStille overleggen\nFouten die laat opvallen\n"
        "Weinig vragen van nieuwe collega's\n" + PARAGRAPH,
    )
    assert [s.title for s in listed.sections] == ["Waaraan herken je het?"]
    assert listed.sections[0].blocks[0].items == (
        "Stille overleggen",
        "Fouten die laat opvallen",
        "Weinig vragen van nieuwe collega's",
    )
    headed = _read_after_opening(
        tmp_path,
        "Eerste kop\n" + PARAGRAPH + "Tweede kop\n" + PARAGRAPH + "Derde kop\n" + PARAGRAPH,
    )
    assert [s.title for s in headed.sections] == ["Eerste kop", "Tweede kop", "Derde kop"]


def test_a_numbered_heading_over_a_numbered_list_starting_anew(tmp_path: Path) -> None:
    """'3. …' over '1. …' is a heading over its own list; '1.' '2.' '3.' are one list, and a
    numbered item over its indented sub-items stays an item."""
    article = _read_after_opening(
        tmp_path,
        PARAGRAPH
        + "3. Geef het resultaat uit handen\n1. Wat is af?\n2. Waarom doet het ertoe?\n"
        + PARAGRAPH,
    )
    assert [s.title for s in article.sections] == ["3. Geef het resultaat uit handen"]
    assert article.sections[0].blocks[0].items == ("Wat is af?", "Waarom doet het ertoe?")
    listed = _read_after_opening(
        tmp_path, PARAGRAPH + "1. Eerst dit\n2. Dan dat\n   - en dit eronder\n3. Tot slot\n"
    )
    assert not listed.sections


def test_a_note_on_where_the_text_appeared_goes_and_a_sentence_like_it_stays(
    tmp_path: Path,
) -> None:
    article = _read(
        tmp_path,
        "---\ntitle: Feedback\n---\n\nFeedback geef je het best dezelfde dag nog.\n\n"
        "Dit artikel verscheen eerder dan gepland, omdat de resultaten al binnen waren.\n\n"
        "*Dit artikel verscheen eerder in het vakblad Personeel & Praktijk.*\n",
        "post.md",
    )
    assert article.dropped == ("Dit artikel verscheen eerder in het vakblad Personeel & Praktijk.",)
    assert len(article.intro) == 2


def test_a_closing_bio_names_the_writer_and_a_closing_i_sentence_stays(
    tmp_path: Path,
) -> None:
    bio = _read(
        tmp_path,
        "---\ntitle: Hybrid\n---\n\nSpreek af wat je samen afspreekt.\n\n"
        "👋 I'm Lena Fischer, an engineering manager. I write about teams every Tuesday.\n",
        "post.md",
    )
    assert bio.author == "Lena Fischer"
    assert [block.text for block in bio.intro] == ["Spreek af wat je samen afspreekt."]
    mine = _read(
        tmp_path,
        "---\ntitle: Hybrid\n---\n\nSpreek af wat je samen afspreekt.\n\n"
        "I'm not sure we got it right, and I write this to hear how you do it.\n",
        "post.md",
    )
    assert mine.author is None and len(mine.intro) == 2


def test_site_generator_markup_goes_and_the_authors_braces_stay(tmp_path: Path) -> None:
    """Zola's TOML front matter and tags, Hexo's quote tag, Nuxt's components, MkDocs's
    admonitions and attribute lists are markup; `{{ x }}` and `{a, b}` in a sentence are text."""
    article = _read(
        tmp_path,
        '+++\ntitle = "Tags"\ndate = 2024-01-15\n[extra]\nauthor = "Joost Verhagen"\n+++\n\n'
        "Een set {a, b} en {{ 7*7 }} blijven staan.\n\n"
        '{% tip(title="Tip") %}\nSplits de twee gesprekken.\n{% end %}\n\n'
        "{% blockquote Maya Chen, HR Director %}\nConflicten gaan over rollen.\n"
        "{% endblockquote %}\n\n"
        "::author-card\nJoost schrijft over HR.\n::\n\n"
        '!!! tip "Probeer dit"\n    Tel je adviezen.\n\n'
        "![Een bureau](foto.jpg){ loading=lazy }\n",
        "post.md",
    )
    assert (article.author, str(article.date)) == ("Joost Verhagen", "2024-01-15")
    texts = [getattr(block, "text", "") for block in article.intro]
    assert texts[:3] == [
        "Een set {a, b} en {{ 7*7 }} blijven staan.",
        "Splits de twee gesprekken.",
        "Conflicten gaan over rollen. — Maya Chen, HR Director",
    ]
    assert "Tel je adviezen." in texts
    assert "Joost schrijft over HR." in article.dropped
    assert not any("{" in text for text in texts[1:])


def test_a_key_value_header_is_metadata_and_step_lines_are_text(tmp_path: Path) -> None:
    """Pelican's and Notion's `Key: value` header is the post's metadata; lines of the same
    shape that name no title, author or date ("Stap 1: …") are the text."""
    article = _read(
        tmp_path,
        "Title: Inwerken\nDate: 2023-11-28 10:20\nAuthors: Ilse Bakker\n\nEen goede start telt.\n",
        "post.md",
    )
    assert (article.title, article.author, str(article.date)) == (
        "Inwerken",
        "Ilse Bakker",
        "2023-11-28",
    )
    steps = _read(
        tmp_path, "Stap 1: luister eerst\nStap 2: vraag door\n\nEen goede start telt.\n", "post.md"
    )
    assert steps.author is None and "Stap 1: luister eerst" in steps.intro[0].text


def _texts(article) -> list[str]:
    blocks = [*article.intro, *(block for s in article.sections for block in s.blocks)]
    return [getattr(block, "text", "") for block in blocks]


MARKDOWN_HEAD = "---\ntitle: Terugvallen\nauthor: Esther Dijkman\n---\n\n"


def test_a_closing_offer_goes_and_advice_to_contact_others_stays(tmp_path: Path) -> None:
    """The writer's offer at the end goes, with a heading that holds nothing else; a last
    paragraph telling the reader to contact someone else is the article's."""
    offer = (
        "Hulp nodig bij je team? Neem gerust contact met me op voor een vrijblijvend "
        "kennismakingsgesprek."
    )
    article = _read(
        tmp_path,
        MARKDOWN_HEAD + "Een opening van het artikel.\n\n## Wat helpt\n\nVraag door.\n\n"
        "## Hulp nodig?\n\n" + offer + "\n",
        "post.md",
    )
    assert [s.title for s in article.sections] == ["Wat helpt"]
    assert "Hulp nodig?" in article.dropped and offer in article.dropped
    advice = "Loopt het vast, neem dan contact op met je HR-adviseur of de bedrijfsarts."
    kept = _read(
        tmp_path,
        MARKDOWN_HEAD + "Een opening.\n\n## Tot slot\n\nVraag door.\n\n" + advice + "\n",
        "post.md",
    )
    assert _texts(kept)[-1] == advice


@pytest.mark.parametrize(
    "line",
    [
        "Plan een gesprek met je medewerker.",
        "Get in touch with your team every week, even when nothing is on fire.",
        "[sic]",
        "[Naam], ik zag dat je in het overleg twee keer werd onderbroken.",
        "Aanmelden kan tot 15 maart via de website van de academie. Er is plaats voor 120 "
        "deelnemers.",
    ],
)
def test_near_misses_of_closing_furniture_stay(tmp_path: Path, line: str) -> None:
    """Lines shaped like an offer, a shortcode or a pointer, but the article's own."""
    article = _read(
        tmp_path, MARKDOWN_HEAD + "Een opening.\n\n## Tot slot\n\n" + line + "\n", "post.md"
    )
    assert line in _texts(article)


def test_a_section_named_comments_inside_the_article_stays(tmp_path: Path) -> None:
    """A comments heading closes the page only near its end; in the middle, with the
    article going on under later headings, it is the article's own."""
    sections = "".join(
        f"## {title}\n\nTekst over {title.lower()} die lang genoeg is om te tellen.\n\n"
        for title in ("Reacties", "Waarom het werkt", "Wat je kunt doen", "Zo begin je")
    )
    article = _read(tmp_path, MARKDOWN_HEAD + "Een opening.\n\n" + sections, "post.md")
    assert [s.title for s in article.sections][0] == "Reacties"


def test_a_heading_right_under_the_title_with_text_under_it_stays_a_section(
    tmp_path: Path,
) -> None:
    """Only a subtitle over the byline, or one its class names, becomes the standfirst; a
    first section's heading right under the title keeps its text under it."""
    text = "Feedback lands when it describes what happened, not who someone is, and when it asks."
    page = (
        "<html><body><main><h1>Feedback that lands</h1><h2>Why feedback fails</h2>"
        f"<p>{text}</p><h2>What to do instead</h2><p>{text} Then listen.</p></main></body></html>"
    )
    article = _read(tmp_path, page, "post.html")
    assert [s.title for s in article.sections] == ["Why feedback fails", "What to do instead"]


def test_only_a_name_the_breadcrumbs_give_leaves_the_headline(tmp_path: Path) -> None:
    """The space's name goes from a wiki's headline when the breadcrumbs name it; a title
    with a colon of its own stays whole. A published date for machines wins over the
    visible date of the last change."""
    text = "<p>Teams rarely talk about how they work together until something breaks down.</p>"
    wiki = (
        '<html><body><ol class="breadcrumbs"><li><a href="/">Team Alpha</a></li></ol>'
        "<h1>Team Alpha : Health checks</h1><p>Last modified on Feb 04, 2025</p>"
        f"{text}</body></html>"
    )
    article = _read(tmp_path, wiki, "wiki.html")
    assert (article.title, str(article.date)) == ("Health checks", "2025-02-04")
    own = (
        '<html><head><meta property="article:published_time" content="2024-05-01"></head>'
        '<body><ol class="breadcrumbs"><li><a href="/">Blog</a></li></ol>'
        "<h1>Feedback : a primer</h1><p>Last modified on Feb 04, 2025</p>"
        f"{text}</body></html>"
    )
    article = _read(tmp_path, own, "own.html")
    assert (article.title, str(article.date)) == ("Feedback : a primer", "2024-05-01")


def test_a_title_above_the_date_stays_the_title(tmp_path: Path) -> None:
    """A date over a headline is a blog's date header only when what stands above the date
    is no title (a menu's item); a real title above the date keeps its place, and the
    line under the date stays the article's."""
    article = _read(
        tmp_path,
        "Home\nBlog\nWaarom je team niet om hulp vraagt\n12 maart 2024\n"
        "Drie signalen die je snel mist in een druk team\n"
        "Wie nooit om hulp vraagt, heeft het vaak niet makkelijk, maar wil dat niet laten zien "
        "aan de rest van het team.\n",
    )
    assert article.title == "Waarom je team niet om hulp vraagt"
    opening = [*_texts(article), *(s.title for s in article.sections)]
    assert "Drie signalen die je snel mist in een druk team" in opening


def test_a_greeting_early_in_the_text_ends_nothing(tmp_path: Path) -> None:
    """A closing greeting ends the article only near its end, with less under it than above
    it; an example e-mail early in the text keeps what follows."""
    sections = "".join(
        f"## {title}\n\nZo pak je {title.lower()} aan, stap voor stap en met je team erbij.\n\n"
        for title in ("Het gesprek", "De afspraak", "Het vervolg", "Tot slot")
    )
    article = _read(
        tmp_path,
        MARKDOWN_HEAD + "Een voorbeeld van een mail:\n\nMet vriendelijke groet, Jan\n\n" + sections,
        "post.md",
    )
    assert "Met vriendelijke groet, Jan" in _texts(article)
    assert [s.title for s in article.sections][-1] == "Tot slot"


def test_an_offer_over_its_button_goes_in_the_middle_of_scraped_text(tmp_path: Path) -> None:
    """A paragraph that sells the writer's programme, over its button ("Find out more"),
    goes wherever it stands; the text around it stays."""
    offer = (
        "Leading a team through change? Our eight-week programme helps managers build the "
        "habits that keep teams connected. Next cohort starts 9 September."
    )
    article = _read_after_opening(
        tmp_path,
        "Eerste stap\n\nBegin elke week met een vaste vraag aan het team, en schrijf de "
        "antwoorden op.\n\n" + offer + "\nFind out more\n\nTweede stap\n\nKijk na een maand "
        "terug op wat er veranderde, samen met het team.\n",
    )
    assert offer in article.dropped and "Find out more" in article.dropped
    assert [s.title for s in article.sections] == ["Eerste stap", "Tweede stap"]


def test_a_closing_paragraph_about_someone_discussed_in_the_text_is_no_bio(
    tmp_path: Path,
) -> None:
    """With no author known, a last paragraph that names someone the text spoke of ("Els
    Vermeulen is …") is the article's, not the writer's bio."""
    last = "Els Vermeulen is ervan overtuigd dat elk team dit kan leren, ook zonder coach."
    article = _read(
        tmp_path,
        "---\ntitle: Delegeren\n---\n\nEls Vermeulen coacht al jaren teamleiders.\n\n"
        "## Haar aanpak\n\nBegin bij het resultaat, niet bij de taak.\n\n" + last + "\n",
        "post.md",
    )
    assert article.author is None and _texts(article)[-1] == last


def test_form_placeholders_and_a_newsletters_launch_line_close_scraped_text(
    tmp_path: Path,
) -> None:
    """A sign-up form's placeholder ("Type your email...") and a newsletter's "By … ·
    Launched 3 years ago" are furniture, so the closing run reaches the plea above them."""
    plea = "If a colleague is dreading a hard talk this week, forward this to them."
    article = _read_after_opening(
        tmp_path,
        "Probeer het deze week\n\nKies één gesprek en stel alleen vragen.\n\nShare\n"
        + plea
        + "\nShare The Loop\nSubscribe to The Loop\nBy Priya Raman · Launched 3 years ago\n"
        "Weekly notes on coaching, feedback and the craft of leading a team.\n"
        "Type your email...\nSubscribe\n86 Likes\n",
    )
    assert plea in article.dropped and "Type your email..." in article.dropped
    assert _texts(article)[-1] == "Kies één gesprek en stel alleen vragen."


def test_a_caption_credited_to_the_author_goes(tmp_path: Path) -> None:
    """A picture's caption ending in its credit to the writer ("… Image by author.") is the
    picture's, not a paragraph of the text."""
    caption = "The shared agenda my team and I keep in a running doc. Image by author."
    article = _read_after_opening(
        tmp_path,
        "Waarom het werkt\n\nEen gedeelde agenda maakt het gesprek van de ander.\n\n"
        + caption
        + "\n\nEen tweede alinea van het artikel, ook van de schrijver zelf.\n",
    )
    assert caption in article.dropped
    assert caption not in _texts(article)


def test_written_by_over_the_writers_card_closes_the_page(tmp_path: Path) -> None:
    """ "Written by" over a section named for the writer with a short bio is the writer's
    card, and what follows it is the page's."""
    article = _read(
        tmp_path,
        "---\ntitle: Retro\n---\n\nEen opening van het artikel.\n\n## Verander de vraag\n\n"
        "Vraag wat het team het meest ophield.\n\n#### Written by\n\n## Tom Akkerman\n\n"
        "Engineering manager in Utrecht.\n\n## More articles\n\n- Stand-ups in tien minuten\n",
        "post.md",
    )
    assert [s.title for s in article.sections] == ["Verander de vraag"]
    assert "Tom Akkerman" in article.dropped


def test_a_page_owner_with_a_role_and_an_intranet_author_card(tmp_path: Path) -> None:
    """A handbook's "Page owner: Name (Role) · First published …" is a byline, the role in
    brackets no part of the name; an intranet news post's author card names the author."""
    text = "<p>Performance conversations work best when nothing in them surprises anyone.</p>"
    handbook = (
        "<html><body><main><h1>Performance conversations</h1><p>Page owner: Hannah Lindqvist "
        "(People Partner) · First published 8 January 2024</p>" + text + "</main></body></html>"
    )
    article = _read(tmp_path, handbook, "handbook.html")
    assert (article.author, str(article.date)) == ("Hannah Lindqvist", "2024-01-08")
    intranet = (
        '<html><body><main><h1>Hybride vergaderen</h1><div class="ms-Persona-details">'
        '<div class="ms-Persona-primaryText" title="Joyce de Wit">Joyce de Wit</div></div>'
        "<p>Iedereen aan tafel, ook wie thuis werkt: zo maak je een hybride overleg echt "
        "gelijkwaardig voor het hele team.</p></main></body></html>"
    )
    assert _read(tmp_path, intranet, "intranet.html").author == "Joyce de Wit"


@pytest.mark.parametrize(
    "line",
    [
        "Het GROW-model in 5 minuten uitgelegd",
        "Lees ook: Feedback geven in 10 minuten",
        "« Vorige: Zo voer je een exitgesprek, door Anna de Vries",
    ],
)
def test_another_posts_title_is_no_byline(line: str) -> None:
    """A post's title with minutes in it, or a link to another post, tells no reading time
    and names no author."""
    from workshop.readers.byline import parse_byline

    byline = parse_byline(line)
    assert byline is None or byline.author is None


def test_a_closing_section_about_private_life_stays(tmp_path: Path) -> None:
    """A heading that says the writer's notes follow ("Privé – niet publiceren", "To do")
    closes the text; one about private life as a topic is the article's."""
    article = _read(
        tmp_path,
        MARKDOWN_HEAD + "Een opening.\n\n## Grenzen\n\nZeg nee als het moet.\n\n"
        "## Werk en privé in balans\n\nPlan je vrije avonden net zo vast als je overleggen.\n",
        "post.md",
    )
    assert [s.title for s in article.sections] == ["Grenzen", "Werk en privé in balans"]


def test_subheadings_under_a_dropped_headline_are_the_main_sections() -> None:
    """When the headline printed in the text goes (a blog's <h2> title over <h3> parts), its
    subheadings are the article's main sections: the deck's agenda lists them."""
    article = read_article(UNSEEN / "k57_blog_header_description.en.html")
    assert [(s.title, s.level) for s in article.sections] == [
        ("what I asked", 1),
        ("what I learned", 1),
    ]


def test_a_site_named_after_an_organisation_names_no_author(tmp_path: Path) -> None:
    """A site's name that its address spells is the writer's only when it is a person's
    name; "Verbeek Teamcoaching" is a practice's."""
    page = (
        "<html><head><title>Conflict in je team | Verbeek Teamcoaching</title><link "
        'rel="canonical" href="https://www.verbeekteamcoaching.nl/conflict"></head><body><main>'
        "<h1>Conflict in je team</h1><p>Conflicten die je negeert, verdwijnen niet: ze gaan "
        "ondergronds en kosten het team op den duur meer dan één goed gesprek.</p>"
        "</main></body></html>"
    )
    assert _read(tmp_path, page, "page.html").author is None


def test_a_news_sites_caption_paywall_and_webinar_button_go(tmp_path: Path) -> None:
    """A caption that ends in its credit ("… Beeld Getty Images"), a paywall's pitch ("Lees
    onbeperkt … € 1 per week") and a free sign-up button are the page's, not the text's."""
    lines = [
        "Een leidinggevende zit na werktijd nog achter zijn laptop. Beeld Getty Images",
        "Lees onbeperkt alle artikelen en achtergronden. Het eerste jaar voor € 1 per week.",
        "Meld je gratis aan",
    ]
    article = _read_after_opening(
        tmp_path,
        "Wat er misgaat\n\nWie altijd bereikbaar is, raakt op den duur zelf uitgeput, ook als "
        "het werk leuk is.\n\n" + "\n\n".join(lines) + "\n\nTot slot\n\nNeem je eigen grenzen "
        "even serieus als die van je team.\n",
    )
    assert all(line in article.dropped for line in lines)
    assert [s.title for s in article.sections] == ["Wat er misgaat", "Tot slot"]


def test_a_news_sites_closing_blocks_set_as_headings_go(tmp_path: Path) -> None:
    """A news site's 'Over dit onderwerp', 'Meer <rubriek>' and 'Meest gelezen' over other
    headlines close the page, also when set as headings."""
    article = _read(
        tmp_path,
        MARKDOWN_HEAD + "Een opening.\n\n## Wat helpt\n\nEen collega die naast je staat.\n\n"
        "## Over dit onderwerp\n\n- Burn-out\n- Leiderschap\n\n## Meer Werk & Geld\n\n"
        "- Vakbond wil kortere werkweek\n- Minimumloon stijgt in juli\n\n## Meest gelezen\n\n"
        "- Storm legt treinverkeer stil\n",
        "post.md",
    )
    assert [s.title for s in article.sections] == ["Wat helpt"]
    assert "Meest gelezen" in article.dropped


def test_a_bio_under_the_writers_name_may_use_the_first_name(tmp_path: Path) -> None:
    """'Lotte is content marketeer …' closing a post by Lotte Bakker is her bio."""
    bio = "Lotte is content marketeer bij Werkwijs en schrijft over HR en verzuim."
    article = _read(
        tmp_path,
        "---\ntitle: Onboarding\nauthor: Lotte Bakker\n---\n\nEen opening.\n\n## Plan\n\n"
        "Maak een plan voor dertig, zestig en negentig dagen.\n\n" + bio + "\n",
        "post.md",
    )
    assert bio in article.dropped


@pytest.mark.parametrize(
    ("line", "pitch"),
    [
        ("Get one leadership note every other Sunday.", True),
        (
            "Enjoyed this post? Subscribe to The Lead Line and get a new essay on practical "
            "leadership in your inbox every other Tuesday.",
            True,
        ),
        ("Ontvang elke maand een praktische tip in je mailbox.", True),
        ("Get your team together every week and ask what slowed them down.", False),
        ("Krijg je elke week dezelfde vragen?", False),
    ],
)
def test_a_newsletters_pitch_is_furniture(line: str, pitch: bool) -> None:
    """A newsletter's pitch (what it sends, how often, into the inbox) is the page's; advice
    to do something every week is the article's."""
    from workshop.readers.clutter import is_clutter

    assert is_clutter(line) is pitch


@pytest.mark.parametrize(
    ("line", "update"),
    [
        ("Last modified: 02-10-2024", True),
        ("(Laatst bijgewerkt: 19 september 2023)", True),
        ("Update 12 maart 2024: de regeling is verlengd.", False),
        ("Op 12 maart 2024 werd de regeling verlengd.", False),
    ],
)
def test_a_line_that_only_dates_an_update_is_the_pages(line: str, update: bool) -> None:
    """ "Last modified: …" under the text is the page's; an update note that says what
    changed is the writer's."""
    from workshop.readers.byline import tells_update

    assert tells_update(line) is update


@pytest.mark.parametrize(
    ("line", "offer"),
    [
        (
            "💬 Wil je dit oefenen met andere teamleiders? Op 3 juni start mijn nieuwe leergang "
            "in Zwolle.",
            True,
        ),
        ("Want to practise this? Our next cohort starts in May.", True),
        ("Wil je weten wat werkt? Op 3 juni start mijn team met een nieuwe werkwijze.", False),
    ],
)
def test_the_writers_course_start_sells_in_the_text(line: str, offer: bool) -> None:
    """A question to the reader, then the writer's own course and when it starts: a pitch,
    wherever it stands; the writer's team starting something is news of the text."""
    from workshop.readers.clutter import offers_in_text

    assert offers_in_text(line) is offer


def test_a_sections_kind_in_its_heading_is_no_box_over_long_text(tmp_path: Path) -> None:
    """ "Workshop: …" over a short pitch is a box that sells; over the article's paragraphs
    it is a heading of the text."""
    text = (
        "Begin met de vraag wat de groep al weet, en laat de deelnemers eerst in tweetallen "
        "praten voordat iemand iets plenair zegt. Zo hoor je meer stemmen dan de twee die "
        "altijd spreken, en durven ook de stillere collega's iets te zeggen."
    )
    article = _read(
        tmp_path,
        MARKDOWN_HEAD
        + "Een opening.\n\n## Workshop: zo bereid je hem voor\n\n"
        + text
        + "\n\n## Training: Leiden na verandering\n\nVier maanden, voor teamleiders. "
        "De volgende groep start op 3 september.\n\n## Tot slot\n\nBegin klein.\n",
        "post.md",
    )
    assert [s.title for s in article.sections] == ["Workshop: zo bereid je hem voor", "Tot slot"]
    assert "Training: Leiden na verandering" in article.dropped


def test_categories_on_one_line_go_and_a_heading_with_commas_stays(tmp_path: Path) -> None:
    """ "Leiderschap, Feedback" under the byline lists the categories; "Rust, ruimte en regie"
    over the text says something and is its heading."""
    body = (
        "Een team dat weet waar het aan toe is, werkt rustiger en maakt minder fouten dan "
        "een team dat elke week opnieuw moet raden wat er van het verwacht wordt.\n"
    )
    chips = _read(tmp_path, HEAD + "Leiderschap, Feedback\n" + body)
    assert "Leiderschap, Feedback" in chips.dropped
    heading = _read(tmp_path, HEAD + "Rust, ruimte en regie\n" + body + "\nMeer volgt.\n")
    assert "Rust, ruimte en regie" not in heading.dropped


def test_a_picture_described_over_the_text_goes_a_line_with_fewer_places_stays(
    tmp_path: Path,
) -> None:
    """A photo described where it stood ("Teamleider en medewerker tegenover elkaar aan een
    tafel bij het raam": three places, no verb) goes; a line with fewer stays."""
    body = (
        "Iedere leidinggevende kent het moment waarop een gesprek niet langer kan wachten, "
        "en toch schuiven we het vaak nog een week voor ons uit.\n\nTot slot\n\nBegin.\n"
    )
    picture = "Teamleider en medewerker tegenover elkaar aan een tafel bij het raam"
    described = _read(tmp_path, HEAD + picture + "\n" + body)
    assert picture in described.dropped
    heading = "Feedback geven in een team met weinig vertrouwen"
    headed = _read(tmp_path, HEAD + heading + "\n" + body)
    assert heading not in headed.dropped  # a lede or a heading, the text's either way


def test_a_step_heading_under_a_list_without_markers_heads_a_part(tmp_path: Path) -> None:
    """ "Stap 1 – …" right under list items that are no steps starts a part; steps one under
    the other are a list."""
    article = _read_after_opening(
        tmp_path,
        "Wat ik het vaakst hoor:\nIk wil de sfeer niet verpesten\nIk heb er geen tijd voor\n"
        "Stap 1 – Schrijf op wat je zag\nBegin met feiten die je zelf hebt waargenomen, niet "
        "met een oordeel over de persoon, want over feiten kun je samen praten.\n"
        "Zo pak je het aan:\nStap 1: kijk\nStap 2: vraag\nStap 3: spreek af\n"
        "Daarna plan je een tweede gesprek om samen terug te kijken op de afspraak.\n",
    )
    assert [s.title for s in article.sections] == ["Stap 1 – Schrijf op wat je zag"]
    items = [item for block in article.sections[0].blocks for item in getattr(block, "items", ())]
    assert items == ["Stap 1: kijk", "Stap 2: vraag", "Stap 3: spreek af"]


def test_a_heading_under_an_advert_label_is_the_text_going_on(tmp_path: Path) -> None:
    """Under "Advertentie" the advert's line goes; a heading with a long paragraph under it
    is the article going on (the advert was a picture)."""
    paragraph = (
        "Sluit het gesprek niet af voordat jullie allebei weten wat er de komende weken "
        "anders gaat. Maak de afspraak zo concreet mogelijk en spreek meteen een moment af "
        "waarop je er samen op terugkijkt, anders verdampt zelfs de beste afspraak."
    )
    kept = _read_after_opening(tmp_path, "Advertentie\nMaak samen een afspraak\n" + paragraph)
    assert [s.title for s in kept.sections] == ["Maak samen een afspraak"]
    advert = _read_after_opening(
        tmp_path,
        "Advertentie\nNieuw: de Leiderschapsscan\nProbeer hem gratis.\n\nTot slot\n\n" + paragraph,
    )
    assert "Nieuw: de Leiderschapsscan" in advert.dropped


def test_a_closing_bio_under_the_name_says_what_they_do_in_any_verb(tmp_path: Path) -> None:
    """ "Marcus leads the People team …" under "Marcus Lindqvist" closes a post by him; "Marcus
    and I …" is the text."""
    head = "Feedback that works\n\nBy Marcus Lindqvist | 4 March 2025\n\n"
    opening = (
        "Most managers think they give plenty of feedback, but their teams hear something "
        "else entirely.\n\n"
    )
    bio = "Marcus leads the People team at Tallyworks and studies how feedback travels."
    article = _read(
        tmp_path,
        head + opening + "Start today\n\nPick one person.\n\nMarcus Lindqvist\n" + bio + "\n",
    )
    assert bio in article.dropped and "Marcus Lindqvist" in article.dropped
    kept = "Marcus and I tried this with our own teams for a year, and it stuck."
    text = _read(tmp_path, head + opening + "Start today\n\nPick one person.\n\n" + kept + "\n")
    assert kept in _texts(text)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Tekst Marloes Dekker | Beeld Getty Images", "Marloes Dekker"),
        ("Text Messages Are Ruining Your Team", None),
        ("Post by Mark Ellison » Mon Jan 15, 2024 9:12 am", "Mark Ellison"),
        (
            "Created by Tomasz Wierzbicki, last modified by Amara Okafor on Feb 04, 2025",
            "Tomasz Wierzbicki",
        ),
        ("14-11-2023 | Faculteit Bedrijfskunde", None),
        ("14-11-2023 | Sanne de Vries", "Sanne de Vries"),
    ],
)
def test_bylines_name_writers_not_units_or_editors(line: str, author: str | None) -> None:
    """A magazine's "Tekst …" credit and a forum's "Post by … »" name the writer; a wiki's last
    editor, a department where the name would stand and a title that starts with "Text"
    do not."""
    from workshop.readers.byline import parse_byline

    found = parse_byline(line)
    assert (found.author if found else None) == author


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("9/14/2023", "2023-09-14"),
        ("9/4/2023", "2023-04-09"),
        ("Joined: Sat Jun 04, 2022 8:41 pm", None),
    ],
)
def test_dates_in_the_american_order_and_a_members_join_date(line: str, date: str | None) -> None:
    """ "9/14/2023" can only be September; "9/4/2023" stays day first; the date a forum
    member joined is no byline."""
    from workshop.readers.byline import parse_byline

    found = parse_byline(line)
    assert (str(found.date) if found and found.date else None) == date


def test_contact_with_a_named_colleague_is_the_text(tmp_path: Path) -> None:
    """ "Neem contact op met Marjan Hoekstra via de interne telefoon" tells the reader whom to
    ask; "Neem gerust contact met me op" is the writer's offer."""
    from workshop.readers.clutter import closes_with_offer

    assert not closes_with_offer(
        "Wil je meer weten? Neem dan contact op met Marjan Hoekstra via de interne telefoon."
    )
    assert closes_with_offer("Wil je meer weten? Neem gerust contact met me op.")


def test_a_first_name_signs_a_letter_only_near_its_end(tmp_path: Path) -> None:
    """The writer's first name alone under the last paragraph ends the letter; the same name
    alone near the top, with most of the text under it, does not."""
    head = "Making Feedback a Habit\n\nBy Priya Nair | 6 March 2025\n\n"
    text = (
        "Most of us give feedback in bursts, a lot around review time and very little in "
        "between, and that is what this letter is about.\n\n"
    )
    after = "UPCOMING SESSIONS\n\nFeedback Foundations\n20 March, online\n"
    signed = _read(tmp_path, head + text + "Keep it small\n\n" + text + "Priya\n\n" + after)
    assert "Feedback Foundations" in signed.dropped and "Priya" in signed.dropped
    early = _read(tmp_path, head + "Priya\n\n" + text + "Keep it small\n\n" + text * 3)
    assert "Keep it small" in [s.title for s in early.sections]


def test_a_bold_byline_is_no_heading_a_bold_heading_is(tmp_path: Path) -> None:
    """ "**By Jordan Reyes, VP of Operations**" under the title is the byline; "**By the
    numbers**" over a paragraph is a heading."""
    article = _read(
        tmp_path,
        "# Skip-levels\n\n**By Jordan Reyes, VP of Operations**\n\nThe first skip-level I ran "
        "went wrong.\n\n**By the numbers**\n\nEleven teams, three countries.\n",
        "post.md",
    )
    assert article.author == "Jordan Reyes"
    assert [s.title for s in article.sections] == ["By the numbers"]


def test_a_closing_credit_with_name_and_date_goes(tmp_path: Path) -> None:
    """ "Page owner: … · First published 8 January 2024" under the text is the page's; a last
    paragraph that mentions a date is the text's."""
    body = (
        "---\ntitle: Reviews\nauthor: Hannah Lindqvist\n---\n\nEen opening.\n\n## Tot slot\n\n"
        "Plan het volgende gesprek op 3 maart 2025, dan blijft het ritme.\n\n"
    )
    credit = "Page owner: Hannah Lindqvist (People Partner) · First published 8 January 2024"
    article = _read(tmp_path, body + credit + "\n", "post.md")
    assert credit in article.dropped
    assert "Plan het volgende gesprek op 3 maart 2025, dan blijft het ritme." in _texts(article)


@pytest.mark.parametrize(
    ("line", "plug"),
    [
        (
            "Pro tip: Teamflow's 1:1 workspace builds a shared agenda that carries over open items "
            "automatically. See how it works →",
            True,
        ),
        ("Stap 1 → stap 2 → stap 3 →", False),
        ("Ask what they already tried. Then listen →", False),
    ],
)
def test_a_paragraph_ending_in_a_button_is_a_plug(line: str, plug: bool) -> None:
    """A paragraph that ends in a link set as a button ("See how it works →") sells; an
    arrow in the writer's own sentence does not."""
    from workshop.readers.clutter import ends_with_button

    assert ends_with_button(line) is plug


def test_a_box_holding_a_form_goes_whole(tmp_path: Path) -> None:
    """A gated guide's box: title, pitch, the form's fields with a dropdown's choices, and
    its button; the list of the text above it stays."""
    box = [
        "The Manager's Guide to Continuous Feedback",
        "Learn how high-performing teams replace the annual review with ongoing "
        "conversations. Includes 40 conversation starters and a quarterly template.",
        "First name*",
        "Work email*",
        "Company size*",
        "Please select",
        "1-50",
        "51-200",
        "201-1,000",
        "Download the free guide",
    ]
    article = _read(
        tmp_path,
        "Feedback that lasts\n\nBy Sam Lee | 4 March 2025\n\nMost managers give feedback in "
        "bursts, a lot around review time and little in between.\n\nKeep it small\n\nOne "
        "sentence at the end of a call is enough.\n\n" + "\n".join(box) + "\n\nAsk for it first"
        "\n\nBefore you give feedback, ask for some, and listen to what you hear.\n",
    )
    assert all(line in article.dropped for line in box)
    assert [s.title for s in article.sections] == ["Keep it small", "Ask for it first"]


def test_a_newsletters_signature_under_its_greeting_names_the_writer(tmp_path: Path) -> None:
    """ "Hartelijke groet," over "Iris van Dam" signs the letter: she wrote it."""
    article = _read(
        tmp_path,
        "# Conflict in je team\n\nEen opening over conflict in teams.\n\n## Stap 1\n\nLuister "
        "eerst naar beide kanten.\n\nHartelijke groet,\n\nIris van Dam\n\nTeamcoach en mediator\n",
        "post.md",
    )
    assert article.author == "Iris van Dam"


def test_a_podcast_hosts_name_under_the_date_is_the_writer(tmp_path: Path) -> None:
    """ "February 20, 2024 · 47 min" over "Marcus Bell" over the player's "Play episode"."""
    article = _read(
        tmp_path,
        "The People Lead Podcast\nEpisodes\n\nEp. 112: Why Conflict Is a Sign Your Team Cares\n"
        "February 20, 2024 · 47 min\nMarcus Bell\nPlay episode\n00:00\n47:12\n\nMost managers "
        "I talk to treat conflict like a leak in the roof, something to fix before it spreads."
        "\n\nTask conflict\n\nTask conflict is disagreement about the work itself.\n",
    )
    assert article.author == "Marcus Bell"
    assert "Play episode" in article.dropped


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lead With Daniel", False),
        ("Notes For Managers", False),
        ("Anna de Vries", True),
        ("Jan van der Berg", True),
    ],
)
def test_a_newsletters_name_is_no_persons(text: str, name: bool) -> None:
    """ "Lead With Daniel" names a newsletter, not its writer: a name holds no "with", "for"."""
    from workshop.readers.byline import looks_like_name

    assert looks_like_name(text) is name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Daniel Brooks coaches first-time managers at tech companies.", "Daniel Brooks"),
        ("Over Sanne Bakker Sanne is teamcoach en schrijft over leiderschap.", "Sanne Bakker"),
        ("Teams leads the way in hybrid work.", None),
    ],
)
def test_a_bio_names_its_writer_in_more_verbs(line: str, name: str | None) -> None:
    """A closing bio opens with the writer's full name and what they do ("coaches", "leads");
    a box's "Over" label run into it is no part of the name."""
    from workshop.readers.clutter import bio_name

    assert bio_name(line) == name


def test_a_site_name_over_its_menu_is_no_title(tmp_path: Path) -> None:
    """ "Field Notes on Managing" over "Archive" / "About" / "RSS", then the date and the post's
    title: the title is the post's, not the site's."""
    article = _read(
        tmp_path,
        "Field Notes on Managing\nArchive\nAbout\nSubscribe\nRSS\n\nOctober 3, 2023\nOn "
        "delegating the things you're good at\nIssue #62\n\nMost advice about delegation "
        "assumes you hand off the boring work, and most managers figure that part out.\n\n"
        "The trap of competence\n\nI kept the client presentations for a year.\n",
    )
    assert article.title == "On delegating the things you're good at"


def test_text_wrapped_at_a_width_is_joined_a_list_of_lines_is_not(tmp_path: Path) -> None:
    """Lines broken near one width mid-sentence (a PDF, a mail) are one paragraph again, a
    word split with a hyphen whole; items of a list, one a line, stay items."""
    wrapped = (
        "Feedback vragen als teamleider\n\nTekst: Ruud Mertens\n\n"
        "Op de planningsafdeling van een transportbedrijf in Tilburg vraagt\n"
        "teamleider Nadia Bouzid elke vrijdag één ding aan haar team: wat had\n"
        "ik deze week anders moeten doen? De eerste maanden bleef het stil en\n"
        "kwam er weinig terug, maar nu krijgt ze elke week een antwoord.\n\n"
        "Begin klein\n"
        "Een algemene vraag levert algemene antwoorden op. Vraag daarom naar\n"
        "één concreet moment, zoals het laatste overleg of de laatste plan-\n"
        "ning. Hoe kleiner de vraag, hoe eerlijker het antwoord dat je krijgt\n"
        "van de mensen met wie je elke dag samenwerkt in het team.\n"
    )
    article = _read(tmp_path, wrapped)
    assert "zoals het laatste overleg of de laatste planning." in _texts(article)[-1]
    assert [s.title for s in article.sections] == ["Begin klein"]
    items = [
        "Wat ging er deze week goed in het team, en waaraan zag je dat",
        "Waar liep je vast, en wie had je daarbij kunnen helpen vandaag",
        "Welke afspraak van vorige week is nog niet nagekomen door ons",
        "Wat heb je van mij nodig om volgende week beter te kunnen werken",
        "Welke vraag stelde een collega die je is bijgebleven deze week",
        "Wat zou je anders doen als je dit overleg zelf mocht leiden",
        "Welk klein ding ging beter dan je van tevoren had verwacht",
        "Waar ben je trots op als je terugkijkt op de afgelopen dagen",
    ]
    listed = _read(
        tmp_path,
        "Acht vragen voor je teamoverleg\n\nAnne Jansen | 4 april 2023\n\nDeze vragen gebruik "
        "ik elke week:\n" + "\n".join(items) + "\n\nKies er één per overleg en neem er de tijd "
        "voor, dan wordt het gesprek vanzelf eerlijker en beter.\n",
    )
    found = [item for block in listed.intro for item in getattr(block, "items", ())]
    assert found == items


def test_an_initial_with_the_first_name_in_brackets_is_the_full_name() -> None:
    """ "Geplaatst door R. (Ruben) Smit" names Ruben Smit."""
    from workshop.readers.byline import parse_byline

    found = parse_byline("Geplaatst door R. (Ruben) Smit · Gepubliceerd: 03-10-2023")
    assert found is not None and found.author == "Ruben Smit"


def test_an_author_box_left_out_of_the_text_still_names_the_writer(tmp_path: Path) -> None:
    """The author box under a post is not the article, but its bio says who wrote it."""
    page = (
        "<html><head><title>Situationeel leidinggeven</title></head><body><article>"
        "<h1>Situationeel leidinggeven in de praktijk</h1>"
        + "<p>Een leidinggevende past zijn stijl aan de medewerker en de taak aan, en dat "
        "vraagt dat je elke week opnieuw kijkt wat iemand nodig heeft.</p>"
        * 4
        + '<div class="author-bio"><h3>Over de auteur</h3><p>Joost Hermans is organisatiecoach'
        " en schrijft over leiderschap zonder jargon.</p></div></article></body></html>"
    )
    article = _read(tmp_path, page, "post.html")
    assert article.author == "Joost Hermans"
    assert "Joost Hermans is organisatiecoach" not in " ".join(_texts(article))


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # pointers to other media and page buttons are furniture
        (
            "Luister liever? In aflevering 9 van onze podcast bespreken we dit stuk met twee "
            "teamleiders.",
            True,
        ),
        ("Prefer to listen? This post is read aloud in episode 3.", True),
        ("Luister liever eerst, en praat daarna.", False),
        ("Nog geen reacties", True),
        ("No comments yet", True),
        ("Deel", True),
        ("Deel je ervaring met het team.", False),
        ("Word abonnee", True),
        ("Word een betere luisteraar", False),
        ("Bekijk het programma", True),
        ("Bekijk het programma van je team kritisch voordat je iets schrapt.", False),
        # disclaimers prices edit notes and page notes are furniture
        (
            "Let op: de informatie in dit artikel is algemeen van aard en geen juridisch advies.",
            True,
        ),
        (
            "This post is for informational purposes only and does not constitute legal advice.",
            True,
        ),
        ("Feedback is geen juridisch advies maar een gesprek.", False),
        ("€ 24,95", True),
        ("In winkelwagen", True),
        ("Last edited by Mark Ellison on Mon Jan 15, 2024 9:40 am, edited 1 time in total.", True),
        ("Join our readers' newsletter for new extracts and early news of author events.", True),
        ("Join our team meeting on Friday and bring one question.", False),
        ("Deze pagina hoort bij de werkafspraken van Team Zuid.", True),
        ("________________________________", True),
        # ratings sign up notes and editors notes are furniture
        ("Was this helpful?", True),
        ("Was this hard to hear? Then read on.", False),
        ("No spam. Unsubscribe anytime.", True),
        ("Email sent! Check your inbox to complete your signup.", True),
        ("Editor note: pull quote for social", True),
        ("Interne notitie: quote hierboven ook voor LinkedIn gebruiken.", True),
        ("Note how the team responds when you stay silent.", False),
        # a podcast pages player apps and sponsor read are furniture
        ("Play episode", True),
        ("47:12", True),
        ("Apple Podcasts", True),
        ("Show notes", True),
        (
            "This episode is brought to you by Calmdesk. Calmdesk helps managers spot early "
            "signs of stress in their teams.",
            True,
        ),
        ("Enjoyed this episode? Leave a review on Apple Podcasts.", True),
        ("Spotify changed how a whole generation listens to music at work.", False),
        ("Play is how teams learn to trust each other.", False),
        # a drafts marks and placeholders are furniture
        ("[HIER NOG LINK NAAR DE TRAINING INVOEGEN]", True),
        ("==TODO: add the story about the warehouse team==", True),
        ("To do: bespreek het met je team.", False),
        ("[Zie ook het vorige hoofdstuk]", False),
        ("CONCEPT v2 – voor de nieuwsbrief – niet verspreiden", True),
        ("Concept en werkelijkheid liggen ver uit elkaar.", False),
        # forum course and help centre controls are furniture
        ("View 87 upvotes", True),
        ("Upvote · 87", True),
        ("Sponsored by Coursera", True),
        ("Markeren als voltooid", True),
        ("Inleveren vóór: vrijdag 13 oktober 2023, 17:00", True),
        ("Back to top", True),
        ("Sorry dat we je niet konden helpen. Help ons dit artikel te verbeteren.", True),
        (
            "This talk was presented at a LeadWell Summit event, independently organized by a "
            "local community.",
            True,
        ),
        ("Sponsoring a colleague's growth is part of the job.", False),
        ("Inleveren is voor veel teams een lastig moment.", False),
        # paywall labels, author pages, donation buttons
        ("Gratis artikel voor geregistreerde lezers", True),
        ("Gratis artikelen zijn er genoeg, goede niet.", False),
        ("Bekijk alle artikelen van Sanne", True),
        ("Support IdeaStage", True),
        ("Support your team first.", False),
        # comment rules, notes for oneself, series notes, plugs
        ("Reageren is alleen mogelijk voor ingelogde medewerkers.", True),
        ("Reageren is een kunst.", False),
        ("📌 Notitie voor mezelf: voor het team inkorten naar 60 minuten", True),
        ("This post is part 3 of my series on becoming a first-time manager.", True),
        ("Shameless plug: I'm running a small peer group for new managers.", True),
    ],
)
def test_what_pages_and_platforms_add_is_furniture_near_misses_are_text(
    line: str, furniture: bool
) -> None:
    """What a page, a platform or a draft adds around the text at any length (a pointer to the
    podcast, share and subscribe buttons, disclaimers, prices, edit notes, rating questions
    and their replies, a form's small print, notes for the editors, a podcast's player and
    sponsor read, a draft's marks and placeholders, a Q&A site's counters, a course
    platform's controls) is the page's; the near misses are the writer's sentences."""
    from workshop.readers.clutter import is_clutter

    assert is_clutter(line) is furniture


def test_a_credit_under_the_text_names_the_writer(tmp_path: Path) -> None:
    """ "Tekst: Lien Vermeersch, Agentschap Overheidspersoneel" closing a page without a byline
    names its writer and is no text."""
    credit = "Tekst: Lien Vermeersch, Agentschap Overheidspersoneel"
    article = _read(
        tmp_path,
        "# Coachend leidinggeven\n\nEen opening over coachen in de overheid.\n\n## Begin klein"
        "\n\nKies één gesprek per week om anders te voeren.\n\n" + credit + "\n",
        "post.md",
    )
    assert article.author == "Lien Vermeersch"
    assert credit in article.dropped


def test_a_lead_in_a_box_of_its_own_is_kept(tmp_path: Path) -> None:
    """The lead a template sets in a box under the headline ("article__intro") opens the
    text, also where the extraction leaves that box out."""
    lead = (
        "Bijna de helft van onze leden geeft aan dat de werkdruk het afgelopen jaar is "
        "toegenomen. Toch kaart maar een kleine groep dat aan."
    )
    body = "<p>Schrijf eerst op wat er speelt, en wanneer het je het meest opvalt.</p>" * 6
    page = (
        "<html><head><title>Werkdruk</title></head><body><main><article><header><h1>Werkdruk "
        "bespreekbaar maken</h1><div>Door Fatima El Amrani | 23-09-2024</div></header>"
        f'<div class="article__intro"><p>{lead}</p></div><div class="article__body">'
        f"<h2>Breng in kaart wat er speelt</h2>{body}<h2>Plan het gesprek</h2>{body}</div>"
        "</article></main></body></html>"
    )
    article = _read(tmp_path, page, "post.html")
    assert _texts(article).count(lead) == 1


def test_a_dashed_signature_ends_a_post_a_quotes_credit_does_not(tmp_path: Path) -> None:
    """ "— Ruth Okafor" under the last paragraph signs the post (what follows is the blog's);
    "— Amy Edmondson" under a quotation credits it."""
    signed = _read(
        tmp_path,
        "# Upward feedback\n\nMost of the feedback we talk about runs one way, from manager to "
        "team member, and the most useful feedback often never travels upwards at all.\n\n"
        "## Start small\n\nBe specific, pick one moment, and remember that you are doing your "
        "manager a favour that very few people ever do for them.\n\n— Ruth Okafor\n\n"
        "*If this was useful, you might like my short book, out now in paperback and ebook.*"
        "\n\nPrevious post: [The first meeting after a layoff](/x)\n",
        "post.md",
    )
    assert signed.author == "Ruth Okafor"
    assert not any("paperback" in text for text in _texts(signed))
    quoted = _read(
        tmp_path,
        "---\ntitle: Safety\nauthor: Sam Lee\n---\n\nAn opening.\n\n## Speak up\n\n> Safety is "
        "permission to be candid.\n\n— Amy Edmondson\n\nSo ask for the bad news first, and "
        "thank whoever brings it.\n",
        "post.md",
    )
    assert "So ask for the bad news first, and thank whoever brings it." in _texts(quoted)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Managing Hybrid Teams – 14 February 2024, 10:00–12:30, online", True),
        ("2 dagen · Utrecht of online · € 1.195 excl. btw", True),
        ("09.00 – 09.30 Welkom en kennismaking", False),
        ("Op 14 maart van 10.00 tot 12.00 bespraken we het plan.", False),
        ("Book via the Staff Learning Portal", True),
        ("Register your team for the session first.", False),
        ("Start the conversation with a question.", False),
    ],
)
def test_an_events_practicalities_and_its_button_are_furniture(line: str, furniture: bool) -> None:
    """An event's line of practicalities (a date with a time range, a price with its tax) and
    its booking button are a box's; a day's programme without a date and a sentence that
    gives times are the text's."""
    from workshop.readers.clutter import is_clutter

    assert is_clutter(line) is furniture


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Guest post by Amélie Tremblay, PCC", "Amélie Tremblay"),
        ("Gastblog van Petra de Vries", "Petra de Vries"),
        ("Van de redactie", None),
    ],
)
def test_a_guest_posts_byline_names_its_writer(line: str, author: str | None) -> None:
    from workshop.readers.byline import parse_byline

    found = parse_byline(line)
    assert (found.author if found else None) == author


def test_a_closing_line_of_dates_goes(tmp_path: Path) -> None:
    """ "Gepubliceerd: 18-09-2023 | Laatst gewijzigd: 02-04-2024" under the text is the
    page's; a last sentence with a date is the text's."""
    dates = "Gepubliceerd: 18-09-2023 | Laatst gewijzigd: 02-04-2024"
    article = _read(
        tmp_path,
        MARKDOWN_HEAD + "Een opening.\n\n## Tot slot\n\nPlan het volgende gesprek voor 3 maart "
        "2025, dan blijft het ritme erin.\n\n" + dates + "\n",
        "post.md",
    )
    assert dates in article.dropped
    assert "Plan het volgende gesprek voor 3 maart 2025, dan blijft het ritme erin." in _texts(
        article
    )
