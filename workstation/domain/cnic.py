"""CNIC (Computerised National Identity Card) numbers: 13 digits, shown 12345-1234567-1."""

from __future__ import annotations

import re

from ..errors import ValidationError
from .digits import ascii_digits

_SHAPE = re.compile(r"^([0-9]{5})-?([0-9]{7})-?([0-9])$")


def normalise_cnic(raw: str, field: str = "cnic") -> str:
    """Return the 13 digits, or raise a ValidationError naming the field."""
    text = ascii_digits(raw).strip().replace(" ", "")
    match = _SHAPE.match(text)
    if not match:
        raise ValidationError(
            field, "A CNIC has 13 digits.", hint="Type it as 12345-1234567-1 or as 13 digits."
        )
    return "".join(match.groups())


def format_cnic(digits: str) -> str:
    return f"{digits[:5]}-{digits[5:12]}-{digits[12]}"
