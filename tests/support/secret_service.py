"""The real Secret Service for tests: a private D-Bus session bus and gnome-keyring,
unlocked with a throwaway password, in a temporary home. The suite exports its address,
so the app and the `workstation` command in subprocesses use it through `keyring`'s
normal backend selection, as they would on a desktop."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path


class SecretServiceUnavailable(RuntimeError):
    pass


class SecretService:
    def __init__(self) -> None:
        for tool in ("dbus-daemon", "gnome-keyring-daemon"):
            if shutil.which(tool) is None:
                raise SecretServiceUnavailable(
                    f"{tool} is not installed: run scripts/setup.sh --test "
                    "(Debian packages dbus and gnome-keyring).")
        self.root = Path(tempfile.mkdtemp(prefix="cw-keyring-"))
        self.env = {
            "HOME": str(self.root),
            "XDG_RUNTIME_DIR": str(self.root / "run"),
            "XDG_DATA_HOME": str(self.root / "data"),
            "XDG_CONFIG_HOME": str(self.root / "config"),
        }
        for key in ("run", "data", "config"):
            (self.root / key).mkdir(mode=0o700)
        self.pids: list[int] = []

    def start(self) -> dict[str, str]:
        env = {**os.environ, **self.env}
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                              "--print-pid=1"], capture_output=True, text=True, env=env,
                             check=True).stdout.split()
        address, pid = bus[0], int(bus[1])
        self.pids.append(pid)
        env["DBUS_SESSION_BUS_ADDRESS"] = self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        daemon = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                                input="throwaway-test-password", capture_output=True,
                                text=True, env=env)
        if daemon.returncode != 0:
            raise SecretServiceUnavailable(f"gnome-keyring-daemon failed: {daemon.stderr}")
        for line in daemon.stdout.splitlines():
            if "=" in line:
                key, value = line.split("=", 1)
                self.env[key] = value
        self._wait_until_ready(env)
        # The same real backend, named rather than probed: under load keyring's viability
        # probe can time out in a subprocess and fall back to `fail`, a flaky test.
        self.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
        return self.env

    def _wait_until_ready(self, env) -> None:
        probe = ("import keyring; keyring.set_password('cw-probe', 'probe', 'x'); "
                 "assert keyring.get_password('cw-probe', 'probe') == 'x'")
        import sys

        for _ in range(50):
            if subprocess.run([sys.executable, "-c", probe], env={**env, **self.env},
                              capture_output=True).returncode == 0:
                return
            time.sleep(0.1)
        raise SecretServiceUnavailable("the Secret Service did not answer")

    def _our_keyring_daemons(self) -> list[int]:
        """gnome-keyring-daemon forks away; find ours by the home it was given."""
        ours = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                if (proc / "comm").read_text().strip() != "gnome-keyring-d":
                    continue
                environ = (proc / "environ").read_bytes().split(b"\0")
            except OSError:
                continue
            if f"HOME={self.root}".encode() in environ:
                ours.append(int(proc.name))
        return ours

    def stop(self) -> None:
        for pid in self._our_keyring_daemons() + self.pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)
