"""Shared ground for the XML form parsers: loading (with recovery), values, evidence, parties.

:class:`XmlDoc` parses an XML document held in a :class:`~graphkit.source.SourceText` with
namespaces stripped (``com:street1`` and ``street1`` read alike), recovers what it can from
damaged XML (a warning names the file, line and column), and cites elements by their line in
the original file. Parties go into the filing's :class:`~graphkit.parsers.partybook.PartyBook`
through :func:`add_party`, which also merges the identifiers and facts structured fields carry.
The relationships stated in a form's prose (remarks, footnotes) become claims in
:mod:`graphkit.parsers.xml_prose`; its names stay importable from here.

Examples
--------
>>> src = SourceText("f.xml", "<a xmlns='urn:x'>\\n <b>7824100.00</b>\\n <c>22.2%</c>\\n</a>")
>>> doc = XmlDoc(src)
>>> doc.int("b"), doc.float("c")
(7824100, 22.2)
>>> doc.evidence(doc.root.find("b")).line
2
>>> book = PartyBook()
>>> add_party(book, "Acme Capital, L.P.", roles=["reporting_person"]).id
'p1'
>>> find_party(book, "ACME CAPITAL LP").id
'p1'
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from typing import Iterable, Optional

from lxml import etree

from graphkit import regex_cache
from graphkit.edgar_places import edgar_place
from graphkit.errors import ParseError
from graphkit.aliases import keep_alias
from graphkit.models import (Alias, AliasKind, Claim, Evidence, FilingWarning, Identifier, Party,
                             PartyKind, PartyRole)
from graphkit.names import clean_name, guess_kind
from graphkit.parsers.filer_terms import EACH_FILER, FILER_TERM, filer_parties  # noqa: F401
from graphkit.parsers.partybook import PartyBook
from resolvers.compare import identifier_verdict
from graphkit.source import SourceText

log = logging.getLogger(__name__)

#: A leading XML declaration, and a byte-order mark before it; lxml refuses a declaration
#: inside a str, and a mark after a blank line, so both are blanked (same length, line breaks
#: kept: a document saved out of a submission opens with the blank line after "<XML>", and
#: every line after must keep its number for citations): '\n\ufeff<?xml version="1.0"?>'
XML_DECLARATION = regex_cache.compile(r"""
    \A[\s\ufeff]*                 # blanks, and a byte-order mark among them
    (?:<\?xml[^>]*\?>)?            # <?xml version="1.0" encoding="UTF-8"?>
""", re.VERBOSE)

#: A number as XML forms print it: "7824100.00", "1,000", "22.2%", "$5.3569". Commas only
#: group thousands ("1,000,000", with leading zeros "0001,000"), or lakhs and crores in the
#: Indian way ("12,34,567"): "5,1" (a decimal comma) or "10,00" is no number, never 51
XML_NUMBER = regex_cache.compile(r"""
    ^[\s$]*
    (?P<num>-?(?:0*\d{1,3}(?:,\d{3})+            # 1,000,000.50, 0001,000
               |\d{1,2}(?:,\d{2})+,\d{3})(?:\.\d+)?  # 12,34,567
          |-?\d+(?:\.\d+)?|-?\.\d+)              # 7824100.00, .5
    \s*%?\s*$
