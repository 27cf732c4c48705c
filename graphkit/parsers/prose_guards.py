"""Statements in filing prose that name a role but state no current fact.

A relationship pattern (:mod:`graphkit.parsers.prose_patterns`) reads "X is a director of Y"
wherever it stands. Some of these sentences deny it, suppose it, or tell a history:
"No Reporting Person is a director of Acme Corp.", "If Jane Q. Roe were the manager of ...",
"From 1990 to 1995, Mr. Roe served as Executive Vice President of Acme Corp.", "Mr. Roe was
Treasurer of Acme Corp. until his retirement". A control graph holds what is true as of the
filing, so these give no finding; nor does a name that is the object of a kinship phrase
("John A. Doe, husband of Jane Q. Roe, is a director": Jane Q. Roe is not the one), nor an
officer of a public body ("Secretary of State of Delaware"). When unsure, nothing is read: a
missing edge is better than a wrong one.

The rule on time: a plain past tense ("was the general partner of X at the time of the
transaction", "served as President of Y") is read as the role it states, as before; a past
tense with a span that ended ("until 2005", "prior to 2001", "from 1990 to 1995") or a word
that makes the role past ("formerly", "previously", "retired", "no longer") is not.

Examples
--------
>>> not_asserted("No Reporting Person is a director of Acme Corp.", 0, "No Reporting Person")
True
>>> past_role("Mr. Roe was Treasurer of Acme Corp. until 2001.", 0, 32, past_verb=True)
True
>>> past_role("Acme GP was the general partner of Acme Fund at the time.", 0, 44,
...           past_verb=True)
False
"""

from __future__ import annotations

import re

from graphkit import regex_cache

_F = re.VERBOSE

#: A word before a holder that denies or supposes what follows: "No Reporting Person is",
#: "Neither Reporting Person is", "None of the Reporting Persons is", "nor John A. Doe is",
#: "If Jane Q. Roe were" (the holder's name read by the patterns may start with the word, so
#: the first word of the holder is tested as well: see :func:`not_asserted`)
NEGATION_BEFORE = regex_cache.compile(r"""
    (?<![A-Za-z])(?:[Nn]o|[Nn]either|[Nn]or|[Nn]ot|[Nn]one\s+of(?:\s+(?:the|its|their))?
      |[Ii]f|[Uu]nless|[Ww]hether|NO|NEITHER|NOR|NOT|NONE\s+OF(?:\s+THE)?|IF)
    \s+$                                   # "None of the " right before the holder
""", _F)
#: The first word of a holder read with the denial in it: "No" of "No Reporting Person"
NEGATION_WORDS = frozenset({"no", "neither", "nor", "not", "none", "if", "unless", "whether"})

