"""A small TCP proxy for fault tests: forwards 127.0.0.1:port to a server and cuts the
live connections when told to. Loopback only; it stops with the test."""

from __future__ import annotations

import random
import socket
import threading


class CuttingProxy:
    def __init__(self, target_port: int):
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.lock = threading.Lock()
        self.cuts = 0
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.pairs.append((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def cut(self, rng: random.Random, share: float = 1.0) -> int:
        """Cut a share of the live connections at once; how many were cut."""
        with self.lock:
            live = [p for p in self.pairs if p[0].fileno() != -1]
            self.pairs = live
            chosen = [p for p in live if rng.random() < share]
        for pair in chosen:
            for s in pair:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        self.cuts += len(chosen)
        return len(chosen)

    def close(self) -> None:
        self.running = False
        self.listener.close()
        self.cut(random.Random(0))
