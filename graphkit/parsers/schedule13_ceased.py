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
>>> src = SourceText("y.txt", "(e) Acme Fund ceased to be the beneficial owner of more than "
...     "five percent of the Common Stock of the Company on October 20, 2004.\\n")
>>> [(c.subject, c.date) for c in read_statements(src, 0, len(src.text))]
[('Acme Fund', datetime.date(2004, 10, 20))]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Optional

from graphkit import regex_cache
from graphkit.dates import ISO_DATE, MONTH_NAME_DATE, NUMERIC_US_DATE, find_dates
from graphkit.models import Cessation
from graphkit.parsers.ceased_claims import resolve_holders
from graphkit.parsers.ceased_pronoun import PRONOUN, SoleFiler, pronoun_holder  # noqa: F401
from graphkit.parsers.schedule13_item5_box import form_sentence_box, has_box, read_item5_box
from graphkit.source import SourceText

_F = re.VERBOSE | re.IGNORECASE

#: A statement that holders ceased to own more than five percent: "ceased to be the beneficial
#: owner of more than five percent", "ceased to be beneficial owners of more than 5%", "ceased
#: to beneficially own more than 5%", "no longer beneficially owns more than five (5%) percent"
#: (it starts at "ceased" or "longer": a search skips ahead to those letters; the "is no" of
#: "is no longer" is left to the clause before it, see :data:`AUXILIARY`)
CEASED = regex_cache.compile(r"""
    (?: ceased \s+ to \s+ (?: be \s+ (?: (?:a|the) \s+ )? beneficial \s+ owners? (?:\(s\))? \s+ of
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
INSTRUCTION = regex_cache.compile(r"""
    \bif\b | \bstate \s+ the \s+ date\b | \bwhether\b
  | \bin \s+ the \s+ event\b | \bcheck \s+ (?: here | the \s+ following | this \s+ box )\b
  | ^ \W* to \s+ report \s+ the \s+ fact\b
""", _F)

#: The form's own sentences, which a filer may also write as its report: "This statement is
#: being filed to report the fact that, as of October 20, 2004, the Reporting Persons have
#: ceased ..." (a report unless a box or an answer goes with it, see
#: :func:`~graphkit.parsers.schedule13_item5_box.form_sentence_box`),
#: "The date on which the Reporting Persons ceased ... was October 20, 2004" (a report only
#: when it gives the date, see :data:`DATE_ANSWER`)
FORM_SENTENCE = regex_cache.compile(r"""
    \b(?P<fact> statement \s+ is \s+ being \s+ filed \s+ to \s+ report \s+ the \s+ fact )\b
  | \b(?P<date> date \s+ on \s+ which )\b
""", _F)

#: A negated, excepted or past report: "has not ceased", "none of the Reporting Persons has
#: ceased", "never", "Except for Mr. Roe, the Reporting Persons ceased" (not all of them),
#: "As previously reported, TFP ceased ..." (an earlier filing's exit), "TFP had ceased ..."
NEGATED = regex_cache.compile(r"""
    \b(?: not | never | none | neither | nor | except | other \s+ than | previously
         | formerly | had ) \b
""", _F)

#: A relative clause set off by commas in the words before a report, which says something of
#: another thing and is left out before negations and the holder are read: ", which were not
#: made pursuant to any plan,", "TFP, which did not participate in the sale, ceased"
RELATIVE_ASIDE = regex_cache.compile(r"""
    , \s* (?: which | who | whom | whose ) \b (?: [^,;] | , (?= \s* \d{4} \b ) | (?<=\d) , (?=\d) )* ,
""", _F)

#: Another security or company after a report, whose holdings are not the claims': "of the
#: Series A Preferred Stock", "warrants", "notes", "of the common stock of Target Corp." (a
#: company named with its legal form; not "of the Common Stock of the Company", "of the
#: outstanding shares of Common Stock")
OTHER_SECURITY = regex_cache.compile(r"""
    \b(?: preferred | warrants? | notes | debentures | bonds )\b
  | \b(?: stock | shares ) \s+ of \s+ (?: the \s+ )? [A-Z][\w.&'-]* (?: \s+ [A-Z][\w.&'-]* ){0,5}
    ,? \s+ (?: Inc | Corp | Corporation | Co | Ltd | LLC | L\.P | plc | N\.V | S\.A | AG )\b
