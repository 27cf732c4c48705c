"""Where a clause opens in filing prose, and the words that open a sentence before its subject.

A list of names read as the subject of a clause ("Acme Fund LP and Beta Fund LP are managed by
Acme Capital LLC") or as the held list of a clause that opens with its role ("The general
partner of Acme Fund LP and Beta Fund LP is Acme GP LLC") stands where a clause opens: at the
sentence's start (after its item mark "(a)" or an opening phrase: "Pursuant to the Agreement, ",
"Finally, "), after ";" or ":", or after ", and" (:func:`opens_a_clause`). A list found
elsewhere runs on from the clause before: in "Jane Roe controls Acme GP LLC, and Acme Fund LP
and Beta Fund LP are managed by ..." the object "Acme GP LLC" is no fund managed, and the
subject is what follows ", and" (:func:`subject_list`).

An opening phrase (:data:`OPENING_PHRASE`) is never a name: "Through Acme Holdings LLC, " of
"Through Acme Holdings LLC, John Doe and Jane Roe, the managing members of Acme GP LLC, may",
"Finally, " of "Finally, Acme GP LLC and Beta GP LLC, as general partners of ...".

Examples
--------
>>> flat = "Jane Roe controls Acme GP LLC, and Acme Fund LP and Beta Fund LP are managed by X."
>>> at = flat.index("Acme GP"); subject_list(flat, at, flat.index(" are"))
'Acme Fund LP and Beta Fund LP'
>>> OPENING_PHRASE.match("Currently, John Doe and Jane Roe").group(0)
'Currently, '
"""

from __future__ import annotations

import re
from typing import Optional

from graphkit.parsers.prose_lists import split_names

_F = re.VERBOSE

#: An item mark before a sentence: "(a) ", "(2) ", "(iv) "
_ITEM_MARK = r"""(?:\((?:[a-z]|[0-9]{1,2}|[ivx]{1,4})\)\s*)"""

#: A sentence adverb set off by a comma before the subject: "Finally", "Currently",
#: "Collectively", "Additionally" (a word of the adverbs' endings after three letters or more:
#: no surname "Kelly", "Daly", "Connolly" ends so)
SENTENCE_ADVERB = r"""(?:Finally|Lastly|Thus|Also|Further|Furthermore|Moreover|Hence|Therefore
    |However|Likewise|Nonetheless|Nevertheless|Otherwise|Together|Instead|Again|Meanwhile
    |Thereafter|Today|Now|Here|First|Second|Third|Next|Then
    |[A-Z][a-z]{3,}(?:ally|ively|ently|antly|ingly|arly|ately|ously|ually|ectly))"""

#: A phrase opening a sentence, up to its comma: a preposition's phrase ("Pursuant to the
#: Agreement, " of "Pursuant to the Agreement, John Doe and Jane Roe, who are ...", "On June 1,
#: 2001, ", "(a) Under the Plan, ", "Through Acme Holdings LLC, ", "Via ...", "Besides ...",
#: "Except for ...", "Since January 2020, ") or a sentence adverb ("Finally, ", "Currently, ").
#: A capitalised word in it ("Agreement", "Acme Holdings LLC") is no holder listed.
OPENING_PHRASE = re.compile(rf"""
    ^\s*{_ITEM_MARK}?
    (?P<phrase>(?:(?:Pursuant\s+to|Under|Upon|Following|After|Through|Via|Besides|Except\s+for
        |Other\s+than|Apart\s+from|Aside\s+from|Subject\s+to|According\s+to
        |By\s+(?:virtue|reason)\s+of
        |As\s+a\s+result\s+of|In\s+(?:connection|accordance)\s+with|As\s+of|On|Since|During
        |Before|Until|Prior\s+to|In)\s
       [^,;:()]{{1,80}}(?:,\s+[0-9]{{4}})?
      |{SENTENCE_ADVERB}))
    ,\s+
""", _F)

