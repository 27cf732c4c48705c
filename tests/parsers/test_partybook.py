"""PartyBook: linking spellings within one filing, never merging near-twins."""

from __future__ import annotations

import pytest

from graphkit.models import AliasKind
from graphkit.parsers import partybook as pb
from graphkit.parsers.partybook import PartyBook, acronym_cost, discriminators, near_twins

SEED = ["Trident Capital Management-V, L.L.C.", "Trident Capital Fund-V, L.P.",
        "Trident Capital Fund-V Affiliates Fund, L.P.",
        "Trident Capital Fund-V Affiliates Fund (Q), L.P.",
        "Trident Capital Fund-V Principals Fund, L.P.", "Trident Capital Parallel Fund-V, C.V."]


@pytest.fixture
def book():
    b = PartyBook()
    for n in SEED:
        b.add(n, role="reporting_person")
    return b


def test_seed_names_stay_apart(book):
    assert len(book.parties) == 6


@pytest.mark.parametrize("damaged,full", [
    ("Tridont Can oital Fund-V Affiliates Fund (Q), L.P.", SEED[3]),
    ("pital Fund-V Principals Fund, L.P.", SEED[4]),
    ("Trident Capital Parallel Fund-V, C.V", SEED[5]),
    ("Trident Capital Fund-V. L.P.", SEED[1]),
    ("TRIDENT CAPITAL MANAGEMENT V, L.L.C", SEED[0]),
])
def test_damaged_spellings_link(book, damaged, full):
    p = book.add(damaged, how="spelling")
    assert p.name == full and len(book.parties) == 6


def test_abbreviation_by_acronym(book):
    for term, name in [("TCMV", SEED[0]), ("TCV", SEED[1]), ("TCVAQ", SEED[3])]:
        book.bind_term(term, name)
    p = book.link_abbreviation("TCVA")
    assert p.name == SEED[2] and p.aliases[-1].how is AliasKind.ABBREVIATION
    assert book.lookup("TCVA") is p


@pytest.mark.parametrize("a,b", [
    (SEED[2], SEED[3]), (SEED[1], SEED[4]), (SEED[1], SEED[5]), (SEED[0], SEED[1]),
    (SEED[1], SEED[2]), ("Acme Fund V, L.P.", "Acme Fund VI, L.P."),
])
def test_near_twins(a, b):
    assert near_twins(a, b)


def test_acronym_costs():
    assert acronym_cost("TCVCV", SEED[5]) == 1
    assert acronym_cost("TCVA", SEED[2]) == 0
    assert acronym_cost("TCV", SEED[1]) == 0


def test_discriminators():
    assert discriminators(SEED[5])["legal"] == frozenset({"cv"})


def test_person_names_in_either_order():
    b = PartyBook()
    p = b.add("Donald R. Dixon")
    assert b.add("Dixon, Donald R.").id == p.id
    assert b.add("Peter T. Meekin").id != p.id


def test_bare_legal():
    # wesmar_s2golf_2000: the signature's "WESMAR PARTNERS" is the cover's limited partnership
    assert pb.BARE_LEGAL.sub("", "Wesmar Partners Limited Partnership") == "Wesmar Partners"
    assert pb.BARE_LEGAL.sub("", "Maurer Ross & Co., Incorporated") == "Maurer Ross &"
    assert pb.BARE_LEGAL.search("Harraden Circle Investments") is None
    # a form is a whole word: "Taco" and "Zinc" keep their ends ("Acme Z" was "Acme Zinc")
    assert [pb.BARE_LEGAL.sub("", n) for n in ("Acme Taco", "Acme Zinc", "Monaco Fund, L.P.")] \
        == ["Acme Taco", "Acme Zinc", "Monaco Fund"]
    assert pb._bare_key("Acme Zinc") != pb._bare_key("Acme Z, Inc.")
    b = PartyBook()
    p = b.add("Wesmar Partners Limited Partnership")
    assert b.add("WESMAR PARTNERS", how="signature").id == p.id


