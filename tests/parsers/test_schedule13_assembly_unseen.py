"""Filing-level readings of real Schedule 13D/13G filings first seen in an evaluation on unseen
filings (sets g to j): Item 2's per-person occupations, firm names with a comma in an in-text
list, a role term defined after "as trustee of", a header filer typed "Last First", group
terms and shorter names in disclaimers, outstanding counts per class, and a stale Item 5(a).

The filings are public SEC submissions, in tests/fixtures/filings/filing/.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.models import PartyRole
from graphkit.parse import parse_path
from graphkit.relations import Relation

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "filing"


def _record(name: str):
    report = parse_path(FIXTURES / name)
    assert report.records, report.reason
    return report.records[0]


def _names(rec) -> dict[str, str]:
    return {p.id: p.name for p in rec.parties}


def _relations(rec, *relations: Relation) -> set[tuple]:
    n = _names(rec)
    return {(n[c.source], c.relation.value, n[c.target], c.title) for c in rec.claims
            if c.relation in relations}


def _holdings(rec) -> dict[str, list]:
    n = _names(rec)
    out: dict[str, list] = {}
    for c in rec.claims:
        if c.relation is Relation.BENEFICIAL_OWNER_OF and c.note != "record holder":
            out.setdefault(n[c.source], []).append(c)
    return out


def _codes(rec) -> list[str]:
    return [w.code for w in rec.warnings]


# --- Item 2: "(a) Name: X ... (c) <occupation> of the Issuer" ----------------------------

def test_item2_occupations_of_the_issuer_per_person_block():
    # "(a) Name: Gerald F. Fitzgerald ... (c) Present Principal Occupation or Employment:
    # Chairman of the Board of Directors of the Issuer." and two more officers
    rec = _record("1994_SC_13D_356981.txt")
    assert _relations(rec, Relation.OFFICER_OF, Relation.DIRECTOR_OF) == {
        ("Gerald F. Fitzgerald", "officer_of", "SUBURBAN BANCORP, INC.", "Chairman"),
        ("Gerald F. Fitzgerald", "director_of", "SUBURBAN BANCORP, INC.", None),
        ("Gerald F. Fitzgerald, Jr.", "officer_of", "SUBURBAN BANCORP, INC.",
         "President, Chief Executive Officer"),
        ("James G. Fitzgerald", "officer_of", "SUBURBAN BANCORP, INC.",
         "Treasurer, Chief Financial Officer"),
    }
    # the claims cite the "(c)" answer
    claim = next(c for c in rec.claims if c.relation is Relation.DIRECTOR_OF)
    assert "Chairman of the Board of Directors of the Issuer" in " ".join(
        claim.evidence[0].text.split())


def test_item2_lettered_answers_in_html_name_the_issuer():
    # "(a) Dennis Mancino ... (c) Chief Executive Officer, President & Director of HD View
    # 360 Inc."; the header's "COMPANY CONFORMED NAME: Mancino Dennis" is the same person
    rec = _record("2016_SC_13D_1669540.txt")
    assert _relations(rec, Relation.OFFICER_OF, Relation.DIRECTOR_OF) == {
        ("DENNIS MANCINO", "officer_of", "HD VIEW 360 INC", "Chief Executive Officer, President"),
        ("DENNIS MANCINO", "director_of", "HD VIEW 360 INC", None),
    }
    person = next(p for p in rec.parties if p.name == "DENNIS MANCINO")
    assert [i.value for i in person.identifiers] == ["0001669540"]
    assert "header-name-unmatched" not in _codes(rec)


# --- names: a comma inside a firm's name, a role term ------------------------------------

def test_firm_name_with_a_comma_in_an_in_text_list():
    # 'filed by Water Street Corporate Recovery Fund I, L.P. ("Water Street"), Goldman, Sachs
    # & Co. ("Goldman Sachs") and The Goldman Sachs Group, L.P. ("GS Group" ...)'
    rec = _record("../sigs/1994_SC_13DA_757011.txt")
    rp = [p.name for p in rec.parties if PartyRole.REPORTING_PERSON in p.roles]
    assert rp == ["Water Street Corporate Recovery Fund I, L.P.", "Goldman, Sachs & Co.",
                  "The Goldman Sachs Group, L.P."]
    assert not any(p.name == "Sachs & Co." for p in rec.parties)
    held = _holdings(rec)
    assert [(c.shares, c.percent) for c in held["Goldman, Sachs & Co."]] == [(9630840, 21.3)]
    assert [(c.shares, c.percent) for c in held["Water Street Corporate Recovery Fund I, L.P."]] \
        == [(9534301, 21.1)]


def test_trustee_term_names_the_bank_not_the_trust():
    # 'Wachovia Bank of North Carolina, N.A., as trustee of the Trust (the "Trustee")', and
    # the cover's "Wachovia Bank of North Carolina, N.A., as Trustee for the M.A. / Hanna ..."
    rec = _record("1994_SC_13DA_45370.txt")
    trust = next(p for p in rec.parties if p.name == "M.A. Hanna Company Associates Ownership Trust")
    bank = next(p for p in rec.parties if p.name == "Wachovia Bank of North Carolina, N.A.")
    # "Trustee" is bound to the bank (its holding and trustee_of below), but a generic role
    # word is no alias of either (graphkit.parsers.generic_terms)
    assert "Trustee" not in [a.name for a in bank.aliases + trust.aliases]
    assert PartyRole.REPORTING_PERSON in bank.roles
    assert _relations(rec, Relation.TRUSTEE_OF) == {
        ("Wachovia Bank of North Carolina, N.A.", "trustee_of",
         "M.A. Hanna Company Associates Ownership Trust", None)}
    # "the Trust and the Trustee disclaim beneficial ownership"
    (claim,) = _holdings(rec)["Wachovia Bank of North Carolina, N.A."]
    assert (claim.shares, claim.percent, claim.shared_voting, claim.disclaims) == \
        (3114570, 13.2, 3114570, True)
    # the signature's "WACHOVIA BANK OF NORTH CAROLINA, N.A., TRUSTEE" is the bank
    assert "unmatched-signature-name" not in _codes(rec)


def test_trustee_cover_is_the_trusts_when_the_trustee_files_its_own(tmp_path):
    # a made-up variant of the filing: the bank also files a cover of its own, for shares it
    # holds for itself; the cover "..., as Trustee for the M.A. Hanna ... Trust" is then the
    # trust's, and the two holdings stay apart
    text = (FIXTURES / "1994_SC_13DA_45370.txt").read_text()
    start = text.index("1.      Name of Reporting Person")
    end = text.index("<PAGE>   3")
    own = text[start:end].replace(
        "Wachovia Bank of North Carolina, N.A., as Trustee for the M.A.\n"
        "        Hanna Company Associates Ownership Trust",
        "Wachovia Bank of North Carolina, N.A.").replace("3,114,570", "50,000").replace(
        "13.20%", "0.21%")
    variant = tmp_path / "1994_SC_13DA_45370.txt"
    variant.write_text(text[:end] + "<PAGE>   2A\n\n" + own + text[end:])
    report = parse_path(variant)
    rec = report.records[0]
    held = {k: [(c.shares, c.percent) for c in v] for k, v in _holdings(rec).items()}
    assert held["Wachovia Bank of North Carolina, N.A."] == [(50000, 0.21)]
    # the cover's name wraps ("... as Trustee for the M.A." / "Hanna Company Associates
    # Ownership Trust"); joined, the cover in the trustee's capacity is the trust's own
    trust = "M.A. Hanna Company Associates Ownership Trust"
    assert held[trust] == [(3114570, 13.2)]
    assert ("Wachovia Bank of North Carolina, N.A.", "trustee_of", trust, None) in \
        _relations(rec, Relation.TRUSTEE_OF)


# --- the header's "Last First" ------------------------------------------------------------

def test_header_name_in_edgar_order_with_a_middle_initial_in_the_form():
    # header "COMPANY CONFORMED NAME: Sprott Eric", the form's "Eric S. Sprott"
    rec = _record("2011_SC_13DA_1491714.txt")
    person = next(p for p in rec.parties if p.name == "Eric S. Sprott")
    assert [(i.scheme.value, i.value) for i in person.identifiers] == [("cik", "0001491714")]
    assert "header-name-unmatched" not in _codes(rec)
    (claim,) = _holdings(rec)["Eric S. Sprott"]
    assert (claim.shares, claim.percent) == (9190139, 6.3)


# --- disclaimers -------------------------------------------------------------------------

def test_group_term_in_a_disclaimer_expands_to_its_members():
    # "Each of the Farallon General Partner and the Farallon Individual Reporting Persons
    # hereby disclaims any beneficial ownership"; the term is defined for twelve managing members
    rec = _record("../sigs/2006_SC_13GA_1277406.txt")
    held = _holdings(rec)
    disclaiming = sorted(n for n, cs in held.items() if cs[0].disclaims)
    assert len(disclaiming) == 13
    assert "Farallon Partners, L.L.C." in disclaiming
    assert "Thomas F. Steyer" in disclaiming and "Monica R. Landry" in disclaiming
    # the funds hold the shares and disclaim nothing
    assert held["Farallon Capital Partners, L.P."][0].disclaims is None


def test_disclaimer_by_a_shorter_name_of_a_person():
    # "David Shaw disclaims beneficial ownership of such 698,700 shares." of "David E. Shaw"
    rec = _record("1996_SC_13GA_933203.txt")
    held = _holdings(rec)
    assert [(c.shares, c.disclaims) for c in held["David E. Shaw"]] == [(698700, True)]
    assert held["D.E. Shaw Investments, L.P."][0].disclaims is None


# --- outstanding per class; a stale Item 5(a) ---------------------------------------------

def test_outstanding_stated_per_class_is_not_given_to_both_classes():
    # "there were 2,113,514 shares of Class A Common Stock and 1,256,486 shares of Class B
    # Common Stock issued and outstanding"; the statement reports both classes
    rec = _record("1994_SC_13D_356981.txt")
    assert rec.outstanding_shares is not None and rec.outstanding_shares.value is None
    (w,) = [w for w in rec.warnings if w.code == "outstanding-per-class"]
    assert "2,113,514 of Class A" in w.message and "1,256,486 of Class B" in w.message


def test_item5_contradicting_every_cover_aggregate_warns():
    # cover pages: 387,100 (8.5%) each; Item 5(a): "relates to 322,100 Shares ... approximately
    # 7.1% of the issued and outstanding Shares"
    rec = _record("1996_SC_13DA_912428.txt")
    assert {c.shares for cs in _holdings(rec).values() for c in cs} == {387100}
    (w,) = [w for w in rec.warnings if w.code == "item5-cover-mismatch"]
    assert "322,100 shares (7.1%)" in w.message and "387,100 shares (8.5%)" in w.message
    assert w.line is not None


def test_item5_restating_the_cover_does_not_warn():
    for name in ("1994_SC_13D_356981.txt", "2011_SC_13DA_1491714.txt", "../sigs/1994_SC_13DA_757011.txt",
                 "1994_SC_13DA_45370.txt", "2016_SC_13D_1669540.txt"):
        assert "item5-cover-mismatch" not in _codes(_record(name)), name


def test_subject_company_cik_that_is_the_filers_own_stays_with_the_filer():
    # Crane 1994 13D/A on Mark Controls: the header gives "CRANE CO /DE/ CIK 0000025445" both as
    # SUBJECT COMPANY and as FILED BY; the issuer named in the filing must not get Crane's CIK
    rec = _record("1994_SC_13DA_25445.txt")
    ciks = {p.name: [i.value for i in p.identifiers if i.scheme.value == "cik"]
            for p in rec.parties}
    assert ciks["Mark Controls Corporation"] == []
    # the header's name: the letter printed after the signature ("CRANE CO." under "Confirmed
    # and Agreed to:") is no signature of the filing
    assert ciks["CRANE CO"] == ["0000025445"]
