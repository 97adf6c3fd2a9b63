"""The timed operations. Each has the app path (services, SQLAlchemy, the field cipher)
and a raw baseline (`sqlite3` and `cryptography` directly) doing the same work.

To add one: write a class with `prepare`, `app`, `raw`, `close`, and register it in
OPERATIONS under the name the issue gives.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import uuid
from datetime import datetime, timezone

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from ..crypto.field_cipher import HEADER, NONCE_BYTES
from ..crypto.keys import KdfParams, WrappedPrivateKey, unseal_key, unwrap_private_key
from ..demo import fake
from ..demo.generator import DEMO_PASSWORD
from ..domain.phone import normalise_phone
from ..persistence.models import Case, Centre, Person
from ..services import browse, cases
from ..services.accounts import sign_in
from ..services.calls import screen_pop
from ..services.lookup import find_persons_by_phone

BENCH_USER = "khi-counsellor1"


def _as_typed(e164: str) -> str:
    """+923450123456 as a counsellor types it: 0345-0123456."""
    return "0" + e164[3:6] + "-" + e164[6:]


class Operation:
    describes = ""
    target_ms: float | None = None
    runs: int | None = None  # fewer timed runs for slow operations

    def prepare(self, ctx) -> list:
        return [None]

    def app(self, ctx):
        raise NotImplementedError

    def raw(self, ctx):
        raise NotImplementedError

    def close(self, ctx) -> None:
        conn = getattr(self, "_raw", None)
        if conn is not None:
            conn.close()
            self._raw = None

    def raw_connection(self, ctx) -> sqlite3.Connection:
        self._raw = sqlite3.connect(ctx.path)
        return self._raw


def _raw_decrypt(aeads: dict, envelope: bytes, table: str, column: str, row_id_bytes: bytes):
    header = envelope[: HEADER.size]
    _, key_id = HEADER.unpack(header)
    nonce = envelope[HEADER.size : HEADER.size + NONCE_BYTES]
    aad = b"|".join((b"cw1", header, table.encode(), column.encode(), row_id_bytes))
    return aeads[key_id].decrypt(nonce, envelope[HEADER.size + NONCE_BYTES :], aad).decode()


class PhoneLookupOp(Operation):
    describes = ("normalise a typed number, blind-index lookup in persons, decrypt the "
                 "candidates' numbers and the match's name")

    def prepare(self, ctx) -> list:
        rng = random.Random(7)
        with ctx.database.uow() as uow:
            rows = uow.session.execute(select(Person.id, Person.phone_ct)
                                       .where(Person.phone_ct.is_not(None)).limit(2000)).all()
        known = [ctx.keys.cipher.decrypt(ct, table="persons", column="phone_ct", row_id=pid)
                 for pid, ct in rng.sample(rows, min(50, len(rows)))]
        # As typed at a desk: 0300-0123456; plus a share of numbers nobody has called from.
        typed = [_as_typed(n) for n in known]
        typed += [_as_typed(fake.mobile_number(rng)) for _ in range(10)]
        return typed

    def app(self, ctx):
        return lambda number: find_persons_by_phone(ctx.database, ctx.keys, number)

    def raw(self, ctx):
        conn = self.raw_connection(ctx)
        aeads = {k: AESGCM(v) for k, v in ctx.keys.data_keys.items()}
        indexer = ctx.keys.indexer

        def lookup(number: str):
            e164 = normalise_phone(number).e164
            found = []
            for pid, phone_ct, name_ct in conn.execute(
                    "SELECT id, phone_ct, name_ct FROM persons WHERE phone_bidx = ?",
                    (indexer.index("phone", e164),)):
                row_id = bytes.fromhex(pid)
                if _raw_decrypt(aeads, phone_ct, "persons", "phone_ct", row_id) == e164:
                    found.append(_raw_decrypt(aeads, name_ct, "persons", "name_ct", row_id))
            return found

        return lookup


class CaseListPageOp(Operation):
    describes = "one page of 50 cases, newest first, for one centre and one status"
    target_ms = 30

    def prepare(self, ctx) -> list:
        with ctx.database.uow() as uow:
            codes = list(uow.session.scalars(select(Centre.code)))
        return [(code, status) for code in codes for status in ("open", "closed")]

    def app(self, ctx):
        return lambda args: browse.case_page(ctx.database, centre_code=args[0], status=args[1])

    def raw(self, ctx):
        conn = self.raw_connection(ctx)
        sql = ("SELECT cases.id, cases.reference, cases.status, cases.risk_level, "
               "categories.name_en, categories.name_ur, cases.district_code, cases.opened_at, "
               "users.display_name, cases.restricted FROM cases "
               "JOIN centres ON centres.id = cases.centre_id "
               "LEFT JOIN categories ON categories.id = cases.primary_category_id "
               "LEFT JOIN users ON users.id = cases.counsellor_id "
               "WHERE centres.code = ? AND cases.status = ? "
               "ORDER BY cases.opened_at DESC LIMIT 50 OFFSET 0")
        count = ("SELECT count(*) FROM cases JOIN centres ON centres.id = cases.centre_id "
                 "WHERE centres.code = ? AND cases.status = ?")

        def page(args):
            rows = conn.execute(sql, args).fetchall()
            return rows, conn.execute(count, args).fetchone()[0]

        return page


def _raw_audit(conn: sqlite3.Connection, case_id_hex: str, action: str) -> None:
    """The audit entry the app writes with every view and change: read the chain's last
    hash, hash the new entry, insert it."""
    last = conn.execute("SELECT desk_seq, entry_hash FROM audit_events WHERE desk_id IS NULL "
                        "ORDER BY desk_seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, bytes(32))
    now, entry_id, user_id = datetime.now(timezone.utc), uuid.uuid4(), uuid.uuid4()
    # The same fields the app hashes (services.audit._entry_hash).
    body = json.dumps({"id": str(entry_id), "occurred_at": now.isoformat(),
                       "user_id": str(user_id), "desk_id": None, "action": action,
                       "entity": "case", "entity_id": str(uuid.UUID(case_id_hex)),
                       "detail": {}, "desk_seq": seq},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    conn.execute("INSERT INTO audit_events (id, occurred_at, user_id, desk_id, action, entity, "
                 "entity_id, detail, desk_seq, prev_hash, entry_hash) "
                 "VALUES (?, ?, NULL, NULL, ?, 'case', ?, '{}', ?, ?, ?)",
                 (entry_id.hex, now.replace(tzinfo=None).isoformat(sep=" "), action,
                  case_id_hex, seq, prev, hashlib.sha256(prev + body).digest()))


def _open_cases(ctx, count: int = 50) -> list[uuid.UUID]:
    """Cases the bench user may open: its centre's, not restricted."""
    session = ctx.session
    with ctx.database.uow() as uow:
        return list(uow.session.scalars(
            select(Case.id).where(Case.centre_id == session.actor.centre_id,
                                  Case.restricted.is_(False))
            .order_by(Case.reference).limit(count)))


