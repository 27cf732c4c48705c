"""Four small wrong names seen on real filings (session 26): a possessive company name cut to its
legal form ("Roe's Sons, Inc." read as "Roe's son" and "Inc."), generic defined terms recorded as
aliases ('(the "Issuer")'), a national association's cell period ("Acme Bank, NA.") and EDGAR's
class tag after an issuer's legal form ("ACME HOLDINGS LTD. CL")."""

from __future__ import annotations

import pytest

from graphkit.parsers.prose import find_relationships
from graphkit.parsers.prose_possessives import person_names
from graphkit.source import SourceText


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f.holder, f.relation.value, f.held)
            for f in find_relationships(SourceText(path="x.txt", text=text))]


# 1. A capitalised kinship word followed by a legal form is the organization's own name

@pytest.mark.parametrize("name", [
    "Roe's Sons, Inc.", "Roe's Daughters, Inc.", "Roe's Brothers, LLC", "Roe's Children, L.P.",
    "Roe's Sons Holdings, LLC", "Jane Roe's Sons LLC"])
def test_role_of_held_is_keeps_a_possessive_company_name(name):
    stop = "" if name.endswith(".") else "."
    text = f"The general partner of Roe Investments, L.P. is {name}{stop}\n"
    assert _read(text) == [(name, "general_partner_of", "Roe Investments, L.P.")]


def test_managing_member_and_a_list_keep_the_company_name():
    assert _read("The managing member of Roe Investments, LLC is Roe's Sons, Inc.\n") == [
        ("Roe's Sons, Inc.", "managing_member_of", "Roe Investments, LLC")]
    assert _read("The members of Acme GP LLC are Jane Q. Roe and Roe's Sons, Inc.\n") == [
        ("Jane Q. Roe", "member_of", "Acme GP LLC"), ("Roe's Sons, Inc.", "member_of", "Acme GP LLC")]


@pytest.mark.parametrize("text", [
    "Roe's Sons, Inc. is the general partner of Roe Investments, L.P.\n",
    "Roe Investments, L.P., of which Roe's Sons, Inc. is the general partner, holds shares.\n",
    "Roe's Sons, Inc., the general partner of Roe Investments, L.P., holds shares.\n"])
def test_other_sentence_shapes_keep_the_company_name(text):
    assert _read(text) == [("Roe's Sons, Inc.", "general_partner_of", "Roe Investments, L.P.")]


@pytest.mark.parametrize("text, holder", [
    ("The general partner of Roe Investments, L.P. is Jane Roe's son, John Roe.\n", "John Roe"),
    ("The general partner of Roe Investments, L.P. is Jane Roe's Son, John Roe.\n", "John Roe"),
    ("The general partner of Roe Investments, L.P. is McDonald's Holdings, LLC.\n",
     "McDonald's Holdings, LLC")])
def test_a_kinship_phrase_before_a_person_is_still_dropped(text, holder):
    assert _read(text) == [(holder, "general_partner_of", "Roe Investments, L.P.")]


def test_person_names_keeps_the_company_and_drops_the_kinship_phrases():
    assert person_names("Jane Roe's son, John Roe, and Roe's Sons, Inc.") == [
        "John Roe", "Roe's Sons, Inc."]
    assert person_names("Jane Q. Roe and Mr. Roe's Son, Acme Trust") == ["Jane Q. Roe", "Acme Trust"]
    assert person_names("her son, John Roe, and Roe's Brothers Holdings LLC") == [
        "John Roe", "Roe's Brothers Holdings LLC"]
