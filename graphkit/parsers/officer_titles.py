"""The titles of a company's officers, one pattern for every reader of them.

A signer's title in a signature block ("Title: Senior Vice President") and a role in a roster
of directors and officers ("Executive Vice President & Director") name the same offices: those
a company's bylaws name (president, vice presidents, secretary, treasurer, controller, the
"Chief ... Officers", general counsel, managing directors, the chairman and vice chairman),
their assistants and deputies, and their abbreviations as older filings print them ("Sr.
V.P.", "Exec. V.P.", "Vice Pres.", "Mng. Director", "Gen'l Counsel", "CFO").

* :data:`OFFICER_TITLE` matches an office at the start of a text: a roster reads the office
  that opens a role and leaves the rest ("Vice President of Sales" is a Vice President).
* :data:`WHOLE_OFFICER_TITLE` matches a signer's whole title: the office, and a department
  after it, kept as printed ("Vice President - Administration", "Vice President of
  Investments"): a Title field holds the title alone, never an employer.

Not an office: a signing authority ("Authorized Signatory", "Attorney-in-Fact"), a function
("Compliance Officer", "Portfolio Manager"), "Principal" or "Member" alone, "Chairman of the
Board" (a board seat).

Examples
--------
>>> OFFICER_TITLE.match("Sr. V.P. and Director").group()
'Sr. V.P.'
>>> bool(WHOLE_OFFICER_TITLE.match("Vice President - Legal"))
True
>>> bool(WHOLE_OFFICER_TITLE.match("Authorized Signatory"))
False
"""

from __future__ import annotations

import re

from graphkit import regex_cache

#: A rank before an officer's title (any case; a pattern string): "Senior", "Exec.", "Group"
OFFICE_RANK = r"""
    (?:senior|sr\.?|executive|exec\.?|first|assistant|asst\.?|deputy|group|global|corporate
    |associate)
"""
#: A vice president (any case; a pattern string): "Vice President", "Vice-President", "Vice
#: Pres.", "V.P.", "VP", "EVP", "SVP"
VICE_PRESIDENT = r"""(?:vice[\s-]+president|vice\s+pres\b\.?|v\.\s?p\b\.?|[es]?vp\b\.?)"""

#: An officer's title at the start of a text (any case; a pattern string, for
#: :data:`OFFICER_TITLE` and the patterns that embed it): "Vice President", "Senior Executive
#: Vice President", "Sr. V.P.", "VP", "EVP", "SVP", "Co-President", "Secretary", "Assistant Treasurer",
#: "Controller", "General Counsel", "Gen'l Counsel", "Chief Operating Officer", "Co-Chief
#: Investment Officer", "Principal Accounting Officer", "Executive Officer", "Operating Officer"
#: (the executive officers of Japanese companies), "Senior Managing Director", "Mng.
#: Director", "Vice Chairman", "Chairman" (not "Chairman of the Board": a board seat), "CEO",
#: "CFO", "CIO"; the prefixes a bank's ranks add ("First Vice President", "Group Vice
#: President", "Global", "Corporate", "Associate", "Deputy")
OFFICE = rf"""
    \b(?:{OFFICE_RANK}\s+){{0,3}}
    (?:co-)?
    (?:{VICE_PRESIDENT}
    |president
    |(?:managing|mng\.)\s+director
    |chief\s+(?:[a-z]+\s+){{1,3}}?officer
    |(?:principal\s+(?:accounting|financial|executive|operating)|executive|operating)\s+officer
    |secretary|treasurer|controller|comptroller
    |gen(?:eral|'l|\.)\s+counsel
    |(?:vice[\s-]+)?chair(?:man|woman|person)?\b(?!\s+of\s+the\s+board)
    |c[efoiatl]o\b)
"""
#: What may follow an office that opens a role: nothing, a separator, "and", "of", "/", a
#: bracket ("Vice President and Director", "CFO, Treasurer", "Vice President of Sales"); not
#: more capitalised words, as a company's name goes on ("CTO REALTY GROWTH, INC.")
AFTER_OFFICE = regex_cache.compile(r"""\s*(?:$|[,;&/()\-\u2013]|and\b|of\b|\d)""", re.I | re.VERBOSE)


def opens_with_office(text: str) -> bool:
    """Whether ``text`` opens with an officer's title standing alone (:data:`OFFICER_TITLE`,
    then :data:`AFTER_OFFICE`), not with a company name that begins like one.

    >>> opens_with_office("EVP and Director"), opens_with_office("CTO REALTY GROWTH, INC.")
    (True, False)
    """
    m = OFFICER_TITLE.match(text)
    return m is not None and AFTER_OFFICE.match(text, m.end()) is not None


#: An officer's title at the start of a text (:data:`OFFICE`): "Executive Vice President" of
#: "Executive Vice President & Director", "Vice President" of "Vice President of Accounting"
OFFICER_TITLE = regex_cache.compile(OFFICE, re.I | re.VERBOSE)

#: A department an officer heads (a pattern string): "Legal", "Finance", "Investments", "Human
#: Resources"
DEPARTMENT = r"""
    (?:Finance|Operations|Investments?|Administration|Accounting|Compliance|Legal|Tax|Taxation
    |Marketing|Sales|Research|Trading|Risk|Human[ \t]+Resources|Business[ \t]+Development
    |Corporate[ \t]+Development|Strategy|Portfolio[ \t]+Management)
"""
#: A department printed after an officer's title, part of a signer's title: "-Legal", " -
#: Administration", " of Finance", " of Investments", " of Human Resources"
DEPARTMENT_SUFFIX = rf"""(?:[ \t]*[-\u2013][ \t]*|[ \t]+of[ \t]+){DEPARTMENT}"""
#: A signer's whole title that is an officer's (:data:`OFFICE`), with a department after it
#: (:data:`DEPARTMENT_SUFFIX`): "Vice President", "Chief Compliance Officer", "Vice
#: President-Legal", "Vice President of Investments" (not "Vice President of the General
#: Partner", "Vice President, Acme Inc.", "Authorized Signatory", "Compliance Officer")
WHOLE_OFFICER_TITLE = regex_cache.compile(rf"""^(?:{OFFICE})(?:{DEPARTMENT_SUFFIX})?$""",
                                          re.I | re.VERBOSE)
