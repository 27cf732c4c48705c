"""The named patterns of control stated with the verb "control": "X controls Y", "Y is controlled
by X", "Y, an entity controlled by X".

Each gives the controller ``control_person_of`` the controlled party, the way filings use the
word: "Jane Q. Roe may be deemed to control Acme GP LLC"; "Acme Holdings LLC is controlled by
Jane Q. Roe and John A. Doe"; a footnote's "held by Acme Partners LLC, an entity controlled by
Mr. Roe". A role stated with it ("is controlled by Jane Roe, its managing member",
:mod:`graphkit.parsers.prose_its`) is read as the role, and a claim read here is dropped where
the same two parties are linked by a role that carries control
(:func:`graphkit.parsers.power_claims.drop_implied_power`).

Not read: control denied ("is not controlled by", "does not control", "Neither A nor B
controls"), control of a share of something ("controls 60% of the voting power of Y", read as
a stake elsewhere), a relative clause ("X, which controls Y": its subject is not told here),
the past ("controlled Y until 2005").

Which pairs a match gives: :func:`graphkit.parsers.prose_stated_control.stated_pairs`.

Examples
--------
>>> m = CONTROLS.search("Jane Q. Roe may be deemed to control Acme GP LLC.")
>>> m["holder"], m["held"]
('Jane Q. Roe', 'Acme GP LLC.')
>>> m = CONTROLLED_BY.search("Acme Holdings LLC is controlled by Jane Roe and John Doe.")
>>> m["held"], m["holder"]
('Acme Holdings LLC', 'Jane Roe and John Doe.')
>>> m = ENTITY_CONTROLLED_BY.search("The shares are held by Acme Partners LLC, an entity "
...                                 "controlled by Mr. Roe.")
>>> m["held"], m["holder"]
('Acme Partners LLC', 'Mr. Roe.')
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_name_patterns import _NAME, NAMES
from graphkit.parsers.prose_patterns import HELD_NAMES
from graphkit.parsers.prose_power_patterns import END_AFTER_VERB, END_IN_ASIDE, NOT_A_PARTY, OPENS

_F = re.VERBOSE

#: The note a claim read by these patterns carries (see
#: :func:`graphkit.parsers.power_claims.drop_implied_power`)
CONTROL_NOTE = "stated to control"
#: The note of control stated through an entity the filing does not name (:data:`_VIA_UNNAMED`)
INDIRECT_CONTROL_NOTE = "stated to control through an unnamed entity"

#: Adverbs that may come before the verb: "ultimately controls", "is jointly controlled by"
_HOW = r"""(?:(?:ultimately|also|jointly|directly|indirectly|solely|collectively|each|thus
    |therefore|together|effectively|directly\s+or\s+indirectly)\s+){0,2}"""

#: A party named after the verb: not a share of it ("60% of", "a majority of": no capital)
#: nor the voting power ("the voting power of"); "the" before the name is no part of it
_CONTROLLED = rf"""(?:,\s*directly\s+or\s+indirectly\s*,\s+|(?:directly\s+or\s+indirectly)\s+)?
    (?:the\s+)?(?!{NOT_A_PARTY})(?P<held>{HELD_NAMES}){END_AFTER_VERB}
    (?!\s*,?\s+(?:its|their)\s)"""

#: Ownership stated with the control: "owned and controlled by", "wholly owned and controlled by"
_OWNED_AND = r"""(?:(?:wholly[- ])?owned\s+and\s+)?"""

#: "Jane Q. Roe controls Acme GP LLC"; "A and B may be deemed to control Acme Holdings LLC";
#: "Acme Group Inc. ultimately controls Acme Capital LLC" (each holder listed controls each
#: party listed after the verb)
CONTROLS = regex_cache.compile(rf"""
    {OPENS}(?!{NOT_A_PARTY})(?P<holder>{NAMES})\s+{_HOW}
    (?:(?:may|might|could)\s+be\s+deemed\s+to\s+{_HOW}control|controls|control)\s+{_CONTROLLED}
