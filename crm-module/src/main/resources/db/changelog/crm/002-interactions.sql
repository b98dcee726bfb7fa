--liquibase formatted sql

--changeset casekeep:crm-003-interactions
-- CRM PIA 1.1: conversations and interactions with a stakeholder: date and mode, the DHS component and individual
-- that had them, and their outcome. They belong to the individual and go with it (PIA 6.3 deletion, PIA 3.2
-- retention), hence the cascade.
create table crm.interaction (
    id               uuid primary key,
    individual_id    uuid         not null references crm.individual (id) on delete cascade,
    occurred_at      timestamptz  not null,
    mode             varchar(16)  not null,
    dhs_component    varchar(8)   not null,
    dhs_username     varchar(100) not null,
    outcome          text,
    source_reference varchar(100),
    source_event_id  uuid,
    created_at       timestamptz  not null,
    constraint interaction_mode check (mode in ('PHONE', 'EMAIL', 'LETTER', 'MEETING', 'EVENT', 'CORRESPONDENCE')),
    constraint interaction_outcome_length check (length(outcome) <= 2000),
    -- Idempotency key of events: one event is recorded at most once per individual (one correspondence may come
    -- from an address that two components recorded separately).
    constraint interaction_source_event unique (source_event_id, individual_id)
);
create index interaction_individual on crm.interaction (individual_id, occurred_at desc);

--changeset casekeep:crm-004-individual-email
-- Matching incoming correspondence to a stakeholder by email, case-insensitively.
create index individual_email on crm.individual (lower(email));
