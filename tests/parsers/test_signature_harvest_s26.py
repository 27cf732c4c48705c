"""Signature blocks of the s26 harvest (Schedule 13D filings in HTML), with made-up names.

1. "By: Jane Roe, Director" typed over her own "By: /s/ Jane Roe" is her title, not a "By:"
   entity of a chain left unread.
2. An interim or acting officer keeps the qualifier in the title of the relation.
"""

from __future__ import annotations

from graphkit.parsers.html_text import html_to_text_mapped
from graphkit.parsers.prose_roles import role_relations
from graphkit.parsers.signature_neighbours import slashed_next
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
