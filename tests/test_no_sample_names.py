"""Library code must generalize: it never names a party of the samples or the corpus.

Parsers and resolvers are judged on filings nobody has seen, so a rule that only works because
it names "Trident" or "Qualys" is a defect. This test reads every library module (graphkit/ and
resolvers/, not tests) and fails on any such name.
"""

from __future__ import annotations

import re

from tests.conftest import ROOT

#: Names of parties in the two samples and the corpus that must never appear in library code.
FORBIDDEN = re.compile(
    r"trident|qualys|tcmv|tcvaq|tcvcv|dixon|meekin|moragne|mccormack|courtot|eschelbeck|"
    r"saltzman|vieux|mercury interactive|abs ventures|grp partners|icahn|larkspur|northgate|"
    r"farallon|accipiter|sofinnova|harraden|citadel|blackrock|millennium|glazer|pentwater|"
    r"marex|commodore|askeladden|prescott|tontine|centerbridge|lioneye|wesmar|gaston|"
    r"fitzgerald|buffett|berkshire|snowflake|pleasant lake|hashnote|gabelli|upshot|investure|"
    r"belltower|vepf",
    re.IGNORECASE)


def library_files():
    for pkg in ("graphkit", "resolvers"):
        for path in sorted((ROOT / pkg).rglob("*")):
            if path.suffix in {".py", ".csv", ".json", ".html", ".js", ".tsv", ".txt"} \
                    and "samples" not in path.parts and "__pycache__" not in path.parts:
                yield path


def test_library_names_no_sample_party():
    hits = []
    for path in library_files():
        if path.suffix == ".js":  # vendored vis-network script
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace")
                                 .splitlines(), 1):
            m = FORBIDDEN.search(line)
            if m:
                hits.append(f"{path.relative_to(ROOT)}:{n}: {m.group(0)!r}")
    assert not hits, "library code names sample/corpus parties:\n" + "\n".join(hits)


def test_forbidden_pattern_catches_names():
    assert FORBIDDEN.search('if name == "Trident Capital":')
    assert FORBIDDEN.search("QUALYS")
    assert not FORBIDDEN.search("general partner of the fund")
