-- Tables every service gets from service-kit (DESIGN §5, §6). Versions below 1 so that a
-- service's own migrations (V1, V2 …) always come after these.

-- Transactional outbox: written in the same transaction as the state change; the relay
-- publishes pending rows in seq order and marks them sent.
create table outbox_event (
    seq          bigserial    primary key,
    id           uuid         not null unique,          -- the CloudEvent id
    topic        varchar(200) not null,
    message_key  varchar(200) not null,                 -- participantId: per-participant order
    event_type   varchar(200) not null,
    payload      text         not null,                 -- the whole CloudEvent, structured JSON mode
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(1000)
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;

-- Idempotent consumption: one row per consumed CloudEvent (source + id), written in the same
-- transaction as the consumer's state change.
create table processed_event (
    consumer      varchar(100) not null,
    event_source  varchar(200) not null,
    event_id      varchar(200) not null,
    event_type    varchar(200) not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_source, event_id)
);

-- Audit trail of reads and changes of personal data (DESIGN §6; BIO2 8.15.01). Never a BSN.
create table audit_record (
    id           uuid         primary key,
    at           timestamptz  not null,
    actor        varchar(200) not null,
    actor_role   varchar(100),
    action       varchar(100) not null,
    object_type  varchar(100) not null,
    object_id    varchar(200),
    result       varchar(50)  not null,
    origin       varchar(200),
    trace_id     varchar(64)
);
create index audit_record_object on audit_record (object_type, object_id, at);

-- Idempotency-Key replay store for commands that partners retry (DESIGN §4).
create table idempotency_record (
    scope          varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash   varchar(64)  not null,
    status         integer      not null,
    resource_id    varchar(200),
    body           text,
    created_at     timestamptz  not null default now(),
    primary key (scope, idempotency_key)
);
