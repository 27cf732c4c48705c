"""Schedule 13G Item 7: the subsidiaries through which a parent holding company holds.

A parent holding company (Item 3(g), cover type code "HC") reports the shares its subsidiaries
acquired, and Item 7 ("Identification and Classification of the Subsidiary Which Acquired the
Security Being Reported on By the Parent Holding Company") lists them, one a line, often with
their Item 3 classification::

    Acme Global Advisors Limited        3(e)
    Acme Management Limited             3(e)

Each listed subsidiary is a subsidiary of the parent, directly or through others: the filing
says which company is the parent only by its classification, so the link is read only when
exactly one reporting person is an organization classified "HC". Sentences ("X is a wholly
owned subsidiary of Y") are left to :mod:`graphkit.parsers.prose`; "Not applicable" gives
nothing, and "See Exhibit A" the names listed under that exhibit's heading later in the text
(:func:`read_exhibit_subsidiaries`), with or without a classification.

Examples
--------
>>> from graphkit.source import SourceText
>>> text = ("Item 7.  Identification and Classification of the Subsidiary Which\\n"
...         "  Acquired the Security Being Reported on By the Parent Holding Company\\n\\n"
...         "    Acme Global Advisors Limited        3(e)\\n"
...         "    Acme Management Limited             3(e)\\n")
>>> [s.name for s in read_item7_subsidiaries(SourceText(path="x.txt", text=text), 0, len(text))]
['Acme Global Advisors Limited', 'Acme Management Limited']
"""

from __future__ import annotations

import re

from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.models import Evidence, Identifier, IdentifierScheme, Party, PartyKind
from graphkit.names import guess_kind, org_words
from graphkit.parsers.partybook import looks_like_name
from graphkit.parsers.schedule13_classified import classified_names, information_exhibit
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: The caption of Item 7, wrapped over lines: "Item 7. Identification and Classification of the
#: Subsidiary Which Acquired the Security Being Reported on By the Parent Holding Company"
ITEM7_CAPTION = regex_cache.compile(r"""
    Item\s*7\b[.:]?\s*Identification\s+and\s+Classification\s+of\s+(?:the\s+)?Subsidiary
    [\s\S]{0,160}?Parent\s+Holding\s+Company(?:\s+or\s+Control\s+Person)?[ \t]*[.:]?
""", _F)

#: The Item 3 classifications a subsidiary is given in brackets after its name: "(IA)",
#: "(BK)" (not any two capitals: "Acme Holdings (UK)" is a name)
ITEM3_CODE = r"""(?:BD|BK|IC|IV|IA|EP|HC|SA|CP)"""

#: One subsidiary a line, with its Item 3 classification after a gap: "Acme Management
#: Limited             3(e)", "(1) Acme Advisers, LLC  - Item 3(e)", "Acme Bank, N.A.   BK",
#: "Acme Bank, N.A. | BK" (a table row of an HTML filing), "ACME TRUST COMPANY - 3(b) BANK"
#: (the classification spelled out after its letter); the name is one cell, so a middle
#: column ("Acme Bank, N.A.    United States    BK") is no part of it and the line is not read
#: Or the classification in brackets right after the name, an I.R.S. number in a column after
#: it (group ``ein``): "Acme Asset Management Group (IA)           13-2682544"
SUBSIDIARY_LINE = regex_cache.compile(rf"""
    ^[ \t]*(?:\(?\d{{1,2}}[.)]|[-•*])?[ \t]*
    (?P<name>[A-Z](?:[^\s|]|[ ](?![ ])){{2,100}}?)  # one cell: no tab, no run of spaces, no "|"
    (?:(?:[ \t]{{2,}}|\t|[ \t]+-[ \t]+|[ \t]*\|[ \t]*)
       (?P<class>(?:Item[ \t]+)?3?[ \t]*\([a-k]\)(?:[ \t]+[A-Za-z]+){{0,3}}|[A-Z]{{2}})
     |[ ]\((?P<code>{ITEM3_CODE})\)(?:(?:[ \t]{{2,}}|\t)(?P<ein>\d{{2}}-\d{{7}}))?)
    [ \t]*$
""", re.VERBOSE | re.MULTILINE)