def test_trailing_fund_and_short_forms():
    # lioneye_famousdaves_2015: the amendment says "LionEye Onshore" for the cover's fund
    assert pb.TRAILING_FUND.sub("", "LIONEYE ONSHORE FUND") == "LIONEYE ONSHORE"
    assert pb.short_form_of("LionEye Onshore", "LIONEYE ONSHORE FUND LP")
    assert not pb.short_form_of("LionEye Master Fund", "LIONEYE ONSHORE FUND LP")
    b = PartyBook()
    onshore = b.add("LIONEYE ONSHORE FUND LP")
    master = b.add("LIONEYE MASTER FUND LTD")
    assert b.add("LionEye Onshore").id == onshore.id != master.id


def test_gp_sets_general_partner_apart():
    # harraden_jvspac_2024: the fund's general partner is not the fund
    assert near_twins("Harraden Circle Investors GP, LP", "Harraden Circle Investors, LP")
    b = PartyBook()
    fund = b.add("Harraden Circle Investors, LP")
    assert b.add("Harraden Circle Investors GP, LP").id != fund.id


def test_leading_article_names_the_party():
    # capitalgroup_warnerlambert_1994: prose drops "The", the cover keeps it
    b = PartyBook()
    p = b.bind_term("CG", "Capital Group, Inc.")
    assert b.add("THE CAPITAL GROUP, INC.").id == p.id
    assert p.name == "The Capital Group, Inc."
    assert {a.name for a in p.aliases} >= {"CG", "THE CAPITAL GROUP, INC.", "Capital Group, Inc."}


def test_cached_name_helpers_return_shared_immutable_values():
    d = discriminators(SEED[5])
    assert d is discriminators(SEED[5])
    with pytest.raises(TypeError):
        d["legal"] = frozenset()  # type: ignore[index]


# --- titles: "Mr. Griffin" is the one person named Griffin ------------------------------------

@pytest.mark.parametrize("pattern,text,group", [
    (pb.HONORIFIC, "Mr. Kenneth Griffin", "Kenneth Griffin"),
    (pb.HONORIFIC, "Dr. James I. Healy", "James I. Healy"),
    (pb.HONORIFIC_SURNAME, "Mr. Griffin", "Griffin"),
    (pb.HONORIFIC_SURNAME, "Mrs. Gould", "Gould"),
    (pb.HONORIFIC_MENTION, "Mr. and Mrs. Gaston are the sole co-owners", "Gaston"),
])
def test_title_patterns_on_real_text(pattern, text, group):
    m = pattern.search(text)
    assert m and group in m.group(0)


def test_title_pattern_misses():
    assert pb.HONORIFIC_SURNAME.match("Mr. Kenneth Griffin") is None
    assert pb.strip_honorific("Mrs. Fields, Inc.") == "Mrs. Fields, Inc."  # a company's name
    assert pb.strip_honorific("Mr. Griffin") == "Mr. Griffin"


def test_title_before_initials_written_together():
    """The Snyder Associated Companies 13D of 2005 (fixtures/filings/2005_SC_13D_1333324.txt)
    names "Mr. C.H. Snyder, Jr." in a footnote and "C. H. Snyder Jr." in its table of officers
    and directors (added exactly, no fuzzy match, as a table's names are): one person. The title
    was kept ("C.H. Snyder" read as a company's name), and the two were two parties."""
    assert pb.strip_honorific("Mr. C.H. Snyder, Jr.") == "C.H. Snyder, Jr."
    book = PartyBook()
    named = book.add("Mr. C.H. Snyder, Jr.", role="named")
    assert named.name == "C.H. Snyder, Jr."
    assert book.add("C. H. Snyder Jr.", role="named", fuzzy=False) is named
    assert pb.strip_honorific("Mr. A.B.C. Corp.") == "Mr. A.B.C. Corp."  # still a company's


def test_mr_surname_binds_to_the_one_person():
    book = PartyBook()
    kg = book.add("Kenneth Griffin", role="reporting_person")
    book.add("Citadel GP LLC", role="reporting_person")
    assert book.lookup("Mr. Griffin") is kg
    assert book.add("Mr. Griffin").id == kg.id and len(book.parties) == 2


