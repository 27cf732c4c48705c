"""EDGAR full submissions: the SGML header and the documents inside.

A full submission is what EDGAR serves as ``<accession>.txt`` (``<SEC-DOCUMENT>`` with a
``KEY:<tab>value`` header) or disseminates as ``.nc`` (``<SUBMISSION>`` with ``<TAG>value``
lines), sometimes inside a PEM "privacy-enhanced message" wrapper. Both hold a header naming the
subject company, the filer(s), reporting owners and issuer, then one ``<DOCUMENT>`` per file:
the form itself, exhibits, graphics (uuencoded), PDFs.

:func:`split_submission` reads both styles into a :class:`Submission`. Each document's text is a
:class:`~graphkit.source.SourceText` whose ``offset``/``line_offset`` place it in the original
file, so evidence cites the submission's own line numbers. ``<XML>`` wrappers are removed (the
XML text keeps its place); uuencoded and ``<PDF>`` bodies are flagged ``binary``.

Caveat: the header is EDGAR's index data, not the filer's words. Conformed names are upper-cased
and abbreviated ("ROE J Q INVESTMENTS LP"); parsers prefer the names in the form itself and use
the header for CIKs, dates and (old Form 4) relationships.

Examples
--------
>>> text = ("<SUBMISSION>\\n<ACCESSION-NUMBER>0000000000-24-000001\\n<TYPE>D\\n"
...         "<FILING-DATE>20240111\\n<FILER>\\n<COMPANY-DATA>\\n<CONFORMED-NAME>ACME FUND LP\\n"
...         "<CIK>0000000001\\n</COMPANY-DATA>\\n</FILER>\\n<DOCUMENT>\\n<TYPE>D\\n<SEQUENCE>1\\n"
...         "<FILENAME>primary_doc.xml\\n<TEXT>\\n<XML>\\n<edgarSubmission/>\\n</XML>\\n"
...         "</TEXT>\\n</DOCUMENT>\\n</SUBMISSION>\\n")
>>> sub = split_submission(SourceText("x.nc", text))
>>> sub.header.form_type, sub.header.filed_date, sub.header.companies[0].cik
('D', datetime.date(2024, 1, 11), '0000000001')
>>> doc = sub.documents[0]
>>> (doc.type, doc.filename, doc.source.text.strip(), doc.source.line_of(0))
('D', 'primary_doc.xml', '<edgarSubmission/>', 17)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.dates import parse_date
from graphkit.models import FilingWarning, FormerName, HeaderCompany, SubmissionHeader
from graphkit.parsers.sgml_lines import break_tag_lines
from graphkit.source import SourceText

#: Header sections that open a company block, in both styles ("FILED BY:", "<FILED-BY>")
SECTION_ROLES = {"SUBJECT-COMPANY": "subject_company", "FILED-BY": "filed_by", "FILER": "filer",
                 "REPORTING-OWNER": "reporting_owner", "ISSUER": "issuer"}

#: Sub-blocks of a company block; keys inside them are read with the block as context
SUB_BLOCKS = {"COMPANY-DATA", "OWNER-DATA", "FILING-VALUES", "BUSINESS-ADDRESS", "MAIL-ADDRESS",
              "FORMER-COMPANY", "FORMER-NAME"}

#: One header line in either style: "<CIK>0000704562", "</FILER>", "\t\tCITY:\t\tTUSTIN",
#: "FILED BY:\t\t"
HEADER_LINE = regex_cache.compile(r"""
    ^[ \t]*(?:
        <(?P<close>/)?(?P<tag>[A-Z0-9][A-Z0-9\-]*)>[ \t]*(?P<tagval>[^\n]*?)   # <TAG>value
      | (?P<key>[A-Z][A-Z0-9 \-/&()]*?):[ \t]*(?P<keyval>[^\n]*?)             # KEY: value
    )[ \t]*$
