--liquibase formatted sql

--changeset casekeep:correspondence-011-phone-numbers splitStatements:false
--preconditions onFail:HALT onError:HALT
--precondition-sql-check expectedResult:0 select count(*) from correspondence.correspondence where home_phone !~ '^\+[1-9][0-9 -]*( ext\. [0-9]{1,10})?$' or business_phone !~ '^\+[1-9][0-9 -]*( ext\. [0-9]{1,10})?$' or mobile_phone !~ '^\+[1-9][0-9 -]*( ext\. [0-9]{1,10})?$' or fax !~ '^\+[1-9][0-9 -]*( ext\. [0-9]{1,10})?$'
-- The correspondent's phones (PIA 2.1: home, business, mobile, fax) are stored as the kernel's PhoneNumber value
-- type: the number in E.164 form and the extension apart (columns <field>_e164 and <field>_extension). The old
-- columns hold what PhoneNumber.international() wrote at intake: libphonenumber's INTERNATIONAL format, whose digits
-- are the E.164 digits, and ' ext. <digits>' after it, e.g. '+1 915-555-0110' or '+1 202-555-0143 ext. 12'. A value
-- of any other shape halts the migration (the precondition) rather than being converted wrongly; the checks keep the
-- new columns in E.164 form, and an extension never stands without its number. The address columns (street1 ... zip)
-- already hold what the PostalAddress embeddable maps.
alter table correspondence.correspondence
    add column home_phone_e164          varchar(16),
    add column home_phone_extension     varchar(10),
    add column business_phone_e164      varchar(16),
    add column business_phone_extension varchar(10),
    add column mobile_phone_e164        varchar(16),
    add column mobile_phone_extension   varchar(10),
    add column fax_e164                 varchar(16),
    add column fax_extension            varchar(10);

-- The number and the extension of a phone as international() wrote it; null for null. Functions of this session
-- only (pg_temp), so nothing of the conversion stays in the schema.
create function pg_temp.e164(phone text) returns text language sql immutable
    as $$ select '+' || regexp_replace(split_part(phone, ' ext. ', 1), '[^0-9]', '', 'g') $$;
create function pg_temp.extension(phone text) returns text language sql immutable
    as $$ select nullif(split_part(phone, ' ext. ', 2), '') $$;

update correspondence.correspondence set
    home_phone_e164 = pg_temp.e164(home_phone), home_phone_extension = pg_temp.extension(home_phone),
    business_phone_e164 = pg_temp.e164(business_phone), business_phone_extension = pg_temp.extension(business_phone),
    mobile_phone_e164 = pg_temp.e164(mobile_phone), mobile_phone_extension = pg_temp.extension(mobile_phone),
    fax_e164 = pg_temp.e164(fax), fax_extension = pg_temp.extension(fax)
where coalesce(home_phone, business_phone, mobile_phone, fax) is not null;

alter table correspondence.correspondence
    drop column home_phone,
    drop column business_phone,
    drop column mobile_phone,
    drop column fax,
    add constraint correspondence_home_phone check (home_phone_e164 ~ '^\+[1-9][0-9]{1,14}$'
        and (home_phone_extension is null or home_phone_extension ~ '^[0-9]{1,10}$')),
    add constraint correspondence_home_phone_extension check (home_phone_extension is null
        or home_phone_e164 is not null),
    add constraint correspondence_business_phone check (business_phone_e164 ~ '^\+[1-9][0-9]{1,14}$'
        and (business_phone_extension is null or business_phone_extension ~ '^[0-9]{1,10}$')),
    add constraint correspondence_business_phone_extension check (business_phone_extension is null
        or business_phone_e164 is not null),
    add constraint correspondence_mobile_phone check (mobile_phone_e164 ~ '^\+[1-9][0-9]{1,14}$'
        and (mobile_phone_extension is null or mobile_phone_extension ~ '^[0-9]{1,10}$')),
    add constraint correspondence_mobile_phone_extension check (mobile_phone_extension is null
        or mobile_phone_e164 is not null),
    add constraint correspondence_fax check (fax_e164 ~ '^\+[1-9][0-9]{1,14}$'
        and (fax_extension is null or fax_extension ~ '^[0-9]{1,10}$')),
    add constraint correspondence_fax_extension check (fax_extension is null or fax_e164 is not null);
