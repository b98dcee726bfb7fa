--liquibase formatted sql

--changeset casekeep:crm-005-phone-numbers
--preconditions onFail:HALT onError:HALT
--precondition-sql-check expectedResult:0 select (select count(*) from crm.individual where work_phone !~ '^\+[1-9][0-9 -]*( ext\. [0-9]{1,10})?$' or cell_phone !~ '^\+[1-9][0-9 -]*( ext\. [0-9]{1,10})?$') + (select count(*) from crm.organization where office_phone !~ '^\+[1-9][0-9 -]*( ext\. [0-9]{1,10})?$')
-- Phones are stored as the kernel's PhoneNumber value type: the number in E.164 form and the extension apart
-- (columns <field>_e164 and <field>_extension). The old columns hold what PhoneNumber.international() wrote:
-- libphonenumber's INTERNATIONAL format, whose digits are the E.164 digits, and ' ext. <digits>' after it, e.g.
-- '+1 915-555-0110' or '+1 202-555-0143 ext. 12'. A value of any other shape halts the migration (the precondition)
-- rather than being converted wrongly; the checks keep the new columns in E.164 form, and an extension never stands
-- without its number.
alter table crm.individual
    add column work_phone_e164      varchar(16),
    add column work_phone_extension varchar(10),
    add column cell_phone_e164      varchar(16),
    add column cell_phone_extension varchar(10);
alter table crm.organization
    add column office_phone_e164      varchar(16),
    add column office_phone_extension varchar(10);

update crm.individual set
    work_phone_e164 = '+' || regexp_replace(split_part(work_phone, ' ext. ', 1), '[^0-9]', '', 'g'),
    work_phone_extension = nullif(split_part(work_phone, ' ext. ', 2), '')
where work_phone is not null;
update crm.individual set
    cell_phone_e164 = '+' || regexp_replace(split_part(cell_phone, ' ext. ', 1), '[^0-9]', '', 'g'),
    cell_phone_extension = nullif(split_part(cell_phone, ' ext. ', 2), '')
where cell_phone is not null;
update crm.organization set
    office_phone_e164 = '+' || regexp_replace(split_part(office_phone, ' ext. ', 1), '[^0-9]', '', 'g'),
    office_phone_extension = nullif(split_part(office_phone, ' ext. ', 2), '')
where office_phone is not null;

alter table crm.individual
    drop column work_phone,
    drop column cell_phone,
    add constraint individual_work_phone check (work_phone_e164 ~ '^\+[1-9][0-9]{1,14}$'
        and (work_phone_extension is null or work_phone_extension ~ '^[0-9]{1,10}$')),
    add constraint individual_work_phone_extension check (work_phone_extension is null or work_phone_e164 is not null),
    add constraint individual_cell_phone check (cell_phone_e164 ~ '^\+[1-9][0-9]{1,14}$'
        and (cell_phone_extension is null or cell_phone_extension ~ '^[0-9]{1,10}$')),
    add constraint individual_cell_phone_extension check (cell_phone_extension is null or cell_phone_e164 is not null);
alter table crm.organization
    drop column office_phone,
    add constraint organization_office_phone check (office_phone_e164 ~ '^\+[1-9][0-9]{1,14}$'
        and (office_phone_extension is null or office_phone_extension ~ '^[0-9]{1,10}$')),
    add constraint organization_office_phone_extension check (office_phone_extension is null
        or office_phone_e164 is not null);
