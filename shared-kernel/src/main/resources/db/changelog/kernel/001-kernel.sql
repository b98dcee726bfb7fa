--liquibase formatted sql

--changeset casekeep:kernel-001-schema
create schema if not exists kernel;

--changeset casekeep:kernel-002-components
create table kernel.component (
    code varchar(8) primary key,
    name text not null
);
insert into kernel.component (code, name) values
  ('ESEC', 'Executive Secretariat'), ('WHL', 'White House Liaison'), ('PLCY', 'Office of Policy'),
  ('PSO', 'Private Sector Office'), ('IGA', 'Intergovernmental Affairs'), ('OLA', 'Office of Legislative Affairs'),
  ('OPA', 'Office of Public Affairs'), ('OGC', 'Office of the General Counsel'), ('PRIV', 'Privacy Office'),
  ('CRCL', 'Civil Rights and Civil Liberties'), ('OIDO', 'Office of the Immigration Detention Ombudsman'),
  ('OIG', 'Office of Inspector General'), ('FEMA', 'Federal Emergency Management Agency'),
  ('USCIS', 'U.S. Citizenship and Immigration Services'), ('ICE', 'Immigration and Customs Enforcement'),
  ('CBP', 'Customs and Border Protection'), ('CISA', 'Cybersecurity and Infrastructure Security Agency'),
  ('TSA', 'Transportation Security Administration'), ('USCG', 'U.S. Coast Guard'), ('USSS', 'U.S. Secret Service'),
  ('OCIO', 'Office of the Chief Information Officer');

--changeset casekeep:kernel-003-audit
-- One hash chain per name: 'main' for data access, 'security' for logins, acknowledgements and denials.
create table kernel.audit_chain_head (
    chain     text primary key,
    last_seq  bigint not null,
    last_hash bytea  not null
);
insert into kernel.audit_chain_head values ('main', 0, decode(repeat('00', 32), 'hex')),
                                           ('security', 0, decode(repeat('00', 32), 'hex'));

create table kernel.audit_entry (
    id               bigint generated always as identity primary key,
    chain            text        not null,
    seq              bigint      not null,
    occurred_at      timestamptz not null,
    actor            text        not null,
    actor_component  text,
    action           text        not null,
    record_type      text,
    record_id        text,
    record_component text,
    fields           text        not null default '',
    purpose          text,
    details          text,
    prev_hash        bytea       not null,
    hash             bytea       not null,
    constraint audit_entry_chain_seq unique (chain, seq)
);
-- Every index costs each audited read a write: per record and per user are the reviews the PIAs name; time ranges
-- use a BRIN index (entries arrive in time order), component reviews scan the newest entries by id.
create index audit_entry_record on kernel.audit_entry (record_type, record_id);
create index audit_entry_actor on kernel.audit_entry (actor);
create index audit_entry_time on kernel.audit_entry using brin (occurred_at);

--changeset casekeep:kernel-004-audit-append-only splitStatements:false
-- The audit trail is append-only: whoever connects, UPDATE, DELETE and TRUNCATE are refused (SQLSTATE 42501).
create function kernel.audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'kernel.audit_entry is append-only: % refused', tg_op using errcode = '42501';
end;
$$;
create trigger audit_entry_no_update_delete before update or delete on kernel.audit_entry
    for each row execute function kernel.audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on kernel.audit_entry
    for each statement execute function kernel.audit_entry_refuse_change();

-- Appends one entry to a chain in one round trip. The chain head row is locked for the rest of the caller's
-- transaction, so entries of one chain are written one at a time and the chain is never forked.
-- The hash covers the previous entry's hash and the canonical text of the entry; AuditChainVerifier recomputes it.
create function kernel.append_audit(p_chain text, p_occurred_at timestamptz, p_actor text, p_actor_component text,
                                    p_action text, p_record_type text, p_record_id text, p_record_component text,
                                    p_fields text, p_purpose text, p_details text) returns bigint
    language plpgsql as $$
declare
    v_seq  bigint;
    v_prev bytea;
    v_hash bytea;
    v_id   bigint;
