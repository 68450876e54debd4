-- Issue 11 item 3: extensions of the term. A municipality files a request with a statement; DUO grants (on request
-- or ambtshalve) or refuses. Nothing is deleted; a granted row keeps the end before and after.
create table term_extension (
    id                  uuid primary key,
    participant_id      uuid          not null,
    ground              varchar(40)   not null,
    status              varchar(10)   not null,          -- REQUESTED, GRANTED, REFUSED
    ambtshalve          boolean       not null default false,
    requested_on        date          not null,
    requested_by        varchar(200),
    statement           varchar(4000),
    requested_extra     varchar(20),
    decided_on          date,
    decided_by          varchar(200),
    extra_time          varchar(20),
    previous_end        date,
    new_end             date,
    reopened            boolean       not null default false,
    refusal_reason      varchar(2000),
    recorded_at         timestamptz   not null,
    version             bigint        not null default 0
);
create index term_extension_participant on term_extension (participant_id, requested_on);
create index term_extension_open on term_extension (status) where status = 'REQUESTED';
-- The term row is each extension's lock: one decision at a time per participant.
alter table term add column version bigint not null default 0;
