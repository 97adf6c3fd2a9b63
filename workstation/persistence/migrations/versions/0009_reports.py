"""Data retention: retention periods per category, legal holds, and the record of each
case whose personal data was shredded. Notes may now be empty: shredding sets the body of
a case's notes and its contacts' notes to NULL, like every other sensitive value.

Revision ID: 0009_reports
Revises: 0008_case_form
Create Date: 2026-12-04 14:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009_reports'
down_revision = '0008_case_form'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'retention_rules',
        sa.Column('applies_to', sa.String(length=64), nullable=False),
        sa.Column('months', sa.Integer(), nullable=False),
        sa.Column('set_by_id', sa.Uuid(), nullable=True),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['set_by_id'], ['users.id'],
                                name=op.f('fk_retention_rules_set_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_rules')),
        sa.UniqueConstraint('applies_to', name=op.f('uq_retention_rules_applies_to')),
    )
    op.create_table(
        'case_shreddings',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('shredded_by_id', sa.Uuid(), nullable=True),
        sa.Column('shredded_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('retention_months', sa.Integer(), nullable=False),
        sa.Column('values_cleared', sa.Integer(), nullable=False),
        sa.Column('rows_changed', sa.Integer(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_case_shreddings_case_id_cases')),
        sa.ForeignKeyConstraint(['shredded_by_id'], ['users.id'],
                                name=op.f('fk_case_shreddings_shredded_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_shreddings')),
    )
    op.create_index(op.f('ix_case_shreddings_case_id'), 'case_shreddings', ['case_id'])
    op.create_table(
        'legal_holds',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('placed_by_id', sa.Uuid(), nullable=True),
        sa.Column('placed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('reason_ct', sa.LargeBinary(), nullable=True),
        sa.Column('released_by_id', sa.Uuid(), nullable=True),
        sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_legal_holds_case_id_cases')),
        sa.ForeignKeyConstraint(['placed_by_id'], ['users.id'],
                                name=op.f('fk_legal_holds_placed_by_id_users')),
        sa.ForeignKeyConstraint(['released_by_id'], ['users.id'],
                                name=op.f('fk_legal_holds_released_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_holds')),
    )
    op.create_index(op.f('ix_legal_holds_case_id'), 'legal_holds', ['case_id'])
    for table in ('case_notes', 'contact_notes'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('body_ct', existing_type=sa.LargeBinary(), nullable=True)


def downgrade() -> None:
    # A shredded note has no body left to restore: it gets an empty one.
    for table in ('contact_notes', 'case_notes'):
        op.execute(f"UPDATE {table} SET body_ct = X'' WHERE body_ct IS NULL"
                   if op.get_bind().dialect.name == 'sqlite' else
                   f"UPDATE {table} SET body_ct = ''::bytea WHERE body_ct IS NULL")
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('body_ct', existing_type=sa.LargeBinary(), nullable=False)
    op.drop_index(op.f('ix_legal_holds_case_id'), table_name='legal_holds')
    op.drop_table('legal_holds')
    op.drop_index(op.f('ix_case_shreddings_case_id'), table_name='case_shreddings')
    op.drop_table('case_shreddings')
    op.drop_table('retention_rules')
