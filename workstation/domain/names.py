"""Names as people write them: one key per name, whatever the spelling or script.

"Muhammad", "Mohammad" and "Muhammed" are one name; so are "Ayesha", "Aisha" and عائشہ.
Known names go through a table of spelling variants (resources/demo/names.csv, which
lists each common name with its Roman-Urdu variants and Urdu script); unknown Roman
names through a light folding of the usual Roman-Urdu spelling differences.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Honorifics and kinship words written around names (Mst. = Mussammat, d/o = daughter of):
# not part of who someone is, so left out of the key, in both scripts.
_HONORIFICS_ROMAN = {"bibi", "bi", "begum", "begam", "mai", "mst", "mussammat", "musammat",
                     "sahiba", "sahib", "mr", "mrs", "ms", "miss", "do", "wo", "so", "bint",
                     "bin"}
_HONORIFICS_URDU = {"بی", "بیبی", "بیگم", "مائی", "مسمات", "صاحبہ", "صاحب", "بنت", "بن"}

_ROMAN_FOLDS = (("ph", "f"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("w", "v"), ("q", "k"),
                ("z", "s"), ("y", "i"))


def fold_roman(token: str) -> str:
    """A Roman-Urdu spelling's skeleton: the usual vowel and consonant swaps folded,
    doubled letters single. Muhammad/Muhammed/Mohamad -> mhmd-like keys that agree."""
    token = token.lower()
    for a, b in _ROMAN_FOLDS:
        token = token.replace(a, b)
    token = re.sub(r"([aeiou])h$", r"\1", token)  # Fatimah, Fatima
    token = re.sub(r"(.)\1+", r"\1", token)
    # Vowels differ most between spellings; keep the first letter whatever it is.
    return token[:1] + re.sub(r"[aeiou]", "", token[1:])


class NameKeys:
    """Maps spellings to a canonical key, built from (canonical, variants, urdu) rows."""

    def __init__(self, entries: Iterable[tuple[str, Iterable[str], str]]):
        self._keys: dict[str, str] = {}
        for canonical, variants, urdu in entries:
            key = fold_roman(canonical)
            for spelling in (canonical, *variants):
                self._keys[fold_roman(spelling)] = key
            if urdu:
                self._keys[_urdu_token(urdu)] = key

    def key(self, name: str | None) -> str:
        """Space-separated keys of a full name's tokens, in order."""
        tokens = []
        for raw in re.split(r"[\s\-.,]+", unicodedata.normalize("NFC", name or "")):
            if not raw:
                continue
            if any("\u0600" <= ch <= "\u06ff" for ch in raw):
                urdu = _urdu_token(raw)
                if urdu not in _HONORIFICS_URDU:
                    tokens.append(self._keys.get(urdu, urdu))
            else:
                letters = re.sub(r"[^a-zA-Z]", "", raw)
                if letters and letters.lower() not in _HONORIFICS_ROMAN:
                    folded = fold_roman(letters)
                    tokens.append(self._keys.get(folded, folded))
        return " ".join(tokens)


def _urdu_token(token: str) -> str:
    # Yeh and heh forms differ between Arabic and Urdu keyboards; one spelling of each.
    return token.replace("ي", "ی").replace("ى", "ی").replace("ه", "ہ").replace("ك", "ک")
