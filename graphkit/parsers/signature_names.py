"""Party names printed over a signature, wrapped over lines: when the line under a name goes
on with it, and how the lines are joined again.

A signature block prints the names of the parties signing one per line, but a long name runs
onto the next line ("APARTMENT INVESTMENT AND" / "MANAGEMENT COMPANY"), indented under it
("ACME SMALL-CAP" / "   VALUE FUND, INC.") or broken by a hyphen ("BANK OF ARI-" / "ZONA,
N.A."). :mod:`graphkit.parsers.signatures` joins such lines as it reads them
(:func:`continues_name`, :func:`join_lines`); :mod:`graphkit.parsers.schedule13_text` joins
names read apart again where only the joined name is a reporting person
(:func:`join_wrapped_names`). What one line of the block is (a title, a typed signer) is said
by :mod:`graphkit.parsers.signature_lines`.

Examples
--------
>>> continues_name("BANK OF ARI-", "ZONA, N.A."), join_lines("BANK OF ARI-", "ZONA, N.A.")
(True, 'BANK OF ARIZONA, N.A.')
>>> continues_name("ACME FUND, L.P.", "VICE PRESIDENT")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphkit import regex_cache
from graphkit.names import org_words
from graphkit.parsers.signature_lines import is_title_line

#: The end of a complete entity name: "Acme Holdings, Inc.", "Acme Fund, L.P.", "Acme Trust",
#: "Acme Partners LLP", "Roe Beteiligungen GmbH", "Acme Holding N.V.", "Roe Fund Limited
#: Partnership"
LEGAL_END = regex_cache.compile(r"""
    \b(?:Inc|Incorporated|Corp|Corporation|Company|Co|LLC|L\.L\.C|LP|L\.P|LLP|L\.L\.P|Ltd|Limited
      |Limited\s+Partnership|Trust|N\.A|plc|AG|SA|S\.A|GmbH|N\.V|B\.V)\.?$
