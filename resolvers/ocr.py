"""OCR-confusable glyphs folded to one form, so "Wronfield Can oital" meets "Wrenfield Capital".

Scanned filings confuse 0/O, 1/l/I, rn/m, cl/d, vv/w and 5/S. :func:`ocr_fold` maps each
confusable group to one representative; it is applied to compact (space-free) names, which also
absorbs broken and joined words ("Can oital" → "canoital").

A wider fold, :func:`visual_fold`, also merges lower-case letters that scans confuse but that
are too common to fold everywhere (a/c/e/o: "Pierco" for "Pierce", "Capitol" for "Capital"). It
is used only to ask whether two words differ *in the way OCR damages words*; any other change of
letters ("Anka" / "Anpa") makes a different word.

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


# Round lower-case letters a scan reads for one another ("Wronfield", "Pierco"); folded only when
# asking whether a difference is OCR-shaped, never for similarity scores.
VISUAL_GLYPHS = str.maketrans({"a": "o", "c": "o", "e": "o"})
# More damage a scan does to a word, folded only by :func:`ocr_shaped` (which asks whether two
# words are one word damaged): "u" for "n" ("Eqnity"), "8" for "B" ("8ancorp"), and two glyphs
# read for one letter, as they stand once "i" is folded to "l" (see :data:`OCR_GLYPHS`): "ri"
# for "n" ("Partriers", "Toritine"), "li" for "h" ("Sliaw").
DAMAGE_GLYPHS = str.maketrans({"u": "n", "8": "b"})
DAMAGE_SEQUENCES: tuple[tuple[str, str], ...] = (("ri", "n"), ("li", "h"))
#: Fewest letters of each of two words :func:`ocr_shaped` compares with :func:`damage_fold`:
#: shorter real words differ in those letters ("Marin" / "Mann", "Chan" / "Chau")
DAMAGE_MIN_LETTERS = 6


#: Round letters :data:`VISUAL_GLYPHS` folds whose capitals a scan keeps apart: a name word
#: opens with a capital, and "A" or "E" is no "C" or "O" ("Allen" / "Ellen", "Acme" / "Ecme")
DISTINCT_CAPITALS = frozenset("ae")


def capitals_differ(x: str, y: str) -> bool:
    """Whether two words folded alike open with letters a scan does not confuse as capitals:
    different round letters of which one is :data:`DISTINCT_CAPITALS`.

    >>> capitals_differ("allen", "ellen"), capitals_differ("cove", "oove")
    (True, False)
    >>> capitals_differ("pierco", "pierce")
    False
    """
    a, b = x[:1], y[:1]
    return a != b and (a in DISTINCT_CAPITALS or b in DISTINCT_CAPITALS) and \
        visual_fold(a) == visual_fold(b)


def visual_fold(text: str) -> str:
    """:func:`ocr_fold`, then round letters a scan confuses (a, c, e → o) folded too (idempotent).

    >>> visual_fold("pierce") == visual_fold("pierco")
    True
    >>> visual_fold("anka") == visual_fold("anpa")
    False
    """
    return ocr_fold(text).translate(VISUAL_GLYPHS)


def damage_fold(text: str) -> str:
    """``text`` with every fold of :func:`ocr_shaped`: :data:`DAMAGE_SEQUENCES` as written
    (a real "rl" or "ll", as in "Carlton" or "Mallon", is no damage), the round letters (so the
    "ci" of "financial" is no "cl", read as "d", that "finaneial" lacks), then
    :func:`ocr_fold` and :data:`DAMAGE_GLYPHS`.

    >>> damage_fold("partriers") == damage_fold("partners"), damage_fold("carlton") == damage_fold("canton")
    (True, False)
    """
    for seq, rep in DAMAGE_SEQUENCES:
        text = text.replace(seq, rep)
    return ocr_fold(text.translate(VISUAL_GLYPHS)).translate(DAMAGE_GLYPHS)


def ocr_shaped(x: str, y: str) -> bool:
    """Whether two words differ only by OCR-confusable glyphs (folded, they are one word):
    :func:`visual_fold` alike, or, both of :data:`DAMAGE_MIN_LETTERS` or more, alike with the
    further damage of :func:`damage_fold`.

    >>> ocr_shaped("c0ve", "cove"), ocr_shaped("reid", "roid"), ocr_shaped("anka", "anpa")
    (True, True, False)
    >>> ocr_shaped("finaneial", "financial"), ocr_shaped("partriers", "partners")
    (True, True)
    >>> ocr_shaped("8ancorp", "bancorp"), ocr_shaped("merkur", "merkel"), ocr_shaped("chan", "chau")
    (True, False, False)
    >>> ocr_shaped("carlton", "canton"), ocr_shaped("marin", "mann")
    (False, False)
    """
    if visual_fold(x) == visual_fold(y):
        return True
    return min(len(x), len(y)) >= DAMAGE_MIN_LETTERS and damage_fold(x) == damage_fold(y)


# Digits read for letters in a person's name ("Ig0r Sech1n", "I9or"): a name word never holds a
# digit, so each is the letter it is mistaken for (0/O, 1/i, 3/E, 4/A, 5/S, 6/G, 7/T, 8/B, 9/g).
PERSON_DIGIT_LETTERS = str.maketrans("013456789", "oieasgtbg")


def letters_for_digits(word: str) -> str:
    """A person-name word with OCR digits read as the letters they stand for; a word of digits
    only (or none) is unchanged.

    >>> letters_for_digits("sech1n"), letters_for_digits("i9or"), letters_for_digits("1990")
    ('sechin', 'igor', '1990')
    """
    if word.isalpha() or not any(c.isalpha() for c in word):
        return word
    return word.translate(PERSON_DIGIT_LETTERS)