""", re.VERBOSE)

#: A full stop that ends a sentence: before a capital or "(" ("Acme Inc. On May 1, ..."), not
#: after an initial ("Jane M. Roe") nor a title ("Mr. Roe"); "Acme Inc. ceased" goes on
_FULL_STOP = (r"(?<!\b[A-Z])(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Dr)(?<!Jr)(?<!Sr)(?<!\bNo)(?<!Messrs)(?<!Drs)"
              r"\.(?=\s+[A-Z(])")

#: An answer alone on its line, which ends the question before it: "Not applicable", "N/A",
#: "None." (not the "none" ending a wrapped line: "... in this Item 5, none\nof the ...")
ANSWER_LINE = r"^ [ \t]* (?i: not \s+ applicable | n/a | none ) [.;:]? [ \t]* \n"

#: The start of the clause before a report: after ". ", ";", a blank line, an outline letter
#: "(e)" / "5(e)" / "e)" starting a sub-item, or "that" ("... to report that the Reporting
#: Persons have ceased ...")
CLAUSE_START = regex_cache.compile(rf"""
    (?: ; | {_FULL_STOP} ) \s+ | \n \s* \n          # a sentence, a clause, a paragraph
  | (?<!\S) \( [a-zA-Z] \) \s+ | ^ [ \t]* \d* \(? [a-zA-Z] \) \s+  # "(e) ", "e) ", "5(e) "
  | (?i: of \s+ (?: a \s+ class | the \s+ issuer ) ) [.:]? [ \t]* \n   # a caption's end
  | \bthat [\s,]+                                   # "to report that(,) ..."
  | {ANSWER_LINE}                                   # "Not applicable" on its own line
""", re.VERBOSE | re.MULTILINE)

#: A break between two sentences, before or after a report: a full stop (:data:`_FULL_STOP`)
#: and the spaces after it, a blank line, or an answer on its own line
SENTENCE_BREAK = regex_cache.compile(rf"""{_FULL_STOP} \s+ | \n \s* \n | {ANSWER_LINE}""",
                                     re.VERBOSE | re.MULTILINE)

#: What bounds the words that may name a pronoun's antecedent: a sentence break
#: (:data:`SENTENCE_BREAK`, ``sentence``), and, no words read before it, an outline letter
#: ("(e) ") or the end of an item's caption ("... of the Issuer": the caption names no one)
CONTEXT_BREAK = regex_cache.compile(rf"""
    (?P<sentence> {SENTENCE_BREAK.pattern} )
  | (?<!\S) \( [a-zA-Z] \) \s+ | ^ [ \t]* \d* \(? [a-zA-Z] \) \s+          # "(e) ", "5(e) "
  | (?i: of \s+ (?: a \s+ class | the \s+ issuer ) ) [.:]? [ \t]* \n
""", re.VERBOSE | re.MULTILINE)

#: A date in a clause: "December 23, 2022", "12/23/2022", "2022-12-23" (the date patterns of
#: :mod:`graphkit.dates`, their group names dropped so they can stand side by side)
ANY_DATE = regex_cache.compile("|".join(re.sub(r"\(\?P<\w+>", "(?:", p.pattern)
                                        for p in (MONTH_NAME_DATE, NUMERIC_US_DATE, ISO_DATE)),
                               re.VERBOSE)

#: A date introduced as the cessation's: "on October 20, 2004", "as of December 31, 1999",
#: "effective June 1, 2020", "since 3/31/2021"
INTRODUCED_DATE = regex_cache.compile(rf"""
    \b(?: on | as \s+ of | effective | since ) \s+ (?P<date> {ANY_DATE.pattern} )
""", _F)

#: The date that answers "The date on which ... ceased ...", right after the report (matched
#: there, within 80 characters, no clause or bracket between): "... of the Common Stock was
#: October 20, 2004", "is 12/31/2021", "occurred on May 1, 2020", ": June 30, 2021"
DATE_ANSWER = regex_cache.compile(rf"""
    [^;:()]{{0,80}}? (?: \b(?: was | is | occurred \s+ on ) | : ) \s* (?P<date> {ANY_DATE.pattern} )