""", re.I | re.VERBOSE)


def names_entity(name: str) -> bool:
    """Whether ``name`` is an entity's: it holds an organization word
    (:func:`graphkit.names.org_words`) or ends in a legal form (:data:`LEGAL_END`).

    >>> names_entity("Acme Capital Partners"), names_entity("Roe GP, L.L.C.")
    (True, True)
    >>> names_entity("Jane Q. Roe")
    False
    """
    return bool(org_words(name)) or LEGAL_END.search(name) is not None


#: A digit: a line that holds one is no wrapped part of a "By:" entity's name ("June 12, 1998,")
DIGIT = regex_cache.compile(r"""[0-9]""", re.VERBOSE)
#: A word broken at the end of a line by a hyphen: "FIRST INTERSTATE BANK OF ARI-" / "ZONA, N.A."
HYPHEN_END = regex_cache.compile(r"""[A-Za-z]-$""", re.VERBOSE)
#: The first word of a line, three letters or more: the rest of a word broken by a hyphen
#: ("ZONA" of "ARI-" / "ZONA, N.A."), not a series mark ("V" of "ACME FUND-" / "V, L.P.")
WORD_REST = regex_cache.compile(r"""[A-Za-z]{3,}""", re.VERBOSE)


def join_lines(line: str, nxt: str) -> str:
    """``line`` and the line under it that goes on with it, as one: with a space, or with none
    where a word was broken by a hyphen (the hyphen dropped unless a series mark follows).

    >>> join_lines("BANK OF ARI-", "  ZONA, N.A."), join_lines("ACME FUND-", "V, L.P.")
    ('BANK OF ARIZONA, N.A.', 'ACME FUND-V, L.P.')
    >>> join_lines("ACME SMALL-CAP", "   VALUE FUND")
    'ACME SMALL-CAP VALUE FUND'
    """
    a, b = line.rstrip(), nxt.strip()
    if HYPHEN_END.search(a):
        return (a[:-1] if WORD_REST.match(b) else a) + b
    return f"{a} {b}"


#: A word or mark no party name ends with, so the name goes on on the next line: "ACME FUND
#: FOR" / "GROWTH, L.P.", "ACME &" / "CO." ("AND" may end a line of a list of parties, "ACME
#: PARTNERS AND" / "BETA ADVISORS": such lines are joined only where the filing's parties say
#: so, by :func:`join_wrapped_names`)
NAME_JOIN_END = regex_cache.compile(r"""(?:\b(?:of|for|the|in)|[&])$""", re.I | re.VERBOSE)
#: A list's "and" left at the end of a party's line: "ACME PARTNERS AND"
TRAILING_AND = regex_cache.compile(r"""[ \t,]+(?:and|&)$""", re.I | re.VERBOSE)


def continues_name(line: str, nxt: str) -> bool:
    """True when ``nxt`` (the line under a party's name, no blank line between) is the rest of
    that name: indented under it ("ACME SMALL-CAP" / "   VALUE FUND, INC."), or one word in
    the same case ("PRESIDENT AND FELLOWS OF ACME" / "COLLEGE").

    >>> continues_name("ACME SMALL-CAP", "   VALUE FUND, INC."), continues_name("ACME, INC.", "  X")
    (True, False)
    >>> continues_name("ACME FUND, L.P.", "   a Delaware limited partnership")
    False
    >>> continues_name("ACME INVESTORS OF", "AMERICA FUND")  # no name ends "OF"
    True

    A parenthesis left open that ``nxt`` closes: "ACME FUND (CAYMAN" / "ISLANDS), LTD."

    >>> continues_name("ACME FUND (CAYMAN", "ISLANDS), LTD.")
    True
    >>> continues_name("ACME FUND (QP)", "ISLANDS), LTD.")
    False
    """
    a, b = line.strip(), nxt.strip()
    if a.count("(") > a.count(")") and b.count(")") > b.count("(") and "/s/" not in b.lower() \
            and not b.lower().startswith("by"):
        return True
    if not a or not b or LEGAL_END.search(a) or not b[0].isupper() or ":" in b or "/" in b:
        return False
    if is_title_line(b) or b.lower().startswith("by"):
        return False
    if NAME_JOIN_END.search(a) or HYPHEN_END.search(a):
        return True
    if len(nxt) - len(nxt.lstrip()) > len(line) - len(line.lstrip()):
        return True
    return " " not in b and b.isalpha() and b.isupper() == a.isupper()


def whole_entity_name(line: str) -> bool:
    """True when ``line`` is an entity's name whole, not the rest of the name above it: a legal
    form (:data:`LEGAL_END`) after two words or more ("Beta Capital II Corp.,", "Beta Fund,
    L.P."); a legal form after one word ends a name wrapped ("Management, L.L.C.").

    >>> whole_entity_name("  Beta Capital II Corp.,"), whole_entity_name("Beta Fund, L.P.")
    (True, True)
    >>> whole_entity_name("Management, L.L.C."), whole_entity_name("Limited Partnership,")
    (False, False)
    """
    b = line.strip().rstrip(",")
    m = LEGAL_END.search(b)
    return bool(m) and len(b[:m.start()].replace(",", " ").split()) >= 2


def by_name_goes_on(line: str, nxt: str) -> bool:
    """True when ``nxt`` is the rest of the name of the entity on the "By:" line ``line``, its
    capacity printed on the line under ``nxt`` (the caller's check): a line that
    :func:`continues_name`, or one that ends with the comma before the capacity, flush with
    the "By:" ("By: Acme Capital Management II" / "Limited Partnership," / "its general
    partner"). A title, a signature or another "By:" line never goes on with a name.

    >>> by_name_goes_on("By: Acme Capital Management II", "Limited Partnership,")
    True
    >>> by_name_goes_on("By: Acme GP", "   Management, L.L.C.")
    True
    >>> by_name_goes_on("By: Acme GP, L.P.", "Beta Fund, L.P.,")
    False
    >>> by_name_goes_on("By: Acme", "By: Beta,")
    False
    >>> by_name_goes_on("By: Acme Capital Management II", "     June 12, 1998,")
    False
    >>> by_name_goes_on("By: Acme Capital Management II", "     Beta Capital II Corp.,")
    False
    """
    if DIGIT.search(nxt) or whole_entity_name(nxt):
        return False  # "June 12, 1998,", "Beta Capital II Corp.,": no rest of a name
    if continues_name(line, nxt):
        return True
    # flush with "By:", the comma tells it: every other test of continues_name still holds
    # (the line put as if indented under the name)
    return nxt.rstrip().endswith(",") and continues_name(line, " " * len(line) + nxt.strip())


def join_wrapped_names(names: list[str], known: Callable[[str], bool]) -> list[str]:
    """``names`` (the parties listed above a signature, one per line as read) with a name
    wrapped over two or three lines joined again, where the lines are no known party alone
    and joined are one (``known``: a lookup among the filing's reporting persons).

    >>> parties = {"ACME INVESTMENT MANAGEMENT, INC.", "ACME INVESTMENT MANAGEMENT (X), L.P."}
    >>> join_wrapped_names(["ACME INVESTMENT", "MANAGEMENT, INC."], parties.__contains__)
    ['ACME INVESTMENT MANAGEMENT, INC.']
    >>> join_wrapped_names(["ACME INVESTMENT MANAGEMENT", "(X), L.P."], parties.__contains__)
    ['ACME INVESTMENT MANAGEMENT (X), L.P.']
    >>> join_wrapped_names(["ACME INVESTMENT MANAGEMENT, INC.", "BETA LP"], parties.__contains__)
    ['ACME INVESTMENT MANAGEMENT, INC.', 'BETA LP']
    >>> join_wrapped_names(["APARTMENT INVESTMENT AND", "MANAGEMENT COMPANY"],
    ...                    {"APARTMENT INVESTMENT AND MANAGEMENT COMPANY"}.__contains__)
    ['APARTMENT INVESTMENT AND MANAGEMENT COMPANY']
    >>> join_wrapped_names(["ACME PARTNERS AND", "BETA ADVISORS"],  # a list's "and"
    ...                    {"ACME PARTNERS", "BETA ADVISORS"}.__contains__)
    ['ACME PARTNERS', 'BETA ADVISORS']
    """
    out: list[str] = []
    i = 0
    while i < len(names):
        name = names[i]
        if not known(name):
            for n in (3, 2):  # the longest join that names a party
                joined = " ".join(names[i:i + n])
                if i + n <= len(names) and known(joined):
                    name = joined
                    i += n - 1
                    break
            else:
                bare = TRAILING_AND.sub("", name)
                if bare != name and known(bare):
                    name = bare  # "ACME PARTNERS AND" / "BETA ADVISORS": a list's "and"
        out.append(name)
        i += 1
    return out


def unclosed_cut(name: str) -> str:
    """A party line's name without a parenthesis left open or closed twice: cut before an
    unclosed "(" ('ACME FUND, L.P. (the "Fund"' is "ACME FUND, L.P."); nothing for a line that
    closes more than it opens (the tail of a name wrapped over lines) or opens at once.

    >>> unclosed_cut('ACME FUND, L.P. (the "Fund"'), unclosed_cut("ACME FUND (QP), L.P.")
    ('ACME FUND, L.P.', 'ACME FUND (QP), L.P.')
    >>> unclosed_cut("Life Insurance Company (Ohio))"), unclosed_cut("(formerly Acme Corp.")
    ('', '')
    """
    depth, cut = 0, None
    for k, ch in enumerate(name):
        if ch == "(":
            if depth == 0:
                cut = k
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return ""
    if depth == 0:
        return name
    return name[:cut].strip(" ,;") if cut else ""