#: The name of an Item 3 classification, never a subsidiary's: "Investment Adviser (IA)",
#: "Bank (BK)", "Parent Holding Company (HC)", "Broker or Dealer", "Employee Benefit Plan"
CLASSIFICATION_NAME = regex_cache.compile(r"""
    (?:an?\s+|the\s+)?(?:
      investment\s+advis[eo]r|bank|broker(?:\s+or|\s*-?\s*)dealer|insurance\s+company
    | investment\s+company|parent\s+holding\s+company(?:\s+or\s+control\s+person)?
    | control\s+person|employee\s+benefit\s+plan(?:\s+or\s+endowment\s+fund)?
    | savings\s+association|church\s+plan|group)
""", re.VERBOSE | re.IGNORECASE)

#: A word in brackets inside a subsidiary's name, no Item 3 classification: "(UK)" of "Acme
#: Advisors (UK) Limited", "(Bermuda)", "(U.S.A.)"
NAME_BRACKET = rf"""\((?!{ITEM3_CODE}\))[A-Z][A-Za-z.]{{0,15}}\)"""
#: A sentence naming the subsidiaries, each marked with its classification: "The relevant
#: subsidiaries are Acme Asset Management Group (IA) and Roe and Company (IA).", "Subsidiary is
#: Acme Advisors (UK) Limited (IA)" (the marks tell where each name ends, so a firm's "and" is
#: no list's)
SUBSIDIARIES_ARE = regex_cache.compile(rf"""
    \b[Ss]ubsidiar(?:y|ies)\s+(?:is|are)\s*:?\s+
    (?P<list>(?:[A-Z][\w.,&'\-]*(?:\s+(?:[A-Z&][\w.,&'\-]*|{NAME_BRACKET}|and|of|the|de))*?
      \s+\({ITEM3_CODE}\)(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)
""", re.VERBOSE)
#: One name of :data:`SUBSIDIARIES_ARE`'s list with its mark: "Roe and Company (IA)", "Acme
#: Advisors (UK) Limited (IA)"
MARKED_NAME = regex_cache.compile(rf"""
    (?:^|(?<=,\s)|(?<=\sand\s)|(?<=,))\s*(?:and\s+)?
    (?P<name>[A-Z](?:[^()]|{NAME_BRACKET})*?)\s+\((?P<code>{ITEM3_CODE})\)
""", re.VERBOSE)

#: Item 7 sending the reader to an exhibit: "See Exhibit A", "see Appendix 1", "See Exhibit 99",
#: "See the attached Exhibit A"
SEE_EXHIBIT = regex_cache.compile(r"""
    \bSee\s+(?:the\s+)?(?:attached\s+)?(?P<kind>Exhibit|Appendix|Attachment|Schedule)
    \s+(?P<id>[A-Z0-9][0-9.]{0,5})\b
""", _F)

#: The heading line of an exhibit the caller names (the caller checks the kind and id): "Exhibit
#: A", "EXHIBIT 99.2", alone on its line, or with its title after a dash or colon ("Exhibit A -
#: Item 7", "Exhibit B: Joint Filing Agreement") or the form it is attached to ("EXHIBIT A TO
#: SCHEDULE 13G"); never a sentence ("Exhibit A is incorporated by reference")
EXHIBIT_HEADING = regex_cache.compile(r"""
    ^[ \t]*(?P<kind>Exhibit|Appendix|Attachment|Schedule)
    [ \t]+(?P<id>[A-Z0-9][0-9.]{0,5})
    (?:[ \t]*[-:\u2013\u2014][^\n]{0,60}
     |[ \t]+to[ \t]+(?:this[ \t]+)?(?:Schedule|Form|Amendment)\b[^\n]{0,30})?
    [ \t]*$
""", re.VERBOSE | re.MULTILINE | re.IGNORECASE)

