"""Form D codes: the federal exemption codes of the XML form and the EDGAR state and country
codes of jurisdictions, each with the name it stands for.

Examples
--------
>>> exemption_name("06b")
'Rule 506(b)'
>>> jurisdiction_name("D E").value
'Delaware'
"""

from __future__ import annotations

import re

from graphkit import regex_cache
from graphkit.edgar_places import EDGAR_PLACE_NAMES
from graphkit.models import Reading
from graphkit.ocr import repair_place

#: Federal exemption and exclusion codes of the XML Form D (``federalExemptionsExclusions``).
EXEMPTIONS: dict[str, str] = {
    "04": "Rule 504", "04.1": "Rule 504(b)(1)(i)", "04.2": "Rule 504(b)(1)(ii)",
    "04.3": "Rule 504(b)(1)(iii)", "05": "Rule 505", "06": "Rule 506",
    "06b": "Rule 506(b)", "06c": "Rule 506(c)", "4a5": "Securities Act Section 4(a)(5)",
    "3C": "Investment Company Act Section 3(c)",
    **{f"3C.{n}": f"Section 3(c)({n})" for n in range(1, 15)},
}


def exemption_name(code: str) -> str:
    """The exemption an XML code stands for; unknown codes are kept as written.

    >>> exemption_name("3C.1"), exemption_name("zz")
    ('Section 3(c)(1)', 'zz')
    """
    return EXEMPTIONS.get(code.strip(), code.strip())


#: Two-letter U.S. Postal Service codes (paper Form D jurisdiction box; "CN" Canada) and the
#: EDGAR codes of the foreign places most seen ("D0" Bermuda, "E9" Cayman Islands); the XML's
#: codes are all read (:data:`graphkit.edgar_places.EDGAR_PLACE_NAMES`, see
#: :func:`jurisdiction_name`), an OCR'd paper form's only these ("C0" is "CO" misread, not the
#: United Arab Emirates).
STATE_CODES: dict[str, str] = {
    k: v.replace("_", " ") for k, v in (p.split("=") for p in """
    AL=Alabama AK=Alaska AZ=Arizona AR=Arkansas CA=California CO=Colorado CT=Connecticut
    DE=Delaware DC=District_of_Columbia FL=Florida GA=Georgia HI=Hawaii ID=Idaho IL=Illinois
    IN=Indiana IA=Iowa KS=Kansas KY=Kentucky LA=Louisiana ME=Maine MD=Maryland
    MA=Massachusetts MI=Michigan MN=Minnesota MS=Mississippi MO=Missouri MT=Montana
    NE=Nebraska NV=Nevada NH=New_Hampshire NJ=New_Jersey NM=New_Mexico NY=New_York
    NC=North_Carolina ND=North_Dakota OH=Ohio OK=Oklahoma OR=Oregon PA=Pennsylvania
    RI=Rhode_Island SC=South_Carolina SD=South_Dakota TN=Tennessee TX=Texas UT=Utah VT=Vermont
    VA=Virginia WA=Washington WV=West_Virginia WI=Wisconsin WY=Wyoming PR=Puerto_Rico
    CN=Canada A6=Ontario
""".split())
} | {code: EDGAR_PLACE_NAMES[code] for code in (
    "Z4", "D0", "D8", "E9", "X0", "K3", "U0", "L2", "L3", "N4")}

#: A jurisdiction code printed in boxes, possibly spaced apart by OCR: "DE", "D E", "D0", "2M"
#: (a letter in it: "12" is no code)
STATE_CODE = regex_cache.compile(r"""
    ^\s*(?=[^A-Z]*[A-Z])(?P<a>[A-Z0-9])\s?(?P<b>[A-Z0-9])\s*$     # "D E" -> DE
""", re.VERBOSE)


def jurisdiction_name(raw: str, field: str = "jurisdiction", edgar: bool = False
                      ) -> Reading | None:
    """Read a jurisdiction: a postal or EDGAR code ("DE", "D E", "D0") or a place name.

    Codes become the place name (``repaired`` when the code was torn apart); names go through
    :func:`graphkit.ocr.repair_place` ("DELAWARE" -> "Delaware"). "FN" (any foreign
    jurisdiction) and unknown codes are kept as written. None when ``raw`` is empty.

    >>> jurisdiction_name("DELAWARE").value, jurisdiction_name("D0").value
    ('Delaware', 'Bermuda')
    >>> jurisdiction_name("2M", edgar=True).value, jurisdiction_name("D5", edgar=True).value
    ('Germany', 'Brazil')
    >>> jurisdiction_name("C0").value  # a paper form's: no EDGAR code but the common ones
    'C0'

    ``edgar``: the code is EDGAR's (an XML or HTML form): every code of
    :data:`~graphkit.edgar_places.EDGAR_PLACE_NAMES` is read, written whole.
    >>> jurisdiction_name("D E").repaired
    True
    """
    if not raw or not raw.strip():
        return None
    m = STATE_CODE.match(raw)
    if m:
        code = m["a"] + m["b"]
        if edgar and raw.strip() == code and code not in STATE_CODES and \
                code in EDGAR_PLACE_NAMES:
            return Reading(field=field, raw=raw, value=EDGAR_PLACE_NAMES[code],
                           note=f"code {code}")
        if code in STATE_CODES:
            torn = raw.strip() != code
            return Reading(field=field, raw=raw, value=STATE_CODES[code], repaired=torn,
                           method="code-letters-joined" if torn else None,
                           note=f"code {code}")
        return Reading(field=field, raw=raw, value=code, note="unknown jurisdiction code")
    return repair_place(raw, field=field)

