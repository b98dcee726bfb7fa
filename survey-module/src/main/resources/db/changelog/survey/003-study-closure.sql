--liquibase formatted sql

--changeset casekeep:survey-003-study-closure
-- PIA 1.4, 5.1: GRS 6.5 item 010 counts one year from the day the study closes.
alter table survey.study add column closed_at timestamptz;
alter table survey.study add column closed_by text;
