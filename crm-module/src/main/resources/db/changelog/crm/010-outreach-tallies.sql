--liquibase formatted sql

--changeset casekeep:crm-outreach-tallies splitStatements:false
-- The outreach report (CRM PIA 2.1, 2.2) answers from tallies the database keeps as stakeholders and interactions
-- change, so that it reads a few thousand rows whatever the size of the CRM. Triggers only ever append a +1 or -1
-- row, not compacted (no row is shared by two transactions, so writers never wait on each other); a scheduled
-- compaction adds the new rows of each key into its one compacted row. Every stakeholder is counted under its own issues and under '' (every issue); every
-- interaction under its day ('D') and its month ('M'), by the state and issues of its individual.

create table crm.outreach_stakeholder_tally (
    kind             char(1)     not null check (kind in ('I', 'O')),
    issue            text        not null,
    owning_component varchar(8)  not null,
    state            varchar(2)  not null,
    n                bigint      not null,
    compacted        boolean     not null default false
);
create index outreach_stakeholder_tally_key on crm.outreach_stakeholder_tally (kind, issue, owning_component, state)
    include (n);

create table crm.outreach_interaction_tally (
    grain         char(1)     not null check (grain in ('D', 'M')),
    period_start  date        not null,
    issue         text        not null,
    dhs_component varchar(8)  not null,
    state         varchar(2)  not null,
    n             bigint      not null,
    compacted     boolean     not null default false
);
create index outreach_interaction_tally_key on crm.outreach_interaction_tally (grain, issue, period_start)
    include (dhs_component, state, n);

-- One stakeholder's rows, +1 or -1.
create function crm.outreach_stakeholder_rows(p_kind char, p_issues text[], p_component text, p_state text, p_n int)
returns void language sql as $$
    insert into crm.outreach_stakeholder_tally (kind, issue, owning_component, state, n)
    select p_kind, i, p_component, coalesce(p_state, ''), p_n
    from unnest(array_append(coalesce(p_issues, '{}'), '')) i;
$$;

-- The rows of interactions of one individual, under the individual's state and issues, +1 or -1 each.
create function crm.outreach_interaction_rows(p_individual uuid, p_issues text[], p_state text, p_n int,
                                              p_only uuid default null)
returns void language sql as $$
    insert into crm.outreach_interaction_tally (grain, period_start, issue, dhs_component, state, n)
    select g.grain,
           case g.grain when 'D' then (x.occurred_at at time zone 'UTC')::date
                        else date_trunc('month', x.occurred_at at time zone 'UTC')::date end,
           i, x.dhs_component, coalesce(p_state, ''), p_n * count(*)
    from crm.interaction x
    cross join (values ('D'), ('M')) g (grain)
    cross join unnest(array_append(coalesce(p_issues, '{}'), '')) i
    where x.individual_id = p_individual and (p_only is null or x.id = p_only)
    group by 1, 2, 3, 4;
$$;

