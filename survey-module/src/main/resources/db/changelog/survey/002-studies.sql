--liquibase formatted sql

--changeset casekeep:survey-002-studies
-- A study and the gates before any collection (Customer Research PIA, overview "Oversight of Information
-- Collections", 1.5, 4.1): its Privacy Threshold Analysis, the PRA clearance where it applies, and its vendor tool.
create table survey.study (
    id uuid primary key,
    title text not null,
    method text not null,
    purpose text not null,
    population text not null,
    federal_employees_only boolean not null default false,
    research_unit text not null,
    owner_username text not null,
    planned_participants integer not null check (planned_participants > 0),
    starts_on date not null,
    ends_on date not null,
    vendor_tool text,
    pta_state text not null,
    pta_submitted_by text,
    pta_submitted_at timestamptz,
    pta_reviewed_by text,
    pta_reviewed_at timestamptz,
    pta_approved_by text,
    pta_approved_at timestamptz,
    omb_control_number text,
    omb_expires_on date,
    icr_retention text,
    federal_register_notice_on date,
    vendor_privacy_office_by text,
    vendor_privacy_office_at timestamptz,
    vendor_public_affairs_by text,
    vendor_public_affairs_at timestamptz,
    vendor_ip_collection_disabled boolean not null default false,
    vendor_email_collection_disabled boolean not null default false,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null default 0,
    check (ends_on >= starts_on),
    check (not federal_employees_only or population = 'EMPLOYEES_AND_CONTRACTORS')
);
create index study_unit_idx on survey.study (research_unit);

--changeset casekeep:survey-002-instruments
-- Instruments with versions (PIA 2.5, footnote 4): the draft being edited, and a snapshot of each version as approved.
create table survey.instrument (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    title text not null,
    current_version integer not null,
    approved_version integer,
    notice_authority text,
    notice_purpose text,
    notice_routine_uses text,
    notice_voluntary text,
    notice_effects text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null default 0
);
create index instrument_study_idx on survey.instrument (study_id);

create table survey.question (
    id uuid primary key,
    instrument_id uuid not null references survey.instrument (id) on delete cascade,
    position integer not null,
    kind text not null,
    text text not null,
    choices text[] not null default '{}',
    scale_points integer,
    demographic text,
    over_collection boolean not null default false,
    over_collection_reason text,
    over_collection_by text
);
create index question_instrument_idx on survey.question (instrument_id);

create table survey.instrument_version (
    instrument_id uuid not null references survey.instrument (id) on delete cascade,
    number integer not null,
    content text not null,
    approved_by text not null,
    approved_at timestamptz not null,
    primary key (instrument_id, number)
);

--changeset casekeep:survey-002-waves
-- Collection opened: the first act every gate must let through (PIA overview, 1.5, 4.1).
create table survey.wave (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    number integer not null,
    opened_by text not null,
    opened_at timestamptz not null,
    instrument_versions text not null,
    unique (study_id, number)
);