""", re.VERBOSE | re.MULTILINE)

#: The first document tag of a submission, which ends the header: "<DOCUMENT>"
FIRST_DOCUMENT = regex_cache.compile(r"""^<DOCUMENT>""", re.VERBOSE | re.MULTILINE)

#: The line opening one document: "<DOCUMENT>\n". Its body runs to the next line starting
#: "</DOCUMENT>" or "<DOCUMENT>" (the closing tag may be missing), else to the end of the file;
#: those ends are found with ``str.find`` (:func:`_document_spans`), not by a lazy pattern.
DOCUMENT_OPEN = regex_cache.compile(r"""^<DOCUMENT>[ \t]*\n""", re.VERBOSE | re.MULTILINE)

#: A document's metadata line before <TEXT>, e.g. "<TYPE>SC 13G/A", "<FILENAME>primary_doc.xml"
DOC_META = regex_cache.compile(r"""
    ^<(?P<tag>TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*(?P<value>[^\n]*?)[ \t]*$
""", re.VERBOSE | re.MULTILINE)

#: The start of a document's text: "<TEXT>\n". The text runs to the first "</TEXT>" (the
#: closing tag may be missing: then to the end of the document), found with ``str.find``.
DOC_TEXT = regex_cache.compile(r"""<TEXT>[ \t]*\n?""", re.VERBOSE)

#: The opening of a wrapper EDGAR puts around a document body, e.g. "<XML>\n", "<PDF>"; the
#: body runs to a closing "</XML>" followed only by white space (:data:`WRAPPER_TAIL`), else to
#: the end of the text
BODY_WRAPPER = regex_cache.compile(r"""\s*<(?P<wrap>XML|PDF|XBRL|JSON)>[ \t]*\n?""", re.VERBOSE)

#: What may follow a wrapper's closing tag to the end of the text: white space only, e.g. "\n"
WRAPPER_TAIL = regex_cache.compile(r"""\s*""", re.VERBOSE)

#: A uuencoded body, e.g. "begin 644 acmex99ftlf.pdf"
UUENCODED = regex_cache.compile(r"""^begin\ [0-7]{3}\ \S+""", re.VERBOSE | re.MULTILINE)

_TOP_KEYS = {"ACCESSION-NUMBER": "accession_number", "CONFORMED-SUBMISSION-TYPE": "form_type",
             "TYPE": "form_type", "FILED-AS-OF-DATE": "filed_date", "FILING-DATE": "filed_date",
             "CONFORMED-PERIOD-OF-REPORT": "period", "PERIOD": "period"}
_NAME_KEYS = {"COMPANY-CONFORMED-NAME", "CONFORMED-NAME"}
_CIK_KEYS = {"CENTRAL-INDEX-KEY", "CIK"}
_IRS_KEYS = {"IRS-NUMBER", "EIN"}
_FORMER_BLOCKS = {"FORMER-COMPANY", "FORMER-NAME"}
_FORMER_NAME_KEYS = {"FORMER-CONFORMED-NAME", "FORMER-NAME"}
_NAME_CHANGE_KEYS = {"DATE-OF-NAME-CHANGE", "DATE-CHANGED"}
_ADDRESS_KEYS = ("STREET-1", "STREET1", "STREET-2", "STREET2", "CITY", "STATE", "ZIP")

#: A header's group member, one a line ("GROUP MEMBERS:\t\tACME FUND LP"), sometimes with its
#: CIK: "ACME VALUE FUND, INC. CIK: 0000000042"
GROUP_MEMBER = regex_cache.compile(r"""
    ^\s*(?P<name>.*?\S)(?:\s+CIK\s*:?\s*(?P<cik>\d{4,10}))?\s*$
""", re.VERBOSE)


class SubmissionDocument(BaseModel):
    """One ``<DOCUMENT>`` of a submission, its metadata and its text (placed in the file)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    type: Optional[str] = None
    sequence: Optional[int] = None
    filename: Optional[str] = None
    description: Optional[str] = None
    wrapper: Optional[str] = None  # "XML", "PDF"... when the body was wrapped
    binary: bool = False  # uuencoded or PDF body: nothing to read as text
    closed: bool = True  # False when the file ends inside it: the submission was cut short
    source: SourceText

    @property
    def is_exhibit(self) -> bool:
        """Exhibits, graphics and other attachments (``EX-99.1``, ``GRAPHIC``, ``ZIP``...)."""
        t = (self.type or "").upper()
        return t.startswith(("EX-", "EX ", "GRAPHIC", "ZIP", "XML", "JSON", "COVER", "CORRESP",
                             "PDF", "XBRL"))


class Submission(BaseModel):
    """A split full submission: its header and documents in file order."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    header: SubmissionHeader
    documents: list[SubmissionDocument] = Field(default_factory=list)
    warnings: list[FilingWarning] = Field(default_factory=list)  # about the file's layout


#: What joins the words of a header key: "FILED BY" and "FILED_BY" are "FILED-BY"
KEY_SPACES = regex_cache.compile(r"""[\s_]+""", re.VERBOSE)


@lru_cache(maxsize=1024)  # the few dozen keys EDGAR headers use, in every submission
def _norm_key(key: str) -> str:
    return KEY_SPACES.sub("-", key.strip().upper())


def _address(parts: dict[str, str]) -> Optional[str]:
    street = ", ".join(parts[k] for k in ("STREET-1", "STREET1", "STREET-2", "STREET2")
                       if parts.get(k))
    city_line = " ".join(v for v in (parts.get("STATE"), parts.get("ZIP")) if v)
    out = ", ".join(v for v in (street, parts.get("CITY"), city_line) if v)
    return out or None


def _read_former(former: list[FormerName], src: SourceText, m: re.Match, key: str,
                 value: str) -> None:
    """One line of a FORMER COMPANY block: a name opens a former name, a date of change
    completes the last one."""
    if key in _FORMER_NAME_KEYS and value.strip():
        group = "tagval" if m["tag"] else "keyval"
        former.append(FormerName(name=value.strip(), evidence=src.evidence(
            m.start(group), m.end(group), section="SGML header: former name")))
    elif key in _NAME_CHANGE_KEYS and former and former[-1].changed is None:
        former[-1] = former[-1].model_copy(update={"changed": parse_date(value)})


def parse_header(src: SourceText, end: int) -> SubmissionHeader:
    """Read the SGML header in ``src.text[:end]`` (either ``.txt`` or ``.nc`` style).

    Company blocks (SUBJECT COMPANY, FILED BY...) come first in file order, then the GROUP
    MEMBERS lines as companies of role ``group_member``. A company's FORMER COMPANY blocks
    give its :attr:`~graphkit.models.HeaderCompany.former_names`.

    >>> h = parse_header(SourceText("x", "GROUP MEMBERS:\\t\\tACME FUND LP\\n"
    ...                             "GROUP MEMBERS:\\t\\tNONE\\n"), 100)
    >>> [(c.role, c.name, c.cik) for c in h.companies]
    [('group_member', 'ACME FUND LP', None)]
    """
    top: dict[str, str] = {}
    companies: list[HeaderCompany] = []
    members: list[HeaderCompany] = []  # GROUP MEMBERS lines: names (rarely a CIK), no block
    cur: Optional[dict] = None
    block = ""

    def close() -> None:
        nonlocal cur
        if cur and cur.get("name"):
            companies.append(HeaderCompany(
                role=cur["role"], name=cur["name"], cik=cur.get("cik"),
                irs_number=cur.get("irs"), state_of_incorporation=cur.get("state"),
                business_address=_address(cur.get("addr", {})),
                relationship=", ".join(cur.get("rel", [])) or None,
                former_names=cur.get("former", [])))
        cur = None

    for m in HEADER_LINE.finditer(src.text, 0, end):
        if m["tag"]:
            key, value, closing = _norm_key(m["tag"]), m["tagval"], bool(m["close"])
        else:
            key, value, closing = _norm_key(m["key"]), m["keyval"], False
        if key in SECTION_ROLES:
            close()
            if not closing:
                cur = {"role": SECTION_ROLES[key]}
            block = ""
            continue
        if key in SUB_BLOCKS:
            block = "" if closing else key
            continue
        if key == "GROUP-MEMBERS":
            g = GROUP_MEMBER.match(value)
            if g and g["name"].upper() not in ("NONE", "N/A"):
                members.append(HeaderCompany(role="group_member", name=g["name"], cik=g["cik"]))
            continue
        if key == "RELATIONSHIP" and cur is not None and value:
            cur.setdefault("rel", []).append(value.strip())
            continue
        if cur is None:
            if key in _TOP_KEYS and value and _TOP_KEYS[key] not in top:
                top[_TOP_KEYS[key]] = value
            continue
        if block in ("COMPANY-DATA", "OWNER-DATA") or block == "":
            if key in _NAME_KEYS and value:
                cur.setdefault("name", value)
            elif key in _CIK_KEYS and value:
                cur.setdefault("cik", value)
            elif key in _IRS_KEYS and value and value.strip("0"):
                cur.setdefault("irs", value)
            elif key == "STATE-OF-INCORPORATION" and value:
                cur.setdefault("state", value)
        elif block == "BUSINESS-ADDRESS" and key in _ADDRESS_KEYS and value:
            cur.setdefault("addr", {})[key] = value
        elif block in _FORMER_BLOCKS:
            _read_former(cur.setdefault("former", []), src, m, key, value)
    close()
    return SubmissionHeader(
        accession_number=top.get("accession_number"), form_type=top.get("form_type"),
        filed_date=parse_date(top.get("filed_date")), period=parse_date(top.get("period")),
        companies=companies + members,
        evidence=src.evidence(0, min(end, 300), section="SGML header") if end else None)


#: What may stand before a closing tag on its line besides blanks: the closing tags of the
#: wrappers inside it, "</XML></TEXT>" of "</XML></TEXT></DOCUMENT>" (a re-saved submission)
CLOSINGS_BEFORE = regex_cache.compile(r"""[ \t]*(?:</[A-Za-z-]+>[ \t]*)+""", re.VERBOSE)


def _line_tag(text: str, tag: str, start: int) -> int:
    """Where the first line from ``start`` that holds only blanks before ``tag`` begins, or
    -1: EDGAR's own tags start their line, filer-typed ones may be indented
    ("                    </DOCUMENT>"). After the closing tags of the wrappers inside it
    (:data:`CLOSINGS_BEFORE`), where the tag itself is. Found with ``str.find``, not a
    pattern tried at every line of a long submission.

    >>> _line_tag("A\\n  </DOCUMENT>\\n", "</DOCUMENT>", 0)
    2
    >>> _line_tag("A </DOCUMENT>", "</DOCUMENT>", 0)
    -1
    >>> _line_tag("A\\n</XML></TEXT></DOCUMENT>\\n", "</DOCUMENT>", 0)
    15
    """
    at = text.find(tag, start)
    while at != -1:
        line = text.rfind("\n", 0, at) + 1
        if line >= start:
            if not text[line:at].strip(" \t"):
                return line
            if CLOSINGS_BEFORE.fullmatch(text, line, at):
                return at  # the wrappers' closings stay in the body they close
        at = text.find(tag, at + len(tag))
    return -1


def _document_spans(text: str, start: int) -> list[tuple[int, int, bool]]:
    """(body start, body end, closed) of each ``<DOCUMENT>`` from ``start``, in file order.

    A body ends where a line starts with ``</DOCUMENT>`` (blanks before it allowed) or with
    the next ``<DOCUMENT>`` (a missing closing tag), else at the end of the text: then it is
    not ``closed``, as the file was cut short inside it.

    >>> _document_spans("<DOCUMENT>\\nA\\n</DOCUMENT>\\n<DOCUMENT>\\nB\\n<DOCUMENT>\\nC", 0)
    [(11, 13, True), (36, 38, True), (49, 50, False)]
    >>> _document_spans("<DOCUMENT>\\nA\\n   </DOCUMENT>\\n", 0)
    [(11, 13, True)]
    """
    spans: list[tuple[int, int, bool]] = []
    pos = start
    while (m := DOCUMENT_OPEN.search(text, pos)) is not None:
        body = m.end()  # text[body - 1] is the opening line's break, so a tag at body counts
        close = _line_tag(text, "</DOCUMENT>", body)
        nxt = text.find("\n<DOCUMENT>", body - 1)
        if close != -1 and (nxt == -1 or close < nxt + 1):
            spans.append((body, close, True))
            pos = text.find("</DOCUMENT>", close) + len("</DOCUMENT>")
        elif nxt != -1:
            spans.append((body, nxt + 1, True))
            pos = nxt + 1
        else:
            spans.append((body, len(text), False))
            break
    return spans


def _unwrap(text: str, start: int, end: int) -> tuple[Optional[str], int, int]:
    """The wrapper ("XML", "PDF"...) around ``text[start:end]`` and the span it wraps."""
    w = BODY_WRAPPER.match(text, start, end)
    if not w:
        return None, start, end
    wrap, body = w["wrap"], w.end()
    # the body ends at the first closing tag followed only by white space, else at the end
    closing = f"</{wrap}>"
    at = text.find(closing, body, end)
    while at != -1:
        tail = at + len(closing)
        if WRAPPER_TAIL.match(text, tail, end).end() == end:
            return wrap, body, at
        at = text.find(closing, at + 1, end)
    return wrap, body, end


#: A document saved out of a submission with its wrapper still on: "<XML>" at the very start of
#: a file, before an XML declaration or a supported root ("<XML>\n<?xml version="1.0"?>\n
#: <edgarSubmission>...</XML>")
WRAPPED_XML_FILE = regex_cache.compile(r"""
    \A[\ufeff\s]*(?P<wrap><XML>)\s*(?=<\?xml|<(?:ownershipDocument|edgarSubmission)\b)
""", re.VERBOSE)


def unwrap_file(src: SourceText) -> Optional[SourceText]:
    """The XML document inside the ``<XML>`` wrapper ``src`` opens with, placed in ``src`` (its
    evidence cites the file's own lines), or None when ``src`` has no such wrapper.

    >>> text = "<XML>\\n<?xml version='1.0'?>\\n<edgarSubmission/>\\n</XML>\\n"
    >>> doc = unwrap_file(SourceText(path="d.xml", text=text))
    >>> doc.text, doc.line_of(0)
    ("<?xml version='1.0'?>\\n<edgarSubmission/>\\n", 2)
    >>> unwrap_file(SourceText(path="d.xml", text="<?xml version='1.0'?><edgarSubmission/>")) is None
    True
    """
    m = WRAPPED_XML_FILE.match(src.text)
    if m is None:
        return None
    _, start, end = _unwrap(src.text, m.start("wrap"), len(src.text))
    return SourceText(path=src.path, text=src.text[start:end], offset=src.offset + start,
                      line_offset=src.line_of(start) - 1)


class _LineCounter:
    """The 1-based line (as :meth:`SourceText.line_of` gives it) of positions of ``src`` asked
    in increasing order, each counted from the one before: the documents of a submission are
    placed in one pass over its text, however many there are."""

    def __init__(self, src: SourceText) -> None:
        self.src, self.pos, self.line = src, 0, src.line_of(0)

    def line_of(self, pos: int) -> int:
        if self.src.origin is not None or pos < self.pos:
            return self.src.line_of(pos)
        self.line += self.src.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def _document(src: SourceText, body_start: int, body_end: int, closed: bool = True,
              lines: Optional[_LineCounter] = None) -> SubmissionDocument:
    text = src.text
    t = DOC_TEXT.search(text, body_start, body_end)
    meta_end = t.start() if t else body_end
    meta = {d["tag"]: d["value"] for d in DOC_META.finditer(text, body_start, meta_end)}
    if t:
        close = text.find("</TEXT>", t.end(), body_end)
        start, end = t.end(), close if close != -1 else body_end
    else:
        start, end = meta_end, meta_end
    wrapper, start, end = _unwrap(text, start, end)
    head = text[start:min(end, start + 300)].lstrip()
    binary = wrapper == "PDF" or bool(UUENCODED.match(head))
    seq = meta.get("SEQUENCE", "")
    sub = SourceText(path=src.path, text=text[start:end], offset=src.file_offset(start),
                     line_offset=(lines or src).line_of(start) - 1)
    return SubmissionDocument(
        type=meta.get("TYPE") or None, sequence=int(seq) if seq.isdigit() else None,
        filename=meta.get("FILENAME") or None, description=meta.get("DESCRIPTION") or None,
        wrapper=wrapper, binary=binary, closed=closed, source=sub)


def split_submission(src: SourceText) -> Submission:
    """Split an EDGAR full submission into its header and documents.

    Parameters
    ----------
    src : SourceText
        The decoded ``.txt`` / ``.nc`` submission (a bare ``<DOCUMENT>`` also works).

    Returns
    -------
    Submission
        ``header`` (accession number, form type, dates, companies with CIKs) and ``documents``.

    See also
    --------
    graphkit.parse.parse_source
    """
    warnings: list[FilingWarning] = []
    rebuilt = break_tag_lines(src)  # "<TYPE>4<SEQUENCE>1<FILENAME>...": one tag a line
    if rebuilt is not None:
        warnings.append(FilingWarning(
            code="one-line-tags", source=src.path, line=rebuilt.first_line, message=(
                f"{src.path}: the submission's SGML tags run together without line breaks "
                f"between them (first on line {rebuilt.first_line}); they were read as if each "
                "began a line, and evidence cites the file's own lines, so facts read from one "
                "line share its number")))
        src = rebuilt.source
    first_doc = FIRST_DOCUMENT.search(src.text)
    hdr_end = first_doc.start() if first_doc else len(src.text)
    header = parse_header(src, hdr_end)
    lines = _LineCounter(src)
    docs = [_document(src, s, e, closed, lines)
            for s, e, closed in _document_spans(src.text, hdr_end)]
    return Submission(header=header, documents=docs, warnings=warnings)
