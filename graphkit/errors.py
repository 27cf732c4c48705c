"""One error hierarchy for graphkit.

Every exception the library raises derives from :class:`GraphkitError`. Messages name the file
and, where known, the place in it, so a batch report can show them as they are.

Recoverable oddities inside a filing (a number that had to be repaired, a row that does not add
up) are *not* exceptions: parsers record them as :class:`graphkit.models.FilingWarning` on the
record and carry on.

Examples
--------
>>> try:
...     raise UnsupportedFormError("no supported form found", source="x.txt")
... except GraphkitError as exc:
...     print(exc)
x.txt: no supported form found
"""

from __future__ import annotations


class GraphkitError(Exception):
    """Root of every error graphkit raises.

    Parameters
    ----------
    message : str
        What went wrong, in words a user can act on.
    source : str, optional
        The file (or graph file) concerned.
    line : int, optional
        1-based line in that file.
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.message = message
        self.source = source
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}:{self.line}: " if self.line else f"{self.source}: "
        return f"{where}{self.message}"


class InputError(GraphkitError):
    """A file could not be read as a filing at all (empty, binary, undecodable, missing)."""


class UnsupportedFormError(InputError):
    """The file is readable but holds no form graphkit can parse."""


class ParseError(GraphkitError):
    """A supported form whose content is too damaged to yield a record (e.g. truncated XML)."""


class TimeLimitExceeded(ParseError):
    """A file whose parsing ran past the batch's time limit for one file, and was stopped
    (:func:`graphkit.time_limit.time_limit`): a pathological input must not hang a batch."""


class GraphError(GraphkitError):
    """A graph file that cannot be loaded, or a graph that breaks the node-link contract."""


class NodeNotFound(GraphError):
    """A node named in a query is not in the graph."""


class JudgementError(GraphkitError):
    """A judgements file that cannot be read."""


class ExportError(GraphkitError):
    """A graph that cannot be written in the requested format."""