create function crm.outreach_on_individual() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform crm.outreach_stakeholder_rows('I', old.issues, old.owning_component, old.state, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform crm.outreach_stakeholder_rows('I', new.issues, new.owning_component, new.state, 1);
    end if;
    -- Interactions are counted by their individual's state and issues: they move with them, and leave with the
    -- individual (the cascade that deletes them then finds no individual and adds nothing).
    if tg_op = 'DELETE' or (tg_op = 'UPDATE' and (old.state is distinct from new.state
                                                  or old.issues is distinct from new.issues)) then
        perform crm.outreach_interaction_rows(old.id, old.issues, old.state, -1);
    end if;
    if tg_op = 'UPDATE' and (old.state is distinct from new.state or old.issues is distinct from new.issues) then
        perform crm.outreach_interaction_rows(new.id, new.issues, new.state, 1);
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
-- Before a delete, so that the individual's interactions are still there to be subtracted.
create trigger outreach_individual_delete before delete on crm.individual
    for each row execute function crm.outreach_on_individual();
create trigger outreach_individual_change after insert or update of state, issues, owning_component on crm.individual
    for each row execute function crm.outreach_on_individual();

create function crm.outreach_on_organization() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform crm.outreach_stakeholder_rows('O', old.issues, old.owning_component, old.state, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform crm.outreach_stakeholder_rows('O', new.issues, new.owning_component, new.state, 1);
    end if;
    return null;
end $$;
create trigger outreach_organization_change after insert or update of state, issues, owning_component or delete
    on crm.organization for each row execute function crm.outreach_on_organization();

create function crm.outreach_on_interaction() returns trigger language plpgsql as $$
declare
    who crm.individual%rowtype;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select * into who from crm.individual where id = old.individual_id;
        if found then
            insert into crm.outreach_interaction_tally (grain, period_start, issue, dhs_component, state, n)
            select g.grain, case g.grain when 'D' then (old.occurred_at at time zone 'UTC')::date
                                 else date_trunc('month', old.occurred_at at time zone 'UTC')::date end,
                   i, old.dhs_component, coalesce(who.state, ''), -1
            from (values ('D'), ('M')) g (grain), unnest(array_append(who.issues, '')) i;
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform crm.outreach_interaction_rows(new.individual_id, (select issues from crm.individual where id = new.individual_id),
                                              (select state from crm.individual where id = new.individual_id), 1, new.id);
    end if;
    return null;
end $$;
create trigger outreach_interaction_change after insert or update of occurred_at, dhs_component, individual_id or delete
    on crm.interaction for each row execute function crm.outreach_on_interaction();

-- Adds the new rows of each key into its compacted row (the scheduled compaction, on one instance at a time; also
-- after a bulk load). Rows appended meanwhile are not seen by the delete and stay for the next run, so nothing is
-- counted twice or lost; compacted rows are written by nobody else.
create function crm.outreach_compact() returns void language sql as $$
    with fresh as (delete from crm.outreach_stakeholder_tally where not compacted returning *),
    keys as (select kind, issue, owning_component, state, sum(n) n from fresh
             group by kind, issue, owning_component, state),
    added as (update crm.outreach_stakeholder_tally t set n = t.n + k.n from keys k
              where t.compacted and t.kind = k.kind and t.issue = k.issue
                and t.owning_component = k.owning_component and t.state = k.state
              returning t.kind, t.issue, t.owning_component, t.state)
    insert into crm.outreach_stakeholder_tally (kind, issue, owning_component, state, n, compacted)
    select k.kind, k.issue, k.owning_component, k.state, k.n, true from keys k
    where not exists (select 1 from added a where a.kind = k.kind and a.issue = k.issue
                      and a.owning_component = k.owning_component and a.state = k.state);
    with fresh as (delete from crm.outreach_interaction_tally where not compacted returning *),
    keys as (select grain, period_start, issue, dhs_component, state, sum(n) n from fresh
             group by grain, period_start, issue, dhs_component, state),
    added as (update crm.outreach_interaction_tally t set n = t.n + k.n from keys k
              where t.compacted and t.grain = k.grain and t.period_start = k.period_start and t.issue = k.issue
                and t.dhs_component = k.dhs_component and t.state = k.state
              returning t.grain, t.period_start, t.issue, t.dhs_component, t.state)
    insert into crm.outreach_interaction_tally (grain, period_start, issue, dhs_component, state, n, compacted)
    select k.grain, k.period_start, k.issue, k.dhs_component, k.state, k.n, true from keys k
    where not exists (select 1 from added a where a.grain = k.grain and a.period_start = k.period_start
                      and a.issue = k.issue and a.dhs_component = k.dhs_component and a.state = k.state);
$$;

-- Counts again from the records themselves (after this changeset, and to repair).
create function crm.outreach_recount() returns void language sql as $$
    delete from crm.outreach_stakeholder_tally;
    delete from crm.outreach_interaction_tally;
    insert into crm.outreach_stakeholder_tally (kind, issue, owning_component, state, n, compacted)
    select 'I', i, s.owning_component, coalesce(s.state, ''), count(*), true
    from crm.individual s cross join unnest(array_append(s.issues, '')) i group by 2, 3, 4;
    insert into crm.outreach_stakeholder_tally (kind, issue, owning_component, state, n, compacted)
    select 'O', i, s.owning_component, coalesce(s.state, ''), count(*), true
    from crm.organization s cross join unnest(array_append(s.issues, '')) i group by 2, 3, 4;
    insert into crm.outreach_interaction_tally (grain, period_start, issue, dhs_component, state, n, compacted)
    select g.grain, case g.grain when 'D' then (x.occurred_at at time zone 'UTC')::date
                                 else date_trunc('month', x.occurred_at at time zone 'UTC')::date end,
           i, x.dhs_component, coalesce(s.state, ''), count(*), true
    from crm.interaction x join crm.individual s on s.id = x.individual_id
    cross join (values ('D'), ('M')) g (grain)
    cross join unnest(array_append(s.issues, '')) i
    group by 1, 2, 3, 4, 5;
$$;

select crm.outreach_recount();
