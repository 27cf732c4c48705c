"""Property tests: invariants of normalization, comparison, judgements and clustering."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolvers import Judgement, Mention, compare, resolve
from resolvers.names import analyze
from resolvers.normalize import normalize_name
from resolvers.vetoes import cluster_vetoes

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BRANDS = ["Acme", "Trident", "Farallon", "Accipiter", "Icahn", "Sofinnova", "Harraden Circle"]
MIDDLES = ["Capital", "Venture", "Life Sciences", "Partners", "Growth"]
VEHICLES = ["Fund", "Fund II", "Fund III", "Fund II (QP)", "Parallel Fund II", "Affiliates Fund",
            "Management", "Management II", "GP", "Fund IV-A", "Offshore Fund", "Master Fund"]
FORMS = ["L.P.", "LP", "L.L.C.", "LLC", "Ltd.", "C.V.", "Inc.", ""]
PEOPLE = ["Donald R. Dixon", "Dixon, Donald R.", "DIXON DONALD R", "Donald S. Dixon",
          "Charles B. Johnson", "Rupert H. Johnson", "Rupert H. Johnson, Jr.", "Kevin C. Tang",
          "TANG KEVIN C", "Paula Gaston", "Don F. Gaston", "GASTON DON F"]


@st.composite
def org_names(draw):
    name = f"{draw(st.sampled_from(BRANDS))} {draw(st.sampled_from(MIDDLES))} {draw(st.sampled_from(VEHICLES))}"
    form = draw(st.sampled_from(FORMS))
    name = f"{name}, {form}" if form else name
    if draw(st.booleans()):
        name = name.upper()
    return name


names = st.one_of(org_names(), st.sampled_from(PEOPLE))


@SETTINGS
@given(st.text(max_size=60))
def test_normalize_is_idempotent_on_any_text(text):
    once = normalize_name(text)
    assert normalize_name(once) == once


@SETTINGS
@given(names)
def test_normalize_is_idempotent_on_names(name):
    once = normalize_name(name)
    assert normalize_name(once) == once


@SETTINGS
@given(names, names)
def test_compare_is_symmetric(a, b):
    x, y = compare(a, b), compare(b, a)
    assert (x.same, x.score) == (y.same, y.score)
    assert sorted(v.name for v in x.vetoes) == sorted(v.name for v in y.vetoes)


@SETTINGS
@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_compare_is_symmetric_on_any_text(a, b):
    x, y = compare(a, b), compare(b, a)
    assert (x.same, x.score) == (y.same, y.score)


def _mentions(name_list):
    return [Mention(id=f"m{i}", name=n, filing=f"f{i % 3}") for i, n in enumerate(name_list)]


@SETTINGS
@given(st.lists(names, min_size=2, max_size=12), st.data())
def test_not_same_judgement_is_never_merged(name_list, data):
    a = data.draw(st.sampled_from(name_list))
    b = data.draw(st.sampled_from(name_list))
    if normalize_name(a) == normalize_name(b):
        return
    ms = _mentions(name_list)
    res = resolve(ms, [Judgement(a=a, b=b, verdict="not_same")])
    ents_a = {res.entity_of[m.id] for m in ms if normalize_name(m.name) == normalize_name(a)}
    ents_b = {res.entity_of[m.id] for m in ms if normalize_name(m.name) == normalize_name(b)}
    assert not ents_a & ents_b


@SETTINGS
@given(st.lists(names, min_size=2, max_size=14))
def test_clusters_never_contain_a_vetoed_pair(name_list):
    ms = _mentions(name_list)
    res = resolve(ms)
    by_entity: dict[str, list[str]] = {}
    for m in ms:
        by_entity.setdefault(res.entity_of[m.id], []).append(m.name)
    for members in by_entity.values():
        for x, y in itertools.combinations(set(members), 2):
            assert not cluster_vetoes(analyze(x), analyze(y)), (x, y)


@SETTINGS
@given(st.lists(names, min_size=1, max_size=10))
def test_every_mention_has_one_entity_and_ids_are_unique(name_list):
    ms = _mentions(name_list)
    res = resolve(ms)
    assert set(res.entity_of) == {m.id for m in ms}
    ids = [e.id for e in res.entities]
    assert len(ids) == len(set(ids))
    for e in res.entities:
        assert len(e.merges) == len(e.mention_ids) - 1
