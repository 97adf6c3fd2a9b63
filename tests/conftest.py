"""Fixtures shared by every tier. The UI tier adds its own in tests/ui/conftest.py."""

from __future__ import annotations

import itertools
import os
import uuid
from datetime import date
from pathlib import Path

import keyring.backend
import keyring.core
import pytest

from tests.support.pg_cluster import ClusterUnavailable, PgCluster
from workstation.demo.generator import DemoSize, generate_demo

# A fixed anchor so demo-based tests give the same records whatever day they run.
DEMO_UNTIL = date(2026, 11, 20)


@pytest.fixture(scope="session")
def pg_cluster():
    """The suite's own PostgreSQL; a missing server is a failure, not a skip."""
    try:
        cluster = PgCluster().start()
    except ClusterUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    yield cluster
    cluster.stop()


_db_names = itertools.count()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """A fresh, empty database on the suite's cluster for one test."""
    return pg_cluster.create_database(f"t{next(_db_names)}_{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="session")
def small_demo(tmp_path_factory) -> Path:
    """A small demo desk built once per session; tests must not write to it."""
    folder = tmp_path_factory.mktemp("demo")
    generate_demo(folder, DemoSize(contacts=3000, cases=800, services=300, seed=5,
                                   until=DEMO_UNTIL))
    return folder


@pytest.fixture(scope="session")
def secret_service():
    """The real Secret Service for the whole session; its address goes into os.environ so
    subprocesses (the app, `workstation`) find it as they would on a desktop."""
    from tests.support.secret_service import SecretService, SecretServiceUnavailable

    service = SecretService()
    try:
        env = service.start()
    except SecretServiceUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    _choose_keyring_backend_again()
    yield service
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    service.stop()
    _choose_keyring_backend_again()


def _choose_keyring_backend_again() -> None:
    """keyring picks its backend once per process and remembers which were viable; make it
    look again now that the bus has come (or gone)."""
    try:
        keyring.backend.get_all_keyring.reset()
    except KeyError:  # nothing remembered yet
        pass
    keyring.core.init_backend()
