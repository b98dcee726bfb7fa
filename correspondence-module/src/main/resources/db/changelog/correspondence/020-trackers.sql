--liquibase formatted sql

--changeset casekeep:correspondence-trackers
-- The component trackers of Correspondence PIA Appendix A, declared as configuration (trackers/*.yml) and stored
-- generically: one row an item, its field values as jsonb, checked against its type's declaration on every write.
create table correspondence.tracker_item (
    id                 uuid primary key,
    tracker_type       text        not null,
    reference          text        not null unique,
    stage              text        not null,
    owning_component   text,
    requester_username text        not null,
    field_values       jsonb       not null default '{}'::jsonb,
    reached            jsonb       not null default '{}'::jsonb,
    next_due           date,
    received_at        timestamptz not null,
    updated_at         timestamptz not null,
    closed_at          timestamptz,
    final_decision_at  timestamptz,
    version            bigint      not null default 0
);
create index tracker_item_type_received on correspondence.tracker_item (tracker_type, received_at desc);
create index tracker_item_type_due on correspondence.tracker_item (tracker_type, next_due);

-- Reference numbers readable by people, e.g. OPQ-2026-000012: one counter a type and calendar year.
create table correspondence.tracker_reference (
    tracker_type text    not null,
    year         integer not null,
    last_number  integer not null,
    primary key (tracker_type, year)
);

-- The schedules Appendix A names that no earlier changeset seeds.
-- R&A tracker: "retained by USCIS for 5 years" under the EOIR schedule DAA-0582-2017-0001.
-- STARS privacy incidents: the GRS of DHS/ALL/PIA-056 section 1.4; incident handling records are GRS 3.2 item 020,
-- "destroy 3 years after all necessary follow-up actions have been completed".
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('DAA_0582_2017_0001', 'Recognition and accreditation requests (R&A tracker)', 'DAA-0582-2017-0001 (EOIR)',
   'Destroy 5 years after the request was received.', 'AFTER_ANCHOR', 'CREATED', 'P5Y'),
  ('GRS_3_2_020', 'Privacy and security incident records (STARS)', 'GRS 3.2 item 020 (DHS/ALL/PIA-056 1.4)',
   'Destroy 3 years after all necessary follow-up actions have been completed (the incident is closed).',
   'AFTER_ANCHOR', 'CLOSED', 'P3Y')
on conflict (code) do nothing;
