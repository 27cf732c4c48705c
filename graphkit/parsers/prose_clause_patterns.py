"""Named patterns of relationship sentences whose holder stands apart from its role: persons
elected to a board, and the subject of a sentence given a role in a later clause.

"Jane Q. Roe, a Vice President of Acme Bank, and John A. Doe, a Vice President of Acme Bank,
were elected as directors of the Issuer" (each holder has an appositive of its own, read by
:data:`graphkit.parsers.prose_patterns.HOLDER_THE_ROLE_OF`); "Acme Bank beneficially owns 500
shares and, as the general partner of Acme Fund, may be deemed to own ..." (the subject holds
the role). Built from the blocks of :mod:`graphkit.parsers.prose_patterns`;
:mod:`graphkit.parsers.prose` applies them, each only on the sentences holding its cue.

Examples
--------
>>> m = ELECTED_TO_ROLE.search("Jane Q. Roe and John A. Doe were elected directors of Acme Corp.")
>>> m["holder"], m["role"], m["held"]
('Jane Q. Roe and John A. Doe', 'directors', 'Acme Corp.')
>>> m = ADVISED_BY.search("Acme Income Fund, Inc., an investment company, which is advised "
...                       "by Acme Research and Management Company, owns 5 shares.")
>>> m["held"], m["holder"], m["adv"]
('Acme Income Fund, Inc.', 'Acme Research and Management Company', 'advised')
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.relations import Relation
from graphkit.parsers.partybook_names import ISSUER_WORDS
from graphkit.parsers.prose_aside_patterns import NAMED_KIND, TRUST_DATE_ASIDE
from graphkit.parsers.prose_agreement_patterns import (
    MANAGED_UNDER_AGREEMENT, MANAGED_UNDER_AGREEMENT_CUE, MANAGED_UNDER_AGREEMENT_LITERALS,
    POWER_UNDER_AGREEMENT_WITH, POWER_UNDER_AGREEMENT_WITH_CUE, POWER_UNDER_AGREEMENT_WITH_LITERALS)
from graphkit.parsers.prose_co_trustees import CO_TRUSTEES_ARE_CUE
from graphkit.parsers.prose_services_patterns import (
    PROVIDES_SERVICES_TO, PROVIDES_SERVICES_TO_CUE, PROVIDES_SERVICES_TO_LITERALS)
from graphkit.parsers.power_claims import STATED_NOTES
from graphkit.parsers.prose_control_patterns import (
    CONTROLLED_BY, CONTROLLED_BY_CUE, CONTROLLED_BY_LITERALS, CONTROLS, CONTROLS_CUE,
    CONTROLS_LITERALS, ENTITY_CONTROLLED_BY)
from graphkit.parsers.prose_power_patterns import (
    POWER_EXERCISED_BY, POWER_OVER_HELD, POWER_OVER_HELD_CUE, POWER_OVER_HELD_LITERALS)
from graphkit.parsers.prose_lists import entity_kind, trim_name
from graphkit.parsers.prose_name_patterns import LIST_ITEM_NAME, giving_back
from graphkit.parsers.prose_owned_patterns import (  # noqa: F401  (OWNED_BY re-exported)
    OWNED_BY, OWNED_BY_CUE, OWNED_BY_LITERALS, OWNS_PERCENT_OF_CUE, OWNS_PERCENT_OF_LITERALS)
from graphkit.parsers.prose_patterns import (
    _LIST_END, _NAME, _TRUSTEE_WORD, CONTROLLING_INTEREST, CONTROLLING_INTEREST_CUE, HELD_NAMES,
    LISTED, NAMES, ROLES)

_F = re.VERBOSE

#: An appositive of a role after a holder, skipped: ", a Vice President of Acme Bank"
_ROLE_APPOSITIVE = rf"""\s*,\s*(?:the|its|a|an)\s+{ROLES}\s+(?:of|to|for)\s+(?:the\s+)?{_NAME}"""
#: :data:`_ROLE_APPOSITIVE` as a pattern, to take the appositives out of a list of holders
ROLE_APPOSITIVE = regex_cache.compile(_ROLE_APPOSITIVE, _F)

#: "Jane Q. Roe, a Vice President of Acme Bank, John A. Doe, a Vice President of Acme Bank,
#: and Mary S. Major were elected as directors of the Issuer"; "Jane Q. Roe was appointed a
#: director of Acme Corp."; "Jane Q. Roe has been elected to the Board of Directors of Acme
#: Corp." (group ``board``: the role is director). Each listed holder may have an appositive.
#: The holder must be the subject, not the object of a preposition ("An officer of Acme Corp.
#: has been elected ...": see :func:`graphkit.parsers.prose_guards.after_preposition`).
ELECTED_TO_ROLE = regex_cache.compile(rf"""
    (?<![A-Za-z])(?P<holder>{LIST_ITEM_NAME}(?:{_ROLE_APPOSITIVE})?
      (?:\s*,\s*(?:and\s+)?{LIST_ITEM_NAME}(?:{_ROLE_APPOSITIVE})?
        |\s+and\s+{LIST_ITEM_NAME}(?:{_ROLE_APPOSITIVE})?)*)
    \s*,?\s+(?:was|were|(?:has|have)\s+been)\s+(?:duly\s+)?(?:elected|appointed)\s+
    (?:as\s+)?(?:(?P<role>{ROLES})|to\s+(?:the\s+)?(?P<board>[Bb]oard\s+of\s+[Dd]irectors))
    \s+of\s+(?:the\s+)?(?P<held>{_NAME}){_LIST_END}
