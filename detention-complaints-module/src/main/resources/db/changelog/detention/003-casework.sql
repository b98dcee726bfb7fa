--liquibase formatted sql

--changeset casekeep:detention-003-casework
-- Case work (OIDO PIA overview): resolution and closure, which can be reopened at any time.
alter table detention.complaint
    add column resolution varchar(4000),
    add column closed_at  timestamptz,
    add column closed_by  varchar(100);

-- PIA 2.4, 7.2: data as received stays unaltered; corrections are recorded beside it, with who, when and why.
create table detention.complaint_correction (
    complaint_id    uuid not null references detention.complaint (id) on delete cascade,
    position        int not null,
    field           varchar(60) not null,
    corrected_value text,
    reason          varchar(1000) not null,
    corrected_by    varchar(100) not null,
    corrected_at    timestamptz not null,
    primary key (complaint_id, position)
);

-- An analyst's background research about the complaint (OIDO PIA overview).
create table detention.complaint_research_note (
    complaint_id uuid not null references detention.complaint (id) on delete cascade,
    position     int not null,
    text         text not null,
    written_by   varchar(100) not null,
    written_at   timestamptz not null,
    primary key (complaint_id, position)
);
