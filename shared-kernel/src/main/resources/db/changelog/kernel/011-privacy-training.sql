--liquibase formatted sql

--changeset casekeep:kernel-011-privacy-training
-- Annual privacy training completions (OIDO PIA 8.2, 2.1: the user profile holds "data related to staff schedules and
-- trainings"), recorded by the privacy office. A completion counts for a year; the latest one decides.
create table kernel.privacy_training (
    id           uuid primary key,
    username     text        not null,
    component    text        not null,
    course       text        not null,
    completed_on date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);
create index privacy_training_user on kernel.privacy_training (username, completed_on desc);
create index privacy_training_component on kernel.privacy_training (component, username);
