--liquibase formatted sql

--changeset casekeep:kernel-012-audit-stamped-by-the-database splitStatements:false
-- The database, not the caller, stamps the time of every audit entry, and appends run with fixed rights (NIST SP
-- 800-53 AU-9, AU-10): the function runs as the kernel schema's owner (security definer) with a fixed search_path,
-- so the application's role needs no right on the audit tables beyond SELECT. It can append only through this
-- function, only at the database clock's time, and never writes the chain head itself (grants/999-grants.sql).
-- The time is clock_timestamp() read after the chain head is locked, not the transaction's start: entries of one
-- chain are then stamped in the order they are chained, even when an earlier transaction appends later.
-- The hash covers the previous entry's hash and the canonical text of the entry, exactly as before;
-- AuditEntryHash recomputes it.
drop function kernel.append_audit(text, timestamptz, text, text, text, text, text, text, text, text, text);
create function kernel.append_audit(p_chain text, p_actor text, p_actor_component text, p_action text,
                                    p_record_type text, p_record_id text, p_record_component text, p_fields text,
                                    p_purpose text, p_details text) returns bigint
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    v_seq  bigint;
    v_prev bytea;
    v_at   timestamptz;
    v_hash bytea;
    v_id   bigint;
begin
    select last_seq + 1, last_hash into v_seq, v_prev from kernel.audit_chain_head where chain = p_chain for update;
    if v_seq is null then
        raise exception 'unknown audit chain %', p_chain;
    end if;
    v_at := clock_timestamp();
    v_hash := sha256(v_prev || convert_to(concat_ws(chr(31),
            p_chain, v_seq::text, (extract(epoch from v_at) * 1000000)::bigint::text, p_actor,
            coalesce(p_actor_component, chr(9216)), p_action, coalesce(p_record_type, chr(9216)),
            coalesce(p_record_id, chr(9216)), coalesce(p_record_component, chr(9216)), p_fields,
            coalesce(p_purpose, chr(9216)), coalesce(p_details, chr(9216))), 'UTF8'));
    insert into kernel.audit_entry (chain, seq, occurred_at, actor, actor_component, action, record_type, record_id,
                                    record_component, fields, purpose, details, prev_hash, hash)
    values (p_chain, v_seq, v_at, p_actor, p_actor_component, p_action, p_record_type, p_record_id,
            p_record_component, p_fields, p_purpose, p_details, v_prev, v_hash)
    returning id into v_id;
    update kernel.audit_chain_head set last_seq = v_seq, last_hash = v_hash where chain = p_chain;
    return v_id;
end;
$$;
-- PostgreSQL grants EXECUTE on a new function to PUBLIC; only the application's role may append.
revoke all on function kernel.append_audit(text, text, text, text, text, text, text, text, text, text) from public;
do $$
begin
    execute format('alter function kernel.append_audit(text, text, text, text, text, text, text, text, text, text) owner to %I',
                   (select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'kernel'));
end;
$$;
