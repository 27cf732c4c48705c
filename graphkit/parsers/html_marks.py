"""Marks: where the text of an HTML conversion was read in the HTML, and the map they make.

While :mod:`graphkit.parsers.html_text` walks the parsed HTML it writes a raw stream of text
and, for each text run of it, a *mark*: the run's position in that stream and the HTML line it
was read on. The mark is placed at once: its *probe* (its first characters as the HTML writes
them) is found again in its line, giving the mark's character offset.
:func:`~graphkit.parsers.html_origin.compose_origin` then composes the runs of the final text
(text position → raw position) with the marks (raw position → HTML offset and line) into a
:class:`~graphkit.source.TextOrigin`.

A piece of text that the HTML writes as it reads (no entities, no squeezed spaces) gets one
mark; any other piece gets one mark per word, found again by its letters or digits, one after
the other. That is the map's definition; most of this module is about getting the same marks
faster (these words are a third of the time of a whole parse):

* a mark that continues the one before it character for character is not kept, as the map
  reads the same without it;
* where the HTML writes a piece's words as they were read (no entity among them), they are not
  looked for one by one but placed where the text has them, in blocks between squeezed runs of
  spaces, when nothing can be found sooner (:func:`_blocks`);
* the lines after the first of a text spanning lines start their own HTML lines, so a line the
  HTML writes as read is placed without looking at all (:meth:`Marks.mark_lines`).

Examples
--------
>>> html = "<p>Name of Issuer</p>\\n<p>(&#8220;Acme&#8221;) Co.</p>"
>>> marks = Marks(html)
>>> marks.mark("Name of Issuer", 0, 1, at_line_start=False, verbatim=True)
>>> marks.mark("(\u201cAcme\u201d) Co.", 15, 2, at_line_start=False, verbatim=False)
>>> marks.raws, marks.lines, [html[o:o + 4] for o in marks.offsets]
([0, 17, 24], [1, 2, 2], ['Name', 'Acme', 'Co.<'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphkit import regex_cache

#: The start of a text run that is found again in its source line: characters that HTML writes
#: as themselves (no entities), e.g. "Issuer" of "Issuer&nbsp;Name", "5." of "5. Sole"
PROBE = regex_cache.compile(r"""[^\s&<>"'\u0080-\uffff]{1,16}""", re.VERBOSE)

#: A character HTML may write otherwise (an entity, a character reference), so the words after
#: it are found again one by one: anything but printable ASCII, and ``&<>"'`` of it, e.g. the
#: "“" of "&#8220;Acme&#8221;" (one character class: much faster to search than an alternation)
NOT_VERBATIM = regex_cache.compile(r"""[^\x20\x21\x23-\x25\x28-\x3b\x3d\x3f-\x7e]""", re.VERBOSE)

#: A word of converted text (a run of non-spaces) and its probe, found again in the HTML: the
#: word's first letters or digits (up to 16, group 1), else its leading :data:`PROBE`
#: characters, maybe none (group 2); the probe is the group numbered ``lastindex``.
#: E.g. "Acme" of "(“Acme”),", "--" of "--", "" of "“”"
WORD_AND_PROBE = regex_cache.compile(r"""
    [^\sA-Za-z0-9]* ([A-Za-z0-9]{1,16}) \S*              # "(“Acme”)," -> "Acme"
  | (?= ([^\s&<>"'\u0080-\uffff]{0,16}) ) \S+             # "--" -> "--", "“”" -> ""
""", re.VERBOSE)

#: Words whose probes are sure to be found one after the other where they are: each word is
#: punctuation, then 1 to 16 letters or digits (its probe), then no more of them, e.g.
#: "(the Issuer's", not "1,000" (a probe "000" may be found in it) nor "éAcme" (a word going on)
SURE_WORDS = regex_cache.compile(r"""
    (?: [^\w\s]*+ [A-Za-z0-9]{1,16}+ [^\sA-Za-z0-9]*+ \s++ )*+  # "(the " "Issuer's, "
    [^\w\s]*+ [A-Za-z0-9]{1,16}+ [^\sA-Za-z0-9]*+               # "Inc."
""", re.VERBOSE)

