"""Write the starting directory (resources/directory/starting/, an HSDS 3.0 tabular
package) from the definitions below. Run it after changing them, review the diff of the
CSV files, and update resources/directory/README.md:

    .venv/bin/python scripts/make_starting_directory.py

Only numbers with a source go in (`source` is printed in the detail pane and kept in the
data as a cw-local attribute); see the README for what was left out and why.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workstation.directory import hsds_export, starting  # noqa: E402
from workstation.persistence import models as m  # noqa: E402
from workstation.persistence.database import open_desk_database  # noqa: E402
from workstation.reference import districts  # noqa: E402

# The day the numbers were checked against the sources below (not by calling them).
CHECKED_ON = date(2026, 12, 4)
ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU"

HELPLINES = [
    dict(key="police-15", number="15",
         org=("Police (provincial police and Islamabad Capital Territory Police)",
              "پولیس (صوبائی پولیس اور اسلام آباد پولیس)"),
         name=("Police emergency 15", "پولیس ایمرجنسی 15"),
         description="The police emergency number, anywhere in Pakistan: crimes in "
                     "progress, threats to life, reporting violence. Calls are answered "
                     "by the police of the province (Sindh 'Madadgar 15', Islamabad "
                     "'Pucar 15').",
         types=("helpline", "police_station"), people=(), hours=True, province=None,
         source="Police emergency 15: Islamabad Police 'Pucar-15' (APP, Dec 2024); "
                "Sindh Police 'Madadgar-15' annual report (Bol News, Dec 2021)"),
    dict(key="rescue-1122", number="1122",
         org=("Rescue 1122 (provincial emergency services)",
              "ریسکیو 1122 (صوبائی ایمرجنسی سروس)"),
         name=("Rescue 1122: ambulance and emergency rescue",
               "ریسکیو 1122: ایمبولینس اور ہنگامی امداد"),
         description="Emergency ambulance, rescue and fire service, where the service "
                     "operates (all districts of Punjab; other provinces in part).",
         types=("helpline", "ambulance_rescue"), people=(), hours=True, province=None,
         source="Punjab Emergency Service (Rescue 1122), Punjab Emergency Service Act "
                "2006; Rescue helpline 1122 (APP/UrduPoint, Nov 2024; ARY News, Aug 2022)"),
    dict(key="edhi-115", number="115",
         org=("Edhi Foundation", "ایدھی فاؤنڈیشن"),
         name=("Edhi ambulance service 115", "ایدھی ایمبولینس سروس 115"),
         description="Ambulance service of the Edhi Foundation, run around the clock.",
         types=("ambulance_rescue", "helpline"), people=(), hours=True, province=None,
         free=False, fees="Emergencies are carried free; a small fee may be asked for "
                          "taking a patient between home and hospital.",
         source="Edhi Foundation ambulance line 115 (Dawn, 8 Jun 2013; The News, "
                "29 Jul 2020; Aaj News, 9 Jul 2024)"),
    dict(key="madadgaar-1098", number="1098",
         org=("Madadgaar National Helpline", "مددگار نیشنل ہیلپ لائن"),
         name=("Madadgaar National Helpline 1098", "مددگار نیشنل ہیلپ لائن 1098"),
         description="National helpline for women and children facing violence and "
                     "abuse: counselling, legal advice and referral.",
         types=("helpline", "legal_aid"), people=("women", "children"), hours=False,
         province=None,
         source="Madadgaar National Helpline 1098, as named in the project's own "
                "guidance sheets (resources/guidance/helplines.txt); public knowledge"),
    dict(key="mohr-1099", number="1099",
         org=("Ministry of Human Rights, Government of Pakistan",
              "وزارت انسانی حقوق، حکومت پاکستان"),
         name=("Human rights helpline 1099: free legal advice",
               "انسانی حقوق ہیلپ لائن 1099: مفت قانونی مشورہ"),
         description="Toll-free helpline of the Ministry of Human Rights: free legal "
                     "advice on human rights violations and referral to the department "
                     "concerned.",
         types=("helpline", "legal_aid"), people=(), hours=False, province=None,
         source="Ministry of Human Rights toll-free helpline 1099 (APP, 17 Jan 2021; "
                "The Nation, 9 Jun 2017 and 8 Nov 2020)"),
    dict(key="pcsw-1043", number="1043",
         org=("Punjab Commission on the Status of Women",
              "پنجاب کمیشن برائے وقار نسواں"),
         name=("Punjab Women Helpline 1043", "پنجاب ویمن ہیلپ لائن 1043"),
         description="Toll-free helpline for women in Punjab, day and night: legal "
                     "advice, complaints about violence and about officials who do not act.",
         types=("helpline", "legal_aid"), people=("women",), hours=True, province="PB",
         source="Punjab Women Helpline 1043, PCSW: toll-free, 24/7 (Outlook Pakistan, "
                "2017; The Nation, 12 Sep 2023)"),
    dict(key="cpwb-1121", number="1121",
         org=("Child Protection and Welfare Bureau, Punjab",
              "چائلڈ پروٹیکشن اینڈ ویلفیئر بیورو، پنجاب"),
         name=("Child Helpline 1121 (Punjab)", "چائلڈ ہیلپ لائن 1121 (پنجاب)"),
         description="Report a child in danger, abused, exploited, begging or without "
                     "care in Punjab, at any hour; the bureau rescues and shelters children.",
         types=("helpline", "child_protection_unit"), people=("children",), hours=True,
         province="PB",
         source="Child Helpline 1121, Child Protection & Welfare Bureau Punjab "
                "(punjab.gov.pk/childhelpline1121; cpwb.punjab.gov.pk FAQ)"),
]


def rows() -> dict[type, list[dict]]:
    sid = starting.stable_id
    out: dict[type, list[dict]] = {m.TaxonomyTerm: [], m.Organization: [], m.Service: [],
                                   m.Phone: [], m.Schedule: [], m.ServiceArea: [],
                                   m.Language: [], m.Attribute: []}
    for kind in starting.service_types():
        out[m.TaxonomyTerm].append(dict(
            id=starting.type_term_id(kind.code), code=kind.code, name=kind.name_en,
            name_ur=kind.name_ur, description=kind.name_en, parent_id=None,
            taxonomy=starting.TYPE_TAXONOMY, language="en"))
    for code, (name_en, name_ur) in starting.PEOPLE.items():
        out[m.TaxonomyTerm].append(dict(
            id=starting.people_term_id(code), code=code, name=name_en, name_ur=name_ur,
            description=f"Serves: {name_en.lower()}", parent_id=None,
            taxonomy=starting.PEOPLE_TAXONOMY, language="en"))
    for h in HELPLINES:
        key = h["key"]
        org_id, service_id = sid("organization", key), sid("service", key)
        out[m.Organization].append(dict(
            id=org_id, name=h["org"][0], name_ur=h["org"][1], alternate_name=None,
            description=h["description"], email=None, website=None, legal_status=None,
            parent_organization_id=None, is_demo=False))
        out[m.Service].append(dict(
            id=service_id, organization_id=org_id, name=h["name"][0], name_ur=h["name"][1],
            alternate_name=None, description=h["description"], url=None, email=None,
            status="active", interpretation_services=None, application_process=None,
            fees_description=h.get("fees", "Free of charge"),
            eligibility_description=None, minimum_age=None, maximum_age=None,
            free_of_charge=h.get("free", True), female_staff=False, is_demo=False,
            assured_date=CHECKED_ON, source=h["source"]))
        out[m.Phone].append(dict(
            id=sid("phone", key), service_id=service_id, organization_id=None,
            location_id=None, number=h["number"], extension=None, type="voice",
            description=None))
        if h["hours"]:
            out[m.Schedule].append(dict(
                id=sid("schedule", key), service_id=service_id, location_id=None,
                freq="WEEKLY", byday=ALL_DAYS, opens_at=time(0, 0), closes_at=time(23, 59),
                timezone=5.0, description="Open day and night, every day"))
        out[m.Language].append(dict(id=sid("language", key), service_id=service_id,
                                    location_id=None, name="Urdu", code="ur"))
        if h["province"]:
            for district in districts():
                if district.province == h["province"]:
                    out[m.ServiceArea].append(dict(
                        id=sid("area", f"{key}:{district.code}"), service_id=service_id,
                        name=district.name_en, description=None,
                        district_code=district.code))
        for code in h["types"]:
            out[m.Attribute].append(dict(
                id=sid("attribute", f"{key}:type:{code}"), link_id=service_id,
                link_type="service", link_entity="service",
                taxonomy_term_id=starting.type_term_id(code), value=None))
        for code in h["people"]:
            out[m.Attribute].append(dict(
                id=sid("attribute", f"{key}:people:{code}"), link_id=service_id,
                link_type="service", link_entity="service",
                taxonomy_term_id=starting.people_term_id(code), value=None))
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        database = open_desk_database(Path(work), create=True)
        try:
            with database.transaction() as connection:
                for model, values in rows().items():
                    if values:
                        connection.execute(model.__table__.insert(), values)
            target = starting.STARTING_DIR
            shutil.rmtree(target, ignore_errors=True)
            count = hsds_export.export_csv(database, target)
        finally:
            database.close()
    print(f"{count} services written to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
