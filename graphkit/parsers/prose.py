"""Reading relationships and defined terms out of filing prose.

Schedule 13D/13G Items 2 and 4, XML ``<comments>`` and Form 4 footnotes say in sentences who
controls whom: "ACM serves as the sole general partner of ACF, ACFA and ACFP", "The members of
X are A, B and C", "X is a wholly-owned subsidiary of Y", "X was the record holder of 32,770
shares". This module finds such sentences and returns typed findings with the names *as
written* (full names or defined terms); deciding which party a name means is the caller's job
(see :class:`graphkit.parsers.partybook.PartyBook`).

The patterns live in :mod:`graphkit.parsers.prose_patterns`. Only the sentences holding a
relation word are read (:mod:`graphkit.parsers.prose_sentences`), and each pattern runs only on
those holding its cue ("is the general partner of", "subsidiary of"). A cue is searched for
only where the strings it needs are: a role word, one before "of" for a role of a party, the
words of :data:`CUE_LITERALS` (:mod:`graphkit.parsers.prose_cues`). Each test is a necessary
condition, so skipping on one never changes what is found. Defined terms and groups are read in
:mod:`graphkit.parsers.prose_terms`, the relations a role phrase names in
:mod:`graphkit.parsers.prose_roles`; statements that deny, suppose or tell the history of a
role give nothing (:mod:`graphkit.parsers.prose_guards`).

Examples
--------
>>> from graphkit.source import SourceText
>>> src = SourceText(path="x.txt", text='Acme Management, L.L.C. ("AM") serves as the sole '
...     'general partner of Acme Fund, L.P. and Acme Fund II, L.P.')
>>> [(t.term, t.name) for t in find_defined_terms(src)]
[('AM', 'Acme Management, L.L.C.')]
>>> [(f.relation.value, f.holder, f.held) for f in find_relationships(src)]
... # doctest: +NORMALIZE_WHITESPACE
[('general_partner_of', 'Acme Management, L.L.C.', 'Acme Fund, L.P.'),
 ('general_partner_of', 'Acme Management, L.L.C.', 'Acme Fund II, L.P.')]
"""

from __future__ import annotations

import re
from itertools import product

from graphkit.models import Evidence, PartyKind
from graphkit.names import guess_kind
from graphkit.parsers.prose_advised import advised_pairs, advised_role
from graphkit.parsers.prose_antecedent import antecedent_name
from graphkit.parsers.prose_appointed import find_appointments
from graphkit.parsers.prose_capacity import (appositive_capacity, held_before_next_subject,
                                             list_member_aside)
from graphkit.parsers.prose_patterns import (  # noqa: F401  (re-exported)
    AND_SUBSIDIARY_OF, AND_SUBSIDIARY_OF_CUE, LISTED_SUBSIDIARIES_OF, LISTED_SUBSIDIARIES_OF_CUE,
    CONTROLLING_INTEREST, CONTROLLING_INTEREST_CUE,
    CUE_LITERALS, EACH_AS_ROLE_OF, EACH_AS_ROLE_OF_CUE, EACH_OF_WHICH_SUBSIDIARY_OF,
    EACH_OF_WHICH_SUBSIDIARY_OF_CUE, FOLLOWING_ARE_ROLE_OF, FOLLOWING_ARE_ROLE_OF_CUE,
    HOLDER_AS_ROLE_OF, HOLDER_AS_ROLE_OF_CUE, HOLDER_IS_ROLE_OF, HOLDER_IS_ROLE_OF_CUE,
    HOLDER_THE_ROLE_OF, HOLDER_THE_ROLE_OF_CUE, LAYOUT_SPACE, LIST_SEPARATOR, NAME, NAMES,
    OF_WHICH_HOLDER_IS, OF_WHICH_HOLDER_IS_CUE, PART_EXCEPTED, PERCENT_OF_STOCK,
    PERCENT_OF_STOCK_CUE, PLURAL_TITLE, POSITION_AS_ROLE_OF, POSITION_AS_ROLE_OF_CUE,
    POSSESSIVE_ROLE, POSSESSIVE_ROLE_CUE, PRINCIPAL_BUSINESS_ROLE, PRINCIPAL_BUSINESS_ROLE_CUE,
    RELATION_KEYWORD, RELATION_WORDS, ROLE, ROLE_OF_HELD_IS,
    ROLE_OF_HELD_IS_CUE, ROLE_OF_HELD_TITLED, ROLE_OF_HELD_TITLED_CUE, ROLE_OF_NAME,
    ROLE_OF_TAIL, ROLE_WORDS, ROLES, SENTENCE_END, SHARED_HEAD, SUBSIDIARY_OF, SUBSIDIARY_OF_CUE,
    TITLE_OF, WHICH_IS_ROLE_OF, WHICH_IS_ROLE_OF_CUE, WHOSE_ROLE_IS, WHOSE_ROLE_IS_CUE, _F, _LEGAL,
    _NAME)
