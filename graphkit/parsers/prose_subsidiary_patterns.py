"""The named patterns of a subsidiary and its parent stated in filing prose: "X is a
wholly-owned subsidiary of Y", "X, a Delaware corporation and majority-owned indirect subsidiary
of Y", "A, B and C, each of which is a subsidiary of Y" (Y is the parent of X).

What may stand before "subsidiary" (:data:`SUBSIDIARY_KIND`) is the same for every pattern:
"direct" or "indirect", and a stake that is a majority at least ("wholly-owned",
"majority-owned", "80%-owned"). A stake below a majority ("a 40%-owned subsidiary", "a
minority-owned affiliate") is never read: it controls nothing alone. Each pattern has a cue, as
those of :mod:`graphkit.parsers.prose_patterns` (which re-exports them) do.

Examples
--------
>>> m = SUBSIDIARY_OF.search("Acme Sub Corp. is an 80%-owned subsidiary of Acme Holdings Inc.")
>>> m["held"], m["holder"]
('Acme Sub Corp.', 'Acme Holdings Inc.')
>>> SUBSIDIARY_OF.search("Acme Sub Corp. is a 40%-owned subsidiary of Acme Holdings Inc.") is None
True
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_aside_patterns import (
    ADDRESS_ASIDE, FORMED_ASIDE, IN_TURN, KIND_DESCRIPTOR)
from graphkit.parsers.prose_name_patterns import _NAME, LISTED, THE_NAMES

_F = re.VERBOSE

#: A percent above half, a stake that is a majority: "80%", "50.1%", "51 percent", "100 per
#: cent" (not "50%", "40%" nor "150%": an even split or a minority controls nothing alone)
MAJORITY_PERCENT = r"""(?<![0-9.])
    (?:100(?:\.0+)?|5[1-9](?:\.[0-9]+)?|[6-9][0-9](?:\.[0-9]+)?|50\.0*[1-9][0-9]*)
    \s*(?:%|percent|per\s+cent)"""

#: What may stand between the article and "subsidiary", each word in its usual place: "direct ",
#: "indirect ", "wholly-owned ", "majority owned ", "80%-owned ", "indirect, majority-owned ",
#: "majority-owned indirect " (a stake of a majority at least; "minority-owned " is none)
SUBSIDIARY_KIND = rf"""(?:(?:direct|indirect)\s*,?\s+)?
    (?:(?:wholly|majority|{MAJORITY_PERCENT})[\s-]+owned\s*,?\s+(?:(?:direct|indirect)\s+)?)?"""

#: A relative clause's opening between a subsidiary's name and "a subsidiary of": ", which is",
#: ", which, in turn, is", ", which in turn is", ", which is itself" (of "Acme Sub LLC, which is a
#: wholly owned subsidiary of Acme USA, Inc., which is a wholly owned subsidiary of Acme Corp."),
#: ", which is, in turn,", after what kind of entity the name is: ", a Delaware limited
#: liability company, which is"
WHICH_IS = rf"""(?:{KIND_DESCRIPTOR})?\s*,\s*which{IN_TURN}(?:is|was)
    (?:\s*,\s*in\s+turn\s*,|\s+(?:itself|also|in\s+turn))?"""

#: "X is a wholly-owned subsidiary of Y", "X, then a subsidiary of Y", "X, a wholly owned
#: subsidiary of the Issuer", 'Acme Research Company ("Acme"), 82 Main Street, Boston,
#: Massachusetts 02109, a wholly-owned subsidiary of Acme LLC' (Y is the parent of X), "Acme
#: Ventures, Inc. (AV), incorporated on March 29, 1978, is a wholly-owned subsidiary of Acme
#: Corp.", "X is an indirect majority-owned subsidiary of Y", "X is an 80%-owned subsidiary of Y",
#: "X, which is a wholly owned subsidiary of Y, which in turn is a subsidiary of Z" (a chain of
#: relative clauses: :data:`WHICH_IS`; each link is a match, searched from the parent before),
#: "X became a wholly owned subsidiary of Y" (it is since then, as :data:`LISTED_SUBSIDIARIES_OF`
#: reads "A and B became wholly owned subsidiaries of Y")
SUBSIDIARY_OF = regex_cache.compile(rf"""
    (?P<held>{_NAME})(?:{ADDRESS_ASIDE}|{FORMED_ASIDE})?(?:\s*,?\s+(?:is|was|became)|{WHICH_IS}
      |\s*,)\s+
    (?:then\s+)?(?:a|an)\s+
    {SUBSIDIARY_KIND}subsidiary\s+of\s+(?:the\s+)?(?P<holder>{_NAME})
""", _F)
#: "Acme Research Company is an Investment Adviser registered under Section 203 of the Act and
#: is a wholly owned subsidiary of The Acme Group, Inc." (a second predicate of the subject);
#: "Acme Intermediate Corp., then a Delaware corporation and wholly-owned subsidiary of Acme";
#: "Acme Sub, Inc., a Delaware corporation and a wholly owned subsidiary of the Reporting Person";
#: "Acme Sub, Inc., a Delaware corporation and majority-owned indirect subsidiary of Acme Corp."
AND_SUBSIDIARY_OF = regex_cache.compile(rf"""
    (?P<held>{_NAME})(?:\s+(?:is|was)|\s*,)\s+(?:then\s+)?(?:a|an)\s+[^.;,]{{1,160}}?\s+and\s+(?:is\s+|was\s+)?
    (?:(?:a|an)\s+)?{SUBSIDIARY_KIND}subsidiary\s+of\s+(?:the\s+)?(?P<holder>{_NAME})
