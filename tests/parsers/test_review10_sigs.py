"""Review 10 of the captioned signatures, signature fields and Item 7 reach: regressions fixed.

D1: an Item 7 that points to an exhibit without a letter ("See attached Exhibit"), to one whose
heading has words after its letter ("EXHIBIT A TO SCHEDULE 13G"), or to nothing ("See Item 3")
reads the sentence of subsidiaries in the rest of the filing again, unless Item 7 says "Not
applicable". D2: a name under a "Signature" caption heading the next "/s/" is that signature's
party, not a typed signer. D3: the printed name under "/s/", spelled a little differently, is
the same signer (its title kept). D4: a title field drops the signer's name before any title,
abbreviated or not, unless a longer name goes on. D5: a capacity parts at the first "of" unless
the title gains a department or board ("Director of Government of Acme Investment Corp"). D9:
the party printed right under a captioned signer's name and title is the party signed for.
"""

from __future__ import annotations

import pytest

from graphkit.parse import parse_path
from graphkit.parsers import schedule13_subsidiaries as subs
from graphkit.parsers import signature_captions as caps
from graphkit.parsers import signature_field as sf
from graphkit.parsers.signatures import read_signatures
from graphkit.source import SourceText
from tests.holdout import HOLDOUT, relation_pairs

FIRST_UNION = "1995_SC_13G_3499.txt"
SUBSIDIARIES = {("First Union Corporation", "Evergreen Asset Management Group"),
                ("First Union Corporation", "Lieber and Company")}


def _sigs(sigs):
    return [(s.signer, s.title, s.on_behalf_of) for s in sigs]


# --- D1. Item 7 pointing to an exhibit it does not letter, or to none ------------------------

def _first_union(tmp_path, item7: str, heading: str = "Exhibit"):
    """The holdout First Union 13G with Item 7's body (which lists both subsidiaries with their
    I.R.S. numbers) replaced by ``item7`` and its exhibit's heading by ``heading``; the exhibit
    still says "The relevant subsidiaries are Evergreen Asset Management Group (IA) and Lieber
    and Company (IA)."."""
    text = (HOLDOUT / FIRST_UNION).read_text()
    a, b = text.index("Item 7   Identification"), text.index("Item 8   Identification")
    text = (text[:a] + "Item 7   Identification and Classification of the Subsidiary Which "
            "Acquired\n         the Security Being Reported on by the Parent Holding Company:"
            f"\n\n         {item7}\n\n" + text[b:])
    text = text.replace("\nExhibit\nFirst", f"\n{heading}\nFirst")
    path = tmp_path / FIRST_UNION
    path.write_text(text)
    return parse_path(path).records[0]


@pytest.mark.parametrize("item7, heading, pairs", [
    ("See Exhibit", "Exhibit", SUBSIDIARIES),
    ("See attached Exhibit.", "Exhibit", SUBSIDIARIES),
    ("Please see the attached exhibit.", "Exhibit", SUBSIDIARIES),
    ("The subsidiaries are identified in the attached Exhibit.", "Exhibit", SUBSIDIARIES),
    ("See Exhibit A.", "Exhibit A - Item 7", SUBSIDIARIES),
    ("See Exhibit A", "EXHIBIT A TO SCHEDULE 13G", SUBSIDIARIES),
    ("See Item 3.", "Exhibit", SUBSIDIARIES),
    # review R7 stays: "Not applicable" reads no subsidiary of a later exhibit
    ("Not applicable", "Exhibit", set()),
    ("N/A", "Exhibit A", set()),
])
def test_item7_exhibit_fallback(tmp_path, item7, heading, pairs):
    # holdout 1995_SC_13G_3499.txt, exhibit: "Exhibit" / "First Union Corporation is filing this
    # schedule ... The relevant subsidiaries are Evergreen Asset Management Group (IA) and
    # Lieber and Company (IA)."
    rec = _first_union(tmp_path, item7, heading)
    assert relation_pairs(rec, "parent_of") == pairs