#: The words that open a clause and deny what it says of every name listed after them, up to
#: its verb: "Neither " of "Neither Acme Inc. nor Beta LLC is wholly owned by Jane Roe", "None
#: of ", "Neither of ", "No ", "Not all of ", "Not one of ", "It is not the case that " (not "No
#: later than May 1, 2020, ", "Not only ", "Not less than ...": no denial of the names)
DENIED_OPENING = regex_cache.compile(r"""
    \s*(?i:(?:neither|none|not\s+(?:all|one|any|each|every))(?:\s+of(?:\s+(?:the|its|their))?)?
      |no(?!\s+(?:later|earlier|sooner|more|less|fewer|longer|other)\b)|nor
      |it\s+is\s+not\s+(?:the\s+case|true)\s+that)\s+
""", _F)
#: A verb (in lower case, as no name writes it): the text between a denying opening and a
#: subject holding one is a clause of its own ("Neither Jane Roe nor John Doe owns Shares held
#: by Acme Inc., which is wholly owned by ...": Acme Inc. is)
CLAUSE_VERB = regex_cache.compile(r"""
    (?<![A-Za-z])(?:is|are|was|were|be|been|has|have|had|does|do|did|owns?|holds?|may|might
      |will|would|shall|should|can|could|must|serves?|acts?|controls?|manages?|advises?)(?![A-Za-z])
""", _F)
#: Where the names a denying opening governs end, so that a subject after it is not denied: an
#: aside still open at the subject (group ``aside``: ", which " of "None of the Reporting Persons
#: other than A, which is wholly owned by B, holds", ", a " of "... A, a fund managed by B, are"),
#: or the names excepted or described ("other than " of "No Reporting Person, other than Acme Sub
#: LLC, a wholly owned subsidiary of ...", "held by " of "None of the Shares held by Acme Fund LP")
DENIED_LIST_END = regex_cache.compile(r"""
    (?P<aside>,\s+(?:which|who|a|an)\s)
    |(?<![A-Za-z])(?:other\s+than|except(?:\s+for)?|held\s+by|owned\s+by)(?![A-Za-z])
""", _F)
#: Where a clause may open before a subject: after ";", ":", ", and ", ", but " (the opening
#: phrases and item marks of a sentence's start are read by :data:`DENIED_OPENING` itself)
_CLAUSE_OPENS = regex_cache.compile(r"""(?:[;:]|,\s+(?:and|but|while|whereas))\s+""", _F)
#: A word that denies the verb right after it (searched back from the verb: it ends there):
#: "not " of "Acme Inc., a Delaware corporation not wholly owned by Jane Roe", "no longer ",
#: "never ", "not directly "
PREDICATE_NEGATION = regex_cache.compile(r"""
    (?<![A-Za-z])(?:not|never|no\s+longer)\s+(?:(?:directly|indirectly|currently|presently)\s+)?$
""", _F | re.I)

#: A kinship word: "husband", "daughter-in-law", "grandchildren" (any case)
KIN = r"""(?i:husband|wife|spouse|widow|widower|son|daughter|child|children|father|mother
    |parent|brother|sister|sibling|nephew|niece|cousin|relative
    |grand(?:son|daughter|child|children|father|mother|parent)
    |(?:son|daughter|brother|sister|father|mother)-in-law)s?"""
#: A kinship phrase whose object a holder is, so that the holder is not the subject: "husband
#: of " of "John A. Doe, husband of Jane Q. Roe, is an officer", "the daughter-in-law of "
KINSHIP_OF = regex_cache.compile(rf"""
    (?<![A-Za-z]){KIN}\s+of\s+(?:the\s+)?$     # "husband of " right before the holder
""", _F)

#: A word that makes a role past when it stands in the statement or just before it: "Mr. Roe
#: was formerly the manager of", "Previously, Mr. Roe was an officer of", "retired", "no
#: longer" (not "formerly known as", which names a party, nor "as previously reported", which
#: speaks of the filing)
PAST_WORD = regex_cache.compile(r"""
    (?<![A-Za-z])(?:(?i:formerly)(?!\s+(?:known|named|called|doing|d/b/a))
      |(?i:previously)(?!\s+(?:reported|disclosed|filed|described|stated|announced|amended
                               |set\s+forth|provided|furnished|noted))
      |(?i:retired)|(?i:retirement)|(?i:no\s+longer))(?![A-Za-z])
""", _F)

