"""Human judgements: a CSV file a person edits to force or forbid merges.

The file has a header row ``a,b,verdict,note``; ``verdict`` is ``same``, ``not_same`` (also
written "not same") or ``unsure``; lines starting with ``#`` are comments. Names are matched to
mentions after normalization (case, punctuation and accents do not matter). On every resolve,
"same" forces a merge, "not_same" always wins (never merged, even transitively), and "unsure"
is only recorded.

Examples
--------
>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "judgements.csv")
>>> save_judgements([Judgement(a="Acme Fund", b="Acme Fund (Q)", verdict="not_same",
...                            note="Q is a separate vehicle")], path)
>>> [(j.a, j.verdict.value) for j in load_judgements(path)]
[('Acme Fund', 'not_same')]
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterable, Union

from graphkit.errors import JudgementError
from resolvers.models import Judgement, Verdict
from resolvers.normalize import normalize_name

FIELDS = ("a", "b", "verdict", "note")
_VERDICT_SPELLINGS = {"same": Verdict.SAME, "not_same": Verdict.NOT_SAME,
                      "not same": Verdict.NOT_SAME, "notsame": Verdict.NOT_SAME,
                      "different": Verdict.NOT_SAME, "unsure": Verdict.UNSURE}


#: Former name of :class:`graphkit.errors.JudgementError` (one error hierarchy); kept for callers.
JudgementFileError = JudgementError


def parse_verdict(text: str, *, source: str = "", line: int | None = None) -> Verdict:
    """Read a verdict word.

    >>> parse_verdict("Not Same").value
    'not_same'

    Raises
    ------
    graphkit.errors.JudgementError
        If the word is not a verdict.
    """
    v = _VERDICT_SPELLINGS.get(text.strip().lower().replace("-", " ").replace("_", " ")
                               .replace("not same", "not_same"))
    if v is None:
        raise JudgementError(f"verdict {text!r} is not one of same, not_same, unsure",
                                 source=source or None, line=line)
    return v


def load_judgements(path: Union[str, Path]) -> list[Judgement]:
    """Read judgements from a CSV file (``a,b,verdict,note``).

    Raises
    ------
    graphkit.errors.JudgementError
        If the file is missing, lacks the columns, or a verdict is unknown.

    See also
    --------
    save_judgements
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise JudgementError(f"cannot read judgements: {exc.strerror}", source=str(p)) from exc
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    if not reader.fieldnames or not {"a", "b", "verdict"} <= {f.strip() for f in reader.fieldnames}:
        raise JudgementError("header must name columns a,b,verdict[,note]", source=str(p), line=1)
    out = []
    for n, row in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        if not row.get("a") and not row.get("b"):
            continue
        out.append(Judgement(a=row["a"], b=row["b"],
                             verdict=parse_verdict(row["verdict"], source=str(p), line=n),
                             note=row.get("note", "")))
    return out


def save_judgements(judgements: Iterable[Judgement], path: Union[str, Path]) -> None:
    """Write judgements to a CSV file that :func:`load_judgements` reads back.

    See also
    --------
    load_judgements
    """
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(FIELDS)
        for j in judgements:
            w.writerow([j.a, j.b, j.verdict.value, j.note])


def judgement_key(name: str) -> str:
    """The form under which judgement names are matched to mention names.

    >>> judgement_key("ACME FUND, L.P.") == judgement_key("Acme Fund LP")
    True
    """
    return normalize_name(name)
