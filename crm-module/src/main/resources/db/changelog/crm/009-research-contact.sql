--liquibase formatted sql

--changeset casekeep:crm-research-contact
-- Customer research PIA, "Recruiting Participants": contact data may be used to recruit for customer research only if
-- the notice the person was given (a form's Privacy Act Statement or Privacy Notice) says so. Each individual records
-- whether theirs does, and the day it was given. Fail closed: every existing individual, and every new one unless a
-- user says otherwise, is not to be contacted for research; one that is must name the day of the notice.
-- Organizations get no flag: DHS recruits people, never organizations (the same section).
alter table crm.individual
    add column research_contact_allowed boolean not null default false,
    add column research_notice_given_on date,
    add constraint individual_research_notice_named
        check (not research_contact_allowed or research_notice_given_on is not null);
