"""Compare two names (or mentions): vetoes first, then the weighted features.

Examples
--------
>>> c = compare("Wrenfield Capital Fund-V. L.P.", "WRENFIELD CAPITAL FUND-V, L.P.")
>>> c.same, c.score
(True, 1.0)
>>> c = compare("Wrenfield Capital Fund-V, L.P.", "Wrenfield Capital Fund-V Affiliates Fund, L.P.")
>>> c.same, [v.name for v in c.vetoes]
(False, ['vehicle_words'])
>>> compare("BRANNOCK MARCUS E", "Marcus E. Brannock").same
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Optional, Union

from graphkit.models import Identifier, IdentifierScheme, PartyKind, unchecked
from resolvers.features import FEATURES, person_whole_name
from resolvers.models import Comparison, FeatureScore, Mention, Veto
from resolvers.names import NameInfo, analyze
from resolvers.tuning import FEATURE_WEIGHTS, MATCH_THRESHOLD, PERSON_MATCH_THRESHOLD
from resolvers.vetoes import SAME_FILING_VETOES, find_vetoes

NameLike = Union[str, Mention]

# Features that apply to each kind of party.
PERSON_FEATURES = frozenset({"surname_similarity", "first_name_similarity",
                             "middle_names_agreement", "person_whole_name"})
# Identifier schemes whose equality means one party and whose difference means two.
DECISIVE_SCHEMES = (IdentifierScheme.CIK, IdentifierScheme.LEI, IdentifierScheme.IRS_EIN)


def _kind(kind: Union[PartyKind, str, None]) -> Optional[PartyKind]:
    if kind is None or isinstance(kind, PartyKind):
        return kind
    k = str(kind).strip().lower()
    if k in ("person", "individual", "in"):
        return PartyKind.PERSON
    return PartyKind.ORGANIZATION


def info_of(x: NameLike, kind: Union[PartyKind, str, None] = None) -> NameInfo:
    """The :class:`NameInfo` of a name or mention (explicit ``kind`` first, then the mention's)."""
    if isinstance(x, Mention):
        return analyze(x.name, _kind(kind) or x.kind)
    return analyze(x, _kind(kind))


@lru_cache(maxsize=None)
def _doc_line(fn: Callable) -> str:
    """A feature's docstring, stripped: what an explanation shows (read once per feature)."""
    return (fn.__doc__ or "").strip()


def _part(name: str, doc: str, value: float, weight: float, contribution: float
          ) -> FeatureScore:
    """``FeatureScore(...)`` of the floats :func:`score_pair` computed, without validating them
    again (see :func:`graphkit.models.unchecked`)."""
    return unchecked(FeatureScore, {"name": name, "doc": doc, "value": float(value),
                                    "weight": float(weight),
                                    "contribution": float(contribution)})


def score_pair(a: NameInfo, b: NameInfo) -> tuple[float, list[FeatureScore]]:
    """The clipped weighted score of two analyzed names and each feature's part in it.

    >>> from resolvers.names import analyze
    >>> score, parts = score_pair(analyze("Acme Holdings Inc."), analyze("ACME HOLDINGS, INC"))
    >>> score, parts[0].name
    (1.0, 'org_name_similarity')
    """
    if a.raw > b.raw:  # one fixed order, so both directions compute the same numbers
        a, b = b, a
    person = a.person is not None and b.person is not None
    parts: list[FeatureScore] = []
    total = 0.0
    for fn in FEATURES:
        if (fn.__name__ in PERSON_FEATURES) != person:
            continue
        weight = FEATURE_WEIGHTS.get(fn.__name__, 0.0)
        value = float(fn(a, b))
        contribution = value * weight
        total += contribution
        parts.append(_part(fn.__name__, _doc_line(fn), round(value, 4), weight,
                           round(contribution, 4)))
    if person:  # the whole name may match better than its parts (joined or one-word names)
        whole = person_whole_name(a, b)
        if whole > total:
            parts.append(_part("person_whole_name", _doc_line(person_whole_name),
                               round(whole, 4), 1.0, round(whole - total, 4)))
            total = whole
    return round(min(1.0, max(0.0, total)), 4), parts


def threshold_for(a: NameInfo, b: NameInfo) -> float:
    """The score two names need to be one party (persons need more than organizations)."""
    if a.person is not None and b.person is not None:
        return PERSON_MATCH_THRESHOLD
    return MATCH_THRESHOLD


def _identifier_verdict(a: NameLike, b: NameLike) -> tuple[Optional[bool], str]:
    if not (isinstance(a, Mention) and isinstance(b, Mention)):
        return None, ""
    return identifier_verdict(a.identifiers, b.identifiers)


def identifier_verdict(a: Iterable[Identifier], b: Iterable[Identifier]
                       ) -> tuple[Optional[bool], str]:
    """Whether two parties' identifiers make them one party (True: a shared CIK, LEI or EIN),
    two (False: different values of one such scheme) or leave it open (None), with the detail.

    >>> cik = lambda v: [Identifier(scheme="cik", value=v)]
    >>> identifier_verdict(cik("0000000042"), cik("42")), identifier_verdict(cik("42"), cik("43"))
    ((True, 'cik 42'), (False, 'cik 42 / 43'))
    >>> identifier_verdict(cik("42"), [])
    (None, '')
    """
    a, b = list(a), list(b)
    for scheme in DECISIVE_SCHEMES:
        va = {i.value.lstrip("0") for i in a if i.scheme == scheme}
        vb = {i.value.lstrip("0") for i in b if i.scheme == scheme}
        if va and vb:
            if va & vb:
                return True, f"{scheme.value} {sorted(va & vb)[0]}"
            return False, f"{scheme.value} {sorted(va)[0]} / {sorted(vb)[0]}"
    return None, ""


def compare(a: NameLike, b: NameLike, kind: Union[PartyKind, str, None] = None) -> Comparison:
    """Decide whether two names (or mentions) are one party, with the reasons.

    Parameters
    ----------
    a, b : str or Mention
        Names as written, or mentions (whose kind and identifiers are then used).
    kind : PartyKind or str, optional
        Kind of both parties when known ("person", "organization"); else each is guessed.

    Returns
    -------
    Comparison
        ``same``, ``score`` (0..1), feature contributions, vetoes and ``decided_by``.
        Symmetric: ``compare(a, b)`` and ``compare(b, a)`` agree in verdict and score.

    Examples
    --------
    >>> compare("Charles B. Whitcombe", "Rupert H. Whitcombe").decided_by
    'veto: person_names'
    >>> compare("Acme Fund II, L.P.", "ACME FUND 2 LP").same
    True

    See also
    --------
    resolvers.resolve : clusters many mentions using the same features and vetoes.
    """
    ia, ib = info_of(a, kind), info_of(b, kind)
    name_a = a.name if isinstance(a, Mention) else a
    name_b = b.name if isinstance(b, Mention) else b
    score, parts = score_pair(ia, ib)
    vetoes = [Veto(name=n, doc=d, detail=x) for n, d, x in find_vetoes(ia, ib)]
    if isinstance(a, Mention) and isinstance(b, Mention) and a.filing and a.filing == b.filing:
        for fn in SAME_FILING_VETOES:
            detail = fn(ia, ib)
            if detail:
                doc = (fn.__doc__ or "").strip().splitlines()[0]
                vetoes.append(Veto(name=fn.__name__, doc=doc, detail=detail))
    by_id, id_detail = _identifier_verdict(a, b)
    if by_id is False:
        vetoes.insert(0, Veto(name="identifier", doc="Different identifiers are different parties.",
                              detail=id_detail))
    if by_id is True:
        same, decided = True, f"identifier: {id_detail}"
    elif vetoes:
        same, decided = False, f"veto: {vetoes[0].name}"
    else:
        need = threshold_for(ia, ib)
        same = score >= need
        decided = f"score {score:.2f} {'>=' if same else '<'} {need:.2f}"
    return Comparison(a=name_a, b=name_b, same=same, score=score, features=tuple(parts),
                      vetoes=tuple(vetoes), decided_by=decided)
