"""Prose printed in capitals (graphkit.parsers.prose_caps), read as mixed case is read.

The filings here are real ones, turned into capitals as many filings of the 1990s are printed
(SGML tags and HTML entities left alone): the relationships found must be those found in the
filing as printed, the names given back in capitals.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.prose import find_defined_terms, find_relationships
from graphkit.parsers.prose_caps import (
    CAPS_WORD, ENUMERATION, PHRASES, QUOTED_TERM, caps_stand_in, is_in_capitals, printed,
    quoted_terms, term_index,
)
from graphkit.parsers.prose_terms import find_collective_terms
from graphkit.source import SourceText
from tests.conftest import SEED_13G, shared_path


def in_capitals(text: str) -> str:
    """``text`` in capitals, but for its SGML/HTML tags and character entities."""
    return re.sub(r"(<[^>]*>|&#?\w+;)|([^<&]+|&)",
                  lambda m: m.group(1) or m.group(2).upper(), text)


def capitals_copy(path: Path, tmp_path: Path) -> Path:
    out = tmp_path / f"caps_{path.name}"
    out.write_bytes(in_capitals(path.read_bytes().decode("utf-8", "surrogateescape"))
                    .encode("utf-8", "surrogateescape"))
    return out


# --- the named patterns ------------------------------------------------------------------------

def test_caps_word_takes_apostrophes_and_hyphens():
    assert CAPS_WORD.findall("ROE'S CO-TRUSTEE ISSUER’S") == ["ROE'S", "CO-TRUSTEE", "ISSUER’S"]


def test_enumeration_is_a_parenthesised_numeral_only():
    assert ENUMERATION.findall("OF (I) ACME AND (IV) BETA FUND (Q), L.P.") == ["(I)", "(IV)"]


def test_phrases_are_whole_phrases_only():
    assert PHRASES.findall("THE PRINCIPAL BUSINESS OF TM; APOLLO PRINCIPAL HOLDINGS") == [
        "PRINCIPAL BUSINESS"]
    assert caps_stand_in("THE PRINCIPAL BUSINESS OF TM IS SERVING AS GENERAL PARTNER TO TFP "
                         "AND APOLLO PRINCIPAL HOLDINGS") == (
        "the principal business of TM is serving as GENERAL partner to TFP "
        "and APOLLO PRINCIPAL HOLDINGS")


def test_a_descriptor_is_no_name():
    # prescott_frozenfood_2013 in capitals: "..., AN OKLAHOMA GENERAL PARTNERSHIP" is no party
    assert caps_stand_in("ACME SMALL CAP, L.P., AN OKLAHOMA GENERAL PARTNERSHIP") == (
        "ACME SMALL CAP, L.P., an oklahoma general partnership")
    assert caps_stand_in("ACME GENERAL PARTNERSHIP IS THE GENERAL PARTNER OF ACME FUND") == (
        "ACME GENERAL PARTNERSHIP is the GENERAL partner of ACME FUND")


def test_quoted_term_spans_lines_and_drops_its_period():
    text = 'AS THE "FARALLON\n   FUNDS." ACME LLC (THE  "GENERAL PARTNER")'
    assert [" ".join(m["term"].split()) for m in QUOTED_TERM.finditer(text)] == [
        "FARALLON FUNDS", "GENERAL PARTNER"]


# --- the stand-in ------------------------------------------------------------------------------

def test_is_in_capitals_wants_enough_capitals_and_no_lower_case():
    assert is_in_capitals("TCMV SERVES AS THE SOLE GENERAL PARTNER OF TCV")
    assert not is_in_capitals("TCMV serves as the sole general partner of TCV")
    assert not is_in_capitals("ITEM 4. OWNERSHIP")  # too short to hold names and words between
    assert not is_in_capitals("12,345 67.8%")


def test_stand_in_keeps_length_and_gives_back_the_printed_text():
    s = ("THE MEMBERS OF TCMV ARE DONALD R. DIXON, PETER T. MEEKIN AND ROBERT C. MCCORMACK "
         '(THE "TCMV MEMBERS")')
    stand_in = caps_stand_in(s, quoted_terms(s))
    assert len(stand_in) == len(s) and printed(stand_in) == s
    assert stand_in.startswith("the members of TCMV are DONALD R. DIXON, PETER T. MEEKIN and")


def test_role_words_of_names_stay_in_capitals():
    assert caps_stand_in("ACME CAPITAL PARTNERS, L.P. IS THE GENERAL PARTNER OF ACME FUND") == (
        "ACME CAPITAL PARTNERS, L.P. is the GENERAL partner of ACME FUND")


def test_words_of_names_stay_in_capitals():
    # an initial, a word joined by "&", a role word before a legal form
    assert caps_stand_in("JOHN A. ROE IS THE SOLE SHAREHOLDER OF AT&T CORP.") == (
        "JOHN A. ROE is the sole shareholder of AT&T CORP.")
    assert caps_stand_in("ACME TRUSTEE LLC, WHICH IS THE TRUSTEE OF THE ROE TRUST") == (
        "ACME TRUSTEE LLC, which is the trustee of the ROE TRUST")
    assert caps_stand_in("ACME ADVISOR, LLC IS THE INVESTMENT MANAGER OF ACME FUND") == (
        "ACME ADVISOR, LLC is the INVESTMENT manager of ACME FUND")


def test_a_term_of_one_common_word_is_no_name():
    # 'COMMON STOCK, PAR VALUE $.01 PER SHARE (THE "SHARES")' must not make "SHARES" a name
    text = ('COMMON STOCK, PAR VALUE $.01 PER SHARE (THE "SHARES"). ACME FUND, L.P. IS THE '
            'RECORD HOLDER OF 1,000 SHARES OF COMMON STOCK.')
    assert quoted_terms(text) == {}
    assert ("beneficial_owner_of", "ACME FUND, L.P.", 1000) in {
        (f.relation.value, f.holder, f.shares)
        for f in find_relationships(SourceText(path="x.txt", text=text))}


def test_titles_are_titles_only_with_their_period():
    assert caps_stand_in("MR. ROE IS THE PRESIDENT OF MR & ASSOCIATES") == (
        "Mr. ROE is the president of MR & ASSOCIATES")


def test_defined_terms_are_kept_whole():
    s = "THE FARALLON GENERAL PARTNER, AS GENERAL PARTNER TO THE FARALLON FUNDS"
    assert caps_stand_in(s, term_index(["FARALLON GENERAL PARTNER", "FARALLON FUNDS"])) == (
        "the FARALLON GENERAL PARTNER, as GENERAL partner to the FARALLON FUNDS")


# --- real filings in capitals ------------------------------------------------------------------

def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation.value, f.holder.upper(), f.held.upper())
            for f in find_relationships(SourceText(path="x.txt", text=text))}


def test_seed_13g_in_capitals_states_the_same_relationships():
    text = SEED_13G.read_text(encoding="utf-8")
    printed_rel, capitals_rel = _relations(text), _relations(in_capitals(text))
    assert ("general_partner_of", "TCMV", "TCV") in printed_rel
    assert capitals_rel == printed_rel
    terms = {(t.term, t.name) for t in find_defined_terms(SourceText(path="x.txt",
                                                                     text=in_capitals(text)))}
    assert ("TCVCV", "TRIDENT CAPITAL PARALLEL FUND-V, C.V.") in terms  # no "AND" before it


def test_seed_13g_in_capitals_gives_the_same_graph(tmp_path):
    def claims(path):
        out = set()
        for rec in parse_path(path).records:
            names = {p.id: p.name.upper() for p in rec.parties}
            out |= {(names.get(c.source), c.relation.value, names.get(c.target), c.shares)
                    for c in rec.claims}
        return out
    got, want = claims(capitals_copy(SEED_13G, tmp_path)), claims(SEED_13G)
    assert got == want
    assert ("ROBERT C. MCCORMACK", "member_of", "TRIDENT CAPITAL MANAGEMENT-V, L.L.C.",
            None) in got


def test_group_terms_in_capitals_fan_out_to_their_members():
    # Farallon 2006: "FCP, FCIP, FCIP II, FCIP III AND TINICUM ARE TOGETHER REFERRED TO HEREIN
    # AS THE "FARALLON FUNDS."", then "THE FARALLON GENERAL PARTNER, AS GENERAL PARTNER TO THE
    # FARALLON FUNDS, ..."
    path = shared_path("corpus", "13g", "farallon_spiritfinance_2006_sc13ga.txt")
    src = SourceText(path="x.txt", text=in_capitals(path.read_text(encoding="utf-8")))
    groups = {t.term: t.members for t in find_collective_terms(src)}
    assert groups["FARALLON FUNDS"] == ("FCP", "FCIP", "FCIP II", "FCIP III", "TINICUM")
    assert ("general_partner_of", "FARALLON GENERAL PARTNER", "FARALLON FUNDS") in {
        (f.relation.value, f.holder, f.held) for f in find_relationships(src)}


def test_farallon_in_capitals_gives_the_general_partner_and_its_managing_members(tmp_path):
    path = shared_path("corpus", "13g", "farallon_spiritfinance_2006_sc13ga.txt")
    rec = parse_path(capitals_copy(path, tmp_path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    edges = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
             if c.relation.value != "beneficial_owner_of"}
    assert ("FARALLON PARTNERS, L.L.C.", "general_partner_of",
            "TINICUM PARTNERS, L.P.") in edges
    members = {s for s, r, t in edges
               if r == "managing_member_of" and t == "FARALLON PARTNERS, L.L.C."}
    assert {"THOMAS F. STEYER", "CHUN R. DING", "MARK C. WEHRLY"} <= members


@pytest.mark.parametrize("name", ["deshaw_firstusa_1996_sc13ga.txt",
                                  "tontine_homestead_2004_sc13da.txt"])
def test_old_filings_in_capitals_give_their_control_chains(name, tmp_path):
    folder = "13g" if "13g" in name else "13d"
    path = shared_path("corpus", folder, name)

    def edges(p):
        out = set()
        for rec in parse_path(p).records:
            names = {x.id: re.sub(r"[^A-Z0-9 ]", "", x.name.upper()) for x in rec.parties}
            out |= {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims
                    if c.relation.value != "beneficial_owner_of"}
        return out
    want = edges(path)
    assert want and edges(capitals_copy(path, tmp_path)) == want


def test_merger_boilerplate_in_capitals_names_nobody(tmp_path):
    # Centerbridge 2018 in capitals: "AT THE EFFECTIVE TIME, THE DIRECTORS OF THE SURVIVING
    # CORPORATION WILL BE THE DIRECTORS OF ..." states no party; "THE FOLLOWING INDIVIDUALS
    # ARE THE DIRECTORS OF CCP III CAYMAN GP LTD." lists them after it
    path = shared_path("corpus", "13d", "centerbridge_civitas_2018_sc13d.txt")
    rec = parse_path(capitals_copy(path, tmp_path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    assert not any("EFFECTIVE TIME" in n or "FOLLOWING" in n for n in names.values())
    directors = {names[c.source] for c in rec.claims if c.relation.value == "director_of"
                 and names[c.target].startswith("CCP III CAYMAN GP")}
    assert {"JEFFREY H. ARONSON", "MARK T. GALLOGLY"} <= directors
