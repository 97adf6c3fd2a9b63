"""The background runner: jobs off the GUI thread, results and failures back on it."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject

from ui.runner import Cancelled, NoDatabase

from .conftest import wait_idle


def test_jobs_run_off_the_gui_thread_and_results_arrive_on_it(qtbot, runner):
    gui = threading.get_ident()
    seen = {}

    def job(_ctx):
        seen["job"] = threading.get_ident()
        return 42

    with qtbot.waitCallback() as done:
        runner.run(job, done=lambda result: done(result, threading.get_ident()))
    result, callback_thread = done.args
    assert result == 42
    assert seen["job"] != gui
    assert callback_thread == gui


def test_an_exception_in_a_job_reaches_the_failed_callback_on_the_gui_thread(qtbot, runner):
    with qtbot.waitCallback() as failed:
        runner.run(lambda _ctx: 1 / 0, done=lambda _r: pytest.fail("not done"),
                   failed=lambda exc: failed(exc, threading.get_ident()))
    error, thread = failed.args
    assert isinstance(error, ZeroDivisionError)
    assert thread == threading.get_ident()


def test_a_failure_without_a_callback_is_announced(qtbot, runner):
    with qtbot.waitSignal(runner.task_failed) as signal:
        runner.run(lambda _ctx: {}["missing"], label="load cases")
    label, error = signal.args
    assert label == "load cases" and isinstance(error, KeyError)


def test_jobs_run_one_at_a_time_in_the_order_given(qtbot, runner):
    running, order, overlaps = [0], [], []

    def job(n):
        def work(_ctx):
            running[0] += 1
            overlaps.append(running[0])
            time.sleep(0.005)
            order.append(n)
            running[0] -= 1
        return work

    for n in range(8):
        runner.run(job(n))
    wait_idle(qtbot, runner)
    assert order == list(range(8))
    assert max(overlaps) == 1


def test_progress_reaches_the_gui_and_cancel_stops_the_job(qtbot, runner):
    started = threading.Event()
    release = threading.Event()
    reports = []

    def long_job(ctx):
        ctx.progress(5)
        started.set()
        release.wait(5)
        ctx.progress(5)            # the cancel is noticed here
        return "finished anyway"

    failures = []
    task = runner.run(long_job, progressed=reports.append, done=lambda r: failures.append(r),
                      failed=failures.append)
    assert started.wait(5)
    qtbot.waitUntil(lambda: reports == [5])
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], Cancelled)


def test_a_successful_change_is_announced_and_a_failed_one_is_not(qtbot, runner):
    announced = []
    runner.data_changed.connect(announced.append)
    runner.run(lambda _ctx: None, changes={"cases"})
    runner.run(lambda _ctx: 1 / 0, failed=lambda _e: None, changes={"contacts"})
    wait_idle(qtbot, runner)
    assert announced == [frozenset({"cases"})]


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot, runner):
    owner = QObject()
    calls = []
    release = threading.Event()
    runner.run(lambda _ctx: release.wait(5), done=calls.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    wait_idle(qtbot, runner)
    assert calls == []


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_a_job_needing_the_database_before_one_is_open_gets_a_clear_error(qtbot, runner):
    with qtbot.waitCallback() as failed:
        runner.run(lambda ctx: ctx.database, failed=failed)
    assert isinstance(failed.args[0], NoDatabase)
    assert str(failed.args[0]) == "No desk database is open."


def test_shutdown_waits_for_the_worker_and_refuses_new_jobs(runner):
    runner.run(lambda _ctx: time.sleep(0.05))
    runner.shutdown()
    assert runner._worker.isFinished()
    with pytest.raises(RuntimeError):
        runner.run(lambda _ctx: None)


def test_tasks_and_their_callbacks_are_released_on_the_gui_thread(qtbot, runner):
    """Callbacks may hold widgets. When the worker thread dropped the last reference to
    one, its wrapper was torn down there while the GUI thread deleted the widget: the
    suite crashed with a segmentation fault about once in a dozen runs."""
    import gc
    import weakref

    gui = threading.get_ident()
    released_on = []
    for _ in range(5):
        task = runner.run(lambda _ctx: None, done=lambda _result: None)
        weakref.finalize(task, lambda: released_on.append(threading.get_ident()))
        del task
        wait_idle(qtbot, runner)
        runner.run(lambda _ctx: None)   # the worker moves on to its next job
        wait_idle(qtbot, runner)
    gc.collect()
    assert released_on == [gui] * 5
