--liquibase formatted sql

--changeset casekeep:platform-001-rules-of-behavior splitStatements:false
-- CRM PIA 2.4: each session affirms the rules of behavior before it sees any record. A web session keeps the
-- affirmation in its HTTP session; an API session (a Keycloak sign-in session, the tokens' "sid") has no HTTP
-- session, so its affirmation is kept here, per user, sign-in session and version of the statements.
create schema if not exists platform;
create table platform.rules_acknowledgement (
    username        text        not null,
    session_id      text        not null,
    version         text        not null,
    acknowledged_at timestamptz not null,
    primary key (username, session_id, version)
);
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${app_role}') then
        execute format('grant usage on schema platform to %I', '${app_role}');
        execute format('grant select, insert on platform.rules_acknowledgement to %I', '${app_role}');
    end if;
end;
$$;
