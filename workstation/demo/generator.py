"""`workstation demo`: a helpline-scale desk database of fictitious records.

The same seed and `until` give the same records (names, numbers, dates, texts);
only ciphertexts differ, because every encryption draws a fresh nonce and the
organisation keys are new for each demo database.

Speed: rows are built as plain dicts and written with SQLAlchemy Core executemany in
batches, into a new file with journaling off; the finished file is switched to WAL and
moved into place only when complete, so an interrupted run leaves nothing half-made.
"""

from __future__ import annotations

import math
import os
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import Table, func, insert, select

from .. import reference
from ..crypto.keys import (
    KdfParams,
    OrganisationKeys,
    derive_wrapping_key,
    new_key_pair,
    seal_key,
)
from ..directory import starting
from ..domain.pakistan_time import PKT
from ..domain.vocab import RELATIONSHIPS
from ..errors import DatabaseError, ValidationError
from ..persistence import models as m
from ..persistence.database import DESK_DB_NAME, ensure_data_folder, open_desk_database
from ..services.desk import seed_categories
from . import fake
from .directory import DirectoryMaker

DEMO_PASSWORD = "demo"
# Goes up when the generator makes other records for the same seed (the benchmark keeps
# one database per version). 2: consents to statistics, legal steps, finished call-backs
# and retention rules.
DATA_VERSION = 2
YEARS = 10
BATCH = 5000

# (code, English name, Urdu name, district name_en, share of cases)
CENTRES = (
    ("KHI", "Sindh Legal Advisory Call Center (demo)", "سندھ لیگل ایڈوائزری کال سینٹر (ڈیمو)",
     "Karachi South", 30),
    ("MDG", "Madadgaar Helpline 1098 (demo)", "مددگار ہیلپ لائن ۱۰۹۸ (ڈیمو)", "Karachi East", 20),
    ("LHR", "Legal Aid Centre Lahore (demo)", "لیگل ایڈ سینٹر لاہور (ڈیمو)", "Lahore", 6),
    ("ISB", "Legal Aid Centre Islamabad (demo)", "لیگل ایڈ سینٹر اسلام آباد (ڈیمو)", "Islamabad", 4),
    ("RWP", "Legal Aid Centre Rawalpindi (demo)", "لیگل ایڈ سینٹر راولپنڈی (ڈیمو)", "Rawalpindi", 4),
    ("FSD", "Legal Aid Centre Faisalabad (demo)", "لیگل ایڈ سینٹر فیصل آباد (ڈیمو)", "Faisalabad", 4),
    ("MUX", "Legal Aid Centre Multan (demo)", "لیگل ایڈ سینٹر ملتان (ڈیمو)", "Multan", 4),
    ("BWP", "Legal Aid Centre Bahawalpur (demo)", "لیگل ایڈ سینٹر بہاولپور (ڈیمو)", "Bahawalpur", 3),
    ("HYD", "Legal Aid Centre Hyderabad (demo)", "لیگل ایڈ سینٹر حیدرآباد (ڈیمو)", "Hyderabad", 4),
    ("SUK", "Legal Aid Centre Sukkur (demo)", "لیگل ایڈ سینٹر سکھر (ڈیمو)", "Sukkur", 3),
    ("LRK", "Legal Aid Centre Larkana (demo)", "لیگل ایڈ سینٹر لاڑکانہ (ڈیمو)", "Larkana", 3),
    ("PEW", "Legal Aid Centre Peshawar (demo)", "لیگل ایڈ سینٹر پشاور (ڈیمو)", "Peshawar", 5),
    ("SWT", "Legal Aid Centre Swat (demo)", "لیگل ایڈ سینٹر سوات (ڈیمو)", "Swat", 3),
    ("QTA", "Legal Aid Centre Quetta (demo)", "لیگل ایڈ سینٹر کوئٹہ (ڈیمو)", "Quetta", 4),
    ("TBT", "Legal Aid Centre Turbat (demo)", "لیگل ایڈ سینٹر تربت (ڈیمو)", "Kech", 3),
)
COUNSELLORS_PER_CENTRE = 4
TODAY_CONTACTS = 180  # SLACC takes 150-200 calls a day