#: How far before a statement a :data:`PAST_WORD` still makes it past ("Previously, " before
#: "Mr. Roe was ..."), in characters
PAST_WORD_REACH = 40
#: A span of time that ended, past only with a past verb: "until his retirement", "prior to
#: 2001", "From 1990 to 1995", "from March 1990 through June 1995", "between 1990 and 1995",
#: "Between the years 1990 and 1999", "Between the years of 1990 and 1999", "during the period
#: from 1990 to 1995", "During the years 1990 through 1995", "In the years 1990 to 1995", "From
#: 1990-1995" (not "from time to time", nor "in 1990 and" without "the years")
PAST_SPAN = regex_cache.compile(r"""
    (?<![A-Za-z])(?:(?i:until)|(?i:prior\s+to)
      |(?:(?i:from|between)\s+(?i:the\s+(?:years?|period)(?:\s+of)?\s+)?
        |(?i:during|in)\s+(?i:the\s+(?:years?|period)(?:\s+of)?\s+))
        (?:[A-Z][a-z]+\.?\s+)?(?:[0-9]{1,2},?\s+)?[0-9]{4}
        (?:\s+(?:to|until|through|and)\s|\s*[-–—]\s*[0-9]{4}(?![0-9])))
""", _F)
#: A past verb of a role: "was", "served as", "had been" (present ones: "is", "serves")
PAST_VERB = regex_cache.compile(r"""(?<![A-Za-z])(?:was|were|served|acted|had\s+been)(?![A-Za-z])""", _F)

#: A public body, whose officers hold a public office, not a company's: "State of Delaware"
#: (of "Secretary of State of Delaware"), "Treasury", "United States", "City of Acme"
PUBLIC_BODY = regex_cache.compile(r"""
    ^(?:(?:State|Commonwealth|Republic|Kingdom|City|County|Town|Village|Province|Department
        |Ministry)\s+of\s
      |(?:U\.\s?S\.|United\s+States)(?:\s+(?:of\s+America|Government|Senate|Army|Navy
        |Treasury|Department\s+of\s.*))?\.?$
      |Treasury(?:\s+Department)?\.?$)
""", _F)

#: Unnamed members of a group, no one party: "Subsidiaries of Acme Corp.", "Certain affiliates
#: of Acme", "Wholly-owned subsidiaries of Acme Corp." (a name never opens with a plural like
#: these and "of")
UNNAMED_GROUP = regex_cache.compile(r"""
    ^(?:(?:[Cc]ertain|[Vv]arious|[Ss]everal|[Oo]ther|[Ss]ome|[Tt]wo|[Tt]hree|[Tt]he)\s+)?
    (?:(?:[Dd]irect|[Ii]ndirect|[Ww]holly[- ]owned|[Cc]ontrolled)\s+)?
    (?:[Ss]ubsidiaries|[Aa]ffiliates|[Oo]fficers|[Dd]irectors|[Ee]mployees|[Ss]hareholders
      |[Ss]tockholders|[Ee]ntities|[Cc]lients|[Mm]embers)\s+of\s
""", _F)


#: A governing body named alone, no party: the "Board" of "Jane Roe is the Chairman of the
#: Board." (whose board is not told), "Board of Directors", "Investment Committee"
GOVERNING_BODY = regex_cache.compile(r"""
    ^(?:[Tt]he\s+)?(?:Board(?:\s+of\s+(?:Directors|Managers|Trustees|Governors))?
      |(?:(?:Investment|Executive|Audit|Compensation)\s+)?Committee)\.?$
""", _F)


#: A preposition before a name, and the capitalised words of the name before the start of a
#: holder: "of " of "An officer of Acme Corp. has been elected", and "of Acme " before "Corp."
PREPOSITION_BEFORE = regex_cache.compile(r"""
    (?<![A-Za-z])(?:of|by|to|for|with|from|at|in|on)\s+(?:[A-Z][A-Za-z0-9.,'&\-]*\s+){0,6}$
""", _F)


#: A passive verb's "by" right before a holder: "owned jointly by " of "Acme GP LLC, which is
#: owned jointly by John Doe and Jane Roe, is the general partner of Acme Fund LP" (searched back
#: from the holder: it ends there)
BY_BEFORE = regex_cache.compile(r"""(?<![A-Za-z])by\s+$""", _F)

