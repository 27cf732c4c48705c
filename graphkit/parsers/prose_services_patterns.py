"""The named pattern of an adviser that provides advisory or management services to a fund or to
accounts: "Acme Advisors LLC provides investment advisory services to Acme Fund LP"; "Acme and
Co., which provides certain advisory services to accounts (the "Managed Accounts")". The
provider is the held party's investment manager (``investment_manager_of``), as "serves as
investment adviser to" makes it (:data:`~graphkit.parsers.prose_patterns.HOLDER_IS_ROLE_OF`).
:mod:`graphkit.parsers.prose` applies it (through
:data:`~graphkit.parsers.prose_clause_patterns.HOLDERS_OF_LISTED`) only on sentences holding its
cue.

Not read: services of another kind ("administrative services", "management services" alone,
"financial advisory services"), services to the filing's issuer ("to the Issuer": a contract,
no fund advised), to unnamed clients ("to its clients"), and a provider that is a role of a
party ("President of Acme and Co., which provides ...": Acme and Co. provides them).

Examples
--------
>>> m = PROVIDES_SERVICES_TO.search("Acme Advisors LLC provides investment advisory services "
...                                 "to Acme Fund LP and Beta Fund LP.")
>>> m["holder"], m["held"]
('Acme Advisors LLC', 'Acme Fund LP and Beta Fund LP.')
>>> m = PROVIDES_SERVICES_TO.search('Jane Roe is the President of Acme and Co., which provides '
...     'certain advisory services to accounts (the "Managed Accounts") that own 57,000 shares.')
>>> m["holder"], m["held"]
('Acme and Co.', 'Managed Accounts')
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, HELD_NAMES, ROLES

_F = re.VERBOSE

#: The services that make an adviser: "investment advisory services", "advisory services",
#: "investment management services", "portfolio management services", "discretionary
#: investment management services"; not "management services" alone (a company's management,
#: no fund's), nor "financial advisory services" (a banker's)
_SERVICES = r"""(?:certain\s+)?(?:discretionary\s+)?
    (?:(?:investment\s+)?advisory|(?:investment|portfolio)\s+management)\s+services"""

#: Accounts the filing names by a term only: 'accounts (the "Managed Accounts")', 'certain
#: managed accounts (collectively, the "Accounts")': the term is the held party
_ACCOUNTS_TERM = r"""(?:certain\s+)?(?:[a-z\-]+\s+){0,2}?accounts\s*\(\s*
    (?:(?:collectively|together)\s*,?\s+)?(?:the\s+)?["“](?=[^"“”]{2,40}["”]\s*\))"""

#: "Acme Advisors LLC provides investment advisory services to Acme Fund LP"; "Acme and Co.,
#: which provides certain advisory services to accounts (the "Managed Accounts")"; "Acme LLC
#: also renders investment management services to Acme Fund LP and Beta Fund LP" (each fund).
#: The provider is a name, not a role of one ("President of Acme and Co., which provides")
PROVIDES_SERVICES_TO = regex_cache.compile(rf"""
    (?<![A-Za-z0-9'’\-])(?!{ROLES}\s+(?:of|to|for)\s)(?P<holder>{_NAME})
    (?:\s*,\s*which)?\s+(?:also\s+)?(?:provides|renders|furnishes)\s+{_SERVICES}\s+(?:to|for)\s+
    (?:{_ACCOUNTS_TERM}|the\s+)?(?!(?:Issuer|Company)\b)(?P<held>{HELD_NAMES})(?:["”]\s*\))?
    {_LIST_END}
""", _F)
#: Cue of :data:`PROVIDES_SERVICES_TO`: " advisory services to ", "management services for "
PROVIDES_SERVICES_TO_CUE = regex_cache.compile(r"""
    \s(?:advisory|management)\s+services\s+(?:to|for)\s""", _F)
#: Strings one of which every match of :data:`PROVIDES_SERVICES_TO_CUE` holds
PROVIDES_SERVICES_TO_LITERALS = ("services",)
