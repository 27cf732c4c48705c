"""OCR-confusable glyphs folded to one form, so "Tridont Can oital" meets "Trident Capital".

Scanned filings confuse 0/O, 1/l/I, rn/m, cl/d, vv/w and 5/S. :func:`ocr_fold` maps each
confusable group to one representative; it is applied to compact (space-free) names, which also
absorbs broken and joined words ("Can oital" → "canoital").

Examples
--------
>>> ocr_fold("modern") == ocr_fold("rnodern")
True
>>> ocr_fold("c1ose") == ocr_fold("dose")
True
"""

from __future__ import annotations

# Multi-glyph confusions first (rn looks like m, cl like d, vv like w), then single glyphs.
OCR_SEQUENCES: tuple[tuple[str, str], ...] = (("rn", "m"), ("cl", "d"), ("vv", "w"))
OCR_GLYPHS = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "5": "s"})


def ocr_fold(text: str) -> str:
    """Fold OCR-confusable glyphs of a lower-case compact name (idempotent).

    >>> ocr_fold("fund5")
    'funds'
    >>> ocr_fold(ocr_fold("corner1")) == ocr_fold("corner1")
    True
    """
    text = text.translate(OCR_GLYPHS)
    for seq, rep in OCR_SEQUENCES:
        text = text.replace(seq, rep)
    return text
