--liquibase formatted sql

--changeset casekeep:correspondence-012-unreadable-documents
-- A file whose text could not be read is an item of the SPII review of its own kind (UNREADABLE), which a reviewer
-- resolves by confirming they checked the document by eye (CHECKED): fail closed, never passed unread.
alter table correspondence.spii_review_item drop constraint spii_review_item_decision_check;
alter table correspondence.spii_review_item add constraint spii_review_item_decision_check
    check (decision in ('REDACT', 'KEEP', 'CHECKED'));
