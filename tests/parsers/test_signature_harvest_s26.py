"""Signature blocks of the s26 harvest (Schedule 13D filings in HTML), with made-up names.

1. "Name: | /s/ Jane Roe" (the caption in the cell left of the signature) is a signature, and a
   section that prints each party under its signer's name and title ("/s/ Jane Roe" / "Jane
   Roe, Chief Executive Officer" / "Acme Energy, LLC", block after block) gives each party to
   the signature over it (graphkit.parsers.signature_below).
2. "By: Jane Roe, Director" typed over her own "By: /s/ Jane Roe" is her title, not a "By:"
   entity of a chain left unread.
3. An interim or acting officer keeps the qualifier in the title of the relation.
"""

from __future__ import annotations

from graphkit.parsers.html_text import html_to_text_mapped
from graphkit.parsers.prose_roles import role_relations
from graphkit.parsers.signature_neighbours import slashed_next
from graphkit.parsers.signature_section import SLASH_S
from graphkit.parsers.signatures import read_signatures
from graphkit.relations import Relation
from graphkit.source import SourceText


def _read(block: str, html: bool = False):
    if html:
        block = html_to_text_mapped(block).text
    text = ("SIGNATURE\n\nAfter reasonable inquiry and to the best of my knowledge and belief, I "
            "certify that the information set forth in this statement is true, complete and "
            "correct.\n\nDated: May 1, 2010\n\n" + block)
    sec = read_signatures(SourceText(path="x.txt", text=text))
    return ([(s.signer, s.title, s.on_behalf_of) for s in sec.signatures],
            sorted((f.relation.value, f.holder, f.held, f.title) for f in sec.findings),
            sec.unsigned)


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


# -- 1. "Name: /s/" and the party printed under the signer ----------------------------------

def test_slash_s_after_a_name_caption():
    assert SLASH_S.match("Name: | /s/ Jane Q. Roe")["name"] == "Jane Q. Roe"
    assert SLASH_S.match("Name:   /s/ Jane Q. Roe")["name"] == "Jane Q. Roe"
    assert SLASH_S.match("By: | /s/ Jane Q. Roe")["name"] == "Jane Q. Roe"  # as before
    assert SLASH_S.match("Name: Jane Q. Roe") is None


def test_name_caption_signature_with_its_title_field():
    sigs, found, _ = _read("ACME CORP\n\nName: /s/ Jane Roe\nTitle: President\n")
    assert sigs == [("Jane Roe", "President", ["ACME CORP"])]
    assert found == [("officer_of", "Jane Roe", "ACME CORP", "President")]


def test_parties_under_their_signers_in_text():
    sigs, found, unsigned = _read(
        "Name: /s/ Jane Q. Roe\n\nJane Q. Roe, Chief Executive Officer\n\nAcme Energy, LLC\n\n"
        "Name: /s/ Jane Q. Roe\n\nJane Q. Roe, President\n\nBeta Energy, LLC\n\n7\n")
    assert sigs == [("Jane Q. Roe", "Chief Executive Officer", ["Acme Energy, LLC"]),
                    ("Jane Q. Roe", "President", ["Beta Energy, LLC"])]
    assert found == [("officer_of", "Jane Q. Roe", "Acme Energy, LLC", "Chief Executive Officer"),
                     ("officer_of", "Jane Q. Roe", "Beta Energy, LLC", "President")]
    assert unsigned == []


def test_parties_under_their_signers_in_an_html_table():
    # the caption in the cell left of "/s/", the title wrapped by a <br>, the party in the
    # row under the printed name, a page number after the table
    html = ("<table>" + _row("", "Name:", "/s/ Jane Q. Roe")
            + _row("", "", "Jane Q. Roe, Chief Executive Officer,<br>Interim Chief Financial Officer")
            + _row("", "", "Acme Energy, LLC") + _row("&nbsp;", "&nbsp;", "&nbsp;")
            + _row("", "Name:", "/s/ John A. Doe") + _row("", "", "John A. Doe, President")
            + _row("", "", "Beta Energy, LLC") + "</table><p>6</p>")
    sigs, found, unsigned = _read(html, html=True)
    title = "Chief Executive Officer, Interim Chief Financial Officer"
    assert sigs == [("Jane Q. Roe", title, ["Acme Energy, LLC"]),
                    ("John A. Doe", "President", ["Beta Energy, LLC"])]
    assert found == [("officer_of", "Jane Q. Roe", "Acme Energy, LLC", title),
                     ("officer_of", "John A. Doe", "Beta Energy, LLC", "President")]
    assert unsigned == []


