"""The role words of filing prose: "general partner", "managing members", "one of three
trustees", "sole shareholder and president" (:data:`ROLE`, :data:`ROLES`), and the literal
words every role holds, which let a sentence without one skip the patterns that read a role
(:data:`ROLE_WORDS`). The sentence patterns of :mod:`graphkit.parsers.prose_patterns` are
built from them (and re-export them).

Examples
--------
>>> import re
>>> bool(re.fullmatch(ROLES, "sole shareholder and president", re.VERBOSE))
True
>>> bool(re.fullmatch(ROLE, "the wife", re.VERBOSE))
False
>>> bool(re.fullmatch(ROLE, "the co-managing members", re.VERBOSE))
True
>>> all(re.fullmatch(ROLE, f"the {w.upper()}", re.VERBOSE) for w in OFFICER_ABBREVIATIONS)
True
"""

from __future__ import annotations

import re

from graphkit import regex_cache

_F = re.VERBOSE

#: A role word: "sole investment general partner", "managing members", "investment adviser", "both
#: directors", "all directors" (of "A and B are all directors of": every holder's, as with "are
#: both"), "the sole Class A shareholder", "a Series B member" (a share class, in capitals: not "a
#: class of shareholders"), "Chairman", "Vice Chairman", "Chairman of the Board (of Directors)" (not
#: of another board: "of the Board of Advisors of"), "an officer", "Executive Vice President",
#: "Chief Operating Officer", "Secretary", "one-third owner", "sole co-owners", "managing limited
#: partner" (of a German KG: its general partner), "sole limited partner" (it owns the partnership:
#: a plain "limited partner" is none), "Management Committee Directors", "investment committee
#: members" (members of the governing committee, not of the company: read as directors, see
#: :func:`graphkit.parsers.prose_roles.role_relations`), "the control person", "a controlling
#: person", "co-managing members", "co-general partners" ("co-" joined to the role it shares), "the
#: 1% general partner" (also "1 %", "1 percent"), "the
#: (ultimate) parent company" (not a bare "parent": "the parent of Jane Roe" is kin).
ROLE = r"""(?i:(?:(?:sole|managing|general|investment|co-|principal|controlling|majority|the|a|an
    |its|their|his|her|only|individual|corporate|administrative|special|senior|both|each|all
    |registered|(?:class|series)\s+(?-i:[A-Z]{1,2}(?:-[0-9])?|[0-9])   # Class A, Series B-1
    |non-member|(?:investment|management|executive)\s+committee
    |(?:one|two|three)-(?:thirds?|half|quarters?)
    |[0-9]{1,2}(?:\.[0-9]{1,2})?(?:[ ]?%|[ ]percent))\s+
    |co-(?=[a-z]))*
    (?:general\s+partners?|managing\s+members?|members?|investment\s+(?:managers?|advis[eo]rs?)
    |(?<=managing\s)partners?|(?<=managing\s)limited\s+partners?|(?<=sole\s)limited\s+partners?
    |(?:(?<=sole\s)|(?<=majority\s)|(?<=controlling\s)|(?<=third\s)|(?<=thirds\s)|(?<=half\s)
      |(?<=quarter\s)|(?<=quarters\s))(?:co-)?owners?
    |(?:vice[\s-]+)?(?:chairman|chairmen|chairperson)(?:\s+of\s+the\s+board(?:\s+of\s+directors)?
       (?!\s+of\s+(?:advisors|advisers|trustees|managers|governors|supervisors|regents|overseers
         |visitors)\b))?
    |managers?|advis[eo]rs?|trustees?|co-trustees?|shareholders?|stockholders?
    |(?:(?:senior|executive|first)\s+){0,2}vice\s+presidents?|presidents?
    |chief\s+(?:[a-z]+\s+){1,2}?officers?|executive\s+officers?|officers?
    |c[efoi]o(?![a-z])
    |secretary|secretaries|treasurers?|directors?
    |control(?:ling)?\s+persons?
    |(?:(?:ultimate|indirect|direct)\s+)?parent\s+(?:holding\s+)?(?:company|companies|corporation
      |entity|entities)))"""
#: A plural role set off after a list of holders with no article: "members" of "Jane Roe, John
#: Doe and Mary Major, members of Acme GP LLC, ..."; "managing members", "general partners",
#: "co-trustees". Only the roles of a partnership, a company or a trust: a bare "Managing
#: Directors of" or "managers of" after names is a job title as often as a role
BARE_PLURAL_ROLE = r"""(?i:(?:sole\s+|managing\s+)?members|general\s+partners|(?:co-)?trustees)"""
#: One holder of a role held by several: "one of three trustees of", "one of the directors of",
#: "1 of 2 directors" (in a list of roles too: "sole shareholder, 1 of 2 directors and the
#: President of Acme Inc.")
_ONE_OF = r"""(?:(?:one|1)\s+of\s+(?:the\s+|its\s+|their\s+)?
    (?:(?:two|three|four|five|six|seven|several|[2-9])\s+)?)"""
#: Two roles joined: "sole shareholder and president"; two roles each with its own
#: preposition: "the general partner of and investment adviser to" (one held party follows)
ROLES = rf"""(?:{ROLE}(?:\s*(?:,|and|&)\s*(?:the\s+|{_ONE_OF})?{ROLE})*
    (?:\s+(?:of|to|for)\s*,?\s+and\s+(?:the\s+|its\s+|an?\s+)?{ROLE}(?=\s+(?:of|to|for)\s))?)"""

#: Officers' titles written short, lower-cased: "CEO", "CFO", "COO", "CIO" (investment or
#: information); :data:`ROLE` reads each ("c[efoi]o" there), and each is a word of
#: :data:`ROLE_WORDS` and of :mod:`graphkit.parsers.prose_patterns`' RELATION_WORDS
OFFICER_ABBREVIATIONS: tuple[str, ...] = ("ceo", "cfo", "coo", "cio")

#: Words one of which every match of :data:`ROLE` holds, once lower-cased (case is ignored in
#: roles): "general partner", "Managing Members", "Chairman", "co-trustee", "investment
#: adviser", "Stockholder". A sentence without one states no role, and the patterns that read a
#: role are not tried on it (unless a character folds to an ASCII letter when case is ignored:
#: see :func:`graphkit.parsers.prose.find_relationships`).
ROLE_WORDS: tuple[str, ...] = (
    "partner", "member", "manager", "advis", "director", "officer", "president", "trustee",
    "holder", "owner", "chair", "secretar", "treasurer", "control person", "controlling person",
    "parent", *OFFICER_ABBREVIATIONS)

#: What follows a word of :data:`ROLE_WORDS` in a role "of" a party, lower-cased: the rest of the
#: role word and "of", "to" or "for" ("s of " of "general partners of ", "man of " of "Chairman
#: of", "ers to " of "investment advisers to ", "man, respectively, of " of "President and
#: Chairman, respectively, of", " holding company of " of "parent holding company of"). Every
#: role read as "ROLE of Y" ends so.
ROLE_OF_TAIL = regex_cache.compile(r"""
    [a-z]*(?:\s+(?:holding\s+)?(?:compan(?:y|ies)|corporation|entit(?:y|ies)))?
    (?:\s*,\s*respectively\s*,)?\s+(?:of|to|for)[\s,]""", _F)
