-- exam-service: exam registrations (examenaanmeldingen), their attempts, who pays each attempt, and results
-- (uitslagen). The participant replica (participant_replica) and the kit's tables (outbox_event,
-- processed_event, audit_record, idempotency_record) come from db/kit and db/kit-replica.
-- participant_id carries no foreign key: participants are known from pip.events, not owned here.

-- One row per participant that has ever had a registration: every change for a participant first
-- upserts (and so locks) this row, which serialises attempt counting and makes the outbox order of a
-- participant's events equal their commit order.
create table exam_candidate (
    participant_id  uuid        primary key,
    last_change_at  timestamptz not null default now()
);

create table exam_registration (
    id                           uuid         primary key,
    participant_id               uuid         not null,
    component                    varchar(20)  not null,   -- READING (LE), LISTENING (LU), WRITING (SC), SPEAKING (SP), KNM
    level                        varchar(4),              -- A2/B1/B2; null for KNM
    exam_date                    date         not null,
    location                     varchar(200) not null,
    attempt_number               integer      not null check (attempt_number >= 1),
    -- decided once, at registration, from the facts of that day (N6, N7, E4, E11); never recomputed
    payer                        varchar(20)  not null,
    fee_cents                    bigint       not null check (fee_cents >= 0),
    payment_reason               varchar(40)  not null,
    target_group                 varchar(40)  not null,   -- target group on the registration day
    plan_version                 integer,                 -- the PIP in force on the registration day, if any
    plan_level                   varchar(4),
    registered_on                date         not null,
    registered_by                varchar(200) not null,   -- actor (officer id or participant id), never a BSN
    status                       varchar(30)  not null,   -- REGISTERED, CANCELLED_IN_TIME, CANCELLED_LATE, RESULT
    cancelled_on                 date,
    replaces_registration_id     uuid,                    -- a late move: the registration this one replaces
    replaced_by_registration_id  uuid,
    outcome                      varchar(20),             -- PASSED, FAILED, NO_RESULT
    no_result_reason             varchar(20),             -- CULPABLE, NOT_CULPABLE, WITHDRAWN, ABSENT
    score                        integer check (score >= 0),
    result_date                  date,
    result_recorded_at           timestamptz,
    created_at                   timestamptz  not null default now(),
    version                      bigint       not null default 0,
    constraint exam_registration_level check ((component = 'KNM') = (level is null)),
    constraint exam_registration_reason check ((outcome = 'NO_RESULT') = (no_result_reason is not null)),
    constraint exam_registration_result check ((outcome is null) = (result_date is null))
);
create index exam_registration_participant on exam_registration (participant_id, component, exam_date);
