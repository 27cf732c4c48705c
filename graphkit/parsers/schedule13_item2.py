"""Item 2 of a Schedule 13D answered person by person: each "(a) Name" with its "(c)" occupation.

Item 2 of Schedule 13D asks each reporting person for (a) the name, (b) the address, (c) the
present principal occupation or employment and the organization it is conducted in, and so on.
Many filers answer it as lettered blocks, one per person::

    (a)  Name:  Jane Q. Roe
    (b)  Business Address:  1 Main Street, Springfield
    (c)  Present Principal Occupation or Employment:
         Chairman of the Board of Directors of the Issuer.

The occupation has no subject: its subject is the name in the block's "(a)".
:func:`read_item2_occupations` reads it as the sentence "<name> is <occupation>" with the
prose patterns (:func:`~graphkit.parsers.prose.find_relationships`), citing the "(c)" answer.
Findings whose holder is the block's person are kept, and those of an aside on its employer
("Chief Executive Officer of Roe Asset Management LP, which serves as manager of the Trust": the
employer manages the Trust); an address after the employer's name is left out. The schedule
reader keeps those whose parties are parties of the filing already, but for an employer whose
name is an organization's (:func:`known_or_employer`), which becomes a party.

Domain caveat: the "(c)" of Schedule 13G's Item 2 is the citizenship, not an occupation; a
citizenship states no role and gives nothing here.

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x.txt", text="Item 2.\\n(a) Name: Jane Q. Roe\\n(b) Address: 1 Main "
...     "Street\\n(c) Present Principal Occupation or Employment:\\n    Chairman of the Board "
...     "of Directors of the Issuer.\\n(d) None.\\n")
>>> [(f.relation.value, f.holder, f.held, f.title) for f in read_item2_occupations(src)]
... # doctest: +NORMALIZE_WHITESPACE
[('officer_of', 'Jane Q. Roe', 'Issuer', 'Chairman'),
 ('director_of', 'Jane Q. Roe', 'Issuer', None)]
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from graphkit import regex_cache
from graphkit.parsers.partybook import looks_like_name
from graphkit.parsers.prose import ProseFinding, find_relationships
from graphkit.parsers.prose_role_of_role import ROLE_OF_ROLE, find_role_of_roles, role_reference
from graphkit.parsers.prose_role_patterns import ROLE
from graphkit.parsers.signature_names import LEGAL_END
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: The "(a)" of a lettered Item 2 block, with its caption: "(a)  Name:", "(a) Name of Person
#: Filing:", "(a)" alone (the answer on the next line)
ITEM2_NAME_LETTER = regex_cache.compile(r"""
    ^[ \t]*\(a\)[ \t]*(?:Name(?:[ \t]+of[ \t]+(?:the[ \t]+)?\w+(?:[ \t]+\w+)?)?[ \t]*[:;.\-]?)?
""", _F | re.MULTILINE)

#: The "(c)" of a lettered Item 2 block, with an occupation caption: "(c)  Present Principal
#: Occupation or Employment:", "(c) Principal Occupation:", "(c) Occupation -", "(c)" alone
ITEM2_OCCUPATION_LETTER = regex_cache.compile(r"""
    ^[ \t]*\(c\)[ \t]*(?:(?:present[ \t]+)?(?:principal[ \t]+)?(?:occupation|employment)
    (?:[ \t]+or[ \t]+employment)?
    (?:[ \t]+and[ \t]+the[ \t]+name\b[^;:\n]{0,200}?\bconducted)?     # the form's own words
    [ \t]*[:;.\-]?)?
