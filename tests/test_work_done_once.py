"""Work a build needs in every process, done once and kept in the cache folder: what is read
back must be what the work would have made, and a damaged cache is made again."""

from __future__ import annotations

import pyphen
import pytest

from workshop.cache import cache_folder
from workshop.render import hyphenation

WORDS = ["vertrouwensrelatie", "gedragsveranderingstechniek", "coachingsgesprek", "leiderschap"]


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
    kept = list((cache_folder() / "hyphenation").glob("hyph_nl_NL-*.json"))
    assert len(kept) == 1
    pyphen.hdcache.clear()
    hyphenation.prepare_hyphenation.cache_clear()
    hyphenation.prepare_hyphenation("nl_NL")  # reads what was kept
    assert _hyphenated() == parsed


@pytest.mark.parametrize("damage", [b"", b"{", b'{"a": 1}', b"[1, 2]", b'{"ab": [1, ["x"]]}'])
def test_a_damaged_hyphenation_cache_is_made_again(fresh_pyphen, damage: bytes) -> None:
    hyphenation.prepare_hyphenation("nl_NL")
    (kept,) = (cache_folder() / "hyphenation").glob("hyph_nl_NL-*.json")
    expected = _hyphenated()
    kept.write_bytes(damage)
    pyphen.hdcache.clear()
    hyphenation.prepare_hyphenation.cache_clear()
    hyphenation.prepare_hyphenation("nl_NL")
    assert _hyphenated() == expected
    assert kept.read_bytes() != damage  # made again
