-- map-service: the MAP (Module Arbeidsmarkt en Participatie) of each participant, as dated entries that are never
-- deleted: a correction keeps the earlier state in map_entry_revision, a withdrawal marks the entry (who, when, why).

-- One row per participant: locked first by every change (so a participant's changes and events are serialised) and
-- holding what was last published, so an event goes out only when the state changes.
create table map_case (
    participant_id               uuid primary key,
    start_interview_published_on date,
    education_published_on       date,
    work_experience_published_on date,
    completed_on                 date,
    culpable_delay               boolean,
    last_change_at               timestamptz not null default now()
);

create table map_entry (
    id                uuid primary key,
    participant_id    uuid          not null,
    kind              varchar(30)   not null,
    entry_date        date          not null,
    theme             varchar(60),
    experience_kind   varchar(30),
    organisation      varchar(200),
    hours             numeric(4, 2) check (hours > 0 and hours <= 24),
    description       varchar(2000),
    notes             varchar(2000),
    outcome           varchar(20),
    desired_work      varchar(2000),
    support_agreed    varchar(2000),
    culpable_delay    varchar(3),
    recorded_by       varchar(200)  not null,
    recorded_role     varchar(100),
    recorded_at       timestamptz   not null,
    version           bigint        not null default 0,
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(200),
    withdrawal_reason varchar(500)
);
create index map_entry_participant on map_entry (participant_id, kind);

-- Every earlier state of an entry: the JSON of the entry before the change, who changed it, when and why.
create table map_entry_revision (
    id          uuid primary key,
    entry_id    uuid          not null references map_entry (id),
    version     bigint        not null,
    change      varchar(20)   not null,
    snapshot    text          not null,
    changed_by  varchar(200)  not null,
    changed_at  timestamptz   not null,
    reason      varchar(500)  not null
);
create index map_entry_revision_entry on map_entry_revision (entry_id, version);

-- The MAP providers (organisations the municipality contracts) an officer assigned to a participant.
create table map_provider_assignment (
    participant_id uuid         not null,
    provider_id    varchar(200) not null,
    assigned_by    varchar(200) not null,
    assigned_at    timestamptz  not null,
    primary key (participant_id, provider_id)
);
