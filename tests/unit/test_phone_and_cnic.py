import pytest

from workstation.domain.cnic import format_cnic, normalise_cnic
from workstation.domain.phone import normalise_phone
from workstation.errors import ValidationError


@pytest.mark.parametrize("typed,e164", [
    ("0300-1234567", "+923001234567"),
    ("+92 300 1234567", "+923001234567"),
    ("92-21-35123456", "+922135123456"),
    ("021 3512 3456", "+922135123456"),
    ("۰۳۰۰۱۲۳۴۵۶۷", "+923001234567"),  # Urdu digits
    ("(0300) 123-4567", "+923001234567"),
])
def test_numbers_as_people_type_them(typed, e164):
    number = normalise_phone(typed)
    assert number.e164 == e164
    assert number.lookup_key == e164
    assert number.as_typed == typed


@pytest.mark.parametrize("typed", ["1098", "15", "1121", "1043"])
def test_short_codes_are_kept_as_short_codes(typed):
    number = normalise_phone(typed)
    assert number.e164 is None and number.short_code == typed and number.recognised


@pytest.mark.parametrize("typed", ["", None, "   ", "garbage", "0300-12", "++--", "x" * 10_000])
def test_unrecognised_numbers_never_raise(typed):
    number = normalise_phone(typed)
    assert not number.recognised and number.lookup_key is None


@pytest.mark.parametrize("typed", ["12345-1234567-1", "1234512345671", " 12345 1234567 1 ",
                                   "۱۲۳۴۵-۱۲۳۴۵۶۷-۱"])
def test_cnic_shapes_accepted(typed):
    assert normalise_cnic(typed) == "1234512345671"
    assert format_cnic("1234512345671") == "12345-1234567-1"


@pytest.mark.parametrize("typed", ["123451234567", "12345-1234567-12", "1234-51234567-1",
                                   "abcde-fghijkl-m", ""])
def test_cnic_wrong_length_or_shape_names_the_field(typed):
    with pytest.raises(ValidationError) as caught:
        normalise_cnic(typed, field="client_cnic")
    assert caught.value.field == "client_cnic"
    assert "13 digits" in str(caught.value)


@pytest.mark.parametrize("typed", ["１２３４５１２３４５６７１", "12345–1234567–1", "\u200e12345-1234567-1",
                                   "१२३४५१२३४५६७१"])
def test_cnic_any_digits_any_dash(typed):
    assert normalise_cnic(typed) == "1234512345671"


@pytest.mark.parametrize("typed", ["０３００－１２３４５６７", "\u200f0300-1234567", "०३००१२३४५६७"])
def test_phone_any_digits(typed):
    assert normalise_phone(typed).e164 == "+923001234567"


def test_foreign_short_code_digits_become_ascii():
    assert normalise_phone("१५").short_code == "15"
