--liquibase formatted sql

--changeset casekeep:correspondence-003-form-letters
-- Intranet Quorum's form-letter library: versioned response letters with merge fields, approved before use.
create table correspondence.form_letter (
    id         uuid primary key,
    name       varchar(200) not null,
    component  varchar(8)   not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null,
    version    bigint       not null,
    constraint form_letter_name unique (component, name)
);

create table correspondence.form_letter_version (
    id             uuid primary key,
    form_letter_id uuid         not null references correspondence.form_letter (id) on delete cascade,
    number         integer      not null,
    body           text         not null,
    change_note    varchar(500),
    status         varchar(20)  not null check (status in ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'RETIRED')),
    author         varchar(100) not null,
    written_at     timestamptz  not null,
    decided_by     varchar(100),
    decided_at     timestamptz,
    constraint form_letter_version_number unique (form_letter_id, number)
);
