"""Named patterns of what prose puts between a name and its verb or role, to be skipped: a street
address after a name, the date or law a company was formed under, and the words that introduce
a name ("a partnership called").

None of these starts with a name, so each is a building block of the relationship patterns of
:mod:`graphkit.parsers.prose_patterns` and :mod:`graphkit.parsers.prose_clause_patterns`
(which compile them into their sentences); none names a party.

Examples
--------
>>> re.match(ADDRESS_ASIDE, ", The Acme Tower, 82 Main Street, Boston, MA 02109, is",
...          re.VERBOSE).group(0)
', The Acme Tower, 82 Main Street, Boston, MA 02109'

>>> re.match(FORMED_ASIDE, ", incorporated on March 29, 1978, is a", re.VERBOSE).group(0)
', incorporated on March 29, 1978'

>>> re.match(NAMED_KIND, "a partnership called Acme Partners", re.VERBOSE).group(0)
'a partnership called '
"""

from __future__ import annotations

import re  # noqa: F401  (the examples)

#: The first line of an address, a building's name before its street number: "The Acme Tower"
#: of "Acme Corp., The Acme Tower, 1101 Main Street" (no party: the address of the name
#: before it)
BUILDING_LINE = r"""(?:[A-Z][A-Za-z0-9.'&\-]*(?:\s+[A-Z][A-Za-z0-9.'&\-]*){0,5}
    (?=\s*,\s*[0-9]{1,6}\s+[A-Z]))"""

#: A street address after a name, up to its postal code, skipped: ", 82 Main Street, Boston,
#: Massachusetts 02109" (before a comma), or one without a postal code up to ", a"; never
#: across ", and" (", 5 Main Street, New York 10110, and Beta LLC, a subsidiary": Beta's); with
#: a building's name before the street: ", The Acme Tower, 82 Main Street, ..."
ADDRESS_ASIDE = rf"""(?:(?:\s*,\s*{BUILDING_LINE})?
    \s*,\s*[0-9]{{1,6}}\s+[A-Z](?:(?!,\s*and\s)[^;()"“”]){{0,100}}?
    (?:[ ,](?:[0-9]{{5}}(?:-[0-9]{{4}})?|[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9])(?=\s*,)
      |(?=\s*,\s+(?:a|an)\s)))"""

#: When or under which law a company was formed, set off by commas between its name and its
#: verb, skipped: ", incorporated on March 29, 1978" of "Acme Ventures, Inc., incorporated on
#: March 29, 1978, is a wholly-owned subsidiary of Acme Corp."; ", organized under the laws of
#: Delaware", ", formed in 1990" (up to the comma before "is"/"was", which the pattern using
#: it reads)
FORMED_ASIDE = r"""(?:\s*,\s+(?:incorporated|organized|organised|formed|established)
    \s+(?:on|in|under)\s+[^;()"“”]{1,60}?(?=\s*,\s+(?:is|was)\s))"""

#: Words that introduce a held party's name after "of": "a partnership called " of "the general
#: partner of a partnership called Acme Partners"; "a Delaware company named ", "an entity known
#: as " (a kind of entity, up to three words before it)
NAMED_KIND = r"""(?:an?\s+(?:[A-Za-z\-]+\s+){0,3}?(?:partnership|company|corporation|entity|trust
    |fund)\s+(?:called|named|known\s+as)\s+)"""
