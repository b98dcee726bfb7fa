--liquibase formatted sql

--changeset casekeep:survey-001-schema
create schema if not exists survey;

--changeset casekeep:survey-retention-schedule
-- Customer research PIA 1.4 and 3.2: GRS 6.5 item 010, or the retention period of the study's OMB-approved ICR.
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('GRS_6_5_010', 'Customer research records', 'GRS 6.5 item 010',
   'Destroy 1 year after the study closes or when no longer needed; recordings purged once transcribed; contact details destroyed when the final wave closes.',
   'AFTER_ANCHOR', 'CLOSED', 'P1Y')
on conflict (code) do nothing;
