--liquibase formatted sql

--changeset casekeep:detention-004-documents
-- Supporting documents of a complaint (PIA 2.1): the scanned paper form of an in-person complaint (PIA overview), legal
-- and medical records. Kept and destroyed with the complaint.
create table detention.complaint_document (
    id            uuid primary key,
    complaint_id  uuid not null references detention.complaint (id) on delete cascade,
    kind          varchar(30) not null,
    file_name     varchar(255) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint not null,
    content       bytea not null,
    text_readable boolean not null,
    spii_findings text[] not null default '{}',
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz not null
);
create index complaint_document_complaint on detention.complaint_document (complaint_id, uploaded_at);