ITEM7 = ("Item 7.  Identification and Classification of the Subsidiary Which Acquired the "
         "Security Being Reported on By the Parent Holding Company:\n\n  {body}\n\n"
         "Item 8.  Not applicable\n\n{heading_a}\n\nJOINT FILING AGREEMENT ... The relevant "
         "subsidiary is Acme Advisors LLC (IA).\n\n{heading_b}\n\nThe subsidiary is Beta "
         "Advisors LLC (IA).\n")


@pytest.mark.parametrize("body, heading_a, heading_b, names", [
    # the exhibit named, its heading with words after the letter: that exhibit only
    ("See Exhibit B.", "Exhibit A - Joint Filing Agreement", "EXHIBIT B TO SCHEDULE 13G",
     ["Beta Advisors LLC"]),
    ("See the attached Exhibit B.", "Exhibit A", "Exhibit B: Item 7", ["Beta Advisors LLC"]),
    # no exhibit found: the first sentence after Item 7, as before review R7
    ("See attached Exhibit.", "Exhibit A", "Exhibit B", ["Acme Advisors LLC"]),
    ("Not applicable.", "Exhibit A", "Exhibit B", []),
    ("None.", "Exhibit A", "Exhibit B", []),
])
def test_item7_sentence_fallback(body, heading_a, heading_b, names):
    text = ITEM7.format(body=body, heading_a=heading_a, heading_b=heading_b)
    src = SourceText(path="x.txt", text=text)
    assert [s.name for s in subs.item7_subsidiaries(src, 0, text.index("Item 8"))] == names


@pytest.mark.parametrize("line, found", [
    ("Exhibit A", True), ("  EXHIBIT 99.2:", True), ("Exhibit A - Item 7", True),
    ("EXHIBIT A TO SCHEDULE 13G", True), ("Exhibit B: Joint Filing Agreement", True),
    ("Exhibit A to this Schedule 13D", True),
    ("Exhibit A is incorporated herein by reference.", False),
    ("Exhibit A hereto lists the subsidiaries", False), ("Exhibits", False),
])
def test_exhibit_heading_pattern(line, found):
    assert (subs.EXHIBIT_HEADING.match(line) is not None) is found


@pytest.mark.parametrize("text, found", [
    ("See Exhibit A", "A"), ("see the attached Exhibit B.", "B"), ("See attached Exhibit 1", "1"),
    ("See attached Exhibit.", None), ("See Item 3.", None),
])
def test_see_exhibit_pattern(text, found):
    m = subs.SEE_EXHIBIT.search(text)
    assert (m["id"] if m else None) == found


# --- D2. a name heading the next "/s/" under the last block's "Signature" caption ------------

def test_first_union_signature_unchanged():
    rec = parse_path(HOLDOUT / FIRST_UNION).records[0]
    # lines 276-283: "FIRST UNION CORPORATION" / "Date February 13, 1995" / "Signature" /
    # "Dorothy F. Crowe Assistant Vice President & Compliance Officer"
    assert _sigs(rec.signatures) == [
        ("Dorothy F. Crowe", "Assistant Vice President & Compliance Officer",
         ["FIRST UNION CORPORATION"])]


CAPTION_HEADING = [
    # each individual's block headed by her name over her "/s/" and its caption
    ("SIGNATURE\n\nDated: February 14, 1997\n\nJOHN A. DOE\n\n/s/ John A. Doe\n-----\n"
     "Signature\n\nJANE Q. ROE\n\n/s/ Jane Q. Roe\n-----\nSignature\n",
     [("John A. Doe", None, ["JOHN A. DOE"]), ("Jane Q. Roe", None, ["JANE Q. ROE"])]),
    ("SIGNATURE\n\nSignature:\n\nJANE Q. ROE\n/s/ Jane Q. Roe\nDated: February 14, 1997\n",
     [("Jane Q. Roe", None, ["JANE Q. ROE"])]),
    # unchanged: the typed signer under the caption, no "/s/" under it
    ("SIGNATURE\n\nACME CORP\n\nDate May 1, 1995\n\nSignature\n\nJane Q. Roe Vice President\n",
     [("Jane Q. Roe", "Vice President", ["ACME CORP"])]),
    ("SIGNATURE\n\nDate May 1, 1995\n\nSignature\n\nJane Q. Roe\n\nBETA CORP\n\n"
     "By: /s/ John A. Doe\n", [("Jane Q. Roe", None, []), ("John A. Doe", None, ["BETA CORP"])]),
]


