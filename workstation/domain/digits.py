"""Digits as people type them: Urdu, Arabic-Indic, Devanagari or full-width digits become
ASCII, dashes of any kind become "-", invisible direction marks are dropped."""

from __future__ import annotations

import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u200b\u200c\u200d\u2066\u2067\u2068\u2069"
                                    "\u202a\u202b\u202c\u202d\u202e\ufeff"))
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"),
                        "-")


def ascii_digits(text: str) -> str:
    text = text.translate(_INVISIBLE).translate(_DASHES)
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch
                   for ch in text)
