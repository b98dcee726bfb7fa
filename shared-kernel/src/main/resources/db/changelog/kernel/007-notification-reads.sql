--liquibase formatted sql

--changeset casekeep:kernel-014-notification-reads
-- Read state per person: a component notice is read by each member for themselves, so one member marking it read
-- no longer hides it from the others.
create table kernel.notification_read (
    notification_id uuid        not null references kernel.notification (id) on delete cascade,
    username        text        not null,
    read_at         timestamptz not null,
    primary key (notification_id, username)
);

-- A notice to a named user was read by that user; who read a component notice was never recorded, so its members
-- see it unread once more.
insert into kernel.notification_read (notification_id, username, read_at)
select id, recipient, read_at from kernel.notification where recipient_kind = 'USER' and read_at is not null;

alter table kernel.notification drop column read_at;

-- Who may see a notice that names a record: the record's type and the viewer keys that open it, as the owning
-- module computes them (kernel ViewerKeys). A notice without an audience is seen by its recipient; one whose type no
-- module contributes keys for is seen by nobody.
alter table kernel.notification add column audience_type text;
alter table kernel.notification add column audience text[];
alter table kernel.notification add constraint notification_audience_whole
    check ((audience_type is null) = (audience is null));
