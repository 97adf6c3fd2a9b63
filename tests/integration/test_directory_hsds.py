"""HSDS 3.0 import and export on real SQLite desk databases: the official examples round
trip, exports validate against the official schema, and bad files import nothing partial."""

from __future__ import annotations

import csv
import itertools
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.conftest import DEMO_UNTIL
from workstation.demo.generator import DemoSize, generate_demo
from workstation.directory import hsds_export, hsds_import, search
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import Location, Phone, Service

# The official examples, shipped with the tests (tests/fixtures/hsds-3.0, CC BY-SA 4.0).
HSDS = Path(__file__).resolve().parents[1] / "fixtures" / "hsds-3.0"
EXAMPLES = HSDS / "examples"

FULL_SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
# Every desk starts with the shipped helplines (resources/directory/starting).
HELPLINES = 7


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("directory_demo")
    generate_demo(folder, DemoSize(contacts=100, cases=10, services=300, until=DEMO_UNTIL))
    database = open_desk_database(folder)
    yield database
    database.close()


@pytest.fixture
def empty_db(tmp_path):
    database = open_desk_database(tmp_path / "desk", create=True)
    yield database
    database.close()


def _fresh(tmp_path: Path, name: str):
    return open_desk_database(tmp_path / name, create=True)


def _count(database, model) -> int:
    with database.engine.connect() as c:
        return c.execute(select(func.count()).select_from(model)).scalar_one()


def _export(database, tmp_path: Path, name: str) -> dict:
    out = tmp_path / name
    hsds_export.export_json(database, out)
    return json.loads(out.read_text(encoding="utf-8"))


# ---- the official examples -----------------------------------------------------------

@pytest.mark.parametrize("source", ["service_full.json", "service_list.json", "csv"])
def test_official_example_imports_exports_and_reimports_the_same(tmp_path, source):
    first_db = _fresh(tmp_path, "first")
    report = hsds_import.import_directory(first_db, EXAMPLES / source)
    assert not report.errors, report.errors
    assert report.services == 1
    first = _export(first_db, tmp_path, "first.json")

    second_db = _fresh(tmp_path, "second")
    again = hsds_import.import_directory(second_db, tmp_path / "first.json")
    assert not again.errors, again.errors
    assert _export(second_db, tmp_path, "second.json") == first

    hsds_export.export_csv(second_db, tmp_path / "package")
    third_db = _fresh(tmp_path, "third")
    assert not hsds_import.import_directory(third_db, tmp_path / "package").errors
    assert _export(third_db, tmp_path, "third.json") == first
    for database in (first_db, second_db, third_db):
        database.close()


def test_service_full_keeps_what_the_counsellor_needs(tmp_path, empty_db):
    original = json.loads((EXAMPLES / "service_full.json").read_text())
    hsds_import.import_directory(empty_db, EXAMPLES / "service_full.json")
    (service,) = _export(empty_db, tmp_path, "out.json")["contents"]
    assert service["id"] == original["id"] == FULL_SERVICE_ID
    for key in ("name", "alternate_name", "description", "email", "status",
                "eligibility_description", "minimum_age", "maximum_age"):
        assert service[key] == original[key]
    assert service["organization"]["name"] == original["organization"]["name"]
    assert service["phones"][0]["number"] == original["phones"][0]["number"]
    assert service["schedules"][0]["opens_at"] == original["schedules"][0]["opens_at"]
    assert service["languages"][0]["code"] == original["languages"][0]["code"]
    location = service["service_at_locations"][0]["location"]
    original_location = original["service_at_locations"][0]["location"]
    assert location["addresses"][0]["city"] == original_location["addresses"][0]["city"]
    terms = {a["taxonomy_term"]["id"] for a in service["attributes"]}
    assert original["attributes"][0]["taxonomy_term"]["id"] in terms


def test_reimport_updates_instead_of_duplicating(tmp_path, empty_db):
    for _ in range(2):
        assert not hsds_import.import_directory(empty_db, EXAMPLES / "service_full.json").errors
    assert _count(empty_db, Service) == 1
    changed = json.loads((EXAMPLES / "service_full.json").read_text())
    changed["name"] = "Community Counselling (renamed)"
    changed["phones"] = []
    (tmp_path / "changed.json").write_text(json.dumps(changed))
    assert not hsds_import.import_directory(empty_db, tmp_path / "changed.json").errors
    (service,) = _export(empty_db, tmp_path, "out.json")["contents"]
    assert service["name"] == "Community Counselling (renamed)"
    assert service["phones"] == []  # removed at the source, removed here
    assert _count(empty_db, Service) == 1


