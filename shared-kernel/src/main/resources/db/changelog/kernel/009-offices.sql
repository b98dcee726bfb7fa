--liquibase formatted sql

--changeset casekeep:kernel-009-offices
-- The offices within each component that taskers may be assigned to (reference data, editable).
create table kernel.office (
    component varchar(8) not null references kernel.component (code),
    name      text       not null,
    primary key (component, name)
);
insert into kernel.office (component, name) values
  ('ICE', 'Office of Policy'), ('ICE', 'Enforcement and Removal Operations'), ('ICE', 'Homeland Security Investigations'),
  ('ICE', 'Office of the Principal Legal Advisor'),
  ('CBP', 'Office of Field Operations'), ('CBP', 'U.S. Border Patrol'), ('CBP', 'Office of Trade'),
  ('USCIS', 'Field Operations Directorate'), ('USCIS', 'Service Center Operations'),
  ('USCIS', 'Office of Citizenship, Partnership and Engagement'), ('USCIS', 'Office of Performance and Quality'),
  ('USCIS', 'Office of the Chief Counsel'),
  ('FEMA', 'Office of External Affairs'), ('FEMA', 'Recovery Directorate'),
  ('TSA', 'Security Operations'), ('USCG', 'Office of Congressional Affairs'),
  ('PLCY', 'Office of Immigration Policy'), ('PLCY', 'Office of Strategy, Policy, and Plans'),
  ('OGC', 'Legal Counsel Division'), ('PRIV', 'Privacy Policy and Oversight'),
  ('CRCL', 'Compliance Branch'), ('OLA', 'Congressional Inquiries');
