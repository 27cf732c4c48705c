"""Compiled regular expressions kept on disk, so that graphkit starts in a fraction of a second.

Why this exists: graphkit's parsers and resolvers compile about a thousand module-level patterns
(1.7 M characters of pattern source) on import. CPython compiles a regex in pure Python
(``re._parser.parse`` and ``re._compiler._code``): about 4.5 s of CPU, paid again by every CLI
call, every test process and every worker a process pool starts with "spawn" (the default on
macOS and Windows). Only the last step, ``_sre.compile``, is written in C, and it is fast.

:func:`compile` returns what :func:`re.compile` returns, a :class:`re.Pattern` equal to it
(``==`` compares the pattern, the flags and the compiled code). The first time a pattern is seen
it is compiled with the same internals ``re._compiler.compile`` uses, and the result of the
slow steps (the code as integers, the final flags, the groups and group names) is recorded; at
exit the records are written to a cache file. Later processes rebuild each Pattern from its record
with ``_sre.compile``, which checks the code itself: about 0.1 s for all of them.

This relies on CPython's regex internals. They are used only on the versions whose
``re._compiler.compile`` was read and mirrored here (3.11, 3.12 and 3.13, identical there;
3.10 has ``sre_compile`` and 3.14 changed ``_code`` and ``_sre.compile``), and only after a probe
pattern built both ways compares equal. Anywhere else, and for bytes patterns, ``re.DEBUG``,
``re.TEMPLATE`` or anything but a plain ``str`` pattern with ``int`` flags, :func:`compile` *is*
``re.compile``. A pattern whose compilation warns is never cached, so the warning is not lost.

The cache file
--------------
- Lives in ``$XDG_CACHE_HOME/graphkit/`` (``~/.cache/graphkit/`` when unset). The environment
  variable ``GRAPHKIT_REGEX_CACHE`` moves it (any other directory) or turns it off (``0``,
  ``off``, ``no``, ``false`` or empty), read once, on the first compile.
- Its name carries the Python version and the regex engine's ``MAGIC``, ``CODESIZE``,
  ``MAXREPEAT`` and ``MAXGROUPS`` (and a digest of the full build string, byte order and Unicode
  version, which the code depends on), and the same tag is checked inside the file: another
  interpreter never reads it.
- Is read lazily (on the first compile), written once at exit and only when there were misses,
  atomically (a temporary file then :func:`os.replace`), so parallel processes never see half a
  file; the writer re-reads the file first and merges, so parallel writers lose nothing but time.
- Any error reading it (missing, unreadable, truncated, corrupt, another format, entries of the
  wrong shape) or writing it (read-only home) is silent: the pattern is compiled as
  :func:`re.compile` would. Every entry's shape is checked before use and ``_sre.compile``
  validates the code; a bad entry is compiled afresh and replaced.
- Is ``marshal`` data compressed with ``zlib`` (about 1.5 MB for graphkit's patterns): as trusted
  as the ``__pycache__`` files Python itself loads from the same home.
- Stale entries (patterns edited away) are dropped: each write is a new *generation*, every entry
  remembers the last generation that used it, and an entry unused for :data:`MAX_IDLE_WRITES`
  writes is left out. A pattern dropped that way while still in use is only compiled again.

Examples
--------
>>> import re
>>> from graphkit import regex_cache
>>> YEAR = regex_cache.compile(r"(?P<year>(?:19|20)\\d\\d)", re.VERBOSE)
>>> YEAR == re.compile(r"(?P<year>(?:19|20)\\d\\d)", re.VERBOSE)
True
>>> YEAR.search("filed in 2021").group("year")
'2021'
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
import tempfile
import threading
import warnings
import zlib
from pathlib import Path
from typing import Any, Optional

#: Environment variable: a directory for the cache file, or 0/off/no/false/empty to turn it off
ENV_VAR = "GRAPHKIT_REGEX_CACHE"
#: Values of :data:`ENV_VAR` that turn the cache off
OFF_VALUES = frozenset({"", "0", "off", "no", "false"})
#: Writes an entry may go unused before it is dropped (see "stale entries" above)
MAX_IDLE_WRITES = 4
#: zlib level of the cache file: 6 gives 1.5 MB in 0.3 s, 9 only 10% less in twice the time
ZLIB_LEVEL = 6
#: Python versions whose ``re._compiler.compile`` this module mirrors (read in their sources)
MIRRORED_VERSIONS = ((3, 11), (3, 12), (3, 13))
#: Flags that only steer parsing and matching; DEBUG prints and TEMPLATE warns, so they (and any
#: unknown bit) go to re.compile
CACHEABLE_FLAGS = int(re.IGNORECASE | re.LOCALE | re.MULTILINE | re.DOTALL | re.UNICODE
                      | re.VERBOSE | re.ASCII)
#: A probe compiled both ways before the internals are trusted: named and unnamed groups,
#: inline and passed flags, a class, a repeat, a backreference, a lookbehind
PROBE = (r"(?x)(?P<first>[A-Z][a-z]+) \s+ (\d{1,3}(?:,\d{3})*) (?<!-) (?P=first)?",
         int(re.IGNORECASE))

_Entry = tuple  # (generation, final flags, code bytes, groups, groupindex, indexgroup)


class _Internals:
    """CPython's regex compiler, split at the point where the slow Python part ends."""

    def __init__(self) -> None:
        import _sre
        import unicodedata
        from re import _compiler, _parser
        self.parse, self.code, self.sre_compile = _parser.parse, _compiler._code, _sre.compile
        self.typecode = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
        build = (sys.version, sys.byteorder, unicodedata.unidata_version)
        digest = zlib.crc32(repr(build).encode()) & 0xFFFFFFFF
        engine = f"sre{_sre.MAGIC}-{_sre.CODESIZE}-{_sre.MAXREPEAT}-{_sre.MAXGROUPS}"
        version = ".".join(map(str, sys.version_info[:3]))
        self.tag = f"graphkit-regex-1-{sys.implementation.name}-{version}-{engine}-{digest:08x}"

    def record(self, pattern: str, flags: int) -> Optional[_Entry]:
        """Compile as ``re._compiler.compile`` does, up to ``_sre.compile``; None if it warned."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            parsed = self.parse(pattern, flags)
            code = self.code(parsed, flags)
        if caught or type(code) is not list:
            return None
        try:
            packed = array.array(self.typecode, code).tobytes()
        except OverflowError:  # re.compile raises its own error for it
            return None
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (0, flags | parsed.state.flags, packed, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))

    def rebuild(self, pattern: str, flags: int, entry: Any) -> Optional[re.Pattern]:
        """The Pattern an entry describes, or None when the entry is not well formed."""
        if not _well_formed(flags, entry) or len(entry[2]) % array.array(self.typecode).itemsize:
            return None
        _, final_flags, code, groups, groupindex, indexgroup = entry
        try:
            return self.sre_compile(pattern, final_flags, array.array(self.typecode, code).tolist(),
                                    groups, dict(groupindex), indexgroup)
        except (TypeError, ValueError, OverflowError, RuntimeError):  # RuntimeError: invalid code
            return None


def _well_formed(flags: int, entry: Any) -> bool:
    """Whether an entry has the shape :meth:`_Internals.record` gives, names and groups agreeing."""
    if type(entry) is not tuple or len(entry) != 6:
        return False
    generation, final_flags, code, groups, groupindex, indexgroup = entry
    if not (type(generation) is int and type(final_flags) is int
            and final_flags | flags == final_flags
            and type(code) is bytes and code and type(groups) is int and groups >= 0
            and type(groupindex) is dict and type(indexgroup) is tuple
            and len(indexgroup) == groups + 1):
        return False
    for name, index in groupindex.items():
        if type(name) is not str or type(index) is not int or not 0 < index <= groups \
                or indexgroup[index] != name:
            return False
    return sum(name is not None for name in indexgroup) == len(groupindex) and all(
        name is None or type(name) is str for name in indexgroup)


def _load_internals() -> Optional[_Internals]:
    """The internals when this Python is one mirrored here and a probe compiles equal, else None."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] not in MIRRORED_VERSIONS:
        return None
    try:
        internals = _Internals()
        entry = internals.record(*PROBE)
        probe = internals.rebuild(PROBE[0], PROBE[1], entry)
    except (ImportError, AttributeError, StopIteration, TypeError, ValueError, re.error):
        return None
    expected = re.compile(*PROBE)
    if probe is None or probe != expected or probe.groupindex != expected.groupindex \
            or probe.groups != expected.groups:
        return None
    return internals


