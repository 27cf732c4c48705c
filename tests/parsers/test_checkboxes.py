"""Check box glyphs and OCR-tolerant option labels (graphkit.parsers.checkboxes)."""

from __future__ import annotations

import pytest

from graphkit.parsers.checkboxes import (CHECKBOX_GLYPH, HTML_CHECKED, LABEL_END,
                                         checked_options, find_checkboxes, is_checked,
                                         match_option, read_options)

ROLES = ["Promoter", "Beneficial Owner", "Executive Officer", "Director",
         "General and/or Managing Partner"]


@pytest.mark.parametrize("glyph,checked", [
    ("☒", True), ("☑", True), ("■", True), ("✔", True), ("[X]", True), ("[x]", True),
    ("(X)", True), ("|X|", True), ('<input checked="" type="checkbox"/>', True),
    ('<input type="checkbox" checked/>', True),
    ("☐", False), ("□", False), ("[ ]", False), ("[]", False), ("( )", False),
    ('<input type="checkbox"/>', False),
    ("X", None), ("Director", None), ("(6)", None),
])
def test_is_checked(glyph, checked):
    assert is_checked(glyph) is checked


def test_glyph_pattern_finds_every_kind():
    text = '☐ a ☒ b [X] c [ ] d <input type="checkbox"/> e <input checked="" type="checkbox"/> f'
    assert len(CHECKBOX_GLYPH.findall(text)) == 6


def test_html_checked_pattern():
    assert HTML_CHECKED.match('<input checked="checked" type="checkbox">')
    assert not HTML_CHECKED.match('<input type="checkbox"/>')


def test_label_end_pattern_stops_at_markup():
    assert LABEL_END.search("Amendment**PROCESSED").group() == "**"
    assert LABEL_END.search("Rule 506 ☐ ULOE").group() == "☐"
    assert LABEL_END.search("Section 4(6) x") is None


def test_seed_role_line():
    line = ("Check Box(es) that Apply: ☐ Promoter ☒ Beneficial Owner ☒ Executive Officer "
            "☒ Director ☐ General and/or Managing Partner")
    assert checked_options(line, ROLES) == ["Beneficial Owner", "Executive Officer", "Director"]


def test_boxes_without_space_before_next_label():
    boxes = find_checkboxes("☒ corporation☐ limited partnership, already formed☐ business trust")
    assert [(b.label, b.checked) for b in boxes] == [
        ("corporation", True), ("limited partnership, already formed", False),
        ("business trust", False)]


def test_html_inputs_and_ascii_marks():
    assert checked_options('<input type="checkbox"/> Common <input checked="" '
                           'type="checkbox"/> Preferred', ["Common", "Preferred"]) == ["Preferred"]
    assert checked_options("[ ] Promoter [X] Director", ROLES) == ["Director"]


def test_damaged_labels_still_match():
    line = "☐ Prornoter ☒ Benefcial Owner ☐ Executive 0fficer ☒ Drector ☐ General and/or Managing Partner"
    assert checked_options(line, ROLES) == ["Beneficial Owner", "Director"]


def test_match_option_refuses_unrelated_label():
    assert match_option("Name of Associated Broker or Dealer", ROLES) is None
    assert match_option("ULOEType of Filing:", ["Rule 506", "ULOE"]) == "ULOE"


def test_read_options_offsets_point_into_text():
    text = "xx ☐ Promoter ☒ Director"
    box = read_options(text, ROLES)["Director"]
    assert text[box.start:box.end] == "☒ Director"