#: A "whose" clause's role right before a holder: ", whose sole member is " of "Acme GP LLC,
#: whose sole member is Jane Roe, is the general partner of Acme Fund LP", also ", the sole
#: member of which is ", ", the sole member and manager of which is " (searched back from the
#: holder: it ends there)
WHOSE_ROLE_BEFORE = regex_cache.compile(r"""
    ,\s*(?:whose\s+(?:[a-z]+\s+){1,4}|the\s+(?:[a-z]+\s+){1,5}of\s+which\s+)(?:is|are|was|were)\s+$
""", _F)

#: The comma that closes a relative clause or an aside between a holder and its verb: ", is"
CLAUSE_CLOSED = regex_cache.compile(r"""\s*,\s*(?:is|are|was|were|serves|serve|acts|act|has|have)\b""", _F)


#: A plural verb between holders and their roles: "Roe & Doe are", "The Reporting Persons
#: were" (one holder so named is several: "respectively" pairs nothing with it)
PLURAL_VERB = regex_cache.compile(r"""\b(?:are|were|serve|act)\b""", _F)

#: A verb of holding right after the parent of "X, a subsidiary of Y", with no comma closing the
#: aside, in the singular of "a subsidiary", and a stake after it: " holds 25%" of "an interest
#: in Acme LP, a subsidiary of Beta Corp. holds 25%" (not " has sole voting power": review s24-ctl
#: round 2) (not " held" of "held by Acme Sub LLC, a subsidiary of Beta Corp. held
#: in a margin account", nor " have" of "The Shares owned by ..., a subsidiary of Beta Corp.
#: have been pledged": see :func:`subsidiary_opens_clause`)
VERB_AFTER_PARENT = regex_cache.compile(r"""
    \s+(?:holds|owns|has)\s+(?:(?:approximately|about|over|an?)\s+)?
    (?:\d[\d.,]*\s*(?:%|percent\b)|the\s+(?:remaining|rest|balance|remainder)\b
      |(?:\d[\d.,]*\s*%\s+)?(?:interest|stake)\b)
""", _F)

def agent_of_a_clause(flat: str, start: int, end: int) -> bool:
    """True when the holder at ``flat[start:end]`` is the agent of a passive verb, or the
    complement of a "whose" clause, set off before the verb after it ("Acme GP LLC, which is
    owned by Jane Roe, is the general partner of ...", "Acme GP LLC, whose sole member is Jane
    Roe, is the general partner of ...": Acme GP LLC is, not Jane Roe). Without the comma
    before the verb the names
    after "by" may run on into the next subject, and are left to the patterns.

    >>> flat = "Acme GP LLC, which is owned jointly by John Doe and Jane Roe, is the general"
    >>> agent_of_a_clause(flat, flat.index("John"), flat.index(", is"))
    True
    >>> flat = "Acme GP LLC, whose sole member is Jane Roe, is the general partner of"
    >>> agent_of_a_clause(flat, flat.index("Jane"), flat.index(", is"))
    True
    >>> flat = "The Shares are held by Acme Fund LP and Acme GP LLC is the general partner"
    >>> agent_of_a_clause(flat, flat.index("Acme Fund"), flat.index(" is the"))
    False
    """
    if CLAUSE_CLOSED.match(flat, end) is None:
        return False
    return BY_BEFORE.search(flat, max(0, start - 4), start) is not None or \
        WHOSE_ROLE_BEFORE.search(flat, max(0, start - 60), start) is not None


def after_preposition(flat: str, start: int) -> bool:
    """True when the holder at ``start`` in ``flat`` is (part of) the object of a preposition,
    so not the subject of the verb after it (:data:`PREPOSITION_BEFORE`).

    >>> flat = "An officer of Acme Corp. has been elected"
    >>> after_preposition(flat, flat.index("Acme")), after_preposition(flat, flat.index("Corp"))
    (True, True)
    >>> after_preposition("On May 1, 1992, Jane Q. Roe was elected", 16)
    False
    """
    return PREPOSITION_BEFORE.search(flat, max(0, start - 120), start) is not None