#: A column heading over an exhibit's list of subsidiaries: "Subsidiary", "Name of Subsidiary",
#: "Subsidiaries"
LIST_HEADING = regex_cache.compile(r"""
    ^(?:Name\s+of\s+(?:the\s+)?)?Subsidiar(?:y|ies)\b.{0,40}$
""", _F)

#: Item 7 saying there is nothing to list: "Not applicable", "N/A", "None"
NOT_APPLICABLE = regex_cache.compile(r"""
    \b(?:not\s+applicable|N/?A\b|none\b)
""", _F)

#: Item 7 speaking of subsidiaries: the 13G caption ("... Classification of the Subsidiary
#: Which Acquired ...") or its own words ("See Exhibit A for the subsidiaries")
SUBSIDIARY_WORD = regex_cache.compile(r"""\bsubsidiar(?:y|ies)\b""", _F)

#: A fund's name, which a list of subsidiaries does not hold (a list of funds is the funds a
#: manager advises): "Acme Growth Fund, L.P.", "Acme Fund II Ltd", "Acme Fund"
FUND_NAME = regex_cache.compile(r"""
    \bFund(?:\s+(?:[IVX]+|\d+))?(?:,?\s+(?:L\.?\s?P|Ltd|LLC|L\.L\.C|Limited|Inc|Trust|plc)\.?)?\s*$
""", _F)

#: The heading of a list of persons or of a company's officers, no subsidiary's name:
#: "Directors and Executive Officers of Acme Holdings Inc.", "Members of Acme GP, LLC"
OTHER_LIST_HEADING = regex_cache.compile(r"""
    ^(?:(?:the\s+)?(?:names?\s+of\s+)?(?:(?:executive\s+)?officers|directors|members|partners
    |managers|trustees|persons|shareholders|stockholders)\b)
""", _F)

#: The most lines an exhibit's list of subsidiaries is read over (heading, blanks, names)
EXHIBIT_LIST_LINES = 80

#: The type code of a parent holding company or control person on the cover page
PARENT_TYPE_CODE = "HC"


