"""One Alembic history creates the same schema as the models, on SQLite and PostgreSQL."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from workstation.persistence import migrate
from workstation.persistence.base import Base
from workstation.persistence.database import open_desk_database, open_url


def _differences(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_sqlite_desk_is_migrated_to_head_and_matches_the_models(tmp_path):
    database = open_desk_database(tmp_path, create=True)
    try:
        assert database.schema_revision() == migrate.head_revision()
        assert _differences(database.engine) == []
        tables = set(inspect(database.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        database.close()


@pytest.mark.postgres
def test_postgresql_is_migrated_to_head_and_matches_the_models(pg_url):
    database = open_url(pg_url)
    try:
        assert database.dialect == "postgresql"
        assert database.schema_revision() == migrate.head_revision()
        assert _differences(database.engine) == []
        columns = {c["name"]: c for c in inspect(database.engine).get_columns("persons")}
        assert str(columns["id"]["type"]) == "UUID"
        assert str(columns["name_ct"]["type"]) == "BYTEA"
    finally:
        database.close()


@pytest.mark.postgres
def test_migrating_twice_changes_nothing(pg_url):
    open_url(pg_url).close()
    database = open_url(pg_url)
    try:
        assert database.schema_revision() == migrate.head_revision()
    finally:
        database.close()


# Revisions in the order they reached desks: a later one may only be added after these.
RELEASED = ["0001", "0002", "0003", "0004_sync", "0005_appointments", "0007_directory",
            "0008_case_form", "0009_reports"]


def test_released_revisions_keep_their_place_in_the_history():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    history = [s.revision for s in reversed(list(script.walk_revisions()))]
    assert history[:len(RELEASED)] == RELEASED


@pytest.mark.parametrize("revision", RELEASED)
def test_a_desk_left_at_an_earlier_release_is_brought_to_head(tmp_path, revision):
    from sqlalchemy import create_engine

    from workstation.persistence.database import DESK_DB_NAME

    tmp_path.joinpath("desk").mkdir()
    engine = create_engine(f"sqlite:///{tmp_path / 'desk' / DESK_DB_NAME}")
    migrate.upgrade(engine, revision)
    engine.dispose()
    database = open_desk_database(tmp_path / "desk")
    try:
        assert database.schema_revision() == migrate.head_revision()
        assert _differences(database.engine) == []
    finally:
        database.close()
