--liquibase formatted sql

--changeset casekeep:kernel-010-permanent-until-scheduled
-- Records review (correspondence PIA 5.1): records the Executive Secretariat marks permanent are kept until NARA
-- approves a schedule for them.
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('PERMANENT_UNTIL_SCHEDULED', 'Permanent records awaiting a schedule', 'Records review (correspondence PIA 5.1)',
   'Marked permanent in records review: kept until a schedule is approved, then transferred or destroyed as it says.',
   'UNSCHEDULED', null, null);
