"""Rotating the data key: new values use the new version at once, old ones move in
batches while both still decrypt, then the old version is gone."""

import pytest
from sqlalchemy import select

from tests.conftest import DEMO_UNTIL
from workstation.crypto.field_cipher import HEADER, UnknownKey
from workstation.demo.generator import DEMO_PASSWORD, DemoSize, generate_demo
from workstation.domain.permissions import PermissionDenied
from workstation.persistence.base import sensitive_columns
from workstation.persistence.database import open_desk_database
from workstation.persistence.models import KeyWrap, OrganisationKey, Person
from workstation.services import keys as key_service
from workstation.services.accounts import sign_in


@pytest.fixture
def desk(tmp_path):
    generate_demo(tmp_path, DemoSize(contacts=400, cases=120, services=30, until=DEMO_UNTIL))
    database = open_desk_database(tmp_path)
    yield database
    database.close()


def _names(database, keys):
    with database.uow() as uow:
        rows = uow.session.execute(select(Person.id, Person.name_ct).order_by(Person.id)).all()
    return [keys.cipher.decrypt(ct, table="persons", column="name_ct", row_id=pid)
            for pid, ct in rows]


def _key_ids_in_use(database):
    ids = set()
    with database.engine.connect() as c:
        for table, columns in sensitive_columns().items():
            for column in columns:
                for (value,) in c.exec_driver_sql(f"SELECT {column} FROM {table} "
                                                  f"WHERE {column} IS NOT NULL"):
                    ids.add(HEADER.unpack_from(value)[1])
    return ids


def test_only_an_admin_rotates(desk):
    counsellor = sign_in(desk, "khi-counsellor1", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        key_service.rotate(desk, counsellor)


def test_rotation_moves_every_value_and_retires_the_old_key(desk):
    admin = sign_in(desk, "admin", DEMO_PASSWORD)
    before = _names(desk, admin.keys)
    old_keys = dict(admin.keys.data_keys)
    new_id = key_service.rotate(desk, admin)
    assert admin.keys.active_data_key_id == new_id

    # Part-way: another user signs in and reads both old and new values.
    remaining = key_service.reencrypt_batch(desk, admin, batch=50)
    assert remaining > 0
    assert _key_ids_in_use(desk) == {1, new_id}
    counsellor = sign_in(desk, "khi-counsellor1", DEMO_PASSWORD)
    assert set(counsellor.keys.data_keys) == {1, new_id}
    assert _names(desk, counsellor.keys) == before

    while remaining:
        remaining = key_service.reencrypt_batch(desk, admin, batch=500)
    assert _key_ids_in_use(desk) == {new_id}
    with desk.uow() as uow:
        assert uow.session.scalar(select(OrganisationKey.state)
                                  .where(OrganisationKey.id == 1)) == "retired"
        assert not uow.session.scalars(select(KeyWrap).where(KeyWrap.key_id == 1)).all()
    fresh = sign_in(desk, "khi-lawyer1", DEMO_PASSWORD)
    assert set(fresh.keys.data_keys) == {new_id}
    assert _names(desk, fresh.keys) == before
    # The retired key is useless now: nothing is written under it any more.
    from workstation.crypto.field_cipher import FieldCipher

    with pytest.raises(UnknownKey):
        _names(desk, type("K", (), {"cipher": FieldCipher(old_keys, 1)})())
    assert key_service.rotation_status(desk).values_remaining == 0