""", _F | re.MULTILINE)
#: A part of an occupation that states a past or dated role: "a director of Beta Inc. until
#: 2001", "(resigned 2001)", "from 1995 through 2001", "until his retirement" (read whole, such
#: an answer gives nothing; split, its dated part gives nothing either)
DATED_PART = regex_cache.compile(r"""\b(?:until|through|resigned|retired|retirement|former(?:ly)?|from\s+\d{4}
    |(?:19|20)\d{2})\b""", re.I | re.VERBOSE)
#: Where an occupation joins two answers: "Consultant, Acme Futures, Inc. and a director of the
#: Issuer" (", and" or "and" before an article), "President of Acme; Director of Beta"
OCCUPATION_PARTS = regex_cache.compile(r"""(?:,[ \t]*|[ \t]+)and[ \t]+(?=(?:a|an|the)[ \t])|;[ \t]*""",
                                       re.VERBOSE)
#: A word that states a standing, not an employer, after an office and a comma: "Managing
#: Director, Retired", "Professor, Emeritus", "Partner, Self-employed", "Director, N/A"
STATUS_WORD = r"""(?i:retired|emerit(?:us|a)|none|n/?a|not\s+applicable|self[-\s]?employed
    |unemployed|private\s+investor|independent|homemaker|student|deceased)(?![A-Za-z])"""

#: An occupation written as its offices then the employer, with commas: "President, Director,
#: Acme Paints Co." (read as "President, Director of Acme Paints Co."); not a list of offices
#: alone ("President, Chief Executive Officer"), nor an office and a standing ("Managing
#: Director, Retired": :data:`STATUS_WORD`); the employer is a name, in capitals word by word
#: ("Acme Paints Co.", "Bank of Roe & Co."), then at most an aside (", a Delaware corporation")
OFFICES_THEN_EMPLOYER = regex_cache.compile(rf"""
    ^(?P<offices>{ROLE}(?:[ \t]*,[ \t]*(?:and[ \t]+)?{ROLE})*)[ \t]*,[ \t]+
    (?!{ROLE}(?![A-Za-z]))(?!{STATUS_WORD})
    (?P<employer>[A-Z][\w&'.\-]*(?:(?:[ \t]*,)?[ \t]+(?:[A-Z0-9&][\w&'.\-]*|of|and|the|de|&))*)
    (?P<aside>,[ \t]+(?:a|an|the|which)[ \t].*)?$   # ", a Delaware corporation"
