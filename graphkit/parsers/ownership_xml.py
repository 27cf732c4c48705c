"""Forms 3, 4 and 5 as EDGAR XML (``<ownershipDocument>``, 2003 onward).

Reads the issuer (name, CIK, and trading symbol, kept as a ``ticker`` identifier and as a
reading), every reporting owner (name, CIK, address) and the boxes of "Relationship of
Reporting Person(s) to Issuer":

* ``isDirector`` → ``director_of`` the issuer;
* ``isOfficer`` → ``officer_of`` the issuer, with ``officerTitle`` as the claim title (read in
  the remarks or a footnote where it says "See Remarks": :mod:`graphkit.parsers.ownership_titles`);
* ``isTenPercentOwner`` → ``beneficial_owner_of`` the issuer, noted "ten percent owner";
* ``notSubjectToSection16`` (the box "no longer subject to Section 16") → the claims of the
  boxes above are ``ended`` (the insider reports after leaving office: the office is not
  current from the form's date, :mod:`graphkit.asof`), noted :data:`~graphkit.relations.EXIT_NOTE`,
  and the record reports the end of the owners' holdings (a ``ceased`` report,
  :func:`graphkit.parsers.ceased_claims.add_insider_exits`);
* ``isOther`` → its ``otherText`` is kept as the party's note on the claims; an owner that no
  other box nor holding line relates to the issuer, holding derivative securities only, gets a
  ``beneficial_owner_of`` claim without shares, noted with it (an owner with nothing at all
  gives an ``owner-without-relation`` warning).

Reporting owners keep EDGAR's conformed name; its natural spelling ("Roe Jane Q" -> "Jane Q.
Roe", "ACME LP /MN" -> "ACME LP") and the name a signature is made for are aliases. A signature
by an attorney-in-fact gives the attorney as signer, the title "Attorney-in-Fact" and the owner
signed for (:mod:`graphkit.parsers.ownership_owners`).

Holdings: for each non-derivative security line (security title, direct/indirect, nature of
ownership, and the footnotes of the D/I mark and of the nature) the amount owned after the
*last* reported transaction (or the holding row) becomes a ``beneficial_owner_of`` claim with
``shares``, ``direct`` and the nature and footnotes as ``note``. Its ``as_of`` is the date of
that last transaction on a Form 4 (the period of report is the date of the *earliest*
transaction: shares sold on the 14th and on the 17th are held after the 17th only); a holding
row, a Form 3 and a Form 5 (whose amount is the one at the end of the issuer's fiscal year)
speak at the period of report. An entity the nature names ("By Acme Family Trust") holds the shares of record and
gets its own direct claim; a line held "By" a reporting owner itself is that owner's direct
holding (:mod:`graphkit.parsers.ownership_holdings`). Fractional amounts are rounded half up,
with a ``fractional-shares`` warning counting the amounts that make claims; an amount that is no
number of shares ("1,000 (1)", hundreds of digits) gives a ``share-amount-unreadable`` warning. Derivative securities (options, warrants) are not holdings of
the class and are left out.

A holding claim ``disclaims`` beneficial ownership where a footnote of its line says its holder
does ("Each of Acme GP LLC and Jane Roe disclaims beneficial ownership of the shares except to
the extent of its or her pecuniary interest therein"; "The Reporting Person disclaims ..." of a
form of one owner): :mod:`graphkit.parsers.xml_disclaimers`. The remarks are not read for it:
they do not say which lines they cover.

Domain caveat: a form filed jointly by several reporting owners reports one set of holdings for
all of them; each owner gets the same holding claim (overlapping, never to be summed).
Footnotes and remarks that state control chains ("X serves as managing member of Y") become
claims through :mod:`graphkit.parsers.prose`; "the Reporting Person" there is the reporting
owner (of several, the singular is ambiguous and read as none).

Examples
--------
>>> src = SourceText("f4.xml", _EXAMPLE)
>>> rec = parse_ownership_xml(src)
>>> rec.form, rec.issuer.name, rec.issuer.cik
('4', 'Widget Inc.', '0000000002')
>>> [(i.scheme.value, i.value) for i in rec.party(rec.issuer.party_id).identifiers]
[('cik', '0000000002'), ('ticker', 'WDGT')]
>>> [(c.relation.value, c.title, c.shares) for c in rec.claims]
[('officer_of', 'Chief Financial Officer', None), ('beneficial_owner_of', None, 1500)]
"""

