"""Tuned constants of the resolver, in one place, each with the reason for its value.

Weights belong to the features in :mod:`resolvers.features` (by feature name); thresholds to
:mod:`resolvers.compare` and :mod:`resolvers.resolve`; limits to :mod:`resolvers.block`.
Change a value here, run ``python bench/name_pairs.py`` and ``pytest tests/resolvers``.
"""

from __future__ import annotations

# --- decision ---------------------------------------------------------------------------------
# A pair of organizations is "same" when no veto fires and the weighted score reaches this.
# 0.82 keeps one-letter typos of long names (OCR, "Tayota") in and different stems of short names
# out; chosen on the name-pair bench (F1 flat between 0.74 and 0.84) without breaking the case table.
MATCH_THRESHOLD = 0.82
# Persons need more: a one-letter change in a short surname or first name is often another
# person ("Luxford" / "Luxon"); 0.84 is the best person F1 on the bench with the case table intact.
PERSON_MATCH_THRESHOLD = 0.84

# --- organization features (weights; contributions are value × weight, score clipped 0..1) ----
FEATURE_WEIGHTS: dict[str, float] = {
    # The backbone: OCR-folded similarity of the names without legal form or spacing.
    "org_name_similarity": 1.0,
    # Same words in another order ("Bank of China" / "China Bank") are usually one party.
    "org_token_order": 0.0,
    # Both names state the same legal form: mild support, the stem already decided most.
    "legal_form_agreement": 0.05,
    # Corporate forms that differ (Inc vs Ltd) hint at two companies in two countries.
    "legal_form_difference": -0.12,
    # A distinctive word on one side only: another brand sharing the family words
    # ("Stato Capital Fund XII" / "Yune Capital Fund XII"), another country ("Bank of Chad").
    "unmatched_words": -0.25,
    # A parenthesized qualifier on one side only (country, city, share class). Decided by rule:
    # "Acme Bank (Schweiz) AG" is a subsidiary registered on its own, like a fund's "(Q)" or
    # "(Offshore)" vehicle, so with the unmatched word it stays apart from "Acme Bank AG"
    # (name benchmarks may label such pairs a match; filings need them apart).
    "qualifier_one_side": -0.10,
    # --- person features: surname matters most, then first name, then middle initials ------------
    "surname_similarity": 0.50,
    "first_name_similarity": 0.35,
    "middle_names_agreement": 0.15,
    # (person_whole_name is not weighted: a person scores the better of its parts' sum and the
    # whole-name similarity, for names written joined, "VladimirPutin", or as one word.)
}

# --- persons ----------------------------------------------------------------------------------
# First names less similar than this are different people (Charles / Rupert Whitcombe), while
# one-letter variants (Tim / Tom) survive for the score to judge.
FIRST_NAME_MIN_SIMILARITY = 0.5
# Middle names written out in both names and less similar than this are two people
# ("Ibrahimovich" / "Magomedovich", "Durand" / "Dudley"); initials are compared by letter.
MIDDLE_NAME_MIN_SIMILARITY = 0.7
# A nickname or variant from the given-name table ("Bill" / "William") counts as the same first
# name only when the surnames are at least this alike: a nickname alone proves nothing.
NICKNAME_SURNAME_MIN_SIMILARITY = 0.9
# Surnames less similar than this cannot be one person, whatever the first names.
SURNAME_MIN_SIMILARITY = 0.6
# First names written with at least this many letters on both sides are compared in full: unless
# one begins the other ("Chris" / "Christopher"), spells the other's initials ("DE" / "David E."),
# is its nickname ("Bill" / "William") or differs only by OCR glyphs ("Dona1d" / "Donald"), they
# are two people ("Dora Vantreck" / "Alma Vantreck": one surname, 0.86 on the score alone).
# One letter is an initial, left to the initial rules.
FULL_FIRST_NAME_MIN_LETTERS = 2
# ...but first names this many edits apart (a swap of neighbours counts one) are left to the
# score: typos ("Donlad"), "Donald" / "Ronald", "Tim" / "Tom"; the case table and the name-pair
# bench need them judged, not vetoed.
FIRST_NAME_SLIP_LETTERS = 1

# --- words -------------------------------------------------------------------------------------
# A word is found in the other name when its best-matching stretch there scores at least this
# (rapidfuzz partial_ratio, 0..100, both sides visually folded so a/c/e/o and 0/1/5 confusions
# cost nothing): OCR damage "Can oital" ~ "Capital" (86) passes, "Halsey" ~ "Hansen" (73),
# "Railroad" ~ "Railway" (75) and "Chad" ~ "China" (50) do not.
WORD_FOUND_SCORE = 80
# Words of at most this many letters must score WORD_FOUND_SCORE_SHORT: kept equal to the long-word
# score since the visual fold; 85 loses five-letter OCR fragments of the seed filings.
SHORT_WORD_LETTERS = 5
WORD_FOUND_SCORE_SHORT = 80
# Role words this long are recognized with one wrong letter (OCR "Managoment"); shorter ones
# ("fund", "gp") only exactly, as one letter turns them into other words.
ROLE_TYPO_MIN_LETTERS = 6
# Two names alike word for word whose words of at least this many letters differ by more than
# OCR-confusable glyphs are different names ("Anka" / "Anpa", "Armenia" / "America", "Gas" /
# "Oil"); two letters are initials or fragments and are left to the score.
DISTINCT_WORD_MIN_LETTERS = 3
# ...except one slip (an added, dropped or changed letter) in words of at least this many
# letters, a typo in running text ("Organisation", "Citygroup"); brand words and surnames are
# mostly shorter, and there one letter makes another name ("Hansen" / "Jansen", "Exxor").
TYPO_WORD_MIN_LETTERS = 7
# Words of exactly this many letters ("Ivy", "Bay", "Gas") must appear in the other name as written
# (OCR glyphs folded), unless a damaged neighbour shows they are a piece of a split word.
EXACT_WORD_LETTERS = 3
# Words shorter than this are not checked (split fragments "Can", initials, "of").
UNMATCHED_MIN_LETTERS = 4

# --- legal forms ------------------------------------------------------------------------------
# A legal-form spelling this long ("joint stock company", 19) is recognized with one wrong letter
# ("joynt stock company"); shorter ones ("co", "inc", "sarl") change meaning with one letter.
FORM_TYPO_MIN_LETTERS = 15
# A last word cut off by a field limit is completed to the legal form it begins ("compan" →
# "company", "corporatio") only from this many letters: shorter stubs ("comp", "co") are words.
TRUNCATED_FORM_MIN_LETTERS = 5

# --- blocking ---------------------------------------------------------------------------------
# Blocks larger than this are skipped for their key (a key that common carries no identity);
# other keys and the sorted neighbourhood still cover the names in it.
MAX_BLOCK_SIZE = 400
# Names compared with this many neighbours in compact-name sort order (catches split words).
SORTED_WINDOW = 6
# Rarest tokens per name used as block keys.
RARE_TOKENS_PER_NAME = 2
# Quick prefilter: pairs whose compact similarity is below this are not scored at all; far below
# MATCH_THRESHOLD so no possible match is lost (features cannot raise a score above similarity).
PREFILTER_SIMILARITY = 0.6

# --- context rules ----------------------------------------------------------------------------
# A truncated name ("pital Fund-V Principals Fund, L.P.") must keep at least this many letters to
# be matched to the one name in its filing that it ends.
TRUNCATED_MIN_CHARS = 14
