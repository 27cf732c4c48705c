"""The roles one line of a directors-and-officers roster states, and for which employer.

A roster row's position text ("President & Director", "Executive Managing Director and
Representative Director, Chairman of Acme (Europe) Ltd.", "Senior Managing Director, Acme
Partners, L.P.") mixes the person's roles at the roster's organization with their roles at
*other* employers. :func:`split_employers` cuts the text at each other employer it names
("of/at/with <organization>", ", <organization>"), and :func:`read_roles` reads the roles of one
part by these rules:

* **director**: a part that *is* a board seat: "Director", "Representative Director",
  "Independent Director", "Chairman of the Board (of Directors)", "Member of the Board". A
  title that goes on ("Director of Research", "Director SEC Reporting") is a department head,
  not a board seat, and "Managing Director" is an officer title.
* **officer**: a part that *opens* with an officer title
  (:data:`~graphkit.parsers.officer_titles.OFFICER_TITLE`, the offices a signer's title reads
  too): "President", "Executive Vice President", "Chief Financial Officer", "Secretary",
  "Treasurer", "Controller", "General Counsel", "Managing Director", "Chairman"; the title kept
  is the one matched ("Vice President of Accounting" gives "Vice President").
* anything else ("General Manager of Osaka Office", "Retired", "Authorized Signatory") states
  no role that is read.

Examples
--------
>>> read_roles("Executive Vice President & Director")
(True, ['Executive Vice President'])
>>> split_employers("Director, Chairman and Chief Executive Officer of Acme Widget Corporation")
[('Director', None), ('Chairman and Chief Executive Officer', 'Acme Widget Corporation')]
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit import regex_cache
from graphkit.names import org_words
from graphkit.parsers.officer_titles import OFFICER_TITLE, opens_with_office  # noqa: F401
from graphkit.parsers.partybook_names import BARE_LEGAL, ISSUER_WORDS, LEGAL_FORMS, squeeze

_F = re.VERBOSE | re.IGNORECASE

#: A whole role that is a seat on the board: "Director", "Representative Director",
#: "Non-Executive Director", "Chairman of the Board of Directors", "Member of the Board",
#: "Director of the Company" (not "Managing Director", not "Director of Research")
BOARD_SEAT = regex_cache.compile(r"""
    (?:(?:senior|representative|non-?\s?executive|independent|outside|lead|alternate)[\s-]+){0,3}
    director
        (?:\s+of\s+the\s+(?:board|company|corporation))?
    |chair(?:man|woman|person)?\s+of\s+the\s+board(?:\s+of\s+directors)?
    |(?:member\s+of\s+the\s+board|board\s+member)(?:\s+of\s+directors)?
""", _F)

#: A British board's chair who is no executive, a seat on the board: "Nonexecutive Deputy
#: Chairman", "Non-Executive Chairman"
NON_EXECUTIVE_CHAIR = regex_cache.compile(r"""
    non-?\s?executive\s+(?:deputy\s+|vice[\s-]+)?chair(?:man|woman|person)?
""", _F)
#: A chair of the board named by the title alone, a seat on the board and an office, both
#: read: "Chairman", "Executive Chairman", "Deputy Chairman" (not "Chairman of the Executive
#: Committee", whose office is the committee's; nor "Vice Chairman", at many banks and insurers
#: an executive's title without a seat)
BOARD_CHAIR = regex_cache.compile(r"""
    (?:executive\s+|deputy\s+)?chair(?:man|woman|person)?
""", _F)
#: British officers' titles that :data:`OFFICER_TITLE` does not read: "Chief Executive", "Group
#: Finance Director", "Finance Director", "Company Secretary" (a UK plc's roster of directors
#: and executive officers; "Director of Finance" is no title of these)
BRITISH_OFFICE = regex_cache.compile(r"""
    (?:group\s+|deputy\s+)*(?:chief\s+executive|finance\s+director|company\s+secretary)
