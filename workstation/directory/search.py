"""Search-as-you-type over the referral directory.

The directory is read once into an in-memory index per database (rebuilt when
`directory_changed` is called, as the importer and the editors do): a vocabulary of
normalised words with, for each word, the set of services whose text holds it, and sets
of services per district, type, language and so on. A keystroke then costs a rapidfuzz
pass over the vocabulary (a few thousand words, not 20,000 services) and set operations.

Every query string is accepted: quotes, `*`, `NEAR`, brackets are only characters, and the
normaliser turns them into spaces before anything else sees them.
"""

from __future__ import annotations

import heapq
import threading
import uuid
import weakref
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from . import scoring
from .directory_rows import ServiceRow, load_services
from .district_names import district_code_for
from .text import normalise

PAKISTAN_UTC_OFFSET = 5.0  # PKT, no daylight saving
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PEOPLE_SERVED = ("women", "children", "minorities", "disability", "transgender")


@dataclass(frozen=True)
class SearchFilters:
    district: str | None = None          # code, English or Urdu name
    service_type: str | None = None      # taxonomy term code or name
    people_served: str | None = None     # one of PEOPLE_SERVED
    language: str | None = None          # code (ur, sd) or name (Sindhi)
    open_now: bool = False
    female_staff: bool = False
    free_of_charge: bool = False


@dataclass(frozen=True)
class ServiceHit:
    service_id: uuid.UUID
    name: str
    name_ur: str | None
    organization: str
    organization_ur: str | None
    types: tuple[str, ...]
    type_names: tuple[str, ...]
    district_codes: tuple[str, ...]
    city: str | None
    phones: tuple[str, ...]
    languages: tuple[str, ...]
    female_staff: bool
    free_of_charge: bool
    is_demo: bool
    confidential: bool
    # None for a confidential location unless the caller may see it.
    address: str | None
    address_withheld: bool
    open_now: bool | None  # None: no opening hours known
    in_caller_district: bool
    score: float


@dataclass
class DirectoryIndex:
    services: list[ServiceRow]
    vocabulary: list[str] = field(default_factory=list)   # sorted
    postings: list[set[int]] = field(default_factory=list)
    by_district: dict[str, set[int]] = field(default_factory=dict)
    national: set[int] = field(default_factory=set)
    by_type: dict[str, set[int]] = field(default_factory=dict)
    by_language: dict[str, set[int]] = field(default_factory=dict)
    by_people: dict[str, set[int]] = field(default_factory=dict)
    female_staff: set[int] = field(default_factory=set)
    free: set[int] = field(default_factory=set)
    matcher: scoring.VocabularyMatcher | None = None

    @classmethod
    def build(cls, services: list[ServiceRow]) -> DirectoryIndex:
        index = cls(services)
        words: dict[str, set[int]] = {}
        for n, row in enumerate(services):
            for word in row.words:
                words.setdefault(word, set()).add(n)
            for code in row.district_codes:
                index.by_district.setdefault(code, set()).add(n)
            if not row.district_codes:
                index.national.add(n)
            for key in row.type_keys:
                index.by_type.setdefault(key, set()).add(n)
            for key in row.language_keys:
                index.by_language.setdefault(key, set()).add(n)
            for people in row.people_served:
                index.by_people.setdefault(people, set()).add(n)
            if row.female_staff:
                index.female_staff.add(n)
            if row.free_of_charge:
                index.free.add(n)
        index.vocabulary = sorted(words)
        index.postings = [words[w] for w in index.vocabulary]
        index.matcher = scoring.VocabularyMatcher(index.vocabulary)
        return index

    # ---- querying ------------------------------------------------------------------

    def candidates(self, filters: SearchFilters, now: datetime | None) -> set[int] | None:
        """Services the filters allow; None when no filter applies (all of them)."""
        chosen: set[int] | None = None

        def narrow(allowed: set[int]) -> None:
            nonlocal chosen
            chosen = set(allowed) if chosen is None else chosen & allowed

        if filters.district:
            code = district_code_for(filters.district) or filters.district.strip().upper()
            # A national service (no district of its own) serves every district.
            narrow(self.by_district.get(code, set()) | self.national)
        if filters.service_type:
            narrow(self.by_type.get(normalise(filters.service_type), set()))
        if filters.people_served:
            narrow(self.by_people.get(filters.people_served.strip().casefold(), set()))
        if filters.language:
            narrow(self.by_language.get(normalise(filters.language), set()))
        if filters.female_staff:
            narrow(self.female_staff)
        if filters.free_of_charge:
            narrow(self.free)
        if filters.open_now:
            moment = now or datetime.now(UTC)
            pool = chosen if chosen is not None else range(len(self.services))
            chosen = {n for n in pool if is_open(self.services[n], moment)}
        return chosen

    def match(self, query: str, allowed: set[int] | None) -> dict[int, float]:
        """Service -> score for the query's words, every word required; if nothing has
        them all, the words run together ("dar ul" -> "darul")."""
        words = normalise(query).split()
        if not words:
            return dict.fromkeys(allowed if allowed is not None else range(len(self.services)),
                                 0.0)
        found = self._all_words(words, allowed)
        if not found and len(words) > 1:
            found = self._all_words(["".join(words)], allowed)
        return found

    def _all_words(self, words: list[str], allowed: set[int] | None) -> dict[int, float]:
        total: dict[int, float] | None = None
        for word in words:
            scores: dict[int, float] = {}
            for vocab_index, score in self.matcher.match(word):
                hits = self.postings[vocab_index]
                if allowed is not None:
                    hits = hits & allowed
                for n in hits:
                    if scores.get(n, -1.0) < score:
                        scores[n] = score
            if total is None:
                total = scores
            else:
                total = {n: s + scores[n] for n, s in total.items() if n in scores}
            if not total:
                return {}
        return total or {}