# Local hour of day → relative call volume (a helpline open 09:00–17:00, calls at all hours).
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 14, 13, 12, 13, 13, 12, 10, 8, 6, 5, 4, 2, 1)
ANSWERED_OUTCOMES = (
    ("advice_given", 40), ("information_only", 18), ("referred", 10), ("silent", 8),
    ("hang_up", 7), ("wrong_number", 4), ("prank", 3), ("abusive", 1), ("follow_up_needed", 5),
)
SUBSTANTIVE = {"advice_given", "information_only", "referred", "follow_up_needed", "case_opened"}
# (status, outcome) of each kind of legal step, with weights.
_LEGAL_RESULTS = {
    "fir": ((("registered", None), 55), (("refused", None), 25), (("pending", None), 20)),
    "medico_legal": ((("done", None), 80), (("pending", None), 20)),
    "court_case": ((("pending", "pending"), 45), (("closed", "decree_granted"), 20),
                   (("closed", "settled"), 10), (("closed", "convicted"), 8),
                   (("closed", "acquitted"), 7), (("closed", "dismissed"), 6),
                   (("closed", "withdrawn"), 4)),
    "protection_order": ((("granted", "order_granted"), 60), (("rejected", "order_refused"), 20),
                         (("pending", "pending"), 20)),
}
# Months after closure that a closed case keeps its personal data, as a demo policy.
DEMO_RETENTION = (("*", 84), ("family_law", 60), ("sexual_violence_harassment", 120),
                  ("child_protection", 120))


@dataclass
class DemoSize:
    contacts: int = 20_000
    cases: int = 5_000
    services: int = 500
    seed: int = 1
    # The last moment of the ten years: a date means 18:00 Pakistan time that day; the
    # default is now, so a new demo desk has today's queue and nothing in the future.
    until: date | datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def end(self) -> datetime:
        if isinstance(self.until, datetime):
            return self.until.astimezone(timezone.utc).replace(microsecond=0)
        return datetime.combine(self.until, time(18, 0), PKT).astimezone(timezone.utc)

    def check(self) -> None:
        for name in ("contacts", "cases", "services"):
            value = getattr(self, name)
            if value < 0 or value > 5_000_000:
                raise ValidationError(name, f"--{name} must be between 0 and 5,000,000.")
        if self.cases and self.contacts < self.cases:
            raise ValidationError("contacts", "Every case starts with a contact: "
                                  "--contacts must be at least --cases.")

    def planned_rows(self) -> int:
        """An estimate of rows to write, for the progress bar."""
        return int(self.contacts + self.cases * 5.76 + self.services * 9.5)


@dataclass(frozen=True)
class DemoResult:
    path: Path
    rows: int
    seconds: float
    demo_users: list[str]


ProgressFn = Callable[[int], None]


class _Writer:
    """Buffers rows per table and writes them with executemany."""

    def __init__(self, connection, progress: ProgressFn):
        self.connection = connection
        self.progress = progress
        self.buffers: dict[Table, list[dict]] = {}
        self.rows = 0

    def add(self, model, row: dict) -> None:
        table = model.__table__
        buffer = self.buffers.setdefault(table, [])
        buffer.append(row)
        if len(buffer) >= BATCH:
            # Everything, parents first: a child row's parent may still be buffered.
            self.flush_all()

    def _flush(self, table: Table) -> None:
        buffer = self.buffers.get(table)
        if buffer:
            self.connection.execute(insert(table), buffer)
            self.rows += len(buffer)
            self.progress(len(buffer))
            self.buffers[table] = []

    def flush_all(self) -> None:
        # Parents before children, so foreign keys hold at every flush.
        for table in m.Case.metadata.sorted_tables:
            self._flush(table)