""", _F)

#: Separators of the roles of a position: "President & Director", "Vice President, Treasurer
#: and Director", "Director; Chief Executive Officer"
ROLE_SEPARATOR = regex_cache.compile(r"""\s*(?:[,;&/]|\band\b)\s*""", _F)

#: A dash that joins a title to its employer, the title's last word just before it: "Director-
#: Acme Holdings Inc.", "Chief Executive- Acme Group plc" (not a dash spaced on both sides,
#: "President - Energy Services", a division; nor one inside a name). What follows it is an
#: employer only when certain (:func:`_dash_employer`): mostly it is a department
#: ("Vice President-Exploration", "President-Chemicals Division")
TITLE_DASH = regex_cache.compile(r"""
    (?i:(?<=officer)|(?<=director)|(?<=chairman)|(?<=president)|(?<=secretary)|(?<=treasurer)
       |(?<=executive)|(?<=counsel)|(?<=controller))
    -[ \t]*(?=[A-Z])
""", re.VERBOSE)

#: Where a position may go on to another employer: " of ", " at ", " with ", or a comma
#: ("Chairman of Acme Widget Corporation", "Partner, Roe & Co."); the employer opens with a
#: capital or "the"
EMPLOYER_LINK = regex_cache.compile(r"""
    (?:\s+(?:of|at|with|for)\s+|\s*,\s*)(?=(?:the\s+)?[A-Z0-9])
""", re.VERBOSE)

#: A department of the organization itself after "of" ("Vice President of Sales", "Head of
#: Investor Relations", "Director of Research and Development"), never an employer
DEPARTMENT = regex_cache.compile(r"""
    (?:the\s+)?(?:(?:sales|marketing|finance|financial|operations|research|engineering|human
    |resources|accounting|legal|administration|technology|information|investments?|investor
    |relations|business|corporate|development|strategy|strategic|manufacturing|compliance
    |risk|tax|treasury|audit|credit|trading|products?|planning|communications|global|north
    |american?|americas|europe|asia|pacific|field|customer|services?|support|supply|chain
    |worldwide|regional|western|eastern|northern|southern|people|quality|international
    |domestic|u\.?s\.?|and|&)[\s,]*)+
    (?:division|department|group|office|unit|team)?\.?
""", _F)

#: A role, not an employer, after a comma: "General Manager of Beijing Office", "Senior
#: Counselor" (a role noun in the first words; "Acme Partners" and "Acme Associates" are names)
ROLE_NOUN = regex_cache.compile(r"""
    ^(?:[\w-]+\s+){0,3}?(?:manager|officer|director|counsel|counselor|partner|principal
    |president|chairman|head|member|adviser|advisor|consultant|employee|professor)\b
