"""From one file on disk to records: decode, detect the form, split, dispatch to a parser.

:func:`parse_path` is what the CLI and the batch call for each file: it never raises for a bad
file, and returns a :class:`~graphkit.models.ParseReport` (parsed / parsed with warnings /
failed, with the reason naming the file). :func:`parse_source` does the work on decoded text:

* an EDGAR full submission (``.txt``/``.nc``) is split (:mod:`graphkit.parsers.sgml`) and its
  *primary* documents of a supported form are parsed, never exhibits, graphics or PDFs; when a
  submission carries the form both as XML (``primary_doc.xml``) and as rendered HTML/text copies,
  only the XML is read, so no record is duplicated;
* XML goes to the Schedule 13D/G, Form D or Forms 3/4/5 parser by its root element;
* HTML is converted to text (:func:`~graphkit.parsers.html_text.html_to_text_mapped`) and read
  as text; the conversion's map (:class:`~graphkit.source.TextOrigin`) makes evidence and
  warnings cite the lines and offsets of the HTML as filed, not of the converted text;
* text goes to the 13D/13G, Form D or old Form 4 text parser by its title.

Parsers owned by other modules are imported lazily, so a missing or broken parser fails only the
files that need it.

Examples
--------
>>> from graphkit.source import SourceText
>>> xml = ('<ownershipDocument><documentType>3</documentType><issuer><issuerCik>1</issuerCik>'
...        '<issuerName>Widget Inc.</issuerName></issuer><reportingOwner><reportingOwnerId>'
...        '<rptOwnerName>Doe Jane</rptOwnerName></reportingOwnerId><reportingOwnerRelationship>'
...        '<isDirector>1</isDirector></reportingOwnerRelationship></reportingOwner>'
...        '</ownershipDocument>')
>>> [(r.form, [c.relation.value for c in r.claims]) for r in parse_source(SourceText("a", xml))]
[('3', ['director_of'])]
>>> report = parse_path("no/such/file.txt")
>>> report.status.value, report.reason
('failed', 'no/such/file.txt: file not found')
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Callable, Optional

from lxml import etree

from graphkit import regex_cache
from graphkit.detect import HTML_MARKER, DetectedInput, InputKind, detect, form_family
from graphkit.errors import GraphkitError, ParseError, TimeLimitExceeded, UnsupportedFormError
from graphkit.models import (FilingRecord, FilingWarning, ParseReport, ParseStatus,
                             SubmissionHeader)
from graphkit.parsers.html_text import html_to_text_mapped
from graphkit.parsers.ceased_claims import (add_below_five_percent_exit, add_insider_exits,
                                            add_zero_holding_exit, check_exit_dates,
                                            mark_ceased_claims)
from graphkit.parsers.generic_terms import drop_generic_terms
from graphkit.parsers.page_breaks import drop_page_furniture
from graphkit.parsers.header_former import link_former_names
from graphkit.parsers.power_claims import drop_implied_power
from graphkit.parsers.sgml import Submission, SubmissionDocument, split_submission, unwrap_file
from graphkit.parsers.partybook_kinds import settle_kinds
from graphkit.reading import read_source
from graphkit.source import SourceText
from graphkit.time_limit import allow_wrap_up

__all__ = ["parse_source", "parse_path", "read_source", "PARSER_ERRORS"]

log = logging.getLogger(__name__)

#: Errors a parser may raise on input it was not written for; parse_path reports them as a
#: failed file (naming the parser) instead of stopping a batch. Anything else is a bug and
#: propagates.
PARSER_ERRORS = (GraphkitError, ValueError, KeyError, IndexError, AttributeError, TypeError,
                 RecursionError, UnicodeError, etree.LxmlError)

_XML_KINDS = (InputKind.SCHEDULE13_XML, InputKind.FORMD_XML, InputKind.OWNERSHIP_XML)

#: Which module and function read each input kind (imported when first needed)
PARSERS: dict[InputKind, tuple[str, str]] = {
    InputKind.SCHEDULE13_XML: ("graphkit.parsers.schedule13_xml", "parse_schedule13_xml"),
    InputKind.FORMD_XML: ("graphkit.parsers.formd_xml", "parse_formd_xml"),
    InputKind.FORMD_HTML: ("graphkit.parsers.formd_html", "parse_formd_html"),
    InputKind.OWNERSHIP_XML: ("graphkit.parsers.ownership_xml", "parse_ownership_xml"),
    InputKind.SCHEDULE13_TEXT: ("graphkit.parsers.schedule13_text", "parse_schedule13_text"),
    InputKind.FORMD_TEXT: ("graphkit.parsers.formd_text", "parse_formd_text"),
    InputKind.OWNERSHIP_TEXT: ("graphkit.parsers.ownership_text", "parse_ownership_text"),
}

_TEXT_KIND_BY_FAMILY = {"schedule_13d": InputKind.SCHEDULE13_TEXT,
                        "schedule_13g": InputKind.SCHEDULE13_TEXT,
                        "form_d": InputKind.FORMD_TEXT, "form_3": InputKind.OWNERSHIP_TEXT,
                        "form_4": InputKind.OWNERSHIP_TEXT, "form_5": InputKind.OWNERSHIP_TEXT}


def _parser(kind: InputKind, path: str) -> Callable[..., FilingRecord]:
    module, func = PARSERS[kind]
    try:
        mod = __import__(module, fromlist=[func])
        return getattr(mod, func)
    except (ImportError, AttributeError) as exc:
        raise ParseError(f"no parser available for {kind.value} ({module}.{func}: {exc})",
                         source=path) from exc


def _as_text(src: SourceText) -> SourceText:
    """HTML converted to text, citing the HTML's own lines; keeps the document's place and warnings.

    >>> t = _as_text(SourceText("a.html", "<html><body>\\n<p>Name\\nof Issuer</p>",
    ...                         line_offset=10))
    >>> t.text, t.line_of(t.text.index("of"))
    ('Name of Issuer', 13)
    """
    mapped = html_to_text_mapped(src.text)
    return SourceText(path=src.path, text=mapped.text, offset=src.offset,
                      line_offset=src.line_offset, warnings=list(src.warnings),
                      origin=mapped.origin)


def _as_text_document(doc: SubmissionDocument) -> SubmissionDocument:
    """``doc`` read as text: an HTML document converted (:func:`_as_text`), any other as it is.

    >>> doc = SubmissionDocument(type="EX-99", source=SourceText("a", "<html><p>Acme &amp; Co."))
    >>> _as_text_document(doc).source.text
    'Acme & Co.'
    """
    if doc.binary or HTML_MARKER.search(doc.source.text, 0, 3000) is None:
        return doc
    return doc.model_copy(update={"source": _as_text(doc.source)})


def _parse_one(src: SourceText, det: DetectedInput,
               header: Optional[SubmissionHeader]) -> FilingRecord:
    if det.kind is InputKind.HTML:
        text_src = _as_text(src)
        try:
            det = detect(text_src)
        except UnsupportedFormError:
            if det.family is None:
                raise
            det = DetectedInput(kind=_TEXT_KIND_BY_FAMILY[det.family.value], form=det.form,
                                family=det.family)
        if det.kind in (InputKind.HTML, InputKind.SGML_SUBMISSION):
            raise UnsupportedFormError("HTML page holds no readable supported form",
                                       source=src.path)
        src = text_src
    if det.kind is InputKind.SCHEDULE13_TEXT:  # typed, or converted from HTML
        src = drop_page_furniture(src)  # "Page 7 of 12" where a page broke a paragraph
    rec = _parser(det.kind, src.path)(src, header)
    if det.inferred_from:  # "<edgarSubmission>" without <submissionType>: a trimmed copy
        rec.warnings.insert(0, src.warn("form-inferred", (
            f"{src.path}: the XML states no form (no <submissionType>); it was read as "
            f"{det.form}, as told by {det.inferred_from}"), 0))
    drop_implied_power(rec)  # "X has voting power over the shares held by Y": X's role there
    add_zero_holding_exit(rec)  # an amendment to 0 shares and 0%, with no Item 5 answer
    add_below_five_percent_exit(rec)  # ... or to less than 5% in all
    add_insider_exits(rec)  # a Form 4/5: the owner left Section 16, or holds 0 on every line
    mark_ceased_claims(rec)  # an exit report ends the holdings it names
    check_exit_dates(rec)  # ... and is never dated after the filing that reports it
    # "HC, CO" on a cover: an organization, whatever its name's shape (a signer stays a person)
    settle_kinds(rec.parties, signers=[s.signer for s in rec.signatures if s.signer])
    link_former_names(rec, header)  # EDGAR's former names of a CIK: aliases across eras
    drop_generic_terms(rec)  # '(the "Issuer")': bound while read, no alias of the issuer
    return rec


def _detect_document(doc: SubmissionDocument) -> Optional[DetectedInput]:
    """The kind of one document of a submission, falling back on its <TYPE> when its content
    names no supported form (an HTML page whose title detection cannot read, or none)."""
    try:
        det = detect(doc.source)
        family = form_family(doc.type)
        if det.family is None and family is not None and det.kind is InputKind.HTML:
            return det.model_copy(update={"form": doc.type, "family": family})
        return det
    except UnsupportedFormError:
        family = form_family(doc.type)
        if family is None:
            return None
        # HTML_MARKER, not a bare "<p": a text document's "<PAGE>" tags are no paragraphs
        kind = InputKind.HTML if HTML_MARKER.search(doc.source.text, 0, 3000) \
            else _TEXT_KIND_BY_FAMILY[family.value]
        return DetectedInput(kind=kind, form=doc.type, family=family)


def primary_documents(sub: Submission) -> list[tuple[SubmissionDocument, DetectedInput]]:
    """The documents of ``sub`` to parse: supported forms, not exhibits, graphics or binaries.

    When one form is present both as XML and as HTML/text copies, only the XML is kept.
    """
    found = []
    for doc in sub.documents:
        if doc.binary or doc.is_exhibit:
            continue
        det = _detect_document(doc)
        if det is None or det.family is None or det.kind is InputKind.SGML_SUBMISSION:
            continue
        found.append((doc, det))
    xml_families = {d.family for _, d in found if d.kind in _XML_KINDS}
    return [(doc, d) for doc, d in found if d.kind in _XML_KINDS or d.family not in xml_families]


#: The end of an HTML page: "</html>", "</HTML >"
HTML_END = regex_cache.compile(r"""</html\s*>""", re.VERBOSE | re.IGNORECASE)
#: The start of an HTML page: "<html>", "<HTML lang=...>", after a doctype or declaration
HTML_START = regex_cache.compile(r"""<html[\s>]""", re.VERBOSE | re.IGNORECASE)


def html_cut_short(text: str) -> bool:
    """True for an HTML page that opens ``<html>`` but never closes it: a saved or downloaded
    page cut short (a page without ``<html>`` at all is a fragment, not judged).

    >>> html_cut_short("<html><body><p>Item 1</p>"), html_cut_short("<html><p>x</p></HTML>")
    (True, False)
    >>> html_cut_short("<p>a fragment</p>")
    False
    """
    return HTML_START.search(text, 0, 4000) is not None and HTML_END.search(
        text, max(0, len(text) - 4000)) is None


def _cut_short(doc: SubmissionDocument) -> FilingWarning:
    """The warning for a document the file ends inside: what was read is kept, but the rest of
    the filing (items, signatures, other reporting persons) is missing.

    >>> from graphkit.parsers.sgml import split_submission
    >>> sub = split_submission(SourceText("x.txt", "<DOCUMENT>\\n<TYPE>SC 13G\\n<TEXT>\\nItem 1"))
    >>> print(_cut_short(sub.documents[0]).message)
    x.txt: the file ends inside document 1 (SC 13G) at line 4, without </DOCUMENT>: it was cut short, and what followed is missing
    """
    src = doc.source
    where = f"document {doc.sequence or 1} ({doc.type or 'no type'})"
    return src.warn("truncated", f"{src.path}: the file ends inside {where} at line "
                                 f"{src.line_of(len(src.text))}, without </DOCUMENT>: it was cut "
                                 "short, and what followed is missing", len(src.text))


def _stopped(doc: SubmissionDocument, exc: TimeLimitExceeded,
             unread: list[SubmissionDocument]) -> FilingWarning:
    """The warning on a submission whose time limit ran out in ``doc``, naming the primary
    documents left ``unread``."""
    def name(d: SubmissionDocument) -> str:
        return f"document {d.sequence or '?'} ({d.type or 'no type'})"
    rest = f"; not read: {', '.join(map(name, unread))}" if unread else ""
    return doc.source.warn("time-limit", f"{doc.source.path}: {name(doc)} could not be read: "
                                         f"{exc.message}{rest}", 0)


def _parse_submission(src: SourceText) -> list[FilingRecord]:
    sub = split_submission(src)
    form = sub.header.form_type
    chosen = primary_documents(sub)
    if not chosen:
        if form and form_family(form) is None:
            raise UnsupportedFormError(f"submission of form {form!r} is not a supported form",
                                       source=src.path)
        raise ParseError(f"no primary document of a supported form among "
                         f"{len(sub.documents)} document(s) (form {form or 'unknown'})",
                         source=src.path)
    records: list[FilingRecord] = []
    failures: list[FilingWarning] = []
    first_error: Optional[GraphkitError] = None
    done = 0  # documents of ``chosen`` read or failed
    try:
        for doc, det in chosen:
            try:
                records.append(_read_document(doc, det, sub))
            except TimeLimitExceeded:
                raise
            except PARSER_ERRORS as exc:  # one bad document never loses the others' records
                if not isinstance(exc, GraphkitError):
                    log.exception("%s: parser error in document %s", src.path, doc.sequence)
                    exc = ParseError(f"parser error {type(exc).__name__}: {exc}",
                                     source=src.path)
                first_error = first_error or exc
                failures.append(doc.source.warn(
                    "document-failed", f"{src.path}: document {doc.sequence or '?'} "
                    f"({doc.type or 'no type'}) could not be read: {exc.message}", 0))
            done += 1
    except TimeLimitExceeded as exc:  # the file's time is up: keep the documents read
        allow_wrap_up()
        if not records:
            raise
        if done < len(chosen):
            records[0].warnings.insert(0, _stopped(chosen[done][0], exc,
                                                   [d for d, _ in chosen[done + 1:]]))
    if not records:
        raise first_error  # type: ignore[misc]
    records[0].warnings.extend(failures)
    for rec in records:  # the file's layout (tags run together): every record read from it
        rec.warnings[:0] = sub.warnings
    return records


def _read_document(doc: SubmissionDocument, det: DetectedInput, sub: Submission
                   ) -> FilingRecord:
    """The record of one primary document ``doc`` of the submission ``sub``."""
    rec = _parse_one(doc.source, det, sub.header)
    rec.document = doc.filename or (f"document {doc.sequence}" if doc.sequence else None)
    if det.kind is InputKind.SCHEDULE13_XML:  # Item 7 "See Exhibit 99": a list attached
        from graphkit.parsers.schedule13_xml_exhibits import add_exhibit_subsidiaries
        add_exhibit_subsidiaries(rec, doc.source.text, [d for d in sub.documents
                                                        if d.is_exhibit])
    elif rec.family.value in _EVENT_DATED and len(sub.documents) > 1:  # "See Exhibit(2)"
        from graphkit.parsers.schedule13_xml_exhibits import add_text_exhibit_subsidiaries
        add_text_exhibit_subsidiaries(rec, [d for d in sub.documents if d.is_exhibit],
                                      _as_text_document)
    if not doc.closed:
        rec.warnings.append(_cut_short(doc))
    return rec


def parse_source(src: SourceText, header: Optional[SubmissionHeader] = None
                 ) -> list[FilingRecord]:
    """Detect the form of ``src`` and parse it into one record per primary document.

    Parameters
    ----------
    src : SourceText
        Decoded input (see :func:`graphkit.reading.read_source`).
    header : SubmissionHeader, optional
        An SGML header to pass to the parser when ``src`` is one document cut out of a
        submission.

    Raises
    ------
    UnsupportedFormError
        If no supported form is found (the message names the file).
    ParseError
        If a supported form is too damaged to read.

    See also
    --------
    parse_path, graphkit.detect.detect
    """
    doc = unwrap_file(src) or src  # "<XML>\n<?xml ...": a document saved out of a submission
    det = detect(doc)
    if det.kind is InputKind.SGML_SUBMISSION:
        records = _parse_submission(src)
    else:
        records = [_parse_one(doc, det, header)]
        if det.kind is InputKind.HTML and header is None and html_cut_short(src.text):
            records[0].warnings.append(src.warn(
                "truncated", f"{src.path}: the HTML page ends without </html> (at line "
                             f"{src.line_of(len(src.text))}): it was cut short, and what followed "
                             "is missing", len(src.text)))
    for rec in records:
        for w in src.warnings:
            if w not in rec.warnings:
                rec.warnings.insert(0, w)
        _check_dates(rec)
    return records


#: Forms whose claims speak for the "date of event which requires filing of this statement"
_EVENT_DATED = {"schedule_13d", "schedule_13g"}


def _check_dates(rec: FilingRecord) -> None:
    """Warn when a Schedule 13D/13G gives no date of event: its claims are then dated by the
    signature or filed date (graph edges say so in ``as_of_basis``), which can be weeks later."""
    if rec.family.value in _EVENT_DATED and rec.event_date is None:
        fallback = ("signature date" if rec.signature_date else
                    "filed date" if rec.filed_date else None)
        rec.warnings.append(FilingWarning(
            code="no-event-date", source=rec.source,
            message="no date of event found" + (f"; claims are dated by the {fallback}"
                                                 if fallback else "; claims are undated")))


def _summary(warnings: list[FilingWarning]) -> str:
    codes: dict[str, int] = {}
    for w in warnings:
        codes[w.code] = codes.get(w.code, 0) + 1
    return ", ".join(f"{c} x{n}" if n > 1 else c for c, n in codes.items())


def parse_path(path: str | Path) -> ParseReport:
    """Read and parse one file into a :class:`ParseReport`; never raises for a bad file.

    A file that cannot be read, holds no supported form or is too damaged gives status
    ``failed`` with the reason (naming the file); a file whose records carry warnings gives
    ``parsed_with_warnings`` and keeps its records.

    See also
    --------
    graphkit.batch.parse_many : the same over many files, in parallel.
    """
    t0 = time.perf_counter()
    name = str(path)
    try:
        records = parse_source(read_source(path))
    except GraphkitError as exc:
        return ParseReport(source=name, status=ParseStatus.FAILED, reason=str(exc),
                           seconds=time.perf_counter() - t0)
    except PARSER_ERRORS as exc:  # a parser tripped over input it did not expect
        log.exception("%s: parser error", name)
        return ParseReport(source=name, status=ParseStatus.FAILED,
                           reason=f"{name}: parser error {type(exc).__name__}: {exc}",
                           seconds=time.perf_counter() - t0)
    warnings = [w for r in records for w in r.warnings]
    return ParseReport(source=name, records=records, warnings=warnings,
                       status=ParseStatus.WARNINGS if warnings else ParseStatus.PARSED,
                       reason=_summary(warnings) or None,
                       form=records[0].form if records else None,
                       seconds=time.perf_counter() - t0)
