--liquibase formatted sql

--changeset casekeep:survey-040-answer-drafts
-- Contact side (Customer Research PIA 3.4, overview): answers saved to finish later, one draft per invitation, sealed
-- (AES-GCM) under a key derived from the invitation's token, which is never stored. The day of the last save only,
-- never a time. Goes with its invitation and its study; the module's daily sweep removes drafts left over.
create table survey.answer_draft (
    invitation_id uuid primary key references survey.invitation (id) on delete cascade,
    study_id uuid not null references survey.study (id) on delete cascade,
    sealed bytea not null,
    saved_on date not null,
    version bigint not null default 0
);
create index answer_draft_study_idx on survey.answer_draft (study_id);