from __future__ import annotations

import re
from typing import Optional

from lxml import etree

from graphkit import regex_cache
from graphkit.dates import parse_date
from graphkit.detect import form_family
from graphkit.errors import ParseError
from graphkit.models import (AliasKind, Cessation, Claim, Evidence, FilingRecord, FilingWarning,
                             FormFamily, Identifier, IdentifierScheme, Issuer, Party, PartyKind,
                             Reading, SubmissionHeader)
from graphkit.names import org_words
from graphkit.relations import EXIT_NOTE, TEN_PERCENT_NOTE
from graphkit.parsers.ceased_claims import SECTION_16_BOX
from graphkit.parsers.ownership_listed import add_listed_holders
from graphkit.parsers.ownership_holdings import (HoldingLine, add_holding_claims,
                                                 amount_warning, fraction_warning,
                                                 line_of, mark_disclaimers, read_share_amount)
from graphkit.parsers.ownership_joint import (add_joint_holding_claims, drop_sibling_claims,
                                              is_joint, line_holder_ids)
from graphkit.parsers.ownership_running import TransactionRow, continues, runs_on
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.ownership_owners import link_owner_spellings
from graphkit.parsers.ownership_titles import REFERS_ELSEWHERE, officer_title
from graphkit.parsers.signature_field import read_signature_field
from graphkit.parsers.xmldoc import (XmlDoc, add_party, add_prose_claims, cik, find_party,
                                     link_alias, next_claim_id)
from graphkit.source import SourceText

_EXAMPLE = """<ownershipDocument><documentType>4</documentType>
<periodOfReport>2022-12-12</periodOfReport>
<issuer><issuerCik>0000000002</issuerCik><issuerName>Widget Inc.</issuerName>
<issuerTradingSymbol>WDGT</issuerTradingSymbol></issuer>
<reportingOwner><reportingOwnerId><rptOwnerCik>0000000003</rptOwnerCik>
<rptOwnerName>Doe Jane</rptOwnerName></reportingOwnerId>
<reportingOwnerRelationship><isOfficer>1</isOfficer>
<officerTitle>Chief Financial Officer</officerTitle></reportingOwnerRelationship></reportingOwner>
<nonDerivativeTable><nonDerivativeTransaction><securityTitle><value>Common Stock</value>
</securityTitle><postTransactionAmounts><sharesOwnedFollowingTransaction><value>1500</value>
</sharesOwnedFollowingTransaction></postTransactionAmounts><ownershipNature>
<directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
</nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>"""

_TRUE = {"1", "true", "y", "yes", "x"}

#: A trading symbol: letters, digits and class or series marks, e.g. "WDGT", "BRK.B", "BF-A"
TICKER = regex_cache.compile(r"""^[A-Z0-9]{1,6}(?:[.\-/][A-Z0-9]{1,3})?$""", re.VERBOSE)

#: What filers print when there is no symbol, e.g. "NONE", "N/A"
NO_TICKER = frozenset({"NONE", "NA", "N/A", "N.A.", "NOT APPLICABLE", "-"})


def ticker_identifier(symbol: Optional[str]) -> Optional[Identifier]:
    """The issuer's trading symbol as a ``ticker`` identifier (upper case), or None.

    >>> ticker_identifier(" wdgt ").value, ticker_identifier("BRK.B").value
    ('WDGT', 'BRK.B')
    >>> ticker_identifier("None"), ticker_identifier("no public market")
    (None, None)
    """
    s = (symbol or "").strip().upper()
    if not s or s in NO_TICKER or not TICKER.match(s):
        return None
    return Identifier(scheme=IdentifierScheme.TICKER, value=s)


def _flag(doc: XmlDoc, path: str, at: etree._Element) -> bool:
    return (doc.text(path, at=at) or "").strip().lower() in _TRUE


#: Where a holding row's footnotes sit: on the D/I mark and on the nature of ownership
LINE_FOOTNOTES = ("ownershipNature/directOrIndirectOwnership/footnoteId",
                  "ownershipNature/natureOfOwnership/footnoteId")
#: Where a row's amount owned after its transaction(s) sits
AMOUNT_OWNED = "postTransactionAmounts/sharesOwnedFollowingTransaction/value"
#: Where a row's nature of ownership sits: "By Roe Family Trust, Jane Roe and John Doe, Trustees"
NATURE_VALUE = "ownershipNature/natureOfOwnership/value"
#: Where a transaction row's date sits
TRANSACTION_DATE = "transactionDate/value"


