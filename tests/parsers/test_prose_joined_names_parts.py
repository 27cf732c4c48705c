"""A part of a name joined by "and" or "&" that the filing writes on its own is no part of the
whole name (:mod:`graphkit.parsers.prose_joined_names`, review rv47c).

The three fixtures are the Central Garden & Pet 13G/A of ``holdout/2002_SC_13GA_887733.txt``
(adviser Willow Creek Capital Management, its sole shareholder and control person Aaron H.
Braun, member and controlling owner of WC Capital Management, LLC) with the adviser renamed
and Item 10's last sentence edited (``nm47/SOURCES.tsv``):

* ``..._and_name_part.txt``: "Mr. Braun is the sole shareholder of Creek Capital Management and
  a director of Willow and Creek Capital Management": a party "Creek Capital Management" of its
  own, which the whole name swallowed (all claims on the adviser);
* ``..._amp_name.txt``: the adviser "Braun & Co." and "Braun is the sole shareholder of Braun &
  Co., and a member and the controlling owner of WC Capital Management, LLC": "Braun" (Aaron
  Braun) was read as the adviser, which became member and shareholder of WC;
* ``..._and_name_term.txt``: 'Creek Capital Management ("CCM") is an affiliate of Willow and
  Creek Capital Management. Mr. Braun is the sole shareholder of CCM': "CCM" was bound to the
  adviser.
"""

from __future__ import annotations

from pathlib import Path

from graphkit.parse import parse_path
from graphkit.parsers.prose_joined_names import whole_joined_name, whole_name_before

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "filings" / "nm47"
ADVISER = "Willow and Creek Capital Management"
PART = "Creek Capital Management"
WC = "WC Capital Management, LLC"


def _links(name: str) -> tuple[dict, set]:
    (rec,) = parse_path(FIXTURES / name).records
    names = {p.id: p.name for p in rec.parties}
    return names, {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}


def test_part_written_on_its_own_stays_itself() -> None:
    said = ("Mr. Braun is the sole shareholder of Creek Capital Management and a director of "
            "Willow and Creek Capital Management")
    assert whole_joined_name(PART, said, [ADVISER]) is None
    assert whole_joined_name("Willow", said, [ADVISER]) == ADVISER  # only inside the whole
    # the same part inside two writings of the whole: the whole
    said2 = f"{ADVISER} is the adviser. Mr. Braun controls {ADVISER}."
    assert whole_joined_name(PART, said2, [ADVISER]) == ADVISER


def test_bare_surname_of_a_party_is_not_the_firm() -> None:
    said = "Braun is the sole shareholder of Braun & Co., and a member of WC Capital Management"
    resolved = {"Braun", "Aaron Braun"}.__contains__  # the book's lookup: "Braun" is a person
    assert whole_joined_name("Braun", said, ["Braun & Co.", "Aaron Braun"], resolved) is None


def test_both_sides_parties_are_two_parties() -> None:
    known = ["Acme Fund LP and Beta Fund LP", "Acme Fund LP", "Beta Fund LP"]
    said = "Acme Fund LP and Beta Fund LP (together, the Funds) each own 5%."
    assert whole_joined_name("Beta Fund LP", said, known) is None
    assert whole_name_before("Beta Fund LP", "filed by Acme Fund LP and ", known) is None
    # one side a party, the other no name of any: the firm named after the party
    said2 = "Jane Roe & Sons is the manager."
    assert whole_joined_name("Jane Roe", said2, ["Jane Roe & Sons", "Jane Roe"]) == \
        "Jane Roe & Sons"


def test_filing_with_the_part_alone_keeps_both_parties() -> None:
    names, links = _links("2002_SC_13GA_887733_and_name_part.txt")
    assert sorted(names.values()) == ["Aaron Braun", "Central Garden & Pet Company", PART, WC,
                                      ADVISER]
    assert {("Aaron Braun", "shareholder_of", PART), ("Aaron Braun", "control_person_of", ADVISER),
            ("Aaron Braun", "director_of", ADVISER)} <= links
    assert ("Aaron Braun", "shareholder_of", ADVISER) not in links
    # "a director of Willow and Creek Capital Management" is read as "Willow" and "Creek
    # Capital Management": the second is the adviser too, though the sentence has the part alone
    assert ("Aaron Braun", "director_of", PART) not in links


