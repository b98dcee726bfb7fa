--liquibase formatted sql

--changeset casekeep:detention-030-report-periods
-- Reports and metrics (PIA overview "Reporting and Metrics"): counts read the complaints received in a period, the
-- workflow metrics those triaged or closed in one; the annual report to Congress reads a fiscal year.
create index complaint_received_on on detention.complaint (received_on);
create index complaint_triaged_at on detention.complaint (triaged_at) where triaged_at is not null;
create index complaint_closed_at on detention.complaint (closed_at) where closed_at is not null;

--changeset casekeep:detention-031-work-queue-order
-- The work queue is ordered emergencies first, then newest first (ComplaintRecords.queue); these indexes hold that
-- order, for all statuses and for one, so a page of the queue reads its rows in order instead of sorting them all.
create index complaint_queue_order on detention.complaint (emergency desc, created_at desc, case_number desc);
create index complaint_queue_status_order on detention.complaint (status, emergency desc, created_at desc, case_number desc);
