"""Work a build needs in every process, done once and kept in the cache folder: what is read
back must be what the work would have made, and a damaged cache is made again."""

from __future__ import annotations

import marshal
import pickle
from pathlib import Path

import jinja2
import pyphen
import pytest

from workshop.cache import cache_folder
from workshop.render import font_cache, hyphenation

from .conftest import ROOT

WORDS = ["vertrouwensrelatie", "gedragsveranderingstechniek", "coachingsgesprek", "leiderschap"]


@pytest.fixture(autouse=True)
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache folder of each test's own: nothing another test kept."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def fresh_pyphen(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that has not parsed any patterns yet."""
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphenation.prepare_hyphenation.cache_clear()
    yield
    hyphenation.prepare_hyphenation.cache_clear()


def _hyphenated() -> list[str]:
    return [pyphen.Pyphen(lang="nl_NL").inserted(word) for word in WORDS]


def test_hyphenation_patterns_read_back_hyphenate_as_parsed_ones(fresh_pyphen) -> None:
    parsed = _hyphenated()  # pyphen's own parse, no cache involved
    assert parsed[0] == "ver-trou-wens-re-la-tie"
    pyphen.hdcache.clear()
    hyphenation.prepare_hyphenation("nl_NL")  # parses and keeps
    kept = list((cache_folder() / "hyphenation").glob("hyph_nl_NL-*.marshal"))
    assert len(kept) == 1
    pyphen.hdcache.clear()
    hyphenation.prepare_hyphenation.cache_clear()
    hyphenation.prepare_hyphenation("nl_NL")  # reads what was kept
    assert _hyphenated() == parsed


@pytest.mark.parametrize(
    "damage",
    [b"", b"{", marshal.dumps({"a": 1}), marshal.dumps([1, 2]), marshal.dumps({"ab": (1, ("x",))})],
)
def test_a_damaged_hyphenation_cache_is_made_again(fresh_pyphen, damage: bytes) -> None:
    hyphenation.prepare_hyphenation("nl_NL")
    (kept,) = (cache_folder() / "hyphenation").glob("hyph_nl_NL-*.marshal")
    expected = _hyphenated()
    kept.write_bytes(damage)
    pyphen.hdcache.clear()
    hyphenation.prepare_hyphenation.cache_clear()
    hyphenation.prepare_hyphenation("nl_NL")
    assert _hyphenated() == expected
    assert kept.read_bytes() != damage  # made again


FONT = ROOT / "layouts" / "coaching" / "fonts" / "Carlito-Regular.ttf"
SAMPLE = "Vertrouwen groeit – één stap, “dan” de volgende: 20 % € ß"


def _checked(fonts: list[str]):
    return lambda font: fonts.append(font.fontName)


def test_a_font_read_back_measures_and_embeds_as_a_parsed_one() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    checked: list[str] = []
    first = font_cache.load_font("cache-first", FONT, _checked(checked))
    again = font_cache.load_font("cache-again", FONT, _checked(checked))
    assert checked == ["cache-first"]  # a font read back passed its check before
    parsed = TTFont("parsed", str(FONT))
    for font in (first, again):
        assert font.stringWidth(SAMPLE, 11) == parsed.stringWidth(SAMPLE, 11)
        subset = [ord(char) for char in SAMPLE]
        assert font.face.makeSubset(subset) == parsed.face.makeSubset(subset)
        assert vars(font).keys() == vars(parsed).keys()


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a pickle", pickle.dumps({"names": {}}), pickle.dumps(Path("x"))],
    ids=["empty", "garbage", "incomplete", "names a class"],
)
def test_a_damaged_font_cache_is_parsed_again(damage: bytes) -> None:
    font_cache.load_font("cache-made", FONT, lambda font: None)
    kept = font_cache._kept_path(FONT.read_bytes())
    kept.write_bytes(damage)
    checked: list[str] = []
    font = font_cache.load_font("cache-remade", FONT, _checked(checked))
    assert checked == ["cache-remade"]
    assert font.stringWidth(SAMPLE, 11) > 0
    assert kept.read_bytes() != damage


def test_templates_compiled_once_are_kept_and_a_changed_one_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from workshop.enrich.digest import digest
    from workshop.layouts import load_layout, templates
    from workshop.readers import read_article

    layouts = tmp_path / "layouts"
    shutil.copytree(ROOT / "layouts" / "coaching", layouts / "eigen")
    article = digest(read_article(ROOT / "source_texts" / "vertrouwen.txt"))

    def rendered() -> str:
        templates._ENVIRONMENTS.clear()  # as a new process would
        return templates.render_template(load_layout("eigen", layouts), "deck.xml.j2", article)

    first = rendered()
    kept = list((tmp_path / "cache" / "workshop" / "templates").rglob("*.cache"))
    assert kept
    assert rendered() == first
    deck = layouts / "eigen" / "deck.xml.j2"
    text = deck.read_text(encoding="utf-8")
    marker = next(line for line in text.splitlines() if "<slide" in line)
    deck.write_text(text.replace(marker, "<!-- opnieuw vertaald -->\n" + marker, 1))
    assert "opnieuw vertaald" in rendered()


def test_compiled_templates_are_kept_only_where_no_one_else_may_write(tmp_path: Path) -> None:
    """Compiled templates are code that runs: a cache folder others may write is not used;
    one that cannot be written means compiling again, not an error."""
    from workshop.layouts import templates

    assert templates._compiled_templates() is not None
    (kept,) = (cache_folder() / "templates").iterdir()
    assert kept.stat().st_mode & 0o077 == 0
    kept.chmod(0o777)
    assert templates._compiled_templates() is None
    gone = templates._QuietBytecodeCache(str(tmp_path / "no" / "such" / "folder"))
    environment = jinja2.Environment(
        bytecode_cache=gone, loader=jinja2.DictLoader({"t": "{{ 1 + 1 }}"})
    )
    assert environment.get_template("t").render() == "2"


def test_xpath_queries_compiled_once_find_what_lxml_finds(seed_build) -> None:
    """python-pptx's XPath queries, compiled once, give lxml's own answers on every element
    of the seed's deck."""
    from lxml import etree
    from pptx import Presentation
    from pptx.oxml.ns import _nsmap
    from pptx.oxml.xmlchemy import BaseOxmlElement

    from workshop.render.package import compile_queries_once

    compile_queries_once()
    queries = ["./*[1]/p:nvPr/p:ph", ".//a:t", "./p:spTree/*", "count(.//a:p)", "string(@name)"]
    deck = Presentation(str(seed_build["pptx"]))
    checked = 0
    for slide in deck.slides:
        for element in slide._element.iter():
            if not isinstance(element, BaseOxmlElement):
                continue
            for query in queries:
                own = etree.ElementBase.xpath(element, query, namespaces=_nsmap)
                assert element.xpath(query) == own, (element.tag, query)
                checked += 1
    assert checked > 1000
