"""Who is expected at an appointment: the name and phone typed when booking, sealed
like every sensitive value; an index for a counsellor's bookings around a time (the
overlap check, "my appointments", the week view).

Revision ID: 0005_appointments
Revises: 0004_sync
Create Date: 2026-12-04 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0005_appointments'
down_revision = '0004_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_name_ct', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('phone_ct', sa.LargeBinary(), nullable=True))
        batch_op.create_index('ix_appointments_counsellor_starts',
                              ['counsellor_id', 'starts_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index('ix_appointments_counsellor_starts')
        batch_op.drop_column('phone_ct')
        batch_op.drop_column('client_name_ct')
