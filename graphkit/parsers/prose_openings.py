"""Where a clause opens in filing prose, and the words that open a sentence before its subject.

A list of names read as the subject of a clause ("Acme Fund LP and Beta Fund LP are managed by
Acme Capital LLC") or as the held list of a clause that opens with its role ("The general
partner of Acme Fund LP and Beta Fund LP is Acme GP LLC") stands where a clause opens: at the
sentence's start (after its item mark "(a)" or an opening phrase: "Pursuant to the Agreement, ",
"Finally, "), after ";" or ":", or after ", and" (:func:`opens_a_clause`). A list found
elsewhere runs on from the clause before: in "Jane Roe controls Acme GP LLC, and Acme Fund LP
and Beta Fund LP are managed by ..." the object "Acme GP LLC" is no fund managed, and the
subject is what follows ", and" (:func:`subject_list`).

An opening phrase (:data:`OPENING_PHRASE`) is never a name: "Through Acme Holdings LLC, " of
"Through Acme Holdings LLC, John Doe and Jane Roe, the managing members of Acme GP LLC, may",
"Finally, " of "Finally, Acme GP LLC and Beta GP LLC, as general partners of ...".

Examples
--------
>>> flat = "Jane Roe controls Acme GP LLC, and Acme Fund LP and Beta Fund LP are managed by X."
>>> at = flat.index("Acme GP"); subject_list(flat, at, flat.index(" are"))
'Acme Fund LP and Beta Fund LP'
>>> OPENING_PHRASE.match("Currently, John Doe and Jane Roe").group(0)
'Currently, '
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit import regex_cache
from graphkit.parsers.prose_guards import after_preposition
from graphkit.parsers.prose_lists import split_names, trim_name

_F = re.VERBOSE

#: An item mark before a sentence: "(a) ", "(2) ", "(iv) "
_ITEM_MARK = r"""(?:\((?:[a-z]|[0-9]{1,2}|[ivx]{1,4})\)\s*)"""

#: A sentence adverb set off by a comma before the subject: "Finally", "Currently",
#: "Collectively", "Additionally" (a word of the adverbs' endings after three letters or more:
#: no surname "Kelly", "Daly", "Connolly" ends so)
SENTENCE_ADVERB = r"""(?:Finally|Lastly|Thus|Also|Further|Furthermore|Moreover|Hence|Therefore
    |However|Likewise|Nonetheless|Nevertheless|Otherwise|Together|Instead|Again|Meanwhile
    |Thereafter|Today|Now|Here|First|Second|Third|Next|Then
    |[A-Z][a-z]{3,}(?:ally|ively|ently|antly|ingly|arly|ately|ously|ually|ectly))"""

#: A phrase opening a sentence, up to its comma: a preposition's phrase ("Pursuant to the
#: Agreement, " of "Pursuant to the Agreement, John Doe and Jane Roe, who are ...", "On June 1,
#: 2001, ", "(a) Under the Plan, ", "Through Acme Holdings LLC, ", "Via ...", "Besides ...",
#: "Except for ...", "Since January 2020, ", "Immediately before the closing of the offering on
#: August 3, 2005, ") or a sentence adverb ("Finally, ", "Currently, ").
#: A capitalised word in it ("Agreement", "Acme Holdings LLC") is no holder listed.
OPENING_PHRASE = regex_cache.compile(rf"""
    ^\s*{_ITEM_MARK}?
    (?P<phrase>(?:(?:Pursuant\s+to|Under|Upon|Following|After|Through|Via|Besides|Except\s+for
        |Other\s+than|Apart\s+from|Aside\s+from|Subject\s+to|According\s+to
        |By\s+(?:virtue|reason)\s+of
        |As\s+a\s+result\s+of|In\s+(?:connection|accordance)\s+with|As\s+of|On|Since|During
        |Before|Until|Prior\s+to|In
        |(?:Immediately|Shortly|Just)\s+(?:before|after|prior\s+to|following))\s
       [^,;:()]{{1,80}}(?:,\s+[0-9]{{4}})?
      |{SENTENCE_ADVERB}))
    ,\s+
""", _F)

#: What stands right before a clause's subject (searched back from the subject: it ends there):
#: the sentence's start or its item mark, ";", ":", ", and ", ", but ", ", while ", ", whereas "
CLAUSE_OPENS_BEFORE = regex_cache.compile(rf"""
    (?:^\s*|[;:]\s*|,\s+(?:and|but|while|whereas)\s+){_ITEM_MARK}?$
