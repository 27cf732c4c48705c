"""Which kind of input a file is, and which form it holds, read from its content.

Never from the file name: EDGAR downloads are named by accession number, investigators rename
them, and ``.txt`` may hold SGML, XML or HTML. :func:`detect` looks, in order, for

1. an EDGAR SGML wrapper (``<SEC-DOCUMENT>``, ``<SEC-HEADER>``, ``<SUBMISSION>``, a PEM privacy
   header, or a bare ``<DOCUMENT>`` cut out of a submission);
2. an XML root element: ``edgarSubmission`` in the ``http://www.sec.gov/edgar/schedule13D`` or
   ``.../schedule13g`` namespace (Schedule 13D/G, 2024+), ``edgarSubmission`` with
   ``<submissionType>D`` (Form D), ``ownershipDocument`` (Forms 3/4/5, by ``documentType``);
3. HTML markup (the form is then guessed from the text with tags stripped);
4. phrases in plain text: "SCHEDULE 13D", "SCHEDULE 13G", "FORM D" / "NOTICE OF SALE OF
   SECURITIES", "FORM 4" with "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP" (the earliest wins).

Examples
--------
>>> src = SourceText("a.xml", '<?xml version="1.0"?><ownershipDocument><documentType>4'
...                  '</documentType></ownershipDocument>')
>>> d = detect(src)
>>> (d.kind.value, d.form)
('ownership_xml', '4')
>>> detect(SourceText("b.txt", "SCHEDULE 13G\\n(Amendment No. 2)\\nAcme")).form
'SC 13G/A'
"""

from __future__ import annotations

import html
import re
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit import regex_cache
from graphkit.errors import UnsupportedFormError
from graphkit.models import FormFamily
from graphkit.source import SourceText
from graphkit.xml_form_value import own_form_value, xml_value

#: Characters of a file looked at for wrappers and titles.
HEAD_CHARS = 20000


class InputKind(str, Enum):
    """The container or layout of an input, which decides the parser."""

    SGML_SUBMISSION = "sgml_submission"
    SCHEDULE13_XML = "schedule13_xml"
    FORMD_XML = "formd_xml"
    OWNERSHIP_XML = "ownership_xml"
    SCHEDULE13_TEXT = "schedule13_text"
    FORMD_TEXT = "formd_text"
    OWNERSHIP_TEXT = "ownership_text"
    FORMD_HTML = "formd_html"  # the SEC's XSL rendering of an electronic Form D
    HTML = "html"

    def __str__(self) -> str:
        return self.value


class DetectedInput(BaseModel):
    """What :func:`detect` found: the input kind and, when known, the form and XML root."""

    model_config = ConfigDict(frozen=True)

    kind: InputKind
    form: Optional[str] = None
    family: Optional[FormFamily] = None
    root: Optional[str] = None
    namespace: Optional[str] = None
    #: Set when the XML does not state its form and it was told from its content: what told it,
    #: e.g. "<primaryIssuer> with <offeringData>" (the parse then warns)
    inferred_from: Optional[str] = None


#: An EDGAR SGML wrapper near the top, e.g. "<SEC-DOCUMENT>0001420506-24-002350.txt : 20241113",
#: or a bare document cut out of one, "<DOCUMENT>\n<TYPE>4" (its tags may run together:
#: "<DOCUMENT><TYPE>4<SEQUENCE>1")
SGML_MARKER = regex_cache.compile(r"""
    ^\s*(?:-----BEGIN\ PRIVACY-ENHANCED\ MESSAGE-----|<SEC-DOCUMENT>|<SEC-HEADER>|<SUBMISSION>
         |<DOCUMENT>\s*<TYPE>)
""", re.VERBOSE)

#: The submission type in either header style: "CONFORMED SUBMISSION TYPE:\tSC 13G" or "<TYPE>D/A"
SGML_FORM = regex_cache.compile(r"""
    ^(?:CONFORMED\ SUBMISSION\ TYPE:[ \t]*|<TYPE>[ \t]*)(?P<form>[^\n]*?)[ \t]*$
""", re.VERBOSE | re.MULTILINE)

#: The first XML element, e.g. '<edgarSubmission xmlns="http://www.sec.gov/edgar/schedule13g">'
XML_ROOT = regex_cache.compile(r"""
    <(?P<name>[A-Za-z_][\w.\-]*:?[\w.\-]*)(?P<attrs>[^>]*)>
""", re.VERBOSE)

#: A default namespace declaration, e.g. 'xmlns="http://www.sec.gov/edgar/schedule13D"'
XML_NAMESPACE = regex_cache.compile(r"""xmlns\s*=\s*["'](?P<ns>[^"']+)["']""", re.VERBOSE)

