--liquibase formatted sql

--changeset casekeep:survey-020-sessions
-- Customer Research PIA overview "Interviews", "Ethnographic-based Interviews", "Focus Groups", "Usability Testing":
-- a session of a study, its participants (from the study's own) and its team (the researchers who may see it).
create table survey.research_session (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    research_unit text not null,
    method text not null,
    title text not null,
    scheduled_on date not null,
    status text not null check (status in ('SCHEDULED', 'HELD')),
    held_by text,
    held_at timestamptz,
    created_by text not null,
    created_at timestamptz not null,
    version bigint not null
);
create index research_session_study_idx on survey.research_session (study_id, scheduled_on);

create table survey.session_team_member (
    session_id uuid not null references survey.research_session (id) on delete cascade,
    username text not null,
    primary key (session_id, username)
);

create table survey.session_participant (
    session_id uuid not null references survey.research_session (id) on delete cascade,
    participant_id uuid not null references survey.participant (id) on delete cascade,
    primary key (session_id, participant_id)
);

--changeset casekeep:survey-020-consent
-- PIA "Audio and Video Recordings", 4.3: affirmative, informed consent before any recording, bound to the exact text
-- shown (its SHA-256); the name and signature on it are sealed and destroyed with the recording (PIA "Interviews").
create table survey.consent_text (
    id uuid primary key,
    study_id uuid not null references survey.study (id) on delete cascade,
    number integer not null,
    text text not null,
    sha256 text not null,
    created_by text not null,
    created_at timestamptz not null,
    unique (study_id, number),
    unique (study_id, sha256)
);

create table survey.recording_consent (
    id uuid primary key,
    session_id uuid not null references survey.research_session (id) on delete cascade,
    participant_id uuid not null references survey.participant (id) on delete cascade,
    consent_text_id uuid not null references survey.consent_text (id) on delete cascade,
    text_sha256 text not null,
    affirmative boolean not null check (affirmative),
    signed_name bytea,
    signature bytea,
    pii_destroyed boolean not null default false,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index recording_consent_session_idx on survey.recording_consent (session_id);

--changeset casekeep:survey-020-recordings
-- PIA "Audio and Video Recordings": recordings sealed under a data key of their own (itself sealed under the study's
-- key), kept apart from their metadata, and purged as soon as the transcript or notes are verified.
create table survey.recording (
    id uuid primary key,
    session_id uuid not null references survey.research_session (id) on delete cascade,
    study_id uuid not null,
    research_unit text not null,
    media_type text not null,
    size_bytes bigint not null,
    data_key bytea,
    uploaded_by text not null,
    uploaded_at timestamptz not null,
    purged_at timestamptz,
    purge_reason text,
    version bigint not null
);
create index recording_session_idx on survey.recording (session_id);

create table survey.recording_content (
    recording_id uuid primary key references survey.recording (id) on delete cascade,
    sealed bytea not null
);

--changeset casekeep:survey-020-transcripts
-- PIA "Focus Groups", 2.5: transcripts and notes, redacted of participants' names and identifying information before
-- they become analysis data; every finding resolved before the text is verified.
create table survey.transcript (
    id uuid primary key,
    session_id uuid not null references survey.research_session (id) on delete cascade,
    study_id uuid not null,
    research_unit text not null,
    kind text not null check (kind in ('TRANSCRIPT', 'NOTES')),
    text bytea,
    redacted_text text,
    status text not null check (status in ('IN_REVIEW', 'VERIFIED')),
    entered_by text not null,
    entered_at timestamptz not null,
    verified_by text,
    verified_at timestamptz,
    version bigint not null
);
create index transcript_session_idx on survey.transcript (session_id);

create table survey.transcript_finding (
    transcript_id uuid not null references survey.transcript (id) on delete cascade,
    position integer not null,
    kind text not null,
    label text not null,
    start_at integer not null,
    end_at integer not null,
    resolution text check (resolution in ('REDACTED', 'KEPT')),
    reason text,
    resolved_by text,
    primary key (transcript_id, position)
);

--changeset casekeep:survey-020-recording-schedule
-- PIA "Interviews", 5.1: recordings destroyed after one year, or as soon as their contents are transcribed or the
-- notes confirmed (then made due at once; the kernel's sweeper certifies the destruction).
insert into kernel.retention_schedule (code, title, authority, disposition, kind, anchor, period) values
  ('SURVEY_RECORDINGS', 'Customer research recordings', 'GRS 6.5 item 010; Customer Research PIA "Audio and Video Recordings"',
   'Purge as soon as the transcript or notes are verified, at the latest one year after the recording; the consent''s name and signature are destroyed with it.',
   'AFTER_ANCHOR', 'CREATED', 'P1Y')
on conflict (code) do nothing;
