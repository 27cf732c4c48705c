"""The named pattern of a party's voting or investment power over the securities another holds.

"Jane Q. Roe has sole voting and dispositive power over the shares held by Acme Fund LP"; "Acme
GP LLC and Beta GP LLC share voting and investment power with respect to Acme Holdings LLC": the
holder controls what the held party owns of the issuer, and so, for the filing, the held party
(``control_person_of``). The relation is read only where no other says more about the same two
parties: a general partner's or a manager's power over its fund's shares is its role there
(:func:`graphkit.parsers.power_claims.drop_implied_power`).

Not read: power a sentence denies ("has no voting power over", "does not have"), power over
shares held by a pronoun or a group ("held by it", "held by the Reporting Persons", which
:mod:`graphkit.parsers.prose` leaves out), and power "pursuant to an investment management
agreement" (:mod:`graphkit.parsers.prose_agreement_patterns` reads that as management).

Examples
--------
>>> m = POWER_OVER_HELD.search("Jane Q. Roe has sole voting and dispositive power over the "
...                            "shares held by Acme Fund LP.")
>>> m["holder"], m["held"]
('Jane Q. Roe', 'Acme Fund LP.')
>>> m = POWER_OVER_HELD.search("Acme GP and Beta GP share voting and investment power with "
...                            "respect to Acme Holdings; Acme Fund has none.")
>>> m["holder"], m["held"]
('Acme GP and Beta GP', 'Acme Holdings')
>>> POWER_OVER_HELD.search("Acme GP has voting power over 1,000 shares of Common Stock.") is None
True
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_name_patterns import _NAME, NAMES
from graphkit.parsers.prose_patterns import _LIST_END, HELD_NAMES
from graphkit.parsers.prose_role_patterns import ROLES

_F = re.VERBOSE

#: The note a claim read by :data:`POWER_OVER_HELD` carries, which tells it from a control
#: person read otherwise (:func:`graphkit.parsers.power_claims.drop_implied_power`)
POWER_NOTE = "has voting or investment power over the securities it holds"

#: The power: "sole voting and dispositive power", "shared voting power", "voting and
#: investment control", "investment discretion", "the power to vote and dispose of"
_POWER = r"""(?:the\s+)?(?:(?:sole|shared|joint|full)\s+)?
    (?:(?:investment|voting|dispositive)(?:\s*(?:,|and|or|and/or)\s*(?:investment|voting|dispositive))*
       \s+(?:power|authority|discretion|control)s?
     |investment\s+discretion
     |power\s+to\s+(?:vote|dispose)(?:\s+(?:and|or|and/or)\s+(?:to\s+)?dispose)?)"""

#: The verb before the power, none that denies it ("has no", "does not have": no match): "has",
#: "shares", "exercises", "may be deemed to have", "also holds", "is the natural person with",
#: "are the natural persons who have"
_HAS = r"""(?:(?:each|also|jointly|together|therefore|thus|accordingly)\s+)?
    (?:(?:is|are)\s+(?:the|a|one\s+of\s+the)\s+(?:natural\s+|individual\s+)?persons?\s+
       (?:who\s+(?:has|have|holds?|shares?|exercises?)|with|having)
      |(?:may|might|could|would)\s+be\s+deemed\s+to\s+(?:have|share|hold|exercise|possess)
      |has|have|holds?|shares?|exercises?|possess(?:es)?|maintains?|retains?)"""

#: The securities held, then their holder: "the shares held by", "all of the Common Stock owned
#: of record by", "the securities directly held by" (up to three words before the noun: "the
#: shares of Common Stock" is its own "of" phrase)
_HELD_BY = r"""(?:all\s+(?:of\s+)?)?(?:the\s+|such\s+)?(?:[A-Za-z\-]+\s+){0,3}?
    (?:[Ss]hares|[Ss]ecurities|[Ss]tock|[Uu]nits|[Ww]arrants)
    (?:\s+of\s+(?:the\s+)?(?:[A-Z][A-Za-z]*\s+){0,3}?(?:Stock|Shares|Issuer|Company))?
    \s+(?:(?:that|which)\s+(?:are|were)\s+)?(?:directly\s+|beneficially\s+)?(?:held|owned)
    \s+(?:(?:of\s+record|directly|beneficially)\s+)?by\s+(?:each\s+of\s+)?"""

#: Words that open no held party after "with respect to": a class of securities ("with
#: respect to Common Stock"), the issuer, or an article's noun ("with respect to Such shares")
_NOT_HELD = r"""(?:Common|Ordinary|Preferred|Class|Series|Shares?|Securities|Stock|Units?
    |Warrants?|Notes?|Issuer|Company|Registrant|Such|All|Any|Each|Rule|Section|Item)\b"""

#: An opening phrase before a subject list, no part of it: "Finally, ", "In addition, ", "As a
#: result, ", "Through Acme GP LLC, " (the subject is what follows)
LEAD_IN = rf"""(?:(?:[A-Z][a-z]+ly|In\s+addition|As\s+a\s+result|Accordingly|Consequently
    |Moreover|Furthermore|However|Thus|Therefore|Also|Further|(?:Through|Via)\s+{_NAME}
    |(?:Upon|In|Since|After|Following|On|As\s+of|Under|Pursuant\s+to|By|For)\s[^,;]{{1,80}}),
    \s+)"""

#: Where a subject list may open: the sentence (after an outline mark "(1)" and an opening
#: phrase, :data:`LEAD_IN`), a clause after ";" or ":", or ", and" before it
OPENS = rf"""(?:^(?:\(\w{{1,3}}\)\s*)?{LEAD_IN}?|[;:]\s+(?:and\s+)?|,\s+and\s+)"""

#: Words that open no party: adverbs, pronouns, the securities themselves ("Shares held by"),
#: a denial ("Neither", "No"), an opening phrase's word ("Through Acme GP LLC, ...",
#: "Finally, ..."), a time before which the statement may not hold ("Until March 2005, ..."), a
#: governing body ("the Board of Managers of Acme GP LLC": the body is no party), a security
#: ("Series B Preferred Stock")
NOT_A_PARTY = r"""(?:Accordingly|Therefore|Thus|Hence|Consequently|Additionally|Furthermore
    |Moreover|Also|However|He|She|It|They|We|The|This|These|Such|Each|Shares|Securities|Common
    |Stock|Units|Rule|Section|Item|None|No|Neither|Nor|Except|Other|Any|All|Through|By|Via
    |Under|Upon|With|As|In|For|After|Following|Since|Given|Due|Because|Based|Pursuant
    |Notwithstanding|Until|Before|Prior|Previously|Formerly|Nobody|Nothing|Board|Committee
    |Investment\s+Committee|Trustees|Managers|Class|Series|Voting|Preferred|Affiliates|Others
    |[A-Z][a-z]+ly,)(?![A-Za-z0-9\-])"""

#: A predicate after a list: its last name is the subject of a new clause, not one of the list
#: (" has", ", and John Doe has no ...": the list ends before it), also after an aside (", her
#: spouse, has none"; ", as its general partner, may")
_PREDICATE = r"""(?:has|have|had|may|might|is|are|was|were|shares|holds|disclaims|who|does
    |did|each|also|will|would|shall|can|exercises|exercise|owns|own|serves|serve|acts|act
    |controls|beneficially)\b"""

#: Where a list read after the verb ends (:data:`~graphkit.parsers.prose_patterns._LIST_END`,
#: or before "pursuant to", "under", "upon" ...), never right before a predicate
#: (:data:`_PREDICATE`): then the list is shorter ("held by Acme Fund LP, and John Doe has ...":
#: Acme Fund LP alone); ", each of whom" / ", each of which" speaks of the whole list, and ends it
END_AFTER_VERB = rf"""(?!\.?['’]s\b)(?:{_LIST_END}|(?=\s+(?:pursuant|under|subject|upon|unless|if|except
      |through|as\s+a\s+result|by\s+virtue|to\s+the\s+extent)\b))
    (?!\s*,?\s+(?!each\s+of\s+wh(?:om|ich)\b){_PREDICATE})
    (?!\s*,\s+(?:[a-z]|(?:as|the|its|an?|his|her|their)\s)[^,;]{{0,160}},\s+{_PREDICATE})"""

#: :data:`END_AFTER_VERB` of a list that ends an aside: the predicate after its comma is the
#: sentence's ("Acme Fund LP, an entity controlled by Jane Roe, holds ...")
END_IN_ASIDE = rf"""(?!\.?['’]s\b)(?:{_LIST_END}|(?=\s+(?:pursuant|under|subject|upon|unless|if|except
      |through|as\s+a\s+result|by\s+virtue|to\s+the\s+extent)\b))
    (?!\s+{_PREDICATE})"""

#: "Jane Q. Roe has sole voting and dispositive power over the shares held by Acme Fund LP";
#: "Acme GP and Beta GP share voting and investment power with respect to Acme Holdings";
#: "Mr. Roe may be deemed to have the power to vote and dispose of the securities owned by
#: Acme Fund I and Acme Fund II": each holder over each held party (``control_person_of``).
#: The holder list opens the sentence or a clause (:data:`OPENS`); the held party is named
#: after "held by" (:data:`_HELD_BY`) or right after "with respect to" / "over" (never a class
#: of securities, :data:`_NOT_HELD`, nor a name before "common stock"); the held list ends
#: before the next clause's subject (:data:`END_AFTER_VERB`). :mod:`graphkit.parsers.prose`
#: reads no match in a sentence of :data:`BORROWED_POWER`, a held :data:`SECURITY_NAME` or a
#: held person.
POWER_OVER_HELD = regex_cache.compile(rf"""
    {OPENS}(?!{NOT_A_PARTY})(?P<holder>{NAMES})\s+{_HAS}\s+{_POWER}
    \s+(?:with\s+respect\s+to|in\s+respect\s+of|over|of)\s+
    (?:{_HELD_BY}(?:the\s+)?|(?:the\s+)?(?!{_NOT_HELD}))(?P<held>{HELD_NAMES}){END_AFTER_VERB}
    (?!\.?\s*(?:['’]s\s+)?(?i:common|ordinary|preferred|shares|stock|securities|units|ADSs?)\b)
""", _F)

#: The verb of power stated from the side of the securities, and its holder after it: "is
#: exercised by", "are shared by", "is held jointly by", "may be deemed to be exercised by",
#: "rests with", "is vested in"
_EXERCISED_BY = r"""(?:(?:is|are)\s+(?:(?:solely|jointly|currently|ultimately)\s+)?
      (?:exercised|held|shared|possessed)\s+(?:(?:solely|jointly)\s+)?by
    |(?:may|might|could)\s+be\s+deemed\s+to\s+be\s+(?:exercised|held|shared)\s+by
    |(?:rests?|resides?)\s+with|(?:is|are)\s+vested\s+in)"""

#: The opening of the passive patterns, up to the held party: "Voting and dispositive power
#: over the shares held by (the) "
_POWER_OVER = rf"""{OPENS}(?i:{_POWER})\s+(?:with\s+respect\s+to|in\s+respect\s+of|over|of)\s+
    {_HELD_BY}(?:the\s+)?"""

#: The passive of :data:`POWER_OVER_HELD`: "Voting and dispositive power over the shares held by
#: Acme Fund LP is exercised by Jane Q. Roe", "Investment power with respect to the securities
#: owned by Acme Fund LP rests with Acme GP LLC": each holder (group ``holder``, after the verb,
#: :data:`_EXERCISED_BY`) over each held party (group ``held``, named after "held by", which
#: this form needs: "Voting power of Acme Fund" may be Acme Fund's own). The power opens the
#: sentence or a clause (:data:`OPENS`), so "Acme GP has voting power over the shares held by
#: Acme Fund, which is exercised by ..." is the active form's, not this one's.
POWER_EXERCISED_BY = regex_cache.compile(rf"""
    {_POWER_OVER}(?P<held>{HELD_NAMES})\s*,?\s+{_EXERCISED_BY}\s+
    (?!{NOT_A_PARTY})(?P<holder>{NAMES}){END_AFTER_VERB}
    (?!\.?\s*(?:['’]s\s+)?(?i:common|ordinary|preferred|shares|stock|securities|units|ADSs?)\b)
""", _F)

#: The passive of power exercised by the held party's officer named by its role there: "Voting
#: and investment power over the shares held by Acme Fund LP is exercised by its general
#: partner, Acme GP LLC" (the role, read as any stated role: ``general_partner_of``; "X, its
#: general partner": :data:`POWER_BY_HOLDER_ITS_ROLE`)
POWER_BY_ITS_ROLE = regex_cache.compile(rf"""
    {_POWER_OVER}(?P<held>{_NAME})\s*,?\s+{_EXERCISED_BY}\s+
    (?:its|their)\s+(?:sole\s+)?(?P<role>{ROLES})\s*,\s+(?!{NOT_A_PARTY})(?P<holder>{NAMES})
    {_LIST_END}
""", _F)
#: :data:`POWER_BY_ITS_ROLE` with the role after the holder: "... is exercised by Acme GP LLC,
#: its general partner" (not "its general partner of record", "..., its manager's parent")
POWER_BY_HOLDER_ITS_ROLE = regex_cache.compile(rf"""
    {_POWER_OVER}(?P<held>{_NAME})\s*,?\s+{_EXERCISED_BY}\s+
    (?!{NOT_A_PARTY})(?P<holder>{_NAME})\s*,\s+(?:its|their)\s+(?:sole\s+)?(?P<role>{ROLES})
    (?=\s*(?:[.;]|$|,\s+(?:and\s+)?(?:which|who)\b))
""", _F)

#: What a held name read after the power never is: a security or an account ("Common Stock",
#: "Class B Shares", "Separately Managed Accounts", "Notes")
SECURITY_NAME = regex_cache.compile(r"""
    \b(?:Shares|Stock|Securities|Units|Notes|Warrants|ADSs?|Accounts?|Options|Debentures)\.?$""",
    _F)

#: A sentence whose power or control comes from an agreement, a proxy, a pledge, a voting trust
#: or a custody, not from control of the holder: "as a result of the Voting Agreement",
#: "pursuant to an investment management agreement" (read as management by another pattern),
#: "as proxy holder", "upon an event of default", "as custodian for" (any agreement: a miss
#: rather than control an agreement may only lend)
BORROWED_POWER = regex_cache.compile(r"""
    (?i:\bagreements?\b|\bprox(?:y|ies)\b|power\s+of\s+attorney|attorney-in-fact
      |\bcustodian\b|\bdefault\b|\bpledge[ds]?\b|\bpledgee\b|voting\s+trust
      |\bundertakings?\b)""", _F)
#: Cue of :data:`POWER_OVER_HELD`: "dispositive power over ", "investment power with respect
#: to ", "power to vote and dispose of "
POWER_OVER_HELD_CUE = regex_cache.compile(r"""
    (?:power|authority|discretion|control|vote|dispose)s?\s+(?:with\s+respect\s+to|in\s+respect
    \s+of|over|of)\s""", _F)
#: Strings one of which every match of :data:`POWER_OVER_HELD_CUE` holds
POWER_OVER_HELD_LITERALS = ("power", "authority", "discretion", "control", "vote", "dispose")