class Subsidiary(BaseModel):
    """A subsidiary listed in Item 7, with its classification as printed ("3(e)") and the
    I.R.S. number printed beside it ("13-2682544"), if any."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    classification: str
    evidence: Evidence
    ein: Optional[str] = None

    def identifiers(self) -> list[Identifier]:
        """The subsidiary's I.R.S. number as an identifier, as a cover page's row 1 gives it.

        >>> Subsidiary(name="Acme Advisers", classification="IA", ein="13-2682544",
        ...            evidence=Evidence(source="x.txt")).identifiers()[0].value
        '13-2682544'
        """
        return [Identifier(scheme=IdentifierScheme.IRS_EIN, value=self.ein)] if self.ein else []


def read_item7_subsidiaries(src: SourceText, start: int, end: int) -> list[Subsidiary]:
    """The subsidiaries Item 7 (``src.text[start:end]``) lists one a line with a classification.

    Lines that are sentences or not an organization's name are skipped.

    >>> text = "Item 7. Identification and Classification of the Subsidiary\\n  Not applicable\\n"
    >>> read_item7_subsidiaries(SourceText(path="x.txt", text=text), 0, len(text))
    []

    See also
    --------
    parent_of_subsidiaries
    """
    cap = ITEM7_CAPTION.match(src.text, start, end)
    body = cap.end() if cap else start
    out: list[Subsidiary] = []
    for m in SUBSIDIARY_LINE.finditer(src.text, body, end):
        name = " ".join(m["name"].split()).rstrip(" ,;:-")
        if not looks_like_name(name) or not org_words(name) or CLASSIFICATION_NAME.fullmatch(name):
            continue  # "Investment Adviser (IA)": the classification's name
        out.append(Subsidiary(name=name, classification=m["class"] or m["code"], ein=m["ein"],
                              evidence=src.evidence(m.start("name"), m.end(), section="Item 7")))
    return out


def read_subsidiaries_sentence(src: SourceText, start: int, end: int) -> list[Subsidiary]:
    """The subsidiaries a sentence of ``src.text[start:end]`` names, each marked with its
    classification (:data:`SUBSIDIARIES_ARE`): the first such sentence only.

    >>> text = ("Exhibit. The relevant subsidiaries are Acme Asset Management Group (IA) and Roe "
    ...         "and Company (IA).")
    >>> [(s.name, s.classification) for s in
    ...  read_subsidiaries_sentence(SourceText(path="x.txt", text=text), 0, len(text))]
    [('Acme Asset Management Group', 'IA'), ('Roe and Company', 'IA')]
    """
    if "ubsidiar" not in src.text[start:end]:
        return []
    flat = src.text[start:end]
    m = SUBSIDIARIES_ARE.search(flat)
    if m is None:
        return []
    out: list[Subsidiary] = []
    at = start + m.start("list")
    for n in MARKED_NAME.finditer(m["list"]):
        name = " ".join(n["name"].split())
        if looks_like_name(name) and not CLASSIFICATION_NAME.fullmatch(name):
            out.append(Subsidiary(name=name, classification=n["code"], evidence=src.evidence(
                at + n.start("name"), at + n.end(), section="Item 7 subsidiaries")))
    return out


def item7_subsidiaries(src: SourceText, start: int, end: int) -> list[Subsidiary]:
    """The subsidiaries Item 7 (``src.text[start:end]``) names: listed one a line
    (:func:`read_item7_subsidiaries`), else in the exhibit it sends the reader to
    (:func:`read_exhibit_subsidiaries`), else in a sentence (:func:`read_subsidiaries_sentence`)
    of Item 7 or of that exhibit: a sentence of another exhibit (a joint filing agreement)
    under an Item 7 "Not applicable" names no subsidiary of Item 7. When Item 7 names no exhibit
    whose heading is found ("See attached Exhibit", "See Item 3"), the sentence is looked for in
    the rest of the filing, unless Item 7 says "Not applicable".

    >>> text = ("Item 7. Not applicable.\\nItem 8. None\\nExhibit A\\nThe subsidiary is Acme "
    ...         "Advisors LLC (IA).")
    >>> item7_subsidiaries(SourceText(path="x.txt", text=text), 0, text.index("Item 8"))
    []
    >>> text = text.replace("Not applicable.", "See Exhibit A.")
    >>> [s.name for s in item7_subsidiaries(SourceText(path="x.txt", text=text), 0, 23)]
    ['Acme Advisors LLC']
    >>> text = text.replace("See Exhibit A.", "See attached Exhibit.")
    >>> [s.name for s in item7_subsidiaries(SourceText(path="x.txt", text=text), 0,
    ...                                     text.index("Item 8"))]
    ['Acme Advisors LLC']
    """
    found = read_item7_subsidiaries(src, start, end) or read_exhibit_subsidiaries(src, start, end) \
        or read_subsidiaries_sentence(src, start, end)
    if found:
        return found
    exhibit = pointed_exhibit(src.text, start, end)
    if exhibit:
        return read_subsidiaries_sentence(src, *exhibit) or read_classified(src, *exhibit)
    if says_not_applicable(src.text, start, end):
        return []
    found = read_classified(src, start, end)  # "Acme Bank, N.A. is a bank as defined in ..."
    if found:
        return found
    exhibit = information_exhibit(src.text, end)  # "See Exhibit(2)" ... "ITEM 7 INFORMATION"
    if exhibit:
        return read_subsidiaries_sentence(src, *exhibit) or read_classified(src, *exhibit)
    return read_subsidiaries_sentence(src, end, len(src.text))  # "See attached Exhibit"


def read_classified(src: SourceText, start: int, end: int) -> list[Subsidiary]:
    """The organizations that sentences of ``src.text[start:end]`` classify as an Item 3 kind
    of institution (:func:`~graphkit.parsers.schedule13_classified.classified_names`): "Acme
    & Co. is a broker or dealer registered under Section 15 of the Act".

    >>> text = "Item 7. Acme Trust Company, N.A. is a bank as defined in Section 3(a)(6)."
    >>> [(s.name, s.classification) for s in
    ...  read_classified(SourceText(path="x.txt", text=text), 0, len(text))]
    [('Acme Trust Company, N.A.', 'bank')]
    """
    out: list[Subsidiary] = []
    for s, e, kind in classified_names(src.text, start, end):
        name = " ".join(src.text[s:e].split())
        if looks_like_name(name) and org_words(name) and not CLASSIFICATION_NAME.fullmatch(name):
            out.append(Subsidiary(name=name, classification=kind,
                                  evidence=src.evidence(s, e, section="Item 7 subsidiaries")))
    return out


def says_not_applicable(text: str, start: int, end: int) -> bool:
    """True when Item 7 (``text[start:end]``), after its caption, says it has nothing to list
    (:data:`NOT_APPLICABLE`).

    >>> t = "Item 7. Identification and Classification of the Subsidiary ... Company:  N/A"
    >>> says_not_applicable(t, 0, len(t)), says_not_applicable("Item 7. See Item 3.", 0, 19)
    (True, False)
    """
    cap = ITEM7_CAPTION.match(text, start, end)
    return NOT_APPLICABLE.search(text, cap.end() if cap else start, end) is not None


def pointed_exhibit(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The span of the exhibit Item 7 (``text[start:end]``) sends the reader to ("See Exhibit
    A"): from its heading after Item 7 to the next exhibit's heading or the end; None when
    Item 7 names none or its heading is not found.

    >>> t = "Item 7. See Exhibit A\\nItem 8.\\nExhibit A\\nAcme LLC\\nExhibit B\\nAgreement"
    >>> s, e = pointed_exhibit(t, 0, 21); t[s:e]
    'Exhibit A\\nAcme LLC\\n'
    """
    see = SEE_EXHIBIT.search(text, start, end)
    heading = _exhibit_heading(text, see) if see else None
    if heading is None:
        return None
    nxt = EXHIBIT_HEADING.search(text, heading.end())
    return heading.start(), nxt.start() if nxt else len(text)


