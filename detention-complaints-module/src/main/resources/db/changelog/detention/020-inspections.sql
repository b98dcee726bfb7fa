--liquibase formatted sql

--changeset casekeep:detention-020-facilities
-- Reference data (PIA overview, 2.1): the detention facilities OIDO inspects and the facility standards findings are
-- tied to. Editable reference data; a seeded starting list.
create table detention.facility (
    code  varchar(20) primary key,
    name  varchar(200) not null,
    city  varchar(100) not null,
    state varchar(2) not null
);
insert into detention.facility (code, name, city, state) values
  ('OTERO', 'Otero County Processing Center', 'Chaparral', 'NM'),
  ('ELPSPC', 'El Paso Service Processing Center', 'El Paso', 'TX'),
  ('ADELANTO', 'Adelanto ICE Processing Center', 'Adelanto', 'CA'),
  ('STEWART', 'Stewart Detention Center', 'Lumpkin', 'GA'),
  ('DILLEY', 'South Texas Family Residential Center', 'Dilley', 'TX'),
  ('KROME', 'Krome North Service Processing Center', 'Miami', 'FL'),
  ('TACOMA', 'Northwest ICE Processing Center', 'Tacoma', 'WA'),
  ('CBP-CLINT', 'CBP Clint Station', 'Clint', 'TX');

create table detention.facility_standard (
    code   varchar(40) primary key,
    family varchar(20) not null,
    title  varchar(200) not null
);
insert into detention.facility_standard (code, family, title) values
  ('PBNDS2011-2.15', 'PBNDS_2011', 'Use of Force and Restraints'),
  ('PBNDS2011-4.3', 'PBNDS_2011', 'Medical Care'),
  ('PBNDS2011-4.8', 'PBNDS_2011', 'Disability Identification, Assessment, and Accommodation'),
  ('PBNDS2011-5.6', 'PBNDS_2011', 'Telephone Access'),
  ('PBNDS2011-5.7', 'PBNDS_2011', 'Visitation'),
  ('PBNDS2011-6.2', 'PBNDS_2011', 'Grievance System'),
  ('PBNDS2011-2.12', 'PBNDS_2011', 'Special Management Units'),
  ('PBNDS2011-2.11', 'PBNDS_2011', 'Sexual Abuse and Assault Prevention and Intervention'),
  ('NDS2019-4.3', 'NDS_2019', 'Medical Care'),
  ('NDS2019-2.8', 'NDS_2019', 'Use of Force and Restraints'),
  ('NDS2019-5.4', 'NDS_2019', 'Religious Practices'),
  ('NDS2019-6.2', 'NDS_2019', 'Grievance System'),
  ('FRS2020-4.3', 'FRS_2020', 'Health Care'),
  ('FRS2020-5.2', 'FRS_2020', 'Education'),
  ('FRS2020-6.1', 'FRS_2020', 'Grievance System'),
  ('TEDS2015-4.9', 'TEDS_2015', 'Hold Rooms: Food and Beverage');

--changeset casekeep:detention-020-inspection-files
-- Investigations and inspections of detention facilities (PIA overview): opened from a triggering event, deconflicted
-- with OIG, CRCL, ICE OPR and CBP OPR, scheduled, visited, reported on, and closed with the final report.
create sequence detention.inspection_file_number;

create table detention.inspection_file (
    id                      uuid primary key,
    file_number             varchar(20) not null unique,
    version                 bigint not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    created_by              varchar(100) not null,
    status                  varchar(20) not null,
    trigger_kind            varchar(30) not null,
    trigger_case_number     varchar(16),
    trigger_description     varchar(4000) not null,
    public_information      boolean not null,
    public_source           varchar(1000),
    facility_code           varchar(20) not null references detention.facility (code),
    inspection_type         varchar(20) not null,
    planned_from            date not null,
    planned_to              date not null,
    override_reason         varchar(2000),
    overridden_by           varchar(100),
    overridden_at           timestamptz,
    scheduled_by            varchar(100),
    scheduled_at            timestamptz,
    inspection_date         date,
    visited_by              varchar(100),
    notes                   text,
    report_stage            varchar(20),
    report_text             text,
    component_feedback      text,
    report_shared_at        timestamptz,
    finalized_by            varchar(100),
    finalized_at            timestamptz,
    constraint inspection_file_window check (planned_to >= planned_from)
);
create index inspection_file_overlap on detention.inspection_file (facility_code, planned_from, planned_to)
    where status <> 'CLOSED';
create index inspection_file_created on detention.inspection_file (created_at desc);

-- The assigned team (PIA 8.1: need-to-know); unannounced files are seen only by them and managers.
create table detention.inspection_team_member (
    file_id  uuid not null references detention.inspection_file (id) on delete cascade,
    username varchar(100) not null,
    primary key (file_id, username)
);
create index inspection_team_member_user on detention.inspection_team_member (username);

-- Deconfliction (PIA overview): each office asked, by whom and when, and its answer.
create table detention.inspection_deconfliction (
    file_id      uuid not null references detention.inspection_file (id) on delete cascade,
    office       varchar(20) not null,
    asked_at     timestamptz,
    asked_by     varchar(100),
    answer       varchar(20),
    answer_notes varchar(4000),
    answered_at  timestamptz,
    answered_by  varchar(100),
    primary key (file_id, office)
);

-- Findings tied to facility standards (PIA 2.1).
create table detention.inspection_finding (
    file_id       uuid not null references detention.inspection_file (id) on delete cascade,
    position      int not null,
    standard_code varchar(40) not null references detention.facility_standard (code),
    text          text not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz not null,
    primary key (file_id, position)
);

-- Interviewees (PIA 2.1, footnote 8): detainees, facility staff and contractors, third parties.
create table detention.inspection_interviewee (
    id              uuid primary key,
    file_id         uuid not null references detention.inspection_file (id) on delete cascade,
    full_name       varchar(200) not null,
    mailing_address varchar(500),
    email           varchar(254),
    phone           varchar(40),
    position_title  varchar(200),
    duty_station    varchar(200),
    consent_given   boolean not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz not null
);
create index inspection_interviewee_file on detention.inspection_interviewee (file_id, recorded_at);

-- Photographs and audio/video recordings (PIA 2.1): a working copy with metadata stripped, and the original kept
-- apart under stricter access (managers only).
create table detention.inspection_attachment (
    id                 uuid primary key,
    file_id            uuid not null references detention.inspection_file (id) on delete cascade,
    kind               varchar(20) not null,
    file_name          varchar(255) not null,
    media_type         varchar(100) not null,
    size_bytes         bigint not null,
    working_copy       bytea not null,
    metadata_stripped  boolean not null,
    original           bytea not null,
    uploaded_by        varchar(100) not null,
    uploaded_at        timestamptz not null
);
create index inspection_attachment_file on detention.inspection_attachment (file_id, uploaded_at);
