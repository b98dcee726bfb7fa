--liquibase formatted sql

--changeset casekeep:correspondence-retention-anchors
-- Each schedule anchored as its PIA text says (Correspondence PIA 5.1 and Appendix A):
-- Intranet Quorum (N1-563-07-001): "cut off files at the end of the fiscal year in which the record was created in the
-- system; destroyed 10 years after the cut off", so a letter never answered is destroyed on time too;
-- LETS: "kept for a minimum of five years from the date of creation" (N1-85-91-01).
update kernel.retention_schedule set anchor = 'CREATED',
       disposition = 'Cut off at the end of the fiscal year in which the record was created; destroy 10 years after cut-off.'
 where code = 'N1_563_07_001';
update kernel.retention_schedule set anchor = 'CREATED', authority = 'N1-85-91-01 (Correspondence PIA, Appendix LETS)',
       disposition = 'Destroy 5 years after the record was created.'
 where code = 'LETS_5Y';
-- Records already tracked under them count from their creation now (a cut-off is the 1 October after it, UTC).
update kernel.retention_record
   set destroy_after = (make_date(extract(year from created_at at time zone 'UTC')::int
                                  + case when extract(month from created_at at time zone 'UTC') >= 10 then 1 else 0 end,
                                  10, 1) + interval '10 years')::timestamp at time zone 'UTC',
       notified_at = null
 where schedule_code = 'N1_563_07_001' and created_at is not null;
update kernel.retention_record set destroy_after = created_at + interval '5 years', notified_at = null
 where schedule_code = 'LETS_5Y' and created_at is not null;

-- Why a record no tasker answered was closed: one of a fixed list (ClosureReason), never typed text.
alter table correspondence.correspondence add column closure_reason text
    check (closure_reason in ('NO_RESPONSE_NEEDED', 'DUPLICATE', 'WITHDRAWN', 'REFERRED'));