""", _F)

#: An Item caption line or an outline letter opening a sub-item: "Item 5. Interest in
#: Securities of the Issuer" + line break, "(e) ", "e) ", "(E) ", "5(e) ", "Item 5(e). "
OUTLINE = regex_cache.compile(r"""
    ^ \s* (?: item \s* \d+ [^\n]* \n \s* )?
    (?: (?: item \s* )? \d* \s* \(? [a-zA-Z] \) [.:]? \s+ )?
""", _F)

#: A phrase that leads into the holder up to a comma: a date ("On December 23, 2022,"), a
#: participle ("After acquiring ... on May 1, 2023,"), a connective ("Accordingly,")
LEAD_IN = regex_cache.compile(r"""
    ^ \s* (?: on | as \s+ of | effective | since | after | following | upon | as \s+ a \s+ result
             | accordingly | consequently | therefore | thus | in \s+ addition | subsequently
             | in \s+ connection \s+ with | pursuant \s+ to | due \s+ to | because \s+ of
             | by \s+ reason \s+ of )\b
""", _F)

#: The auxiliary verb before "ceased" or "longer": "the Reporting Persons have", "TFP has",
#: "the Reporting Persons are no", "Acme Fund no", the form's "person(s) has (have)"
AUXILIARY = regex_cache.compile(r"""
    \s+ (?: (?: has | have | had | is | are ) (?: \s* \( (?: has | have ) \) )? (?: \s+ no )?
           | no ) \s* $
""", _F)

#: A holder named alone: capitalized words, "and", "of", "&" ("Acme Fund, L.P.", "TFP and
#: TM", "Mr. Roe"), after "each of", "both" (not "TFP sold 10,000 shares")
HOLDER_NAME = regex_cache.compile(r"""
    ^ (?: (?: each | all | both ) \s+ of \s+ | both \s+ )?
    [A-Z][\w.,&'()-]* (?: \s+ (?: [A-Z][\w.,&'()-]* | and | of | & ) )* $
""", re.VERBOSE)

#: What joins a clause to the one before, ending where a dated clause starts: "... and on
#: May 1, 2023 the Reporting Persons", "..., as of May 1, 2023"
CLAUSE_JOINT = regex_cache.compile(r"""(?: \band | [,;] ) \s* $""", _F)

#: The form's question before a holder: "The date on which" (Acme Fund ceased ...)
DATE_ON_WHICH = regex_cache.compile(r"""^ \s* (?: the \s+ )? date \s+ on \s+ which \s+""", _F)

#: A holder that is every reporting person: "the Reporting Persons", "each of the Reporting
#: Persons", "the reporting person", "the undersigned", "we"
EVERY_REPORTING_PERSON = regex_cache.compile(r"""
    ^ (?: (?: each | all | both | any ) \s+ of \s+ )? (?: the \s+ | such \s+ )?
      (?: reporting | filing ) \s+ persons? (?: \(s\) )? $
  | ^ (?: the \s+ undersigned | we ) $
""", _F)

#: Every reporting person named at the end of a clause's words: "... described in Item 5(c),
#: each of the Reporting Persons", "Inasmuch as the reporting persons" (not "Acme Fund, a
#: reporting person")
EVERY_REPORTING_PERSON_AT_END = regex_cache.compile(r"""
    (?: (?<=\s) | ^ ) (?: (?: each | all | both | any ) \s+ of \s+ )? (?: the | such ) \s+
    (?: reporting | filing ) \s+ persons? $
""", _F)

#: A group named as such after its members: "Roe and Doe as a group", "..., together"
GROUP_SUFFIX = regex_cache.compile(r"""
    ,? \s+ (?: as \s+ a \s+ group | together | collectively | in \s+ the \s+ aggregate ) $