def subsidiary_opens_clause(flat: str, held_start: int, parent_end: int) -> bool:
    """True when "a subsidiary of Y" after the name at ``held_start`` in ``flat`` (Y ending at
    ``parent_end``) opens a clause of its own, so the name is not Y's subsidiary: the name is
    the object of a preposition (:func:`after_preposition`, so no subject of a verb) and a
    verb of holding follows Y with no comma (:data:`VERB_AFTER_PARENT`). In "Acme Corp. owns
    63% of Acme LP, a subsidiary of Beta Corp. holds 25%" an unnamed subsidiary of Beta Corp.
    holds a minority of Acme LP; Beta Corp. is not Acme LP's parent.

    >>> flat = "Acme Corp. owns 63% of Acme LP, a subsidiary of Beta Corp. holds 25%"
    >>> subsidiary_opens_clause(flat, flat.index("Acme LP"), flat.index(" holds"))
    True
    >>> flat = "The Shares are held by Acme LP, a subsidiary of Beta Corp., which holds them"
    >>> subsidiary_opens_clause(flat, flat.index("Acme LP"), flat.index(", which"))
    False
    >>> flat = "In addition to Jane Roe, Acme LP, a subsidiary of Beta Corp. holds 1,000 Shares"
    >>> subsidiary_opens_clause(flat, flat.index("Acme LP"), flat.index(" holds"))
    False
    >>> flat = "Acme LP, a subsidiary of Beta Corp. holds 1,000 Shares"   # the subject holds
    >>> subsidiary_opens_clause(flat, 0, flat.index(" holds"))
    False
    """
    return VERB_AFTER_PARENT.match(flat, parent_end) is not None and \
        after_preposition(flat, held_start) and not flat[:held_start].rstrip().endswith(",")


def not_asserted(flat: str, start: int, holder: str, subject: bool = True) -> bool:
    """True when the holder at ``start`` in ``flat`` is denied or supposed, not stated
    (:data:`NEGATION_BEFORE`, :data:`NEGATION_WORDS`), or, when the holder is the
    ``subject`` of the verb after it ("Jane Q. Roe, is a director"), the object of a kinship
    phrase (:data:`KINSHIP_OF`). In "the husband of Ms. Roe, who is the Secretary of ..." the
    holder of a relative clause is rightly the kin.

    >>> not_asserted("None of the Reporting Persons is a director", 12, "Reporting Persons")
    True
    >>> not_asserted("John A. Doe, husband of Jane Q. Roe, is", 24, "Jane Q. Roe")
    True
    >>> not_asserted("The Reporting Person is a director", 4, "Reporting Person")
    False
    """
    first = holder.split(maxsplit=1)[0].lower() if holder.strip() else ""
    if first in NEGATION_WORDS:
        return True
    lo = max(0, start - 30)
    return (NEGATION_BEFORE.search(flat, lo, start) is not None
            or (subject and KINSHIP_OF.search(flat, lo, start) is not None))


