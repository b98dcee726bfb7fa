--liquibase formatted sql

--changeset casekeep:crm-issues
-- CRM PIA 1.1, item 4: the Secretary's priorities stakeholders engage on, as reference data an administrator extends
-- and retires. Stakeholders and events keep storing the codes (text[] issues); a retired issue stays here so old
-- records still show its label. PIA 3.2: stakeholders whose issues are all retired are deleted.
create table crm.issue (
    code       text        primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    label      text        not null,
    active     boolean     not null,
    position   int,
    retired_at timestamptz,
    retired_by text
);
create unique index issue_label on crm.issue (lower(label));
insert into crm.issue (code, label, active, position) values
  ('IMMIGRATION', 'Immigration', true, 1),
  ('SECURE_BORDERS', 'Secure Borders', true, 2),
  ('DISASTER_RESPONSE', 'Disaster Response', true, 3),
  ('COUNTERTERRORISM', 'Counterterrorism', true, 4),
  ('ONE_DHS', 'OneDHS', true, 5);

--changeset casekeep:crm-issue-material
-- The material CRM users keep per issue (CRM PIA 1.1, item 4): policy updates and talking points, and uploaded
-- documents. Reference material of the office, not stakeholder records; an issue's material stays with the issue.
create table crm.issue_note (
    id         uuid         primary key,
    issue_code text         not null references crm.issue (code),
    kind       text         not null check (kind in ('POLICY_UPDATE', 'TALKING_POINT')),
    title      varchar(200) not null,
    body       text         not null,
    written_at timestamptz  not null,
    author     varchar(100) not null
);
create index issue_note_issue on crm.issue_note (issue_code, written_at desc);

create table crm.issue_document (
    id           uuid         primary key,
    issue_code   text         not null references crm.issue (code),
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(100) not null
);
create index issue_document_issue on crm.issue_document (issue_code, uploaded_at desc);
