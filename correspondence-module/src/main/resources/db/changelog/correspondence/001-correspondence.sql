--liquibase formatted sql

--changeset casekeep:correspondence-001-schema
create schema if not exists correspondence;

--changeset casekeep:correspondence-001-intake
-- PIA 2.1, 2.2: one record per piece of correspondence, with its one correspondent. PIA 3.4: SPII stays only
-- where a reviewer kept it with a justification.
create sequence correspondence.reference_seq;

create table correspondence.correspondence (
    id                 uuid primary key,
    reference_number   text not null unique,
    channel            text not null check (channel in ('POSTAL_MAIL', 'FAX', 'EMAIL', 'TELEPHONE')),
    intake_method      text not null check (intake_method in ('SCANNED', 'UPLOADED', 'HAND_KEYED', 'PASTED')),
    source_type        text not null,
    subject            text not null,
    body               text,
    body_extraneous    boolean not null default false,
    received_at        timestamptz not null,
    owning_component   text not null,
    created_by         text not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    status             text not null check (status in ('SPII_REVIEW', 'RECEIVED', 'TASKED', 'RESPONDED', 'CLOSED')),
    retention_schedule text not null,
    closed_at          timestamptz,
    prefix             text,
    first_name         text,
    middle_name        text,
    last_name          text,
    suffix             text,
    title              text,
    organization       text,
    home_phone         text,
    business_phone     text,
    mobile_phone       text,
    fax                text,
    email              text,
    url                text,
    address_kind       text check (address_kind in ('MAILING', 'WORK', 'HOME')),
    street1            text,
    street2            text,
    city               text,
    state              text,
    zip                text,
    case_number        text,
    a_number           text,
    receipt_number     text,
    version            bigint not null,
    search             tsvector generated always as
                       (to_tsvector('english', coalesce(subject, '') || ' ' || coalesce(body, ''))) stored
);
create index correspondence_search_idx on correspondence.correspondence using gin (search);
create index correspondence_component_idx on correspondence.correspondence (owning_component, received_at desc);

create table correspondence.attachment (
    id                uuid primary key,
    correspondence_id uuid not null references correspondence.correspondence (id) on delete cascade,
    file_name         text not null,
    media_type        text not null,
    size_bytes        bigint not null,
    content           bytea,
    extracted_text    text not null,
    redacted          boolean not null default false,
    created_at        timestamptz not null,
    search            tsvector generated always as (to_tsvector('english', extracted_text)) stored
);
create index attachment_correspondence_idx on correspondence.attachment (correspondence_id);
create index attachment_search_idx on correspondence.attachment using gin (search);

-- One finding of the SPII scan; holds where it is and a masked excerpt, never the value itself.
create table correspondence.spii_review_item (
    id                uuid primary key,
    correspondence_id uuid not null references correspondence.correspondence (id) on delete cascade,
    location          text not null,
    kind              text not null,
    start_offset      integer not null,
    end_offset        integer not null,
    masked_excerpt    text not null,
    decision          text check (decision in ('REDACT', 'KEEP')),
    justification     text,
    extraneous        boolean not null default false,
    decided_by        text,
    decided_at        timestamptz
);
create index spii_review_item_correspondence_idx on correspondence.spii_review_item (correspondence_id);
