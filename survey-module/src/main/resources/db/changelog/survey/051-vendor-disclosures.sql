--liquibase formatted sql

--changeset casekeep:survey-051-vendor-disclosures
-- Customer Research PIA 6.2, 6.4: participants' contact data shared with the study's vendor under Routine Use F of
-- DHS/ALL-002. The accounting itself (recipient, purpose, authority, each participant) is the kernel's
-- (kernel.disclosure); this row ties it to the study and its contract and records the hand-over of the file.
create table survey.vendor_disclosure (
    disclosure_id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    contract_id uuid not null references survey.vendor_contract (id) on delete cascade,
    fields text not null,
    participants integer not null check (participants > 0),
    requested_by text not null,
    requested_at timestamptz not null,
    exported_by text,
    exported_at timestamptz,
    version bigint not null
);
create index vendor_disclosure_study_idx on survey.vendor_disclosure (study_id, requested_at);
