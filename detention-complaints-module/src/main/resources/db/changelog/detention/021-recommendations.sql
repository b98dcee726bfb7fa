--liquibase formatted sql

--changeset casekeep:detention-021-recommendations
-- Recommendations of the Ombudsman to DHS components (PIA overview, 1.1: "make recommendations to address concerns or
-- violations ... identified in reviews, audits, investigations, or detainee interviews"), from an investigation or
-- inspection file or from a complaint, each with its due date, the component's response and follow-up.
create table detention.recommendation (
    id                     uuid primary key,
    version                bigint not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    created_by             varchar(100) not null,
    source_kind            varchar(20) not null,
    inspection_file_id     uuid references detention.inspection_file (id) on delete cascade,
    inspection_file_number varchar(20),
    complaint_case_number  varchar(16),
    component              varchar(10) not null,
    text                   text not null,
    due_on                 date not null,
    status                 varchar(20) not null,
    constraint recommendation_source check (
        (source_kind = 'INSPECTION' and inspection_file_id is not null and complaint_case_number is null)
        or (source_kind = 'COMPLAINT' and complaint_case_number is not null and inspection_file_id is null))
);
create index recommendation_due on detention.recommendation (status, due_on);
create index recommendation_file on detention.recommendation (inspection_file_id);

-- Status over time: every issue, response, follow-up and closure, with who and when.
create table detention.recommendation_history (
    recommendation_id uuid not null references detention.recommendation (id) on delete cascade,
    position          int not null,
    kind              varchar(20) not null,
    status            varchar(20) not null,
    note              text,
    recorded_by       varchar(100) not null,
    recorded_at       timestamptz not null,
    primary key (recommendation_id, position)
);
