--liquibase formatted sql

--changeset casekeep:crm-correspondence-contacts
-- Contact history from correspondence says no more than its source allows. A letter is seen only by its office and
-- those its taskers reach (correspondence PIA 3.3, 8.3), contact history by every CRM user, and CRM PIA 1.1 asks of
-- an interaction only its date, mode and DHS component. Interactions recorded from letters used to name the letter
-- ("Correspondence CORR-... received by EMAIL", its reference number in source_reference) and the instant it arrived;
-- now they say "Correspondence received" (the mode), the component and the day, as new ones do.
-- source_reference stays: users still type a reference into the interactions they record themselves.
-- The individual's most recent contact, where it was such an instant, moves to the same day first.
update crm.individual i
   set last_contacted_at = (
       select max(case when x.mode = 'CORRESPONDENCE' and x.source_event_id is not null
                       then date_trunc('day', x.occurred_at at time zone 'UTC') at time zone 'UTC'
                       else x.occurred_at end)
         from crm.interaction x where x.individual_id = i.id)
 where exists (select 1 from crm.interaction x
                where x.individual_id = i.id and x.mode = 'CORRESPONDENCE' and x.source_event_id is not null
                  and x.occurred_at = i.last_contacted_at);
update crm.interaction
   set outcome = null,
       source_reference = null,
       occurred_at = date_trunc('day', occurred_at at time zone 'UTC') at time zone 'UTC'
 where mode = 'CORRESPONDENCE' and source_event_id is not null;
-- Letters still waiting for delivery were published in the old shape (reference number, channel, organization,
-- instant of receipt): they are rewritten to what CorrespondenceReceived now carries, so they are delivered (the CRM
-- is its only listener) and the registry keeps nothing that names them. Completed publications are deleted.
update public.event_publication
   set serialized_event = jsonb_build_object(
           'correspondenceId', serialized_event::jsonb -> 'correspondenceId',
           'owningComponent', serialized_event::jsonb -> 'owningComponent',
           'senderEmail', serialized_event::jsonb -> 'senderEmail',
           'receivedOn', to_char(case jsonb_typeof(serialized_event::jsonb -> 'receivedAt')
                                     when 'number' then to_timestamp((serialized_event::jsonb ->> 'receivedAt')::numeric)
                                     else (serialized_event::jsonb ->> 'receivedAt')::timestamptz
                                 end at time zone 'UTC', 'YYYY-MM-DD'))::text
 where event_type = 'org.casekeep.correspondence.events.CorrespondenceReceived'
   and completion_date is null
   and serialized_event::jsonb ->> 'receivedAt' is not null;
