"""How well one typed word matches one directory word. Shared by the index (over its whole
vocabulary at once) and by the bench's raw baseline (pair by pair), so both score alike.

- the same word: 100
- the start of a word (the counsellor is still typing): 90
- a typo in a whole word, by rapidfuzz's normalised Indel similarity: up to 85
- a typo in the start of a word ("polis" for "police"): up to 80
Words shorter than four letters are too short to guess typos in.
"""

from __future__ import annotations

from bisect import bisect_left

from rapidfuzz import fuzz, process

EXACT, PREFIX, TYPO, PREFIX_TYPO = 100.0, 90.0, 0.85, 0.80
MIN_TYPO_LENGTH = 4


def typo_cutoff(word: str) -> float:
    # One wrong letter in a five-letter word is 80 % similar; demand more of longer words
    # so "station" does not match "nation".
    return 75.0 if len(word) <= 5 else 80.0


def word_score(typed: str, word: str) -> float:
    """The score of one directory word for one typed word (0: no match)."""
    if typed == word:
        return EXACT
    if word.startswith(typed):
        return PREFIX
    if len(typed) < MIN_TYPO_LENGTH:
        return 0.0
    cutoff = typo_cutoff(typed)
    whole = fuzz.ratio(typed, word, score_cutoff=cutoff) * TYPO
    start = fuzz.ratio(typed, word[:len(typed)], score_cutoff=cutoff) * PREFIX_TYPO
    return max(whole, start)


class VocabularyMatcher:
    """word_score against every word of a sorted vocabulary, in C where it counts."""

    def __init__(self, vocabulary: list[str]):
        self.vocabulary = vocabulary
        self._starts: dict[int, list[str]] = {}

    def _truncated(self, length: int) -> list[str]:
        starts = self._starts.get(length)
        if starts is None:
            starts = self._starts[length] = [w[:length] for w in self.vocabulary]
        return starts

    def match(self, typed: str) -> list[tuple[int, float]]:
        found: dict[int, float] = {}
        vocabulary = self.vocabulary
        position = bisect_left(vocabulary, typed)
        while position < len(vocabulary) and vocabulary[position].startswith(typed):
            found[position] = EXACT if vocabulary[position] == typed else PREFIX
            position += 1
        if len(typed) >= MIN_TYPO_LENGTH:
            cutoff = typo_cutoff(typed)
            for _, score, n in process.extract(typed, vocabulary, scorer=fuzz.ratio,
                                               score_cutoff=cutoff, limit=None):
                found[n] = max(found.get(n, 0.0), score * TYPO)
            for _, score, n in process.extract(typed, self._truncated(len(typed)),
                                               scorer=fuzz.ratio, score_cutoff=cutoff,
                                               limit=None):
                found[n] = max(found.get(n, 0.0), score * PREFIX_TYPO)
        return sorted(found.items(), key=lambda item: -item[1])
