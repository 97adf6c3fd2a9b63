"""The PBX hook inside the app: call events from the server's thread to the GUI thread.

`workstation.pbx_hook` listens on 127.0.0.1 and calls `on_event` on its own thread; here
each event becomes a Qt signal that Qt queues to the GUI thread, where the window pops
the call screen (`incoming`) or adds the call to the worklist (`missed`).

Events that arrive while nobody can take them — no one signed in yet, the desk locked
or hidden — wait here in memory (`take_waiting`) and are handed over when someone can.
They are not written anywhere before that: sealing a number needs a signed-in person's
keys, and the PBX's own call log, imported each morning, holds every missed call anyway.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from workstation.pbx_hook import CallEvent, HookSettings, PbxHook

log = logging.getLogger(__name__)

MAX_WAITING = 200   # a PBX misconfigured into a loop must not fill the memory


@dataclass(frozen=True)
class ArrivedCall:
    event: CallEvent
    arrived_at: float   # time.perf_counter() when the hook received it


class CallEvents(QObject):
    incoming = Signal(object)   # ArrivedCall
    missed = Signal(object)     # ArrivedCall
    state_changed = Signal()
    _received = Signal(object)  # from the hook's thread; queued to this object's thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hook: PbxHook | None = None
        self.port: int | None = None
        self.problem: str | None = None
        self._waiting: list[ArrivedCall] = []
        self.listening_for_window = False
        self._received.connect(self._arrived)

    def start(self, settings: HookSettings) -> None:
        """Listen on the desk's port; a port taken by another program is reported, not
        fatal: the desk works without the hook (Ctrl+N, the morning log import)."""
        try:
            self._hook = PbxHook(settings, self._on_hook_thread).start()
        except OSError as exc:
            self.problem = exc.strerror or str(exc)
            log.warning("the PBX hook cannot listen on port %d: %s", settings.port,
                        self.problem)
        else:
            self.port = self._hook.port
            self.problem = None
            log.info("the PBX hook listens on 127.0.0.1:%d", self.port)
        self.state_changed.emit()

    def stop(self) -> None:
        if self._hook is not None:
            self._hook.stop()
            self._hook = None
            self.port = None
            self.state_changed.emit()

    def _on_hook_thread(self, event: CallEvent) -> None:
        self._received.emit(ArrivedCall(event, time.perf_counter()))

    def _arrived(self, call: ArrivedCall) -> None:
        if self.listening_for_window:
            (self.incoming if call.event.kind == "incoming" else self.missed).emit(call)
        else:
            self.keep(call)

    def keep(self, call: ArrivedCall) -> None:
        """Hold an event for whoever signs in or unlocks next."""
        if len(self._waiting) >= MAX_WAITING:
            self._waiting.pop(0)
        self._waiting.append(call)

    def take_waiting(self) -> list[ArrivedCall]:
        waiting, self._waiting = self._waiting, []
        return waiting