def subject_denied(flat: str, start: int) -> bool:
    """True when the subject at ``start`` of ``flat`` (a sentence on one line) is one of the
    names a denying opening of its clause governs (:data:`DENIED_OPENING`): "Neither Acme Inc.
    nor Beta LLC is ...", "None of Acme Fund LP, Beta Fund LP, and Gamma Fund LP is ...", "It
    is not the case that Acme Inc. is ...". The clause opens at the sentence's start or after
    ";", ":" or ", and"; between the opening and the subject stand names only, no verb
    (:data:`CLAUSE_VERB`).

    >>> flat = "Neither Acme Inc. nor Beta LLC is wholly owned by Jane Roe."
    >>> subject_denied(flat, flat.index("Beta")), subject_denied(flat, flat.index("Acme"))
    (True, True)
    >>> flat = "None of Acme Fund LP, Beta Fund LP, and Gamma Fund LP is managed by X."
    >>> subject_denied(flat, flat.index("Gamma"))
    True
    >>> flat = "NEITHER ACME INC. nor BETA LLC is wholly owned by JANE ROE."  # a stand-in
    >>> subject_denied(flat, 0), subject_denied(flat, flat.index("BETA"))
    (True, True)
    >>> flat = "No later than May 1, 2020, Acme Inc. was wholly owned by Jane Roe."
    >>> subject_denied(flat, flat.index("Acme"))
    False
    >>> flat = "Neither Jane Roe nor John Doe owns Shares of Acme Inc., which is owned by X."
    >>> subject_denied(flat, flat.index("Acme"))
    False

    A relation stated in an aside or of a name excepted is not denied (:data:`DENIED_LIST_END`):

    >>> flat = "No Reporting Person, other than Acme Sub LLC, a wholly owned subsidiary of X, holds"
    >>> subject_denied(flat, flat.index("Acme"))
    False
    >>> flat = "Neither Acme Inc., a Delaware corporation, nor Beta LLC is wholly owned by X."
    >>> subject_denied(flat, flat.index("Beta"))  # the aside closed before Beta LLC
    True
    """
    if DENIED_OPENING.match(flat, start) is not None:
        return True  # "NEITHER ACME INC.": the denial read as the name's first word
    opens = [0] + [m.end() for m in _CLAUSE_OPENS.finditer(flat, 0, start)]
    for lo in reversed(opens):
        m = DENIED_OPENING.match(flat, lo, start)
        if m is not None and CLAUSE_VERB.search(flat, m.end(), start) is None:
            return not _list_ended(flat, m.end(), start)
    return False


def _list_ended(flat: str, lo: int, start: int) -> bool:
    """True when the denied names after ``lo`` end before the subject at ``start``: an aside
    still open there, or a name excepted or described (:data:`DENIED_LIST_END`).

    >>> flat = "None of the Shares held by Acme Fund LP, a fund managed by Acme Capital LLC, are"
    >>> _list_ended(flat, 8, flat.index("Acme Fund")), _list_ended(flat, 0, 4)
    (True, False)
    """
    for end in DENIED_LIST_END.finditer(flat, lo, start):
        if end["aside"] is None or "," not in flat[end.end():start]:
            return True
    return False


def verb_denied(flat: str, at: int) -> bool:
    """True when the verb at ``at`` of ``flat`` is denied by the words right before it
    (:data:`PREDICATE_NEGATION`): "not wholly owned by" of "Acme Inc., a Delaware corporation
    not wholly owned by Jane Roe". A negation further back is about something else ("a fund not
    registered under the Act, which is managed by").

    >>> flat = "Acme Inc., a Delaware corporation not wholly owned by Jane Roe"
    >>> verb_denied(flat, flat.index("wholly")), verb_denied(flat, flat.index("Jane"))
    (True, False)
    """
    return PREDICATE_NEGATION.search(flat, max(0, at - 40), at) is not None


#: Where a clause of a sentence ends: "; " (a sentence's clauses on one role each)
_CLAUSE_END = ";"


def past_role(flat: str, start: int, end: int, past_verb: bool) -> bool:
    """True when the role stated in ``flat[start:end]`` is past: a :data:`PAST_WORD` in the
    statement or just before it (:data:`PAST_WORD_REACH`), or, with ``past_verb`` (the
    statement's verb is past: :data:`PAST_VERB`), a :data:`PAST_SPAN` in its clause (the text
    between the ";" around it).

    >>> past_role("From 1990 to 1995, Mr. Roe served as President of Acme Corp.", 19, 60,
    ...           past_verb=True)
    True
    >>> past_role("Mr. Roe is a director of Acme Corp. until the next meeting.", 0, 34,
    ...           past_verb=False)
    False
    >>> past_role("As previously reported, Mr. Roe is a director of Acme Corp.", 24, 59,
    ...           past_verb=False)
    False
    """
    lo = flat.rfind(_CLAUSE_END, 0, start) + 1
    hi = flat.find(_CLAUSE_END, end)
    clause = flat[lo:] if hi < 0 else flat[lo:hi]
    if PAST_WORD.search(flat, max(lo, start - PAST_WORD_REACH), end) is not None:
        return True
    return past_verb and PAST_SPAN.search(clause) is not None


