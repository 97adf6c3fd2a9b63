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
from pathlib import Path

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
                "p.district_code, p.vulnerabilities, p.safety_flags, c.incident_on, c.city, "
                "cp.id FROM cases c "
                "LEFT JOIN categories k ON k.id = c.primary_category_id "
                "LEFT JOIN case_persons cp ON cp.case_id = c.id "
                "LEFT JOIN persons p ON p.id = cp.person_id WHERE c.id = ?",
                (hex_id,)).fetchall()
            # … and its further categories (the case form's Categories tab).
            further = [r[0] for r in conn.execute(
                "SELECT k.code FROM case_categories cc JOIN categories k "
                "ON k.id = cc.category_id WHERE cc.case_id = ? ORDER BY k.sort_order, k.code",
                (hex_id,))]
            case = rows[0]
            found = {"case": case[:11], "further": further, "narrative": _raw_decrypt(
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
                         "opened_at, closed_at, narrative_ct, incident_on, city "
                         "FROM cases WHERE id = ?", (hex_id,)).fetchone()
            conn.execute("UPDATE cases SET status = ?, risk_level = ?, restricted = ?, "
                         "district_code = ?, primary_category_id = ?, closed_at = NULL, "
                         "incident_on = ?, city = ?, narrative_ct = ?, updated_at = ? "
                         "WHERE id = ?",
                         (record.status, record.risk_level, record.restricted,
                          record.district_code, category and category[0],
                          record.incident_on and record.incident_on.isoformat(), record.city,
                          cipher.encrypt(record.narrative or "", table="cases",
                                         column="narrative_ct", row_id=record.id),
                          now, hex_id))
            conn.execute("SELECT id, person_id, role, relationship FROM case_persons "
                         "WHERE case_id = ?", (hex_id,)).fetchall()
            conn.execute("SELECT cc.id, k.code FROM case_categories cc JOIN categories k "
                         "ON k.id = cc.category_id WHERE cc.case_id = ?", (hex_id,)).fetchall()
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


class ReferralSearchOp(Operation):
    describes = ("one keystroke's directory query with a district filter: Roman Urdu, "
                 "English and Urdu prefixes and typos, scored over the in-memory index")
    target_ms = 10

    QUERIES = ("po", "pol", "polis", "thana", "darul", "dar ul am", "shelter", "legal ai",
               "qanuni madad", "hosp", "haspatal", "child prot", "bachon", "women prot",
               "پولیس", "دارالام", "قانونی", "psycho", "cnic", "crisis")

    def prepare(self, ctx) -> list:
        from ..directory import search
        from ..persistence.models import Location

        search.index_for(ctx.database)  # built once per database, as in the app
        with ctx.database.engine.connect() as connection:
            codes = sorted({c for (c,) in connection.execute(
                select(Location.district_code).where(Location.district_code.is_not(None))
                .distinct())})
        rng = random.Random(13)
        return [(query, rng.choice(codes)) for query in self.QUERIES for _ in range(3)]

    def app(self, ctx):
        from ..directory import search

        def find(args):
            query, district = args
            return search.search_services(ctx.database, query,
                                          search.SearchFilters(district=district),
                                          caller_district=district, limit=20)

        return find

    def raw(self, ctx):
        from ..directory.directory_rows import searchable_words
        from ..directory.scoring import word_score
        from ..directory.text import normalise
        from ..reference import districts_by_code

        conn = self.raw_connection(ctx)
        places = {code: (d.name_en, d.name_ur, *d.aliases)
                  for code, d in districts_by_code().items()}
        # The district's services: located there, serving it (a service area), or
        # national (no district at all), as the app's district filter chooses them.
        # Which services are national changes only with the directory, like the district
        # names above: found once here, not at every keystroke.
        national = [sid for (sid,) in conn.execute(
            "SELECT s.id FROM services s WHERE NOT EXISTS (SELECT 1 FROM "
            "service_at_locations sal JOIN locations l ON l.id = sal.location_id "
            "WHERE sal.service_id = s.id AND l.district_code IS NOT NULL) AND NOT EXISTS "
            "(SELECT 1 FROM service_areas a WHERE a.service_id = s.id "
            "AND a.district_code IS NOT NULL)")]
        national_sql = " UNION ".join(["SELECT NULL WHERE 0"] +
                                      [f"SELECT '{sid}'" for sid in national])
        chosen = (
            "WITH chosen(sid) AS ("
            "SELECT sal.service_id FROM locations l JOIN service_at_locations sal "
            "ON sal.location_id = l.id WHERE l.district_code = :d "
            "UNION SELECT service_id FROM service_areas WHERE district_code = :d "
            f"UNION {national_sql}) ")
        services_sql = chosen + (
            "SELECT s.id, s.name, s.name_ur, s.alternate_name, o.name, o.name_ur, "
            "(SELECT a.city FROM service_at_locations sal JOIN addresses a "
            "ON a.location_id = sal.location_id WHERE sal.service_id = s.id LIMIT 1) "
            "FROM chosen c JOIN services s ON s.id = c.sid "
            "JOIN organizations o ON o.id = s.organization_id WHERE s.status = 'active'")
        types_sql = chosen + (
            "SELECT at.link_id, t.code, t.name, t.name_ur FROM chosen c "
            "JOIN attributes at ON at.link_id = c.sid "
            "JOIN taxonomy_terms t ON t.id = at.taxonomy_term_id "
            "WHERE coalesce(t.taxonomy, '') != 'cw-people-served'")
        districts_sql = chosen + (
            "SELECT sal.service_id, l.district_code FROM chosen c JOIN service_at_locations "
            "sal ON sal.service_id = c.sid JOIN locations l ON l.id = sal.location_id "
            "WHERE l.district_code IS NOT NULL UNION SELECT a.service_id, a.district_code "
            "FROM chosen c JOIN service_areas a ON a.service_id = c.sid "
            "WHERE a.district_code IS NOT NULL")

        def find(args):
            query, district = args
            types: dict[str, list] = {}
            for link_id, *names in conn.execute(types_sql, {"d": district}):
                types.setdefault(link_id, []).extend(names)
            served: dict[str, list] = {}
            local = set()
            for sid, code in conn.execute(districts_sql, {"d": district}):
                served.setdefault(sid, []).extend(places.get(code, ()))
                if code == district:
                    local.add(sid)
            scored = []
            for sid, *texts in conn.execute(services_sql, {"d": district}):
                words = searchable_words([*texts, *types.get(sid, ()),
                                          *served.get(sid, ())])
                total = 0.0
                for typed in normalise(query).split():
                    best = max((word_score(typed, w) for w in words), default=0.0)
                    if not best:
                        break
                    total += best
                else:
                    # The caller's district first, as the app ranks them.
                    scored.append((sid not in local, -total, texts[0].casefold(), sid))
            return sorted(scored)[:20]

        return find


class SheetPdfOp(Operation):
    """The raw baseline puts the same words on the page with reportlab canvas calls
    directly: the services read with sqlite3, paragraphs wrapped by unshaped widths,
    each line drawn with drawString/drawRightString(shaping=True), no bidi reordering,
    no layout classes; what it prints is not correct Urdu, it is the floor of the cost."""

    describes = ("a bilingual guidance sheet (Urdu then English, two A4 pages): the "
                 "district's nearest services read, Urdu wrapped, reordered and shaped, "
                 "PDF written with fonts embedded")
    target_ms = 300
    runs = 60
    SITUATIONS = ("missing_person", "workplace_harassment")

    def prepare(self, ctx) -> list:
        from ..persistence.models import Location

        with ctx.database.engine.connect() as connection:
            codes = sorted({c for (c,) in connection.execute(
                select(Location.district_code).where(Location.district_code.is_not(None))
                .distinct())})
        rng = random.Random(17)
        return [(situation, rng.choice(codes)) for situation in self.SITUATIONS
                for _ in range(5)]

    def app(self, ctx):
        from ..documents.guidance_sheet import SheetRequest, render_sheet
        from ..documents.nearest_services import services_for_district

        def sheet(args):
            situation, district = args
            services = services_for_district(ctx.database, district, situation=situation,
                                             limit=3)
            return render_sheet(SheetRequest(situation, lang="both", district=district,
                                             services=services, case_reference="KHI-0001",
                                             counsellor_name="Bench Counsellor"))

        return sheet

    def raw(self, ctx):
        import io as _io

        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfgen import canvas as rl_canvas

        from ..documents.guidance_content import guidance_for
        from ..documents.urdu_text import register_font

        conn = self.raw_connection(ctx)
        urdu, sans = register_font("nastaliq"), register_font("sans")
        bold = register_font("sans-bold")
        sql = ("SELECT s.name, s.name_ur, t.name, t.name_ur, l.confidential, "
               "(SELECT number FROM phones p WHERE p.service_id = s.id LIMIT 1), "
               "(SELECT address_1 FROM addresses a WHERE a.location_id = l.id LIMIT 1) "
               "FROM services s JOIN service_at_locations sal ON sal.service_id = s.id "
               "JOIN locations l ON l.id = sal.location_id "
               "JOIN attributes at ON at.link_id = s.id "
               "JOIN taxonomy_terms t ON t.id = at.taxonomy_term_id "
               "WHERE l.district_code = ? AND s.status = 'active' ORDER BY s.name LIMIT 3")

        def wrap(text, font, size, width):
            lines, current = [], ""
            for word in text.split():
                trial = f"{current} {word}" if current else word
                if current and pdfmetrics.stringWidth(trial, font, size) > width:
                    lines.append(current)
                    current = word
                else:
                    current = trial
            return lines + ([current] if current else [])

        def sheet(args):
            situation, district = args
            guidance = guidance_for(situation)
            services = conn.execute(sql, (district,)).fetchall()
            out = _io.BytesIO()
            c = rl_canvas.Canvas(out, pagesize=A4, initialFontName=sans)
            for lang in ("ur", "en"):
                y = 800
                rtl = lang == "ur"
                font, size, lead = (urdu, 11.5, 24) if rtl else (sans, 10.5, 14)
                paragraphs = [guidance.title[lang], guidance.intro[lang]]
                paragraphs += [s.text[lang] for s in guidance.steps]
                paragraphs += ["; ".join(s.sources) for s in guidance.steps]
                paragraphs += [f"{r[1] if rtl else r[0]} {r[5] or ''} {r[6] or ''}"
                               for r in services]
                paragraphs += [f"{h.number} {h.text[lang]}" for h in guidance.helplines]
                for text in paragraphs:
                    for line in wrap(text, font, size, 520):
                        c.setFont(font if rtl else sans, size)
                        if rtl:
                            c.drawRightString(560, y, line, shaping=True)
                        else:
                            c.drawString(36, y, line)
                        y -= lead
                        if y < 60:
                            c.showPage()
                            y = 800
                c.setFont(bold, 7)
                c.drawString(36, 40, "Draft")
                c.showPage()
            c.save()
            return out.getvalue()

        return sheet


def _supervisor_session(ctx, centre: bool):
    """The bench signs in as a counsellor; reports are a supervisor's. Statistics read no
    sealed value, so the facts a permission check needs are enough: the demo supervisor
    of the bench user's centre, or (centre False) a supervisor of every centre."""
    from types import SimpleNamespace

    from ..domain.permissions import Actor
    from ..domain.vocab import Role
    from ..persistence.models import User

    with ctx.database.engine.connect() as c:
        user_id = c.execute(select(User.id).where(User.role == "supervisor",
                                                  User.centre_id == ctx.session.actor.centre_id)
                            ).scalar()
    return SimpleNamespace(actor=Actor(user_id, Role.SUPERVISOR,
                                       ctx.session.actor.centre_id if centre else None),
                           desk_id=None)


def _sql_time(moment) -> str:
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")


class SheetWavOp(Operation):
    """The raw baseline runs the espeak-ng program on the same text with the same voice
    and rate: no pyttsx3, no temporary file, no waiting for the file to be whole."""

    describes = ("a whole guidance sheet (title, introduction, steps, helplines) read in "
                 "Urdu into a WAV with espeak-ng through pyttsx3, returned once the file is "
                 "complete")
    target_ms = 2000
    runs = 7
    SITUATIONS = ("acid_attack", "missing_person", "workplace_harassment")

    def prepare(self, ctx) -> list:
        import tempfile

        self._folder = Path(tempfile.mkdtemp(prefix="bench-wav-"))
        return list(self.SITUATIONS)

    def app(self, ctx):
        from ..speech.read_aloud import save_sheet_wav

        return lambda situation: save_sheet_wav(situation, "ur", self._folder / "app.wav")

    def raw(self, ctx):
        import shutil
        import subprocess

        from ..speech.read_aloud import DEFAULT_RATE, sheet_text, voice_for

        program = shutil.which("espeak-ng") or "espeak-ng"
        voice = voice_for("ur").id
        out = str(self._folder / "raw.wav")

        def speak(situation):
            subprocess.run([program, "-v", voice, "-s", str(DEFAULT_RATE["ur"]), "-w", out,
                            sheet_text(situation, "ur")], check=True, capture_output=True)

        return speak

    def close(self, ctx) -> None:
        import shutil

        shutil.rmtree(self._folder, ignore_errors=True)


class DashboardRefreshOp(Operation):
    describes = ("the supervisor's dashboard for the demo's last day at one centre: "
                 "today's contacts by status and hour, call-backs, open cases by status and "
                 "risk, overdue follow-ups, referrals awaiting an answer, per-counsellor "
                 "figures")
    target_ms = 200
    runs = 60

    def prepare(self, ctx) -> list:
        from .harness import BENCH_UNTIL

        self.session = _supervisor_session(ctx, centre=True)
        return [BENCH_UNTIL]

    def app(self, ctx):
        from ..reports.dashboard import dashboard

        return lambda day: dashboard(ctx.database, self.session, day)

    def raw(self, ctx):
        from collections import Counter
        from datetime import time as clock
        from datetime import timedelta

        from ..domain.pakistan_time import PKT

        conn = self.raw_connection(ctx)
        centre = ctx.session.actor.centre_id.hex
        open_statuses = "('new', 'open', 'referred', 'in_court')"

        def board(day):
            start = datetime.combine(day, clock(0), PKT)
            a, b = _sql_time(start), _sql_time(start + timedelta(days=1))
            rows = conn.execute(
                "SELECT started_at, status, answered_at, ended_at, wrapup_seconds, "
                "counsellor_id FROM contacts WHERE started_at >= ? AND started_at < ? "
                "AND centre_id = ?", (a, b, centre)).fetchall()
            hours, statuses, by_person = [0] * 24, Counter(), {}
            for started, status, answered, ended, wrapup, who in rows:
                moment = datetime.fromisoformat(started).replace(tzinfo=timezone.utc)
                hours[moment.astimezone(PKT).hour] += 1
                statuses[status] += 1
                if status == "answered" and who:
                    seconds = (datetime.fromisoformat(ended) - datetime.fromisoformat(
                        answered)).total_seconds() if ended and answered else None
                    by_person.setdefault(who, []).append((seconds, wrapup))
            pending = conn.execute("SELECT count(*) FROM callbacks WHERE status = 'open' "
                                   "AND centre_id = ?", (centre,)).fetchone()[0]
            done = conn.execute("SELECT count(*) FROM callbacks WHERE status = 'done' AND "
                                "updated_at >= ? AND updated_at < ? AND centre_id = ?",
                                (a, b, centre)).fetchone()[0]
            cases_open = conn.execute(
                f"SELECT id, status, risk_level, counsellor_id, lawyer_id FROM cases "
                f"WHERE status IN {open_statuses} AND centre_id = ?", (centre,)).fetchall()
            open_ids = {row[0] for row in cases_open}
            by_status, open_of = Counter(), Counter()
            for _, status, risk, counsellor, lawyer in cases_open:
                by_status[(status, risk)] += 1
                for person in {counsellor, lawyer} - {None}:
                    open_of[person] += 1
            overdue = sum(1 for (case_id,) in conn.execute(
                "SELECT case_id FROM follow_ups WHERE status = 'planned' AND due_on < ?",
                (day.isoformat(),)) if case_id in open_ids)
            awaiting = [0, 0]
            for case_id, follow_up_on in conn.execute(
                    "SELECT case_id, follow_up_on FROM referrals WHERE status = 'referred'"):
                if case_id in open_ids:
                    awaiting[0] += 1
                    awaiting[1] += bool(follow_up_on and follow_up_on < day.isoformat())
            staff = conn.execute("SELECT id, display_name, role FROM users WHERE centre_id = ? "
                                 "AND active = 1 AND role IN ('counsellor', 'lawyer', "
                                 "'supervisor')", (centre,)).fetchall()
            return (hours, statuses, pending, done, cases_open, open_of, overdue,
                    awaiting, staff, by_person)

        return board


class ReportYearOp(Operation):
    describes = ("a year's anonymised statistics for every centre, all breakdowns (contacts, "
                 "cases by category and district, clients, referrals, legal steps), "
                 "consent filter and small-count suppression; local, CHI and GBVIMS in turn")
    target_ms = 5000
    runs = 9

    def prepare(self, ctx) -> list:
        self.session = _supervisor_session(ctx, centre=False)
        return ["local", "chi", "gbvims"]

    def app(self, ctx):
        from ..reports import ReportRequest, make_report, parse_period

        period = parse_period("2025-11..2026-10")
        return lambda scheme: make_report(ctx.database, self.session,
                                          ReportRequest(period, scheme=scheme))

    def raw(self, ctx):
        from collections import Counter

        from ..reports import parse_period
        from ..reports.suppression import suppress

        conn = self.raw_connection(ctx)
        period = parse_period("2025-11..2026-10")
        a, b = _sql_time(period.start_utc), _sql_time(period.end_utc)

        def consenting(case_ids) -> set:
            newest = {}
            ids = list(case_ids)
            for n in range(0, len(ids), 900):
                chunk = ids[n:n + 900]
                for case_id, at, granted in conn.execute(
                        f"SELECT case_id, recorded_at, granted FROM consents WHERE purpose = "
                        f"'statistics' AND data_category = 'all' AND organization_id IS NULL "
                        f"AND case_id IN ({','.join('?' * len(chunk))})", chunk):
                    held = newest.get(case_id)
                    if held is None or at > held[0]:
                        newest[case_id] = [at, bool(granted)]
                    elif at == held[0]:
                        held[1] = held[1] and bool(granted)
            return {case_id for case_id, (_, granted) in newest.items() if granted}

        def tables(scheme):
            channel, outcome, district = Counter(), Counter(), Counter()
            for ch, result, place, count in conn.execute(
                    "SELECT channel, coalesce(outcome, status), district_code, count(*) FROM "
                    "contacts WHERE started_at >= ? AND started_at < ? AND status != "
                    "'in_progress' GROUP BY 1, 2, 3", (a, b)):
                channel[ch] += count
                outcome[result] += count
                district[place or ""] += count
            in_period = conn.execute("SELECT id, district_code, primary_category_id FROM cases "
                                     "WHERE opened_at >= ? AND opened_at < ?", (a, b)).fetchall()
            counted_ids = consenting(row[0] for row in in_period)
            cases = [row for row in in_period if row[0] in counted_ids]
            categories = {row[0]: row[1:] for row in conn.execute(
                "SELECT id, code, chi_code, gbvims_type FROM categories")}
            index = {"local": 0, "chi": 1, "gbvims": 2}[scheme]
            grouped = [channel, outcome, district,
                       Counter((categories.get(c[2]) or ("",) * 3)[index] or "" for c in cases),
                       Counter(c[1] or "" for c in cases)]
            clients = {}
            for case_id, person, sex, band, marks in conn.execute(
                    "SELECT cp.case_id, p.id, p.sex, p.age_band, p.vulnerabilities FROM "
                    "case_persons cp JOIN persons p ON p.id = cp.person_id WHERE cp.role = "
                    "'client' AND cp.case_id IN (SELECT id FROM cases WHERE opened_at >= ? AND "
                    "opened_at < ?)", (a, b)):
                if case_id in counted_ids:
                    clients[person] = (sex, band, marks)
            grouped.append(Counter(c[0] or "" for c in clients.values()))
            grouped.append(Counter(c[1] or "" for c in clients.values()))
            markers = Counter(m for c in clients.values() for m in set(json.loads(c[2] or "[]")))
            referrals = conn.execute("SELECT case_id, service_id, status FROM referrals WHERE "
                                     "referred_at >= ? AND referred_at < ?", (a, b)).fetchall()
            steps = conn.execute(
                "SELECT case_id, kind, outcome, status FROM legal_steps WHERE (on_date IS NOT "
                "NULL AND on_date >= ? AND on_date <= ?) OR (on_date IS NULL AND created_at >= "
                "? AND created_at < ?)", (period.first.isoformat(), period.last.isoformat(),
                                          a, b)).fetchall()
            others = ({r[0] for r in referrals} | {r[0] for r in steps}) - \
                {row[0] for row in in_period}
            allowed = counted_ids | consenting(others)
            referrals = [r for r in referrals if r[0] in allowed]
            services = {r[1] for r in referrals}
            types = {}
            for link_id, code in conn.execute(
                    "SELECT a.link_id, t.code FROM attributes a JOIN taxonomy_terms t ON "
                    "t.id = a.taxonomy_term_id WHERE t.taxonomy != 'cw-local' "
                    "ORDER BY a.link_id, t.code"):
                if link_id in services:
                    types.setdefault(link_id, code)
            grouped.append(Counter(types.get(r[1], "") for r in referrals))
            grouped.append(Counter(r[2] for r in referrals))
            grouped.append(Counter(f"{r[1]}:{r[2] or r[3]}" for r in steps if r[0] in allowed))
            shown = [suppress(list(g.values()), sum(g.values())) for g in grouped]
            shown.append(suppress(list(markers.values()), None))
            return shown

        return tables


OPERATIONS: dict[str, Operation] = {
    "screen_pop": ScreenPopOp(),
    "phone_lookup": PhoneLookupOp(),
    "case_list_page": CaseListPageOp(),
    "case_open": CaseOpenOp(),
    "case_save": CaseSaveOp(),
    "sign_in": SignInOp(),
    "referral_search": ReferralSearchOp(),
    "sheet_pdf": SheetPdfOp(),
    "sheet_wav": SheetWavOp(),
    "dashboard_refresh": DashboardRefreshOp(),
    "report_year": ReportYearOp(),
}
