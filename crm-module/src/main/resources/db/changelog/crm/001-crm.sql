--liquibase formatted sql

--changeset casekeep:crm-001-schema
create schema if not exists crm;

--changeset casekeep:crm-002-stakeholders
-- CRM PIA 1.1: organizations and individual points of contact, owned by a component and a user.
create table crm.organization (
    id               uuid primary key,
    name             varchar(200) not null,
    street1          varchar(200),
    street2          varchar(200),
    city             varchar(100),
    state            varchar(2),
    zip              varchar(10),
    office_phone     varchar(32),
    issues           text[]       not null default '{}',
    dhs_groups       text[]       not null default '{}',
    owning_component varchar(8)   not null,
    owner_username   varchar(100) not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null
);
create index organization_name on crm.organization (lower(name));
create index organization_state on crm.organization (state);
create index organization_issues on crm.organization using gin (issues);

create table crm.individual (
    id                uuid primary key,
    salutation        varchar(20),
    first_name        varchar(100) not null,
    last_name         varchar(100) not null,
    title             varchar(200),
    organization_id   uuid,
    organization_name varchar(200),
    work_phone        varchar(32),
    cell_phone        varchar(32),
    email             varchar(254),
    street1           varchar(200),
    street2           varchar(200),
    city              varchar(100),
    state             varchar(2),
    zip               varchar(10),
    issues            text[]       not null default '{}',
    interests         text[]       not null default '{}',
    notes             text,
    owning_component  varchar(8)   not null,
    owner_username    varchar(100) not null,
    last_contacted_at timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null,
    constraint individual_notes_length check (length(notes) <= 4000)
);
create index individual_last_name on crm.individual (lower(last_name), lower(first_name));
create index individual_state on crm.individual (state);
create index individual_issues on crm.individual using gin (issues);
create index individual_organization on crm.individual (organization_id);
