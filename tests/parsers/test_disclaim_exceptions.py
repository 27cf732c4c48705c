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


# Review s19: sentences read with a book of six reporting persons (made-up names)
BOOK = {"Acme Master Fund, L.P.": "MF", "Acme Capital Management, LLC": "ADV",
        "Acme GP, LLC": "GP", "Jane Roe": "Roe", "John Doe": "Doe",
        "Acme Offshore Fund, Ltd.": "OFF"}
TERMS = {"Master Fund": "Acme Master Fund, L.P.", "Adviser": "Acme Capital Management, LLC",
         "General Partner": "Acme GP, LLC", "Offshore Fund": "Acme Offshore Fund, Ltd."}
SIX = set(BOOK.values())
OBJ = "beneficial ownership of the Shares."


def _six(sentence: str) -> set[str]:
    """Who of the six reporting persons disclaims in ``sentence``."""
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.prose import find_collective_terms
    from graphkit.parsers.schedule13_disclaiming import disclaiming_parties
    book = PartyBook()
    short = {book.add(n).id: s for n, s in BOOK.items()}
    for term, name in TERMS.items():
        book.bind_term(term, name)
    src = SourceText(path="x", text=sentence)
    got = disclaiming_parties(find_disclaimers(src), book, find_collective_terms(src), set(short))
    return {short[i] for i in got}


@pytest.mark.parametrize("sentence, disclaiming", [
    # H1: a list that goes on after ", and the ..." is read whole (the branch marked all six)
    (f"The Reporting Persons, other than Jane Roe, John Doe, and the Adviser, disclaim {OBJ}",
     {"MF", "GP", "OFF"}),
    ("The Reporting Persons, other than the Master Fund, the Offshore Fund, and the General "
     f"Partner, disclaim {OBJ}", {"ADV", "Roe", "Doe"}),
    ("The Reporting Persons, other than Acme Master Fund, L.P., Acme GP, LLC, and the Adviser, "
     f"disclaim {OBJ}", {"Roe", "Doe", "OFF"}),
    (f"The Reporting Persons, other than the Master Fund, and the Offshore Fund, disclaim {OBJ}",
     {"ADV", "GP", "Roe", "Doe"}),
    # ... or no one, when the list does not read as names
    ("The Reporting Persons, other than the Master Fund, and each of the Offshore Fund and Jane "
     f"Roe, disclaim {OBJ}", set()),
    (f"The Reporting Persons, other than Jane Roe, but including the Adviser, disclaim {OBJ}",
     set()),
    # H2: the each-form and the leading form
    ("Each of the Reporting Persons, other than Jane Roe, John Doe, and the Adviser, disclaims "
     f"{OBJ}", {"MF", "GP", "OFF"}),
    ("Other than Jane Roe, John Doe, and the Adviser, each of the Reporting Persons disclaims "
     f"{OBJ}", {"MF", "GP", "OFF"}),
    (f"Other than the Master Fund, and the Offshore Fund, each Reporting Person disclaims {OBJ}",
     {"ADV", "GP", "Roe", "Doe"}),
    ("Each of the Reporting Persons, other than the Master Fund, and the Offshore Fund, disclaims "
     f"{OBJ}", {"ADV", "GP", "Roe", "Doe"}),
    (f"Each of the Reporting Persons, other than Jane Roe, but including John Doe, disclaims {OBJ}",
     set()),
    (f"Other than Jane Roe, but subject to the foregoing, each Reporting Person disclaims {OBJ}",
     set()),
    ("Each of the Reporting Persons, other than Jane Roe, may be deemed to share beneficial "
     "ownership of the Shares, but disclaims such beneficial ownership.", set()),
    ("Each of the Reporting Persons, other than Jane Roe, may be deemed to share beneficial "
     "ownership of the Shares; however, each disclaims such beneficial ownership.", set()),
    ("Each of the Reporting Persons, other than Jane Roe, may be deemed to share beneficial "
     "ownership of the Shares, and each disclaims such beneficial ownership.", set()),
    # the exception of the subject's clause, before it
    ("Other than Jane Roe, each of the Reporting Persons may be deemed to share beneficial "
     "ownership of the Shares, but disclaims such beneficial ownership.",
     {"MF", "ADV", "GP", "Doe", "OFF"}),
    # a disclaiming clause of its own: everyone, as on main
    ("Each of the Reporting Persons, other than Jane Roe, is a party to the Agreement, and each "
     f"of the Reporting Persons disclaims {OBJ}", SIX),
    # an "other than" of something else, not after the subject: no list goes on
    ("The Master Fund holds all Shares other than the Shares held by Jane Roe, and each of the "
     f"Reporting Persons disclaims {OBJ}", SIX),
])
def test_a_list_of_exceptions_goes_on_or_marks_no_one(sentence, disclaiming):
    assert _six(sentence) == disclaiming