def is_open(row: ServiceRow, moment: datetime) -> bool:
    """Open at this moment by any of the service's weekly schedules (Pakistan time unless a
    schedule says otherwise)."""
    for schedule in row.schedules:
        if schedule.opens_at is None or schedule.closes_at is None:
            continue
        offset = schedule.timezone if schedule.timezone is not None else PAKISTAN_UTC_OFFSET
        local = moment.astimezone(UTC) + timedelta(hours=offset)
        day, clock = WEEKDAYS[local.weekday()], local.time().replace(tzinfo=None)
        previous_day = WEEKDAYS[(local.weekday() - 1) % 7]
        opens, closes = schedule.opens_at, schedule.closes_at
        if closes.hour == 23 and closes.minute == 59:
            closes = closes.replace(second=59, microsecond=999999)  # "to midnight"
        if opens <= closes:
            if schedule.on(day) and opens <= clock <= closes:
                return True
        elif (schedule.on(day) and clock >= opens) or (schedule.on(previous_day)
                                                       and clock <= closes):
            return True  # overnight hours, e.g. 20:00 to 08:00
    return False


# ---- the per-database index ---------------------------------------------------------

_indexes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def index_for(database) -> DirectoryIndex:
    """The index of this database's directory, built at first use."""
    with _lock:
        index = _indexes.get(database.engine)
        if index is None:
            index = DirectoryIndex.build(load_services(database))
            _indexes[database.engine] = index
        return index


def directory_changed(database) -> None:
    """Forget the index: the next search rebuilds it from the database."""
    with _lock:
        _indexes.pop(database.engine, None)


def search_services(database, query: str, filters: SearchFilters | None = None, *,
                    caller_district: str | None = None, may_see_confidential: bool = False,
                    limit: int = 50, now: datetime | None = None) -> list[ServiceHit]:
    """The best services for what has been typed so far, the caller's district first.

    `may_see_confidential` comes from `can(role, Action.SEE_CONFIDENTIAL_LOCATIONS)`;
    without it a shelter's address is withheld from the result itself, so no screen or
    print-out can show it by mistake."""
    index = index_for(database)
    return run_query(index, query, filters or SearchFilters(), caller_district=caller_district,
                     may_see_confidential=may_see_confidential, limit=limit, now=now)


def run_query(index: DirectoryIndex, query: str, filters: SearchFilters, *,
              caller_district: str | None = None, may_see_confidential: bool = False,
              limit: int = 50, now: datetime | None = None) -> list[ServiceHit]:
    query = query if isinstance(query, str) else ""
    allowed = index.candidates(filters, now)
    scores = index.match(query[:200], allowed)
    caller = (district_code_for(caller_district) or caller_district) if caller_district else None
    local = index.by_district.get(caller, set()) if caller else set()
    services = index.services
    # nsmallest, not a full sort: a one-letter query with no filter scores every service.
    best = heapq.nsmallest(max(0, limit), scores.items(),
                           key=lambda item: (item[0] not in local, -item[1],
                                             services[item[0]].sort_name))
    moment = now or datetime.now(UTC)
    return [_hit(services[n], score, n in local, may_see_confidential, moment)
            for n, score in best]


def _hit(row: ServiceRow, score: float, local: bool, may_see: bool,
         moment: datetime) -> ServiceHit:
    withheld = row.confidential and not may_see
    return ServiceHit(
        service_id=row.id, name=row.name, name_ur=row.name_ur, organization=row.organization,
        organization_ur=row.organization_ur, types=row.type_codes, type_names=row.type_names,
        district_codes=row.district_codes, city=row.city, phones=row.phones,
        languages=row.languages, female_staff=row.female_staff,
        free_of_charge=row.free_of_charge, is_demo=row.is_demo, confidential=row.confidential,
        address=None if withheld else row.address, address_withheld=withheld and bool(row.address),
        open_now=is_open(row, moment) if row.schedules else None, in_caller_district=local,
        score=round(score, 1))

