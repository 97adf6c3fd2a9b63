"""Sync in the window: a round every few minutes and on demand, its state in the status bar.

A round runs on a worker of its own — a second `Runner` — not on the window's database
runner: pulling a new desk's centre can take a minute over a slow line, and the desk must
stay fully usable meanwhile (SQLite's WAL lets the window read and write while a round
applies a batch; each batch is a short transaction). Rounds never overlap; a timer tick
while one runs is skipped. A round needs no one's keys (only ciphertext moves), so it
goes on while the desk is locked.

After a round that pulled anything, every screen is told its data changed (they reload
when next shown). Errors are shown as the core wrote them (they say nothing was lost);
the next tick tries again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from workstation import sync
from workstation.persistence.database import Database

from .runner import Runner

log = logging.getLogger(__name__)

# Every area a pull may touch: screens reload what they show.
ALL_AREAS = frozenset({"contacts", "cases", "follow_ups", "callbacks", "appointments",
                       "directory"})


@dataclass(frozen=True)
class SyncState:
    """What the status bar says about sync."""

    status: sync.SyncStatus | None = None
    running: bool = False
    stage: str | None = None        # push, pull
    done: int = 0
    total: int | None = None
    error: str | None = None        # the last round's failure, for the person


class SyncScheduler(QObject):
    changed = Signal(object)    # SyncState

    def __init__(self, database: Database, data_changed, *, interval_ms: int,
                 parent: QObject | None = None):
        """`data_changed`: the window runner's signal, emitted after a pull brought data."""
        super().__init__(parent)
        self._runner = Runner(database, self, closes_database=False)
        self._data_changed = data_changed
        self.state = SyncState()
        # The round's latest (stage, done, total), set on the sync worker and read here.
        self._runner_progress: tuple[str, int, int | None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Read the state now; rounds begin if the desk has been connected to a server."""
        self._timer.start()
        self._runner.run(lambda ctx: sync.sync_status(ctx.database),
                         done=self._status_read, label="sync status", owner=self)

    def stop(self) -> None:
        self._timer.stop()
        self._runner.shutdown()

    def sync_now(self) -> None:
        if self.state.running or (self.state.status is not None
                                  and not self.state.status.configured):
            return
        self._set(running=True, stage=None, done=0, total=None, error=None)

        def round_(ctx):
            def progress(stage: str, done: int, total: int | None) -> None:
                ctx.progress(0)   # also stops the round at a batch if the app is closing
                self._runner_progress = (stage, done, total)
            result = sync.run_round(ctx.database, progress=progress)
            return result, sync.sync_status(ctx.database)

        self._runner.run(round_, done=self._round_done, failed=self._round_failed,
                         progressed=lambda _n: self._show_progress(), label="sync round",
                         owner=self)

    def _show_progress(self) -> None:
        if self._runner_progress is not None:
            stage, done, total = self._runner_progress
            self._set(stage=stage, done=done, total=total)

    def _status_read(self, status: sync.SyncStatus) -> None:
        self._set(status=status)
        if status.configured:
            self.sync_now()

    def _round_done(self, result) -> None:
        outcome, status = result
        self._set(status=status, running=False, stage=None, error=None)
        if outcome.pulled:
            self._data_changed.emit(ALL_AREAS)

    def _round_failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, sync.SyncError) else None
        if message is None:
            log.error("a sync round failed unexpectedly", exc_info=error)
        self._set(running=False, stage=None, error=message or "")
        # The pending count and the time of the attempt changed: read them again.
        self._runner.run(lambda ctx: sync.sync_status(ctx.database),
                         done=lambda status: self._set(status=status), label="sync status",
                         owner=self)

    def _set(self, **changes) -> None:
        self.state = SyncState(**{**self.state.__dict__, **changes})
        self.changed.emit(self.state)
