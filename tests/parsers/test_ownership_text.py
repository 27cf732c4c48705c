"""Named patterns of :mod:`graphkit.parsers.ownership_text`, and holding lines and signatures
read as in XML (an entity named as the nature of ownership, fractional amounts,
attorneys-in-fact)."""

from __future__ import annotations

from graphkit.parsers.ownership_text import (COLUMN_MARK, COLUMN_MARKS, TABLE_I_TITLE,
                                             parse_ownership_text)
from graphkit.source import SourceText


def test_column_mark_and_table_i_title():
    marks = COLUMN_MARKS.search("<S>  <C>   <C>\n")
    assert [m.start() for m in COLUMN_MARK.finditer(marks.group(0))] == [0, 5, 11]
    assert TABLE_I_TITLE.search("Table I - Non-Derivative Securities")
    assert not TABLE_I_TITLE.search("Table II - Derivative Securities")


_FORM = ("FORM 4\nSTATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
         "1. Name and Address of Reporting Person\n   Doe, Jane Q.\n   1 Main St\n"
         "2. Issuer Name and Ticker or Trading Symbol\n   Widget Corp.\n   WDG\n"
         "6. Relationship of Reporting Person(s) to Issuer\n"
         "   (X) Director ( ) 10% Owner ( ) Officer (give title below) ( ) Other\n"
         "Table I -- Non-Derivative Securities Acquired, Disposed of\n<TABLE>\n"
         "<S>      <C>   <C> <C><C>   <C><C>  <C>         <C>  <C>\n"
         "Common   |2/1/0|P  | |100  |A |$1  |1,600.25    |D   |                 |\n"
         "Common   |     |   | |     |  |    |250         |I   |By Acme Trust    |\n"
         "Common   |     |   | |     |  |    |75          |I   |By spouse        |\n"
         "</TABLE>\n"
         "SIGNATURE OF REPORTING PERSON\n/s/ John Roe, Attorney-in-Fact\nDATE\nMarch 13, 2000\n")


def test_text_form_holdings_and_signature():
    rec = parse_ownership_text(SourceText("f4.txt", _FORM))
    assert [(rec.party(c.source).name, c.shares, c.direct) for c in rec.claims
            if c.shares is not None] == [("Doe, Jane Q.", 1600, True),
                                         ("Doe, Jane Q.", 250, False), ("Acme Trust", 250, True),
                                         ("Doe, Jane Q.", 75, False)]
    assert [w.code for w in rec.warnings] == ["fractional-shares"]
    assert "1,600.25" in rec.warnings[0].message and rec.warnings[0].line == 14
    sig = rec.signatures[0]
    assert (sig.signer, sig.title, sig.on_behalf_of, str(sig.date)) == (
        "John Roe", "Attorney-in-Fact", ["Doe, Jane Q."], "2000-03-13")
