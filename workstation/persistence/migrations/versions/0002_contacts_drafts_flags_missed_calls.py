"""Contact notes, contact drafts (local to the desk), caller flags with an expiry, the
missed calls behind each callback item, and a unique index for the audit chain of the
command line.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 06:46:29.469310
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The command line's audit chain has no desk; NULLs escape the (desk_id, desk_seq)
    # unique constraint, so its places need an index of their own.
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('uq_audit_events_desk_seq_without_desk', ['desk_seq'],
                              unique=True, sqlite_where=sa.text('desk_id IS NULL'),
                              postgresql_where=sa.text('desk_id IS NULL'))
    op.create_table('caller_flags',
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('phone_ct', sa.LargeBinary(), nullable=False),
    sa.Column('phone_bidx', sa.LargeBinary(length=16), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('note_ct', sa.LargeBinary(), nullable=True),
    sa.Column('set_by_id', sa.Uuid(), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_caller_flags_centre_id_centres')),
    sa.ForeignKeyConstraint(['set_by_id'], ['users.id'], name=op.f('fk_caller_flags_set_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_caller_flags'))
    )
    with op.batch_alter_table('caller_flags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_caller_flags_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_caller_flags_phone_bidx'), ['phone_bidx'], unique=False)

    op.create_table('missed_calls',
    sa.Column('callback_id', sa.Uuid(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.String(length=128), nullable=False),
    sa.Column('missed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('queue', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['callback_id'], ['callbacks.id'], name=op.f('fk_missed_calls_callback_id_callbacks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_missed_calls')),
    sa.UniqueConstraint('source_id', name=op.f('uq_missed_calls_source_id'))
    )
    with op.batch_alter_table('missed_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_missed_calls_callback_id'), ['callback_id'], unique=False)

    op.create_table('contact_drafts',
    sa.Column('contact_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('form_ct', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_contact_drafts_contact_id_contacts')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_contact_drafts_user_id_users')),
    sa.PrimaryKeyConstraint('contact_id', name=op.f('pk_contact_drafts'))
    )
    with op.batch_alter_table('contact_drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_drafts_user_id'), ['user_id'], unique=False)

    op.create_table('contact_notes',
    sa.Column('contact_id', sa.Uuid(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('body_ct', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_contact_notes_author_id_users')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_contact_notes_contact_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_notes'))
    )
    with op.batch_alter_table('contact_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_notes_contact_id'), ['contact_id'], unique=False)




def downgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('uq_audit_events_desk_seq_without_desk')
    with op.batch_alter_table('contact_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_notes_contact_id'))

    op.drop_table('contact_notes')
    with op.batch_alter_table('contact_drafts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_drafts_user_id'))

    op.drop_table('contact_drafts')
    with op.batch_alter_table('missed_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_missed_calls_callback_id'))

    op.drop_table('missed_calls')
    with op.batch_alter_table('caller_flags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_caller_flags_phone_bidx'))
        batch_op.drop_index(batch_op.f('ix_caller_flags_centre_id'))

    op.drop_table('caller_flags')

