--liquibase formatted sql

--changeset casekeep:detention-002-trigram
-- Triage looks for previous complaints about the same detainee by fuzzy name and date of birth (OIDO PIA overview).
-- pg_trgm is a trusted extension: a database owner may create it.
create extension if not exists pg_trgm;

--changeset casekeep:detention-002-case-numbers
-- One counter a year, so that case numbers read OIDO-<year>-<6 digits> and are taken one at a time.
create table detention.case_number_counter (
    year int primary key,
    last_number int not null
);

--changeset casekeep:detention-002-complaints
-- A complaint as received (PIA 2.1), kept unaltered (PIA 2.4), with its triage outcome.
create table detention.complaint (
    id                         uuid primary key,
    case_number                varchar(16) not null unique,
    version                    bigint not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    created_by                 varchar(100) not null,
    channel                    varchar(20) not null,
    received_on                date not null,
    paper_original_destroyed_on date,
    anonymous                  boolean not null,
    submitter_role             varchar(20),
    submitter_name             varchar(200),
    submitter_aliases          text[] not null default '{}',
    submitter_mailing_address  varchar(500),
    submitter_email            varchar(254),
    submitter_phone            varchar(40),
    submitter_fax              varchar(40),
    submitter_organization     varchar(200),
    detainee_name              varchar(200),
    detainee_aliases           text[] not null default '{}',
    a_number                   varchar(10),
    detainee_mailing_address   varchar(500),
    detainee_email             varchar(254),
    detainee_phone             varchar(40),
    sex                        varchar(20),
    transgender_status         varchar(20),
    date_of_birth              date,
    country_of_birth           varchar(100),
    citizenships               text[] not null default '{}',
    incident_date              date,
    description                text not null,
    description_findings       text[] not null default '{}',
    description_redacted       boolean not null default false,
    categories                 text[] not null default '{}',
    other_category             varchar(200),
    subject_of_inquiry         varchar(30),
    other_family_members       varchar(1000),
    prior_actions              text,
    consent_to_investigate     boolean not null,
    consent_to_representative  boolean not null,
    designated_representative  varchar(200),
    verification_signed_by     varchar(200),
    verification_signed_on     date,
    status                     varchar(20) not null,
    emergency                  boolean not null default false,
    emergency_flagged_at       timestamptz,
    jurisdiction               varchar(20),
    assigned_analyst           varchar(100),
    merged_into                uuid references detention.complaint (id),
    referred_to                varchar(30),
    confidentiality_protections text[] not null default '{}',
    decline_reason             varchar(1000),
    triaged_by                 varchar(100),
    triaged_at                 timestamptz,
    constraint complaint_case_number_shape check (case_number ~ '^OIDO-[0-9]{4}-[0-9]{6}$'),
    constraint complaint_a_number_shape check (a_number is null or a_number ~ '^A[0-9]{9}$'),
    constraint complaint_paper_only_in_person check (paper_original_destroyed_on is null or channel = 'IN_PERSON')
);

-- Triage: previous complaints by A-Number, and by fuzzy name + date of birth for those without one.
create index complaint_a_number on detention.complaint (a_number) where a_number is not null;
create index complaint_detainee_name_trgm on detention.complaint using gin (lower(detainee_name) gin_trgm_ops);
create index complaint_date_of_birth on detention.complaint (date_of_birth) where date_of_birth is not null;
-- The work queue: newest first by status.
create index complaint_queue on detention.complaint (status, created_at desc);

-- The detainee's detention history (PIA 2.1): facility and dates, in the order given.
create table detention.complaint_detention_stay (
    complaint_id uuid not null references detention.complaint (id) on delete cascade,
    position     int not null,
    facility     varchar(200) not null,
    detained_from date,
    detained_to   date,
    primary key (complaint_id, position)
);
