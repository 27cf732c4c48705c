"""A conformed signature mark with no name after it ("By s/", "By: /s/", "s/", "/s/" alone on
its line), the printed name and title on the line under it: one signature, read as
"By: /s/ Jane Q. Roe, President" would be (:mod:`graphkit.parsers.signature_bare_marks`).
Made-up names, in the layout of a typed 1996 Schedule 13D/A."""

from __future__ import annotations

import pytest

from graphkit.parsers.signature_bare_marks import BARE_MARK, printed_under_mark
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.short_13g import relations, short_13g


def _read(text: str):
    sec = read_signatures(SourceText(path="x.txt", text=text))
    return ([(s.signer, s.title, s.on_behalf_of, s.date.isoformat() if s.date else None)
             for s in sec.signatures],
            [(f.relation.value, f.holder, f.held) for f in sec.findings])


BLOCK = """\
                            Signature

After reasonable inquiry and to the best of my knowledge and
belief, I certify that the information set forth in this
statement is true, complete and correct.

Dated: July 25, 1996


                             ACME INVESTORS L.P.



                          {by}
                            Jane Q. Roe, Partner



                            ZENITH PROPERTIES, INC.



                          {by}
                            John A. Doe, President


                             {mark}
                            Mary Major

"""


@pytest.mark.parametrize("by, mark", [("By s/", "s/"), ("By: s/", "s/"), ("By /s/", "/s/"),
                                      ("By: /s/", "/s/"), ("BY /S/", "/S/")])
def test_bare_mark_reads_the_printed_name_under_it(by, mark):
    sigs, found = _read(BLOCK.format(by=by, mark=mark))
    assert sigs == [
        ("Jane Q. Roe", "Partner", ["ACME INVESTORS L.P."], "1996-07-25"),
        ("John A. Doe", "President", ["ZENITH PROPERTIES, INC."], "1996-07-25"),
        ("Mary Major", None, [], "1996-07-25"),
    ]
    # the President signs as an officer of the company above; a Partner of a limited
    # partnership is read as "/s/ Jane Q. Roe, Partner" is elsewhere: a signature, no edge
    assert found == [("officer_of", "John A. Doe", "ZENITH PROPERTIES, INC.")]


def test_partner_under_a_whole_mark_gives_the_same():
    # the same block with the name after the mark on its line: the reading it must equal
    one_line = BLOCK.replace("{by}\n                            ", "By /s/ ") \
        .replace("{mark}\n                            ", "/s/ ")
    assert _read(one_line) == _read(BLOCK.format(by="By s/", mark="s/"))


def test_bare_mark_with_a_rule_line_and_a_chain():
    text = ("SIGNATURE\n\nDated: May 1, 2000\n\nACME FUND, L.P.\n"
            "By: Acme GP LLC, its general partner\n\n   By s/\n     Jane Roe, Managing Member\n\n"
            "ZETA CORP.\n\n   By: /s/\n     ______________\n     John Doe, Vice President\n")
    sigs, found = _read(text)
    assert sigs == [("Jane Roe", "Managing Member", ["ACME FUND, L.P."], "2000-05-01"),
                    ("John Doe", "Vice President", ["ZETA CORP."], "2000-05-01")]
    assert found == [("general_partner_of", "Acme GP LLC", "ACME FUND, L.P."),
                     ("managing_member_of", "Jane Roe", "Acme GP LLC"),
                     ("officer_of", "John Doe", "ZETA CORP.")]


def test_bare_mark_over_name_and_title_fields_is_read_as_before():
    text = ("SIGNATURE\n\nDated: May 1, 2000\n\nACME HOLDINGS, INC.\n\n"
            "By: /s/\nName: Jane Roe\nTitle: President\n")
    assert _read(text)[0] == [("Jane Roe", "President", ["ACME HOLDINGS, INC."], "2000-05-01")]


@pytest.mark.parametrize("under", [
    "\n    Jane Roe, President",       # a blank line between: a name there may head the next block
    "\n    ACME GP LLC",              # a party, no printed name
    "    Acme Capital Partners",       # a firm
    "    JANE ROE\n/s/ Jane Roe",     # a name with its own signature under it
])
def test_bare_mark_without_a_printed_name_right_under_it_gives_no_signer(under):
    text = f"SIGNATURE\n\nDated: May 1, 2000\n\nACME HOLDINGS, INC.\n\nBy s/\n{under}\n"
    sigs, found = _read(text)
    assert all(s[0] != "Jane Roe" or s[2] != ["ACME HOLDINGS, INC."] for s in sigs)
    assert not any(f[0] == "officer_of" for f in found)


def test_record_of_a_bare_mark_filing():
    rec = short_13g(signature="ROE CAPITAL ADVISORS, INC.\n\n   By s/\n     Jane Q. Roe, President\n")
    assert [(s.signer, s.title, s.on_behalf_of) for s in rec.signatures] == \
        [("Jane Q. Roe", "President", ["ROE CAPITAL ADVISORS, INC."])]
    assert ("officer_of", "Jane Q. Roe", "Roe Capital Advisors, Inc.", "President") in relations(rec)


def test_bare_mark_pattern():
    # "By s/" and "s/" of a 1996 13D/A (oneliberty_brt_1996): the mark with its first slash lost
    for line in ("                          By s/                     ", "   s/", "By: s/",
                 "/s/", "By: /s/  ", "BY /S/", "By: | /s/"):
        assert BARE_MARK.match(line), line
    for line in ("By s/ Jane Roe", "/s/ Jane Roe", "Acme Funds/", "Byways/", "By: Acme GP"):
        assert BARE_MARK.match(line) is None, line


def test_printed_under_mark():
    rows = [(0, 5, "By s/"), (6, 30, "  Jane Q. Roe, Partner"), (31, 31, "")]
    assert printed_under_mark(rows, 1) == ("Jane Q. Roe, Partner", 2)
    assert printed_under_mark([(0, 3, "/s/"), (4, 18, "Name: Jane Roe")], 1) is None
    assert printed_under_mark([(0, 3, "/s/")], 1) is None
