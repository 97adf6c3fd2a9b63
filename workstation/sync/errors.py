"""Sync errors: each message says what happened and that nothing was lost."""

from __future__ import annotations

from ..errors import WorkstationError


class SyncError(WorkstationError):
    """A sync round could not run or finish; the outbox is intact."""

    exit_code = 8


class ServerUnreachable(SyncError):
    pass


class ClockSkew(SyncError):
    pass


class NotConfigured(SyncError):
    pass
