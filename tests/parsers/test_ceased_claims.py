"""Claims an exit report ends (graphkit.parsers.ceased_claims), on real corpus filings and a
made-up contradiction."""

from __future__ import annotations

from graphkit.models import Cessation, Claim, FilingRecord, FormFamily, Party, PartyKind, PartyRole
from graphkit.parse import parse_path
from graphkit.parsers.ceased_claims import mark_ceased_claims, resolve_holders
from graphkit.relations import Relation
from tests.conftest import corpus_file


def test_a_named_holder_marks_its_own_claims_only():
    # tontine_homestead_2004_sc13da.txt, Item 5(e) of each person: "(e) TFP ceased to be the
    # beneficial owner of more than five percent of the Common Stock on October 20, 2004."
    rec = parse_path(corpus_file("13d/tontine_homestead_2004_sc13da.txt")).records[0]
    names = {p.id: p.name for p in rec.parties}
    marked = sorted((names[c.source], c.shares) for c in rec.claims if c.ceased_five_percent)
    assert marked == [("Jeffrey L. Gendell", 32600), ("Tontine Financial Partners, L.P.", 32600),
                      ("Tontine Management, L.L.C.", 32600)]
    # the report joins each marked claim's evidence, after the cover page it came from
    claim = next(c for c in rec.claims if c.ceased_five_percent)
    assert any("ceased to be the beneficial owner" in e.text for e in claim.evidence[1:])


def test_no_report_marks_nothing():
    rec = parse_path(corpus_file("13g/franklin_humana_1998_sc13g.txt")).records[0]
    assert rec.ceased == [] and mark_ceased_claims(rec) == 0
    assert not any(c.ceased_five_percent for c in rec.claims)


def _record(percent: float, **cessation) -> FilingRecord:
    return FilingRecord(
        source="x.txt", form="SC 13G/A", family=FormFamily.SCHEDULE_13G,
        parties=[Party(id="p1", name="Acme Fund", kind=PartyKind.ORGANIZATION,
                       roles=[PartyRole.REPORTING_PERSON]),
                 Party(id="p2", name="Acme GP LLC", kind=PartyKind.ORGANIZATION)],
        claims=[Claim(id="c1", source="p1", target="p9", relation=Relation.BENEFICIAL_OWNER_OF,
                      percent=percent),
                Claim(id="c2", source="p2", target="p9", relation=Relation.BENEFICIAL_OWNER_OF,
                      percent=percent)],
        ceased=[Cessation(method="statement", **cessation)])


def test_a_report_without_holder_marks_the_reporting_persons():
    rec = _record(3.1)
    assert mark_ceased_claims(rec) == 1
    assert [c.ceased_five_percent for c in rec.claims] == [True, None]


def test_a_holding_above_five_percent_is_warned_not_marked():
    rec = _record(7.5, subject="Acme GP LLC", party_ids=["p2"])
    assert mark_ceased_claims(rec) == 0
    assert [w.code for w in rec.warnings] == ["exit-contradicted"]


def test_unresolved_holder_is_dropped():
    # a report none of whose holders is a party marks nothing and is not kept
    c = Cessation(subject="Roe Family Partners", method="statement")
    assert resolve_holders([c], {"Acme Fund": "p1"}.get) == []
    c = Cessation(subject="Roe Family Partners and Acme Fund", method="statement")
    assert resolve_holders([c], {"Acme Fund": "p1"}.get)[0].party_ids == ["p1"]
