"""Form D offering amounts: what was offered and sold, to how many investors, at what cost.

Section C of the paper form (and items 11 and 13-16 of the electronic form) prints the money
side of an offering. This module reads it and checks the form's own arithmetic; the parsers
(:mod:`~graphkit.parsers.formd_text`, :mod:`~graphkit.parsers.formd_xml`,
:mod:`~graphkit.parsers.formd_html`) only locate the printed values. Every result is an
:class:`OfferingAmounts`: the values that go on the :class:`~graphkit.models.Offering`, the raw
:class:`~graphkit.models.Reading` of each, and a ``sum-mismatch``
:class:`~graphkit.models.FilingWarning` for each sum that does not add up.

- :func:`read_money` reads a printed dollar amount, repairing OCR damage ("$ 2l,000.00");
  :func:`read_dollars` reads an amount of the electronic form ("100,000", or "Indefinite");
- :func:`read_paper_amounts` reads paper section B (minimum investment) and section C
  (aggregate offering price and amount sold by type of security, investors, expenses, adjusted
  gross proceeds, use of proceeds);
- :func:`read_electronic_amounts` takes the readings of items 11, 13 and 14 and checks
  offered − sold = remaining.

Form D caveats: the paper form's "Total Payments Listed" should equal the adjusted gross
proceeds, and filers often print the amount sold there instead; the electronic form reports the
*total* number of investors and the non-accredited number, so the accredited count is the
difference (and unknown when the non-accredited number is).

Examples
--------
>>> read_money("$ 27,701,668.92", "total_amount_sold").value
27701668.92
>>> from graphkit.source import SourceText
>>> a = read_electronic_amounts(SourceText(path="d.html", text=""),
...                             offered=read_dollars("1,000", "total_offering_amount"),
...                             sold=read_dollars("400", "total_amount_sold"),
...                             remaining=read_dollars("500", "total_remaining"))
>>> a.total_offering_amount, [w.message for w in a.warnings]
(1000.0, ['offered 1,000 less sold 400 is not the remaining 500'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Optional, Protocol

from pydantic import BaseModel, ConfigDict, Field

from graphkit import regex_cache
from graphkit.models import Evidence, FilingWarning, Offering, Reading
from graphkit.ocr import read_quantity
from graphkit.source import SourceText

#: Largest difference (dollars) between two printed amounts that still counts as equal: the
#: paper form prints cents, so anything above rounding is a real mismatch.
CENTS_TOLERANCE = 0.005

#: Largest difference (dollars) for the electronic form's offered − sold = remaining: it prints
#: whole dollars.
DOLLAR_TOLERANCE = 0.5

#: A dollar amount: "$ 28,684,072.04", "$11,035,000.08", "$ 0.00"; OCR may put letters for
#: digits ("$ l,000.00") or a dot for a comma.
MONEY = regex_cache.compile(r"""
    \$\s*(?P<num>[0-9lIoO](?:[0-9lIoO,.]|\s(?=[0-9]{3}\b))*)
""", re.VERBOSE)

#: A row of the investors table: "Accredited investors\t20\t$ 27,701,668.92",
#: "Non-accredited Investors.....\t0\t$ 0.00"
INVESTOR_ROW = regex_cache.compile(r"""
    ^\s*(?P<non>Non[\s-]*)?accredited\s+investors?[.\s]*?
    (?P<count>[0-9lIoO][0-9lIoO,]*)?\s*(?=\\?\$|$)   # the conversion may print "\$"
""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

#: An amount as the electronic form gives it: "100000", "100,000", "$ 25,000", "1,250.50".
PLAIN_DOLLARS = regex_cache.compile(r"""
    ^\s*\$?\s*(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)\s*$     # $ 25,000
""", re.VERBOSE)

