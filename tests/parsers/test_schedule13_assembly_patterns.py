"""The named patterns of Item 2 occupations, the Item 5(a) check, firm names with a comma, role
terms, trailing capacities, per-class outstanding counts and trustee cover names: each against
the example of its comment, and against what it must not match."""

from __future__ import annotations

from graphkit.parsers import partybook_names as pn
from graphkit.parsers import prose_terms as pt
from graphkit.parsers import schedule13_item2 as i2
from graphkit.parsers import schedule13_item5 as i5
from graphkit.parsers import schedule13_outstanding as out
from graphkit.parsers import schedule13_reporting as rep
from graphkit.parsers.partybook import PartyBook
from graphkit.parsers.prose_terms import find_defined_terms
from graphkit.parsers.schedule13_header import find_header_party
from graphkit.source import SourceText


# --- Item 2 ------------------------------------------------------------------------------

def test_item2_name_letter():
    for t in ("(a)  Name:  Jane Q. Roe", "  (a) Name of Person Filing: Jane Q. Roe", "(a)\n"):
        assert i2.ITEM2_NAME_LETTER.match(t), t
    m = i2.ITEM2_NAME_LETTER.match("(a)  Name:  Jane Q. Roe")
    assert m.group(0).strip() == "(a)  Name:"
    assert i2.ITEM2_NAME_LETTER.search("Items 5(a) and 5(b)") is None  # not at a line start


def test_item2_occupation_letter():
    for t in ("(c)  Present Principal Occupation or Employment:", "(c) Principal Occupation:",
              "(c) Occupation -", "(c)"):
        m = i2.ITEM2_OCCUPATION_LETTER.match(t)
        assert m and m.end() == len(t), t


def test_answer_end_at_the_next_letter_or_a_blank_line():
    assert i2.ANSWER_END.search("Jane Q. Roe\n   (b) Address").start() == 11
    assert i2.ANSWER_END.search("Chairman of the\n  Issuer.\n\n(d)").group(0) == ".\n\n"


def test_finite_verb_marks_a_sentence():
    assert i2.FINITE_VERB.search("Mr. Roe is the President of Acme")
    assert not i2.FINITE_VERB.search("President and Chief Executive Officer of the Issuer")


def test_board_chair():
    t = "Chairman of the Board of Directors of the Issuer"
    assert i2.BOARD_CHAIR.sub(lambda m: f"{m['chair']} and Director", t) == \
        "Chairman and Director of the Issuer"
    assert i2.BOARD_CHAIR.search("Chairman of the Board") is None  # no party named after it


def test_item2_occupation_keeps_the_blocks_person_and_its_employers_aside():
    src = SourceText(path="x.txt", text=(
        "(a) Name: Jane Q. Roe\n(b) Address: 1 Main St.\n(c) Present Principal Occupation: "
        "Chief Executive Officer of Acme Asset Management LP, which serves as manager of the "
        "Trust\n(d) None.\n"
        "(a) Name: John R. Doe\n(b) Address: 2 Main St.\n(c) Retired\n(d) None.\n"))
    found = [(f.relation.value, f.holder, f.held) for f in i2.read_item2_occupations(src)]
    assert found == [("officer_of", "Jane Q. Roe", "Acme Asset Management LP"),  # the aside:
                     ("investment_manager_of", "Acme Asset Management LP", "Trust")]  # not Roe's


def test_item2_of_a_13g_reads_no_citizenship_as_a_role():
    src = SourceText(path="x.txt", text="(a) Name of Person Filing: Acme Fund, L.P.\n"
                     "(b) Address: 1 Main St.\n(c) Citizenship: Delaware\n(d) Common Stock\n")
    assert i2.read_item2_occupations(src) == []


# --- Item 5(a) -----------------------------------------------------------------------------

def test_item5_base_count():
    starts = lambda t: [m["num"] or m["num2"] for m in i5.BASE_COUNT.finditer(t)]  # noqa: E731
    assert starts("based upon 20,000,000 Shares outstanding") == ["20,000,000"]
    assert starts("5.0% of the 20,000,000 shares of Common Stock issued and outstanding") == [
        "20,000,000"]
    assert starts("owns 1,000,000 Shares of the outstanding Common Stock") == []
    assert starts("owns an aggregate of 1,000,000 Shares (5.0%)") == []


def test_item5_outstanding_base_is_no_holding():
    src = SourceText(path="x", text="(a) The aggregate number and percentage of Shares "
                     "beneficially owned by the Reporting Persons are set forth in rows 11 and "
                     "13 of the cover pages, based upon 20,000,000 Shares outstanding.\n(b) ")
    assert i5.check_item5_total(src, 0, len(src.text), [1000000], [5.0]) == []