#: The XML markup that is not an element, skipped to find the root: "<?xml ...?>",
#: "<!-- ... -->", "<!DOCTYPE ...>"
XML_NON_ELEMENTS = regex_cache.compile(r"""
    <\?[\s\S]*?\?> | <!--[\s\S]*?--> | <!DOCTYPE[^>]*>
""", re.VERBOSE)

#: The XML declaration that opens a file, with the whitespace after it: '<?xml version="1.0"?>'
XML_DECLARATION = regex_cache.compile(r"""^<\?xml[^>]*>\s*""", re.VERBOSE)

#: A supported XML root at the very start, without declaration: "<ownershipDocument>"
XML_FORM_ROOT = regex_cache.compile(r"""<(?:ownershipDocument|edgarSubmission)\b""", re.VERBOSE)

#: HTML markup near the top, e.g. "<html>", "<!DOCTYPE html", "<body", "<p align=center>".
#: Not <TABLE>, <CAPTION>, <PAGE>, <S>, <C>: pre-2001 EDGAR *text* documents use those.
HTML_MARKER = regex_cache.compile(r"""
    <(?:!DOCTYPE\s+html|html|head|body|div|p|font|pre|br|tr|td|b|i|u)[\s>/]
""", re.VERBOSE | re.IGNORECASE)

#: Titles of supported forms in text, e.g. "SCHEDULE 13G", "Schedule 13-D", "FORM D",
#: "NOTICE OF SALE OF SECURITIES", "FORM 4 ... STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP"
FORM_TITLE = regex_cache.compile(r"""
      (?P<s13>SCHEDULE\s+13\s*-?\s*(?P<dg>[DG])\b)
    | (?P<formd>NOTICE\s+OF\s+(?:EXEMPT\s+OFFERING|SALE)\s+OF\s+SECURITIES|^\W*FORM\s+D\W*$)
    | (?P<own>^\W*FORM\s+(?P<own_no>[345])\W*$
        (?=[\s\S]{0,600}?(?:STATEMENT\s+OF\s+CHANGES\s+IN\s+BENEFICIAL\s+OWNERSHIP
                          |STATEMENT\s+OF\s+BENEFICIAL\s+OWNERSHIP)))
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

#: An amendment number on a cover page, e.g. "(Amendment No. 3)", "Amendment No:  3"
AMENDMENT_NO = regex_cache.compile(r"""
    Amendment\s+No\.?\s*:?\s*(?P<no>\d{1,3})\b
""", re.VERBOSE | re.IGNORECASE)

#: An original statement printed with an amendment line: "Amendment No. 0", "(Amendment No. )"
NO_AMENDMENT = regex_cache.compile(r"""
    Amendment\s+No\.?\s*:?\s*0\b | Amendment\s+No\.?\s*\)
""", re.VERBOSE | re.IGNORECASE)

#: The elements of an ``edgarSubmission`` that name its form when ``submissionType`` is missing
#: (a trimmed copy), e.g. "<primaryIssuer>" or "<ns1:offeringData>": each group below is held
#: by one form only (Form D; Schedule 13D; Schedule 13G), as the SEC's schemas define them
CONTENT_ELEMENT = regex_cache.compile(r"""
    <(?:\w+:)?(?:
        (?P<issuer>primaryIssuer)
      | (?P<formd>offeringData|relatedPersonsList)
      | (?P<s13d>items1To7|reportingPersonInfo)
      | (?P<s13g>coverPageHeaderReportingPersonDetails|eventDateRequiresFilingThisStatement)
    )[\s/>]
""", re.VERBOSE)

#: A Form D's amendment flag: "<isAmendment>true</isAmendment>" (a Form D/A)
FORMD_AMENDMENT = regex_cache.compile(r"""<(?:\w+:)?isAmendment>\s*(?:true|1)\s*<""",
                                      re.VERBOSE | re.IGNORECASE)

#: A Schedule 13D/G amendment's number, e.g. "<amendmentNo>3</amendmentNo>"
AMENDMENT_ELEMENT = regex_cache.compile(r"""
    <(?:\w+:)?amendmentNo>\s*(?P<no>\d{1,3})\s*</
