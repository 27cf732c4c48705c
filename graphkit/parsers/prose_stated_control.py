"""Which holder and held parties a match of a pattern of stated control gives.

The patterns of :mod:`graphkit.parsers.prose_power_patterns` ("X has voting power over the shares
held by Y") and :mod:`graphkit.parsers.prose_control_patterns` ("X controls Y", "Y is controlled
by X") give ``control_person_of`` from each holder listed to each party held; :func:`stated_pairs`
says which pairs a match gives, leaving out:

* a list's last name that opens the next clause (:func:`controlled_names`);
* power that an agreement, a proxy, a pledge or a custody gives
  (:data:`~graphkit.parsers.prose_power_patterns.BORROWED_POWER`): no control of the holder;
* a group ("the Reporting Persons"), a security or an account read as a held name
  (:data:`~graphkit.parsers.prose_power_patterns.SECURITY_NAME`), a person held (power over a
  person's shares is a custodian's, a spouse's or a proxy's, not control of a party);
* with "respectively" after the lists, every pair but the ones in order;
* control the sentence disclaims later (:data:`DISCLAIMED_CONTROL`), and a party controlled
  that may be the appositive's head instead (:data:`APPOSITIVE_OF_BEFORE`).

Examples
--------
>>> from graphkit.parsers.prose_power_patterns import POWER_OVER_HELD
>>> flat = ("Jane Roe and John Doe have voting power over the shares held by Acme Fund LP and "
...         "Beta Fund LP, respectively.")
>>> stated_pairs(flat, POWER_OVER_HELD.search(flat), "power_over_held")
[('Jane Roe', 'Acme Fund LP'), ('John Doe', 'Beta Fund LP')]
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.parsers.prose_bare_roles import is_person_name
from graphkit.parsers.prose_capacity import held_before_next_subject
from graphkit.parsers.prose_lists import listed_parties, split_names
from graphkit.parsers.prose_name_patterns import _NAME
from graphkit.parsers.prose_power_patterns import BORROWED_POWER, SECURITY_NAME
from graphkit.parsers.prose_terms import is_collective_name

_F = re.VERBOSE

#: A list's last name and a plural verb after the held list: " and Beta Fund LP are" of
#: "controls Acme GP LLC and Acme Fund LP and Beta Fund LP are managed by": the held list's last
#: name opens the next clause's subject with it
NEXT_PLURAL_SUBJECT = regex_cache.compile(rf"""
    \s*,?\s+and\s+(?:the\s+)?{_NAME}\s+(?:are|were|have|each|both|together|collectively)\b""", _F)


def controlled_names(flat: str, m: re.Match[str], group: str = "held") -> str:
    """The list ``group`` of a match ``m`` in ``flat`` of a pattern of this module, or of
    :data:`~graphkit.parsers.prose_power_patterns.POWER_OVER_HELD` (the one after the verb:
    ``held``, or ``holder`` after "controlled by"), without a last name that is the next
    clause's subject: ", and Beta LP is" (:func:`~graphkit.parsers.prose_capacity.
    held_before_next_subject`), " and Beta LP and Gamma LP are" (:data:`NEXT_PLURAL_SUBJECT`).

    >>> from graphkit.parsers.prose_control_patterns import CONTROLLED_BY, CONTROLS
    >>> flat = "Jane Roe controls Acme GP LLC and Acme Fund LP and Beta Fund LP are managed by X"
    >>> controlled_names(flat, CONTROLS.search(flat))
    'Acme GP LLC'
    >>> flat = "Acme LLC is controlled by John Doe and Beta LLC and Gamma LLC are owned by X"
    >>> controlled_names(flat, CONTROLLED_BY.search(flat), "holder")
    'John Doe'
    """
    start, end = m.span(group)
    held = held_before_next_subject(flat, start, end)
    each = EACH_OF_WHICH_AFTER.match(flat, end)
    if each is not None:
        head, sep, tail = held.partition(", and ")
        if sep and "," not in head and (" and " in tail or each["more"]):
            held = head  # "A, and B and C, each of which ..., hold": B and C open a new clause;
            # "A, B, and C, each of which" and "A, and B, each of which" are one list
    if NEXT_PLURAL_SUBJECT.match(flat, end) is not None:
        names = split_names(held)
        if len(names) > 1:  # the last is the next subject's first
            held = held[:held.rindex(names[-1])].rstrip(" ,")
            held = held[:-4].rstrip(" ,") if held.endswith(" and") else held
    return held


#: An aside on the whole list right after it: ", each of whom", ", each of which", also after
#: one more name the list's reading left out (" and Gamma LLC, each of which")
EACH_OF_WHICH_AFTER = regex_cache.compile(rf"""
    (?P<more>\s+and\s+{_NAME})?\s*,\s+each\s+of\s+wh(?:om|ich)\b""", _F)

#: The rule of three right after the list of those who hold the power: ", none of whom has
#: sole power", ", no one of whom", ", no single one of them": each alone controls nothing
NONE_ALONE = regex_cache.compile(r"""
    \s*,\s+(?:none\s+of\s+wh(?:om|ich)|no\s+(?:one|single|individual)\b)""", _F)

#: A disclaimer of the control later in the sentence: "; however, Mrs. Roe disclaims such
#: control", "although he disclaims any control"
DISCLAIMED_CONTROL = regex_cache.compile(r"""
    \b(?:disclaim\w*|does\s+not\s+admit|do\s+not\s+admit|den(?:y|ies)\s+that)
    [^.;]{0,60}?\bcontrol""", _F)

#: An appositive's "of" right before the held name: "Acme GP LLC, the general partner of " of
#: "Acme GP LLC, the general partner of Acme Fund LP, which is controlled by Jane Roe": which of
#: the two "which" means cannot be told
APPOSITIVE_OF_BEFORE = regex_cache.compile(r"""
    ,\s+(?:the|a|an|its)\s+[^,;()]{0,80}?\s(?:of|to|for)\s+(?:the\s+)?$""", _F)


#: The patterns whose list after the verb is the controllers' ("Acme Fund LP is controlled by
#: Jane Roe", "Voting power over the shares held by Acme Fund LP is exercised by Jane Roe")
CONTROLLERS_AFTER_THE_VERB = frozenset({"controlled_by", "entity_controlled_by",
                                        "power_exercised_by"})


#: A possessive inside a name: "Acme Holdings LLC's Board of Directors", "Beta Inc.'s Subsidiary"
POSSESSIVE_IN = regex_cache.compile(r"""['’]s\s""", _F)


def stated_pairs(flat: str, m: re.Match[str], name: str) -> list[tuple[str, str]]:
    """The (holder, held) pairs the match ``m`` in the sentence ``flat`` of the stated-control
    pattern ``name`` gives (see the module's text).

    >>> from graphkit.parsers.prose_power_patterns import POWER_OVER_HELD
    >>> flat = ("Parent may be deemed to have shared voting power over the shares held by Acme "
    ...         "Fund LP as a result of the Voting Agreement.")
    >>> stated_pairs(flat, POWER_OVER_HELD.search(flat), "power_over_held")
    []
    """
    if BORROWED_POWER.search(flat) is not None:
        return []
    if DISCLAIMED_CONTROL.search(flat) is not None:
        return []  # "may be deemed to control the Issuer; however, she disclaims such control"
    if NONE_ALONE.match(flat, m.end("holder")) is not None:
        return []  # "exercised by A, B and C, none of whom has sole power": a committee's
    if name == "entity_controlled_by" and APPOSITIVE_OF_BEFORE.search(
            flat, max(0, m.start("held") - 120), m.start("held")) is not None:
        return []
    if name in CONTROLLERS_AFTER_THE_VERB:  # "is controlled by X", "is exercised by X"
        holder, held = controlled_names(flat, m, "holder"), m["held"]
    else:
        holder, held = m["holder"], controlled_names(flat, m)
    holders = [h for h in split_names(holder) if not is_collective_name(h)]
    helds = [t for t in listed_parties(held) if not (
        is_collective_name(t) or SECURITY_NAME.search(t) or is_person_name(t))]
    if any(POSSESSIVE_IN.search(n) for n in (*holders, *helds)):
        return []  # "Acme Holdings LLC's Board of Directors": the possessor's body, no party
    if "respectively" in flat[m.start():]:  # "..., respectively", "(respectively)": in order
        listed = len(split_names(holder)) == len(holders) and \
            len(listed_parties(held)) == len(helds)  # none left out, or the order is lost
        return list(zip(holders, helds)) if listed and len(holders) == len(helds) > 1 else []
    return [(h, t) for h in holders for t in helds]
