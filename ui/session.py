"""Who is signed in at this desk, as the window needs it, and the jobs that get there.

The jobs run on the runner's worker thread (signing in costs about 0.4 s of Argon2id);
they return plain values. The `UserSession` holds the organisation keys until it is
locked; the window keeps it and hands it to the jobs that need it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from workstation.crypto import keyring_store
from workstation.domain.permissions import Action, can
from workstation.persistence.database import Database
from workstation.services import accounts, centres
from workstation.services.accounts import UserSession
from workstation.services.centres import CentreRow
from workstation.services.desk_identity import ensure_desk

from . import labels


@dataclass
class SignedIn:
    session: UserSession
    centre: CentreRow | None   # None: a supervisor or admin of all centres

    @property
    def centre_code(self) -> str | None:
        return self.centre.code if self.centre else None

    def centre_name(self) -> str:
        if self.centre is None:
            return ""
        return labels.bilingual(self.centre.name, self.centre.name_ur)

    def may(self, action: Action) -> bool:
        return can(self.session.actor.role, action)


@dataclass(frozen=True)
class DeskState:
    desk_id: uuid.UUID
    has_organisation: bool
    is_demo: bool


def check_keyring() -> None:
    """Refuse a keyring that would keep the desk secret in a file or nowhere."""
    keyring_store.check_backend()


def desk_state(database: Database) -> DeskState:
    desk_id = ensure_desk(database, keyring_store.DeskSecretStore())
    return DeskState(desk_id, accounts.organisation_exists(database),
                     centres.is_demo_desk(database))


def sign_in(database: Database, username: str, password: str,
            desk_id: uuid.UUID | None) -> SignedIn:
    session = accounts.sign_in(database, username, password, desk_id=desk_id)
    return SignedIn(session, centres.centre_of(database, session.actor.centre_id))


def create_organisation(database: Database, username: str, display_name: str, password: str,
                        desk_id: uuid.UUID | None) -> SignedIn:
    session = accounts.create_organisation(database, username=username,
                                           display_name=display_name, password=password,
                                           desk_id=desk_id)
    return SignedIn(session, None)
