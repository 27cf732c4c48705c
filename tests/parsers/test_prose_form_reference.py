"""A reference to a filing before its filer's name ("The Schedule 13D of Acme Holdings Inc., a
Delaware corporation ("Acme")") is no part of the name: the defined term's antecedent and the
party are "Acme Holdings Inc.", never "13D of Acme Holdings Inc." (a real 1994 13D/A opened
so). :data:`graphkit.parsers.prose_lists.FORM_REFERENCE`; made-up names."""

from __future__ import annotations

import re

import pytest

from graphkit.parsers.prose_lists import FORM_REFERENCE, trim_name
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.source import SourceText

_FORM_REFERENCE = re.compile(FORM_REFERENCE, re.VERBOSE)


@pytest.mark.parametrize("written", [
    "The Schedule 13D of Zenith Holdings Inc.",
    "This Statement on Schedule 13G of Zenith Holdings Inc.",
    "Amendment No. 2 to the Schedule 13D of Zenith Holdings Inc.",
    "The joint Schedule 13D of Zenith Holdings Inc.",
    "This Schedule 13D/A of Zenith Holdings Inc.",
    "The Schedule 13G filed by Zenith Holdings Inc.",
    "13D of Zenith Holdings Inc.",
])
def test_form_reference_is_trimmed(written):
    assert trim_name(written) == "Zenith Holdings Inc."


def test_form_reference_in_capitals():
    assert trim_name("THE SCHEDULE 13D OF ZENITH HOLDINGS INC") == "ZENITH HOLDINGS INC"


@pytest.mark.parametrize("name", ["13D Partners LLC", "Acme 13G Fund LP", "Schedule Capital LLC"])
def test_names_holding_the_words_are_kept(name):
    # a name that only holds "13D" (no "of" after it) is left as it is ("Schedule" alone was
    # trimmed before, and still is: "Schedule Capital LLC" is read as "Capital LLC")
    assert trim_name(name) == (name if not name.startswith("Schedule") else "Capital LLC")


def test_defined_terms_after_a_form_reference():
    text = ('The Schedule 13D of Zenith Holdings Inc., a Delaware corporation ("Zenith") and '
            'Zenith Media Inc., a Delaware corporation ("ZMI") (collectively, the "Reporting '
            'Persons"), relating to the Common Stock of Acme Corp. is hereby amended.')
    found = [(d.term, d.name) for d in find_defined_terms(SourceText(path="x.txt", text=text))]
    assert ("Zenith", "Zenith Holdings Inc.") in found
    assert ("ZMI", "Zenith Media Inc.") in found
    assert not any(name.startswith(("13D", "Schedule")) for _, name in found)


def test_form_reference_pattern():
    for text in ("Schedule 13D of ", "statement on Schedule 13G of ", "13D/A of ",
                 "Amendment No. 1 to Schedule 13D of ", "SCHEDULE 13G FILED BY "):
        assert _FORM_REFERENCE.match(text), text
    for text in ("13D Partners", "Schedule A of ", "Form 4 of "):
        assert _FORM_REFERENCE.match(text) is None, text
