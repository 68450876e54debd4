-- A service's local copy of what it needs to know about participants, kept from pip.events
-- (DESIGN §1: services learn other services' facts only from their events). Every column is
-- written by one event type with a rule that makes the result independent of arrival order.
create table participant_replica (
    participant_id                  uuid primary key,
    registered                      boolean     not null default false,
    municipality_code               varchar(6),
    previous_municipality_code      varchar(6),
    previous_municipality_until     date,
    moved_on                        date,
    target_group                    varchar(40),
    target_group_as_of              date,
    date_of_birth                   date,
    obligation_start_date           date,
    notification_date               date,
    municipality_registration_date  date,
    obligation_ended_reason         varchar(40),
    obligation_ended_on             date,
    plan_id                         uuid,
    plan_version                    integer,
    plan_route                      varchar(40),
    plan_level                      varchar(4),
    plan_a2_components              varchar(100),
    plan_date_of_issue              date,
    initial_plan_date_of_issue      date,
    updated_at                      timestamptz not null default now()
);
create index participant_replica_municipality on participant_replica (municipality_code);