# ---- exports -------------------------------------------------------------------------

def test_json_export_validates_against_the_official_schema(tmp_path, demo_db):
    page = _export(demo_db, tmp_path, "demo.json")
    assert page["total_items"] == len(page["contents"]) == 300 + HELPLINES
    for service in page["contents"]:
        assert hsds_export.schema_problems(service) == []


def test_schema_check_notices_a_broken_service():
    assert hsds_export.schema_problems({"id": "x", "name": 5})


def test_demo_directory_round_trips_with_its_local_columns(tmp_path, demo_db):
    first = _export(demo_db, tmp_path, "first.json")
    copy = _fresh(tmp_path, "copy")
    # Confidential addresses stay out of a default export, so compare with them included.
    hsds_export.export_json(demo_db, tmp_path / "all.json", include_confidential=True)
    assert not hsds_import.import_directory(copy, tmp_path / "all.json").errors
    assert _export(copy, tmp_path, "second.json") == first
    with copy.engine.connect() as c:
        assert c.execute(select(func.count()).where(Location.confidential.is_(True))).scalar()
        # Only the shipped helplines are real, and each says where its number comes from.
        real = c.execute(select(Service.name, Service.source, Service.assured_date)
                         .where(Service.is_demo.is_(False))).all()
        assert len(real) == HELPLINES and all(r.source and r.assured_date for r in real)
        assert c.execute(select(func.count()).where(Service.name_ur.is_(None))).scalar() == 0
    copy.close()


def test_confidential_addresses_stay_out_of_exports_by_default(tmp_path, demo_db):
    page = _export(demo_db, tmp_path, "out.json")
    shelters = [place["location"] for s in page["contents"]
                for place in s["service_at_locations"]
                if any(a["taxonomy_term"]["code"] == "confidential" and a["value"] == "true"
                       for a in place["location"]["attributes"])]
    assert shelters and all("addresses" not in loc for loc in shelters)
    hsds_export.export_csv(demo_db, tmp_path / "package")
    with (tmp_path / "package" / "addresses.csv").open(encoding="utf-8") as handle:
        exported = {row["location_id"] for row in csv.DictReader(handle)}
    assert not exported & {loc["id"] for loc in shelters}


def test_csv_package_has_every_table_and_a_datapackage(tmp_path, demo_db):
    hsds_export.export_csv(demo_db, tmp_path / "package")
    package = json.loads((tmp_path / "package" / "datapackage.json").read_text())
    paths = {r["path"] for r in package["resources"]}
    assert {"services.csv", "organizations.csv", "locations.csv", "addresses.csv",
            "phones.csv", "schedules.csv", "attributes.csv", "taxonomy_terms.csv",
            "service_at_location.csv"} <= paths
    assert all((tmp_path / "package" / p).is_file() for p in paths)


# ---- bad input -----------------------------------------------------------------------

def _package(tmp_path: Path, demo_db) -> Path:
    folder = tmp_path / "package"
    hsds_export.export_csv(demo_db, folder, include_confidential=True)
    return folder