""", _F)

#: A clause's opening inside a list read as a subject: ", and " of "Acme GP LLC, and Acme Fund LP
#: and Beta Fund LP" (the list after it is the subject)
CLAUSE_BREAK = regex_cache.compile(r""",\s+(?:and|but|while|whereas)\s+""", _F)


#: A word whose object a name right after it is, so not the subject of the verb after the names
#: (searched back from the names: it ends there): "by " of "The Shares are held by Acme Fund LP,
#: which is managed by Acme Capital LLC, and Acme GP LLC is the general partner of ...", "in " of
#: "As described in Item 4, Jane Roe, ... are the members of", "controls " of "Jane Roe
#: controls Acme Holdings LLC, and Acme GP LLC is ...", "is " of "The sole member of Acme GP
#: LLC is Jane Roe, and John Doe and Mary Major are the managing members of Beta GP LLC"
OBJECT_BEFORE = regex_cache.compile(r"""
    (?<![A-Za-z])(?:by|of|to|for|with|from|at|in|on|through|than|is|are|was|were
      |controls|owns|holds|manages|advises|directs|employs|includes)\s+(?:the\s+)?$
""", _F)

#: An unnamed party of a named one opening the clause, right before its name: "An affiliate of "
#: of "An affiliate of Acme Corp. is the general partner of ...", "A subsidiary of ", "Certain
#: officers of ", "Subsidiaries of " (the subject is the affiliate, whose name is not given;
#: the name after "of" is no subject). Indefinite or a bare plural only: "The general partner of
#: Acme Fund LP, Acme GP LLC, is ..." names its subject in apposition. Also the last of a list
#: ("Jane Roe and certain subsidiaries of Acme Corp. are the general partners": not Acme Corp.).
UNNAMED_OF_BEFORE = regex_cache.compile(r"""
    (?:(?:^|[;:]\s+|,\s+and\s+)
       (?:(?:An?|One\s+or\s+more|Certain|Some|Various|Several|Other|Two|Three|Four|Five)\s+
          (?:[a-z\-]+\s+){0,3}?[a-z]+
        |(?:(?!The\s)[A-Z][a-z]+\s+)?(?:[a-z\-]+\s+){0,2}?(?:[Aa]ffiliates|[Ss]ubsidiaries|[Oo]fficers
          |[Dd]irectors|[Ee]mployees|[Mm]embers|[Pp]artners|[Ss]hareholders|[Ss]tockholders
          |[Ee]ntities|[Dd]esignees|[Rr]epresentatives|[Aa]gents|[Nn]ominees|[Pp]rincipals))
     # the last of a list: "Jane Roe and certain subsidiaries of ", "Jane Roe and an affiliate of "
     |\s+and\s+(?:(?:an?|one\s+or\s+more|certain|some|various|several|other|two|three|four|five)
          \s+(?:[a-z\-]+\s+){0,3}?[a-z]+
        |(?:[a-z\-]+\s+){0,2}?(?:affiliates|subsidiaries|officers|directors|employees|members
          |partners|shareholders|stockholders|entities|designees|representatives|agents
          |nominees|principals)))
    \s+of\s+(?:the\s+)?$
""", _F)


#: A legal form's stop inside a list of names, a new subject after it: "L.P. " of "filed by Acme
#: GP, LLC and Acme Fund, L.P. Acme GP, LLC is the general partner of ..." (where the sentence
#: was not parted), "L.P. " of "the adviser to Roe Fund, L.P. ACL also is the general partner of"
#: (a defined term opens it); not before a second legal form of the name ("Co. LLC" of "Roe Ross
#: & Co. LLC"), nor after "& Co." ("Roe & Co. Europe PLC" is one name)
LEGAL_STOP_BEFORE_NAME = regex_cache.compile(r"""
    (?<![A-Za-z])(?<!&[ ])(?<!&)(?<!\band[ ])
    (?:Inc|Corp|Ltd|Co|L\.P|L\.L\.C|INC|CORP|LTD|CO)\.\s+(?=[A-Z])
    (?!(?:LLC|L\.L\.C|LP|L\.P|LLP|Inc|INC|Incorporated|INCORPORATED|Ltd|LTD|Limited|LIMITED
          |PLC|plc|SA|AG|NV|BV)\b)