""", _F)
#: Cue of :data:`ELECTED_TO_ROLE`: "were elected as directors of ", "was appointed to the Board"
ELECTED_TO_ROLE_CUE = regex_cache.compile(rf"""
    (?:was|were|been)\s+(?:duly\s+)?(?:elected|appointed)\s+
    (?:as\s+)?(?:{ROLES}|to\s+(?:the\s+)?[Bb]oard\s+of\s+[Dd]irectors)\s+of\s
""", _F)

#: "As of the date hereof, Acme Bank beneficially owns 500 shares of Common Stock and, as the
#: general partner of Acme Fund, may be deemed to own ...": the sentence's subject (after an
#: opening phrase) holds the role of the clause after "and,". The subject is followed by a
#: verb in lower case, and no comma but those of numbers comes before "and,".
SUBJECT_AND_AS_ROLE_OF = regex_cache.compile(rf"""
    ^(?:\(?[a-z0-9]{{1,4}}\)\s*)?(?:[A-Z][a-z][^,;()]{{0,40}}?,\s+)?(?:the\s+)?
    (?P<holder>{_NAME})\s+(?=[a-z])(?:[^,;()]|(?<=[0-9]),(?=[0-9])){{1,200}}?\s+and\s*,\s*
    (?:as|in\s+its\s+capacity\s+as)\s+(?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?
    (?P<held>{HELD_NAMES}){_LIST_END}
""", _F)
#: Cue of :data:`SUBJECT_AND_AS_ROLE_OF`: "and, as the general partner of "
SUBJECT_AND_AS_ROLE_OF_CUE = regex_cache.compile(rf"""
    and\s*,\s*(?:as|in\s+its\s+capacity\s+as)\s+{ROLES}\s+(?:of|to|for)\s
""", _F)

#: "Acme Ventures is a corporation engaged in venture capital investing and is the managing
#: general partner of a partnership called Acme Partners (AP)": the sentence's subject, described
#: first ("is a/an ..."), holds the role of a second predicate ("and is", "and serves as"), or
#: of a second complement of the same "is" ("Jane Q. Roe is a Canadian citizen and the sole
#: shareholder of Acme Ltd."); no comma, stop or semicolon between. A held name that is itself
#: the subject of a verb ("... and the general partner of Acme Fund is Acme GP") is none.
SUBJECT_IS_A_AND_ROLE_OF = regex_cache.compile(rf"""
    ^\s*(?:the\s+)?(?P<holder>{_NAME})\s+(?:is|was)\s+(?:a|an)\s+[^.;,]{{1,160}}?\s+and\s+
    (?:(?:is|was|serves\s+as|acts\s+as)\s+(?:also\s+)?|(?=the\s))
    (?P<role>{ROLES})\s+(?:of|to|for)\s+
    (?:the\s+|{NAMED_KIND})?(?P<held>{HELD_NAMES}){_LIST_END}(?!\s*,?\s*(?:is|are|was|were)\b)
""", _F)
#: Cue of :data:`SUBJECT_IS_A_AND_ROLE_OF`: " and is the managing general partner of ", " and
#: the sole shareholder of "
SUBJECT_IS_A_AND_ROLE_OF_CUE = regex_cache.compile(rf"""
    \sand\s+(?:(?:is|was|serves\s+as|acts\s+as)\s+(?:also\s+)?|(?=the\s)){ROLES}\s+(?:of|to|for)\s
""", _F)

#: 'Acme Corp. is a holding company one of whose principal assets is the capital stock of a
#: wholly-owned subsidiary, Acme Research Company ("Acme")'; "Acme Corp. holds its shares
#: through its wholly-owned subsidiary, Acme Sub LLC": the subsidiary is named after the words,
#: and it is the sentence's subject's (not after a relative clause about another party: "...,
#: which holds them through a subsidiary, Beta LLC"; nor "a subsidiary, Beta, of Gamma")
SUBJECT_SUBSIDIARY_NAMED = regex_cache.compile(rf"""
    ^\s*(?:the\s+)?(?P<holder>{_NAME})\s+(?:is|was|owns|holds|has)\s+(?=[a-z])
    (?:(?!,\s*(?:which|who)\b)[^;]){{1,160}}?
    \s(?:a|its)\s+(?:direct\s+|indirect\s+)?(?:wholly[\s-]+owned\s+)?subsidiary\s*,\s+(?:the\s+)?
    (?!{_NAME}\s*,\s*of\s)(?P<held>{_NAME})
""", _F)
#: Cue of :data:`SUBJECT_SUBSIDIARY_NAMED` and :data:`THROUGH_SUBSIDIARY`: "subsidiary, A",
#: "subsidiary A"
SUBJECT_SUBSIDIARY_NAMED_CUE = regex_cache.compile(r"""subsidiary\s*,?\s+(?:the\s+)?[A-Z]""", _F)

#: 'Acme Corp. ("Acme"), through its wholly-owned subsidiary Acme Sub, Inc. ("Acme Sub"), will
#: have sole voting power', "Acme, through its wholly-owned subsidiary, Acme Sub, has the
#: right": the name before ", through its subsidiary" is the parent of the one named after it
#: (not "through its subsidiaries", which names none, nor "through a subsidiary of Beta Corp.")
THROUGH_SUBSIDIARY = regex_cache.compile(rf"""
    (?P<holder>{_NAME})\s*,\s*(?:acting\s+)?through\s+(?:its|a|an)\s+(?:direct\s+|indirect\s+)?
    (?:(?:wholly|majority)[\s-]+owned\s+)?subsidiary\s*,?\s+(?:the\s+)?(?P<held>{_NAME})
""", _F)

#: "Members of the family of Jane Q. Roe, Chairman of Acme LLC, are ...": a title set off by
#: commas after a name, capitalised and with no article ("Chairman", "President and Chief
#: Executive Officer"), or a trustee's in lower case ("Jane Roe, trustee of the Doe Family Trust
#: u/a/d 6/1/2005, may": the trust's date skipped), one holder's (not "Directors of"), the held
#: name closed by a comma and the verb after it (not by the comma of "Acme & Co., (Europe) Ltd."
#: nor of "Roe, Ross"); a holder that ends with a title is none (a table's "Representative
#: Director, Chairman of Acme & Co.": the title cell of a person); the holder is a person's name
#: (see :func:`graphkit.parsers.prose.find_relationships`: not "CPA" of "Jane Roe, CPA,
#: President"). An entity's role may also end the sentence (group ``end``): "... resigned as
#: Chief Executive Officer of Acme Capital Management, L.P., Manager of the Issuer." (read only
#: for an organization in a role of one: :func:`~graphkit.parsers.prose_appositives.
#: titled_entity)
_TITLE_OPENS = r"""(?=[A-Z]|(?:co-)?trustee\s)"""
HOLDER_TITLE_OF = regex_cache.compile(rf"""
    (?P<holder>{_NAME})(?<!Director)(?<!Officer)(?<!President)(?<!Chairman)(?<!Secretary)
    (?<!Treasurer)(?<!Manager)\s*,\s*{_TITLE_OPENS}(?P<role>{ROLES})(?<![sS])\s+of\s+(?:the\s+)?
    (?P<held>{_NAME})(?:{TRUST_DATE_ASIDE})?(?=\s*,\s+[a-z]|(?P<end>\s*[.;]?\s*$))
""", _F)
#: Cue of :data:`HOLDER_TITLE_OF`: ", Chairman of ", ", trustee of "
HOLDER_TITLE_OF_CUE = regex_cache.compile(rf"""
    ,\s*{_TITLE_OPENS}{ROLES}(?<![sS])\s+of\s
""", _F)

#: A trust named with its trustees after it: "Jane Q. Roe 1995 Charitable Remainder Unitrust
#: No. 1, Jane Q. Roe, Trustee", "the Roe Family Trust, John Doe and Mary Major, Co-Trustees"
#: (the held name must be a trust's: see :data:`TRUST_WORD`; not "..., John Doe, Trustee of
#: the Doe Trust": his trust is that one)
TRUST_NAMED_WITH_TRUSTEE = regex_cache.compile(rf"""
    (?P<held>{_NAME})\s*,\s+(?P<holder>{NAMES})\s*,\s+(?:as\s+)?
    (?P<role>{_TRUSTEE_WORD})(?![A-Za-z])(?!\s+(?:of|for)\b)
""", _F)
#: Cue of :data:`TRUST_NAMED_WITH_TRUSTEE`: ", Trustee"
TRUST_NAMED_WITH_TRUSTEE_CUE = regex_cache.compile(rf"""
    ,\s+(?:as\s+)?{_TRUSTEE_WORD}(?![A-Za-z])
""", _F)
#: A word of a trust's name: "Trust", "Unitrust", "Foundation", "Estate"
TRUST_WORD = regex_cache.compile(r"""\b(?:Trust|Unitrust|Foundation|Estate|TRUST|UNITRUST)\b""")

#: An item mark before a role of a list: "(i) ", "(2) ", "(b) "
_ITEM_MARK = r"""(?:\((?:i{1,3}|iv|[a-d1-4])\)\s*)?"""

#: "Jane Q. Roe possesses sole power to vote ... by virtue of his positions as (i) the sole
#: managing partner of Acme Partners and (ii) the president of Acme Management Company, Inc.";
#: "Acme GP may be deemed to own the shares because of its position as general partner of Acme
#: Fund": the sentence's subject (after an opening phrase) holds the roles named after "his/
#: her/its position(s) as" (group ``pron``: the pronoun, which must agree with the subject, see
#: :func:`graphkit.parsers.prose.find_relationships`); not a position left or to come ("resigned
#: his positions as", "nominated for his position as").
SUBJECT_POSITION_AS_ROLE_OF = regex_cache.compile(rf"""
    ^(?:\(?[a-z0-9]{{1,4}}\)\s*)?(?:[A-Z][a-z][^,;()]{{0,40}}?,\s+)?(?:the\s+)?
    (?P<holder>{_NAME})(?<!['’]s)\s+(?=[a-z])[^;]{{1,300}}?
    (?<!\bresigned)(?<!\bresigning)(?<!\brelinquished)(?<!\bleft)(?<!\bfor)(?<!\bfrom)
    \s(?P<pron>his|her|its)\s+(?:positions?|capacity|capacities|roles?)\s+as\s+{_ITEM_MARK}
    (?P<role>{ROLES})\s+(?:of|to|for)\s+(?:the\s+)?(?P<held>{HELD_NAMES}){_LIST_END}
    (?:\s*[,;]?\s*(?:and\s+)?{_ITEM_MARK}(?:as\s+)?(?P<role2>{ROLES})\s+(?:of|to|for)\s+
      (?:the\s+)?(?P<held2>{HELD_NAMES}){_LIST_END})?
""", _F)
#: Cue of :data:`SUBJECT_POSITION_AS_ROLE_OF`: "his positions as (i) the general partner of "
SUBJECT_POSITION_AS_ROLE_OF_CUE = regex_cache.compile(rf"""
    \s(?:his|her|its)\s+(?:positions?|capacity|capacities|roles?)\s+as\s+{_ITEM_MARK}
    {ROLES}\s+(?:of|to|for)\s
""", _F)

#: What a fund is called in an appositive, up to four words before a kind of fund, none of them
#: "of" (", an investment company registered ...", ", a private investment fund"; never "a
#: partner of a fund": the clause after it is about that fund, not the name)
_FUND_HEAD = r"""(?:(?!of\b|in\b|for\b|with\b|to\b)[A-Za-z\-]+\s+){0,4}?
    (?:fund|company|partnership|trust|account|vehicle|portfolio|series)\b"""

#: The adviser's role named before it in :data:`ADVISED_BY`: "its investment adviser, Acme Capital
#: LLC", "its manager, ..."; group ``its``: a role of its own, which the adviser holds instead of
#: the verb's: "Acme Partners LP is managed by its general partner, Acme GP LLC" (its general
#: partner), "Acme Sub LLC is managed by its managing member, Acme Holdings LLC", "Acme Fund LLC
#: is managed by its investment manager, Acme Capital LP" (not the bare manager, who of a limited
#: liability company is its managing member), and of funds listed: "Acme Fund LP and Beta Fund
#: LP are managed by their general partner, Acme GP LLC"
_ITS_ADVISER_ROLE = r"""(?:its|their)\s+(?:sole\s+)?(?:(?P<its>general\s+partner|managing\s+member
    |investment\s+(?:adviser|advisor|manager))|manager)"""
#: :data:`_ITS_ADVISER_ROLE` alone, for its tests: "its general partner"
ITS_ADVISER_ROLE = regex_cache.compile(_ITS_ADVISER_ROLE, _F)
#: The same role of its own in an appositive after the adviser (group ``its2``): ", its general
#: partner" of "Acme Partners LP is managed by Acme GP LLC, its general partner", ", its
#: investment manager" of "Acme Fund LLC is managed by Acme Capital LP, its investment manager".
#: One role alone: not "its general partners" nor "its general partner's", and not one of two
#: ("its general partner and investment manager": the verb's manager is read, as before)
_ADVISER_ITS_ROLE_AFTER = r"""\s*,\s*(?:its|their)\s+(?:sole\s+)?
    (?P<its2>general\s+partner|managing\s+member|investment\s+(?:adviser|advisor|manager))
    (?![A-Za-z'’‘\-])
    (?!\s+(?:and|or|of)\s+[a-z])"""
#: :data:`_ADVISER_ITS_ROLE_AFTER` alone, for its tests: ", its general partner"
ADVISER_ITS_ROLE_AFTER = regex_cache.compile(_ADVISER_ITS_ROLE_AFTER, _F)

#: A fund and the adviser it is advised or managed by: "The Income Fund of America, Inc., an
#: investment company registered under the Investment Company Act of 1940, which is advised by
#: Capital Research and Management Company ("CRMC")"; "Acme Fund, L.P., a private investment
#: fund managed by Acme Capital LLC"; "Acme Fund is advised by Acme Advisers" (group ``adv``:
#: advised, read as its investment adviser; group ``mm``: "Acme Assets, LLC is member-managed
#: by Acme Fund", its managing member; managed: its manager; group ``its``: the role named
#: before the adviser, :data:`_ITS_ADVISER_ROLE`, group ``its2`` after it,
#: :data:`_ADVISER_ITS_ROLE_AFTER`). The fund is the sentence's subject, or the name before ",
#: which is managed by" ("Acme Fund LP, which is managed by its general partner, Acme GP LLC,
#: holds"); the appositive between has no sentence mark in it. Each listed member holds: "Acme
#: Sub LLC is member-managed by Acme Holdings LLC and Beta Holdings LLC"; a descriptor may stand
#: between: "Acme Sub LLC, a Delaware limited liability company, is member-managed by Acme
#: Holdings LLC". A member list stops before the next clause's subject (:data:`HELD_NAMES`): not
#: "Jane Q. Roe" of "member-managed by Acme Holdings LLC and Jane Q. Roe, as trustee of the Roe
#: Trust, may be deemed". A list of funds is the subject of a plural verb or after "each of":
#: "Acme Fund LP and Beta Fund LP (together, the "Funds") are managed by Acme Capital LLC"
#: (group ``listed``), "Each of Acme Fund LP and Beta Fund LP is managed by ..." (group
#: ``funds``), and so is a group's term: "The Funds are advised by ..." (group ``are``).
ADVISED_BY = regex_cache.compile(rf"""
    (?<![A-Za-z])
    (?:(?:(?:[Ee]ach\s+of|[Bb]oth)\s+(?P<funds>{LISTED})\s+(?:is|are|was|were)
      |(?P<listed>{LISTED})\s+(?:are|were))
     |(?P<held>{_NAME})
      (?:\s*,\s+(?:a|an)\s+{_FUND_HEAD}[^.;()"“”]{{0,160}}?,?\s+(?:which|that)\s+(?:is|was)
        |\s*,\s+(?:a|an)\s+{_FUND_HEAD}
        |\s*,\s+(?:a|an)\s+[^.;,()"“”]{{1,80}}?,\s+(?:is|was)
        |\s*,\s+(?:which|that)\s+(?:is|was)                 # "Acme Fund LP, which is managed"
        |\s+(?:is|was|(?P<are>are|were))))
    \s+(?:(?P<adv>advised)|(?P<mm>member[- ]managed)|managed)\s+by\s+(?:{_ITS_ADVISER_ROLE},?\s+)?
    (?:the\s+)?(?P<holder>(?(mm){HELD_NAMES}|{_NAME})){_LIST_END}   # members listed: "by A and B"
    (?:{_ADVISER_ITS_ROLE_AFTER})?                                 # "by Acme GP LLC, its GP"
""", _F)
#: The later advisers of a list of funds, paired in order: " and Beta Capital LLC, respectively"
#: of "Acme Fund LP and Beta Fund LP are managed by Acme Capital LLC and Beta Capital LLC,
#: respectively" (searched right after a match of :data:`ADVISED_BY`). Its names give letters back
#: (:func:`~graphkit.parsers.prose_name_patterns.giving_back`): " and XYZrespectively" reads "XYZ".
RESPECTIVE_ADVISERS = regex_cache.compile(giving_back(rf"""
    (?P<more>(?:\s*,\s*(?:and\s+)?(?:the\s+)?{LIST_ITEM_NAME}|\s+and\s+(?:the\s+)?{LIST_ITEM_NAME})+)
    \s*,?\s*respectively\b
"""), _F)
#: Cue of :data:`ADVISED_BY`: "advised by ", "managed by "
ADVISED_BY_CUE = regex_cache.compile(r"""(?:advised|managed)\s+by\s""", _F)

#: A reason for a deemed holding that names another party but no role: "by virtue of their
#: relationships to", "by reason of his relationship with"
_RELATIONSHIP_TO = r"""(?:by\s+virtue\s+of|by\s+reason\s+of|because\s+of|as\s+a\s+result\s+of)\s+
    (?:his|her|its|their)\s+(?:respective\s+)?relationships?\s+(?:to|with)\s+"""

#: Sentence adverbs and openers that may stand, capitalised, before a holder list: "Accordingly,
#: Acme GP and Mr. Roe, by virtue of ..." (never a holder); nor a phrase that excepts:
#: "Except for Acme Fund LP, ...", "Only Acme Fund LP and ...", "Other than ..." (never part of the
#: first holder's name; "None of", "Neither" are read, to be denied: see ``not_asserted``)
_NOT_A_HOLDER = r"""(?:Accordingly|Therefore|Thus|Hence|Consequently|Additionally|Furthermore
    |Moreover|Further|Also|Similarly|Likewise|However|Rule|Shares|Common|Stock|Units|Depositary
    |Securities|Section|Item|He|She|It|They|We|The|This|These|Such
    |Except|Excluding|Other\s+than|Only|Besides|Apart\s+from|Aside\s+from|Save\s+for|Unlike)
    (?![A-Za-z0-9\-])"""

#: "each of Acme GP, Acme Holdings and Mr. Roe (by virtue of their relationships to Acme Fund)
#: may be deemed to indirectly beneficially own the Shares which Acme Fund owns"; "Jane Q. Roe,
#: by reason of her relationship with Acme Corp., may be deemed to beneficially own ...": each
#: holder controls the held party's holding, by no role the sentence names (read as
#: ``control_person_of``). Only a deemed holding or control follows: "Mr. Roe (by virtue of his
#: relationship to Acme) disclaims ..." states nothing. The holder list opens the sentence or a
#: clause (after an opening phrase's comma, or "and"): "Accordingly, A and B, by virtue ...",
#: "Acme Fund owns 100 Shares and A and B (by virtue ...)" never list "Accordingly" or "Shares".
#: Whether the held party owns what is deemed owned is checked after the match
#: (:data:`HELD_PARTY_OWNS`).
RELATIONSHIP_DEEMED_OWNER = regex_cache.compile(rf"""
    (?:^|[,;:]\s+(?:and\s+)?|\sand\s+)(?!{_NOT_A_HOLDER})
    (?P<holder>{NAMES})\s*(?:\(|,)\s*{_RELATIONSHIP_TO}(?:the\s+)?(?P<held>{HELD_NAMES})
    (?:\s*\([^()]{{1,80}}\))?\s*(?:\)|,)\s*(?:each\s+|also\s+)?may\s+(?:also\s+)?be\s+deemed\s+to\s+
    (?:(?:directly\s+or\s+)?indirectly\s+)?(?:beneficially\s+)?(?:own|control)
""", _F)
#: Cue of :data:`RELATIONSHIP_DEEMED_OWNER`: "relationships to Acme Fund) may be deemed to "
RELATIONSHIP_DEEMED_OWNER_CUE = regex_cache.compile(r"""
    relationships?\s+(?:to|with)\s[^;]{1,200}?\smay\s+(?:also\s+)?be\s+deemed\s+to\s
""", _F)

#: After :data:`RELATIONSHIP_DEEMED_OWNER`, the words that say the held party owns the securities:
#: "... the Shares which Acme Fund owns", "(as that term is defined in Rule 13d-3) the Shares
#: which Acme Master directly beneficially owns", "the Shares held by Acme Fund" (group
#: ``owner``, compared with the held name). "the shares held by the Company's plan" names no
#: owner (``owner`` ends before "'s" only to fail the comparison). Or the held party is itself
#: what is deemed controlled: " Acme Fund." of "... may be deemed to control Acme Fund." (group
#: ``owner3``, right after the verb, the sentence or clause ending after it: not " Acme Fund
#: shares", nor "Acme Fund's Shares"). Its names give letters back
#: (:func:`~graphkit.parsers.prose_name_patterns.giving_back`): ``owner2`` may end inside a word
#: ("Acme Fun" of "held by Acme Fund’s plan", a curly apostrophe).
HELD_PARTY_OWNS = regex_cache.compile(giving_back(rf"""
    (?:\b(?:which|that)\s+(?:the\s+)?(?P<owner>{_NAME})\s+(?:(?:directly|indirectly|beneficially
      |also)\s+){{0,3}}(?:owns|holds)\b
    |\b(?:held|owned)\s+(?:(?:directly|indirectly|beneficially|of\s+record)\s+){{0,2}}by\s+
      (?:the\s+)?(?P<owner2>{_NAME})(?!\s*['’]s?\b)
    |^\s+(?:the\s+)?(?P<owner3>{_NAME})(?=\s*(?:[.;:]|,\s|$)))
"""), _F)

#: A held party of :data:`RELATIONSHIP_DEEMED_OWNER` that is a person by title or initial ("Mr.
#: Roe", "John A. Roe"): the holder's relationship to a person is kin or a contract, not control
KIN_OF_HOLDER = regex_cache.compile(r"""^(?:Mr|Mrs|Ms|Miss|Dr|Messrs)\.?\s|\s[A-Z]\.\s""", _F)

#: Legal forms and name suffixes a comma sets off inside a name ("Acme Trust Company, N.A.",
#: "Mr. Roe, Jr."): no opening phrase ends before them
_SUFFIX_AFTER_COMMA = r"""(?:N\.?\s?A\.|L\.?\s?L\.?\s?C\.?|L\.?\s?P\.?|Inc\.?|Ltd\.?|Corp\.?|Co\.
    |Jr\.?|Sr\.?|III?\b|IV\b|Esq\.?|M\.D\.|Ph\.D\.|S\.A\.|N\.V\.|B\.V\.|plc|GmbH|AG\b)"""

#: "Mr. Roe shares voting and investment powers as to 72,780 shares with two co-trustees of The
#: Roe Family Foundation"; "Jane Q. Roe shares dispositive power with the other co-trustee of
#: the Roe Trust"; "Mr. Roe has shared voting power ... with his Co-Trustees of the Roe Trust":
#: one who shares a trust's powers with its (other) co-trustees is a trustee of it too. The
#: holder is the subject of the sharing clause, at the sentence's start (after an opening
#: phrase, never one ending before a suffix: "Acme Trust Company, N.A. shares ..." is held by
#: the bank, not "N.A."); the verb shares a power ("voting", "investment", "dispositive");
#: not "has entered into a voting agreement with", "has no agreement with", nor "with the
#: trustees of" (the trustees alone hold the role); the words between cross no ", and <Name>"
#: into a clause of another subject.
SHARES_WITH_CO_TRUSTEES = regex_cache.compile(rf"""
    ^(?:[A-Z][a-z][^,;()]{{0,40}}?,\s+(?!{_SUFFIX_AFTER_COMMA}))?(?:[Tt]he\s+)?(?!{_NOT_A_HOLDER})
    (?P<holder>{NAMES})\s+(?:each\s+|also\s+)?
    (?:shares?|(?:has|have)\s+shared|exercises?\s+(?:shared|joint)|(?:has|have)\s+joint)\s+
    (?:(?:sole|shared|joint)\s+)?(?:the\s+)?(?:power\s+to\s+(?:vote|dispose)|voting|investment|dispositive)\b
    (?:(?!\s(?:and|but|while|whereas)\s+(?:[A-Z]|his\b|her\b|its\b|their\b))[^;]){{0,200}}?\swith\s+
    (?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:other\s+)?
    (?:(?:one|two|three|four|five|six)\s+(?:other\s+)?)?
    (?P<role>[Cc]o-[Tt]rustees?)\s+(?:of|for)\s+(?:the\s+)?(?P<held>{_NAME}){_LIST_END}
""", _F)
#: Cue of :data:`SHARES_WITH_CO_TRUSTEES`: "with two co-trustees of "
SHARES_WITH_CO_TRUSTEES_CUE = regex_cache.compile(r"""
    \swith\s+(?:[a-z]+\s+){0,3}[Cc]o-[Tt]rustees?\s+(?:of|for)\s
""", _F)

#: A reason for a holding that names the holder's control of a party: "by virtue of their
#: control of", "by reason of his control over", "through her control of", "as the controlling
#: persons of", "as the controlling shareholders of", "as a controlling stockholder of" (not
#: "their former control of": no word may come between the pronoun and "control")
_CONTROL_OF = r"""(?:(?:(?:by\s+virtue|by\s+reason|because|as\s+a\s+result)\s+of|through)\s+
      (?:his|her|its|their)\s+(?:respective\s+)?control\s+(?:of|over)
    |as\s+(?:the\s+|a\s+)?(?:controlling|control)\s+(?:persons?|shareholders?|stockholders?)
      \s+of)"""

#: The verb of the clause after an aside set off by commas ("X, as the controlling shareholder
#: of Y, may be deemed ..."): it (or the ", and" before the next holder) ends the held list,
#: which would otherwise run on into the next holder of "Y, and Jane Q. Roe, as ..."
_ASIDE_THEN_VERB = r"""(?:(?:each|also|thus|therefore|thereby|accordingly|jointly|together)\s+)?
    (?:may|might|could|would|will|shall|is|are|was|were|has|have|had|shares?|holds?|owns?
      |controls?|beneficially|exercises?|disclaims?|votes?)\b"""

#: "Acme Inc., as the sole general partner of Acme Fund, and Jane Q. Roe and John A. Doe (by
#: virtue of their control of Acme Inc.), have the shared power to vote ..."; "Mr. Roe (by
#: reason of his control of Acme GP) may be deemed ..."; "Jane Q. Roe and John A. Doe (as the
#: controlling persons of Acme GP)"; "Jane Q. Roe and John A. Doe, as the controlling
#: shareholders of Acme Corp., may be deemed ...": each holder controls the held party
#: (``control_person_of``). The aside is set off in parentheses, or by commas before the
#: clause's verb, right after the holder list, which opens the sentence or a clause (as the
#: list of :data:`RELATIONSHIP_DEEMED_OWNER` does); "(by virtue of their relationships to ...)"
#: names no control, nor does "the controlling shareholder of Acme Corp." outside such an aside.
CONTROL_ASIDE = regex_cache.compile(rf"""
    (?:^|[,;:]\s+(?:and\s+)?|\sand\s+)(?!{_NOT_A_HOLDER})
    (?P<holder>{NAMES})\s*(?:\((?P<paren>)|,)\s*{_CONTROL_OF}\s+(?:the\s+)?(?P<held>{HELD_NAMES})
    (?(paren)\s*\)|(?=\s*,\s+(?:{_ASIDE_THEN_VERB}|and\s+[A-Z])))   # ") may", ", may", ", and Jane"
""", _F)
#: Cue of :data:`CONTROL_ASIDE`: "(by virtue of their control of ", "(as the controlling persons
#: of ", ", as the controlling shareholders of "
CONTROL_ASIDE_CUE = regex_cache.compile(rf"""[(,]\s*{_CONTROL_OF}\s""", _F)

#: Patterns whose holder holds every listed held party by one relation; the last field: each
#: listed holder does (False: one holder, "Smith and Jones Partners" of CONTROLLING_INTEREST)
HOLDERS_OF_LISTED: tuple[tuple[re.Pattern[str], re.Pattern[str], str, Relation, bool], ...] = (
    (CONTROLLING_INTEREST, CONTROLLING_INTEREST_CUE, "controlling_interest",
     Relation.SHAREHOLDER_OF, False),
    (RELATIONSHIP_DEEMED_OWNER, RELATIONSHIP_DEEMED_OWNER_CUE, "relationship_deemed_owner",
     Relation.CONTROL_PERSON_OF, True),
    (SHARES_WITH_CO_TRUSTEES, SHARES_WITH_CO_TRUSTEES_CUE, "shares_with_co_trustees",
     Relation.TRUSTEE_OF, True),
    (CONTROL_ASIDE, CONTROL_ASIDE_CUE, "control_aside", Relation.CONTROL_PERSON_OF, True),
    (THROUGH_SUBSIDIARY, SUBJECT_SUBSIDIARY_NAMED_CUE, "through_subsidiary", Relation.PARENT_OF,
     False),
    (MANAGED_UNDER_AGREEMENT, MANAGED_UNDER_AGREEMENT_CUE, "managed_under_agreement",
     Relation.INVESTMENT_MANAGER_OF, False),
    (POWER_UNDER_AGREEMENT_WITH, POWER_UNDER_AGREEMENT_WITH_CUE, "power_under_agreement_with",
     Relation.INVESTMENT_MANAGER_OF, False),
    (PROVIDES_SERVICES_TO, PROVIDES_SERVICES_TO_CUE, "provides_services_to",
     Relation.INVESTMENT_MANAGER_OF, False),
    (POWER_OVER_HELD, POWER_OVER_HELD_CUE, "power_over_held", Relation.CONTROL_PERSON_OF, True),
    (POWER_EXERCISED_BY, POWER_OVER_HELD_CUE, "power_exercised_by", Relation.CONTROL_PERSON_OF,
     True),
    (CONTROLS, CONTROLS_CUE, "controls", Relation.CONTROL_PERSON_OF, True),
    (CONTROLLED_BY, CONTROLLED_BY_CUE, "controlled_by", Relation.CONTROL_PERSON_OF, True),
    (ENTITY_CONTROLLED_BY, CONTROLLED_BY_CUE, "entity_controlled_by", Relation.CONTROL_PERSON_OF,
     True))

#: The patterns of :data:`HOLDERS_OF_LISTED` that read control from power or from the verb
#: "control": neither side may be a group ("the Reporting Persons"), and their claims carry a
#: note (:mod:`graphkit.parsers.power_claims`)
STATED_CONTROL = frozenset(STATED_NOTES)

#: Strings one of which every match of a cue of this module contains (see
#: :data:`graphkit.parsers.prose_patterns.CUE_LITERALS`)
CLAUSE_CUE_LITERALS: dict[re.Pattern[str], tuple[str, ...]] = {
    ELECTED_TO_ROLE_CUE: ("elected", "appointed"),
    SUBJECT_IS_A_AND_ROLE_OF_CUE: ("and",),
    SUBJECT_SUBSIDIARY_NAMED_CUE: ("subsidiary",),
    SUBJECT_AND_AS_ROLE_OF_CUE: ("and",),
    ADVISED_BY_CUE: ("advised", "managed"),
    SUBJECT_POSITION_AS_ROLE_OF_CUE: ("his", "her", "its"),
    TRUST_NAMED_WITH_TRUSTEE_CUE: ("rustee",),
    RELATIONSHIP_DEEMED_OWNER_CUE: ("relationship",),
    SHARES_WITH_CO_TRUSTEES_CUE: ("o-trustee", "o-Trustee"),
    CONTROL_ASIDE_CUE: ("control",),
    CO_TRUSTEES_ARE_CUE: ("rustee",),   # of :mod:`graphkit.parsers.prose_co_trustees`
    MANAGED_UNDER_AGREEMENT_CUE: MANAGED_UNDER_AGREEMENT_LITERALS,  # prose_agreement_patterns
    POWER_UNDER_AGREEMENT_WITH_CUE: POWER_UNDER_AGREEMENT_WITH_LITERALS,  # the same
    PROVIDES_SERVICES_TO_CUE: PROVIDES_SERVICES_TO_LITERALS,  # prose_services_patterns
    POWER_OVER_HELD_CUE: POWER_OVER_HELD_LITERALS,  # prose_power_patterns
    CONTROLS_CUE: CONTROLS_LITERALS,  # prose_control_patterns
    CONTROLLED_BY_CUE: CONTROLLED_BY_LITERALS,  # the same
    OWNED_BY_CUE: OWNED_BY_LITERALS,  # of :mod:`graphkit.parsers.prose_owned_patterns`
    OWNS_PERCENT_OF_CUE: OWNS_PERCENT_OF_LITERALS,  # of the same module
}


def held_party_owns(rest: str, held: str, holder: str) -> bool:
    """Whether ``rest`` (the sentence after a :data:`RELATIONSHIP_DEEMED_OWNER` match) says that
    ``held`` owns what is deemed owned ("the Shares which Acme Fund owns", "held by Acme
    Fund") or is what is deemed controlled ("may be deemed to control Acme Fund."), and
    ``held`` may own for ``holder``: not the issuer ("the Company"), nor a relative
    (:data:`KIN_OF_HOLDER`: a person by title or initial, or of the holder's surname: "Mrs.
    Roe, by virtue of her relationship to John Roe"). Anything else ("... to Acme GP, may be
    deemed to beneficially own the Shares") states no control.

    >>> held_party_owns(" the Shares which Acme Fund directly beneficially owns.", "Acme Fund",
    ...                 "Mr. Roe")
    True
    >>> held_party_owns(" the Units which Beta Coast owns.", "Beta Coast", "Mr. Roe")
    True
    >>> held_party_owns(" the Shares held by Acme Fund LP.", "Acme Fund LP", "Acme GP")
    True
    >>> held_party_owns(" the Shares.", "Acme GP LLC", "Acme Fund LP")
    False
    >>> held_party_owns(" Acme Fund.", "Acme Fund", "Acme GP")   # "may be deemed to control"
    True
    >>> held_party_owns(" Acme Fund shares.", "Acme Fund", "Acme GP")
    False
    >>> held_party_owns(" the Shares held by John Roe.", "John Roe", "Mrs. Roe")   # kin
    False
    >>> held_party_owns(" the Shares held by Acme Fund LLC.", "Acme Fund LLC", "Beta GP LLC")
    True
    >>> held_party_owns(" the shares held by the Company's plan.", "Company", "Mr. Roe")
    False
    """
    held = trim_name(held)
    words = trim_name(holder).split()
    if re.sub(r"\W", "", held.lower()) in ISSUER_WORDS or KIN_OF_HOLDER.search(held) or \
            (len(words) > 1 and held.split()[-1] == words[-1] and entity_kind(holder) is None):
        return False  # kin by a surname ("Mrs. Roe" to "John Roe"), not an organization
        # sharing a legal form with the held ("Beta GP LLC" to "Acme Fund LLC")
    for m in HELD_PARTY_OWNS.finditer(rest):
        if trim_name(m["owner"] or m["owner2"] or m["owner3"]) == held:
            return True
    return False
