--liquibase formatted sql

--changeset casekeep:kernel-008-audit-reviews
-- CRM PIA 2.4 and 8.5: the ISSO reviews the audit trail weekly. One row per signed-off week (the federal week, Monday
-- to Sunday, UTC, named by its Monday): who signed off and when, the period reviewed (the week before it) and what it
-- held. The note is the reviewer's free text; it stays here and never enters the audit trail. A week without a row
-- was not signed off.
create table kernel.audit_review (
    week_start    date        primary key,
    period_from   timestamptz not null,
    period_to     timestamptz not null,
    entries       bigint      not null,
    denials       bigint      not null,
    note          text,
    signed_off_by text        not null,
    signed_off_at timestamptz not null,
    constraint audit_review_monday check (extract(isodow from week_start) = 1),
    constraint audit_review_period check (period_from < period_to),
    constraint audit_review_note_length check (length(note) <= 2000)
);
