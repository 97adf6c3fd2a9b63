"""The one background runner for database work (Anki's task manager, in small).

All database work in the window goes through `Runner.run`: the job runs on a single
worker thread, one job at a time and in the order submitted, so SQLite sees one writer
and a session never crosses threads. Results and exceptions come back through a queued
signal and the callbacks run on the GUI thread. A job receives a `TaskContext` — the
database, a progress reporter and a cancel check — never a widget.

After a job that changed data finishes, the runner emits `data_changed` with the areas
it changed (convention 6: changes announce themselves); screens refresh from that
signal instead of calling each other.

One exception, on purpose: sync rounds run on a second Runner of their own
(ui/sync_scheduler.py), because a round waits on the network and may pull for a
minute; the desk's own work must not queue behind it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import count
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from workstation.errors import WorkstationError
from workstation.persistence.database import Database

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the person asked to stop it."""


class NoDatabase(WorkstationError):
    """A job needed the desk database before one was opened."""


@dataclass
class TaskContext:
    """What a job may use: the database, progress and cancellation. Never a widget."""

    _task_id: int
    _cancel: threading.Event
    _worker: _Worker
    _database: Database | None

    @property
    def database(self) -> Database:
        if self._database is None:
            raise NoDatabase("No desk database is open.")
        return self._database

    def progress(self, amount: int) -> None:
        """Report `amount` more units done; stops the job if a cancel was asked for."""
        self.raise_if_cancelled()
        self._worker.task_progressed.emit(self._task_id, amount)

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


