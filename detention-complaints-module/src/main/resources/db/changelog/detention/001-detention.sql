--liquibase formatted sql

--changeset casekeep:detention-001-schema
create schema if not exists detention;

--changeset casekeep:detention-retention-schedule
-- Detention Ombudsman PIA 1.4 and 5: complaints and investigations are kept until NARA approves a schedule.
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('OIDO_UNSCHEDULED', 'OIDO complaints and investigations', 'Unscheduled (Detention Ombudsman PIA)',
   'Kept until a schedule is approved, then archived and removed automatically.', 'UNSCHEDULED', null, null)
on conflict (code) do nothing;
