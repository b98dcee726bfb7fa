--liquibase formatted sql

--changeset casekeep:survey-011-wave-close
-- PIA overview "Wave Surveys": a wave closes; the final one ends the link between contact data and answers.
alter table survey.wave add column closed_on date;
alter table survey.wave add column final_wave boolean not null default false;

--changeset casekeep:survey-011-invitations
-- Contact side (PIA 3.4): who was invited to which wave, under a random token of which only the SHA-256 is kept.
-- No time but the day, and "used" carries no time at all, so an invitation cannot be matched to an answer by when.
create table survey.invitation (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    wave_id uuid not null references survey.wave (id) on delete cascade,
    participant_id uuid not null references survey.participant (id) on delete cascade,
    token_digest text not null unique,
    linked boolean not null,
    invited_on date not null,
    used boolean not null default false,
    version bigint not null default 0,
    unique (wave_id, participant_id)
);
create index invitation_study_idx on survey.invitation (study_id);

--changeset casekeep:survey-011-answers
-- Answer side (PIA overview, 3.4): a random id, the wave, a pseudonymous id only for wave studies, the day received.
-- Never the token, the invitation, the participant, the contact, an IP address or a time of day.
create table survey.answer (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    wave_number integer not null,
    pseudonym uuid,
    received_on date not null,
    language text not null,
    keyed_in boolean not null default false
);
create index answer_study_idx on survey.answer (study_id, wave_number);

create table survey.answer_value (
    id uuid primary key,
    answer_id uuid not null references survey.answer (id) on delete cascade,
    instrument_id uuid not null,
    instrument_version integer not null,
    question_id uuid not null,
    value text not null,
    redacted boolean not null default false
);
create index answer_value_answer_idx on survey.answer_value (answer_id);
