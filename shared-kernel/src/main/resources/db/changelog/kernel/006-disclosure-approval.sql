--liquibase formatted sql

--changeset casekeep:kernel-013-disclosure-approval
-- A disclosure is asked for by the person who shares the records and final only once an approver, a signed-in user
-- other than the requester, approves it in the system (OIDO PIA 6.4: supervisors approve all external sharing before
-- any dissemination). Until then it is awaiting approval; a refused one stays in the accounting as refused.
alter table kernel.disclosure rename column disclosed_by to requested_by;
alter table kernel.disclosure rename column disclosed_by_component to requested_by_component;
alter table kernel.disclosure rename column disclosed_at to requested_at;
alter table kernel.disclosure rename column approved_by to decided_by;
alter table kernel.disclosure alter column decided_by drop not null;
alter table kernel.disclosure add column status text not null default 'APPROVED'
    check (status in ('AWAITING_APPROVAL', 'APPROVED', 'REFUSED'));
alter table kernel.disclosure alter column status drop default;
alter table kernel.disclosure add column decided_at timestamptz;
-- Disclosures accounted before approval existed were final when recorded; their approver was typed, not signed in.
update kernel.disclosure set decided_at = requested_at;
alter table kernel.disclosure add constraint disclosure_decision
    check ((status = 'AWAITING_APPROVAL') = (decided_at is null));
create index disclosure_awaiting on kernel.disclosure (requested_at) where status = 'AWAITING_APPROVAL';

-- The component owning each record disclosed, as its module told the kernel: a component privacy officer reviews
-- and approves the disclosures of its own component's records only.
alter table kernel.disclosure_item add column owning_component text;
update kernel.disclosure_item i set owning_component = d.requested_by_component
from kernel.disclosure d where d.id = i.disclosure_id;
create index disclosure_item_component on kernel.disclosure_item (owning_component);

--changeset casekeep:kernel-013-disclosure-retention
-- The accounting's typed text (recipient, purpose, authority) is personal data under a schedule of its own: kept
-- five years after the disclosure or with the records disclosed, whichever is later (5 U.S.C. 552a(c)(2)).
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('GRS_4_2_050', 'Privacy Act accounting of disclosures', 'GRS 4.2, item 050',
   'Destroy 5 years after the disclosure, or with the records disclosed, whichever is later.',
   'AFTER_ANCHOR', 'CREATED', 'P5Y')
on conflict (code) do nothing;
-- Disclosures decided before are tracked from their decision, as new ones are.
insert into kernel.retention_record (record_type, record_id, schedule_code, created_at, last_activity, destroy_after)
select 'kernel.disclosure', id::text, 'GRS_4_2_050', decided_at, decided_at, decided_at + interval '5 years'
from kernel.disclosure where decided_at is not null
on conflict do nothing;

--changeset casekeep:kernel-013-destructions-by-component
-- A component's privacy office reviews its own component's destructions: each certificate names the component that
-- owned the record, as the record's audit entries named it.
alter table kernel.destruction_log add column owning_component text;
update kernel.destruction_log l set owning_component = (
    select e.record_component from kernel.audit_entry e
    where e.record_type = l.record_type and e.record_id = l.record_id and e.record_component is not null
    order by e.id desc limit 1);
create index destruction_log_component on kernel.destruction_log (owning_component, id desc);
