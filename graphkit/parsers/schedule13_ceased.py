"""Exit reports: a Schedule 13D/13G saying its holders ceased to own more than five percent.

A holder files its last Schedule 13G amendment, or a 13D amendment, when it falls to five
percent of the class or below. Researchers asking "since when, and until when" need to know
that such a filing ends a holding, and each filing says so in its own way:

* the 13G Item 5 check box: "If this statement is being filed to report the fact that as of
  the date hereof the reporting person has ceased to be the beneficial owner of more than five
  percent of the class of securities, check the following [X]" (also "☒", a Wingdings "þ",
  "/X/"; empty: "[ ]", "[]", "/ /", "//", "☐", "¨"), or the box on Item 5's caption line
  ("OWNERSHIP OF FIVE PERCENT OR LESS OF A CLASS. [X]");
* a statement, in a 13D's Item 5(e), an explanatory note or Item 4: "(e) Acme Fund ceased to be
  the beneficial owner of more than five percent of the Common Stock on October 20, 2004",
  "On December 23, 2022, each of the Reporting Persons ceased to be ...";
* the 2024+ XML forms: 13G ``item5/classOwnership5PercentOrLess`` "Y", 13D
  ``item5/date5PercentOwnership`` holding a date
  (:mod:`graphkit.parsers.schedule13_ceased_xml`).

The form's own instruction ("If this statement is being filed to report the fact that ... has
ceased ...", "State the date on which the reporting person ceased ...") is not a report, nor a
negated one ("none of the Reporting Persons has ceased ..."). The form's sentences are a report
when a filer writes them as one: "This statement is being filed to report the fact that, as of
October 20, 2004, the Reporting Persons have ceased ..." without a box or an answer, "The date
on which the Reporting Persons ceased ... was October 20, 2004".

:func:`graphkit.parsers.ceased_claims.mark_ceased_claims` then marks the beneficial-owner
claims of the holders concerned (``ceased_five_percent``), adding the report as their evidence.

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText("x.txt", "Item 5. Ownership of Five Percent or Less of a Class\\nIf this "
...     "statement is being filed to report the fact that as of the date hereof the reporting "
...     "person has ceased to be the beneficial owner of more than five percent of the class of "
...     "securities, check the following [X].\\n")
>>> [(c.method, c.party_ids, c.date) for c in read_item5_box(src, 0, len(src.text))]
[('item 5 box', [], None)]
>>> src = SourceText("y.txt", "(e) Acme Fund ceased to be the beneficial owner of more than "
...     "five percent of the Common Stock of the Company on October 20, 2004.\\n")
>>> [(c.subject, c.date) for c in read_statements(src, 0, len(src.text))]
[('Acme Fund', datetime.date(2004, 10, 20))]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Optional

from graphkit.dates import MONTH_NAME_DATE, NUMERIC_US_DATE, find_dates
from graphkit.models import Cessation
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: What the 13G Item 5 box follows, then the box, ending its line: "check the following [X]",
#: "check the following. //", "OF A CLASS: / /", "OF A CLASS.     [X]", "check the following
#: ☒", "check the following þ" (Wingdings' checked box), "check the following ¨" (its empty
#: box); not "of a Class. X Not Applicable." (an X before a line's text checks that text).
#: The mark inside brackets or slashes is group ``inner``, a box drawn as one sign ``sign``.
ITEM5_BOX = re.compile(r"""
    (?: check \s+ (?: the \s+ following (?: \s+ box )? | here | this \s+ box ) | of \s+ a \s+ class )
    [\s.:,|]*                                       # a table cell: " | "
    (?: \[ \s* (?P<inner>[^\]\s]?) \s* \]               # [X], [ ], []
      | / \s* (?P<inner2>[^/\s]?) \s* /                  # /X/, / /, //
      | \( \s* (?P<inner3>[^)\s]?) \s* \)                # (X), ( )
      | _++ [ \t]*+ (?P<inner4>[xX]) [ \t]*+ _++ | _{2,}+  # __X__, ____
      | (?P<sign>[☒☑⌧☐□■✓✔√þýü¨xXoq]) (?![A-Za-z0-9])  # ☒, þ, ¨, a bare X
    )
    (?= [ \t]* [.;:]? [ \t]* (?: \n | $ ) )
