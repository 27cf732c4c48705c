"""Decoding files: UTF-8, Windows-1252, mojibake, BOMs, and what is refused."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphkit.errors import InputError
from graphkit.reading import MOJIBAKE, binary_reason, fix_mojibake, read_source


def test_utf8_plain(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("SCHEDULE 13G\r\nCafé ✓\r\n", encoding="utf-8")
    src = read_source(f)
    assert src.text == "SCHEDULE 13G\nCafé ✓\n"
    assert src.warnings == []


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    f = tmp_path / "b.txt"
    f.write_bytes("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u2019s \u20ac".encode("cp1252"))
    src = read_source(f)
    assert src.text == "Société Générale ’s €"
    assert [w.code for w in src.warnings] == ["encoding"]
    assert str(f) in src.warnings[0].message


def test_mojibake_is_repaired_with_a_warning(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("the Issuer\u00e2\u20ac\u2122s \u00e2\u20ac\u0153Fund\u00e2\u20ac\u009d",
                 encoding="utf-8")
    src = read_source(f)
    assert src.text == "the Issuer’s “Fund”"
    assert [w.code for w in src.warnings] == ["mojibake"]


def test_utf8_bom_and_utf16(tmp_path):
    f = tmp_path / "d.txt"
    f.write_bytes(b"\xef\xbb\xbfSCHEDULE 13D")
    assert read_source(f).text == "SCHEDULE 13D"
    g = tmp_path / "e.txt"
    g.write_bytes("SCHEDULE 13D".encode("utf-16"))
    assert read_source(g).text == "SCHEDULE 13D"


@pytest.mark.parametrize("raw,fixed", [("Caf\u00c3\u00a9", "Café"), ("a\u00c2\u00a0b", "a\u00a0b"),
                                       ("Müller", "Müller"), ("plain", "plain")])
def test_mojibake_pattern(raw, fixed):
    assert fix_mojibake(raw)[0] == fixed


def test_mojibake_regex_matches_example():
    assert MOJIBAKE.search("it\u00e2\u20ac\u2122s").group(0) == "\u00e2\u20ac\u2122"


@pytest.mark.parametrize("head,reason", [(b"%PDF-1.7", "PDF"), (b"PK\x03\x04xx", "ZIP/Office"),
                                         (b"abc\x00\x00", "NUL bytes"),
                                         (bytes(range(1, 9)) * 10, "mostly control bytes"),
                                         (b"SCHEDULE 13G\n\tItem 1", None)])
def test_binary_reason(head, reason):
    assert binary_reason(head) == reason


@pytest.mark.parametrize("content,words", [(b"", "empty file"), (b"  \n\n ", "whitespace"),
                                           (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG)")])
def test_refused_files_name_the_file(tmp_path, content, words):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError) as exc:
        read_source(f)
    assert str(f) in str(exc.value) and words in str(exc.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_source(tmp_path)


@pytest.mark.parametrize("limit", [29, 30, 31, 1000])
def test_file_at_the_limit_is_read_whole(tmp_path, limit):
    f = tmp_path / "edge.txt"
    f.write_text("SCHEDULE 13G\n" + "x" * 16 + "\n")  # 30 bytes
    src = read_source(f, max_bytes=limit)
    assert src.text == ("SCHEDULE 13G\n" if limit < 30 else f.read_text())
    assert [w.code for w in src.warnings] == (["large-file"] if limit < 30 else [])


def test_large_file_is_read_up_to_the_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("SCHEDULE 13G\n" + "x" * 100 + "\n" + "y" * 5000 + "\n")
    src = read_source(f, max_bytes=1000)
    assert len(src.text) <= 1000 and src.text.startswith("SCHEDULE 13G")
    assert [w.code for w in src.warnings] == ["large-file"]
    assert str(f) in src.warnings[0].message


@given(st.text(alphabet=st.characters(max_codepoint=0x2200), max_size=40))
def test_lead_char_check_agrees_with_the_pattern(text):
    # the quick check never says no where MOJIBAKE could match
    from graphkit.reading import _has_lead_char
    assert _has_lead_char(text) == bool(re.search("[\u00c2-\u00f4]", text))
    if not _has_lead_char(text):
        assert MOJIBAKE.search(text) is None
