"""Scoring features: small, named, pure functions of two analyzed names.

Each feature returns a value in 0..1; its weight (in :mod:`resolvers.tuning`) turns the value
into a contribution, and the score of a pair is the clipped sum of contributions. A feature's
one-line docstring is what a user sees when a merge is explained, so it says what the feature
measures in plain words.

Examples
--------
>>> from resolvers.names import analyze
>>> a, b = analyze("Wrenfield Capital Fund-V, L.P."), analyze("Wronfield Can oital Fund-V, L.P.")
>>> round(org_name_similarity(a, b), 2)
0.88
>>> [f.__name__ for f in FEATURES][:2]
['org_name_similarity', 'org_token_order']
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from graphkit.models import PartyKind
from resolvers.legal_forms import comparable_forms, form_family
from resolvers.names import NameInfo
from resolvers.ocr import ocr_fold, visual_fold
from resolvers.persons import PersonMatch, PersonName, match_persons
from resolvers.tuning import (EXACT_WORD_LETTERS, SHORT_WORD_LETTERS, UNMATCHED_MIN_LETTERS, WORD_FOUND_SCORE,
                              WORD_FOUND_SCORE_SHORT)

# Short words that carry no identity (left unchecked, never joined to a broken word).
STOP_WORDS = frozenset("of the and for de du la le el al y e et und der die das".split())

Feature = Callable[[NameInfo, NameInfo], float]
FEATURES: list[Feature] = []


def feature(fn: Feature) -> Feature:
    """Register a feature function (its name keys its weight in ``tuning.FEATURE_WEIGHTS``)."""
    FEATURES.append(fn)
    return fn


def _orgs(a: NameInfo, b: NameInfo) -> bool:
    return a.kind == PartyKind.ORGANIZATION and b.kind == PartyKind.ORGANIZATION


@lru_cache(maxsize=100_000)
def person_match(a: PersonName, b: PersonName) -> PersonMatch:
    """Cached :func:`resolvers.persons.match_persons`, in a fixed argument order."""
    if (a.words, a.suffix) > (b.words, b.suffix):
        a, b = b, a
    return match_persons(a, b)


@feature
def org_name_similarity(a: NameInfo, b: NameInfo) -> float:
    """How alike the names are, ignoring legal form, spacing and OCR-confusable letters."""
    if not _orgs(a, b) or not a.folded or not b.folded:
        return 0.0
    return Indel.normalized_similarity(a.folded, b.folded)


@feature
def org_token_order(a: NameInfo, b: NameInfo) -> float:
    """How alike the names are when their words are put in alphabetical order."""
    if not _orgs(a, b):
        return 0.0
    sa = ocr_fold("".join(sorted(a.core)))
    sb = ocr_fold("".join(sorted(b.core)))
    return Indel.normalized_similarity(sa, sb) if sa and sb else 0.0


@feature
def legal_form_agreement(a: NameInfo, b: NameInfo) -> float:
    """Both names state the same legal form."""
    fa, fb = comparable_forms(a.forms, b.forms)  # "& Co." before "Inc." is part of the name
    return 1.0 if set(fa) & set(fb) else 0.0


@feature
def legal_form_difference(a: NameInfo, b: NameInfo) -> float:
    """Both names state different corporate legal forms (e.g. Inc. and Ltd.)."""
    fa, fb = comparable_forms(a.forms, b.forms)
    if not (fa and fb) or set(fa) & set(fb):
        return 0.0
    return 1.0 if form_family(fa[-1]) == form_family(fb[-1]) == "corporate" else 0.0


@feature
def unmatched_words(a: NameInfo, b: NameInfo) -> float:
    """A distinctive word of one name has no counterpart anywhere in the other name."""
    if not _orgs(a, b):
        return 0.0
    return 1.0 if _has_unmatched(a, b) or _has_unmatched(b, a) else 0.0


def _pieces(stem: tuple[str, ...]) -> list[str]:
    """Stem words with runs of short fragments joined ("ma ck b ay" → "mackbay"), so a word
    broken into bits too short to check on their own is still checked."""
    out: list[str] = []
    run: list[str] = []
    for t in stem + ("",):
        if t and len(t) < UNMATCHED_MIN_LETTERS and t not in STOP_WORDS:
            run.append(t)
            continue
        if len(run) > 1 or (run and len(run[0]) == EXACT_WORD_LETTERS):
            out.append("".join(run))
        run = []
        if t:
            out.append(t)
    return out


def _has_unmatched(a: NameInfo, b: NameInfo) -> bool:
    # Words are looked for inside the other's compact form, so split or joined words still match;
    # both sides visually folded, so OCR-confused letters ("Wronfield", "Can oital") cost nothing
    # and any other changed letter counts in full.
    other = visual_fold(b.folded)
    pieces = _pieces(a.stem)
    for i, t in enumerate(pieces):
        if len(t) == EXACT_WORD_LETTERS and t not in STOP_WORDS:
            # "Ivy", "Bay", "Gas": no room for a wrong letter, so found as written or missing;
            # excused when a damaged neighbour shows it is a piece of a split word ("Can oital").
            near = [p for p in pieces[max(0, i - 1):i] + pieces[i + 1:i + 2]]
            if visual_fold(t) not in other and all(visual_fold(p) in other for p in near):
                return True
        elif len(t) >= UNMATCHED_MIN_LETTERS:
            need = WORD_FOUND_SCORE_SHORT if len(t) <= SHORT_WORD_LETTERS else WORD_FOUND_SCORE
            if fuzz.partial_ratio(visual_fold(t), other) < need:
                return True
    return False


@feature
def qualifier_one_side(a: NameInfo, b: NameInfo) -> float:
    """Only one name carries a qualifier in parentheses (a country, city or class)."""
    return 1.0 if bool(a.qualifiers) != bool(b.qualifiers) else 0.0


@feature
def surname_similarity(a: NameInfo, b: NameInfo) -> float:
    """How alike the surnames are (under the best reading of each name's word order)."""
    if a.person is None or b.person is None:
        return 0.0
    return person_match(a.person, b.person).surname


@feature
def first_name_similarity(a: NameInfo, b: NameInfo) -> float:
    """How alike the first names are; an initial matches a name it begins."""
    if a.person is None or b.person is None:
        return 0.0
    return person_match(a.person, b.person).first


@feature
def middle_names_agreement(a: NameInfo, b: NameInfo) -> float:
    """Middle names or initials agree (1), one side lacks them (0.75), or they differ (0)."""
    if a.person is None or b.person is None:
        return 0.0
    return person_match(a.person, b.person).middle


def person_whole_name(a: NameInfo, b: NameInfo) -> float:
    """The whole names, spaces removed, match better than their parts ("SergeiLavrov")."""
    if a.person is None or b.person is None:
        return 0.0
    if len(a.person.words) > 1 and len(b.person.words) > 1:
        return 0.0  # only a one-word name (joined or single) is judged as a whole
    return Indel.normalized_similarity(ocr_fold("".join(a.person.words)),
                                       ocr_fold("".join(b.person.words)))
