"""One-time passwords for new accounts and password resets.

Read out or handed over on paper, then typed once: so no letters that look or sound
alike (0/o, 1/l/i, 5/s, 2/z), small letters only, and groups of four. Three groups of
four from 27 symbols give about 57 bits from `secrets`, plenty for a password that is
replaced at first sign-in and guarded by the sign-in delay.
"""

from __future__ import annotations

import secrets

from workstation.errors import ValidationError
from workstation.services.accounts import MIN_PASSWORD, check_password

ALPHABET = "abcdefghjkmnpqrtuvwxy346789"
GROUPS = 3
GROUP_LENGTH = 4


def one_time_password(username: str = "") -> str:
    while True:
        groups = ["".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH))
                  for _ in range(GROUPS)]
        password = "-".join(groups)
        try:
            check_password(password, username)
        except ValidationError:
            continue  # too few distinct symbols: vanishingly rare, draw again
        assert len(password) >= MIN_PASSWORD
        return password
