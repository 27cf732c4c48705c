"""A disclaiming clause with a subject of its own after a clause about all the reporting persons
("Each of the Reporting Persons may be deemed ...; however, John Doe disclaims"): only that
subject disclaims (review s20, "the same on main"); a subject that cannot be read marks no one.

Each case asserts exactly who disclaims: in a six-party book (sentences), and in two made-up
full filings, the Schedule 13D rev17/own17_e1.htm (Fund I, Fund I-A, their general partner GP I
and its managing member Demir) and the Form 4 rev17/own17_x2.xml (Acme Fund LP, Acme GP LLC,
Jane Roe), each with its disclaimer replaced.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_collective_terms
from graphkit.parsers.schedule13_claims import disclaiming_parties
from graphkit.parsers.schedule13_disclaim_subject import (
    ALL_OF_THEM, BEFORE_OBJECT, CLAUSE_OPENING, CLAUSE_VERB, COORDINATING, EACH_ALONE,
    EVERYONE_DISCLAIMS, EVERYONE_SUBJECT, FILERS_WORDS, LEADING_CLAUSE, NO_SUBJECT, ROLE_IN_LIST,
    SUBJECT_ASIDE, SUBJECT_LEAD, SUBJECT_START, SUBJECT_TAIL, SubjectKind, read_own_subject)
from graphkit.parsers.schedule13_items import find_disclaimers
from graphkit.source import SourceText

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "rev17"
EACH = "Each of the Reporting Persons may be deemed to share beneficial ownership of the Shares"
THEREOF = "beneficial ownership thereof."


# --- the patterns -----------------------------------------------------------------------------

def test_clause_opening():
    assert [m.group(0) for m in CLAUSE_OPENING.finditer(
        "A; however, B but C although D while E, provided that F, as to which G")] == \
        [";", "however,", "but", "although", "while", "that", "as to which"]
    assert CLAUSE_OPENING.search("Each of the Reporting Persons, which may be deemed") is None
    assert CLAUSE_OPENING.search("the Shares held by Jane Roe, who controls") is None


def test_subject_start():
    assert [m.group(0) for m in SUBJECT_START.finditer(
        "the Shares, and John Doe and Jane Roe, and, except as noted, Acme and")] == \
        [", and ", " and ", ", and, ", ", ", " and"]


def test_clause_verb():
    assert [m.group(0) for m in CLAUSE_VERB.finditer(
        "Each may be deemed to own the Shares held by Acme, which controls the Fund")] == \
        ["may", "be", "own", "held", "controls"]
    assert CLAUSE_VERB.search("Each Reporting Person and each member of the Fund") is None


def test_subject_tail_and_each_alone():
    t = "The Adviser and John Doe each expressly "
    assert t[:SUBJECT_TAIL.search(t).start()] == "The Adviser and John Doe"
    assert EACH_ALONE.search(t) is None
    for t in ("the Shares, and each expressly ", "; however, except as noted, each ", "but all "):
        assert EACH_ALONE.search(t), t


def test_subject_aside():
    for t, aside in [("Jane Roe, as managing member of the General Partner, ",
                      ", as managing member of the General Partner, "),
                     ("John Doe, however, ", ", however, "),
                     ("Jane Roe (the member of the GP) ", " (the member of the GP) ")]:
        assert SUBJECT_ASIDE.search(t).group(0) == aside
    for t in ("Jane Roe, and each of the Reporting Persons, ", "Jane Roe, like each of them, ",
              "Jane Roe, together with the Adviser, ", "Jane Roe "):
        assert SUBJECT_ASIDE.search(t) is None, t


def test_subject_lead_and_all_of_them():
    assert SUBJECT_LEAD.match("however, each of the Adviser").end() == len("however, each of ")
    assert SUBJECT_LEAD.match("both Jane Roe").end() == len("both ")
    for t in ("each of them", "however, they", "it", "he or it", "each such Reporting Person",
              "all such persons", "each of the foregoing persons", ""):
        assert ALL_OF_THEM.fullmatch(t), t
    for t in ("he", "she", "certain of them", "John Doe", "none of them"):
        assert ALL_OF_THEM.fullmatch(t) is None, t


def test_everyone_patterns():
    assert EVERYONE_DISCLAIMS.search("each of the Reporting Persons")
    assert EVERYONE_DISCLAIMS.search("Each reporting person")
    assert FILERS_WORDS.search("the Filing Persons")
    for t in ("Each of the Reporting Persons may", "Other than Jane Roe, each Reporting Person has",
              "Each Reporting Person, other than the Master Fund, is",
              "Each of the Reporting Persons (other than Jane Roe) beneficially"):
        assert EVERYONE_SUBJECT.search(t), t
    for t in ("Each of the Reporting Persons, other than the Master Fund, which is the record "
              "holder, and Jane Roe, disclaims", "held by each Reporting Person; however, it"):
        assert EVERYONE_SUBJECT.search(t) is None, t
    for t in ("the Shares held by ", "the general partner of ", "Jane Roe, who controls "):
        assert BEFORE_OBJECT.search(t), t
    assert BEFORE_OBJECT.search("Other than Jane Roe, ") is None


@pytest.mark.parametrize("before, kind, names", [
    (f"{EACH}; however, John Doe ", SubjectKind.NAMED, ["John Doe"]),
    (f"{EACH}, but the Adviser and John Doe each ", SubjectKind.NAMED, ["Adviser", "John Doe"]),
    (f"{EACH}; however, pursuant to Rule 13d-4, John Doe ", SubjectKind.NAMED, ["John Doe"]),
    (f"{EACH}, and, except to the extent of his interest, Mr. Doe ", SubjectKind.NAMED,
     ["Mr. Doe"]),
    (f"{EACH}; however, each of them ", SubjectKind.ALL, []),
    (f"{EACH} but ", SubjectKind.ALL, []),
    (f"{EACH} and ", SubjectKind.ALL, []),
    (f"{EACH}; however, he ", SubjectKind.UNREAD, []),
    (f"{EACH}, but neither the Adviser nor John Doe ", SubjectKind.UNREAD, []),
    (f"{EACH}; however, certain of them ", SubjectKind.UNREAD, []),
    ("The Adviser may be deemed to own the Shares held by each Reporting Person, but it ",
     SubjectKind.UNREAD, []),    # review s21: no subject of its own, subjects of all, asides, lists, a leading clause
    (f"{EACH} but, except to the extent of its pecuniary interest therein, ", SubjectKind.ALL, []),
    (f"{EACH} and, pursuant to Rule 13d-4 under the Act, ", SubjectKind.ALL, []),
    (f"{EACH} but, other than the Master Fund, ", SubjectKind.ALL, []),
    (f"{EACH} but, for purposes of Section 16, except as noted herein, ", SubjectKind.ALL, []),
    (f"{EACH} but nonetheless ", SubjectKind.ALL, []),
    (f"{EACH} and, accordingly, ", SubjectKind.ALL, []),
    (f"{EACH}, but they otherwise ", SubjectKind.ALL, []),
    (f"{EACH}; however, each of the undersigned ", SubjectKind.ALL, []),
    (f"{EACH}; however, he or she ", SubjectKind.ALL, []),
    (f"{EACH}; however, Acme GP, LLC, ", SubjectKind.NAMED, ["Acme GP, LLC"]),
    (f"{EACH}; however, the Adviser, as manager of the Master Fund, and John Doe, as trustee, ",
     SubjectKind.NAMED, ["Adviser", "John Doe"]),
    (f"{EACH}; however, Jane Roe and John Doe, the members of the General Partner, each ",
     SubjectKind.NAMED, ["Jane Roe", "John Doe"]),
    ("Each Reporting Person may be deemed to own the Shares held by the Master Fund, the "
     "Offshore Fund, and Jane Roe, and John Doe ", SubjectKind.NAMED, ["John Doe"]),
    ("Although each Reporting Person may be deemed to own the Shares, Jane Roe ",
     SubjectKind.NAMED, ["Jane Roe"]),
])
def test_read_own_subject(before, kind, names):
    own = read_own_subject(before)
    assert (own.kind, own.names) == (kind, names)


def test_read_own_subject_is_fast_on_a_long_clause():
    before = EACH + ", " + "and Acme Fund, L.P., " * 150 + "however, "
    t = time.perf_counter()
    read_own_subject(before + "John Doe ")
    read_own_subject(before + "the " * 300)
    assert time.perf_counter() - t < 1.0


# --- sentences, in a six-party book -------------------------------------------------------------

BOOK = ["Acme Master Fund, L.P.", "Acme Capital Management, LLC", "Acme GP, LLC", "Jane Roe",
        "John Doe", "Acme Offshore Fund, Ltd."]
TERMS = {"Master Fund": "Acme Master Fund, L.P.", "Adviser": "Acme Capital Management, LLC",
         "General Partner": "Acme GP, LLC", "Offshore Fund": "Acme Offshore Fund, Ltd."}
SHORT = dict(zip(BOOK, ["MF", "ADV", "GP", "Roe", "Doe", "OFF"]))
SIX = set(SHORT.values())
FUNDS = 'Acme Master Fund, L.P. and Acme Offshore Fund, Ltd. are referred to herein as the "Funds".'


def _sentence(text: str) -> set[str]:
    """Who disclaims in ``text``, among the six parties (terms bound as in a filing's Item 2)."""
    book = PartyBook()
    ids = {book.add(n).id for n in BOOK}
    for term, name in TERMS.items():
        book.bind_term(term, name)
    src = SourceText(path="x", text=text)
    got = disclaiming_parties(find_disclaimers(src), book, find_collective_terms(src), ids)
    return {SHORT[book.get(i).name] for i in got}


@pytest.mark.parametrize("sentence, expected", [
    # the review's cases: only the disclaiming clause's subject
    (f"{EACH}; however, John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}, but John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, the Adviser and John Doe each disclaim {THEREOF}", {"ADV", "Doe"}),
    (f"Other than Jane Roe, e{EACH[1:]}; however, John Doe disclaims {THEREOF}", {"Doe"}),
    (f"Other than Jane Roe, e{EACH[1:]}; however, the Adviser and John Doe each disclaim "
     f"{THEREOF}", {"ADV", "Doe"}),
    # the brief's other shapes
    (f"{EACH}; John Doe, however, disclaims {THEREOF}", {"Doe"}),
    (f"{EACH} and John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}, and John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}, but neither the Adviser nor John Doe disclaims {THEREOF}", set()),
    # a subject of its own in other words
    (f"{EACH}; however, each of the Adviser and John Doe disclaims {THEREOF}", {"ADV", "Doe"}),
    (f"{EACH}; however, Mr. Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, Acme Capital Management, LLC disclaims {THEREOF}", {"ADV"}),
    (f"{EACH}; however, pursuant to Rule 13d-4, John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, the filing of this statement shall not be construed as an admission, "
     f"and John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, Jane Roe, as managing member of the General Partner, disclaims "
     f"{THEREOF}", {"Roe"}),
    (f"{EACH}; however, Jane Roe (the managing member of the General Partner) disclaims "
     f"{THEREOF}", {"Roe"}),
    (f"{EACH}, but John Doe and Jane Roe, the managing members of the General Partner, "
     f"disclaim {THEREOF}", {"Doe", "Roe"}),
    (f"{EACH}; however, the Adviser, the General Partner and Jane Roe disclaim {THEREOF}",
     {"ADV", "GP", "Roe"}),
    (f"{EACH}; however, the Adviser disclaims beneficial ownership of the Shares held by the "
     "Master Fund.", {"ADV"}),
    ("Each of the Reporting Persons may be deemed to beneficially own the Shares held by the "
     "Master Fund and the Offshore Fund, and the Adviser disclaims beneficial ownership thereof.",
     {"ADV"}),
    ("Each Reporting Person may be deemed to own the Shares, although John Doe disclaims "
     f"{THEREOF}", {"Doe"}),
    ("Each Reporting Person may be deemed to own the Shares; provided, however, that John Doe "
     f"disclaims {THEREOF}", {"Doe"}),
    # a group the filing defines, as the subject: its members; in an object: none of them
    (f'{FUNDS} {EACH}; however, the Funds disclaim {THEREOF}', {"MF", "OFF"}),
    (f'{FUNDS} {EACH} held by the Funds; however, Jane Roe disclaims {THEREOF}', {"Roe"}),
    # a subject that cannot be read: no one
    (f"{EACH}; however, he disclaims {THEREOF}", set()),
    (f"{EACH}; however, certain of them disclaim {THEREOF}", set()),
    (f"{EACH}; however, Mr. Smith disclaims {THEREOF}", set()),
    (f"{EACH}, but the Master Fund does not disclaim {THEREOF}", set()),
    ("Each of the Reporting Persons may be deemed to beneficially own the Shares held by John "
     f"Doe; however, he disclaims {THEREOF}", set()),
    ("The Adviser may be deemed to beneficially own the Shares held by each Reporting Person, "
     f"but it disclaims {THEREOF}", set()),
    # unchanged: the reporting persons as a whole
    (f"{EACH} but disclaims {THEREOF}", SIX),
    (f"{EACH} and disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each of them disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each disclaims {THEREOF}", SIX),
    (f"{EACH}, and each expressly disclaims {THEREOF}", SIX),
    (f"{EACH}; however, they disclaim {THEREOF}", SIX),
    (f"{EACH}; however, each Reporting Person disclaims {THEREOF}", SIX),
    (f"{EACH}; however, the Reporting Persons disclaim {THEREOF}", SIX),
    (f"{EACH}; however, all such persons disclaim {THEREOF}", SIX),
    (f"{EACH}; however, except to the extent of its pecuniary interest, each disclaims "
     f"{THEREOF}", SIX),
    ("Each Reporting Person may be deemed to beneficially own the Shares, but it disclaims "
     f"{THEREOF}", SIX),
    ("Each Reporting Person, although it may be deemed to beneficially own the Shares, "
     f"disclaims {THEREOF}", SIX),
    ("Each of the Reporting Persons, which may be deemed to beneficially own the Shares, "
     f"disclaims {THEREOF}", SIX),
    ("Each Reporting Person and each member of the General Partner disclaims beneficial "
     "ownership of the Shares.", SIX),
    ("Each Reporting Person, and John Doe in his individual capacity, disclaims beneficial "
     "ownership of the Shares.", SIX),
    ("Each of the Reporting Persons may be deemed to beneficially own the Shares held by the "
     f"Master Fund and the Offshore Fund and disclaims {THEREOF}", SIX),
    # (an earlier clause's exception is not the disclaimer's, as on main)
    ("Other than Jane Roe, each of the Reporting Persons may be deemed to share beneficial "
     f"ownership of the Shares; however, each Reporting Person disclaims {THEREOF}", SIX),
    ("Each Reporting Person may be deemed to beneficially own the Shares held by the Master "
     f"Fund; each Reporting Person other than the Master Fund disclaims {THEREOF}",
     SIX - {"MF"}),
    # an exception's relative clause is no clause of its own (review s19's case: no one)
    ("Each of the Reporting Persons, other than the Master Fund, which is the record holder of "
     "the Shares, and Jane Roe, disclaims beneficial ownership of the Shares.", set()),
    # "each Reporting Person" in an object of a named subject's aside: the named subject
    ("Jane Roe, as the managing member of the general partner of each Reporting Person other "
     "than the Master Fund, disclaims beneficial ownership of the Shares.", {"Roe"}),
    ("The Adviser and Jane Roe, which control each of the Reporting Persons other than the "
     "record holder, disclaim beneficial ownership of the Shares.", {"ADV", "Roe"}),
])
def test_who_disclaims_in_a_sentence(sentence, expected):
    assert _sentence(sentence) == expected


# --- whole filings ------------------------------------------------------------------------------

#: each filing's own disclaimer, replaced by each case's
FILING_SENTENCES = {
    "own17_e1.htm": ("The Reporting Persons disclaim beneficial ownership of the shares held by "
                     "Fund I and Fund I-A, except to the extent of their pecuniary interest "
                     "therein."),
    "own17_x2.xml": ("Except for their respective pecuniary interest therein, each of the "
                     "Reporting Persons disclaims beneficial ownership of the reported "
                     "securities."),
}
FILING_SHORT = {"Copperline Partners Fund I, L.P.": "F1",
                "Copperline Partners Fund I-A, L.P.": "F1A",
                "Copperline Partners GP I, L.L.C.": "GP", "Yusuf K. Demir": "Demir",
                "Acme Fund LP": "Fund", "Acme GP LLC": "AGP", "Roe Jane": "Roe"}
E1_ALL = {"F1", "F1A", "GP", "Demir"}
X2_ALL = {"Fund", "AGP", "Roe"}
E1_EACH = ("Each of the Reporting Persons may be deemed to share beneficial ownership of the "
           "shares reported herein")
X2_EACH = ("Each of the Reporting Persons may be deemed to share beneficial ownership of the "
           "reported securities")


def _filing(tmp_path: Path, name: str, sentence: str) -> tuple[set[str], set[str]]:
    """The holders and who disclaims in the filing ``name`` with ``sentence`` as its
    disclaimer."""
    text = (FILINGS / name).read_text()
    assert FILING_SENTENCES[name] in text
    path = tmp_path / name
    path.write_text(text.replace(FILING_SENTENCES[name], sentence))
    holders, disclaiming = set(), set()
    for rec in parse_path(path).records:
        names = {p.id: p.name for p in rec.parties}
        for c in rec.claims:
            if c.source in names and names[c.source] in FILING_SHORT:
                holders.add(FILING_SHORT[names[c.source]])
                if c.disclaims:
                    disclaiming.add(FILING_SHORT[names[c.source]])
    return holders, disclaiming


@pytest.mark.parametrize("name, sentence, expected", [
    ("own17_e1.htm", f"{E1_EACH}; however, Mr. Demir disclaims beneficial ownership thereof "
     "except to the extent of his pecuniary interest therein.", {"Demir"}),
    ("own17_e1.htm", f"{E1_EACH}, but GP I and Demir each disclaim {THEREOF}", {"GP", "Demir"}),
    ("own17_e1.htm", f"{E1_EACH}, but neither GP I nor Demir disclaims {THEREOF}", set()),
    ("own17_e1.htm", f"{E1_EACH}; however, he disclaims {THEREOF}", set()),
    ("own17_e1.htm", f"{E1_EACH}; however, each of them disclaims {THEREOF}", E1_ALL),
    ("own17_e1.htm", f"{E1_EACH} but disclaims beneficial ownership thereof except to the extent "
     "of its pecuniary interest therein.", E1_ALL),
    ("own17_x2.xml", f"{X2_EACH}; however, Jane Roe disclaims beneficial ownership thereof except "
     "to the extent of her pecuniary interest therein.", {"Roe"}),
    ("own17_x2.xml", f"{X2_EACH}, and Acme GP LLC and Jane Roe disclaim {THEREOF}", {"AGP", "Roe"}),
    ("own17_x2.xml", f"{X2_EACH}; however, she disclaims {THEREOF}", set()),
    ("own17_x2.xml", f"{X2_EACH}; however, each Reporting Person disclaims {THEREOF}", X2_ALL),
])
def test_who_disclaims_in_a_filing(tmp_path, name, sentence, expected):
    holders, disclaiming = _filing(tmp_path, name, sentence)
    assert holders == (E1_ALL if name.endswith(".htm") else X2_ALL)  # every holding is read
    assert disclaiming == expected


# --- review s21: no subject, subjects of all, asides, lists, a leading clause -------------------

def test_no_subject():
    for t in (" except to the extent of its pecuniary interest therein, ",
              " pursuant to Rule 13d-4 under the Act, ", " other than Fund I, ",
              " for purposes of Section 13(d) of the Act, ", " in any event, ", " accordingly, ",
              " nonetheless ", " to the extent permitted by law, except as noted herein, ",
              " (except to the extent of its pecuniary interest) ", ""):
        assert NO_SUBJECT.fullmatch(t), t
    for t in (" except to the extent of his interest, John Doe ", " John Doe, ",
              " except to the extent of his interest John Doe ", " the Adviser ", " he "):
        assert NO_SUBJECT.fullmatch(t) is None, t


def test_subject_tail_adverbs():
    for t, subject in [("but nonetheless ", "but"), ("but they otherwise ", "but they"),
                       ("but in all events ", "but"), ("Jane Roe still ", "Jane Roe"),
                       ("and each nonetheless ", "and")]:
        assert t[:SUBJECT_TAIL.search(t).start()] == subject, t
    assert EACH_ALONE.search("the Shares, and each nonetheless ")
    assert SUBJECT_TAIL.search("Jane Kelly ").start() == len("Jane Kelly")


def test_all_of_them_and_filers_words():
    for t in ("he or she", "each of such persons", "each person", "each member of the group",
              "each of the persons named above", "all persons"):
        assert ALL_OF_THEM.fullmatch(t), t
    for t in ("each person named in Item 2", "his spouse", "the person"):
        assert ALL_OF_THEM.fullmatch(t) is None, t
    for t in ("each of the undersigned", "the undersigned", "each of the Filers",
              "each Reporting Entity", "each filer"):
        assert FILERS_WORDS.search(t), t
    assert FILERS_WORDS.search("the Filer's managing member") is None


def test_role_in_list_and_leading_clause():
    assert ROLE_IN_LIST.sub("", "the General Partner, as general partner of the Master Fund, "
                                "and the Adviser") == "the General Partner, and the Adviser"
    assert ROLE_IN_LIST.sub("", "Jane Roe (as trustee) and John Doe") == "Jane Roe and John Doe"
    assert ROLE_IN_LIST.sub("", "Jane Roe, in her capacity as trustee, and John Doe") == \
        "Jane Roe, and John Doe"
    for t in ("Jane Roe, as well as John Doe, and the Adviser", "Jane Roe, as managing member"):
        assert ROLE_IN_LIST.sub("", t) == t, t
    assert LEADING_CLAUSE.match("Although each of the Reporting Persons may be deemed to own "
                                "the Shares, John Doe ").group(0).endswith("Shares,")
    for t in ("Notwithstanding that each Reporting Person is a member of a group, ",
              "Because each Reporting Person may be deemed to share, "):
        assert LEADING_CLAUSE.match(t), t
    assert LEADING_CLAUSE.match("Although John Doe may be deemed to own the Shares, ") is None
    assert LEADING_CLAUSE.match("Each of the Reporting Persons, although it ") is None


def test_no_subject_is_fast_on_a_long_clause():
    t = time.perf_counter()
    read_own_subject(EACH + " but, " + "in any event " * 300 + "as to " * 200 + ", ")
    read_own_subject(EACH + " but " + "except for the Master Fund, " * 200)
    assert time.perf_counter() - t < 1.0


R13D4 = "pursuant to Rule 13d-4 under the Act"


@pytest.mark.parametrize("sentence, expected", [
    # no subject of its own: the reporting persons, as on main (review s21 HIGH)
    (f"{EACH} but, except to the extent of its pecuniary interest therein, disclaims {THEREOF}",
     SIX),
    (f"{EACH} and, {R13D4}, disclaims {THEREOF}", SIX),
    (f"{EACH} but, under Rule 13d-4, disclaims {THEREOF}", SIX),
    (f"{EACH} but, for purposes of Section 13(d) of the Act, disclaims {THEREOF}", SIX),
    (f"{EACH} but, to the extent permitted by law, disclaims {THEREOF}", SIX),
    (f"{EACH} but, in any event, disclaims {THEREOF}", SIX),
    (f"{EACH} but, as a result, disclaims {THEREOF}", SIX),
    (f"{EACH} and, accordingly, disclaims {THEREOF}", SIX),
    (f"{EACH} but nonetheless disclaims {THEREOF}", SIX),
    (f"{EACH} but otherwise disclaims {THEREOF}", SIX),
    (f"{EACH} but in all events disclaims {THEREOF}", SIX),
    (f"{EACH}, but each of them nonetheless disclaims {THEREOF}", SIX),
    (f"{EACH}, but they otherwise disclaim {THEREOF}", SIX),
    (f"{EACH} and, except to the extent of their pecuniary interest, disclaim {THEREOF}", SIX),
    # ... with an exception of its own: all but the excepted, as on main
    (f"{EACH} but, other than the Master Fund, disclaims {THEREOF}", SIX - {"MF"}),
    (f"{EACH} but, except for the Master Fund, disclaims {THEREOF}", SIX - {"MF"}),
    # ... but a subject after the phrase is the clause's own
    (f"{EACH}, and, except to the extent of his pecuniary interest, John Doe disclaims "
     f"{THEREOF}", {"Doe"}),
    # subjects meaning all the reporting persons (review s21 MEDIUM)
    (f"{EACH}; however, the undersigned disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each of the undersigned disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each of such persons disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each of the Filers disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each Reporting Entity disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each member of the group disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each person disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each of the persons named above disclaims {THEREOF}", SIX),
    (f"{EACH}; however, he or she disclaims {THEREOF}", SIX),
    # "each" after an aside closing named subjects: only they
    (f"{EACH}; however, Jane Roe and John Doe, as managing members of the General Partner, each "
     f"disclaim {THEREOF}", {"Roe", "Doe"}),
    (f"{EACH}, and the Adviser and the General Partner, the control persons of the Master Fund, "
     f"each disclaim {THEREOF}", {"ADV", "GP"}),
    (f"{EACH}; the General Partner, as general partner of the Master Fund, and the Adviser, as "
     f"investment manager of the Master Fund, each disclaim {THEREOF}", {"GP", "ADV"}),
    (f"{EACH}; however, Jane Roe, in her capacity as managing member of the General Partner, and "
     f"John Doe, in his capacity as president of the Adviser, disclaim {THEREOF}", {"Roe", "Doe"}),
    (f"{EACH}; however, except to the extent of its pecuniary interest, each disclaims {THEREOF}",
     SIX),
    # an Oxford list in the earlier clause's object is not the subject
    ("Each Reporting Person may be deemed to beneficially own the Shares held by the Master Fund, "
     f"the Offshore Fund, and Jane Roe, and John Doe disclaims {THEREOF}", {"Doe"}),
    ("Each Reporting Person may be deemed to beneficially own the Shares, and the Adviser, the "
     f"General Partner, and John Doe disclaim {THEREOF}", {"ADV", "GP", "Doe"}),
    # a leading clause about all of them, then a named subject
    ("Although each of the Reporting Persons may be deemed to share beneficial ownership of the "
     f"Shares, John Doe disclaims {THEREOF}", {"Doe"}),
    ("While each Reporting Person may be deemed to beneficially own the Shares, the Adviser "
     f"disclaims {THEREOF}", {"ADV"}),
    ("Because each of the Reporting Persons may be deemed a member of a group, Jane Roe "
     "disclaims beneficial ownership of the Shares held by the Master Fund.", {"Roe"}),
    ("Although each of the Reporting Persons may be deemed to share beneficial ownership of the "
     f"Shares, each of them disclaims {THEREOF}", SIX),
    # a legal form's comma is no aside
    (f"{EACH}; however, Acme GP, LLC, disclaims {THEREOF}", {"GP"}),
    (f"{EACH}; however, Acme Offshore Fund, Ltd., disclaims {THEREOF}", {"OFF"}),
    (f"{EACH}; however, the general partner of the Master Fund, Acme GP, LLC, disclaims "
     f"{THEREOF}", {"GP"}),
    (f"{EACH}; however, Jane Roe, who is the managing member of Acme GP, LLC, disclaims "
     f"{THEREOF}", {"Roe"}),
])
def test_who_disclaims_review_s21(sentence, expected):
    assert _sentence(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # h2, h3, h7, h8 of review s21: as on main
    (f"{E1_EACH} but, except to the extent of its pecuniary interest therein, disclaims such "
     "beneficial ownership.", E1_ALL),
    (f"{E1_EACH} and, {R13D4}, disclaims such beneficial ownership.", E1_ALL),
    (f"{E1_EACH} but, other than Fund I, disclaims such beneficial ownership.", E1_ALL - {"F1"}),
    (f"{E1_EACH}; however, each of the undersigned disclaims beneficial ownership thereof except "
     "to the extent of its pecuniary interest therein.", E1_ALL),
    # h4, h5, h6: only the named subject
    (f"{E1_EACH}; however, GP I and Demir, as the general partner of Fund I and Fund I-A and its "
     f"managing member, each disclaim {THEREOF}", {"GP", "Demir"}),
    ("Although each of the Reporting Persons may be deemed to share beneficial ownership of the "
     f"shares reported herein, Demir disclaims {THEREOF}", {"Demir"}),
    ("Each of the Reporting Persons may be deemed to beneficially own the shares held by Fund I, "
     f"Fund I-A, and GP I, and Demir disclaims {THEREOF}", {"Demir"}),
])
def test_who_disclaims_in_a_filing_review_s21(tmp_path, sentence, expected):
    holders, disclaiming = _filing(tmp_path, "own17_e1.htm", sentence)
    assert holders == E1_ALL
    assert disclaiming == expected


def test_coordinating_openings():
    assert [bool(COORDINATING.match(o.group(0))) for o in CLAUSE_OPENING.finditer(
        "A; however, B but C although D while E that F")] == \
        [True, True, True, False, False, False]
    # the "while" of an aside opens no clause without a subject: no one, never everyone
    assert _sentence(f"{EACH}; however, the Master Fund's general partner, while in that "
                     f"capacity, disclaims {THEREOF}") == set()
