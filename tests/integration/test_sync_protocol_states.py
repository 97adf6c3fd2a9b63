"""A Hypothesis state machine over the sync protocol, on real SQLite desks and a real
PostgreSQL: desks edit the same cases, add notes and cases, sync in small batches, lose
acknowledgements (the server committed, the desk never heard) and replay old pushes, in
any order. Whatever happens, nothing a desk committed is lost or doubled, a cursor never
passes the server, and after healing every desk agrees with the others and each field
holds the last edit made to it."""

from __future__ import annotations

import shutil
import uuid

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import create_engine, func, select, text

from tests.support.sync_desks import (
    DESK_ROLE_PASSWORD,
    centre_id,
    fast_kdf,
    first_desk,
    new_desk,
    shared_server,
    signed_in,
)
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import Case, CaseNote, SyncOutbox
from workstation.services import cases
from workstation.sync import ServerLink, desk_sync, protocol, run_round
from workstation.sync.server import server_engine

pytestmark = pytest.mark.postgres
DESKS = 3
USERS = ("khi-c1", "khi-c2", "khi-sup")


@pytest.fixture(scope="module")
def templates(pg_cluster, tmp_path_factory):
    """A shared database and three desks that have all synced once, copied per example."""
    patch = pytest.MonkeyPatch()
    fast_kdf(patch)
    root = tmp_path_factory.mktemp("states")
    template = pg_cluster.create_database(f"states_{uuid.uuid4().hex[:8]}")
    url = shared_server(template)
    zero, zero_id, _ = first_desk(root / "desk0")
    scope = f"centre:{centre_id(zero, 'KHI').hex}"
    link = ServerLink(url, DESK_ROLE_PASSWORD, scope)
    for user in USERS:
        staff = signed_in(zero, user, zero_id)
    seeded = [cases.save_case(zero, staff, cases.CaseRecord(narrative=f"seed {n}")).id
              for n in range(2)]
    run_round(zero, link)
    zero.close()
    for n in range(1, DESKS):
        database, _ = new_desk(root / f"desk{n}", f"desk{n}")
        run_round(database, link)
        database.close()
    patch.undo()
    yield pg_cluster, template, root, scope, seeded


