"""Shared ground for the XML form parsers: loading (with recovery), values, evidence, parties.

:class:`XmlDoc` parses an XML document held in a :class:`~graphkit.source.SourceText` with
namespaces stripped (``com:street1`` and ``street1`` read alike), recovers what it can from
damaged XML (a warning names the file, line and column), and cites elements by their line in
the original file. Parties go into the filing's :class:`~graphkit.parsers.partybook.PartyBook`
through :func:`add_party`, which also merges the identifiers and facts structured fields carry.

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

import logging
import math
import re
from typing import Iterable, Optional, Sequence

from lxml import etree

from graphkit.errors import ParseError
from graphkit.models import (Alias, AliasKind, Claim, Evidence, FilingWarning, Identifier, Party,
                             PartyKind, PartyRole)
from graphkit.names import clean_name, guess_kind
from graphkit.parsers.filer_terms import EACH_FILER, FILER_TERM, filer_parties  # noqa: F401
from graphkit.parsers.partybook import PartyBook
from graphkit.source import SourceText

log = logging.getLogger(__name__)

#: A leading XML declaration; lxml refuses one inside a str, so it is blanked (same length)
XML_DECLARATION = re.compile(r"""\A\s*<\?xml[^>]*\?>""", re.VERBOSE)

#: A number as XML forms print it: "7824100.00", "1,000", "22.2%", "$5.3569"
XML_NUMBER = re.compile(r"""^[\s$]*(?P<num>-?\d[\d,]*(?:\.\d+)?|-?\.\d+)\s*%?\s*$""", re.VERBOSE)

#: EDGAR state/country codes seen on ownership forms, as words ("X1" is the United States)
EDGAR_PLACES = {"X1": "United States", "E9": "Cayman Islands", "D0": "Bermuda",
                "D8": "British Virgin Islands", "K3": "Hong Kong", "X0": "United Kingdom",
                "A6": "Ontario, Canada", "A8": "Quebec, Canada", "A1": "British Columbia, Canada"}

_PUNCT = re.compile(r"[^0-9a-z]+")

#: A trailing legal form, dropped when a prose name ("AVF XII LP") extends a defined term
#: ("AVF XII"), e.g. " LP", ", L.P.", " LLC", ", Inc."
TRAILING_LEGAL_FORM = re.compile(r"""
    ,?\s+(?:L\.?\s?L\.?\s?C\.?|L\.?\s?P\.?|L\.?\s?L\.?\s?P\.?|Inc\.?|Ltd\.?|Corp\.?)$
