"""The referral directory kept true: a service's last verification (HSDS `assured_date`)
and the source of its details, and the history of who changed what (HSDS `metadata`).

Revision ID: 0007_directory
Revises: 0005_appointments
Create Date: 2026-12-04 14:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007_directory'
down_revision = '0005_appointments'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assured_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('source', sa.String(length=200), nullable=True))
    op.create_table('directory_changes',
    sa.Column('service_id', sa.Uuid(), nullable=False),
    sa.Column('resource_type', sa.String(length=40), nullable=False),
    sa.Column('resource_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('field_name', sa.String(length=60), nullable=False),
    sa.Column('previous_value', sa.Text(), nullable=True),
    sa.Column('replacement_value', sa.Text(), nullable=True),
    sa.Column('changed_by_id', sa.Uuid(), nullable=True),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['changed_by_id'], ['users.id'], name=op.f('fk_directory_changes_changed_by_id_users')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_directory_changes_service_id_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directory_changes'))
    )
    with op.batch_alter_table('directory_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_changes_service_id'), ['service_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('directory_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_changes_service_id'))
    op.drop_table('directory_changes')
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.drop_column('source')
        batch_op.drop_column('assured_date')