#: What stands right before a clause's subject (searched back from the subject: it ends there):
#: the sentence's start or its item mark, ";", ":", ", and ", ", but ", ", while ", ", whereas "
CLAUSE_OPENS_BEFORE = re.compile(rf"""
    (?:^\s*|[;:]\s*|,\s+(?:and|but|while|whereas)\s+){_ITEM_MARK}?$
""", _F)

#: A clause's opening inside a list read as a subject: ", and " of "Acme GP LLC, and Acme Fund LP
#: and Beta Fund LP" (the list after it is the subject)
CLAUSE_BREAK = re.compile(r""",\s+(?:and|but|while|whereas)\s+""", _F)


def opens_a_clause(flat: str, start: int, after_and: bool = True) -> bool:
    """True when ``start`` of ``flat`` (a sentence on one line) is where a clause opens: the
    sentence's start, after an opening phrase (:data:`OPENING_PHRASE`), ";" or ":", and, with
    ``after_and``, after ", and" (:data:`CLAUSE_OPENS_BEFORE`).

    >>> flat = "Finally, the general partner of A and B is X; the general partner of C is Y"
    >>> opens_a_clause(flat, flat.index("the")), opens_a_clause(flat, flat.index("the", 20))
    (True, True)
    >>> flat = "Acme GP LLC is the general partner of A, and the general partner of B is X"
    >>> opens_a_clause(flat, flat.index("the")), opens_a_clause(flat, flat.index("the", 20))
    (False, True)
    >>> opens_a_clause(flat, flat.index("the", 20), after_and=False)
    False
    """
    before = CLAUSE_OPENS_BEFORE.search(flat, max(0, start - 20), start)
    if before is not None and (after_and or not before.group(0).lstrip().startswith(",")):
        return True
    opening = OPENING_PHRASE.match(flat)
    return opening is not None and opening.end() == start


def opening_phrase_at(flat: str, at: int) -> bool:
    """True when a name read from ``at`` of ``flat`` (a sentence on one line) starts with its
    opening phrase (:data:`OPENING_PHRASE`): "Additionally" of "Additionally, the managing member
    of ...", "Through Acme Holdings LLC" of "Through Acme Holdings LLC, the general partner of
    ..." are no names. A name at the end of the phrase is one: "Acme & Co., Inc." of "By virtue
    of Jane Roe's positions as President of Acme & Co., Inc., the general partner of ...".

    >>> flat = "Additionally, the managing member of Acme GP LLC, as trustee of the Roe Trust"
    >>> opening_phrase_at(flat, 0), opening_phrase_at(flat, flat.index("Acme"))
    (True, False)
    >>> flat = "By virtue of Jane Roe's positions as President of Acme & Co., Inc., the general"
    >>> opening_phrase_at(flat, flat.index("Acme"))
    False
    """
    opening = OPENING_PHRASE.match(flat)
    return opening is not None and at == opening.start("phrase")


def subject_list(flat: str, start: int, end: int) -> Optional[str]:
    """The list of two names or more at ``flat[start:end]`` that is a clause's subject: the
    whole list where a clause opens (:func:`opens_a_clause`); otherwise what follows its first
    ", and" (:data:`CLAUSE_BREAK`: the names before it end the clause before) when that is a
    list; None when no list of the clause's own is left.

    >>> flat = "John Doe is the President of Acme Corp., and Beta LP and Gamma LP are advised by X"
    >>> subject_list(flat, flat.index("President"), flat.index(" are"))
    'Beta LP and Gamma LP'
    >>> flat = "Acme Fund LP, Beta Fund LP, and Gamma Fund LP are advised by X"
    >>> subject_list(flat, 0, flat.index(" are"))
    'Acme Fund LP, Beta Fund LP, and Gamma Fund LP'
    >>> flat = "Shares held in accounts of Acme Fund LP and Beta Fund LP are wholly owned by X"
    >>> subject_list(flat, flat.index("Acme"), flat.index(" are")) is None
    True
    """
    if opens_a_clause(flat, start):
        return flat[start:end]
    cut = CLAUSE_BREAK.search(flat, start, end)
    if cut is None or len(split_names(flat[cut.end():end])) < 2:
        return None  # "Shares held in accounts of A and B are": no subject of their own
    return flat[cut.end():end]
