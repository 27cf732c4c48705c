"""Disclaimers by all the reporting persons with an exception ("The Reporting Persons, other than
X, disclaim", "Other than X, the Reporting Persons disclaim", "Each of the Reporting Persons,
other than X, disclaims"): review s18's cases, each asserting exactly who disclaims.

An exception is honoured only when it is read whole as names of known parties or defined groups;
words about no person leave everyone disclaiming; anything else marks no one for the sentence.
The full filing is the made-up rev17/own17_e1.htm (Fund I, Fund I-A, their general partner GP I
and its managing member Demir) with its Item 4 disclaimer replaced.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.schedule13_exceptions import (
    EXCEPTED_NAME, EXCEPTED_RELATIVE, EXCEPTED_SEPARATOR, EXCEPTION_CUE, EXCEPTION_TRAILER,
    NAME_ASIDE, NOT_ABOUT_PERSONS, ExceptionKind, read_exception)
from graphkit.parsers.schedule13_items import find_disclaimers
from graphkit.source import SourceText

FILING = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rev17" / "own17_e1.htm"
#: The Item 4 disclaimer of the filing, replaced by each case's
SENTENCE = ("The Reporting Persons disclaim beneficial ownership of the shares held by Fund I and "
            "Fund I-A, except to the extent of their pecuniary interest therein.")
#: Item 2's list of the persons filing, after which a case may define "the Funds"
ITEM2_END = 'Yusuf K. Demir ("Demir").'
FUNDS = ' Fund I and Fund I-A are referred to herein as the "Funds".'
SHORT = {"Copperline Partners Fund I, L.P.": "F1", "Copperline Partners Fund I-A, L.P.": "F1A",
         "Copperline Partners GP I, L.L.C.": "GP", "Yusuf K. Demir": "Demir"}
ALL = {"F1", "F1A", "GP", "Demir"}
REST = "disclaim beneficial ownership of the shares reported herein."


def _disclaiming(tmp_path: Path, sentence: str, funds: bool = False) -> set[str]:
    """Who disclaims in the filing with ``sentence`` as its Item 4 disclaimer (and "the
    Funds" defined in Item 2 when ``funds``)."""
    text = FILING.read_text()
    assert SENTENCE in text and ITEM2_END in text
    text = text.replace(SENTENCE, sentence)
    if funds:
        text = text.replace(ITEM2_END, ITEM2_END + FUNDS)
    path = tmp_path / "f.htm"
    path.write_text(text)
    [rec] = parse_path(path).records
    names = {p.id: p.name for p in rec.parties}
    holders = {SHORT[names[c.source]] for c in rec.claims
               if c.relation.value == "beneficial_owner_of"}
    assert holders == ALL  # every holding is read, whoever disclaims
    return {SHORT[names[c.source]] for c in rec.claims
            if c.relation.value == "beneficial_owner_of" and c.disclaims}


# --- H1: a party named by a role in lower case, or by a possessive: no one ----------------------

@pytest.mark.parametrize("sentence, funds", [
    (f"The Reporting Persons, other than the general partner of the Funds, {REST}", True),
    (f"The Reporting Persons, other than the general partner of the Funds, {REST}", False),
    (f"The Reporting Persons, other than Fund I's general partner, {REST}", False),
    (f"The Reporting Persons, other than Fund I\u2019s general partner, {REST}", False),
    (f"The Reporting Persons, other than the Funds and their general partner, {REST}", True),
    (f"The Reporting Persons, other than Fund I and its general partner, {REST}", False),
    (f"The Reporting Persons, other than Fund I, Fund I-A and their general partner, {REST}",
     False),
    # the same on main's forms: the leading exception and "Each of the Reporting Persons"
    ("Other than the general partner of the Funds, the Reporting Persons disclaim beneficial "
     "ownership of the shares reported herein.", True),
    ("Other than Fund I and its general partner, the Reporting Persons disclaim beneficial "
     "ownership of the shares reported herein.", False),
    ("Each of the Reporting Persons, other than the general partner of Fund I, disclaims "
     "beneficial ownership of the shares reported herein.", False),
])
def test_a_role_or_possessive_excepted_marks_no_one(tmp_path, sentence, funds):
    assert _disclaiming(tmp_path, sentence, funds) == set()


# --- H2: the holders described, not named: no one ------------------------------------------------

@pytest.mark.parametrize("exception", [
    "the record holders of the shares", "the record holder", "the direct holder",
    "the registered holder thereof", "the entity that holds the shares of record",
    "the Reporting Persons that hold shares directly",
    "the Reporting Person holding the shares directly",
    "any Reporting Person that is the record owner", "those holding shares directly",
    "those Reporting Persons that directly hold shares",
])
def test_a_holder_described_marks_no_one(tmp_path, exception):
    assert _disclaiming(tmp_path, f"The Reporting Persons, other than {exception}, {REST}") == set()


@pytest.mark.parametrize("sentence", [
    "Other than the record holder, the Reporting Persons disclaim beneficial ownership of the "
    "shares reported herein.",
    "Each of the Reporting Persons, other than the record holder, disclaims beneficial ownership "
    "of the shares reported herein.",
])
def test_a_holder_described_in_mains_forms_marks_no_one(tmp_path, sentence):
    assert _disclaiming(tmp_path, sentence) == set()


# --- H3: every excepted name must answer to a party or a defined group ---------------------------

@pytest.mark.parametrize("sentence, funds, disclaiming", [
    # a name with its definition: the definition is taken off before the lookup
    ('The Reporting Persons, other than Copperline Partners Fund I, L.P. ("Fund I") and '
     f'Copperline Partners Fund I-A, L.P. ("Fund I-A"), {REST}', False, {"GP", "Demir"}),
    ('Other than Copperline Partners Fund I, L.P. (the "Master Fund"), the Reporting Persons '
     f'{REST}', False, {"F1A", "GP", "Demir"}),
    ('Each of the Reporting Persons, other than Copperline Partners Fund I, L.P. (the "Master '
     'Fund"), disclaims beneficial ownership of the shares reported herein.', False,
     {"F1A", "GP", "Demir"}),
    # a name no party answers to: whom it leaves out is unknown
    (f"The Reporting Persons, other than Y. K. Demir, {REST}", False, set()),
    (f"Other than Y. K. Demir, the Reporting Persons {REST}", False, set()),
    (f"The Reporting Persons, other than Richard Miles, {REST}", False, set()),
    (f"The Reporting Persons, other than the Investment Manager, {REST}", False, set()),
    (f"The Reporting Persons, other than Fund I and the Master Fund, {REST}", False, set()),
    # "the Funds": its members when defined, else no one
    (f"The Reporting Persons, other than the Funds, {REST}", False, set()),
    (f"The Reporting Persons, other than the Funds, {REST}", True, {"GP", "Demir"}),
    (f"Other than the Funds, the Reporting Persons {REST}", True, {"GP", "Demir"}),
    (f"Other than the Funds, the Reporting Persons {REST}", False, set()),
])
def test_excepted_names_must_answer_to_parties(tmp_path, sentence, funds, disclaiming):
    assert _disclaiming(tmp_path, sentence, funds) == disclaiming


# --- M1, M2, L1 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    f"The Reporting Persons, other than with respect to their direct holdings, {REST}",
    f"The Reporting Persons, other than directly held shares, {REST}",
    f"The Reporting Persons, other than the Reporting Person's direct holdings, {REST}",
    f"The Reporting Persons, other than with respect to the shares held by Demir, {REST}",
    f"Other than with respect to their direct holdings, the Reporting Persons {REST}",
    f"Other than with respect to the shares held by Demir, the Reporting Persons {REST}",
    f"Except as to the shares held by it directly, each Reporting Person {REST}",
    # M2: an earlier exception of shares no longer hides the later one, and is unread itself
    f"Other than the shares reported herein, the Reporting Persons, other than Demir, {REST}",
    # L1: a name in lower case is no name
    f"the reporting persons, other than yusuf k. demir, {REST}",
])
def test_an_exception_of_holdings_or_unread_marks_no_one(tmp_path, sentence):
    assert _disclaiming(tmp_path, sentence) == set()


