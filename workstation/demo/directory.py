"""A fictitious referral directory: every district gets the kinds of service counsellors
refer to. Every organisation and service is marked `is_demo` and named "(demo)"."""

from __future__ import annotations

import random
import uuid
from datetime import date, time, timedelta

from ..directory import starting
from ..persistence import models as m
from ..reference import District
from . import fake

# (code, English, Urdu, share, open all hours, confidential location, female staff likely)
SERVICE_TYPES = (
    ("police_station", "Police station", "پولیس اسٹیشن", 18, True, False, False),
    ("women_police_station", "Women police station", "خواتین پولیس اسٹیشن", 4, True, False, True),
    ("hospital_mlo", "Hospital with medico-legal officer", "ہسپتال (میڈیکو لیگل آفیسر)", 10,
     True, False, True),
    ("darul_aman", "Dar-ul-Aman shelter", "دارالامان", 4, True, True, True),
    ("women_protection_centre", "Women protection centre", "تحفظ نسواں مرکز", 4, True, True, True),
    ("crisis_centre", "Crisis centre for women", "کرائسس سینٹر برائے خواتین", 4, False, False,
     True),
    ("child_protection_unit", "Child protection unit", "چائلڈ پروٹیکشن یونٹ", 6, False, False,
     True),
    ("legal_aid", "Legal aid organisation", "قانونی امداد کا ادارہ", 16, False, False, True),
    ("bar_legal_aid", "District bar legal aid committee", "ڈسٹرکٹ بار لیگل ایڈ کمیٹی", 6, False,
     False, False),
    ("psychosocial_support", "Psychosocial support", "نفسیاتی و سماجی معاونت", 10, False, False,
     True),
    ("social_welfare", "Social welfare office", "سماجی بہبود دفتر", 8, False, False, False),
    ("documentation", "Documentation help (CNIC, birth registration)",
     "دستاویزات میں مدد (شناختی کارڈ، پیدائش کا اندراج)", 6, False, False, False),
    ("harassment_ombudsperson", "Ombudsperson for harassment at the workplace",
     "محتسب برائے انسداد ہراسیت", 4, False, False, True),
)
PROVINCE_LANGUAGES = {"SD": ("sd", "Sindhi"), "PB": ("pa", "Punjabi"), "KP": ("ps", "Pashto"),
                      "BA": ("bal", "Balochi"), "GB": ("sk", "Shina"), "AJ": ("pa", "Pahari")}
PROVINCE_NAMES = {"SD": "Sindh", "PB": "Punjab", "KP": "Khyber Pakhtunkhwa", "BA": "Balochistan",
                  "IS": "Islamabad Capital Territory", "GB": "Gilgit-Baltistan",
                  "AJ": "Azad Jammu and Kashmir"}
TAXONOMY = starting.TYPE_TAXONOMY