class DemoBuilder:
    def __init__(self, size: DemoSize, writer: _Writer, keys: OrganisationKeys):
        self.size = size
        self.rng = random.Random(size.seed)
        # Consents, legal steps and the other rows added for reports draw from their own
        # stream, so the records made before them stay the same for a seed.
        self.more = random.Random(size.seed * 1_000_003 + 17)
        self.w = writer
        self.keys = keys
        self.names = fake.NameMaker(reference.load_demo_names())
        self.districts = reference.districts()
        self.by_name = {d.name_en: d for d in self.districts}
        self.end = size.end
        self.last_day = self.end.astimezone(PKT).date()
        self.now = datetime.now(timezone.utc)

    # ---- small helpers -------------------------------------------------------------
    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def more_uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.more.getrandbits(128), version=4)

    def enc(self, value: str, table: str, column: str, row_id: uuid.UUID) -> bytes:
        return self.keys.cipher.encrypt(value, table=table, column=column, row_id=row_id)

    def _on_day(self, day: date) -> datetime:
        """A moment on a Pakistani calendar day, busiest in office hours; never after `end`."""
        midnight = datetime.combine(day, time(0), PKT).astimezone(timezone.utc)
        for _ in range(50):
            hour = self.rng.choices(range(24), HOUR_WEIGHTS)[0]
            candidate = midnight + timedelta(hours=hour, seconds=self.rng.randrange(3600))
            if candidate <= self.end:
                return candidate
        # `end` is just after midnight: any moment up to it.
        return midnight + (self.end - midnight) * self.rng.random()

    def moment(self) -> datetime:
        """A moment in the ten years, daily volume growing from 60% to 100%."""
        u = self.rng.random()
        x = (-0.6 + math.sqrt(0.36 + 0.64 * u)) / 0.4
        return self._on_day(self.last_day - timedelta(days=int((1 - x) * 365 * YEARS)))

    def district_near(self, centre_district: reference.District) -> reference.District:
        # Phone lines take calls from the whole country; walk-in centres mostly locally.
        if self.rng.random() < 0.65:
            return centre_district
        same_province = [d for d in self.districts if d.province == centre_district.province]
        return self.rng.choice(same_province if self.rng.random() < 0.7 else self.districts)

    # ---- organisation ----------------------------------------------------------------
    def build_organisation(self) -> None:
        """Centres, desks and staff. Every demo account has the password `demo`; they
        share one salt so one Argon2id run serves them all (the password is the same and
        public, so distinct salts would protect nothing here)."""
        self.centres = []
        self.staff: dict[uuid.UUID, dict[str, list[uuid.UUID]]] = {}
        self.users: list[tuple[uuid.UUID, str, bytes]] = []
        params = KdfParams()
        salt = os.urandom(16)
        wrapping_key = derive_wrapping_key(DEMO_PASSWORD, salt, params)

        def add_user(username: str, display_name: str, role: str, centre_id) -> uuid.UUID:
            user_id = self.uid()
            _, material = new_key_pair(DEMO_PASSWORD, user_id, params,
                                       wrapping_key=wrapping_key, salt=salt)
            self.w.add(m.User, dict(
                id=user_id, username=username, display_name=display_name, role=role,
                centre_id=centre_id, must_change_password=False,
                public_key=material.public_key, private_key_wrapped=material.wrapped,
                kdf_salt=salt, kdf_time_cost=params.time_cost,
                kdf_memory_kib=params.memory_kib, kdf_parallelism=params.parallelism))
            self.users.append((user_id, username, material.public_key))
            return user_id

        for code, name, name_ur, district_name, weight in CENTRES:
            district = self.by_name.get(district_name)
            if district is None:
                raise DatabaseError(f"The demo centre district {district_name} is not in "
                                    "resources/reference/districts.csv.")
            centre_id = self.uid()
            self.centres.append((centre_id, code, district, weight))
            self.w.add(m.Centre, dict(id=centre_id, code=code, name=name, name_ur=name_ur,
                                      district_code=district.code, is_demo=True))
            self.w.add(m.Desk, dict(id=self.uid(), centre_id=centre_id, name=f"{code} desk 1"))
            roles = {"supervisor": 1, "counsellor": COUNSELLORS_PER_CENTRE, "lawyer": 1}
            self.staff[centre_id] = {role: [] for role in roles}
            for role, count in roles.items():
                for n in range(1, count + 1):
                    display = self.names.person(self.rng, self.rng.choice("fm")).text
                    self.staff[centre_id][role].append(
                        add_user(f"{code.lower()}-{role}{n}", display, role, centre_id))
        add_user("admin", "Demo Administrator", "admin", None)
        self.w.add(m.OrganisationKey, dict(id=self.keys.active_data_key_id, purpose="data",
                                           state="active"))
        self.w.add(m.OrganisationKey, dict(id=self.keys.index_key_id, purpose="index",
                                           state="active"))
        self.w.flush_all()
        for user_id, _, public_key in self.users:
            for key_id, key in self.keys.all_keys().items():
                self.w.add(m.KeyWrap, dict(
                    id=uuid.uuid4(), user_id=user_id, key_id=key_id,
                    sealed_key=seal_key(public_key, key, user_id=user_id, key_id=key_id)))

    # ---- people, cases and contacts ---------------------------------------------------
    def load_categories(self, connection) -> None:
        rows = connection.execute(select(m.Category.code, m.Category.id, m.Category.name_en,
                                         m.Category.name_ur, m.Category.gbvims_type)).all()
        by_code = {r.code: r for r in rows}
        leaves = [d for d in reference.load_categories() if d.demo_weight > 0]
        self.categories = [by_code[d.code] for d in leaves]
        self.category_weights = [d.demo_weight for d in leaves]

    def person(self, centre_id, district, *, sex: str, adult: bool, full: bool) -> uuid.UUID:
        pid = self.uid()
        rng = self.rng
        name = self.names.person(rng, sex).text
        phone = fake.mobile_number(rng)
        row = dict(
            id=pid, centre_id=centre_id,
            name_ct=self.enc(name, "persons", "name_ct", pid),
            phone_ct=self.enc(phone, "persons", "phone_ct", pid),
            phone_bidx=self.keys.indexer.index("phone", phone),
            sex=sex, district_code=district.code,
            age_band=rng.choice(("18-24", "25-39", "25-39", "40-59", "60+") if adult
                                else ("0-11", "12-17")),
            vulnerabilities=[], safety_flags=[], cnic_ct=None, cnic_bidx=None,
            address_ct=None, birth_date_ct=None,
        )
        if full:
            vulnerabilities = ["woman"] if sex == "f" and adult else []
            if not adult:
                vulnerabilities.append("child")
            for marker, p in (("religious_minority", 0.06), ("disability", 0.03),
                              ("ethnic_minority", 0.05), ("bonded_labourer", 0.01)):
                if rng.random() < p:
                    vulnerabilities.append(marker)
            if sex == "x":
                vulnerabilities.append("transgender")
            row["vulnerabilities"] = vulnerabilities
            if rng.random() < 0.08:
                row["safety_flags"] = [rng.choice(("not_safe_to_call_back", "no_message",
                                                   "ask_passphrase"))]
            row["address_ct"] = self.enc(fake.address(rng, district.name_en), "persons",
                                         "address_ct", pid)
            if adult and rng.random() < 0.6:
                cnic = fake.cnic(rng, district.province, "m" if sex == "m" else "f")
                row["cnic_ct"] = self.enc(cnic, "persons", "cnic_ct", pid)
                row["cnic_bidx"] = self.keys.indexer.index("cnic", cnic)
        self.w.add(m.Person, row)
        self._phones[pid] = phone
        return pid

    def contact(self, centre_id, district, started: datetime, *, person_id=None, case_id=None,
                phone: str | None = None, category=None, outcome: str | None = None,
                status: str = "answered", channel: str = "phone") -> None:
        rng = self.rng
        cid = self.uid()
        phone = phone or fake.mobile_number(rng)
        category = category or rng.choices(self.categories, self.category_weights)[0]
        staff = self.staff[centre_id]["counsellor"]
        row = dict(
            id=cid, centre_id=centre_id, desk_id=None, person_id=person_id, case_id=case_id,
            counsellor_id=None, channel=channel, direction="inbound", status=status,
            started_at=started, answered_at=None, ended_at=None, wrapup_seconds=None,
            phone_ct=None, phone_bidx=None, caller_type=None, language=None,
            district_code=district.code, category_id=None, urgency=None, outcome=None,
            summary_ct=None,
        )
        if channel == "phone":
            row["phone_ct"] = self.enc(phone, "contacts", "phone_ct", cid)
            row["phone_bidx"] = self.keys.indexer.index("phone", phone)
        if status == "answered":
            answered = started + timedelta(seconds=rng.randrange(3, 90))
            outcome = outcome or rng.choices(*zip(*ANSWERED_OUTCOMES, strict=True))[0]
            row.update(
                answered_at=answered,
                ended_at=answered + timedelta(seconds=int(rng.lognormvariate(5.6, 0.6))),
                wrapup_seconds=rng.randrange(20, 240), counsellor_id=rng.choice(staff),
                caller_type=rng.choices(("survivor", "relative", "third_party", "professional"),
                                        (60, 28, 9, 3))[0],
                language=rng.choices(("ur", "sd", "pa", "ps", "bal", "en"),
                                     (60, 14, 12, 8, 3, 3))[0],
                urgency=rng.choices(("low", "normal", "high", "emergency"), (20, 65, 12, 3))[0],
                outcome=outcome,
            )
            if outcome in SUBSTANTIVE:
                row["category_id"] = category.id
                row["summary_ct"] = self.enc(
                    fake.summary(rng, category.name_en, category.name_ur), "contacts",
                    "summary_ct", cid)
        self.w.add(m.Contact, row)
        self.contacts_made += 1

    def case_status(self, opened: datetime) -> tuple[str, datetime | None]:
        age_days = (self.end - opened).days
        rng = self.rng
        if age_days > 730 or (age_days > 180 and rng.random() < 0.6):
            status = "closed"
        else:
            status = rng.choices(("new", "open", "referred", "in_court", "closed"),
                                 (10, 45, 20, 15, 10))[0]
        if status != "closed":
            return status, None
        return status, min(self.end, opened + timedelta(days=rng.randrange(1, 700)))

    def build_cases(self) -> None:
        rng = self.rng
        size = self.size
        self._phones: dict[uuid.UUID, str] = {}
        self.contacts_made = 0
        weights = [c[3] for c in self.centres]
        # Contacts beyond each case's first one are shared out so the total is exact.
        extra_per_case = max(0.0, min(3.0, (size.contacts - size.cases) * 0.5 / max(size.cases, 1)))
        counters: dict[tuple[str, int], int] = {}
        # Open cases per centre, for appointments linked to a case (`build_worklists`).
        self.open_cases: dict[uuid.UUID, list[uuid.UUID]] = {c[0]: [] for c in self.centres}
        openings = sorted(self.moment() for _ in range(size.cases))
        for opened in openings:
            centre_id, code, centre_district, _ = rng.choices(self.centres, weights)[0]
            district = self.district_near(centre_district)
            category = rng.choices(self.categories, self.category_weights)[0]
            gbv = category.gbvims_type is not None
            sex = "f" if gbv or rng.random() < 0.55 else ("x" if rng.random() < 0.01 else "m")
            adult = rng.random() > (0.35 if code == "MDG" else 0.08)
            case_id = self.uid()
            client = self.person(centre_id, district, sex=sex, adult=adult, full=True)
            status, closed = self.case_status(opened)
            year = opened.astimezone(PKT).year
            counters[(code, year)] = counters.get((code, year), 0) + 1
            staff = self.staff[centre_id]
            counsellor = rng.choice(staff["counsellor"])
            self.w.add(m.Case, dict(
                id=case_id, reference=f"{code}-{year}-{counters[(code, year)]:06d}",
                centre_id=centre_id, status=status,
                risk_level=rng.choices(("low", "medium", "high", "critical"),
                                       (30, 45, 20, 5) if gbv else (60, 35, 5, 0.1))[0],
                restricted=rng.random() < 0.03, counsellor_id=counsellor,
                lawyer_id=staff["lawyer"][0] if rng.random() < 0.5 else None,
                district_code=district.code, primary_category_id=category.id,
                opened_at=opened, closed_at=closed,
                narrative_ct=self.enc(fake.summary(rng, category.name_en, category.name_ur),
                                      "cases", "narrative_ct", case_id),
            ))
            self.w.add(m.CasePerson, dict(id=self.uid(), case_id=case_id, person_id=client,
                                          role="client", relationship=None))
            if status != "closed":
                self.open_cases[centre_id].append(case_id)
            if gbv and rng.random() < 0.6:
                perpetrator = self.person(centre_id, district, sex="m", adult=True, full=False)
                self.w.add(m.CasePerson, dict(id=self.uid(), case_id=case_id,
                                              person_id=perpetrator, role="perpetrator",
                                              relationship=rng.choice(RELATIONSHIPS)))
            if rng.random() < 0.12:
                other = rng.choices(self.categories, self.category_weights)[0]
                if other.id != category.id:
                    self.w.add(m.CaseCategory, dict(id=self.uid(), case_id=case_id,
                                                    category_id=other.id))
            # The contact that opened the case, then any follow-up contacts.
            self.contact(centre_id, district, opened - timedelta(minutes=rng.randrange(5, 40)),
                         person_id=client, case_id=case_id, phone=self._phones[client],
                         category=category, outcome="case_opened",
                         channel="walk_in" if code not in ("KHI", "MDG") and rng.random() < 0.4
                         else "phone")
            more = int(extra_per_case) + (rng.random() < extra_per_case % 1)
            span = ((closed or self.end) - opened).total_seconds()
            for _ in range(more):
                if self.contacts_made >= size.contacts:
                    break
                self.contact(centre_id, district,
                             min(self.end, opened + timedelta(seconds=rng.random() * span)),
                             person_id=client, case_id=case_id, phone=self._phones[client],
                             category=category, outcome=rng.choice(
                                 ("advice_given", "follow_up_needed", "referred")))
            for n in range(rng.choice((1, 1, 2, 3))):
                note_id = self.uid()
                self.w.add(m.CaseNote, dict(
                    id=note_id, case_id=case_id, author_id=counsellor, supersedes_id=None,
                    created_at=min(self.end,
                                   opened + timedelta(hours=n * 24 + rng.randrange(1, 20))),
                    body_ct=self.enc(fake.note(rng), "case_notes", "body_ct", note_id)))
            if status != "closed":
                for _ in range(rng.choice((1, 1, 2))):
                    fid = self.uid()
                    due = self.last_day + timedelta(days=rng.randrange(-20, 30))
                    self.w.add(m.FollowUp, dict(
                        id=fid, case_id=case_id, assignee_id=counsellor, due_on=due,
                        status="planned", done_at=None,
                        description_ct=self.enc("Call client about progress", "follow_ups",
                                                "description_ct", fid)))
            if self.service_ids and rng.random() < 0.3:
                rid = self.uid()
                referred = min(self.end, opened + timedelta(hours=rng.randrange(1, 72)))
                self.w.add(m.Referral, dict(
                    id=rid, case_id=case_id, service_id=self.directory.pick(rng, district.code),
                    referred_by_id=counsellor, referred_at=referred,
                    status=rng.choices(("referred", "accepted", "declined", "service_provided",
                                        "did_not_go"), (20, 25, 8, 37, 10))[0],
                    follow_up_on=(referred + timedelta(days=7)).date(), notes_ct=None))
            self.case_extras(case_id, opened, closed, category, counsellor)
            self._phones.pop(client, None)

    def case_extras(self, case_id: uuid.UUID, opened: datetime, closed: datetime | None,
                    category, counsellor: uuid.UUID) -> None:
        """The client's consent to statistics (most agree, some refuse, some were never
        asked) and, for some cases, the legal process: an FIR, a medico-legal
        examination, a court case, a protection order."""
        more = self.more
        answer = more.random()
        if answer < 0.9:
            self.w.add(m.Consent, dict(
                id=self.more_uid(), case_id=case_id, purpose="statistics",
                data_category="all", organization_id=None, granted=answer < 0.84,
                recorded_by_id=counsellor,
                recorded_at=min(self.end, opened + timedelta(minutes=more.randrange(2, 30)))))
        if more.random() >= (0.35 if category.gbvims_type else 0.15):
            return
        span = max(60.0, ((closed or self.end) - opened).total_seconds())
        kinds = (("fir", 45), ("medico_legal", 20), ("court_case", 30),
                 ("protection_order", 10)) if category.gbvims_type else \
            (("court_case", 70), ("fir", 30))
        for kind in {more.choices(*zip(*kinds, strict=True))[0] for _ in range(2)}:
            when = min(self.end, opened + timedelta(seconds=more.random() * span))
            status, outcome = more.choices(*zip(*_LEGAL_RESULTS[kind], strict=True))[0]
            step_id = self.more_uid()
            self.w.add(m.LegalStep, dict(
                id=step_id, case_id=case_id, kind=kind, reference_ct=None,
                place=None, on_date=when.astimezone(PKT).date(), status=status,
                outcome=outcome, notes_ct=None, created_at=when, updated_at=when))

    def build_other_contacts(self) -> None:
        """Contacts with no case: advice, information, silent calls, abandoned calls."""
        rng = self.rng
        weights = [c[3] for c in self.centres]
        repeat_pool: list[str] = []
        # The last day gets a helpline's real daily load, so a new demo desk has a queue.
        today = min((self.size.contacts - self.contacts_made) // 20, TODAY_CONTACTS)
        while self.contacts_made < self.size.contacts:
            centre_id, code, centre_district, _ = rng.choices(self.centres, weights)[0]
            started = self._on_day(self.last_day) if today > 0 else self.moment()
            today -= 1
            local = started.astimezone(PKT)
            after_hours = local.hour < 9 or local.hour >= 17 or local.weekday() == 6
            p_abandoned = 0.45 if after_hours else 0.08
            status = "abandoned" if rng.random() < p_abandoned else (
                "missed" if rng.random() < 0.03 else "answered")
            if repeat_pool and rng.random() < 0.25:
                phone = rng.choice(repeat_pool)
            else:
                phone = fake.mobile_number(rng)
                if len(repeat_pool) < 50_000:
                    repeat_pool.append(phone)
            self.contact(centre_id, self.district_near(centre_district), started, phone=phone,
                         status=status)

    def build_worklists(self) -> None:
        """Today's abandoned-call worklist and the appointment book around `until`."""
        rng = self.rng
        for centre_id, _code, _district, _ in self.centres:
            for _ in range(rng.randrange(3, 12)):
                phone = fake.mobile_number(rng)
                first = self.end - timedelta(hours=rng.randrange(9, 20))
                count = rng.choice((1, 1, 2, 3))
                self.w.add(m.Callback, dict(
                    id=(cb := self.uid()), centre_id=centre_id,
                    phone_ct=self.enc(phone, "callbacks", "phone_ct", cb),
                    phone_bidx=self.keys.indexer.index("phone", phone),
                    first_missed_at=first,
                    last_missed_at=first + timedelta(minutes=rng.randrange(0, 60) * (count - 1)),
                    missed_count=count, urgency=rng.choice(("normal", "normal", "high")),
                    assigned_to_id=None, status="open", outcome=None))
            self.build_appointments(centre_id)
            self.callbacks_done_today(centre_id)

    def callbacks_done_today(self, centre_id: uuid.UUID) -> None:
        """Worklist items called back and finished on the last day (the dashboard's
        "call-backs done")."""
        more = self.more
        staff = self.staff[centre_id]["counsellor"]
        # Written apart from the open items: a batch takes its columns from its first row,
        # and these carry their own times.
        self.w.flush_all()
        for _ in range(more.randrange(1, 6)):
            phone = fake.mobile_number(more)
            first = self.end - timedelta(hours=more.randrange(14, 30))
            done = self.end - timedelta(minutes=more.randrange(30, 500))
            cb = self.more_uid()
            reached = more.random() < 0.7
            self.w.add(m.Callback, dict(
                id=cb, centre_id=centre_id,
                phone_ct=self.enc(phone, "callbacks", "phone_ct", cb),
                phone_bidx=self.keys.indexer.index("phone", phone), first_missed_at=first,
                last_missed_at=first, missed_count=1, urgency="normal",
                assigned_to_id=None, status="done",
                outcome="reached" if reached else "unreachable",
                created_at=first, updated_at=done))
            self.w.add(m.CallbackAttempt, dict(
                id=self.more_uid(), callback_id=cb, user_id=more.choice(staff),
                attempted_at=done, outcome="reached" if reached else "no_answer",
                contact_id=None))
        self.w.flush_all()

    def build_appointments(self, centre_id: uuid.UUID) -> None:
        """The appointment book from the Monday of the week before `until` to nine days
        after it (closed on Sundays): each counsellor and lawyer with up to three
        sessions a day, in person or virtual, for a client named when booking or the
        client of one of the centre's open cases; walk-ins with tokens in order of
        arrival up to the last day. The last day is shown as it stands at about one
        o'clock: the morning seen (attended, a no-show), the midday clients here, the
        afternoon still expected."""
        rng = self.rng
        staff = self.staff[centre_id]["counsellor"] + self.staff[centre_id]["lawyer"]
        rooms = {person: f"Room {n % 3 + 1}" for n, person in enumerate(staff)}
        open_cases = self.open_cases.get(centre_id, [])
        for offset in range(-7 - self.last_day.weekday(), 10):
            day = self.last_day + timedelta(days=offset)
            if day.weekday() == 6:
                continue
            for person in staff:
                for hour in sorted(rng.sample(range(9, 17), rng.choice((0, 1, 1, 2, 2, 3)))):
                    kind = "virtual" if rng.random() < 0.2 else "appointment"
                    case_id = name = phone = None
                    if open_cases and rng.random() < 0.3:
                        case_id = rng.choice(open_cases)   # the case's client is expected
                    else:
                        name = self.names.person(rng, "f" if rng.random() < 0.8 else "m").text
                        phone = fake.mobile_number(rng) if rng.random() < 0.7 else None
                    self._appointment(
                        centre_id, day, time(hour, rng.choice((0, 0, 30))), kind, person,
                        self._appointment_status(offset, hour),
                        room=None if kind == "virtual" else rooms[person], case_id=case_id,
                        name=name, phone=phone)
            if offset > 0:
                continue   # nobody has walked in yet on a day to come
            latest = 13 * 60 + 30 if offset == 0 else 16 * 60 + 30
            arrivals = sorted(rng.randrange(9 * 60, latest) for _ in range(rng.randrange(1, 6)))
            for token, minute in enumerate(arrivals, start=1):
                person = rng.choice(staff)
                status = "arrived" if offset == 0 and minute >= 12 * 60 else "attended"
                name = self.names.person(rng, "f").text if rng.random() < 0.6 else None
                self._appointment(centre_id, day, time(minute // 60, minute % 60), "walk_in",
                                  person, status, token=token, room=rooms[person], name=name)

    def _appointment_status(self, offset: int, hour: int) -> str:
        if offset > 0 or (offset == 0 and hour >= 13):
            return "cancelled" if self.rng.random() < 0.05 else "booked"
        if offset == 0 and hour == 12:
            return "arrived"
        return self.rng.choices(("attended", "no_show", "cancelled"), (80, 12, 8))[0]

    def _appointment(self, centre_id: uuid.UUID, day: date, at: time, kind: str,
                     counsellor: uuid.UUID, status: str, *, token: int | None = None,
                     room: str | None = None, case_id: uuid.UUID | None = None,
                     name: str | None = None, phone: str | None = None) -> None:
        aid = self.uid()
        self.w.add(m.Appointment, dict(
            id=aid, centre_id=centre_id, person_id=None, case_id=case_id,
            counsellor_id=counsellor, kind=kind,
            starts_at=datetime.combine(day, at, PKT).astimezone(timezone.utc),
            duration_minutes=45, room=room, token_number=token,
            token_date=day if token else None, status=status, notes_ct=None,
            client_name_ct=self.enc(name, "appointments", "client_name_ct", aid)
            if name else None,
            phone_ct=self.enc(phone, "appointments", "phone_ct", aid) if phone else None))

    def build(self, connection) -> None:
        self.build_organisation()
        self.load_categories(connection)
        self.directory = DirectoryMaker(self.rng, self.w, self.districts, self.last_day)
        self.service_ids = self.directory.build(self.size.services)
        self.w.flush_all()
        self.build_cases()
        self.build_other_contacts()
        self.build_worklists()
        self.build_retention_rules()
        self.w.flush_all()

    def build_retention_rules(self) -> None:
        from ..services.retention import rule_id

        for applies_to, months in DEMO_RETENTION:
            self.w.add(m.RetentionRule, dict(id=rule_id(applies_to), applies_to=applies_to,
                                             months=months, set_by_id=None))


def generate_demo(data_dir: Path, size: DemoSize, progress: ProgressFn = lambda n: None,
                  ) -> DemoResult:
    """Write a demo desk database into `data_dir`; refuses a folder that has real data."""
    import time as clock

    size.check()
    began = clock.perf_counter()
    ensure_data_folder(data_dir)
    target = data_dir / DESK_DB_NAME
    if target.exists():
        existing = open_desk_database(data_dir)
        try:
            with existing.uow() as uow:
                has_data = any(uow.session.scalar(select(func.count()).select_from(t))
                               for t in (m.Person.__table__, m.Contact.__table__,
                                         m.Case.__table__, m.User.__table__))
        finally:
            existing.close()
        if has_data:
            raise DatabaseError(
                f"The desk database in {data_dir} already holds records; demo data is never "
                "mixed with them.", hint="Use --data-dir with an empty folder for demo data.")
    work_dir = data_dir / ".demo-in-progress"
    work_dir.mkdir(exist_ok=True)
    for leftover in work_dir.glob(DESK_DB_NAME + "*"):
        leftover.unlink()  # an earlier interrupted demo run; never a real database
    database = open_desk_database(work_dir, create=True)
    keys = OrganisationKeys.generate()
    try:
        with database.uow() as uow:
            seed_categories(uow.session)
            uow.commit()
        with database.engine.connect() as connection:
            # The real helplines of the starting directory, not queued for sync either.
            connection.exec_driver_sql("UPDATE sync_state SET applying = 1")
            connection.commit()
        starting.seed(database)
        with database.engine.connect() as connection:
            # Bulk load into a file nobody else uses yet: durability buys nothing here.
            connection.exec_driver_sql("PRAGMA journal_mode = OFF")
            connection.exec_driver_sql("PRAGMA synchronous = OFF")
            connection.commit()
            writer = _Writer(connection, progress)
            builder = DemoBuilder(size, writer, keys)
            with connection.begin():
                # Demo data is never queued for the shared database (a demo desk cannot
                # join one): the capture triggers stand aside, as for pulled rows.
                connection.exec_driver_sql("UPDATE sync_state SET applying = 1")
                builder.build(connection)
                connection.exec_driver_sql("UPDATE sync_state SET applying = 0")
            connection.exec_driver_sql("ANALYZE")
            connection.exec_driver_sql("PRAGMA journal_mode = WAL")
            connection.commit()
    finally:
        database.close()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(work_dir / DESK_DB_NAME, target)
    for leftover in work_dir.glob("*"):
        leftover.unlink()
    work_dir.rmdir()
    return DemoResult(target, writer.rows, clock.perf_counter() - began,
                      [username for _, username, _ in builder.users])
