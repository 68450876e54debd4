-- duo-gateway (issue 13). Both directions of the DUO exchange are durable work in one table: a notification DUO sent
-- (IN, stored in the request's transaction before the 201) and a report to DUO (OUT, queued in the consumer's
-- transaction with the event that caused it). A worker claims due rows (FOR UPDATE SKIP LOCKED, a lease for the
-- crash case), retries with exponential backoff, and after max-attempts leaves the row DEAD for an operator.
create table task (
    id              uuid          primary key,
    seq             bigserial     not null unique,
    direction       varchar(3)    not null check (direction in ('IN', 'OUT')),
    kind            varchar(20)   not null,          -- IN: DUO's gebeurtenisId (SS101 ...); OUT: PIP, PIP_DELETE, MAP, PVT, ZROUTE
    participant_id  uuid,                            -- OUT always; IN once known
    bericht_id      uuid          unique,            -- IN: DUO's berichtId; the same again is the same notification
    bsn_encrypted   bytea,                           -- IN: the notification's BSN (AES-GCM), erased once processed
    payload         text,                            -- never a BSN
    status          varchar(10)   not null check (status in ('PENDING', 'RUNNING', 'DONE', 'DEAD')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    lease_until     timestamptz,
    outcome         varchar(1000),                   -- what the last attempt did or why it failed; never a BSN
    created_at      timestamptz   not null,
    done_at         timestamptz
);
create index task_due on task (next_attempt_at) where status in ('PENDING', 'RUNNING');
create index task_participant on task (participant_id, seq) where status in ('PENDING', 'RUNNING');
create index task_dead on task (seq) where status = 'DEAD';

-- What DUO should know of each participant, from our events, so a PUT (which replaces DUO's whole resource) is
-- built from the current state, never from one event. The fact recorded last (CloudEvent time) wins.
create table person (
    participant_id      uuid        primary key,
    map_date            date,
    map_culpable        boolean,
    map_recorded_at     timestamptz,
    pvt_date            date,
    pvt_culpable        boolean,
    pvt_recorded_at     timestamptz,
    zroute_date         date,
    zroute_recorded_at  timestamptz
);