class RegexCache:
    """Compiled patterns recorded in one cache file (None: compile as :func:`re.compile` does).

    ``directory`` holds the file; its name depends on the interpreter (see the module docstring).
    With ``save_at_exit`` the file is written at interpreter exit after a miss; else call
    :meth:`save`.
    """

    def __init__(self, directory: Optional[Path], save_at_exit: bool = False) -> None:
        self.internals = _load_internals() if directory is not None else None
        self.path = Path(directory) / f"{self.internals.tag}.cache" if self.internals else None
        self._entries: Optional[dict] = None
        self._generation = 0
        self._used: set = set()
        self._dirty = False
        self._lock = threading.Lock()
        self._registered = not save_at_exit  # registered or never to be

    def compile(self, pattern: Any, flags: Any = 0) -> Any:
        """Return what ``re.compile(pattern, flags)`` returns, from the cache when present."""
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        if self.internals is None or type(pattern) is not str or type(flags) is not int \
                or flags & ~CACHEABLE_FLAGS:
            return re.compile(pattern, flags)
        key = (pattern, flags)
        entries = self._load()
        if key in entries:
            compiled = self.internals.rebuild(pattern, flags, entries[key])
            if compiled is not None:
                self._used.add(key)
                return compiled
        entry = self.internals.record(pattern, flags)  # raises re.error as re.compile would
        compiled = self.internals.rebuild(pattern, flags, entry) if entry else None
        if compiled is None:
            entries.pop(key, None)
            return re.compile(pattern, flags)
        entries[key] = entry
        self._used.add(key)
        self._note_miss()
        return compiled

    def _load(self) -> dict:
        if self._entries is None:
            with self._lock:
                if self._entries is None:
                    self._generation, self._entries = self._read()
        return self._entries

    def _read(self) -> tuple[int, dict]:
        """(generation, entries) of the cache file; (0, {}) when it is missing or unusable."""
        try:
            data = marshal.loads(zlib.decompress(self.path.read_bytes()))
        except (OSError, zlib.error, EOFError, ValueError, TypeError, MemoryError):
            return 0, {}
        if type(data) is not tuple or len(data) != 3 or data[0] != self.internals.tag \
                or type(data[1]) is not int or type(data[2]) is not dict:
            return 0, {}
        return data[1], data[2]

    def _note_miss(self) -> None:
        self._dirty = True
        if not self._registered:
            self._registered = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the cache file if there were misses, merged with the file as it is now; silent."""
        if not self._dirty or self.path is None:
            return
        disk_generation, disk_entries = self._read()
        generation = max(disk_generation, self._generation) + 1
        kept: dict = {}
        for entries in (disk_entries, self._entries):
            for key, entry in entries.items():
                if key in self._used and entries is self._entries:
                    kept[key] = (generation,) + entry[1:]
                elif key not in kept and type(entry) is tuple and entry and type(entry[0]) is int \
                        and generation - entry[0] <= MAX_IDLE_WRITES:
                    kept[key] = entry
        data = marshal.dumps((self.internals.tag, generation, kept))
        self._write(zlib.compress(data, ZLIB_LEVEL))
        self._dirty = False

    def _write(self, blob: bytes) -> None:
        """Replace the cache file by ``blob`` atomically; silent when it cannot be written."""
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name,
                                                 suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(blob)
            os.replace(temporary, self.path)
        except OSError:
            if temporary is not None:
                try:
                    os.unlink(temporary)
                except OSError:
                    pass


def cache_directory() -> Optional[Path]:
    """The directory of the cache file from the environment; None when it is turned off."""
    setting = os.environ.get(ENV_VAR)
    if setting is not None:
        return None if setting.strip().lower() in OFF_VALUES else Path(setting).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "")
    try:
        return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "graphkit"
    except RuntimeError:  # no home directory
        return None


_default: Optional[RegexCache] = None
_default_lock = threading.Lock()


def compile(pattern: Any, flags: Any = 0) -> Any:  # noqa: A001 - named after re.compile on purpose
    """Return what ``re.compile(pattern, flags)`` returns, using the per-user cache file.

    See the module docstring for where the file lives and when the cache steps aside.
    """
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = RegexCache(cache_directory(), save_at_exit=True)
    return _default.compile(pattern, flags)