def test_quoted_title_term_binds_without_the_title():
    book = PartyBook()
    p = book.bind_term("Mr. Gendell", "Mr. Jeffrey L. Gendell")
    assert p.name == "Jeffrey L. Gendell"
    assert book.add("Jeffrey L. Gendell", role="reporting_person").id == p.id
    assert book.lookup("Mr. Gendell") is p


def test_two_persons_of_one_surname_are_not_guessed():
    book = PartyBook()
    book.add("DON F. GASTON"), book.add("PAULA B. GASTON")
    assert book.lookup("Mr. Gaston") is None and book.is_ambiguous("Mr. Gaston")


def test_surname_titled_for_both_sexes_is_not_guessed():
    book = PartyBook()
    book.add("Fredric H. Gould")
    book.note_honorifics("Mr. Gould owns directly 189,185 shares. Mrs. Gould owns 1,000.")
    assert book.lookup("Mr. Gould") is None and book.is_ambiguous("Mrs. Gould")


def test_issuer_words_name_the_issuer():
    book = PartyBook()
    qxo = book.add("QXO, Inc.", role="issuer")
    for word in ("Issuer", "the Issuer", "Company", "the Company"):
        assert book.lookup(word) is qxo
    other = PartyBook()
    other.add("Acme, Inc.", role="issuer")
    fund = other.bind_term("Company", "Acme Holdings LLC")  # the filing's own definition wins
    assert other.lookup("the Company") is fund


def test_a_name_without_its_legal_form_is_that_organization_even_if_it_reads_like_a_person():
    """Centerbridge 13D: 'Celtic Intermediate' (two capitalised words, guessed a person) is
    'Celtic Intermediate Corp.', never a second party."""
    book = PartyBook()
    corp = book.add("Celtic Intermediate Corp.")
    assert book.lookup("Celtic Intermediate") is corp


def test_centerbridge_chain_has_no_ghost_person():
    from graphkit.parse import parse_path
    from tests.conftest import corpus_file

    rec = parse_path(corpus_file("13d/centerbridge_civitas_2018_sc13d.txt")).records[0]
    names = {p.id: p.name for p in rec.parties}
    assert "Celtic Intermediate" not in names.values()
    parents = {(names[c.source], names[c.target]) for c in rec.claims
               if c.relation.value == "parent_of"}
    assert ("Celtic Intermediate Corp.", "Celtic Tier II Corp.") in parents
    assert ("Centerbridge Capital Partners III, L.P.", "Celtic Intermediate Corp.") in parents


def test_bare_surname_binds_like_mr_surname():
    # 13d/oneliberty_brt_1996_sc13d.txt l.388: "The general partners of GLP are Gould, Rose and
    # Georgetown Partners, Inc." (invented names below)
    book = PartyBook()
    roe = book.add("Marsha Q. Roe")
    book.add("Fred H. Doe")
    book.add("Jeffrey A. Doe")
    book.add("Roe Holdings, Inc.")
    assert book.lookup("Roe") is roe
    assert book.lookup("Doe") is None and book.is_ambiguous("Doe")
    assert not book.is_ambiguous("Roe")


def test_generational_suffix_keeps_father_and_son_apart():
    # 13d/fitzgerald_suburban_1994_sc13d.txt lists a father and his son "..., Jr." among the
    # reporting persons (invented names below); the son signs as "John Q. Roe,Jr."
    book = PartyBook()
    father = book.add("John Q. Roe")
    son = book.add("John Q. Roe, Jr.")
    assert son is not father
    assert book.add("John Q. Roe,Jr.") is son
    assert book.lookup("John Q. Roe") is father


def test_jr_written_surname_first_is_the_same_person():
    # review: "ROE, JOHN Q. JR." kept "jr" as a given name, so the Jr./Sr. rule of one filing
    # split it from "John Q. Roe, Jr."
    for other in ("ROE, JOHN Q. JR.", "Roe, John Q. Jr.", "JOHN Q. ROE JR"):
        book = PartyBook()
        a = book.add("John Q. Roe, Jr.")
        assert book.add(other) is a, other


