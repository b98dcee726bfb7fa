--liquibase formatted sql

--changeset casekeep:correspondence-001-schema
create schema if not exists correspondence;
