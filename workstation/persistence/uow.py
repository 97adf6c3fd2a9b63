"""Unit of work: one session per operation, rolled back unless committed."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    session: Session

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        return self

    def __exit__(self, *exc_info) -> None:
        # close() rolls back anything not committed, including after an exception. Unlike
        # rollback() it does not expire loaded objects, so values read inside the block
        # stay readable (detached) for building DTOs after it.
        self.session.close()

    def commit(self) -> None:
        self.session.commit()
