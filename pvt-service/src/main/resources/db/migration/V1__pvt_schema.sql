-- pvt-service: the participatieverklaringstraject (PVT). Sessions a municipality plans, the participants enrolled,
-- attendance per participant (from a session, or one-to-one), and the signing of the participation statement.
-- Nothing is deleted: a withdrawal marks the row with who, when and why.

-- One row per participant: locked first by every change to their PVT, so the signing is judged on stable hours.
create table pvt_case (
    participant_id uuid primary key,
    last_change_at timestamptz not null default now()
);

create table pvt_session (
    id                uuid primary key,
    municipality_code varchar(6)    not null,
    kind              varchar(20)   not null,
    topic             varchar(60),
    session_date      date          not null,
    hours             numeric(4, 2) not null check (hours > 0 and hours <= 12),
    place             varchar(200)  not null,
    provider_id       varchar(200),
    capacity          integer       not null check (capacity > 0),
    planned_by        varchar(200)  not null,
    planned_at        timestamptz   not null,
    version           bigint        not null default 0
);
create index pvt_session_municipality on pvt_session (municipality_code, session_date);
create index pvt_session_provider on pvt_session (provider_id, session_date);

create table pvt_enrolment (
    session_id     uuid         not null references pvt_session (id),
    participant_id uuid         not null,
    enrolled_by    varchar(200) not null,
    enrolled_at    timestamptz  not null,
    primary key (session_id, participant_id)
);
create index pvt_enrolment_participant on pvt_enrolment (participant_id);

create table pvt_attendance (
    id                uuid primary key,
    participant_id    uuid          not null,
    session_id        uuid references pvt_session (id),
    kind              varchar(20)   not null,
    topic             varchar(60),
    attended_on       date          not null,
    hours             numeric(4, 2) not null check (hours > 0 and hours <= 12),
    notes             varchar(2000),
    recorded_by       varchar(200)  not null,
    recorded_role     varchar(100),
    recorded_at       timestamptz   not null,
    version           bigint        not null default 0,
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(200),
    withdrawal_reason varchar(500)
);
create index pvt_attendance_participant on pvt_attendance (participant_id);
-- Once per session and participant while not withdrawn: the database holds the rule too.
create unique index pvt_attendance_once on pvt_attendance (session_id, participant_id)
    where withdrawn_at is null and session_id is not null;

-- The signing, with the statement text and version as signed and the name the participant signed with.
create table pvt_signing (
    id                uuid primary key,
    participant_id    uuid          not null,
    signed_on         date          not null,
    culpable_delay    varchar(3),
    participant_name  varchar(200)  not null,
    municipality_code varchar(6)    not null,
    statement_version varchar(40)   not null,
    statement_text    text          not null,
    hours_attended    numeric(6, 2) not null,
    recorded_by       varchar(200)  not null,
    recorded_at       timestamptz   not null,
    version           bigint        not null default 0,
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(200),
    withdrawal_reason varchar(500)
);
-- At most one signing stands per participant.
create unique index pvt_signing_current on pvt_signing (participant_id) where withdrawn_at is null;
