"""Named patterns of what prose puts between a name and its verb or role, to be skipped: a street
address after a name, the date or law a company was formed under, and the words that introduce
a name ("a partnership called"), a definition in parentheses after a name (' (together, the
"Funds")'), the date of a trust's agreement after its name (" u/a/d 1/1/2000").

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

>>> re.match(DEFINITION_ASIDE, '(together, the "Funds") are', re.VERBOSE).group(0)
'(together, the "Funds")'

>>> re.match(TRUST_DATE_ASIDE, " u/a/d 1/1/2000, which owns", re.VERBOSE).group(0)
' u/a/d 1/1/2000'
"""

from __future__ import annotations

import re

from graphkit import regex_cache

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

#: The words between "which" and its verb, skipped: " also ", ", in turn, ", " in turn " (of
#: "Acme GP LLC, which, in turn, is the managing member of Acme Sub LLC"), or a blank
IN_TURN = r"""(?:\s*,\s*in\s+turn\s*,\s*|\s+in\s+turn\s+|\s+also\s+|\s+)"""

#: A short descriptor of what kind of entity a name is, between it and a relative clause: ", a
#: corporation", ", a Delaware limited partnership" ("Acme Corp., a corporation of which Jane Q.
#: Roe is the sole stockholder"; "Acme Sub LLC, a Delaware limited liability company, which is
#: a wholly owned subsidiary of Acme Corp.")
KIND_DESCRIPTOR = r"""\s*,\s+(?:a|an)\s+(?:[A-Z][a-z]+\s+){0,2}(?:limited\s+liability\s+company
    |(?:limited\s+|general\s+)?partnership|corporation|company|trust)"""

#: Words that introduce a held party's name after "of": "a partnership called " of "the general
#: partner of a partnership called Acme Partners"; "a Delaware company named ", "an entity known
#: as " (a kind of entity, up to three words before it)
NAMED_KIND = r"""(?:an?\s+(?:[A-Za-z\-]+\s+){0,3}?(?:partnership|company|corporation|entity|trust
    |fund)\s+(?:called|named|known\s+as)\s+)"""

#: The words before a definition's quoted term: "the ", a group's "together, the ",
#: "collectively, ", "collectively the ", "together with the Acme Fund, the " (of the last name of
#: a list: 'Acme Fund LP (the "Acme Fund") and Beta Fund LP (together with the Acme Fund, the
#: "Funds")'), and a member's "each, a ", "each an " (of ' (each, a "Fund" and together, the
#: "Funds")')
DEFINITION_OPENING = r"""(?:(?:together|collectively)(?:\s+with\s+[^()"“”;]{1,80}?)?\s*,?\s+(?:the\s+)?
    |each\s*,?\s+an?\s+|the\s+)?"""

#: A group's term after a member's in one definition: ' and together, the "Funds"' of ' (each, a
#: "Fund" and together, the "Funds")', ', and collectively "Funds"', ' and, together with Fund I,
#: the "Funds"' (as :data:`DEFINITION_ASIDE` reads it, its term quoted after it)
DEFINITION_GROUP_TAIL = r"""(?:\s*,?\s+and\s*,?\s+(?:together|collectively)
    (?:\s+with\s+[^()"“”;]{1,80}?)?\s*,?\s+(?:the\s+)?)"""

#: A definition in parentheses after a name, its term of 1 to 40 characters: ' ("ACM")', ' (the
#: "Fund")', a group's ' (together, the "Funds")', ' (collectively, "Funds")', ' (each, a "Fund"
#: and together, the "Funds")', ' ("Fund II" and, together with Fund I, the "Funds")', ' (together
#: with the Acme Fund, the "Funds")' (not ' (together with Acme GP, the Filers)': no term quoted)
DEFINITION_ASIDE = rf"""(?:\({DEFINITION_OPENING}["“][^"“”()]{{1,40}}["”]
    (?:{DEFINITION_GROUP_TAIL}["“][^"“”()]{{1,40}}["”])?\))"""

#: The date of a trust's agreement after the trust's name, skipped (the name without it is the
#: trust's name in every filing; the date is written in many ways): " u/a/d 1/1/2000" of "the
#: John Doe Trust u/a/d 1/1/2000", ", dated January 1, 2000", " U/A DTD 01/01/00", " UAD
#: 1-1-2000", " under agreement dated Jan. 1, 2000", " u/t/a dated 1/1/2000", " U/D/T dated
#: 5/5/2005", " dated as of January 1, 2000"; the date in any style filers use: " dated June
#: 1st, 1995", " dated 1 June 1995", " dated 1995-06-01", " dated the 1st day of June, 1995"
TRUST_DATE_ASIDE = r"""(?:\s*,?\s+
    (?i:u/a/d|u/a\s+dtd\.?|u/a\s+dated|u/t/a\s+(?:dtd\.?|dated)|u/d/t(?:\s+(?:dtd\.?|dated))?|uad
      |dtd\.?|dated|under\s+(?:a\s+)?(?:trust\s+)?agreement\s+dated)(?:\s+(?i:as\s+of))?\s+
    (?:[0-9]{1,2}[/\-.][0-9]{1,2}[/\-.](?:[0-9]{4}|[0-9]{2})(?![0-9])
      |(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?![0-9])
      |[A-Z][A-Za-z]{2,8}\.?\s+[0-9]{1,2}(?i:st|nd|rd|th)?(?:\s*+[,.]\s*+|\s++)[0-9]{4}
      |(?:the\s+)?[0-9]{1,2}(?i:st|nd|rd|th)?\s+(?:(?i:day)\s+of\s+)?[A-Z][A-Za-z]{2,8}\.?,?\s+
       [0-9]{4}))"""
#: :data:`TRUST_DATE_ASIDE` as a pattern, to take the dates out of a list of trusts read whole
#: ("the Roe Family Trust dated January 1, 2000 and the Doe Family Trust dated June 1, 2001"),
#: the blanks and comma before the date read one way (a run of blanks taken whole: split between
#: "\s*" and "\s+", a long run was tried in every split)
TRUST_DATE = regex_cache.compile(TRUST_DATE_ASIDE.replace(r"(?:\s*,?\s+", r"(?:(?:\s*+,\s++|\s++)", 1), re.VERBOSE)
