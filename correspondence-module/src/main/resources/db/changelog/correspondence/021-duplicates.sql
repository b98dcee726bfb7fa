--liquibase formatted sql

--changeset casekeep:correspondence-021-duplicates
-- Lookup by identifier and the duplicate check (Appendix A, LETS: duplicates when a constituent asks several Members)
-- compare these columns; without indexes each comparison read the whole table.
create index correspondence_receipt_idx on correspondence.correspondence (receipt_number) where receipt_number is not null;
create index correspondence_a_number_idx on correspondence.correspondence (a_number, owning_component) where a_number is not null;
create index correspondence_case_idx on correspondence.correspondence (lower(case_number)) where case_number is not null;
create index correspondence_email_idx on correspondence.correspondence (lower(email)) where email is not null;
create index correspondence_name_idx on correspondence.correspondence (lower(last_name), lower(first_name))
    where last_name is not null;