from graphkit.parsers.prose_term_patterns import (  # noqa: F401  (re-exported)
    COLLECTIVE_KEYWORD, COLLECTIVE_TAIL, COLLECTIVE_WORDS, COLLECTIVE_WORDS_CUE, DEFINED_TERM,
    DEFINED_TERM_CUE, LIST_DEFINED_AS, REFERRED_TO_AS, REFERRED_TO_AS_CUE, RELATIVE_OF_TAIL,
    TERM_SUFFIX, TOGETHER_WITH, TOGETHER_WITH_CUE)
from graphkit.parsers.prose_holding_patterns import (  # noqa: F401  (re-exported)
    DEALING_BEFORE, FILER_TERM, HOLDING_CUE_LITERALS, HOLDING_PERCENT, RECORD_HOLDER,
    RECORD_HOLDER_CUE, record_holders)
from graphkit.parsers.prose_appositives import (
    PLURAL_ROLE, appositive_held, as_role_held, lone_plural_role, pronoun_agrees, title_read)
from graphkit.parsers.prose_caps import as_read, filer_as_term, printed
from graphkit.parsers.prose_clause_patterns import (
    ADVISED_BY, ADVISED_BY_CUE, ELECTED_TO_ROLE, ELECTED_TO_ROLE_CUE, HOLDER_TITLE_OF,
    HOLDER_TITLE_OF_CUE, RELATIONSHIP_DEEMED_OWNER, ROLE_APPOSITIVE, SUBJECT_AND_AS_ROLE_OF,
    SUBJECT_AND_AS_ROLE_OF_CUE, SUBJECT_IS_A_AND_ROLE_OF, SUBJECT_IS_A_AND_ROLE_OF_CUE,
    SUBJECT_POSITION_AS_ROLE_OF, SUBJECT_POSITION_AS_ROLE_OF_CUE, SUBJECT_SUBSIDIARY_NAMED,
    SUBJECT_SUBSIDIARY_NAMED_CUE, TRUST_NAMED_WITH_TRUSTEE, TRUST_NAMED_WITH_TRUSTEE_CUE,
    HOLDERS_OF_LISTED, STATED_CONTROL, TRUST_WORD, OWNED_BY, OWNED_BY_CUE, held_party_owns)
from graphkit.parsers.prose_cues import (  # noqa: F401  (re-exported)
    _CUES, ALL_CUE_LITERALS, _cues_found)
from graphkit.parsers.prose_co_trustees import (
    CO_TRUSTEES_ARE, CO_TRUSTEES_ARE_CUE, named_co_trustees)
from graphkit.parsers.prose_parallel import earlier_trusts
from graphkit.parsers.prose_power_patterns import (POWER_BY_HOLDER_ITS_ROLE, POWER_BY_ITS_ROLE,
                                                   POWER_OVER_HELD_CUE)
from graphkit.parsers.prose_plural_holders import holders_before
from graphkit.parsers.prose_rows import LISTED_PERSON_ROW, following_rows  # noqa: F401
from graphkit.parsers.prose_subsidiary_patterns import contrary_chain
from graphkit.parsers.prose_matches import current_matches as _matches, states_fact
from graphkit.parsers.prose_unbound import not_a_name
from graphkit.parsers.prose_guards import (PLURAL_VERB, after_preposition, is_governing_body,
                                           is_public_body, is_unnamed_group,
                                           subject_denied, subsidiary_opens_clause, verb_denied)
from graphkit.parsers.prose_held_first import read_role_of_held_is, whose_held
from graphkit.parsers.prose_holdings import read_holdings
from graphkit.parsers.prose_its_aside import emit_its_roles
from graphkit.parsers.prose_list_asides import list_asides, through_asides
from graphkit.parsers.prose_offices import (held_after_department, offices_held,
                                           party_after_offices, titled_department)
from graphkit.parsers.prose_openings import (clause_subjects, listed_subject, opening_phrase_at,
                                             subject_list)