#: The minimum investment line of paper section B: "What is the minimum investment that will
#: be accepted from any individual? $ 0.00"
MINIMUM_INVESTMENT = regex_cache.compile(r"""
    minimum\s+investment[^\n]*?\$\s*(?P<v>[^\n]*)     # ... minimum investment ... $ 0.00
""", re.VERBOSE | re.IGNORECASE)

#: Cents at the end of a repaired number: "28684072.04" -> "04".
_CENTS = regex_cache.compile(r"""
    [.,](\d{2})$     # .04
""", re.VERBOSE)

#: A dot before three digits, i.e. a dot printed for a thousands comma: "5.639,301".
_DOT_FOR_COMMA = regex_cache.compile(r"""
    \.\d{3}(?=[.,]|$)     # .639,
""", re.VERBOSE)

#: Lines of the use-of-proceeds table that are totals, not uses: "Column Totals", "Total ...".
_TOTAL_LINE = regex_cache.compile(r"""
    \s*(?:Column\s+Totals|Total)     # Column Totals
""", re.VERBOSE)
#: The marks between thousands of a whole amount, dropped: "1,000.000" -> "1000000"
THOUSANDS_MARK = regex_cache.compile(r"""[.,]""", re.VERBOSE)


class OfferingAmounts(BaseModel):
    """The amounts of one Form D, their readings, and the warnings their arithmetic gave.

    >>> from graphkit.models import Offering
    >>> off = Offering()
    >>> OfferingAmounts(total_amount_sold=5.0).apply_to(off)
    >>> off.total_amount_sold
    5.0
    """

    model_config = ConfigDict(extra="forbid")

    minimum_investment: Optional[float] = None
    total_offering_amount: Optional[float] = None
    total_amount_sold: Optional[float] = None
    accredited_investors: Optional[int] = None
    non_accredited_investors: Optional[int] = None
    readings: list[Reading] = Field(default_factory=list)
    warnings: list[FilingWarning] = Field(default_factory=list)

    def apply_to(self, offering: Offering) -> None:
        """Set the amount fields of ``offering`` (readings and warnings are the caller's)."""
        for key in ("minimum_investment", "total_offering_amount", "total_amount_sold",
                    "accredited_investors", "non_accredited_investors"):
            setattr(offering, key, getattr(self, key))


def amounts_agree(a: float | None, b: float | None, tolerance: float = CENTS_TOLERANCE) -> bool:
    """Whether two amounts are equal within ``tolerance``; an unknown amount agrees with any.

    >>> amounts_agree(1.0, 1.004), amounts_agree(1.0, 1.01), amounts_agree(None, 3.0)
    (True, False, True)
    """
    return a is None or b is None or abs(a - b) < tolerance


def read_money(raw: str, field: str, evidence: Evidence | None = None) -> Reading | None:
    """A dollar amount from ``raw`` ("$ 28,684,072.04"); None when no amount is printed.

    >>> read_money("$ 28,684,072.04", "total").value
    28684072.04
    >>> r = read_money("$ 2l,000.00", "total"); (r.value, r.repaired)
    (21000.0, True)
    >>> read_money("$", "total") is None
    True

    See also
    --------
    read_dollars
    """
    m = MONEY.search(raw)
    if not m:
        return None
    num = m["num"].rstrip(",. ")
    fixed = num.translate(str.maketrans("lIoO", "1100")).replace(" ", "")
    cents = _CENTS.search(fixed)
    whole = fixed[: cents.start()] if cents else fixed
    whole = THOUSANDS_MARK.sub("", whole)
    if not whole.isdigit():
        return None
    value = float(whole) + (int(cents.group(1)) / 100 if cents else 0.0)
    repaired = fixed != num.replace(" ", "") or bool(_DOT_FOR_COMMA.search(num))
    return Reading(field=field, raw=raw.strip(), value=round(value, 2), repaired=repaired,
                   method="ocr-money" if repaired else None, evidence=evidence)


