"""The case form: its encrypted drafts (desk-local, never synced), and a case's incident
date and town or city.

Numbered after 0007_directory, which reached desks first; there is no 0006.

Revision ID: 0008_case_form
Revises: 0007_directory
Create Date: 2026-12-10 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008_case_form'
down_revision = '0007_directory'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('incident_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('city', sa.String(length=100), nullable=True))
    op.create_table(
        'case_drafts',
        sa.Column('user_id', sa.Uuid(), nullable=False),
        sa.Column('case_id', sa.Uuid(), nullable=True),
        sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('form_ct', sa.LargeBinary(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_case_drafts_case_id_cases')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                name=op.f('fk_case_drafts_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_drafts')))
    with op.batch_alter_table('case_drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_drafts_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_drafts_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_drafts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_drafts_user_id'))
        batch_op.drop_index(batch_op.f('ix_case_drafts_case_id'))
    op.drop_table('case_drafts')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('city')
        batch_op.drop_column('incident_on')