from graphkit.parsers.prose_owned_patterns import (OWNS_PERCENT_OF,
    OWNS_PERCENT_OF_CUE, owned_party, owner_names)
from graphkit.parsers.prose_occupation import principal_occupations
from graphkit.parsers.prose_percent_owned import percent_owned, stock_holders
from graphkit.parsers.prose_agreement_funds import agreement_funds
from graphkit.parsers.prose_bare_roles import bare_role_held, bare_role_holders
from graphkit.parsers.prose_bare_terms import quote_bare_terms
from graphkit.parsers.prose_possessive_offices import board_relation, possessive_offices
from graphkit.parsers.prose_possessives import kin_named
from graphkit.parsers.power_claims import claim_note
from graphkit.parsers.prose_finding import ProseFinding  # noqa: F401  (re-exported)
from graphkit.parsers.prose_stated_control import stated_pairs
from graphkit.parsers.prose_slashed_names import slashed_helds
from graphkit.parsers.prose_lists import (  # noqa: F401
    entity_kind, held_names, listed_parties, split_listed, split_names, trim_name)
from graphkit.parsers.prose_roles import (  # noqa: F401  (re-exported)
    BARE_MANAGER, LLC_NAME, PLURAL_HOLDERS, RESPECTIVELY, clause_holders, held_relation,
    pairs_two_lists, role_pairs, role_relations)
from graphkit.parsers.prose_sentences import (  # noqa: F401  (sentence_spans re-exported)
    cue_positions, flat_sentence, one_line, sentence_spans, sentences_at, sentences_with,
    word_positions)
from graphkit.parsers.prose_terms import (  # noqa: F401  (re-exported)
    DefinedTerm, find_collective_terms, find_defined_terms, is_collective_name)
from graphkit.relations import Relation
from graphkit.source import SourceText