""", _F)

#: What an appositive calls the party controlled: "an entity", "a Delaware limited liability
#: company", "a fund", "a trust"
_KIND = r"""(?:entity|entities|company|companies|corporation|partnership|fund|trust|vehicle
    |LLC|limited\s+liability\s+company|limited\s+partnership)"""

#: An entity left unnamed between the party controlled and its controller (group ``via``):
#: "is controlled by an entity that is controlled by Jane Roe", "an entity controlled by one or
#: more entities controlled by Mr. Roe": the controller controls the party through it
_VIA_UNNAMED = rf"""(?P<via>(?:an?|one\s+or\s+more|certain)\s+(?:[A-Za-z\-]+\s+){{0,2}}?{_KIND}
    \s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:itself\s+|themselves\s+)?{_HOW}{_OWNED_AND}
    controlled\s+by\s+)?"""

#: The controller after "controlled by": a name list, not "its general partner" (a role, read
#: elsewhere) nor "the Reporting Persons" (a group: :mod:`graphkit.parsers.prose` leaves it),
#: maybe through an unnamed entity (:data:`_VIA_UNNAMED`)
_CONTROLLER = rf"""{_VIA_UNNAMED}(?:the\s+)?(?!{NOT_A_PARTY})(?P<holder>{HELD_NAMES})
    {END_AFTER_VERB}(?!\s*,\s*(?:its|their)\s)"""

#: :data:`_CONTROLLER` ending an aside (:data:`~graphkit.parsers.prose_power_patterns.END_IN_ASIDE`):
#: one name, or two joined by "and", never a list with commas, which would run on into the
#: outer list ("held by A, an entity controlled by Jane Roe, and B, an entity controlled by")
_CONTROLLER_IN_ASIDE = rf"""{_VIA_UNNAMED}(?:the\s+)?(?!{NOT_A_PARTY})
    (?P<holder>{_NAME}(?:\s+and\s+(?!{NOT_A_PARTY}){_NAME})?){END_IN_ASIDE}
    (?!\s*,\s*(?:its|their)\s)"""

#: "Acme Holdings LLC is controlled by Jane Roe and John Doe"; "Acme GP LLC, the general partner
#: of Acme Fund LP, is ultimately controlled by Acme Group Inc." (the aside skipped)
CONTROLLED_BY = regex_cache.compile(rf"""
    {OPENS}(?!{NOT_A_PARTY})(?P<held>{NAMES})(?:\s*,\s*(?:the|a|an)\s+[^,;()]{{1,120}}?,)?
    \s+(?:is|are)\s+{_HOW}{_OWNED_AND}controlled\s+by\s+{_CONTROLLER}
""", _F)

#: "Acme Partners LLC, an entity controlled by Mr. Roe"; "Acme Trust, a trust controlled by
#: Jane Roe"; "Acme Fund LP, which is controlled by Acme Capital LLC" (a name, then an
#: appositive or a relative clause saying who controls it), "Acme GP LLC, which is itself
#: controlled by", "Acme GP LLC, which, in turn, is controlled by"
ENTITY_CONTROLLED_BY = regex_cache.compile(rf"""
    (?<![A-Za-z0-9])(?P<held>{_NAME})\s*,\s+
    (?:(?:an?|the)\s+(?:[A-Za-z\-]+\s+){{0,3}}?{_KIND}\s+(?:(?:that|which)\s+is\s+)?
      |which\s*(?:,\s*in\s+turn\s*,\s*|\s+in\s+turn\s+)?(?:is|are)\s+
       (?:itself\s+|themselves\s+|in\s+turn\s+)?)
    {_HOW}{_OWNED_AND}controlled\s+by\s+{_CONTROLLER_IN_ASIDE}
""", _F)

#: Cue of :data:`CONTROLS`: " controls ", " to control ", " control " (after an adverb)
CONTROLS_CUE = regex_cache.compile(r"""\s(?:controls|control)\s""", _F)
#: Cue of :data:`CONTROLLED_BY` and :data:`ENTITY_CONTROLLED_BY`: "controlled by "
CONTROLLED_BY_CUE = regex_cache.compile(r"""\scontrolled\s+by\s""", _F)
#: Strings one of which every match of the cues holds
CONTROLS_LITERALS = ("control",)
CONTROLLED_BY_LITERALS = ("controlled",)
