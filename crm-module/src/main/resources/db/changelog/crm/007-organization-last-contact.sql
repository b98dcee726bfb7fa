--liquibase formatted sql

--changeset casekeep:crm-007-organization-last-contact
-- CRM PIA 3.2: organizations, like individuals, are deleted when not contacted within one year, not a year after
-- their creation. Contact history is kept for individuals (PIA 1.1), so an organization is contacted when one of its
-- individuals is. Backfill: the latest interaction with any of its individuals (null if none), and the retention
-- clock moved to it (the creation at the earliest), under the CRM's schedule of one year in UTC; legal holds stay.
alter table crm.organization add column last_contacted_at timestamptz;

update crm.organization o
   set last_contacted_at = (select max(x.occurred_at)
                              from crm.individual i join crm.interaction x on x.individual_id = i.id
                             where i.organization_id = o.id);

update kernel.retention_record r
   set last_activity = greatest(o.created_at, coalesce(o.last_contacted_at, o.created_at)),
       destroy_after = ((greatest(o.created_at, coalesce(o.last_contacted_at, o.created_at)) at time zone 'UTC')
                        + interval '1 year') at time zone 'UTC'
  from crm.organization o
 where r.record_type = 'crm.organization' and r.record_id = o.id::text and r.schedule_code = 'CRM_REFERENCE'
   and r.notified_at is null;
