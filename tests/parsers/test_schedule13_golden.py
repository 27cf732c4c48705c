"""Golden files: Schedule 13D/13G text and HTML filings of the corpus, read end to end.

Each ``tests/golden/text13_<name>.json`` holds the reviewed reading of one corpus filing (form,
issuer, event date, parties, claims), checked against the filing text by a person. The test
runs the whole path (:func:`graphkit.parse.parse_path`: decoding, SGML split, HTML to text,
dispatch) and compares exactly. Regenerate a file only after reviewing the difference:
``python -m tests.parsers.test_schedule13_golden NAME`` prints the current reading.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from graphkit.models import FilingRecord
from graphkit.parse import parse_path

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CORPUS = Path("/work/shared/corpus")

#: golden name -> corpus file
CASES: dict[str, str] = {
    "icahn_bausch_2021": "13d/icahn_bausch_2021_sc13d.txt",
    "farallon_spiritfinance_2006": "13g/farallon_spiritfinance_2006_sc13ga.txt",
    "prescott_frozenfood_2013": "13g/prescott_frozenfood_2013_sc13g.txt",
    "enable_enerjex_2007": "13g/enable_enerjex_2007_sc13g.txt",
    "tontine_homestead_2004": "13d/tontine_homestead_2004_sc13da.txt",
    "dgcapital_salem_2013": "13g/dgcapital_salem_2013_sc13ga.txt",
    "selectequity_entegris_2022": "13g/selectequity_entegris_2022_sc13g.txt",
    "harraden_jvspac_2024": "13g/harraden_jvspac_2024_sc13ga.txt",
    "longitude_venus_2023": "13d/longitude_venus_2023_sc13da.txt",
    "keycolony_intlaircraft_2000": "13d/keycolony_intlaircraft_2000_sc13d.txt",
    "accipiter_bthcvi_2007": "13g/accipiter_bthcvi_2007_sc13g.txt",
    "wesmar_s2golf_2000": "13d/wesmar_s2golf_2000_sc13da.txt",
    "carlmarks_piperjaffray_1996": "13g/carlmarks_piperjaffray_1996_sc13g.txt",
    "capitalgroup_warnerlambert_1994": "13g/capitalgroup_warnerlambert_1994_sc13g.txt",
    "lioneye_famousdaves_2015": "13d/lioneye_famousdaves_2015_sc13da.txt",
}


def summarize(rec: FilingRecord) -> dict:
    """The reviewed facts of one record, in a stable order."""
    names = {p.id: p.name for p in rec.parties}
    parties = sorted(({"name": p.name, "kind": p.kind.value, "jurisdiction": p.jurisdiction,
                       "type_codes": sorted(p.type_codes)} for p in rec.parties),
                     key=lambda d: d["name"])
    claims = sorted(({"relation": c.relation.value, "holder": names[c.source],
                      "held": names[c.target], "shares": c.shares, "percent": c.percent,
                      "sole_voting": c.sole_voting, "shared_voting": c.shared_voting,
                      "sole_dispositive": c.sole_dispositive,
                      "shared_dispositive": c.shared_dispositive,
                      "as_of": c.as_of.isoformat() if c.as_of else None} for c in rec.claims),
                    key=lambda d: (d["relation"], d["holder"], d["held"]))
    return {"form": rec.form,
            "issuer": {"name": rec.issuer.name, "cusip": rec.issuer.cusip} if rec.issuer else None,
            "event_date": rec.event_date.isoformat() if rec.event_date else None,
            "parties": parties, "claims": claims}


def read_case(name: str) -> list[dict]:
    report = parse_path(CORPUS / CASES[name])
    return [summarize(r) for r in report.records]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str) -> None:
    expected = json.loads((GOLDEN / f"text13_{name}.json").read_text())
    assert read_case(name) == expected


if __name__ == "__main__":  # print the current reading of one case, for review
    print(json.dumps(read_case(sys.argv[1]), indent=1))