def read_dollars(raw: str | None, field: str, evidence: Evidence | None = None,
                 note: str | None = None) -> Reading | None:
    """An amount of the electronic form ("100000", "100,000", "$ 25,000"); None when ``raw``
    is empty. A word such as "Indefinite" is kept as the raw text with no value.

    >>> read_dollars("100,000", "total_amount_sold").value
    100000.0
    >>> r = read_dollars("Indefinite", "total_offering_amount"); (r.value, r.note)
    (None, 'not a number')
    >>> read_dollars("  ", "x") is None
    True
    """
    if raw is None or not raw.strip():
        return None
    m = PLAIN_DOLLARS.match(raw)
    value = float(m["num"].replace(",", "")) if m else None
    return Reading(field=field, raw=raw.strip(), value=value,
                   note=note if value is not None else (note or "not a number"),
                   evidence=evidence)


def _value(r: Reading | None) -> float | None:
    return float(r.value) if r is not None and isinstance(r.value, (int, float)) else None


def read_electronic_amounts(src: SourceText, *, offered: Reading | None = None,
                            sold: Reading | None = None,
                            remaining: Reading | None = None,
                            total_investors: Reading | None = None,
                            non_accredited: int | None = None,
                            has_non_accredited: bool | None = None,
                            minimum: Reading | None = None,
                            extra: Sequence[Reading] = (), pos: int | None = None,
                            ) -> OfferingAmounts:
    """Amounts of an electronic Form D (items 11, 13, 14) from their readings, with
    offered − sold = remaining checked.

    ``non_accredited`` is the number of non-accredited investors (None if not given) and
    ``has_non_accredited`` the item 14 box; when the box is unchecked the number is 0. The
    accredited count is the total less the non-accredited count. ``extra`` readings (expenses,
    use of proceeds) are kept as they are. Warnings are located at character ``pos`` of
    ``src``.

    >>> from graphkit.source import SourceText
    >>> a = read_electronic_amounts(SourceText(path="d.html", text=""),
    ...                             total_investors=read_dollars("7", "total_investors"),
    ...                             has_non_accredited=False)
    >>> a.accredited_investors, a.non_accredited_investors
    (7, 0)

    See also
    --------
    read_paper_amounts
    """
    out = OfferingAmounts(minimum_investment=_value(minimum),
                          total_offering_amount=_value(offered), total_amount_sold=_value(sold))
    out.readings = [r for r in (offered, sold, remaining) if r is not None]
    o, s, rem = _value(offered), _value(sold), _value(remaining)
    if None not in (o, s, rem) and not amounts_agree(o - s, rem, DOLLAR_TOLERANCE):
        out.warnings.append(src.warn("sum-mismatch", f"offered {o:,.0f} less sold {s:,.0f} "
                                     f"is not the remaining {rem:,.0f}", pos))
    total = _value(total_investors)
    if total is not None:
        non = non_accredited if non_accredited is not None else (
            0 if has_non_accredited is False else None)
        out.non_accredited_investors = non
        out.accredited_investors = int(total) - non if non is not None else None
        out.readings.append(total_investors.model_copy(update={
            "value": int(total), "note": "accredited = total already invested less "
                                         "non-accredited"}))
    out.readings.extend(extra)
    return out


# --- the paper form --------------------------------------------------------------------------

