--liquibase formatted sql

--changeset casekeep:correspondence-014-corrections
-- The history of corrections of a record: who, when, which fields and why; never the values (an SPII value must
-- not survive its correction in a history). Kept and destroyed with its record.
create table correspondence.correction (
    id                uuid primary key,
    correspondence_id uuid        not null references correspondence.correspondence (id) on delete cascade,
    corrected_at      timestamptz not null,
    corrected_by      text        not null,
    fields            text[]      not null,
    reason            text        not null
);
create index correction_by_record on correspondence.correction (correspondence_id, corrected_at);
