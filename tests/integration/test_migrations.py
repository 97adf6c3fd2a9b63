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
