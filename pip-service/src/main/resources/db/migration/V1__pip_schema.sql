-- pip-service: participants (inburgeringsplichtigen), broad intake, PIPs, Z-route hours and the facts
-- the completion check needs. Facts from other services are keyed by participant_id without a foreign
-- key: they may arrive before the participant or the plan (DESIGN §5, out-of-order facts are normal).

create table participant (
    id                               uuid primary key,
    bsn                              varchar(9)   not null,
    name                             varchar(200) not null,
    date_of_birth                    date         not null,
    target_group                     varchar(40)  not null,
    duo_target_group_code            varchar(20),
    municipality_code                varchar(6)   not null,
    previous_municipality_code       varchar(6),
    previous_municipality_until      date,
    moved_on                         date,
    obligation_start_date            date         not null,
    notification_date                date         not null,
    municipality_registration_date   date         not null,
    obligation_ended_reason          varchar(40),
    obligation_ended_on              date,
    status                           varchar(30)  not null,
    zroute_completed_on              date,
    completed_on                     date,
    completed_plan_version           integer,
    created_at                       timestamptz  not null default now(),
    version                          bigint       not null default 0,
    constraint participant_bsn_unique unique (bsn)
);
create index participant_municipality on participant (municipality_code, status, created_at, id);
create index participant_previous_municipality on participant (previous_municipality_code);

-- DUO's notices SS124 (asylum permit holder -> family or other migrant) and SS125 (the reverse).
create table target_group_change (
    id                     uuid primary key,
    participant_id         uuid        not null references participant (id),
    from_group             varchar(40) not null,
    to_group               varchar(40) not null,
    duo_event_code         varchar(10) not null,
    duo_target_group_code  varchar(20),
    effective_date         date        not null,
    recorded_at            timestamptz not null default now()
);
create index target_group_change_participant on target_group_change (participant_id, recorded_at);

-- Moves to another municipality (§11 E10); the term does not change.
create table participant_move (
    id                              uuid primary key,
    participant_id                  uuid        not null references participant (id),
    from_municipality_code          varchar(6)  not null,
    to_municipality_code            varchar(6)  not null,
    moved_on                        date        not null,
    municipality_registration_date  date        not null,
    previous_access_until           date        not null,
    recorded_at                     timestamptz not null default now()
);
create index participant_move_participant on participant_move (participant_id, recorded_at);

-- Brede intake. No health details: only whether personal circumstances were discussed (DESIGN §6).
create table intake (
    participant_id                      uuid primary key references participant (id),
    interview_date                      date         not null,
    education_discussed                 boolean      not null default false,
    work_experience_discussed           boolean      not null default false,
    personal_circumstances_discussed    boolean      not null default false,
    learnability_outcome                varchar(40)  not null,
    learnability_score                  numeric(5, 2),
    learnability_required_score         numeric(5, 2),
    learnability_test_date              date,
    updated_at                          timestamptz  not null default now(),
    version                             bigint       not null default 0
);

-- Every version of the PIP, never overwritten (revisions keep the full history). plan_id is the PIP and
-- stays the same across its versions (plan.established planId); id is this version's row.
create table plan (
    id                        uuid primary key,
    plan_id                   uuid         not null,
    participant_id            uuid         not null references participant (id),
    plan_version              integer      not null,
    initial                   boolean      not null,
    route_switch              boolean      not null default false,
    date_of_issue             date         not null,
    route                     varchar(40)  not null,
    level                     varchar(4),
    estimated_intensity       integer,
    literacy_indicator        varchar(4),
    may_finish_current_course boolean      not null default false,
    map_arrangement           varchar(2000),
    pvt_arrangement           varchar(2000),
    a2_permitted_components   varchar(100) not null default '',
    municipality_code         varchar(6)   not null,
    created_at                timestamptz  not null default now(),
    constraint plan_version_unique unique (participant_id, plan_version)
);
create index plan_plan_id on plan (plan_id);

-- Z-route hours as dated entries (GevolgdeUren: COURSE, PARTICIPATION, INTAKE_LANGUAGE).
create table zroute_hours (
    id              uuid primary key,
    participant_id  uuid          not null references participant (id),
    kind            varchar(40)   not null,
    entry_date      date          not null,
    hours           integer       not null,
    description     varchar(500),
    recorded_at     timestamptz   not null default now()
);
create index zroute_hours_participant on zroute_hours (participant_id, entry_date);

-- Facts learned from events of other services (completion check inputs).
create table exam_pass (
    registration_id  uuid primary key,
    participant_id   uuid        not null,
    component        varchar(20) not null,
    level            varchar(4),
    exam_date        date        not null,
    result_date      date        not null,
    event_id         varchar(200) not null
);
create index exam_pass_participant on exam_pass (participant_id);

-- MAP_COMPLETED, PVT_SIGNED: one per participant; the fact recorded last (CloudEvent time) wins, so a
-- correction counts whatever order the events arrive in.
create table completion_fact (
    participant_id  uuid         not null,
    kind            varchar(40)  not null,
    fact_date       date         not null,
    recorded_at     timestamptz  not null,
    event_id        varchar(200) not null,
    primary key (participant_id, kind)
);

create table exemption (
    id              uuid primary key,
    participant_id  uuid         not null,
    kind            varchar(20)  not null,
    ground          varchar(20)  not null,
    scope           varchar(20)  not null,
    components      varchar(100) not null default '',
    valid_from      date         not null,
    valid_until     date,
    event_id        varchar(200) not null
);
create index exemption_participant on exemption (participant_id);

-- The term as deadline-service set it (term.started); the event recorded last wins.
create table term (
    participant_id          uuid primary key,
    start_date              date        not null,
    end_date_exclusive      date        not null,
    recorded_at             timestamptz not null
);
