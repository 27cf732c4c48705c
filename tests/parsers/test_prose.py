"""Prose extraction on real sentences from the seed 13G and corpus filings."""

from __future__ import annotations

import pytest

from graphkit.parsers import prose
from graphkit.parsers.prose import find_defined_terms, find_relationships, split_names
from graphkit.source import SourceText


def rels(text):
    return [(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="t.txt", text=text))]


SEED_GP = ("TCMV serves as the sole general partner of TCV, TCVA, TCVAQ and TCVP, and as the "
           "sole investment general partner of TCVCV.")


def test_serves_as_sole_general_partner_with_continuation():
    assert rels(SEED_GP) == [("general_partner_of", "TCMV", t)
                             for t in ("TCV", "TCVA", "TCVAQ", "TCVP", "TCVCV")]


def test_as_general_partner_apposition():
    text = ("TCMV, as sole general partner of TCV, TCVA, TCVAQ and TCVP, and as sole investment "
            "general partner of TCVCV, may also be deemed to beneficially own the Record Shares.")
    assert [h for _, _, h in rels(text)] == ["TCV", "TCVA", "TCVAQ", "TCVP", "TCVCV"]


def test_members_of_x_are():
    text = ("The members of TCMV are Donald R. Dixon, Peter T. Meekin, John H. Moragne and "
            "Robert C. McCormack (the \"TCMV Members\").")
    assert rels(text) == [("member_of", n, "TCMV") for n in
                          ("Donald R. Dixon", "Peter T. Meekin", "John H. Moragne",
                           "Robert C. McCormack")]


def test_record_holder_with_shares():
    f = find_relationships(SourceText(path="t", text=(
        "- TCVCV was the record holder of 428,430 shares of Common Stock (the \"TCVCV Shares\").")))
    assert [(x.relation.value, x.holder, x.shares) for x in f] == \
        [("beneficial_owner_of", "TCVCV", 428430)]


def test_the_general_partner_of_apposition_tontine():
    # 13d/tontine_homestead_2004_sc13da.txt Item 5(d)
    assert ("general_partner_of", "TM", "TFP") in rels(
        "(d) TM, the general partner of TFP, has the power to direct the affairs of TFP")


def test_managing_member_tontine():
    assert rels("Mr. Gendell serves as the managing member of TM.") == \
        [("managing_member_of", "Mr. Gendell", "TM")]


def test_gp_and_president_amhequity():
    # 13g/amhequity_cvd_2020_sc13ga.txt Item 2(a)
    f = find_relationships(SourceText(path="t", text=(
        "AMH is the general partner of Leviticus and Adam Hutt\nis the President of AMH.")))
    assert [(x.relation.value, x.holder, x.held, x.title) for x in f] == [
        ("general_partner_of", "AMH", "Leviticus", None),
        ("officer_of", "Adam Hutt", "AMH", "President")]


@pytest.mark.parametrize("text,expected", [
    ("The general partner of Acme Fund, L.P. is Acme GP, LLC.",
     ("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P.")),
    ("Acme GP, LLC is the general partner of Acme Fund, L.P.",
     ("general_partner_of", "Acme GP, LLC", "Acme Fund, L.P.")),
    ("Jane Doe and John Roe are the managing members of Acme GP, LLC.",
     ("managing_member_of", "John Roe", "Acme GP, LLC")),
    ("Acme Advisers LLC serves as investment manager to Acme Master Fund Ltd.",
     ("investment_manager_of", "Acme Advisers LLC", "Acme Master Fund Ltd.")),
    ("Acme Advisers LLC, Acme Fund's investment manager, votes the shares.",
     ("investment_manager_of", "Acme Advisers LLC", "Acme Fund")),
    ("Acme Bank is a wholly-owned subsidiary of Acme Holdings Inc.",
     ("parent_of", "Acme Holdings Inc.", "Acme Bank")),
    ("Jane Doe is the sole shareholder and president of Acme Co., Inc.",
     ("shareholder_of", "Jane Doe", "Acme Co., Inc.")),
    ("Jane Doe, as trustee of the Doe Family Trust, holds the shares.",
     ("trustee_of", "Jane Doe", "Doe Family Trust")),
])
def test_generic_sentences(text, expected):
    assert expected in rels(text)


def test_defined_terms_seed_item2():
    text = ('This statement is being filed by Trident Capital Management-V, L.L.C. ("TCMV"), '
            'Trident Capital Fund-V, L.P. ("TCV"), Trident Capital Parallel Fund-V, C.V. '
            '("TCVCV").')
    terms = find_defined_terms(SourceText(path="t", text=text))
    assert [(t.term, t.name) for t in terms] == [
        ("TCMV", "Trident Capital Management-V, L.L.C."), ("TCV", "Trident Capital Fund-V, L.P."),
        ("TCVCV", "Trident Capital Parallel Fund-V, C.V.")]


def test_defined_term_after_descriptor_tontine():
    text = ('(i)Tontine Financial Partners, L.P., a Delaware limited partnership\n'
            '("TFP"), with respect to the shares')
    [t] = find_defined_terms(SourceText(path="t", text=text))
    assert (t.term, t.name, t.collective) == ("TFP", "Tontine Financial Partners, L.P.", False)


def test_collective_terms():
    text = 'TCV was the record holder of 5,639,301 shares of Common Stock (the "TCV Shares");'
    [t] = find_defined_terms(SourceText(path="t", text=text))
    assert t.collective


def test_split_names_keeps_legal_forms():
    assert split_names("Acme Fund, L.P., Acme Fund II, L.P. and Acme GP, L.L.C.") == \
        ["Acme Fund, L.P.", "Acme Fund II, L.P.", "Acme GP, L.L.C."]


@pytest.mark.parametrize("pattern,text", [
    (prose.HOLDER_IS_ROLE_OF, SEED_GP),
    (prose.HOLDER_AS_ROLE_OF, "TCMV, as sole general partner of TCV, TCVA"),
    (prose.HOLDER_THE_ROLE_OF, "TM, the general partner of TFP"),
    (prose.ROLE_OF_HELD_IS, "The members of TCMV are Donald R. Dixon, Peter T. Meekin"),
    (prose.POSSESSIVE_ROLE, "Acme Fund's investment manager, Acme Advisers LLC"),
    (prose.SUBSIDIARY_OF, "Acme Bank is a wholly-owned subsidiary of Acme Holdings Inc."),
    (prose.OWNED_BY, "Acme Bank is wholly owned by Acme Holdings Inc."),
    (prose.RECORD_HOLDER, "TCVA was the record holder of 32,770 shares of Common Stock"),
    (prose.DEFINED_TERM, 'Trident Capital Fund-V, L.P. ("TCV")'),
])
def test_named_patterns(pattern, text):
    assert pattern.search(text)
