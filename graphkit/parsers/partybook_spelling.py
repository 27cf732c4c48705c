"""One spelling of a name as the per-filing party book compares it with the names it holds.

:class:`Spelling` reads what :meth:`graphkit.parsers.partybook.PartyBook._match` compares of a
new spelling once (its squeezed key, its bare key without legal form, its person key and
generation) and scores it against each name of a party: equal person names, bare names, fuzzy
ratios, vetoed near-twins.

Examples
--------
>>> Spelling("Jane Q. Roe").score("Roe, Jane Q.", True)
99.0
>>> Spelling("Acme Fund IV, L.P.").score("Acme Fund IV-A, L.P.", False)
0.0
"""

from __future__ import annotations

from rapidfuzz import fuzz

from graphkit.models import PartyKind
from graphkit.names import guess_kind
from graphkit.parsers.legal_forms import same_name_in_form_spellings
from graphkit.parsers.partybook_names import (
    FUZZY_MIN, SUFFIX_MIN_CHARS, generation_of, lacks_leading_words, near_twins, short_form_of,
    squeeze, vetoed, _bare_key, _person_key)
from resolvers.compare import info_of
from resolvers.vetoes import SAME_FILING_VETOES


class Spelling:
    """What :meth:`PartyBook._match` compares of a spelling, read once per look-up."""

    __slots__ = ("name", "key", "bare", "pk", "generation", "is_person")

    def __init__(self, name: str) -> None:
        kind = guess_kind(name)
        self.name = name
        self.key = squeeze(name)
        self.bare = _bare_key(name)
        self.is_person = kind is PartyKind.PERSON
        self.pk = _person_key(name) if self.is_person else None
        self.generation = generation_of(name) if self.pk is not None else None

    def score(self, other: str, other_is_person: bool) -> float:
        """How alike this spelling and ``other`` (a name of a party) are, 0-100; 0 when they
        must not be linked or are compared exactly only."""
        name, key, pk = self.name, self.key, self.pk
        okey = squeeze(other)
        if len(okey) < 5 or other.isupper() and " " not in other.strip():
            return 0.0  # terms and short codes match exactly only
        if pk is not None and other_is_person:
            if self.generation != generation_of(other):
                return 0.0  # "John Roe, Jr." is not "John Roe" of the same filing
            ok = _person_key(other)
            if ok and ok[0] == pk[0] and ok[2] == pk[2] and (
                    not ok[1] or not pk[1] or ok[1] == pk[1]):
                return 99.0
        if near_twins(name, other):
            return 0.0
        if not (self.is_person or other_is_person) and same_name_in_form_spellings(name, other) \
                or len(self.bare) >= 6 and self.bare == _bare_key(other):
            # "ACME CO L P" / "Acme Company, Limited Partnership"; "ACME PARTNERS" / "Acme
            # Partners Limited Partnership", also when the bare name alone looked like a
            # person's: 96 at least, as alike as spelt ("ACME CO" / "Acme & Co.": 100)
            return max(fuzz.ratio(key, okey), 96.0)
        score = fuzz.ratio(key, okey)
        if other_is_person != self.is_person and score < 95:
            return 0.0
        if len(key) >= SUFFIX_MIN_CHARS and okey.endswith(key) and len(key) * 2 >= len(okey):
            score = max(score, 95.0)
        if score >= FUZZY_MIN and not self.is_person and (
                lacks_leading_words(name, other) or lacks_leading_words(other, name)):
            return 0.0  # "Acme Limited Partnership" is not "Beacon Acme Limited ..."
        if score >= FUZZY_MIN and (vetoed(name, other) or not self.is_person and any(
                fn(info_of(name), info_of(other)) for fn in SAME_FILING_VETOES)):
            score = 0.0  # similar, but a legal form, word or number sets them apart, or a
            # word inside one name only, as of a fund's "Euro" twin in the same filing
        if short_form_of(name, other) or short_form_of(other, name):
            score = max(score, 96.0)  # "Acme Onshore" / "ACME ONSHORE FUND LP"
        return score

