"""Patterns that once took seconds on a long run of blanks (their adjacent blank runs could share
the blanks in many ways), each run on such a run and its exact result checked.

Their callers squeeze blanks first, so no filing reached this; a garbled page or a new caller
would. ``bench/pattern_stress.py`` times every module-level pattern on such input. Each case has
a long run of blanks (:data:`RUN` characters) where the pattern fails, and one where it matches
after or around the run; a pattern that backtracks polynomially again would make this file take
minutes.
"""

from __future__ import annotations

import pytest

from graphkit.parsers.formd_terms import ROLE_AT
from graphkit.parsers.ownership_holdings import NATURE_MARK, TRUSTEE_NATURE
from graphkit.parsers.ownership_owners import ATTORNEY_SIGNATURE, PRINCIPAL_END, PRINCIPAL_FIRST
from graphkit.parsers.ownership_text import BOX_SIX_PRINTED
from graphkit.parsers.prose_aside_patterns import TRUST_DATE
from graphkit.parsers.prose import (ADVISED_BY, EACH_OF_WHICH_SUBSIDIARY_OF, HOLDER_IS_ROLE_OF,
                                    OF_WHICH_HOLDER_IS, OWNED_BY, PERCENT_OF_STOCK, REFERRED_TO_AS,
                                    TRUST_NAMED_WITH_TRUSTEE, WHOSE_ROLE_IS)
from graphkit.parsers.prose_caps import NAME_WORD_AFTER
from graphkit.parsers.prose_clause_patterns import (CONTROL_ASIDE, ELECTED_TO_ROLE,
                                                    RELATIONSHIP_DEEMED_OWNER, RESPECTIVE_ADVISERS)
from graphkit.parsers.prose_held_first import AND_ITS_ROLE, PAST_DESCRIPTION
from graphkit.parsers.prose_parallel import EARLIER_HOLDING
from graphkit.parsers.prose_holding_patterns import HOLDING_PERCENT
from graphkit.parsers.prose_its_aside import ROLE_OF_HOLDER_ITS_ROLE
from graphkit.parsers.prose_stock_patterns import ALL_INTERESTS
from graphkit.parsers.prose_roles import RESPECTIVELY
from graphkit.parsers.prose_rows import _ROW
from graphkit.parsers.schedule13_cover_patterns import FORMER_NAME_TAIL, NAME_ID_SUFFIX
from graphkit.parsers.schedule13_front import FORM_HEADING, HEADING_LINE
from graphkit.parsers.schedule13_roster_names import NAME_AND_TITLE, PERSON_NAME
from graphkit.parsers.schedule13_roster_rows import MARKUP_LINE
from graphkit.parsers.signature_attorney import AFFILIATES_TAIL
from graphkit.parsers.signature_capacity import (PRINCIPAL_AGAIN, PRINCIPAL_AUTHORITY,
                                                 SIGNED_FOR_AUTHORITY)
from graphkit.parsers.signature_field import BY_LINK, CAPACITY_AND
from graphkit.parsers.signature_lines import NAME_SLASH_TITLE
from graphkit.parsers.signature_roles import TITLE_SEPARATOR