""", re.VERBOSE | re.IGNORECASE)

_HONORIFICS = {"mr", "ms", "mrs", "dr", "jr", "sr", "ii", "iii", "iv"}

#: A line break, after which a line begins: "\n"
NEWLINE = re.compile(r"""\n""", re.VERBOSE)

#: A word of a person's name, letters and apostrophes (of a lower-cased name): "o'neil", "roe"
NAME_WORD = re.compile(r"""[a-z']+""", re.VERBOSE)

#: A final dot that belongs to the name, ending an abbreviation: "L.P.", "Inc.", "Jane Q."
ABBREVIATION_END = re.compile(r"""
    (?:(?<![A-Za-z])[A-Za-z]|(?<![A-Za-z])(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|Assn|Cia))\.$
""", re.VERBOSE)

#: The end of a list of names just before a defined term's name: "Acme LLC and ", "Acme LLC, "
LIST_BEFORE = re.compile(r"""(?:,|\b(?:and|&))\s*$""", re.VERBOSE | re.IGNORECASE)

#: A plural last word of a term, a group's: "Trusts" of "DM Trusts", "Funds" (not "Class")
PLURAL_TERM = re.compile(r"""[a-z](?<![su])s$""", re.VERBOSE)


def names_a_list(term: str, name: str, before: str) -> bool:
    """Whether a defined term stands for a whole list of names rather than its last name: a
    plural term, not a word of that name, after a list ('Acme LLC and Beta LLC (the "Acme
    Trusts")').

    >>> names_a_list("Acme Trusts", "Beta Trust Holder, LLC", "Acme Trust Holder, LLC and ")
    True
    >>> names_a_list("Acme Trusts", "Beta Trust Holder, LLC", "The shares of ")
    False
    >>> names_a_list("Acme Partners", "Acme Partners, L.P.", "Jane Roe and ")
    False
    """
    words = term.split()
    if not words or not PLURAL_TERM.search(words[-1]):
        return False
    if words[-1].lower() in NAME_WORD.findall(name.lower()):
        return False
    return LIST_BEFORE.search(before[-200:]) is not None


#: A leading article before a term used in prose: "the " of "the Acme Trusts"
LEADING_THE = re.compile(r"""^\s*the\s+""", re.VERBOSE | re.IGNORECASE)


def _term_of_list(blk: SourceText, term) -> bool:
    """Whether a defined term of ``blk`` (read in a sentence: its evidence) follows a list of
    names and stands for all of them (:func:`names_a_list`)."""
    if term.evidence.start is None or term.evidence.end is None:
        return False
    a, b = blk.text_pos(term.evidence.start), blk.text_pos(term.evidence.end)
    sentence = " ".join(blk.text[max(a, 0):max(b, 0)].split())
    at = sentence.find(term.name)
    return at > 0 and names_a_list(term.term, term.name, sentence[:at])


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
        text = XML_DECLARATION.sub(lambda m: " " * len(m.group(0)), src.text, count=1)
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
    """
    hit = book.lookup(name)
    if hit is None and guess_kind(name) is PartyKind.PERSON:
        hit = next((p for p in book.parties if p.kind is PartyKind.PERSON
                    and same_person_name(name, p.name)), None)
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
    party = find_party(book, name)
    if party is not None and book.lookup(name) is None:
        link_alias(party, name, how, evidence)
        if evidence is not None and evidence not in party.evidence:
            party.evidence.append(evidence)
    else:
        kind = PartyKind.ORGANIZATION if "issuer" in roles else None
        party = book.add(name, evidence=evidence, how=how, kind=kind)
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
               evidence: Optional[Evidence] = None) -> None:
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
    if name and name not in party.all_names():
        party.aliases.append(Alias(name=name, how=AliasKind(how), evidence=evidence))


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

    >>> place("X1"), place("DE"), place(None)
    ('United States', 'DE', None)
    """
    if not code:
        return None
    return EDGAR_PLACES.get(code.strip().upper(), code.strip())


def next_claim_id(claims: list[Claim]) -> str:
    """The next local claim id (``c1``, ``c2``...)."""
    return f"c{len(claims) + 1}"


def _resolve(name: str, book: PartyBook, terms: dict[str, str],
             evidence: Evidence) -> Optional[Party]:
    party = find_party(book, name)
    if party is not None:
        return party
    if book.is_ambiguous(name):
        return None  # "Mr. Doe" of two persons named Doe: not guessed
    short = TRAILING_LEGAL_FORM.sub("", name)
    full = terms.get(name_key(name)) or terms.get(name_key(short))
    if full is None and short != name and find_party(book, short) is not None:
        return find_party(book, short)
    if full is not None:
        party = find_party(book, full) or add_party(book, full, roles=["named"],
                                                    evidence=evidence)
        book.bind_term(name, party.name, evidence=evidence)
        return party
    if not name[:1].isupper() and not name[:1].isdigit():
        return None
    return add_party(book, name, roles=["named"], evidence=evidence)


def add_prose_claims(blocks: list[SourceText], book: PartyBook, claims: list[Claim],
                     issuer_id: Optional[str], as_of=None, filers: Sequence[Party] = ()
                     ) -> list[FilingWarning]:
    """Add the relationships stated in prose ``blocks`` (comments, footnotes, items) as claims.

    Defined terms from every block are read first, so a term defined in Item 2 resolves in a
    footnote. Names not yet in ``book`` become ``named`` parties. Record-holder findings (empty
    ``held``) point at the issuer. A claim already present (same relation, source, target) is
    not repeated.

    ``filers`` are the parties the form calls "the Reporting Person(s)" (:func:`filer_parties`),
    unless the filing binds that term to a party itself. Returns a warning for a relationship
    of "the Reporting Person" left out because several persons report.
    """
    from graphkit.parsers import prose  # lazy: a broken prose module fails only prose claims
    from graphkit.parsers.schedule13_claims import expand_collective

    terms: dict[str, str] = {}
    list_terms: set[str] = set()
    for blk in blocks:
        book.note_honorifics(blk.text)
    for blk in blocks:
        for t in prose.find_defined_terms(blk):
            if t.collective:
                continue
            if _term_of_list(blk, t):  # 'A LLC and B LLC (the "Acme Trusts")': both, never
                list_terms.add(name_key(t.term))  # B alone; not read as one party either
                continue
            terms.setdefault(name_key(t.term), t.name)
            party = find_party(book, t.name)
            if party is not None and book.lookup(t.term, fuzzy=False) is None:
                book.bind_term(t.term, party.name, evidence=t.evidence)
    groups = [g for blk in blocks for g in prose.find_collective_terms(blk)]

    def resolve_all(name: str, evidence: Evidence) -> list[Party]:
        """The party a name means, or each member of a group name ("the Funds"); a group
        the filing does not define expands to nothing, so no claim ends at a group."""
        by_role = filer_parties(name, filers)
        if by_role is not None:
            full = terms.get(name_key(FILER_TERM.match(name.strip())["term"]))
            bound = book.lookup(name, fuzzy=False) or (full and _resolve(full, book, terms,
                                                                         evidence))
            if bound:  # the filing's own term: 'Jane Roe (the "Reporting Person")'
                return [bound]
            members = expand_collective(name, groups, book) or []  # a group the filing lists
            if not by_role and EACH_FILER.search(evidence.text):
                by_role = list(filers)  # "Each Reporting Person is ...": every filer
            if not members and not by_role and len(filers) > 1:
                unread.append(evidence)
            return members or by_role
        members = expand_collective(name, groups, book)
        if members is not None:
            return members
        if name_key(LEADING_THE.sub("", name)) in list_terms:
            return []
        party = _resolve(name, book, terms, evidence)
        return [party] if party is not None else []

    unread: list[Evidence] = []
    seen = {(c.relation, c.source, c.target) for c in claims}
    for blk in blocks:
        for f in prose.find_relationships(blk):
            if f.held and filer_parties(f.held, filers) is not None:
                # the filer side first: of an ambiguous "Reporting Person", the other side of
                # the dropped relationship is not made a party
                helds = resolve_all(f.held, f.evidence)
                holders = resolve_all(f.holder, f.evidence) if helds else []
            else:
                holders = resolve_all(f.holder, f.evidence)
                helds = ([book.get(issuer_id)] if not f.held and issuer_id else
                         resolve_all(f.held, f.evidence) if f.held and holders else [])
            for holder in holders:
                for held in helds:
                    key = (f.relation, holder.id, held.id)
                    if holder.id == held.id or key in seen:
                        continue
                    seen.add(key)
                    claims.append(Claim(id=next_claim_id(claims), relation=f.relation,
                                        source=holder.id, target=held.id, shares=f.shares,
                                        title=f.title, note=f.note, as_of=as_of,
                                        evidence=[f.evidence]))
    if not unread:
        return []
    ev = unread[0]
    return [FilingWarning(
        code="reporting-person-ambiguous", source=ev.source, line=ev.line,
        message=f"{ev.source}:{ev.line}: {len(unread)} relationship(s) of \"the Reporting "
                f"Person\" not read: {len(filers)} persons report, so which one is meant is "
                f"not known ({ev.text[:80]!r})")]
