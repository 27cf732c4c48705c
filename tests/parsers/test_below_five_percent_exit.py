"""An amendment whose holders own less than five percent in all is an exit, said or not
(:func:`graphkit.parsers.ceased_claims.add_below_five_percent_exit`).

Review rv39 LOW-2: Cramer Rosenthal McGlynn's 2008 SC 13G/A No. 3 on Kaydon reports 3.90% and
answers Item 5 "NOT APPLICABLE"; `controllers` ranked it as a current holder.
"""

from __future__ import annotations

from graphkit.models import Claim, FilingRecord, FormFamily, Party, PartyKind, PartyRole
from graphkit.parse import parse_path
from graphkit.parsers.ceased_claims import EXIT_PERCENT, add_below_five_percent_exit
from graphkit.relations import Relation
from tests.conftest import ROOT, corpus_file

FILINGS = ROOT / "tests" / "fixtures" / "filings"


def _held(path):
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    return rec, {names[c.source]: c for c in rec.claims
                 if c.relation is Relation.BENEFICIAL_OWNER_OF}


def test_an_amendment_at_3_90_percent_is_an_exit():
    rec, held = _held(FILINGS / "rv39" / "crm_kaydon_2008_sc13ga.txt")
    c = held["CRAMER ROSENTHAL MCGLYNN, LLC"]
    assert (c.shares, c.percent, c.ceased_five_percent) == (1_078_180, 3.9, True)
    assert [x.method for x in rec.ceased] == ["below five percent"]


def test_joint_filers_below_five_in_all():
    """LaSalle's 2010 13G/A No. 8: 0.7% and 4.2% (4.9% in all); Item 5's box is a '?'."""
    rec, held = _held(FILINGS / "holdout" / "2010_SC_13G_1289236.txt")
    assert {n: (c.percent, c.ceased_five_percent) for n, c in held.items()} == {
        "LaSalle Investment Management, Inc.": (0.7, True),
        "LaSalle Investment Management (Securities), L.P.": (4.2, True)}


def test_xml_amendments():
    _, held = _held(corpus_file("13g/fmr_doximity_schedule13ga.xml"))
    assert (held["FMR LLC"].percent, held["FMR LLC"].ceased_five_percent) == (1.6, True)
    # a 13D/A states its exit in Item 5(e): GAMCO's No. 32 at 0% and 3.3% says none
    _, held = _held(FILINGS / "rv33" / "gamco_tredegar_2025_schedule13da_trimmed.xml")
    assert (held["GABELLI FUNDS LLC"].percent, held["GABELLI FUNDS LLC"].ceased_five_percent) \
        == (3.3, None)


def _record(form, *percents):
    parties = [Party(id=f"p{i}", name=f"Acme Fund {i} LP", kind=PartyKind.ORGANIZATION,
                     roles=[PartyRole.REPORTING_PERSON]) for i, _ in enumerate(percents)]
    claims = [Claim(id=f"c{i}", source=f"p{i}", target="issuer", percent=pct,
                    relation=Relation.BENEFICIAL_OWNER_OF) for i, pct in enumerate(percents)]
    family = FormFamily.SCHEDULE_13G if "13G" in form else FormFamily.SCHEDULE_13D
    return FilingRecord(source="x.txt", form=form, family=family, parties=parties, claims=claims)


def test_no_exit_when_the_filers_hold_five_or_more_in_all():
    assert add_below_five_percent_exit(_record("SC 13G/A", 3.0, 3.0)) is None  # may overlap
    assert add_below_five_percent_exit(_record("SC 13G/A", 5.0)) is None  # "5.0%": maybe 5.04
    assert add_below_five_percent_exit(_record("SC 13G/A", 4.0, None)) is None  # not read
    assert add_below_five_percent_exit(_record("SC 13G", 3.9)) is None  # an original
    assert add_below_five_percent_exit(_record("SC 13D/A", 4.9)) is None  # 13D: Item 5(e)
    assert add_below_five_percent_exit(_record("SC 13G/A", 4.9)).method == "below five percent"
    assert EXIT_PERCENT == 5.0
