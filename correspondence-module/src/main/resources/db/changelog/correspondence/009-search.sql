--liquibase formatted sql

--changeset casekeep:correspondence-009-received-index
-- Search lists the newest matches first and stops at the page limit: with this index a common word is answered by
-- reading the newest records until the page is full, instead of sorting every match (issue 3 benchmarks).
create index correspondence_received_idx on correspondence.correspondence (received_at desc, id);

--changeset casekeep:correspondence-009-correspondence-viewers splitStatements:false
-- The assignee keys of every tasker answering a piece of correspondence (see 005: 'leader:', 'officer:', 'user:'),
-- kept on the correspondence row so search filters each row by itself instead of looking its taskers up. The
-- assigning office's key is not among them: the assigning office reads correspondence by ownership.
alter table correspondence.correspondence add column viewers text[] not null default '{}';

create function correspondence.correspondence_viewers(record uuid) returns text[]
    language sql stable as $$
    select array(
        select distinct k from correspondence.tasker t, unnest(t.viewers) k
         where t.correspondence_id = record and k not like 'assigner:%'
        order by k)
$$;

create function correspondence.tasker_refresh_correspondence_changed() returns trigger language plpgsql as $$
begin
    update correspondence.correspondence c
       set viewers = correspondence.correspondence_viewers(c.id)
     where c.id in (select n.correspondence_id from changed_new n join changed_old o on o.id = n.id
                     where n.viewers is distinct from o.viewers
                        or n.correspondence_id is distinct from o.correspondence_id
                    union
                    select o.correspondence_id from changed_new n join changed_old o on o.id = n.id
                     where n.correspondence_id is distinct from o.correspondence_id);
    return null;
end
$$;

create trigger tasker_correspondence_changed after update on correspondence.tasker
    referencing old table as changed_old new table as changed_new for each statement
    execute function correspondence.tasker_refresh_correspondence_changed();

create function correspondence.tasker_refresh_correspondence_removed() returns trigger language plpgsql as $$
begin
    update correspondence.correspondence c
       set viewers = correspondence.correspondence_viewers(c.id)
     where c.id in (select correspondence_id from removed);
    return null;
end
$$;

create trigger tasker_correspondence_removed after delete on correspondence.tasker
    referencing old table as removed for each statement
    execute function correspondence.tasker_refresh_correspondence_removed();

update correspondence.correspondence c
   set viewers = correspondence.correspondence_viewers(c.id)
 where exists (select 1 from correspondence.tasker t where t.correspondence_id = c.id);
