"""The one adapter to the OS keyring (`keyring`): Windows Credential Manager, macOS
Keychain, the Secret Service (GNOME Keyring, KWallet) on Linux.

It holds the desk's own secret, which ties the desk database to this computer's user
account and will carry the desk's credential for the shared database. Backends that
would keep secrets in a readable file, or nowhere, are refused with a message that says
how to fix it.
"""

from __future__ import annotations

import base64
import os
import sys
import uuid

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked

from ..errors import WorkstationError

SERVICE = "Counsellor Workstation"
SECRET_BYTES = 32


class KeyringUnavailable(WorkstationError):
    exit_code = 5


def _fix_hint() -> str:
    if sys.platform.startswith("win"):
        return ("Windows Credential Manager is needed: sign in to Windows with your own "
                "account (not a guest session) and start the app again.")
    if sys.platform == "darwin":
        return "The macOS Keychain is needed: sign in to your macOS account and try again."
    return ("A Secret Service keyring is needed: sign in to a desktop session with GNOME "
            "Keyring or KWallet (on Debian/Ubuntu: sudo apt-get install gnome-keyring, then "
            "sign out and in again). Do not install keyrings.alt: it keeps secrets in a file.")


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _is_insecure(backend: KeyringBackend) -> bool:
    name = _name(backend)
    return (name.startswith("keyring.backends.fail") or name.startswith("keyring.backends.null")
            or name.startswith("keyrings.alt") or "plaintext" in name.lower())


def check_backend(backend: KeyringBackend | None = None) -> KeyringBackend:
    """Return a usable backend, or raise KeyringUnavailable saying how to fix it."""
    if backend is None:
        try:
            backend = keyring.get_keyring()
        except (KeyringError, RuntimeError, OSError) as exc:
            # A backend named by PYTHON_KEYRING_BACKEND that cannot start (no bus).
            raise KeyringUnavailable(f"The system keyring could not be reached "
                                     f"({type(exc).__name__}).", hint=_fix_hint()) from None
    children = getattr(backend, "backends", None)
    members = list(children) if children is not None else [backend]
    if not members or any(_is_insecure(b) for b in members):
        found = ", ".join(_name(b) for b in members) or "none"
        raise KeyringUnavailable(f"No secure system keyring is available (found: {found}).",
                                 hint=_fix_hint())
    return backend


class DeskSecretStore:
    def __init__(self, backend: KeyringBackend | None = None):
        self.backend = check_backend(backend)

    @staticmethod
    def _account(desk_id: uuid.UUID) -> str:
        return f"desk-secret:{desk_id}"

    def _call(self, fn, *args):
        try:
            return fn(*args)
        except KeyringLocked:
            raise KeyringUnavailable("The system keyring is locked.",
                                     hint="Unlock it (sign in to your desktop) and try again."
                                     ) from None
        except (KeyringError, RuntimeError, OSError) as exc:
            # The Secret Service backend raises RuntimeError when the session bus or the
            # keyring daemon is not there.
            raise KeyringUnavailable(f"The system keyring could not be reached "
                                     f"({type(exc).__name__}).", hint=_fix_hint()) from None

    def probe(self) -> None:
        """Ask the keyring once, so a command refuses before it creates anything."""
        self._call(self.backend.get_password, SERVICE, "probe")

    def get(self, desk_id: uuid.UUID) -> bytes | None:
        stored = self._call(self.backend.get_password, SERVICE, self._account(desk_id))
        return base64.b64decode(stored) if stored else None

    def create(self, desk_id: uuid.UUID) -> bytes:
        secret = os.urandom(SECRET_BYTES)
        self._call(self.backend.set_password, SERVICE, self._account(desk_id),
                   base64.b64encode(secret).decode())
        return secret

    # ---- other secrets of this desk (the shared database's password) ----------------

    @staticmethod
    def _credential_account(name: str, desk_id: uuid.UUID) -> str:
        return f"{name}:{desk_id}"

    def get_credential(self, name: str, desk_id: uuid.UUID) -> str | None:
        return self._call(self.backend.get_password, SERVICE,
                          self._credential_account(name, desk_id))

    def set_credential(self, name: str, desk_id: uuid.UUID, value: str) -> None:
        self._call(self.backend.set_password, SERVICE,
                   self._credential_account(name, desk_id), value)
