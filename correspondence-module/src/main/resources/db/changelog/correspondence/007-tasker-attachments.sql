--liquibase formatted sql

--changeset casekeep:correspondence-007-tasker-attachments
-- Files uploaded as an assignee's draft official response (issue 3 item 4). Visible exactly to those who may see the
-- tasker: no own visibility, every read goes through the tasker. Gone with the tasker or its assignment (retention).
create table correspondence.tasker_attachment (
    id             uuid primary key,
    tasker_id      uuid        not null references correspondence.tasker (id) on delete cascade,
    assignment_id  uuid        not null references correspondence.tasker_assignment (id) on delete cascade,
    file_name      varchar(255) not null,
    media_type     varchar(200) not null,
    size_bytes     bigint      not null,
    content        bytea       not null,
    extracted_text text        not null,
    uploaded_by    text        not null,
    created_at     timestamptz not null
);
create index tasker_attachment_tasker_idx on correspondence.tasker_attachment (tasker_id);
create index tasker_attachment_assignment_idx on correspondence.tasker_attachment (assignment_id);

-- The file an answer was given with, if it was uploaded rather than written in place.
alter table correspondence.tasker_assignment add column answer_attachment_id uuid;
