"""Small-count suppression: no count in a report may single a survivor out.

The rule, applied to every table of every export (and stated in each file):

1. A count from 1 to threshold − 1 is not shown (primary suppression). A total below the
   threshold is not shown either, nor is any count of its table.
2. In a table with a total, once any count is hidden, further counts are hidden,
   smallest first, until at least two are hidden, those hidden hold at least
   `threshold` between them, and they are not all 1 (secondary suppression). Otherwise
   the total minus the counts shown would give the hidden count back, give the small
   sum of two hidden ones, or (five 1s under a threshold of 5) every one of them.
3. Zero is shown: it singles nobody out.
4. Hidden counts all look alike ("*"), so a reader cannot tell which were small; charts
   draw only the counts shown; lists that are ordered by size put hidden lines last, in
   name order, because their place among the others would bound them.

A table whose lines may overlap (a client can have several vulnerabilities) has no
total; rule 1 applies to it.

What it does not protect against, said in docs/security.md: two reports of overlapping
periods, or of one period in two category schemes, subtracted from each other.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 100
MARK = "*"


@dataclass(frozen=True)
class Suppressed:
    counts: tuple[int | None, ...]   # None where hidden
    total: int | None                # None where hidden (or the table has none)
    primary: frozenset[int]          # positions hidden because they are small
    secondary: frozenset[int]        # positions hidden to protect them


def _protected(counts: list[int], hidden: set[int], threshold: int) -> bool:
    held = sum(counts[n] for n in hidden)
    return len(hidden) >= 2 and held >= threshold and held > len(hidden)


def suppress(counts: list[int] | tuple[int, ...], total: int | None,
             threshold: int = DEFAULT_THRESHOLD) -> Suppressed:
    """Apply the rule to one table. `total` None: a table without a total (overlapping
    lines); otherwise it must be the sum of `counts`."""
    if threshold < 2:
        raise ValueError("a threshold below 2 suppresses nothing")
    counts = list(counts)
    if total is not None and total != sum(counts):
        raise ValueError("a table's total must be the sum of its lines")
    small = {n for n, c in enumerate(counts) if 0 < c < threshold}
    if total is not None and 0 < total < threshold:
        # Every line of a small total is small too.
        return Suppressed(tuple(None if n in small else c for n, c in enumerate(counts)),
                          None, frozenset(small), frozenset())
    hidden = set(small)
    if total is not None and hidden:
        while not _protected(counts, hidden, threshold):
            shown = [(counts[n], n) for n in range(len(counts))
                     if n not in hidden and counts[n] > 0]
            if not shown:
                break
            hidden.add(min(shown)[1])
        if not _protected(counts, hidden, threshold):
            # Cannot happen with a total of at least the threshold; kept as the last
            # guard: better no total than a total that gives a small count away.
            total = None
    return Suppressed(tuple(None if n in hidden else c for n, c in enumerate(counts)),
                      total, frozenset(small), frozenset(hidden - small))
