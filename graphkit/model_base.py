"""The strict base of graphkit's typed records, and a fast constructor for trusted values.

Every record passed between modules (:mod:`graphkit.models`) derives from :class:`StrictModel`:
an unknown field is an error, enums stay enums. :func:`unchecked` builds one without validation
for the few records a parser makes by the thousand from values it computed itself.

>>> class Point(StrictModel):
...     x: int
>>> from pydantic import ValidationError
>>> try:
...     Point(x=1, y=2)
... except ValidationError as err:
...     print(err.errors()[0]["type"])
extra_forbidden
"""

from __future__ import annotations

from typing import Any, Optional, TypeVar

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """A record that refuses unknown fields and keeps enum members as enums."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)


M = TypeVar("M", bound=BaseModel)

_new = object.__new__
_set_dict = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def unchecked(cls: type[M], fields: dict[str, Any], given: Optional[frozenset[str]] = None
              ) -> M:
    """``cls(**fields)`` without validation, for the few records a parser makes by the
    thousand (the evidence of every fact) from values it computed itself.

    ``fields`` must give *every* field of ``cls``, in the order the class declares them, each
    already of its type (an ``int`` line number, a ``str`` snippet), and ``cls`` must have no
    private attributes nor extra fields. ``given`` names the fields the validating call would
    have been given (the others at their defaults); all of them when None. The object is then
    the one ``cls(**{k: fields[k] for k in given})`` makes:
    it compares, hashes, dumps, copies and pickles alike and has the same
    ``model_fields_set``, at half the cost (pydantic's ``model_construct`` costs more than
    validating). Text read from a filing goes through the validating constructor instead.

    >>> from graphkit.models import Evidence
    >>> d = dict(source="a.txt", line=3, end_line=3, start=5, end=8, text="TCV", section=None)
    >>> unchecked(Evidence, d) == Evidence(**d)
    True
    """
    obj = _new(cls)
    _set_dict(obj, "__dict__", fields)
    _set_fields_set(obj, set(fields if given is None else given))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj
