--liquibase formatted sql

--changeset casekeep:crm-engagements
-- CRM PIA 1.1, item 3: meetings and events DHS collaborated on: name and date, agenda, issues discussed and
-- attendees, owned by a component and a user like stakeholders (PIA 4.1: events participated in are shared with all
-- offices). The agenda is free text and may name people. source_event_id is the id of the event another module
-- published it with (the ombudsman's StakeholderEngagementHeld): the listener's idempotency key, never shown.
create table crm.engagement (
    id               uuid primary key,
    name             varchar(200) not null,
    held_on          date         not null,
    ends_on          date,
    location         varchar(200),
    agenda           text,
    issues           text[]       not null default '{}',
    owning_component varchar(8)   not null,
    owner_username   varchar(100) not null,
    source_event_id  uuid,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    constraint engagement_agenda_length check (length(agenda) <= 4000),
    constraint engagement_dates check (ends_on is null or ends_on >= held_on),
    constraint engagement_source_event unique (source_event_id)
);
create index engagement_held_on on crm.engagement (held_on desc, id);

-- Attendees are stakeholders referred to by id; a stakeholder deleted on request (PIA 6.3) or by retention (PIA 3.2)
-- leaves the events it attended, hence the cascades.
create table crm.engagement_individual (
    engagement_id uuid not null references crm.engagement (id) on delete cascade,
    individual_id uuid not null references crm.individual (id) on delete cascade,
    primary key (engagement_id, individual_id)
);
create index engagement_individual_individual on crm.engagement_individual (individual_id);

create table crm.engagement_organization (
    engagement_id   uuid not null references crm.engagement (id) on delete cascade,
    organization_id uuid not null references crm.organization (id) on delete cascade,
    primary key (engagement_id, organization_id)
);
create index engagement_organization_organization on crm.engagement_organization (organization_id);