def _exhibit_heading(text: str, see: re.Match) -> Optional[re.Match]:
    """The heading, after the reference ``see`` ("See Exhibit A", :data:`SEE_EXHIBIT`), of the
    exhibit it names ("Exhibit A", :data:`EXHIBIT_HEADING`), or None."""
    for h in EXHIBIT_HEADING.finditer(text, see.end()):
        if h["kind"].lower() == see["kind"].lower() and h["id"].upper() == see["id"].upper():
            return h
    return None


def read_exhibit_subsidiaries(src: SourceText, start: int, end: int) -> list[Subsidiary]:
    """The subsidiaries of the exhibit that Item 7 (``src.text[start:end]``) sends the reader
    to ("See Exhibit A"): the organizations' names listed one a line, with or without an Item 3
    classification, under the exhibit's heading after Item 7. The list ends at the first line
    that is no organization's name, or a fund's or a person's.

    An exhibit is a list of subsidiaries only when Item 7 speaks of subsidiaries (its 13G
    caption, or "See Exhibit A for the subsidiaries") or the exhibit heads its list
    "Subsidiary": a 13D's Item 7 lists its exhibits ("Material to be Filed as Exhibits"), and
    Item 7 "Not applicable" lists nothing.

    >>> text = ("Item 7. Identification ... Subsidiary ... Company.\\n  See Exhibit A\\n"
    ...         "Item 8. ...\\nExhibit A\\n\\nSubsidiary\\n\\n Acme Advisers, LLC\\n"
    ...         " Acme Trust Company, N.A.*\\n\\n*Entity beneficially owns 5% or more.\\n")
    >>> src = SourceText(path="x.txt", text=text)
    >>> [s.name for s in read_exhibit_subsidiaries(src, 0, text.index("Item 8"))]
    ['Acme Advisers, LLC', 'Acme Trust Company, N.A.']
    >>> text = ("Item 7. Material to be Filed as Exhibits. See Exhibit A\\nItem 8.\\n"
    ...         "Exhibit A\\nDirectors and Executive Officers of Acme Holdings Inc.\\n"
    ...         "Acme Advisers, LLC\\n")
    >>> read_exhibit_subsidiaries(SourceText(path="x.txt", text=text), 0, text.index("Item 8"))
    []
    """
    see = SEE_EXHIBIT.search(src.text, start, end)
    if see is None:
        return []
    text = src.text
    if says_not_applicable(text, start, see.start()):
        return []
    cap = ITEM7_CAPTION.match(text, start, end)
    item7_subsidiaries = cap is not None or SUBSIDIARY_WORD.search(text, start, end) is not None
    heading = _exhibit_heading(text, see)
    if heading is None:
        return []
    return read_subsidiary_list(src, heading.end() + 1, item7_subsidiaries)