""", re.VERBOSE)

_TAG = regex_cache.compile(r"<[^>]{0,2000}>")

_FAMILIES = {"13D": FormFamily.SCHEDULE_13D, "13G": FormFamily.SCHEDULE_13G, "D": FormFamily.FORM_D,
             "3": FormFamily.FORM_3, "4": FormFamily.FORM_4, "5": FormFamily.FORM_5}


def form_family(form: str | None) -> FormFamily | None:
    """The :class:`FormFamily` of an SEC form name, or None if graphkit has no parser for it.

    >>> form_family("SCHEDULE 13G/A")
    <FormFamily.SCHEDULE_13G: 'schedule_13g'>
    >>> form_family("D/A").value, form_family("10-K")
    ('form_d', None)
    """
    if not form:
        return None
    f = form.upper().replace("SCHEDULE", "SC").split("/")[0].strip()
    if f in ("SC 13D", "SC13D"):
        return _FAMILIES["13D"]
    if f in ("SC 13G", "SC13G"):
        return _FAMILIES["13G"]
    return _FAMILIES.get(f)


def html_head_text(head: str) -> str:
    """The words of an HTML head as a reader sees them: tags dropped, entities decoded and
    no-break spaces made spaces, so a title typeset "SCHEDULE&nbsp;13D" reads "SCHEDULE 13D".

    >>> html_head_text("<p><b>SCHEDULE&nbsp;13D</b></p><p>(Amendment&#160;No.&nbsp;2)</p>")
    ' SCHEDULE 13D  (Amendment No. 2) '
    """
    return html.unescape(_TAG.sub(" ", head)).replace("\u00a0", " ")


def classify_text(text: str) -> tuple[InputKind, str] | None:
    """The text kind and form named by the earliest form title in ``text``, or None.

    >>> classify_text("FORM D\\nNOTICE OF SALE OF SECURITIES")
    (<InputKind.FORMD_TEXT: 'formd_text'>, 'D')
    >>> classify_text("Annual report on Form 10-K") is None
    True
    """
    m = FORM_TITLE.search(text[:HEAD_CHARS])
    if m is None:
        return None
    if m["s13"]:
        dg = m["dg"].upper()
        rest = text[m.end(): m.end() + 1500]
        amended = bool(AMENDMENT_NO.search(rest)) and not NO_AMENDMENT.search(rest)
        return InputKind.SCHEDULE13_TEXT, f"SC 13{dg}" + ("/A" if amended else "")
    if m["formd"]:
        return InputKind.FORMD_TEXT, "D"
    return InputKind.OWNERSHIP_TEXT, m["own_no"]


#: The families each form element may name, by its tag: a form 4 in a Form D's
#: ``<submissionType>`` is no Form D's form
_TAG_FAMILIES = {"documentType": (FormFamily.FORM_3, FormFamily.FORM_4, FormFamily.FORM_5),
                 "submissionType": (FormFamily.FORM_D, FormFamily.SCHEDULE_13D,
                                    FormFamily.SCHEDULE_13G)}


def _form_value(tag: str, src: SourceText, head: str) -> str | None:
    """The form ``tag`` names in ``head``, else further on: software that writes the elements
    in another order may put ``<submissionType>`` after a long ``<formData>``. Further on only
    the root's own element counts (a child of the root or of its header) and only when it names
    a form of the root's kind: not one quoted in a remark or footnote.

    >>> text = "<edgarSubmission><formData>" + "x" * HEAD_CHARS + "</formData><headerData>" \\
    ...        "<submissionType>SCHEDULE 13G</submissionType></headerData></edgarSubmission>"
    >>> _form_value("submissionType", SourceText("a.xml", text), text[:HEAD_CHARS])
    'SCHEDULE 13G'
    >>> _form_value("submissionType", SourceText("a.xml", text.replace("SCHEDULE 13G", "4")),
    ...             text[:HEAD_CHARS]) is None
    True
    """
    found = xml_value(tag, head)
    if found is None and len(src.text) > HEAD_CHARS:
        own, value = own_form_value(tag, src.text)
        if own and form_family(value) in _TAG_FAMILIES[tag]:
            found = value
    return found


def _form_from_content(head: str, ns: str | None) -> tuple[str | None, str | None]:
    """The form of an ``edgarSubmission`` without ``submissionType``, told from its namespace
    or content, and what told it; (None, None) when they do not tell one form.

    Form D: ``<primaryIssuer>`` with ``<offeringData>`` or ``<relatedPersonsList>``.
    Schedule 13D/G: the namespace, else elements only one of them has; an amendment when it
    gives an ``<amendmentNo>`` above 0.

    >>> _form_from_content("<edgarSubmission><primaryIssuer/><offeringData/>", None)
    ('D', '<primaryIssuer> with <offeringData>')
    >>> _form_from_content("<edgarSubmission><items1To7/><amendmentNo>2</amendmentNo>", None)
    ('SCHEDULE 13D/A', '<items1To7>, <amendmentNo>2</amendmentNo>')
    >>> _form_from_content("<edgarSubmission><primaryIssuer/><items1To7/>", None)
    (None, None)
    >>> _form_from_content("<edgarSubmission><primaryIssuer/><offeringData><typeOfFiling>"
    ...                    "<newOrAmendment><isAmendment>true</isAmendment>", None)[0]
    'D/A'
    >>> _form_from_content("<edgarSubmission xmlns='x/ownership'><items1To7/>", "x/ownership")
    (None, None)
    """
    if ns and not ns.lower().endswith(("/schedule13d", "/schedule13g", "/formd")):
        return None, None  # another form's namespace: no guess from elements it may share
    found: dict[str, str] = {}
    for m in CONTENT_ELEMENT.finditer(head):
        found.setdefault(m.lastgroup or "", m[m.lastgroup or 0])
    low = (ns or "").lower()
    s13 = "D" if low.endswith("/schedule13d") else "G" if low.endswith("/schedule13g") else None
    if s13 is None and not (found.keys() & {"issuer", "formd"}):
        kinds = found.keys() & {"s13d", "s13g"}
        s13 = {"s13d": "D", "s13g": "G"}[kinds.pop()] if len(kinds) == 1 else None
    if s13 is not None:
        why = f"the namespace {ns}" if ns and low.endswith(("13d", "13g")) else \
            f"<{found['s13' + s13.lower()]}>"
        am = AMENDMENT_ELEMENT.search(head)
        if am is not None and int(am["no"]) > 0:
            return f"SCHEDULE 13{s13}/A", f"{why}, <amendmentNo>{am['no']}</amendmentNo>"
        return f"SCHEDULE 13{s13}", why
    if "issuer" in found and "formd" in found and not found.keys() & {"s13d", "s13g"}:
        why = f"<primaryIssuer> with <{found['formd']}>"
        if FORMD_AMENDMENT.search(head):
            return "D/A", f"{why}, <isAmendment>true</isAmendment>"
        return "D", why
    return None, None


def _detect_xml(src: SourceText, head: str) -> DetectedInput:
    body = XML_NON_ELEMENTS.sub(" ", head)
    m = XML_ROOT.search(body)
    root = m["name"].split(":")[-1] if m else ""
    ns_m = XML_NAMESPACE.search(m["attrs"]) if m else None
    ns = ns_m["ns"] if ns_m else None
    if root == "ownershipDocument":
        form = _form_value("documentType", src, head)
        return DetectedInput(kind=InputKind.OWNERSHIP_XML, form=form, family=form_family(form),
                             root=root)
    if root == "edgarSubmission":
        form = _form_value("submissionType", src, head)
        inferred = None
        if form is None:  # the guess reads elements, not comments
            form, inferred = _form_from_content(body, ns)
        low = (ns or "").lower()
        if low.endswith(("/schedule13d", "/schedule13g")) or form_family(form) in (
                FormFamily.SCHEDULE_13D, FormFamily.SCHEDULE_13G):
            return DetectedInput(kind=InputKind.SCHEDULE13_XML, form=form,
                                 family=form_family(form), root=root, namespace=ns,
                                 inferred_from=inferred)
        if form_family(form) is FormFamily.FORM_D:
            return DetectedInput(kind=InputKind.FORMD_XML, form=form, family=FormFamily.FORM_D,
                                 root=root, namespace=ns, inferred_from=inferred)
    raise UnsupportedFormError(
        f"XML root <{root or '?'}>{' in namespace ' + ns if ns else ''} is not a supported form "
        "(supported: Schedule 13D/G, Form D, Forms 3/4/5)", source=src.path)


def detect(src: SourceText) -> DetectedInput:
    """Detect the input kind and form of ``src`` from its content.

    Raises
    ------
    UnsupportedFormError
        If no supported form is found; the message names the file.

    See also
    --------
    graphkit.parse.parse_source
    """
    head = src.text[:HEAD_CHARS].lstrip("\ufeff \t\n")
    if SGML_MARKER.match(head):
        m = SGML_FORM.search(head)
        if m is None:  # "<ACCESSION-NUMBER>...<TYPE>4<PERIOD>...": tags run together
            from graphkit.parsers.sgml_lines import break_tag_lines

            rebuilt = break_tag_lines(SourceText(src.path, head))
            m = SGML_FORM.search(rebuilt.source.text) if rebuilt else None
        form = m["form"] if m else None
        return DetectedInput(kind=InputKind.SGML_SUBMISSION, form=form, family=form_family(form))
    if head.startswith("<?xml") or XML_FORM_ROOT.match(head):
        if not HTML_MARKER.match(XML_DECLARATION.sub("", head)):
            return _detect_xml(src, head)
    if HTML_MARKER.search(head[:4000]):
        from graphkit.parsers.formd_html import looks_like_formd_html

        if looks_like_formd_html(src.text):
            return DetectedInput(kind=InputKind.FORMD_HTML, form="D", family=form_family("D"))
        found = classify_text(html_head_text(head))
        form = found[1] if found else None
        return DetectedInput(kind=InputKind.HTML, form=form, family=form_family(form))
    found = classify_text(head)
    if found is None:
        raise UnsupportedFormError(
            "no supported form found (looked for Schedule 13D/13G, Form D and Forms 3/4/5 "
            "titles)", source=src.path)
    kind, form = found
    return DetectedInput(kind=kind, form=form, family=form_family(form))