#: What may make one-by-one finding take a probe for another in a piece of words: a word
#: holding the next word's probe after its first character (group 1 or 2 is that probe), e.g.
#: "AcmeCo-Acme" of "AcmeCo-Acme Acme"; a word without a probe, e.g. "“"; a probe after a
#: letter, which does not start text, e.g. "éAcme"
UNSURE_WORDS = regex_cache.compile(r"""
    (?<!\S)
    (?: \S (?= \S* \s+ (?: [^\sA-Za-z0-9]* ([A-Za-z0-9]{1,16}) | ([^\s&<>"'\u0080-\uffff]{1,16}) ) )
        \S*? (?: \1 | \2 )                                     # "AcmeCo-Acme Acme"
      | [&<>"'\u0080-\uffff] [^\sA-Za-z0-9]* (?!\S) )          # "“"
  | [^\W_\x00-\x7f] [A-Za-z0-9]                                # "éAcme"
""", re.VERBOSE)

#: A line break: the line after it starts where it ends, e.g. the "\n" of "ab\nc"
LINE_BREAK = regex_cache.compile(r"""\n""", re.VERBOSE)

#: Two spaces or more, e.g. "  " of "Inc.  The": in printable ASCII, the :data:`SQUEEZED` runs
DOUBLE_SPACES = regex_cache.compile(r"""\ \ +""", re.VERBOSE)

#: A run of spaces that squeezing makes one (as html_text.SPACES, two or more), e.g. "  "
SQUEEZED = regex_cache.compile(r"""[ \t\r\f\v\u00a0\u2000-\u200b\u3000]{2,}""", re.VERBOSE)