@pytest.mark.parametrize("sentence, everyone, excepted", [
    # L1: in lower case, "jane roe" is no name: no one, nor Jane Roe by name
    ("the reporting persons, other than jane roe, disclaim beneficial ownership of the shares.",
     False, []),
    ("THE REPORTING PERSONS, OTHER THAN JANE ROE, DISCLAIM BENEFICIAL OWNERSHIP OF THE SHARES.",
     True, ["JANE ROE"]),
    # M1: the name inside an exception of shares is no disclaiming name either
    ("The Reporting Persons, other than with respect to the Shares held by Jane Roe, disclaim "
     "beneficial ownership of the Shares.", False, []),
])
def test_the_disclaimer_read(sentence, everyone, excepted):
    [d] = find_disclaimers(SourceText(path="x", text=sentence))
    assert (d.everyone, d.excepted) == (everyone, excepted)
    assert d.names == [] or everyone


# --- review s18 "checked and right", kept -------------------------------------------------------

@pytest.mark.parametrize("sentence, disclaiming", [
    (f"The Reporting Persons, other than Fund I, {REST[:-1]}, except to the extent of their "
     "pecuniary interest therein.", {"F1A", "GP", "Demir"}),
    (f"The Reporting Persons, other than Fund I and\nFund I-A, {REST}", {"GP", "Demir"}),
    ("The Reporting Persons, other than Fund I, each disclaim beneficial ownership of the shares "
     "held by Fund I-A.", {"GP", "Demir"}),
    (f"The Reporting Persons, other than Mr. Demir, {REST}", {"F1", "F1A", "GP"}),
    (f"The Reporting Persons, other than YUSUF K. DEMIR, {REST}", {"F1", "F1A", "GP"}),
    (f"The Reporting Persons, other than Copperline Partners Fund I, L.P., {REST}",
     {"F1A", "GP", "Demir"}),
    ("The Reporting Persons, other than Copperline Partners Fund I, L.P., and Copperline "
     f"Partners GP I, L.L.C., {REST}", {"F1A", "Demir"}),
    ("The Reporting Persons, other than Copperline Partners Fund I, L.P., Copperline Partners "
     f"GP I, L.L.C. and Demir, {REST}", {"F1A"}),
    (f"The Reporting Persons, except Fund I, {REST}", {"F1A", "GP", "Demir"}),
    (f"The Reporting Persons, except for Fund I, {REST}", {"F1A", "GP", "Demir"}),
    (f"The Reporting Persons, besides Fund I, {REST}", {"F1A", "GP", "Demir"}),
    (f"The Reporting Persons, apart from Fund I, {REST}", {"F1A", "GP", "Demir"}),
    (f"The Reporting Persons, other than Fund I, hereby {REST}", {"F1A", "GP", "Demir"}),
    (f"The Reporting Persons, other than Fund I, each expressly {REST}", {"F1A", "GP", "Demir"}),
    (f"The Reporting Persons, other than Demir, who is the sole managing member of GP I, {REST}",
     {"F1", "F1A", "GP"}),
    (f"The Reporting Persons, other than Demir (who holds no shares directly), {REST}",
     {"F1", "F1A", "GP"}),
    (f"The Reporting Persons, other than Fund I, which holds its shares directly, {REST}",
     {"F1A", "GP", "Demir"}),
    (f"Except as set forth herein, the Reporting Persons, other than Demir, {REST}",
     {"F1", "F1A", "GP"}),
    ("Other than Fund I, and except to the extent of its pecuniary interest therein, each "
     "Reporting Person disclaims beneficial ownership of the shares reported herein.",
     {"F1A", "GP", "Demir"}),
])
def test_names_excepted_are_left_out(tmp_path, sentence, disclaiming):
    assert _disclaiming(tmp_path, sentence) == disclaiming