@pytest.mark.parametrize("text, want", CAPTION_HEADING)
def test_caption_heading_next_signature(text, want):
    assert _sigs(read_signatures(SourceText(path="x.txt", text=text)).signatures) == want


# --- D3. the printed name under "/s/" spelled a little differently -------------------------

PRINTED_TWIN = [
    ("SIGNATURE\n\nACME CORP\n\nDate: February 14, 1997\n\n/s/ Jane Roe\n-----\nSignature\n\n"
     "Jane Q. Roe, President\n-----\nName/Title\n",
     [("Jane Q. Roe", "President", ["ACME CORP"])]),
    ("SIGNATURE\n\nACME CORP\n\nDate: February 14, 1997\n\nBy: /s/ J. Q. Roe\n-----\n"
     "Signature\n\nJane Q. Roe, President\n-----\nName/Title\n",
     [("J. Q. Roe", "President", ["ACME CORP"])]),
    # another person printed under the caption is not the "/s/" signer's title
    ("SIGNATURE\n\nACME CORP\n\nDate: February 14, 1997\n\n/s/ Jane Roe\n-----\nSignature\n\n"
     "John A. Doe, President\n-----\nName/Title\n",
     [("Jane Roe", None, ["ACME CORP"]), ("John A. Doe", "President", [])]),
]


@pytest.mark.parametrize("text, want", PRINTED_TWIN)
def test_printed_twin_signature(text, want):
    assert _sigs(read_signatures(SourceText(path="x.txt", text=text)).signatures) == want


@pytest.mark.parametrize("a, b, same", [
    ("Jane Roe", "Jane Q. Roe", True), ("J. Q. Roe", "Jane Q. Roe", True),
    ("JANE Q. ROE", "Jane Roe", True), ("J. Roe", "Jane Roe", True),
    ("John A. Doe", "Jane A. Doe", False), ("Jane Roe", "Jane Rowe", False),
    ("Roe", "Jane Roe", False),
])
def test_same_signer(a, b, same):
    assert caps.same_signer(a, b) is same


@pytest.mark.parametrize("line, signer, want", [
    ("Jane Q. Roe, President", "Jane Roe", ("Jane Q. Roe", "President")),
    ("Jane Q. Roe, Vice President", "J. Q. Roe", ("Jane Q. Roe", "Vice President")),
    ("John A. Doe, President", "Jane Roe", None),
    ("Jane Q. Roe, Jr.", "Jane Roe", None),
    ("Jane Q. Roe", "Jane Roe", None),
    ("Acme Corp, President", "Jane Roe", None),
])
def test_printed_twin(line, signer, want):
    assert caps.printed_twin(line, signer) == want


# --- D4. field_title drops the name before abbreviated and common titles --------------------

@pytest.mark.parametrize("title, want", [
    ("Jane Roe, CCO", "CCO"), ("Jane Roe, EVP", "EVP"), ("Jane Roe, VP", "VP"),
    ("Jane Roe, SVP, Legal", "SVP, Legal"), ("Jane Roe, Authorized Signer", "Authorized Signer"),
    ("Jane Roe, Authorized Person", "Authorized Person"), ("Jane Roe, Individual", "Individual"),
    ("Jane Roe, an individual", "an individual"), ("Jane Roe, Owner", "Owner"),
    ("Jane Roe, Self", "Self"), ("Jane Roe, Reporting Person", "Reporting Person"),
    ("Jane Roe, Operations", "Operations"), ("Jane Roe, Compliance", "Compliance"),
    ("Jane Roe, Pres.", "Pres."), ("Jane Roe, Sr. VP", "Sr. VP"), ("Jane Roe, GP", "GP"),
    ("Jane Roe, Treas.", "Treas."), ("Jane Roe, Chief Executive", "Chief Executive"),
    ("Jane Roe / Vice President", "Vice President"),
    # review R8 stays: a longer name goes on after the signer's
    ("Jane Roe Jr., President", "Jane Roe Jr., President"),
    ("Jane Roe, Sr.", "Jane Roe, Sr."), ("Jane Roe III", "Jane Roe III"),
    ("Jane Roe's Attorney-in-fact", "Jane Roe's Attorney-in-fact"),
    ("Jane Roe Trust, Trustee", "Jane Roe Trust, Trustee"),
    ("Jane Roe Revocable Trust", "Jane Roe Revocable Trust"),
    ("Jane Roe Family Foundation", "Jane Roe Family Foundation"),
    ("Jane Roe Partners, LLC", "Jane Roe Partners, LLC"),
    ("Jane Roe Global Head of Compliance", "Global Head of Compliance"),
    ("JANE ROE", None),
])
def test_field_title_drops_name(title, want):
    assert sf.field_title(title, "Jane Roe") == want


