--liquibase formatted sql

--changeset casekeep:correspondence-002-taskers-placeholder
-- Taskers arrive in the next changeset of this file.
select 1;
