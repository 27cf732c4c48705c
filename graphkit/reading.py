"""Bytes on disk to text: decoding, mojibake repair, and refusing what is not a filing.

:func:`read_source` is the one way graphkit reads a file. It decodes UTF-8 (with or without a
byte-order mark, and UTF-16 when a BOM says so), falls back to Windows-1252 with a warning,
repairs UTF-8 text that was decoded as Windows-1252 somewhere upstream (``â€™`` for ``’``) with
a warning, and normalizes line ends to ``\\n`` (line numbers are those of the file; character
offsets are into the decoded, newline-normalized text).

It raises :class:`~graphkit.errors.InputError` naming the file for a missing file, a directory,
an empty (or whitespace-only) file and a binary file (NUL bytes, or mostly control bytes, or a
known binary signature such as ``%PDF``).

Huge files: EDGAR full submissions can exceed 50 MB because of uuencoded exhibits, while the
form itself comes first. A file larger than ``max_bytes`` (default :data:`MAX_BYTES`, 32 MB) is
therefore *not refused*: only its first ``max_bytes`` are read (cut at a line end), memory stays
bounded, and a ``large-file`` warning names the file and both sizes.

Examples
--------
>>> fix_mojibake("Acme\\u00e2\\u20ac\\u2122s shares")
('Acme’s shares', 1)
>>> looks_binary(b"%PDF-1.4 ...")
True
>>> looks_binary(b"SCHEDULE 13G\\n")
False
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from graphkit import regex_cache
from graphkit.errors import InputError
from graphkit.lost_quotes import restore_lost_apostrophes, restore_lost_quotes
from graphkit.source import SourceText

log = logging.getLogger(__name__)

#: Largest number of bytes read from one file (32 MB); the rest is skipped with a warning.
MAX_BYTES = 32 * 1024 * 1024

#: Bytes inspected to decide whether a file is binary.
SNIFF_BYTES = 8192

#: Share of control bytes (other than tab, CR, LF, FF) above which a file is binary.
MAX_CONTROL_SHARE = 0.10

#: Signatures of binary formats investigators commonly download next to filings.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP/Office"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"), (b"\xd0\xcf\x11\xe0", "OLE/Office"), (b"\x1f\x8b", "gzip"),
)

#: UTF-8 text decoded as Windows-1252: a lead byte Â..ô followed by 1-3 continuation bytes as
#: Windows-1252 shows them, e.g. "â€™" (’), "Ã©" (é), "Â\u00a0" (no-break space).
MOJIBAKE = regex_cache.compile(r"""
    [\u00c2-\u00f4]                                  # UTF-8 lead byte shown as Latin-1/1252
    [\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152
     \u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e
     \u0178]{1,3}                                    # continuation bytes 0x80-0xBF as shown