def test_item5_group_total_of_equal_holdings():
    src = SourceText(path="x", text="(a) The Reporting Persons, as a group, beneficially own "
                     "1,000,000 Shares (5.0%).\n(b) ")
    assert i5.check_item5_total(src, 0, len(src.text), [300000, 300000, 400000],
                                [1.5, 1.5, 2.0]) == []
    assert i5.check_item5_total(src, 0, len(src.text), [300000, 400000], [1.5, 2.0])  # 700,000


def test_item5_a_patterns():
    assert i5.ITEM5_A.search("Items 5(a), 5(b) and 5(c) are amended") is None
    assert i5.ITEM5_A.search("   (a)  This statement relates to").start() == 3
    assert i5.ITEM5_A_END.search("Rule 13d-3(b) of the Act") is None
    assert i5.ITEM5_A_END.search("Shares.\n  (b) The Manager").group(0) == "(b)"
    assert [m["num"] for m in i5.SHARE_COUNT.finditer(
        "relates to 322,100 Shares for $5,065,886 and 25,000 units")] == ["322,100", "25,000"]
    assert [m["pct"] for m in i5.PERCENT.finditer("approximately 7.1% or 7.1 percent")] == \
        ["7.1", "7.1"]
    assert i5.OWNED_WORDS.search("This statement relates to 1,000 Shares")
    assert i5.OWNED_WORDS.search("beneficially owned by the Reporting Persons")


def test_item5_split_or_no_percent_difference_does_not_warn():
    src = SourceText(path="x.txt", text="(a) The Fund owns 1,000 Shares, 5.0% of the class.")
    assert i5.check_item5_total(src, 0, len(src.text), [1200], [5.0]) == []   # same percent
    src = SourceText(path="x.txt", text="(a) Roe owns 1,000 Shares and Doe 2,000 Shares.")
    assert i5.check_item5_total(src, 0, len(src.text), [5000], [9.0]) == []   # a split


# --- names: firm names with a comma, role terms, capacities --------------------------------

def test_comma_name_head():
    t = 'by Acme Fund, L.P. ("AF"), Roe, Doe & Co.'
    m = pt.COMMA_NAME_HEAD.search(t, 0, t.index("Doe &"))
    assert m["head"] == "Roe"
    assert pt.COMMA_NAME_HEAD.search('("AF"), ', 0, 8) is None


def test_role_term_and_role_before_name():
    for term in ("Trustee", "General Partner", "Manager", "Investment Adviser"):
        assert pt.ROLE_TERM.fullmatch(term), term
    assert not pt.ROLE_TERM.fullmatch("Trust")
    t = "Acme Bank, N.A., as trustee of the "
    assert pt.ROLE_BEFORE_NAME.search(t)["role"] == "trustee"
    m = pt.HOLDER_BEFORE_ROLE.search(t, 0, t.index("trustee"))
    assert m["holder"] == "Acme Bank, N.A."


def test_role_terms_defined_after_the_role():
    src = SourceText(path="x", text='Acme GP, LLC, the general partner of Acme Fund, L.P. (the '
                     '"General Partner"), and Acme Fund, L.P. (the "Fund") file this.')
    assert [(t.term, t.name) for t in find_defined_terms(src)] == [
        ("General Partner", "Acme GP, LLC"), ("Fund", "Acme Fund, L.P.")]
    src = SourceText(path="x", text='the sole general partner of Acme Fund, L.P. (the '
                     '"General Partner") is named below.')
    assert find_defined_terms(src) == []  # the holder is not named: no definition


def test_trailing_capacity():
    assert pn.TRAILING_CAPACITY.sub("", "ACME BANK, N.A., TRUSTEE") == "ACME BANK, N.A."
    assert pn.TRAILING_CAPACITY.sub("", "Jane Q. Roe, as Trustee") == "Jane Q. Roe"
    assert pn.TRAILING_CAPACITY.search("Acme Trust") is None
    book = PartyBook()
    bank = book.add("Acme Bank of Ohio, N.A.")
    assert book.lookup("ACME BANK OF OHIO, N.A., TRUSTEE") is bank
    assert book.lookup("Trustee") is None


def test_header_name_in_edgar_order_typed_by_the_filer():
    book = PartyBook()
    person = book.add("Jane Q. Roe")
    assert find_header_party(book, "Roe Jane") is person
    book.add("Jane R. Roe")
    assert find_header_party(book, "Roe Jane") is None  # two persons of those words