def read_subsidiary_list(src: SourceText, pos: int, subsidiaries: bool = True,
                         section: str = "Item 7 exhibit") -> list[Subsidiary]:
    """The organizations' names listed one a line from ``pos`` (after blank lines, under an
    optional "Subsidiary" heading), with or without an Item 3 classification: an exhibit's
    list of subsidiaries. The list ends at the first line that is no organization's name, or
    a fund's or a person's. Unless the caller knows the list is of ``subsidiaries``, only a
    list headed "Subsidiary" is read.

    >>> text = "\\n Acme Advisers, LLC\\n Acme Trust Company, N.A.*\\n\\n*Entity owns 5%.\\n"
    >>> [s.name for s in read_subsidiary_list(SourceText(path="x.txt", text=text), 0)]
    ['Acme Advisers, LLC', 'Acme Trust Company, N.A.']
    """
    text = src.text
    out: list[Subsidiary] = []
    item7_subsidiaries = subsidiaries
    titled = False  # the list heads itself "Subsidiary"
    for _ in range(EXHIBIT_LIST_LINES):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        nl = len(text) if nl == -1 else nl
        line = text[pos:nl]
        stripped = line.strip().rstrip("*").strip()
        lo, pos = pos, nl + 1
        if not stripped:
            continue
        if not out and LIST_HEADING.match(stripped):
            titled = True
            continue
        if not (titled or item7_subsidiaries):
            break  # another list: "Directors and Executive Officers of ...", joint filers
        m = SUBSIDIARY_LINE.match(text, lo, nl)
        name = " ".join((m["name"] if m else stripped).split()).rstrip(" ,;:-*")
        if not looks_like_name(name) or not org_words(name) or FUND_NAME.search(name) or \
                guess_kind(name) is PartyKind.PERSON or OTHER_LIST_HEADING.search(name):
            break
        at = lo + line.find(name.split()[0])
        out.append(Subsidiary(name=name, classification=m["class"] if m else "",
                              evidence=src.evidence(at, nl, section=section)))
    return out


def parent_holding_company(reporting: list[Party]) -> Party | None:
    """The one reporting organization classified "HC", or None when none or several.

    Persons classified "HC" (control persons such as principal shareholders) are not parents.

    >>> parent = Party(id="p1", name="Acme Resources, Inc.", kind="organization",
    ...                type_codes=["HC"])
    >>> roe = Party(id="p2", name="Jane Q. Roe", kind="person", type_codes=["HC"])
    >>> parent_holding_company([parent, roe]).name
    'Acme Resources, Inc.'
    >>> parent_holding_company([roe]) is None
    True
    """
    found = [p for p in reporting if p.kind is PartyKind.ORGANIZATION
             and PARENT_TYPE_CODE in p.type_codes]
    return found[0] if len(found) == 1 else None
