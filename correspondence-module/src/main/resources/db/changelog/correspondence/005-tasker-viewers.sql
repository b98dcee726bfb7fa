--liquibase formatted sql

--changeset casekeep:correspondence-005-tasker-viewers splitStatements:false
-- Item-level visibility (FEMA ACT, ESTT) kept on the tasker row itself, so lists, counts and dashboards filter one
-- table through one index instead of joining every assignment (issue 3 benchmarks: 300,000 taskers).
--
-- viewers: who may see the tasker, as keys matched against the keys of the viewer (TaskerViewers):
--   'assigner:<component>'  the assigning office; its leadership (exec_sec) sees what it assigned
--   'leader:<component>'    the leadership of a component assigned as a whole, through an office or by expert
--   'officer:<component>'   the action officers of a component assigned as a whole or through one of its offices
--   'user:<username>'       a subject matter expert assigned by name
-- assigned_components: the components of the tasker's assignments, for the dashboard's count by component.
-- Assignments replaced by a reassignment grant nothing and do not count.
--
-- Triggers keep both columns right whatever writes the rows (the application, a bulk load, a repair script).
-- Assignments are never deleted on their own: a reassignment marks them REASSIGNED, and destroying a tasker
-- removes the row that holds the columns.
alter table correspondence.tasker add column viewers text[] not null default '{}';
alter table correspondence.tasker add column assigned_components text[] not null default '{}';

create function correspondence.tasker_viewers(tasker uuid, assigning_component text) returns text[]
    language sql stable as $$
    select array(
        select distinct k from (
            select 'assigner:' || assigning_component as k
            union all
            select 'leader:' || a.component from correspondence.tasker_assignment a
             where a.tasker_id = tasker and a.status <> 'REASSIGNED'
            union all
            select case when a.username is null then 'officer:' || a.component else 'user:' || a.username end
              from correspondence.tasker_assignment a
             where a.tasker_id = tasker and a.status <> 'REASSIGNED') keys
        order by k)
$$;

create function correspondence.tasker_assigned_components(tasker uuid) returns text[]
    language sql stable as $$
    select array(select distinct a.component from correspondence.tasker_assignment a
                  where a.tasker_id = tasker and a.status <> 'REASSIGNED' order by a.component)
$$;

create function correspondence.tasker_set_viewers() returns trigger language plpgsql as $$
begin
    new.viewers := correspondence.tasker_viewers(new.id, new.assigning_component);
    new.assigned_components := correspondence.tasker_assigned_components(new.id);
    return new;
end
$$;

create trigger tasker_viewers before insert or update of assigning_component on correspondence.tasker
    for each row execute function correspondence.tasker_set_viewers();

create function correspondence.tasker_assignment_refresh_added() returns trigger language plpgsql as $$
begin
    update correspondence.tasker t
       set viewers = correspondence.tasker_viewers(t.id, t.assigning_component),
           assigned_components = correspondence.tasker_assigned_components(t.id)
     where t.id in (select distinct tasker_id from added);
    return null;
end
$$;

create trigger tasker_assignment_added after insert on correspondence.tasker_assignment
    referencing new table as added for each statement
    execute function correspondence.tasker_assignment_refresh_added();

create function correspondence.tasker_assignment_refresh_changed() returns trigger language plpgsql as $$
begin
    update correspondence.tasker t
       set viewers = correspondence.tasker_viewers(t.id, t.assigning_component),
           assigned_components = correspondence.tasker_assigned_components(t.id)
     where t.id = new.tasker_id;
    return null;
end
$$;

create trigger tasker_assignment_changed after update on correspondence.tasker_assignment
    for each row
    when (old.component is distinct from new.component or old.username is distinct from new.username
          or (old.status = 'REASSIGNED') is distinct from (new.status = 'REASSIGNED'))
    execute function correspondence.tasker_assignment_refresh_changed();

update correspondence.tasker t
   set viewers = correspondence.tasker_viewers(t.id, t.assigning_component),
       assigned_components = correspondence.tasker_assigned_components(t.id);

create index tasker_viewers_idx on correspondence.tasker using gin (viewers);
