"""The PBX hook: call events from any PBX or softphone, on this machine only.

    POST /calls/incoming    a call is ringing at this desk: pop the screen
    POST /calls/missed      a call was missed or abandoned: add it to the worklist
    body: JSON {"number": "...", "queue": "...", "id": "..."} or the same as a form
    (number=…&queue=…), which Asterisk's CURL() sends; the token goes in the header
    `X-Workstation-Token` or, where a PBX cannot set headers, a `token` field.

It listens on 127.0.0.1 only and refuses, with a clear status, anything without the
desk's token, from another address, larger than 4 KB or malformed. It never logs a
number. The app hands each accepted event to `on_event` on the server's thread; the
GUI moves it to its own thread.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from urllib.parse import parse_qs

from sqlalchemy import select

from .persistence.database import Database
from .persistence.models import LocalSetting

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
MAX_BODY = 4096
TOKEN_SETTING, PORT_SETTING = "pbx_hook_token", "pbx_hook_port"
PATHS = {"/calls/incoming": "incoming", "/calls/missed": "missed"}


@dataclass(frozen=True)
class CallEvent:
    kind: str  # incoming, missed
    number: str
    queue: str | None
    event_id: str
    received_at: datetime


@dataclass(frozen=True)
class HookSettings:
    port: int
    token: str


def hook_settings(database: Database) -> HookSettings:
    """This desk's port and token, creating the token on first use. Local to the desk."""
    with database.uow() as uow:
        s = uow.session
        stored = {key: value for key, value in s.execute(
            select(LocalSetting.key, LocalSetting.value).where(
                LocalSetting.key.in_((TOKEN_SETTING, PORT_SETTING))))}
        if TOKEN_SETTING not in stored:
            stored[TOKEN_SETTING] = secrets.token_urlsafe(24)
            s.add(LocalSetting(key=TOKEN_SETTING, value=stored[TOKEN_SETTING]))
            uow.commit()
    return HookSettings(int(stored.get(PORT_SETTING, DEFAULT_PORT)), stored[TOKEN_SETTING])


class _Handler(BaseHTTPRequestHandler):
    server: _HookServer
    protocol_version = "HTTP/1.1"
    timeout = 5  # a client that sends nothing does not hold a thread for ever

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        # Method and path only: a misconfigured PBX may put the number or the token in
        # the query string.
        log.debug("pbx hook: %s %s", self.command, (self.path or "").split("?", 1)[0])

    def _reply(self, status: int, message: str) -> None:
        body = json.dumps({"status": status, "message": message}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self._reply(405, "Use POST.")

    do_PUT = do_DELETE = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if not ip_address(self.client_address[0]).is_loopback:
            self._reply(403, "Only this computer may send call events.")
            return
        kind = PATHS.get(self.path.split("?", 1)[0])
        if kind is None:
            self._reply(404, "Unknown path; use /calls/incoming or /calls/missed.")
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._reply(411, "Send the body's length (Content-Length).")
            return
        if length < 0:
            self._reply(400, "Content-Length cannot be negative.")
            return
        if length > MAX_BODY:
            self._reply(413, f"The request is larger than {MAX_BODY} bytes.")
            return
        try:
            fields = self._fields(self.rfile.read(length))
        except ValueError as exc:
            self._reply(400, str(exc))
            return
        token = self.headers.get("X-Workstation-Token") or fields.get("token") or ""
        if not hmac.compare_digest(token.encode(), self.server.token.encode()):
            self._reply(401, "Missing or wrong token.")
            return
        number = (fields.get("number") or "").strip()
        if len(number) > 64:
            self._reply(400, "The number is longer than 64 characters.")
            return
        event = CallEvent(kind, number, (fields.get("queue") or "").strip()[:64] or None,
                          (fields.get("id") or "").strip()[:128] or uuid.uuid4().hex,
                          datetime.now(timezone.utc))
        try:
            self.server.on_event(event)
        except Exception:  # the app's failure must not hang the PBX
            log.exception("pbx hook: the %s event could not be handled", kind)
            self._reply(500, "The workstation could not take the event.")
            return
        self._reply(202, "Accepted.")

    def _fields(self, body: bytes) -> dict[str, str]:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("The request is not UTF-8 text.") from None
        if "json" in (self.headers.get("Content-Type") or ""):
            try:
                data = json.loads(text or "{}")
            except json.JSONDecodeError:
                raise ValueError("The request is not valid JSON.") from None
            if not isinstance(data, dict):
                raise ValueError("The request must be a JSON object.")
            return {k: str(v) for k, v in data.items() if isinstance(v, str | int)}
        return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}


class _HookServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 reset connections when a PBX sent a burst of
    # events at once (a queue emptying at the end of a shift): room for a burst.
    request_queue_size = 128

    def __init__(self, port: int, token: str, on_event: Callable[[CallEvent], None]):
        super().__init__(("127.0.0.1", port), _Handler)
        self.token = token
        self.on_event = on_event


class PbxHook:
    """Start with `start()`; the bound port is `port` (0 asks the system for a free one)."""

    def __init__(self, settings: HookSettings, on_event: Callable[[CallEvent], None]):
        self._server = _HookServer(settings.port, settings.token, on_event)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="pbx-hook", daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def start(self) -> PbxHook:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def send_event(settings: HookSettings, kind: str, number: str, queue: str | None = None,
               timeout: float = 5.0) -> tuple[int, str]:
    """What `workstation call incoming` does: post one event to the app on this machine."""
    import http.client

    body = json.dumps({"number": number, **({"queue": queue} if queue else {})})
    connection = http.client.HTTPConnection("127.0.0.1", settings.port, timeout=timeout)
    try:
        connection.request("POST", f"/calls/{kind}", body, {
            "Content-Type": "application/json", "X-Workstation-Token": settings.token})
        response = connection.getresponse()
        payload = json.loads(response.read() or b"{}")
        return response.status, payload.get("message", "")
    finally:
        connection.close()