def _holdings(doc: XmlDoc, dated: bool) -> list[HoldingLine]:
    """Final amount per holding line of Table I, in file order.

    Transactions on the same line (same security, D/I, nature and footnotes of either)
    follow one another, so the last row's amount is the holding, dated by that row's
    ``transactionDate`` when ``dated`` (a Form 4); each holding row
    (``nonDerivativeHolding``) is its own line (e.g. one row per trust). Fractional amounts
    are rounded half up, with one ``fractional-shares`` warning per form counting the final
    amounts only; an amount that is no number of shares is warned about and left out.
    """
    notes = {f.get("id"): " ".join("".join(f.itertext()).split())
             for f in doc.root.findall("footnotes/footnote")}
    last: dict[tuple, tuple[int, etree._Element, tuple]] = {}
    table = doc.root.find("nonDerivativeTable")
    if table is None:
        return []
    runs: dict[str, list[tuple[TransactionRow, tuple]]] = {}  # per security, in file order
    running: dict[tuple, tuple[tuple, TransactionRow]] = {}  # last row of each holding
    for i, row in enumerate(table):
        if not isinstance(row.tag, str):
            continue
        raw = doc.text(AMOUNT_OWNED, at=row)
        shares = read_share_amount(raw)
        title = doc.text("securityTitle/value", at=row) or "?"
        if shares is None:
            if raw and any(c.isdigit() for c in raw):  # "1,000 (1)", hundreds of digits
                doc.warnings.append(amount_warning(
                    doc.src.path, doc.evidence(row.find(AMOUNT_OWNED)).line, raw, title))
            continue
        di = (doc.text("ownershipNature/directOrIndirectOwnership/value", at=row) or "").upper()
        nature = doc.text(NATURE_VALUE, at=row)
        fns = tuple(dict.fromkeys(f.get("id") for path in LINE_FOOTNOTES
                                  for f in row.findall(path)))
        direct = True if di == "D" else False if di == "I" else None
        key = (title, direct, nature, fns, i if row.tag == "nonDerivativeHolding" else None)
        tx = (_transaction_row(doc, row, key[1:4], shares)
              if row.tag == "nonDerivativeTransaction" else None)
        same = line_of(title, direct, nature)  # one holding, however its rows are footnoted
        if tx is not None and same in running and key not in last:  # a row opening a line
            before_key, before = running[same]
            theirs = set(last[before_key][2]) if before_key in last else None
            if theirs is not None and (theirs <= set(fns) or set(fns) <= theirs) \
                    and continues(before, tx):  # not two trusts' footnotes: F1 / F2
                key, fns = before_key, tuple(dict.fromkeys(last[before_key][2] + fns))
        last.pop(key, None)  # keep file order of the final rows
        last[key] = (shares, row, fns, raw)
        if tx is not None:
            running[same] = (key, tx)
            runs.setdefault(title, []).append((tx.model_copy(update={"nature": key[1:4]}), key))
    for title, rows in runs.items():
        if len(rows) > 2 and runs_on([r for r, _ in rows]):
            _merge_running_total(doc, last, [k for _, k in rows], title)
    out = []
    for (title, direct, nature, _, _), (shares, row, fns, raw) in last.items():
        texts = [f"{fid}: {notes[fid]}" for fid in fns if notes.get(fid)]
        note = " - ".join(x for x in (nature, "; ".join(texts)) if x) or None
        ev = doc.evidence(row.find(AMOUNT_OWNED), "Table I",
                          text=f"{title}: {shares} shares owned after the reported "
                               f"transaction(s), {'direct' if direct else 'indirect'}")
        every = tuple(dict.fromkeys(f.get("id") for f in row.iter("footnoteId")))
        day = (parse_date(doc.text(TRANSACTION_DATE, at=row))
               if dated and row.tag == "nonDerivativeTransaction" else None)
        nature_ev = doc.evidence(row.find(NATURE_VALUE), "Table I") if nature else None
        out.append(HoldingLine(title=title, direct=direct, nature=nature, note=note,
                               shares=shares, evidence=ev, raw=raw, as_of=day, footnotes=tuple(
                                   f"{fid}: {notes[fid]}" for fid in every if notes.get(fid)),
                               nature_evidence=nature_ev))
    warning = fraction_warning(doc.src.path, out)
    if warning is not None:
        doc.warnings.append(warning)
    return out


