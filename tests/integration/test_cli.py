"""The admin command line as an IT admin or a script uses it: exit codes and one-line errors."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import DEMO_UNTIL


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "workstation", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("command", [[], ["init"], ["info"], ["demo"], ["bench"]])
def test_help_everywhere(command):
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "usage: workstation" in result.stdout


def test_init_then_info_json(tmp_path, secret_service):
    first = run("--data-dir", str(tmp_path), "init")
    assert first.returncode == 0 and "Created the desk database" in first.stdout
    again = run("--data-dir", str(tmp_path), "init")
    assert again.returncode == 0 and "left as it is" in again.stdout
    info = run("--data-dir", str(tmp_path), "info", "--json")
    assert info.returncode == 0
    data = json.loads(info.stdout)
    assert data["schema_revision"] == data["schema_head"]
    assert data["database"].endswith("desk.sqlite3")
    assert data["row_counts"]["categories"] > 50
    assert data["row_counts"]["cases"] == 0


def test_demo_then_info_counts(tmp_path):
    result = run("--data-dir", str(tmp_path), "demo", "-q", "--contacts", "1500", "--cases",
                 "400", "--services", "200", "--seed", "3", "--until", DEMO_UNTIL.isoformat())
    assert result.returncode == 0, result.stderr
    counts = json.loads(run("--data-dir", str(tmp_path), "info", "--json").stdout)["row_counts"]
    assert counts["contacts"] == 1500
    assert counts["cases"] == 400
    assert counts["services"] == 200 + 7   # and the starting directory's helplines


def _one_line_error(result, code):
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_info_without_a_database(tmp_path):
    line = _one_line_error(run("--data-dir", str(tmp_path / "none"), "info"), 3)
    assert "workstation init" in line


def test_info_on_a_damaged_file(tmp_path):
    (tmp_path / "desk.sqlite3").write_bytes(b"garbage" * 50)
    line = _one_line_error(run("--data-dir", str(tmp_path), "info"), 3)
    assert "damaged" in line
    assert (tmp_path / "desk.sqlite3").read_bytes() == b"garbage" * 50


def test_unwritable_data_folder(tmp_path, secret_service):
    (tmp_path / "file").write_text("x")
    line = _one_line_error(run("--data-dir", str(tmp_path / "file" / "sub"), "init"), 4)
    assert "cannot be created" in line


def test_demo_refuses_a_folder_with_records(tmp_path):
    args = ("--data-dir", str(tmp_path), "demo", "-q", "--contacts", "300", "--cases", "100",
            "--services", "50", "--until", DEMO_UNTIL.isoformat())
    assert run(*args).returncode == 0
    before = (tmp_path / "desk.sqlite3").stat().st_size
    line = _one_line_error(run(*args), 3)
    assert "already holds records" in line
    assert (tmp_path / "desk.sqlite3").stat().st_size == before


@pytest.mark.parametrize("args,fragment", [
    (["demo", "--contacts", "ten"], "is not a whole number"),
    (["demo", "--contacts", "-5"], "must not be negative"),
    (["demo", "--until", "2026-13-40"], "is not a date"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_arguments_exit_2_with_usage(tmp_path, args, fragment):
    result = run("--data-dir", str(tmp_path), *args)
    assert result.returncode == 2
    assert fragment in result.stderr


def test_demo_with_fewer_contacts_than_cases(tmp_path):
    line = _one_line_error(run("--data-dir", str(tmp_path), "demo", "--contacts", "10",
                               "--cases", "20"), 2)
    assert "--contacts must be at least --cases" in line


def test_bench_json_reports_medians_beside_the_raw_baseline(tmp_path):
    result = run("--data-dir", str(tmp_path / "bench"), "bench", "--json", "--contacts", "2000",
                 "--cases", "500", "--services", "200", "--repeat", "20",
                 # the sync operations on their own throwaway PostgreSQL, kept small here
                 "--pull-cases", "1000")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["dataset"]["built"] is True
    assert report["peak_rss_mib"] > 0
    for name in ("phone_lookup", "case_list_page", "sheet_wav", "sync_push_1000", "sync_idle",
                 "sync_pull_100k", "dashboard_refresh", "report_year"):
        op = report["operations"][name]
        assert op["median_ms"] > 0 and op["p95_ms"] >= op["median_ms"]
        assert op["raw_median_ms"] > 0
        assert op["ratio_to_raw"] == pytest.approx(op["median_ms"] / op["raw_median_ms"],
                                                   rel=0.05)
    reused = run("--data-dir", str(tmp_path / "bench"), "bench", "--json", "--repeat", "5",
                 "--only", "phone_lookup")
    assert json.loads(reused.stdout)["dataset"]["built"] is False


def test_bench_unknown_operation(tmp_path):
    run("--data-dir", str(tmp_path), "demo", "-q", "--contacts", "20", "--cases", "5",
        "--services", "5")
    line = _one_line_error(run("--data-dir", str(tmp_path), "bench", "--only", "nope"), 2)
    assert "Unknown operation nope" in line


def test_init_refuses_a_missing_keyring(tmp_path):
    # A machine with no keyring: no session bus, and no backend named for the tests.
    env_without_bus = {k: v for k, v in os.environ.items()
                       if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    result = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(tmp_path),
                             "init"], capture_output=True, text=True, env=env_without_bus)
    line = _one_line_error(result, 5)
    assert "No secure system keyring" in line and "gnome-keyring" in line
    assert not (tmp_path / "desk.sqlite3").exists()


def test_first_admin_then_accounts_from_the_command_line(tmp_path, secret_service):
    d = ("--data-dir", str(tmp_path))
    created = run(*d, "init", "--admin", "amina", "--password-stdin", stdin="Admin-pass-2026\n")
    assert created.returncode == 0, created.stderr
    assert "administrator amina" in created.stdout
    again = run(*d, "init", "--admin", "amina", "--password-stdin", stdin="Admin-pass-2026\n")
    assert "already has its organisation keys" in _one_line_error(again, 2)
    added = run(*d, "--as", "amina", "user", "add", "sana", "--role", "supervisor",
                "--password-stdin", stdin="Admin-pass-2026\nWelcome-2026!\n")
    assert added.returncode == 0 and "must be changed" in added.stdout
    listed = run(*d, "--as", "amina", "user", "list", "--json", "--password-stdin",
                 stdin="Admin-pass-2026\n")
    users = {u["username"]: u for u in json.loads(listed.stdout)}
    assert users["sana"]["must_change_password"] and users["sana"]["role"] == "supervisor"
    denied = run(*d, "--as", "sana", "user", "list", "--password-stdin", stdin="Welcome-2026!\n")
    assert "may not manage accounts" in _one_line_error(denied, 6)
    wrong = run(*d, "--as", "amina", "user", "list", "--password-stdin", stdin="nope-nope-nope\n")
    assert "not correct" in _one_line_error(wrong, 5)
    short = run(*d, "--as", "amina", "user", "add", "x-user", "--role", "lawyer", "--centre",
                "KHI", "--password-stdin", stdin="Admin-pass-2026\n")
    assert "Expected 2 line(s)" in _one_line_error(short, 2)
    assert run(*d, "audit", "verify").returncode == 0


def test_init_refuses_an_unreachable_keyring(tmp_path):
    """The keyring is named but its daemon cannot be reached (no session bus)."""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    result = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(tmp_path),
                             "init"], capture_output=True, text=True, env=env)
    assert "could not be reached" in _one_line_error(result, 5)
    assert not (tmp_path / "desk.sqlite3").exists()
