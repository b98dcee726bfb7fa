--liquibase formatted sql

--changeset casekeep:kernel-009-notifications
-- Where a component's taskers and reminders go (reference data, editable).
alter table kernel.component add column mailbox text;
update kernel.component set mailbox = lower(code) || '-taskers@casekeep.example';

-- People the platform has seen sign in, so a reminder can reach a named subject matter expert.
create table kernel.user_account (
    username   text primary key,
    email      text,
    component  text,
    last_seen  timestamptz not null
);

-- In-app notifications; the same text is emailed. Never holds SPII (the Notifier refuses it).
create table kernel.notification (
    id             uuid primary key,
    recipient      text        not null,
    recipient_kind text        not null check (recipient_kind in ('USER', 'COMPONENT')),
    subject        text        not null,
    body           text        not null,
    link           text,
    dedup_key      text unique,
    created_at     timestamptz not null,
    read_at        timestamptz,
    emailed_to     text,
    emailed_at     timestamptz
);
create index notification_recipient on kernel.notification (recipient, created_at desc);
