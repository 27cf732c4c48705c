"""A term defined after a descriptor whose place has a comma: 'Sprott Physical Gold Trust, a
trust established under the laws of the Province of Ontario, Canada (the "Trust")'
(:data:`graphkit.parsers.prose_term_patterns.DEFINED_TERM`).

Real filings: the 2011 Sprott 13D/A (``fixtures/filings/filing/2011_SC_13DA_1491714.txt``),
Item 1, whose "Trust" was bound to no name (a ``generic-name`` warning on Item 2's "manager of
the Trust"); BlackRock's 2011 13G/A (``fixtures/filings/2011_SC_13GA_1364742.txt``), whose power
of attorney says 'BLACKROCK, INC., a corporation duly organized under the laws of the State of
Delaware, United States (the "Company")': the term now read, its capitals must not rename the
reporting person its cover page names "BlackRock, Inc.".
"""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_defined_terms
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parents[1] / "fixtures" / "filings"


def test_the_issuers_term_after_a_place_with_a_comma():
    src = SourceText(path="x.txt", text=(
        'This Schedule 13D relates to units ("Units") of Sprott Physical Gold Trust, a trust '
        'established under the laws of the Province of Ontario, Canada (the "Trust"), whose '
        "principal executive offices are located at Suite 2700."))
    assert [(d.term, d.name) for d in find_defined_terms(src)] == [
        ("Trust", "Sprott Physical Gold Trust")]


def test_sprott_trust_is_no_generic_word():
    rec = parse_path(FILINGS / "filing" / "2011_SC_13DA_1491714.txt").records[0]
    assert [w for w in rec.warnings if w.code == "generic-name"] == []
    assert [p.name for p in rec.parties][:2] == ["Sprott Physical Gold Trust", "Eric S. Sprott"]


def test_the_cover_spelling_names_the_reporting_person():
    rec = parse_path(FILINGS / "2011_SC_13GA_1364742.txt").records[0]
    (blackrock,) = [p for p in rec.parties if "reporting_person" in {r.value for r in p.roles}]
    assert blackrock.name == "BlackRock, Inc."
    aliases = [a.name for a in blackrock.aliases]
    # the power of attorney's "BLACKROCK, INC." keeps its dot (session 46 cp46)
    assert "BLACKROCK, INC." in aliases and len(aliases) == len(set(aliases))