def test_header_name_with_a_generation_suffix_never_names_the_father():
    book = PartyBook()
    book.add("John Q. Roe")
    assert find_header_party(book, "Roe John Jr") is None
    assert find_header_party(book, "ROE JOHN Q JR") is None
    son = book.add("John Q. Roe, Jr.")
    assert find_header_party(book, "ROE JOHN Q JR") is son


# --- outstanding per class; trustee cover names --------------------------------------------

def test_class_count_and_letter():
    t = "2,113,514 shares of Class A Common Stock and 1,256,486 shares of the Issuer's Class B"
    assert [(m["num"], m["cls"]) for m in out.CLASS_COUNT.finditer(t)] == [
        ("2,113,514", "A"), ("1,256,486", "B")]
    assert out.CLASS_LETTER.search("Class A Common Stock, $1.00 par value")["cls"] == "A"


def test_outstanding_of_the_reported_class():
    src = SourceText(path="x", text="As of May 1 there were 2,000,000 shares of Class A Common "
                     "Stock and 1,000,000 shares of Class B Common Stock issued and outstanding.")
    assert out.read_outstanding(src, security_class="Class B Common Stock").value == 1000000
    r = out.read_outstanding(src)
    assert r.value is None and r.note.startswith(out.PER_CLASS)
    one = SourceText(path="x", text="there were 1,256,486 shares of Class B Common Stock "
                     "issued and outstanding")
    assert out.read_outstanding(one).value == 1256486  # one class only: its count


def test_outstanding_count_is_the_one_matched_not_a_holding_before_it():
    src = SourceText(path="x", text="The Reporting Person owns 100,000 shares of Class A Common "
                     "Stock and 50,000 shares of Class B Common Stock, representing 5% of the "
                     "2,000,000 shares of Class A Common Stock outstanding.")
    r = out.read_outstanding(src, security_class="Class A Common Stock")
    assert r.value == 2000000 and r.note is None


def test_class_count_join():
    assert out.CLASS_COUNT_JOIN.fullmatch(" Common Stock and ")
    assert out.CLASS_COUNT_JOIN.fullmatch(" Common Stock, $1.00 par value, and ")
    assert out.CLASS_COUNT_JOIN.fullmatch(" Common Stock, ")
    assert out.CLASS_COUNT_JOIN.fullmatch(" Common Stock, representing 5% of the ") is None
    assert out.CLASS_COUNT_JOIN.fullmatch(" Common Stock. As of May 1, ") is None


def test_as_trustee_for():
    m = rep.AS_TRUSTEE_FOR.match("Acme Bank, N.A., as Trustee for the Acme Employees Trust")
    assert (m["holder"], m["trust"]) == ("Acme Bank, N.A.", "Acme Employees Trust")
    assert rep.TRUST_NAME.search("Acme Employees Trust")
    assert rep.TRUST_NAME.search("M.") is None
    assert rep.as_trustee("Jane Q. Roe") == ("Jane Q. Roe", None)


def test_trustee_cover_is_the_trusts_when_the_trustee_has_its_own_cover():
    from graphkit.models import Reading
    from graphkit.parsers.schedule13_cover import CoverPage

    def page(i, name, agg):
        return [CoverPage(index=i, start=i, end=i + 1,
                          names=[Reading(field="name", raw=name, value=name)],
                          values={"aggregate": [Reading(field="aggregate", raw=str(agg),
                                                        value=agg)]})]
    book = PartyBook()
    reporting, trustees, _ = rep.reporting_from_covers(book, [
        page(1, "Acme Bank, N.A., as Trustee for the Acme Employees Trust", 3000),
        page(2, "Acme Bank, N.A.", 50)], None)
    names = {p.id: p.name for p in book.parties}
    assert [names[p.id] for p, _ in reporting] == ["Acme Employees Trust", "Acme Bank, N.A."]
    assert [(names[a], names[b]) for a, b, _ in trustees] == [
        ("Acme Bank, N.A.", "Acme Employees Trust")]
    book = PartyBook()  # no cover of its own: the trustee reports, the trust is held
    reporting, trustees, _ = rep.reporting_from_covers(book, [
        page(1, "Acme Bank, N.A., as Trustee for the Acme Employees Trust", 3000)], None)
    names = {p.id: p.name for p in book.parties}
    assert [names[p.id] for p, _ in reporting] == ["Acme Bank, N.A."]
    assert [(names[a], names[b]) for a, b, _ in trustees] == [
        ("Acme Bank, N.A.", "Acme Employees Trust")]
