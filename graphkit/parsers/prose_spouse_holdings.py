"""Shares a sentence says its subject's spouse holds, by kinship word alone ("1,000 shares owned
directly by his wife"), given to the spouse the filing names elsewhere ("Jane Roe, the wife of
Mr. Roe": :func:`~graphkit.parsers.stated_sex.named_spouses`).

A 13D filer often counts a spouse's shares in his own total and disclaims them: "Mr. Roe
beneficially owns 2,000 shares, consisting of (i) 900 shares owned directly by him and (ii)
1,100 shares owned directly by his wife, as to which shares he disclaims any beneficial
ownership." The wife holds those 1,100 shares: she is a party of the filing when it names her.

The spouse is bound only when nothing else can be meant:

- the sentence opens with its subject, a reporting person by title and surname or by full
  name ("(a) Mr. Roe beneficially owns"; not "Mr. Doe owns 2,000 shares, including 1,100
  shares held by his wife" of a Mr. Doe who is not), and the pronoun agrees with a title
  ("his" with "Mr.", "her" with "Mrs."/"Ms.");
- the filing names exactly one spouse of that subject, written the same way ("the wife of Mr.
  Roe" for the subject "Mr. Roe"), of the kinship word's kind ("his wife": a wife or a spouse);
- no other person is named, by name, kinship or role ("another director"), nor a clause opened
  with ";", between the subject and the holding (:data:`OTHER_PERSON`);
- the shares are not dealt in, held in the past, of another class or security, nor held jointly
  or in a capacity (:data:`NO_PRESENT_HOLDING`, :data:`NOT_HERS_ALONE`: "1,000 shares owned by
  his wife were sold", "that were held by his wife prior to their divorce", "issuable upon
  exercise of warrants held by his wife", "held by his wife jointly with him": no holding).

Its findings are read before the others of the filing, so that the spouse is a party when a
title that may be hers is looked up ("Mrs. Roe was a shareholder of Acme": Jane Roe, stated a
woman, and not the reporting person Mr. Roe).

Anything else gives no finding: an unnamed spouse is no party, and two wives named, or one named
of another "Mr. Roe" than the subject as written, are not guessed between.

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x", text="Jane Roe, the wife of Mr. Roe, is a teacher. (a) Mr. Roe "
...     "owns 2,000 shares, consisting of 900 shares owned by him and 1,100 shares owned "
...     "directly by his wife, as to which he disclaims beneficial ownership.")
>>> [(f.holder, f.shares, f.note) for f in spouse_holdings(src)]  # doctest: +NORMALIZE_WHITESPACE
[('Jane Roe', 1100, "the wife of Mr. Roe: '1,100 shares owned directly by his wife'")]
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING, Callable, Optional

from graphkit import regex_cache
from graphkit.models import FilingWarning, PartyKind, PartyRole
from graphkit.parsers.partybook_names import (FEMALE_TITLES, HONORIFIC_SURNAME, MALE_TITLES,
                                              squeeze, surname_of)
from graphkit.parsers.prose import ProseFinding
from graphkit.parsers.prose_holding_patterns import DEALING_BEFORE
from graphkit.parsers.prose_sentences import flat_sentence, sentence_spans
from graphkit.parsers.stated_sex import FULL_NAME, NamedSpouse, named_spouses
from graphkit.relations import Relation
from graphkit.source import SourceText

if TYPE_CHECKING:
    from graphkit.parsers.partybook import PartyBook
    from graphkit.parsers.schedule13_prose_claims import ProseClaims

#: Shares held by the sentence subject's spouse, named by a kinship word only: "1,100,000
#: shares owned directly by his wife", "500 shares of Common Stock held of record by her
#: husband", "10 shares which are owned by his spouse", "2,000 shares beneficially owned by her
#: spouse" (not "held by him and his wife": joint; nor "his wife's trust", "his wife and
#: children", "his wife as custodian for ...": another holder, or not hers alone, but "his wife
#: and 200 shares owned ...": a second holding; nor "which were owned by his wife": a past
#: holding). ``cls``: the class named ("Common Stock"), which must be the filing's
#: (:func:`_of_the_class`)
KIN_HOLDING = regex_cache.compile(r"""
    (?<![0-9,.])(?P<shares>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s+shares
    (?:\s+of\s+(?P<cls>(?:the\s+)?(?:[A-Z][A-Za-z]*\s+){0,3}(?:Stock|Shares)))?  # of Common Stock
    \s+(?:(?:which|that)\s+are\s+)?(?:(?:directly|beneficially)\s+)?(?:owned|held)
    \s+(?:directly\s+|of\s+record\s+|beneficially\s+)?by\s+
    (?P<pron>his|her)\s+(?P<rel>wife|husband|spouse)(?![A-Za-z'\u2019\-])    # by his wife
    (?!,?\s*(?:(?:and|or)\b(?!\s+[0-9])|&|as\s+(?:co-?)?(?:trustee|custodian|guardian|executor
      |executrix|nominee)))  # not "his wife and children", "his wife as custodian for"
""", re.VERBOSE)

#: A word anywhere in the sentence that makes its spouse's shares no present holding of hers
#: alone, read as nothing: a dealing ("1,100 shares owned by his wife were sold", "caused ...
#: to be transferred", "were gifted", "has pledged", "were surrendered", "were cancelled in the
#: merger", "forfeited"), a past holding ("that were held by his wife prior to their divorce",
#: "before their separation", "at the time of her death", "formerly", "inherited"), or
#: another security ("200 shares of Series A Preferred Stock", "issuable upon exercise of
#: options held by his wife", "warrants")
NO_PRESENT_HOLDING = regex_cache.compile(r"""
    \b(?:s[eo]ld|sell|sells|selling|sales?|transfer\w*|dispos\w*|gift\w*|gave|give[ns]?
      |giving|donat\w*|pledg\w*|hypothecat\w*|distribut\w*|convey\w*|assign\w*|tender\w*
      |deliver\w*|purchas\w*|bought|buy\w*|acquir\w*|receiv\w*|exchang\w*|redeem\w*
      |redemption|lend\w*|lent|loan\w*|surrender\w*|cancel\w*|forfeit\w*)\b  # were sold
  | \b(?:was|were|had\s+been)\s+(?:[a-z]+\s+){0,2}?(?:held|owned)\b          # were held
  | \b(?:prior\s+to|at\s+the\s+time\s+of|former(?:ly)?|previously|no\s+longer|until
      |late|deceased|death|died|divorc\w*|separation|separated|estranged|inherit\w*
      |estate|widow\w*)\b                                                   # prior to
  | \b(?:preferred|class|series|issuable|convert\w*|conversion|exercis\w*|options?
      |warrants?|rights?|underlying|units?|debentures?|notes?)\b                # warrants
""", re.VERBOSE | re.IGNORECASE)

#: A person named by kinship or tie, not by name: "his son", "their children", "a partner"
KIN_NOUN = r"""\b(?i:[a-z]+-in-law|sons?|daughters?|brothers?|sisters?|siblings?|fathers?
      |mothers?|parents?|child|children|grand[a-z]+|step[a-z]+|nephews?|nieces?|uncles?|aunts?
      |cousins?|partners?|friends?|associates?|employees?|relatives?|family|families)\b"""

#: Words after a spouse's holding that make it not hers alone: "held by his wife jointly with
#: him", "in her capacity as trustee of the Roe Family Trust", "as custodian for their son",
#: "held by his wife, Jane Roe, and their children" (:data:`KIN_NOUN`)
NOT_HERS_ALONE = regex_cache.compile(rf"""
    \b(?i:jointly|joint|tenants?|community\s+property|in\s+(?:her|his|its)\s+capacity
      |(?:co-?)?(?:trustees?|custodian|executor|executrix|guardian|nominee|fiduciary)
      |administrat\w*|on\s+behalf|for\s+the\s+benefit|f/b/o|IRAs?|accounts?|plans?|trusts?)\b
  | {KIN_NOUN}
""", re.VERBOSE)

#: The subject a sentence opens with, after a list marker: "(a) Mr. Roe beneficially owns",
#: "Jane Q. Roe owns" (the word after it in lower case: a verb or an adverb)
SENTENCE_SUBJECT = regex_cache.compile(rf"""
    ^(?:\(?(?:[0-9]{{1,2}}|[a-z]|[ivx]{{1,4}})[.)]\s+)?                        # (a)
    (?P<subject>(?P<title>Mr|Mrs|Ms|Dr)\.?\s+[A-Z][A-Za-z'\-]+                # Mr. Roe
      |{FULL_NAME})                                                         # Jane Q. Roe
    \s+[a-z]
""", re.VERBOSE)

#: A person named by a role, not by name: "another director", "each other officer", "the chief
#: executive officer", "his attorney", "the trustee of the voting trust" (not "Reporting Person")
ROLE_NOUN = r"""\b(?i:directors?|officers?|executives?|president|chairman|chairwoman
      |secretary|treasurer|attorneys?|lawyers?|counsel|trustees?|members?|managers?|agents?
      |advis[eo]rs?|nominees?|beneficiar(?:y|ies)|shareholders?|stockholders?
      |individuals?|(?<!reporting\s)persons?)\b"""

#: What between a sentence's subject and its spouse's holding may make "his wife" another
#: person's: a clause of its own after ";", a titled name ("Mr. Doe owns 50 shares and 20 shares
#: held by his wife"), a person named by kinship or tie ("his son, who lives with him, holds
#: 200 shares and 1,100 shares held by his wife": the son's wife) or by a role (:data:`ROLE_NOUN`:
#: "and another director holds 1,100 shares held by his wife"), a full name
#: (:data:`~graphkit.parsers.stated_sex.FULL_NAME`, but the security's words: "Common Stock")
OTHER_PERSON = regex_cache.compile(rf"""
    ;
  | \b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]
  | {KIN_NOUN}                                                               # his son
  | {ROLE_NOUN}                                                      # another director
  | (?!(?:Common|Preferred|Class|Series|Ordinary)\s)(?P<name>{FULL_NAME})
""", re.VERBOSE)

#: The kinship words of :data:`KIN_HOLDING`, each with the spouse words of a named spouse it
#: may stand for ("his wife": "the wife of", "the spouse of")
KIN_FITS = {"wife": ("wife", "spouse"), "husband": ("husband", "spouse"),
            "spouse": ("wife", "husband", "spouse")}
#: The pronoun each title of :data:`SENTENCE_SUBJECT` takes ("Dr." any)
TITLE_PRONOUN = {"mr": "his", "mrs": "her", "ms": "her"}


def spouse_holdings(src: SourceText, start: int = 0, end: int | None = None,
                    security_class: str | None = None,
                    is_filer: Optional[Callable[[str], bool]] = None) -> list[ProseFinding]:
    """The holdings ``src.text[start:end]`` states of a spouse named elsewhere in the text, as
    ``beneficial_owner_of`` findings with an empty ``held`` (the issuer's shares of
    ``security_class``, the filing's), in order, but none of a spouse given two in one sentence
    ("1,100 shares held by his wife and 200 shares owned directly by his wife": parts or a
    sum?); with ``is_filer``, only in sentences whose subject as written ("Mr. Roe") it holds
    a reporting person's ("Mr. Doe owns 2,000 shares, including 1,100 shares held by his
    wife": of another man, read as without his wife).

    >>> from graphkit.source import SourceText
    >>> src = SourceText(path="x", text="Mr. Roe's wife, Jane Roe, lives in Ohio. Mr. Roe owns "
    ...     "1,000 shares held by his wife. Mr. Roe says 10 shares owned by his wife were sold.")
    >>> [(f.holder, f.shares) for f in spouse_holdings(src)]
    [('Jane Roe', 1000)]
    >>> spouse_holdings(SourceText(path="x", text="Mr. Roe owns 5 shares held by his wife."))
    []
    """
    text = src.text
    end = len(text) if end is None else end
    if "wife" not in text and "husband" not in text and "spouse" not in text:
        return []
    spouses = named_spouses(text)
    out: list[ProseFinding] = []
    for s, e in sentence_spans(text, start, end) if spouses else []:
        if not KIN_HOLDING.search(text, s, e):
            continue  # most sentences: flattened only when they may hold a spouse's shares
        flat = flat_sentence(text, s, e)
        subject = SENTENCE_SUBJECT.match(flat.lstrip())
        if subject is None or NO_PRESENT_HOLDING.search(flat) or (
                is_filer is not None and not is_filer(subject["subject"])):
            continue  # "1,100 shares owned by his wife were sold": no holding of hers now
        at = flat.index(subject["subject"]) + len(subject["subject"])
        found: list[ProseFinding] = []
        for m in KIN_HOLDING.finditer(flat):
            if OTHER_PERSON.search(flat, at, m.start()):
                break  # "Mr. Roe owns 10 shares; Mr. Doe owns 5 shares held by his wife"
            if NOT_HERS_ALONE.search(flat, m.end()) or not _of_the_class(m["cls"],
                                                                          security_class):
                break  # "held by his wife jointly with him", "of Class B Stock"
            name = _spouse_of(subject, m, spouses)
            if name is None or DEALING_BEFORE.search(flat, max(0, m.start() - 60), m.start()):
                continue  # no one spouse named, or "the 1,000 shares owned by his wife"
            found.append(ProseFinding(
                relation=Relation.BENEFICIAL_OWNER_OF, holder=name, held="",
                evidence=src.evidence(s, e, section="prose"),
                shares=int(m["shares"].replace(",", "")), pattern="spouse_holder",
                note=f"the {m['rel']} of {subject['subject']}: {m.group(0)!r}"))
        holders = [f.holder for f in found]  # two holdings of hers: parts or sum? neither
        out += [f for f in found if holders.count(f.holder) == 1]
    return out


def add_spouse_holdings(prose: ProseClaims, start: int, security_class: str | None,
                        others: list[ProseFinding]) -> list[FilingWarning]:
    """Claim the spouse holdings of ``prose.src.text[start:]`` (:func:`spouse_holdings`) in
    sentences whose subject is a reporting person through ``prose``, before the ``others``
    findings: a spouse they make a party settles a title ("Mr. Roe" of the one other person
    named Roe), but no bare surname ("Roe is the Chairman": the other person's, as without
    her), unless a finding of ``others`` names her in full
    (:meth:`~graphkit.parsers.partybook.PartyBook.quiet_surname`).
    """
    book = prose.book
    spouses = spouse_holdings(prose.src, start, None, security_class,
                              lambda name: _is_filer(book, name))
    new = [f.holder for f in spouses if book.lookup(f.holder) is None]
    warnings = prose.add(spouses)
    cited = {p.id for f in others for n in (f.holder, f.held) if n and not
             HONORIFIC_SURNAME.match(n.strip()) and (p := book.lookup(n)) is not None}
    for party in filter(None, map(book.lookup, new)):
        if party.id not in cited:
            book.quiet_surname(party)
    return warnings


def _is_filer(book: PartyBook, name: str) -> bool:
    """Whether a sentence's subject ``name`` ("Mr. Roe", "John Q. Roe") is a reporting person
    of ``book`` (looked up before the spouse is added): the party it names, or, for a title the
    book leaves unbound (the filing titles the surname for both sexes: "Mr. and Mrs. Roe"; two
    brothers Roe report), each person so named but those stated of the title's other sex."""
    party = book.lookup(name)
    if party is not None:
        return PartyRole.REPORTING_PERSON in party.roles
    titled = HONORIFIC_SURNAME.match(name.strip())
    if titled is None or titled["suffix"]:  # "Mr. Roe, Jr.": not his father
        return False
    low, title = titled["surname"].lower(), titled["title"].lower()
    male = None if title not in MALE_TITLES | FEMALE_TITLES else title in MALE_TITLES
    named = [p for p in book.parties if p.kind is PartyKind.PERSON
             and any(surname_of(n) == low for n in p.all_names())
             and (male is None or book.stated_sex(p) is not (not male))]
    return bool(named) and all(PartyRole.REPORTING_PERSON in p.roles for p in named)


def _of_the_class(named: str | None, security_class: str | None) -> bool:
    """Whether the class a holding names ("Common Stock", "the Shares"; None: no class named)
    is the filing's ``security_class``: each of its words but "the", "stock", "shares" is a
    word of the filing's class (of "common" when the filing's is unknown).

    >>> [_of_the_class(c, "COMMON STOCK, PAR VALUE $.01") for c in (None, "Common Stock",
    ...     "the Shares", "Ordinary Shares")]
    [True, True, True, False]
    """
    def words(text: str) -> set[str]:
        return set("".join(c if c.isalpha() else " " for c in text.lower()).split())
    return words(named or "") - {"the", "stock", "shares"} <= words(security_class or "common")


def _spouse_of(subject: re.Match[str], m: re.Match[str], spouses: list[NamedSpouse]
               ) -> str | None:
    """The one named spouse (of :func:`named_spouses`) the kinship words of ``m`` stand for,
    in a sentence whose subject is ``subject``; None if none or several."""
    title = (subject["title"] or "").lower()
    if TITLE_PRONOUN.get(title, m["pron"]) != m["pron"]:
        return None  # "Mrs. Roe ... his wife": another person's wife
    key = squeeze(subject["subject"])
    names = {sp.name for sp in spouses
             if squeeze(sp.partner) == key and sp.rel in KIN_FITS[m["rel"]]}
    return names.pop() if len(names) == 1 else None
