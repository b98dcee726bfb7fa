--liquibase formatted sql

--changeset casekeep:detention-040-areas-of-interest
-- Areas of interest of OIDO's stakeholders (PIA 2.1), reference data the office edits; the codes are what an engagement
-- held tells the CRM it covered.
create table detention.area_of_interest (
    code  varchar(40) primary key,
    label varchar(100) not null
);
insert into detention.area_of_interest (code, label) values
  ('IMMIGRATION', 'Immigration'),
  ('DETENTION_STANDARDS', 'Detention standards'),
  ('MEDICAL_CARE', 'Medical care in detention'),
  ('LANGUAGE_ACCESS', 'Language access'),
  ('LEGAL_ACCESS', 'Access to counsel'),
  ('DISABILITY_ACCOMMODATION', 'Disability accommodation'),
  ('FAMILY_UNITS_AND_MINORS', 'Family units and minors'),
  ('FACILITY_CONTRACTS', 'Facility contracts');

--changeset casekeep:detention-040-stakeholders
-- OIDO's stakeholders (PIA overview "External Relations", 2.1, 2.2): organizations first, individuals optionally linked
-- to one; each with the public source it was gathered from (PIA 2.2, 2.3). Deleted, not flagged, on request (PIA 4.3).
create table detention.stakeholder (
    id                uuid primary key,
    version           bigint not null,
    kind              varchar(20) not null,
    name              varchar(200) not null,
    organization_id   uuid references detention.stakeholder (id),
    street1           varchar(200),
    street2           varchar(200),
    city              varchar(200),
    state             varchar(2),
    zip               varchar(10),
    email             varchar(254),
    phone_e164        varchar(16),
    phone_extension   varchar(10),
    source_kind       varchar(30) not null,
    source_detail     varchar(500) not null,
    areas_of_interest text[] not null default '{}',
    created_by        varchar(100) not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    constraint stakeholder_individual_only_linked check (kind = 'INDIVIDUAL' or organization_id is null)
);
create index stakeholder_listing on detention.stakeholder (kind, name);
create index stakeholder_organization on detention.stakeholder (organization_id);

--changeset casekeep:detention-040-engagements
-- Engagements conducted and attended by OIDO staff (PIA overview, 2.1): dates, location, participants, type, subject,
-- reminders for future actions and materials. A participant removed on request leaves an anonymous count.
create table detention.engagement (
    id                     uuid primary key,
    version                bigint not null,
    name                   varchar(200) not null,
    type                   varchar(20) not null,
    starts_on              date not null,
    ends_on                date,
    location               varchar(300),
    subject                varchar(2000),
    areas                  text[] not null default '{}',
    staff                  text[] not null default '{}',
    removed_participants   int not null default 0,
    held_at                timestamptz,
    held_by                varchar(100),
    owner_username         varchar(100) not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);
create index engagement_listing on detention.engagement (starts_on desc);

create table detention.engagement_participant (
    engagement_id  uuid not null references detention.engagement (id) on delete cascade,
    stakeholder_id uuid not null references detention.stakeholder (id),
    primary key (engagement_id, stakeholder_id)
);
create index engagement_participant_stakeholder on detention.engagement_participant (stakeholder_id);

create table detention.engagement_reminder (
    id             uuid primary key,
    engagement_id  uuid not null references detention.engagement (id) on delete cascade,
    position       int not null,
    due_on         date not null,
    action         varchar(500) not null,
    owner_username varchar(100) not null,
    send_notice    boolean not null,
    notified_at    timestamptz,
    done_at        timestamptz
);
create index engagement_reminder_due on detention.engagement_reminder (due_on) where done_at is null;

create table detention.engagement_material (
    id            uuid primary key,
    engagement_id uuid not null references detention.engagement (id) on delete cascade,
    file_name     varchar(255) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint not null,
    content       bytea not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz not null
);
create index engagement_material_engagement on detention.engagement_material (engagement_id, uploaded_at);
