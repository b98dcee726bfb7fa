--liquibase formatted sql

--changeset casekeep:kernel-010-requester-notices
-- Notices to someone outside the Department who left an address on a record (a correspondent, a requester). Their
-- recipient names the record (<record type>:<id>), never the address, which stays on the record.
alter table kernel.notification drop constraint notification_recipient_kind_check;
alter table kernel.notification add constraint notification_recipient_kind_check
    check (recipient_kind in ('USER', 'COMPONENT', 'REQUESTER'));
