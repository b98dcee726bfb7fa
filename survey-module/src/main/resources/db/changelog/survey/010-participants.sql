--liquibase formatted sql

--changeset casekeep:survey-010-study-keys
-- Customer Research PIA overview "Wave Surveys", 3.4: each study's contact data is encrypted under a key of the
-- study, stored here wrapped by the master key; deleting the row crypto-shreds the study's contact data.
create table survey.study_key (
    study_id uuid primary key references survey.study (id) on delete cascade,
    wrapped bytea not null,
    created_at timestamptz not null
);

--changeset casekeep:survey-010-imports
-- PIA 1.2, 2.2, 3.1: an export of another Department system, with its source and its Privacy Act Statement.
create table survey.participant_import (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    source_system text not null,
    privacy_act_statement text not null,
    imported_by text not null,
    imported_on date not null,
    rows_added integer not null,
    rows_opted_out integer not null
);
create index participant_import_study_idx on survey.participant_import (study_id);

--changeset casekeep:survey-010-recruitment-requests
-- PIA 1.2, 2.2: a request for candidates from the CRM and what it answered; the answer is taken once.
create table survey.recruitment_request (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    research_unit text not null,
    requested_by text not null,
    requested_at timestamptz not null,
    filter_issue text,
    filter_state text,
    filter_component text,
    answered_at timestamptz,
    offered integer,
    added integer,
    opted_out integer,
    refusal text
);
create index recruitment_request_study_idx on survey.recruitment_request (study_id);

--changeset casekeep:survey-010-participants
-- PIA overview, 3.4: contact details apart from answers, every one sealed (AES-GCM) under the study's key.
create table survey.participant (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    research_unit text not null,
    source text not null,
    import_id uuid references survey.participant_import (id) on delete cascade,
    request_id uuid references survey.recruitment_request (id) on delete cascade,
    name bytea,
    email bytea,
    phone bytea,
    address bytea,
    pseudonym bytea,
    added_by text not null,
    added_on date not null,
    opted_out boolean not null default false,
    shredded boolean not null default false,
    version bigint not null default 0
);
create index participant_study_idx on survey.participant (study_id);

--changeset casekeep:survey-010-opt-out
-- PIA 2.2: the opt-out of future research, a keyed hash (HMAC-SHA256) of the normalized e-mail or phone, so the list
-- itself holds no contact data; the day only.
create table survey.opt_out (
    digest text primary key,
    kind text not null,
    recorded_on date not null
);
