"""Records built without validation (:func:`graphkit.models.unchecked`) are the validated ones."""

from __future__ import annotations

import copy
import pickle

import pytest
from pydantic import ValidationError

from graphkit.models import Evidence, Reading, unchecked
from graphkit.source import SourceText


def _pair():
    fields = dict(source="a.txt", line=3, end_line=4, start=10, end=20, text="TCV", section=None)
    return unchecked(Evidence, dict(fields)), Evidence(**fields)


def test_unchecked_evidence_is_the_validated_one():
    fast, slow = _pair()
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert fast.model_fields_set == slow.model_fields_set
    assert list(fast.model_dump()) == list(slow.model_dump())
    assert fast.model_dump_json() == slow.model_dump_json()
    assert pickle.loads(pickle.dumps(fast)) == slow and copy.deepcopy(fast) == slow
    assert fast.model_copy(update={"line": 5}).line == 5
    with pytest.raises(ValidationError):
        fast.line = 7  # frozen, as the validated one
    assert Reading(field="x", raw="1", evidence=fast) == Reading(field="x", raw="1", evidence=slow)


def test_source_evidence_matches_validated_construction():
    src = SourceText(path="f.txt", text="one\ntwo three\n", offset=7)
    ev = src.evidence(4, 7, section="Item 1")
    assert ev == Evidence(source="f.txt", line=2, end_line=2, start=11, end=14, text="two",
                          section="Item 1")
    assert ev.model_fields_set == Evidence(**ev.model_dump()).model_fields_set


def test_source_evidence_validates_a_str_subclass():
    class Name(str):
        pass

    ev = SourceText(path="f.txt", text="abc").evidence(0, 3, section=Name("Item 1"))
    assert type(ev.section) is str and ev == Evidence(**ev.model_dump())
