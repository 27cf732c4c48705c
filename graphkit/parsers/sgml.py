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
and abbreviated ("SHAW D E INVESTMENTS LP"); parsers prefer the names in the form itself and use
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
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit.dates import parse_date
from graphkit.models import HeaderCompany, SubmissionHeader
from graphkit.source import SourceText

#: Header sections that open a company block, in both styles ("FILED BY:", "<FILED-BY>")
SECTION_ROLES = {"SUBJECT-COMPANY": "subject_company", "FILED-BY": "filed_by", "FILER": "filer",
                 "REPORTING-OWNER": "reporting_owner", "ISSUER": "issuer"}

#: Sub-blocks of a company block; keys inside them are read with the block as context
SUB_BLOCKS = {"COMPANY-DATA", "OWNER-DATA", "FILING-VALUES", "BUSINESS-ADDRESS", "MAIL-ADDRESS",
              "FORMER-COMPANY", "FORMER-NAME"}

#: One header line in either style: "<CIK>0000704562", "</FILER>", "\t\tCITY:\t\tTUSTIN",
#: "FILED BY:\t\t"
HEADER_LINE = re.compile(r"""
    ^[ \t]*(?:
        <(?P<close>/)?(?P<tag>[A-Z0-9][A-Z0-9\-]*)>[ \t]*(?P<tagval>[^\n]*?)   # <TAG>value
      | (?P<key>[A-Z][A-Z0-9 \-/&()]*?):[ \t]*(?P<keyval>[^\n]*?)             # KEY: value
    )[ \t]*$
""", re.VERBOSE | re.MULTILINE)

#: One document: "<DOCUMENT>" ... "</DOCUMENT>" (the closing tag may be missing at end of file)
DOCUMENT_BLOCK = re.compile(r"""
    ^<DOCUMENT>[ \t]*\n (?P<body>[\s\S]*?) (?:^</DOCUMENT>|(?=^<DOCUMENT>)|\Z)
""", re.VERBOSE | re.MULTILINE)

#: A document's metadata line before <TEXT>, e.g. "<TYPE>SC 13G/A", "<FILENAME>primary_doc.xml"
DOC_META = re.compile(r"""
    ^<(?P<tag>TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*(?P<value>[^\n]*?)[ \t]*$
""", re.VERBOSE | re.MULTILINE)

#: The text of a document: "<TEXT>\n" ... "</TEXT>" (closing tag may be missing)
DOC_TEXT = re.compile(r"""
    <TEXT>[ \t]*\n? (?P<text>[\s\S]*?) (?:</TEXT>|\Z)
""", re.VERBOSE)

#: Wrappers EDGAR puts around a document body, e.g. "<XML>", "<PDF>", "begin 644 file.pdf"
BODY_WRAPPER = re.compile(r"""
    \s*<(?P<wrap>XML|PDF|XBRL|JSON)>[ \t]*\n? (?P<body>[\s\S]*?) (?:</(?P=wrap)>\s*\Z|\Z)
""", re.VERBOSE)

#: A uuencoded body, e.g. "begin 644 acmex99ftlf.pdf"
UUENCODED = re.compile(r"""^begin\ [0-7]{3}\ \S+""", re.VERBOSE | re.MULTILINE)

_TOP_KEYS = {"ACCESSION-NUMBER": "accession_number", "CONFORMED-SUBMISSION-TYPE": "form_type",
             "TYPE": "form_type", "FILED-AS-OF-DATE": "filed_date", "FILING-DATE": "filed_date",
             "CONFORMED-PERIOD-OF-REPORT": "period", "PERIOD": "period"}
_NAME_KEYS = {"COMPANY-CONFORMED-NAME", "CONFORMED-NAME"}
_CIK_KEYS = {"CENTRAL-INDEX-KEY", "CIK"}
_IRS_KEYS = {"IRS-NUMBER", "EIN"}
_ADDRESS_KEYS = ("STREET-1", "STREET1", "STREET-2", "STREET2", "CITY", "STATE", "ZIP")


class SubmissionDocument(BaseModel):
    """One ``<DOCUMENT>`` of a submission, its metadata and its text (placed in the file)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    type: Optional[str] = None
    sequence: Optional[int] = None
    filename: Optional[str] = None
    description: Optional[str] = None
    wrapper: Optional[str] = None  # "XML", "PDF"... when the body was wrapped
    binary: bool = False  # uuencoded or PDF body: nothing to read as text
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


def _norm_key(key: str) -> str:
    return re.sub(r"[\s_]+", "-", key.strip().upper())


def _address(parts: dict[str, str]) -> Optional[str]:
    street = ", ".join(parts[k] for k in ("STREET-1", "STREET1", "STREET-2", "STREET2")
                       if parts.get(k))
    city_line = " ".join(v for v in (parts.get("STATE"), parts.get("ZIP")) if v)
    out = ", ".join(v for v in (street, parts.get("CITY"), city_line) if v)
    return out or None


def parse_header(src: SourceText, end: int) -> SubmissionHeader:
    """Read the SGML header in ``src.text[:end]`` (either ``.txt`` or ``.nc`` style)."""
    top: dict[str, str] = {}
    companies: list[HeaderCompany] = []
    cur: Optional[dict] = None
    block = ""

    def close() -> None:
        nonlocal cur
        if cur and cur.get("name"):
            companies.append(HeaderCompany(
                role=cur["role"], name=cur["name"], cik=cur.get("cik"),
                irs_number=cur.get("irs"), state_of_incorporation=cur.get("state"),
                business_address=_address(cur.get("addr", {})),
                relationship=", ".join(cur.get("rel", [])) or None))
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
    close()
    return SubmissionHeader(
        accession_number=top.get("accession_number"), form_type=top.get("form_type"),
        filed_date=parse_date(top.get("filed_date")), period=parse_date(top.get("period")),
        companies=companies,
        evidence=src.evidence(0, min(end, 300), section="SGML header") if end else None)


def _document(src: SourceText, m: re.Match) -> SubmissionDocument:
    body_start = m.start("body")
    body = m["body"]
    t = DOC_TEXT.search(body)
    meta_end = t.start() if t else len(body)
    meta = {d["tag"]: d["value"] for d in DOC_META.finditer(body, 0, meta_end)}
    start, end = (body_start + t.start("text"), body_start + t.end("text")) if t else (
        body_start + meta_end, body_start + meta_end)
    wrapper = None
    w = BODY_WRAPPER.match(src.text, start, end)
    if w:
        wrapper = w["wrap"]
        start, end = w.start("body"), w.end("body")
    head = src.text[start:min(end, start + 300)].lstrip()
    binary = wrapper == "PDF" or bool(UUENCODED.match(head))
    seq = meta.get("SEQUENCE", "")
    sub = SourceText(path=src.path, text=src.text[start:end], offset=src.offset + start,
                     line_offset=src.line_of(start) - 1)
    return SubmissionDocument(
        type=meta.get("TYPE") or None, sequence=int(seq) if seq.isdigit() else None,
        filename=meta.get("FILENAME") or None, description=meta.get("DESCRIPTION") or None,
        wrapper=wrapper, binary=binary, source=sub)


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
    first_doc = re.search(r"^<DOCUMENT>", src.text, re.MULTILINE)
    hdr_end = first_doc.start() if first_doc else len(src.text)
    header = parse_header(src, hdr_end)
    docs = [_document(src, m) for m in DOCUMENT_BLOCK.finditer(src.text, hdr_end)]
    return Submission(header=header, documents=docs)