def test_two_signers_each_over_the_party_under_him():
    # before: John Doe was read an officer of Acme LLC, the party over his "/s/" line
    for sign in ("/s/", "By: /s/", "By: | /s/"):
        sigs, found, _ = _read(f"{sign} Jane Roe\nJane Roe, President\nAcme LLC\n\n"
                               f"{sign} John Doe\nJohn Doe, Vice President\nBeta Inc.\n")
        assert sigs == [("Jane Roe", "President", ["Acme LLC"]),
                        ("John Doe", "Vice President", ["Beta Inc."])], sign
        assert found == [("officer_of", "Jane Roe", "Acme LLC", "President"),
                         ("officer_of", "John Doe", "Beta Inc.", "Vice President")], sign


def test_parties_over_their_signers_read_as_before():
    sigs, found, _ = _read("Acme Energy, LLC\n\n/s/ Jane Roe\nJane Roe, Chief Executive Officer\n\n"
                           "Beta Energy, LLC\n/s/ John Doe\nJohn Doe, President\n")
    assert sigs == [("Jane Roe", "Chief Executive Officer", ["Acme Energy, LLC"]),
                    ("John Doe", "President", ["Beta Energy, LLC"])]
    # a party over the first signature: a line left under the last is no party of it
    sigs, _, unsigned = _read("Acme LLC\n/s/ Jane Roe\nJane Roe, President\n\nBeta Inc.\n"
                              "/s/ John Doe\nJohn Doe, Vice President\nGamma Corp.\n")
    assert sigs == [("Jane Roe", "President", ["Acme LLC"]),
                    ("John Doe", "Vice President", ["Beta Inc."])]
    assert unsigned == ["Gamma Corp."]


def test_no_realignment_for_other_shapes():
    # a signer signing for herself (no title) first
    sigs, _, unsigned = _read("/s/ Jane Roe\nJane Roe\n\nAcme GP LLC\n/s/ Jane Roe\n"
                              "Jane Roe, Managing Member\n\nBeta Sub LLC\n")
    assert sigs == [("Jane Roe", None, []), ("Jane Roe", "Managing Member", ["Acme GP LLC"])]
    assert unsigned == ["Beta Sub LLC"]
    # one signature with a company line under it: the signer's company, left unsigned
    sigs, found, unsigned = _read("/s/ Jane Roe\nJane Roe, President\nAcme Corp\n")
    assert (sigs, found, unsigned) == ([("Jane Roe", "President", [])], [], ["Acme Corp"])
    # "/s/" and "By: /s/" under a party's name: two layouts
    sigs, _, unsigned = _read("/s/ Jane Roe\nJane Roe, President\n\nBETA HOLDINGS LLC\n"
                              "By: /s/ John Doe\nJohn Doe, Manager\nGamma LLC\n")
    assert sigs == [("Jane Roe", "President", []), ("John Doe", "Manager", ["BETA HOLDINGS LLC"])]
    assert unsigned == ["Gamma LLC"]


# -- 2. "By: Jane Roe, Director" over her own "/s/" ------------------------------------------

def test_slashed_next():
    rows = [(0, 0, ""), (1, 19, "By: | /s/ Jane Roe")]
    assert slashed_next(rows, 0) == "Jane Roe"
    assert slashed_next([(0, 16, "By: Acme GP, LLC")], 0) is None
    assert slashed_next([(0, 8, "Acme LLC"), (9, 20, "/s/ Jane Roe")], 0) is None


