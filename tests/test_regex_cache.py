"""The on-disk cache of compiled patterns (graphkit.regex_cache): what it returns equals
``re.compile``'s for every module-level pattern of graphkit and resolvers, cold and warm, and a
missing, damaged, foreign or unwritable cache file only costs time. Every cache here lives in
``tmp_path``, never in the real home.
"""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
import warnings
import zlib
from pathlib import Path

import pytest

import graphkit
import resolvers
from graphkit import regex_cache
from graphkit.regex_cache import MAX_IDLE_WRITES, RegexCache

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(regex_cache._load_internals() is None,
                                reason="no mirrored regex internals on this Python")

#: Patterns with named and unnamed groups, inline and passed flags, classes and lookarounds
SAMPLES = [
    (r"(?P<shares>\d{1,3}(?:,\d{3})*)\s+(shares)", 0),
    (r"(?i)acme\s+fund\s+(?P<form>l\.?p\.?)", 0),
    (r"""(?P<name>[A-Z][a-z]+) \s+ (?P=name)? (?<!Roe) (?=\s|$)""", re.VERBOSE | re.IGNORECASE),
    (r"(?s)(?<=Item\s4)(.*?)(?=Item\s5)", re.MULTILINE),
    (r"[^\W\d_]+(?>\s+)(?:Jane|John)++\s+Roe", re.ASCII),
    (r"\bpercent\s+of\s+class\b", re.IGNORECASE | re.UNICODE),
]


def _same(cached: re.Pattern, pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert cached == expected
    assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
        expected.pattern, expected.flags, expected.groups, expected.groupindex)


def _module_patterns() -> dict[tuple[str, int], re.Pattern]:
    """Every str pattern held at module level (directly or in a tuple, list or dict)."""
    found: dict[tuple[str, int], re.Pattern] = {}

    def collect(value: object, depth: int = 0) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found[(value.pattern, value.flags)] = value
        elif isinstance(value, (tuple, list)) and depth < 2:
            for item in value:
                collect(item, depth + 1)
        elif isinstance(value, dict) and depth < 2:
            for item in value.values():
                collect(item, depth + 1)

    for package in (graphkit, resolvers):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            for value in vars(importlib.import_module(info.name)).values():
                collect(value)
    return found


def test_every_module_pattern_cold_and_warm(tmp_path):
    patterns = _module_patterns()
    assert len(patterns) > 900
    cold = RegexCache(tmp_path)
    built = {key: cold.compile(*key) for key in patterns}
    cold.save()
    warm = RegexCache(tmp_path)
    for key, compiled in built.items():
        expected = re.compile(*key)
        for got in (compiled, warm.compile(*key)):
            assert got == expected, key[0][:80]
            assert (got.groups, got.groupindex, got.flags) == (
                expected.groups, expected.groupindex, expected.flags), key[0][:80]
    assert not warm._dirty  # every one a hit


@pytest.mark.parametrize("pattern, flags", SAMPLES)
def test_samples_cold_and_warm(tmp_path, pattern, flags):
    cold = RegexCache(tmp_path)
    _same(cold.compile(pattern, flags), pattern, flags)
    cold.save()
    warm = RegexCache(tmp_path)
    _same(warm.compile(pattern, flags), pattern, flags)
    assert not warm._dirty


def test_regexflag_and_int_flags_share_an_entry(tmp_path):
    cache = RegexCache(tmp_path)
    first = cache.compile(r"acme", re.IGNORECASE | re.VERBOSE)
    cache.save()
    warm = RegexCache(tmp_path)
    assert warm.compile(r"acme", int(re.IGNORECASE | re.VERBOSE)) == first
    assert not warm._dirty


@pytest.mark.parametrize("pattern, flags", [
    (rb"(?P<cusip>[0-9A-Z]{9})", 0),     # bytes
    (r"acme", re.DEBUG),                 # prints the parse tree
    (r"acme", type("Flags", (int,), {})(2)),  # flags of an int subclass
])
def test_fallbacks_go_to_re_compile(tmp_path, capsys, pattern, flags):
    cache = RegexCache(tmp_path)
    assert cache.compile(pattern, flags) == re.compile(pattern, flags)
    cache.save()
    assert not list(tmp_path.iterdir())