class Marks:
    """The marks of one conversion of ``html``, in raw-stream order, placed as they are made.

    ``raws[i]`` is the position of mark ``i`` in the raw stream (strictly increasing),
    ``lines[i]`` the 1-based HTML line it was read on (never decreasing), ``offsets[i]`` its
    character offset in ``html``. A probe is looked for from the end of the last probe found,
    and only where it starts text, not markup: not where it continues a word ("Fund" in
    "Refund") nor inside a tag (the next ``>`` comes before the next ``<``, as in
    ``style="font: Acme">``). A mark whose probe is not found is placed where the search
    started; a mark without a probe at the start of its line.

    A mark that continues the one before it character for character (same line, same
    distance between offset and raw position) is not kept:
    :func:`~graphkit.parsers.html_origin.compose_origin` reads the same map without it. The
    second mark is always kept (a run before the first mark is read from the first mark's
    offset, not one for one).

    >>> m = Marks('<p style="Acme">Refund Acme Co</p>')
    >>> m.add(0, "Acme", 1), m.add(5, "Co", 1), m.add(8, "", 1)
    (23, 28, -1)
    >>> m.offsets
    [23, 28, 0]
    >>> h = "<p>x</p><p>Item 4.   Purpose of the Transaction</p>"
    >>> m = Marks(h)
    >>> m.add(0, "x", 1)
    3
    >>> m.mark(" Item 4. Purpose of the Transaction", 2, 1, False, False,
    ...        "Item 4.   Purpose of the Transaction")
    >>> m.raws, [h[o:o + 7] for o in m.offsets]
    ([0, 3, 11], ['x</p><p', 'Item 4.', 'Purpose'])
    """

    __slots__ = ("html", "line_starts", "raws", "lines", "offsets", "_last", "_text_from",
                 "_text_to")

    def __init__(self, html: str) -> None:
        self.html = html
        self.line_starts = line_starts(html)
        self.raws: list[int] = []
        self.lines: list[int] = []
        self.offsets: list[int] = []
        self._last = 0  # where the last probe found ends
        # Positions known to start text: from each, the next "<" or ">" of the line is a "<"
        self._text_from = self._text_to = 0

    def add(self, at: int, probe: str, line: int) -> int:
        """Add one mark at raw position ``at``, read on ``line``, found in it by ``probe``.

        Returns where the probe was found, -1 if nowhere (or if there is no probe). The probe
        is looked for where it starts text in the line, from the last probe found on; when it
        is found, the search start moves past it. (The search is written out here, not called:
        this is the mark of nearly every text of a filing.)
        """
        starts = self.line_starts
        if 0 < line < len(starts):
            lo, hi = starts[line - 1], starts[line] - 1
        else:
            lo, hi = self._span(line)
        if probe:
            html = self.html
            find = html.find
            last = self._last
            j = find(probe, last if last > lo else lo, hi)
            while j != -1:
                if not (j and html[j - 1].isalnum() and probe[0].isalnum()):  # a word goes on
                    if self._text_from <= j < self._text_to:
                        break
                    gt = find(">", j, hi)
                    if gt == -1:
                        self._text_from, self._text_to = j, hi
                        break
                    lt = find("<", j, gt)
                    if lt != -1:
                        self._text_from, self._text_to = j, lt
                        break
                j = find(probe, j + 1, hi)  # inside a tag or a word: look further on
            if j != -1:
                self._last = j + len(probe)
                offset = j
            else:
                offset = min(max(lo, last), hi)
        else:
            j, offset = -1, lo
        raws = self.raws  # kept as _put keeps it
        if len(raws) > 1 and self.lines[-1] == line and offset - self.offsets[-1] == at - raws[-1]:
            return j
        raws.append(at)
        self.lines.append(line)
        self.offsets.append(offset)
        return j

    def mark(self, piece: str, at: int, line: int, at_line_start: bool, verbatim: bool,
             source: str | None = None) -> None:
        """Mark ``piece``, written at raw position ``at``: its first word, or each of its words.

        ``verbatim`` says the piece is the HTML's text as read (nothing squeezed or replaced);
        such a piece gets one mark, unless it holds a character HTML may write otherwise.
        ``at_line_start`` marks the leading spaces of a ``<pre>`` line too. ``source``, when
        given, is the text the piece was made from by squeezing its spaces: where the HTML
        writes it as it is, its words are placed all at once.

        >>> m = Marks("<pre>\\n  A &amp; B</pre>")
        >>> m.mark("  A & B", 5, 2, at_line_start=True, verbatim=True)
        >>> m.raws, m.offsets
        ([5, 7, 9, 11], [6, 8, 6, 16])
        """
        rest = piece.lstrip()
        lead = len(piece) - len(rest)
        if at_line_start and lead:
            self.add(at, "", line)
        if not rest:
            return
        if verbatim and not NOT_VERBATIM.search(piece):
            m = PROBE.match(piece, lead)
            self.add(at + lead, m.group(0) if m else "", line)
            return
        probe_at, probe_end, done = _word(rest)  # done: where (in rest) the words marked end
        first = self.add(at + lead + probe_at, rest[probe_at:probe_end], line)
        if first != -1 and source is not None and len(self.raws) > 1:  # (the 2nd mark is kept)
            # the other probes follow the first where the HTML has the text as it is
            done = self._follow(rest, at + lead, line, first - probe_at, source.strip(), done)
        if done < len(rest):
            self._add_words(piece, at, lead + done, line)

    def _follow(self, rest: str, at: int, line: int, start: int, src_core: str, done: int) -> int:
        """Mark the words of ``rest`` (at raw ``at``) that the HTML writes as they are read.

        ``src_core`` is the text they were read from; its first probe was found where it
        starts at ``start`` in the HTML. Where the HTML writes it (or its words up to an
        entity) as it is, those words are marked as blocks (:func:`_blocks`). Returns where
        (in ``rest``) the words so marked end, else ``done``.
        """
        html = self.html
        hi = self._span(line)[1]
        core = rest.rstrip()
        if start < 0:
            return done
        if not html.startswith(src_core, start, hi):  # maybe up to an entity
            amp = html.find("&", start, hi)
            if not start < amp < start + len(src_core) or not html.startswith(
                    src_core[:amp - start], start):
                return done
            if src_core[amp - start].isspace():
                src_core = src_core[:amp - start].rstrip()
            else:  # a word goes on into the entity: without it
                src_core = src_core[:amp - start].rsplit(None, 1)[0].rstrip()
            words = len(src_core.split())
            if words < 2 or "\u200b" in src_core:
                return done
            rest_words = core.split(None, words)
            if len(rest_words) > words:  # cut before the first word not marked here
                core = core[:len(core) - len(rest_words[-1])].rstrip()
        blocks = _blocks(core, src_core)
        if blocks is None:
            return done
        for raw, offset in blocks[0]:
            self._put(at + raw, line, start + offset)
        self._last = start + blocks[1]
        return len(core)

    def mark_lines(self, text: str, later: list[tuple[str, int, str, bool]], line: int) -> None:
        """As :meth:`mark`, for the lines after the first of a ``text`` spanning lines.

        ``later`` holds, for each of those lines, its piece, the piece's raw position, the
        line as read (before squeezing) and whether the piece is that line as read; the first
        is on HTML ``line``. Where the HTML writes a line as read at the start of its line
        (no entity in it, no tag among its words, none after them before a ``<``), each word
        is where the search would find it, without looking; other lines are looked for
        (:meth:`mark`). The search start is then set for the text's last line only: a later
        mark's search starts at its own (later) line's start anyway.

        >>> m = Marks("<p>Name of\\n  the Issuer</p>")
        >>> m.add(0, "Name", 1)
        3
        >>> m.mark_lines("Name of\\n  the Issuer", [(" the Issuer", 7, "  the Issuer", False)], 2)
        >>> m.raws, m.offsets
        ([0, 8], [3, 13])
        """
        html = self.html
        starts = self.line_starts
        raws, lines, offsets = self.raws, self.lines, self.offsets
        checked = "<" not in text and ">" not in text and "\u200b" not in text
        final = len(later) - 1
        for k, (piece, at, source, verbatim) in enumerate(later):
            rest = piece.lstrip()
            if not rest:
                continue
            ln = line + k
            lo = starts[ln - 1] if ln <= len(starts) else -1
            end = lo + len(source)
            hi = starts[ln] - 1 if ln < len(starts) else len(html)
            if lo < 0 or not html.startswith(source, lo) or end > hi or not checked and (
                    "<" in source or ">" in source or "\u200b" in source):
                self.mark(piece, at, ln, False, verbatim, source)  # look for each probe
                continue
            if end < hi:  # more on the line: the words must not end inside a tag
                gt = html.find(">", end, hi)
                if gt != -1 and html.find("<", end, gt) == -1:
                    self.mark(piece, at, ln, False, verbatim, source)
                    continue
            lead = len(piece) - len(rest)
            src_rest = source.lstrip()
            base = lo + len(source) - len(src_rest)  # where rest starts
            # a mark on a line of its own continues none before it: kept, as _put keeps it
            if verbatim and not NOT_VERBATIM.search(piece):
                raws.append(at + lead)
                lines.append(ln)
                offsets.append(base)
                if k == final:
                    self._last = base + len(PROBE.match(piece, lead).group(0))  # type: ignore
                continue
            core = rest.rstrip()
            first, probe_end, word_end = _word(rest)
            if first == probe_end or not (  # no probe, or unsure
                    core.isascii() and core.isprintable() and " " not in core or _sure(core)):
                self.mark(piece, at, ln, False, verbatim, source)  # look for each probe
                continue
            raws.append(at + lead + first)
            lines.append(ln)
            offsets.append(base + first)
            src_core = src_rest.rstrip()
            blocks = None
            if len(raws) > 1:  # (else the next word is the second mark, which is kept)
                if len(src_core) == len(core) and k != final:
                    continue  # one block: all said
                blocks = _block_starts(core, src_core)
            if blocks is None:  # the others one by one
                self._last = base + probe_end
                self._add_words(piece, at, lead + word_end, ln)
                continue
            for raw, offset in blocks[0]:
                raws.append(at + lead + raw)
                lines.append(ln)
                offsets.append(base + offset)
            self._last = base + blocks[1]

    def _add_words(self, piece: str, at: int, start: int, line: int) -> None:
        """Add a mark for each word of ``piece`` (at raw position ``at``) from ``start`` on.

        Each is found by its probe as :meth:`add` finds it; the search is written out here
        (as in :meth:`add`, and marks kept as :meth:`_put` keeps them), as this is the loop
        that texts the HTML writes otherwise (entities) run through, word by word.
        """
        lo, hi = self._span(line)
        html = self.html
        find = html.find
        raws, lines, offsets = self.raws, self.lines, self.offsets
        last, text_from, text_to = self._last, self._text_from, self._text_to
        for w in WORD_AND_PROBE.finditer(piece, start):
            g: int = w.lastindex  # type: ignore[assignment]  # (group 1 or 2 matched)
            probe = w.group(g)
            raw = at + w.start(g)
            if not probe:
                offset = lo
            else:
                frm = last if last > lo else lo
                j = find(probe, frm, hi)
                while j != -1:
                    if not (j and html[j - 1].isalnum() and probe[0].isalnum()):
                        if text_from <= j < text_to:
                            break
                        gt = find(">", j, hi)
                        if gt == -1:
                            text_from, text_to = j, hi
                            break
                        lt = find("<", j, gt)
                        if lt != -1:
                            text_from, text_to = j, lt
                            break
                    j = find(probe, j + 1, hi)
                if j == -1:
                    offset = frm if frm < hi else hi
                else:
                    offset = j
                    last = j + len(probe)
            if len(raws) > 1 and lines[-1] == line and offset - offsets[-1] == raw - raws[-1]:
                continue  # as _put
            raws.append(raw)
            lines.append(line)
            offsets.append(offset)
        self._last, self._text_from, self._text_to = last, text_from, text_to

    def _put(self, at: int, line: int, offset: int) -> None:
        """Keep a mark, unless it continues the one before character for character."""
        raws = self.raws
        if (len(raws) > 1 and self.lines[-1] == line
                and offset - self.offsets[-1] == at - raws[-1]):
            return
        raws.append(at)
        self.lines.append(line)
        self.offsets.append(offset)

    def _span(self, line: int) -> tuple[int, int]:
        """Where ``line`` starts and ends in the HTML (the last line for one past the end)."""
        starts = self.line_starts
        if 0 < line < len(starts):
            return starts[line - 1], starts[line] - 1
        if line > 0:
            return starts[-1], len(self.html)
        return starts[0], starts[1] - 1 if len(starts) > 1 else len(self.html)


