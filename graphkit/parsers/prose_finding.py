"""One relationship a sentence states, as the prose readers find it (:class:`ProseFinding`).

>>> from graphkit.models import Evidence
>>> f = ProseFinding(relation="general_partner_of", holder="Acme GP LLC", held="Acme Fund LP",
...                  evidence=Evidence(source="a.txt", text="Acme GP LLC is the general partner"))
>>> f.relation.value, f.shares
('general_partner_of', None)
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict

from graphkit.models import Evidence
from graphkit.relations import Relation


class ProseFinding(BaseModel):
    """One relationship stated in a sentence, from ``holder`` to ``held`` (names as written).

    ``held`` is empty for record-holder sentences, whose target is the issuer of the filing.
    ``role`` is the role phrase the relation was read from ("the managers"): the caller reads
    it again for the party ``held`` binds to (:func:`~graphkit.parsers.prose_roles.held_relation`:
    the managers of "AC", a defined term for an LLC, run it).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    relation: Relation
    holder: str
    held: str
    evidence: Evidence
    shares: Optional[int] = None
    #: the percent of the class stated with the shares ("owns 1,000 shares or 5.2%")
    percent: Optional[float] = None
    title: Optional[str] = None
    note: Optional[str] = None
    pattern: str = ""
    role: str = ""
    #: a percent stated with the shares that OCR damaged, not read ("6.0 7." of "6.0%")
    unread: Optional[str] = None
