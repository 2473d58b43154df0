"""Shared test helpers: where the fixtures are, and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def seed_path() -> Path:
    return ARTICLES / "vertrouwen" / "input.txt"
