"""CNIC (Computerised National Identity Card) numbers: 13 digits, shown 12345-1234567-1."""

from __future__ import annotations

import re

from ..errors import ValidationError

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_SHAPE = re.compile(r"^(\d{5})-?(\d{7})-?(\d)$")


def normalise_cnic(raw: str, field: str = "cnic") -> str:
    """Return the 13 digits, or raise a ValidationError naming the field."""
    text = raw.strip().translate(_DIGITS).replace(" ", "")
    match = _SHAPE.match(text)
    if not match:
        raise ValidationError(
            field, "A CNIC has 13 digits.", hint="Type it as 12345-1234567-1 or as 13 digits."
        )
    return "".join(match.groups())


def format_cnic(digits: str) -> str:
    return f"{digits[:5]}-{digits[5:12]}-{digits[12]}"