def find_relationships(src: SourceText, start: int = 0, end: int | None = None
                       ) -> list[ProseFinding]:
    """Every relationship stated in the prose of ``src.text[start:end]``, in order.

    Lists fan out: "X serves as general partner of A and B" gives two findings. Record-holder
    sentences give ``beneficial_owner_of`` findings with ``shares`` and an empty ``held``.

    >>> src = SourceText(path="s.txt", text="The members of ACM are Jane Q. Roe, John R. "
    ...     "Doe and Richard T. Miles. ACFA was the record holder of 32,770 shares of "
    ...     "Common Stock.")
    >>> [(f.relation.value, f.holder, f.held, f.shares) for f in find_relationships(src)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('member_of', 'Jane Q. Roe', 'ACM', None),
     ('member_of', 'John R. Doe', 'ACM', None),
     ('member_of', 'Richard T. Miles', 'ACM', None),
     ('beneficial_owner_of', 'ACFA', '', 32770)]

    See also
    --------
    find_defined_terms, split_names
    """
    end = len(src.text) if end is None else end
    out: list[ProseFinding] = []
    seen: set[tuple] = set()

    def emit(rel: Relation, holder: str, held: str, span: tuple[int, int], pattern: str,
             shares: int | None = None, title: str | None = None,
             holder_as_printed: bool = False, role: str = "",
             percent: float | None = None, note: str | None = None,
             unread: str | None = None) -> None:
        holder, held = trim_name(holder), trim_name(held)
        holder = party_after_offices(holder, pattern, holder=True, text=flat)  # not "President
        held = party_after_offices(held, pattern, text=flat)  # of Acme Capital LLC" (the name
        # pattern reads "of"), nor "President" of "President and Director of" read as a list
        if holder is None or held is None or is_unnamed_group(holder) or is_unnamed_group(held) \
                or is_governing_body(held) or not_a_name(holder, flat) or not_a_name(held, flat):
            return  # "Subsidiaries of Acme Corp. are the general partners of": no one party;
            # "Suite 2700", "Merger Agreement", "Acting" (through its general partner): no name;
            # "Chairman of the Board.": which board is not told
        if role:  # "Vice President of Finance of X": X; "Director of Research of X": a title,
            held = held_after_department(rel, role, held)  # no seat on the board
            if held is None:
                return
        if titled_department(flat, holder) or titled_department(flat, held):
            return  # "Finance of Acme LLC" of "the Vice President of Finance of Acme LLC, a
            # subsidiary of": a department, and which party is meant cannot be told (not the
            # company "Research of Acme LLC" with no title before it)
        if in_capitals:  # read from the stand-in: the names as printed
            held = printed(held)
            holder = holder if holder_as_printed else printed(holder)
        if not holder or (held == "" and rel is not Relation.BENEFICIAL_OWNER_OF):
            return
        if holder == held:
            return
        if role:  # the role's relation may depend on what the held party is
            rel, title = held_relation(rel, title, role, held)
        if rel in _COMPANY_OFFICES and is_public_body(held):
            return  # "Secretary of State of Delaware": a public office
        key = (rel, holder, held, shares, title)
        if key in seen:
            return
        seen.add(key)
        if span not in evidence:
            evidence[span] = src.evidence(*span, section="prose")
        out.append(ProseFinding(relation=rel, holder=holder, held=held, evidence=evidence[span],
                                shares=shares, percent=percent, title=title, pattern=pattern,
                                note=note, role=role, unread=unread))

    evidence: dict[tuple[int, int], Evidence] = {}
    spans = sentences_with(RELATION_WORDS, RELATION_KEYWORD, src.text, start, end,
                           ignore_case=True)
    flats = [flat_sentence(src.text, s, e)[:_MAX_SENTENCE] for s, e in spans]
    read = [as_read(f, src.text) for f in flats]  # a sentence in capitals: from its stand-in
    # "the reporting person" in lower case is read as the defined term "Reporting Person", and
    # "Acme Fund, L.P. (the Fund)" as '(the "Fund")'
    flats = [quote_bare_terms(filer_as_term(f))[0] for f, _ in read]
    capitals = [c for _, c in read]
    in_capitals = False  # of the sentence read: emit() gives its names back as printed
    for k, (span, flat, cues, in_capitals) in enumerate(zip(spans, flats, _cues_found(flats),
                                                            capitals)):
        if not in_capitals and ("its " in (low := flat.lower()) or "their " in low):
            # "Acme GP LLC is its general partner", "... are controlled by their general partner"
            emit_its_roles(src.text, span, flat, emit)
        for r in possessive_offices(flat):  # "Jane Roe is the Issuer's Treasurer and Secretary"
            emit(r.relation, r.holder, r.held, span, "possessive_office", title=r.title, role=r.role)
        for o in principal_occupations(flat):  # "Jane Roe's principal occupation is President
            for rel, title in role_relations(o.role):  # of Acme Corp."
                emit(rel, o.holder, o.held, span, "principal_occupation", title=title, role=o.role)
        if "appointed" in flat or "elected" in flat:  # "X, which has been appointed as
            # manager", "has appointed X as a director of Y" (not resigned in the paragraph)
            for a in find_appointments(flat, src.text[span[1]:span[1] + 800]):
                for rel, title in role_relations(a.role):
                    for h, t in product(split_names(a.holder), split_names(a.held)):
                        emit(rel, h, t, span, a.pattern, title=title, role=a.role)
        if not cues:
            continue  # every pattern below needs its cue: nothing to read here
        listed: set[int] = set()  # where the held names of a whole holder list start
        held_spans: list[tuple[int, int]] = []  # where held lists read are
        for name, pat, cue, all_holders in _ROLE_PATTERNS:
            appositive = name == "holder_the_role_of"
            for m in _matches(pat, cue, flat, cues, chained="held" if name in _CHAINED else ""):
                if appositive and lone_plural_role(flat, m):
                    continue  # "at the Closing, the officers of Acme Corp. will continue"
                if name in _ASIDES and opening_phrase_at(flat, m.start("holder")):
                    continue  # "Finally, the general partner of A": "Finally" is no holder
                if m.groupdict().get("pron") and not pronoun_agrees(m["pron"], m["holder"]):
                    continue  # "Acme Fund holds ..., and Mr. Roe, by virtue of his position"
                if name == "holder_title_of" and not title_read(m["holder"], m["role"],
                                                                 m["end"] is not None):
                    continue  # "Jane Roe, CPA, President of", "Jane Roe, Director of Research"
                holder = m["holder"]
                if name == "holder_title_of" and (of := ROLE_OF_NAME.match(holder)) is not None:
                    holder = of["name"]  # "Jane Roe is CEO of Acme LP, Manager of": Acme LP's
                holders = split_names(holder) if name != "holder_is_role_of" else \
                    clause_subjects(flat, *m.span("holder"))  # not "A" of "... by A, and B is"
                if all_holders:
                    listed.add(m.start("held"))
                elif m.start("held") in listed:
                    continue  # "Each of Messrs. A and B, as ...": read whole, not "B" alone
                elif not any(w in flat[m.end("holder"):m.start("role")] for w in PLURAL_HOLDERS) \
                        and not (name in _ASIDES and PLURAL_ROLE.search(m["role"])):
                    holders = holders[-1:]  # not "A and B, as co-trustees of", "..., the members of"
                else:
                    holders = holders_before(flat, m.start()) + holders  # "A and B, in their
                bare = appositive and m["bare"] and m["held"]  # "A and B, members of Z"
                if bare:  # only the persons ending the list, of a whole party (prose_bare_roles)
                    holders = bare_role_holders(holders)
                    bare = " and ".join(bare_role_held(flat, m["held"], m.end("held")))
                if appositive and m["bare"] and not (bare and holders):
                    continue  # not "Acme LP, Jane Roe and John Doe, members of": not Acme LP
                if name == "holder_as_role_of" and list_member_aside(flat, m, held_spans):
                    continue  # "general partner of A and B, as general partner of the Funds, X
                    # may": the aside is not B's (one of the Funds)
                cap = appositive_capacity(flat, m) if name == "holder_as_role_of" else None
                if cap is not None:  # "Jane Roe, the managing member of A and B, as trustee of
                    holders = [cap.holder]  # C, may": Jane Roe is the trustee, and B is held
                    for rel, title in role_relations(cap.role) if cap.joined else ():
                        emit(rel, cap.holder, cap.joined, span, name, title=title, role=cap.role)
                respectively = RESPECTIVELY.match(flat, m.end()) is not None
                clauses = [(r, g) for r, g in _ROLE_HELD_GROUPS if m.groupdict().get(g)]
                if m.groupdict().get("resp"):  # "A and B are X and Y, respectively, of Z":
                    if respectively or len(clauses) > 1 or not pairs_two_lists(
                            m["role"], holders, m["held"], not flat[:m.start("holder")].strip()
                            and not PLURAL_VERB.search(flat, m.end("holder"), m.start("role"))):
                        continue  # its clause's lists alone pair, two of them at least
                    respectively = True
                held_spans += [m.span(g) for _, g in clauses]
                for (role_g, held_g), hs, resp in clause_holders(clauses, holders, respectively):
                    held = bare or (appositive_held(flat, m, held_g) if appositive
                            else as_role_held(flat, m, held_g) if name == "holder_as_role_of"
                            else held_before_next_subject(flat, *m.span(held_g)))
                    for role, pairs in role_pairs(m[role_g], hs, held, resp):
                        for rel, title in role_relations(role):
                            if (rel := board_relation(rel, flat, m.end(role_g))) is None:
                                continue  # "a member of the Board of Managers of Acme LLC"
                            for h, t in pairs:
                                emit(rel, h, t, span, name, title=title, role=role)
        for name, pat, cue in _HELD_FIRST_PATTERNS:  # "A, whose GP is B, whose sole member
            for m in _matches(pat, cue, flat, cues,  # is C": both, the second from B on
                              chained="holder" if pat is WHOSE_ROLE_IS else ""):
                helds, holders, stop = held_names(m["held"]), kin_named(m["holder"]), m.end()
                if name == "role_of_held_is":  # "The general partner of A and B is X": not in
                    read = read_role_of_held_is(flat, m)  # "is the general partner of A, and"
                    if read is None or subject_denied(flat, m.start()):
                        continue  # "None of the members of Acme GP LLC is Jane Roe"
                    holders, helds, stop = read.holders, read.helds, read.end
                    for rel, title in role_relations(read.its[1]) if read.its else ():
                        for h in read.its[0]:  # "is Acme GP LLC and Jane Roe is its manager"
                            emit(rel, h, holders[0], span, name, title=title, role=read.its[1])
                elif name == "whose_role_is":  # "A and B are partnerships whose ...": not
                    helds = whose_held(flat, m)  # "is the GP of A, and B and C are ... whose"
                    if helds is None:
                        continue
                office = offices_held(m["held"]) if name == "of_which_holder_is" else None
                if office is not None:  # "the President of Acme Inc., of which X is": Acme
                    helds = office  # Inc.'s
                if m.groupdict().get("bare"):  # "... Acme Capital, LLC of which ...": an entity
                    helds = [t for t in helds[-1:] if entity_kind(t) is not None]
                elif name == "of_which_holder_is":  # "N shares owned by A Trust and N ... by"
                    helds = earlier_trusts(flat, m.start("held"), helds, m["role"]) + helds
                helds = slashed_helds(flat, m.start("held"), m["held"], helds)  # "Roe/Doe LP"
                pairs = [(h, t) for h in holders for t in helds]
                if len(helds) > 1 and RESPECTIVELY.match(flat, stop):  # "The general partners
                    pairs = list(zip(holders, helds)) if len(holders) == len(helds) else []  # of
                for rel, title in role_relations(m["role"]):  # A and B are X and Y, respectively"
                    for h, t in pairs:
                        emit(rel, h, t, span, name, title=title, role=m["role"])
        for m in _matches(ELECTED_TO_ROLE, ELECTED_TO_ROLE_CUE, flat, cues):
            if after_preposition(flat, m.start("holder")):
                continue  # "An officer of Acme Corp. has been elected": not Acme Corp.
            role = m["role"] or "director"  # "elected to the Board of Directors of"
            for rel, title in role_relations(role):
                for h in split_names(ROLE_APPOSITIVE.sub("", m["holder"])):
                    emit(rel, h, m["held"], span, "elected_to_role", title=title, role=role)
        for m in _matches(POSSESSIVE_ROLE, POSSESSIVE_ROLE_CUE, flat, cues):
            holder = m["holder"] or m["holder2"]
            held = m["held"] or m["held2"]
            for rel, title in role_relations(m["role"] or m["role2"]):
                emit(rel, holder, held, span, "possessive_role", title=title,
                     role=m["role"] or m["role2"])
        for pat, cue, name in ((SUBSIDIARY_OF, SUBSIDIARY_OF_CUE, "subsidiary_of"),
                               (AND_SUBSIDIARY_OF, AND_SUBSIDIARY_OF_CUE, "and_subsidiary_of"),
                               (SUBJECT_SUBSIDIARY_NAMED, SUBJECT_SUBSIDIARY_NAMED_CUE,
                                "subject_subsidiary_named"),
                               (LISTED_SUBSIDIARIES_OF, LISTED_SUBSIDIARIES_OF_CUE,
                                "listed_subsidiaries_of")):
            prev = None  # "X, a subsidiary of Y, a subsidiary of Z": both links
            for m in _matches(pat, cue, flat, cues,
                              chained="holder" if pat is not SUBJECT_SUBSIDIARY_NAMED else ""):
                prev, m_prev = m, prev
                if subject_denied(flat, m.start("held")) or contrary_chain(m_prev, m) or (
                        name != "subject_subsidiary_named"
                        and subsidiary_opens_clause(flat, m.start("held"), m.end("holder"))):
                    continue  # "Neither Acme Sub LLC nor Beta Sub LLC is a subsidiary of"; "in
                    # Acme LP, a subsidiary of Beta Corp. holds 25%": Beta's subsidiary holds
                for t in listed_subject(flat, m) if m.re is LISTED_SUBSIDIARIES_OF else \
                        [m["held"]]:  # "A and B are wholly owned subsidiaries of Y": each
                    emit(Relation.PARENT_OF, m["holder"], TITLE_OF.sub("", t), span, name)
        for m in _matches(EACH_OF_WHICH_SUBSIDIARY_OF, EACH_OF_WHICH_SUBSIDIARY_OF_CUE, flat, cues):
            for t in split_listed(m["held"]):  # only an organization is a subsidiary
                if guess_kind(trim_name(t)) is PartyKind.ORGANIZATION:
                    emit(Relation.PARENT_OF, m["holder"], t, span, "each_of_which_subsidiary_of")
        for m in _matches(PRINCIPAL_BUSINESS_ROLE, PRINCIPAL_BUSINESS_ROLE_CUE, flat, cues):
            holder = m["holder"] or m["holder2"]
            if m["its"]:  # "Its principal business is ...": the party introduced just before
                holder = antecedent_name(src.text, span[0]) or ""
            for rel, title in role_relations(m["role"]):
                for t in split_names(m["held"]):
                    emit(rel, holder, t, span, "principal_business_role",
                         title=title, role=m["role"])
        asides = list_asides(flat)  # "each of A, B, which owns ..., and C (by virtue": A, B, C
        for pat, cue, name, rel, listed in HOLDERS_OF_LISTED:  # every holder, each held
            found = _matches(pat, cue, flat, cues,  # "A, which is controlled by B, which is
                             chained="holder" if name == "entity_controlled_by" else "")  # by C"
            if listed and asides and id(cue) in cues:  # the whole list, not its tail alone
                found = through_asides(pat, flat, asides, found, states_fact)
            for m in found:
                if name in STATED_CONTROL:  # "X has voting power over ...", "X controls Y"
                    for h, t in stated_pairs(flat, m, name):
                        emit(rel, h, t, span, name, note=claim_note(
                            name, m.group(0), via_unnamed=bool(m.groupdict().get("via"))))
                    continue
                for h in split_names(m["holder"]) if listed else [m["holder"]]:
                    for t in (agreement_funds(flat, m, src) if name == "power_under_agreement_with"
                              else listed_parties(m["held"])):  # not "Chairman of Beta Corp."
                        if pat is not RELATIONSHIP_DEEMED_OWNER or \
                                held_party_owns(flat[m.end():], t, h):
                            emit(rel, h, t, span, name)
        for m in _matches(PERCENT_OF_STOCK, PERCENT_OF_STOCK_CUE, flat, cues):
            for h, pct in stock_holders(flat, m):  # "all of": 100; "in excess of 10%": None
                emit(Relation.SHAREHOLDER_OF, h, m["held"], span, "percent_of_stock", percent=pct)
        for m in _matches(OWNS_PERCENT_OF, OWNS_PERCENT_OF_CUE, flat, cues):
            if (owned := percent_owned(flat, m, src.text)) is not None:  # a majority of a company
                emit(Relation.SHAREHOLDER_OF, owned.holder, owned.held, span, owned.pattern,
                     percent=owned.percent)
        for m in _matches(FOLLOWING_ARE_ROLE_OF, FOLLOWING_ARE_ROLE_OF_CUE, flat, cues):
            rows_end, holders = following_rows(src.text, span[1], end)
            for rel, title in role_relations(m["role"]):
                for h in holders:  # read from the rows as printed, not from the stand-in
                    emit(rel, h, m["held"], (span[0], rows_end), "following_are_role_of",
                         title=title, holder_as_printed=True, role=m["role"])
        for m in _matches(TRUST_NAMED_WITH_TRUSTEE, TRUST_NAMED_WITH_TRUSTEE_CUE, flat, cues):
            if TRUST_WORD.search(m["held"]):  # "Roe Family Trust, Jane Q. Roe, Trustee"
                for h in split_names(m["holder"]):
                    emit(Relation.TRUSTEE_OF, h, m["held"], span, "trust_named_with_trustee")
        for m in _matches(CO_TRUSTEES_ARE, CO_TRUSTEES_ARE_CUE, flat, cues):  # the sentence before
            right_before = k and capitals[k - 1] == in_capitals and \
                not src.text[spans[k - 1][1]:span[0]].strip(" \t\r\n.")
            for h, t in named_co_trustees(m, flats[k - 1] if right_before else ""):
                emit(Relation.TRUSTEE_OF, h, t, span, "co_trustees_are")
        for m in _matches(ADVISED_BY, ADVISED_BY_CUE, flat, cues):
            role = advised_role(m)  # "advised by": its investment adviser; "managed by": manager
            for rel, title in role_relations(role):
                for h, t in advised_pairs(flat, m):  # "A and B are managed by X": each
                    emit(rel, h, t, span, "advised_by", title=title, role=role)
        for m in _matches(OWNED_BY, OWNED_BY_CUE, flat, cues):
            verb = OWNED_BY_CUE.search(flat, m.start())
            if subject_denied(flat, m.start()) or verb_denied(flat, verb.start()):
                continue  # "Neither Acme Inc. nor Beta LLC is", "a corporation not wholly owned"
            # "is owned indirectly by": through others, whom the sentence may not name
            note = INDIRECT_NOTE if "indirectly" in verb[0] else None
            listed = m["each"] or (m["listed"] and subject_list(flat, *m.span("listed")))
            if m["listed"] and not listed:  # "X controls A, and B and C are": B and C; "X is
                listed = split_names(m["listed"])[-1]  # controlled by A and B and C are": C
            for t in split_names(listed) if listed else [m["held"]]:  # "A and B are": each
                if m["plain"] and not owned_party(t, src.text):
                    continue  # "The Warrant is owned by", an undefined "General Partner"
                for h in owner_names(m["holder"] or m["holder2"] or m["holder3"]):
                    emit(Relation.SHAREHOLDER_OF, h, t, span, "owned_by", note=note)
        read_holdings(flat, _matches(RECORD_HOLDER, RECORD_HOLDER_CUE, flat, cues),
                      lambda rel, holder, held, **kw: emit(rel, holder, held, span, **kw))
    return out


