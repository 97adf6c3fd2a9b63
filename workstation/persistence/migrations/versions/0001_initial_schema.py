"""Initial schema: organisation, people, contacts, cases, directory (HSDS), audit.

Frozen: column types are spelled out here rather than imported from the models,
so later model changes cannot change what this revision creates.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 06:10:52.981001
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('categories',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_ur', sa.String(length=200), nullable=False),
    sa.Column('chi_code', sa.String(length=16), nullable=True),
    sa.Column('chi_name', sa.String(length=200), nullable=True),
    sa.Column('gbvims_type', sa.String(length=32), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['categories.id'], name=op.f('fk_categories_parent_id_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('code', name=op.f('uq_categories_code'))
    )
    op.create_table('centres',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_ur', sa.String(length=200), nullable=True),
    sa.Column('district_code', sa.String(length=8), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_centres')),
    sa.UniqueConstraint('code', name=op.f('uq_centres_code'))
    )
    op.create_table('local_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_settings'))
    )
    op.create_table('organisation_keys',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('retired_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation_keys'))
    )
    op.create_table('organizations',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_ur', sa.String(length=300), nullable=True),
    sa.Column('alternate_name', sa.String(length=300), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('legal_status', sa.String(length=100), nullable=True),
    sa.Column('parent_organization_id', sa.Uuid(), nullable=True),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parent_organization_id'], ['organizations.id'], name=op.f('fk_organizations_parent_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations'))
    )
    op.create_table('taxonomy_terms',
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_ur', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('taxonomy', sa.String(length=100), nullable=True),
    sa.Column('language', sa.String(length=10), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['taxonomy_terms.id'], name=op.f('fk_taxonomy_terms_parent_id_taxonomy_terms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_taxonomy_terms'))
    )
    with op.batch_alter_table('taxonomy_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_taxonomy_terms_code'), ['code'], unique=False)

    op.create_table('attributes',
    sa.Column('link_id', sa.Uuid(), nullable=False),
    sa.Column('link_type', sa.String(length=40), nullable=False),
    sa.Column('link_entity', sa.String(length=40), nullable=False),
    sa.Column('taxonomy_term_id', sa.Uuid(), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['taxonomy_term_id'], ['taxonomy_terms.id'], name=op.f('fk_attributes_taxonomy_term_id_taxonomy_terms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attributes'))
    )
    with op.batch_alter_table('attributes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attributes_link_id'), ['link_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attributes_taxonomy_term_id'), ['taxonomy_term_id'], unique=False)

    op.create_table('desks',
    sa.Column('centre_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_desks_centre_id_centres')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desks'))
    )
    with op.batch_alter_table('desks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_desks_centre_id'), ['centre_id'], unique=False)

    op.create_table('locations',
    sa.Column('organization_id', sa.Uuid(), nullable=True),
    sa.Column('location_type', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('district_code', sa.String(length=8), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_locations_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_locations'))
    )
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_locations_district_code'), ['district_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_locations_organization_id'), ['organization_id'], unique=False)

    op.create_table('persons',
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('name_ct', sa.LargeBinary(), nullable=True),
    sa.Column('phone_ct', sa.LargeBinary(), nullable=True),
    sa.Column('phone_bidx', sa.LargeBinary(length=16), nullable=True),
    sa.Column('cnic_ct', sa.LargeBinary(), nullable=True),
    sa.Column('cnic_bidx', sa.LargeBinary(length=16), nullable=True),
    sa.Column('address_ct', sa.LargeBinary(), nullable=True),
    sa.Column('birth_date_ct', sa.LargeBinary(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('age_band', sa.String(length=8), nullable=True),
    sa.Column('district_code', sa.String(length=8), nullable=True),
    sa.Column('vulnerabilities', sa.JSON(), nullable=False),
    sa.Column('safety_flags', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_persons_centre_id_centres')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_cnic_bidx'), ['cnic_bidx'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_district_code'), ['district_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_phone_bidx'), ['phone_bidx'], unique=False)

    op.create_table('services',
    sa.Column('organization_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_ur', sa.String(length=300), nullable=True),
    sa.Column('alternate_name', sa.String(length=300), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('url', sa.String(length=500), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('interpretation_services', sa.String(length=300), nullable=True),
    sa.Column('application_process', sa.Text(), nullable=True),
    sa.Column('fees_description', sa.Text(), nullable=True),
    sa.Column('eligibility_description', sa.Text(), nullable=True),
    sa.Column('minimum_age', sa.Integer(), nullable=True),
    sa.Column('maximum_age', sa.Integer(), nullable=True),
    sa.Column('free_of_charge', sa.Boolean(), nullable=False),
    sa.Column('female_staff', sa.Boolean(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_services_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_services'))
    )
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_services_organization_id'), ['organization_id'], unique=False)

    op.create_table('users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('centre_id', sa.Uuid(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=True),
    sa.Column('private_key_wrapped', sa.LargeBinary(), nullable=True),
    sa.Column('kdf_salt', sa.LargeBinary(), nullable=True),
    sa.Column('kdf_time_cost', sa.Integer(), nullable=True),
    sa.Column('kdf_memory_kib', sa.Integer(), nullable=True),
    sa.Column('kdf_parallelism', sa.Integer(), nullable=True),
    sa.Column('failed_sign_ins', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_users_centre_id_centres')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_centre_id'), ['centre_id'], unique=False)

    op.create_table('addresses',
    sa.Column('location_id', sa.Uuid(), nullable=False),
    sa.Column('address_1', sa.String(length=300), nullable=False),
    sa.Column('address_2', sa.String(length=300), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('state_province', sa.String(length=100), nullable=False),
    sa.Column('postal_code', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('address_type', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_addresses_location_id_locations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_addresses'))
    )
    with op.batch_alter_table('addresses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_addresses_location_id'), ['location_id'], unique=False)

    op.create_table('audit_events',
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('desk_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=True),
    sa.Column('entity_id', sa.Uuid(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('desk_seq', sa.Integer(), nullable=False),
    sa.Column('prev_hash', sa.LargeBinary(), nullable=False),
    sa.Column('entry_hash', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['desk_id'], ['desks.id'], name=op.f('fk_audit_events_desk_id_desks')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('desk_id', 'desk_seq', name=op.f('uq_audit_events_desk_id'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_user_id'), ['user_id'], unique=False)

    op.create_table('callbacks',
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('phone_ct', sa.LargeBinary(), nullable=False),
    sa.Column('phone_bidx', sa.LargeBinary(length=16), nullable=False),
    sa.Column('first_missed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_missed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('missed_count', sa.Integer(), nullable=False),
    sa.Column('urgency', sa.String(length=8), nullable=False),
    sa.Column('assigned_to_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assigned_to_id'], ['users.id'], name=op.f('fk_callbacks_assigned_to_id_users')),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_callbacks_centre_id_centres')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_callbacks'))
    )
    with op.batch_alter_table('callbacks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_callbacks_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_callbacks_phone_bidx'), ['phone_bidx'], unique=False)

    op.create_table('cases',
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('risk_level', sa.String(length=8), nullable=False),
    sa.Column('restricted', sa.Boolean(), nullable=False),
    sa.Column('counsellor_id', sa.Uuid(), nullable=True),
    sa.Column('lawyer_id', sa.Uuid(), nullable=True),
    sa.Column('district_code', sa.String(length=8), nullable=True),
    sa.Column('primary_category_id', sa.Uuid(), nullable=True),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('narrative_ct', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_cases_centre_id_centres')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_cases_counsellor_id_users')),
    sa.ForeignKeyConstraint(['lawyer_id'], ['users.id'], name=op.f('fk_cases_lawyer_id_users')),
    sa.ForeignKeyConstraint(['primary_category_id'], ['categories.id'], name=op.f('fk_cases_primary_category_id_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('reference', name=op.f('uq_cases_reference'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_centre_status_opened', ['centre_id', 'status', 'opened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_counsellor_id'), ['counsellor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_district_code'), ['district_code'], unique=False)
        batch_op.create_index('ix_cases_opened_at', ['opened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_primary_category_id'), ['primary_category_id'], unique=False)

    op.create_table('key_wraps',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('sealed_key', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['key_id'], ['organisation_keys.id'], name=op.f('fk_key_wraps_key_id_organisation_keys')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_key_wraps_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_wraps')),
    sa.UniqueConstraint('user_id', 'key_id', name=op.f('uq_key_wraps_user_id'))
    )
    with op.batch_alter_table('key_wraps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_wraps_user_id'), ['user_id'], unique=False)

    op.create_table('languages',
    sa.Column('service_id', sa.Uuid(), nullable=True),
    sa.Column('location_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=True),
    sa.Column('code', sa.String(length=10), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_languages_location_id_locations')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_languages_service_id_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_languages'))
    )
    with op.batch_alter_table('languages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_languages_service_id'), ['service_id'], unique=False)

    op.create_table('phones',
    sa.Column('service_id', sa.Uuid(), nullable=True),
    sa.Column('organization_id', sa.Uuid(), nullable=True),
    sa.Column('location_id', sa.Uuid(), nullable=True),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('extension', sa.String(length=10), nullable=True),
    sa.Column('type', sa.String(length=20), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_phones_location_id_locations')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_phones_organization_id_organizations')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_phones_service_id_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phones'))
    )
    with op.batch_alter_table('phones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phones_service_id'), ['service_id'], unique=False)

    op.create_table('schedules',
    sa.Column('service_id', sa.Uuid(), nullable=True),
    sa.Column('location_id', sa.Uuid(), nullable=True),
    sa.Column('freq', sa.String(length=10), nullable=True),
    sa.Column('byday', sa.String(length=40), nullable=True),
    sa.Column('opens_at', sa.Time(), nullable=True),
    sa.Column('closes_at', sa.Time(), nullable=True),
    sa.Column('timezone', sa.Float(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_schedules_location_id_locations')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_schedules_service_id_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedules'))
    )
    with op.batch_alter_table('schedules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedules_service_id'), ['service_id'], unique=False)

    op.create_table('service_areas',
    sa.Column('service_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('district_code', sa.String(length=8), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_service_areas_service_id_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_areas'))
    )
    with op.batch_alter_table('service_areas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_areas_district_code'), ['district_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_areas_service_id'), ['service_id'], unique=False)

    op.create_table('service_at_locations',
    sa.Column('service_id', sa.Uuid(), nullable=False),
    sa.Column('location_id', sa.Uuid(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_service_at_locations_location_id_locations')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_service_at_locations_service_id_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_at_locations'))
    )
    with op.batch_alter_table('service_at_locations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_at_locations_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_at_locations_service_id'), ['service_id'], unique=False)

    op.create_table('appointments',
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('counsellor_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('room', sa.String(length=32), nullable=True),
    sa.Column('token_number', sa.Integer(), nullable=True),
    sa.Column('token_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('notes_ct', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_appointments_case_id_cases')),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_appointments_centre_id_centres')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_appointments_counsellor_id_users')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_appointments_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index('ix_appointments_centre_starts', ['centre_id', 'starts_at'], unique=False)

    op.create_table('case_categories',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('category_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_categories_case_id_cases')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_case_categories_category_id_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_categories')),
    sa.UniqueConstraint('case_id', 'category_id', name=op.f('uq_case_categories_case_id'))
    )
    with op.batch_alter_table('case_categories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_categories_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_categories_category_id'), ['category_id'], unique=False)

    op.create_table('case_notes',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('supersedes_id', sa.Uuid(), nullable=True),
    sa.Column('body_ct', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_case_notes_author_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_notes_case_id_cases')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['case_notes.id'], name=op.f('fk_case_notes_supersedes_id_case_notes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_notes'))
    )
    with op.batch_alter_table('case_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_notes_case_id'), ['case_id'], unique=False)

    op.create_table('case_persons',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('relationship', sa.String(length=32), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_persons_case_id_cases')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_case_persons_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_persons')),
    sa.UniqueConstraint('case_id', 'person_id', 'role', name=op.f('uq_case_persons_case_id'))
    )
    with op.batch_alter_table('case_persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_persons_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_persons_person_id'), ['person_id'], unique=False)

    op.create_table('contacts',
    sa.Column('centre_id', sa.Uuid(), nullable=False),
    sa.Column('desk_id', sa.Uuid(), nullable=True),
    sa.Column('counsellor_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('wrapup_seconds', sa.Integer(), nullable=True),
    sa.Column('phone_ct', sa.LargeBinary(), nullable=True),
    sa.Column('phone_bidx', sa.LargeBinary(length=16), nullable=True),
    sa.Column('caller_type', sa.String(length=16), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('district_code', sa.String(length=8), nullable=True),
    sa.Column('category_id', sa.Uuid(), nullable=True),
    sa.Column('urgency', sa.String(length=8), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('summary_ct', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_contacts_case_id_cases')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_contacts_category_id_categories')),
    sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_contacts_centre_id_centres')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['users.id'], name=op.f('fk_contacts_counsellor_id_users')),
    sa.ForeignKeyConstraint(['desk_id'], ['desks.id'], name=op.f('fk_contacts_desk_id_desks')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_contacts_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_contacts_centre_started', ['centre_id', 'started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_counsellor_id'), ['counsellor_id'], unique=False)
        batch_op.create_index('ix_contacts_person_started', ['person_id', 'started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_phone_bidx'), ['phone_bidx'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_started_at'), ['started_at'], unique=False)

    op.create_table('follow_ups',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('assignee_id', sa.Uuid(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('description_ct', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_follow_ups_assignee_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_follow_ups_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_follow_ups_status_due', ['status', 'due_on'], unique=False)

    op.create_table('referrals',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('service_id', sa.Uuid(), nullable=False),
    sa.Column('referred_by_id', sa.Uuid(), nullable=True),
    sa.Column('referred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('notes_ct', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_referrals_case_id_cases')),
    sa.ForeignKeyConstraint(['referred_by_id'], ['users.id'], name=op.f('fk_referrals_referred_by_id_users')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_referrals_service_id_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_service_id'), ['service_id'], unique=False)

    op.create_table('callback_attempts',
    sa.Column('callback_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('attempted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['callback_id'], ['callbacks.id'], name=op.f('fk_callback_attempts_callback_id_callbacks')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_callback_attempts_contact_id_contacts')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_callback_attempts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_callback_attempts'))
    )
    with op.batch_alter_table('callback_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_callback_attempts_callback_id'), ['callback_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('callback_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_callback_attempts_callback_id'))

    op.drop_table('callback_attempts')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referrals_service_id'))
        batch_op.drop_index(batch_op.f('ix_referrals_case_id'))

    op.drop_table('referrals')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_ups_status_due')
        batch_op.drop_index(batch_op.f('ix_follow_ups_case_id'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_assignee_id'))

    op.drop_table('follow_ups')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_started_at'))
        batch_op.drop_index(batch_op.f('ix_contacts_phone_bidx'))
        batch_op.drop_index('ix_contacts_person_started')
        batch_op.drop_index(batch_op.f('ix_contacts_counsellor_id'))
        batch_op.drop_index('ix_contacts_centre_started')
        batch_op.drop_index(batch_op.f('ix_contacts_case_id'))

    op.drop_table('contacts')
    with op.batch_alter_table('case_persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_persons_person_id'))
        batch_op.drop_index(batch_op.f('ix_case_persons_case_id'))

    op.drop_table('case_persons')
    with op.batch_alter_table('case_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_notes_case_id'))

    op.drop_table('case_notes')
    with op.batch_alter_table('case_categories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_categories_category_id'))
        batch_op.drop_index(batch_op.f('ix_case_categories_case_id'))

    op.drop_table('case_categories')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index('ix_appointments_centre_starts')

    op.drop_table('appointments')
    with op.batch_alter_table('service_at_locations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_at_locations_service_id'))
        batch_op.drop_index(batch_op.f('ix_service_at_locations_location_id'))

    op.drop_table('service_at_locations')
    with op.batch_alter_table('service_areas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_areas_service_id'))
        batch_op.drop_index(batch_op.f('ix_service_areas_district_code'))

    op.drop_table('service_areas')
    with op.batch_alter_table('schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedules_service_id'))

    op.drop_table('schedules')
    with op.batch_alter_table('phones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phones_service_id'))

    op.drop_table('phones')
    with op.batch_alter_table('languages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_languages_service_id'))

    op.drop_table('languages')
    with op.batch_alter_table('key_wraps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_wraps_user_id'))

    op.drop_table('key_wraps')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_primary_category_id'))
        batch_op.drop_index('ix_cases_opened_at')
        batch_op.drop_index(batch_op.f('ix_cases_district_code'))
        batch_op.drop_index(batch_op.f('ix_cases_counsellor_id'))
        batch_op.drop_index('ix_cases_centre_status_opened')

    op.drop_table('cases')
    with op.batch_alter_table('callbacks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_callbacks_phone_bidx'))
        batch_op.drop_index(batch_op.f('ix_callbacks_centre_id'))

    op.drop_table('callbacks')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_user_id'))
        batch_op.drop_index(batch_op.f('ix_audit_events_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_audit_events_entity_id'))

    op.drop_table('audit_events')
    with op.batch_alter_table('addresses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_addresses_location_id'))

    op.drop_table('addresses')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_centre_id'))

    op.drop_table('users')
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_services_organization_id'))

    op.drop_table('services')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_phone_bidx'))
        batch_op.drop_index(batch_op.f('ix_persons_district_code'))
        batch_op.drop_index(batch_op.f('ix_persons_cnic_bidx'))
        batch_op.drop_index(batch_op.f('ix_persons_centre_id'))

    op.drop_table('persons')
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_locations_organization_id'))
        batch_op.drop_index(batch_op.f('ix_locations_district_code'))

    op.drop_table('locations')
    with op.batch_alter_table('desks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_desks_centre_id'))

    op.drop_table('desks')
    with op.batch_alter_table('attributes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attributes_taxonomy_term_id'))
        batch_op.drop_index(batch_op.f('ix_attributes_link_id'))

    op.drop_table('attributes')
    with op.batch_alter_table('taxonomy_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_taxonomy_terms_code'))

    op.drop_table('taxonomy_terms')
    op.drop_table('organizations')
    op.drop_table('organisation_keys')
    op.drop_table('local_settings')
    op.drop_table('centres')
    op.drop_table('categories')