class DirectoryMaker:
    def __init__(self, rng: random.Random, writer, districts: tuple[District, ...],
                 last_day: date | None = None):
        self.rng = rng
        self.last_day = last_day or date.today()
        self.w = writer
        self.districts = districts
        self.by_district: dict[str, list[uuid.UUID]] = {}
        self.all: list[uuid.UUID] = []

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def build(self, count: int) -> list[uuid.UUID]:
        if count == 0:
            return []
        rng = self.rng
        # The service types are the starting directory's terms (loaded before this runs).
        # One draw per type all the same, so a seed gives the records it gave before.
        terms = {}
        for code, *_ in SERVICE_TYPES:
            self.uid()
            terms[code] = starting.type_term_id(code)
        weights = [t[3] for t in SERVICE_TYPES]
        made = organisations = 0
        while made < count:
            # Organisations go round the districts, so every district has services
            # before any has a second organisation.
            district = self.districts[organisations % len(self.districts)]
            organisations += 1
            code, name, name_ur, _, all_hours, confidential, female = rng.choices(
                SERVICE_TYPES, weights)[0]
            org_id, location_id = self.uid(), self.uid()
            org_name = f"{name}, {district.name_en} (demo)"
            self.w.add(m.Organization, dict(
                id=org_id, name=org_name, name_ur=f"{name_ur}، {district.name_ur} (ڈیمو)",
                alternate_name=None, description=f"Fictitious {name.lower()} for demonstration.",
                email=None, website=None, legal_status=None, parent_organization_id=None,
                is_demo=True))
            self.w.add(m.Location, dict(
                id=location_id, organization_id=org_id, location_type="physical",
                name=org_name, description=None, latitude=None, longitude=None,
                district_code=district.code, confidential=confidential))
            self.w.add(m.Address, dict(
                id=self.uid(), location_id=location_id,
                address_1=fake.address(rng, district.name_en).split(", ", 1)[1],
                address_2=None, city=district.name_en, region=district.division,
                state_province=PROVINCE_NAMES.get(district.province, district.province),
                postal_code="", country="PK", address_type="physical"))
            # An organisation runs one to three services at its location.
            for _ in range(min(rng.choice((1, 2, 3)), count - made)):
                self._service(org_id, location_id, district, code, name, name_ur, all_hours,
                              female, terms[code])
                made += 1
        return self.all

    def _service(self, org_id, location_id, district, code, name, name_ur, all_hours, female,
                 term_id) -> None:
        rng = self.rng
        service_id = self.uid()
        self.w.add(m.Service, dict(
            id=service_id, organization_id=org_id,
            name=f"{name} — {district.name_en} (demo)",
            name_ur=f"{name_ur} — {district.name_ur} (ڈیمو)", alternate_name=None,
            description=f"Demo {name.lower()} serving {district.name_en}.", url=None, email=None,
            status="active", interpretation_services=None, application_process=None,
            fees_description="Free of charge", eligibility_description=None, minimum_age=None,
            maximum_age=None, free_of_charge=rng.random() < 0.9,
            female_staff=female and rng.random() < 0.8, is_demo=True,
            assured_date=self._verified_on(service_id),
            source="Fictitious: made by the demo generator"))
        self.w.add(m.ServiceAtLocation, dict(id=self.uid(), service_id=service_id,
                                             location_id=location_id, description=None))
        self.w.add(m.Phone, dict(
            id=self.uid(), service_id=service_id, organization_id=None, location_id=None,
            number=fake.mobile_number(rng), extension=None, type="voice", description=None))
        self.w.add(m.Schedule, dict(
            id=self.uid(), service_id=service_id, location_id=None, freq="WEEKLY",
            byday="MO,TU,WE,TH,FR,SA,SU" if all_hours else "MO,TU,WE,TH,FR,SA",
            opens_at=time(0, 0) if all_hours else time(9, 0),
            closes_at=time(23, 59) if all_hours else time(17, 0), timezone=5.0,
            description="Open all hours" if all_hours else "Monday to Saturday, 9 to 5"))
        self.w.add(m.ServiceArea, dict(id=self.uid(), service_id=service_id,
                                       name=district.name_en, description=None,
                                       district_code=district.code))
        self.w.add(m.Language, dict(id=self.uid(), service_id=service_id, location_id=None,
                                    name="Urdu", code="ur"))
        if district.province in PROVINCE_LANGUAGES:
            lang_code, lang_name = PROVINCE_LANGUAGES[district.province]
            self.w.add(m.Language, dict(id=self.uid(), service_id=service_id, location_id=None,
                                        name=lang_name, code=lang_code))
        self.w.add(m.Attribute, dict(id=self.uid(), link_id=service_id, link_type="service",
                                     link_entity="service", taxonomy_term_id=term_id, value=None))
        self.by_district.setdefault(district.code, []).append(service_id)
        self.all.append(service_id)

    def _verified_on(self, service_id: uuid.UUID) -> date | None:
        """Last checked up to 20 months before the demo's last day; one in ten never.
        Its own random numbers, so the records after it are those of the same seed."""
        draw = random.Random(service_id.int)
        if draw.random() < 0.1:
            return None
        return self.last_day - timedelta(days=draw.randrange(0, 610))

    def pick(self, rng: random.Random, district_code: str) -> uuid.UUID:
        local = self.by_district.get(district_code)
        return rng.choice(local) if local else rng.choice(self.all)