class CaseOpenOp(Operation):
    describes = ("open a case: permission check, the case and its people decrypted, "
                 "the view audited")
    target_ms = 15

    def prepare(self, ctx) -> list:
        return _open_cases(ctx)

    def app(self, ctx):
        return lambda case_id: cases.open_case(ctx.database, ctx.session, case_id)

    def raw(self, ctx):
        conn = self.raw_connection(ctx)
        conn.execute("PRAGMA synchronous = FULL")
        aeads = {k: AESGCM(v) for k, v in ctx.keys.data_keys.items()}

        def open_case(case_id: uuid.UUID):
            hex_id = case_id.hex
            # The same statement as the app: the case, its category and its people.
            rows = conn.execute(
                "SELECT c.id, c.reference, c.centre_id, c.status, c.risk_level, c.restricted, "
                "c.counsellor_id, c.lawyer_id, c.district_code, c.opened_at, c.closed_at, "
                "c.narrative_ct, k.code, cp.role, cp.relationship, p.id, p.name_ct, "
                "p.phone_ct, p.cnic_ct, p.address_ct, p.birth_date_ct, p.sex, p.age_band, "
                "p.district_code, p.vulnerabilities, p.safety_flags FROM cases c "
                "LEFT JOIN categories k ON k.id = c.primary_category_id "
                "LEFT JOIN case_persons cp ON cp.case_id = c.id "
                "LEFT JOIN persons p ON p.id = cp.person_id WHERE c.id = ?",
                (hex_id,)).fetchall()
            case = rows[0]
            found = {"case": case[:11], "narrative": _raw_decrypt(
                aeads, case[11], "cases", "narrative_ct", case_id.bytes), "persons": []}
            for row in rows if case[15] else ():
                pid = bytes.fromhex(row[15])
                person = {column: _raw_decrypt(aeads, value, "persons", column, pid)
                          for column, value in zip(("name_ct", "phone_ct", "cnic_ct",
                                                    "address_ct", "birth_date_ct"), row[16:21],
                                                   strict=True)
                          if value is not None}
                person["flags"] = (json.loads(row[24]), json.loads(row[25]))
                found["persons"].append(person)
            _raw_audit(conn, hex_id, "case_viewed")
            conn.commit()
            return found

        return open_case


