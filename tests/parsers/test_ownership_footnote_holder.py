"""Forms 3/4/5: the record holder a line's footnote names ("The shares are held by the Roe 1995
Family Trust ...") where its nature of ownership says only "Trust" or "See footnote"."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.parse import parse_path
from graphkit.parsers.ownership_holdings import FOOTNOTE_HOLDER, footnote_holder

FILINGS = Path(__file__).resolve().parent.parent / "fixtures" / "filings"


@pytest.mark.parametrize("text, name", [
    ("The shares are held by The Roe Software Irrevocable Trust for which the Reporting Person's "
     "immediate family members are the beneficiaries.", "Roe Software Irrevocable Trust"),
    ("The reported securities are owned directly by Acme Insurance Company, a subsidiary of Acme "
     "Holdings Inc.", "Acme Insurance Company"),
    ("The shares are held directly by Acme Fund, L.P. Acme GP Ltd. is its general partner.",
     "Acme Fund, L.P"),
    ("These securities are held of record by Acme Partners LLC.", "Acme Partners LLC"),
    # the footnote opening with the shares, no verb before "held" (session 40)
    ('Shares held by Acme Ventures II, L.P. ("AV II"). Acme Management II, LLC is the general '
     'partner of AV II.', "Acme Ventures II, L.P"),
    ("Securities held by the Roe 2015 Irrevocable Trust.", "Roe 2015 Irrevocable Trust"),
    ('The securities are directly held by Acme Master Fund, Ltd. (the "Master Fund").',
     "Acme Master Fund, Ltd"),
])
def test_footnote_holder_pattern(text, name):
    assert FOOTNOTE_HOLDER.search(text)["name"] == name


@pytest.mark.parametrize("footnotes, expected", [
    (["F3: The shares are held by the Roe 1995 Family Trust for which the Reporting Person is a "
      "trustee."], "Roe 1995 Family Trust"),
    (["F1: The shares are held directly by Acme Fund, L.P. Acme GP Ltd. is its general "
      "partner."], "Acme Fund, L.P."),
    (["F1: The shares are held by a trust for the benefit of the Reporting Person's children."],
     None),
    (["F1: The shares are held by his spouse."], None),
    (["F1: Shares held by Acme Fund LP.", "F2: Shares held by Beta Fund LP."], None),
    (["F1: Represents shares transferred for no consideration."], None),
])
def test_footnote_holder(footnotes, expected):
    assert footnote_holder(footnotes) == expected


def test_no_footnote_holder():
    # part of the line, not its holder; a sentence about the shares, not naming their holder
    assert FOOTNOTE_HOLDER.search("Includes 500 shares held by Acme Trust.") is None
    assert footnote_holder(["F1: The shares held by Acme Fund LP are subject to a lock-up "
                            "agreement."]) is None
    assert footnote_holder(['F1: Shares held by Acme Ventures II, L.P. ("AV II").']) == \
        "Acme Ventures II, L.P."


def test_real_form5_trust_lines():
    """Form 5 of a Snowflake director: two lines "I / Trust", each with its footnote naming the
    trust; each trust now holds its line's shares directly, beside the director's indirect
    claim."""
    rec = parse_path(FILINGS / "mcmahon_snowflake_2022_form5.xml").records[0]
    held = sorted((rec.party(c.source).name, c.shares, c.direct) for c in rec.claims
                  if c.relation.value == "beneficial_owner_of" and c.shares)
    assert held == [("John McMahon 1995 Family Trust", 125737, True),
                    ("John McMahon Software Irrevocable Trust", 151188, True),
                    ("McMahon John Dennis", 54666, True),
                    ("McMahon John Dennis", 125737, False),
                    ("McMahon John Dennis", 151188, False)]
