"""Readings fixed from the leftovers of earlier evaluations (tenth session, prose10).

Co-trustees named in a sentence of their own ("The two co-trustees are Mr. Roe's son, John A.
Roe, and ..."); a holder's control stated in an aside ("(by virtue of their control of Acme
GP)"); "X, by virtue of its relationship to Y, may be deemed to control Y"; the deemed-holding
and shared-power sentences printed in capitals; further subjects after "X, as the ROLE of Y,
and B," before a plural verb.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_appositives import PLURAL_VERB_AFTER, as_role_held
from graphkit.parsers.prose_caps import PHRASES, caps_stand_in
from graphkit.parsers.prose_clause_patterns import (
    CONTROL_ASIDE, CONTROL_ASIDE_CUE, HELD_PARTY_OWNS, RELATIONSHIP_DEEMED_OWNER,
    RELATIONSHIP_DEEMED_OWNER_CUE, held_party_owns)
from graphkit.parsers.prose_co_trustees import (
    CO_TRUSTEES_ARE, CO_TRUSTEES_ARE_CUE, KIN_BEFORE, TRUSTEES_OF, named_co_trustees)
from graphkit.parsers.prose_lists import split_listed, trim_name
from graphkit.parsers.prose_patterns import HOLDER_AS_ROLE_OF, ROLE_OF_HELD_IS
from graphkit.parsers.prose_sentence_patterns import SENTENCE_END
from graphkit.source import SourceText
from tests.holdout import holdout_record, relation_pairs


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))}


# --- 1. "The two co-trustees are A and B" -------------------------------------------------

def test_neubauer_co_trustees_named_after():
    # l.288-291: "Mr. / Neubauer shares voting and investment powers  as to 72,780 shares / with
    # two co-trustees of The Neubauer Family Foundation.   The two / co-trustees are Mr.
    # Neubauer's son, Lawrence A. Neubauer, and Mr. / Neubauer's daughter, Melissa R. Neubauer."
    rec = holdout_record("1994_SC_13DA_757523.txt")
    foundation = "Neubauer Family Foundation"
    assert relation_pairs(rec, "trustee_of") == {
        ("Joseph Neubauer", foundation), ("Lawrence A. Neubauer", foundation),
        ("Melissa R. Neubauer", foundation)}
    kinds = {p.name: p.kind.value for p in rec.parties}
    assert kinds["Lawrence A. Neubauer"] == kinds["Melissa R. Neubauer"] == "person"
    assert not any("'s" in p.name for p in rec.parties)


@pytest.mark.parametrize("text, role, held, holder", [
    ("The two co-trustees are Mr. Roe's son, John A. Roe, and Mr. Roe's daughter, Mary R. Roe.",
     "co-trustees", None, "Mr. Roe's son, John A. Roe, and Mr. Roe's daughter, Mary R. Roe"),
    ("The other trustees are Jane Q. Roe and John A. Doe.", "trustees", None,
     "Jane Q. Roe and John A. Doe"),
    ("The co-trustees of the Roe Trust are Jane Q. Roe and John A. Doe", "co-trustees",
     "Roe Trust", "Jane Q. Roe and John A. Doe"),
    ("Its other trustee is his wife, Jane Q. Roe.", "trustee", None, "his wife, Jane Q. Roe"),
])
def test_co_trustees_are(text, role, held, holder):
    assert CO_TRUSTEES_ARE_CUE.search(text)
    m = CO_TRUSTEES_ARE.search(text)
    assert (m["role"], m["held"] and trim_name(m["held"]), trim_name(m["holder"])) == (
        role, held, holder)


@pytest.mark.parametrize("text", [
    "The two co-trustees are students.",                         # no names
    "The trustees are Jane Q. Roe and John A. Doe, who vote the shares.",  # more follows
    "Mr. Roe and the co-trustees are parties to the agreement.",  # not the sentence's opening
    "The co-trustees of the Roe Trust have no agreement.",       # no names listed
    "The trustees may be removed by Jane Q. Roe.",
])
def test_co_trustees_are_negative(text):
    assert CO_TRUSTEES_ARE.search(text) is None


@pytest.mark.parametrize("text, rest", [
    ("Mr. Roe's son, John A. Roe", "John A. Roe"),
    ("his daughter Jane Q. Roe", "Jane Q. Roe"),
    ("Jane Q. Roe's husband, John A. Roe", "John A. Roe"),
    ("Jane Q. Roe and John A. Doe", "Jane Q. Roe and John A. Doe"),   # no kinship
    ("the Roe Trust's trustee, John A. Roe", "the Roe Trust's trustee, John A. Roe"),
])
def test_kin_before(text, rest):
    assert KIN_BEFORE.sub("", text) == rest


@pytest.mark.parametrize("before, held", [
    ("Mr. Roe shares voting power as to 500 shares with two co-trustees of The Roe Family "
     "Foundation.", ["Roe Family Foundation"]),
    ("Mr. Roe is a trustee of the Roe Trust and the Doe Trust.", ["Roe Trust", "Doe Trust"]),
    ("Mr. Roe owns 500 shares.", []),
])
def test_trustees_of(before, held):
    assert [trim_name(n) for m in TRUSTEES_OF.finditer(before)
            for n in split_listed(m["held"])] == held


def test_co_trustees_need_one_trust_right_before():
    after = " The two co-trustees are Jane Q. Roe and John A. Doe."
    one = "Mr. Roe shares voting power with two co-trustees of the Roe Trust."
    assert {x for x in _found(one + after) if x[0] == "trustee_of"} == {
        ("trustee_of", "Mr. Roe", "Roe Trust"), ("trustee_of", "Jane Q. Roe", "Roe Trust"),
        ("trustee_of", "John A. Doe", "Roe Trust")}
    # two trusts before, or a sentence between: which trust is not said
    two = "Mr. Roe is a trustee of the Roe Trust and the Doe Trust."
    assert ("trustee_of", "Jane Q. Roe", "Roe Trust") not in _found(two + after)
    between = one + " He owns 500 shares." + after
    assert ("trustee_of", "Jane Q. Roe", "Roe Trust") not in _found(between)
    assert named_co_trustees(CO_TRUSTEES_ARE.search(after.strip()), "") == []


def test_role_of_held_is_reads_no_possessive():
    # "The co-trustees of X are Mr. Roe's son, ...": no party "Mr. Roe's"
    text = "The co-trustees of the Roe Trust are Mr. Roe's son, John A. Roe, and Jane Q. Doe."
    assert ROLE_OF_HELD_IS.search(text) is None
    assert {x for x in _found(text) if x[0] == "trustee_of"} == {
        ("trustee_of", "John A. Roe", "Roe Trust"), ("trustee_of", "Jane Q. Doe", "Roe Trust")}
    m = ROLE_OF_HELD_IS.search("The members of ACM are Jane Q. Roe and John R. Doe")
    assert m["holder"] == "Jane Q. Roe and John R. Doe"


# --- 2. "(by virtue of their control of X)" ------------------------------------------------

def test_coconut_palm_control_aside():
    # l.1767-1770: "Coconut Palm Inc., as the sole general partner of Coconut / Palm, and Richard
    # C. Rochon and Mario B. Ferrari (by virtue of their / control of Coconut Palm Inc.), have the
    # shared power to vote any / shares of Common Stock ..."
    rec = holdout_record("2004_SC_13D_95366.txt")
    inc = "Coconut Palm Capital Investors II, Inc."
    assert relation_pairs(rec, "control_person_of") == {
        ("RICHARD C. ROCHON", inc), ("MARIO B. FERRARI", inc)}
    assert relation_pairs(rec, "general_partner_of") == {
        (inc, "Coconut Palm Capital Investors II, Ltd.")}


@pytest.mark.parametrize("text, holder, held", [
    ("Acme Inc., as the sole general partner of Acme Fund, and Jane Q. Roe and John A. Doe (by "
     "virtue of their control of Acme Inc.), have the shared power to vote",
     "Jane Q. Roe and John A. Doe", "Acme Inc."),
    ("Mr. Roe (by reason of his control of Acme GP) may be deemed to own the Shares", "Mr. Roe",
     "Acme GP"),
    ("Acme Holdings (by virtue of its control of Acme GP, LLC) may be deemed to own the Shares",
     "Acme Holdings", "Acme GP, LLC"),
    ("Jane Q. Roe and John A. Doe (as the controlling persons of Acme GP) may be deemed",
     "Jane Q. Roe and John A. Doe", "Acme GP"),
    ("Jane Q. Roe, through her control of Acme GP LLC, may be deemed to own the Shares",
     "Jane Q. Roe", "Acme GP LLC"),  # session 41: "through" as "by virtue of"
    ("Acme Holdings LLC (through its control of Acme GP LLC) may be deemed to own the Shares",
     "Acme Holdings LLC", "Acme GP LLC"),
])
def test_control_aside(text, holder, held):
    assert CONTROL_ASIDE_CUE.search(text)
    m = CONTROL_ASIDE.search(text)
    assert (m["holder"], trim_name(m["held"])) == (holder, held)


@pytest.mark.parametrize("text", [
    "Jane Q. Roe (by virtue of her relationship to Acme GP) may be deemed to own the Shares",
    "Jane Q. Roe (by reason of her former control of Acme GP) owns no Shares",
    "Jane Q. Roe, through the control of Acme GP, owns no Shares",  # no holder's pronoun
    "Jane Q. Roe may be deemed to own the Shares by virtue of her control of Acme GP",
    "Accordingly (by virtue of their control of Acme GP), the Shares are held",
    "a change in control of the Issuer (as defined in the Agreement)",
])
def test_control_aside_negative(text):
    assert CONTROL_ASIDE.search(text) is None


def test_control_aside_without_another_relation_word():
    found = _found("Jane Q. Roe (by virtue of her control of Acme GP) has shared power to vote "
                   "the Shares.")
    assert found == {("control_person_of", "Jane Q. Roe", "Acme GP")}


# --- 3. "may be deemed to control X" -----------------------------------------------------

def test_relationship_deemed_to_control():
    text = ("Acme GP, by virtue of its relationship to Acme Fund, may be deemed to control "
            "Acme Fund.")
    assert RELATIONSHIP_DEEMED_OWNER_CUE.search(text) and RELATIONSHIP_DEEMED_OWNER.search(text)
    assert _found(text) == {("control_person_of", "Acme GP", "Acme Fund")}
    # the control of another party than the one related to: none
    assert _found("Acme GP, by virtue of its relationship to Acme Fund, may be deemed to "
                  "control Beta Corp.") == set()


@pytest.mark.parametrize("rest, owner", [
    (" Acme Fund.", "Acme Fund"),
    (" the Acme Fund, and ...", "Acme Fund"),
    (" the Shares which Acme Fund owns", "Acme Fund"),
])
def test_held_party_owns_object(rest, owner):
    m = HELD_PARTY_OWNS.search(rest)
    assert trim_name(m["owner"] or m["owner2"] or m["owner3"]) == owner


@pytest.mark.parametrize("rest", [" Acme Fund shares.", " Acme Fund's Shares.", " the Shares.",
                                  " Acme Fund II."])
def test_held_party_owns_object_negative(rest):
    assert not held_party_owns(rest, "Acme Fund", "Acme GP")


def test_control_words_are_narrow():
    # a plain "control" sentence gives nothing ("control" admits it: test_review10_prose, B4)
    assert _found("There has been no change in control of Acme Corp.") == set()


# --- 4. sentences printed in capitals ----------------------------------------------------

@pytest.mark.parametrize("printed, stand_in", [
    ("MR. ROE SHARES VOTING AND INVESTMENT POWER WITH TWO CO-TRUSTEES OF THE ROE TRUST.",
     "Mr. ROE shares voting and investment power with two co-trustees of the ROE TRUST."),
    ("(BY VIRTUE OF THEIR RELATIONSHIPS TO ACME FUND) MAY BE DEEMED TO INDIRECTLY BENEFICIALLY "
     "OWN", "(by virtue of their relationships to ACME FUND) may be deemed to indirectly "
     "beneficially own"),
    ("BY REASON OF HIS SOLE POWER TO VOTE", "by reason of his sole power to vote"),
    # alone, the words of a phrase are names' words
    ("ACME POWER CORP. AND ACME VOTING TRUST ARE THE MEMBERS OF ACME INVESTMENT LLC",
     "ACME POWER CORP. and ACME VOTING TRUST are the members of ACME INVESTMENT LLC"),
])
def test_caps_phrases(printed, stand_in):
    assert caps_stand_in(printed) == stand_in


@pytest.mark.parametrize("text", ["ACME POWER CORP.", "ACME VOTING TRUST", "THE RELATIONSHIP",
                                  "ACME INVESTMENT ADVISORS"])
def test_caps_phrases_negative(text):
    assert PHRASES.search(text) is None


@pytest.mark.parametrize("text, found", [
    ("MR. ROE SHARES VOTING AND INVESTMENT POWER WITH TWO CO-TRUSTEES OF THE ROE FAMILY "
     "FOUNDATION.", {("trustee_of", "MR. ROE", "ROE FAMILY FOUNDATION")}),
    ("EACH OF ACME GP AND MR. ROE (BY VIRTUE OF THEIR RELATIONSHIPS TO ACME FUND) MAY BE DEEMED "
     "TO INDIRECTLY BENEFICIALLY OWN THE UNITS WHICH ACME FUND OWNS.",
     {("control_person_of", "ACME GP", "ACME FUND"),
      ("control_person_of", "MR. ROE", "ACME FUND")}),
    ("THE ROE TRUST HOLDS 500 SHARES. THE CO-TRUSTEES OF THE ROE TRUST ARE MR. ROE'S SON, JOHN A. "
     "ROE, AND JANE Q. DOE.", {("trustee_of", "JOHN A. ROE", "ROE TRUST"),
                               ("trustee_of", "JANE Q. DOE", "ROE TRUST")}),
])
def test_capitals_read_as_mixed_case(text, found):
    assert {x for x in _found(text) if x[0] != "beneficial_owner_of"} == found


@pytest.mark.parametrize("text, ends", [
    ("EACH OF ACME GP AND MR. ROE MAY BE DEEMED", False),
    ("MESSRS. ROE AND DOE ARE", False),
    ("THE FUND IS MANAGED BY ACME. ROE IS", True),
])
def test_sentence_end_after_capital_title(text, ends):
    assert (SENTENCE_END.search(text) is not None) is ends


# --- 5. "X, as the ROLE of Y, and B, share ..." ----------------------------------------

@pytest.mark.parametrize("text, held", [
    ("Acme GP, as the general partner of Acme Fund, and Beta Fund, share voting power.",
     "Acme Fund"),
    ("Acme GP, as the general partner of Acme Fund, and Acme Partners, L.P., each may be deemed "
     "to beneficially own the Shares.", "Acme Fund"),
    ("Acme GP, as the general partner of Acme Fund, and Beta Fund, have the power to vote.",
     "Acme Fund"),
    # a list of three held, the holder's verb after it
    ("Acme GP, as general partner of Acme Fund, Beta Fund, and Gamma Fund, may vote the Shares.",
     "Acme Fund, Beta Fund, and Gamma Fund"),
    ("Acme GP, as general partner of Acme Fund, and Beta Fund, has the power to vote.",
     "Acme Fund, and Beta Fund"),
])
def test_as_role_held_plural_verb(text, held):
    m = HOLDER_AS_ROLE_OF.search(text)
    assert as_role_held(text, m, "held") == held


@pytest.mark.parametrize("text, match", [
    (", share voting power", True), (", have the power", True), (" , are deemed", True),
    (", has the power", False), (", shares voting power", False), (", may vote", False),
    (", sharing", False),
])
def test_plural_verb_after(text, match):
    assert (PLURAL_VERB_AFTER.match(text) is not None) is match


def test_further_subject_after_comma_is_not_held():
    assert _found("Acme GP, as the general partner of Acme Fund, and Beta Fund, share voting "
                  "power.") == {("general_partner_of", "Acme GP", "Acme Fund")}
    assert _found("Acme GP, as the general partner of Acme Fund, and Acme Partners, L.P., each "
                  "may be deemed to beneficially own the Shares.") == {
        ("general_partner_of", "Acme GP", "Acme Fund")}
