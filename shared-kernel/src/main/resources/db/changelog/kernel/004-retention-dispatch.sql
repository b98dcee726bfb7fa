--liquibase formatted sql

--changeset casekeep:kernel-011-retention-dispatch
-- RetentionPeriodEnded used to be delivered to one listener per module, each ignoring the record types of others;
-- now the kernel's one dispatcher (kernel.on-retention-period-ended) hands each event to the destroyer of its record
-- type. Publications still waiting for an old listener are handed to the dispatcher, one per event, so that no record
-- whose retention ended is left undestroyed and none is destroyed twice.
with waiting as (
    select id, serialized_event,
           row_number() over (partition by serialized_event order by publication_date, id) as nth
      from public.event_publication
     where completion_date is null
       and event_type = 'org.casekeep.kernel.retention.RetentionPeriodEnded'
       and listener_id in ('crm.on-retention-period-ended', 'correspondence.on-retention-period-ended',
                           'correspondence.tasker-on-retention-period-ended',
                           'correspondence.quarantine-on-retention-period-ended'))
update public.event_publication p
   set listener_id = 'kernel.on-retention-period-ended'
  from waiting w
 where p.id = w.id and w.nth = 1
   and not exists (select 1 from public.event_publication k
                    where k.listener_id = 'kernel.on-retention-period-ended' and k.completion_date is null
                      and k.serialized_event = w.serialized_event);
delete from public.event_publication
 where completion_date is null
   and event_type = 'org.casekeep.kernel.retention.RetentionPeriodEnded'
   and listener_id in ('crm.on-retention-period-ended', 'correspondence.on-retention-period-ended',
                       'correspondence.tasker-on-retention-period-ended',
                       'correspondence.quarantine-on-retention-period-ended');
