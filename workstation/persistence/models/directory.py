"""The referral directory, shaped after Open Referral HSDS 3.0.

Table and column names follow HSDS so import and export map one to one. Local
extensions (Urdu names, district codes, demo and confidentiality marks) are the
columns HSDS does not have; they are exported as HSDS attributes.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Timestamps, UuidPk


class Organization(UuidPk, Timestamps, Base):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(300))
    name_ur: Mapped[str | None] = mapped_column(String(300))
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(500))
    legal_status: Mapped[str | None] = mapped_column(String(100))
    parent_organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id")
    )
    is_demo: Mapped[bool] = mapped_column(default=False)


class Service(UuidPk, Timestamps, Base):
    __tablename__ = "services"

    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_ur: Mapped[str | None] = mapped_column(String(300))
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="active")
    interpretation_services: Mapped[str | None] = mapped_column(String(300))
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[int | None] = mapped_column(Integer)
    maximum_age: Mapped[int | None] = mapped_column(Integer)
    free_of_charge: Mapped[bool] = mapped_column(default=True)
    female_staff: Mapped[bool] = mapped_column(default=False)
    is_demo: Mapped[bool] = mapped_column(default=False)
    # HSDS `assured_date`: when someone last checked the entry against its source or by
    # calling; the "not verified for six months" list reads it.
    assured_date: Mapped[date | None]
    # Where the entry's details (its number above all) come from: a citation for the
    # shipped helplines, the partner's own form for others.
    source: Mapped[str | None] = mapped_column(String(200))


class Location(UuidPk, Timestamps, Base):
    __tablename__ = "locations"

    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organizations.id"), index=True
    )
    location_type: Mapped[str] = mapped_column(String(20), default="physical")
    name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    district_code: Mapped[str | None] = mapped_column(String(8), index=True)
    # A shelter's whereabouts: shown only to roles allowed, never on a client's slip.
    confidential: Mapped[bool] = mapped_column(default=False)


class Address(UuidPk, Base):
    __tablename__ = "addresses"

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    address_1: Mapped[str] = mapped_column(String(300))
    address_2: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    state_province: Mapped[str] = mapped_column(String(100))
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="PK")
    address_type: Mapped[str] = mapped_column(String(20), default="physical")


class ServiceAtLocation(UuidPk, Base):
    __tablename__ = "service_at_locations"

    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)


class Phone(UuidPk, Base):
    __tablename__ = "phones"

    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"), index=True)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organizations.id"))
    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    number: Mapped[str] = mapped_column(String(40))
    extension: Mapped[str | None] = mapped_column(String(10))
    type: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)


class Schedule(UuidPk, Base):
    """Opening hours as HSDS/iCalendar recurrence: freq=WEEKLY, byday=MO,TU,… opens/closes."""

    __tablename__ = "schedules"

    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"), index=True)
    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    freq: Mapped[str | None] = mapped_column(String(10))
    byday: Mapped[str | None] = mapped_column(String(40))
    opens_at: Mapped[time | None]
    closes_at: Mapped[time | None]
    timezone: Mapped[float | None] = mapped_column(Float)
    description: Mapped[str | None] = mapped_column(Text)


class ServiceArea(UuidPk, Base):
    __tablename__ = "service_areas"

    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    district_code: Mapped[str | None] = mapped_column(String(8), index=True)


class Language(UuidPk, Base):
    __tablename__ = "languages"

    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"), index=True)
    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    name: Mapped[str | None] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(10))


class TaxonomyTerm(UuidPk, Base):
    __tablename__ = "taxonomy_terms"

    code: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_ur: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("taxonomy_terms.id"))
    taxonomy: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str | None] = mapped_column(String(10))


class Attribute(UuidPk, Base):
    """HSDS attribute: tags any entity (link_type/link_id) with a taxonomy term."""

    __tablename__ = "attributes"

    link_id: Mapped[uuid.UUID] = mapped_column(index=True)
    link_type: Mapped[str] = mapped_column(String(40))
    link_entity: Mapped[str] = mapped_column(String(40))
    taxonomy_term_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("taxonomy_terms.id"), index=True
    )
    value: Mapped[str | None] = mapped_column(String(200))


class DirectoryChange(UuidPk, Base):
    """Who changed what in the directory, field by field: the HSDS `metadata` record
    (resource, action, field, previous and replacement value, who, when). Written once,
    never changed; syncs to every desk like the directory itself."""

    __tablename__ = "directory_changes"

    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("services.id"), index=True)
    resource_type: Mapped[str] = mapped_column(String(40))   # service, phone, address, …
    resource_id: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(String(20))          # update, verify
    field_name: Mapped[str] = mapped_column(String(60))
    previous_value: Mapped[str | None] = mapped_column(Text)
    replacement_value: Mapped[str | None] = mapped_column(Text)
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime]
