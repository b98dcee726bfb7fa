--liquibase formatted sql

--changeset casekeep:correspondence-004-mailbox
-- The monitored mailbox (CATT): one row per message taken in, written in the same transaction as the correspondence
-- and its draft tasker, so that a message is taken in exactly once even if the poller dies before flagging it.
create table correspondence.mailbox_message (
    id                uuid primary key,
    folder            varchar(200) not null,
    uid_validity      bigint       not null,
    uid               bigint       not null,
    message_id        varchar(998),
    correspondence_id uuid,
    tasker_id         uuid,
    processed_at      timestamptz  not null,
    constraint mailbox_message_key unique (folder, uid_validity, uid),
    constraint mailbox_message_message_id unique (message_id)
);

-- Messages that could not be taken in: the key, when and from whom, and why; never the body.
create table correspondence.mailbox_quarantine (
    id             uuid primary key,
    folder         varchar(200) not null,
    uid_validity   bigint       not null,
    uid            bigint       not null,
    message_id     varchar(998),
    received_at    timestamptz,
    sender_address varchar(320),
    reason         varchar(1000) not null,
    quarantined_at timestamptz  not null,
    constraint mailbox_quarantine_key unique (folder, uid_validity, uid)
);
