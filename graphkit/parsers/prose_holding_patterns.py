"""Named patterns of holdings stated in prose: "ACFA was the record holder of 32,770 shares",
"X directly owns 1,000 shares", "Acme Partners beneficially owns 1,570,000 Units", "Acme Bank, a
subsidiary of Acme Corp., is the beneficial owner of 1,000 shares or 0.1%".

Built from the name blocks of :mod:`graphkit.parsers.prose_patterns`;
:func:`graphkit.parsers.prose.find_relationships` applies them to the sentences holding their
cue and reads the percent stated after the shares (:data:`HOLDING_PERCENT`).

Examples
--------
>>> m = RECORD_HOLDER.search('Acme Partners, L.P., a New York limited partnership ("Acme '
...                          'Partners"), holds 541,710 shares of Common Stock')
>>> m["holder2"], m["shares2"]
('Acme Partners, L.P.', '541,710')
>>> HOLDING_PERCENT.match(" or 9.789% of the Common Stock")["pct"]
'9.789'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphkit import regex_cache
from graphkit.parsers.prose_aside_patterns import ADDRESS_ASIDE
from graphkit.parsers.prose_patterns import _LEGAL, _NAME, _TRUSTEE_WORD
from graphkit.parsers.voting_power import VOTING_POWER_AFTER_PATTERN

_F = re.VERBOSE

#: A descriptor or a defined term between a holder and its verb, skipped: ", a New York limited
#: partnership ("Acme Partners"),", ' ("Acme"),', ", a wholly-owned subsidiary of Acme, Inc.,", a
#: trust's trustee ", Jane Q. Roe, Trustee ("Trust 1")"
_HOLDER_ASIDE = rf"""(?:\s*,\s+(?:a|an)\s+(?:[^,;()"“”]|,(?=\s*{_LEGAL})){{1,160}}?
      (?:\s*\((?:the\s+)?["“][^"“”()]{{1,40}}["”]\))?\s*,
    |\s*,(?=[^;()]{{0,80}}?,\s+(?:as\s+)?{_TRUSTEE_WORD})\s+{_NAME},\s+(?:as\s+)?{_TRUSTEE_WORD}
      (?:\s*\((?:the\s+)?["“][^"“”()]{{1,40}}["”]\))?\s*,?
    |\s*\((?:the\s+)?["“][^"“”()]{{1,40}}["”]\)\s*,?)?"""
#: How a count of shares opens: a digit, or an "l" or "I" OCR read for a 1 before a digit or
#: its group mark ("l,570,000")
_COUNT_OPEN = r"""(?:[0-9]|[lI](?=[,.]?[0-9]))"""
#: A count of shares where any text may stand before it ("1,000 shares held by ...", a list of
#: counts): "1,570,000", and as a scan may print it: "1,570 000", "320 000" (a space for a
#: comma before three digits, after a group of three digits at most: never "1998 500"),
#: "2l1,700", "1,S70,000", "l,570,000" (a letter for a digit: :func:`graphkit.ocr.read_quantity`
#: reads it); never the "1,700" or "700" of "2l1,700" (a count opens after no letter, digit or
#: its group mark); never a space then a comma group: "On May 15 250,000 shares were held by"
#: holds 250,000 (:data:`_COUNT_AFTER_VERB` reads "1 570,000" where only a count can stand)
_COUNT = rf"""(?<![0-9A-Za-z])(?<![0-9A-Za-z][,.])
    (?:[0-9]{{1,3}}(?:[,.][0-9]{{3}})*(?:[ ][0-9]{{3}})+(?![0-9])
      |{_COUNT_OPEN}[0-9,.lIoOSB]*[0-9])"""
#: A count right after its verb ("owns 1,570,000", "the owner of 5"), where nothing else than a
#: count can stand: :data:`_COUNT`'s readings, and "1 570,000", "l,570 000" (a space for any
#: comma), and a count OCR glued to its verb ("owns1,000 shares": after two letters the last of
#: which OCR never reads for a digit, and on a digit: "l1,000" may be 11,000)
_COUNT_AFTER_VERB = rf"""(?:(?<![0-9A-Za-z])|(?<=[A-Za-z]{{2}})(?<![lIoOSB])(?=[0-9]))
    (?<![0-9A-Za-z][,.])
    (?:{_COUNT_OPEN}[0-9]{{0,2}}(?=(?:[,.][0-9lIoOSB]{{3}})*[ ][0-9]{{3}}(?![0-9]))
         (?:[,.][0-9lIoOSB]{{3}}|[ ][0-9lIoO]{{3}})+(?![0-9])
      |{_COUNT_OPEN}[0-9,.lIoOSB]*[0-9])"""
#: A footnote mark glued to a holding's count, skipped: the "(1)" of "held 1,000(1) shares", the
#: "*" of "owns 1,000* shares" (a mark after a space is none: "1,000 (1) shares")
_COUNT_NOTE = r"""(?:\([0-9]{1,2}\)|\*{1,3})?"""
#: The noun after a holding's count: "shares", "Units", and a filing's defined term for the
#: class, "Shares", "Common Shares", "Ordinary Shares" (never another class: "Preferred Shares")
_SHARES_NOUN = r"""(?:(?:Common|Ordinary)\s+)?(?:[Ss]hares|[Uu]nits)"""
#: "ACFA was the record holder of 32,770 shares" (a branch of :data:`RECORD_HOLDER`)
_OF_RECORD = rf"""
    (?P<holder>{_NAME}){_HOLDER_ASIDE}\s+(?:is|was|are|were)\s+(?:the\s+)?(?:record\s+(?:holder|owner)|holder\s+of\s+record)
    \s+of\s+(?:an\s+aggregate\s+of\s+)?(?P<shares>[0-9lIoO][0-9lIoO,.\s]*[0-9]){_COUNT_NOTE}
    \s+{_SHARES_NOUN}"""
#: "X directly owns 1,000 shares", "X is currently the owner of 1,000 shares" (a branch of
#: :data:`RECORD_HOLDER`, group ``holder2``)
_OWNS = rf"""
    (?P<holder2>{_NAME}){_HOLDER_ASIDE}\s+(?:(?:directly\s+)?(?:owns|holds|held|owned)
      |(?:is|was)\s+(?:currently\s+|now\s+)?the\s+owner\s+of)\s*(?:directly\s+)?
    (?:of\s+record\s+)?(?P<shares2>{_COUNT_AFTER_VERB}){_COUNT_NOTE}\s+{_SHARES_NOUN}"""
#: "Acme Partners beneficially owns 1,570,000 Units" (group ``holder3``)
_BENEFICIALLY_OWNS = rf"""
    (?P<holder3>{_NAME}){_HOLDER_ASIDE}\s+beneficially\s+(?:owns|owned)\s*
    (?:an\s+aggregate\s+of\s+)?
    (?P<shares3>{_COUNT_AFTER_VERB}){_COUNT_NOTE}\s+{_SHARES_NOUN}"""
#: "Acme Bank, a subsidiary of Acme Corp., is the beneficial owner of 1,000 shares" (``holder4``)
_BENEFICIAL_OWNER = rf"""
    (?P<holder4>{_NAME})(?:{ADDRESS_ASIDE}?{_HOLDER_ASIDE})\s+(?:is|was)\s+the\s+beneficial\s+owner\s+of\s+
    (?:an\s+aggregate\s+of\s+)?(?P<shares4>{_COUNT_AFTER_VERB}){_COUNT_NOTE}\s+{_SHARES_NOUN}"""
#: "The ownership of one investment company, Acme Value Fund, amounted to 3,364,603 shares"
#: (group ``holder5``)
_AMOUNTED_TO = rf"""
    [Tt]he\s+ownership\s+of\s+(?:one|an?)\s+[a-z]+(?:\s+[a-z]+){{0,3}}\s*,\s*(?P<holder5>{_NAME})\s*,\s*
    amounted\s+to\s+(?P<shares5>{_COUNT_AFTER_VERB}){_COUNT_NOTE}\s+(?:shares|[Uu]nits)"""
#: "1,000 shares held by the Roe Family Trust" (group ``holder6``; ``joint6``: a second holder)
_OWNED_BY = rf"""
    (?P<shares6>{_COUNT}){_COUNT_NOTE}
    \s+(?:shares|[Uu]nits)\s+(?:of\s+(?:the\s+)?(?:[A-Z][A-Za-z]*\s+){{1,4}})?
    (?:(?:are|is|were|was)\s+)?(?:owned|held)\s+(?:jointly\s+)?(?:directly\s+)?(?:of\s+record\s+)?by\s+(?:the\s+)?
    (?P<holder6>{_NAME})(?:\s*,?\s+and\s+(?:by\s+)?(?P<joint6>{_NAME}))?
    (?=\s*[,;:()]|\s*\.?$|\s+and\s|\s+as\s+(?:joint|tenants)|\s+(?:jointly|JTWROS|with\s+right)\b)
"""
#: The branches of :data:`RECORD_HOLDER`, each with the words one of which every match of it
#: holds (the pattern is case-sensitive): see :func:`record_holders`
_RECORD_HOLDER_BRANCHES = (
    (_OF_RECORD, ("record",)),
    (_OWNS, ("owns", "holds", "held", "owned", "owner of")),
    (_BENEFICIALLY_OWNS, ("beneficially",)),
    (_BENEFICIAL_OWNER, ("beneficial",)),
    (_AMOUNTED_TO, ("amounted",)),
    (_OWNED_BY, ("owned", "held")),
)
#: "ACFA was the record holder of 32,770 shares of Common Stock"; "X directly owns 1,000 shares";
#: "Acme Partners beneficially owns 1,570,000 Units" (units of a limited partnership; group
#: ``holder3``: a beneficial holding, not one of record); "Acme Partners, L.P., a New York
#: limited partnership ("Acme Partners"), holds 541,710 shares"; 'Acme Research Company ("Acme"),
#: 82 Main Street, Boston, Massachusetts 02109, a wholly-owned subsidiary of Acme LLC ..., is the
#: beneficial owner of 5,294,228 shares' (group ``holder4``); "The ownership of one investment
#: company, Acme Value Fund, amounted to 3,364,603 shares" (group ``holder5``); "(b) 710,000
#: shares owned by Roe 1995 Charitable Trust, Jane Q. Roe, Trustee", "Includes 1,000 shares held
#: by the Roe Family Trust." (group ``holder6``: a whole name, not "Mr. Roe" of "Mr. Roe's"),
#: "1,000 shares held jointly by John Q. Doe and Mary R. Doe" (group ``joint6``: the second
#: holder, :mod:`graphkit.parsers.prose_holdings`)
RECORD_HOLDER = regex_cache.compile("|".join(branch for branch, _ in _RECORD_HOLDER_BRANCHES), _F)
#: What every match of a branch of :data:`RECORD_HOLDER` holds, where its words alone tell
#: little: the verb and the number of shares after it ("owns 1,000", "held of record 5", "is the
#: beneficial owner of an aggregate of 1"). A branch is searched only in a sentence holding it.
_AGGREGATE_SHARES = rf"""(?:an\s+aggregate\s+of\s+)?{_COUNT_OPEN}"""
#: What follows "owns" in a holding of shares: " directly of record 1", " 5", "1" (a count
#: glued to the verb by OCR: "owns1,000"), " l,000" (a count whose 1 OCR read as a letter;
#: never the "l" of "holds less than 1%")
_OWNS_SHARES = rf"""\s*(?:directly\s+)?(?:of\s+record\s+)?{_COUNT_OPEN}"""
_BRANCH_CUES = {
    _OWNS: regex_cache.compile(rf"""(?:owns|holds|held|owned){_OWNS_SHARES}
                                  |the\s+owner\s+of\s*{_COUNT_OPEN}""", _F),
    _BENEFICIALLY_OWNS: regex_cache.compile(
        rf"""beneficially\s+(?:owns|owned)\s*{_AGGREGATE_SHARES}""", _F),
    _BENEFICIAL_OWNER: regex_cache.compile(rf"""beneficial\s+owner\s+of\s+{_AGGREGATE_SHARES}""", _F),
}
#: Each branch of :data:`RECORD_HOLDER` on its own, with its words and its cue, if any
#: (:func:`record_holders`)
_BRANCH_SEARCHES = tuple((regex_cache.compile(branch, _F), words, _BRANCH_CUES.get(branch))
                         for branch, words in _RECORD_HOLDER_BRANCHES)
#: What leads from the shares of a :data:`RECORD_HOLDER` match to the percent stated with them:
#: " or ", " (", " of Common Stock, representing approximately "
_PERCENT_LEAD = r"""
    (?:\s+of\s+(?:the\s+)?(?:[A-Z][A-Za-z]*\s+){1,3}?(?=[Ss]tock|[Ss]hares|[Uu]nits)[A-Za-z]+)?
    \s*+(?:,\s*+)?(?:or\s+|\(\s*|representing\s+|which\s+represent(?:s|ed)?\s+)
    (?:approximately\s+|about\s+)?"""
#: A percent of the class right after the shares of a :data:`RECORD_HOLDER` match: " or 9.789%",
#: ", or 0.001%", " (5.2%)", " of Common Stock, representing approximately 6.1%", " of Common
#: Stock, which represented approximately 4.13%", the sign spelled out: " or 9.789 percent", "
#: (5.2 per cent)", a decimal comma as OCR or a European hand prints it: " representing 6,0%"
#: (6.0: one or two digits after the comma are never a group of thousands); never a percent of
#: the votes (" or 62.5% of the combined voting power": :mod:`graphkit.parsers.voting_power`)
HOLDING_PERCENT = regex_cache.compile(rf"""
    {_PERCENT_LEAD}
    (?P<pct>[0-9]{{1,2}}(?:\.[0-9]{{1,4}}|,[0-9]{{1,2}}(?![0-9]))?|100|\.[0-9]{{1,4}})
    \s*(?:%|percent\b|per\s+cent\b)(?!(?i:{VOTING_POWER_AFTER_PATTERN}))
""", _F)
#: A percent of :data:`HOLDING_PERCENT`'s place whose sign OCR read as " 7.": " representing
#: approximately 6.0 7. of the outstanding Units" (6.0%, or 6.07%: which is not sure; never "of
#: 6.0 7.5% Notes", "or 5.2 7.5%" nor " or 1.5 7.2")
DAMAGED_HOLDING_PERCENT = regex_cache.compile(rf"""
    {_PERCENT_LEAD}
    (?P<pct>[0-9]{{1,2}}[.,][0-9]{{1,4}}[ ]7\.)(?![\w.%])
""", _F)
#: A dealing in shares right before the count of a :data:`RECORD_HOLDER` "N shares owned by X"
#: match: "purchased 250,000", "sold all 75,000", "agreed to acquire 100,000", "repurchased the
#: 300,000" (X held them before, or will not: no holding stated); or the article of shares
#: named before: "may direct the vote of the 1,337,185 shares held by the Fund" (a holding the
#: filing states elsewhere, the cover pages or a sentence of its own)
DEALING_BEFORE = regex_cache.compile(r"""
    \b(?:purchas|repurchas|bought|buy|sold|sell|acquir|transfer|exchang|redeem|convert|pledg
      |deliver|tender|distribut|contribut|donat|gift|issu|grant|award|receiv)[a-z]*
    (?:\s+(?:all|the|of|an\s+aggregate\s+of|approximately|up\s+to|to)){0,3}\s*$
  | \b[Tt]he\s*$
""", _F)
#: The words right before a :data:`RECORD_HOLDER` holder (groups "", 2, 3) that make it the
#: object of a verb or preposition, not the subject of "owns": "holders that have entered into
#: the Irrevocable Proxy owned 1,000 shares", "the general partner of Acme Fund holds 1,000
#: shares", "persons party to the Voting Agreement hold" (not "On May 1, 1992, Acme owned")
HOLDER_AS_OBJECT = regex_cache.compile(r"""
    (?<![A-Za-z])(?:of|by|to|for|with|from|at|in|into|on|under|upon|among|between|than
      |signed|executed|delivered|granted|entered)
    \s+(?:(?:the|an?|such|said|its|their|his|her)\s+)?$
""", _F)
#: The name of a document, never a holder of shares: "Irrevocable Proxy", "Voting Agreement",
#: "the Warrant", "Stock Option", "Convertible Notes" (a plan is a holder: "Acme 401(k) Plan")
DOCUMENT_NAME = regex_cache.compile(r"""
    (?<![A-Za-z])(?:Agreements?|Prox(?:y|ies)|Warrants?|Contracts?|Indentures?|Letters?
      |Certificates?|Amendments?|Exhibits?|Debentures?|Notes?|Options?)$
""", _F)

#: The filer named by its defined term, whose holdings its cover pages state: "the Reporting
#: Person", "Reporting Persons", "the Filer"
FILER_TERM = regex_cache.compile(r"""(?:the\s+)?(?:(?:Reporting|Filing)\s+Persons?|Filers?)""", re.I)
#: Cue of :data:`RECORD_HOLDER`: "record holder of " / "owns 1" / "beneficial owner of 1" /
#: "amounted to 1" / "the owner of 1" / "1 shares owned by " (also "1(1) shares", "1* shares":
#: :data:`_COUNT_NOTE`)
RECORD_HOLDER_CUE = regex_cache.compile(rf"""
    record\s+(?:holder|owner)\s+of\s | holder\s+of\s+record\s+of\s
  | own(?:s|ed){_OWNS_SHARES} | h(?:olds|eld){_OWNS_SHARES}
  | beneficial\s+owner\s+of\s+(?:an\s+aggregate\s+of\s+)?{_COUNT_OPEN}
  | amounted\s+to\s+{_COUNT_OPEN} | the\s+owner\s+of\s*{_COUNT_OPEN}
  | [0-9][)*]*\s+(?:shares|[Uu]nits)\s+(?:of\s+(?:the\s+)?(?:[A-Z][A-Za-z]*\s+){{1,4}})?
    (?:(?:are|is|were|was)\s+)?
    (?:owned|held)\s+(?:jointly\s+)?(?:directly\s+)?(?:of\s+record\s+)?by\s
""", _F)

#: Strings one of which every match of a cue of this module contains (see
#: :data:`graphkit.parsers.prose_patterns.CUE_LITERALS`)
HOLDING_CUE_LITERALS: dict[re.Pattern[str], tuple[str, ...]] = {
    RECORD_HOLDER_CUE: ("record", "owns", "holds", "held", "owned", "beneficial owner",
                        "amounted", "owner of"),  # "owned by", "held by": with "owned", "held"
}


def record_holders(flat: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`RECORD_HOLDER` in ``flat``, the same as its ``finditer`` gives
    (each from ``RECORD_HOLDER.match``, groups and all), found faster: each branch is searched
    on its own, and only in a sentence holding one of its words and its cue (:data:`_BRANCH_CUES`);
    the whole pattern is matched where the first found starts (at any position before, no branch
    matched). Together, the six branches were tried at every position of the sentence.

    >>> [m["holder2"] or m["holder6"] for m in record_holders(
    ...     "Acme Fund LP owns 1,000 shares and 2,000 shares are held by Beta Fund LP")]
    ['Acme Fund LP', 'Beta Fund LP']
    """
    branches = [branch for branch, words, cue in _BRANCH_SEARCHES
                if any(w in flat for w in words) and (cue is None or cue.search(flat))]
    pos = 0
    while branches:
        found = [(branch, branch.search(flat, pos)) for branch in branches]
        branches = [branch for branch, m in found if m is not None]  # none further on either
        if not branches:
            return
        m = RECORD_HOLDER.match(flat, min(m.start() for _, m in found if m is not None))
        yield m
        pos = m.end()  # never empty: every branch reads a number of shares