@pytest.mark.parametrize("rest, found", [
    ("Jr., President", True), (", III", True), ("'s Attorney-in-fact", True), (", Esq.", True),
    (" Sr.", True), (", Sr. VP", False), (", CCO", False), (" Trust", False),
])
def test_name_goes_on_pattern(rest, found):
    assert (sf.NAME_GOES_ON.match(rest) is not None) is found


# --- D5. a capacity parts at the first "of" unless the title gains a department ------------

@pytest.mark.parametrize("raw, want", [
    ("/s/ Jane Roe, Director of Government of Acme Investment Corporation Pte Ltd",
     ("Director", ["Government of Acme Investment Corporation Pte Ltd"])),
    ("/s/ Jane Roe, Chief Investment Officer of State of Acme Investment Board",
     ("Chief Investment Officer", ["State of Acme Investment Board"])),
    ("/s/ Jane Roe, President of Roe and Roe of New Jersey Inc",
     ("President", ["Roe and Roe of New Jersey Inc"])),
    ("/s/ Jane Roe, Vice President of Acme Bank of Canada", ("Vice President", ["Acme Bank of Canada"])),
    # the title gains a department or the board, or the gap is a comma
    ("/s/ Jane Roe, Director of Investor Relations of Acme Corp",
     ("Director of Investor Relations", ["Acme Corp"])),
    ("/s/ Jane Roe, Director of Research and Head of Trading of Acme Capital LLC",
     ("Director of Research and Head of Trading", ["Acme Capital LLC"])),
    ("/s/ Jane Roe, Chairman of the Board of Directors of Acme Inc",
     ("Chairman of the Board of Directors", ["Acme Inc"])),
    ("/s/ Jane Roe, Director of Research, Acme Inc", ("Director of Research", ["Acme Inc"])),
])
def test_capacity_first_of(raw, want):
    sig = sf.read_signature_field(raw, [])
    assert (sig.title, sig.on_behalf_of) == want


@pytest.mark.parametrize("text, found", [
    ("Research", True), ("Investor Relations", True), ("Sales and Marketing", True),
    ("the Board of Directors", True), ("the Board", True), ("Research and Head of Trading", True),
    ("Government", False), ("State", False), ("Roe and Roe", False), ("Acme Capital", False),
])
def test_department_pattern(text, found):
    assert (sf.DEPARTMENT.fullmatch(text) is not None) is found



# --- D9. the party printed under a captioned signer's name and title ------------------------

@pytest.mark.parametrize("text, want", [
    ("SIGNATURE\n\nDated: February 14, 1997\n\n-----\nSignature\n\nJane Q. Roe, Managing "
     "Director\nAcme Securities & Co. Incorporated\n-----\nName/Title\n",
     [("Jane Q. Roe", "Managing Director", ["Acme Securities & Co. Incorporated"])]),
    ("SIGNATURE\n\nDated: February 14, 1997\n\nSignature\n\nJane Q. Roe Managing Director\n"
     "Acme Capital Partners, L.P.\n",
     [("Jane Q. Roe", "Managing Director", ["Acme Capital Partners, L.P."])]),
    # a party heading the next signature is no party of this one
    ("SIGNATURE\n\nDated: February 14, 1997\n\nSignature\n\nJane Q. Roe, President\n"
     "BETA CORP\nBy: /s/ John A. Doe\n",
     [("Jane Q. Roe", "President", []), ("John A. Doe", None, ["BETA CORP"])]),
])
def test_captioned_signer_party(text, want):
    assert _sigs(read_signatures(SourceText(path="x.txt", text=text)).signatures) == want