#: The length of the runs of blanks
RUN = 2000
BLANKS = {"spaces": " " * RUN, "tabs": "\t" * RUN, "lines": " \n" * (RUN // 2)}
PATTERNS = {"ATTORNEY_SIGNATURE": ATTORNEY_SIGNATURE, "SIGNED_FOR_AUTHORITY": SIGNED_FOR_AUTHORITY,
            "PRINCIPAL_AUTHORITY": PRINCIPAL_AUTHORITY, "PRINCIPAL_AGAIN": PRINCIPAL_AGAIN,
            "FORMER_NAME_TAIL": FORMER_NAME_TAIL, "NAME_ID_SUFFIX": NAME_ID_SUFFIX,
            "TITLE_SEPARATOR": TITLE_SEPARATOR, "BY_LINK": BY_LINK,
            "CAPACITY_AND": CAPACITY_AND, "AFFILIATES_TAIL": AFFILIATES_TAIL,
            "PRINCIPAL_FIRST": PRINCIPAL_FIRST, "PRINCIPAL_END": PRINCIPAL_END,
            "TRUSTEE_NATURE": TRUSTEE_NATURE, "NATURE_MARK": NATURE_MARK,
            "NAME_SLASH_TITLE": NAME_SLASH_TITLE, "BOX_SIX_PRINTED": BOX_SIX_PRINTED,
            "NAME_AND_TITLE": NAME_AND_TITLE, "MARKUP_LINE": MARKUP_LINE, "HEADING_LINE": HEADING_LINE,
            "PAST_DESCRIPTION": PAST_DESCRIPTION, "AND_ITS_ROLE": AND_ITS_ROLE,
            "RESPECTIVELY": RESPECTIVELY, "NAME_WORD_AFTER": NAME_WORD_AFTER,
            "HOLDING_PERCENT": HOLDING_PERCENT, "TRUST_DATE": TRUST_DATE, "_ROW": _ROW,
            "ROLE_AT": ROLE_AT, "ROLE_OF_HOLDER_ITS_ROLE": ROLE_OF_HOLDER_ITS_ROLE,
            "ALL_INTERESTS": ALL_INTERESTS}


@pytest.mark.parametrize("blanks", BLANKS.values(), ids=BLANKS.keys())
@pytest.mark.parametrize("name", PATTERNS)
def test_no_match_in_blanks(name, blanks):
    pattern = PATTERNS[name]
    assert pattern.search(blanks) is None
    assert pattern.search("x" + blanks + "x") is None


def test_attorney_signature_after_blanks():
    text = "/s/  Jane Roe," + " " * RUN + "attorney-in-fact for Acme Fund LP" + " " * RUN
    m = ATTORNEY_SIGNATURE.match(text)
    assert (m["signer"], m["principal"], m.end()) == ("Jane Roe", "Acme Fund LP", len(text))
    m = ATTORNEY_SIGNATURE.match("Jane Roe" + " " * RUN + "as attorney in fact")
    assert (m["signer"], m["principal"]) == ("Jane Roe", None)
    assert ATTORNEY_SIGNATURE.match("Jane Roe" + " " * RUN + "attorney in fact") is None


def test_attorney_signature_signer_of_blanks_kept():
    """A run of blanks before the capacity is a signer of one blank, as it always was."""
    m = ATTORNEY_SIGNATURE.match(" " * RUN + "(attorney in fact)")
    assert (m["signer"], m.start("signer"), m["principal"]) == (" ", RUN - 1, None)


def test_authority_after_blanks():
    text = "Jane Roe" + " " * RUN + "pursuant to a power of attorney"
    assert PRINCIPAL_AUTHORITY.search(text).span() == (8, len(text))
    assert SIGNED_FOR_AUTHORITY.search(text).span() == (8, len(text))
    text = "Jane Roe" + "\t" * RUN + "under" + " " * RUN + "her power of attorney"
    assert PRINCIPAL_AUTHORITY.search(text).span() == (8, len(text))
    assert SIGNED_FOR_AUTHORITY.search("Acme Fund" + " " * RUN + "(QP), L.P.") is None
    m = PRINCIPAL_AGAIN.search(" for Roe, Jane" + " " * RUN + "; see Exhibit 24")
    assert (m.start(), m["again"], m.start("authority")) == (0, "Roe, Jane", 14)


def test_former_name_after_blanks():
    text = "Acme GP I, L.L.C." + " " * RUN + "F/K/A Acme GP, LLC"
    assert FORMER_NAME_TAIL.search(text).span() == (17, len(text))
    assert FORMER_NAME_TAIL.search("Acme GP" + " " * RUN + "formerly" + " " * RUN) is None


def test_name_id_suffix_after_blanks():
    text = "Acme Fund LP" + "\t" * RUN + "I.R.S. No." + " " * RUN + ":" + " " * RUN + "12-3456789"
    assert NAME_ID_SUFFIX.search(text).span() == (12, len(text))
    assert NAME_ID_SUFFIX.search("Acme Fund LP" + " " * RUN + "I.R.S. No.") is None


def test_title_separator_in_blanks():
    title = "President" + " " * RUN + "and" + " " * RUN + "Secretary" + " " * RUN + "/ Treasurer"
    assert TITLE_SEPARATOR.split(title) == ["President", "Secretary", "Treasurer"]
    assert TITLE_SEPARATOR.split("Manager" + " " * RUN + "&" + " " * RUN + "Member") == [
        "Manager", "Member"]


def test_by_link_in_blanks():
    assert BY_LINK.split("Acme Fund LP," + " " * RUN + "By:" + " " * RUN + "Acme GP LLC") == [
        "Acme Fund LP", "Acme GP LLC"]
    assert BY_LINK.split("Acme Fund LP" + " " * RUN + "by :Acme GP LLC") == [
        "Acme Fund LP", ":Acme GP LLC"]


# Second round: a lazy name, or a run of initials, underscores, stars or blanks, next to a run
# that could take the same characters.

def test_capacity_and_in_blanks():
    text = "Trustee of the Roe Trust," + "\n" * RUN + "and" + " " * RUN + "as Manager of Roe LLC"
    assert CAPACITY_AND.split(text) == ["Trustee of the Roe Trust", "Manager of Roe LLC"]
    assert CAPACITY_AND.search("Acme Partners" + " " * RUN + "and" + " " * RUN + "Company") is None


def test_affiliates_tail_in_blanks():
    text = "Acme LLC" + "\t" * RUN + "and" + " " * RUN + "its direct and indirect subsidiaries"
    assert AFFILIATES_TAIL.sub("", text) == "Acme LLC"
    assert AFFILIATES_TAIL.search("Acme LLC," + " " * RUN + "and" + " " * RUN + "its") is None


def test_principal_first_in_blanks():
    m = PRINCIPAL_FIRST.match("Jane Roe" + " " * RUN + "by John Doe," + " " * RUN + "Attorney-in-Fact")
    assert (m["principal"], m["before"], m["after"]) == ("Jane Roe", "John Doe", None)
    m = PRINCIPAL_FIRST.match("Jane Roe by her attorney-in-fact" + " " * RUN + "John Doe" + " " * RUN)
    assert (m["principal"], m["before"], m["after"]) == ("Jane Roe", None, "John Doe")
    assert PRINCIPAL_FIRST.match("Acme by" + " " * RUN + "x" + " " * RUN + ",") is None
    assert PRINCIPAL_FIRST.match("Acme" + " " * RUN + "x" + " " * RUN + "by") is None


def test_principal_end_in_blanks_and_stars():
    assert PRINCIPAL_END.sub("", "Jane Roe" + "\r\n" * (RUN // 2) + "x") == "Jane Roe" + "\r\n" * (RUN // 2) + "x"
    assert PRINCIPAL_END.sub("", "Acme LP," + " " * RUN + "by Acme GP, LLC") == "Acme LP"
    assert PRINCIPAL_END.sub("", "Jane Roe" + "*" * 40 + "x") == "Jane Roe" + "*" * 40 + "x"
    assert PRINCIPAL_END.sub("", "Jane Roe" + " (1)" * 20 + "*" * 40) == "Jane Roe"


def test_nature_mark_in_blanks_and_stars():
    assert NATURE_MARK.search("Acme Trust" + "\t" * RUN + "x") is None
    assert NATURE_MARK.search("Acme Trust" + "*" * 40 + "x") is None
    assert NATURE_MARK.search("Acme Trust" + " " * RUN + "," + " " * RUN + "(1)*").start() == 10


def test_trustee_nature_in_blanks():
    m = TRUSTEE_NATURE.match("Jane Roe" + " " * RUN + "Trustee of the Roe Trust")
    assert (m["trustee"], m["trust"]) == ("Jane Roe", "Roe Trust")
    assert TRUSTEE_NATURE.match("Jane Roe" + " " * RUN + "Director") is None


def test_name_slash_title_in_blanks():
    m = NAME_SLASH_TITLE.match("\t" * RUN + "Jane Roe" + " " * RUN + "/" + " " * RUN + "President" + " " * RUN)
    assert (m["name"], m["title"]) == ("Jane Roe", "President")
    m = NAME_SLASH_TITLE.match("Jane Roe/" + " " * RUN)
    assert (m["name"], m.span("title")) == ("Jane Roe", (8 + RUN, 9 + RUN))
    assert NAME_SLASH_TITLE.match("Jane Roe/" + " " * RUN + "\nx") is None
    assert NAME_SLASH_TITLE.match("\t" * RUN + "x") is None


def test_box_six_printed_in_underscores():
    assert BOX_SIX_PRINTED.search("_" * RUN + " x " + "_" * RUN) is None
    assert BOX_SIX_PRINTED.sub("", "_" * RUN + " X " + "_" * RUN + " Director") == ""
    assert BOX_SIX_PRINTED.search("(" + " " * RUN + "x" + " " * RUN) is None


def test_person_name_on_initials():
    initials = "A. " * max(1, RUN // 3)
    assert PERSON_NAME.fullmatch(initials.strip()) is None
    assert PERSON_NAME.search(initials) is None
    assert PERSON_NAME.fullmatch(initials + "Roe Jr.")
    assert PERSON_NAME.fullmatch("E. A. B.  C.  D.  F. Roe")                # four words, then a name
    assert PERSON_NAME.fullmatch("E. A. B.  C.  D.  F.  G. Roe") is None   # five: one too many


def test_name_and_title_in_blanks():
    assert NAME_AND_TITLE.match("Jane Roe" + " " * RUN) is None
    m = NAME_AND_TITLE.match("Jane Roe, Jr." + " " * RUN + ", President")
    assert (m["name"], m.end()) == ("Jane Roe, Jr.", 15 + RUN)


def test_markup_line_in_blanks():
    assert MARKUP_LINE.fullmatch(" " * RUN + "-" + "\t" * RUN + "3" + " " * RUN + "-" + " " * RUN)
    assert MARKUP_LINE.fullmatch("\t" * RUN + "x") is None
    assert MARKUP_LINE.search("<PAGE>" + " " * RUN + "\nx") is None


def test_heading_line_in_blanks():
    assert HEADING_LINE.fullmatch("Amendment No" + " " * RUN + "x") is None
    assert HEADING_LINE.fullmatch("Amendment No. 1 " * 40 + "x") is None
    assert HEADING_LINE.fullmatch("** (Amendment No." + " " * RUN + ":" + " " * RUN + "12 ) **" + " " * RUN)
    assert HEADING_LINE.fullmatch(" " * RUN + "SCHEDULE 13D/A" + "*" * RUN + "#")
    assert [m.group() for m in FORM_HEADING.finditer("Amendment No" + " " * RUN + "x")] == [
        "Amendment No" + " " * RUN]


# Third round: a list of names that could be read two ways at each legal form after a comma or
# company's "and" (2^k readings), and a run of blanks split between "\\s*" and "\\s+".

#: The number of names in the long lists
NAMES_RUN = 60


def test_respective_advisers_on_long_lists():
    for item in (", Acme Fund, L.P.", " and Roe and Co.", ", Acme Fund, L.P., Inc."):
        assert RESPECTIVE_ADVISERS.match(item * NAMES_RUN + " x") is None
        text = item * NAMES_RUN + ", respectively"
        m = RESPECTIVE_ADVISERS.match(text)
        assert (m.span(), m.span("more")) == ((0, len(text)), (0, len(item) * NAMES_RUN))


def test_elected_to_role_on_long_lists():
    for item in ("Acme Fund, L.P., ", "Roe and Co., ", "Acme and Co. and "):
        assert ELECTED_TO_ROLE.search(item * NAMES_RUN + "x") is None
    text = "Acme Fund, L.P., " * NAMES_RUN + "Roe and Co. were elected as directors of Acme Corp."
    m = ELECTED_TO_ROLE.search(text)
    assert (m.span("holder"), m["role"], m["held"]) == ((0, len(text) - 40), "directors", "Acme Corp.")


def test_blank_runs_before_a_word():
    assert PAST_DESCRIPTION.search("Acme LP" + " " * RUN + "," + " " * RUN + "was ").span() == (7, 2 * RUN + 12)
    assert RESPECTIVELY.search("Acme LP" + " " * RUN + "," + " " * RUN + "respectively").start() == 7
    assert RESPECTIVELY.search("Acme LP" + " " * RUN + "," + " " * RUN + "respectivelyx") is None
    m = NAME_WORD_AFTER.match("\t" * RUN + "," + " " * RUN + "ACME FUND")
    assert (m["word"], m.end()) == ("ACME", 2 * RUN + 5)
    assert NAME_WORD_AFTER.match(" " * RUN + ",ACME") is None
    text = "Acme Fund LP" + " " * RUN + "and" + " " * RUN + "Acme GP LLC is its general partner."
    assert AND_ITS_ROLE.search(text)["holder"] == "Acme GP LLC"
    text = "500 Shares" + " " * RUN + "," + " " * RUN + "or 5.2%"
    assert HOLDING_PERCENT.search(text)["pct"] == "5.2"
    text = "the Roe Trust" + " " * RUN + "dated" + " " * RUN + "January 1, 2000 and the Doe Trust"
    assert TRUST_DATE.sub("", text) == "the Roe Trust and the Doe Trust"


def test_row_in_blanks():
    m = _ROW.match("\t" * RUN + "Jane Roe" + " " * RUN + "| Director")
    assert (m["first"], m.end()) == ("Jane Roe", 2 * RUN + 18)
    m = _ROW.match(" " * RUN + "|")
    assert (m["first"], m.span("first")) == (" ", (RUN - 1, RUN))
    assert _ROW.match(" " * RUN + "Jane Roe" + " " * RUN + "\n| x") is None
    assert _ROW.match("x" * 81 + "|") is None and _ROW.match("x" * 80 + "|")["first"] == "x" * 80


# Fourth round: a list of names joined by a company's "and" ("Roe and Co."), one name or two
# names listed (2^k readings), in the patterns built on NAMES, THE_NAMES and HELD_NAMES.

#: Patterns built on those lists, each failing at once on a list of its own before
LIST_PATTERNS = {"HOLDER_IS_ROLE_OF": HOLDER_IS_ROLE_OF, "OF_WHICH_HOLDER_IS": OF_WHICH_HOLDER_IS,
                 "EACH_OF_WHICH_SUBSIDIARY_OF": EACH_OF_WHICH_SUBSIDIARY_OF,
                 "PERCENT_OF_STOCK": PERCENT_OF_STOCK, "REFERRED_TO_AS": REFERRED_TO_AS,
                 "TRUST_NAMED_WITH_TRUSTEE": TRUST_NAMED_WITH_TRUSTEE, "WHOSE_ROLE_IS": WHOSE_ROLE_IS,
                 "OWNED_BY": OWNED_BY, "ADVISED_BY": ADVISED_BY, "CONTROL_ASIDE": CONTROL_ASIDE,
                 "RELATIONSHIP_DEEMED_OWNER": RELATIONSHIP_DEEMED_OWNER, "AND_ITS_ROLE": AND_ITS_ROLE,
                 "EARLIER_HOLDING": EARLIER_HOLDING}
#: The repeated names: a comma after each, or "and"
COMPANY_LISTS = {"and-co": "Roe and Co., ", "co-and": "Acme and Co. and "}


@pytest.mark.parametrize("item", COMPANY_LISTS.values(), ids=COMPANY_LISTS.keys())
@pytest.mark.parametrize("name", LIST_PATTERNS)
def test_no_match_after_company_lists(name, item):
    assert list(LIST_PATTERNS[name].finditer(item * NAMES_RUN + "x")) == []


def test_company_lists_read_whole():
    names = "Roe and Co., " * NAMES_RUN + "Roe and Co."
    m = HOLDER_IS_ROLE_OF.search(names + " is the general partner of Acme Fund LP.")
    assert (m["holder"], m["role"], m["held"]) == (names, "the general partner", "Acme Fund LP.")
    held = "Acme and Co. and " * NAMES_RUN + "Roe and Co."
    m = HOLDER_IS_ROLE_OF.search("Acme GP LLC is the general partner of " + held)
    assert (m["holder"], m["held"]) == ("Acme GP LLC", held)
    m = OWNED_BY.search("Acme Fund LP is wholly owned by " + names)
    assert (m["held"], m["holder"]) == ("Acme Fund LP", names)
    m = AND_ITS_ROLE.match(" and " + names + " is its general partner.")
    assert (m["holder"], m["role"]) == (names, "general partner")
    m = WHOSE_ROLE_IS.search("Acme Fund LP, whose general partners are " + names)
    assert (m["held"], m["holder"]) == ("Acme Fund LP", names)


def test_company_and_read_as_before():
    # the list's "and" after a definition, and the name's "and" before a trust's date
    m = HOLDER_IS_ROLE_OF.search('Roe ("R") and Co. is the general partner of Acme Fund LP.')
    assert m["holder"] == 'Roe ("R") and Co.'
    m = HOLDER_IS_ROLE_OF.search("Acme GP LLC is the general partner of Roe and Dated Partners 1, 2000.")
    assert m["held"] == "Roe and"


def test_role_at_in_blanks():
    m = ROLE_AT.match("Director" + " " * RUN + "of" + "\t" * RUN + "the Issuer" + " " * RUN)
    assert (m["role"], m["ref"]) == ("Director", "the Issuer")
    m = ROLE_AT.match(" " * RUN + "of x")  # the blanks before "of" only: the role is one of them
    assert (m.span("role"), m["ref"]) == ((RUN - 2, RUN - 1), "x")
    assert ROLE_AT.match("Director" + " " * RUN + "ofx" + " " * RUN) is None
