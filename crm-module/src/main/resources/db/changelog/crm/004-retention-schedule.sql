--liquibase formatted sql

--changeset casekeep:crm-retention-schedule
-- The CRM's schedule (CRM PIA 3.2-3.3): stakeholder records are non-record reference material, deleted when not
-- contacted within one year. Individuals and organizations are declared under it (@PersonalDataRecord).
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('CRM_REFERENCE', 'CRM stakeholder records (non-record reference material)', 'CRM PIA 3.2-3.3; NARA: no schedule needed',
   'Delete when not contacted within one year or when the issue is no longer active; delete at once on a do-not-contact request.',
   'AFTER_ANCHOR', 'LAST_ACTIVITY', 'P1Y')
on conflict (code) do nothing;
