--liquibase formatted sql

--changeset casekeep:detention-045-complaint-sharing
-- Sharing of a complaint's records outside the Department (PIA 6.1-6.4): the kernel's accounting of disclosures holds
-- the recipient, purpose, routine use, records and approval; this row ties the disclosure to the complaint it is
-- documented in (PIA 6.4) with the kind of recipient, and records when the approved records were released.
create table detention.complaint_sharing (
    disclosure_id  uuid primary key,
    complaint_id   uuid not null references detention.complaint (id),
    recipient_kind varchar(30) not null,
    requested_at   timestamptz not null,
    released_at    timestamptz,
    released_by    varchar(100)
);
create index complaint_sharing_complaint on detention.complaint_sharing (complaint_id, requested_at desc);