""", _F)
#: "through Acme Mining Corp., Beta Cement Corp. and Gamma Sand Co., each of which directly owns
#: 1,000 shares, ..., respectively, and each of which is a wholly-owned subsidiary of Acme
#: Holdings, Inc." (every listed name is a subsidiary; the clause between may say anything)
EACH_OF_WHICH_SUBSIDIARY_OF = regex_cache.compile(rf"""
    (?P<held>{THE_NAMES})\s*,\s*(?:each|all|both)\s+of\s+which\s+
    (?:[^;]{{1,240}}?\s*,?\s+and\s+(?:each|all|both)\s+of\s+which\s+)?
    (?:is|are|was|were)\s+(?:a\s+|an\s+)?{SUBSIDIARY_KIND}
    subsidiar(?:y|ies)\s+of\s+(?:the\s+)?(?P<holder>{_NAME})
""", _F)
#: Subsidiaries listed as the subject: "Acme Sub LP and Beta Sub LP are wholly owned subsidiaries
#: of Acme Holdings Inc.", "A and B are each a wholly-owned subsidiary of Y", "A and B are both
#: direct subsidiaries of Y" (group ``held``: the list, read from where its clause opens), and
#: after "each of" (group ``each``): "Each of A and B is a wholly owned subsidiary of Y" (read
#: alone, :data:`SUBSIDIARY_OF` gives B only). Every listed name is a subsidiary of Y. Also
#: "On March 1, 2010, A and B became wholly owned subsidiaries of Y" (they are since then) and
#: the appositive "A and B, each a wholly owned subsidiary of Y, hold ..."
LISTED_SUBSIDIARIES_OF = regex_cache.compile(rf"""
    (?:(?P<each>[Ee]ach\s+of|[Bb]oth)\s+)?(?P<held>{LISTED})
    (?:\s*,\s*each\s+(?:a|an)\s+{SUBSIDIARY_KIND}subsidiary
     |\s+(?(each)(?:is|are|was|were|became)\s+(?:a|an)\s+{SUBSIDIARY_KIND}subsidiar(?:y|ies)
      |(?:are|were|became)\s+(?:(?:each|both|all)\s+)?
       (?:(?:a|an)\s+{SUBSIDIARY_KIND}subsidiary|{SUBSIDIARY_KIND}subsidiaries)))
    \s+of\s+(?:the\s+)?(?P<holder>{_NAME})
""", _F)
#: Cue of :data:`LISTED_SUBSIDIARIES_OF`: "are wholly owned subsidiaries of ", "are each a
#: subsidiary of ", "is a subsidiary of " (after "Each of A and B"), "became subsidiaries of ",
#: ", each a wholly owned subsidiary of "
LISTED_SUBSIDIARIES_OF_CUE = regex_cache.compile(rf"""
    (?:(?:is|are|was|were|became)\s+(?:(?:each|both|all)\s+)?|,\s*each\s+)(?:(?:a|an)\s+)?
    {SUBSIDIARY_KIND}subsidiar(?:y|ies)\s+of\s
""", _F)

#: Cue of :data:`EACH_OF_WHICH_SUBSIDIARY_OF`: "of which is a wholly-owned subsidiary of "
EACH_OF_WHICH_SUBSIDIARY_OF_CUE = regex_cache.compile(rf"""
    of\s+which\s+(?:is|are|was|were)\s+(?:a\s+|an\s+)?{SUBSIDIARY_KIND}subsidiar(?:y|ies)\s+of\s
""", _F)

#: Cue of :data:`AND_SUBSIDIARY_OF`: "subsidiary of " (starts with a word, so the scan is fast)
AND_SUBSIDIARY_OF_CUE = regex_cache.compile(r"""subsidiary\s+of\s""", _F)

#: Cue of :data:`SUBSIDIARY_OF`: "subsidiary of "
SUBSIDIARY_OF_CUE = regex_cache.compile(r"""subsidiary\s+of\s""", _F)

#: The word "direct" or "indirect" before "subsidiary" in a match of :data:`SUBSIDIARY_OF`:
#: "an indirect wholly-owned subsidiary of", "a direct subsidiary of"
DIRECTNESS = regex_cache.compile(r"""\b(?P<word>(?:in)?direct)\b(?=[^.;]*?\bsubsidiary\s+of\s)""",
                                 _F | re.IGNORECASE)


def _directness(m: re.Match[str]) -> str:
    d = DIRECTNESS.search(m.string, m.end("held"), m.start("holder"))
    return d["word"].lower() if d else ""


def contrary_chain(prev: re.Match[str] | None, m: re.Match[str]) -> bool:
    """Whether ``m`` continues ``prev`` ("X is an indirect subsidiary of Y, a direct subsidiary of
    Z": its held name is the parent ``prev`` named) with the other "direct"/"indirect" than
    ``prev``: then the second phrase most likely describes X again (X is a direct subsidiary of
    Z, under Y), not Y, so nothing is read from it.

    >>> t = "Acme Sub Inc. is an indirect subsidiary of Beta Corp., a direct subsidiary of Gamma Inc."
    >>> first = SUBSIDIARY_OF.search(t); second = SUBSIDIARY_OF.search(t, first.start("holder"))
    >>> second["held"], contrary_chain(first, second)
    ('Beta Corp.', True)
    >>> t = "Acme Sub Inc. is a wholly-owned subsidiary of Beta Corp., a wholly-owned subsidiary of Gamma Inc."
    >>> first = SUBSIDIARY_OF.search(t); second = SUBSIDIARY_OF.search(t, first.start("holder"))
    >>> contrary_chain(first, second)
    False
    """
    if prev is None or prev.start("holder") != m.start("held"):
        return False
    return {_directness(prev), _directness(m)} == {"direct", "indirect"}
