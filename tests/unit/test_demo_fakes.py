"""Demo values look valid but can never be a real person's number or CNIC."""

import random

import phonenumbers

from workstation.demo import fake
from workstation.domain.cnic import normalise_cnic
from workstation.domain.phone import normalise_phone


def test_demo_mobile_numbers_are_valid_and_in_the_unallocated_block():
    rng = random.Random(3)
    for _ in range(2000):
        number = fake.mobile_number(rng)
        assert phonenumbers.is_valid_number(phonenumbers.parse(number))
        assert number[6] == "0", "subscriber block 0NNNNNN is never allocated"
        assert normalise_phone("0" + number[3:]).e164 == number


def test_demo_cnics_have_the_shape_and_a_non_existent_area():
    rng = random.Random(4)
    for province in fake.CNIC_PROVINCE_DIGIT:
        for sex in "fm":
            value = fake.cnic(rng, province, sex)
            assert normalise_cnic(value) == value
            assert value[1:5] == "0000"
            assert int(value[-1]) % 2 == (1 if sex == "m" else 0)
