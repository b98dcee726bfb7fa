--liquibase formatted sql

--changeset casekeep:correspondence-008-mailbox-quarantine-resolution
-- The Executive Secretariat marks a quarantined message as handled, with a note (issue 3 "Bad input"): it leaves the
-- open list and stays for the record. The subject is kept when it could be read, with SPII redacted (PIA 3.4).
alter table correspondence.mailbox_quarantine
    add column subject         varchar(998),
    add column resolved_at     timestamptz,
    add column resolved_by     text,
    add column resolution_note varchar(1000),
    add column version         bigint not null default 0;
create index mailbox_quarantine_open_idx on correspondence.mailbox_quarantine (quarantined_at desc)
    where resolved_at is null;
