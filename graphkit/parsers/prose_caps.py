"""Prose printed in capitals, read as the same prose in mixed case is read.

The relationship patterns (:mod:`graphkit.parsers.prose_patterns`) tell names from the words
between them by case: a name is a run of capitalised words, and "is the general partner of"
is written in lower case. A sentence printed all in capitals, as many filings of the 1990s
are ("AGP IS THE SOLE GENERAL PARTNER OF AF"), gives them nothing to tell apart: the whole
sentence reads as one long name. :func:`caps_stand_in` gives a stand-in of the same length in
which the words that join names (articles, prepositions, verbs, and the lower-case words of
the cues) are lower-cased and everything else stays as printed, so names stay names. Since
the sentence had no lower-case letter, :func:`printed` gives back, from any stretch of the
stand-in, the text as printed (``str.upper``).

Role words that are often part of names ("GENERAL", "PARTNERS", "ADVISORS") stay in capitals:
the role patterns read them in any case. Those that rarely are ("SOLE", "PRESIDENT",
"MEMBERS") are lower-cased, so that a name before them ends. It is a guess from words, so it
can fail where mixed case would not: a name holding a joining word ("SMITH AND WESSON") is
read as two.

Examples
--------
>>> s = caps_stand_in("AGP IS THE SOLE GENERAL PARTNER OF ACME FUND, L.P.")
>>> s
'AGP is the sole GENERAL partner of ACME FUND, L.P.'
>>> printed(s[11:])
'SOLE GENERAL PARTNER OF ACME FUND, L.P.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from graphkit import regex_cache
from graphkit.parsers.text_memo import per_text

#: Fewest capital letters for a sentence to count as printed in capitals (a short heading or
#: a lone name, "ITEM 4. OWNERSHIP", has nothing between names to tell apart)
MIN_CAPITALS = 20

#: A word of a sentence in capitals: letters, maybe with an apostrophe or hyphen inside
#: ("ISSUER'S", "CO-TRUSTEE")
CAPS_WORD = regex_cache.compile(r"""[A-Z][A-Z'’\-]*""")

#: The words a relationship sentence writes in lower case between names, lower-cased: articles,
#: prepositions, conjunctions, verbs, pronouns, and the lower-case words of the cues ("wholly
#: owned by", "record holder of", "in its capacity as", "on behalf of").
#: Names rarely hold one; a name that does ("BANK OF AMERICA") is still read whole where the
#: name pattern joins across it ("of" before a capitalised word).
JOINING_WORDS = frozenset("""
    a an the of and or nor as is are was were be been being to for by in on at with from
    which who whom whose that this its their his her each both all any such may might has
    have had serve serves served serving act acts acting also deemed capacity capacities
    position positions role roles subsidiary wholly majority jointly owned controlled record
    holder holders owner owners controlling interest owns own holds hold behalf
    held controls control through respectively virtue other certain various client clients
    account accounts together collectively individually referred refer defined herein
    hereinafter hereto thereof shares share common stock following individuals will shall
    would upon after until prior direct directly indirect indirectly wholly-owned
    majority-owned effective surviving merger two three four five six seven eight nine ten
""".split())
#: Role words that are rarely part of a name, lower-cased too, so that a name before them ends
#: ("JOHN DOE'S POSITIONS AS PRESIDENT AND SOLE SHAREHOLDER OF"); the words that often are
#: ("GENERAL", "PARTNERS", "ADVISORS", "INVESTMENT", "MANAGEMENT") stay in capitals, and the
#: role patterns read them in any case.
ROLE_ONLY_WORDS = frozenset("""
    sole managing shareholder shareholders stockholder stockholders director directors
    officer officers president chairman chairmen chairperson member members trustee trustees
    co-trustee co-trustees partner manager adviser advisor chief executive
""".split())
#: Phrases lower-cased whole, as their words are often part of names alone ("ACME PRINCIPAL
#: HOLDINGS", "ACME GENERAL PARTNERSHIP", "ACME POWER CORP.", "ACME VOTING TRUST"):
#: "PRINCIPAL BUSINESS" (of "the principal business of X is serving as ..."), a descriptor after
#: a name ("AN OKLAHOMA GENERAL PARTNERSHIP"), and the phrases of a holding: its powers and the
#: reason it is deemed ("SHARES VOTING AND INVESTMENT POWER WITH", "(BY VIRTUE OF THEIR
#: RELATIONSHIPS TO ACME FUND) MAY BE DEEMED TO INDIRECTLY BENEFICIALLY OWN"). The word lists
#: above hold single words that are no name's; a word that is prose only in its phrase is read
#: here, in the phrase, never alone.
PHRASES = regex_cache.compile(r"""
    \bPRINCIPAL\s+BUSINESS\b
    # a descriptor: "AN OKLAHOMA GENERAL PARTNERSHIP", "A DELAWARE LIMITED LIABILITY COMPANY"
  | \bAN?\s+(?:[A-Z]+\s+){1,3}?(?:GENERAL\s+PARTNERSHIP|LIMITED\s+PARTNERSHIP
      |LIMITED\s+LIABILITY\s+COMPANY|CORPORATION|EXEMPTED\s+COMPANY)\b
    # reasons: "BY REASON OF", "AS A RESULT OF", "THEIR RELATIONSHIPS TO"
  | \b(?:BY\s+REASON|AS\s+A\s+RESULT)\s+OF\b
  | \b(?:RESPECTIVE\s+)?RELATIONSHIPS?\s+(?:TO|WITH)\b
    # holdings (:data:`HOLDING_PHRASE_END`: prose only before a word of prose, see
    # :data:`NAME_WORD_AFTER`): "SOLE VOTING POWER", "VOTING AND INVESTMENT POWERS", "SHARED
    # POWER TO VOTE", "BENEFICIALLY OWN", "BENEFICIAL OWNERSHIP"
  | \b(?:(?:SOLE|SHARED|JOINT)\s+)?(?:VOTING|INVESTMENT|DISPOSITIVE)
      (?:\s*(?:,|AND/OR|AND|OR)\s*(?:(?:SOLE|SHARED|JOINT)\s+)?(?:VOTING|INVESTMENT|DISPOSITIVE))*
      \s+POWERS?\b
  | \b(?:(?:SOLE|SHARED|JOINT)\s+)?POWERS?\s+TO\s+(?:VOTE|DISPOSE|DIRECT)\b
  | \bBENEFICIAL(?:LY)?\s+OWN(?:S|ED|ER|ERS|ERSHIP)?\b
""", re.VERBOSE)
#: How a holding phrase of :data:`PHRASES` ends (the others end "BUSINESS", a legal kind, "OF",
#: "TO" or "WITH"): "VOTING POWER", "POWER TO VOTE", "BENEFICIAL OWNERSHIP"
HOLDING_PHRASE_END = regex_cache.compile(r"""(?:POWERS?|VOTE|DISPOSE|DIRECT|OWN[A-Z]*)$""")
#: The word after a holding phrase of :data:`PHRASES`, which makes the phrase part of a name
#: unless it is a word of prose (:data:`JOINING_WORDS`, :data:`ROLE_ONLY_WORDS`,
#: :data:`_PROSE_AFTER_HOLDING`): "PARTNERS" of "ACME INVESTMENT POWER PARTNERS, L.P.", "CO" of
#: "JOINT VOTING POWER CO.", not "WITH" of "SHARES VOTING POWER WITH" nor "OVER" of "HAS SOLE
#: VOTING POWER OVER"
NAME_WORD_AFTER = regex_cache.compile(r"""(?:[ \t]*+,[ \t]++|[ \t]++)(?P<word>[A-Z][A-Z0-9&'’\-]*)""")
#: Words of prose after a holding phrase that :data:`JOINING_WORDS` does not hold
_PROSE_AFTER_HOLDING = frozenset("""
    over under regarding respecting concerning pursuant than but not if so because since
""".split())
#: Enumeration marks lower-cased as prose writes them: "OF (I) ACME FUND AND (II) ..."
ENUMERATION = regex_cache.compile(r"""\((?:I|II|III|IV|V|VI)\)""")
#: An outline letter right after a legal form, lower-cased as prose writes it: the "(C)" of
#: "ACME PARTNERS, L.P. (C) JOHN ROE IS ...", "ACME HOLDINGS, INC. (B) THE ..." (an item's next
#: answer, no part of the name). Not a fund's series mark, which stands before the legal form
#: ("ACME FUND (A), L.P.") or after a name without one ("ACME FUND (Q)"), or joins the next
#: name of a list: "ACME FUND, L.P. (B) AND ACME FUND II, L.P." (a class's mark: the next
#: answer opens with no "AND"). Two answers given together are outline letters: "ACME FUND,
#: L.P. (B) AND (C) THE ADDRESS OF ..."
OUTLINE_AFTER_LEGAL_FORM = regex_cache.compile(r"""
    (?<![A-Z0-9])(?:L\.\s?P\.|L\.\s?L\.\s?C\.|LLC|INC\.|CORP\.|LTD\.|CO\.|PLC|N\.V\.|S\.A\.)
    ,?[ \t]+\((?P<letter>[A-J])\)
    (?=$|\s(?!\s*(?:AND|OR|&)\s+(?!\([A-J]\))))   # L.P. (C), "L.P. (B) AND (C)", not "L.P. (B) AND"
""", re.VERBOSE)

#: A term defined in quotes: '("AGP")', '(THE "GENERAL PARTNER")', 'AS THE "ACME
#: FUNDS."' (over a line break, a period inside the quotes)
QUOTED_TERM = regex_cache.compile(r"""["“](?P<term>[A-Z][A-Z0-9&'.\-\s]{0,100}?)\.?["”]""")

#: The first word of a defined term, by which terms are looked up: "ACME" of "ACME FUND"
TERM_WORD = regex_cache.compile(r"""[A-Z0-9][A-Z0-9&'\-]*""")
#: A legal form right after a word, which makes the word part of a name: "TRUSTEE LLC",
#: "ADVISOR, LLC", "MANAGER, L.P.", "DIRECTOR INC."
LEGAL_FORM_AFTER = regex_cache.compile(r"""
    ,?\s+(?:L\.?\s?L\.?\s?C|L\.?\s?P|INC|CORP|LTD|CO|COMPANY|LIMITED|GMBH|AG|PLC|N\.?V|S\.?A)
    (?![A-Z0-9])
""", re.VERBOSE)

#: Words the cues write capitalised, as they are printed in mixed case ("Messrs. Roe and Doe")
TITLED_WORDS = {"MESSRS": "Messrs", "MSES": "Mses", "MMES": "Mmes", "MR": "Mr", "MRS": "Mrs",
                "MS": "Ms", "DR": "Dr", "DRS": "Drs"}
#: Of :data:`TITLED_WORDS`, those that are titles only with their period ("MR. ROE", not the
#: "MR" of "MR & ASSOCIATES")
TITLES_WITH_PERIOD = frozenset({"MR", "MRS", "MS", "DR"})


def is_in_capitals(sentence: str) -> bool:
    """True when ``sentence`` has no lower-case letter and at least :data:`MIN_CAPITALS`
    capitals.

    >>> is_in_capitals("JANE Q. ROE AND JOHN ROE ARE THE MEMBERS OF ACME"), is_in_capitals(
    ...     "ITEM 4."), is_in_capitals("Acme GP is the GENERAL PARTNER of ACME FUND")
    (True, False, False)
    """
    if not sentence.isupper():  # a lower-case letter, or no letter at all
        return False
    return sum(map(str.isupper, sentence)) >= MIN_CAPITALS  # (counted in C)


@per_text
def quoted_terms(text: str) -> dict[str, tuple[str, ...]]:
    """The terms a text in capitals defines in quotes, by their first word, longest first:
    '(THE "GENERAL PARTNER")' makes "GENERAL PARTNER" a name wherever it stands, not a role. A
    term of one joining or role word ('(THE "SHARES")', '("ACT")') is left out: it is the
    common word everywhere else. Computed once per parse, as its readers each ask for them
    (:func:`~graphkit.parsers.text_memo.per_text`).

    >>> quoted_terms('ACME LLC (THE "GENERAL PARTNER"), ACME FUND ("FUND") AND "SHARES"')
    {'GENERAL': ('GENERAL PARTNER',), 'FUND': ('FUND',)}
    """
    terms = {" ".join(m["term"].split()) for m in QUOTED_TERM.finditer(text)}
    terms = {t for t in terms if " " in t or t.lower() not in JOINING_WORDS | ROLE_ONLY_WORDS}
    return term_index(terms)


def term_index(terms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``terms`` by their first word (:data:`TERM_WORD`), longest first.

    >>> term_index(["ACME FUND", "ACME", "BETA GP"])
    {'ACME': ('ACME FUND', 'ACME'), 'BETA': ('BETA GP',)}
    """
    index: dict[str, list[str]] = {}
    for t in sorted(terms, key=lambda t: (-len(t), t)):
        first = TERM_WORD.match(t)
        if first is not None:
            index.setdefault(first.group(0), []).append(t)
    return {k: tuple(v) for k, v in index.items()}


def _phrase_as_prose(m: re.Match[str]) -> str:
    """The :data:`PHRASES` match ``m`` lower-cased, unless it is a holding phrase inside a name
    (:data:`NAME_WORD_AFTER`).

    >>> PHRASES.sub(_phrase_as_prose, "SHARES VOTING POWER WITH ACME INVESTMENT POWER PARTNERS")
    'SHARES voting power WITH ACME INVESTMENT POWER PARTNERS'
    """
    if HOLDING_PHRASE_END.search(m.group(0)):
        after = NAME_WORD_AFTER.match(m.string, m.end())
        if after is not None:
            low = after["word"].lower()
            if not (low in JOINING_WORDS or low in ROLE_ONLY_WORDS or low in _PROSE_AFTER_HOLDING):
                return m.group(0)  # "ACME INVESTMENT POWER PARTNERS": a name
    return m.group(0).lower()


def _outline_as_prose(m: re.Match[str]) -> str:
    """The :data:`OUTLINE_AFTER_LEGAL_FORM` match ``m`` with its letter lower-cased.

    >>> OUTLINE_AFTER_LEGAL_FORM.sub(_outline_as_prose, "ACME HOLDINGS, INC. (B) THE GP")
    'ACME HOLDINGS, INC. (b) THE GP'
    >>> OUTLINE_AFTER_LEGAL_FORM.sub(_outline_as_prose, "ACME FUND, L.P. (B) AND (C) THE")
    'ACME FUND, L.P. (b) AND (C) THE'
    """
    at = m.start("letter") - m.start()
    return m.group(0)[:at] + m["letter"].lower() + m.group(0)[at + 1:]


def caps_stand_in(sentence: str, terms: Mapping[str, tuple[str, ...]] | None = None) -> str:
    """``sentence`` (in capitals) with its joining words lower-cased; the same length. The
    defined ``terms`` (:func:`quoted_terms`) are kept as printed where they stand as words.

    >>> caps_stand_in("JANE Q. ROE AND JOHN H. ROE ARE THE MANAGING MEMBERS OF ACME GP")
    'JANE Q. ROE and JOHN H. ROE are the managing members of ACME GP'
    >>> caps_stand_in("EACH OF MESSRS. ROE AND DOE, AS A MEMBER OF ACME")
    'each of Messrs. ROE and DOE, as a member of ACME'
    >>> caps_stand_in("BY VIRTUE OF JOHN DOE'S POSITIONS AS PRESIDENT OF (I) ACME")
    "by virtue of JOHN DOE's positions as president of (i) ACME"
    >>> caps_stand_in("THE GP OF ACME FUND IS ACME PARTNERS, L.P. (C) JOHN ROE IS ITS PRESIDENT")
    'the GP of ACME FUND is ACME PARTNERS, L.P. (c) JOHN ROE is its president'
    >>> caps_stand_in("THE MEMBERS OF THE GENERAL PARTNER ARE JOHN ROE AND JANE DOE",
    ...               term_index(["GENERAL PARTNER"]))
    'the members of the GENERAL PARTNER are JOHN ROE and JANE DOE'
    """
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        text, start, end = m.string, m.start(), m.end()
        if low in JOINING_WORDS or low in ROLE_ONLY_WORDS:
            if len(w) == 1 and text[end:end + 1] == ".":
                return w  # an initial: the "A." of "JOHN A. ROE"
            if "&" in text[max(start - 1, 0):start] or text[end:end + 1] == "&":
                return w  # part of a name: the "AT" of "AT&T"
            if low in ROLE_ONLY_WORDS and LEGAL_FORM_AFTER.match(text, end):
                return w  # part of a name: the "TRUSTEE" of "ACME TRUSTEE LLC"
            return low
        if w.endswith(("'S", "’S")):  # a possessive: "ROE'S" as "ROE's"
            return w[:-1] + "s"
        if w in TITLES_WITH_PERIOD and m.string[m.end():m.end() + 1] != ".":
            return w
        return TITLED_WORDS.get(w, w)

    sentence = ENUMERATION.sub(lambda m: m.group(0).lower(), sentence)
    if "(" in sentence:
        sentence = OUTLINE_AFTER_LEGAL_FORM.sub(_outline_as_prose, sentence)
    sentence = PHRASES.sub(_phrase_as_prose, sentence)
    kept = _term_spans(sentence, terms)
    if not kept:
        return CAPS_WORD.sub(word, sentence)
    parts, last = [], 0
    for start, end in kept:
        parts += [CAPS_WORD.sub(word, sentence[last:start]), sentence[start:end]]
        last = end
    parts.append(CAPS_WORD.sub(word, sentence[last:]))
    return "".join(parts)


def _term_spans(sentence: str, terms: Mapping[str, tuple[str, ...]] | None
                ) -> list[tuple[int, int]]:
    """Where ``terms`` (:func:`term_index`) stand as whole words in ``sentence``, in order:
    at each word, the longest term opening with it that stands there."""
    spans: list[tuple[int, int]] = []
    if not terms:
        return spans
    last = 0
    for m in TERM_WORD.finditer(sentence):
        at = m.start()
        if at < last or (at > 0 and sentence[at - 1].isalnum()):
            continue
        for term in terms.get(m.group(0), ()):
            end = at + len(term)
            if sentence.startswith(term, at) and not sentence[end:end + 1].isalnum():
                spans.append((at, end))
                last = end
                break
    return spans


def as_read(sentence: str, text: str) -> tuple[str, bool]:
    """``(sentence as the patterns read it, whether it is printed in capitals)``: a sentence in
    capitals (:func:`is_in_capitals`) is read from its stand-in, with the terms ``text``, its
    whole filing, defines (:func:`quoted_terms`); the names read from it are given back with
    :func:`printed`.

    >>> as_read("Acme GP is the general partner of Acme Fund", "")
    ('Acme GP is the general partner of Acme Fund', False)
    >>> as_read("ACME GP IS THE GENERAL PARTNER OF ACME FUND", "")
    ('ACME GP is the GENERAL partner of ACME FUND', True)
    """
    if not is_in_capitals(sentence):
        return sentence, False
    stand_ins = _stand_ins(text)
    stand_in = stand_ins.get(sentence)
    if stand_in is None:
        stand_in = stand_ins[sentence] = caps_stand_in(sentence, quoted_terms(text))
    return stand_in, True


@per_text
def _stand_ins(text: str) -> dict[str, str]:
    """The stand-ins (:func:`caps_stand_in`) of the sentences in capitals of ``text`` made so
    far, by sentence: one parse reads many sentences twice (for terms, then relationships).

    >>> text = "JANE Q. ROE AND JOHN ROE ARE THE MEMBERS OF ACME"
    >>> as_read(text, text)[0] is _stand_ins(text)[text]
    True
    """
    return {}


#: The filer named in lower case, as Forms 3/4/5 footnotes do: "the reporting person is
#: trustee of the Roe Family Trust", "Reporting person is one of three trustees of"
FILER_IN_LOWER_CASE = regex_cache.compile(r"""\b[Rr]eporting(?P<gap>\s+)p(?=ersons?\b)""")


def filer_as_term(sentence: str) -> str:
    """``sentence`` with "reporting person" in lower case read as the defined term "Reporting
    Person" (the filer, which the callers resolve); the same length, so spans and evidence
    still quote the filing as printed.

    >>> filer_as_term("The reporting person is trustee of the Roe Family Trust.")
    'The Reporting Person is trustee of the Roe Family Trust.'
    >>> filer_as_term("Reporting persons are the members of Acme GP")
    'Reporting Persons are the members of Acme GP'
    """
    if "eporting" not in sentence:
        return sentence
    return FILER_IN_LOWER_CASE.sub(lambda m: f"Reporting{m['gap']}P", sentence)


def printed(stand_in_text: str) -> str:
    """A stretch of a stand-in as the filing printed it (the sentence was all capitals).

    >>> printed("ACME GP and JOHN ROE")
    'ACME GP AND JOHN ROE'
    """
    return stand_in_text.upper()