def test_mr_and_mrs_with_his_name_states_nothing_of_him():
    # review: "Mr. and Mrs. John Roe" read as "John Roe is a woman" bound "Mr. Roe" to Mary
    book = PartyBook()
    book.add("John Roe")
    book.add("Mary Roe")
    book.note_honorifics("The shares are held by Mr. and Mrs. John Roe as joint tenants. "
                         "Mr. Roe is the chairman.")
    assert book.lookup("Mr. Roe") is None


def test_abbreviated_party_needs_a_clear_winner():
    book = PartyBook()
    one = book.add("Acme Capital Fund-V, L.P.")
    book.add("Acme Capital Fund-V Affiliates Fund, L.P.")
    assert book.abbreviated_party("ACV") is one  # cost 0 beats cost 1 (a skipped word)
    book.add("Acme Capital V, L.P.")             # another cost-0 spelling: a tie
    assert book.abbreviated_party("ACV") is None and book.link_abbreviation("ACV") is None
    twin = PartyBook()
    twin.bind_term("APF", "Acme Capital Partners Fund, L.P.")  # a defined term costs 1 extra
    plain = twin.add("Acme Capital Partners, L.P.")
    assert twin.abbreviated_party("ACP") is plain
    assert twin.lookup("ACP", fuzzy=False) is None  # deciding binds nothing
    twin.add("Acme Capital Partners II, L.P.")  # cost 2 (a numeral): no rival
    assert twin.abbreviated_party("ACP") is plain


def test_evidence_kept_once_per_party():
    from graphkit.models import Evidence
    book = PartyBook()
    ev = Evidence(source="a.txt", line=1, start=0, end=4, text="Acme")
    p = book.add("Acme Fund, L.P.", evidence=ev)
    book.add("ACME FUND, L.P.", evidence=Evidence(**ev.model_dump()))  # equal, not the same
    book.add("Acme Fund LP", evidence=ev.model_copy(update={"line": 2}))  # same place, other line
    assert [e.line for e in p.evidence] == [1, 2]


def test_book_records_are_the_validated_ones():
    # parties and aliases the book builds without validation equal validated ones
    from graphkit.models import Alias, Evidence, Party
    book = PartyBook()
    ev = Evidence(source="a.txt", line=1, text="x")
    p = book.add("Mr. Kenneth Doe", role="reporting_person", evidence=ev)
    book.add("DOE, KENNETH", how="signature", evidence=ev)
    assert p.model_fields_set >= {"id", "name", "kind"}
    for a in p.aliases:
        assert a == Alias(**{k: getattr(a, k) for k in a.model_fields_set})
        assert a.model_fields_set == {"name", "how", "evidence"}
    fresh = book.add("Acme Fund, L.P.")
    assert fresh.model_fields_set == {"id", "name", "kind"}
    assert fresh == Party(id=fresh.id, name="Acme Fund, L.P.", kind="organization")
    assert fresh.aliases is not p.aliases and fresh.evidence == []


# --- the fast name helpers give what they gave as first written -------------------------------

from hypothesis import given as _given, settings as _settings  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from graphkit.parsers import partybook_acronyms as _pa  # noqa: E402
from graphkit.parsers import partybook_names as _pn  # noqa: E402


def _acronym_cost_first(abbr, name):
    """:func:`acronym_cost` as first written: the whole table of words x letters."""
    toks = _pn._tokens(name)
    series = _pn.discriminators(name)["series"]
    a = abbr.upper()
    n, m = len(toks), len(a)
    inf = 10 ** 6
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i, tok in enumerate(toks):
        low = tok.lower()
        if low in _pn.ACRONYM_FREE_WORDS:
            skip = 0
        elif (low.isdigit() or _pn._ROMAN.match(low)) or low in series:
            skip = 2
        else:
            skip = 1
        if i == 0:
            skip = 5
        whole = tok.upper() if (len(tok) <= 4 and (tok.isupper() or tok.isdigit()
                                                   or low in series)) else None
        for j in range(m + 1):
            c = best[i][j]
            if c >= inf:
                continue
            best[i + 1][j] = min(best[i + 1][j], c + skip)
            if j < m and tok[0].upper() == a[j]:
                best[i + 1][j + 1] = min(best[i + 1][j + 1], c)
            if whole and a.startswith(whole, j) and len(whole) > 1:
                best[i + 1][j + len(whole)] = min(best[i + 1][j + len(whole)], c)
    cost = best[n][m]
    return None if cost >= inf else cost