def test_a_group_with_a_member_no_party_marks_no_one(tmp_path):
    # "GP I. Fund I and Fund I-A are ... the "Funds"" is read as the group of "GP I. Fund I" and
    # Fund I-A: one member answers to no party, so whom "the Funds" leaves out is unknown (before,
    # Fund I was marked)
    text = FILING.read_text().replace(SENTENCE, f"The Reporting Persons, other than the Funds, "
                                      f"{REST}")
    text = text.replace("Demir is the sole managing member of GP I.",
                        "Demir is the sole managing member of GP I." + FUNDS)
    path = tmp_path / "g.htm"
    path.write_text(text)
    [rec] = parse_path(path).records
    assert not [c for c in rec.claims if c.disclaims]


@pytest.mark.parametrize("exception", [
    "as set forth herein", "to the extent of their pecuniary interest therein",
    "for purposes of Section 13(d) of the Act", "their respective pecuniary interests",
    "in their capacities as general partners",
    # an interest, not its holder
    "the Reporting Persons' pecuniary interest therein",
    "each Reporting Person's pecuniary interest therein",
])
def test_an_exception_about_no_person_leaves_everyone(tmp_path, exception):
    assert _disclaiming(tmp_path, f"The Reporting Persons, other than {exception}, {REST}") == ALL
    assert _disclaiming(tmp_path, f"Other than {exception}, each of the Reporting Persons "
                        "disclaims beneficial ownership of the shares reported herein.") == ALL