#: The note of a shareholding stated as indirect: "X is owned indirectly by Y"
INDIRECT_NOTE = "owned indirectly, through parties the sentence does not name"


#: Relations of an office in a company, which a public body's officer does not hold
_COMPANY_OFFICES = frozenset({Relation.OFFICER_OF, Relation.DIRECTOR_OF})

#: Longest sentence read for relationships (characters, after squeezing whitespace); longer
#: "sentences" are tables or run-on headings, and their tail is not read.
_MAX_SENTENCE = 2000

#: "X is/as/, the/, which is ROLE of Y" patterns, in the order they are tried, with their cues
#: and whether every name of a holder list holds ("A and B are the members of Y") or only the
#: last ("..., and Jane Q. Roe, as trustee of Y").
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str], bool], ...] = (
    ("holder_is_role_of", HOLDER_IS_ROLE_OF, HOLDER_IS_ROLE_OF_CUE, True),
    ("each_as_role_of", EACH_AS_ROLE_OF, EACH_AS_ROLE_OF_CUE, True),
    ("holder_as_role_of", HOLDER_AS_ROLE_OF, HOLDER_AS_ROLE_OF_CUE, False),
    ("which_is_role_of", WHICH_IS_ROLE_OF, WHICH_IS_ROLE_OF_CUE, False),
    ("holder_the_role_of", HOLDER_THE_ROLE_OF, HOLDER_THE_ROLE_OF_CUE, False),
    ("position_as_role_of", POSITION_AS_ROLE_OF, POSITION_AS_ROLE_OF_CUE, False),
    ("subject_and_as_role_of", SUBJECT_AND_AS_ROLE_OF, SUBJECT_AND_AS_ROLE_OF_CUE, False),
    ("subject_position_as_role_of", SUBJECT_POSITION_AS_ROLE_OF, SUBJECT_POSITION_AS_ROLE_OF_CUE,
     False),
    ("holder_title_of", HOLDER_TITLE_OF, HOLDER_TITLE_OF_CUE, False),
    ("subject_is_a_and_role_of", SUBJECT_IS_A_AND_ROLE_OF, SUBJECT_IS_A_AND_ROLE_OF_CUE, False),
)

