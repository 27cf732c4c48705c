"""EDGAR header former names: read in both header styles, kept as aliases through the CIK,
left out where they would join two parties, and never the name of a resolved entity."""

from __future__ import annotations

import datetime as dt

from graphkit.graph import build_graph
from graphkit.models import AliasKind, FilingRecord, FormerName, HeaderCompany, Party, SubmissionHeader
from graphkit.parse import parse_path
from graphkit.parsers.header_former import FORMERLY, former_alias, link_former_names
from graphkit.parsers.sgml import split_submission
from graphkit.reading import read_source
from tests.conftest import corpus_file


def _former(rec: FilingRecord) -> dict[str, list[str]]:
    return {p.name: [a.name for a in p.aliases if a.how is AliasKind.FORMER_NAME]
            for p in rec.parties if any(a.how is AliasKind.FORMER_NAME for a in p.aliases)}


def test_nc_header_former_names_with_dates_and_lines():
    path = corpus_file("13g/glazer_avid_2024_sc13g.nc")
    subject, filer = split_submission(read_source(path)).header.companies
    assert [(f.name, f.changed, f.evidence.line) for f in subject.former_names] == [
        ("PEREGRINE PHARMACEUTICALS INC", dt.date(2000, 11, 9), 37),
        ("TECHNICLONE CORP/DE/", dt.date(1997, 9, 24), 41),
        ("TECHNICLONE INTERNATIONAL CORP", dt.date(1992, 7, 3), 45)]
    assert [(f.name, f.changed) for f in filer.former_names] == [
        ("GLAZER CAPITAL MANAGEMENT LP", dt.date(1999, 1, 14))]


def test_txt_header_former_names():
    path = corpus_file("13d/oneliberty_brt_1996_sc13d.txt")
    companies = split_submission(read_source(path)).header.companies
    assert [(c.name, [(f.name, f.changed) for f in c.former_names]) for c in companies[:2]] == [
        ("BRT REALTY TRUST", [("BERG ENTERPRISES REALTY GROUP", dt.date(1975, 7, 24))]),
        ("ONE LIBERTY PROPERTIES INC",
         [("ONE LIBERTY FIRESTONE PROPERTIES INC", dt.date(1985, 11, 12))])]
    assert all(not c.former_names for c in companies[2:])  # group members: no blocks


def test_issuer_and_filer_keep_former_names_as_aliases():
    rec = parse_path(corpus_file("13d/oneliberty_brt_1996_sc13d.txt")).records[0]
    assert _former(rec) == {"BRT Realty Trust": ["BERG ENTERPRISES REALTY GROUP"],
                            "One Liberty Properties, Inc.": ["ONE LIBERTY FIRESTONE PROPERTIES INC"]}
    brt = next(p for p in rec.parties if p.name == "BRT Realty Trust")
    alias = next(a for a in brt.aliases
                 if a.how is AliasKind.FORMER_NAME)
    assert (alias.evidence.line, alias.evidence.text) == (49, "BERG ENTERPRISES REALTY GROUP")


def test_state_mark_only_change_is_no_alias():
    # PRODUCTIVITY TECHNOLOGIES CORP /DE -> PRODUCTIVITY TECHNOLOGIES CORP /: the same words
    rec = parse_path(corpus_file("form4/foster_productivity_2000_form4.txt")).records[0]
    assert _former(rec) == {}


def test_former_name_of_another_party_is_left_out():
    # the general partner's CIK carries its fund's name as a former name (an EDGAR slip):
    # "LEVITICUS PARTNERS L P" must not become an alias of AMH Equity, LLC
    rec = parse_path(corpus_file("13g/amhequity_cvd_2020_sc13ga.txt")).records[0]
    assert "AMH Equity, LLC" not in _former(rec)
    graph = build_graph([rec])
    names = {d["name"] for _, d in graph.nodes(data=True)}
    assert {"AMH Equity, LLC", "Leviticus Partners, L.P."} <= names


def _record(*parties: Party) -> FilingRecord:
    return FilingRecord(form="SC 13G", family="schedule_13g", source="f.txt", parties=list(parties))


def _org(pid: str, name: str, cik: str | None = None) -> Party:
    return Party(id=pid, name=name, kind="organization",
                 identifiers=[{"scheme": "cik", "value": cik}] if cik else [])


def _header(cik: str, *former: str) -> SubmissionHeader:
    return SubmissionHeader(companies=[HeaderCompany(
        role="filed_by", name="X", cik=cik, former_names=[FormerName(name=f) for f in former])])


def test_link_goes_through_the_cik_only():
    rec = _record(_org("p1", "Acme Capital, LLC", "0000000042"), _org("p2", "Beta Fund LP"))
    assert link_former_names(rec, _header("42", "ACME VENTURES LLC")) == 1
    assert _former(rec) == {"Acme Capital, LLC": ["ACME VENTURES LLC"]}
    assert link_former_names(rec, _header("43", "GAMMA LLC")) == 0  # no party has CIK 43
    two = _record(_org("p1", "Acme Capital, LLC", "42"), _org("p2", "Acme Capital", "42"))
    assert link_former_names(two, _header("42", "ACME VENTURES LLC")) == 0


