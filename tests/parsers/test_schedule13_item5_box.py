"""The 13G Item 5 check box (graphkit.parsers.schedule13_item5_box): its named patterns, with
boxes as real filings draw them (harraden's "&#9746;", idanta's "[X]" on the caption line,
millennium's Wingdings "þ", the 2004 T. Rowe Price layout "_____  This statement ..."; the
real filings themselves are read in test_schedule13_ceased)."""

from __future__ import annotations

import pytest

from graphkit.parsers import schedule13_item5_box as box


@pytest.mark.parametrize("text", [
    "Ownership of Five Percent or Less of a Class\n\nNot applicable.",
    "check the following Xerox",  # a word, not a box
])
def test_item5_box_absent(text):
    assert box.ITEM5_BOX.search(text) is None or not box._checked(box.ITEM5_BOX.search(text))


@pytest.mark.parametrize("text, yes", [
    (": Not applicable.", False), (" [ ]", False), (" [X]", True), ("  / /", False),
    (" /x/", True), (" ____", False), (" ☐", False), (" ☒", True), (". N/A", False),
    (" inapplicable", False),
])
def test_form_answer(text, yes):
    m = box.FORM_ANSWER.search(text)
    assert m is not None and bool(m["mark"] or m["mark2"] or m["mark3"]) is yes


@pytest.mark.parametrize("text", [
    ". Item 3. Source of Funds", " of the Common Stock on October 20, 2004.", " (the \"Fund\")",
    " of the Issuer's common stock, no par value",
])
def test_form_answer_negative(text):
    assert box.FORM_ANSWER.search(text) is None


@pytest.mark.parametrize("text, checked", [
    ("_____  This statement is being filed to report", False),
    ("__X__ This statement is being filed to report", True),
    ("[X] This statement is being filed to report", True),
    ("( ) This statement is being filed to report", False),
    ("/ / This statement is being filed to report", False),
    ("☒ This statement is being filed to report", True),
    ("☐ This statement is being filed to report", False),
    ("  X  This statement is being filed to report", True),
    ("  o  This statement is being filed to report", False),
])
def test_box_before_statement(text, checked):
    m = box.BOX_BEFORE_STATEMENT.search(text)
    assert m is not None and box.checked_before(m) is checked


@pytest.mark.parametrize("text", [
    "Item 5. This statement is being filed to report", "Box This statement is being filed to report",
])
def test_box_before_statement_negative(text):
    assert box.BOX_BEFORE_STATEMENT.search(text) is None