def _short_form_of_first(short, full):
    """:func:`short_form_of` as first written: without its cheap first test."""
    if _pn.BARE_LEGAL.search(short) and _pn.BARE_LEGAL.sub("", short) != short:
        return False
    key = _pn.squeeze(short)
    stem = _pn.squeeze(_pn.TRAILING_FUND.sub("", _pn.BARE_LEGAL.sub("", full)))
    return len(key) >= _pn.SHORT_FORM_MIN_CHARS and key == stem and len(short.split()) >= 2


NAME_WORDS = ["Acme", "ACME", "Capital", "Fund", "Fund-V", "V", "VI", "II", "2", "(Q)", "(QP)",
              "Affiliates", "Partners", "L.P.", "LP", "L.L.C.", "C.V.", "CV", "Inc.", "Onshore",
              "the", "of", "&", "GP", "Fund,", "Limited Partnership", "İ", "ß", "Σ"]
ABBREVIATIONS = ["ACV", "ACVA", "ACVCV", "AC", "A", "", "ACF", "ACFQ", "XYZ", "AF2", "ACLP",
                 "ACQP", "AO", "ACOF"]


@_given(_st.lists(_st.sampled_from(NAME_WORDS), min_size=1, max_size=7),
        _st.sampled_from(ABBREVIATIONS), _st.lists(_st.sampled_from(NAME_WORDS), max_size=5))
@_settings(max_examples=500, deadline=None)
def test_name_helpers_agree_with_first_versions(words, abbr, short_words):
    name = " ".join(words)
    assert _pa.acronym_cost(abbr, name) == _acronym_cost_first(abbr, name)
    short = " ".join(short_words)
    assert _pn.short_form_of(short, name) == _short_form_of_first(short, name)
    assert _pn.short_form_of(name, short) == _short_form_of_first(name, short)


def test_name_helpers_agree_on_corpus_names():
    from graphkit.parsers.schedule13_text import ABBREVIATION
    from tests.conftest import text_13_filings

    for p in text_13_filings():
        text = p.read_text(errors="replace")
        names = sorted({line.strip(" \t,") for line in text.split("\n")
                        if 6 < len(line.strip()) < 70 and any(
                            w in line for w in ("L.P.", "LLC", "Inc", "Fund", "Trust"))})[:40]
        abbrs = sorted({m["abbr"] for m in ABBREVIATION.finditer(text)})[:30]
        for name in names:
            for abbr in abbrs:
                assert _pa.acronym_cost(abbr, name) == _acronym_cost_first(abbr, name)
            bare = _pn.BARE_LEGAL.sub("", name)
            for other in names[:15] + [bare, _pn.TRAILING_FUND.sub("", bare), bare.upper()]:
                assert _pn.short_form_of(other, name) == _short_form_of_first(other, name)


def _discriminators_first(name):
    """:func:`discriminators` as first written (without its cheap first tests)."""
    raw = _pn.DOTTED_INITIALS.sub(lambda m: _pn.INITIAL_DOTS.sub("", m.group(1)), name)
    series = frozenset(s.lower() for s in _pn.SERIES_MARK.findall(raw))
    toks = [t.lower() for t in _pn.TOKEN_SPLIT.split(raw) if t]
    number = frozenset(t for t in toks if (t.isdigit() and len(t) <= 4)
                       or (t != "" and _pn._ROMAN.match(t) and t not in series and len(t) <= 4))
    vehicle = frozenset(t for t in toks if t in _pn.VEHICLE_WORDS)
    for words, code in _pn.SPELLED_LEGAL_FORMS:  # (session 46: "limited partnership" an "lp")
        if len(toks) >= len(words) and tuple(toks[-len(words):]) == words:
            toks = toks[:-len(words)] + [code]
            break
    legal = frozenset(_pn.LEGAL_FORMS[t] for t in toks[-2:] if t in _pn.LEGAL_FORMS)
    return {"number": number - series, "series": series, "vehicle": vehicle, "legal": legal}