""", re.VERBOSE)

_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))

#: Every byte but the lead bytes \xc2-\xf4 a :data:`MOJIBAKE` sequence opens with
_NOT_LEAD = bytes(b for b in range(256) if not 0xC2 <= b <= 0xF4)

_LATIN1_FALLBACK = "graphkit-latin1"


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("latin-1"), exc.end


codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file look like a binary (non-text) file.

    >>> looks_binary(b"abc\\x00def")
    True
    """
    return binary_reason(head) is not None


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` looks binary (``"PDF"``, ``"NUL bytes"``...), or None for text."""
    for sig, name in BINARY_SIGNATURES:
        if head.startswith(sig):
            return name
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text with a byte-order mark
    if b"\x00" in head:
        return "NUL bytes"
    sample = head[:SNIFF_BYTES]
    # the control bytes counted in one pass: what deleting them takes away
    if sample and (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample) \
            > MAX_CONTROL_SHARE:
        return "mostly control bytes"
    return None


def _cp1252_byte(ch: str) -> bytes:
    """The byte ``ch`` stood for in Windows-1252 (Latin-1 for the 5 bytes 1252 leaves out)."""
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return ch.encode("latin-1")


def fix_mojibake(text: str) -> tuple[str, int]:
    """Repair UTF-8 sequences that were decoded as Windows-1252; return text and repair count.

    Only sequences that re-encode to valid UTF-8 are replaced, so genuine accented text stays.

    >>> fix_mojibake("Caf\\u00c3\\u00a9")
    ('Café', 1)
    >>> fix_mojibake("Café")
    ('Café', 0)
    """
    count = 0

    def repair(m: re.Match) -> str:
        nonlocal count
        raw = m.group(0)
        try:
            fixed = b"".join(_cp1252_byte(ch) for ch in raw).decode("utf-8")
        except UnicodeError:
            return raw
        count += 1
        return fixed

    if text.isascii() or not _has_lead_char(text) or not MOJIBAKE.search(text):
        return text, 0  # isascii: one C pass, most filings
    return MOJIBAKE.sub(repair, text), count


def _has_lead_char(text: str) -> bool:
    """True when ``text`` holds a character U+00C2..U+00F4, with which every
    :data:`MOJIBAKE` sequence opens: encoding the Latin-1 characters and keeping those bytes
    takes a fraction of the time the pattern takes to scan a long text for one.

    >>> _has_lead_char("Caf\u00c3\u00a9"), _has_lead_char("\u201cquoted\u201d caf\u00e9")
    (True, True)
    >>> _has_lead_char("\u201cquoted\u201d \u00a0")
    False
    """
    return bool(text.encode("latin-1", "ignore").translate(None, _NOT_LEAD))


def decode_bytes(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode ``data``; return the text and notes on how (for warnings).

    >>> decode_bytes("Ren\\u00e9".encode("cp1252"), "x.txt")
    ('René', ['not valid UTF-8; decoded as Windows-1252'])
    """
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), ["decoded as UTF-16 (byte-order mark)"]
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and len(data) >= MAX_BYTES:
            # a multi-byte character cut by the size limit: drop the partial tail
            return data[: exc.start].decode("utf-8"), notes
    # cp1252 leaves 5 bytes undefined; read those as Latin-1 so nothing is lost
    text = data.decode("cp1252", errors=_LATIN1_FALLBACK)
    notes.append("not valid UTF-8; decoded as Windows-1252")
    return text, notes


def read_source(path: str | Path, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read and decode one file into a :class:`~graphkit.source.SourceText`.

    Parameters
    ----------
    path : str or Path
        The file to read.
    max_bytes : int
        At most this many bytes are read; a larger file gives a ``large-file`` warning.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
    ...     _ = f.write("SCHEDULE 13G\\r\\nIt\\u00e2\\u20ac\\u2122s".encode("utf-8"))
    >>> src = read_source(f.name)
    >>> src.text
    'SCHEDULE 13G\\nIt’s'
    >>> [w.code for w in src.warnings]
    ['mojibake']
    >>> os.unlink(f.name)

    Raises
    ------
    InputError
        If the file is missing, a directory, empty, or binary.

    See also
    --------
    graphkit.parse.parse_path
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError("file not found", source=name)
    if p.is_dir():
        raise InputError("is a directory, not a filing", source=name)
    size = p.stat().st_size
    if size == 0:
        raise InputError("empty file (0 bytes)", source=name)
    with p.open("rb") as fh:
        # sized to the file: read(max_bytes) would first allocate all of max_bytes
        data = fh.read(min(max_bytes, size + 1))
        if size < len(data) < max_bytes:  # the file grew since it was sized: read on
            data += fh.read(max_bytes - len(data))
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        raise InputError(f"binary file ({reason}), not a text filing", source=name)
    truncated = size > max_bytes
    if truncated:
        cut = data.rfind(b"\n")
        data = data[: cut + 1] if cut > 0 else data
    text, notes = decode_bytes(data, name)
    if not text or text.isspace():  # what "not text.strip()" says, without a copy of the text
        raise InputError("empty file (whitespace only)", source=name)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, repairs = fix_mojibake(text)
    text, requoted = restore_lost_quotes(text)
    text, apostrophes = restore_lost_apostrophes(text)
    src = SourceText(path=name, text=text)
    for note in notes:
        src.warnings.append(src.warn("encoding", f"{name}: {note}"))
    if repairs:
        src.warnings.append(src.warn(
            "mojibake", f"{name}: repaired {repairs} UTF-8 sequence(s) shown as Windows-1252"))
    if requoted:
        src.warnings.append(src.warn(
            "lost-quotes", f"{name}: {requoted} defined term(s) quoted with '?' for quotation "
                           "marks a conversion lost, e.g. (?Acme?); read as quoted"))
    if apostrophes:
        src.warnings.append(src.warn(
            "lost-apostrophes", f"{name}: {apostrophes} apostrophe(s) typed as '?' (a "
                                "conversion lost them), e.g. Acme?s; read as Acme's"))
    if truncated:
        src.warnings.append(src.warn(
            "large-file", f"{name}: file is {size:,} bytes; read only the first "
                          f"{len(data):,} bytes (limit {max_bytes:,})"))
        log.warning("%s: large file (%d bytes) read up to %d bytes", name, size, max_bytes)
    return src