def test_legal_form_contradiction_is_left_out():
    rec = _record(_org("p1", "Acme Equity, LLC", "42"))
    assert link_former_names(rec, _header("42", "ACME PARTNERS L P", "ACME EQUITY CORP")) == 0
    rec = _record(_org("p1", "Acme Holdings Inc.", "42"))
    assert link_former_names(rec, _header("42", "ACME LABS CORP", "BETA INC /DE/")) == 2
    assert _former(rec) == {"Acme Holdings Inc.": ["ACME LABS CORP", "BETA INC"]}


def test_person_former_name_in_natural_order():
    rec = _record(Party(id="p1", name="Jane Q. Roe", kind="person",
                        identifiers=[{"scheme": "cik", "value": "7"}]))
    link_former_names(rec, _header("7", "Smith Jane Q", "ROE JANE Q/123 MAIN ST CORP"))
    assert _former(rec) == {"Jane Q. Roe": ["Jane Q. Smith"]}


def test_formerly_pattern():
    assert FORMERLY.sub("", "FORMERLY FIRST ACME BANKS INC") == "FIRST ACME BANKS INC"
    assert FORMERLY.sub("", "F/K/A ACME INC") == "ACME INC"
    assert FORMERLY.sub("", "FORMERLY KNOWN AS ACME INC") == "ACME INC"
    assert FORMERLY.sub("", "FORMOSA PLASTICS CORP") == "FORMOSA PLASTICS CORP"
    org = _org("o", "Acme Inc.")
    assert former_alias(FormerName(name="FKA ACME LABS INC /NY/"), org) == "ACME LABS INC"


def _dated(source: str, day: dt.date, *parties: Party) -> FilingRecord:
    return FilingRecord(form="SC 13D", family="schedule_13d", source=source, event_date=day,
                        parties=list(parties))


def _renamed() -> FilingRecord:
    new = _dated("new.txt", dt.date(2010, 3, 1), _org("p1", "Acme Holdings Inc.", "42"))
    link_former_names(new, SubmissionHeader(companies=[HeaderCompany(
        role="filed_by", name="ACME HOLDINGS INC", cik="42",
        former_names=[FormerName(name="ACME LABS CORP", changed=dt.date(2001, 5, 1))])]))
    return new


def _nodes(*records: FilingRecord) -> list[tuple[str, tuple[str, ...]]]:
    graph = build_graph(list(records))
    return sorted((d["name"], tuple(d["mentions"])) for _, d in graph.nodes(data=True))


def test_a_filing_from_before_the_change_joins_and_the_node_keeps_the_new_name():
    new = _renamed()
    assert new.parties[0].aliases[0].until == dt.date(2001, 5, 1)
    old = _dated("old.txt", dt.date(1999, 6, 30), _org("p1", "Acme Labs Corp."))
    assert _nodes(new, old) == [("Acme Holdings Inc.", ("new.txt#p1", "old.txt#p1"))]
    graph = build_graph([new, old])
    steps = [s for _, d in graph.nodes(data=True) for s in d["merges"]]
    assert len(steps) == 1 and "[former-name, 1.00]" in steps[0]
    assert "'ACME LABS CORP' was the name of 'Acme Holdings Inc.' until 2001-05-01 (new.txt); " \
        "old.txt is dated 1999-06-30" in steps[0]


def test_the_old_name_in_a_later_filing_joins_nothing():
    # after the change the name may be another party's (EDGAR leaves a fund's name on its
    # general partner's CIK): a later filing's "Acme Labs Corp." stays apart, and so does an
    # earlier one the same name ties to it
    new = _renamed()
    old = _dated("old.txt", dt.date(1999, 6, 30), _org("p1", "Acme Labs Corp."))
    later = _dated("later.txt", dt.date(2015, 1, 2), _org("p1", "Acme Labs Corp."))
    assert _nodes(new, later) == [("Acme Holdings Inc.", ("new.txt#p1",)),
                                  ("Acme Labs Corp.", ("later.txt#p1",))]
    assert _nodes(new, old, later) == [("Acme Holdings Inc.", ("new.txt#p1",)),
                                       ("Acme Labs Corp.", ("old.txt#p1", "later.txt#p1"))]


def test_the_filing_that_lists_the_former_name_never_joins_its_own_parties():
    # the corpus AMH Equity 13G/A with its fund's name shortened on the GP's CIK (review case)
    rec = parse_path(corpus_file("13g/amhequity_cvd_2020_sc13ga.txt")).records[0]
    gp = next(p for p in rec.parties if p.name == "AMH Equity, LLC")
    fake = rec.model_copy(deep=True)
    link_former_names(fake, SubmissionHeader(companies=[HeaderCompany(
        role="filed_by", name="AMH Equity LLC", cik=gp.identifiers[0].value,
        former_names=[FormerName(name="LEVITICUS PARTNERS", changed=dt.date(1999, 1, 1))])]))
    names = {n for n, _ in _nodes(fake)} | {n for n, _ in _nodes(fake, rec)}
    assert {"AMH Equity, LLC", "Leviticus Partners, L.P."} <= names
