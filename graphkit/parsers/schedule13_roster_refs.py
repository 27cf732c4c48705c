"""Which organization an appendix's roster belongs to, from the sentence that points to it.

A corporate filer often writes its Instruction C roster as a bare appendix: a heading
"Appendix A" (or "Schedule I", "Annex 1") over a table of names and titles, with no line saying
whose officers they are. Item 2 says it instead: "Information regarding the identity and
background of the Reporting Person's directors and executive officers is set forth in Appendix
A", "The name ... of each director and executive officer of Acme Corp. are set forth on Schedule
I hereto". :func:`note_reference` reads such a sentence at a roster lead
(:data:`~graphkit.parsers.schedule13_roster.ROSTER_LEAD`) into a map from the appendix's label to
the organization; :func:`referenced_org` gives the organization of a heading.

A label that two sentences give to different organizations gives none.

Examples
--------
>>> from graphkit.parsers.schedule13_roster import ROSTER_LEAD
>>> text = ("Information regarding the Reporting Person's directors and executive officers "
...         "is set forth in Appendix A attached hereto.")
>>> refs = {}
>>> note_reference(text, ROSTER_LEAD.search(text), refs)
>>> referenced_org("APPENDIX A", refs), referenced_org("Appendix B", refs)
('Reporting Person', None)
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.business_address import LEADING_THE  # "the" of "the Reporting Person"

_F = re.VERBOSE | re.IGNORECASE

#: The pointer to an appendix after a roster's roles, in the same sentence: "is set forth in
#: Appendix A", "are listed on Schedule I hereto", "is contained in Annex 1", "are set forth
#: on the attached Schedule A" (the label is group ``label``)
APPENDIX_POINTER = regex_cache.compile(r"""
    \b(?:is|are)\s+(?:set\s+forth|listed|contained|included|provided|given)\s+
    (?:in|on)\s+(?:the\s+)?(?:attached\s+)?
    (?P<label>(?:schedule|annex|appendix)\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2}))\b