""", _F)

#: The last items of a list of roles: "President and Chief Executive Officer" (of "Chairman,
#: President and Chief Executive Officer, Acme Bank"), "Treasurer & Director"
SERIAL_END = regex_cache.compile(r"""\s(?:and|&)\s""", _F)

#: The employer of the first titles of a list that ends at an employer ("Chairman," of
#: "Chairman, President and Chief Executive Officer, Acme Bank"): the list's employer's when
#: the roster's reader knows it as a party (the roster's own company too), else no one's
NO_EMPLOYER = ""

#: An institution's name, an employer though no company word is in it, the institution word its
#: head: "University of Texas", "Acme Savings of America", "Federal Trade Commission", "Roe
#: Institute" (not "Savings Operations", "Hospital Division", "the Association": departments,
#: or the roster's own association)
INSTITUTION_NAME = regex_cache.compile(r"""
    (?:[Tt]he\s+)?
    (?:(?:[A-Z][\w.&'-]*\s+){1,4}                        # "Federal Trade ", "Roe "
       (?i:university|college|institute|school|hospital|commission|association|society
       |academy|museum)\b(?!\s+[A-Z])                    # the head last: "Commission"
     |(?:[A-Z][\w.&'-]*\s+){0,3}                         # "Acme ", "Graduate "
       (?i:university|college|institute|school|hospital|commission|association|society
       |academy|museum|savings)
       \s+(?i:of)\s+(?:the\s+)?[A-Z])                    # "University of T", "Savings of A"
""", re.VERBOSE)

#: Footnote marks and notes around a role: "Director*", "Director (1)", "Director**"
ROLE_NOISE = regex_cache.compile(r"""\*+|\(\d\)|\(\s*[a-z]\s*\)""", re.VERBOSE)


def names_employer(rest: str, any_name: bool = False) -> bool:
    """True when ``rest`` (the text after a link) is the name of an organization: an
    organization word or the issuer's name (with ``any_name``, any capitalised name but a
    department: "Harvard University", "Microsoft"), and not a role ("Treasurer & Director")
    or a bare legal form (", Inc." of "Acme Widget, Inc.").

    >>> names_employer("Acme Bank"), names_employer("Alcoa"), names_employer("Alcoa", True)
    (True, False, True)
    >>> names_employer("Sales", True), names_employer("Treasurer and Director", True)
    (False, False)
    >>> names_employer("Acme Savings of America"), names_employer("Savings Operations")
    (True, False)
    """
    rest = rest.strip(" .;")
    if not rest or opens_with_office(rest) or BOARD_SEAT.match(rest) or ROLE_NOUN.match(rest):
        return False
    if not BARE_LEGAL.sub("", rest).strip(" ,."):
        return False
    if org_words(rest) or squeeze(rest) in ISSUER_WORDS or INSTITUTION_NAME.match(rest):
        return True
    return any_name and rest[:1].isupper() and DEPARTMENT.fullmatch(rest) is None


def split_employers(position: str, any_name: bool = False,
                    known: Optional[Callable[[str], bool]] = None
                    ) -> list[tuple[str, Optional[str]]]:
    """The parts of ``position`` with the employer each names (None: the roster's own
    organization; :data:`NO_EMPLOYER`: the list's employer's or the roster's), in order.

    An employer named after "of", "at", "with" or a comma takes the roles joined to it by
    "and", "&" or "/" ("Chairman & Managing Director of Acme (Europe) Ltd.", "President/Chief
    Executive Officer of Acme Oil Corp."); roles before a comma stay the roster's. A link to
    words that name no organization is a department ("Chief Operating Officer of Finance
    Division"): the roles stay the roster's.

    A dash right after a title names an employer only when the words after it are certain to
    be one (:func:`_dash_employer`): a party ``known`` names (a defined term: "Director-ACME"),
    or a name with a legal form ("Chairman-Zeta Music Corp."); once one such dash is in the
    position, a "/" after it starts a clause and the other dashes are employer links too
    ("Director-ACME/President-Zeta Music"), up to the next ";" (each ";" clause is judged on
    its own: "Director-ACME; Vice President-Exploration" keeps the department). Anything else
    after a dash is a department ("Vice President-Exploration"): the title stays the roster's.

    With ``any_name`` (a principal occupation, which may be held anywhere) any capitalised
    name after a link is an employer ("President, Harvard University"), and the first link
    to one starts it (its own name may hold a comma: "of Acme Holdings, Inc., New York").

    >>> split_employers("Senior Managing Director, Acme Partners, L.P.")
    [('Senior Managing Director', 'Acme Partners, L.P.')]
    >>> split_employers("Vice President, Treasurer & Director")
    [('Vice President, Treasurer & Director', None)]
    >>> split_employers("Director; President of Acme Bank")
    [('Director', None), ('President', 'Acme Bank')]
    >>> split_employers("Chairman and Chief Executive Officer of Alcoa", any_name=True)
    [('Chairman and Chief Executive Officer', 'Alcoa')]
    >>> split_employers("Director-ACME/President-Zeta Music", known=lambda n: n == "ACME")
    [('Director', 'ACME'), ('President', 'Zeta Music')]
    >>> split_employers("Director-ACME; Vice President-Exploration", known=lambda n: n == "ACME")
    [('Director', 'ACME'), ('Vice President-Exploration', None)]
    """
    out: list[tuple[str, Optional[str]]] = []
    for part in position.split(";"):  # each ";" clause judged on its own
        clauses = _slash_clauses(part, known)
        linked = any(_dash_end(c, known) for c in clauses)
        for clause in clauses:
            out.extend(_split_clause(clause.strip(), any_name, known, linked))
    return [(t, e) for t, e in out if t]


def _slash_clauses(text: str, known: Optional[Callable[[str], bool]]) -> list[str]:
    """``text`` cut after each "/" that closes a title's dash link to a certain employer
    ("Director-ACME/President-Zeta Music": two clauses); any other "/" joins titles of one
    employer ("President/Chief Executive Officer of Acme Oil Corp.")."""
    out: list[str] = []
    pieces: list[str] = []
    for piece in text.split("/"):
        pieces.append(piece)
        if _dash_end(piece, known):
            out.append("/".join(pieces))
            pieces = []
    return out + (["/".join(pieces)] if pieces else [])


def _dash_end(text: str, known: Optional[Callable[[str], bool]]) -> bool:
    """True when ``text`` ends with a title's dash link to a certain employer: "Director-ACME"
    (a term ``known`` names), "Chairman-Zeta Music Corp."."""
    m = None
    for m in TITLE_DASH.finditer(text):
        pass
    return m is not None and _dash_employer(text[m.end():], known)


def _split_clause(clause: str, any_name: bool = False,
                  known: Optional[Callable[[str], bool]] = None, linked: bool = False
                  ) -> list[tuple[str, Optional[str]]]:
    cut = None
    links = sorted([*EMPLOYER_LINK.finditer(clause), *TITLE_DASH.finditer(clause)],
                   key=lambda m: m.start())
    for m in links:
        rest = clause[m.end():]
        if m.re is EMPLOYER_LINK:
            found = names_employer(rest, any_name)
        else:  # a title's dash: a certain employer, or any name in a position linked by dashes
            found = _dash_employer(rest, known) or (linked and names_employer(rest, True))
        if found:
            cut = m  # the last: an employer's own name may hold a comma or "of"
            if any_name:
                break  # the first: an occupation's employer is followed by its place
    if cut is None:
        return [(clause.strip(" ,"), None)]
    employer = clause[cut.end():].strip(" ;,")
    # the roles joined to the employer: back to the comma before the link ("Director,
    # Chairman and President of Acme Corp.", "Director, Partner, Roe & Co.")
    group_start = clause.rfind(",", 0, cut.start()) + 1
    group = clause[group_start:cut.start()].strip(" ,")
    before = _split_clause(clause[:group_start].strip(" ,"), any_name, known, linked)
    if SERIAL_END.search(group) or clause[cut.start():cut.end()].strip() == ",":
        before = _list_heads(before)
    return before + [(group, employer)]


def _dash_employer(rest: str, known: Optional[Callable[[str], bool]] = None) -> bool:
    """True when ``rest``, after a title's dash (:data:`TITLE_DASH`), is certain to name its
    employer: a party ``known`` names ("ACME", a term the filing defines), or a name that
    states a legal form before any comma ("Zeta Music Corp.", "Zeta Holdings, Inc."). Never
    a department ("Exploration", "Refining and Marketing", "Chemicals Division").

    >>> _dash_employer("Zeta Music Corp."), _dash_employer("Exploration, Zeta Corp.")
    (True, False)
    >>> _dash_employer("ACME"), _dash_employer("ACME", known=lambda n: n == "ACME")
    (False, True)
    """
    rest = rest.strip(" ;,/")
    if not rest[:1].isupper() or opens_with_office(rest) or BOARD_SEAT.match(rest):
        return False
    if known is not None and known(rest):
        return True
    head = BARE_LEGAL.sub("", rest)
    if head != rest and "," not in head:  # "Zeta Holdings, Inc."
        return True
    return any(w.strip("(),").replace(".", "").lower() in LEGAL_FORMS
               for w in head.split(",")[0].split())


def _list_heads(parts: list[tuple[str, Optional[str]]]) -> list[tuple[str, Optional[str]]]:
    """``parts`` (the roster's roles before a list of titles that ends at an employer) with
    the officer titles just before the employer's given to :data:`NO_EMPLOYER`: the first
    items of the list ("Chairman" of "Chairman, President and Chief Executive Officer, Acme
    Bank") go with the list's employer, not surely the roster's; board seats and offices
    joined by "and" before them stay the roster's.

    >>> _list_heads([("Director, Chairman, Vice Chairman", None)])
    [('Director', None), ('Chairman, Vice Chairman', '')]
    """
    out = list(parts)
    if out and out[-1][1] is None:
        items = [x.strip() for x in out[-1][0].split(",")]
        keep = len(items)
        # a list's head is one office ("Chairman,"): never a board seat ("Director",
        # "Chairman of the Board") nor offices joined by "and" ("Executive Managing Director
        # and Representative Director, Chairman & Managing Director of Acme (Europe) Ltd.")
        while keep and opens_with_office(items[keep - 1]) \
                and not SERIAL_END.search(items[keep - 1]):
            keep -= 1
        if keep < len(items):
            head = ", ".join(items[:keep])
            out[-1:] = ([(head, None)] if head else []) + [(", ".join(items[keep:]),
                                                           NO_EMPLOYER)]
    return out


#: The full stop after a role, dropped ("Director.", "President."), not the period of an
#: abbreviation ("Sr. V.P.", "Vice Pres.", "Exec. V.P.", "Jr.")
ROLE_END_DOT = regex_cache.compile(r"""(?<=[A-Za-z]{5})\.$""", re.VERBOSE)


def read_roles(text: str) -> tuple[bool, list[str]]:
    """(whether ``text`` states a board seat, the officer titles it states) by the rules of
    the module docstring.

    >>> read_roles("Chairman of the Board of Directors and Representative Director")
    (True, [])
    >>> read_roles("Senior Executive Managing Director and Representative Director")
    (True, ['Senior Executive Managing Director'])
    >>> read_roles("Sr. Vice Pres."), read_roles("Director, Sr. V.P.")
    ((False, ['Sr. Vice Pres.']), (True, ['Sr. V.P.']))
    >>> read_roles("Director of Research"), read_roles("Vice President of Accounting")
    ((False, []), (False, ['Vice President']))
    >>> read_roles("Nonexecutive Deputy Chairman"), read_roles("Group Finance Director")
    ((True, []), (False, ['Group Finance Director']))
    >>> read_roles("Chairman"), read_roles("Chairman of the Executive Committee")
    ((True, ['Chairman']), (False, ['Chairman']))
    """
    director, titles = False, []
    for part in ROLE_SEPARATOR.split(ROLE_NOISE.sub("", text)):
        part = ROLE_END_DOT.sub("", part.strip(" :"))
        if not part:
            continue
        if BOARD_SEAT.fullmatch(part) or NON_EXECUTIVE_CHAIR.fullmatch(part):
            director = True
            continue
        director = director or BOARD_CHAIR.fullmatch(part) is not None
        m = BRITISH_OFFICE.fullmatch(part) or OFFICER_TITLE.match(part)
        if m is not None:
            title = " ".join(m.group().split())
            if title.isupper() and len(title) > 3:  # "VICE PRESIDENT" in a table of capitals
                title = title.title()
            if title not in titles:
                titles.append(title)
    return director, titles
