"""A throwaway PostgreSQL cluster (the test suite's, and `workstation bench`'s for the
sync operations): initdb into a temporary folder, start on a free loopback port with its socket in that folder, stop and delete at the end.
It never touches another server. As root, the server runs as the `postgres` user
(initdb refuses root)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class ClusterUnavailable(RuntimeError):
    pass


def find_pg_bin() -> Path:
    explicit = os.environ.get("PG_BIN")
    candidates = [explicit] if explicit else sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))[::-1]
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ClusterUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them with "
        "`scripts/setup.sh --test` (Debian package `postgresql`) or set PG_BIN.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    def __init__(self) -> None:
        self.bin = find_pg_bin()
        self.root = Path(tempfile.mkdtemp(prefix="cw-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise ClusterUnavailable(f"{args[0]} failed: {result.stderr.strip()[-500:]}")

    def start(self) -> PgCluster:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.root / "server.log"),
                  "-o", options, "start")
        return self

    def restart(self) -> None:
        """Stop the server as a power cut would (immediate: no checkpoint), start it again
        on the same port."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.root / "server.log"),
                  "-o", options, "start")

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        except ClusterUnavailable:
            pass
        shutil.rmtree(self.root, ignore_errors=True)
