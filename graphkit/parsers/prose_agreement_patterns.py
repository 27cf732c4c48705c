"""The named patterns of a manager's power over a fund's securities under a management agreement.

"Pursuant to an investment management agreement, Acme Management LP maintains investment and
voting power with respect to securities held by Acme Fund": the agreement makes the holder the
fund's investment manager (``investment_manager_of``); so does an agreement "with" the funds
after the power: "Acme Advisers LP has sole voting and dispositive power over the Shares
pursuant to Investment Management Agreements with Acme Fund LP and Beta Fund Ltd." Power over
securities alone ("Acme GP has voting power over the securities held by Acme Fund") names no
management and is not read.
:mod:`graphkit.parsers.prose` applies the pattern (through
:data:`~graphkit.parsers.prose_clause_patterns.HOLDERS_OF_LISTED`) only on sentences holding its
cue.

Examples
--------
>>> m = MANAGED_UNDER_AGREEMENT.search("Pursuant to an investment management agreement, Acme "
...     "Management LP maintains investment and voting power with respect to securities held by "
...     "Acme Fund and may be deemed to own them.")
>>> m["holder"], m["held"]
('Acme Management LP', 'Acme Fund')
>>> m = POWER_UNDER_AGREEMENT_WITH.search("Acme Advisers LP has sole voting power over the "
...     "Shares pursuant to investment advisory agreements with Acme Fund LP and Beta Fund Ltd.")
>>> m["holder"], m["held"]
('Acme Advisers LP', 'Acme Fund LP and Beta Fund Ltd.')
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, HELD_NAMES

_F = re.VERBOSE

#: The agreement that makes a manager: "investment management agreement", "advisory
#: agreement", "investment advisory agreements", "management agreement"
_AGREEMENT = r"""(?:investment\s+)?(?:management|advisory|sub-advisory)\s+agreements?"""

#: :data:`_AGREEMENT` of the manager itself: not a "sub-advisory agreement" (with the manager
#: whose sub-adviser the holder is), nor a "sub-investment management agreement"
_MANAGER_AGREEMENT = r"""(?:investment\s+)?(?:management|advisory)\s+agreements?"""

#: The power a manager holds over securities: "investment and voting power", "voting and
#: dispositive power", "investment discretion", "sole investment authority"
_POWER = r"""(?:(?:sole|shared|full)\s+)?
    (?:(?:investment|voting|dispositive)(?:\s*(?:,|and|and/or)\s*(?:investment|voting|dispositive))*
       \s+(?:power|authority|discretion|control)s?
     |investment\s+discretion)"""

#: "Pursuant to an investment management agreement, Acme Management LP maintains investment and
#: voting power with respect to securities held by Acme Fund"; "Under advisory agreements with
#: the funds, Acme Advisers LLC has sole investment discretion over the shares held by Acme
#: Fund I and Acme Fund II" (held by each fund listed; the agreement leads the sentence, the
#: manager is its subject)
MANAGED_UNDER_AGREEMENT = regex_cache.compile(rf"""
    (?:^|[.;:]\s+)(?:[Pp]ursuant\s+to|[Uu]nder|[Bb]y\s+virtue\s+of)\s+(?:(?:an?|the|its|their)\s+)?
    {_AGREEMENT}(?:\s+with\s+[^,;.]{{1,80}})?\s*,\s+
    (?P<holder>{_NAME})\s+(?:maintains|has|holds|exercises|possesses|shares|retains)\s+
    {_POWER}\s+(?:with\s+respect\s+to|over|of|for)\s+(?:the\s+|all\s+)?
    (?:securities|shares|[A-Z][A-Za-z]*\s+Shares|Common\s+Stock)\s+(?:held|owned)\s+(?:directly\s+)?by\s+
    (?:the\s+)?(?P<held>{HELD_NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`MANAGED_UNDER_AGREEMENT`: "management agreement, ", "advisory agreements with "
MANAGED_UNDER_AGREEMENT_CUE = regex_cache.compile(r"""(?:management|advisory)\s+agreements?[\s,]""", _F)
#: Strings one of which every match of :data:`MANAGED_UNDER_AGREEMENT_CUE` holds
MANAGED_UNDER_AGREEMENT_LITERALS = ("agreement",)

#: "Acme Advisers LP ("Advisers") has sole voting and dispositive power over the securities
#: identified above (the "Securities") pursuant to Investment Management Agreements with Acme
#: Fund LP and Beta Fund Ltd. (the "Funds")": the manager (one name, the subject) and the funds
#: the agreements are with, each of them (agreement words in any case, as filings capitalize
#: them). The holder opens the sentence or follows a mark ("(1) "), no word: not a list's last
#: ("Each of Acme LP and Beta LP has": which manages which is not said), nor a name's tail. What the power is over runs to no comma or stop; not an agreement with the filing's
#: issuer ("a management agreement with the Company": a contract, no fund managed). Which
#: listed parties are funds managed: :func:`graphkit.parsers.prose_agreement_funds.agreement_funds`.
POWER_UNDER_AGREEMENT_WITH = regex_cache.compile(rf"""
    (?<![A-Za-z0-9.,'’\-]\s)(?<![A-Za-z0-9.'’\-])(?P<holder>{_NAME})  # no word before it
    \s+(?:also\s+)?(?:has|holds|exercises|possesses|shares|maintains|retains)\s+
    {_POWER}(?:\s+(?:with\s+respect\s+to|over|of|for)\s+[^;,.]{{1,120}}?)?
    \s+(?:pursuant\s+to|under)\s+(?:(?:an?|the|its)\s+)?(?i:{_MANAGER_AGREEMENT})\s+with\s+
    (?:each\s+of\s+)?(?:the\s+)?(?!(?:Issuer|Company)\b)(?P<held>{HELD_NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`POWER_UNDER_AGREEMENT_WITH`: "Management Agreements with "
POWER_UNDER_AGREEMENT_WITH_CUE = regex_cache.compile(r"""
    (?i:(?:management|advisory)\s+agreements?)\s+with\s""", _F)
#: Strings one of which every match of :data:`POWER_UNDER_AGREEMENT_WITH_CUE` holds
POWER_UNDER_AGREEMENT_WITH_LITERALS = ("greement",)
