--liquibase formatted sql

--changeset casekeep:survey-050-vendor-contracts
-- Customer Research PIA 5.2, 6.3, 6.5: the contract of a study's third-party vendor, what data it receives and the
-- date by which the vendor must return or destroy it, closed by the vendor's certificate.
create table survey.vendor_contract (
    id uuid primary key,
    study_id uuid not null unique references survey.study (id) on delete cascade,
    research_unit text not null,
    study_owner text not null,
    vendor_name text not null,
    contract_number text not null,
    return_by date not null,
    state text not null check (state in ('AWAITING_RETURN', 'RETURNED', 'DESTROYED')),
    certified_on date,
    certified_by text,
    certificate_reference text,
    certificate_media_type text,
    certificate_size_bytes bigint,
    certificate_recorded_by text,
    certificate_recorded_at timestamptz,
    recorded_by text not null,
    recorded_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null,
    check (state = 'AWAITING_RETURN' or (certified_on is not null and certified_by is not null
        and certificate_recorded_by is not null
        and (certificate_reference is not null or certificate_media_type is not null)))
);
create index vendor_contract_due_idx on survey.vendor_contract (state, return_by);

--changeset casekeep:survey-050-vendor-contract-data
-- PIA 6.2: what the vendor receives, as reference values.
create table survey.vendor_contract_data (
    contract_id uuid not null references survey.vendor_contract (id) on delete cascade,
    data_kind text not null check (data_kind in ('CONTACT_DATA', 'ANSWERS', 'RECORDINGS')),
    primary key (contract_id, data_kind)
);

--changeset casekeep:survey-050-vendor-certificates
-- The vendor's certificate of return or destruction as uploaded (PIA 5.2), kept apart so listing contracts never
-- loads it.
create table survey.vendor_certificate (
    contract_id uuid primary key references survey.vendor_contract (id) on delete cascade,
    media_type text not null,
    content bytea not null
);
