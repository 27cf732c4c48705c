"""Audit fixes: no veto-crossing fuzzy links, footnote markers and row numbers, phrases as parties."""

from graphkit.parsers.partybook import PartyBook, capacity_of, looks_like_name
from graphkit.parsers.schedule13_cover import clean_cover_text, find_cover_pages
from graphkit.parsers.signatures import _is_party_line
from graphkit.source import SourceText


def test_reporting_persons_differing_in_form_or_distinctive_word_stay_apart():
    # 13g/barclays_unionbancal_2008_sc13g.txt, 13g/millennium_livent_2024_sc13g.html
    b = PartyBook()
    na = b.add("Barclays Global Investors, NA.", role="reporting_person")
    ltd = b.add("Barclays Global Investors, LTD", role="reporting_person")
    assert na.id != ltd.id
    ids = {b.add(n, role="reporting_person").id
           for n in ("BGI Japan Ltd", "BGI Canada Ltd", "BGI Australia Ltd")}
    assert len(ids) == 3
    mm = b.add("Millennium Management LLC", role="reporting_person")
    assert b.add("Millennium Group Management LLC").id != mm.id
    assert b.add("MILLENNIUM MANAGEMENT LLC").id == mm.id
    assert b.add("BARCLAYS GLOBAL INVESTORS, N.A.").id == na.id


def test_footnote_marker_and_row_number_are_not_values():
    # 13d/mmcap_cybergy_sc13d.html (HTML rendered to text)
    text = ("1 | NAME OF REPORTING PERSON James S. Williamson\n\n"
            "6 | CITIZENSHIP OR PLACE OF ORGANIZATION USA\n\n"
            "NUMBER OF SHARES BENEFICIALLY OWNED BY EACH REPORTING PERSON WITH | 7 | "
            "SOLE VOTING POWER 81,061,550(1)\n\n8 | SHARED VOTING POWER 0\n\n"
            "9 | SOLE DISPOSITIVE POWER 154,512,580 (1)\n\n10 | SHARED DISPOSITIVE POWER 0\n\n"
            "11 | AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON\n\n"
            "12 | CHECK BOX IF THE AGGREGATE AMOUNT IN ROW (11) EXCLUDES CERTAIN SHARES* [ ]\n\n"
            "13 | PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11) 75.9%\n\n"
            "14 | TYPE OF REPORTING PERSON* IN\n")
    [cp] = find_cover_pages(SourceText(path="x.txt", text=text))
    assert [r.value for r in cp.values["sole_voting"]] == [81061550]
    assert [r.value for r in cp.values["sole_dispositive"]] == [154512580]
    assert "aggregate" not in cp.values  # the row is empty; "12" is the next row's number
    assert "(1)" not in clean_cover_text("81,061,550(1)")


def test_phrases_descriptors_and_capacities_are_not_party_names():
    # 13g/amhequity_cvd_2020_sc13ga.txt line 439; 13g/idanta_hifn_2000_sc13ga.txt
    assert not looks_like_name("and were not acquired and are not held in connection with or as a")
    assert not looks_like_name("a Texas limited partnership")
    assert not _is_party_line("a Texas limited partnership")
    assert _is_party_line("IDANTA PARTNERS LTD.")
    assert capacity_of("Trustee of DFT") == "DFT"
    assert looks_like_name("The Dunn Family Trust")
