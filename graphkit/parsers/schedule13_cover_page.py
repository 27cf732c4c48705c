"""The model of one Schedule 13D/13G cover page as read from text: :class:`CoverPage`.

Kept apart from the readers that build it (:mod:`graphkit.parsers.schedule13_cover`, and
:mod:`graphkit.parsers.schedule13_cover_compact` for covers printed as "Item N:" rows), so
that each of them imports it at the top and neither imports the other in a function.

>>> cp = CoverPage(index=1, start=0, end=10)
>>> cp.first("aggregate") is None, cp.names
(True, [])
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from graphkit.models import Evidence, FilingWarning, Reading
from graphkit.parsers.stated_places import StatedPlace


class CoverPage(BaseModel):
    """What one cover page (or one torn fragment of one) says, as candidate readings.

    ``values`` maps each quantity field (:data:`QUANTITY_FIELDS`) and ``"percent"`` to every
    reading found in that row's region, in order of position (the first is the row's own
    cell; later ones may be debris of a neighbouring layout).
    """

    model_config = ConfigDict(extra="forbid")

    index: int
    start: int
    end: int
    names: list[Reading] = Field(default_factory=list)
    irs_number: Optional[str] = None
    #: whether :attr:`irs_number` was printed without its dash ("943112180"): nine bare digits
    #: may as well be a person's social security number, so they identify organizations only
    irs_undashed: bool = False
    jurisdiction: list[Reading] = Field(default_factory=list)
    #: the citizenship row's places stated of named persons, when it names places apart ("Acme
    #: Ltd. is a Maltese corporation and Mr. Roe is a Canadian citizen"): given by name
    stated_places: list[StatedPlace] = Field(default_factory=list)
    values: dict[str, list[Reading]] = Field(default_factory=dict)
    #: the readings of rows that give a value per class ("Class A: 1,000,000" / "Class B:
    #: 2,500,000"), by class ("Class A") and field; such a row's :attr:`values` hold them all
    class_values: dict[str, dict[str, list[Reading]]] = Field(default_factory=dict)
    #: the rows that name two classes or more but not a value after each, by field: the
    #: classes named ("Class A", "Class B"); their values may be of either class
    unread_classes: dict[str, list[str]] = Field(default_factory=dict)
    type_codes: Optional[Reading] = None
    #: the percent row's bound instead of a value ("Less than 0.1%"): a reading with no value
    percent_bound: Optional[Reading] = None
    evidence: Optional[Evidence] = None
    warnings: list[FilingWarning] = Field(default_factory=list)

    def first(self, field: str) -> Optional[int | float]:
        """The value of the first reading of ``field``, or None."""
        rs = self.values.get(field) or []
        return rs[0].value if rs else None  # type: ignore[return-value]
