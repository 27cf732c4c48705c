"""Data-quality findings: build warnings, recomputed numbers, conflicts, identifiers, merges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx

from graphkit.findings import find_data_quality_issues
from graphkit.pipeline import build
from tests.conftest import corpus_file


def _codes(G):
    return [f.code for f in find_data_quality_issues(G)]


def test_sample_findings_cite_their_filings(sample):
    found = find_data_quality_issues(sample)
    weak = [f for f in found if f.code == "weak-merge"]
    # brand-at-address at 0.74 is weak; a name score of 0.97 is only weaker than an identifier
    assert [(f.nodes, f.severity.value) for f in weak] == [(["tcmv"], "warning"),
                                                           (["dixon"], "info")]
    assert weak[0].filings == ["000_ef32b5b89d46cac3.txt", "002_28a909641369b00a.txt"]
    assert "ocr-repair" in _codes(sample)
    no_id = {n for f in found if f.code == "no-identifier" for n in f.nodes}
    assert "qualys" not in no_id and "tcmv" in no_id
    # the sample's numbers agree: no recomputed mismatch
    assert not {"percent-recomputed", "aggregate-below-parts", "conflicting-filings"} & set(
        _codes(sample))


def test_percent_that_does_not_match_shares(sample):
    d = sample.edges["tcvp", "qualys", "000_ef32b5b89d46cac3.txt#c-tcvp"]
    d["percent"] = 4.8  # printed 0.48; 156,856 of 32,375,299 is 0.48%
    f = next(f for f in find_data_quality_issues(sample) if f.code == "percent-recomputed")
    assert "4.8%" in f.message and "0.48%" in f.message
    assert f.filings == ["000_ef32b5b89d46cac3.txt"] and f.evidence[0].line == 139


def test_aggregate_below_its_parts(sample):
    sample.edges["tcmv", "qualys", "000_ef32b5b89d46cac3.txt#c-tcmv"]["shares"] = 6000000
    assert "aggregate-below-parts" in _codes(sample)


def test_filings_that_disagree(sample, claim):
    claim(sample, "other.txt#c", "tcv", "qualys", "beneficial_owner_of", filing="other.txt",
          form="SC 13G", as_of=dt.date(2013, 12, 31), shares=5000000, percent=15.44,
          security_class="Common Stock")
    f = next(f for f in find_data_quality_issues(sample) if f.code == "conflicting-filings")
    assert f.filings == ["000_ef32b5b89d46cac3.txt", "other.txt"]
    assert "5639301" in f.message and "5000000" in f.message


def test_build_warnings_become_findings(sample):
    sample.graph["warnings"].append({"code": "sum-mismatch", "source": "x.txt", "line": 7,
                                     "message": "rows add to 6,288,625"})
    f = next(f for f in find_data_quality_issues(sample) if f.code == "sum-mismatch")
    assert f.severity.value == "warning" and f.evidence[0].cite() == "x.txt:7"


# --- review s34 rvA L1/L2: real filings whose numbers agree give no recomputed finding -------

_RV35 = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv35"


def _found(name: str) -> list:
    return find_data_quality_issues(build([_RV35 / name]).graph)


def test_nested_holders_are_not_added_twice():
    # 1998 SC 13D on Costilla Energy: ECT reports 4,035,512 shares, JEDI II (under ECT, through
    # ECC II and ECMLP II) 3,026,634 of them; Enron Corp. reports 4,035,512. The parts under
    # Enron are ECT alone, not ECT plus JEDI II (7,062,146)
    found = _found("enron_costilla_1998_sc13d_doc1.txt")
    assert [f.message for f in found if f.code == "aggregate-below-parts"] == []


def test_coarse_subsidiary_percent_does_not_move_the_class_size():
    # 2014 SC 13G on HeartWare: the cover's 906,214 shares are 5.50%; Appendix A gives VFTC's
    # 20,937 shares as ".12%". The class size is the cover's (16,476,618), not the mean of the
    # two (16,962,059, which made the cover's 5.5% look wrong)
    found = _found("vanguard_heartware_2014_sc13g.txt")
    assert [f.message for f in found if f.code == "percent-recomputed"] == []


def test_outermost_parts_only():
    G = nx.MultiDiGraph()
    G.add_edge("sub", "fund", relation="general_partner_of")
    G.add_edge("top", "sub", relation="parent_of")
    for holder, shares in (("top", 1_000_000), ("sub", 1_000_000), ("fund", 600_000)):
        G.add_edge(holder, "issuer", relation="beneficial_owner_of", filing="f.txt",
                   form="SC 13D", shares=shares, percent=shares / 100_000)
    assert "aggregate-below-parts" not in _codes(G)
    G.add_edge("top", "other", relation="parent_of")
    G.add_edge("other", "issuer", relation="beneficial_owner_of", filing="f.txt",
               form="SC 13D", shares=200_000, percent=2.0)
    assert "aggregate-below-parts" in _codes(G)  # 1,000,000 + 200,000 > 1,000,000


# --- review rvD MEDIUM-4 (session 37): parts that report the same shares are not added ----------

_RV38D = Path(__file__).resolve().parents[1] / "fixtures" / "filings" / "rv38d"


def test_a_funds_gp_and_adviser_report_the_same_shares():
    # 2021 SC 13D/A on GMS: Gray and Shackelton are managers of CC (general partner of CCP and
    # CCC III) and CCM (their investment adviser); all report 4,433,993. CC's 3,444,545 and
    # CCM's 4,433,993 are the same shares, not 7,878,538
    G = build([_RV38D / "coliseum_gms_2021_sc13da.txt"]).graph
    assert "aggregate-below-parts" not in _codes(G)


def test_lioneye_onshore_fund_is_counted_once():
    # corpus 2015 SC 13D/A on Famous Dave's: LionEye Advisors (71,268, the onshore fund's
    # general partner) and LionEye Capital Management (1,082,570, adviser of both funds) both
    # count the onshore fund's 71,268 shares: Raneri's and Rosen's 1,082,570 cover them
    G = build([corpus_file("13d/lioneye_famousdaves_2015_sc13da.txt")]).graph
    assert "aggregate-below-parts" not in _codes(G)