class PrintedLine(Protocol):
    """One line of a text: where it starts and ends, and what it says."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...


#: Whether a printed line starts with a printed label, OCR-tolerantly:
#: ``starts_with("Tota1 ....  $ 5.00", "Total")``.
LabelTest = Callable[[str, str], bool]


def _amount_row(lines: Sequence[PrintedLine], label: str, start: int, end: int,
                starts_with: LabelTest) -> tuple[list[Reading], PrintedLine | None]:
    """The amounts printed on the first line in ``[start, end)`` that starts with ``label``."""
    for ln in lines:
        if ln.start < start or ln.end > end:
            continue
        if starts_with(ln.text, label):
            return [r for r in (read_money(x.group(), label)
                                for x in MONEY.finditer(ln.text)) if r], ln
    return [], None


def read_paper_amounts(src: SourceText, lines: Sequence[PrintedLine],
                       sections: Mapping[str, int], starts_with: LabelTest) -> OfferingAmounts:
    """Section B (minimum investment) and C (amounts, investors, expenses, proceeds) of a paper
    Form D, with the form's arithmetic checked.

    ``lines`` are the lines of ``src.text``; ``sections`` the start offset of each section
    letter ("B", "C", "D"); ``starts_with(line, label)`` tells whether a line starts with a
    printed label (OCR-tolerantly).

    Checks, each a ``sum-mismatch`` warning when it fails: the rows of C.1 add up to its total
    (offering price and amount sold); the investors' purchases (C.2) add up to the amount
    sold; the expenses (C.4.a) add up to their total; the adjusted gross proceeds (C.4.b) are
    the offering price less expenses; the uses of proceeds (C.5) and "Total Payments Listed"
    equal the adjusted gross proceeds.

    >>> from typing import NamedTuple
    >>> from graphkit.source import SourceText
    >>> class Line(NamedTuple):
    ...     start: int
    ...     end: int
    ...     text: str
    >>> text = "C. OFFERING PRICE\\n1. Enter\\nEquity\\t$ 10.00\\t$ 4.00\\nTotal\\t$ 10.00\\t$ 5.00"
    >>> lines, pos = [], 0
    >>> for row in text.split("\\n"):
    ...     lines.append(Line(pos, pos + len(row), row)); pos += len(row) + 1
    >>> a = read_paper_amounts(SourceText(path="d.txt", text=text), lines, {"C": 0},
    ...                        lambda line, label: line.startswith(label))
    >>> a.total_offering_amount, a.total_amount_sold
    (10.0, 5.0)
    >>> [(w.message, w.line) for w in a.warnings]
    [('amount already sold: rows add up to 4.00, total printed 5.00', 4)]

    See also
    --------
    read_electronic_amounts
    """
    text = src.text
    out = OfferingAmounts()
    readings, warnings = out.readings, out.warnings

    def warn(code: str, message: str, pos: int | None) -> None:
        warnings.append(src.warn(code, message, pos))

    def ev(ln: PrintedLine) -> Evidence:
        return src.evidence(ln.start, ln.end, section="C")

    def row(label: str, start: int, end: int) -> tuple[list[Reading], PrintedLine | None]:
        return _amount_row(lines, label, start, end, starts_with)

    b_start = sections.get("B", len(text))
    c_start = sections.get("C", -1)
    m = MINIMUM_INVESTMENT.search(text[b_start:])
    if m:
        r = read_money("$" + m["v"], "minimum_investment")
        out.minimum_investment = r.value if r else None
    if c_start < 0:
        warn("no-section-c", "section C (offering price and investors) not found", None)
        return out
    c_text = text[c_start:]
    c1 = c_start + (c_text.find("1.") if "1." in c_text else 0)
    c2 = text.find("2. Enter the number", c1)
    c2 = c2 if c2 != -1 else len(text)

    # C.1: aggregate offering price and amount already sold, by type of security
    total, total_ln = row("Total", c1, c2)
    parts = [row(lab, c1, c2)[0] for lab in
             ("Debt", "Equity", "Convertible Securities", "Partnership Interests", "Other")]
    if len(total) >= 2:
        out.total_offering_amount = float(total[0].value)
        out.total_amount_sold = float(total[1].value)
        readings += [total[0].model_copy(update={"field": "total_offering_amount",
                                                 "evidence": ev(total_ln)}),
                     total[1].model_copy(update={"field": "total_amount_sold",
                                                 "evidence": ev(total_ln)})]
        for col, what in ((0, "aggregate offering price"), (1, "amount already sold")):
            got = sum(float(p[col].value) for p in parts if len(p) > col)
            if not amounts_agree(got, float(total[col].value)):
                warn("sum-mismatch", f"{what}: rows add up to {got:,.2f}, total printed "
                     f"{float(total[col].value):,.2f}", total_ln.start)
    else:
        warn("no-amounts", "offering price and amount sold not found", c1)

    # C.2: investors and their purchases
    sold_by_investors = 0.0
    for m in INVESTOR_ROW.finditer(text, c2, min(len(text), c2 + 3000)):
        count = read_quantity(m["count"] or "", "investors")
        line_end = text.find("\n", m.start())
        money = read_money(text[m.end():line_end], "purchases")
        if money:
            sold_by_investors += float(money.value)
        if count is None:
            continue
        if m["non"]:
            out.non_accredited_investors = int(count.value)
        elif out.accredited_investors is None:
            out.accredited_investors = int(count.value)
    if out.total_amount_sold is not None and out.accredited_investors is not None \
            and not amounts_agree(sold_by_investors, out.total_amount_sold):
        warn("sum-mismatch", f"investors' purchases add up to {sold_by_investors:,.2f}, "
             f"amount sold is {out.total_amount_sold:,.2f}", c2)

    # C.4.a: expenses
    c4 = text.find("4. a.", c2)
    c4b = text.find("b. Enter the difference", c4) if c4 != -1 else -1
    if c4 == -1 or c4b == -1:
        return out
    exp_total, exp_ln = row("Total", c4, c4b)
    exp_rows = [r for ln in lines if c4 < ln.start < c4b and ln is not exp_ln
                and not ln.text.lstrip().startswith("Total")
                for r in [read_money(ln.text, "expense")] if r]
    if exp_total:
        readings.append(exp_total[0].model_copy(update={"field": "total_expenses",
                                                        "evidence": ev(exp_ln)}))
        got = sum(float(r.value) for r in exp_rows)
        if not amounts_agree(got, float(exp_total[0].value)):
            warn("sum-mismatch", f"expenses add up to {got:,.2f}, total printed "
                 f"{float(exp_total[0].value):,.2f}", exp_ln.start)

    # C.4.b and C.5: adjusted gross proceeds and their use
    c5 = text.find("5. Indicate", c4b)
    c5 = c5 if c5 != -1 else len(text)
    m = MONEY.search(text, c4b, c5)
    adjusted = read_money(m.group(), "adjusted_gross_proceeds") if m else None
    if adjusted is None:
        return out
    adj = float(adjusted.value)
    readings.append(adjusted.model_copy(update={"evidence": src.evidence(
        m.start(), m.end(), section="C")}))
    if exp_total and out.total_offering_amount is not None:
        want = out.total_offering_amount - float(exp_total[0].value)
        if not amounts_agree(want, adj):
            warn("sum-mismatch", f"adjusted gross proceeds printed {adj:,.2f}, offering "
                 f"price less expenses is {want:,.2f}", m.start())
    d_start = sections.get("D", len(text))
    listed, listed_ln = row("Total Payments Listed", c5, d_start)
    purposes = [r for ln in lines if c5 < ln.start < d_start
                and not _TOTAL_LINE.match(ln.text)
                for r in (read_money(x.group(), "payment") for x in MONEY.finditer(ln.text))
                if r]
    got = sum(float(r.value) for r in purposes)
    if purposes and not amounts_agree(got, adj):
        warn("sum-mismatch", f"uses of proceeds add up to {got:,.2f}, adjusted gross "
             f"proceeds are {adj:,.2f}", c5)
    if listed:
        readings.append(listed[0].model_copy(update={"field": "total_payments_listed",
                                                     "evidence": ev(listed_ln)}))
        if not amounts_agree(float(listed[0].value), adj):
            warn("sum-mismatch", f"total payments listed {float(listed[0].value):,.2f} "
                 f"differ from adjusted gross proceeds {adj:,.2f}", listed_ln.start)
    return out
