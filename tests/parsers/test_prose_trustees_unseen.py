"""Trustees as Form 4 footnotes name them: one trustee set off with no article, ending the
sentence ("held of record by Jane Roe, Trustee of The Roe Family Trust."), and co-trustees
whose given names no list knows ("Visra Vichit-Vadakan").

Review rvF MEDIUM-1 and MEDIUM-2 (session 37): both gave no trustee, so the trusts stood at
the top of Meta's controllers beside the insider who is their trustee.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.control import find_controllers
from graphkit.parse import parse_path
from graphkit.parsers.prose import find_relationships
from graphkit.pipeline import build
from graphkit.source import SourceText

RV37 = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rv37"
COX = RV37 / "cox_meta_2026_form4.xml"


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


@pytest.mark.parametrize("text, expected", [
    ("Shares held of record by Jane Roe, Trustee of The Roe Family Trust.",
     {("trustee_of", "Jane Roe", "Roe Family Trust")}),
    ("Shares held of record by Jane Roe and Priya Doe, Co-Trustees of the Roe Family Trust.",
     {("trustee_of", "Jane Roe", "Roe Family Trust"),
      ("trustee_of", "Priya Doe", "Roe Family Trust")}),
    # no name of the list is a known person's: nothing is read
    ("Shares held of record by Priya Doe and Ngozi Roe, Co-Trustees of the Roe Family Trust.",
     set()),
    ("Acme Capital and Beta Management, members of Acme GP LLC, may be deemed to own them.",
     set()),
    # a title other than a trustee's ending the sentence is no statement about the holder
    ("Signed by Jane Roe, President of Acme Corp.", set()),
])
def test_trustees(text, expected):
    assert _found(text) == expected


def test_real_form4_footnotes_name_the_trustees():
    rec = parse_path(COX).records[0]
    names = {p.id: p.name for p in rec.parties}
    trustees = {(names[c.source], names[c.target]) for c in rec.claims
                if c.relation.value == "trustee_of"}
    assert trustees == {
        ("Cox Christopher K", "Christopher K. Cox Revocable Trust"),
        ("Cox Christopher K", "Cox-Vadakan Irrevocable Remainder Trust"),
        ("Visra Vichit-Vadakan", "Cox-Vadakan Irrevocable Remainder Trust")}


def test_real_form4_trusts_stand_under_their_trustees():
    G = build([COX]).graph
    answer = find_controllers(G, "Meta Platforms, Inc.")
    # 256,255 + 55,046 through his two trusts; the co-trustee controls the second with him
    assert sorted((u.party.name, u.shares) for u in answer.ultimate) == [
        ("Christopher K. Cox", 311_301), ("Visra Vichit-Vadakan", 55_046)]
    assert answer.total_shares == 311_301
