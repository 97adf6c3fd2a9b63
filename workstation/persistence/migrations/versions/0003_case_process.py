"""Case status history, legal steps (FIR, court case, medico-legal examination,
protection order), hearings, consents, the consent override on referrals, and indexes
for a lawyer's cases and a centre's cases newest first; persons merged into another.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 07:04:35.129738
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_persons_merged_into_id_persons'), 'persons',
                                    ['merged_into_id'], ['id'])
    # "My cases" finds a person as counsellor or as lawyer; both need an index.
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_lawyer_id'), ['lawyer_id'], unique=False)
        # A centre's cases newest first, without sorting them: deep pages stay cheap.
        batch_op.create_index('ix_cases_centre_opened', ['centre_id', 'opened_at'],
                              unique=False)
    op.create_table('case_status_changes',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('from_status', sa.String(length=12), nullable=True),
    sa.Column('to_status', sa.String(length=12), nullable=False),
    sa.Column('reason_ct', sa.LargeBinary(), nullable=True),
    sa.Column('changed_by_id', sa.Uuid(), nullable=True),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_status_changes_case_id_cases')),
    sa.ForeignKeyConstraint(['changed_by_id'], ['users.id'], name=op.f('fk_case_status_changes_changed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_status_changes'))
    )
    with op.batch_alter_table('case_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_status_changes_case_id'), ['case_id'], unique=False)

    op.create_table('consents',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('purpose', sa.String(length=12), nullable=False),
    sa.Column('data_category', sa.String(length=20), nullable=False),
    sa.Column('organization_id', sa.Uuid(), nullable=True),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_consents_case_id_cases')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_consents_organization_id_organizations')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_consents_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_case_id'), ['case_id'], unique=False)

    op.create_table('legal_steps',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reference_ct', sa.LargeBinary(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('on_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=40), nullable=True),
    sa.Column('notes_ct', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_legal_steps_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_steps'))
    )
    with op.batch_alter_table('legal_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_steps_case_id'), ['case_id'], unique=False)

    op.create_table('hearings',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('legal_step_id', sa.Uuid(), nullable=True),
    sa.Column('hearing_on', sa.Date(), nullable=False),
    sa.Column('remind_days_before', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('purpose_ct', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_hearings_case_id_cases')),
    sa.ForeignKeyConstraint(['legal_step_id'], ['legal_steps.id'], name=op.f('fk_hearings_legal_step_id_legal_steps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hearings'))
    )
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hearings_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_hearings_status_on', ['status', 'hearing_on'], unique=False)

    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('override_by_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('override_reason_ct', sa.LargeBinary(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_referrals_override_by_id_users'), 'users', ['override_by_id'], ['id'])




def downgrade() -> None:
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_persons_merged_into_id_persons'),
                                 type_='foreignkey')
        batch_op.drop_column('merged_into_id')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_centre_opened')
        batch_op.drop_index(batch_op.f('ix_cases_lawyer_id'))
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_referrals_override_by_id_users'), type_='foreignkey')
        batch_op.drop_column('override_reason_ct')
        batch_op.drop_column('override_by_id')

    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.drop_index('ix_hearings_status_on')
        batch_op.drop_index(batch_op.f('ix_hearings_case_id'))

    op.drop_table('hearings')
    with op.batch_alter_table('legal_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_steps_case_id'))

    op.drop_table('legal_steps')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_case_id'))

    op.drop_table('consents')
    with op.batch_alter_table('case_status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_status_changes_case_id'))

    op.drop_table('case_status_changes')

