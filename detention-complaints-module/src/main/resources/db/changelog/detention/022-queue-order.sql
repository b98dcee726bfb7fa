--liquibase formatted sql

--changeset casekeep:detention-022-queue-order
-- The work queue is read emergencies first, then newest first (case number breaking ties), one status at a time or
-- all of them: an index in that order per status and one over all, so a page is read from the index instead of
-- sorting every complaint of the status, and the count is an index-only scan.
drop index detention.complaint_queue;
create index complaint_queue on detention.complaint (status, emergency desc, created_at desc, case_number desc);
create index complaint_queue_all on detention.complaint (emergency desc, created_at desc, case_number desc);
