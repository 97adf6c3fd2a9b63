"""Fictitious names, numbers, addresses and texts for demo records.

Nothing here can be a real person's data:
- mobile numbers use a real operator prefix but a subscriber block starting with 0
  (03XX-0NNNNNN), which Pakistani operators do not allocate;
- CNICs use the province digit followed by area code 0000, which does not exist;
- names are common given and family names combined at random.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..reference import DemoName

MOBILE_PREFIXES = tuple(f"3{n:02d}" for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                                               14, 15, 21, 22, 23, 24, 25, 31, 32, 33, 34,
                                               35, 36, 37, 40, 41, 42, 43, 44, 45, 46, 47))
CNIC_PROVINCE_DIGIT = {"KP": "1", "PB": "3", "SD": "4", "BA": "5", "IS": "6", "GB": "7",
                       "AJ": "8"}


@dataclass(frozen=True)
class FakeName:
    text: str
    script: str  # en, roman, ur


class NameMaker:
    def __init__(self, names: list[DemoName]):
        self.female = [n for n in names if n.kind == "given" and n.sex == "f"]
        self.male = [n for n in names if n.kind == "given" and n.sex == "m"]
        self.family = [n for n in names if n.kind == "family"]
        if not (self.female and self.male and self.family):
            raise ValueError("demo names need female, male and family names")

    @staticmethod
    def _spell(rng: random.Random, name: DemoName, script: str) -> str:
        if script == "ur":
            return name.name_ur
        if script == "roman" and name.variants:
            return rng.choice(name.variants)
        return name.name_en

    def person(self, rng: random.Random, sex: str) -> FakeName:
        pool = self.male if sex == "m" else self.female
        script = rng.choices(("en", "roman", "ur"), (5, 3, 2))[0]
        given = self._spell(rng, rng.choice(pool), script)
        family = self._spell(rng, rng.choice(self.family), script)
        return FakeName(f"{given} {family}", script)


def mobile_number(rng: random.Random) -> str:
    """E.164, e.g. +923450123456."""
    return f"+92{rng.choice(MOBILE_PREFIXES)}0{rng.randrange(1_000_000):06d}"


def cnic(rng: random.Random, province: str, sex: str) -> str:
    last = rng.choice("13579" if sex == "m" else "02468")
    return f"{CNIC_PROVINCE_DIGIT.get(province, '4')}0000{rng.randrange(10_000_000):07d}{last}"


_STREETS_EN = ("Street", "Gali", "Lane", "Road")
_AREAS = ("Gulshan", "Model Town", "Satellite Town", "Civil Lines", "Saddar", "Old City",
          "Cantt", "Shah Faisal Colony", "Mohalla Islamabad", "Railway Colony", "Basti Mir Khan")


def address(rng: random.Random, district_name: str) -> str:
    return (f"House {rng.randrange(1, 900)}, {rng.choice(_STREETS_EN)} {rng.randrange(1, 40)}, "
            f"{rng.choice(_AREAS)}, {district_name}")


_SUMMARY_EN = (
    "Caller asked about {cat}. Explained the legal position and the next steps.",
    "Client described {cat}. Gave advice and discussed safety at home.",
    "Follow-up call on {cat}; client reports no change since last contact.",
    "Caller wanted information on {cat} and the documents needed.",
    "Discussed {cat}; client will visit the legal aid centre with papers.",
)
_SUMMARY_ROMAN = (
    "Caller ne {cat} ke bare mein poocha. Qanooni mashwara diya gaya.",
    "Client ne {cat} ka bataya. Hifazat ke bare mein baat hui.",
    "{cat} par follow-up call; client ke mutabiq koi tabdeeli nahin.",
)
_SUMMARY_UR = (
    "کالر نے {cat} کے بارے میں پوچھا۔ قانونی مشورہ دیا گیا۔",
    "کلائنٹ نے {cat} کے بارے میں بتایا۔ حفاظت کے بارے میں بات ہوئی۔",
    "{cat} پر دوبارہ رابطہ؛ کلائنٹ کے مطابق کوئی تبدیلی نہیں۔",
)
_NOTE_EN = (
    "Spoke to client; next hearing date noted. Documents still pending.",
    "Client attended the centre. Application drafted and read out to her.",
    "Police station contacted about the FIR; SHO asked for another visit.",
    "Client safe with relatives for now. Call again next week.",
)


def summary(rng: random.Random, category_en: str, category_ur: str) -> str:
    language = rng.choices(("en", "roman", "ur"), (6, 2, 2))[0]
    if language == "ur":
        return rng.choice(_SUMMARY_UR).format(cat=category_ur)
    if language == "roman":
        return rng.choice(_SUMMARY_ROMAN).format(cat=category_en.lower())
    return rng.choice(_SUMMARY_EN).format(cat=category_en.lower())


def note(rng: random.Random) -> str:
    return rng.choice(_NOTE_EN)
