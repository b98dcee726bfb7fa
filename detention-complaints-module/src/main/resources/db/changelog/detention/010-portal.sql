--liquibase formatted sql

--changeset casekeep:detention-010-portal
-- The public complaint portal (OIDO PIA 2.2: "an online form will be added"). A complaint filed there carries the
-- Argon2id hash of its one-time receipt code, never the code, so its submitter can follow up without an account (PIA
-- footnote 2: anonymous complaints too). What the submitter adds later is appended as received (PIA 2.4).
alter table detention.complaint
    add column receipt_code_hash varchar(200),
    add constraint complaint_receipt_code_is_a_hash check (receipt_code_hash is null or receipt_code_hash like '$argon2id$%');

create table detention.complaint_submitter_addition (
    complaint_id uuid not null references detention.complaint (id) on delete cascade,
    position     int not null,
    text         text,
    document_id  uuid,
    received_at  timestamptz not null,
    primary key (complaint_id, position),
    constraint submitter_addition_not_empty check (text is not null or document_id is not null)
);

--changeset casekeep:detention-011-correspondence
-- PIA 7.3, 8.1: every confirmation and other correspondence back to a detainee, representative or facility point of
-- contact is tracked and logged: who, when, by which channel, to whom by role, and whether it went. Never the content.
create table detention.correspondence_log (
    id             uuid primary key,
    complaint_id   uuid not null references detention.complaint (id) on delete cascade,
    kind           varchar(30) not null,
    channel        varchar(20) not null,
    recipient_role varchar(30) not null,
    outcome        varchar(30) not null,
    sent_by        varchar(100) not null,
    sent_at        timestamptz not null
);
create index correspondence_log_complaint on detention.correspondence_log (complaint_id, sent_at);
