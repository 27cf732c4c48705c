"""Golden-file tests: the stable part of each Form D record, compared exactly.

Each ``tests/golden/formd_<name>.json`` was written by the parser and then reviewed by hand
against the filing (names, kinds, boxes, clarifications, amounts, signatures). To rewrite after a
deliberate change: ``GRAPHKIT_WRITE_GOLDEN=1 pytest tests/parsers/test_formd_golden.py`` and
review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graphkit.models import FilingRecord
from graphkit.parsers.formd_text import parse_formd_text
from graphkit.parsers.formd_xml import parse_formd_xml
from graphkit.source import SourceText
from tests.conftest import SEED_FORMD, corpus_file

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def xml_source(path: Path) -> SourceText:
    """The XML document of a Form D file; for a full submission, the text inside <XML>."""
    text = path.read_text(encoding="utf-8")
    if "<XML>" not in text:
        return SourceText(path=str(path), text=text)
    i = text.index("<XML>") + len("<XML>")
    j = text.index("</XML>", i)
    return SourceText(path=str(path), text=text[i:j], offset=i, line_offset=text.count("\n", 0, i))


def stable_view(rec: FilingRecord) -> dict:
    """The parts of a record that must not change without review."""
    name = {p.id: p.name for p in rec.parties}
    off = rec.offering
    return {
        "form": rec.form,
        "issuer": {"name": rec.issuer.name, "cik": rec.issuer.cik},
        "signature_date": str(rec.signature_date) if rec.signature_date else None,
        "parties": [{"name": p.name, "kind": p.kind.value, "roles": [r.value for r in p.roles]}
                    for p in rec.parties],
        "claims": [{"relation": c.relation.value, "source": name[c.source],
                    "target": name[c.target], "title": c.title} for c in rec.claims],
        "signatures": [{"signer": s.signer, "title": s.title,
                        "date": str(s.date) if s.date else None} for s in rec.signatures],
        "offering": {k: getattr(off, k) for k in (
            "offering_name", "is_amendment", "exemptions", "entity_type", "jurisdiction",
            "year_of_incorporation", "month_of_incorporation", "industry",
            "total_offering_amount", "total_amount_sold", "accredited_investors",
            "non_accredited_investors", "minimum_investment")},
        "warning_codes": sorted(w.code for w in rec.warnings),
    }


CASES = {
    "paper_qualys_2003": None,
    "1685_38th_reit_2023": "formd_xml/1685_38th_reit_2023_d.xml",
    "apfund_iv_belltower_2023": "formd_xml/apfund_iv_belltower_2023_d.xml",
    "shepherds_finance_2023": "formd_xml/shepherds_finance_2023_d.xml",
    "diffusion_pharma": "formd_xml/diffusion_pharma_d.xml",
    "investure_opportunity_2024": "formd_xml/investure_opportunity_2024_da.nc",
    "vepf_viii_coinvest_2024": "formd_xml/vepf_viii_coinvest_2024_d.nc",
    "upshot_re_fund_ii_2018": "formd_xml/upshot_re_fund_ii_2018_d.txt",
    "gabelli_intl_gold_2009": "formd_xml/gabelli_intl_gold_2009_d.txt",
    "10h_capital_fund_ii_2024": "formd_xml/10h_capital_fund_ii_2024_da.txt",
    "hashnote_stablecoin_2023": "formd_xml/hashnote_stablecoin_2023_d.txt",
}


def parse_case(corpus_name: str | None) -> FilingRecord:
    if corpus_name is None:
        return parse_formd_text(SourceText(path=SEED_FORMD.name,
                                           text=SEED_FORMD.read_text(encoding="utf-8")))
    return parse_formd_xml(xml_source(corpus_file(corpus_name)))


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str) -> None:
    got = stable_view(parse_case(CASES[name]))
    path = GOLDEN / f"formd_{name}.json"
    if os.environ.get("GRAPHKIT_WRITE_GOLDEN"):
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    want = json.loads(path.read_text(encoding="utf-8"))
    assert got == want
