"""An officer's title on Forms 3/4/5 that the form sends to the remarks ("See Remarks")."""

from __future__ import annotations

import pytest

from graphkit.parsers.ownership_titles import (REFERS_ELSEWHERE, SENTENCE_END, TITLE_LABEL,
                                               officer_title)
from graphkit.parsers.ownership_xml import parse_ownership_xml
from graphkit.source import SourceText
from tests.conftest import corpus_file

CFO = "<officerTitle>Chief Financial Officer</officerTitle>"


def test_refers_elsewhere():
    for t in ("See Remarks", "see remarks below", "See Remarks.", "See Footnote (1)",
              "See footnote 1", "Refer to Remarks", "See Explanation of Responses",
              "See Exhibit 99.1", "(1)", "1", "As described in the Remarks"):
        assert REFERS_ELSEWHERE.match(t), t
    for t in ("Chief Financial Officer", "Senior VP, see below", "Secretary", "VP Remarks",
              "Chief Executive Officer (1)", "10% Owner"):
        assert REFERS_ELSEWHERE.match(t) is None, t


def test_title_label_and_sentence_end():
    assert TITLE_LABEL.search("Title: Senior Vice President of Quality")["title"] == \
        "Senior Vice President of Quality"
    assert TITLE_LABEL.search("Reporting person's title - CFO; Exhibit 24")["title"] == "CFO"
    assert TITLE_LABEL.search("Mr. Roe's title is Treasurer.")["title"] == "Treasurer."
    assert TITLE_LABEL.search("Shares held by the Roe Trust.") is None
    assert [m.start() for m in SENTENCE_END.finditer("CFO. Exhibit 24. (1) x.y")] == [3, 15]


@pytest.mark.parametrize("given, notes, expected", [
    ("Chief Financial Officer", ["Title: Treasurer"], "Chief Financial Officer"),
    ("See Remarks", ["Title: Senior Vice President of Quality and Enabling Functions"],
     "Senior Vice President of Quality and Enabling Functions"),
    ("See Remarks", ["Title: CFO. Exhibit 24 - Power of Attorney"], "CFO"),
    ("See Remarks", ["Title: Sr. Vice President, Finance"], "Sr. Vice President, Finance"),
    ("See Remarks", ["Title: Head of Research."], "Head of Research"),
    ("See Remarks", ["Exhibit 24 - Power of Attorney", "Chief Accounting Officer."],
     "Chief Accounting Officer"),
    ("See Remarks", ["Exhibit 24 - Power of Attorney"], None),
    ("See Remarks", [], None),
    ("(1)", ["The Reporting Person is a director of the Issuer and its Chief Executive Officer, "
             "and holds the shares through the Roe Family Trust."], None),
    (None, ["Title: CFO"], None),
])
def test_officer_title(given, notes, expected):
    assert officer_title(given, notes) == expected


def _officer_claims(xml: str):
    rec = parse_ownership_xml(SourceText("f4.xml", xml))
    return [(rec.party(c.source).name, c.title, c.note, len(c.evidence))
            for c in rec.claims if c.relation.value == "officer_of"]


def test_see_remarks_in_a_filing():
    """The corpus Form 4 of Snowflake's CFO with its title moved to the remarks."""
    xml = corpus_file("form4/scarpelli_snowflake_2022_form4.xml").read_text()
    assert CFO in xml and "<remarks/>" in xml
    moved = xml.replace(CFO, "<officerTitle>See Remarks</officerTitle>").replace(
        "<remarks/>", "<remarks>Title: Chief Financial Officer. Exhibit 24 - Power of "
                      "Attorney</remarks>")
    assert _officer_claims(moved) == [
        ("Scarpelli Michael", "Chief Financial Officer", "title given as 'See Remarks'", 2)]
    # remarks with no title: no title, and the pointer kept in the note
    bare = xml.replace(CFO, "<officerTitle>See Remarks</officerTitle>")
    assert _officer_claims(bare) == [
        ("Scarpelli Michael", None, "title given as 'See Remarks'", 1)]
    # unchanged where the title is written out
    assert _officer_claims(xml) == [("Scarpelli Michael", "Chief Financial Officer", None, 1)]