def test_compiled_pattern_passes_through(tmp_path):
    compiled = re.compile(r"acme")
    assert RegexCache(tmp_path).compile(compiled) is compiled


def test_bad_pattern_raises_as_re_does(tmp_path):
    with pytest.raises(re.error) as ours:
        RegexCache(tmp_path).compile(r"(?P<a>x")
    with pytest.raises(re.error) as theirs:
        re.compile(r"(?P<a>x")
    assert str(ours.value) == str(theirs.value)


def test_warning_pattern_warns_and_is_not_cached(tmp_path):
    cache = RegexCache(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compiled = cache.compile(r"[[a]")
    assert any(issubclass(w.category, FutureWarning) for w in caught)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert compiled == re.compile(r"[[a]")
    assert (r"[[a]", 0) not in cache._entries


def _filled(tmp_path: Path) -> RegexCache:
    cache = RegexCache(tmp_path)
    for pattern, flags in SAMPLES:
        cache.compile(pattern, flags)
    cache.save()
    return cache


def _warm_hits(tmp_path: Path) -> bool:
    """Whether a fresh cache finds every sample, each equal to re.compile's."""
    cache = RegexCache(tmp_path)
    for pattern, flags in SAMPLES:
        _same(cache.compile(pattern, flags), pattern, flags)
    return not cache._dirty


def _rewrite(path: Path, data: object) -> None:
    path.write_bytes(zlib.compress(marshal.dumps(data)))


def _damage_code(entries: dict) -> dict:
    return {key: e[:2] + (b"\xff" * len(e[2]),) + e[3:] for key, e in entries.items()}


def _damage_groups(entries: dict) -> dict:
    return {key: entry[:3] + (entry[3] + 5,) + entry[4:] for key, entry in entries.items()}


@pytest.mark.parametrize("damage", [
    lambda blob, tag: blob[:len(blob) // 2],                                   # truncated
    lambda blob, tag: blob[:100] + bytes(b ^ 0x5A for b in blob[100:200]) + blob[200:],  # corrupt
    lambda blob, tag: b"",                                                     # empty
    lambda blob, tag: b"not zlib at all",
    lambda blob, tag: zlib.compress(b"\x00not marshal"),
    lambda blob, tag: zlib.compress(marshal.dumps(["a", "list"])),             # wrong type
])
def test_damaged_file_falls_back_and_is_rewritten(tmp_path, damage):
    cache = _filled(tmp_path)
    cache.path.write_bytes(damage(cache.path.read_bytes(), cache.internals.tag))
    assert not _warm_hits(tmp_path)  # every sample compiled afresh, equal to re.compile's...
    again = RegexCache(tmp_path)
    for pattern, flags in SAMPLES:
        again.compile(pattern, flags)
    again.save()
    assert _warm_hits(tmp_path)  # ... and the file is whole again


@pytest.mark.parametrize("edit", [
    lambda tag, gen, entries: ("graphkit-regex-1-cpython-3.99.0-sre1-4-1-1-00000000", gen, entries),
    lambda tag, gen, entries: (tag, "7", entries),
    lambda tag, gen, entries: (tag, gen, _damage_code(entries)),
    lambda tag, gen, entries: (tag, gen, _damage_groups(entries)),
    lambda tag, gen, entries: (tag, gen, {k: e[:5] for k, e in entries.items()}),
    lambda tag, gen, entries: (tag, gen, {k: list(e) for k, e in entries.items()}),
    lambda tag, gen, entries: (tag, gen, {k: e[:2] + (e[2][:-1],) + e[3:]
                                          for k, e in entries.items()}),
])
def test_foreign_or_malformed_entries_are_not_used(tmp_path, edit):
    cache = _filled(tmp_path)
    data = marshal.loads(zlib.decompress(cache.path.read_bytes()))
    _rewrite(cache.path, edit(*data))
    assert not _warm_hits(tmp_path)
    fixed = RegexCache(tmp_path)
    for pattern, flags in SAMPLES:
        fixed.compile(pattern, flags)
    fixed.save()
    assert _warm_hits(tmp_path)


def test_unwritable_directory_is_fine(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    cache = RegexCache(blocker / "cache")
    for pattern, flags in SAMPLES:
        _same(cache.compile(pattern, flags), pattern, flags)
    cache.save()  # silent
    assert list(tmp_path.iterdir()) == [blocker]


def test_no_temporary_files_left(tmp_path):
    _filled(tmp_path)
    assert [p.suffix for p in tmp_path.iterdir()] == [".cache"]


def test_file_name_names_the_interpreter(tmp_path):
    name = RegexCache(tmp_path).path.name
    import _sre
    for part in (f"{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}",
                 f"sre{_sre.MAGIC}", str(_sre.CODESIZE), str(_sre.MAXREPEAT), str(_sre.MAXGROUPS)):
        assert part in name


def test_unmirrored_python_compiles_plainly(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MIRRORED_VERSIONS", ())
    cache = RegexCache(tmp_path)
    assert cache.internals is None and cache.path is None
    assert cache.compile(*SAMPLES[0]) == re.compile(*SAMPLES[0])
    cache.save()
    assert not list(tmp_path.iterdir())


def test_parallel_writers_merge(tmp_path):
    first, second = RegexCache(tmp_path), RegexCache(tmp_path)
    first.compile(*SAMPLES[0])
    second.compile(*SAMPLES[1])
    first.save()
    second.save()
    warm = RegexCache(tmp_path)
    warm.compile(*SAMPLES[0])
    warm.compile(*SAMPLES[1])
    assert not warm._dirty


def test_stale_entries_are_dropped(tmp_path):
    cache = RegexCache(tmp_path)
    cache.compile(r"stale Acme Fund LP")
    cache.save()
    for write in range(MAX_IDLE_WRITES + 1):
        later = RegexCache(tmp_path)
        later.compile(r"kept (?P<n>\d+)")
        later.compile(f"fresh {write}")
        later.save()
        entries = marshal.loads(zlib.decompress(later.path.read_bytes()))[2]
        assert ((r"stale Acme Fund LP", 0) in entries) == (write < MAX_IDLE_WRITES)
        assert (r"kept (?P<n>\d+)", 0) in entries


def test_no_write_without_misses(tmp_path):
    _filled(tmp_path)
    path = RegexCache(tmp_path).path
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(before - 10**9, before - 10**9))
    assert _warm_hits(tmp_path)
    assert path.stat().st_mtime_ns == before - 10**9


@pytest.mark.parametrize("setting, expected", [
    ("0", None), ("off", None), ("", None), ("No", None), ("false", None),
])
def test_env_switch_off(monkeypatch, setting, expected):
    monkeypatch.setenv(regex_cache.ENV_VAR, setting)
    assert regex_cache.cache_directory() is expected


def test_env_moves_and_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv(regex_cache.ENV_VAR, str(tmp_path / "elsewhere"))
    assert regex_cache.cache_directory() == tmp_path / "elsewhere"
    monkeypatch.delenv(regex_cache.ENV_VAR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert regex_cache.cache_directory() == tmp_path / "xdg" / "graphkit"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert regex_cache.cache_directory() == tmp_path / "home" / ".cache" / "graphkit"


CHILD = """
import re
from graphkit import regex_cache
PATTERN = r"(?P<holder>Acme) Fund"
assert regex_cache.compile(PATTERN, re.I) == re.compile(PATTERN, re.I)
"""


@pytest.mark.parametrize("setting, written", [("{tmp}/moved", True), ("0", False)])
def test_env_switch_in_a_process(tmp_path, setting, written):
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "xdg"),
               PYTHONPATH=str(ROOT))
    env[regex_cache.ENV_VAR] = setting.format(tmp=tmp_path)
    subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=ROOT, check=True)
    files = [p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*") if p.is_file()]
    assert files == (["moved"] if written else [])