def test_typed_title_over_the_signature():
    sigs, found, _ = _read("ACME FUND, LTD.\nBy: Jane Q. Roe, Director\nBy: /s/ Jane Q. Roe\n"
                           "Name: Jane Q. Roe\n")
    assert sigs == [("Jane Q. Roe", "Director", ["ACME FUND, LTD."])]
    assert found == [("director_of", "Jane Q. Roe", "ACME FUND, LTD.", None)]
    sigs, found, _ = _read("ACME FUND, LTD.\n\nBy: Jane Q. Roe, Director\n\nBy: /s/ Jane Q. Roe\n")
    assert sigs == [("Jane Q. Roe", "Director", ["ACME FUND, LTD."])]
    assert found == [("director_of", "Jane Q. Roe", "ACME FUND, LTD.", None)]


def test_typed_title_at_the_end_of_a_chain():
    sigs, found, _ = _read("ACME FUND LP\nBy: Acme GP LLC, its general partner\n"
                           "By: Jane Roe, Managing Member\nBy: /s/ Jane Roe\n")
    assert sigs == [("Jane Roe", "Managing Member", ["ACME FUND LP"])]
    assert found == [("general_partner_of", "Acme GP LLC", "ACME FUND LP", None),
                     ("managing_member_of", "Jane Roe", "Acme GP LLC", None)]


def test_typed_title_in_a_two_column_html_table():
    html = ("<table>" + _row("Acme Master Fund, Ltd.", "Beta Fund, L.P.")
            + _row("By: Jane Roe, Director", "By: Beta GP, LLC, its general partner")
            + _row("By:", "/s/ Jane Roe", "By:", "/s/ John Doe")
            + _row("Name: Jane Roe", "Name: John Doe") + "</table>")
    sigs, found, _ = _read(html, html=True)
    assert sigs == [("Jane Roe", "Director", ["Acme Master Fund, Ltd."]),
                    ("John Doe", None, ["Beta Fund, L.P."])]
    assert found == [("director_of", "Jane Roe", "Acme Master Fund, Ltd.", None),
                     ("general_partner_of", "Beta GP, LLC", "Beta Fund, L.P.", None)]


def test_another_name_over_the_signature_reads_as_before():
    # another person's name (an entity named like one, an attorney signing): no title given
    sigs, found, _ = _read("ACME FUND LP\nBy: Acme Stanley, General Partner\nBy: /s/ Jane Roe\n"
                           "Name: Jane Roe\nTitle: Vice President\n")
    assert sigs == [("Jane Roe", "Vice President", ["ACME FUND LP"])]
    assert found == []
    sigs, found, _ = _read("ACME LLC\nBy: Morgan Roe, Managing Member\nBy: /s/ John Doe\n"
                           "John Doe, Attorney-in-Fact\n")
    assert sigs == [("John Doe", "Attorney-in-Fact", ["ACME LLC"])]
    assert found == []


def test_title_field_under_the_signature_wins():
    sigs, found, _ = _read("ACME CORP.\nBy: Jane Roe, Director\nBy: /s/ Jane Roe\nName: Jane Roe\n"
                           "Title: President\n")
    assert sigs == [("Jane Roe", "President", ["ACME CORP."])]
    assert found == [("officer_of", "Jane Roe", "ACME CORP.", "President")]


# -- 3. interim and acting officers -----------------------------------------------------------

def test_interim_and_acting_officer_titles():
    assert role_relations("Chief Executive Officer, Interim Chief Financial Officer",
                          "Acme LLC") == [(Relation.OFFICER_OF, "Chief Executive Officer, "
                                           "Interim Chief Financial Officer")]
    assert role_relations("acting president and secretary") == \
        [(Relation.OFFICER_OF, "Acting President, Secretary")]
    assert role_relations("Senior Vice President") == [(Relation.OFFICER_OF, "Senior Vice President")]
    assert role_relations("interim director") == [(Relation.DIRECTOR_OF, None)]