def _rewrite(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows = change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_hostile_package_imports_nothing_and_says_where(tmp_path, demo_db, empty_db):
    folder = _package(tmp_path, demo_db)

    def poison_services(rows):
        name = rows[0].index("name")
        description = rows[0].index("description")
        rows[1][name] = '=HYPERLINK("http://evil.example","click")'  # kept as text
        rows[2][description] = "x" * 60_000  # over the 20,000 a description may have
        rows[3][rows[0].index("minimum_age")] = "twelve"
        return rows

    _rewrite(folder / "services.csv", poison_services)
    _rewrite(folder / "phones.csv", lambda rows: [r[:-4] + r[-3:] for r in rows])  # no number
    orgs = (folder / "organizations.csv").read_text(encoding="utf-8")
    (folder / "organizations.csv").write_bytes(orgs.replace("(demo)", "(démo)", 1)
                                               .encode("cp1252", errors="replace"))
    report = hsds_import.import_directory(empty_db, folder)

    located = {(p.file, p.record, p.field) for p in report.errors}
    assert ("services.csv", "row 3", "description") in located
    assert ("services.csv", "row 4", "minimum_age") in located
    assert ("phones.csv", "row 1", "number") in located
    assert any(p.file == "organizations.csv" and "UTF-8" in p.message and
               p.record.startswith("row ") for p in report.errors)
    assert report.written == {}
    assert _count(empty_db, Service) == 0 and _count(empty_db, Phone) == 0


def test_valid_only_imports_the_good_records_and_their_dependants_only(tmp_path, demo_db,
                                                                        empty_db):
    folder = _package(tmp_path, demo_db)
    refused = {}

    def break_one(rows):
        refused["id"] = rows[1][0]
        rows[1][rows[0].index("status")] = "maybe"
        rows[2][rows[0].index("name")] = "=1+2"  # a formula in a name is just a name
        refused["formula_id"] = rows[2][0]
        return rows

    _rewrite(folder / "services.csv", break_one)
    strict = hsds_import.import_directory(empty_db, folder)
    first, *dependants = strict.errors
    assert (first.file, first.record, first.field) == ("services.csv", "row 2", "status")
    assert dependants and all("refused" in p.message and refused["id"] in p.message
                              for p in dependants)
    assert _count(empty_db, Service) == 0

    report = hsds_import.import_directory(empty_db, folder, valid_only=True)
    assert report.services == 299 + HELPLINES
    with empty_db.engine.connect() as c:
        ids = {str(i) for i in c.scalars(select(Service.id))}
        phones_of_refused = c.execute(select(func.count()).select_from(Phone).where(
            Phone.service_id.is_(None))).scalar()  # its phone is refused, not orphaned
        formula_name = c.execute(select(Service.name).where(
            Service.id == uuid.UUID(refused["formula_id"]))).scalar()
    assert refused["id"] not in ids and phones_of_refused == 0
    assert formula_name == "=1+2"
    hsds_export.export_csv(empty_db, tmp_path / "out")
    with (tmp_path / "out" / "services.csv").open(encoding="utf-8") as handle:
        names = {row["id"]: row["name"] for row in csv.DictReader(handle)}
    assert names[refused["formula_id"]] == "'=1+2"


def test_json_problems_are_located_by_record_and_field(tmp_path, empty_db):
    bad = [{"id": "not-a-uuid", "name": "A", "status": "active"},
           {"id": "1b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f", "status": "active",
            "organization": {"id": "2b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f", "name": "Org",
                             "description": ""},
            "phones": [{"id": "3b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f", "number": ["x"]}]},
           "a string"]
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    report = hsds_import.import_directory(empty_db, tmp_path / "bad.json")
    located = {(p.record, p.field) for p in report.errors}
    assert ("[0]", "id") in located
    assert ("[0]", "organization_id") in located
    assert ("[1]", "name") in located
    assert ("[1].phones[0]", "number") in located
    assert ("[2]", "") in located
    assert _count(empty_db, Service) == 0


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe\x00garbage", b"42", b"[[[]]]",
                                     b"[" * 100_000])
def test_broken_json_files_are_reported_not_raised(tmp_path, empty_db, content):
    (tmp_path / "broken.json").write_bytes(content)
    report = hsds_import.import_directory(empty_db, tmp_path / "broken.json")
    assert report.errors and report.written == {}


def test_a_50_mb_value_is_reported_by_field(tmp_path, empty_db):
    service = {"id": "1b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f", "name": "Big", "status": "active",
               "description": "x" * (50 * 2**20),
               "organization": {"id": "2b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f", "name": "Org",
                                "description": ""}}
    (tmp_path / "big.json").write_text(json.dumps(service))
    report = hsds_import.import_directory(empty_db, tmp_path / "big.json")
    assert [(p.record, p.field) for p in report.errors] == [("service", "description")]
    assert _count(empty_db, Service) == 0