def _blocks(core: str, src_core: str) -> tuple[list[tuple[int, int]], int] | None:
    """How the words of ``core`` sit in ``src_core``, when one-by-one finding is sure to agree.

    ``core`` is a piece without its outer spaces, made from ``src_core`` by squeezing its
    :data:`SQUEEZED` runs; the HTML writes ``src_core`` as it is, and its first probe was found
    there. Then each later probe is found just where ``src_core`` has it, unless something
    before it (in the word before, or the letter before it) can be taken for it
    (:data:`SURE_WORDS`, :data:`UNSURE_WORDS`) or a tag lies among the words. The words of a
    block between two squeezed runs continue each other character for character, so only the
    first word of each block makes a mark.

    Returns the (core position, source position) of each later block's first probe and the
    source position where the last probe ends; None when unsure.

    >>> _blocks("Item 4. Purpose", "Item 4.   Purpose")
    ([(8, 10)], 17)
    >>> _blocks("Acme-Fund Fund", "Acme-Fund Fund") is None
    True
    """
    if "<" in core or ">" in core or "\u200b" in src_core or "  " in core or not _sure(core):
        return None
    return _block_starts(core, src_core)


def _sure(words: str) -> bool:
    """Whether one-by-one finding takes no probe of ``words`` for another (see _blocks)."""
    return bool(SURE_WORDS.fullmatch(words) or not UNSURE_WORDS.search(words))


