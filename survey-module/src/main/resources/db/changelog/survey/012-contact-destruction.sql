--liquibase formatted sql

--changeset casekeep:survey-012-contact-schedule
-- Customer Research PIA overview "Wave Surveys", 1.4, 5.1: participants' contact details are destroyed as soon as the
-- final wave closes. The study's key is destroyed at once; the kernel's sweeper certifies the destruction.
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('SURVEY_CONTACTS', 'Customer research contact details', 'GRS 6.5 item 010; Customer Research PIA overview',
   'Destroy when the final wave of the study closes (the study''s key is destroyed, crypto-shredding the contact data).',
   'AFTER_ANCHOR', 'CLOSED', 'P0D')
on conflict (code) do nothing;
