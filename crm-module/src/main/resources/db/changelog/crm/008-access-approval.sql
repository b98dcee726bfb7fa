--liquibase formatted sql

--changeset casekeep:crm-008-access-approval
-- CRM PIA 8.1: users "must be approved by their office administrator, who are in turn approved by the system owners
-- and/or administrators". One row per user who opened the CRM with a CRM role: for which component, whether as an
-- office administrator, and the decision. Only APPROVED for the same component (and as administrator, for one who
-- holds that role) opens the CRM; the access policy looks it up by the primary key once per request.
create table crm.access_approval (
    username      varchar(100) primary key,
    component     varchar(8)   not null,
    administrator boolean      not null,
    status        varchar(10)  not null,
    requested_at  timestamptz  not null,
    decided_by    varchar(100),
    decided_at    timestamptz,
    constraint access_approval_status check (status in ('PENDING', 'APPROVED', 'REVOKED')),
    constraint access_approval_decided check (status = 'PENDING' or (decided_by is not null and decided_at is not null))
);
create index access_approval_component on crm.access_approval (component, status);