""", re.VERBOSE)

_PUNCT = regex_cache.compile(r"[^0-9a-z]+")

_HONORIFICS = {"mr", "ms", "mrs", "dr", "jr", "sr", "ii", "iii", "iv"}

#: A line break, after which a line begins: "\n"
NEWLINE = regex_cache.compile(r"""\n""", re.VERBOSE)

#: A word of a person's name, letters and apostrophes (of a lower-cased name): "o'neil", "roe"
NAME_WORD = regex_cache.compile(r"""[a-z']+""", re.VERBOSE)

#: A final dot that belongs to the name, ending an abbreviation: "L.P.", "Inc.", "Jane Q."
ABBREVIATION_END = regex_cache.compile(r"""
    (?:(?<![A-Za-z])[A-Za-z]|(?<![A-Za-z])(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|Assn|Cia))\.$
""", re.VERBOSE)


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` begins (0, and after every newline).

    >>> line_starts("ab\\ncd\\n")
    [0, 3, 6]
    """
    return [0] + [m.end() for m in NEWLINE.finditer(text)]


def same_person_name(a: str, b: str) -> bool:
    """Whether two person names printed in one filing name the same person, up to word order,
    initials and honorifics ("Jane Q. Roe" and the conformed "ROE JANE QUINN").

    >>> same_person_name("Jane Q. Roe", "Roe Jane Quinn")
    True
    >>> same_person_name("Sam Orlov", "ORLOV SAM T")
    True
    >>> same_person_name("Jane Q. Roe", "Jane Q. Rowe")
    False
    """
    ta = [w for w in NAME_WORD.findall(a.lower()) if w not in _HONORIFICS]
    tb = [w for w in NAME_WORD.findall(b.lower()) if w not in _HONORIFICS]
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if len(ta) < 2:
        return False
    full = 0
    rest = list(tb)
    for w in sorted(ta, key=len, reverse=True):
        hit = next((x for x in rest if x == w), None)
        if hit is None:
            hit = next((x for x in rest if (len(w) == 1 and x.startswith(w))
                        or (len(x) == 1 and w.startswith(x))), None)
        else:
            full += 1
        if hit is None:
            return False
        rest.remove(hit)
    return full >= 2 and all(len(x) == 1 for x in rest)  # only middle initials left over


def name_key(name: str) -> str:
    """Case- and punctuation-insensitive key of a name, for matching within one filing.

    >>> name_key("Fund 1 Investments, L.L.C.") == name_key("FUND 1 INVESTMENTS LLC")
    True
    """
    return _PUNCT.sub("", name.lower())


def number_text(raw: Optional[str]) -> Optional[str]:
    """The digits of the number in ``raw`` (no "$", "%" nor thousands commas), or None.

    >>> number_text(" $1,000.5 "), number_text("22.2%"), number_text("N/A")
    ('1000.5', '22.2', None)
    >>> number_text("5,1"), number_text("1,0000"), number_text("12,345,678")
    (None, None, '12345678')
    """
    if raw is None:
        return None
    m = XML_NUMBER.match(raw)
    return m["num"].replace(",", "") if m else None


def to_number(raw: Optional[str]) -> Optional[float]:
    """The number in ``raw`` or None (``"1,000.50"`` → 1000.5, ``"N/A"`` → None, and None for
    a figure too long for a float: hundreds of digits).

    >>> to_number("1,000.50"), to_number("N/A"), to_number("9" * 400)
    (1000.5, None, None)
    """
    num = number_text(raw)
    if num is None:
        return None
    value = float(num)
    return value if math.isfinite(value) else None


#: How XML writes a boolean (xs:boolean): "true" or "1", "false" or "0" (any case, as filers'
#: software may capitalise it)
XML_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def xml_flag(raw: Optional[str]) -> Optional[bool]:
    """The boolean an XML field states (``"true"``/``"1"``, ``"false"``/``"0"``), or None when
    absent or not a boolean.

    >>> xml_flag(" true "), xml_flag("1"), xml_flag("0"), xml_flag("FALSE"), xml_flag("N/A")
    (True, True, False, False, None)
    """
    return XML_BOOLEANS.get((raw or "").strip().lower())


class XmlDoc:
    """One parsed XML document, namespace-free, with its source for citations.

    Raises
    ------
    ParseError
        If nothing at all can be read from the XML.
    """

    def __init__(self, src: SourceText):
        self.src = src
        self.warnings: list[FilingWarning] = []
        text = XML_DECLARATION.sub(lambda m: "".join(c if c == "\n" else " " for c in m[0]),
                                   src.text, count=1)
        parser = etree.XMLParser(recover=True, huge_tree=True, resolve_entities=False,
                                 no_network=True)
        try:
            root = etree.fromstring(text, parser)
        except etree.XMLSyntaxError as exc:
            raise ParseError(f"unreadable XML: {exc}", source=src.path,
                             line=src.line_offset + (exc.lineno or 1)) from exc
        if root is None:
            raise ParseError("unreadable XML: no root element", source=src.path)
        fatal = [e for e in parser.error_log if e.level_name in ("FATAL", "ERROR")]
        if fatal:
            e = fatal[0]
            line = src.line_offset + e.line
            self.warnings.append(FilingWarning(
                code="xml-damaged", source=src.path, line=line,
                message=f"{src.path}:{line}: XML is damaged at line {line}, column {e.column} "
                        f"({e.message.strip()}); {len(fatal)} error(s), read what could be "
                        "recovered"))
        for el in root.iter():
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if "}" in tag:  # "{uri}name": the last "}" (a damaged uri may hold one)
                tag = tag.rsplit("}", 1)[1]
            elif ":" in tag:
                tag = tag.split(":", 1)[1]
            if tag is not el.tag:
                try:
                    el.tag = tag
                except ValueError:  # a name the recovering parser made of damage ("com:"):
                    pass            # left as it is, no path finds it; the damage is warned above
        self.root = root
        self._starts = line_starts(src.text)

    def first(self, *paths: str, at: Optional[etree._Element] = None) -> Optional[etree._Element]:
        """The first element found by any of ``paths`` (ElementPath, namespace-free)."""
        base = self.root if at is None else at
        for p in paths:
            el = base.find(p)
            if el is not None:
                return el
        return None

    def text(self, *paths: str, at: Optional[etree._Element] = None) -> Optional[str]:
        """Stripped text of the first element found by ``paths``; None when absent or empty."""
        el = self.first(*paths, at=at)
        if el is None:
            return None
        t = "".join(el.itertext()).replace("\r", "").strip()
        return t or None

    def texts(self, path: str, at: Optional[etree._Element] = None) -> list[str]:
        """Stripped, non-empty texts of every element found by ``path``."""
        base = self.root if at is None else at
        out = ["".join(e.itertext()).strip() for e in base.findall(path)]
        return [t for t in out if t]

    def float(self, *paths: str, at: Optional[etree._Element] = None) -> Optional[float]:
        """The number in the first element found by ``paths``."""
        return to_number(self.text(*paths, at=at))

    def int(self, *paths: str, at: Optional[etree._Element] = None) -> Optional[int]:
        """The number in the first element found by ``paths``, rounded to a whole number."""
        v = self.float(*paths, at=at)
        return None if v is None else int(round(v))

    def span(self, el: etree._Element) -> tuple[int, int]:
        """Character span (in ``src.text``) of the line where ``el`` starts, trimmed to its text."""
        line = max((el.sourceline or 1) - 1, 0)
        start = self._starts[min(line, len(self._starts) - 1)]
        end = self.src.text.find("\n", start)
        end = len(self.src.text) if end == -1 else end
        value = (el.text or "").strip()
        if value:
            i = self.src.text.find(value[:60], start, max(end, start + 60))
            if i != -1:
                return i, min(i + len(value), len(self.src.text))
        return start, end

    def evidence(self, el: Optional[etree._Element], section: Optional[str] = None,
                 text: Optional[str] = None) -> Evidence:
        """Evidence for element ``el`` (its line in the original file and its text)."""
        if el is None:
            return self.src.evidence(0, 0, section=section, text=text or "")
        start, end = self.span(el)
        shown = text if text is not None else "".join(el.itertext())
        return self.src.evidence(start, end, section=section, text=shown)

    def block(self, el: etree._Element) -> SourceText:
        """The text of ``el`` as its own SourceText placed at the element's line, for prose."""
        start, _ = self.span(el)
        body = "".join(el.itertext()).replace("\r", "")
        return SourceText(path=self.src.path, text=body, offset=self.src.offset + start,
                          line_offset=self.src.line_of(start) - 1)


def find_party(book: PartyBook, name: str) -> Optional[Party]:
    """The party of ``book`` known by ``name``, also a person's name in another word order.

    Structured forms print a person both as written ("Jane Q. Roe") and in EDGAR's conformed
    order ("ROE JANE Q"); :meth:`PartyBook.lookup` reads first-name-first only.

    >>> book = PartyBook(); _ = book.add("Roe Jane Quinn")
    >>> find_party(book, "Jane Q. Roe").name
    'Roe Jane Quinn'
    >>> _ = [book.add("Roe Jane Quinn", identifiers=cik(v)) for v in "23"]
    >>> find_party(book, "Jane Q. Roe") is None, find_party(book, "Roe Jane Quinn") is None
    (True, True)
    """
    hit = book.lookup(name)
    if hit is None and guess_kind(name) is PartyKind.PERSON:
        hits = [p for p in book.parties if p.kind is PartyKind.PERSON and not (
            book.keeps_degree(p.name) or book.keeps_degree(name))
                and same_person_name(name, p.name)]  # "Jane Roe" and "Jane Roe, M.D.": two
        if any(identifier_verdict(hits[0].identifiers, p.identifiers)[0] is False
               for p in hits[1:]):
            return None  # "Jane Roe" of "ROE JANE" CIK 2 and "ROE JANE" CIK 3: neither
        hit = hits[0] if hits else None
    return hit


def add_party(book: PartyBook, name: str, roles: Iterable[str] = (),
              evidence: Optional[Evidence] = None, identifiers: Iterable[Identifier] = (),
              how: AliasKind = AliasKind.SPELLING, **fields) -> Party:
    """Add a party read from a structured field to ``book``, with its roles, identifiers and
    facts (``addresses``, ``jurisdiction``...) merged into the party it names.

    A name ``book`` does not link but that names a party in another word order
    (:func:`find_party`) is kept as an alias of that party.

    >>> book = PartyBook()
    >>> p = add_party(book, "Widget Inc.", roles=["issuer"], identifiers=cik("2"))
    >>> q = add_party(book, "WIDGET INC", roles=["named"], addresses=["1 Main St"])
    >>> (q is p, p.kind.value, [r.value for r in p.roles], p.addresses, p.identifiers[0].value)
    (True, 'organization', ['issuer', 'named'], ['1 Main St'], '0000000002')
    """
    name = clean_name(name)
    identifiers = list(identifiers)
    party = find_party(book, name)
    if party is not None and identifier_verdict(party.identifiers, identifiers)[0] is False:
        party = None  # another CIK: another party (book.add looks again among the others)
    if party is not None and book.lookup(name) is None:
        link_alias(party, name, how, evidence)
        if evidence is not None and evidence not in party.evidence:
            party.evidence.append(evidence)
    else:
        kind = PartyKind.ORGANIZATION if "issuer" in roles else None
        party = book.add(name, evidence=evidence, how=how, kind=kind, identifiers=identifiers)
        if party is None:
            raise ParseError(f"party name {name!r} has no letters or digits")
    for r in roles:
        book.add_role(party, r)
    for ident in identifiers:
        if ident not in party.identifiers:
            party.identifiers.append(ident)
    for k, v in fields.items():
        if v and not getattr(party, k):
            setattr(party, k, v)
    return party


def link_alias(party: Party, name: str, how: AliasKind | str,
               evidence: Optional[Evidence] = None, until: Optional[dt.date] = None) -> None:
    """Keep ``name`` as an alias of ``party`` (once), when the filing itself ties them.

    >>> p = Party(id="p1", name="Widget Inc.", kind="organization")
    >>> link_alias(p, "WIDGET HOLDINGS.", "spelling"); [a.name for a in p.aliases]
    ['WIDGET HOLDINGS']
    >>> link_alias(p, "Widget Partners, L.P.", "spelling"); p.aliases[-1].name
    'Widget Partners, L.P.'

    """
    name = name.strip(" ,;:")
    if not ABBREVIATION_END.search(name):
        name = name.rstrip(".")
    if name:
        keep_alias(party, Alias(name=name, how=AliasKind(how), evidence=evidence, until=until))


def cik(value: Optional[str]) -> list[Identifier]:
    """A CIK identifier list for ``value`` (zero-padded to 10 digits), or [] when absent.

    >>> cik("1599170")[0].value
    '0001599170'
    """
    if not value or not value.strip().isdigit() or not value.strip().strip("0"):
        return []
    return [Identifier(scheme="cik", value=value.strip().zfill(10))]


def place(code: Optional[str]) -> Optional[str]:
    """An EDGAR place code as words where known (``"X1"`` → ``"United States"``), else as written.

    >>> place("X1"), place("D5"), place("DE"), place(None)
    ('United States', 'Brazil', 'DE', None)
    """
    if not code:
        return None
    return edgar_place(code) or code.strip()  # a U.S. state's code is kept


def next_claim_id(claims: list[Claim]) -> str:
    """The next local claim id (``c1``, ``c2``...)."""
    return f"c{len(claims) + 1}"


#: The names of :mod:`graphkit.parsers.xml_prose`, re-exported: that module builds on this one
#: (parties, name keys), so they are imported on first use, not at the top (an import cycle).
_XML_PROSE_NAMES = ("LEADING_THE", "LIST_BEFORE", "PLURAL_TERM", "TRAILING_LEGAL_FORM",
                    "_resolve", "_term_of_list", "add_prose_claims", "names_a_list")


def __getattr__(name: str):
    """A name of :mod:`graphkit.parsers.xml_prose` (:data:`_XML_PROSE_NAMES`), imported on first
    use.

    >>> from graphkit.parsers import xml_prose, xmldoc
    >>> xmldoc.add_prose_claims is xml_prose.add_prose_claims
    True
    """
    if name in _XML_PROSE_NAMES:
        from graphkit.parsers import xml_prose
        value = getattr(xml_prose, name)
        globals()[name] = value  # cached: later look-ups skip this function
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
