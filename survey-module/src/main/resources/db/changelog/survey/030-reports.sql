--liquibase formatted sql

--changeset casekeep:survey-030-reports
-- What a study publishes (PIA overview "Analysis and Outputs", 3.2): its tables, protected together, and the minimum
-- cell its privacy office set (11 when none is set). No answer is copied here; the counts are taken when a report is
-- generated. Both go with the study.
create table survey.report_table (
    id           uuid primary key,
    study_id     uuid      not null references survey.study (id) on delete cascade,
    position     integer   not null,
    question_ids uuid[]    not null,
    by_wave      boolean   not null default false
);
create index report_table_study_idx on survey.report_table (study_id, position);

create table survey.report_policy (
    study_id     uuid primary key references survey.study (id) on delete cascade,
    minimum_cell integer     not null check (minimum_cell between 3 and 100),
    set_by       text        not null,
    set_at       timestamptz not null
);

-- The counts read each question's values of a study's answers through this index, not the whole table.
create index answer_value_question_idx on survey.answer_value (question_id, answer_id) include (value);