""", _F)

#: A box before the form's sentence, as some filers lay Item 5 out: "_____  This statement is
#: being filed to report the fact that ... has ceased ...", "__X__ This statement ...", "[X]
#: This statement ..."; the mark is group ``mark``
BOX_BEFORE_STATEMENT = re.compile(r"""
    (?<![\w\]]) (?: _++ [ \t]*+ (?P<mark>[xX]) [ \t]*+ _++ | _{2,}+ | \[ \s*+ (?P<mark2>[xX])? \s*+ \] )
    \s+ this \s+ statement \s+ is \s+ being \s+ filed \s+ to \s+ report
""", _F)

#: The signs :data:`ITEM5_BOX` reads as a checked box: crosses and ticks (Wingdings "þ", "ý"
#: and "ü" are its checked box, crossed box and tick)
CHECKED_SIGNS = frozenset("☒☑⌧■✓✔√þýüxX")

#: A statement that holders ceased to own more than five percent: "ceased to be the beneficial
#: owner of more than five percent", "ceased to be beneficial owners of more than 5%", "ceased
#: to beneficially own more than 5%", "no longer beneficially owns more than five (5%) percent"
#: (it starts at "ceased" or "longer": a search skips ahead to those letters; the "is no" of
#: "is no longer" is left to the clause before it, see :data:`AUXILIARY`)
CEASED = re.compile(r"""
    (?: ceased \s+ to \s+ (?: be \s+ (?: (?:a|the) \s+ )? beneficial \s+ owners? \s+ of
                            | beneficially \s+ own | own | hold )
      | (?<= no \s ) longer \s+ (?: (?: (?:a|the) \s+ )? beneficial \s+ owners? \s+ of
                                   | (?: beneficially \s+ )? owns? ) )
    \s+ (?: (?: more \s+ than | in \s+ excess \s+ of | over | greater \s+ than ) \s+ )?
    (?: five [\s-]* (?: \( \s* 5 \s* %? \s* \) \s* )? (?: percent | per \s* cent | % )
      | 5 (?: \.0+ )? \s* (?: % | percent | per \s* cent ) )
    (?: \s+ or \s+ more )?
""", _F)

#: What every :data:`CEASED` report holds, as written in lower case or capitals: "ceased",
#: "Ceased", "CEASED", "no longer" (a cheap test first: plain string searches)
REPORT_WORDS = ("eased", "EASED", "onger", "ONGER")

#: The form's instruction, not a report: "If this statement is being filed to report ...",
#: "To report the fact that ...", "In the event this statement is filed ...", "Check here ...",
#: "State the date on which the reporting person ceased ..."
INSTRUCTION = re.compile(r"""
    \bif\b | \bstate \s+ the \s+ date\b | \bwhether\b
  | \bin \s+ the \s+ event\b | \bcheck \s+ (?: here | the \s+ following | this \s+ box )\b
  | ^ \W* to \s+ report \s+ the \s+ fact\b
""", _F)

#: The form's own sentences, which a filer may also write as its report: "This statement is
#: being filed to report the fact that, as of October 20, 2004, the Reporting Persons have
#: ceased ..." (a report unless a box or an answer goes with it, see :data:`FORM_ANSWER`),
#: "The date on which the Reporting Persons ceased ... was October 20, 2004" (a report only
#: when it gives the date, see :data:`DATE_ANSWER`)
FORM_SENTENCE = re.compile(r"""
    \b(?P<fact> statement \s+ is \s+ being \s+ filed \s+ to \s+ report \s+ the \s+ fact )\b
  | \b(?P<date> date \s+ on \s+ which )\b