@pytest.mark.parametrize("sentence, disclaiming", [
    # each filer's own holding excepted: who is unsaid
    (f"The Reporting Persons, other than the shares held directly by them, {REST}", set()),
    (f"The Reporting Persons, other than in respect of the shares they own directly, {REST}",
     set()),
    (f"The Reporting Persons, other than with respect to shares they hold directly, {REST}",
     set()),
    # not the reporting persons as a whole: as on main
    ("None of the Reporting Persons, other than Demir, disclaims beneficial ownership of the "
     "shares reported herein.", set()),
    (f"The Reporting Persons (other than Demir) {REST}", set()),
    (f"The Reporting Persons \u2014 other than Demir \u2014 {REST}", set()),
    (f"The Reporting Persons, including Demir, {REST}", {"Demir"}),
    (f"The Reporting Persons, as a group, {REST}", set()),
    (f"The Reporting Persons, other than Demir, may be deemed to beneficially own the shares "
     "reported herein, but disclaim beneficial ownership.", set()),
    (f"The Reporting Persons, other than GP I; {REST}", set()),
    # a relative clause inside a list: the names after it are not read, so no one (main marked
    # Fund I-A, excepted)
    ("Except for Fund I, which holds its shares directly, and Fund I-A, the Reporting Persons "
     f"{REST}", set()),
    # an exception of shares held by a named filer (review s17c hd1): no one
    ("Except for the shares held directly by Copperline Partners Fund I, L.P., each of the "
     "Reporting Persons disclaims beneficial ownership of the shares reported herein.", set()),
    # qualified names: no one
    (f"The Reporting Persons, other than Demir as to 1,000 shares, {REST}", set()),
    (f"The Reporting Persons, other than Demir in his individual capacity, {REST}", set()),
    (f"The Reporting Persons, other than Demir as to his pecuniary interest, {REST}", set()),
])
def test_other_shapes(tmp_path, sentence, disclaiming):
    assert _disclaiming(tmp_path, sentence) == disclaiming


