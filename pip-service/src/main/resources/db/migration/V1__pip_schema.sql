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

create table target_group_change (
    id              uuid primary key,
    participant_id  uuid        not null references participant (id),
    from_group      varchar(40) not null,
    to_group        varchar(40) not null,
    duo_event_code  varchar(10) not null,
    effective_date  date        not null,
    recorded_at     timestamptz not null default now()
);

create table intake (
    participant_id                      uuid primary key references participant (id),
    interview_date                      date,
    education_discussed                 boolean not null default false,
    work_experience_discussed           boolean not null default false,
    personal_circumstances_discussed    boolean not null default false,
    learnability_outcome                varchar(40),
    learnability_score                  integer,
    learnability_required_score         integer,
    learnability_test_date              date,
    updated_at                          timestamptz not null default now(),
    version                             bigint  not null default 0
);

create table plan (
    id                        uuid primary key,
    participant_id            uuid        not null references participant (id),
    plan_version              integer     not null,
    initial                   boolean     not null,
    date_of_issue             date        not null,
    route                     varchar(40) not null,
    level                     varchar(4),
    estimated_intensity       integer,
    literacy_indicator        varchar(4),
    may_finish_current_course boolean     not null default false,
    map_arrangement           varchar(2000),
    pvt_arrangement           varchar(2000),
    a2_permitted_components   varchar(100) not null default '',
    municipality_code         varchar(6)  not null,
    created_at                timestamptz not null default now(),
    constraint plan_version_unique unique (participant_id, plan_version)
);

create table zroute_hours (
    id              uuid primary key,
    participant_id  uuid          not null references participant (id),
    kind            varchar(40)   not null,
    entry_date      date          not null,
    hours           numeric(7, 2) not null,
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
    result_date      date        not null
);
create index exam_pass_participant on exam_pass (participant_id);

create table completion_fact (
    participant_id  uuid        not null,
    kind            varchar(40) not null,   -- MAP_COMPLETED, PVT_SIGNED
    fact_date       date        not null,
    primary key (participant_id, kind)
);

create table exemption (
    id              uuid primary key,
    participant_id  uuid        not null,
    kind            varchar(20) not null,
    ground          varchar(20) not null,
    scope           varchar(20) not null,
    components      varchar(100) not null default '',
    valid_from      date        not null,
    valid_until     date
);
create index exemption_participant on exemption (participant_id);

create table term (
    participant_id          uuid primary key,
    start_date              date not null,
    end_date_exclusive      date not null
);