""", _F)

#: A box or an answer with the form's sentence, which make it the form's question: "[ ]",
#: "[X]", "/ /", "(  )", "____", "☐", "¨", "Not applicable", "N/A", "inapplicable" (a
#: checked mark is group ``mark``: then the box answers yes)
FORM_ANSWER = re.compile(r"""
    \[ \s* (?P<mark>[xX])? \s* \] | / \s? (?P<mark2>[xX])? \s? / (?!\w) | \( \s* [xX]? \s* \)
  | _{2,} | [☐□¨] | (?P<mark3>[☒☑⌧þ])
  | \bnot \s+ applicable\b | \bn/a\b | \binapplicable\b
""", _F)

#: A negated, excepted or past report: "has not ceased", "none of the Reporting Persons has
#: ceased", "never", "Except for Mr. Roe, the Reporting Persons ceased" (not all of them),
#: "As previously reported, TFP ceased ..." (an earlier filing's exit), "TFP had ceased ..."
NEGATED = re.compile(r"""
    \b(?: not | never | none | neither | nor | except | other \s+ than | previously
         | formerly | had ) \b
""", _F)

#: A relative clause set off by commas in the words before a report, which says something of
#: another thing and is left out before negations and the holder are read: ", which were not
#: made pursuant to any plan,", "TFP, which did not participate in the sale, ceased"
RELATIVE_ASIDE = re.compile(r"""
    , \s* (?: which | who | whom | whose ) \b [^,;]* ,
""", _F)

#: Another security or company after a report, whose holdings are not the claims': "of the
#: Series A Preferred Stock", "warrants", "notes", "of the common stock of Target Corp." (a
#: company named with its legal form; not "of the Common Stock of the Company", "of the
#: outstanding shares of Common Stock")
OTHER_SECURITY = re.compile(r"""
    \b(?: preferred | warrants? | notes | debentures | bonds )\b
  | \b(?: stock | shares ) \s+ of \s+ (?: the \s+ )? [A-Z][\w.&'-]* (?: \s+ [A-Z][\w.&'-]* ){0,5}
    ,? \s+ (?: Inc | Corp | Corporation | Co | Ltd | LLC | L\.P | plc | N\.V | S\.A | AG )\b
""", re.VERBOSE)

#: A full stop that ends a sentence: before a capital or "(" ("Acme Inc. On May 1, ..."), not
#: after an initial ("Braden M. Leonard") nor a title ("Mr. Roe"); "Acme Inc. ceased" goes on
_FULL_STOP = (r"(?<!\b[A-Z])(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Dr)(?<!Jr)(?<!Sr)(?<!\bNo)(?<!Messrs)"
              r"\.(?=\s+[A-Z(])")

#: The start of the clause before a report: after ". ", ";", a blank line, an outline letter
#: "(e)" / "5(e)" / "e)" starting a sub-item, or "that" ("... to report that the Reporting
#: Persons have ceased ...")
CLAUSE_START = re.compile(rf"""
    (?: ; | {_FULL_STOP} ) \s+ | \n \s* \n          # a sentence, a clause, a paragraph
  | (?<!\S) \( [a-zA-Z] \) \s+ | ^ [ \t]* \d* \(? [a-zA-Z] \) \s+  # "(e) ", "e) ", "5(e) "
  | (?i: of \s+ (?: a \s+ class | the \s+ issuer ) ) [.:]? [ \t]* \n   # a caption's end
  | \bthat [\s,]+                                   # "to report that(,) ..."
  | (?i: not \s+ applicable | n/a | none ) [.;:]? [ \t]* \n   # an answer's own line
""", re.VERBOSE | re.MULTILINE)

#: A break between two sentences, before or after a report: a full stop (:data:`_FULL_STOP`)
#: and the spaces after it, or a blank line
SENTENCE_BREAK = re.compile(rf"""{_FULL_STOP} \s+ | \n \s* \n""", re.VERBOSE)

#: A date in a clause: "December 23, 2022", "12/23/2022" (the date patterns of
#: :mod:`graphkit.dates`, their group names dropped so they can stand side by side)
ANY_DATE = re.compile("|".join(re.sub(r"\(\?P<\w+>", "(?:", p.pattern)
                               for p in (MONTH_NAME_DATE, NUMERIC_US_DATE)), re.VERBOSE)

#: A date introduced as the cessation's: "on October 20, 2004", "as of December 31, 1999",
#: "effective June 1, 2020", "since 3/31/2021"
INTRODUCED_DATE = re.compile(rf"""
    \b(?: on | as \s+ of | effective | since ) \s+ (?P<date> {ANY_DATE.pattern} )
