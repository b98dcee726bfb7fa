--liquibase formatted sql

--changeset casekeep-test:kernel-tests-001-retention
-- Three schedules kept unscheduled, as the Detention Ombudsman's are, and the dossiers the tests' record types hold.
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('TEST_RECOUNTED', 'Test notes', 'Unscheduled (test)', 'Kept until a schedule is approved.', 'UNSCHEDULED', null, null),
  ('TEST_REFUSED', 'Test refusals', 'Unscheduled (test)', 'Kept until a schedule is approved.', 'UNSCHEDULED', null, null),
  ('TEST_ARCHIVED', 'Test dossiers', 'Unscheduled (test)', 'Kept until a schedule is approved, then archived and removed.',
   'UNSCHEDULED', null, null);
create table public.test_dossier (
    id          uuid primary key,
    record_type text  not null,
    title       text  not null,
    attachment  bytea not null
);