def is_unnamed_group(name: str) -> bool:
    """True when ``name`` is unnamed members of a group (:data:`UNNAMED_GROUP`), no party.

    >>> is_unnamed_group("Subsidiaries of Acme Corp."), is_unnamed_group("Acme Subsidiaries Inc.")
    (True, False)
    """
    return UNNAMED_GROUP.match(name) is not None


def is_governing_body(name: str) -> bool:
    """True when ``name`` is a governing body named alone (:data:`GOVERNING_BODY`), no party.

    >>> is_governing_body("Board"), is_governing_body("Board of Directors")
    (True, True)
    >>> is_governing_body("Board of Directors of Acme Corp."), is_governing_body("Boardwalk Inc.")
    (False, False)
    """
    return GOVERNING_BODY.match(name) is not None


def is_public_body(name: str) -> bool:
    """True when ``name`` is a public body (:data:`PUBLIC_BODY`): its officers hold public
    offices, which no control graph holds.

    >>> is_public_body("State of Delaware"), is_public_body("United States")
    (True, True)
    >>> is_public_body("State Street Corp."), is_public_body("United States Steel Corporation")
    (False, False)
    """
    return PUBLIC_BODY.match(name) is not None


#: Words right before a subject that make what follows supposed, not stated (searched back from
#: the subject: they end there): "If " of "If Acme GP LLC is owned by Jane Roe, she may be
#: deemed ...", "To the extent ", "Assuming the ", "It is expected that ", "in the event that ",
#: "So long as "; not "believe(s) that" nor "understand(s) that" (what the filer holds true)
SUPPOSED_BEFORE = regex_cache.compile(r"""
    (?<![A-Za-z])(?i:if|unless|whether|assuming|provided(?:\s+that)?|when(?:ever)?|once|until
      |should|suppos(?:e|ing)|to\s+the\s+extent(?:\s+that)?|in\s+the\s+event(?:\s+that)?
      |in\s+case|(?:expected|anticipated|intended|assumed|believed|possible|likely)\s+that
      |(?:expects?|anticipates?|intends?|assumes?)\s+that|(?:for\s+)?(?:so|as)\s+long\s+as)
    \s+(?:the\s+)?$
""", _F)


def supposed_before(flat: str, start: int) -> bool:
    """True when the subject at ``start`` of ``flat`` follows a word that supposes what the
    sentence says of it (:data:`SUPPOSED_BEFORE`), which is then no fact.

    >>> flat = "To the extent Acme GP LLC is owned by Jane Roe, she may be deemed to own it."
    >>> supposed_before(flat, flat.index("Acme")), supposed_before(flat, 0)
    (True, False)
    >>> flat = "It is expected that Jane Roe is the Issuer's President."
    >>> supposed_before(flat, flat.index("Jane"))
    True
    """
    return SUPPOSED_BEFORE.search(flat, max(0, start - 40), start) is not None


#: A word that opens a sentence before its subject and is no part of the subject's name:
#: "Because " of "Because Acme GP LLC is owned by Jane Roe, she may be deemed ..." (read without
#: it); a supposition (group ``cond``: "If ", "Whether ", "When ", "So long as ") states nothing
OPENER = regex_cache.compile(r"""
    (?:(?P<cond>If|Unless|Whether|Assuming|Provided|When|Whenever|Once|Until|Should|Suppose
       |Supposing|(?:For\s+so|So|As)\s+long\s+as)
      |Because|Since|Although|Though|While|Whereas|As)\s+(?=[A-Z0-9])
""", _F)
