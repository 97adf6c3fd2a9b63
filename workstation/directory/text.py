"""Search text: one normal form for English, Roman Urdu and Urdu, and the variant table.

Normalising both the directory and the query the same way makes spelling differences
vanish before any fuzzy matching: Urdu loses its optional diacritics and Arabic-codepoint
look-alikes; Roman Urdu loses doubled letters and the vowel spellings people vary
(qanooni / qanuni / kanooni). Whatever is left of a typo rapidfuzz absorbs.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from ..reference import RESOURCES

VARIANTS_FILE = RESOURCES / "directory" / "variants.csv"
SERVICE_TYPES_FILE = RESOURCES / "directory" / "service_types.csv"

# Arabic code points typed on some keyboards, folded to the Urdu letters.
_URDU_FOLD = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u06d0": "\u06cc",  # yeh forms -> farsi yeh
    "\u0643": "\u06a9",                                          # arabic kaf -> keheh
    "\u0647": "\u06c1", "\u0629": "\u06c1", "\u06c3": "\u06c1",  # heh, teh marbuta -> heh goal
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627",  # alef with madda/hamza
    "\u0626": "\u06cc", "\u0624": "\u0648",                      # hamza carriers
    "\u06f0": "0", "\u06f1": "1", "\u06f2": "2", "\u06f3": "3", "\u06f4": "4",
    "\u06f5": "5", "\u06f6": "6", "\u06f7": "7", "\u06f8": "8", "\u06f9": "9",
})
# Harakat, superscript alef, tatweel, hamza, zero-width (non-)joiners: optional in Urdu.
_URDU_DROP = re.compile("[\u064b-\u065f\u0670\u0640\u0621\u200c\u200d\u200e\u200f]")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_LATIN_WORD = re.compile(r"^[a-z0-9]+$")
# Roman Urdu spelling folds, applied in order to Latin words only.
_ROMAN_FOLDS = (("aa", "a"), ("ee", "i"), ("oo", "u"), ("q", "k"), ("w", "v"),
                ("ph", "f"), ("z", "z"))
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    if not _LATIN_WORD.match(word):
        return word
    for old, new in _ROMAN_FOLDS:
        word = word.replace(old, new)
    return _REPEATS.sub(r"\1", word)


@lru_cache(maxsize=100_000)  # directory texts repeat: type, district and city names
def normalise(text: str | None) -> str:
    """Lower case, Urdu folded, punctuation to spaces, Roman Urdu folded, words joined by
    single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_URDU_FOLD)
    text = _URDU_DROP.sub("", text)
    return " ".join(fold_word(w) for w in _NOT_WORD.sub(" ", text).split())


def tokens(text: str | None) -> list[str]:
    return normalise(text).split()


@cache
def variant_groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each concept's variants as normalised word tuples."""
    groups = []
    with Path(VARIANTS_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            words = {tuple(tokens(v)) for v in (row.get("variants") or "").split("|")}
            words.discard(())
            if words:
                groups.append(tuple(sorted(words)))
    return tuple(groups)


@cache
def _variants_by_first_word() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for n, group in enumerate(variant_groups()):
        for variant in group:
            found.setdefault(variant[0], []).append((variant, n))
    return found


@cache
def _group_words(n: int) -> frozenset[str]:
    group = variant_groups()[n]
    return frozenset(w for v in group for w in v) | {"".join(v) for v in group}


def expand(words: list[str]) -> set[str]:
    """The words plus every variant (word by word and run together) of each concept the
    words mention: "police station" brings "thana", "dar ul aman" brings "darulaman"."""
    found = set(words)
    starts = _variants_by_first_word()
    for i, word in enumerate(words):
        for variant, group in starts.get(word, ()):
            if tuple(words[i:i + len(variant)]) == variant:
                found |= _group_words(group)
    return found


@cache
def people_served_by_type() -> dict[str, frozenset[str]]:
    with Path(SERVICE_TYPES_FILE).open(encoding="utf-8", newline="") as handle:
        return {row["code"]: frozenset(p for p in (row["people_served"] or "").split("|") if p)
                for row in csv.DictReader(handle)}