PERSON_WORDS = ["John", "Q.", "Roe", "ROE,", "Jr.", "JR", "Sr", "II", "III", "iv", "2nd", "3rd",
                "Junior", "Senior", "Mr.", "Dr", ",", "Ivan", "Jrad", "Šr", "Ⅱ", "ǰr", "`",
                "Esq.", "M.D.", "/s/"]


@_given(_st.lists(_st.sampled_from(NAME_WORDS + PERSON_WORDS), min_size=1, max_size=6))
@_settings(max_examples=500, deadline=None)
def test_generation_and_discriminators_agree_with_first_versions(words):
    from resolvers.persons import parse_person

    for name in (" ".join(words), "".join(words)):
        assert _pn.generation_of(name) == parse_person(name).suffix
        assert dict(_pn.discriminators(name)) == _discriminators_first(name)


@_given(_st.lists(_st.sampled_from(NAME_WORDS + PERSON_WORDS), min_size=1, max_size=6),
        _st.lists(_st.sampled_from(NAME_WORDS + PERSON_WORDS), min_size=1, max_size=6))
@_settings(max_examples=200, deadline=None)
def test_vetoed_agrees_with_compare(a_words, b_words):
    from resolvers import compare

    a, b = " ".join(a_words), " ".join(b_words)
    assert _pn.vetoed(a, b) == any(v.name != "kind_mismatch" for v in compare(a, b).vetoes)


def test_titled_and_bare_surnames_in_capitals():
    # millroad_landsea_2024 printed in capitals: "MR. LYNCH" and "LYNCH" are Thomas E. Lynch,
    # the one person so named; an abbreviation nobody bears as a surname binds to no person
    book = PartyBook()
    lynch = book.add("THOMAS E. LYNCH")
    _ = book.add("DEVEN PETITO")
    assert book.lookup("MR. LYNCH") is lynch and book.lookup("LYNCH") is lynch
    assert book.lookup("Mr. Lynch") is lynch
    assert book.lookup("GP", fuzzy=False) is None
    assert pb.BARE_SURNAME.match("LYNCH") and pb.BARE_SURNAME.match("ROE-SMITH")
    assert pb.HONORIFIC_SURNAME.match("MRS. ROE-SMITH")


def test_a_word_in_capitals_names_no_person_printed_in_mixed_case():
    # a mixed-case filing: "FORD" is the company's, not Robert Ford's
    book = PartyBook()
    ford = book.add("Robert Ford")
    _ = book.add("Ford Motor Company")
    assert book.lookup("FORD", fuzzy=False) is not ford
    assert book.lookup("Ford", fuzzy=False) is ford


def test_a_leading_article_and_a_legal_form_do_not_part_one_name():
    # 2015 Vanguard 13G/A: the cover names "The Vanguard Group", Item 7 and the SGML header
    # "Vanguard Group, Inc.": one party, which gets the header's CIK and the parent_of claims
    book = PartyBook()
    vg = book.add("The Vanguard Group")
    assert book.lookup("Vanguard Group, Inc.") is vg
    assert _pn.BARE_ARTICLE.sub("", "The Acme Group") == "Acme Group"
    assert _pn.BARE_ARTICLE.sub("", "Theta Partners") == "Theta Partners"
    other = PartyBook()
    _ = other.add("The Acme Group")
    assert other.lookup("Acme Group Holdings, Inc.") is None  # another name, not a spelling
    from pathlib import Path
    from graphkit.parse import parse_path
    rec = parse_path(Path(__file__).resolve().parents[1] / "fixtures" / "filings"
                     / "2015_SC_13GA_1579471.txt").records[0]
    (rp,) = [p for p in rec.parties if p.name == "The Vanguard Group"]
    assert {(i.scheme.value, i.value) for i in rp.identifiers} >= {("cik", "0000102909")}
    assert sorted(rec.party(c.target).name for c in rec.claims
                  if c.relation.value == "parent_of" and c.source == rp.id) == [
        "Vanguard Fiduciary Trust Company", "Vanguard Investments Australia, Ltd."]
    assert not [p for p in rec.parties if p.name == "Vanguard Group, Inc."]