@dataclass(eq=False)
class Task:
    """A submitted job; `cancel()` asks it to stop at its next progress report.

    The Task, with its callbacks (which may hold widgets), stays on the GUI thread; the
    worker gets only the id, the job and the cancel flag (`_Work`).
    """

    id: int
    label: str
    job: Callable[[TaskContext], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    progressed: Callable[[int], None] | None
    changes: frozenset[str]
    owner: QObject | None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass(frozen=True)
class _Work:
    task_id: int
    job: Callable[[TaskContext], Any]
    cancel: threading.Event


class _Worker(QThread):
    """Runs `_Work` from the jobs queue; hands outcomes back through the outcomes queue.

    Ownership matters here: if the worker thread dropped the last reference to a
    Python object that wraps a Qt widget (a callback's closure holding a progress
    dialog, say), the widget would be destroyed on the wrong thread and the process
    crash — it did, once in a dozen test runs. So the worker lets go of everything
    before it announces an outcome, and the GUI thread takes exactly one outcome per
    announcement: whatever the worker touched is last released on the GUI thread.
    """

    # Emitted on the worker thread; the Runner lives on the GUI thread, so Qt queues
    # these and the slots run there. Plain ints only: no object crosses in a signal.
    task_finished = Signal()          # one outcome is waiting in `outcomes`
    task_progressed = Signal(int, int)  # task id, amount

    def __init__(self, jobs: queue.Queue, outcomes: queue.Queue, runner: Runner):
        super().__init__()
        self._jobs = jobs
        self._outcomes = outcomes
        self._runner = runner
        self.setObjectName("database-runner")

    def run(self) -> None:
        while True:
            work = self._jobs.get()
            if work is None:
                return
            outcome = self._run_one(work)
            del work
            self._outcomes.put(outcome)
            del outcome
            self.task_finished.emit()

    def _run_one(self, work: _Work) -> tuple[int, Any, BaseException | None]:
        if work.cancel.is_set():
            return work.task_id, None, Cancelled()
        context = TaskContext(work.task_id, work.cancel, self, self._runner._database)
        try:
            return work.task_id, work.job(context), None
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            return work.task_id, None, exc


class Runner(QObject):
    """One worker thread with a queue; see the module docstring."""

    data_changed = Signal(frozenset)
    # A job without its own `failed` callback failed: (task label, exception).
    task_failed = Signal(str, object)
    busy_changed = Signal(bool)

    def __init__(self, database: Database | None = None, parent: QObject | None = None, *,
                 closes_database: bool = True):
        """`closes_database`: False for a second runner on a database the first owns
        (sync rounds: see ui/sync_scheduler.py)."""
        super().__init__(parent)
        self._database = database
        self._closes_database = closes_database
        self._jobs: queue.Queue = queue.Queue()
        self._outcomes: queue.Queue = queue.Queue()
        self._ids = count(1)
        self._pending: dict[int, Task] = {}
        self._worker = _Worker(self._jobs, self._outcomes, self)
        self._worker.task_finished.connect(self._on_finished)
        self._worker.task_progressed.connect(self._on_progressed)
        self._worker.start()
        self._stopped = False

    # ---- the database ---------------------------------------------------------------
    @property
    def database(self) -> Database | None:
        return self._database

    def attach_database(self, database: Database) -> None:
        """Hand the opened database to the worker; only while no job is running."""
        self._database = database

    # ---- submitting -----------------------------------------------------------------
    def run(self, job: Callable[[TaskContext], Any], *,
            done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None,
            progressed: Callable[[int], None] | None = None,
            changes: Iterable[str] = (), label: str = "",
            owner: QObject | None = None) -> Task:
        """Run `job(context)` in the background; `done(result)`/`failed(exc)` on the GUI thread.

        `owner`: when that QObject has been deleted by the time the job ends, the
        callbacks are skipped (a closed dialog must not be touched).
        `changes`: areas this job changes, announced through `data_changed` on success.
        """
        if self._stopped:
            raise RuntimeError("the runner has been shut down")
        task = Task(next(self._ids), label or getattr(job, "__name__", "job"), job, done,
                    failed, progressed, frozenset(changes), owner)
        self._pending[task.id] = task
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._jobs.put(_Work(task.id, job, task._cancel))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    # ---- results, on the GUI thread -------------------------------------------------
    def _owner_alive(self, task: Task) -> bool:
        return task.owner is None or shiboken6.isValid(task.owner)

    def _on_progressed(self, task_id: int, amount: int) -> None:
        task = self._pending.get(task_id)
        if task and task.progressed and not task.cancelled and self._owner_alive(task):
            task.progressed(amount)

    def _on_finished(self) -> None:
        try:
            task_id, result, error = self._outcomes.get_nowait()
        except queue.Empty:
            return  # already released by shutdown()
        task = self._pending.pop(task_id, None)
        if task is None:
            return  # the runner's own closing job
        if not self._pending:
            self.busy_changed.emit(False)
        if self._stopped:
            return
        if error is not None:
            self._report_failure(task, error)
            return
        if self._owner_alive(task) and task.done is not None:
            task.done(result)
        if task.changes:
            self.data_changed.emit(task.changes)

    def _report_failure(self, task: Task, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            log.info("task %s cancelled", task.label)
        elif isinstance(error, WorkstationError):
            # The message is written for people and carries no sensitive value.
            log.warning("task %s failed: %s", task.label, error.message)
        else:
            # SQL errors come with hide_parameters, so the traceback holds no row values.
            log.error("task %s failed", task.label, exc_info=error)
        if not self._owner_alive(task):
            return
        if task.failed is not None:
            task.failed(error)
        elif not isinstance(error, Cancelled):
            self.task_failed.emit(task.label, error)

    # ---- stopping -------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop queued jobs, ask the running one to stop, close the database, end the thread."""
        if self._stopped:
            return
        self._stopped = True
        for task in self._pending.values():
            task.cancel()
        while True:
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        database = self._database if self._closes_database else None
        if database is not None:
            # Closed on the worker thread, after whatever job is still running there.
            self._jobs.put(_Work(0, lambda _ctx: database.close(), threading.Event()))
        self._jobs.put(None)
        if not self._worker.wait(timeout_ms):
            # The tasks stay referenced here, so the worker never drops the last reference.
            log.error("the database runner did not stop within %d ms", timeout_ms)
            return
        self._pending.clear()
        while True:  # outcomes nobody will read, released here on the GUI thread
            try:
                self._outcomes.get_nowait()
            except queue.Empty:
                break
