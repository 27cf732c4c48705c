"""Which parties a manager's agreement "with A and B" makes it the investment manager of.

:data:`~graphkit.parsers.prose_agreement_patterns.POWER_UNDER_AGREEMENT_WITH` reads "Acme
Advisers LP has sole voting power pursuant to Investment Management Agreements with Acme Fund LP
and Beta Fund Ltd.". An agreement is made with many kinds of party, and the list after "with"
runs on into what follows; :func:`agreement_funds` keeps a reading only when it is plain:

* each party is a fund by its name (:data:`FUND_NAME`: "Fund", or a limited partnership's form)
  and none a manager's, a general partner's or a bank's (:data:`NOT_FUND_WORD`): not "a
  management agreement with Acme Corp.", "with Beta Advisers LLC", "with Jane Roe";
* the list is no clause's subject: "with Acme Fund LP, and Beta Advisers LP has voting power
  ..." ends before Beta Advisers LP (:data:`SUBJECT_VERB`);
* no aside says what a party is or how the agreement stands (:data:`ASIDE_AFTER`): ", its
  general partner", ", the investment manager of", ", pursuant to which", ", as trustee of";
  the filing's issuer ("(the "Issuer")", :data:`ISSUER_WORD`) is no fund managed; an agreement that ended
  ("which were terminated on ...") names no manager now (:data:`ENDED`);
* the holder is no fund itself (:data:`FUND_HOLDER_WORD`, or a term the filing defines for a
  fund): "Acme Offshore Fund Ltd. has voting power pursuant to an investment management
  agreement with Acme Capital LP" names the fund's manager, not a fund it manages;
* a list of two or more names only funds by the word "Fund" (a fund and its general partner
  "Acme Partners LP" are often both party to one agreement), and nothing after it but a stop
  or a next clause (:data:`AFTER_LIST`): not "... and Beta Capital LP as sub-adviser".

Examples
--------
>>> from graphkit.parsers.prose_agreement_patterns import POWER_UNDER_AGREEMENT_WITH
>>> flat = ("Acme Advisers LP has voting power pursuant to an investment management agreement "
...         "with Acme Fund LP, and Beta Advisers LP has voting power pursuant to ...")
>>> agreement_funds(flat, POWER_UNDER_AGREEMENT_WITH.search(flat))
['Acme Fund LP']
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_appositives import _last_match
from graphkit.parsers.prose_lists import listed_parties, trim_name
from graphkit.parsers.prose_patterns import LIST_SEPARATOR
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.source import SourceText

_F = re.VERBOSE

#: A fund's name: "Acme Fund LP", "Acme Offshore Fund Ltd.", the defined "Funds", "Acme
#: Partners II, L.P.", "Acme Capital Limited Partnership"
FUND_NAME = regex_cache.compile(r"""
    \bFunds?\b|(?:\bL\.\s?P\.|\bLP|Limited\s+Partnership)\s*$""", _F)

#: A word that makes a party no fund: a manager's, a general partner's, an adviser's, a
#: bank's or trustee's, the issuer's ("Acme Fund GP LLC", "Acme Fund Advisers LP",
#: "Acme Fund Management LP")
NOT_FUND_WORD = regex_cache.compile(r"""
    \b(?:GP|General\s+Partners?|Advis[eo]rs?|Advisory|Management|Managers?|Bank|Trust(?:ee)?s?
      |Issuer|Company|Registrant|Corporation|Inc|Corp|LLC|L\.L\.C)\b""", _F)

#: A verb right after the held list: its last name is the subject of a new clause (" has" of
#: "with Acme Fund LP, and Beta Advisers LP has voting power")
SUBJECT_VERB = regex_cache.compile(r"""
    \s+(?:also\s+)?(?:has|have|holds?|exercises?|shares?|possess(?:es)?|maintains?|retains?
      |is|are|was|were|may|acts?|serves?)\b""", _F)

#: An aside after the held list that says what its (last) party is or qualifies the
#: agreement: ", its general partner", ", the investment manager of", ", a limited partnership
#: of which", ", as trustee of", ", pursuant to which", ", its wholly-owned subsidiary", "and
#: its general partner"
ASIDE_AFTER = regex_cache.compile(r"""
    \s*(?:,\s*(?:its|their|the|a|an|as|pursuant|under|of\s+which|whose|acting|on\s+behalf)\b
      |\s+and\s+(?:its|their)\b)""", _F)

#: The filing's issuer by its defined word, anywhere after "with": "Acme Income Fund LP (the
#: "Issuer")", "Acme Fund LP, a shareholder of the Company" (the reading is left alone)
ISSUER_WORD = regex_cache.compile(r"""\b(?:Issuer|Company|Registrant)\b""", _F)

#: A word after the agreement that says it ended or changed: "which were terminated on June 1,
#: 2005", "expired", "until", "prior to"
ENDED = regex_cache.compile(r"""
    \b(?:terminat\w*|expir\w*|ceased?|until|prior\s+to|no\s+longer|formerly|former|was|were
      |had\s+been|amended)\b""", _F)


#: A word of a fund's own name, as the holder of a power under an agreement: "Acme Offshore
#: Fund Ltd.", "Acme Master Fund LP", "the Fund", "Acme Feeder LP", "Acme Portfolio LP"
FUND_HOLDER_WORD = regex_cache.compile(r"""
    \b(?:Funds?|Master|Offshore|Feeder|Portfolios?)\b""", _F)

#: The word "Fund" in a name of a list of two or more: "Acme Fund LP", "Beta Offshore Fund, Ltd."
FUND_WORD = regex_cache.compile(r"""\bFunds?\b""", _F)

#: What may follow a list of two or more funds: a stop (". Acme GP LLC is", "; Acme"), the
#: end, the manager's own clause going on (" and, as a result,", " and therefore", " and is
#: therefore") or a next clause with its subject (" and Jane Roe is its managing member"); not
#: " as sub-adviser", ", dated March 1, 2005"
AFTER_LIST = regex_cache.compile(r"""
    \s*(?:$|[.;](?:\s|$))
    |,?\s+and\s*(?:,|(?:is\s+)?therefore\b|thus\b|accordingly\b|consequently\b|as\s+a\s+result\b)
    |,?\s+and\s+(?:[A-Z][\w'&\-]*\.?,?\s+){1,6}(?:also\s+)?
     (?:has|have|holds?|exercises?|shares?|is|are|may|serves?)\b""", _F)


def fund_holder(holder: str, src: SourceText | None = None) -> bool:
    """Whether ``holder`` (the subject of an agreement's power) is a fund by its name or by a
    term ``src`` defines for a fund's name.

    >>> fund_holder("Acme Offshore Fund Ltd."), fund_holder("The Fund"), fund_holder("Acme Capital LP")
    (True, True, False)
    >>> fund_holder("AOF", SourceText(path="t.txt", text='Acme Opportunity Fund LP ("AOF") is'))
    True
    """
    holder = trim_name(holder)
    if FUND_HOLDER_WORD.search(holder):
        return True
    term = holder.removeprefix("The ").removeprefix("the ")
    return src is not None and any(t.term == term and FUND_HOLDER_WORD.search(t.name)
                                   for t in find_defined_terms(src))


def agreement_funds(flat: str, m: re.Match[str], src: SourceText | None = None) -> list[str]:
    """The funds the manager of ``m`` (a match of
    :data:`~graphkit.parsers.prose_agreement_patterns.POWER_UNDER_AGREEMENT_WITH` in the
    sentence ``flat``) manages by its agreements: every party of the held list, or none when
    one of them is no fund or an aside or a later word makes the reading unsafe (see the
    module docstring).

    >>> from graphkit.parsers.prose_agreement_patterns import POWER_UNDER_AGREEMENT_WITH as P
    >>> flat = ("Acme Advisers LP has sole voting power pursuant to Management Agreements with "
    ...         "Acme Fund LP and Beta Offshore Fund Ltd. (the \\"Funds\\").")
    >>> agreement_funds(flat, P.search(flat))
    ['Acme Fund LP', 'Beta Offshore Fund Ltd.']
    >>> flat = ("Acme Advisers LP has voting power pursuant to an investment management "
    ...         "agreement with Acme Fund LP and Acme GP LLC, its general partner.")
    >>> agreement_funds(flat, P.search(flat))
    []
    """
    held, end = m["held"], m.end("held")
    if ISSUER_WORD.search(flat, m.start("held")) or fund_holder(m["holder"], src):
        return []
    next_clause = SUBJECT_VERB.match(flat, end) is not None
    if next_clause:
        last = _last_match(LIST_SEPARATOR, held)
        if last is None or "and" not in last.group(0):
            return []  # "with Acme Fund LP has": no list to end
        held, end = held[:last.start()], m.start("held") + last.start()
    if ASIDE_AFTER.match(flat, end) or ENDED.search(flat, end):
        return []
    names = [trim_name(n) for n in listed_parties(held)]
    if not names or any(not FUND_NAME.search(n) or NOT_FUND_WORD.search(n) for n in names):
        return []
    if len(names) > 1 and (any(not FUND_WORD.search(n) for n in names)
                           or not (next_clause or AFTER_LIST.match(flat, end))):
        return []  # "with Acme Fund LP and Acme Partners LP" (its GP), "... as sub-adviser"
    return names
