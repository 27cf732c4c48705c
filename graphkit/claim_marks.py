"""What a holding's report says beyond its numbers: that the holder has exited, or disclaims.

Every query reads these rules from here and every view shows their marks, so ``history``,
``controllers``, ``holdings``, ``ownership`` and ``--json`` never disagree.

**Exit.** A Schedule 13D/13G holding marked ``ceased_five_percent`` (the 13G Item 5 box, or a
statement that the holder ceased to own more than five percent of the class:
:mod:`graphkit.parsers.ceased_claims`; or a 13G/A below five percent in all) is an exit:
:data:`CEASED`. A Schedule 13D/13G holding of
0 shares (or, with no shares stated, of 0 percent) holds nothing: :data:`NONE_HELD`. A Form
4/5 holding is marked the same way, by the same flag, when the filing ends the owner's holding
(:func:`graphkit.parsers.ceased_claims.add_insider_exits`): every line of Table I it holds is
at 0 after the reported transactions (:data:`NONE_HELD`), or the owner is no longer subject to
Section 16 (:data:`LEFT_SECTION_16`; "holds none" where its line is at 0). One Form 3/4/5 line
of 0 shares is no exit by itself: a Form 4 may report one line of several, and the others
stand (:mod:`graphkit.carried_lines`). A party whose newest report on an issuer is an exit is
not ranked among the issuer's controllers nor among its own holdings (:mod:`graphkit.control`);
it is listed apart, with the mark. As of a date before that report, its earlier holding stands
as before (:func:`graphkit.asof.graph_as_of`).

**Disclaimer.** A Schedule 13D/13G holding whose holder, an organization, disclaims beneficial
ownership of all of it (an adviser's clients' shares: "Acme Advisors disclaims beneficial
ownership of such securities") is :data:`DISCLAIMED`: the holder reports voting or
dispositive power, not ownership. The multiplicative method (:mod:`graphkit.ownership`)
counts it as control, as it does a general partner's link; the control method, like the SEC's
beneficial ownership, counts it in full. No mark where each disclaimer covers part of the
holding only (``disclaims_in_part``): it keeps the holder's pecuniary interest ("except to the
extent of its pecuniary interest therein"), as joint filers' disclaimers almost always do (a
fund owns its own record shares), or it is of another filer's shares; nor for a natural
person, whose disclaimer mostly covers part of what the person reports (a spouse's, a
trust's, managed accounts' shares) while the claim carries one flag for all of it; nor for
a Form 3/4/5 line, whose disclaimer is not read for its scope.

Examples
--------
>>> exit_mark("SCHEDULE 13G/A", shares=None, percent=None, ceased=True)
'exit (5% or less)'
>>> exit_mark("SC 13G/A", shares=0, percent=0.0, ceased=None)
'holds none'
>>> exit_mark("4", shares=0, percent=None, ceased=None) is None   # one line of several
True
>>> exit_mark("4", shares=0, percent=None, ceased=True)   # the owner's every line at 0
'holds none'
>>> disclaimer_mark("SC 13G/A", disclaims=True, in_part=None, person=False)
'ownership disclaimed'
"""

from __future__ import annotations

from typing import Mapping, Optional

from graphkit.detect import form_family
from graphkit.models import FormFamily

#: The mark of a holding the filing reports ceased to be more than five percent of the class
CEASED = "exit (5% or less)"
#: The mark of a Schedule 13D/13G holding of no shares (0 shares, or 0% with no shares stated)
NONE_HELD = "holds none"
#: The mark of a Form 4/5 holding whose owner is no longer subject to Section 16 (the form's
#: box): it files no more reports, and its last one is its exit
LEFT_SECTION_16 = "exit (no longer subject to Section 16)"
#: The mark of a Schedule 13D/13G holding whose holder, an organization, disclaims beneficial
#: ownership of all of it (keeping no pecuniary interest)
DISCLAIMED = "ownership disclaimed"

_SCHEDULES = (FormFamily.SCHEDULE_13D, FormFamily.SCHEDULE_13G)
#: The insider forms, whose holdings are lines of Table I
INSIDER_FORMS = (FormFamily.FORM_3, FormFamily.FORM_4, FormFamily.FORM_5)


def exit_mark(form: Optional[str], *, shares: Optional[int], percent: Optional[float],
              ceased: Optional[bool], ended: Optional[bool] = None) -> Optional[str]:
    """The exit mark of one holding claim (:data:`CEASED`, :data:`NONE_HELD`,
    :data:`LEFT_SECTION_16`), or None.

    ``form`` is the form as the SEC writes it; ``ceased`` the claim's ``ceased_five_percent``
    (on a Form 4/5: the filing ends the owner's holding); ``ended`` the claim's ``ended`` (a
    Form 3/4/5 insider's relation, the Section 16 box checked). A Form 4/5 exit holds none
    where the claim states 0 shares or, stating none, is no ended relation (the ten percent
    owner box of an owner whose every line is at 0); else the owner left Section 16.

    >>> exit_mark("SC 13D", shares=0, percent=None, ceased=None)
    'holds none'
    >>> exit_mark("SC 13G", shares=1200, percent=0.0, ceased=None) is None   # 0% is rounding
    True
    >>> exit_mark("4", shares=250000, percent=None, ceased=True)
    'exit (no longer subject to Section 16)'
    >>> exit_mark("4", shares=None, percent=None, ceased=True, ended=True)
    'exit (no longer subject to Section 16)'

    Raises
    ------
    Nothing.

    See also
    --------
    edge_exit, graphkit.answers.Step.exit
    """
    family = form_family(form)
    if ceased and family in INSIDER_FORMS:
        return LEFT_SECTION_16 if shares != 0 and (ended or (shares or 0) > 0) else NONE_HELD
    if ceased:
        return CEASED
    if family not in _SCHEDULES:
        return None
    if shares == 0 or (shares is None and percent == 0):
        return NONE_HELD
    return None


def edge_exit(attrs: Mapping) -> Optional[str]:
    """The exit mark of an edge's attribute dict (:func:`exit_mark`), or None.

    >>> edge_exit({"form": "SC 13G/A", "shares": 0, "percent": 0.0})
    'holds none'
    """
    return exit_mark(attrs.get("form"), shares=attrs.get("shares"),
                     percent=attrs.get("percent"), ceased=attrs.get("ceased_five_percent"),
                     ended=attrs.get("ended"))


def disclaimer_mark(form: Optional[str], *, disclaims: Optional[bool],
                    in_part: Optional[bool], person: bool) -> Optional[str]:
    """:data:`DISCLAIMED` for a Schedule 13D/13G holding whose holder, an organization
    (``person`` False), disclaims beneficial ownership of all of it (``in_part`` not True: no
    pecuniary interest kept, no other holder's shares), else None.

    >>> disclaimer_mark("SC 13G", disclaims=True, in_part=True, person=False) is None
    True
    >>> disclaimer_mark("4", disclaims=True, in_part=None, person=False) is None
    True
    >>> disclaimer_mark("SC 13G", disclaims=True, in_part=None, person=True) is None
    True

    Raises
    ------
    Nothing.

    See also
    --------
    exit_mark, graphkit.answers.Step.disclaimer
    """
    if disclaims and not in_part and not person and form_family(form) in _SCHEDULES:
        return DISCLAIMED
    return None
