--liquibase formatted sql

--changeset casekeep:correspondence-clearance-levels
-- Correspondence PIA overview, "Response": a response is cleared level by level as its tasker type says, each level
-- signed by another person (separation of duties). Taskers made before keep the standard single level; one already
-- cleared keeps its clearer as that level's signature.
alter table correspondence.tasker add column type text not null default 'STANDARD';
create table correspondence.tasker_clearance (
    tasker_id  uuid        not null references correspondence.tasker (id) on delete cascade,
    level      int         not null check (level > 0),
    level_name text        not null,
    cleared_by text        not null,
    cleared_at timestamptz not null,
    primary key (tasker_id, level)
);
insert into correspondence.tasker_clearance (tasker_id, level, level_name, cleared_by, cleared_at)
select id, 1, 'Executive Secretariat', cleared_by, cleared_at from correspondence.tasker
 where cleared_by is not null and cleared_at is not null;
