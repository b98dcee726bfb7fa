--liquibase formatted sql

--changeset casekeep:correspondence-002-tasker
-- Taskers (issue 3 item 4; PIA "Review & Analysis", Appendix ESTT, FEMA ACT, Intranet Quorum).
create table correspondence.tasker (
  id                  uuid primary key,
  correspondence_id   uuid,
  subject             text not null,
  instructions        text,
  assigning_component text not null,
  created_by          text not null,
  business_days       integer not null check (business_days between 1 and 60),
  created_at          timestamptz not null,
  assigned_at         timestamptz,
  due_at              timestamptz not null,
  status              text not null,
  compiled_response   text,
  compiled_by         text,
  compiled_at         timestamptz,
  cleared_by          text,
  cleared_at          timestamptz,
  dispatched_by       text,
  dispatched_at       timestamptz,
  closed_at           timestamptz,
  cancel_reason       text,
  overdue_flagged_at  timestamptz,
  updated_at          timestamptz not null,
  version             bigint not null
);
create index tasker_assigning_idx on correspondence.tasker (assigning_component, status, due_at);
create index tasker_correspondence_idx on correspondence.tasker (correspondence_id);

create table correspondence.tasker_assignment (
  id                        uuid primary key,
  tasker_id                 uuid not null references correspondence.tasker (id) on delete cascade,
  position                  integer not null,
  stage                     integer not null,
  component                 text not null,
  office                    text,
  username                  text,
  status                    text not null,
  due_at                    timestamptz not null,
  answer_kind               text,
  answer_text               text,
  answered_by               text,
  answered_at               timestamptz,
  extension_requested_until timestamptz,
  extension_reason          text,
  extension_status          text,
  replaces_id               uuid,
  version                   bigint not null,
  unique (tasker_id, position)
);
-- The visibility filter of every list and count looks assignments up by component and by user.
create index tasker_assignment_component_idx on correspondence.tasker_assignment (component, tasker_id);
create index tasker_assignment_username_idx on correspondence.tasker_assignment (username, tasker_id);
create index tasker_assignment_tasker_idx on correspondence.tasker_assignment (tasker_id);

-- ESTT: the full transactional history of every tasker, written in the transaction of each change.
create table correspondence.tasker_event (
  id               bigint generated always as identity primary key,
  tasker_id        uuid not null references correspondence.tasker (id) on delete cascade,
  occurred_at      timestamptz not null,
  actor            text not null,
  actor_component  text,
  action           text not null,
  from_status      text,
  to_status        text,
  assignment_id    uuid,
  note             text
);
create index tasker_event_tasker_idx on correspondence.tasker_event (tasker_id, id);

--changeset casekeep:correspondence-002-routing-template
-- Intranet Quorum: routing templates an Executive Secretariat user defines once and reuses.
create table correspondence.routing_template (
  id               uuid primary key,
  name             text not null,
  owning_component text not null,
  created_by       text not null,
  created_at       timestamptz not null,
  updated_at       timestamptz not null,
  version          bigint not null
);
create unique index routing_template_name_idx on correspondence.routing_template (owning_component, lower(name));

create table correspondence.routing_template_entry (
  template_id uuid not null references correspondence.routing_template (id) on delete cascade,
  position    integer not null,
  step        integer not null,
  mode        text not null,
  component   text not null,
  office      text,
  username    text,
  primary key (template_id, position)
);

--changeset casekeep:correspondence-002c-reminder-index
-- The reminder job scans active assignments by due date; only those can be due soon or overdue.
create index tasker_assignment_active_due_idx on correspondence.tasker_assignment (due_at) where status = 'ACTIVE';

--changeset casekeep:correspondence-002d-tasker-due-index
-- Issue 3 benchmarks (300,000 taskers): "my taskers" is ordered by due date, so with this index the visible
-- ones are read in order and the scan stops at the list limit instead of sorting every tasker.
create index tasker_due_idx on correspondence.tasker (due_at, id);