""", _F)

#: The longest report :data:`CEASED` reads, from "ceased" to "percent"
REPORT_REACH = 200

#: How far into Item 5 its box is looked for (a 13G's Item 5 is a few lines; a 13D's is long)
BOX_REACH = 2500

#: Most reports read in one filing (a real one states its exit once per holder at most)
MAX_REPORTS = 200

#: How far after a report its sentence is read at most (its date, its class)
SENTENCE_REACH = 400
#: How far before a report the words naming its pronoun's antecedent are read at most (the
#: report's sentence and the one before, :func:`_context_before`)
CONTEXT_REACH = 600


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
    >>> _holder("As of May 1, 2023 Acme Fund "), _holder("The date on which Acme Fund ")
    ('Acme Fund', 'Acme Fund')
    """
    lead = DATE_ON_WHICH.sub("", OUTLINE.sub("", lead))
    for _ in range(3):  # "On May 1, 2023, upon the sale ..., the Reporting Persons"
        if not LEAD_IN.match(lead):
            break
        dates = list(ANY_DATE.finditer(lead))
        comma = lead.find(",", dates[-1].end() if dates else 0)
        if comma < 0:  # "As of May 1, 2023 Acme Fund"
            lead = lead[dates[-1].end():] if dates else lead
            break
        lead = lead[comma + 1:]
    holder = _bare(lead)
    every = EVERY_REPORTING_PERSON_AT_END.search(holder)  # "Inasmuch as the reporting persons"
    if every is not None:
        return every[0]
    return GROUP_SUFFIX.sub("", holder)


def _bare(lead: str) -> str:
    """The words of ``lead`` without the auxiliary verb at its end, spaces squeezed."""
    return " ".join(AUXILIARY.sub("", lead.strip()).split())


def _date(text: str, lead_start: int, m: re.Match, end: int) -> Optional[str]:
    """The date a report gives its cessation: opening its clause, set off by a comma ("As of
    December 31, 1999, the Reporting Persons ..."); else the last date right before the holder
    ("... and on October 20, 2004 the Reporting Persons"); else introduced after the report in
    its sentence ("... on October 20, 2004"); not a date of another phrase ("After acquiring
    ... on December 29, 2023, the reporting persons ceased ...", "Since March 5, 2004 the
    Issuer has issued ...")."""
    lead = OUTLINE.sub("", text[lead_start:m.start()], count=1).lstrip(" \t\n,")
    before = INTRODUCED_DATE.match(lead)
    if before and lead[before.end():].lstrip().startswith(","):
        return before["date"]
    for d in reversed(list(INTRODUCED_DATE.finditer(lead))):  # opening a clause of its own
        if d.start() and not CLAUSE_JOINT.search(lead, 0, d.start()):
            continue  # "After acquiring ... on December 29, 2023, the ...": another phrase's
        rest = _bare(lead[d.end():].lstrip(" \t\n,"))
        if EVERY_REPORTING_PERSON.match(rest) or HOLDER_NAME.match(rest) or PRONOUN.match(rest):
            return d["date"]  # "... on May 1, 2023 the Reporting Persons", "As of ... Acme Fund"
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
    return [c for c, _ in _statements(src, start, end, section)]


def _statements(src: SourceText, start: int, end: int,
                section: Optional[str] = None) -> Iterator[tuple[Cessation, int]]:
    """:func:`read_statements`, each with where its report ("ceased") starts."""
    text = src.text
    for k, m in enumerate(_reports(text, start, end)):
        if k == MAX_REPORTS:  # no filing states its exit this often: a made-up or looping text
            break
        sentence_start = _start_after(SENTENCE_BREAK, text, m.start(), start)
        sentence = text[sentence_start:m.start()]
        lead_start = _start_after(CLAUSE_START, text, m.start(), start)
        lead = RELATIVE_ASIDE.sub("", text[lead_start:m.start()])
        stop = _sentence_end(text, m.end(), end)
        if INSTRUCTION.search(sentence) or NEGATED.search(RELATIVE_ASIDE.sub("", sentence)) or \
                OTHER_SECURITY.search(text, m.end(), stop):
            continue
        form = FORM_SENTENCE.search(sentence)
        answer = None
        if form is not None:  # the form's sentence: a report only as a filer writes it
            if form["date"]:
                answer = DATE_ANSWER.match(text, m.end(), stop)
                if answer is None:
                    continue
            elif not _form_sentence_reports(text, sentence_start, m.end(), stop):
                continue
        holder = _holder(lead)
        if not holder:  # no subject: the form's words cut by a page, never a filer's report
            continue
        subject = None if EVERY_REPORTING_PERSON.match(holder) else holder
        day = answer["date"] if answer else _date(text, lead_start, m, end)
        dates = find_dates(day) if day else []
        yield Cessation(subject=subject, date=dates[0] if dates else None, method="statement",
                        evidence=src.evidence(lead_start, min(stop + 1, end),
                                              section=section)), m.start()


