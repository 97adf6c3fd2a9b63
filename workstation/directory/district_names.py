"""Recognise a district from how people and files write it: code, English name, alias or
Urdu name, in any case and with or without spaces and hyphens ("Dera Ghazi Khan",
"D.G. Khan", "ڈیرہ غازی خان")."""

from __future__ import annotations

import re
from functools import cache

from ..reference import districts

_NOT_LETTERS = re.compile(r"[\W_]+", re.UNICODE)


def _key(text: str) -> str:
    return _NOT_LETTERS.sub("", text.casefold())


@cache
def _by_key() -> dict[str, str]:
    found: dict[str, str] = {}
    for d in districts():
        for name in (d.code, d.name_en, d.name_ur, *d.aliases):
            if name:
                found.setdefault(_key(name), d.code)
    return found


def district_code_for(*texts: str | None) -> str | None:
    """The code of the first text that names a district, else None."""
    table = _by_key()
    for text in texts:
        if text:
            code = table.get(_key(text))
            if code:
                return code
    return None
