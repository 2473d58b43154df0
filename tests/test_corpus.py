"""The real corpus: every article parses to its expected JSON, field by field, and every saved
web page meets its partial expectation.

Cases listed in `KNOWN_GAPS` are expected to fail for the reason given (strict: when one starts
passing, the test says so, and the entry goes).
"""

from __future__ import annotations

import pytest

from workshop.readers import read_article

from .corpus import differences, full_cases, load, partial_cases, partial_problems

KNOWN_GAPS: dict[str, str] = {}


def _param(case, ids):
    reason = KNOWN_GAPS.get(case.name)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(case, None) for case in full_cases()])
def test_article_parses_to_its_expected_json(case) -> None:
    actual = read_article(case.source).to_dict()
    assert differences(actual, load(case.expected)) == []


@pytest.mark.parametrize("case", [_param(case, None) for case in partial_cases()])
def test_saved_page_meets_its_partial_expectation(case) -> None:
    actual = read_article(case.source).to_dict()
    assert partial_problems(actual, load(case.expected)) == []
