--liquibase formatted sql

--changeset casekeep:survey-041-volunteer-signup
-- Customer Research PIA overview "Recruiting Participants", 1.2, 2.2: a study's public volunteer sign-up, under a random
-- public code (not personal data); a new code at each opening. Volunteers themselves are participants (source
-- VOLUNTEER), sealed like every other; nothing here names them. Goes with its study.
create table survey.volunteer_signup (
    study_id uuid primary key references survey.study (id) on delete cascade,
    code text not null unique,
    open boolean not null,
    opened_by text not null,
    opened_on date not null,
    closed_on date,
    version bigint not null default 0
);