def _transaction_row(doc: XmlDoc, row: etree._Element, nature: tuple,
                     owned_after: int) -> TransactionRow:
    """What :func:`~graphkit.parsers.ownership_running.runs_on` compares of a transaction."""
    code = (doc.text("transactionAmounts/transactionAcquiredDisposedCode/value", at=row)
            or "").strip().upper()
    return TransactionRow(
        nature=nature, owned_after=owned_after,
        shares=read_share_amount(doc.text("transactionAmounts/transactionShares/value", at=row)),
        acquired=True if code == "A" else False if code == "D" else None)


def _merge_running_total(doc: XmlDoc, last: dict, keys: list[tuple], title: str) -> None:
    """Keep, of the lines of ``title`` whose rows (``keys``, in file order) print one running
    total (:func:`~graphkit.parsers.ownership_running.runs_on`), the last row's amount only,
    as the total of every nature, and warn."""
    natures = list(dict.fromkeys(k[2] or ("direct" if k[1] else "indirect") for k in keys))
    final = keys[-1]
    shares, row, fns, raw = last[final]
    for key in dict.fromkeys(keys):
        last.pop(key, None)
    directs = {k[1] for k in keys}
    total = (title, directs.pop() if len(directs) == 1 else None,
             "total of every nature of ownership (" + "; ".join(natures) + ")", fns, None)
    last[total] = (shares, row, fns, raw)
    line = doc.evidence(row.find(AMOUNT_OWNED)).line
    doc.warnings.append(FilingWarning(
        code="running-total", source=doc.src.path, line=line,
        message=f"{doc.src.path}:{line}: the amounts owned of {title} (Table I) run on from "
                f"one nature of ownership to the next ({'; '.join(natures)}): read as one "
                f"running total, {shares} shares, not as each nature's holding"))


#: The rows of Table II, derivative securities held or dealt in
DERIVATIVE_ROWS = "derivativeTable/*"


def _claim_unrelated_owners(doc: XmlDoc, claims: list[Claim],
                            owners: list[tuple[Party, etree._Element, str]], issuer_id: str,
                            period) -> None:
    """Give a reporting owner that no box nor holding line relates to the issuer (only "Other"
    checked, derivative securities only) a ``beneficial_owner_of`` claim without shares, noted
    with the "Other" text and the derivative securities; warn of an owner with neither (not of
    one without a relationship element: a cut-down or damaged form)."""
    related = {c.source for c in claims if c.target == issuer_id}
    rows = [r for r in doc.root.findall(DERIVATIVE_ROWS) if isinstance(r.tag, str)]
    titles = list(dict.fromkeys(doc.text("securityTitle/value", at=r) or "?" for r in rows))
    for owner, ro, section in owners:
        rel = ro.find("reportingOwnerRelationship")
        if owner.id in related or rel is None:  # no boxes at all: a cut-down or damaged form
            continue
        related.add(owner.id)
        other = doc.text("otherText", at=rel) if _flag(doc, "isOther", rel) else None
        where = doc.evidence(rel, section)
        if not rows:
            doc.warnings.append(doc.src.warn(
                "owner-without-relation", f"{doc.src.path}: reporting owner {owner.name} has no "
                f"relationship box{' but Other (' + other + ')' if other else ''} and no "
                "holding of the class: no claim", doc.span(ro)[0]))
            continue
        note = "; ".join(x for x in (other, "derivative securities only ("
                                     + ", ".join(titles) + "), not counted as shares") if x)
        claims.append(Claim(id=next_claim_id(claims), relation="beneficial_owner_of",
                            source=owner.id, target=issuer_id, note=note, as_of=period,
                            evidence=[where, doc.evidence(rows[0], "Table II")]))


def _added(claims: list[Claim], add) -> list[Claim]:
    """The claims that ``add()`` appends to ``claims``."""
    before = len(claims)
    add()
    return claims[before:]


def _title_notes(doc: XmlDoc) -> list[str]:
    """The remarks and footnotes, where an ``officerTitle`` of "See Remarks" sends the reader
    (:func:`~graphkit.parsers.ownership_titles.officer_title`); none when several owners are
    sent there (whose title is whose is not read)."""
    sent = [t for t in doc.texts("reportingOwner/reportingOwnerRelationship/officerTitle")
            if REFERS_ELSEWHERE.match(t)]
    if len(sent) != 1:
        return []
    return doc.texts("remarks") + doc.texts("footnotes/footnote")


