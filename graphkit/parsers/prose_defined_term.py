"""A term a filing defines for a name or a group of names (:class:`DefinedTerm`).

>>> from graphkit.models import Evidence
>>> t = DefinedTerm(term="ACM", name="Acme Capital Management LLC",
...                 evidence=Evidence(source="a.txt", text='Acme Capital Management LLC ("ACM")'))
>>> t.term, t.collective, t.members
('ACM', False, ())
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from graphkit.models import Evidence


class DefinedTerm(BaseModel):
    """A term the filing defines for a name: ``Full Name ("ABBR")``.

    ``collective`` marks terms for groups or things rather than one party ("ACM Members",
    "Record Shares", "Reporting Persons").
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    term: str
    name: str
    collective: bool = False
    members: tuple[str, ...] = ()
    evidence: Evidence
