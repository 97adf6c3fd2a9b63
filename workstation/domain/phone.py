"""Phone numbers as people type them, normalised to E.164 (Pakistan by default)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from .digits import ascii_digits

DEFAULT_REGION = "PK"
# Short codes callers dial: police 15, child helplines 1098/1121, women's helplines …
_SHORT_CODE = re.compile(r"^[0-9]{2,5}$")


@dataclass(frozen=True)
class NormalisedPhone:
    as_typed: str
    e164: str | None  # None when unrecognised or a short code
    short_code: str | None = None

    @property
    def recognised(self) -> bool:
        return self.e164 is not None or self.short_code is not None

    @property
    def lookup_key(self) -> str | None:
        """The value blind-indexed and compared for "is this caller known"."""
        return self.e164 or self.short_code


def _parse_valid(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_valid_number(parsed) else None


def normalise_phone(raw: str | None, region: str = DEFAULT_REGION) -> NormalisedPhone:
    """Never raises: an unrecognised number is kept as typed, with `e164` None."""
    typed = (raw or "").strip()
    # Urdu, Arabic-Indic or full-width digits become ASCII; invisible marks go.
    compact = re.sub(r"[\s\-().]", "", ascii_digits(typed))
    if _SHORT_CODE.match(compact):
        return NormalisedPhone(typed, None, compact)
    parsed = _parse_valid(compact, region)
    # "92-21-35123456": the country code typed without its plus sign.
    if parsed is None and compact.isdigit():
        parsed = _parse_valid("+" + compact, None)
    if parsed is None:
        return NormalisedPhone(typed, None)
    return NormalisedPhone(
        typed, phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    )


def display_phone(lookup_key: str | None) -> str:
    """A stored number as Pakistani counsellors read it: `0300 1234567`, `(021) 35123456`,
    `+44 20 7946 0018` for a foreign one, a short code as it is."""
    if not lookup_key or not lookup_key.startswith("+"):
        return lookup_key or ""
    try:
        parsed = phonenumbers.parse(lookup_key, None)
    except phonenumbers.NumberParseException:
        return lookup_key
    style = (phonenumbers.PhoneNumberFormat.NATIONAL
             if phonenumbers.region_code_for_number(parsed) == DEFAULT_REGION
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, style)
