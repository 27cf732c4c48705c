"""A disclaiming clause with a subject of its own after a clause about all the reporting persons
("Each of the Reporting Persons may be deemed ...; however, John Doe disclaims"): only that
subject disclaims when it opens after a clause boundary and reads whole as names of parties
(review s20); every other sentence reads as on main, a disclaimer by all with its exceptions
(review s21, second round: "but, as of June 30, 2024, disclaims", "each of them other than the
Master Fund", "John Doe and each other Filer" mark what main marks).

A sentence with no clause about all is read the same way where no verb comes before its
subject but at a clear opening ("Jane Roe, as managing member of the General Partner, disclaims"
is Roe's alone; "..., but the General Partner disclaims" the General Partner's; "John Doe does not
disclaim" is no one's; "Jane Roe may be deemed ..., but disclaims" as on main); a relative
clause's names are never the subject's ("Jane Roe, who controls the General Partner,
disclaims").

Each case asserts exactly who disclaims: in a six-party book (sentences), and in two made-up
full filings, the Schedule 13D rev17/own17_e1.htm (Fund I, Fund I-A, their general partner GP I
and its managing member Demir) and the Form 4 rev17/own17_x2.xml (Acme Fund LP, Acme GP LLC,
Jane Roe), each with its disclaimer replaced.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cpu_time import cpu_seconds
from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose import find_collective_terms
from graphkit.parsers.schedule13_claims import disclaiming_parties
from graphkit.parsers.schedule13_disclaim_subject import (
    ALL_IN_CLAUSE, ASIDE_EXCEPTION, BEFORE_OBJECT, CLAUSE_OPENING, CLAUSE_VERB, DETERMINER,
    EVERYONE_DISCLAIMS, EVERYONE_SUBJECT, LATER_DISCLAIM, LEADING_CLAUSE, NAME_END,
    NEGATED, NEITHER, RELATIVE, RELATIVE_ASIDE, ROLE_IN_LIST, ROLE_OR_DEFINITION, SUBJECT_ASIDE,
    SUBJECT_LEAD, SUBJECT_START, SUBJECT_TAIL, SubjectKind, read_own_subject)
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


def test_clause_verb_and_relative():
    assert [m.group(0) for m in CLAUSE_VERB.finditer(
        "Each may be deemed to own the Shares held by Acme, which controls the Fund")] == \
        ["may", "be", "own", "held", "controls"]
    assert CLAUSE_VERB.search("Each Reporting Person and each member of the Fund") is None
    assert [m.group(0) for m in RELATIVE.finditer("Jane Roe, who controls A, of which B")] == \
        ["who", "which"]
    assert RELATIVE.search("the Adviser, as to the Whichard Trust") is None


def test_subject_tail():
    for t, subject in [("The Adviser and John Doe each expressly ", "The Adviser and John Doe"),
                       ("Jane Roe still ", "Jane Roe"), ("Jane Roe and John Doe, each ",
                                                         "Jane Roe and John Doe,"),
                       ("but nonetheless ", "but")]:
        assert t[:SUBJECT_TAIL.search(t).start()] == subject, t
    assert SUBJECT_TAIL.search("Jane Kelly ").start() == len("Jane Kelly")
    assert SUBJECT_TAIL.search("but rather ").start() == len("but rather")  # unlisted: kept


def test_negation():
    for t in ("John Doe does not ", "the Master Fund shall not be deemed to ",
              "Jane Roe has never "):
        assert NEGATED.search(t), t
    assert NEGATED.search("John Doe, and not Jane Roe, ") is None
    assert NEITHER.match(", neither the Adviser nor John Doe")
    assert NEITHER.match("the Adviser and neither") is None


def test_subject_aside():
    for t, aside in [("Jane Roe, as managing member of the General Partner, ",
                      ", as managing member of the General Partner, "),
                     ("John Doe, however, ", ", however, "),
                     ("Jane Roe (the member of the GP) ", " (the member of the GP) "),
                     ("Acme GP, LLC, as general partner of Acme Master Fund, L.P., ",
                      ", as general partner of Acme Master Fund, L.P., "),
                     ("Acme GP, LLC, ", ", LLC, ")]:
        assert SUBJECT_ASIDE.search(t).group(0) == aside
    for t in ("Jane Roe, and each of the Reporting Persons, ", "Jane Roe, like each of them, ",
              "Jane Roe, together with the Adviser, ", "Jane Roe, with John Doe, ", "Jane Roe "):
        assert SUBJECT_ASIDE.search(t) is None, t


def test_relative_aside():
    for t, aside in [("Jane Roe, who controls the General Partner, ",
                      ", who controls the General Partner, "),
                     ("Jane Roe, who is the managing member of Acme GP, LLC, ",
                      ", who is the managing member of Acme GP, LLC, "),
                     ("The General Partner, which is controlled by John Doe, ",
                      ", which is controlled by John Doe, ")]:
        assert RELATIVE_ASIDE.search(t).group(0) == aside
    for t in ("Jane Roe, who controls the General Partner; John Doe, ", "Jane Roe, as manager, ",
              "Acme GP, which controls the Fund, and Jane Roe, as its member, ",
              "Jane Roe, who controls the General Partner (the GP), ", "Jane Roe "):
        assert RELATIVE_ASIDE.search(t) is None, t


def test_subject_lead_and_determiner():
    assert SUBJECT_LEAD.match("however, each of the Adviser").end() == len("however, each of ")
    assert SUBJECT_LEAD.match("both Jane Roe").end() == len("both ")
    for t in ("its managing member", "the sole director", "Their general partner"):
        assert DETERMINER.match(t), t
    for t in ("as to Jane Roe", "theory", "with respect to"):
        assert DETERMINER.match(t) is None, t


def test_everyone_patterns():
    assert EVERYONE_DISCLAIMS.search("each of the Reporting Persons")
    assert EVERYONE_DISCLAIMS.search("Each reporting person")
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


def test_later_disclaim_and_aside_exception():
    assert LATER_DISCLAIM.search(", and each other Reporting Person disclaims beneficial")
    assert LATER_DISCLAIM.search(", and the remaining Reporting Persons likewise disclaim")
    assert LATER_DISCLAIM.search(" beneficial ownership of the Shares held by the Fund.") is None
    for t in (", other than the Offshore Fund,", ", except the Offshore Fund,",
              " (but not Jane Roe)", ", not John Doe,", ", rather than the Master Fund,",
              ", unlike Jane Roe,", " (and not Jane Roe)", ", excluding the Adviser,"):
        assert ASIDE_EXCEPTION.search(t), t
    for t in (", as managing member of the General Partner,", ", however,", " (the Adviser)",
              ", nothing else,"):
        assert ASIDE_EXCEPTION.search(t) is None, t


def test_role_or_definition():
    for t, masked in [(", as managing members of the General Partner,", ","),
                      (", in her capacity as trustee of the Roe Trust,", ","),
                      (", each in its capacity as a control person of the Master Fund,", ","),
                      (", the managing member of the General Partner,", ","),
                      ("the sole director of the Offshore Fund, John Doe", ", John Doe"),
                      (', a director of the Adviser,', ","),
                      (' (the "Adviser")', " "),
                      (' (collectively, the "Control Persons")', " ")]:
        assert ROLE_OR_DEFINITION.sub("", t) == masked, t
    for t in (", as with Jane Roe,", ", as well as John Doe,", ", as does the Adviser,",
              ", as Jane Roe does,", ", as is the case for Jane Roe,", "as to Jane Roe",
              ", together with Jane Roe,", ", the Offshore Fund,", ", a co-trustee with Jane Roe,",
              " (together with Jane Roe)", ", much like the Adviser,"):
        assert ROLE_OR_DEFINITION.sub("", t) == t, t


def test_all_in_clause_and_name_end():
    for t in ("John Doe, no less than the other Reporting Persons,",
              "as each Reporting Person does", "as each of the Reporting Persons does",
              "all of the Filers", "the other undersigned", "the remaining Reporting Persons"):
        assert ALL_IN_CLAUSE.search(t), t
    for t in ("John Doe, one of the undersigned,", "John Doe (a Filer)", "a Reporting Person"):
        assert ALL_IN_CLAUSE.search(t) is None, t
    assert [NAME_END.sub("", n) for n in ("Adviser's", "Jane Roe’s", "John Doe, ", "Acme L.P.")] \
        == ["Adviser", "Jane Roe", "John Doe", "Acme L.P."]


# --- read_own_subject ---------------------------------------------------------------------------

@pytest.mark.parametrize("before, names", [
    (f"{EACH}; however, John Doe ", ["John Doe"]),
    (f"{EACH}, but the Adviser and John Doe each ", ["Adviser", "John Doe"]),
    (f"{EACH}; however, pursuant to Rule 13d-4, John Doe ", ["John Doe"]),
    (f"{EACH}, and, except to the extent of his interest, Mr. Doe ", ["Mr. Doe"]),
    (f"{EACH}; however, Acme GP, LLC, ", ["Acme GP, LLC"]),
    (f"{EACH}; however, Jane Roe and Acme GP, LLC, each ", ["Jane Roe", "Acme GP, LLC"]),
    (f"{EACH}; however, the General Partner, the Adviser, and John Doe, each ",
     ["General Partner", "Adviser", "John Doe"]),
    (f"{EACH}; however, the Adviser, as manager of the Master Fund, and John Doe, as trustee, ",
     ["Adviser", "John Doe"]),
    (f"{EACH}; however, Jane Roe and John Doe, the members of the General Partner, each ",
     ["Jane Roe", "John Doe"]),
    (f"{EACH}; however, its managing member, Jane Roe, ", ["Jane Roe"]),
    ("Each Reporting Person may be deemed to own the Shares held by the Master Fund, the "
     "Offshore Fund, and Jane Roe, and John Doe ", ["John Doe"]),
    ("Although each Reporting Person may be deemed to own the Shares, Jane Roe ", ["Jane Roe"]),
])
def test_read_own_subject_named(before, names):
    own = read_own_subject(before)
    assert own is not None and (own.kind, own.names) == (SubjectKind.NAMED, names)


@pytest.mark.parametrize("before", [
    f"{EACH} but ", f"{EACH} and ", f"{EACH}; however, each of them ", f"{EACH}; however, he ",
    f"{EACH}; however, certain of them ", f"{EACH} but, as of June 30, 2024, ",
    f"{EACH} but rather ", f"{EACH} but, other than Acme GP, LLC, ",
    f"{EACH} but, as a limited partner of Acme Master Fund, L.P., ",
    f"{EACH}; however, each of them other than the Master Fund ",
    f"{EACH}; however, each person named in Item 2 ", f"{EACH}; however, John Doe and each "
    "other Filer ", f"{EACH} but, other than the Master Fund, the Adviser ",
    f"{EACH}; however, as to Jane Roe, John Doe and the Adviser, ",
    "Because each Reporting Person may be deemed to be a member of a group with John Doe, Jane "
    "Roe, and the Adviser, each ",
    "Each Reporting Person may be deemed to own the Shares held by the Master Fund and the "
    "Offshore Fund and Jane Roe and John Doe ",
    "Jane Roe, who controls each Reporting Person, ",  # no clause boundary: as on main
    "Each of the Reporting Persons, other than the Master Fund, which is the record holder, "
    "and Jane Roe, ",
    # review s21 (third round): the "and" of a series (H3), an exception aside (M1)
    "Each Reporting Person may be deemed to beneficially own the Shares, but, by reason of the "
    "Shares held by the Master Fund, John Doe and Jane Roe, ",
    "Each Reporting Person may be deemed to own the Shares held by the Master Fund, John Doe and "
    "Jane Roe, as described in Item 5, ",
    f"{EACH}; however, the Funds, other than the Offshore Fund, ",
    f"{EACH}; however, the Master Fund and the Adviser, but not the Adviser, ",
    f"{EACH}; however, John Doe, no less than the other Reporting Persons, ",
])
def test_read_own_subject_as_main(before):
    assert read_own_subject(before) is None


def test_read_own_subject_mentioned():
    for before, mentioned in [
            (f"{EACH}; however, John Doe (together with Jane Roe) ", ["Jane Roe"]),
            (f"{EACH}; however, John Doe, much like the Adviser, ", ["Adviser"]),
            (f"{EACH}; however, together with Jane Roe, John Doe ", ["Jane Roe"]),
            (f"{EACH}; however, the Master Fund, the Offshore Fund, ", ["Offshore Fund"]),
            (f"{EACH}; however, John Doe, the Adviser's sole member, ", ["Adviser"]),
            (f"{EACH}; however, Jane Roe and John Doe, as managing members of the General "
             "Partner, each ", []),
            (f"{EACH}; however, the Chief Executive Officer of the Adviser, John Doe, ", []),
            (f'{EACH}; however, the Adviser ("ACM") ', [])]:
        own = read_own_subject(before)
        assert own is not None and own.mentioned == mentioned, before


def test_read_own_subject_negated_and_plural():
    for before in (f"{EACH}, but neither the Adviser nor John Doe ", f"{EACH}; John Doe does not "):
        assert read_own_subject(before).kind is SubjectKind.NEGATED, before
    before = (f"{EACH}; however, the General Partner, as to which Jane Roe is managing member, "
              "and John Doe ")  # "... disclaim": never John Doe alone
    assert read_own_subject(before, plural=True) is None
    assert read_own_subject(f"{EACH}; however, the Funds ", plural=True).names == ["Funds"]


def test_read_own_subject_is_fast_on_a_long_clause():
    before = EACH + ", " + "and Acme Fund, L.P., " * 150 + "however, "
    with cpu_seconds() as spent:
        read_own_subject(before + "John Doe ")
        read_own_subject(before + "the " * 300)
        read_own_subject(EACH + " but, " + "in any event " * 300 + "as to " * 200 + ", ")
        read_own_subject(EACH + " but " + "except for the Master Fund, " * 200)
    assert spent() < 1.0


# --- sentences, in a six-party book -------------------------------------------------------------

BOOK = ["Acme Master Fund, L.P.", "Acme Capital Management, LLC", "Acme GP, LLC", "Jane Roe",
        "John Doe", "Acme Offshore Fund, Ltd."]
TERMS = {"Master Fund": "Acme Master Fund, L.P.", "Adviser": "Acme Capital Management, LLC",
         "General Partner": "Acme GP, LLC", "Offshore Fund": "Acme Offshore Fund, Ltd."}
SHORT = dict(zip(BOOK, ["MF", "ADV", "GP", "Roe", "Doe", "OFF"]))
SIX = set(SHORT.values())
FUNDS = 'Acme Master Fund, L.P. and Acme Offshore Fund, Ltd. are referred to herein as the "Funds".'
R13D4 = "pursuant to Rule 13d-4 under the Act"


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
    # review s20's cases: only the disclaiming clause's subject
    (f"{EACH}; however, John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}, but John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, the Adviser and John Doe each disclaim {THEREOF}", {"ADV", "Doe"}),
    (f"Other than Jane Roe, e{EACH[1:]}; however, John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; John Doe, however, disclaims {THEREOF}", {"Doe"}),
    (f"{EACH} and John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}, and John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, each of the Adviser and John Doe disclaims {THEREOF}", {"ADV", "Doe"}),
    (f"{EACH}; however, Mr. Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, Acme Capital Management, LLC disclaims {THEREOF}", {"ADV"}),
    (f"{EACH}; however, pursuant to Rule 13d-4, John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, the filing of this statement shall not be construed as an admission, "
     f"and John Doe disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, Jane Roe (the managing member of the General Partner) disclaims "
     f"{THEREOF}", {"Roe"}),
    (f"{EACH}, but John Doe and Jane Roe, the managing members of the General Partner, "
     f"disclaim {THEREOF}", {"Doe", "Roe"}),
    (f"{EACH}; however, the Adviser disclaims beneficial ownership of the Shares held by the "
     "Master Fund.", {"ADV"}),
    ("Each Reporting Person may be deemed to own the Shares, although John Doe disclaims "
     f"{THEREOF}", {"Doe"}),
    ("Each Reporting Person may be deemed to own the Shares; provided, however, that John Doe "
     f"disclaims {THEREOF}", {"Doe"}),
    (f"{FUNDS} {EACH}; however, the Funds disclaim {THEREOF}", {"MF", "OFF"}),
    (f"{FUNDS} {EACH} held by the Funds; however, Jane Roe disclaims {THEREOF}", {"Roe"}),
    # review s21 (first round): asides, lists, a leading clause, a legal form's comma
    (f"{EACH}; however, Jane Roe and John Doe, as managing members of the General Partner, each "
     f"disclaim {THEREOF}", {"Roe", "Doe"}),
    (f"{EACH}; the General Partner, as general partner of the Master Fund, and the Adviser, as "
     f"investment manager of the Master Fund, each disclaim {THEREOF}", {"GP", "ADV"}),
    (f"{EACH}; however, Jane Roe, in her capacity as managing member of the General Partner, and "
     f"John Doe, in his capacity as president of the Adviser, disclaim {THEREOF}", {"Roe", "Doe"}),
    ("Each Reporting Person may be deemed to beneficially own the Shares held by the Master Fund, "
     f"the Offshore Fund, and Jane Roe, and John Doe disclaims {THEREOF}", {"Doe"}),
    ("Although each of the Reporting Persons may be deemed to share beneficial ownership of the "
     f"Shares, John Doe disclaims {THEREOF}", {"Doe"}),
    ("Because each of the Reporting Persons may be deemed a member of a group, Jane Roe "
     "disclaims beneficial ownership of the Shares held by the Master Fund.", {"Roe"}),
    (f"{EACH}; however, Acme GP, LLC, disclaims {THEREOF}", {"GP"}),
    (f"{EACH}; however, the general partner of the Master Fund, Acme GP, LLC, disclaims "
     f"{THEREOF}", {"GP"}),
    (f"{EACH}, and, except to the extent of his pecuniary interest, John Doe disclaims "
     f"{THEREOF}", {"Doe"}),
    # review s21 (second round): a list closed by a comma before "each" (HIGH 3, 4)
    (f"{EACH}; however, Jane Roe and Acme GP, LLC, each disclaim {THEREOF}", {"Roe", "GP"}),
    (f"{EACH}; however, Acme GP, LLC and Acme Capital Management, LLC, each disclaim {THEREOF}",
     {"GP", "ADV"}),
    (f"{EACH}; however, the General Partner, the Adviser, and John Doe, each disclaim {THEREOF}",
     {"GP", "ADV", "Doe"}),
    # a plural verb is never one name's
    (f"{EACH}; however, Jane Roe, John Doe, disclaim {THEREOF}", {"Roe", "Doe"}),
    # a clear negation: no one
    (f"{EACH}, but neither the Adviser nor John Doe disclaims {THEREOF}", set()),
    (f"{EACH}, but the Master Fund does not disclaim {THEREOF}", set()),
])
def test_who_disclaims_named(sentence, expected):
    assert _sentence(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # review s21 (second round) HIGH: words before "disclaim" that are no names read whole
    (f"{EACH} but, as of June 30, 2024, disclaims {THEREOF}", SIX),
    (f"{EACH} but, effective January 1, 2024, disclaims {THEREOF}", SIX),
    (f"{EACH} but, as a limited partner of Acme Master Fund, L.P., disclaims {THEREOF}", SIX),
    (f"{EACH} but, except to the extent of its pecuniary interest, if any, therein, disclaims "
     f"{THEREOF}", SIX),
    (f"{EACH} but, except to the extent of its pecuniary interest therein, and {R13D4}, "
     f"disclaims {THEREOF}", SIX),
    (f"{EACH} but, other than Acme GP, LLC, disclaims {THEREOF}", SIX - {"GP"}),
    (f"{EACH} but, as to Acme GP, LLC, disclaims {THEREOF}", SIX),
    (f"{EACH} but, apart from its pecuniary interest therein, disclaims {THEREOF}", SIX),
    (f"{EACH} but, moreover, disclaims {THEREOF}", SIX),
    (f"{EACH} but rather disclaims {THEREOF}", SIX),
    (f"{EACH} but unequivocally disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each of them other than the Master Fund disclaims {THEREOF}",
     SIX - {"MF"}),
    (f"{EACH}; however, each such person other than the Master Fund disclaims {THEREOF}",
     SIX - {"MF"}),
    (f"{EACH}; however, each person other than John Doe disclaims {THEREOF}", SIX - {"Doe"}),
    (f"{EACH}; however, each member of the group other than Jane Roe disclaims {THEREOF}",
     SIX - {"Roe"}),
    (f"{EACH}; however, each person named in Item 2 disclaims {THEREOF}", SIX),
    (f"{EACH}; however, John Doe and each other Filer disclaim {THEREOF}", SIX),
    # review s21 (first round): no subject of its own, or one of all of them
    (f"{EACH} but, except to the extent of its pecuniary interest therein, disclaims {THEREOF}",
     SIX),
    (f"{EACH} and, {R13D4}, disclaims {THEREOF}", SIX),
    (f"{EACH} but, other than the Master Fund, disclaims {THEREOF}", SIX - {"MF"}),
    (f"{EACH} but nonetheless disclaims {THEREOF}", SIX),
    (f"{EACH} and, accordingly, disclaims {THEREOF}", SIX),
    (f"{EACH}, but each of them nonetheless disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each of the undersigned disclaims {THEREOF}", SIX),
    (f"{EACH}; however, he or she disclaims {THEREOF}", SIX),
    (f"{EACH}; however, except to the extent of its pecuniary interest, each disclaims {THEREOF}",
     SIX),
    # words that read as no names, or as names no party answers to: as on main
    (f"{EACH}; however, he disclaims {THEREOF}", SIX),
    (f"{EACH}; however, Mr. Smith disclaims {THEREOF}", SIX),
    (f"{EACH}; however, John Doe and the Doe Family Trust disclaim {THEREOF}", SIX),
    (f"{EACH}; however, Jane Roe's spouse and John Doe disclaim {THEREOF}", SIX),
    (f"{EACH}; however, the Master Fund's general partner, while in that capacity, disclaims "
     f"{THEREOF}", SIX),
    (f"{EACH}; however, as to Jane Roe, John Doe and the Adviser, disclaims {THEREOF}", SIX),
    (f"{EACH}; however, Jane Roe, with John Doe, disclaims {THEREOF}", SIX),
    (f"{EACH} but, other than the Master Fund, the Adviser disclaims {THEREOF}",
     SIX - {"MF", "ADV"}),
    ("Because each Reporting Person may be deemed to be a member of a group with John Doe, Jane "
     f"Roe, and the Adviser, each disclaims {THEREOF}", SIX),
    ("Jane Roe, who controls each Reporting Person, disclaims beneficial ownership of the "
     "Shares.", SIX),
    # the reporting persons as a whole
    (f"{EACH} but disclaims {THEREOF}", SIX),
    (f"{EACH}; however, each of them disclaims {THEREOF}", SIX),
    (f"{EACH}, and each expressly disclaims {THEREOF}", SIX),
    (f"{EACH}; however, the Reporting Persons disclaim {THEREOF}", SIX),
    ("Each Reporting Person, although it may be deemed to beneficially own the Shares, "
     f"disclaims {THEREOF}", SIX),
    ("Each Reporting Person and each member of the General Partner disclaims beneficial "
     "ownership of the Shares.", SIX),
    ("Each Reporting Person may be deemed to beneficially own the Shares held by the Master "
     f"Fund; each Reporting Person other than the Master Fund disclaims {THEREOF}",
     SIX - {"MF"}),
    ("Each of the Reporting Persons, other than the Master Fund, which is the record holder of "
     "the Shares, and Jane Roe, disclaims beneficial ownership of the Shares.", set()),
])
def test_who_disclaims_as_on_main(sentence, expected):
    assert _sentence(sentence) == expected


E2 = "Each Reporting Person may be deemed to own the Shares"
E3 = "Each Reporting Person may be deemed to beneficially own the Shares"
HELD = "beneficial ownership of the Shares held by the Master Fund"
PECUNIARY = "except to the extent of its pecuniary interest therein."


@pytest.mark.parametrize("sentence, expected", [
    # H1: another "disclaim" later in the sentence: main's reading, never the first clause's alone
    (f"{EACH}; however, John Doe disclaims {HELD}, and each other Reporting Person disclaims "
     f"beneficial ownership of the Shares {PECUNIARY}", SIX - {"MF"}),
    (f"{EACH}; however, John Doe disclaims {HELD}, and the other Reporting Persons disclaim "
     "beneficial ownership of the Shares except to the extent of their pecuniary interest "
     "therein.", SIX - {"MF"}),
    (f"{EACH}; however, John Doe disclaims {HELD}; and each other Reporting Person disclaims "
     f"{THEREOF}", SIX - {"MF"}),
    (f"{EACH}; however, John Doe disclaims {HELD}, except to the extent of his pecuniary "
     f"interest, and each other Reporting Person disclaims {THEREOF}", SIX - {"MF"}),
    (f"{EACH}, but Jane Roe disclaims beneficial ownership of the Shares held in the Roe Trust, "
     f"and each Reporting Person disclaims beneficial ownership of the Shares {PECUNIARY}", SIX),
    ("Although each of the Reporting Persons may be deemed to share beneficial ownership of the "
     f"Shares, John Doe disclaims {THEREOF[:-1]}, and the remaining Reporting Persons likewise "
     f"disclaim {THEREOF}", SIX),
    # H2: a negated first clause before a later "disclaim": main's reading, never no one
    (f"{EACH}; however, John Doe does not disclaim {HELD}, and Jane Roe disclaims {THEREOF}",
     SIX - {"MF"}),
    (f"{EACH}; however, the Master Fund does not disclaim beneficial ownership of the Shares it "
     "holds directly, and each of the other Reporting Persons disclaims beneficial ownership of "
     f"such Shares {PECUNIARY}", SIX),
    (f"{E3}; however, John Doe does not disclaim beneficial ownership of the 10,000 Shares he "
     "holds directly, and disclaims beneficial ownership of the remaining Shares.", SIX),
    # M2: two named disclaimers (a miss on main and here alike)
    (f"{EACH}; however, John Doe disclaims {HELD} and Jane Roe disclaims beneficial ownership of "
     "the Shares held by the Offshore Fund.", {"ADV", "Doe", "GP", "OFF"}),
    (f"{EACH} held by the Master Fund and the Offshore Fund; however, the Master Fund disclaims "
     "beneficial ownership of the Shares held by the Offshore Fund and the Offshore Fund "
     "disclaims beneficial ownership of the Shares held by the Master Fund.", SIX - {"OFF"}),
    # H3: the "and" closing a series "A, B and C" opens no clause
    (f"{E3}, but, by reason of the Shares held by the Master Fund, John Doe and Jane Roe, "
     f"disclaims {THEREOF}", SIX),
    (f"{E3} held by the Master Fund, the Offshore Fund and Jane Roe, as described in Item 5, "
     f"disclaims {THEREOF}", SIX),
    (f"{E2} held by the Master Fund, John Doe and Jane Roe, as described in Item 5, disclaims "
     f"{THEREOF}", SIX),
    # H4: an aside (or a leading phrase) that names another party
    (f"{EACH}; however, John Doe (together with Jane Roe) disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe (with Jane Roe) disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, jointly with Jane Roe, disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, in conjunction with Jane Roe, disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, alongside Jane Roe, disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, as with Jane Roe, disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, just as Jane Roe, disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, similarly to Jane Roe, disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, much like the Adviser, disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, as Jane Roe does, disclaims {THEREOF}", SIX),
    (f"{E2}; however, John Doe, no less than the other Reporting Persons, disclaims {THEREOF}",
     SIX),
    (f"{E2}; however, John Doe, as each of the Reporting Persons does, disclaims {THEREOF}", SIX),
    (f"{EACH}; however, together with Jane Roe, John Doe disclaims {THEREOF}", SIX),
    (f"{EACH}; however, along with the Master Fund, the Adviser disclaims {THEREOF}", SIX),
    # M1: an aside opening with an exception inside a named subject
    (f"{FUNDS} {E2}; however, the Funds, other than the Offshore Fund, disclaim {THEREOF}", SIX),
    (f"{FUNDS} {E2}; however, each of the Funds, other than the Master Fund, disclaims {THEREOF}",
     SIX),
    (f"{FUNDS} {E2}; however, the Funds, except the Offshore Fund, disclaim {THEREOF}", SIX),
    (f"{E2}; however, each of the Master Fund, the Offshore Fund and the Adviser, but not the "
     f"Adviser, disclaims {THEREOF}", SIX),
    # LOW: two known parties split by a comma
    (f"{EACH}; however, the Master Fund, the Offshore Fund, disclaims {THEREOF}", SIX),
    (f"{EACH}; however, the Adviser, John Doe, disclaims {THEREOF}", SIX),
])
def test_who_disclaims_as_on_main_review_s21_third(sentence, expected):
    assert _sentence(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a role set off by commas or brackets: only the subject (review s21, third round)
    (f"{EACH}; however, the Chief Executive Officer of the Adviser, John Doe, disclaims "
     f"{THEREOF}", {"Doe"}),
    (f"{EACH}; however, John Doe, the spouse of Jane Roe, disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, the Adviser, the investment manager of the Master Fund, disclaims "
     f"{THEREOF}", {"ADV"}),
    (f'{EACH}; however, John Doe (the "Manager") disclaims {THEREOF}', {"Doe"}),
    (f"{EACH}; however, Jane Roe, in her capacity as managing member of the General Partner, "
     f"disclaims {THEREOF}", {"Roe"}),
    (f"{EACH}; however, John Doe, one of the undersigned, disclaims {THEREOF}", {"Doe"}),
    (f"{EACH}; however, the Adviser and the General Partner, each in its capacity as a control "
     f"person of the Master Fund, disclaim {THEREOF}", {"ADV", "GP"}),
])
def test_who_disclaims_named_beside_a_role(sentence, expected):
    assert _sentence(sentence) == expected


HELD_BY_MF = "beneficially own the Shares held by the Master Fund"


@pytest.mark.parametrize("sentence, expected", [
    # no clause about all: the clause's own subject, not every name before "disclaim"
    ("Jane Roe, as the managing member of the General Partner, disclaims beneficial ownership "
     "of the Shares except to the extent of her pecuniary interest therein.", {"Roe"}),
    ("Jane Roe, a managing member of the General Partner, disclaims beneficial ownership of the "
     "Shares.", {"Roe"}),
    ("John Doe, in his capacity as sole director of the Offshore Fund, disclaims beneficial "
     "ownership of the Shares held by the Offshore Fund.", {"Doe"}),
    ("Acme Capital Management, LLC, the investment manager of the Master Fund, disclaims "
     "beneficial ownership of the Shares.", {"ADV"}),
    ("Acme GP, LLC, as general partner of Acme Master Fund, L.P., disclaims beneficial "
     "ownership of the Shares.", {"GP"}),
    ("Jane Roe, as the managing member of the General Partner, and John Doe, as a member of the "
     "Adviser, disclaim beneficial ownership of the Shares.", {"Roe", "Doe"}),
    # after a clause boundary
    ("As the general partner of the Master Fund, the General Partner may be deemed to "
     f"{HELD_BY_MF}, but the General Partner disclaims beneficial ownership of such Shares.",
     {"GP"}),
    ("The Shares are held by the Master Fund and the Offshore Fund, as to which the General "
     "Partner and Jane Roe disclaim beneficial ownership.", {"GP", "Roe"}),
    # a relative clause says who the subject is; its names do not disclaim
    ("Jane Roe, who is the sole managing member of Acme GP, LLC, disclaims beneficial ownership "
     "of the Shares.", {"Roe"}),
    ("The General Partner, which is controlled by John Doe, disclaims beneficial ownership of the "
     "Shares except to the extent of its pecuniary interest.", {"GP"}),
    ("The General Partner, the Adviser, Jane Roe and John Doe, who may be deemed to control the "
     "Master Fund, disclaim beneficial ownership of the Shares held by the Master Fund.",
     {"GP", "ADV", "Roe", "Doe"}),
    (f"{EACH}; however, Jane Roe, who is the managing member of Acme GP, LLC, disclaims "
     f"{THEREOF}", {"Roe"}),
    (f"{EACH}; however, Jane Roe, who controls the General Partner and the Adviser, disclaims "
     f"{THEREOF}", {"Roe"}),
    (f"{EACH}; however, the General Partner and the Adviser, which are controlled by John Doe and "
     f"Jane Roe, each disclaim {THEREOF}", {"GP", "ADV"}),
    # a negation: no one
    ("John Doe does not disclaim beneficial ownership of the Shares.", set()),
    ("Neither Jane Roe nor John Doe disclaims beneficial ownership of the Shares.", set()),
    (f"Jane Roe may be deemed to {HELD_BY_MF}, but does not disclaim beneficial ownership of "
     "such Shares.", set()),
])
def test_who_disclaims_without_a_clause_about_all(sentence, expected):
    assert _sentence(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb before the disclaiming clause's subject, with no clear opening (a verb-like word
    # may be a name's or an aside's: review s22b H2), and a "disclaim" with no subject of its
    # own (review s22b H1): every name before "disclaim", as on main
    ("The Master Fund directly holds the Shares, and the General Partner, the Adviser and Jane "
     "Roe disclaim beneficial ownership of the Shares.", {"MF", "GP", "ADV", "Roe"}),
    ("The filing of this statement shall not be construed as an admission that Jane Roe is the "
     "beneficial owner of the Shares held by the Master Fund, and Jane Roe disclaims "
     "beneficial ownership of such Shares.", {"MF", "Roe"}),
    (f"Jane Roe may be deemed to {HELD_BY_MF}, but disclaims beneficial ownership of such "
     "Shares.", {"MF", "Roe"}),
    (f"Jane Roe and John Doe may be deemed to {HELD_BY_MF} and each disclaim beneficial "
     "ownership of such Shares.", {"Roe", "Doe", "MF"}),
    ("Jane Roe, as trustee of the Roe Family Trust dated May 1, 2010, and John Doe each "
     "disclaims beneficial ownership of the Shares.", {"Roe", "Doe"}),
    ("The General Partner may be deemed to share beneficial ownership of the Shares with the "
     "Adviser, but each disclaims beneficial ownership thereof.", {"GP", "ADV"}),
    # no subject read: every name before "disclaim", as on main
    ("Because Jane Roe is the sole member of the General Partner, John Doe may be deemed to own "
     "the Shares and disclaims beneficial ownership of such Shares.", {"Doe", "GP"}),
    (f"Jane Roe may be deemed to {HELD_BY_MF}, and John Doe and the Adviser may be deemed to "
     "beneficially own the Shares held by the Offshore Fund, but disclaim beneficial ownership "
     "of such Shares.", {"Roe", "MF", "Doe", "ADV", "OFF"}),
    ("The Master Fund holds the Shares for the benefit of the General Partner, which disclaims "
     "beneficial ownership of such Shares.", {"MF", "GP"}),
    ("Jane Roe, who is the managing member of the General Partner, may be deemed to own the "
     "Shares, but disclaims beneficial ownership of such Shares.", {"Roe", "GP"}),
    ("John Doe, together with Jane Roe, disclaims beneficial ownership of the Shares except to "
     "the extent of his pecuniary interest therein.", {"Doe", "Roe"}),
    ("The General Partner and the Adviser, as the general partner and investment manager, "
     "respectively, of the Master Fund, disclaim beneficial ownership of the Shares.",
     {"GP", "ADV", "MF"}),
])
def test_who_disclaims_without_a_clause_about_all_as_on_main(sentence, expected):
    assert _sentence(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # review s22 H1: only the last relative clause, right before the tail, is set off; one
    # earlier in the sentence never cuts the subject short
    ("The General Partner, which is the general partner of the Master Fund, may be deemed to "
     "beneficially own the Shares, but Jane Roe, as managing member of the General Partner, "
     "disclaims beneficial ownership of the Shares.", {"Roe"}),
    ("The Master Fund, which holds the Shares directly, and the Offshore Fund, which holds the "
     "Shares directly, each disclaims beneficial ownership of the Shares held by the other.",
     {"MF", "OFF"}),
    ("The General Partner, which controls the Master Fund, together with John Doe, disclaims "
     "beneficial ownership of the Shares.", {"GP", "MF", "Doe"}),
    ("The General Partner, which controls the Master Fund, as well as John Doe, disclaims "
     "beneficial ownership of the Shares.", {"GP", "MF", "Doe"}),
    ("The Master Fund, which is the record holder of the Shares, is managed by the Adviser, and "
     "the General Partner, as its general partner, disclaims beneficial ownership of the Shares.",
     {"MF", "ADV", "GP"}),
])
def test_who_disclaims_review_s22(sentence, expected):
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
    ("own17_e1.htm", f"{E1_EACH}; however, he disclaims {THEREOF}", E1_ALL),  # as on main
    ("own17_e1.htm", f"{E1_EACH}; however, each of them disclaims {THEREOF}", E1_ALL),
    ("own17_e1.htm", f"{E1_EACH} but disclaims beneficial ownership thereof except to the extent "
     "of its pecuniary interest therein.", E1_ALL),
    ("own17_x2.xml", f"{X2_EACH}; however, Jane Roe disclaims beneficial ownership thereof except "
     "to the extent of her pecuniary interest therein.", {"Roe"}),
    ("own17_x2.xml", f"{X2_EACH}, and Acme GP LLC and Jane Roe disclaim {THEREOF}", {"AGP", "Roe"}),
    ("own17_x2.xml", f"{X2_EACH}; however, she disclaims {THEREOF}", X2_ALL),  # as on main
    ("own17_x2.xml", f"{X2_EACH}; however, each Reporting Person disclaims {THEREOF}", X2_ALL),
])
def test_who_disclaims_in_a_filing(tmp_path, name, sentence, expected):
    holders, disclaiming = _filing(tmp_path, name, sentence)
    assert holders == (E1_ALL if name.endswith(".htm") else X2_ALL)  # every holding is read
    assert disclaiming == expected


@pytest.mark.parametrize("sentence, expected", [
    # review s21 h4, h5, h6, h9: only the named subject
    (f"{E1_EACH}; however, GP I and Demir, as the general partner of Fund I and Fund I-A and its "
     f"managing member, each disclaim {THEREOF}", {"GP", "Demir"}),
    ("Although each of the Reporting Persons may be deemed to share beneficial ownership of the "
     f"shares reported herein, Demir disclaims {THEREOF}", {"Demir"}),
    ("Each of the Reporting Persons may be deemed to beneficially own the shares held by Fund I, "
     f"Fund I-A, and GP I, and Demir disclaims {THEREOF}", {"Demir"}),
    # review s21 h2, h3, h7, h8 and the second round's g1-g8: as on main
    (f"{E1_EACH} but, except to the extent of its pecuniary interest therein, disclaims such "
     "beneficial ownership.", E1_ALL),
    (f"{E1_EACH} and, pursuant to Rule 13d-4 under the Act, disclaims such beneficial "
     "ownership.", E1_ALL),
    (f"{E1_EACH} but, other than Fund I, disclaims such beneficial ownership.", E1_ALL - {"F1"}),
    (f"{E1_EACH}; however, each of the undersigned disclaims {THEREOF}", E1_ALL),
    (f"{E1_EACH} but, as of the date of the event which requires filing of this statement, "
     "March 3, 2024, disclaims such beneficial ownership.", E1_ALL),
    (f"{E1_EACH} but rather disclaims such beneficial ownership.", E1_ALL),
    (f"{E1_EACH} but, other than Copperline Partners GP I, L.L.C., disclaims such beneficial "
     "ownership.", E1_ALL - {"GP"}),
    (f"{E1_EACH}; however, each of them other than Fund I disclaims {THEREOF}", E1_ALL - {"F1"}),
    (f"{E1_EACH} but, as a limited partner of Copperline Partners Fund I, L.P., disclaims such "
     "beneficial ownership.", E1_ALL),
    (f"{E1_EACH}; however, each person named in Item 2 disclaims {THEREOF}", E1_ALL),
    # review s21 (third round) k1, k2: another "disclaim" later in the sentence: as on main (all
    # but the holder Fund I-A of k1's named shares; all four in k2), never Demir alone or no one
    (f"{E1_EACH}; however, Mr. Demir disclaims beneficial ownership of the shares held by "
     "Copperline Partners Fund I-A, L.P., and each other Reporting Person disclaims beneficial "
     "ownership of such shares except to the extent of its pecuniary interest therein.",
     E1_ALL - {"F1A"}),
    (f"{E1_EACH}; however, Copperline Partners Fund I, L.P. does not disclaim beneficial "
     "ownership of the shares it holds directly, and each of the other Reporting Persons "
     "disclaims beneficial ownership of such shares except to the extent of its pecuniary "
     "interest therein.", E1_ALL),
])
def test_who_disclaims_in_a_filing_review_s21(tmp_path, sentence, expected):
    holders, disclaiming = _filing(tmp_path, "own17_e1.htm", sentence)
    assert holders == E1_ALL
    assert disclaiming == expected


@pytest.mark.parametrize("sentence, expected", [
    # no clause about all: the disclaiming clause's own subject
    ("Demir, as the managing member of GP I, disclaims beneficial ownership of the shares held "
     "by Fund I and Fund I-A except to the extent of his pecuniary interest therein.", {"Demir"}),
    ("Demir, who is the managing member of Copperline Partners GP I, L.L.C., disclaims "
     "beneficial ownership of the shares reported herein.", {"Demir"}),
    ("Demir does not disclaim beneficial ownership of the shares reported herein.", set()),
    # review s22 H1 (e1v_00, e1v_02)
    ("GP I, which is the general partner of Fund I and Fund I-A, may be deemed to beneficially "
     "own the shares, but Demir, as managing member of GP I, disclaims beneficial ownership of "
     "the shares held by Fund I and Fund I-A.", {"Demir"}),
    ("Fund I, which holds the shares directly, and Fund I-A, which holds the shares directly, "
     "each disclaims beneficial ownership of the shares held by the other.", {"F1", "F1A"}),
])
def test_who_disclaims_in_a_filing_own_subject(tmp_path, sentence, expected):
    holders, disclaiming = _filing(tmp_path, "own17_e1.htm", sentence)
    assert holders == E1_ALL
    assert disclaiming == expected
