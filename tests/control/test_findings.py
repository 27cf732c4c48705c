"""Data-quality findings: build warnings, recomputed numbers, conflicts, identifiers, merges."""

from __future__ import annotations

import datetime as dt

from graphkit.findings import find_data_quality_issues


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
