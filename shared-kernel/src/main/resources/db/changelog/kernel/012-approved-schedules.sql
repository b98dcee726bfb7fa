--liquibase formatted sql

--changeset casekeep:kernel-012-approved-schedules
-- Records officers enter the schedule NARA approved for records kept unscheduled (Detention Ombudsman PIA 1.4, 5.1,
-- 5.2): the approval, whether records are archived before removal, a version for optimistic locking, and the history
-- of every change (who, when, from what to what).
alter table kernel.retention_schedule
    add column version               bigint  not null default 0,
    add column archive_before_removal boolean not null default false,
    add column approved_on           date,
    add column entered_by            text,
    add column entered_at            timestamptz;

create table kernel.retention_schedule_history (
    id            bigint generated always as identity primary key,
    schedule_code text        not null references kernel.retention_schedule (code),
    version       bigint      not null,
    changed_by    text        not null,
    changed_at    timestamptz not null,
    before_state  text        not null,
    after_state   text        not null
);
create index retention_schedule_history_code on kernel.retention_schedule_history (schedule_code, id);

-- The archive package written before a record was removed (PIA 5.2: archived and removed), for records whose schedule
-- asks for one.
alter table kernel.destruction_log
    add column archive_file   text,
    add column archive_sha256 text;

-- A record that could not be archived, so was not destroyed (fail closed): what the records officer sees until an
-- archive succeeds. No PII: the record's type and id and the kind of failure only.
create table kernel.retention_archive_failure (
    record_type   text        not null,
    record_id     text        not null,
    schedule_code text        not null,
    reason        text        not null,
    attempts      int         not null default 1,
    first_failed  timestamptz not null,
    last_failed   timestamptz not null,
    primary key (record_type, record_id)
);
