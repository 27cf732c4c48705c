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

from graphkit.parsers.ownership_owners import ATTORNEY_SIGNATURE
from graphkit.parsers.schedule13_cover_patterns import FORMER_NAME_TAIL, NAME_ID_SUFFIX
from graphkit.parsers.signature_capacity import (PRINCIPAL_AGAIN, PRINCIPAL_AUTHORITY,
                                                 SIGNED_FOR_AUTHORITY)
from graphkit.parsers.signature_field import BY_LINK
from graphkit.parsers.signature_roles import TITLE_SEPARATOR

#: The length of the runs of blanks
RUN = 2000
BLANKS = {"spaces": " " * RUN, "tabs": "\t" * RUN, "lines": " \n" * (RUN // 2)}
PATTERNS = {"ATTORNEY_SIGNATURE": ATTORNEY_SIGNATURE, "SIGNED_FOR_AUTHORITY": SIGNED_FOR_AUTHORITY,
            "PRINCIPAL_AUTHORITY": PRINCIPAL_AUTHORITY, "PRINCIPAL_AGAIN": PRINCIPAL_AGAIN,
            "FORMER_NAME_TAIL": FORMER_NAME_TAIL, "NAME_ID_SUFFIX": NAME_ID_SUFFIX,
            "TITLE_SEPARATOR": TITLE_SEPARATOR, "BY_LINK": BY_LINK}


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