""", _F)

#: The date that answers "The date on which ... ceased ...": "was October 20, 2004", "is
#: 12/31/2021", "occurred on May 1, 2020", ": June 30, 2021"
DATE_ANSWER = re.compile(rf"""
    (?: \b(?: was | is | occurred \s+ on ) | : ) \s* (?P<date> {ANY_DATE.pattern} )
""", _F)

#: An Item caption line or an outline letter opening a sub-item: "Item 5. Interest in
#: Securities of the Issuer" + line break, "(e) ", "e) ", "(E) ", "5(e) ", "Item 5(e). "
OUTLINE = re.compile(r"""
    ^ \s* (?: item \s* \d+ [^\n]* \n \s* )?
    (?: (?: item \s* )? \d* \s* \(? [a-zA-Z] \) [.:]? \s+ )?
""", _F)

#: A phrase that leads into the holder up to a comma: a date ("On December 23, 2022,"), a
#: participle ("After acquiring ... on May 1, 2023,"), a connective ("Accordingly,")
LEAD_IN = re.compile(r"""
    ^ \s* (?: on | as \s+ of | effective | since | after | following | upon | as \s+ a \s+ result
             | accordingly | consequently | therefore | thus | in \s+ addition | subsequently
             | in \s+ connection \s+ with | pursuant \s+ to | due \s+ to | because \s+ of
             | by \s+ reason \s+ of )\b
""", _F)

#: The auxiliary verb before "ceased" or "longer": "the Reporting Persons have", "TFP has",
#: "the Reporting Persons are no", "Acme Fund no", the form's "person(s) has (have)"
AUXILIARY = re.compile(r"""
    \s+ (?: (?: has | have | had | is | are ) (?: \s* \( (?: has | have ) \) )? (?: \s+ no )?
           | no ) \s* $
""", _F)

#: A holder that is every reporting person: "the Reporting Persons", "each of the Reporting
#: Persons", "the reporting person", "the undersigned", "we"
EVERY_REPORTING_PERSON = re.compile(r"""
    ^ (?: (?: each | all | both | any ) \s+ of \s+ )? (?: the \s+ | such \s+ )?
      (?: reporting | filing ) \s+ persons? (?: \(s\) )? $
  | ^ (?: the \s+ undersigned | we ) $
""", _F)

#: Every reporting person named at the end of a clause's words: "... described in Item 5(c),
#: each of the Reporting Persons", "Inasmuch as the reporting persons" (not "Acme Fund, a
#: reporting person")
EVERY_REPORTING_PERSON_AT_END = re.compile(r"""
    (?: (?<=\s) | ^ ) (?: (?: each | all | both | any ) \s+ of \s+ )? (?: the | such ) \s+
    (?: reporting | filing ) \s+ persons? $
""", _F)

#: A group named as such after its members: "Roe and Doe as a group", "..., together"
GROUP_SUFFIX = re.compile(r"""
    ,? \s+ (?: as \s+ a \s+ group | together | collectively | in \s+ the \s+ aggregate ) $
""", _F)

#: Between two holders named together: "Acme Fund and Acme GP", "A, B and C" (not the comma
#: of "Rupert H. Roe, Jr." or "Acme Holdings, Inc.")
HOLDER_LIST_BREAK = re.compile(r"""
    \s* (?: , (?! \s* (?: jr | sr | inc | corp | co | ltd | llc | l\.?l\.?c | l\.?p | n\.?a
                      | ii | iii | iv | esq ) \b ) \s* (?: and \s+ )? | \band\s+ ) \s*
