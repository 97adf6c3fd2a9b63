"""Sync with the shared PostgreSQL: the desk's change log and state, the server's row
clocks, applied change ids, commit-ordered counter and conflict records.

On a desk that already holds records, every row of the synced tables is put in the
change log so that it reaches the server at the first sync (demo desks excepted: they
never connect). Categories get the ids every desk derives from their code, so desks
that seeded the taxonomy on their own agree on it.

Also widens the urgency of contacts and callbacks to hold "emergency".

Revision ID: 0004_sync
Revises: 0003
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = '0004_sync'
down_revision = '0003'
branch_labels = None
depends_on = None

# As in workstation.persistence.change_log (migrations never import the code).
CATEGORY_NAMESPACE = uuid.UUID("5a3c8f52-8f4e-4f63-9c1e-2d7f0b6b1c11")
SYNCED = ['categories', 'centres', 'organisation_keys', 'organizations', 'taxonomy_terms',
          'attributes', 'desks', 'locations', 'persons', 'services', 'users', 'addresses',
          'audit_events', 'callbacks', 'caller_flags', 'cases', 'key_wraps', 'languages',
          'phones', 'schedules', 'service_areas', 'service_at_locations', 'appointments',
          'case_categories', 'case_notes', 'case_persons', 'case_status_changes',
          'consents', 'contacts', 'follow_ups', 'legal_steps', 'missed_calls', 'referrals',
          'callback_attempts', 'contact_notes', 'hearings']
CATEGORY_REFERENCES = [('categories', 'parent_id'), ('cases', 'primary_category_id'),
                       ('case_categories', 'category_id'), ('contacts', 'category_id')]


def upgrade() -> None:
    op.create_table(
        'sync_outbox',
        sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('change_id', sa.Uuid(), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=40), nullable=False),
        sa.Column('op', sa.String(length=1), nullable=False),
        sa.Column('columns', sa.String(length=2000), nullable=False),
        sa.Column('base_cursor', sa.BigInteger(), nullable=False),
        sa.Column('hlc', sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox')),
        sa.UniqueConstraint('change_id', name=op.f('uq_sync_outbox_change_id')),
    )
    op.create_index('ix_sync_outbox_row', 'sync_outbox', ['table_name', 'row_id'])
    op.create_index('ix_sync_outbox_unstamped', 'sync_outbox', ['seq'],
                    sqlite_where=sa.text('hlc IS NULL'), postgresql_where=sa.text('hlc IS NULL'))
    op.create_table(
        'sync_state',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('applying', sa.Integer(), nullable=False),
        sa.Column('cursor', sa.BigInteger(), nullable=False),
        sa.Column('hlc', sa.BigInteger(), nullable=False),
        sa.Column('server_id', sa.String(length=64), nullable=True),
        sa.Column('last_attempt_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_success_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_error', sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state')),
    )
    op.create_table(
        'sync_rows',
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=40), nullable=False),
        sa.Column('server_seq', sa.BigInteger(), nullable=False),
        sa.Column('scope', sa.String(length=45), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('hlc', sa.BigInteger(), nullable=False),
        sa.Column('field_clocks', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_rows')),
    )
    op.create_index('ix_sync_rows_server_seq', 'sync_rows', ['server_seq'])
    op.create_table(
        'sync_applied',
        sa.Column('change_id', sa.Uuid(), nullable=False),
        sa.Column('desk_id', sa.Uuid(), nullable=False),
        sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('change_id', name=op.f('pk_sync_applied')),
    )
    op.create_table(
        'sync_counter',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('value', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_counter')),
    )
    op.create_table(
        'sync_conflicts',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=40), nullable=False),
        sa.Column('column_name', sa.String(length=64), nullable=False),
        sa.Column('losing_value', sa.LargeBinary(), nullable=True),
        sa.Column('losing_desk_id', sa.Uuid(), nullable=True),
        sa.Column('losing_hlc', sa.BigInteger(), nullable=False),
        sa.Column('winning_desk_id', sa.Uuid(), nullable=True),
        sa.Column('winning_hlc', sa.BigInteger(), nullable=False),
        sa.Column('reason', sa.String(length=20), nullable=False),
        sa.Column('scope', sa.String(length=45), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
    )
    op.create_index(op.f('ix_sync_conflicts_row_id'), 'sync_conflicts', ['row_id'])
    op.create_index(op.f('ix_sync_conflicts_recorded_at'), 'sync_conflicts', ['recorded_at'])
    # "emergency" has nine letters: SQLite never minded, PostgreSQL refuses it.
    for table in ('contacts', 'callbacks'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('urgency', existing_type=sa.String(length=8),
                                  type_=sa.String(length=12))
    op.execute("INSERT INTO sync_state (id, applying, cursor, hlc) VALUES (1, 0, 0, 0)")
    op.execute("INSERT INTO sync_counter (id, value) VALUES (1, 0)")
    if op.get_bind().dialect.name == 'sqlite':
        _derive_category_ids()
        _log_existing_rows()


def _derive_category_ids() -> None:
    bind = op.get_bind()
    # Checked at commit, so the ids and their references can change in any order.
    bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for old, code in bind.exec_driver_sql("SELECT id, code FROM categories").all():
        new = uuid.uuid5(CATEGORY_NAMESPACE, code).hex
        if old == new:
            continue
        for table, column in CATEGORY_REFERENCES:
            bind.exec_driver_sql(f"UPDATE {table} SET {column} = ? WHERE {column} = ?",
                                 (new, old))
        bind.exec_driver_sql("UPDATE categories SET id = ? WHERE id = ?", (new, old))


def _log_existing_rows() -> None:
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM centres WHERE is_demo LIMIT 1").first():
        return
    for table in SYNCED:
        where = " WHERE desk_id IS NOT NULL" if table == 'audit_events' else ""
        bind.exec_driver_sql(
            "INSERT INTO sync_outbox (change_id, table_name, row_id, op, columns, "
            f"base_cursor) SELECT lower(hex(randomblob(16))), '{table}', CAST(id AS TEXT), "
            f"'U', '*', 0 FROM {table}{where}")


def downgrade() -> None:
    for table in ('contacts', 'callbacks'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('urgency', existing_type=sa.String(length=12),
                                  type_=sa.String(length=8))
    for table in ('sync_conflicts', 'sync_counter', 'sync_applied', 'sync_rows',
                  'sync_state', 'sync_outbox'):
        op.drop_table(table)
