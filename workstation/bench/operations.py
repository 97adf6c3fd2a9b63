"""The timed operations. Each has the app path (services, SQLAlchemy, the field cipher)
and a raw baseline (`sqlite3` and `cryptography` directly) doing the same work.

To add one: write a class with `prepare`, `app`, `raw`, `close`, and register it in
OPERATIONS under the name the issue gives.
"""

from __future__ import annotations

import random
import sqlite3

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from ..crypto.field_cipher import HEADER, NONCE_BYTES, associated_data
from ..domain.phone import normalise_phone
from ..persistence.models import Centre, Person
from ..services import browse
from ..services.lookup import find_persons_by_phone


class Operation:
    describes = ""
    target_ms: float | None = None

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
        typed = ["0" + n[3:6] + "-" + n[6:] for n in known]
        typed += [f"03{rng.randrange(10, 50)}-{rng.randrange(10**7):07d}" for _ in range(10)]
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


OPERATIONS: dict[str, Operation] = {
    "phone_lookup": PhoneLookupOp(),
    "case_list_page": CaseListPageOp(),
}
