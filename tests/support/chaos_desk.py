"""One desk of the chaos test, as its own process: random casework through the real
services and a sync round now and then, until killed or told to stop.

    python -m tests.support.chaos_desk FOLDER URL PASSWORD SCOPE USER SEED WORKDIR

Every operation is journalled (one line, written unbuffered) only after its service call
returned, i.e. after it committed: a SIGKILL may leave a committed operation out of the
journal, never the other way round. WORKDIR/<desk>.skew holds the desk's clock skew in
ms (the test changes it); WORKDIR/<desk>.phase says when the desk is inside a push or a
pull's apply, so the test can kill it right there.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import traceback
import uuid
from pathlib import Path

from sqlalchemy import select

from workstation.errors import DatabaseError
from workstation.persistence import change_log
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import Case
from workstation.services import cases
from workstation.sync import ServerLink, SyncError, protocol, run_round

from .sync_desks import signed_in


def main(folder, url, password, scope, user, seed, workdir) -> None:
    folder, workdir = Path(folder), Path(workdir)
    name = folder.name
    rng = random.Random(int(seed))
    journal = os.open(workdir / f"{name}.journal", os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    skew_file, phase_file = workdir / f"{name}.skew", workdir / f"{name}.phase"
    real_now = change_log.now_ms

    def skew() -> int:
        try:
            return int(skew_file.read_text() or 0)
        except (OSError, ValueError):
            return 0

    change_log.now_ms = lambda: real_now() + skew()

    def phase(label: str) -> None:
        phase_file.write_text(label)

    def slowed(fn, label):
        def wrapper(*args, **kwargs):
            phase(label)
            time.sleep(rng.uniform(0, 0.15))  # a window for the test to kill us in
            result = fn(*args, **kwargs)
            time.sleep(rng.uniform(0, 0.05))
            phase("idle")
            return result
        return wrapper

    protocol.push_items = slowed(protocol.push_items, "push")
    protocol.apply_batch = slowed(protocol.apply_batch, "apply")

    def write(entry: dict) -> None:
        os.write(journal, (json.dumps(entry) + "\n").encode())

    database = open_desk_database(folder)
    desk_id = uuid.UUID(database.engine.connect().exec_driver_sql(
        "SELECT value FROM local_settings WHERE key = 'desk_id'").scalar())
    session = signed_in(database, user, desk_id)
    link = ServerLink(url, password, scope)
    n = 0
    while not (workdir / "stop").exists():
        n += 1
        marker = f"mk-{name}-{os.getpid()}-{n}"
        roll = rng.random()
        try:
            with database.uow() as uow:
                known = list(uow.session.scalars(select(Case.id).where(
                    Case.centre_id == session.actor.centre_id)))
            if roll < 0.2 or not known:
                saved = cases.save_case(database, session, cases.CaseRecord(
                    narrative=marker, persons=[cases.PersonOnCase(role="client",
                                                                  name=marker)]))
                write({"op": "create", "marker": marker, "case": saved.id.hex})
            elif roll < 0.45:
                case_id = rng.choice(known)
                record = cases.open_case(database, session, case_id)
                if record.unreadable:
                    continue
                record.narrative = marker
                record.risk_level = rng.choice(["low", "medium", "high", "critical"])
                cases.save_case(database, session, record)
                write({"op": "edit", "marker": marker, "case": case_id.hex,
                       "at": time.time()})
            elif roll < 0.7:
                case_id = rng.choice(known)
                cases.add_note(database, session, case_id, marker)
                write({"op": "note", "marker": marker, "case": case_id.hex})
            else:
                result = run_round(database, link)
                write({"op": "round", "pushed": result.pushed, "pulled": result.pulled})
        except SyncError as exc:
            write({"op": "round_failed", "why": exc.message[:80]})
        except DatabaseError as exc:
            write({"op": "desk_busy", "why": exc.message[:80]})
        except Exception:  # noqa: BLE001 — the test counts these and fails on any
            write({"op": "error", "trace": traceback.format_exc()[-2000:]})
        time.sleep(rng.uniform(0.01, 0.08))
    database.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
