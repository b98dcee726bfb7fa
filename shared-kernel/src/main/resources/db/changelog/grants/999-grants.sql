--liquibase formatted sql

--changeset casekeep:kernel-grants runAlways:true splitStatements:false
-- The application connects as ${app_role}: data rights on every module schema, but only INSERT and SELECT on the
-- audit trail (the trigger refuses UPDATE/DELETE/TRUNCATE for every role, owners included).
do $$
declare
    s text;
begin
    if not exists (select 1 from pg_roles where rolname = '${app_role}') then
        raise notice 'role % does not exist: no grants made', '${app_role}';
        return;
    end if;
    foreach s in array array ['kernel', 'crm', 'correspondence', 'survey', 'detention', 'public'] loop
        if exists (select 1 from pg_namespace where nspname = s) then
            execute format('grant usage on schema %I to %I', s, '${app_role}');
            execute format('grant select, insert, update, delete on all tables in schema %I to %I', s, '${app_role}');
            execute format('grant usage, select on all sequences in schema %I to %I', s, '${app_role}');
            execute format('grant execute on all functions in schema %I to %I', s, '${app_role}');
        end if;
    end loop;
    execute format('revoke update, delete, truncate on kernel.audit_entry from %I', '${app_role}');
    execute format('revoke update, delete on kernel.destruction_log from %I', '${app_role}');
end;
$$;

--changeset casekeep:kernel-grants-audit-appends runAlways:true splitStatements:false
-- After the grants above, and on every start too: the application's role reads the audit trail but writes it only
-- through kernel.append_audit, which stamps the time itself and runs with its owner's rights (NIST SP 800-53 AU-9).
-- So the role cannot insert an entry of its own making (a back-dated one, say), nor write the chain head.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${app_role}') then
        return;
    end if;
    execute format('revoke insert, update, delete, truncate, references, trigger on kernel.audit_entry, '
                   'kernel.audit_chain_head from %I', '${app_role}');
    execute format('revoke all on sequence kernel.audit_entry_id_seq from %I', '${app_role}');
    revoke all on function kernel.append_audit(text, text, text, text, text, text, text, text, text, text) from public;
    execute format('grant execute on function kernel.append_audit(text, text, text, text, text, text, text, text, '
                   'text, text) to %I', '${app_role}');
end;
$$;