#: Patterns of :data:`_ROLE_PATTERNS` whose held list may hold the holder of the next match
#: ("A, the general partner of B, the general partner of C"; "A is the general partner of B,
#: which is the managing member of C, which is the sole member of D"; "A, as trustee of B, and
#: C, as trustee of D"): each is searched again from its held list (:func:`_chain`)
_CHAINED = frozenset({"holder_the_role_of", "holder_as_role_of", "which_is_role_of"})

#: Patterns of :data:`_ROLE_PATTERNS` whose role is an aside after its holder: a plural role there
#: ("John Doe and Jane Roe, as co-trustees of", "..., the managing members of") is every listed
#: holder's (:func:`~graphkit.parsers.prose_plural_holders.holders_before`)
_ASIDES = frozenset({"holder_the_role_of", "holder_as_role_of"})

#: The (role, held) group pairs a pattern of :data:`_ROLE_PATTERNS` may fill
_ROLE_HELD_GROUPS = (("role", "held"), ("role", "held1"), ("role2", "held2"), ("role3", "held3"))

#: Patterns naming the held party first ("Y, of which X is the ROLE", "Y, whose ROLE is X").
_HELD_FIRST_PATTERNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("role_of_held_is", ROLE_OF_HELD_IS, ROLE_OF_HELD_IS_CUE),
    ("of_which_holder_is", OF_WHICH_HOLDER_IS, OF_WHICH_HOLDER_IS_CUE),
    ("whose_role_is", WHOSE_ROLE_IS, WHOSE_ROLE_IS_CUE),
    ("role_of_held_titled", ROLE_OF_HELD_TITLED, ROLE_OF_HELD_TITLED_CUE),
    ("power_by_its_role", POWER_BY_ITS_ROLE, POWER_OVER_HELD_CUE),
    ("power_by_holder_its_role", POWER_BY_HOLDER_ITS_ROLE, POWER_OVER_HELD_CUE),
)
