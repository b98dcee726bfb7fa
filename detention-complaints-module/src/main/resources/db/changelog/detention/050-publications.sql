--liquibase formatted sql

--changeset casekeep:detention-050-publications splitStatements:false
-- Public versions of final inspection reports and of recommendations (PIA overview, "Investigations": "PII included in
-- reports shared with ICE, CBP, or other DHS offices will be redacted from any publicly issued reports or
-- recommendations issued by the Ombudsman"). The draft text is staff-only case data; the published text is what the
-- public reading room shows, and it never changes: a correction is a new version, the old one withdrawn.
create table detention.public_version (
    id              uuid primary key,
    public_id       uuid not null unique,
    version         bigint not null,
    source_kind     varchar(30) not null,
    source_id       uuid not null,
    source_number   varchar(40),
    title           varchar(300) not null,
    edition         integer not null,
    status          varchar(20) not null,
    draft_text      text,
    published_text  text,
    created_by      varchar(100) not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    published_by    varchar(100),
    published_at    timestamptz,
    withdrawn_by    varchar(100),
    withdrawn_at    timestamptz,
    withdrawn_reason varchar(500),
    constraint public_version_kind check (source_kind in ('INSPECTION_REPORT', 'RECOMMENDATION')),
    constraint public_version_status check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    constraint public_version_published check ((status = 'DRAFT') = (published_text is null)),
    constraint public_version_edition unique (source_kind, source_id, edition)
);
-- At most one draft and one published version of a source at a time.
create unique index public_version_one_draft on detention.public_version (source_kind, source_id)
    where status = 'DRAFT';
create unique index public_version_one_published on detention.public_version (source_kind, source_id)
    where status = 'PUBLISHED';
create index public_version_reading_room on detention.public_version (status, published_at desc);

-- Each finding of a name or SPII in the draft, or a span marked by hand, and what was decided about it.
create table detention.public_version_finding (
    public_version_id uuid not null references detention.public_version (id) on delete cascade,
    position          integer not null,
    kind              varchar(40) not null,
    label             varchar(100) not null,
    start_at          integer not null,
    end_at            integer not null,
    resolution        varchar(20),
    reason            varchar(500),
    resolved_by       varchar(100),
    primary key (public_version_id, position),
    constraint public_version_finding_span check (start_at >= 0 and end_at > start_at),
    constraint public_version_finding_kept check (resolution is distinct from 'KEPT' or reason is not null)
);

-- A published text is immutable, for every role: only its withdrawal may be recorded.
create function detention.public_version_immutable() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (new.published_text is distinct from old.published_text
            or new.public_id is distinct from old.public_id or new.source_id is distinct from old.source_id
            or new.published_at is distinct from old.published_at or new.title is distinct from old.title) then
        raise exception 'A published version of a report or recommendation is not changed: publish a correction';
    end if;
    return new;
end;
$$;
create trigger public_version_immutable before update on detention.public_version
    for each row execute function detention.public_version_immutable();