class CaseSaveOp(Operation):
    describes = ("save a changed case: validation, narrative and client re-encrypted with "
                 "blind indexes, the change audited, committed durably")
    target_ms = 20

    def prepare(self, ctx) -> list:
        records = [cases.open_case(ctx.database, ctx.session, case_id)
                   for case_id in _open_cases(ctx, 20)]
        for n, record in enumerate(records):
            record.risk_level = ("low", "medium", "high")[n % 3]
        return records

    def app(self, ctx):
        return lambda record: cases.save_case(ctx.database, ctx.session, record)

    def raw(self, ctx):
        conn = self.raw_connection(ctx)
        conn.execute("PRAGMA synchronous = FULL")
        cipher, indexer = ctx.keys.cipher, ctx.keys.indexer

        def save(record):
            # The same steps as the app: validate, look up the category, read the case's
            # permission facts and linked people, write case and people, audit, commit.
            record = cases.validate_case(record, datetime.now(timezone.utc).date())
            hex_id = record.id.hex
            now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
            category = conn.execute("SELECT id FROM categories WHERE code = ? AND active = 1",
                                    (record.category_code,)).fetchone()
            conn.execute("SELECT centre_id, restricted, counsellor_id, lawyer_id, status, "
                         "risk_level, district_code, primary_category_id, reference, "
                         "opened_at, closed_at FROM cases WHERE id = ?", (hex_id,)).fetchone()
            conn.execute("UPDATE cases SET status = ?, risk_level = ?, restricted = ?, "
                         "district_code = ?, primary_category_id = ?, closed_at = NULL, "
                         "narrative_ct = ?, updated_at = ? WHERE id = ?",
                         (record.status, record.risk_level, record.restricted,
                          record.district_code, category and category[0],
                          cipher.encrypt(record.narrative or "", table="cases",
                                         column="narrative_ct", row_id=record.id),
                          now, hex_id))
            conn.execute("SELECT person_id, role FROM case_persons WHERE case_id = ?",
                         (hex_id,)).fetchall()
            for person in record.persons:
                values = [cipher.encrypt(v, table="persons", column=c, row_id=person.id)
                          if v else None for c, v in (
                              ("name_ct", person.name), ("phone_ct", person.phone),
                              ("cnic_ct", person.cnic), ("address_ct", person.address),
                              ("birth_date_ct", person.birth_date and
                               person.birth_date.isoformat()))]
                conn.execute("UPDATE persons SET name_ct = ?, phone_ct = ?, cnic_ct = ?, "
                             "address_ct = ?, birth_date_ct = ?, phone_bidx = ?, "
                             "cnic_bidx = ?, sex = ?, age_band = ?, district_code = ?, "
                             "vulnerabilities = ?, safety_flags = ?, updated_at = ? "
                             "WHERE id = ?",
                             (*values, person.phone and indexer.index("phone", person.phone),
                              person.cnic and indexer.index("cnic", person.cnic), person.sex,
                              person.age_band, person.district_code,
                              json.dumps(person.vulnerabilities),
                              json.dumps(person.safety_flags), now, person.id.hex))
            _raw_audit(conn, hex_id, "case_changed")
            conn.commit()

        return save


class SignInOp(Operation):
    describes = ("sign in: Argon2id on the password, the private key unwrapped, the "
                 "organisation keys unsealed (target: 300 to 1,500 ms)")
    runs = 10

    def app(self, ctx):
        return lambda _: sign_in(ctx.database, BENCH_USER, DEMO_PASSWORD)

    def raw(self, ctx):
        conn = self.raw_connection(ctx)

        def raw_sign_in(_):
            (user_id, public, wrapped, salt, t, mem, par) = conn.execute(
                "SELECT id, public_key, private_key_wrapped, kdf_salt, kdf_time_cost, "
                "kdf_memory_kib, kdf_parallelism FROM users WHERE username = ?",
                (BENCH_USER,)).fetchone()
            user = uuid.UUID(user_id)
            material = WrappedPrivateKey(public, wrapped, salt, KdfParams(t, mem, par))
            private = unwrap_private_key(DEMO_PASSWORD, user, material)
            return [unseal_key(private, sealed, user_id=user, key_id=key_id)
                    for key_id, sealed in conn.execute(
                        "SELECT key_id, sealed_key FROM key_wraps WHERE user_id = ?",
                        (user_id,))]

        return raw_sign_in