def _context_before(text: str, pos: int, floor: int) -> str:
    """The words before ``pos`` from the start of the sentence before its own (at most
    :data:`CONTEXT_REACH` back, not before ``floor`` nor an outline letter or a caption,
    :data:`CONTEXT_BREAK`): where a pronoun's antecedent stands.

    >>> _context_before("Acme sold. Then Beta bought. So it ceased", 35, 0)
    'Then Beta bought. So it'
    >>> _context_before("Item 5. Interest in Securities of the Issuer\\n(e) So it ceased", 55, 0)
    'So it'
    """
    at = reach = max(floor, pos - CONTEXT_REACH)
    breaks = list(CONTEXT_BREAK.finditer(text, reach, pos))
    if len(breaks) > 1:
        at = breaks[-2].end()
    for m in breaks[-2:]:
        if m["sentence"] is None:  # the sub-item or the item starts here: no further back
            at = max(at, m.end())
    return text[at:pos].strip()


def _form_sentence_reports(text: str, start: int, pos: int, stop: int) -> bool:
    """Whether the form's sentence "This statement is being filed to report the fact that ...
    has ceased ..." (from ``start``, its report at ``pos``, its end at ``stop``) reports an
    exit: a checked box before or after it (see
    :func:`~graphkit.parsers.schedule13_item5_box.form_sentence_box`), or, with no box or
    answer around it, the filer's own date in it ("as of October 20, 2004", where the form
    says "as of the date hereof"). The form's words alone are its question, whatever became of
    its box.

    >>> s = "This statement is being filed to report the fact that, as of May 1, 2024, it has "
    >>> _form_sentence_reports(s + "ceased ... of the Shares.", 0, len(s) + 6, len(s) + 25)
    True
    >>> _form_sentence_reports(s + "ceased ... of the Shares: [ ]", 0, len(s) + 6, len(s) + 29)
    False
    >>> s = "This statement is being filed to report the fact that as of the date hereof the "
    >>> _form_sentence_reports(s + "reporting person has ceased ... of the class.", 0,
    ...                        len(s) + 27, len(s) + 45)
    False
    """
    boxed = form_sentence_box(text, start, pos, stop)
    if boxed is not None:
        return boxed
    return INTRODUCED_DATE.search(text, start, pos) is not None


def read_cessations(src: SourceText, item5: Optional[tuple[int, int]], start: int, end: int,
                    lookup: Callable[[str], Optional[str]],
                    sole: Optional[SoleFiler] = None) -> list[Cessation]:
    """The exit reports of a text Schedule 13D/13G: the Item 5 box (``item5``, its span, when
    the filing has one) and every statement in ``src.text[start:end]`` (the statement up to
    its signatures), holders resolved by ``lookup`` (see :func:`resolve_holders`), a pronoun
    ("As a result, it ceased ...") to ``sole``, the filing's one reporting person, when the
    words before name it as the pronoun's antecedent
    (:func:`~graphkit.parsers.ceased_pronoun.pronoun_holder`). Where Item 5 has a box (checked
    or not), the box speaks for it: its words around the box are the form's instruction,
    however reworded or broken by a page, never a statement."""
    if item5:  # the box stands by the caption: its first lines are enough
        item5 = (item5[0], min(item5[1], item5[0] + BOX_REACH))
    box = read_item5_box(src, *item5) if item5 else []
    spans = [(start, end)]
    if item5 and (box or has_box(src.text, *item5)):
        spans = [(start, item5[0]), (item5[1], end)]
    found: list[Cessation] = []
    for a, b in spans:
        for c, at in (_statements(src, a, b) if a < b else ()):
            if c.subject and PRONOUN.match(c.subject):
                holder = pronoun_holder(c.subject, sole, _context_before(src.text, at, start),
                                        lookup)
                if holder is not None:  # "it": the filer, named just before
                    found.append(c.model_copy(update={"party_ids": [holder]}))
            else:
                found += resolve_holders([c], lookup)
    return box + found
