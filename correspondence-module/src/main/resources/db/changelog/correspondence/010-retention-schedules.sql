--liquibase formatted sql

--changeset casekeep:correspondence-retention-schedules
-- The schedules of correspondence and taskers (Correspondence PIA 5.1 and Appendix A). Records are declared under
-- their default (@PersonalDataRecord); records review may file a piece of correspondence under another of these, or
-- mark it permanent until NARA approves a schedule.
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('GRS_4_1_010', 'Tracking and control records: taskers and reminders', 'GRS 4.1 item 010',
   'Destroy when no longer needed for reference or by business rule (business rule: one year after closure).',
   'AFTER_ANCHOR', 'CLOSED', 'P1Y'),
  ('GRS_5_2_010', 'Transitory records', 'GRS 5.2 item 010',
   'Destroy when business use ceases (business rule: 90 days after closure).', 'AFTER_ANCHOR', 'CLOSED', 'P90D'),
  ('N1_563_07_001', 'Executive Secretariat correspondence (Intranet Quorum)', 'N1-563-07-001',
   'Cut off at the end of the fiscal year; destroy 10 years after cut-off.', 'FISCAL_YEAR_CUTOFF', 'CLOSED', 'P10Y'),
  ('OCC_PMT', 'Counsel case files (OCC-PMT)', 'Correspondence PIA, Appendix OCC-PMT',
   'Delete 6 months after the final decision.', 'AFTER_ANCHOR', 'FINAL_DECISION', 'P6M'),
  ('LETS_5Y', 'Recognition and accreditation tracker, LETS documents', 'Correspondence PIA, Appendix',
   'Destroy 5 years after closure.', 'AFTER_ANCHOR', 'CLOSED', 'P5Y'),
  ('PERMANENT_UNTIL_SCHEDULED', 'Permanent records awaiting a schedule', 'Records review (correspondence PIA 5.1)',
   'Marked permanent in records review: kept until a schedule is approved, then transferred or destroyed as it says.',
   'UNSCHEDULED', null, null)
on conflict (code) do nothing;