# --- the patterns --------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, how, hits, misses", [
    (EXCEPTION_CUE, "search", ["other than", "Other  than", "except", "Except for", "besides",
                               "apart from", "EXCLUDING"], ["exception", "excepted", "otherwise"]),
    (NOT_ABOUT_PERSONS, "match", ["as set forth herein", "to the extent of", "insofar as",
                                  "for purposes of Section 13(d)", "for the purpose of",
                                  "its pecuniary interest", "their respective pecuniary interests",
                                  "in their capacities as", "in its capacity as",
                                  "the Reporting Persons' pecuniary interest",
                                  "Jane Roe\u2019s pecuniary interest"],
     ["as to the Shares held by it", "the record holder", "their direct holdings", "Jane Roe",
      "assets", "total", "Jane Roe as to her pecuniary interest"]),
    (EXCEPTION_TRAILER, "search", ["Jane Roe, ", "Jane Roe, each expressly ", "Fund I, and "],
     ["Jane Roe"]),
    (NAME_ASIDE, "match", [' (the "Master Fund")', ' ("Fund I")', " (which holds the Shares)",
                           " (\u201cFund I\u201d)"], [" (Cayman)", " (in his capacity)"]),
    (EXCEPTED_NAME, "fullmatch", ["the Master Fund", "Jane Roe", "JANE ROE", "THE FUNDS",
                                  'Acme Master Fund, L.P. (the "Master Fund")',
                                  "Jane Roe (who holds Shares directly)"],
     ["the record holder", "jane roe", "Jane Roe as to 1,000 Shares"]),
    (EXCEPTED_SEPARATOR, "match", [", ", ", and ", " and "], [" or ", " as "]),
    (EXCEPTED_RELATIVE, "fullmatch", [", who is the sole member of the General Partner",
                                      ", which holds the Shares directly"],
     [", which holds its shares directly, and Fund I-A",
      ", which holds its shares directly and Fund I-A", ", each of whom disclaim"]),
])
def test_patterns(pattern, how, hits, misses):
    for t in hits:
        assert getattr(pattern, how)(t) is not None, t
    for t in misses:
        assert getattr(pattern, how)(t) is None, t


@pytest.mark.parametrize("text, kind, names", [
    ("Jane Roe, John Doe and the Adviser", ExceptionKind.NAMES,
     ["Jane Roe", "John Doe", "Adviser"]),
    ("Acme Master Fund, L.P., and Acme Offshore Fund, Ltd.", ExceptionKind.NAMES,
     ["Acme Master Fund, L.P.", "Acme Offshore Fund, Ltd."]),
    ("Mr. Doe and Ms. Roe", ExceptionKind.NAMES, ["Mr. Doe", "Ms. Roe"]),
    ('Fund I, L.P. ("Fund I") and Fund I-A, L.P. ("Fund I-A")', ExceptionKind.NAMES,
     ["Fund I, L.P.", "Fund I-A, L.P."]),
    ("Jane Roe's spouse", ExceptionKind.UNREAD, []),
    ("Jane Roe's", ExceptionKind.UNREAD, []),
    ("the Funds and their general partner", ExceptionKind.UNREAD, []),
    ("Jane Roe and the trusts for her children", ExceptionKind.UNREAD, []),
    ("as set forth herein", ExceptionKind.NO_PARTY, []),
    ("", ExceptionKind.UNREAD, []),
])
def test_read_exception(text, kind, names):
    assert read_exception(text) == (kind, names)


@pytest.mark.parametrize("exception", [
    "Acme Fund, L.P., " * 300 + "x", "Acme L.P. LLC Inc. " * 200 + "x",
    'Acme Fund, L.P. ("Fund") and ' * 100 + "x", "Jane Roe, who " + "and the A " * 300,
])
def test_long_exceptions_are_quick(exception):
    # a whole-list pattern backtracked over every reading of every legal form
    sentence = f"The Reporting Persons, other than {exception}, disclaim beneficial ownership."
    start = time.process_time()
    [d] = find_disclaimers(SourceText(path="x", text=sentence))
    assert time.process_time() - start < 0.5 and not d.everyone