""", _F)

#: What may stand between a roster lead and its pointer: nothing but spaces, a defined term in
#: parentheses and a comma (the pointer is the verb of the roles themselves: "officers of Acme
#: Corp. ("Acme") are set forth in"; never "..., other than the persons whose names are set
#: forth in", nor a name the lead cut at a line's end, "of Acme Corp.\nand of Beta Inc. are")
POINTER_GAP = regex_cache.compile(r"""\s*(?:\([^()\n]{0,60}\)\s*)?,?\s*""", re.VERBOSE)

#: Words before a lead that make its pointer no roster of one organization: a negation ("None
#: of the Issuer's directors and executive officers is listed in Appendix A"), two owners
#: ("each of the Reporting Person's and the Issuer's directors"); searched back from the lead
#: to the sentence's start (review s24-appendix round 2)
REFUSED_BEFORE = regex_cache.compile(r"""
    \b(?:none|no|neither|nor|not|other\s+than|except)\b(?![^.;]*(?:\.\s|;))
    |['’]s\s+and\s+(?![^.;]*(?:\.\s|;))
""", _F)

#: Where the lead's own clause starts, searched back: a comma, colon, semicolon or sentence end
#: ("Although the Reporting Person is not required to do so, the Reporting Person's directors
#: ...": the negation is another clause's; not the comma of "Acme Holdings, Inc.")
CLAUSE_BREAK = regex_cache.compile(r"""
    ,\s(?!(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|L\.?P|N\.A|plc)\b)|[;:]\s|\.\s+(?=[A-Z])
""", re.VERBOSE)

#: A table header giving the rows' posts at another organization: "Position with the Issuer",
#: "Offices Held with Acme Corp." (the appendix is no roster of the pointer's organization)
POSITION_WITH = regex_cache.compile(r"""
    \b(?:positions?|offices?|titles?)\s+(?:held\s+)?with\b
""", _F)

#: How far under an appendix heading its table header is looked for (characters)
HEADER_REACH = 800

#: The owner of the roles, written as a possessive right before them: "the Reporting
#: Person's " of "the Reporting Person's directors", "Acme Corp.'s " (capitalised words only;
#: not "its", whose antecedent this module does not read)
POSSESSIVE_OWNER = regex_cache.compile(r"""
    (?P<owner>(?:[A-Z][\w.&-]*,?(?:[ \t]+|[ \t]*\n[ \t]*))
              {0,6}[A-Z][\w.&-]*)['’]s\s+(?:executive\s+)?$
""", re.VERBOSE)
#: The end of a sentence inside an owner read by POSSESSIVE_OWNER: a period after a word of
#: five lower-case letters or more ("Background. " of "Identity and Background. Acme Corp.";
#: not the period of "Inc.", "Corp.", "L.P.")
OWNER_SENTENCE_END = regex_cache.compile(r"""(?<=[a-z]{5}\.)\s+""", re.VERBOSE)

#: Where the lead's sentence ends: a period before a space and a capital, a semicolon, a
#: blank line (not the period of "Corp." inside a name: a lower-case word follows it)
SENTENCE_END = regex_cache.compile(r"""\.\s+(?=[A-Z])|;|\n[ \t]*\n""", re.VERBOSE)


#: How far after the roles the pointer may stand, and how far before them the owner
#: (characters)
POINTER_REACH, OWNER_REACH = 300, 100


def _label_key(label: str) -> str:
    """A label compared across spellings: "APPENDIX  A" and "Appendix A" are one."""
    return " ".join(label.lower().split())


def note_reference(text: str, lead: re.Match[str], refs: dict[str, Optional[str]]) -> None:
    """Note in ``refs`` the appendix a roster lead's sentence points to, with the lead's
    organization (its "of" clause, or the possessive owner of its roles); a label noted with
    another organization before is marked ``None`` (ambiguous).

    >>> from graphkit.parsers.schedule13_roster import ROSTER_LEAD
    >>> text = ("The name and principal occupation of each director and executive officer "
    ...         "of Acme Widget Corp. are set forth on Schedule I hereto.")
    >>> refs = {}
    >>> note_reference(text, ROSTER_LEAD.search(text), refs); refs
    {'schedule i': 'Acme Widget Corp.'}
    >>> text = "Acme Corp.'s directors and officers are listed in Schedule I."
    >>> note_reference(text, ROSTER_LEAD.search(text), refs); refs  # two organizations: none
    {'schedule i': None}
    """
    stop = SENTENCE_END.search(text, lead.end(), lead.end() + POINTER_REACH)
    pointer = APPENDIX_POINTER.search(text, lead.end(),
                                      stop.start() if stop else lead.end() + POINTER_REACH)
    if pointer is None or not POINTER_GAP.fullmatch(text, lead.end(), pointer.start()):
        return  # not the roles' own verb: "..., other than the persons whose names are set
        # forth in Appendix A, owns", "of Acme Corp.\nand of Beta Inc. are set forth in"
    lo = max(0, lead.start() - OWNER_REACH)
    clause = max((c.end() for c in CLAUSE_BREAK.finditer(text, lo, lead.start())), default=lo)
    if REFUSED_BEFORE.search(text, clause, lead.start()):
        return  # "None of the Issuer's directors ...", "the Reporting Person's and the Issuer's"
    org = lead["org"].strip() if lead["org"] else None
    if org is None:
        owner = POSSESSIVE_OWNER.search(text, max(0, lead.start() - OWNER_REACH), lead.start())
        org = OWNER_SENTENCE_END.split(owner["owner"])[-1] if owner else None
    if org is None:
        return
    org = LEADING_THE.sub("", " ".join(org.split()))
    key = _label_key(pointer["label"])
    refs[key] = org if refs.get(key, org) == org else None


def referenced_org(heading: str, refs: dict[str, Optional[str]]) -> Optional[str]:
    """The organization a sentence gave the appendix ``heading`` ("Appendix A"), if one did.

    >>> referenced_org(" Schedule  I ", {"schedule i": "Acme Corp."})
    'Acme Corp.'
    """
    return refs.get(_label_key(heading))
