"""A spouse's shares stated by kinship word ("1,100 shares owned directly by his wife, as to
which shares he disclaims any beneficial ownership"), given to the spouse the filing names
("Jane Roe, the wife of Mr. Roe"); that named wife, stated a woman, leaves "Mr. Roe" to the one
reporting person Roe (real 13D/A of 2001: "'Mr. X' may name more than one person" was warned
and the Item 5 holding and disclaimer were lost). Made-up names throughout.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_spouse_holdings import (KIN_HOLDING, NO_PRESENT_HOLDING,
                                                    NOT_HERS_ALONE, OTHER_PERSON,
                                                    SENTENCE_SUBJECT, spouse_holdings)
from graphkit.parsers.schedule13_items import COVER_DISCLAIMED, cover_disclaims
from graphkit.parsers.stated_sex import SPOUSE_OF, named_spouses, stated_sexes
from graphkit.source import SourceText

# -- patterns ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, name, rel, partner", [
    ("On May 1, 2001, Jane Roe, the wife of Mr. Roe, received", "Jane Roe", "wife", "Mr. Roe"),
    ("held by Jane Q. Roe, wife of John Roe, who", "Jane Q. Roe", "wife", "John Roe"),
    ("John Doe, the husband of Ms. Doe, owns", "John Doe", "husband", "Ms. Doe"),
    ("Kim O'Hara, the spouse of Mr. O'Hara, owns", "Kim O'Hara", "spouse", "Mr. O'Hara"),
    ("Mr. Roe's wife, Jane Roe, owns", "Jane Roe", "wife", "Mr. Roe"),
    ("Mr. Roe\u2019s wife, Mary Ann Roe, owns", "Mary Ann Roe", "wife", "Mr. Roe"),
    ("In March Jane Roe, the wife of Mr. Roe, sold", "Jane Roe", "wife", "Mr. Roe"),
])
def test_spouse_of_reads_the_spouse_and_the_partner(text, name, rel, partner):
    [sp] = named_spouses(text)
    assert (sp.name, sp.rel, sp.partner) == (name, rel, partner)


@pytest.mark.parametrize("text", [
    "Acme Trust, the spouse of nothing",
    "Jane Roe, the wife of the late John Roe",      # no name right after "of"
    "Jane Roe, a director of Mr. Roe's company",
    "his wife, Jane Roe, owns",                     # no partner named (SPOUSE's, not this)
    "McRoe, the wife of Mr. Roe",                   # one word: no full name
    "Jane Roe, the wife of Mr. Roe's son, owns",    # the son's wife, not Mr. Roe's
    "Jane Roe, the wife of John Roe's son, owns",
])
def test_spouse_of_reads_no_spouse(text):
    assert SPOUSE_OF.search(text) is None


def test_a_named_wife_or_husband_is_stated_of_her_or_his_sex_a_spouse_is_not():
    assert stated_sexes("Jane Roe, the wife of Mr. Roe, and John Doe, the husband of Ms. Doe, "
                        "and Kim Poe, the spouse of Mr. Poe") == [("Jane Roe", False),
                                                                  ("John Doe", True)]


@pytest.mark.parametrize("text, shares, pron, rel", [
    ("1,100,000 shares owned directly by his wife", "1,100,000", "his", "wife"),
    ("500 shares of Common Stock held of record by her husband", "500", "her", "husband"),
    ("10 shares which are owned by his spouse", "10", "his", "spouse"),
    ("2,000 shares beneficially owned by her spouse", "2,000", "her", "spouse"),
])
def test_kin_holding_reads_shares_of_a_spouse(text, shares, pron, rel):
    m = KIN_HOLDING.search(text)
    assert (m["shares"], m["pron"], m["rel"]) == (shares, pron, rel)


@pytest.mark.parametrize("text", [
    "1,000 shares held by him and his wife",          # jointly: his holding too
    "1,000 shares held by his wife's trust",
    "1,000 shares held by John Doe and his wife",
    "1,000 shares owned by his son",
])
def test_kin_holding_reads_no_other_holding(text):
    assert KIN_HOLDING.search(text) is None


@pytest.mark.parametrize("text, subject", [
    ("(a) Mr. Roe beneficially owns", "Mr. Roe"),
    ("Jane Q. Roe owns", "Jane Q. Roe"),
    ("2. Mrs. O'Hara holds", "Mrs. O'Hara"),
])
def test_sentence_subject_reads_the_opening_name(text, subject):
    assert SENTENCE_SUBJECT.match(text)["subject"] == subject


@pytest.mark.parametrize("text", ["The Reporting Person owns", "As of May 1, Mr. Roe owns",
                                  "Acme Fund LP owns"])
def test_sentence_subject_needs_a_person_opening_the_sentence(text):
    assert SENTENCE_SUBJECT.match(text) is None


def test_cover_row_with_disclaimer_as_to_some_shares_disclaims():
    row = "2,050 shares (with disclaimer of beneficial\n   ownership as to 1,100 shares)"
    assert COVER_DISCLAIMED.search(row) is not None
    assert cover_disclaims(SourceText(path="x", text=row), 0, len(row))
    # shares left out of the total: their disclaimer qualifies no holding
    out = "Excludes 10 shares of his wife (with disclaimer of beneficial ownership)"
    assert not cover_disclaims(SourceText(path="x", text=out), 0, len(out))


# -- findings ---------------------------------------------------------------------------------

ITEM5 = ("(a) Mr. Roe beneficially owns 3,000 shares of Common Stock, consisting of (i) 1,900 "
         "shares owned directly by him and (ii) 1,100 shares owned directly by his wife, as to "
         "which shares he disclaims any beneficial ownership.")


def _found(text):
    return [(f.holder, f.shares, f.pattern) for f in spouse_holdings(SourceText("x", text))]


def test_the_named_wife_holds_the_shares_of_his_wife():
    text = "On May 1, 2001, Jane Roe, the wife of Mr. Roe, received 1,100 shares. " + ITEM5
    assert _found(text) == [("Jane Roe", 1100, "spouse_holder")]
    [f] = spouse_holdings(SourceText("x", text))
    assert f.held == "" and f.note == ("the wife of Mr. Roe: '1,100 shares owned directly by "
                                       "his wife'")


@pytest.mark.parametrize("spouses", [
    "",                                                        # no wife named
    "Jane Roe, the wife of Mr. Doe, is a director. ",          # another man's wife
    "Jane Roe, the wife of John Q. Roe, is a director. ",      # written otherwise than "Mr. Roe"
    "Jane Roe, the wife of Mr. Roe, and Ann Roe, the wife of Mr. Roe, sold. ",  # two named
    "John Doe, the husband of Mr. Roe, is a director. ",       # a husband, not "his wife"
])
def test_no_one_spouse_named_gives_no_holding(spouses):
    assert _found(spouses + ITEM5) == []


def test_a_named_spouse_stands_for_his_wife():
    assert _found("Kim Roe, the spouse of Mr. Roe, lives in Ohio. " + ITEM5) == \
        [("Kim Roe", 1100, "spouse_holder")]


def test_pronoun_must_agree_with_the_subjects_title():
    text = ("John Doe, the husband of Mrs. Roe, lives in Ohio. Mrs. Roe owns 10 shares held by "
            "his husband. Mrs. Roe owns 20 shares held by her husband.")
    assert _found(text) == [("John Doe", 20, "spouse_holder")]


@pytest.mark.parametrize("sentence", [
    "Mr. Roe owns 10 shares; Mr. Doe owns 5 shares held by his wife.",
    "Mr. Roe owns 10 shares and Mr. Doe owns 5 shares held by his wife.",
    "Mr. Roe owns 10 shares and John Doe owns 5 shares held by his wife.",
])
def test_his_wife_after_another_person_is_not_the_subjects(sentence):
    assert _found("Jane Roe, the wife of Mr. Roe, is a director. " + sentence) == []


def test_the_securitys_words_are_no_other_person():
    text = ("Jane Roe, the wife of Mr. Roe, is a director. Mr. Roe owns 30 shares of Common "
            "Stock, including 10 shares held by his wife.")
    assert _found(text) == [("Jane Roe", 10, "spouse_holder")]


def test_shares_dealt_in_are_no_holding():
    text = "Jane Roe, the wife of Mr. Roe, is a director. Mr. Roe sold 10 shares owned by his wife."
    assert _found(text) == []


# -- the party book: the named wife settles "Mr. Roe" and "Mrs. Roe" ------------------------

def test_a_wife_named_and_stated_leaves_mr_to_the_other_person_of_the_surname():
    book = PartyBook()
    john = book.add("JOHN Q. ROE")
    book.note_honorifics("Jane Roe, the wife of Mr. Roe, holds. Mrs. Roe was a shareholder.")
    assert book.lookup("Mr. Roe") is None and book.is_ambiguous("Mr. Roe")  # she is no party yet
    jane = book.add("Jane Roe")
    assert book.lookup("Mr. Roe") is john and book.lookup("Mrs. Roe") is jane
    assert not book.is_ambiguous("Mr. Roe")


def test_two_reporting_persons_titled_both_ways_stay_ambiguous():
    book = PartyBook()
    book.add("John Q. Roe"), book.add("Jane A. Roe")
    book.note_honorifics("Mr. and Mrs. Roe are citizens. Mr. Roe disclaims; Mrs. Roe votes.")
    assert book.lookup("Mr. Roe") is None and book.is_ambiguous("Mr. Roe")
    assert book.lookup("Mrs. Roe") is None and book.is_ambiguous("Mrs. Roe")


# -- whole filings ----------------------------------------------------------------------------

COVER_ROW = "\n                              (with disclaimer of beneficial ownership as to\n" \
            "                              1,100 shares)"


def _filing(tmp_path, item3, item5, row=""):
    from tests.parsers.spouse_filing import COVER
    path = tmp_path / "roe_13da.txt"
    path.write_text(COVER.format(ROW=row, ITEM3=item3, ITEM5=item5))
    rec = parse_path(str(path)).records[0]
    names = {p.id: p.name for p in rec.parties}
    claims = sorted((names[c.source], c.relation.value, names[c.target], c.shares, c.disclaims)
                    for c in rec.claims)
    return rec, claims


ITEM3 = ("     On March 1, 2003, Jane Roe, the wife of Mr. Roe, received 1,100 shares of Common\n"
         "Stock upon the Company's acquisition of Beta Labs Inc. (\"Beta\"). Mrs. Roe was a\n"
         "shareholder of Beta.")
ITEM5_TEXT = ("     (a) Mr. Roe beneficially owns 3,000 shares of Common Stock, consisting of\n"
              "(i) 1,900 shares owned directly by him and (ii) 1,100 shares owned directly by\n"
              "his wife, as to which shares he disclaims any beneficial ownership.\n\n"
              "     (b) Mr. Roe possesses the sole power to vote and the sole power to dispose\n"
              "of 1,900 shares of Common Stock.")


def test_the_wife_holds_her_shares_and_he_disclaims_them(tmp_path):
    rec, claims = _filing(tmp_path, ITEM3, ITEM5_TEXT, COVER_ROW)
    assert claims == [
        ("JOHN Q. ROE", "beneficial_owner_of", "ACME WIDGETS, INC.", 3000, True),
        ("Jane Roe", "beneficial_owner_of", "ACME WIDGETS, INC.", 1100, None),
        ("Jane Roe", "shareholder_of", "Beta Labs Inc.", None, None),
    ]
    assert "ambiguous-name" not in [w.code for w in rec.warnings]
    jane = next(c for c in rec.claims if c.shares == 1100)
    assert "the wife of Mr. Roe" in (jane.note or "")


def test_the_item5_disclaimer_alone_marks_his_holding(tmp_path):
    _, claims = _filing(tmp_path, ITEM3, ITEM5_TEXT)
    assert ("JOHN Q. ROE", "beneficial_owner_of", "ACME WIDGETS, INC.", 3000, True) in claims


def test_an_unnamed_wife_is_no_party_and_mr_roe_stays_unsure(tmp_path):
    # "Mrs. Roe" with no full name: "Mr. Roe" may be the reporting person or not (nothing
    # states which of the two the one Roe of the filing is): warned, not guessed
    item3 = "     Mrs. Roe was a shareholder of Beta Labs Inc."
    rec, claims = _filing(tmp_path, item3, ITEM5_TEXT)
    assert [c[0] for c in claims] == ["JOHN Q. ROE"]
    assert claims[0][4] is None
    assert "ambiguous-name" in [w.code for w in rec.warnings]


# -- review s23: what gives no holding of the wife (a missed holding before a wrong one) -------

WIFE = "Jane Roe, the wife of Mr. Roe, received shares from the Company. "


@pytest.mark.parametrize("sentence", [
    # dealt in, after the number too
    "Mr. Roe reports that 1,100 shares owned by his wife were sold on March 2, 2003.",
    "Mr. Roe caused 1,100 shares owned by his wife to be transferred to a charity.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares held by his wife, which were gifted.",
    "Mr. Roe has pledged 1,100 shares owned by his wife.",
    # held in the past
    "Mr. Roe no longer reports 1,100 shares that were held by his wife prior to their divorce.",
    "Mr. Roe owns 1,900 shares, and inherited 1,100 shares which were owned by his wife at "
    "the time of her death.",
    "Mr. Roe owns 1,900 shares, and 1,100 shares formerly held by his wife.",
    # another class or security
    "Mr. Roe may be deemed to own 200 shares of Series A Preferred Stock held by his wife.",
    "Mr. Roe owns 3,000 shares of Common Stock and 1,100 shares of Class B Stock held by his "
    "wife.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares of Common Stock issuable upon "
    "conversion of 500 shares of Preferred Stock held by his wife.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares issuable upon exercise of options held "
    "by his wife.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares underlying warrants held by his wife.",
    "Mr. Roe owns 30 shares of Class A Common Stock, including 10 shares held by his wife.",
    # another person's wife
    "Mr. Roe owns 3,000 shares, and his son, who lives with him, holds 200 shares and 1,100 "
    "shares held by his wife.",
    "Mr. Roe owns 3,000 shares, including shares held by his brother, who beneficially owns "
    "1,100 shares held by his wife.",
    # not hers alone
    "Mr. Roe owns 3,000 shares, including 1,100 shares held by his wife jointly with him.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares held by his wife in her capacity as "
    "trustee of the Roe Family Trust.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares held by his wife, as custodian for "
    "their son.",
    "Mr. Roe owns 3,000 shares, including 1,100 shares held by his wife, Jane Roe, and their "
    "children.",
])
def test_no_present_holding_of_hers_alone_gives_nothing(sentence):
    assert _found(WIFE + sentence) == []


def test_the_same_sentence_plain_gives_her_holding():
    assert _found(WIFE + "Mr. Roe owns 3,000 shares, including 1,100 shares held by his "
                  "wife.") == [("Jane Roe", 1100, "spouse_holder")]


@pytest.mark.parametrize("text", [
    "Mr. Roe owns 1,100 shares which were owned by his wife",      # past: no KIN_HOLDING
    "Mr. Roe owns 1,100 shares of Ordinary Shares held by his wife",
])
def test_a_past_holding_or_another_class_is_no_holding_of_the_filings_class(text):
    assert _found(WIFE + text + ".") == []


def test_the_class_named_must_be_the_filings():
    text = WIFE + "Mr. Roe owns 1,100 shares of Common Stock held by his wife."
    found = spouse_holdings(SourceText("x", text), security_class="COMMON STOCK, $.01 PAR")
    assert [(f.holder, f.shares) for f in found] == [("Jane Roe", 1100)]
    assert spouse_holdings(SourceText("x", text), security_class="ORDINARY SHARES") == []


@pytest.mark.parametrize("row", [
    "3,000 shares (with disclaimer of beneficial ownership as to\n  1,100 shares held by his "
    "wife, which are excluded)",
    "3,000 shares (with disclaimer of beneficial ownership as to 1,100 shares, excluded "
    "from the above)",
    "3,000 shares (excludes 1,100 shares held by his wife, with disclaimer of beneficial "
    "ownership as to such shares)",
])
def test_a_cover_disclaimer_of_shares_left_out_disclaims_nothing(row):
    assert not cover_disclaims(SourceText(path="x", text=row), 0, len(row))


def test_a_quiet_spouse_is_no_bare_surnames_until_added_again():
    book = PartyBook()
    john, jane = book.add("John Q. Roe"), book.add("Jane Roe")
    assert book.lookup("Roe") is None and book.is_ambiguous("Roe")
    book.quiet_surname(jane)
    assert book.lookup("Roe") is john and not book.is_ambiguous("Roe")
    book.note_honorifics("Jane Roe, the wife of Mr. Roe, holds; Mrs. Roe votes.")
    assert book.lookup("Mrs. Roe") is jane  # a title still counts her
    book.add("Jane Roe")
    assert book.lookup("Roe") is None and book.is_ambiguous("Roe")


JOHN = ("JOHN Q. ROE", "beneficial_owner_of", "ACME WIDGETS, INC.", 3000, None)
JANE = ("Jane Roe", "beneficial_owner_of", "ACME WIDGETS, INC.", 1100, None)
HIS_WIFE = "     (a) Mr. Roe beneficially owns 3,000 shares, including 1,100 shares held by his wife."
BARE_ROE_UNSURE = ("'Roe' may name more than one person of the filing; the officer_of relation "
                   "stated about it is not read")


@pytest.mark.parametrize("item3, item5, claims, unsure", [
    # the wife made a party by her holding alone: "Roe" stays the one reporting person Roe
    ("     Jane Roe, the wife of Mr. Roe, received 1,100 shares of Common Stock. Roe is the\n"
     "Chairman of Beta Labs Inc.", HIS_WIFE + "\n\n     (b) Roe has the sole power to vote "
     "1,900 shares.", [JOHN, ("JOHN Q. ROE", "officer_of", "Beta Labs Inc.", None, None), JANE],
     []),
    ("     Jane Roe, the wife of Mr. Roe, received 1,100 shares of Common Stock.", HIS_WIFE +
     "\n\n     Roe disclaims beneficial ownership of the shares held by his wife.",
     [JOHN[:4] + (True,), JANE], []),
    # named by another finding ("is a director"): a party as before, "Roe" may be either
    ("     Jane Roe, the wife of Mr. Roe, is a director of Beta Labs Inc. Roe is the\n"
     "Chairman of Gamma Corp.", HIS_WIFE,
     [JOHN, JANE, ("Jane Roe", "director_of", "Beta Labs Inc.", None, None)], [BARE_ROE_UNSURE]),
])
def test_a_bare_surname_names_the_wife_only_when_main_would(tmp_path, item3, item5, claims,
                                                            unsure):
    rec, found = _filing(tmp_path, item3, item5)
    assert found == claims
    assert [w.message for w in rec.warnings if w.code == "ambiguous-name"] == unsure


@pytest.mark.parametrize("pattern, text, word", ids=range(11), argvalues=[
    (NO_PRESENT_HOLDING, "owned by his wife were sold on May 2", "sold"),
    (NO_PRESENT_HOLDING, "his wife to be transferred to a charity", "transferred"),
    (NO_PRESENT_HOLDING, "10 shares that were held by his wife", "were held"),
    (NO_PRESENT_HOLDING, "held by his wife prior to their divorce", "prior to"),
    (NO_PRESENT_HOLDING, "10 shares of Series A Preferred Stock", "Series"),
    (NO_PRESENT_HOLDING, "issuable upon exercise of Options", "issuable"),
    (NOT_HERS_ALONE, ", jointly with him", "jointly"),
    (NOT_HERS_ALONE, " in her capacity as trustee", "in her capacity"),
    (NOT_HERS_ALONE, ", Jane Roe, and their children", "children"),
    (OTHER_PERSON, " owns 5 shares, and his son holds", "son"),
    (OTHER_PERSON, " owns 5 shares held by his Brother-in-law", "Brother-in-law"),
])
def test_the_no_holding_patterns_read_their_words(pattern, text, word):
    assert pattern.search(text).group(0) == word


@pytest.mark.parametrize("pattern, text", ids=range(4), argvalues=[
    (NO_PRESENT_HOLDING, "(a) Mr. Roe beneficially owns 2,050 shares of Common Stock, "
                         "consisting of (i) 950 shares owned directly by him and (ii) 1,100 "
                         "shares owned directly by his wife, as to which shares he disclaims "
                         "any beneficial ownership."),
    (NO_PRESENT_HOLDING, "the sole power to vote 10 shares"),      # "sole", not "sold"
    (NOT_HERS_ALONE, ", as to which he disclaims beneficial ownership."),
    (OTHER_PERSON, " beneficially owns 3,000 shares of Common Stock, including "),
])
def test_the_no_holding_patterns_leave_a_plain_holding(pattern, text):
    assert pattern.search(text) is None