""", re.VERBOSE)

#: The words of a name, each in capitals (or a number) but for "of", "and", "the", "de", "&"
#: between them, and a comma before a legal form: "Roe Asset Management LP", "Bank of Roe & Co.",
#: "Acme Holdings, L.L.C.", "Acme Holding plc" (not "the Trust", not "Acme, a Delaware ...")
CAPITALISED_NAME = regex_cache.compile(r"""
    ^(?:[A-Z0-9][\w&'.\-]*(?:[ \t]*,)?[ \t]+(?:(?:of|and|the|de|&)[ \t]+)?)+[A-Za-z][\w.]*$
""", re.VERBOSE)


def organization_name(name: str) -> bool:
    """Whether ``name`` is an organization's: words in capitals (:data:`CAPITALISED_NAME`)
    that end in a legal form or "Trust"
    (:data:`~graphkit.parsers.signature_names.LEGAL_END`).

    >>> organization_name("Roe Asset Management LP"), organization_name("Roe Family Trust")
    (True, True)
    >>> organization_name("Retired"), organization_name("Jane Roe, Jr.")
    (False, False)
    """
    return CAPITALISED_NAME.match(name) is not None and LEGAL_END.search(name) is not None


#: A street address after an employer's name, up to an aside or the end: the ", Suite 2700,
#: South Tower, 200 Bay Street, Toronto, Ontario, Canada M5J 2J1" of "Chief Executive Officer
#: of Roe Asset Management LP, Suite 2700, ..., which serves as manager of the Trust"; it
#: starts with a suite, a floor or a street number, and runs to ", which" (", the", ", a")
EMPLOYER_ADDRESS = regex_cache.compile(r"""
    ,[ \t]+(?:c/o[ \t]+)?(?:Suite|Floor|\d{1,6}[ \t]+[A-Z])[^;]*?
    (?=,[ \t]+(?:which|the|a|an)[ \t]|[ \t]*\.?[ \t]*$)
""", re.VERBOSE)

#: Where an answer that ends in an aside on its employer goes on to another answer: the ", and"
#: of "Chief Executive Officer of Roe Asset Management LP, which serves as manager of the Trust,
#: and Chief Executive Officer of Roe GP Inc." (an aside runs to the next comma)
ASIDE_THEN_ANSWER = regex_cache.compile(r"""
    (?<=,)(?P<aside>[ \t]+which[ \t]+(?:serves|acts|is)[ \t]+as[ \t][^,;]+)[ \t]*,[ \t]*and[ \t]+
    (?=[A-Z])
""", re.VERBOSE)

#: Where a lettered answer ends: the next letter's line ("(d)"), or a blank line after text
ANSWER_END = regex_cache.compile(r"""\n[ \t]*\([a-f]\)|\S[ \t]*\n[ \t]*\n""", re.VERBOSE)

#: An answer that is a sentence of its own, not a bare occupation: "Mr. Roe is the President
#: of Acme" (the prose reader reads such sentences where they stand); looked for before the
#: first comma only (", which serves as manager of Acme Fund" is an aside of an occupation)
FINITE_VERB = regex_cache.compile(r"""\b(?:is|are|was|were|serves|serve|has|have)\b""", _F)

#: "Chairman of the Board (of Directors)": the chair of the board is an officer and a director
#: ("Chairman of the Board of Directors of the Issuer" names the Issuer, not "the Board")
BOARD_CHAIR = regex_cache.compile(r"""
    \b(?P<chair>chair(?:man|woman|person)?)\s+of\s+the\s+board(?:\s+of\s+directors)?
    (?=\s+(?:of|at)\s)
""", _F)

#: The patterns of the findings read: a person's role by its occupation; an employer's role by
#: the occupation's aside on it
ITEM2_OCCUPATION, ITEM2_EMPLOYER_ASIDE = "item2_occupation", "item2_employer_aside"

#: Longest name ("(a)" answer) and occupation ("(c)" answer, its employers' addresses left
#: out) read, in characters
_MAX_NAME, _MAX_OCCUPATION = 80, 400


def _answer(text: str, at: int, end: int) -> tuple[int, int]:
    """The span of the answer that starts at or after ``at``: past blank space, up to the next
    letter or a blank line."""
    while at < end and text[at] in " \t\r\n|":  # "|": a table's cell of an HTML filing
        at += 1
    m = ANSWER_END.search(text, at, end)
    stop = (m.start() + 1 if text[m.start()] != "\n" else m.start()) if m else end
    return at, max(at, stop)


def _person_blocks(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(name, occupation start, occupation end) of each "(a)" block that has a "(c)"."""
    names = [m for m in ITEM2_NAME_LETTER.finditer(text, start, end)]
    out = []
    for i, m in enumerate(names):
        block_end = names[i + 1].start() if i + 1 < len(names) else end
        ns, ne = _answer(text, m.end(), block_end)
        name = " ".join(text[ns:ne].split()).rstrip(" .;,")
        if not name or len(name) > _MAX_NAME or not looks_like_name(name) or \
                FINITE_VERB.search(name):
            continue  # "(a) This statement is filed by ...": no single person's block
        c = ITEM2_OCCUPATION_LETTER.search(text, ne, block_end)
        if c is None:
            continue
        os_, oe = _answer(text, c.end(), block_end)
        if oe > os_:
            out.append((name, os_, oe))
    return out


def read_item2_occupations(src: SourceText, start: int = 0, end: Optional[int] = None
                           ) -> list[ProseFinding]:
    """The roles each Item 2 block's person holds by its "(c)" occupation, citing that answer.

    Parameters
    ----------
    src : SourceText
        The filing.
    start, end : int
        The span of Item 2.

    >>> src = SourceText(path="x.txt", text="(a)\\n\\n Jane Q. Roe\\n\\n(b)\\n\\n 1 Main St.\\n\\n"
    ...     "(c)\\n\\nChief Executive Officer, President & Director of Acme Widget Inc.\\n\\n(d)")
    >>> [(f.relation.value, f.held, f.title) for f in read_item2_occupations(src)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('officer_of', 'Acme Widget Inc.', 'Chief Executive Officer, President'),
     ('director_of', 'Acme Widget Inc.', None)]
    >>> src = SourceText(path="x.txt", text="(a) Name: Jane Q. Roe\\n(c) Occupation: Retired\\n")
    >>> read_item2_occupations(src)
    []
    >>> src = SourceText(path="x.txt", text="(a) Name; Jane Q. Roe\\n(c) Present principal "
    ...     "occupation or employment and the name ... in which such employment is conducted;"
    ...     "\\n\\nConsultant, Acme Futures, Inc. and a director of the Issuer.\\n\\n(d) None")
    >>> [(f.relation.value, f.holder, f.held) for f in read_item2_occupations(src)]
    [('director_of', 'Jane Q. Roe', 'Issuer')]

    See also
    --------
    graphkit.parsers.prose.find_relationships
    """
    text = src.text
    end = len(text) if end is None else end
    out: list[ProseFinding] = []
    for name, os_, oe in _person_blocks(text, start, end):
        # the employers' street addresses left out before the length is measured: they are
        # not read, and a name spelled long ("Limited Partnership") must not push it over
        occupation = EMPLOYER_ADDRESS.sub("", " ".join(text[os_:oe].split()))
        if len(occupation) > _MAX_OCCUPATION or FINITE_VERB.search(occupation.split(",")[0]):
            continue  # "Mr. Roe is the President of Acme" (", which serves as ..." is an aside)
        occupation = BOARD_CHAIR.sub(lambda m: f"{m['chair']} and Director", occupation)
        evidence = None
        for f in (f for answer in _answers(occupation)
                  for f in _answer_findings(src.path, name, answer)):
            evidence = evidence or src.evidence(os_, oe, section="Item 2(c)")
            pattern = ITEM2_OCCUPATION if f.holder == name else ITEM2_EMPLOYER_ASIDE
            out.append(f.model_copy(update={"evidence": evidence, "pattern": pattern}))
    return out


def _answers(occupation: str) -> list[str]:
    """``occupation`` cut after each aside that another answer follows
    (:data:`ASIDE_THEN_ANSWER`)."""
    out, at = [], 0
    for m in ASIDE_THEN_ANSWER.finditer(occupation):
        out.append(occupation[at:m.end("aside")])
        at = m.end()
    return out + [occupation[at:]]


def _answer_findings(path: str, name: str, answer: str) -> list[ProseFinding]:
    """The findings of one answer: read whole, else part by part, a dated part giving none."""
    found = _occupation_findings(path, name, answer)
    if not found:  # "Consultant, Acme Futures, Inc. and a director of the Issuer"
        found = [f for part in OCCUPATION_PARTS.split(answer) if not DATED_PART.search(part)
                 for f in _occupation_findings(path, name, OFFICES_THEN_EMPLOYER.sub(
                     r"\g<offices> of \g<employer>\g<aside>", part.strip()))]
        # "President, Director, Acme Paints Co.": of that company
    return found


def _occupation_findings(path: str, name: str, occupation: str) -> list[ProseFinding]:
    """The findings of "<name> is <occupation>." whose holder is ``name`` and that hold a
    party, and those of an aside on a party ``name`` holds a role of (", which serves as
    manager of Y": the employer's role, read by
    :func:`~graphkit.parsers.prose.find_relationships` as pattern "which_is_role_of"; ", the
    general partner of the manager of Y": its role in a party named by a role, read by
    :func:`~graphkit.parsers.prose_role_of_role.find_role_of_roles`)."""
    sentence = SourceText(path=path, text=f"{name} is {occupation.strip().rstrip('.')}.")
    found = [f for f in find_relationships(sentence) + find_role_of_roles(sentence) if f.held]
    held = {f.held for f in found if f.holder == name}
    return [f for f in found if f.holder == name or
            (f.holder in held and f.pattern in ("which_is_role_of", ROLE_OF_ROLE))]


def known_or_employer(findings: list[ProseFinding], known: Callable[[str], bool]
                      ) -> list[ProseFinding]:
    """The Item 2 ``findings`` whose parties are ``known`` (parties of the filing read already)
    but for an employer, which may be new if its name is an organization's
    (:func:`organization_name`): a person's role at it, and the role its aside gives it at a
    known party ("Roe Asset Management LP, which serves as manager of the Trust"). A name in
    capitals that is not an organization's ("Retired", "Jane Roe") is never made a party here.
    A party named by a role ("the manager of the Trust",
    :func:`~graphkit.parsers.prose_role_of_role.role_reference`) is known when the party it
    names the role in is.

    >>> src = SourceText(path="x.txt", text="(a) Name: Jane Q. Roe\\n(c) Occupation: Chief "
    ...     "Executive Officer of Roe Asset Management LP, which serves as manager of the Trust, "
    ...     "and a director of Beta Holdings\\n(d) None.\\n")
    >>> found = read_item2_occupations(src)
    >>> [(f.relation.value, f.holder, f.held) for f in known_or_employer(
    ...     found, lambda n: n in ("Jane Q. Roe", "Trust"))]  # doctest: +NORMALIZE_WHITESPACE
    [('officer_of', 'Jane Q. Roe', 'Roe Asset Management LP'),
     ('investment_manager_of', 'Roe Asset Management LP', 'Trust')]
    """
    def employer(name: str) -> bool:
        return known(name) or organization_name(name)

    def known_held(name: str) -> bool:  # "the manager of the Trust": the Trust is known
        return known(ref.name if (ref := role_reference(name)) is not None else name)
    return [f for f in findings if (
        known(f.holder) and employer(f.held) if f.pattern == ITEM2_OCCUPATION  # Roe: officer
        else employer(f.holder) and known_held(f.held))]  # the employer: manager of the Trust


#: "His present principal occupation is as the chief executive officer and a director of the
#: Issuer": an occupation told of "his" or "her" (read only for a filing's one natural person)
PRONOUN_OCCUPATION = regex_cache.compile(r"""
    (?<![A-Za-z])(?:His|Her)\s+(?P<rest>(?:present\s+|current\s+)?principal\s+occupation\s+is\s)
""", re.VERBOSE)

#: Words of the sentence before the pronoun that bring in another person it may stand for:
#: "Kwame Mensah is married to Ngozi Okafor. Her principal occupation is ...", "Jane Roe acts
#: through her adviser, Mary Doe. Her principal occupation is ..."
OTHER_PERSON_WORD = regex_cache.compile(r"""
    \b(?:married|wife|husband|spouse|son|daughter|mother|father|child|brother|sister
      |advis[eo]r|attorney|agent|partner|employee|associate|nominee|designee|representative
      |through|together\s+with|and\s+(?:Mr|Mrs|Ms|Dr)\.?)\b
""", _F)
#: Where a sentence ends, in the text before the pronoun: "... AZ 85251. His present ..."
SENTENCE_STOP = regex_cache.compile(r"""(?<=[a-z0-9)"”'’])\.\s+""", re.VERBOSE)


def sole_filer_occupations(src: SourceText, start: int, end: int, name: str
                           ) -> list[ProseFinding]:
    """The roles "His/Her present principal occupation is ..." gives ``name``, the filing's one
    natural person, when the sentence right before speaks of that person (by name or as the
    "Reporting Person") and brings in no one else (a relative, an adviser, an agent...).

    >>> src = SourceText(path="x.txt", text='Filed by Jane Roe (the "Reporting Person"). '
    ...     "Her present principal occupation is as the chief executive officer and a director "
    ...     "of the Issuer.")
    >>> [(f.relation.value, f.holder, f.held, f.title)
    ...  for f in sole_filer_occupations(src, 0, len(src.text), "Jane Roe")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('officer_of', 'Jane Roe', 'Issuer', 'Chief Executive Officer'),
     ('director_of', 'Jane Roe', 'Issuer', None)]
    """
    out: list[ProseFinding] = []
    for m in PRONOUN_OCCUPATION.finditer(src.text, start, end):
        window = " ".join(src.text[max(start, m.start() - 400):m.start()].split())
        before = ([p for p in SENTENCE_STOP.split(window) if p.strip()] or [""])[-1]
        if (name not in before and "Reporting Person" not in before) \
                or OTHER_PERSON_WORD.search(before):
            continue  # the sentence before is of someone else too, or of no one
        rest = " ".join(src.text[m.start("rest"):min(end, m.start("rest") + 400)].split())
        sentence = SourceText(path=src.path, text=f"{name}'s {rest}")
        evidence = src.evidence(m.start(), min(end, m.end() + 200), section="Item 2")
        out += [f.model_copy(update={"evidence": evidence})
                for f in find_relationships(sentence)
                if f.holder == name and f.held and f.pattern == "principal_occupation"]
    return out
