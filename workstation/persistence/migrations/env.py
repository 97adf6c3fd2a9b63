"""Alembic environment: one history for SQLite desks and the shared PostgreSQL.

Run through `workstation.persistence.migrate`, which hands over an open connection;
`alembic` on the command line works too with `-x url=…` (see alembic.ini).
"""

from alembic import context
from sqlalchemy import create_engine

from workstation.persistence import models  # noqa: F401  (fills Base.metadata)
from workstation.persistence.base import Base

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
