"""Words a relationship pattern reads where a name stands that are no name (an address, a
document, a participle) give no finding; a name of an XML form's footnote that binds to no
party is warned about, as in a text filing (graphkit.parsers.prose_unbound, session 44).

Real filings (the misreads the session-43 warnings "prose-holder-unbound" /
"prose-held-unbound" showed):

- harvest27/01_hbk_asa_2005_sc13da.txt, line 326: "Acting through its general partner,
  Management, and in its capacity as the general partner of Investments, Partners II has ..."
  read "Acting" as the general partner of Investments and of Partners II;
- filing/2011_SC_13DA_1491714.txt (Sprott), line 785: "Chief Executive Officer of Sprott Asset
  Management LP, Suite 2700, South Tower, Royal Bank Plaza, 200 Bay Street, Toronto, Ontario,
  Canada M5J 2J1, which serves as manager of the Trust" read "Canada M5J 2J1" as the manager
  of "the Trust" and of "Suite 2700";
- rv34/chang_skeen_vitria_2006_sc13d_cut.txt, line 1530: "Pursuant to the Merger Agreement, a
  wholly-owned subsidiary of ITG (the "Merger Sub")" read "Merger Agreement" as ITG's
  subsidiary;
- rv40/taneja_tesla_2026_form4.xml, footnote F3: "55,500 shares are held directly by the
  reporting person in GRATs, for which the reporting person is a trustee" -- the trust
  relation to "GRATs" (no GRAT listed) was dropped without a word.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose_unbound import (ADDRESS_PART, DOCUMENT_TITLE, OPENING_PARTICIPLE,
                                            UNBOUND_HELD, UNBOUND_HOLDER, not_a_name)
from tests.conftest import ROOT

FILINGS = ROOT / "tests" / "fixtures" / "filings"
UNBOUND = (UNBOUND_HELD, UNBOUND_HOLDER)


def _record(rel: str):
    [rec] = parse_path(FILINGS / rel).records
    return rec, {p.id: p.name for p in rec.parties}


@pytest.mark.parametrize("pattern, matched, unmatched", [
    (ADDRESS_PART, ("Suite 2700", "Ste. 100", "Floor 12", "12th Floor", "P.O. Box 17",
                    "200 Bay Street", "1 Main St.", "Canada M5J 2J1", "London EC2V 7NQ",
                    "NY 10022", "MA 02110-1234", "Boston, MA 02110"),
     ("Acme Suite Holdings LLC", "Roe Street Partners", "Acme Fund II", "Box Hill LLC",
      "Acme 2020 GRAT", "1st Acme Bank", "Acme Fund LP 12345", "Roe Trust UA 10011")),
    (DOCUMENT_TITLE, ("Merger Agreement", "Stockholders Agreement", "Indenture",
                      "Commitment Letter", "Prospectus"),
     ("Roe Trust Agreement", "Roe Trust under Agreement", "Acme Capital LLC", "Letterman",
      "Acme Contracting Inc.")),
    (OPENING_PARTICIPLE, ("Acting through its general partner", "Operating under",
                          "\u201cActing solely"),
     ("Sterling is the general partner", "Sterling as general partner", "Sterling in its",
      "Acme Holding LLC, acting through", "Acting, its general partner")),
])
def test_patterns(pattern, matched, unmatched):
    search = pattern.match if pattern is OPENING_PARTICIPLE else pattern.search
    assert [s for s in matched if not search(s)] == []
    assert [s for s in unmatched if search(s)] == []


def test_a_participle_is_no_name_only_where_it_opens_the_sentence():
    assert not_a_name("Acting", "Acting through its general partner, Roe GP, Acme Fund ...")
    assert not not_a_name("Sterling", "Sterling as general partner of Acme Fund ...")
    assert not not_a_name("Acting", "Roe GP, Acting Trustee, is ...")


def test_real_hbk_participle_is_no_general_partner():
    rec, names = _record("harvest27/01_hbk_asa_2005_sc13da.txt")
    assert [w.code for w in rec.warnings if w.code in UNBOUND] == []  # 'Acting' was, line 326
    assert "Acting" not in names.values()
    assert sorted((names[c.source], names[c.target]) for c in rec.claims
                  if c.relation.value == "general_partner_of") == [
        ("HBK Management L.L.C.", "HBK Partners II L.P."),
        ("HBK Partners II L.P.", "HBK Investments L.P.")]


def test_real_sprott_address_is_no_manager():
    rec, names = _record("filing/2011_SC_13DA_1491714.txt")
    assert [w.code for w in rec.warnings if w.code in UNBOUND] == []  # two, line 785, before
    assert sorted(names.values()) == ["Eric S. Sprott", "Sprott Asset Management GP Inc.",
                                      "Sprott Asset Management LP", "Sprott Physical Gold Trust"]
    assert sorted((names[c.source], c.relation.value, names[c.target]) for c in rec.claims
                  if c.relation.value != "beneficial_owner_of") == [
        ("Eric S. Sprott", "officer_of", "Sprott Asset Management GP Inc."),
        ("Eric S. Sprott", "officer_of", "Sprott Asset Management LP"),
        ("Sprott Asset Management GP Inc.", "general_partner_of", "Sprott Asset Management LP"),
        ("Sprott Asset Management LP", "investment_manager_of", "Sprott Physical Gold Trust")]


def test_real_merger_agreement_is_no_subsidiary():
    rec, names = _record("rv34/chang_skeen_vitria_2006_sc13d_cut.txt")
    warned = [(w.code, w.line, w.message.split(",")[0]) for w in rec.warnings
              if w.code in UNBOUND]
    # "Merger Sub", a term for "a wholly-owned subsidiary of ITG" with no name, stays warned
    assert warned == [(UNBOUND_HELD, 1558, "'Merger Sub'")]
    assert not any(names[c.source] == "Innovation Technology Group, Inc."
                   and c.relation.value == "parent_of" for c in rec.claims)


def test_real_form4_footnote_unbound_name_is_warned_with_its_footnote():
    rec, names = _record("rv40/taneja_tesla_2026_form4.xml")
    [w] = [w for w in rec.warnings if w.code in UNBOUND]
    path = str(FILINGS / "rv40" / "taneja_tesla_2026_form4.xml")
    assert (w.code, w.source, w.line) == (UNBOUND_HELD, path, 293)
    assert w.message.startswith(f"{path}:293 (footnote F3): 'GRATs', the held party of the "
                                "relation trustee_of, binds to no party of the filing")
    assert "GRATs" not in names.values()