def _title_evidence(doc: XmlDoc, title: Optional[str], section: str) -> list[Evidence]:
    """Where a title read in the remarks or a footnote was written: that element."""
    for el in doc.root.findall("remarks") + doc.root.findall("footnotes/footnote"):
        if title and title in " ".join("".join(el.itertext()).split()):
            return [doc.evidence(el, section)]
    return []


def _footnote_blocks(doc: XmlDoc) -> tuple[list[SourceText], list[str]]:
    """The footnotes and remarks long enough to state a relation, and their places ("footnote
    F3", "remarks") for the warnings."""
    els = [e for e in doc.root.findall("footnotes/footnote") + doc.root.findall("remarks")
           if len("".join(e.itertext()).strip()) > 20]
    return [doc.block(e) for e in els], [f"footnote {e.get('id')}" if e.tag == "footnote"
                                         else "remarks" for e in els]


def parse_ownership_xml(src: SourceText, header: Optional[SubmissionHeader] = None
                        ) -> FilingRecord:
    """Read a Form 3/4/5 ``ownershipDocument`` into a :class:`FilingRecord`.

    Parameters
    ----------
    src : SourceText
        The XML text (a whole file or a document cut out of a full submission).
    header : SubmissionHeader, optional
        The SGML header, for accession number and filed date.

    Raises
    ------
    ParseError
        If the XML is unreadable or has no issuer.

    See also
    --------
    graphkit.parsers.ownership_text.parse_ownership_text : pre-2003 text Form 4.
    """
    doc = XmlDoc(src)
    form = doc.text("documentType") or (header.form_type if header else None) or "4"
    family = form_family(form) or FormFamily.FORM_4
    book = PartyBook()
    issuer_el = doc.root.find("issuer")
    name = doc.text("issuerName", at=issuer_el) if issuer_el is not None else None
    if not name:
        raise ParseError("ownership document without an issuer name", source=src.path)
    issuer_cik = doc.text("issuerCik", at=issuer_el)
    ip = add_party(book, name, roles=["issuer"], identifiers=cik(issuer_cik),
                  evidence=doc.evidence(issuer_el.find("issuerName"), section="issuer"))
    symbol = doc.text("issuerTradingSymbol", at=issuer_el)
    issuer = Issuer(party_id=ip.id, name=ip.name,
                    cik=cik(issuer_cik)[0].value if cik(issuer_cik) else None)
    period = parse_date(doc.text("periodOfReport"))
    claims: list[Claim] = []
    owners = []
    owner_els: list[tuple[Party, etree._Element, str]] = []  # each owner's element, section
    printed = "\n".join(doc.texts("ownerSignature/signatureName") + doc.texts("footnotes/footnote")
                        + doc.texts("remarks"))  # where a name is printed first name first
    title_notes = _title_notes(doc)
    exit_note = EXIT_NOTE if _flag(doc, "notSubjectToSection16", doc.root) else None
    exit_box = doc.root.find("notSubjectToSection16") if exit_note else None
    for i, ro in enumerate(doc.root.findall("reportingOwner"), 1):
        section = f"reporting owner {i}"
        oname = doc.text("reportingOwnerId/rptOwnerName", at=ro)
        if not oname:
            continue
        addr_el = ro.find("reportingOwnerAddress")
        addr = ", ".join(t for t in (doc.text(f"rptOwner{k}", at=addr_el) for k in (
            "Street1", "Street2", "City", "State", "ZipCode")) if t) if addr_el is not None else ""
        party = add_party(book, oname, roles=["reporting_owner"], addresses=[addr] if addr else [],
                         identifiers=cik(doc.text("reportingOwnerId/rptOwnerCik", at=ro)),
                         evidence=doc.evidence(ro.find("reportingOwnerId/rptOwnerName"), section))
        owners.append(party)
        owner_els.append((party, ro, section))
        rel = ro.find("reportingOwnerRelationship")
        insider = rel is not None and (_flag(doc, "isDirector", rel) or _flag(doc, "isOfficer", rel))
        person = party.kind is PartyKind.PERSON or insider and not org_words(oname)
        link_owner_spellings(party, oname, person, insider, printed)
        if rel is None:
            continue
        ev = [doc.evidence(rel, section, text=" ".join(
            f"{e.tag}={e.text.strip()}" for e in rel if isinstance(e.tag, str) and e.text
            and e.text.strip()))]
        other = doc.text("otherText", at=rel) if _flag(doc, "isOther", rel) else None
        given = doc.text("officerTitle", at=rel)
        office = officer_title(given, title_notes)
        pointer = f"title given as {given!r}" if given is not None and office != given else None
        for flag, relation, title, note in (
                ("isDirector", "director_of", None, None),
                ("isOfficer", "officer_of", office, pointer),
                ("isTenPercentOwner", "beneficial_owner_of", None, TEN_PERCENT_NOTE)):
            if _flag(doc, flag, rel):
                claims.append(Claim(id=next_claim_id(claims), relation=relation, source=party.id,
                                    target=ip.id, title=title, note="; ".join(
                                        x for x in (note, other, exit_note) if x) or None,
                                    as_of=period, ended=True if exit_note else None,
                                    evidence=ev + _title_evidence(doc, office, section)
                                    if pointer and title else ev))
    lines = _holdings(doc, dated=family is FormFamily.FORM_4)
    made: list[tuple[HoldingLine, list[Claim]]] = []  # each line's claims
    for line in lines:
        if not is_joint(line, owners):
            made.append((line, _added(claims, lambda: add_holding_claims(
                book, claims, owners, ip.id, line, as_of=period))))
    blocks, places = _footnote_blocks(doc)
    doc.warnings.extend(add_prose_claims(blocks, book, claims, ip.id, as_of=period,
                                         filers=owners, places=places))
    own_lines = line_holder_ids(lines, book, owners)  # the funds holding lines of their own
    for line in lines:  # after the prose: its footnote may name the owners by defined terms
        if is_joint(line, owners):
            made.append((line, _added(claims, lambda: doc.warnings.extend(
                add_joint_holding_claims(book, claims, owners, ip.id, line, src.path,
                                         as_of=period, line_holders=own_lines)))))
    doc.warnings.extend(drop_sibling_claims(  # "held by Beta Partners": not a sibling fund's
        claims, made, owners, src.path, own_lines))
    for line, line_claims in made:  # (by footnotes: remarks do not say which lines they cover)
        mark_disclaimers(line, line_claims, book, owners)
    _claim_unrelated_owners(doc, claims, owner_els, ip.id, period)
    notes = {f.get("id"): doc.block(f) for f in doc.root.findall("footnotes/footnote")}
    doc.warnings.extend(add_listed_holders(  # "held through the following subsidiaries: ..."
        book, claims, ip.id, lines, {k: v for k, v in notes.items() if k}, as_of=period))
    sigs = [read_signature_field(doc.text("signatureName", at=s), [p.name for p in owners],
                                 date=parse_date(doc.text("signatureDate", at=s)),
                                 evidence=doc.evidence(s, "signature"))
            for s in doc.root.findall("ownerSignature") if doc.text("signatureName", at=s)]
    for sig in sigs:  # "for Jane Q. Roe": the owner's name as the filing spells it
        for name in sig.on_behalf_of + [sig.signer]:  # (or signed by the owner herself)
            owner = find_party(book, name)
            if owner in owners and name != owner.name:
                link_alias(owner, name, AliasKind.SIGNATURE, sig.evidence)
    sig_dates = [s.date for s in sigs if s.date]
    warnings = list(src.warnings) + doc.warnings
    if symbol:
        ev = doc.evidence(issuer_el.find("issuerTradingSymbol"), section="issuer")
        ip.readings.append(Reading(field="trading_symbol", raw=symbol, value=symbol, evidence=ev))
        ticker = ticker_identifier(symbol)
        if ticker is not None and ticker not in ip.identifiers:
            ip.identifiers.append(ticker)
    return FilingRecord(
        source=src.path, form=form, family=family,
        accession_number=header.accession_number if header else None, issuer=issuer,
        event_date=period, signature_date=max(sig_dates) if sig_dates else None,
        filed_date=header.filed_date if header else None, parties=book.parties, claims=claims,
        signatures=sigs, warnings=warnings, ceased=[Cessation(
            party_ids=[p.id for p in owners], method=SECTION_16_BOX,
            evidence=doc.evidence(exit_box, "Section 16 box"))] if exit_note else [])