begin
    select last_seq + 1, last_hash into v_seq, v_prev from kernel.audit_chain_head where chain = p_chain for update;
    if v_seq is null then
        raise exception 'unknown audit chain %', p_chain;
    end if;
    v_hash := sha256(v_prev || convert_to(concat_ws(chr(31),
            p_chain, v_seq::text, (extract(epoch from p_occurred_at) * 1000000)::bigint::text, p_actor,
            coalesce(p_actor_component, chr(9216)), p_action, coalesce(p_record_type, chr(9216)),
            coalesce(p_record_id, chr(9216)), coalesce(p_record_component, chr(9216)), p_fields,
            coalesce(p_purpose, chr(9216)), coalesce(p_details, chr(9216))), 'UTF8'));
    insert into kernel.audit_entry (chain, seq, occurred_at, actor, actor_component, action, record_type, record_id,
                                    record_component, fields, purpose, details, prev_hash, hash)
    values (p_chain, v_seq, p_occurred_at, p_actor, p_actor_component, p_action, p_record_type, p_record_id,
            p_record_component, p_fields, p_purpose, p_details, v_prev, v_hash)
    returning id into v_id;
    update kernel.audit_chain_head set last_seq = v_seq, last_hash = v_hash where chain = p_chain;
    return v_id;
end;
$$;

--changeset casekeep:kernel-005-retention
-- The schedules themselves are seeded by the module owning the records (db/changelog/<module>/...): this changeset
-- seeded them too until the kernel stopped knowing any module's schedules, hence its new checksum is accepted.
--validCheckSum: ANY
create table kernel.retention_schedule (
    code        text primary key,
    title       text not null,
    authority   text not null,
    disposition text not null,
    kind        text not null check (kind in ('AFTER_ANCHOR', 'FISCAL_YEAR_CUTOFF', 'UNSCHEDULED')),
    anchor      text check (anchor in ('CREATED', 'LAST_ACTIVITY', 'CLOSED', 'FINAL_DECISION')),
    period      text,
    constraint retention_schedule_rule check (kind = 'UNSCHEDULED' or (anchor is not null and period is not null))
);
create table kernel.retention_record (
    record_type    text        not null,
    record_id      text        not null,
    schedule_code  text        not null references kernel.retention_schedule (code),
    created_at     timestamptz,
    last_activity  timestamptz,
    closed_at      timestamptz,
    final_decision timestamptz,
    destroy_after  timestamptz,
    legal_hold     boolean     not null default false,
    hold_reason    text,
    held_by        text,
    notified_at    timestamptz,
    primary key (record_type, record_id)
);
create index retention_record_due on kernel.retention_record (destroy_after) where legal_hold = false and notified_at is null;

create table kernel.destruction_log (
    id            bigint generated always as identity primary key,
    record_type   text        not null,
    record_id     text        not null,
    schedule_code text        not null,
    rule          text        not null,
    due_at        timestamptz,
    destroyed_at  timestamptz not null
);

--changeset casekeep:kernel-006-disclosures
-- Privacy Act accounting of disclosures (5 U.S.C. 552a(c)).
create table kernel.disclosure (
    id                     uuid primary key,
    recipient              text        not null,
    purpose                text        not null,
    authority              text        not null,
    approved_by            text        not null,
    disclosed_by           text        not null,
    disclosed_by_component text,
    disclosed_at           timestamptz not null
);
create table kernel.disclosure_item (
    disclosure_id uuid not null references kernel.disclosure (id),
    record_type   text not null,
    record_id     text not null,
    subject_id    text,
    primary key (disclosure_id, record_type, record_id)
);
create index disclosure_item_record on kernel.disclosure_item (record_type, record_id);
create index disclosure_item_subject on kernel.disclosure_item (subject_id);

--changeset casekeep:kernel-007-shedlock
create table kernel.shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

--changeset casekeep:kernel-008-event-publication
-- Spring Modulith's JPA event publication registry; created here (TEXT columns), never by Hibernate.
create table if not exists public.event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index if not exists event_publication_serialized_event_hash_idx on public.event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on public.event_publication (completion_date);
create table if not exists public.event_publication_archive (like public.event_publication including all);