""", _F)

#: A defined term alone, up to the verb: "ACL " of "... Roe Fund, L.P. ACL also is"
DEFINED_TERM_ONLY = regex_cache.compile(r"""[A-Z][A-Z0-9&]{1,9}\s*$""", re.VERBOSE)


def clause_subjects(flat: str, start: int, end: int) -> list[str]:
    """The names of the list at ``flat[start:end]`` that are the subject of the verb after it
    ("are the members of"): all of them, but not an opening phrase's ("Agreement" of "Under the
    Agreement, Jane Roe and John Doe are"), nor a first name that is the object of the word
    before it (:data:`OBJECT_BEFORE`): then the subject is what follows ", and" when the object
    stands alone before it (:data:`CLAUSE_BREAK`), or after a legal form's stop
    (:data:`LEGAL_STOP_BEFORE_NAME`), else the names after the first.

    >>> flat = "Acme Fund LP is managed by Acme Capital LLC, and Acme GP LLC is the general"
    >>> clause_subjects(flat, flat.index("Acme Cap"), flat.index(" is the"))
    ['Acme GP LLC']
    >>> flat = "As described in Item 4, Jane Roe, John Doe, and Mary Major are the members"
    >>> clause_subjects(flat, flat.index("Item"), flat.index(" are"))
    ['Jane Roe', 'John Doe', 'Mary Major']
    >>> flat = "Under the Agreement, Jane Roe and John Doe are the members"
    >>> clause_subjects(flat, flat.index("Agreement"), flat.index(" are"))
    ['Jane Roe', 'John Doe']
    >>> flat = "Jane Roe, John Doe, and Mary Major are the members"
    >>> clause_subjects(flat, 0, flat.index(" are"))
    ['Jane Roe', 'John Doe', 'Mary Major']
    >>> flat = "filed by Acme GP, LLC and Acme Fund, L.P. Acme GP, LLC is the general partner"
    >>> clause_subjects(flat, flat.index("Acme"), flat.index(" is the"))
    ['Acme GP, LLC']
    >>> flat = "the adviser to Roe Fund, L.P. ACL also is the general partner"
    >>> clause_subjects(flat, flat.index("Roe"), flat.index(" also"))
    ['ACL']
    >>> flat = "managed by Roe & Co. Fund Management LLC is the general partner"
    >>> clause_subjects(flat, flat.index("Roe"), flat.index(" is the"))
    ['Roe & Co. Fund Management LLC']
    >>> flat = "An affiliate of Acme Corp. is the general partner"
    >>> clause_subjects(flat, flat.index("Acme"), flat.index(" is the"))
    []
    """
    opening = OPENING_PHRASE.match(flat)
    if opening is not None and start < opening.end() < end:
        start = opening.end()  # "Under the Agreement, Jane Roe and ...": not "Agreement"
    names = split_names(flat[start:end])
    if UNNAMED_OF_BEFORE.search(flat, max(0, start - 80), start) is not None:
        # "An affiliate of Acme Corp. is the general partner": Acme Corp. is not; "A subsidiary
        # of Acme Corp., Beta GP LLC, is": the name in apposition is
        return names[1:] if len(names) > 1 and (flat[start:end].rstrip().endswith(",")
                                                or flat[end:end + 1] == ",") else []
    if OBJECT_BEFORE.search(flat, max(0, start - 20), start) is None:
        return names
    stops = list(LEGAL_STOP_BEFORE_NAME.finditer(flat, start, end))
    if stops and (len(names) > 1 or DEFINED_TERM_ONLY.match(flat, stops[-1].end(), end)):
        # "... by A and B, L.P. C is": C; "... adviser to A, L.P. ACL also is": ACL (one name
        # parts only before a defined term: "Roe Co. Europe PLC" is one)
        return split_names(flat[stops[-1].end():end])
    if len(names) < 2:
        return names
    cut = CLAUSE_BREAK.search(flat, start, end)
    if cut is not None and "," not in flat[start:cut.start()]:
        return split_names(flat[cut.end():end])  # "... by A, and B is": B
    return names[1:]  # "... in Item 4, Jane Roe, John Doe, and Mary Major are": not Item 4


def opens_a_clause(flat: str, start: int, after_and: bool = True) -> bool:
    """True when ``start`` of ``flat`` (a sentence on one line) is where a clause opens: the
    sentence's start, after an opening phrase (:data:`OPENING_PHRASE`), ";" or ":", and, with
    ``after_and``, after ", and" (:data:`CLAUSE_OPENS_BEFORE`).

    >>> flat = "Finally, the general partner of A and B is X; the general partner of C is Y"
    >>> opens_a_clause(flat, flat.index("the")), opens_a_clause(flat, flat.index("the", 20))
    (True, True)
    >>> flat = "Acme GP LLC is the general partner of A, and the general partner of B is X"
    >>> opens_a_clause(flat, flat.index("the")), opens_a_clause(flat, flat.index("the", 20))
    (False, True)
    >>> opens_a_clause(flat, flat.index("the", 20), after_and=False)
    False
    """
    before = CLAUSE_OPENS_BEFORE.search(flat, max(0, start - 20), start)
    if before is not None and (after_and or not before.group(0).lstrip().startswith(",")):
        return True
    opening = OPENING_PHRASE.match(flat)
    return opening is not None and opening.end() == start


def opening_phrase_at(flat: str, at: int) -> bool:
    """True when a name read from ``at`` of ``flat`` (a sentence on one line) starts with its
    opening phrase (:data:`OPENING_PHRASE`): "Additionally" of "Additionally, the managing member
    of ...", "Through Acme Holdings LLC" of "Through Acme Holdings LLC, the general partner of
    ..." are no names. A name at the end of the phrase is one: "Acme & Co., Inc." of "By virtue
    of Jane Roe's positions as President of Acme & Co., Inc., the general partner of ...".

    >>> flat = "Additionally, the managing member of Acme GP LLC, as trustee of the Roe Trust"
    >>> opening_phrase_at(flat, 0), opening_phrase_at(flat, flat.index("Acme"))
    (True, False)
    >>> flat = "By virtue of Jane Roe's positions as President of Acme & Co., Inc., the general"
    >>> opening_phrase_at(flat, flat.index("Acme"))
    False
    """
    opening = OPENING_PHRASE.match(flat)
    return opening is not None and at == opening.start("phrase")


def subject_list(flat: str, start: int, end: int) -> Optional[str]:
    """The list of two names or more at ``flat[start:end]`` that is a clause's subject: the
    whole list where a clause opens (:func:`opens_a_clause`); otherwise what follows its first
    ", and" (:data:`CLAUSE_BREAK`: the names before it end the clause before) when that is a
    list; None when no list of the clause's own is left.

    >>> flat = "John Doe is the President of Acme Corp., and Beta LP and Gamma LP are advised by X"
    >>> subject_list(flat, flat.index("President"), flat.index(" are"))
    'Beta LP and Gamma LP'
    >>> flat = "Acme Fund LP, Beta Fund LP, and Gamma Fund LP are advised by X"
    >>> subject_list(flat, 0, flat.index(" are"))
    'Acme Fund LP, Beta Fund LP, and Gamma Fund LP'
    >>> flat = "Shares held in accounts of Acme Fund LP and Beta Fund LP are wholly owned by X"
    >>> subject_list(flat, flat.index("Acme"), flat.index(" are")) is None
    True
    """
    if opens_a_clause(flat, start):
        return flat[start:end]
    cut = CLAUSE_BREAK.search(flat, start, end)
    if cut is None or len(split_names(flat[cut.end():end])) < 2:
        return None  # "Shares held in accounts of A and B are": no subject of their own
    return flat[cut.end():end]


def listed_subject(flat: str, m: re.Match[str]) -> list[str]:
    """The names of the list a match ``m`` in ``flat`` holds as group ``held`` when it is the
    subject of the verb after it: every name after "Each of" or "Both" (group ``each``),
    otherwise from where its clause opens (:func:`subject_list`); none when the list is the
    object of a preposition ("The Shares held by (the) A and B are ...":
    :func:`~graphkit.parsers.prose_guards.after_preposition`) or no clause's own.

    >>> from graphkit.parsers.prose_subsidiary_patterns import LISTED_SUBSIDIARIES_OF as P
    >>> [listed_subject(f, P.search(f)) for f in (
    ...  "Acme Sub LP and Beta Sub LP are subsidiaries of Acme Corp.",
    ...  "Each of Acme Sub LP and Beta LP is a subsidiary of Acme Corp.",
    ...  "The Shares held by Acme Sub LP and Beta Sub LP are subsidiaries of Acme Corp.")]
    [['Acme Sub LP', 'Beta Sub LP'], ['Acme Sub LP', 'Beta LP'], []]
    """
    start, end = m.span("held")
    if m["each"]:
        listed: Optional[str] = m["held"]
    elif after_preposition(flat, start - 4 if flat.endswith("the ", 0, start) else start):
        return []
    else:
        listed = subject_list(flat, start, end)
    return [t for t in (trim_name(n) for n in split_names(listed or "")) if t]