def _block_starts(core: str, src_core: str) -> tuple[list[tuple[int, int]], int] | None:
    """The blocks of :func:`_blocks`, without its checks."""
    shift = 0  # source position - core position, after the runs so far
    starts: list[tuple[int, int]] = []
    if len(src_core) == len(core):  # nothing squeezed: one block
        runs: Iterable[re.Match[str]] = ()
    elif src_core.isascii() and src_core.isprintable():  # spaces are " "
        runs = DOUBLE_SPACES.finditer(src_core)
    else:
        runs = SQUEEZED.finditer(src_core)
    for run in runs:
        if src_core[run.end()].isspace():  # a space that is not squeezed follows
            return None
        shift += run.end() - run.start() - 1
        probe_at = _word(src_core, run.end())[0]
        starts.append((probe_at - shift, probe_at))
    return starts, _word(src_core, len(src_core) - len(src_core.rsplit(None, 1)[-1]))[1]


def _word(text: str, pos: int = 0) -> tuple[int, int, int]:
    """The word of ``text`` at ``pos`` (not a space): where its probe starts and ends, its end.

    >>> _word("(the Issuer), Inc.", 5)
    (5, 11, 13)

    Raises
    ------
    ValueError
        If a space (or the end) is at ``pos``.
    """
    w = WORD_AND_PROBE.match(text, pos)
    if w is None:
        raise ValueError(f"no word at {pos} of {text!r}")
    g = w.lastindex or 0  # group 1 or 2 matched
    return w.start(g), w.end(g), w.end()


def line_starts(text: str) -> list[int]:
    """The offset where each line of ``text`` starts.

    >>> line_starts("ab\\nc\\n")
    [0, 3, 5]
    """
    return [0, *map(re.Match.end, LINE_BREAK.finditer(text))]  # (faster than splitting lines)