def test_the_protocol_keeps_every_change_in_any_order(templates, tmp_path_factory,
                                                     monkeypatch):
    cluster, template, root, scope, seeded = templates
    monkeypatch.setattr(desk_sync, "PUSH_BATCH", 5)   # several batches per round
    monkeypatch.setattr(desk_sync, "PULL_BATCH", 7)
    admin = create_engine(cluster.url())

    class Protocol(RuleBasedStateMachine):
        @initialize()
        def fresh_world(self):
            self.folder = tmp_path_factory.mktemp("example")
            name = f"ex_{uuid.uuid4().hex[:10]}"
            with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template.rsplit("/", 1)[1]}"'))
            self.url = cluster.url(name, "cw_desk")
            self.link = ServerLink(self.url, DESK_ROLE_PASSWORD, scope)
            self.desks, self.sessions, self.ids = [], [], []
            for n in range(DESKS):
                shutil.copytree(root / f"desk{n}", self.folder / f"desk{n}")
                database = open_desk_database(self.folder / f"desk{n}")
                desk_id = uuid.UUID(database.engine.connect().exec_driver_sql(
                    "SELECT value FROM local_settings WHERE key = 'desk_id'").scalar())
                self.desks.append(database)
                self.ids.append(desk_id)
                self.sessions.append(signed_in(database, USERS[n], desk_id))
            self.cases = list(seeded)
            self.notes: list[str] = []        # every note committed, by marker
            self.created: list[uuid.UUID] = []
            self.last_edit: dict[uuid.UUID, str] = {}
            self.pushed: list[tuple[int, list]] = []
            self.count = 0

        def marker(self) -> str:
            self.count += 1
            return f"m{self.count}"

        @rule(n=st.integers(0, DESKS - 1), which=st.integers(0, 50))
        def edit(self, n, which):
            case_id = self.cases[which % len(self.cases)]
            if not self._holds(n, case_id):
                return
            record = cases.open_case(self.desks[n], self.sessions[n], case_id)
            record.narrative = self.marker()
            cases.save_case(self.desks[n], self.sessions[n], record)
            self.last_edit[case_id] = record.narrative

        @rule(n=st.integers(0, DESKS - 1), which=st.integers(0, 50))
        def note(self, n, which):
            case_id = self.cases[which % len(self.cases)]
            if self._holds(n, case_id):
                marker = self.marker()
                cases.add_note(self.desks[n], self.sessions[n], case_id, marker)
                self.notes.append(marker)

        @rule(n=st.integers(0, DESKS - 1))
        def create(self, n):
            marker = self.marker()
            saved = cases.save_case(self.desks[n], self.sessions[n],
                                    cases.CaseRecord(narrative=marker))
            self.cases.append(saved.id)
            self.created.append(saved.id)
            self.last_edit[saved.id] = marker

        @rule(n=st.integers(0, DESKS - 1))
        def sync(self, n):
            run_round(self.desks[n], self.link)

        @rule(n=st.integers(0, DESKS - 1), which=st.integers(0, 50))
        def edit_while_syncing(self, n, which):
            """A counsellor saves while the round is between its push and its pull."""
            case_id = self.cases[which % len(self.cases)]
            if not self._holds(n, case_id):
                return
            done = []

            def progress(stage, count, total):
                if stage == "pull" and not done:
                    done.append(True)
                    self.edit(n, which)

            run_round(self.desks[n], self.link, progress=progress)
            assert done

        @rule(n=st.integers(0, DESKS - 1))
        def push_without_acknowledgement(self, n):
            """The server commits; the desk crashes before it hears back."""
            items = protocol.read_outbox(self.desks[n], self.ids[n], 4)
            if items:
                self._push(n, items)
                self.pushed.append((n, items))

        @precondition(lambda self: self.pushed)
        @rule(which=st.integers(0, 50))
        def replay(self, which):
            n, items = self.pushed[which % len(self.pushed)]
            assert self._push(n, items).applied == 0

        def _push(self, n, items):
            engine = server_engine(self.url.replace("cw_desk@", f"cw_desk:{DESK_ROLE_PASSWORD}@"))
            try:
                with engine.begin() as c:
                    return protocol.push_items(c, items, self.ids[n])
            finally:
                engine.dispose()

        def _holds(self, n, case_id) -> bool:
            with self.desks[n].uow() as uow:
                return uow.session.get(Case, case_id) is not None

        @invariant()
        def a_cursor_never_passes_the_server(self):
            if not hasattr(self, "desks"):
                return
            engine = server_engine(self.url.replace("cw_desk@", f"cw_desk:{DESK_ROLE_PASSWORD}@"))
            with engine.connect() as c:
                top = c.execute(text("SELECT value FROM sync_counter")).scalar()
            engine.dispose()
            for database in self.desks:
                assert desk_sync.sync_status(database).cursor <= top

        def teardown(self):
            if not hasattr(self, "desks"):
                return
            try:
                for _ in range(2):
                    for database in self.desks:
                        run_round(database, self.link)
                keys = self.sessions[0].keys.cipher
                seen = []
                for n, database in enumerate(self.desks):
                    with database.uow() as uow:
                        s = uow.session
                        assert s.scalar(select(func.count()).select_from(SyncOutbox)) <= 2
                        bodies = sorted(keys.decrypt(b, table="case_notes", column="body_ct",
                                                     row_id=i)
                                        for i, b in s.execute(select(CaseNote.id,
                                                                     CaseNote.body_ct)))
                        narratives = {c: keys.decrypt(v, table="cases", column="narrative_ct",
                                                      row_id=c)
                                      for c, v in s.execute(select(Case.id, Case.narrative_ct))}
                    assert sorted(self.notes) == [b for b in bodies if b.startswith("m")]
                    for case_id, value in self.last_edit.items():
                        assert narratives[case_id] == value, (n, case_id)
                    assert set(self.created) <= set(narratives)
                    seen.append(narratives)
                assert all(view == seen[0] for view in seen)
            finally:
                for database in self.desks:
                    database.close()

    run_state_machine_as_test(Protocol, settings=settings(
        max_examples=int(__import__("os").environ.get("SYNC_STATE_EXAMPLES", "12")),
        stateful_step_count=12, deadline=None, derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
