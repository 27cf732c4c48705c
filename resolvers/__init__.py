"""Entity resolution for graphkit: one real-world party, one node, every merge explained.

Public API
----------
- :func:`compare` — are two names (or mentions) one party? score, features, vetoes.
- :func:`resolve` — cluster mentions into entities, with judgements applied.
- :func:`load_judgements` / :func:`save_judgements` — the human-editable judgements CSV.
- :func:`explain_pair` — the chain of merge steps that put two names in one entity.

Examples
--------
>>> compare("Wrenfield Capital Fund-V, L.P.", "Wrenfield Capital Fund-VI, L.P.").same
False
"""

from resolvers.compare import compare
from resolvers.explain import explain_pair
from resolvers.judgements import load_judgements, save_judgements
from resolvers.models import (Comparison, Entity, FeatureScore, Judgement, Mention, MergeStep,
                              PairExplanation, Resolution, Verdict, Veto)
from resolvers.resolve import ResolveError, resolve

__all__ = ["compare", "resolve", "load_judgements", "save_judgements", "explain_pair",
           "Comparison", "Entity", "FeatureScore", "Judgement", "Mention", "MergeStep",
           "PairExplanation", "Resolution", "Verdict", "Veto", "ResolveError"]
