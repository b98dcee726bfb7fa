--liquibase formatted sql

--changeset casekeep:survey-021-quote-permissions
-- Customer Research PIA "Focus Groups": subject matter experts who agree to be quoted, and those who decline.
create table survey.quote_permission (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    participant_id uuid not null references survey.participant (id) on delete cascade,
    research_unit text not null,
    decision text not null check (decision in ('AGREED', 'REFUSED')),
    decided_on date not null,
    scope text not null,
    recorded_by text not null,
    recorded_at timestamptz not null,
    version bigint not null,
    unique (study_id, participant_id)
);

--changeset casekeep:survey-021-quotes
-- A quote taken from a verified (redacted) transcript, with the participant who said it where known.
create table survey.session_quote (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    session_id uuid not null references survey.research_session (id) on delete cascade,
    transcript_id uuid not null references survey.transcript (id) on delete cascade,
    speaker_id uuid references survey.participant (id) on delete set null,
    text text not null,
    created_by text not null,
    created_at timestamptz not null
);
create index session_quote_study_idx on survey.session_quote (study_id, created_at);
