"""The named pattern of a manager's power over a fund's securities under a management agreement.

"Pursuant to an investment management agreement, Acme Management LP maintains investment and
voting power with respect to securities held by Acme Fund": the agreement makes the holder the
fund's investment manager (``investment_manager_of``). Power over securities alone ("Acme GP
has voting power over the securities held by Acme Fund") names no management and is not read.
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
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_patterns import _LIST_END, _NAME, HELD_NAMES

_F = re.VERBOSE

#: The agreement that makes a manager: "investment management agreement", "advisory
#: agreement", "investment advisory agreements", "management agreement"
_AGREEMENT = r"""(?:investment\s+)?(?:management|advisory|sub-advisory)\s+agreements?"""

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