class ScreenPopOp(Operation):
    describes = ("a call arrives: number normalised, caller found by blind index, last 10 "
                 "contacts and open cases, decrypted, the view audited")
    target_ms = 20

    def prepare(self, ctx) -> list:
        rng = random.Random(11)
        with ctx.database.uow() as uow:
            rows = uow.session.execute(
                select(Person.id, Person.phone_ct)
                .where(Person.centre_id == ctx.session.actor.centre_id).limit(500)).all()
        known = [ctx.keys.cipher.decrypt(ct, table="persons", column="phone_ct", row_id=pid)
                 for pid, ct in rng.sample(rows, min(40, len(rows)))]
        # Mostly callers known to the centre, some never heard from.
        return [_as_typed(n) for n in known] + [_as_typed(fake.mobile_number(rng))
                                                for _ in range(10)]

    def app(self, ctx):
        return lambda number: screen_pop(ctx.database, ctx.session, number)

    def raw(self, ctx):
        conn = self.raw_connection(ctx)
        conn.execute("PRAGMA synchronous = FULL")
        aeads = {k: AESGCM(v) for k, v in ctx.keys.data_keys.items()}
        indexer = ctx.keys.indexer
        centre = ctx.session.actor.centre_id.hex

        def pop(number: str):
            e164 = normalise_phone(number).e164
            bidx = indexer.index("phone", e164)
            callers = []
            for pid, phone_ct, name_ct, flags in conn.execute(
                    "SELECT id, phone_ct, name_ct, safety_flags FROM persons "
                    "WHERE phone_bidx = ?", (bidx,)):
                row_id = bytes.fromhex(pid)
                if _raw_decrypt(aeads, phone_ct, "persons", "phone_ct", row_id) == e164:
                    callers.append((pid, _raw_decrypt(aeads, name_ct, "persons", "name_ct",
                                                      row_id), json.loads(flags)))
            contacts = []
            for row in conn.execute(
                    "SELECT c.id, c.phone_ct, c.summary_ct, c.started_at, c.channel, c.status, "
                    "c.outcome, c.centre_id, k.name_en, k.name_ur, u.display_name "
                    "FROM contacts c LEFT JOIN categories k ON k.id = c.category_id "
                    "LEFT JOIN users u ON u.id = c.counsellor_id WHERE c.phone_bidx = ? "
                    "ORDER BY c.started_at DESC LIMIT 200", (bidx,)):
                if row[7] != centre:
                    continue
                row_id = bytes.fromhex(row[0])
                if _raw_decrypt(aeads, row[1], "contacts", "phone_ct", row_id) != e164:
                    continue
                contacts.append(row[3:] + (row[2] and _raw_decrypt(
                    aeads, row[2], "contacts", "summary_ct", row_id),))
                if len(contacts) == 10:
                    break
            cases = []
            if callers:
                marks = ",".join("?" * len(callers))
                cases = conn.execute(
                    "SELECT k.id, k.reference, k.status, k.risk_level, k.centre_id, "
                    "k.restricted, k.counsellor_id, k.lawyer_id, f.due FROM cases k "
                    "JOIN case_persons cp ON cp.case_id = k.id LEFT JOIN (SELECT case_id, "
                    "min(due_on) AS due FROM follow_ups WHERE status = 'planned' "
                    f"GROUP BY case_id) f ON f.case_id = k.id WHERE cp.person_id IN ({marks}) "
                    "AND k.status != 'closed' ORDER BY k.opened_at DESC",
                    [c[0] for c in callers]).fetchall()
            _raw_audit(conn, uuid.uuid4().hex, "screen_pop")
            conn.commit()
            return callers, contacts, cases

        return pop


OPERATIONS: dict[str, Operation] = {
    "screen_pop": ScreenPopOp(),
    "phone_lookup": PhoneLookupOp(),
    "case_list_page": CaseListPageOp(),
    "case_open": CaseOpenOp(),
    "case_save": CaseSaveOp(),
    "sign_in": SignInOp(),
}
