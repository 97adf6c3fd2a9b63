"""The PBX hook over real loopback HTTP: what a PBX sends, and what it must not get away
with."""

import http.client
import json
import subprocess
import sys
import threading

import pytest

from workstation.pbx_hook import HookSettings, PbxHook, hook_settings
from workstation.persistence.database import open_desk_database

TOKEN = "test-token-123"


@pytest.fixture
def hook():
    events = []
    running = PbxHook(HookSettings(0, TOKEN), events.append).start()
    yield running, events
    running.stop()


def post(port, path, body, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("POST", path, body, headers or {})
    response = connection.getresponse()
    status, payload = response.status, json.loads(response.read() or b"{}")
    connection.close()
    return status, payload.get("message", "")


def test_json_with_the_token_header_pops_a_call(hook):
    running, events = hook
    status, _ = post(running.port, "/calls/incoming",
                     json.dumps({"number": "0300-1234567", "queue": "legal"}),
                     {"Content-Type": "application/json", "X-Workstation-Token": TOKEN})
    assert status == 202
    assert [(e.kind, e.number, e.queue) for e in events] == [
        ("incoming", "0300-1234567", "legal")]


def test_asterisk_curl_form_with_the_token_field(hook):
    """Asterisk: CURL(http://127.0.0.1:8765/calls/missed,number=${CALLERID(num)}&…)."""
    running, events = hook
    status, _ = post(running.port, "/calls/missed",
                     f"number=%2B923001234567&queue=1098&id=1763.7&token={TOKEN}",
                     {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 202
    assert (events[0].kind, events[0].number, events[0].event_id) == (
        "missed", "+923001234567", "1763.7")


@pytest.mark.parametrize("path,body,headers,status,words", [
    ("/calls/incoming", '{"number": "15"}', {"Content-Type": "application/json"}, 401,
     "token"),
    ("/calls/incoming", '{"number": "15"}', {"Content-Type": "application/json",
                                             "X-Workstation-Token": "guess"}, 401, "token"),
    ("/calls/other", "number=15", {"X-Workstation-Token": TOKEN}, 404, "Unknown path"),
    ("/calls/incoming", "{not json", {"Content-Type": "application/json",
                                      "X-Workstation-Token": TOKEN}, 400, "not valid JSON"),
    ("/calls/incoming", "[1, 2]", {"Content-Type": "application/json",
                                   "X-Workstation-Token": TOKEN}, 400, "JSON object"),
    ("/calls/incoming", b"number=\xff\xfe", {"X-Workstation-Token": TOKEN}, 400, "UTF-8"),
    ("/calls/incoming", "number=" + "9" * 100, {"X-Workstation-Token": TOKEN}, 400,
     "longer than 64"),
    ("/calls/incoming", "x=" + "a" * 5000, {"X-Workstation-Token": TOKEN}, 413, "larger"),
])
def test_bad_requests_get_a_clear_status_and_pop_nothing(hook, path, body, headers, status,
                                                        words):
    running, events = hook
    got, message = post(running.port, path, body, headers)
    assert got == status and words in message
    assert events == []


def test_get_is_refused(hook):
    running, _ = hook
    connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=5)
    connection.request("GET", "/calls/incoming")
    assert connection.getresponse().status == 405
    connection.close()


def test_a_failing_handler_answers_500_and_the_hook_keeps_going():
    calls = []

    def flaky(event):
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("the window was busy")

    running = PbxHook(HookSettings(0, TOKEN), flaky).start()
    try:
        headers = {"X-Workstation-Token": TOKEN}
        assert post(running.port, "/calls/incoming", "number=15", headers)[0] == 500
        assert post(running.port, "/calls/incoming", "number=15", headers)[0] == 202
    finally:
        running.stop()


def test_many_pbx_calls_at_once(hook):
    running, events = hook
    statuses = []

    def ring(n):
        statuses.append(post(running.port, "/calls/missed", f"number=0300{n:07d}",
                             {"X-Workstation-Token": TOKEN})[0])

    threads = [threading.Thread(target=ring, args=(n,)) for n in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [202] * 30 and len(events) == 30


def test_the_command_line_sends_to_the_running_app(tmp_path):
    database = open_desk_database(tmp_path, create=True)
    settings = hook_settings(database)
    assert hook_settings(database).token == settings.token  # created once, then kept
    database.close()
    events = []
    running = PbxHook(HookSettings(0, settings.token), events.append).start()
    try:
        from workstation.persistence.models import LocalSetting

        again = open_desk_database(tmp_path)
        with again.uow() as uow:
            uow.session.add(LocalSetting(key="pbx_hook_port", value=str(running.port)))
            uow.commit()
        again.close()
        done = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(tmp_path),
                               "call", "incoming", "--number", "0300-1234567"],
                              capture_output=True, text=True)
        assert done.returncode == 0 and "took the call" in done.stdout
        assert events[0].number == "0300-1234567"
    finally:
        running.stop()
    gone = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(tmp_path),
                           "call", "incoming", "--number", "15"], capture_output=True, text=True)
    assert gone.returncode == 1 and "No Counsellor Workstation is listening" in gone.stderr


def test_a_negative_or_missing_length_is_refused(hook):
    import socket

    running, events = hook
    for header, status in (("Content-Length: -1\r\n", b"400"), ("", b"411")):
        with socket.create_connection(("127.0.0.1", running.port), timeout=5) as s:
            s.sendall(f"POST /calls/incoming HTTP/1.1\r\nHost: x\r\n{header}"
                      f"X-Workstation-Token: {TOKEN}\r\n\r\n".encode() + b"number=15" * 20)
            assert s.recv(200).split(b" ")[1] == status
    assert events == []