def test_a_huge_csv_cell_and_duplicate_ids_are_reported(tmp_path, demo_db, empty_db):
    folder = _package(tmp_path, demo_db)

    def damage(rows):
        rows[1][rows[0].index("description")] = "y" * 300_000  # over the csv module's limit
        return rows

    _rewrite(folder / "services.csv", damage)
    _rewrite(folder / "phones.csv", lambda rows: rows + [rows[1]])
    report = hsds_import.import_directory(empty_db, folder)
    assert any(p.file == "services.csv" and p.record == "row 2" for p in report.errors)
    assert any(p.file == "phones.csv" and p.field == "id" and "twice" in p.message
               for p in report.errors)
    assert _count(empty_db, Service) == 0


def test_import_reports_progress_and_refreshes_the_search(tmp_path, demo_db, empty_db):
    hsds_export.export_json(demo_db, tmp_path / "all.json")
    assert search.search_services(empty_db, "police") == []
    calls = []
    hsds_import.import_directory(empty_db, tmp_path / "all.json",
                                 progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    assert search.search_services(empty_db, "police")


# ---- the command line ----------------------------------------------------------------

def run(*args):
    return subprocess.run([sys.executable, "-m", "workstation", *args], capture_output=True,
                          text=True, timeout=300, check=False)


def test_cli_import_export_search(tmp_path, demo_db):
    source = tmp_path / "directory.json"
    hsds_export.export_json(demo_db, source, include_confidential=True)
    folder = tmp_path / "desk"
    open_desk_database(folder, create=True).close()
    imported = run("--data-dir", str(folder), "referrals", "import", str(source), "-q")
    assert imported.returncode == 0, imported.stderr
    assert f"Imported {300 + HELPLINES} services" in imported.stdout
    exported = run("--data-dir", str(folder), "referrals", "export", "--format", "csv",
                   str(tmp_path / "package"))
    assert exported.returncode == 0 and (tmp_path / "package" / "services.csv").is_file()
    found = run("--data-dir", str(folder), "referrals", "search", "dar ul aman", "--json")
    assert found.returncode == 0
    hits = json.loads(found.stdout)
    assert hits and all(h["address"] is None for h in hits if h["address_withheld"])
    assert any(h["address_withheld"] for h in hits)  # shelters: never printed here
    odd = run("--data-dir", str(folder), "referrals", "search", '"thana" NEAR (* OR')
    assert odd.returncode == 0


def test_cli_refuses_a_bad_file_with_one_error_line(tmp_path):
    folder = tmp_path / "desk"
    open_desk_database(folder, create=True).close()
    (tmp_path / "bad.json").write_text('[{"id": "nope"}]')
    result = run("--data-dir", str(folder), "referrals", "import", str(tmp_path / "bad.json"),
                 "-q")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    assert "nothing was imported" in result.stderr


def test_the_schema_the_app_validates_with_ships_with_it():
    # The shipped copy, with its licence, not ../shared, which desks do not have.
    assert (hsds_export.SCHEMA_DIR / "service.json").is_file()
    assert (hsds_export.SCHEMA_DIR.parent / "LICENSE").is_file()


def test_district_comes_from_the_address_city_or_region(tmp_path, empty_db):
    from workstation.directory.district_names import district_code_for

    service = {
        "id": "1b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f", "name": "Aurat Foundation legal help",
        "status": "active",
        "organization": {"id": "2b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f", "name": "Org",
                         "description": ""},
        "service_areas": [{"id": "4b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f",
                           "name": "South Karachi"}],
        "service_at_locations": [{
            "id": "5b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f",
            "location": {"id": "6b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f",
                         "location_type": "physical",
                         "addresses": [{"id": "7b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f",
                                        "address_1": "1 Mall Road", "city": "LAHORE",
                                        "state_province": "Punjab", "postal_code": "",
                                        "country": "PK", "address_type": "physical"}]}}]}
    (tmp_path / "one.json").write_text(json.dumps(service))
    assert not hsds_import.import_directory(empty_db, tmp_path / "one.json").errors
    with empty_db.engine.connect() as c:
        assert c.execute(select(Location.district_code)).scalar() == district_code_for("Lahore")
    (hit,) = search.search_services(empty_db, "legal",
                                    search.SearchFilters(district="Karachi South"))
    assert set(hit.district_codes) == {district_code_for("Lahore"),
                                       district_code_for("Karachi South")}


def test_an_import_announces_its_new_rows_to_the_change_log_as_the_triggers_would(
        tmp_path, demo_db, monkeypatch):
    """New rows go into the sync outbox in bulk (fast); the entries must be exactly those
    the per-row insert triggers write, and a re-import's updates still go by trigger."""
    hsds_export.export_json(demo_db, tmp_path / "all.json", include_confidential=True)

    def outbox(database):
        with database.engine.connect() as c:
            return sorted(c.execute(text(
                "SELECT table_name, row_id, op, columns FROM sync_outbox")).all())

    bulk = _fresh(tmp_path, "bulk")
    before = outbox(bulk)
    assert not hsds_import.import_directory(bulk, tmp_path / "all.json").errors
    monkeypatch.setattr(hsds_import._BulkCapture, "__init__",
                        lambda self, connection, name: setattr(self, "active", False))
    by_trigger = _fresh(tmp_path, "by-trigger")
    assert not hsds_import.import_directory(by_trigger, tmp_path / "all.json").errors
    bulk_entries = [e for e in outbox(bulk) if e not in before]
    assert bulk_entries and bulk_entries == [e for e in outbox(by_trigger) if e not in before]
    with bulk.engine.connect() as c:
        assert c.execute(text("SELECT applying FROM sync_state")).scalar() == 0
        unstamped = c.execute(text("SELECT count(*) FROM sync_outbox WHERE hlc IS NULL"))
        assert unstamped.scalar() == 0   # stamped at commit like any change
    monkeypatch.undo()
    changed = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    changed["contents"][0]["name"] = "Renamed at the source"
    (tmp_path / "changed.json").write_text(json.dumps(changed), encoding="utf-8")
    with bulk.engine.connect() as c:
        last = c.execute(text("SELECT max(seq) FROM sync_outbox")).scalar()
    assert not hsds_import.import_directory(bulk, tmp_path / "changed.json").errors
    with bulk.engine.connect() as c:
        updates = c.execute(text("SELECT table_name, op, columns FROM sync_outbox "
                                 "WHERE seq > :last"), {"last": last}).all()
    # Updates by trigger: the columns that changed, never "everything" ('*').
    assert updates and all(u.op == "U" and u.columns != "*" for u in updates)
    assert any(u.table_name == "services" and "name" in u.columns.split(",")
               for u in updates)
    for database in (bulk, by_trigger):
        database.close()


def test_dangling_ids_and_unknown_columns_are_reported_where_they_are(tmp_path, demo_db,
                                                                      empty_db):
    folder = _package(tmp_path, demo_db)
    nowhere = "9b0e8c5e-2b8a-4d51-a4b5-5a4f6c1e2d3f"

    def dangle(rows):
        rows[3][rows[0].index("location_id")] = nowhere   # an address of no place
        return rows

    def loose_phone(rows):
        rows[2][rows[0].index("service_id")] = nowhere    # a phone of no service
        return rows

    def extra_column(rows):
        return [row + (["wait_list"] if n == 0 else ["3 weeks"]) for n, row in
                enumerate(rows)]

    _rewrite(folder / "addresses.csv", dangle)
    _rewrite(folder / "phones.csv", loose_phone)
    _rewrite(folder / "services.csv", extra_column)
    report = hsds_import.import_directory(empty_db, folder)
    dangling = [p for p in report.errors if p.field == "location_id"]
    assert [(p.file, p.record) for p in dangling] == [("addresses.csv", "row 4")]  # line 4 of the file
    assert nowhere in dangling[0].message and "neither in the file nor in the directory" \
        in dangling[0].message
    # A phone may live without its service: the link is dropped, said as a warning.
    loose = [p for p in report.warnings if p.file == "phones.csv"]
    assert [(p.record, p.field) for p in loose] == [("row 3", "service_id")]
    unknown = [p for p in report.warnings if "wait_list" in p.message]
    assert unknown and unknown[0].file == "services.csv"
    assert report.written == {} and _count(empty_db, Service) == 0   # nothing partial
    chosen = hsds_import.import_directory(empty_db, folder, valid_only=True)
    assert chosen.services == 300 + HELPLINES
    assert chosen.rejected == {"addresses": 1}
