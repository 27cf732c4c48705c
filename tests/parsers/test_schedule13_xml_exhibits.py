"""Item 7 of a Schedule 13G XML form answered in an EX-99 exhibit ("See Exhibit 99")."""

from __future__ import annotations

from graphkit.parse import parse_path, parse_source
from graphkit.parsers import schedule13_xml_exhibits as ex
from graphkit.parsers.sgml import SubmissionDocument
from graphkit.reading import read_source
from graphkit.source import SourceText
from tests.conftest import corpus_file

MONTROSA = "13g/blackrock_montrosa_2025_schedule13g.txt"


def test_item7_exhibit_list_gives_the_parent_its_subsidiaries():
    # BlackRock 2025 13G: Item 7 "See Exhibit 99"; EX-99 "ITEM7.txt" lists nine subsidiaries
    [rec] = parse_path(corpus_file(MONTROSA)).records
    names = {p.id: p.name for p in rec.parties}
    subs = [(names[c.source], names[c.target], c.evidence[0].line) for c in rec.claims
            if c.relation.value == "parent_of"]
    assert len(subs) == 9
    assert subs[0] == ("BlackRock, Inc.", "Aperio Group, LLC", 261)
    assert subs[-1] == ("BlackRock, Inc.", "BlackRock Investment Management, LLC", 269)
    assert all(c.note == ex.NOTE for c in rec.claims if c.relation.value == "parent_of")


def test_no_exhibit_document_no_claims():
    # the same submission cut before its EX-99: Item 7 names an exhibit that is not there
    text = read_source(corpus_file(MONTROSA)).text
    cut = text[:text.index("<TYPE>EX-99")]
    recs = parse_source(SourceText(path="cut.txt", text=cut))
    assert recs and recs[0].claims  # the holding is read
    assert not [c for r in recs for c in r.claims if c.relation.value == "parent_of"]


def test_exhibit_for_needs_the_number_and_prefers_item_7():
    def doc(t, d=None):
        return SubmissionDocument(type=t, description=d, source=SourceText(path="x", text=""))
    see = ex.SEE_EXHIBIT.search("See Exhibit 99")
    assert ex.exhibit_for(see, [doc("EX-24"), doc("EX-99.1"), doc("EX-99.2", "ITEM 7")]).type \
        == "EX-99.2"
    assert ex.exhibit_for(see, [doc("EX-99.1"), doc("EX-99.2")]) is None  # which one?
    assert ex.exhibit_for(see, [doc("EX-24")]) is None


def test_item7_answer_pattern():
    assert ex.ITEM7_ANSWER.search("<ns1:subsidiaryIdentificationAndClassification>See Exhibit A<")
    assert ex.item7_exhibit("<subsidiaryIdentificationAndClassification>Not applicable<") is None
