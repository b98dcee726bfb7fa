--liquibase formatted sql

--changeset casekeep:correspondence-006-department-wide
-- A tasker assigned to the whole Department (issue 3 item 4, ESTT "Department-wide taskers") fans out into one
-- ordinary assignment per component; this flag tells those apart from assignments chosen one by one, so that the
-- history and the pages show them as one Department-wide assignment. Visibility needs nothing new: the triggers of
-- 005-tasker-viewers.sql add every assigned component's keys as for any other assignment.
alter table correspondence.tasker_assignment add column department_wide boolean not null default false;