def test_filing_with_the_founder_surname_keeps_his_claims() -> None:
    names, links = _links("2002_SC_13GA_887733_amp_name.txt")
    assert sorted(names.values()) == ["Aaron Braun", "Braun & Co.",
                                      "Central Garden & Pet Company", WC]
    assert {("Aaron Braun", "shareholder_of", "Braun & Co."),
            ("Aaron Braun", "control_person_of", "Braun & Co."),
            ("Aaron Braun", "member_of", WC), ("Aaron Braun", "shareholder_of", WC)} <= links
    assert not {(s, r, t) for s, r, t in links if s == "Braun & Co." and r in (
        "member_of", "shareholder_of")}


def test_filing_with_a_term_for_the_part_binds_it_to_the_part() -> None:
    (rec,) = parse_path(FIXTURES / "2002_SC_13GA_887733_and_name_term.txt").records
    names = {p.id: p.name for p in rec.parties}
    part = next(p for p in rec.parties if p.name == PART)
    adviser = next(p for p in rec.parties if p.name == ADVISER)
    assert [a.name for a in part.aliases] == ["CCM"]
    assert "CCM" not in [a.name for a in adviser.aliases]
    links = {(names[c.source], c.relation.value, names[c.target]) for c in rec.claims}
    assert {("Aaron Braun", "shareholder_of", PART),
            ("Aaron Braun", "control_person_of", ADVISER)} <= links
    assert ("Aaron Braun", "shareholder_of", ADVISER) not in links
    assert ("Aaron Braun", "control_person_of", PART) not in links


def test_other_side_of_a_whole_read_in_the_same_statement() -> None:
    from graphkit.models import Evidence
    from graphkit.parsers.prose import ProseFinding
    from graphkit.parsers.prose_joined_names import with_sibling_wholes, with_whole_names
    from graphkit.relations import Relation
    said = ("Mr. Braun is the sole shareholder of Creek Capital Management and a director of "
            "Willow and Creek Capital Management")

    def read(relation: Relation, held: str) -> ProseFinding:
        return ProseFinding(relation=relation, holder="Mr. Braun", held=held,
                            evidence=Evidence(source="x", text=said))
    wholes: dict = {}
    got = []
    for rel, held in ((Relation.SHAREHOLDER_OF, PART), (Relation.DIRECTOR_OF, "Willow"),
                      (Relation.DIRECTOR_OF, PART)):
        f = read(rel, held)
        got.append(with_sibling_wholes(f, with_whole_names(f, [ADVISER]), wholes).held)
    assert got == [PART, ADVISER, ADVISER]  # the shareholding is another statement


def test_part_listed_alone_beside_the_whole_stays_itself() -> None:
    # review rv47g item 4: the sentence lists the part on its own in the same statement; the
    # finding of it was made the whole name and the part's own directorship was lost
    from graphkit.models import Evidence
    from graphkit.parsers.prose import ProseFinding
    from graphkit.parsers.prose_joined_names import with_sibling_wholes, with_whole_names
    from graphkit.relations import Relation
    known = ["Willow and Roe Capital", "Roe Capital"]
    for said in ("Jo Roe is a director of Roe Capital and of Willow and Roe Capital",
                 "Jo Roe is a director of Willow and Roe Capital, and of Roe Capital"):
        wholes: dict = {}
        got = []
        for held in ("Willow", "Roe Capital"):
            f = ProseFinding(relation=Relation.DIRECTOR_OF, holder="Jo Roe", held=held,
                             evidence=Evidence(source="x", text=said))
            got.append(with_sibling_wholes(f, with_whole_names(f, known), wholes).held)
        assert got == ["Willow and Roe Capital", "Roe Capital"]


def test_part_that_is_a_party_beside_a_firm_not_read_yet() -> None:
    # review rv47g item 5: "Acme LP" is a party and "Beta LP" a firm's name not read yet: two
    # parties listed, the part kept (it was read as the whole); "Jane Roe & Co." stays one firm
    known = ["Acme LP and Beta LP", "Acme LP"]
    assert whole_joined_name("Acme LP", "Jo Roe is a director of Acme LP and Beta LP",
                             known) is None
    assert whole_joined_name("Jane Roe", "Jane Roe & Co. holds 5%",
                             ["Jane Roe", "Jane Roe & Co."]) == "Jane Roe & Co."
    assert whole_joined_name("Jane Roe", "Jane Roe & Sons is the manager.",
                             ["Jane Roe & Sons", "Jane Roe"]) == "Jane Roe & Sons"
