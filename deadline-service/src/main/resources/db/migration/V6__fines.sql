-- Issue 11 item 6: fines as decided. DUO's (ROUTE, MAP, PVT: a pre-announcement or a decision, rules §7.5) and the
-- municipality's own (INTAKE_NO_SHOW, PIP_OBLIGATION, §8). A DUO decision may set a new term (N22): the end before
-- and after are kept. fined_period_end: the end of the term whose exceeding the fine is for (one round of fines).
create table fine (
    id               uuid primary key,
    participant_id   uuid          not null,
    kind             varchar(20)   not null,
    stage            varchar(20)   not null,
    amount           numeric(8, 2) not null,
    expected_amount  numeric(8, 2),
    decided_on       date          not null,
    decided_by       varchar(200),
    exams_passed     integer,
    zroute_hours     integer,
    fined_period_end date,
    previous_end     date,
    new_end          date,
    recorded_at      timestamptz   not null
);
create index fine_participant on fine (participant_id, decided_on);