""", _F)

#: What opens a list of holders: "Each of TFP and TM", "Both A and B", two or more persons
#: named by their surnames under one title: "Messrs. Roe and Doe"
PLURAL_TITLE = re.compile(r"""
    ^ (?: (?: each \s+ of | both | all \s+ of | either \s+ of ) \s+ )?
      (?: (?: Messrs | Mmes | Mesdames ) \.? \s+ )?
""", _F)


def _checked(m: re.Match) -> Optional[bool]:
    """Whether an :data:`ITEM5_BOX` match is a checked box (None when it reads no box)."""
    sign = m["inner"] or m["inner2"] or m["inner3"] or m["inner4"] or m["sign"] or ""
    return sign in CHECKED_SIGNS


def read_item5_box(src: SourceText, start: int, end: int) -> list[Cessation]:
    """The cessation a 13G's Item 5 box reports, when checked, from ``src.text[start:end]``
    (the Item 5 section); [] when the box is empty or not found.

    >>> src = SourceText("x.txt", "ITEM 5: OWNERSHIP OF FIVE PERCENT OR LESS OF A CLASS: / /")
    >>> read_item5_box(src, 0, len(src.text))
    []
    """
    text = src.text
    box = ITEM5_BOX.search(text, start, end)
    before = BOX_BEFORE_STATEMENT.search(text, start, end)
    if before is not None and (box is None or before.start() < box.start()):
        checked = bool(before["mark"] or before["mark2"])
        box = before
    else:
        checked = box is not None and _checked(box)
    if not checked or box is None:
        return []
    return [Cessation(method="item 5 box", evidence=src.evidence(box.start(), box.end(),
                                                                  section="Item 5"))]


#: The longest report :data:`CEASED` reads, from "ceased" to "percent"
REPORT_REACH = 200

#: How far into Item 5 its box is looked for (a 13G's Item 5 is a few lines; a 13D's is long)
BOX_REACH = 2500

#: Most reports read in one filing (a real one states its exit once per holder at most)
MAX_REPORTS = 200

#: How far after a report its sentence is read at most (its date, its class)
SENTENCE_REACH = 400


def _sentence_end(text: str, pos: int, end: int) -> int:
    """Where the sentence holding ``pos`` ends, at most :data:`SENTENCE_REACH` on."""
    limit = min(end, pos + SENTENCE_REACH)
    m = SENTENCE_BREAK.search(text, pos, limit)
    return m.start() if m else limit


def _start_after(pattern: re.Pattern, text: str, pos: int, floor: int) -> int:
    """Where the last match of ``pattern`` in the 300 characters before ``pos`` ends."""
    start = max(floor, pos - 300)
    for m in pattern.finditer(text, start, pos):
        start = m.end()
    return start


def _holder(lead: str) -> str:
    """The holder a report's clause names before "ceased": "Acme Fund, L.P. has" -> "Acme
    Fund, L.P.", "On December 23, 2022, each of the Reporting Persons" -> "each of the
    Reporting Persons"; a lead-in phrase ends at the comma after its last date.

    >>> _holder("After acquiring more than 5% on May 1, 2023, the reporting persons ")
    'the reporting persons'
    >>> _holder("On May 1, 2023, Acme Fund, L.P. has ")
    'Acme Fund, L.P.'
    >>> _holder("(e) On May 1, 2023, upon the sale described in Item 5(c), each of the "
    ...         "Reporting Persons ")
    'each of the Reporting Persons'
    >>> _holder("Inasmuch as the reporting persons "), _holder("Roe and Doe as a group")
    ('the reporting persons', 'Roe and Doe')
    """
    lead = OUTLINE.sub("", lead)
    for _ in range(3):  # "On May 1, 2023, upon the sale ..., the Reporting Persons"
        if not LEAD_IN.match(lead):
            break
        dates = list(ANY_DATE.finditer(lead))
        comma = lead.find(",", dates[-1].end() if dates else 0)
        if comma < 0:
            break
        lead = lead[comma + 1:]
    holder = " ".join(AUXILIARY.sub("", lead.strip()).split())
    every = EVERY_REPORTING_PERSON_AT_END.search(holder)  # "Inasmuch as the reporting persons"
    if every is not None:
        return every[0]
    return GROUP_SUFFIX.sub("", holder)


def _date(text: str, lead_start: int, m: re.Match, end: int) -> Optional[str]:
    """The date a report gives its cessation: opening its clause before the holder ("As of
    December 31, 1999, the Reporting Persons ..."), else introduced after the report in its
    sentence ("... on October 20, 2004"); not a date of another phrase ("After acquiring ...
    on December 29, 2023, the reporting persons ceased ...")."""
    lead = OUTLINE.sub("", text[lead_start:m.start()], count=1).lstrip(" \t\n,")
    before = INTRODUCED_DATE.match(lead)
    rest = lead[before.end():].lstrip() if before else ""
    if before and (rest.startswith(",") or not LEAD_IN.match(rest)):
        return before["date"]  # "As of May 1, 2023(,) the Reporting Persons"
    after = INTRODUCED_DATE.search(text, m.end(), _sentence_end(text, m.end(), end))
    return after["date"] if after else None


def _reports(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The :data:`CEASED` matches in ``text[start:end]``, in order, each tried only where one
    of :data:`REPORT_WORDS` stands (plain string searches: no pattern runs over a filing that
    holds none, and none over the stretches between them)."""
    hits: set[int] = set()
    for word in REPORT_WORDS:
        at = text.find(word, start + 1, end)
        while at >= 0:
            hits.add(at - 1)  # where "ceased" / "longer" starts
            at = text.find(word, at + 1, end)
    for at in sorted(hits):
        m = CEASED.match(text, at, min(end, at + REPORT_REACH))
        if m is not None:
            yield m


def read_statements(src: SourceText, start: int, end: int,
                    section: Optional[str] = None) -> list[Cessation]:
    """Every statement in ``src.text[start:end]`` that holders ceased to own more than five
    percent, with the holder as written (None for every reporting person) and its date; the
    form's instructions, negated, excepted and past statements, and statements about another
    security ("of the Series A Preferred Stock") are skipped.

    >>> src = SourceText("x.txt", "If this statement is being filed to report the fact that "
    ...     "the reporting person has ceased to be the beneficial owner of more than five "
    ...     "percent, check the following [ ]. None of the Reporting Persons has ceased to be "
    ...     "the beneficial owner of more than 5% of the Shares.")
    >>> read_statements(src, 0, len(src.text))
    []
    >>> src = SourceText("x.txt", "(e) On December 23, 2022, each of the Reporting Persons "
    ...     "ceased to be the beneficial owner of more than five percent of the Shares.")
    >>> [(c.subject, c.date) for c in read_statements(src, 0, len(src.text))]
    [(None, datetime.date(2022, 12, 23))]
    """
    text = src.text
    found: list[Cessation] = []
    for k, m in enumerate(_reports(text, start, end)):
        if k == MAX_REPORTS:  # no filing states its exit this often: a made-up or looping text
            break
        sentence_start = _start_after(SENTENCE_BREAK, text, m.start(), start)
        sentence = text[sentence_start:m.start()]
        lead_start = _start_after(CLAUSE_START, text, m.start(), start)
        lead = RELATIVE_ASIDE.sub("", text[lead_start:m.start()])
        stop = _sentence_end(text, m.end(), end)
        if INSTRUCTION.search(sentence) or NEGATED.search(lead) or \
                OTHER_SECURITY.search(text, m.end(), stop):
            continue
        form = FORM_SENTENCE.search(sentence)
        answer = None
        if form is not None:  # the form's sentence: a report only as a filer writes it
            if form["date"]:
                answer = DATE_ANSWER.search(text, m.end(), stop)
                if answer is None:
                    continue
            elif not _form_sentence_reports(text, sentence_start, m.end(), stop):
                continue
        holder = _holder(lead)
        subject = None if not holder or EVERY_REPORTING_PERSON.match(holder) else holder
        day = answer["date"] if answer else _date(text, lead_start, m, end)
        dates = find_dates(day) if day else []
        found.append(Cessation(subject=subject, date=dates[0] if dates else None,
                               method="statement",
                               evidence=src.evidence(lead_start, min(stop + 1, end),
                                                     section=section)))
    return found


def _form_sentence_reports(text: str, start: int, pos: int, stop: int) -> bool:
    """Whether the form's sentence "This statement is being filed to report the fact that ...
    has ceased ..." (from ``start``, its report at ``pos``, its end at ``stop``) reports an
    exit: no box before it (:data:`BOX_BEFORE_STATEMENT`) and no box or answer after it
    (:data:`FORM_ANSWER`), or a checked one.

    >>> _form_sentence_reports("This statement ... of the class of securities.", 0, 5, 46)
    True
    >>> _form_sentence_reports("This statement ... of the class of securities: [ ]", 0, 5, 50)
    False
    """
    before = BOX_BEFORE_STATEMENT.search(text, max(0, start - 20), pos)
    if before is not None:
        return bool(before["mark"] or before["mark2"])
    answer = FORM_ANSWER.search(text, pos, min(len(text), stop + 40))
    return answer is None or bool(answer["mark"] or answer["mark2"] or answer["mark3"])


def resolve_holders(cessations: Iterable[Cessation],
                    lookup: Callable[[str], Optional[str]]) -> list[Cessation]:
    """The ``cessations`` with each named holder resolved to party ids by ``lookup`` (a name
    or defined term to a party id, or None); "A and B" names two holders, "Each of A and B" too;
    a name that does not resolve is left out (``subject`` keeps them all as written), and a
    report none of whose holders resolves is dropped: it would mark nothing, and its words may
    be no holder at all ("In 2019 the Fund").

    >>> c = Cessation(subject="Acme Fund and Acme GP", method="statement")
    >>> resolve_holders([c], {"Acme Fund": "p1", "Acme GP": "p2"}.get)[0].party_ids
    ['p1', 'p2']
    >>> c = Cessation(subject="Messrs. Roe and Doe", method="statement")
    >>> resolve_holders([c], {"Roe": "p1", "Doe": "p2"}.get)[0].party_ids
    ['p1', 'p2']
    """
    out = []
    for c in cessations:
        if c.subject:
            ids = [lookup(n) for n in HOLDER_LIST_BREAK.split(PLURAL_TITLE.sub("", c.subject))
                   if n]
            found = [i for i in ids if i]
            if not found:
                continue
            c = c.model_copy(update={"party_ids": list(dict.fromkeys(found))})
        out.append(c)
    return out


def read_cessations(src: SourceText, item5: Optional[tuple[int, int]], start: int, end: int,
                    lookup: Callable[[str], Optional[str]]) -> list[Cessation]:
    """The exit reports of a text Schedule 13D/13G: the Item 5 box (``item5``, its span, when
    the filing has one) and every statement in ``src.text[start:end]`` (the statement up to
    its signatures), holders resolved by ``lookup`` (see :func:`resolve_holders`). Where
    Item 5 has a box (checked or not), the box speaks for it: its words around the box are
    the form's instruction, however reworded or broken by a page, never a statement."""
    if item5:  # the box stands by the caption: its first lines are enough
        item5 = (item5[0], min(item5[1], item5[0] + BOX_REACH))
    box = read_item5_box(src, *item5) if item5 else []
    spans = [(start, end)]
    if item5 and (box or _has_box(src.text, *item5)):
        spans = [(start, item5[0]), (item5[1], end)]
    stated = [c for a, b in spans if a < b for c in read_statements(src, a, b)]
    return box + resolve_holders(stated, lookup)


def _has_box(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (an Item 5) holds a check box, checked or not."""
    return ITEM5_BOX.search(text, start, end) is not None or \
        BOX_BEFORE_STATEMENT.search(text, start, end) is not None
