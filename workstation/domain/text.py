"""Free text as people type or paste it: normalised, with invisible trouble removed.

Bidi overrides (U+202A–U+202E, U+2066–U+2069) can make Urdu and digits display in a
misleading order and are a known spoofing trick; other control characters break files
and terminals. Both are dropped; newlines and tabs stay where a field is multi-line.
"""

from __future__ import annotations

import unicodedata

from ..errors import ValidationError

_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
SHORT = 200  # names, places, reference numbers
LONG = 20_000  # narratives and notes: about ten pages


def remove_controls(value: str, *, multiline: bool = False) -> str:
    """`value` without bidi overrides and control characters (newlines and tabs stay in a
    multi-line text). A form uses it to tell the person as they paste, before saving."""
    return "".join(ch for ch in value if ch not in _BIDI_CONTROLS and not (
        unicodedata.category(ch) == "Cc" and not (multiline and ch in "\n\t")))


def clean_text(value: str | None, field: str, *, max_length: int = SHORT,
               multiline: bool = False, required: bool = False) -> str | None:
    if value is None:
        value = ""
    value = unicodedata.normalize("NFC", value)
    value = remove_controls(value, multiline=multiline).strip()
    if not multiline:
        value = " ".join(value.split())
    if required and not value:
        raise ValidationError(field, "This field is required.")
    if len(value) > max_length:
        raise ValidationError(field, f"This field takes at most {max_length:,} characters "
                              f"({len(value):,} were given).")
    return value or None