@pytest.mark.parametrize("sentence, disclaiming", [
    # M1: brackets and dashes read like commas
    (f"Each of the Reporting Persons (other than the Master Fund) disclaims {OBJ}",
     SIX - {"MF"}),
    (f"Each Reporting Person (other than the Master Fund and the Offshore Fund) disclaims {OBJ}",
     SIX - {"MF", "OFF"}),
    (f"Each of the Reporting Persons (other than the Master Fund), disclaims {OBJ}", SIX - {"MF"}),
    (f"Each of the Reporting Persons \u2014 other than the Master Fund \u2014 disclaims {OBJ}",
     SIX - {"MF"}),
    (f"Each of the Reporting Persons - other than the Master Fund - disclaims {OBJ}",
     SIX - {"MF"}),
    (f"Each of the Reporting Persons [other than the Master Fund] disclaims {OBJ}", SIX - {"MF"}),
    (f"(Other than the Master Fund) each of the Reporting Persons disclaims {OBJ}", SIX - {"MF"}),
    (f"Each of the Reporting Persons (except the Master Fund) disclaims {OBJ}", SIX - {"MF"}),
    ('Each of the Reporting Persons (other than Acme Master Fund, L.P. (the "Master Fund")) '
     f"disclaims {OBJ}", SIX - {"MF"}),
    (f"Each of the Reporting Persons (other than the record holder) disclaims {OBJ}", set()),
])
def test_exceptions_in_brackets_or_dashes(sentence, disclaiming):
    assert _six(sentence) == disclaiming


@pytest.mark.parametrize("exception", [
    "where otherwise noted", "where otherwise indicated herein",
    "with respect to its pecuniary interest therein",
    "with respect to their respective pecuniary interests", "the foregoing",
    "in the case of its pecuniary interest", "in connection with Section 16",
    "if otherwise required by law", "pursuant to Rule 13d-3", "under Rule 13d-3",
    "that the Shares are held of record by a nominee", "in his or her individual capacity",
])
def test_more_exceptions_about_no_person_leave_everyone(exception):
    # M3: as on main
    assert _six(f"Except {exception}, each of the Reporting Persons disclaims {OBJ}") == SIX
    assert _six(f"Other than {exception}, the Reporting Persons disclaim {OBJ}") == SIX
    assert _six(f"Each of the Reporting Persons, other than {exception}, disclaims {OBJ}") == SIX


@pytest.mark.parametrize("sentence", [
    # M5: a party named inside an exception about no person: no one (main marked Roe)
    f"Except insofar as Jane Roe is concerned, the Reporting Persons disclaim {OBJ}",
    f"Except as noted for Jane Roe, the Reporting Persons disclaim {OBJ}",
    "Other than as set forth below with respect to Jane Roe, each of the Reporting Persons "
    f"disclaims {OBJ}",
    f"Except that the Master Fund holds Shares directly, each Reporting Person disclaims {OBJ}",
    f"Except in the case of Ms. Roe, each of the Reporting Persons disclaims {OBJ}",
])
def test_a_party_inside_an_exception_about_no_person_marks_no_one(sentence):
    assert _six(sentence) == set()


def test_a_name_of_no_party_inside_an_exception_about_no_person():
    # "Item 5", "Section 13(d)", "Schedule 13D" are no party's: everyone, as on main
    assert _six("Except as set forth in Item 5 of this Schedule 13D, each of the Reporting "
                f"Persons disclaims {OBJ}") == SIX


@pytest.mark.parametrize("pattern, hits, misses", [
    ("EXCEPTION_BRACKET", ["Each Reporting Person (", "Persons [ ", "Persons \u2014", "Persons - "],
     ["Persons,", "Acme-", "Persons"]),
    ("CLOSING_DASH", ["\u2014", "\u2013", " - "], ["Acme-Fund"]),
    ("CUE_PLACE", ["", "  ", "Each of the Reporting Persons, ", "The Reporting Persons ("],
     ["Acme Fund holds all Shares ", "Each Reporting Person holds Shares "]),
])
def test_s19_patterns(pattern, hits, misses):
    import graphkit.parsers.schedule13_exceptions as ex
    rx = getattr(ex, pattern)
    assert all(rx.search(h) for h in hits)
    assert not any(rx.search(m) for m in misses)


def test_full_filings_of_review_s19(tmp_path):
    # q01: an Oxford list in a full filing (the branch marked all four)
    assert _disclaiming(tmp_path, "The Reporting Persons, other than Mr. Demir, Fund I, and the "
                        f"Copperline Partners Fund I-A, L.P., {REST}") == {"GP"}
    # q03: brackets; q04: the exception runs over the clause (main marked Fund I)
    assert _disclaiming(tmp_path, "Each of the Reporting Persons (other than Fund I) disclaims "
                        "beneficial ownership of the shares reported herein.") == {"F1A", "GP",
                                                                                    "Demir"}
    assert _disclaiming(tmp_path, "Each of the Reporting Persons, other than Fund I, may be "
                        "deemed to beneficially own the shares reported herein, but disclaims "
                        "beneficial ownership.") == set()
    # p08: pecuniary interest (the branch marked no one); p11: insofar naming a party
    assert _disclaiming(tmp_path, "Except with respect to its pecuniary interest therein, each of "
                        "the Reporting Persons disclaims beneficial ownership of the shares "
                        "reported herein.") == ALL
    assert _disclaiming(tmp_path, f"Except insofar as Fund I is concerned, the Reporting Persons "
                        f"{REST}") == set()
